/**
 * @module engine/run — one scan, start to finish: input contract → allow/block lists → every
 * scanner concurrently on the shared view (windows for long text) → sanitizer chain in declared
 * order → aggregation → report. Scanner failures become detections with an error, never throws.
 */
import { BouncerError, isBouncerError } from '../errors.js';
import { inputIssues } from '../text/issues.js';
import { createTextView } from '../text/view.js';
import type {
  ModelRun,
  AggregateMode,
  Detection,
  Direction,
  InputIssue,
  ListEntry,
  Match,
  PlaceholderTable,
  Recommendation,
  ScanContext,
  ScanReport,
  Scanner,
  Severity,
  TextView,
  Turn,
  Verdict,
} from '../types.js';
import { aggregate, type Levels } from './aggregate.js';
import { sha256Hex } from './hash.js';
import { applyReplacements } from './sanitize.js';

/** Settings a scan needs, resolved once by `createBouncer`. */
export interface RunSettings {
  readonly aggregate: AggregateMode;
  readonly blockOnError: boolean;
  readonly scannerTimeoutMs: number;
  readonly maxInputLength: number;
  readonly oversize: 'chunk' | 'reject';
  readonly allowlist: readonly ListEntry[];
  readonly blocklist: readonly ListEntry[];
  readonly levels: Levels;
}

/** One scan's inputs. */
export interface RunRequest {
  readonly direction: Direction;
  readonly text: string;
  readonly prompt: string;
  readonly history: readonly Turn[];
  readonly placeholders: PlaceholderTable;
  readonly models: ScanContext['models'];
  readonly systemPrompt?: string;
  readonly vault?: ScanContext['vault'];
  readonly canary?: string;
  readonly scanners: ReadonlyArray<{ readonly scanner: Scanner; readonly threshold: number }>;
  readonly signal: AbortSignal | undefined;
}

