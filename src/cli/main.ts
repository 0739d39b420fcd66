/**
 * @module cli/main — the `prompt-bouncer` command. Kept free of `process` so tests drive it with
 * in-memory streams; `bin.ts` wires it to the real process.
 *
 * Exit codes: 0 allowed (or the command succeeded), 1 unexpected failure, 2 usage error,
 * 3 the scan recommends inspect, 4 the scan recommends block. `--jsonl` exits 0 when every line
 * was processed (malformed lines are reported in-band), and `--exit-zero` makes `scan` exit 0.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createBouncer } from '../engine/create-bouncer.js';
import { BouncerError, isBouncerError } from '../errors.js';
import type { Bouncer, BouncerOptions, ScanReport, Scanner } from '../types.js';
import { cmdEval } from './eval.js';
import { forEachLine } from './lines.js';
import { SHARED_OPTIONS } from './options.js';
import { formatReport, formatScannerList, painter } from './format.js';
import type { ProgressStream } from './progress.js';
import { CATALOG, findScanner } from './registry.js';
import { cmdThreats, cmdVault } from './vault-commands.js';
import { cliBouncerOptions, cmdConfig } from './config-commands.js';
import { cliStoreOptions, cmdFeedback, cmdHistory } from './store-commands.js';

/** The streams and environment the CLI uses. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean; fd?: number };
  readonly stdout: ProgressStream & { once?(event: 'drain', cb: () => void): unknown };
  readonly stderr: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes, documented in the README. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2, inspect: 3, block: 4 });

const HELP = `prompt-bouncer — scan prompts and LLM responses on your own machine

Usage
  prompt-bouncer scan [TEXT] [-f FILE] [--response TEXT | -r FILE] [options]
  prompt-bouncer scan --jsonl [-f FILE] [options]      JSON lines in, JSON lines out
  prompt-bouncer eval FILE.jsonl [--json] [--decision inspect|block] [options]
                                                       labelled lines in: recall, FPR, AUC
  prompt-bouncer scanners list [--json]
  prompt-bouncer scanners info ID [--json]
  prompt-bouncer history [--since 7d] [--recommendation block] [--json]   logged scans
  prompt-bouncer feedback SCAN_ID --correct|--wrong [--notes TEXT]          tunes thresholds
  prompt-bouncer config init|validate [FILE] [--json]
  prompt-bouncer vault stats|search TEXT|clear --yes [--json]                  the attack vault
  prompt-bouncer threats keygen|export|import|sync|stats                       signed threat feeds

Scan options
  -f, --file FILE        read the prompt from FILE ("-" or no TEXT: standard input)
      --response TEXT    scan TEXT as the model's response to the prompt (output scan)
  -r, --response-file F  read the response from F
      --json             print the full report as JSON
      --jsonl            stream: each input line {"id","text"} or {"id","prompt","response"},
                         one output line per input line, in input order
      --scanners A,B     only these scanners (ids or seed names; default: the recommended set)
      --config FILE      JSON or YAML config: { "scanners": [{ "id", "options" }], "aggregate",
                         "thresholds", "blockOnError", "maxInputLength", "allowlist", "blocklist",
                         "store", … } (also $PROMPT_BOUNCER_CONFIG; PROMPT_BOUNCER_* variables win)
      --data-dir DIR     log the scan to DIR/store.db for history and feedback (also
                         PROMPT_BOUNCER_DATA_DIR, or a "store" section in the config)
      --aggregate MODE   default | bouncer
      --block-on-error   any scanner error blocks
      --concurrency N    scans in flight with --jsonl (default 8)
      --exit-zero        exit 0 whatever the verdict
      --no-color         plain text (also NO_COLOR=1)
  -h, --help

Eval (see: prompt-bouncer eval --help)
  FILE lines {"text","label","set"} or {"prompt","response","label","set"}; label 1/0,
  true/false, "attack"/"benign"; prints per-set recall / FPR, AUC (on riskScore) and macro
  balanced accuracy; --scanners, --config, --concurrency as for scan.

Exit codes: 0 allow · 3 inspect · 4 block · 2 usage error · 1 failure
`;

class UsageError extends BouncerError {
  constructor(message: string) {
    super('CLI_USAGE', message);
  }
}

async function write(io: CliIo, text: string): Promise<void> {
  if (!io.stdout.write(text) && io.stdout.once !== undefined) {
    await new Promise<void>((resolve) => io.stdout.once?.('drain', resolve));
  }
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function scannerFromConfig(item: unknown, index: number): Scanner {
  if (typeof item === 'string') item = { id: item };
  if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') throw new UsageError(`config scanners[${index}] must be a name or { "id", "options" }`);
  const { id, options } = item as { id: string; options?: Record<string, unknown> };
  const entry = findScanner(id);
  if (entry === undefined) throw new UsageError(`unknown scanner "${id}" (see: prompt-bouncer scanners list)`);
  if (entry.needsOptions && options === undefined) throw new UsageError(`scanner "${entry.id}" needs options in the config file`);
  return entry.create(options);
}

/** `createBouncer` options from the flags and the layered config (defaults < file < PROMPT_BOUNCER_*). */
async function bouncerOptions(values: { scanners?: string; config?: string; aggregate?: string; 'block-on-error'?: boolean }, env: CliIo['env'] = {}): Promise<BouncerOptions> {
  return (await cliBouncerOptions(values, env, scannerFromConfig)).options;
}

