/**
 * @module cli/eval — `prompt-bouncer eval FILE.jsonl`: run the bouncer over a labelled JSON-lines
 * file and print per-set recall / false-positive rate, AUC and macro balanced accuracy, so users
 * can measure the guard on their own traffic before trusting its defaults.
 *
 * Input lines: `{"text","label"}` (input scan) or `{"prompt","response","label"}` (output scan),
 * optional `"set"` (default `"all"`) and `"id"`. Labels: see {@link parseLabel}. Score for AUC =
 * `report.riskScore`; decision = `recommendation !== 'allow'` (`--decision inspect`, the default)
 * or `recommendation === 'block'` (`--decision block`). Figures are defined in `metrics.ts`.
 */
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createBouncer } from '../engine/create-bouncer.js';
import { isBouncerError } from '../errors.js';
import type { Bouncer, BouncerOptions, ScanReport } from '../types.js';
import { forEachLine } from './lines.js';
import { SHARED_OPTIONS } from './options.js';
import { jsonNumber, quantile, summarize, type EvalSummary, type ScoredRow } from './metrics.js';
import type { ProgressStream } from './progress.js';

/** What `main.ts` lends the eval command, so option handling stays in one place. */
export interface EvalDeps {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stderr: ProgressStream;
  write(text: string): Promise<void>;
  bouncerOptions(values: { scanners?: string; config?: string; aggregate?: string; 'block-on-error'?: boolean }): Promise<BouncerOptions>;
  usageError(message: string): Error;
}

/** Help for `prompt-bouncer eval`. */
export const EVAL_HELP = `Usage
  prompt-bouncer eval FILE.jsonl [options]      ("-" or no FILE: standard input)

Each line: {"text": "...", "label": L, "set": "name"}  or  {"prompt", "response", "label", "set"}
  label L: attack = 1, true, "1", "true", "yes", "attack", "malicious", "injection", "jailbreak",
           "unsafe", "positive", "harmful"; benign = 0, false, "0", "false", "no", "benign",
           "safe", "clean", "negative", "legitimate" (strings are case-insensitive)
  "set" groups rows (default "all"); figures are per set and macro-averaged over sets.

Options
      --decision D       inspect (default): flagged = recommendation is not allow
                         block: flagged = recommendation is block
      --json             print the figures as one JSON object
      --scanners A,B     only these scanners (default: the recommended set)
      --config FILE      JSON config, as for scan
      --aggregate MODE   default | bouncer
      --block-on-error   any scanner error blocks
      --concurrency N    scans in flight (default 8)
      --max-errors N     list at most N malformed lines (default 20)

Figures: recall = flagged attacks / attacks; FPR = flagged benign / benign; AUC = Mann-Whitney
on report.riskScore (ties count 1/2); macro balanced accuracy = (mean recall over sets with
attacks + mean (1 - FPR) over sets with benign rows) / 2.
Exit codes: 0 done (malformed lines are reported, not fatal) · 2 usage error or no usable rows
`;

const POSITIVE = new Set(['1', 'true', 'yes', 'attack', 'malicious', 'injection', 'jailbreak', 'unsafe', 'positive', 'harmful']);
const NEGATIVE = new Set(['0', 'false', 'no', 'benign', 'safe', 'clean', 'negative', 'legitimate']);

/**
 * A label as attack (true) / benign (false), or undefined when it is not one of the accepted forms.
 *
 * @example
 * ```ts
 * parseLabel('Attack'); // true
 * parseLabel(0);        // false
 * parseLabel('maybe');  // undefined
 * ```
 */
export function parseLabel(v: unknown): boolean | undefined {
  if (v === true || v === 1) return true;
  if (v === false || v === 0) return false;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (POSITIVE.has(s)) return true;
  if (NEGATIVE.has(s)) return false;
  return undefined;
}

interface Parsed {
  readonly set: string;
  readonly label: boolean;
  readonly prompt: string;
  readonly response?: string;
}

