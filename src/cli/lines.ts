/**
 * @module cli/lines — the one JSON-lines loop `scan --jsonl` and `eval` share: read lines, start up
 * to `concurrency` jobs, hand results back in input order, draw progress on stderr.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createProgress, type ProgressStream } from './progress.js';

/** What {@link forEachLine} needs. */
export interface LineLoop<T> {
  readonly input: Readable;
  readonly stderr: ProgressStream;
  /** Progress label ("scanning", "evaluating"). */
  readonly label: string;
  /** Input size in bytes when known (a file): progress in bytes, else in lines. */
  readonly totalBytes: number | undefined;
  readonly concurrency: number;
  /** Start the job for one non-blank line (1-based line number). */
  readonly start: (line: string, lineNo: number) => Promise<T>;
  /** Receives each job's result, in input order. */
  readonly take: (result: T) => void | Promise<void>;
}

/**
 * Run `start` on every non-blank line with at most `concurrency` in flight, and pass results to
 * `take` in input order (constant memory for any input length).
 *
 * @example
 * ```ts
 * await forEachLine({ input, stderr, label: 'scanning', totalBytes, concurrency: 8, start: scan, take: print });
 * ```
 */
export async function forEachLine<T>(loop: LineLoop<T>): Promise<void> {
  const bar = createProgress(loop.stderr, loop.label);
  const rl = createInterface({ input: loop.input, crlfDelay: Number.POSITIVE_INFINITY });
  const pending: Array<Promise<T>> = [];
  let lineNo = 0;
  let done = 0;
  let bytes = 0;
  const flushOne = async (): Promise<void> => {
    const next = pending.shift();
    if (next === undefined) return;
    await loop.take(await next);
    done++;
    bar.update(loop.totalBytes === undefined ? done : bytes, loop.totalBytes, loop.totalBytes === undefined ? 'lines' : 'bytes');
  };
  for await (const line of rl) {
    lineNo++;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim().length === 0) continue;
    pending.push(loop.start(line, lineNo));
    if (pending.length >= loop.concurrency) await flushOne();
  }
  while (pending.length > 0) await flushOne();
  bar.finish();
}