/** The compact per-line result of `--jsonl`. */
export function jsonlLine(id: unknown, r: ScanReport): Record<string, unknown> {
  const scanners: Record<string, number> = {};
  for (const d of r.detections) scanners[d.scannerId] = d.score;
  return {
    id,
    direction: r.direction,
    riskScore: r.riskScore,
    threatLevel: r.threatLevel,
    recommendation: r.recommendation,
    allowed: r.allowed,
    detected: r.detections.filter((d) => d.detected).map((d) => d.scannerId),
    scanners,
    ...(r.detections.some((d) => d.error !== undefined) ? { errors: Object.fromEntries(r.detections.filter((d) => d.error !== undefined).map((d) => [d.scannerId, d.error?.code])) } : {}),
  };
}

async function scanLine(bouncer: Bouncer, line: string, lineNo: number): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { id: null, line: lineNo, error: { code: 'INVALID_INPUT', message: `line ${lineNo} is not JSON: ${(e as Error).message}` } };
  }
  const obj = (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {}) as Record<string, unknown>;
  const id = obj.id ?? null;
  try {
    if (typeof obj.response === 'string' || obj.response !== undefined) {
      if (typeof obj.prompt !== 'string' || typeof obj.response !== 'string') throw new BouncerError('INVALID_INPUT', 'output lines need string "prompt" and "response"');
      return jsonlLine(id, await bouncer.scanOutput(obj.prompt, obj.response));
    }
    const text = obj.text ?? obj.prompt;
    if (typeof text !== 'string') throw new BouncerError('INVALID_INPUT', 'input lines need a string "text" (or "prompt")');
    return jsonlLine(id, await bouncer.scanInput(text));
  } catch (e) {
    const err = isBouncerError(e) ? { code: e.code, message: e.message } : { code: 'SCANNER_ERROR', message: (e as Error).message };
    return { id, line: lineNo, error: err };
  }
}

async function runJsonl(io: CliIo, bouncer: Bouncer, input: Readable, totalBytes: number | undefined, concurrency: number): Promise<number> {
  await forEachLine({
    input,
    stderr: io.stderr,
    label: 'scanning',
    totalBytes,
    concurrency,
    start: (line, lineNo) => scanLine(bouncer, line, lineNo),
    take: (result) => write(io, `${JSON.stringify(result)}\n`),
  });
  return EXIT.ok;
}

async function cmdScan(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      file: { type: 'string', short: 'f' },
      response: { type: 'string' },
      'response-file': { type: 'string', short: 'r' },
      ...SHARED_OPTIONS,
      jsonl: { type: 'boolean' },
      'exit-zero': { type: 'boolean' },
      'data-dir': { type: 'string' },
    },
  });
  if (values.help === true) {
    await write(io, HELP);
    return EXIT.ok;
  }
  if (values.aggregate !== undefined && values.aggregate !== 'default' && values.aggregate !== 'bouncer') throw new UsageError('--aggregate must be default or bouncer');
  const { options, config } = await cliBouncerOptions(values, io.env, scannerFromConfig);
  const store = cliStoreOptions(config, values['data-dir'], true, io.env);
  const bouncer = await createBouncer(store === undefined ? options : { ...options, store });
  try {
    if (values.jsonl === true) {
      if (positionals.length > 0 || values.response !== undefined || values['response-file'] !== undefined) throw new UsageError('--jsonl reads lines from standard input or -f FILE; give no TEXT or --response');
      const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError('--concurrency must be an integer from 1 to 256');
      if (values.file !== undefined && values.file !== '-') {
        const { createReadStream } = await import('node:fs');
        const size = (await stat(values.file)).size;
        return await runJsonl(io, bouncer, createReadStream(values.file), size, concurrency);
      }
      return await runJsonl(io, bouncer, io.stdin, undefined, concurrency);
    }
    if (positionals.length > 1) throw new UsageError('give the text as ONE argument (quote it), or use -f FILE');
    let prompt: string;
    if (positionals.length === 1) {
      if (values.file !== undefined) throw new UsageError('give TEXT or -f FILE, not both');
      prompt = positionals[0] as string;
    } else if (values.file !== undefined && values.file !== '-') {
      prompt = await readFile(values.file, 'utf8');
    } else if (io.stdin.isTTY !== true) {
      prompt = await readAll(io.stdin);
    } else {
      throw new UsageError('nothing to scan: give TEXT, -f FILE, or pipe text in');
    }
    if (values.response !== undefined && values['response-file'] !== undefined) throw new UsageError('give --response or -r FILE, not both');
    const response = values['response-file'] !== undefined ? await readFile(values['response-file'], 'utf8') : values.response;
    const report = response === undefined ? await bouncer.scanInput(prompt) : await bouncer.scanOutput(prompt, response);
    const color = values['no-color'] !== true && io.env.NO_COLOR === undefined && io.stdout.isTTY === true;
    await write(io, values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, painter(color), response ?? prompt));
    if (values['exit-zero'] === true) return EXIT.ok;
    return report.recommendation === 'allow' ? EXIT.ok : report.recommendation === 'inspect' ? EXIT.inspect : EXIT.block;
  } finally {
    await bouncer.close();
  }
}