interface Window {
  readonly start: number;
  readonly view: TextView;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

/** The clock, chosen once (read ~35 times per scan: once per scanner call). */
const CLOCK: { now(): number } = typeof performance !== 'undefined' ? performance : Date;
const now = (): number => CLOCK.now();
const ms = (x: number): number => Math.round(x * 1000) / 1000;

let lastIsoMs = Number.NaN;
let lastIso = '';

/** `new Date().toISOString()`, formatted once per millisecond (it is the costliest step of an empty scan). */
function isoNow(): string {
  const t = Date.now();
  if (t !== lastIsoMs) {
    lastIsoMs = t;
    lastIso = new Date(t).toISOString();
  }
  return lastIso;
}

/** The last time read, shared by consecutive scanner calls of one scan. */
interface Clock {
  t: number;
}

/**
 * Split long text into overlapping windows no longer than `max` (UTF-16 units), never inside a
 * surrogate pair. The overlap (a quarter of the window, at most 4 096) is longer than any phrase a
 * rule looks for, so nothing that straddles a cut is missed.
 */
export function windowsOf(text: string, max: number): Array<{ start: number; end: number }> {
  if (text.length <= max) return [{ start: 0, end: text.length }];
  const overlap = Math.min(4096, Math.floor(max / 4));
  const step = Math.max(1, max - overlap);
  const out: Array<{ start: number; end: number }> = [];
  for (let start = 0; ; start += step) {
    let s = start;
    if (s > 0 && isLowSurrogate(text.charCodeAt(s))) s -= 1;
    let end = Math.min(text.length, start + max);
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end -= 1;
    out.push({ start: s, end });
    if (end >= text.length) break;
  }
  return out;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function listMatches(entries: readonly ListEntry[], normalized: string, whole: boolean): boolean {
  if (entries.length === 0) return false;
  const lower = normalized.toLowerCase();
  const trimmed = lower.trim();
  for (const e of entries) {
    if (typeof e === 'string') {
      // Entries were NFKC-normalised and lower-cased once, in createBouncer.
      if (whole ? trimmed === e.trim() : e.length > 0 && lower.includes(e)) return true;
    } else {
      e.lastIndex = 0;
      if (e.test(normalized)) return true;
    }
  }
  return false;
}

/** Read through a function so TypeScript does not narrow `aborted` across awaits. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function abortError(): BouncerError {
  return new BouncerError('ABORTED');
}

/** Result of running one scanner over every window. */
interface Outcome {
  score: number;
  matches: Match[];
  explanation: string;
  severity: Severity;
  durationMs: number;
  error?: { code: string; message: string };
  model?: ModelRun;
}

/**
 * The context one scanner sees. `signal` is a getter on the prototype, so the AbortController behind
 * it (costly in Node: an EventTarget) exists only if the scanner reads it; most never do. A class
 * rather than an object literal with a defined getter keeps V8 on its fast object shapes.
 */
class RunContext implements ScanContext {
  readonly direction: ScanContext['direction'];
  readonly prompt: string;
  readonly history: ScanContext['history'];
  readonly placeholders: PlaceholderTable;
  readonly models: ScanContext['models'];
  readonly systemPrompt: string | undefined;
  readonly vault: ScanContext['vault'];
  readonly canary: string | undefined;
  controller: AbortController | undefined;
  private readonly userSignal: AbortSignal | undefined;
  /** Listener on the caller's signal, made with the controller (most contexts never need either). */
  private onUserAbort: (() => void) | undefined;

  constructor(base: Omit<ScanContext, 'signal'>, userSignal: AbortSignal | undefined) {
    this.direction = base.direction;
    this.prompt = base.prompt;
    this.history = base.history;
    this.placeholders = base.placeholders;
    this.models = base.models;
    this.systemPrompt = base.systemPrompt;
    this.vault = base.vault;
    this.canary = base.canary;
    this.userSignal = userSignal;
  }

  get signal(): AbortSignal {
    return this.control().signal;
  }

  control(): AbortController {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      const u = this.userSignal;
      if (u !== undefined) {
        if (u.aborted) this.controller.abort(abortError());
        else {
          const controller = this.controller;
          this.onUserAbort = (): void => controller.abort(abortError());
          u.addEventListener('abort', this.onUserAbort, { once: true });
        }
      }
    }
    return this.controller;
  }

  dispose(): void {
    if (this.onUserAbort !== undefined) this.userSignal?.removeEventListener('abort', this.onUserAbort);
  }
}

/** Up to this many matches, duplicates are found by a scan of the list; past it, by an index. */
const LINEAR_DEDUPE = 32;

/**
 * Clamp and offset a scanner's matches into `out` (deduplicated by span and label). `byStart`
 * indexes `out` by start offset once it is long; returns the index (made here when it first grows
 * past {@link LINEAR_DEDUPE}).
 */
function collectMatches(found: readonly Match[], part: { readonly start: number; readonly view: TextView }, out: Match[], byStart: Map<number, Match[]> | undefined): Map<number, Match[]> | undefined {
  const len = part.view.raw.length;
  let index = byStart;
  for (const m of found) {
    const start = Math.max(0, Math.min(len, Math.trunc(m.start))) + part.start;
    const end = Math.max(start, Math.max(0, Math.min(len, Math.trunc(m.end))) + part.start);
    const label = String(m.label);
    if (index === undefined && out.length >= LINEAR_DEDUPE) {
      index = new Map();
      for (const o of out) indexMatch(index, o);
    }
    const candidates = index === undefined ? out : index.get(start);
    let seen = false;
    if (candidates !== undefined) {
      for (let j = 0; j < candidates.length && !seen; j++) {
        const o = candidates[j] as Match;
        seen = o.start === start && o.end === end && o.label === label;
      }
    }
    if (seen) continue;
    const kept: Match = m.replacement === undefined ? { start, end, label } : { start, end, label, replacement: m.replacement };
    out.push(kept);
    if (index !== undefined) indexMatch(index, kept);
  }
  return index;
}

function indexMatch(index: Map<number, Match[]>, m: Match): void {
  const list = index.get(m.start);
  if (list === undefined) index.set(m.start, [m]);
  else list.push(m);
}

/**
 * One scanner over every window. Returns the outcome directly when every call returned a verdict
 * synchronously (most rule scanners), so a scan of thirty synchronous scanners allocates no promise
 * per scanner; the first call that returns a promise hands the rest to {@link finishAsync}.
 */
function scanWindows(scanner: Scanner, windows: readonly Window[], whole: TextView, ctxBase: Omit<ScanContext, 'signal'>, settings: RunSettings, userSignal: AbortSignal | undefined, clock: Clock): Outcome | Promise<Outcome> {
  // Fast path first: most scanners are synchronous and never read `ctx.signal`, so the abort
  // machinery (a controller, a timer, a race) is built only when a scanner asks for the signal or
  // returns a promise. A synchronous scanner cannot be interrupted in-thread anyway; its budget
  // applies from the moment it returns a promise. This keeps the engine's cost per scanner at about
  // a microsecond (a controller + timer + race per scanner cost ~20 µs in Node).
  const run = new ScannerRun(scanner, new RunContext(ctxBase, userSignal), userSignal, clock.t);
  // One window (nearly every scan): the windows array itself, no array per scanner.
  const parts = windows.length === 1 || scanner.wholeText !== true ? windows : [{ start: 0, view: whole }];
  try {
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k] as { readonly start: number; readonly view: TextView };
      run.checkAbort();
      // Time only this scanner's own work: synchronous scanners are timed around the call, async
      // ones from the call to their resolution. One clock read per call: a call's end is the next
      // call's start (the engine's step between them is well under a microsecond).
      const s = clock.t;
      const out = scanner.scan(part.view, run.ctx);
      clock.t = now();
      if (isThenable(out)) return finishAsync(run, out, s, parts, k, settings);
      run.own += clock.t - s;
      run.add(out, part);
    }
    const outcome = run.outcome();
    run.ctx.dispose();
    return outcome;
  } catch (e) {
    run.ctx.dispose();
    return run.failure(e, settings);
  }
}

