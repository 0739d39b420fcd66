/**
 * @module engine/validate — argument checks shared by the in-thread bouncer and the worker client,
 * so a wrong call gets the same typed error in every runtime.
 */
import { BouncerError } from '../errors.js';
import type { BatchItem, BatchOptions, ScanOptions, ScanReport } from '../types.js';

/** Throws `INVALID_INPUT` unless `x` is a string. */
export function checkText(x: unknown, what: string): asserts x is string {
  if (typeof x !== 'string') throw new BouncerError('INVALID_INPUT', `${what} must be a string, got ${x === null ? 'null' : typeof x}`, { details: { what, type: x === null ? 'null' : typeof x } });
}

/** Checks per-scan options from JS callers. */
export function checkScanOptions(o: unknown): ScanOptions {
  if (o === undefined) return {};
  if (typeof o !== 'object' || o === null) throw new BouncerError('INVALID_INPUT', 'scan options must be an object');
  const so = o as ScanOptions;
  if (so.history !== undefined && (!Array.isArray(so.history) || !so.history.every((t) => typeof t === 'object' && t !== null && typeof t.content === 'string'))) {
    throw new BouncerError('INVALID_INPUT', 'history must be an array of { role, content } turns');
  }
  if (so.only !== undefined && (!Array.isArray(so.only) || !so.only.every((s) => typeof s === 'string'))) throw new BouncerError('INVALID_INPUT', 'only must be an array of scanner ids');
  if (so.systemPrompt !== undefined && typeof so.systemPrompt !== 'string') throw new BouncerError('INVALID_INPUT', 'systemPrompt must be a string');
  if (so.canary !== undefined && (typeof so.canary !== 'string' || !/^[0-9A-Za-z]{8,128}$/.test(so.canary))) throw new BouncerError('INVALID_INPUT', 'canary must be a canary token (8 to 128 letters or digits)');
  return so;
}

/** A batch item as one scan: which way, the text scanned, the prompt behind it. */
export interface BatchScan {
  readonly direction: 'input' | 'output';
  readonly text: string;
  readonly prompt: string;
}

/**
 * Run a batch with at most `concurrency` scans in flight (the back-pressure on huge batches),
 * results in input order. `scanOne` is the transport: in-thread or a worker pool.
 */
export async function runBatch(items: unknown, opts: BatchOptions | undefined, defaultConcurrency: number, scanOne: (scan: BatchScan, so: ScanOptions) => Promise<ScanReport>): Promise<ScanReport[]> {
  if (!Array.isArray(items)) throw new BouncerError('INVALID_INPUT', 'scanBatch takes an array');
  const list = items as readonly BatchItem[];
  list.forEach((item, index) => {
    const ok = typeof item === 'string' || (typeof item === 'object' && item !== null && typeof item.prompt === 'string' && (item.response === undefined || typeof item.response === 'string'));
    if (!ok) throw new BouncerError('INVALID_INPUT', `batch item ${index} must be a string or { prompt, response? }`, { details: { index } });
  });
  const o = opts ?? {};
  const concurrency = o.concurrency ?? defaultConcurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new BouncerError('INVALID_INPUT', 'concurrency must be a positive integer');
  // Everything but the batch's own knobs applies to each scan (history, signal, only, …).
  const { concurrency: _concurrency, onProgress: _onProgress, ...perScan } = o;
  const so = checkScanOptions(perScan);
  const results = new Array<ScanReport>(list.length);
  let next = 0;
  let done = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (next < list.length && !failed) {
      const i = next++;
      const item = list[i] as BatchItem;
      const scan: BatchScan = typeof item === 'string' ? { direction: 'input', text: item, prompt: item } : item.response === undefined ? { direction: 'input', text: item.prompt, prompt: item.prompt } : { direction: 'output', text: item.response, prompt: item.prompt };
      try {
        results[i] = await scanOne(scan, so);
      } catch (e) {
        failed = true;
        throw e;
      }
      done++;
      o.onProgress?.(done, list.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, list.length)) }, lane));
  return results;
}
