/**
 * Child process for test/node/store-crash.test.ts: commits some history, then starts a big write and
 * kills itself with SIGKILL in the middle of writing pages to the database file (no exit handlers,
 * no close: as close to pulling the plug as a test can get without a VM).
 *
 * argv: <db path> <mode>   mode: `vault` (crash inside a multi-row vault transaction, after the
 * cache spilled pages to the file) or `log` (crash inside a scan-log commit).
 */
import { openStore, type InternalStoreOptions } from '../../src/store/store.js';
import type { ScanReport } from '../../src/types.js';

const [path, mode] = process.argv.slice(2) as [string, 'vault' | 'log'];

/** A report as the engine makes it (fields the store reads), with a fake hash. */
function report(i: number): ScanReport {
  return {
    scanId: `committed-${i}`,
    direction: 'input',
    inputHash: i.toString(16).padStart(64, '0'),
    timestamp: new Date(Date.now() - 60_000 + i * 100).toISOString(),
    riskScore: i % 2 === 0 ? 0.8 : 0.1,
    threatLevel: i % 2 === 0 ? 8 : 1,
    confidence: 0.9,
    recommendation: i % 2 === 0 ? 'block' : 'allow',
    description: '',
    allowed: i % 2 !== 0,
    sanitized: '',
    detections: [{ scannerId: 'injection/instruction-override', category: 'injection', detected: i % 2 === 0, score: i % 2 === 0 ? 0.9 : 0.2, threshold: 0.5, severity: 'high', matches: [], explanation: '', sanitized: false, mitigated: false, durationMs: 0.1 }],
    scannerCount: 1,
    durationMs: 1,
    aggregate: 'default',
    input: { length: 10, chunks: 1, issues: [] },
  };
}

let armed = false;
let writes = 0;
const options: InternalStoreOptions = {
  path,
  beforeWrite: () => {
    if (!armed) return;
    writes++;
    // A few pages in: the journal is synced, the database file is half overwritten.
    if (writes === 3) process.kill(process.pid, 'SIGKILL');
  },
};
const store = await openStore(options);
for (let i = 0; i < 40; i++) await store.logScan(report(i));
await store.feedback('committed-0', { correct: true, notes: 'kept' });
await store.vault.upsert({ hash: 'a'.repeat(64), embedding: new Float32Array(384).fill(0.5), model: 'test-embedder', detector: 'injection/instruction-override', severity: 'high', confidence: 0.9, source: 'local' });
process.stdout.write('committed\n');

armed = true;
if (mode === 'vault') {
  // ~3 MB of embeddings: more than the page cache holds, so SQLite spills pages into the database
  // file before COMMIT (after syncing the rollback journal).
  await store.transaction(async (tx) => {
    for (let i = 0; i < 2000; i++) {
      const e = new Float32Array(384);
      e.fill(i / 2000);
      await tx.vault.upsert({ hash: `b${i.toString(16).padStart(63, '0')}`, embedding: e, model: 'test-embedder', detector: 'injection/instruction-override', severity: 'high', confidence: 0.8, source: 'feed' });
    }
  });
} else {
  const many = Array.from({ length: 300 }, (_, i) => ({ ...report(1000 + i), scanId: `uncommitted-${i}` }));
  await Promise.all(many.map((r) => store.logScan(r)));
}
// Not reached when the kill fired.
process.stdout.write('finished without crashing\n');