/** One line → a row to scan, or an error message. Exported for tests. */
export function parseEvalLine(line: string): Parsed | { error: string } {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { error: `not JSON (${(e as Error).message})` };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { error: 'not a JSON object' };
  const o = obj as Record<string, unknown>;
  const label = parseLabel(o.label);
  if (label === undefined) return { error: `missing or unknown "label" (${JSON.stringify(o.label) ?? 'absent'})` };
  const set = o.set === undefined ? 'all' : typeof o.set === 'string' || typeof o.set === 'number' ? String(o.set) : undefined;
  if (set === undefined) return { error: '"set" must be a string' };
  if (o.response !== undefined) {
    if (typeof o.prompt !== 'string' || typeof o.response !== 'string') return { error: 'output lines need string "prompt" and "response"' };
    return { set, label, prompt: o.prompt, response: o.response };
  }
  const text = o.text ?? o.prompt;
  if (typeof text !== 'string') return { error: 'need a string "text" (or "prompt")' };
  return { set, label, prompt: text };
}

interface Outcome {
  row?: ScoredRow;
  ms?: number;
  scanErrors?: number;
  error?: { line: number; message: string };
}

async function scanOne(bouncer: Bouncer, p: Parsed, lineNo: number, decision: 'inspect' | 'block'): Promise<Outcome> {
  const t0 = performance.now();
  let report: ScanReport;
  try {
    report = p.response === undefined ? await bouncer.scanInput(p.prompt) : await bouncer.scanOutput(p.prompt, p.response);
  } catch (e) {
    return { error: { line: lineNo, message: isBouncerError(e) ? `${e.code}: ${e.message}` : (e as Error).message } };
  }
  const ms = performance.now() - t0;
  const flagged = decision === 'block' ? report.recommendation === 'block' : report.recommendation !== 'allow';
  return { row: { set: p.set, label: p.label, flagged, score: report.riskScore }, ms, scanErrors: report.detections.filter((d) => d.error !== undefined).length };
}

