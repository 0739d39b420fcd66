/**
 * @module cli/progress — a small progress bar for long CLI runs, drawn on stderr only when stderr
 * is a terminal (never in pipes, CI logs or `--json` output).
 */

/** Where the bar is drawn. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): boolean;
}

/** A progress bar; `total` may be unknown (then it shows a count and a rate). */
export interface ProgressBar {
  update(done: number, total?: number, unit?: string): void;
  finish(): void;
}

/**
 * Make a bar; a no-op unless `stream.isTTY`. Redraws at most every 100 ms.
 *
 * @example
 * ```ts
 * const bar = createProgress(process.stderr, 'scanning');
 * bar.update(50, 100); bar.finish();
 * ```
 */
export function createProgress(stream: ProgressStream, label: string): ProgressBar {
  if (stream.isTTY !== true) return { update: () => undefined, finish: () => undefined };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  const draw = (done: number, total: number | undefined, unit: string): void => {
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = `${(done / secs).toFixed(done / secs >= 100 ? 0 : 1)} ${unit}/s`;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 40));
    let line: string;
    if (total !== undefined && total > 0) {
      const frac = Math.min(1, done / total);
      const fill = Math.round(frac * width);
      line = `${label} [${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}% ${rate}`;
    } else {
      line = `${label} ${done} ${unit} ${rate}`;
    }
    stream.write(`\r\u001b[2K${line}`);
    drawn = true;
  };
  let lastArgs: [number, number | undefined, string] = [0, undefined, 'items'];
  return {
    update(done, total, unit = 'items') {
      lastArgs = [done, total, unit];
      const t = Date.now();
      if (t - last < 100) return;
      last = t;
      draw(done, total, unit);
    },
    finish() {
      if (!drawn && lastArgs[0] === 0) return;
      draw(...lastArgs);
      stream.write('\n');
    },
  };
}