/** The rest of {@link scanWindows} once a scanner returned a promise (for part `k`). */
async function finishAsync(run: ScannerRun, first: PromiseLike<Verdict>, started: number, parts: ReadonlyArray<{ readonly start: number; readonly view: TextView }>, k: number, settings: RunSettings): Promise<Outcome> {
  try {
    run.add(await settle(first, run.ctx, run.userSignal, settings.scannerTimeoutMs, run.state), parts[k] as { readonly start: number; readonly view: TextView });
    run.own += now() - started;
    for (let j = k + 1; j < parts.length; j++) {
      const part = parts[j] as { readonly start: number; readonly view: TextView };
      run.checkAbort();
      const s = now();
      const out = run.scanner.scan(part.view, run.ctx);
      const verdict = isThenable(out) ? await settle(out, run.ctx, run.userSignal, settings.scannerTimeoutMs, run.state) : out;
      run.own += now() - s;
      run.add(verdict, part);
    }
    return run.outcome();
  } catch (e) {
    return run.failure(e, settings);
  } finally {
    if (run.state.timer !== undefined) clearTimeout(run.state.timer);
    run.ctx.dispose();
  }
}

/** What one scanner has produced so far over the windows of one scan. */
class ScannerRun {
  readonly state: { timedOut: boolean; timer: ReturnType<typeof setTimeout> | undefined } = { timedOut: false, timer: undefined };
  own = 0;
  private best: Verdict | undefined;
  private severity: Severity;
  private readonly matches: Match[] = [];
  private byStart: Map<number, Match[]> | undefined;

  constructor(
    readonly scanner: Scanner,
    readonly ctx: RunContext,
    readonly userSignal: AbortSignal | undefined,
    readonly t0: number,
  ) {
    this.severity = scanner.severity;
  }

  checkAbort(): void {
    if (this.userSignal?.aborted === true) throw abortError();
    if (this.ctx.controller?.signal.aborted === true) throw this.ctx.controller.signal.reason;
  }

  add(verdict: unknown, part: { readonly start: number; readonly view: TextView }): void {
    checkVerdict(verdict, this.scanner.id);
    if (this.best === undefined || verdict.score > this.best.score) this.best = verdict;
    if (verdict.severity !== undefined && verdict.score >= 0 && SEVERITY_RANK[verdict.severity] > SEVERITY_RANK[this.severity]) this.severity = verdict.severity;
    if (verdict.matches !== undefined && verdict.matches.length > 0) this.byStart = collectMatches(verdict.matches, part, this.matches, this.byStart);
  }