function catalogScanner(id: string): Scanner {
  const e = findScanner(id);
  if (e === undefined) throw new UsageError(`unknown scanner "${id}" (see: prompt-bouncer scanners list)`);
  return e.create(e.exampleOptions === undefined ? undefined : { ...e.exampleOptions });
}

async function cmdScanners(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, 'no-color': { type: 'boolean' } } });
  const [sub, id] = positionals;
  const color = values['no-color'] !== true && io.env.NO_COLOR === undefined && io.stdout.isTTY === true;
  if (sub === 'list' || sub === undefined) {
    const rows = CATALOG.map((e) => ({ entry: { scanner: catalogScanner(e.id), enabled: true, threshold: 0 }, seedName: e.seedName, needsOptions: e.needsOptions }));
    if (values.json === true) {
      await write(io, `${JSON.stringify(rows.map((r) => describeScanner(r.entry.scanner, r.seedName, r.needsOptions)), null, 2)}\n`);
    } else {
      await write(io, formatScannerList(rows.map((r) => ({ ...r, entry: { ...r.entry, threshold: r.entry.scanner.threshold } })), painter(color)));
    }
    return EXIT.ok;
  }
  if (sub === 'info') {
    if (id === undefined) throw new UsageError('scanners info needs an ID');
    const e = findScanner(id);
    if (e === undefined) throw new UsageError(`unknown scanner "${id}" (see: prompt-bouncer scanners list)`);
    const info = describeScanner(catalogScanner(id), e.seedName, e.needsOptions);
    if (values.json === true) await write(io, `${JSON.stringify(info, null, 2)}\n`);
    else await write(io, `${Object.entries(info).map(([k, v]) => `${k.padEnd(14)} ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n')}\n`);
    return EXIT.ok;
  }
  throw new UsageError(`unknown command "scanners ${sub}" (list or info)`);
}

function describeScanner(s: Scanner, seedName: string, needsOptions: boolean): Record<string, unknown> {
  return {
    id: s.id,
    seedName,
    kind: s.kind,
    category: s.category,
    severity: s.severity,
    threshold: s.threshold,
    description: s.description,
    sanitizer: s.sanitizer ?? null,
    needsOptions,
    defaultOptions: needsOptions ? null : s.options,
  };
}

/**
 * Run the CLI with `argv` (without `node` and the script) and return the exit code.
 *
 * @example
 * ```ts
 * const code = await main(['scan', 'hello'], { stdin, stdout, stderr, env: {} });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      await write(io, HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === 'scan') return await cmdScan(io, rest);
    if (command === 'scanners') return await cmdScanners(io, rest);
    if (command === 'eval') {
      return await cmdEval(rest, { stdin: io.stdin, stderr: io.stderr, write: (t) => write(io, t), bouncerOptions: (v) => bouncerOptions(v, io.env), usageError: (m) => new UsageError(m) });
    }
    if (command === 'config') return await cmdConfig(rest, { env: io.env, write: (t) => write(io, t), usageError: (m) => new UsageError(m) });
    if (command === 'vault' || command === 'threats') {
      const vio = { env: io.env, write: (t: string) => write(io, t), usageError: (m: string) => new UsageError(m) };
      return await (command === 'vault' ? cmdVault(rest, vio) : cmdThreats(rest, vio));
    }
    if (command === 'history' || command === 'feedback') {
      const sio = { env: io.env, write: (t: string) => write(io, t), usageError: (m: string) => new UsageError(m), makeScanner: scannerFromConfig };
      return await (command === 'history' ? cmdHistory(rest, sio) : cmdFeedback(rest, sio));
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    const usage = e instanceof UsageError || (e instanceof Error && 'code' in e && typeof (e as { code: unknown }).code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS'));
    const config = isBouncerError(e) && e.code === 'INVALID_OPTIONS';
    io.stderr.write(`prompt-bouncer: ${(e as Error).message}\n${usage ? 'Try: prompt-bouncer --help\n' : ''}`);
    return usage || config ? EXIT.usage : EXIT.failure;
  }
}
