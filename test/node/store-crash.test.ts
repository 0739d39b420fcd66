/**
 * Crash safety of the Node file store: a process killed (SIGKILL) in the middle of writing the
 * database file loses nothing that was committed and shows nothing half-written; an I/O error or an
 * exception inside a transaction rolls the whole transaction back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/sqlite.js';
import { openStore, type InternalStoreOptions } from '../../src/store/store.js';
import { StoreError } from '../../src/errors.js';

const CHILD = fileURLToPath(new URL('./store-crash-child.ts', import.meta.url));

function crashChild(path: string, mode: 'vault' | 'log'): { stdout: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, mode], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, signal: r.signal };
}

async function integrity(path: string): Promise<string> {
  const db = await openDatabase(path);
  try {
    return String((await db.serial((q) => q.get('PRAGMA integrity_check')))?.integrity_check);
  } finally {
    await db.close();
  }
}

describe('store: crash mid-write (child process killed with SIGKILL)', { timeout: 30_000 }, () => {
  it.each(['vault', 'log'] as const)('%s: committed rows survive, the torn transaction is rolled back', async (mode) => {
    const path = join(mkdtempSync(join(tmpdir(), 'pb-crash-')), 'store.db');
    const r = crashChild(path, mode);
    expect(r.stdout).toContain('committed');
    expect(r.stdout).not.toContain('finished without crashing');
    expect(r.signal).toBe('SIGKILL');
    // The kill landed while the database file was being overwritten: the rollback journal is still there.
    expect(existsSync(`${path}-journal`)).toBe(true);

    const store = await openStore({ path });
    try {
      // Opening rolled the hot journal back.
      expect(existsSync(`${path}-journal`)).toBe(false);
      expect(await store.countHistory()).toBe(40);
      expect(await store.countHistory({ recommendation: 'block' })).toBe(20);
      const first = await store.getScan('committed-0');
      expect(first?.feedback).toMatchObject({ correct: true, notes: 'kept' });
      expect(first?.detections).toEqual([{ scannerId: 'injection/instruction-override', score: 0.9, threshold: 0.5, detected: true, severity: 'high' }]);
      // Nothing of the interrupted write is visible: not one of its rows.
      expect(await store.vault.count()).toBe(1);
      expect(await store.vault.count({ source: 'feed' })).toBe(0);
      expect((await store.history({ limit: 1000 })).filter((s) => s.scanId.startsWith('uncommitted-'))).toEqual([]);
      // And the store still takes writes.
      await store.vault.upsert({ hash: 'c'.repeat(64), embedding: new Float32Array([1, 2, 3]), model: 'm', detector: 'd/x', severity: 'low', confidence: 0.5, source: 'local' });
      expect(await store.vault.count()).toBe(2);
    } finally {
      await store.close();
    }
    expect(await integrity(path)).toBe('ok');
  }, 90_000);
});

describe('store: failed transactions change nothing', { timeout: 30_000 }, () => {
  it('an I/O error while writing the database file rolls the transaction back', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pb-ioerr-')), 'store.db');
    let failWrites = false;
    const options: InternalStoreOptions = {
      path,
      beforeWrite: () => {
        if (failWrites) throw new Error('simulated disk failure');
      },
    };
    const store = await openStore(options);
    try {
      await store.vault.upsert({ hash: '1'.repeat(64), embedding: new Float32Array(8).fill(1), model: 'm', detector: 'd/x', severity: 'low', confidence: 0.5, source: 'local' });
      failWrites = true;
      const big = store.transaction(async (tx) => {
        for (let i = 0; i < 1500; i++) await tx.vault.upsert({ hash: `f${i.toString(16).padStart(63, '0')}`, embedding: new Float32Array(384).fill(i), model: 'm', detector: 'd/x', severity: 'low', confidence: 0.5, source: 'feed' });
      });
      await expect(big).rejects.toBeInstanceOf(StoreError);
      await expect(big).rejects.toMatchObject({ code: 'STORE_ERROR' });
      failWrites = false;
      expect(await store.vault.count()).toBe(1);
      expect(await store.vault.get('1'.repeat(64))).toMatchObject({ confidence: 0.5 });
    } finally {
      await store.close();
    }
    expect(await integrity(path)).toBe('ok');
    const again = await openStore({ path });
    expect(await again.vault.count()).toBe(1);
    await again.close();
  });

  it('an exception inside store.transaction keeps none of its writes', async () => {
    const store = await openStore({ path: ':memory:' });
    const entry = (i: number) => ({ hash: `e${i.toString(16).padStart(63, '0')}`, embedding: new Float32Array([i, 1]), model: 'm', detector: 'd/x', severity: 'medium' as const, confidence: 0.7, source: 'feed' as const });
    await expect(
      store.transaction(async (tx) => {
        for (let i = 0; i < 10; i++) await tx.vault.upsert(entry(i));
        await tx.syncHistory.append({ kind: 'import', url: 'https://feeds.example/x.json', status: 'ok', added: 10 });
        throw new Error('signature check failed halfway');
      }),
    ).rejects.toThrow('signature check failed halfway');
    expect(await store.vault.count()).toBe(0);
    expect(await store.syncHistory.list()).toEqual([]);
    // The same transaction without the failure commits everything.
    await store.transaction(async (tx) => {
      for (let i = 0; i < 10; i++) await tx.vault.upsert(entry(i));
    });
    expect(await store.vault.count()).toBe(10);
    await store.close();
  });
});
