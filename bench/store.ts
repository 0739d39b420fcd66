/**
 * @module bench/store — what the store costs in Node: opening (new file: three migrations), logging a
 * scan (awaited one at a time, and many at once, which commit together), reading history, a tuning
 * round, and the vault rows the index rebuild reads. File figures are dominated by `fsync` (the
 * rollback journal is synced before and after each commit), so they depend on the disk.
 *
 * Run: `npx tsx bench/store.ts`. Prints a table; writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/store.js';
import { autoTune } from '../src/store/tuner.js';
import type { ScanReport } from '../src/types.js';

function report(i: number): ScanReport {
  return {
    scanId: `bench-${i}`,
    direction: 'input',
    inputHash: i.toString(16).padStart(64, '0'),
    timestamp: new Date().toISOString(),
    riskScore: 0.3,
    threatLevel: 3,
    confidence: 0.8,
    recommendation: i % 4 === 0 ? 'block' : 'allow',
    description: '',
    allowed: i % 4 !== 0,
    sanitized: '',
    detections: ['injection/instruction-override', 'injection/prompt-extraction', 'pii/anonymize'].map((id, k) => ({ scannerId: id, category: 'injection' as const, detected: k === 0 && i % 4 === 0, score: k === 0 ? (i % 100) / 100 : 0.1, threshold: 0.5, severity: 'high' as const, matches: [], explanation: '', sanitized: false, mitigated: false, durationMs: 0.1 })),
    scannerCount: 30,
    durationMs: 0.5,
    aggregate: 'default',
    input: { length: 1000, chunks: 1, issues: [] },
  };
}

const ms = async (fn: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const rows: Array<[string, string]> = [];
const dir = mkdtempSync(join(tmpdir(), 'pb-bench-store-'));
try {
  for (const path of [join(dir, 'store.db'), ':memory:']) {
    const kind = path === ':memory:' ? 'memory' : 'file';
    let store = await openStore({ path });
    rows.push([`${kind}: open a new store (migrations)`, `${(await ms(async () => { await store.close(); store = await openStore({ path: path === ':memory:' ? path : join(dir, 'fresh.db') }); })).toFixed(1)} ms`]);
    const n = 50;
    const seq = await ms(async () => {
      for (let i = 0; i < n; i++) await store.logScan(report(i));
    });
    rows.push([`${kind}: logScan awaited one at a time`, `${(seq / n).toFixed(2)} ms per scan`]);
    const m = 2000;
    const par = await ms(() => Promise.all(Array.from({ length: m }, (_, i) => store.logScan(report(1000 + i)))));
    rows.push([`${kind}: ${m} logScan calls at once (group commit)`, `${(par / m).toFixed(3)} ms per scan`]);
    for (let i = 0; i < 500; i++) await store.feedback(`bench-${1000 + i}`, { correct: i % 3 !== 0 });
    rows.push([`${kind}: history({ recommendation: 'block', limit: 100 })`, `${(await ms(() => store.history({ recommendation: 'block', limit: 100 }))).toFixed(2)} ms`]);
    rows.push([`${kind}: history({ scannerId, limit: 100 })`, `${(await ms(() => store.history({ scannerId: 'injection/instruction-override', limit: 100 }))).toFixed(2)} ms`]);
    rows.push([`${kind}: one tuning round (500 feedback rows)`, `${(await ms(() => autoTune(store, [{ id: 'injection/instruction-override', base: 0.5, current: 0.5 }]))).toFixed(2)} ms`]);
    await store.transaction(async (tx) => {
      for (let i = 0; i < 10_000; i++) {
        const e = new Float32Array(384);
        for (let k = 0; k < 384; k++) e[k] = Math.sin(i * 7 + k);
        await tx.vault.upsert({ hash: `v${i.toString(16).padStart(63, '0')}`, embedding: e, model: 'embedder@1', detector: 'injection/x', severity: 'high', confidence: 0.9, source: 'local' });
      }
    });
    rows.push([`${kind}: vault.vectors() of 10 000 × 384-d (packed, for the index rebuild)`, `${(await ms(() => store.vault.vectors())).toFixed(0)} ms`]);
    rows.push([`${kind}: vault.list() of 10 000 × 384-d embeddings (all columns)`, `${(await ms(() => store.vault.list())).toFixed(0)} ms`]);
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`Node ${process.versions.node}`);
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
