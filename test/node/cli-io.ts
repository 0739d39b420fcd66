/**
 * In-memory streams for driving the CLI's `main()` in tests (shared by the scan and eval tests).
 */
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** What one CLI run printed and returned. */
export interface Captured {
  code: number;
  out: string;
  err: string;
}

/** A writable stream that remembers what was written. */
export function sink(isTTY = false): PassThrough & { isTTY: boolean; text: () => string } {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; text: () => string };
  const chunks: string[] = [];
  s.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  s.isTTY = isTTY;
  s.text = () => chunks.join('');
  return s;
}

/** Run the CLI with `argv`, standard input from `stdinText` (none: an interactive terminal). */
export async function run(argv: string[], stdinText?: string | Readable, opts: { stderrTTY?: boolean } = {}): Promise<Captured> {
  const stdin = stdinText === undefined ? Object.assign(Readable.from([]), { isTTY: true }) : typeof stdinText === 'string' ? Readable.from([Buffer.from(stdinText)]) : stdinText;
  const stdout = sink();
  const stderr = sink(opts.stderrTTY ?? false);
  const code = await main(argv, { stdin, stdout, stderr, env: { NO_COLOR: '1' } });
  return { code, out: stdout.text(), err: stderr.text() };
}