  outcome(): Outcome {
    const best = this.best;
    const score = best === undefined ? 0 : Math.min(1, Math.max(0, best.score));
    if (this.matches.length > 1) this.matches.sort((a, b) => a.start - b.start || a.end - b.end);
    const out: Outcome = { score, matches: this.matches, explanation: best?.explanation ?? '', severity: this.severity, durationMs: ms(this.own) };
    if (best?.model !== undefined) out.model = best.model;
    return out;
  }

  /** The outcome of a scanner that threw, timed out or was aborted (a user abort rethrows). */
  failure(e: unknown, settings: RunSettings): Outcome {
    if (this.userSignal?.aborted === true && !this.state.timedOut) throw abortError();
    const code = this.state.timedOut ? 'SCANNER_TIMEOUT' : isBouncerError(e) && e.code === 'MODEL_LOAD' ? 'MODEL_LOAD' : 'SCANNER_ERROR';
    const message = this.state.timedOut ? `${this.scanner.id} ran past its ${settings.scannerTimeoutMs} ms budget` : errorMessage(e);
    return { score: 0, matches: [], explanation: `Scanner failed: ${message}`, severity: this.scanner.severity, durationMs: ms(now() - this.t0), error: { code, message } };
  }
}

/**
 * Wait for an async verdict under the budget (started now) and the caller's signal. A plain timer
 * and listener race it; the scanner's AbortController, if it read `ctx.signal`, is aborted too so
 * the scanner can stop its work.
 */
function settle(pending: PromiseLike<Verdict>, ctx: RunContext, userSignal: AbortSignal | undefined, timeoutMs: number, state: { timedOut: boolean; timer: ReturnType<typeof setTimeout> | undefined }): Promise<Verdict> {
  return new Promise<Verdict>((resolve, reject) => {
    const fail = (e: BouncerError): void => {
      ctx.controller?.abort(e);
      reject(e);
    };
    if (userSignal?.aborted === true) {
      fail(abortError());
      return;
    }
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timedOut = true;
      fail(new BouncerError('SCANNER_TIMEOUT'));
    }, timeoutMs);
    const onAbort = (): void => fail(abortError());
    userSignal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => {
      userSignal?.removeEventListener('abort', onAbort);
      if (state.timer !== undefined) clearTimeout(state.timer);
      state.timer = undefined;
    };
    Promise.resolve(pending).then(
      (v) => {
        done();
        resolve(v);
      },
      (e: unknown) => {
        done();
        reject(e);
      },
    );
  });
}

function isThenable(x: unknown): x is PromiseLike<Verdict> {
  return typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message.length > 0 ? e.message : e.name;
  return String(e);
}

function checkVerdict(v: unknown, id: string): asserts v is Verdict {
  if (typeof v !== 'object' || v === null) throw new Error(`${id} returned no verdict`);
  const score = (v as { score?: unknown }).score;
  if (typeof score !== 'number' || Number.isNaN(score)) throw new Error(`${id} returned a verdict without a numeric score`);
  const matches = (v as { matches?: unknown }).matches;
  if (matches !== undefined && !Array.isArray(matches)) throw new Error(`${id} returned matches that are not an array`);
}

type Entries = RunRequest['scanners'];

/** Sanitizer order per scanner list (the registry hands out the same list until it changes). */
const SANITIZER_ORDER = new WeakMap<Entries, ReadonlyArray<{ readonly e: Entries[number]; readonly i: number }>>();

/** The sanitizers of `scanners` in declared order (ties: list order), with their list index. */
function sanitizerOrder(scanners: Entries): ReadonlyArray<{ readonly e: Entries[number]; readonly i: number }> {
  let order = SANITIZER_ORDER.get(scanners);
  if (order === undefined) {
    order = scanners
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.scanner.sanitizer !== undefined)
      .sort((a, b) => (a.e.scanner.sanitizer?.order ?? 0) - (b.e.scanner.sanitizer?.order ?? 0) || a.i - b.i);
    SANITIZER_ORDER.set(scanners, order);
  }
  return order;
}

