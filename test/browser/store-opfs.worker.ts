/**
 * Dedicated worker for store.browser.test.ts: opens a store by name (OPFS here, where synchronous
 * access handles exist), logs one scan per message, and answers with what the store holds.
 */
import { openStore } from '../../src/store/store.js';
import type { ScanReport } from '../../src/types.js';

self.onmessage = async (e: MessageEvent<{ name: string; report: ScanReport }>) => {
  try {
    const store = await openStore({ path: e.data.name });
    await store.logScan(e.data.report);
    const result = { backend: store.backend, count: await store.countHistory(), ids: (await store.history()).map((r) => r.scanId) };
    await store.close();
    self.postMessage({ ok: true, ...result });
  } catch (err) {
    self.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
  }
};
