/**
 * Schema migrations: a database at every earlier version opens with the current code, reaches the
 * latest version, and keeps its data (v2's backfill turns v1's JSON detections into rows); a
 * database from a newer library is refused.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion } from '../../src/store/migrations.js';
import { openDatabase, type Database } from '../../src/store/sqlite.js';
import { openStore } from '../../src/store/store.js';

const freshPath = (): string => join(mkdtempSync(join(tmpdir(), 'pb-mig-')), 'store.db');
const recent = (secondsAgo: number): number => Date.now() - secondsAgo * 1000;

/** Rows as a v1 database holds them (written with the v1 column set only). */
async function seedV1(db: Database): Promise<void> {
  await db.transaction(async (q) => {
    const det = (id: string, score: number, detected: boolean) => ({ scannerId: id, score, threshold: 0.5, detected, severity: 'high' });
    const rows: Array<[string, number, string, Array<ReturnType<typeof det>>]> = [
      ['scan-a', recent(30), 'block', [det('injection/instruction-override', 0.9, true), det('injection/prompt-extraction', 0.3, false)]],
      ['scan-b', recent(20), 'allow', [det('injection/prompt-extraction', 0.2, false)]],
      ['scan-c', recent(10), 'inspect', []],
    ];
    for (const [id, ts, rec, dets] of rows) {
      await q.run(
        'INSERT INTO scan_history (scan_id, ts, direction, input_hash, risk_score, threat_level, confidence, recommendation, detections, duration_ms, scanner_count, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [id, ts, 'input', 'ab'.repeat(32), 0.5, 5, 0.8, rec, JSON.stringify(dets), 1.5, 3, null],
      );
    }
    await q.run('INSERT INTO feedback (scan_id, correct, notes, ts) VALUES (?, ?, ?, ?)', ['scan-a', 0, 'a cooking question', recent(5)]);
    await q.run('INSERT INTO detector_tuning (scanner_id, threshold, base_threshold, samples, updated_at, reason) VALUES (?, ?, ?, ?, ?, ?)', ['injection/instruction-override', 0.55, 0.5, 40, recent(5), 'seeded']);
    await q.run(
      'INSERT INTO vault_entries (hash, embedding, dim, model, detector, severity, confidence, source, source_ref, scan_id, first_seen, last_seen, report_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ['f'.repeat(64), new Uint8Array(new Float32Array([0.25, -1, 2]).buffer), 3, 'embedder@1', 'injection/instruction-override', 'high', 0.9, 'local', null, 'scan-a', recent(30), recent(30), 2],
    );
    await q.run('INSERT INTO vault_log (ts, action, hash, detector, scan_id, source, details) VALUES (?, ?, ?, ?, ?, ?, ?)', [recent(30), 'add', 'f'.repeat(64), 'injection/instruction-override', 'scan-a', 'local', '{"why":"seed"}']);
    await q.run('INSERT INTO sync_history (ts, kind, url, etag, feed_version, key_id, added, skipped, status, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [recent(60), 'sync', 'https://feeds.example/pb.json', '"v1"', '1', 'key-1', 5, 1, 'ok', null]);
  });
}

/** What every version must still show after migrating to the latest. */
async function expectSeedIntact(path: string): Promise<void> {
  const store = await openStore({ path });
  try {
    expect((await store.stats()).schemaVersion).toBe(SCHEMA_VERSION);
    expect(await store.countHistory()).toBe(3);
    const a = await store.getScan('scan-a');
    expect(a?.recommendation).toBe('block');
    expect(a?.feedback).toMatchObject({ correct: false, notes: 'a cooking question' });
    // v2 backfilled the per-scanner rows from v1's JSON: the scanner filter and the tuner see them.
    expect((await store.history({ scannerId: 'injection/instruction-override' })).map((s) => s.scanId)).toEqual(['scan-a']);
    expect(await store.tunerSamples('injection/instruction-override')).toEqual({ samples: [{ score: 0.9, attack: false }], total: 1 });
    expect(await store.tunerSamples('injection/prompt-extraction')).toEqual({ samples: [{ score: 0.3, attack: false }], total: 1 });
    expect(await store.tuning.list()).toMatchObject([{ scannerId: 'injection/instruction-override', threshold: 0.55, baseThreshold: 0.5, samples: 40 }]);
    const v = await store.vault.get('f'.repeat(64));
    expect(v).toMatchObject({ dim: 3, reportCount: 2, hitCount: 0, scanId: 'scan-a', model: 'embedder@1' });
    expect(Array.from(v?.embedding ?? [])).toEqual([0.25, -1, 2]);
    expect(await store.vaultLog.list()).toMatchObject([{ action: 'add', details: { why: 'seed' } }]);
    expect(await store.syncHistory.lastOk('https://feeds.example/pb.json')).toMatchObject({ etag: '"v1"', added: 5, skipped: 1 });
    // v3 columns work.
    await store.vault.recordHits(['f'.repeat(64)]);
    expect((await store.vault.get('f'.repeat(64)))?.hitCount).toBe(1);
  } finally {
    await store.close();
  }
}

describe('store: migrations', { timeout: 30_000 }, () => {
  it('the steps are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('a new database gets every step', async () => {
    const path = freshPath();
    const store = await openStore({ path });
    expect((await store.stats()).schemaVersion).toBe(SCHEMA_VERSION);
    await store.close();
    const db = await openDatabase(path);
    const applied = await db.serial((q) => q.all('SELECT version FROM schema_version ORDER BY version'));
    expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    await db.close();
  });

  // Every earlier version: build the database at that version with the migration code of that
  // version, fill it with rows, then open it with the current store.
  for (let from = 1; from < SCHEMA_VERSION; from++) {
    it(`migrates a v${from} database to v${SCHEMA_VERSION} and keeps its data`, async () => {
      const path = freshPath();
      const db = await openDatabase(path);
      await migrate(db, 1);
      await seedV1(db);
      if (from > 1) await migrate(db, from);
      expect(await schemaVersion(db)).toBe(from);
      await db.close();
      await expectSeedIntact(path);
    });
  }

  it('migrating twice is a no-op', async () => {
    const path = freshPath();
    const db = await openDatabase(path);
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });

  it('refuses a database written by a newer schema', async () => {
    const path = freshPath();
    const db = await openDatabase(path);
    await migrate(db);
    await db.transaction((q) => q.run('INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)', [SCHEMA_VERSION + 1, Date.now(), 'from the future']));
    await db.close();
    const opened = openStore({ path });
    await expect(opened).rejects.toBeInstanceOf(StoreError);
    await expect(opened).rejects.toMatchObject({ code: 'STORE_VERSION' });
  });
});