/** The view of `text` and its windows (one window, the view itself, unless longer than `max`). */
function viewsOf(text: string, max: number, view: TextView = createTextView(text)): { view: TextView; windows: readonly Window[] } {
  const spans = windowsOf(text, max);
  return { view, windows: spans.length === 1 ? [{ start: 0, view }] : spans.map((s) => ({ start: s.start, view: createTextView(text.slice(s.start, s.end)) })) };
}

/** Run one scan and build its report. */
export async function runScan(req: RunRequest, settings: RunSettings): Promise<ScanReport> {
  const t0 = now();
  const timestamp = isoNow();
  const scanId = globalThis.crypto.randomUUID();
  const { text, direction } = req;
  if (isAborted(req.signal)) throw abortError();
  if (text.length > settings.maxInputLength && settings.oversize === 'reject') {
    throw new BouncerError('INPUT_TOO_LONG', `text is ${text.length} UTF-16 units long; maxInputLength is ${settings.maxInputLength}`, { details: { length: text.length, maxInputLength: settings.maxInputLength } });
  }
  // WebCrypto digests off the main thread in most runtimes: start it now, await it when the report
  // is built, so it overlaps the scanners' work instead of adding to it.
  const hashing = sha256Hex(text);
  hashing.catch(() => undefined);
  const view = createTextView(text);
  const issues: InputIssue[] = inputIssues(view);

  const finish = async (p: {
    detections: Detection[];
    sanitized: string;
    riskScore: number;
    threatLevel: number;
    confidence: number;
    recommendation: Recommendation;
    chunks: number;
    listMatch?: 'allowlist' | 'blocklist';
  }): Promise<ScanReport> => ({
    scanId,
    direction,
    inputHash: await hashing,
    timestamp,
    aggregate: settings.aggregate,
    riskScore: p.riskScore,
    threatLevel: p.threatLevel,
    confidence: p.confidence,
    recommendation: p.recommendation,
    description: describe(p.recommendation, p.threatLevel, p.detections, p.listMatch),
    allowed: p.recommendation === 'allow',
    sanitized: p.sanitized,
    detections: p.detections,
    scannerCount: p.detections.length,
    durationMs: ms(now() - t0),
    ...(p.listMatch === undefined ? {} : { listMatch: p.listMatch }),
    input: { length: text.length, chunks: p.chunks, issues: p.chunks > 1 ? [...issues, 'chunked'] : issues },
  });

  if (issues.includes('empty')) {
    return finish({ detections: [], sanitized: text, riskScore: 0, threatLevel: 0, confidence: 1, recommendation: 'allow', chunks: 1 });
  }
  if (listMatches(settings.allowlist, view.normalized, true)) {
    return finish({ detections: [], sanitized: text, riskScore: 0, threatLevel: 0, confidence: 1, recommendation: 'allow', chunks: 1, listMatch: 'allowlist' });
  }
  if (listMatches(settings.blocklist, view.normalized, false)) {
    return finish({ detections: [], sanitized: text, riskScore: 1, threatLevel: 10, confidence: 1, recommendation: 'block', chunks: 1, listMatch: 'blocklist' });
  }

  const { windows } = viewsOf(text, settings.maxInputLength, view);
  const ctxBase: Omit<ScanContext, 'signal'> = { direction, prompt: req.prompt, history: req.history, placeholders: req.placeholders, models: req.models, systemPrompt: req.systemPrompt, vault: req.vault, canary: req.canary };

  const clock: Clock = { t: now() };
  const started = req.scanners.map(({ scanner }) => scanWindows(scanner, windows, view, ctxBase, settings, req.signal, clock));
  // Only async scanners are awaited; with none, the scan never waits on a promise per scanner.
  const outcomes: Outcome[] = started.some((o) => o instanceof Promise) ? await Promise.all(started) : (started as Outcome[]);
  if (isAborted(req.signal)) throw abortError();

  // Sanitizer chain: declared order, each sees the previous one's output. The first sanitizer to
  // change the text reuses its detection matches; later ones with something to rewrite rescan the
  // rewritten text.
  const sanitizedBy = new Set<number>();
  let current = text;
  // Views of the rewritten text are built only when a later sanitizer rescans it.
  let currentParts: { view: TextView; windows: readonly Window[] } | undefined = { view, windows };
  for (const { e, i } of sanitizerOrder(req.scanners)) {
    const outcome = outcomes[i] as Outcome;
    if (outcome.error !== undefined) continue;
    // Nothing to rewrite in the original (whose normalised view detection already read): an
    // earlier rewrite cannot create work for it, so it is not rescanned (saves a pass per scan).
    if (!outcome.matches.some((m) => m.replacement !== undefined)) continue;
    let matches: readonly Match[] = outcome.matches;
    if (current !== text) {
      currentParts ??= viewsOf(current, settings.maxInputLength);
      const again = await scanWindows(e.scanner, currentParts.windows, currentParts.view, ctxBase, settings, req.signal, { t: now() });
      if (again.error !== undefined) {
        outcome.error = { code: again.error.code, message: `while sanitizing: ${again.error.message}` };
        continue;
      }
      matches = again.matches;
    }
    if (!matches.some((m) => m.replacement !== undefined)) continue;
    const next = applyReplacements(current, matches);
    if (next === current) continue;
    sanitizedBy.add(i);
    current = next;
    currentParts = undefined;
  }

  const detections: Detection[] = req.scanners.map(({ scanner, threshold }, i) => {
    const o = outcomes[i] as Outcome;
    const sanitized = sanitizedBy.has(i);
    const detected = o.error === undefined && o.score >= threshold && o.score > 0;
    const d: { -readonly [K in keyof Detection]: Detection[K] } = {
      scannerId: scanner.id,
      category: scanner.category,
      detected,
      score: Math.round(o.score * 1e4) / 1e4,
      threshold,
      severity: o.severity,
      matches: o.matches,
      explanation: o.explanation,
      sanitized,
      mitigated: sanitized && scanner.sanitizer?.mitigates === true,
      durationMs: o.durationMs,
    };
    // Assigned, not spread from `{}`: a spread per detection was half the cost of building them.
    if (o.error !== undefined) d.error = o.error;
    if (o.model !== undefined) d.model = o.model;
    return d;
  });

  const a = aggregate(settings.aggregate, detections, settings.levels);
  let recommendation = a.recommendation;
  if (detections.some((d) => d.error !== undefined)) {
    // A scanner that could not look is never a silent "allow".
    recommendation = settings.blockOnError ? 'block' : recommendation === 'allow' ? 'inspect' : recommendation;
  }
  return finish({ detections, sanitized: current, riskScore: a.riskScore, threatLevel: a.threatLevel, confidence: a.confidence, recommendation, chunks: windows.length });
}

