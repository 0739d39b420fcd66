/**
 * @module cli/store-commands — `prompt-bouncer history` and `prompt-bouncer feedback`, and where the
 * CLI keeps its store: `<data dir>/store.db` (or the config's `store.path`, relative to the data dir),
 * with the data dir from `--data-dir`, `$PROMPT_BOUNCER_DATA_DIR`, the config's `dataDir`, or
 * `~/.prompt-bouncer`.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBouncer } from '../engine/create-bouncer.js';
import { isBouncerError } from '../errors.js';
import type { PromptBouncerConfig, ScannerConfig } from '../config/index.js';
import { defaultDataDir, resolveStorePath } from '../runtime/node-vfs.js';
import type { BouncerStoreOptions } from '../store/attach.js';
import { openStore } from '../store/store.js';
import type { HistoryQuery, ScanRecord } from '../store/types.js';
import type { Recommendation, Scanner } from '../types.js';
import { cliBouncerOptions, loadCliConfig } from './config-commands.js';

/** What a store command needs from `main`. */
export interface StoreCommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  write(text: string): Promise<void>;
  usageError(message: string): Error;
  makeScanner(item: ScannerConfig, index: number): Scanner;
}

/**
 * The store option for the CLI: the config's `store` section with its path resolved against the data
 * folder. `explicitOnly`: return undefined unless a data folder or a `store` section was asked for
 * (`scan` logs only then).
 *
 * @example
 * ```ts
 * cliStoreOptions(config, '/tmp/pb', false); // { path: '/tmp/pb/store.db', … }
 * ```
 */
export function cliStoreOptions(config: PromptBouncerConfig, dataDirFlag: string | undefined, explicitOnly: boolean, env: Readonly<Record<string, string | undefined>> = {}): BouncerStoreOptions | undefined {
  if (explicitOnly && dataDirFlag === undefined && config.dataDir === undefined && config.store === undefined) return undefined;
  const dir = defaultDataDir(dataDirFlag ?? config.dataDir, env);
  return { ...(config.store ?? {}), path: resolveStorePath(config.store?.path ?? 'store.db', dir) };
}

const RELATIVE = /^(\d{1,6})([smhdw])$/;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `7d`, `24h`, `30m` (ago) or an ISO-8601 time → Unix ms. */
function parseTime(s: string, flag: string, usage: (m: string) => Error): number {
  const rel = RELATIVE.exec(s.trim());
  if (rel !== null) return Date.now() - Number(rel[1]) * (UNIT_MS[rel[2] as string] as number);
  const t = Date.parse(s);
  if (!Number.isFinite(t)) throw usage(`${flag} takes an ISO-8601 time or an age like 7d, 24h, 30m`);
  return t;
}

function intFlag(s: string | undefined, flag: string, min: number, max: number, usage: (m: string) => Error): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isInteger(n) || n < min || n > max) throw usage(`${flag} must be an integer from ${min} to ${max}`);
  return n;
}

function historyLine(r: ScanRecord): string {
  const fired = r.detections.filter((d) => d.detected).map((d) => d.scannerId);
  const fb = r.feedback === undefined ? '' : r.feedback.correct ? '  [feedback: correct]' : '  [feedback: wrong]';
  return `${r.timestamp.replace('T', ' ').slice(0, 19)}  ${r.recommendation.toUpperCase().padEnd(7)}  ${r.riskScore.toFixed(2)}  ${r.direction.padEnd(6)}  ${r.scanId}  ${fired.join(', ') || '-'}${fb}`;
}

