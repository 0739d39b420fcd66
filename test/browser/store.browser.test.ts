/// <reference types="vite/client" />
/**
 * The store in a real Chromium page: wa-sqlite on IndexedDB (IDBBatchAtomicVFS). History, feedback,
 * tuning and vault rows survive closing the database and opening a new store instance on the same
 * name (what a page reload does), and a bouncer with a store logs every scan.
 */
import { describe, expect, it } from 'vitest';
import { createBouncer } from '../../src/engine/create-bouncer.js';
import { policyBanSubstrings } from '../../src/scanners/policy/ban-substrings.js';
import { openStore } from '../../src/store/store.js';
import type { ScanReport } from '../../src/types.js';

const uniqueName = (): string => `pb-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function fakeReport(id: string, recommendation: 'allow' | 'block'): ScanReport {
  return {
    scanId: id,
    direction: 'input',
    inputHash: 'cd'.repeat(32),
    timestamp: new Date().toISOString(),
    riskScore: recommendation === 'block' ? 0.9 : 0,
    threatLevel: recommendation === 'block' ? 9 : 0,
    confidence: 0.9,
    recommendation,
    description: '',
    allowed: recommendation === 'allow',
    sanitized: '',
    detections: [{ scannerId: 'policy/ban-substrings', category: 'policy', detected: recommendation === 'block', score: recommendation === 'block' ? 1 : 0.1, threshold: 0.5, severity: 'medium', matches: [], explanation: '', sanitized: false, mitigated: false, durationMs: 0.1 }],
    scannerCount: 1,
    durationMs: 0.5,
    aggregate: 'default',
    input: { length: 5, chunks: 1, issues: [] },
  };
}

describe('store in the browser (IndexedDB)', () => {
  it('keeps history, feedback, tuning and vault rows across store instances', async () => {
    const name = uniqueName();
    const first = await openStore({ path: name });
    expect(first.backend).toBe('idb');
    await Promise.all([first.logScan(fakeReport('a', 'block')), first.logScan(fakeReport('b', 'allow')), first.logScan(fakeReport('c', 'block'))]);
    await first.feedback('a', { correct: false, notes: 'quoted in a news article' });
    await first.tuning.set({ scannerId: 'policy/ban-substrings', threshold: 0.55, baseThreshold: 0.5, samples: 31, reason: 'test' });
    await first.vault.upsert({ hash: 'e'.repeat(64), embedding: new Float32Array([0.5, -0.25, 1]), model: 'embedder@1', detector: 'policy/ban-substrings', severity: 'medium', confidence: 0.9, source: 'local', scanId: 'a' });
    await first.close();

    const second = await openStore({ path: name });
    expect(await second.countHistory()).toBe(3);
    expect((await second.history({ recommendation: 'block' })).map((r) => r.scanId).sort()).toEqual(['a', 'c']);
    expect((await second.getScan('a'))?.feedback).toMatchObject({ correct: false, notes: 'quoted in a news article' });
    expect(await second.tuning.list()).toMatchObject([{ scannerId: 'policy/ban-substrings', threshold: 0.55 }]);
    const v = await second.vault.get('e'.repeat(64));
    expect(Array.from(v?.embedding ?? [])).toEqual([0.5, -0.25, 1]);
    expect((await second.stats()).schemaVersion).toBeGreaterThanOrEqual(3);
    await second.close();

    // Another database name is another store.
    const other = await openStore({ path: uniqueName() });
    expect(await other.countHistory()).toBe(0);
    await other.close();
  });

  it('a bouncer with a store logs scans and takes feedback; a new bouncer sees them', async () => {
    const name = uniqueName();
    const scanners = () => [policyBanSubstrings({ substrings: ['project falcon'] })];
    const b1 = await createBouncer({ scanners: scanners(), store: { path: name } });
    const hit = await b1.scanInput('tell me about project falcon');
    await b1.scanInput('what is the weather like');
    const fb = await b1.feedback(hit.scanId, { correct: true });
    expect(fb.correct).toBe(true);
    await b1.close();

    const b2 = await createBouncer({ scanners: scanners(), store: { path: name } });
    const rows = await b2.history();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.scanId === hit.scanId)).toMatchObject({ recommendation: hit.recommendation, inputHash: hit.inputHash, feedback: { correct: true } });
    expect(JSON.stringify(rows)).not.toContain('falcon');
    await b2.close();
  });

  it('in a dedicated worker the store lives in OPFS and survives a new worker', async () => {
    const name = uniqueName();
    const ask = async (id: string): Promise<{ ok: boolean; backend?: string; count?: number; ids?: string[]; error?: string }> => {
      const worker = new Worker(new URL('./store-opfs.worker.ts', import.meta.url), { type: 'module' });
      try {
        return await new Promise((resolve, reject) => {
          worker.onmessage = (e) => resolve(e.data as { ok: boolean });
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage({ name, report: fakeReport(id, 'block') });
        });
      } finally {
        worker.terminate();
      }
    };
    const first = await ask('w1');
    expect(first.error).toBeUndefined();
    expect(first).toMatchObject({ ok: true, backend: 'opfs', count: 1 });
    const second = await ask('w2');
    expect(second).toMatchObject({ ok: true, backend: 'opfs', count: 2 });
    expect(second.ids?.sort()).toEqual(['w1', 'w2']);
  });

  it(':memory: works in the page too', async () => {
    const store = await openStore({ path: ':memory:' });
    expect(store.backend).toBe('memory');
    await store.logScan(fakeReport('m', 'allow'));
    expect(await store.countHistory()).toBe(1);
    await store.close();
  });
});