/** A sentence for people: the verdict and the strongest findings. */
export function describe(rec: Recommendation, level: number, detections: readonly Detection[], listMatch?: 'allowlist' | 'blocklist'): string {
  if (listMatch === 'allowlist') return 'Allowed: the text is on the allowlist.';
  if (listMatch === 'blocklist') return 'Blocked: the text matches the blocklist.';
  if (detections.length === 0) return 'Allowed: nothing to scan.';
  const errors = detections.filter((d) => d.error !== undefined);
  const found = detections
    .filter((d) => d.detected)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.score - a.score);
  const verb = rec === 'allow' ? 'Allowed' : rec === 'inspect' ? 'Inspect' : 'Blocked';
  const parts: string[] = [];
  if (found.length === 0) parts.push(`no threats found by ${detections.length} scanner${detections.length === 1 ? '' : 's'}`);
  else {
    const top = found.slice(0, 3).map((d) => `${d.scannerId} (${d.severity}${d.mitigated ? ', redacted' : ''}, ${d.score.toFixed(2)})`);
    parts.push(`${found.length} finding${found.length === 1 ? '' : 's'}: ${top.join(', ')}${found.length > 3 ? ', …' : ''}`);
  }
  if (errors.length > 0) parts.push(`${errors.length} scanner${errors.length === 1 ? '' : 's'} failed (${errors.map((d) => d.scannerId).join(', ')})`);
  return `${verb} (threat level ${level.toFixed(1)}/10): ${parts.join('; ')}.`;
}