const pct = (x: number): string => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const num = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** The summary as a text table. Exported for tests. */
export function formatEval(s: EvalSummary, meta: { decision: string; scanners: readonly string[]; malformed: number; medianMs: number }): string {
  const w = Math.max(12, ...s.sets.map((x) => x.set.length));
  const lines: string[] = [];
  lines.push(`${pad('set', w)} ${lpad('rows', 6)} ${lpad('attacks', 7)} ${lpad('benign', 6)} ${lpad('recall', 7)} ${lpad('FPR', 7)} ${lpad('AUC', 6)}`);
  for (const x of s.sets) {
    lines.push(`${pad(x.set, w)} ${lpad(String(x.rows), 6)} ${lpad(String(x.attacks), 7)} ${lpad(String(x.benign), 6)} ${lpad(pct(x.recall), 7)} ${lpad(pct(x.falsePositiveRate), 7)} ${lpad(num(x.auc), 6)}`);
  }
  lines.push('');
  lines.push(`rows ${s.rows} (attacks ${s.attacks}, benign ${s.benign})${meta.malformed > 0 ? `, ${meta.malformed} malformed line(s) skipped` : ''}`);
  lines.push(`AUC ${num(s.auc)}   macro balanced accuracy ${num(s.macroBalancedAccuracy)}   mean recall ${pct(s.meanRecall)}   mean FPR ${pct(s.meanFalsePositiveRate)}`);
  lines.push(`decision: flagged = ${meta.decision === 'block' ? "recommendation is 'block'" : "recommendation is not 'allow'"}; score = riskScore; median ${meta.medianMs.toFixed(3)} ms/row`);
  lines.push(`scanners: ${meta.scanners.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Run `prompt-bouncer eval` with `args` (after the command word). Returns the exit code.
 *
 * @example
 * ```ts
 * const code = await cmdEval(['data.jsonl', '--json'], deps);
 * ```
 */
export async function cmdEval(args: readonly string[], deps: EvalDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...SHARED_OPTIONS,
      decision: { type: 'string' },
      'max-errors': { type: 'string' },
    },
  });
  if (values.help === true) {
    await deps.write(EVAL_HELP);
    return 0;
  }
  const decision = values.decision ?? 'inspect';
  if (decision !== 'inspect' && decision !== 'block') throw deps.usageError('--decision must be inspect or block');
  if (values.aggregate !== undefined && values.aggregate !== 'default' && values.aggregate !== 'bouncer') throw deps.usageError('--aggregate must be default or bouncer');
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw deps.usageError('--concurrency must be an integer from 1 to 256');
  const maxErrors = values['max-errors'] === undefined ? 20 : Number(values['max-errors']);
  if (!Number.isInteger(maxErrors) || maxErrors < 0) throw deps.usageError('--max-errors must be a whole number');
  if (positionals.length > 1) throw deps.usageError('eval takes one FILE');
  const file = positionals[0];
  if ((file === undefined || file === '-') && deps.stdin.isTTY === true) throw deps.usageError('eval needs a labelled JSONL FILE (or pipe one in)');

  let input: Readable;
  let totalBytes: number | undefined;
  if (file !== undefined && file !== '-') {
    try {
      totalBytes = (await stat(file)).size;
    } catch (e) {
      throw deps.usageError(`cannot read ${file}: ${(e as Error).message}`);
    }
    const { createReadStream } = await import('node:fs');
    input = createReadStream(file);
  } else {
    input = deps.stdin;
  }

  const bouncer = await createBouncer(await deps.bouncerOptions(values));
  const scanners = bouncer.scanners.list().map((e) => e.scanner.id);
  const rows: ScoredRow[] = [];
  const times: number[] = [];
  const malformed: Array<{ line: number; message: string }> = [];
  let malformedCount = 0;
  let scanErrors = 0;
  try {
    const take = (o: Outcome): void => {
      if (o.row !== undefined) {
        rows.push(o.row);
        times.push(o.ms ?? 0);
        scanErrors += o.scanErrors ?? 0;
      }
      if (o.error !== undefined) {
        malformedCount++;
        if (malformed.length < maxErrors) malformed.push(o.error);
      }
    };
    await forEachLine<Outcome>({
      input,
      stderr: deps.stderr,
      label: 'evaluating',
      totalBytes,
      concurrency,
      start: async (line, lineNo) => {
        const p = parseEvalLine(line);
        return 'error' in p ? { error: { line: lineNo, message: p.error } } : scanOne(bouncer, p, lineNo, decision);
      },
      take,
    });
  } finally {
    await bouncer.close();
  }

  for (const m of malformed) deps.stderr.write(`prompt-bouncer eval: line ${m.line}: ${m.message}\n`);
  if (malformedCount > malformed.length) deps.stderr.write(`prompt-bouncer eval: … and ${malformedCount - malformed.length} more malformed line(s)\n`);
  if (rows.length === 0) throw deps.usageError(`no usable labelled rows in ${file ?? 'standard input'}`);

  const summary = summarize(rows);
  const medianMs = quantile(times, 0.5);
  if (values.json === true) {
    const out = {
      file: file ?? '-',
      decision,
      score: 'riskScore',
      scanners,
      rows: summary.rows,
      attacks: summary.attacks,
      benign: summary.benign,
      malformed: { count: malformedCount, lines: malformed },
      scannerErrors: scanErrors,
      sets: summary.sets.map((x) => ({
        set: x.set,
        rows: x.rows,
        attacks: x.attacks,
        benign: x.benign,
        truePositives: x.truePositives,
        falsePositives: x.falsePositives,
        recall: jsonNumber(x.recall),
        falsePositiveRate: jsonNumber(x.falsePositiveRate),
        auc: jsonNumber(x.auc),
      })),
      overall: {
        auc: jsonNumber(summary.auc),
        macroBalancedAccuracy: jsonNumber(summary.macroBalancedAccuracy),
        meanRecall: jsonNumber(summary.meanRecall),
        meanFalsePositiveRate: jsonNumber(summary.meanFalsePositiveRate),
      },
      latency: { medianMs: jsonNumber(medianMs), p99Ms: jsonNumber(quantile(times, 0.99)) },
    };
    await deps.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    await deps.write(formatEval(summary, { decision, scanners, malformed: malformedCount, medianMs }));
  }
  return 0;
}