const STORE_FLAGS = { 'data-dir': { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

const HISTORY_HELP = `prompt-bouncer history — logged scans, newest first

Usage
  prompt-bouncer history [--since 7d|ISO] [--until ISO] [--recommendation block,inspect]
                         [--scanner ID] [--direction input|output] [--feedback yes|no]
                         [--limit N] [--offset N] [--oldest] [--json] [--data-dir DIR] [--config FILE]

Scans are logged by "prompt-bouncer scan --data-dir DIR" (or with PROMPT_BOUNCER_DATA_DIR set, or a
"store" section in the config) and by apps with createBouncer({ store }).
`;

/**
 * `prompt-bouncer history`.
 *
 * @example
 * ```ts
 * await cmdHistory(['--recommendation', 'block', '--json'], io);
 * ```
 */
export async function cmdHistory(args: string[], io: StoreCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...STORE_FLAGS,
      since: { type: 'string' },
      until: { type: 'string' },
      recommendation: { type: 'string' },
      scanner: { type: 'string' },
      direction: { type: 'string' },
      feedback: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      oldest: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    await io.write(HISTORY_HELP);
    return 0;
  }
  if (positionals.length > 0) throw io.usageError('history takes no arguments (see: prompt-bouncer history --help)');
  const usage = (m: string): Error => io.usageError(m);
  const recs = values.recommendation?.split(',').map((s) => s.trim().toLowerCase());
  if (recs !== undefined && !recs.every((r) => r === 'allow' || r === 'inspect' || r === 'block')) throw usage('--recommendation takes allow, inspect, block (comma-separated)');
  if (values.direction !== undefined && values.direction !== 'input' && values.direction !== 'output') throw usage('--direction must be input or output');
  if (values.feedback !== undefined && values.feedback !== 'yes' && values.feedback !== 'no') throw usage('--feedback must be yes or no');
  const query: HistoryQuery = {
    ...(values.since === undefined ? {} : { from: parseTime(values.since, '--since', usage) }),
    ...(values.until === undefined ? {} : { to: parseTime(values.until, '--until', usage) }),
    ...(recs === undefined ? {} : { recommendation: recs as Recommendation[] }),
    ...(values.scanner === undefined ? {} : { scannerId: values.scanner }),
    ...(values.direction === undefined ? {} : { direction: values.direction as 'input' | 'output' }),
    ...(values.feedback === undefined ? {} : { hasFeedback: values.feedback === 'yes' }),
    limit: intFlag(values.limit, '--limit', 0, 10_000, usage) ?? 50,
    offset: intFlag(values.offset, '--offset', 0, Number.MAX_SAFE_INTEGER, usage) ?? 0,
    order: values.oldest === true ? 'oldest' : 'newest',
  };
  const config = await loadCliConfig(values.config, io.env);
  const storeOptions = cliStoreOptions(config, values['data-dir'], false, io.env) as BouncerStoreOptions & { path: string };
  if (storeOptions.path !== ':memory:' && !existsSync(storeOptions.path)) {
    // Reading must not create an empty database where the user mistyped a folder.
    await io.write(values.json === true ? '[]\n' : `no history yet (${storeOptions.path} does not exist)\n`);
    return 0;
  }
  const store = await openStore(storeOptions);
  try {
    const rows = await store.history(query);
    if (values.json === true) await io.write(`${JSON.stringify(rows, null, 2)}\n`);
    else await io.write(rows.length === 0 ? 'no scans match\n' : `${rows.map(historyLine).join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

const FEEDBACK_HELP = `prompt-bouncer feedback — tell the store whether a scan's verdict was right

Usage
  prompt-bouncer feedback SCAN_ID (--correct | --wrong) [--notes TEXT] [--json]
                          [--data-dir DIR] [--config FILE] [--scanners A,B]

SCAN_ID is the report's scanId (prompt-bouncer history lists them). With autoTune (the default) the
scanners' thresholds may move; the change is printed and saved in the store.
`;

/**
 * `prompt-bouncer feedback SCAN_ID --correct|--wrong`.
 *
 * @example
 * ```ts
 * await cmdFeedback(['1b4e…', '--wrong', '--notes', 'a recipe, not an attack'], io);
 * ```
 */
export async function cmdFeedback(args: string[], io: StoreCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...STORE_FLAGS, correct: { type: 'boolean' }, wrong: { type: 'boolean' }, notes: { type: 'string' }, scanners: { type: 'string' } } });
  if (values.help === true) {
    await io.write(FEEDBACK_HELP);
    return 0;
  }
  const [scanId, extra] = positionals;
  if (scanId === undefined || extra !== undefined) throw io.usageError('feedback takes one SCAN_ID (see: prompt-bouncer feedback --help)');
  if ((values.correct === true) === (values.wrong === true)) throw io.usageError('give exactly one of --correct or --wrong');
  const { options, config } = await cliBouncerOptions(values, io.env, io.makeScanner);
  const store = cliStoreOptions(config, values['data-dir'], false, io.env) as BouncerStoreOptions & { path: string };
  if (store.path !== ':memory:' && !existsSync(store.path)) throw io.usageError(`no store at ${store.path} (scans are logged with: prompt-bouncer scan --data-dir DIR)`);
  // A bouncer with the same scanners knows each one's base threshold, which the tuner clamps around.
  const bouncer = await createBouncer({ ...options, store });
  try {
    let result: Awaited<ReturnType<typeof bouncer.feedback>>;
    try {
      result = await bouncer.feedback(scanId, { correct: values.correct === true, ...(values.notes === undefined ? {} : { notes: values.notes }) });
    } catch (e) {
      if (isBouncerError(e) && e.code === 'UNKNOWN_SCAN') throw io.usageError(`${e.message} (see: prompt-bouncer history)`);
      throw e;
    }
    if (values.json === true) {
      await io.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const moved = result.thresholds.map((c) => `  threshold ${c.scannerId}: ${c.from} → ${c.to}\n`).join('');
      await io.write(`recorded: scan ${scanId} marked ${result.correct ? 'correct' : 'wrong'}\n${moved}`);
    }
    return 0;
  } finally {
    await bouncer.close();
  }
}
