/**
 * worker_threads child for store.test.ts: logs 30 scans into the store file it is given, one commit
 * at a time, while another thread does the same on the same file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../../src/store/store.js';
import type { ScanReport } from '../../src/types.js';

const { path, tag } = workerData as { path: string; tag: string };
const store = await openStore({ path, busyTimeoutMs: 20_000 });
for (let i = 0; i < 30; i++) {
  const report: ScanReport = {
    scanId: `${tag}-${i}`,
    direction: 'input',
    inputHash: '0'.repeat(64),
    timestamp: new Date().toISOString(),
    riskScore: 0,
    threatLevel: 0,
    confidence: 1,
    recommendation: 'allow',
    description: '',
    allowed: true,
    sanitized: '',
    detections: [],
    scannerCount: 0,
    durationMs: 0,
    aggregate: 'default',
    input: { length: 1, chunks: 1, issues: [] },
  };
  await store.logScan(report);
}
await store.close();
parentPort?.postMessage('done');
