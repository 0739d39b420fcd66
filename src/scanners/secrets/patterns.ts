/**
 * @module scanners/secrets/patterns — finds credentials (provider API keys, private keys, JWTs,
 * connection-string passwords, key-like assignments) in prompts and responses and redacts them.
 *
 * Fast path: one trigram pass over the text's bytes finds which rule keywords occur (no lower-cased
 * copy for ASCII text, no per-scan tables); only the rules those keywords switch on run, and each is
 * skipped first if its case-sensitive literal prefix (`SK`, `AKIA`) or its own precheck is missing.
 */
import { sha256Hex } from '../../engine/hash.js';
import { ConfigError } from '../../errors.js';
import type { Match, ScanContext, Scanner, Severity, Span, TextView, Verdict } from '../../types.js';
import { codeUnits, type CodeUnits } from '../../text/code-units.js';
import { checkOneOf, checkStringArray, clampScore, defineScanner } from '../define.js';
import { looksRandom, longestTrivialRun, shannonEntropy } from './entropy.js';
import { isPlaceholder, literalPrefix, SECRET_RULES, type RedactFamily, type RuleContext, type SecretRule } from './rules.js';

/** How found secrets are rewritten. */
export type SecretRedactMode = 'all' | 'partial' | 'hash' | 'none';

/** Options of {@link secretsPatterns}. */
export interface SecretsPatternsOptions {
  /**
   * `all` (default): `[REDACTED_SECRET]` / `[REDACTED_PRIVATE_KEY]` / `[REDACTED_JWT]` / `[REDACTED_PASSWORD]`.
   * `partial`: keep the public provider prefix (`ghp_…[REDACTED]`). `hash`: `[SECRET_SHA256:<12 hex>]`
   * (scan becomes async). `none`: report only, no rewrite.
   */
  readonly redact?: SecretRedactMode;
  /** Run only these rule ids. */
  readonly rules?: readonly string[];
  /** Skip these rule ids. */
  readonly disabledRules?: readonly string[];
  /** Entropy threshold (bits/char) of the generic rules, default 3.5; password fields use 0.75 less. */
  readonly minEntropy?: number;
  /** Values known to be safe (exact match), never reported. */
  readonly allowValues?: readonly string[];
}

/** Resolved options, as echoed in `scanner.options`. */
export interface SecretsPatternsResolved {
  readonly redact: SecretRedactMode;
  readonly rules?: readonly string[];
  readonly disabledRules: readonly string[];
  readonly minEntropy: number;
  readonly allowValues: readonly string[];
}

/** Default entropy threshold of the generic rules (bits/char): random base62 ≈ 4.5+, English words ≈ 2.5–3.3. */
export const DEFAULT_MIN_ENTROPY = 3.5;
/** Caps that keep hostile input (thousands of key-shaped fragments) bounded in output size. */
const MAX_PER_RULE = 500;
const MAX_CANDIDATES = 2000;
const OPTION_KEYS = new Set(['redact', 'rules', 'disabledRules', 'minEntropy', 'allowValues']);
const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

interface Compiled {
  readonly rule: SecretRule;
  readonly index: number;
  /** Global copy for whole-text scans. */
  readonly re: RegExp;
  /** Sticky copy for anchored probes. */
  readonly sticky: RegExp | undefined;
  readonly keywords: readonly string[] | undefined;
  /** Indexes of `keywords` in the scanner's keyword table. */
  readonly keywordIds: readonly number[] | undefined;
  /** Literal public prefix of the pattern (for the entropy body and partial redaction). */
  readonly prefix: string;
  /** A case-sensitive literal every match starts with (see {@link exactPrefix}): absent, the rule is skipped. */
  readonly exact: string | undefined;
  /** Entropy threshold after applying the `minEntropy` option to generic rules. */
  readonly minEntropy: number | undefined;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly confidence: number;
  readonly description: string;
  readonly c: Compiled;
}

type ToRaw = (start: number, end: number) => Span;

/**
 * The Secrets scanner (`secrets/patterns`): 228 rules — 208 documented provider token formats, PEM/PuTTY private
 * keys, JWTs (header decoded), passwords in connection strings and URLs, and high-entropy values
 * assigned to key-like names. Scans the raw text and, when it differs, the normalized view, so keys
 * split by zero-width characters or written in fullwidth are still found. A sanitizer (order 20)
 * unless `redact: 'none'`.
 *
 * @example
 * ```ts
 * const scanner = secretsPatterns({ redact: 'partial' });
 * const verdict = await scanner.scan(createTextView(`token: ${githubToken}`), ctx);
 * verdict.matches?.[0]?.label;        // 'github-pat'
 * verdict.matches?.[0]?.replacement;  // 'ghp_…[REDACTED]'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function secretsPatterns(options: SecretsPatternsOptions = {}): Scanner<SecretsPatternsResolved> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new ConfigError('secrets/patterns: options must be an object');
  for (const k of Object.keys(options)) {
    if (!OPTION_KEYS.has(k)) throw new ConfigError(`secrets/patterns: unknown option "${k}" (known: ${[...OPTION_KEYS].join(', ')})`);
  }
  const redact = checkOneOf<SecretRedactMode>(options.redact, ['all', 'partial', 'hash', 'none'], 'secrets/patterns: redact', 'all');
  const known = new Set(SECRET_RULES.map((r) => r.id));
  const only = options.rules === undefined ? undefined : checkStringArray(options.rules, 'secrets/patterns: rules');
  const disabled = checkStringArray(options.disabledRules, 'secrets/patterns: disabledRules');
  for (const [what, list] of [['rules', only ?? []], ['disabledRules', disabled]] as const) {
    const unknown = list.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ConfigError(`secrets/patterns: ${what} names unknown rule id(s): ${unknown.join(', ')}`);
  }
  if (only !== undefined && only.length === 0) throw new ConfigError('secrets/patterns: rules must name at least one rule id');
  const minEntropy = options.minEntropy ?? DEFAULT_MIN_ENTROPY;
  if (typeof minEntropy !== 'number' || !Number.isFinite(minEntropy) || minEntropy < 0 || minEntropy > 8) {
    throw new ConfigError(`secrets/patterns: minEntropy must be a number from 0 to 8 (bits per character), got ${String(options.minEntropy)}`);
  }
  const allowValues = checkStringArray(options.allowValues, 'secrets/patterns: allowValues');
  const allow = new Set(allowValues);

  const onlySet = only === undefined ? undefined : new Set(only);
  const disabledSet = new Set(disabled);
  const compiled: Compiled[] = [];
  const keywordIndex = new Map<string, number>();
  const idOf = (k: string): number => {
    let id = keywordIndex.get(k);
    if (id === undefined) {
      id = keywordIndex.size;
      keywordIndex.set(k, id);
    }
    return id;
  };
  SECRET_RULES.forEach((rule, index) => {
    if (onlySet !== undefined && !onlySet.has(rule.id)) return;
    if (disabledSet.has(rule.id)) return;
    const base = [...rule.pattern.flags].filter((f) => f !== 'g' && f !== 'y' && f !== 'd').join('');
    const flags = `${base}g${rule.group !== undefined ? 'd' : ''}`;
    // Generic rules move with the option; their own thresholds are relative to the default.
    const shift = rule.generic === true ? minEntropy - DEFAULT_MIN_ENTROPY : 0;
    compiled.push({
      rule,
      index,
      re: new RegExp(rule.pattern.source, flags),
      sticky: rule.anchor === undefined ? undefined : new RegExp(rule.pattern.source, flags.replace('g', 'y')),
      keywords: rule.keywords,
      keywordIds: rule.keywords?.map(idOf),
      prefix: rule.group === undefined ? literalPrefix(rule.pattern) : '',
      exact: exactPrefix(rule.pattern),
      minEntropy: rule.minEntropy === undefined ? undefined : Math.max(0, rule.minEntropy + shift),
    });
  });

  const resolved: SecretsPatternsResolved = {
    redact,
    ...(only === undefined ? {} : { rules: only }),
    disabledRules: disabled,
    minEntropy,
    allowValues,
  };

  const keywords = [...keywordIndex.keys()];
  const prefilter = buildPrefilter(keywords);
  // keyword id → the rules it switches on; rules without keywords always run.
  const rulesByKeyword: number[][] = keywords.map(() => []);
  const alwaysOn: number[] = [];
  compiled.forEach((c, r) => {
    if (c.keywordIds === undefined) alwaysOn.push(r);
    else for (const id of c.keywordIds) rulesByKeyword[id]?.push(r);
  });

  /** Texts at least this long (UTF-16 units) stop early when the scan's signal aborts. */
  const SIGNAL_MIN = 1 << 16;

  // Rules switched on for the current text, stamped with a per-text mark instead of a fresh array
  // per scan (typed-array allocation cost more than the bookkeeping it held).
  const ruleMarks = new Uint32Array(compiled.length);
  let ruleMark = 0;

  const collect = (text: string, toRaw: ToRaw | undefined, out: Candidate[], signal: AbortSignal | undefined): void => {
    if (text.length === 0) return;
    const lowered: Lowered = { text, lower: undefined };
    const hits = prefilter(lowered);
    // Lower-casing keeps offsets except for a few characters (İ → i̇); anchors need them aligned.
    const aligned = hits.ascii || lowerOf(lowered).length === text.length;
    if (++ruleMark > 0xfffffff0) {
      ruleMarks.fill(0);
      ruleMark = 1;
    }
    const active: number[] = [];
    for (const r of alwaysOn) {
      ruleMarks[r] = ruleMark;
      active.push(r);
    }
    for (const id of hits.ids) {
      for (const r of rulesByKeyword[id] as number[]) {
        if (ruleMarks[r] === ruleMark) continue;
        ruleMarks[r] = ruleMark;
        active.push(r);
      }
    }
    // Table order, as a full pass over the rules would visit them (insertion sort: the list is
    // usually a handful, where `Array#sort` with a comparator costs more than the rules it orders).
    if (active.length > 24) active.sort((x, y) => x - y);
    else for (let i = 1; i < active.length; i++) {
      const r = active[i] as number;
      let j = i - 1;
      while (j >= 0 && (active[j] as number) > r) {
        active[j + 1] = active[j] as number;
        j--;
      }
      active[j + 1] = r;
    }
    for (const r of active) {
      if (out.length >= MAX_CANDIDATES || signal?.aborted === true) return;
      const c = compiled[r] as Compiled;
      const req = c.rule.requires;
      if (req !== undefined && !req.every((k) => lowerOf(lowered).includes(k))) continue;
      if (c.exact !== undefined && !text.includes(c.exact)) continue;
      if (c.rule.precheck !== undefined && !c.rule.precheck(text)) continue;
      if (c.sticky !== undefined && aligned) findAnchored(text, lowerOf(lowered), hits, c, toRaw, allow, out);
      else findAll(text, c, toRaw, allow, out);
    }
  };

  const scan = (view: TextView, ctx: ScanContext): Verdict | Promise<Verdict> => {
    const raw = view.raw;
    const candidates: Candidate[] = [];
    // Only long texts look at the signal: reading `ctx.signal` makes the engine build an
    // AbortController (about 10 µs in Node, a third of this scanner's time on 1 KB), and a short
    // text is done long before an abort could matter (the engine checks the caller's signal before
    // calling any scanner).
    const signal = raw.length >= SIGNAL_MIN ? ctx.signal : undefined;
    // The normalized view first: its values are free of invisible characters (what `hash` digests).
    const normalized = view.normalized;
    if (normalized !== raw) collect(normalized, (s, e) => view.toRaw(s, e), candidates, signal);
    collect(raw, undefined, candidates, signal);
    const chosen = select(candidates);
    if (chosen.length === 0) return { score: 0, matches: [], explanation: 'No secrets found.' };
    if (redact === 'hash') return withHashes(chosen);
    return verdictOf(chosen, chosen.map((c) => (redact === 'none' ? undefined : replacementFor(c, redact))));
  };

  return defineScanner<SecretsPatternsResolved>({
    id: 'secrets/patterns',
    kind: 'both',
    category: 'secrets',
    severity: 'high',
    description: 'API keys, tokens, private keys, JWTs and passwords in the text (redacts them)',
    threshold: 0.5,
    options: resolved,
    ...(redact === 'none' ? {} : { sanitizer: { order: 20, mitigates: true } }),
    scan,
  });
}

/** Index just past the group opened at `open` (escapes and character classes skipped), or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') {
      for (i++; i < src.length && src.charAt(i) !== ']'; i++) if (src.charAt(i) === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether `src` has a `|` outside every group and class (an alternation of the whole pattern). */
function hasTopLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') {
      for (i++; i < src.length && src.charAt(i) !== ']'; i++) if (src.charAt(i) === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * For a case-sensitive pattern that starts (after an optional lookbehind) with a literal holding an
 * upper-case letter (`SK`, `AKIA`, `FLWSECK-`), that literal: every match contains it exactly, so
 * one `includes` on the text rules the pattern out. The keyword prefilter works on the lower-cased
 * text and cannot see case: `sk` in "ask" switches on the Twilio `SK…` rule, this skips its scan.
 * Undefined for `i`-flag patterns, whole-pattern alternations and lower-case prefixes (which the
 * keywords already cover).
 */
function exactPrefix(re: RegExp): string | undefined {
  if (re.flags.includes('i')) return undefined;
  let src = re.source;
  if (src.startsWith('(?<=') || src.startsWith('(?<!')) {
    const end = groupEnd(src, 0);
    if (end === -1) return undefined;
    src = src.slice(end);
  }
  if (hasTopLevelAlternation(src)) return undefined;
  let prefix: string;
  try {
    prefix = literalPrefix(new RegExp(src));
  } catch {
    return undefined; // not expected: the rest of a valid pattern after its lookbehind
  }
  return prefix.length >= 2 && prefix !== prefix.toLowerCase() ? prefix : undefined;
}

/** Trigram keys: three 5-bit character codes (`c & 31`), 15 bits. */
const TRIGRAM_KEYS = 1 << 15;

/** The keywords found in one text. */
interface KeywordHits {
  /** Ids of the keywords that occur, each once. */
  readonly ids: readonly number[];
  /** `marks[id] === mark` exactly for the ids in `ids`. */
  readonly marks: Uint32Array;
  readonly mark: number;
  /** The text was ASCII: lower-casing it keeps every offset. */
  readonly ascii: boolean;
}

/** The text of one `collect` call and its lower-cased copy, made only when something needs it. */
interface Lowered {
  readonly text: string;
  lower: string | undefined;
}

function lowerOf(l: Lowered): string {
  l.lower ??= l.text.toLowerCase();
  return l.lower;
}

/**
 * The characters to scan for keywords: for ASCII text its bytes (`codeUnits` copies them natively;
 * upper case is folded by the scan itself, so no lower-cased copy is made); otherwise the code
 * units of the lower-cased text. Reading a typed array is faster than `charCodeAt`, on sliced strings
 * especially. Valid until the next `codeUnits` call.
 */
function scanUnits(l: Lowered): { units: CodeUnits; ascii: boolean } {
  const raw = codeUnits(l.text);
  // `codeUnits` returns bytes exactly when the text is ASCII.
  if (raw instanceof Uint8Array) return { units: raw, ascii: true };
  return { units: codeUnits(lowerOf(l)), ascii: false };
}

/**
 * Whether keyword `kw` (lower case) occurs at `at` in `units`, with ASCII upper case folded: exactly
 * "occurs in the lower-cased text" for ASCII text, and a plain comparison for lower-cased units.
 */
function occursAt(units: CodeUnits, n: number, at: number, kw: Uint16Array): boolean {
  if (at < 0 || at + kw.length > n) return false;
  for (let j = 0; j < kw.length; j++) {
    let c = units[at + j] as number;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== kw[j]) return false;
  }
  return true;
}

/**
 * One pass over the text that finds which keywords occur in its lower-cased form. Each position
 * rolls a 15-bit key of the last three characters (`key << 5 | c & 31`: a shift and an or, case-
 * folded and unique for letters, colliding only among symbols and digits) and tests one bit of a
 * 4 KB table; only real trigram hits look at a keyword list and compare the keyword exactly.
 * Two-character keywords are entered under every trigram they begin (plus one check of the last two
 * characters), so they cost nothing extra per position; one-character keywords use `includes`.
 * (One `includes` per keyword cost ~0.7 µs per KB each — over 150 µs for the table — and a bigram
 * index still hit on common English pairs like `se`, `to`, `ke`.) The result is exact: a keyword is
 * reported if and only if the lower-cased text contains it. Presence is stamped with a per-call mark
 * into one array owned by the scanner, so a scan allocates no table.
 */
function buildPrefilter(keywords: readonly string[]): (l: Lowered) => KeywordHits {
  // One bit per key: 4 KB, small enough to stay in L1 next to the text.
  const hot = new Int32Array(TRIGRAM_KEYS >>> 5);
  const lists = new Map<number, number[]>();
  const single: number[] = [];
  const pairs: number[] = [];
  const enter = (key: number, id: number): void => {
    hot[key >>> 5] = (hot[key >>> 5] as number) | (1 << (key & 31));
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = []));
    list.push(id);
  };
  keywords.forEach((k, id) => {
    if (k.length === 1) single.push(id);
    else if (k.length === 2) {
      pairs.push(id);
      const head = ((k.charCodeAt(0) & 31) << 10) | ((k.charCodeAt(1) & 31) << 5);
      for (let c = 0; c < 32; c++) enter(head | c, id);
    } else enter(((k.charCodeAt(0) & 31) << 10) | ((k.charCodeAt(1) & 31) << 5) | (k.charCodeAt(2) & 31), id);
  });
  // Dense lookup for the hits: key → list (undefined for the ~99 % of keys without one).
  const byKey: Array<readonly number[] | undefined> = new Array<readonly number[] | undefined>(TRIGRAM_KEYS).fill(undefined);
  for (const [key, list] of lists) byKey[key] = list;
  const codes = keywords.map((k) => Uint16Array.from(k, (ch) => ch.charCodeAt(0)));
  const hasLetter = keywords.map((k) => /[a-z]/.test(k));
  const marks = new Uint32Array(keywords.length);
  let mark = 0;
  return (l) => {
    if (++mark > 0xfffffff0) {
      marks.fill(0);
      mark = 1;
    }
    const ids: number[] = [];
    const { units, ascii } = scanUnits(l);
    const n = ascii ? l.text.length : lowerOf(l).length;
    for (const id of single) {
      const k = keywords[id] as string;
      // A letter needs the lower-cased text; anything else reads the same in both.
      if ((ascii && !hasLetter[id] ? l.text : lowerOf(l)).includes(k) && marks[id] !== mark) {
        marks[id] = mark;
        ids.push(id);
      }
    }
    // Two-character keywords ending the text have no trigram of their own.
    for (const id of pairs) {
      if (marks[id] !== mark && occursAt(units, n, n - 2, codes[id] as Uint16Array)) {
        marks[id] = mark;
        ids.push(id);
      }
    }
    let key = (((units[0] as number) & 31) << 5) | ((units[1] as number) & 31);
    for (let i = 2; i < n; i++) {
      key = ((key << 5) | ((units[i] as number) & 31)) & (TRIGRAM_KEYS - 1);
      if (((hot[key >>> 5] as number) & (1 << (key & 31))) === 0) continue;
      const list = byKey[key] as readonly number[];
      for (let j = 0; j < list.length; j++) {
        const id = list[j] as number;
        if (marks[id] !== mark && occursAt(units, n, i - 2, codes[id] as Uint16Array)) {
          marks[id] = mark;
          ids.push(id);
        }
      }
    }
    return { ids, marks, mark, ascii };
  };
}

/** Probe an anchored rule at the start of each keyword occurrence's run (see `RuleAnchor`). */
function findAnchored(
  text: string,
  lower: string,
  hits: KeywordHits,
  c: Compiled,
  toRaw: ToRaw | undefined,
  allow: ReadonlySet<string>,
  out: Candidate[],
): void {
  const anchor = c.rule.anchor;
  const re = c.sticky;
  const ids = c.keywordIds;
  if (anchor === undefined || re === undefined || c.keywords === undefined || ids === undefined) return;
  const starts: number[] = [];
  for (let j = 0; j < ids.length; j++) {
    if (hits.marks[ids[j] as number] !== hits.mark) continue;
    const k = c.keywords[j] as string;
    for (let p = lower.indexOf(k); p !== -1; p = lower.indexOf(k, p + 1)) {
      let s = p;
      const limit = Math.max(0, p - anchor.max);
      while (s > limit && anchor.back(text.charCodeAt(s - 1))) s--;
      starts.push(s);
    }
  }
  starts.sort((a, b) => a - b);
  const state: FindState = { found: 0, memo: {} };
  let consumed = 0;
  let prev = -1;
  for (const s of starts) {
    if (s === prev || s < consumed) continue;
    prev = s;
    re.lastIndex = s;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    const end = accept(text, m, c, toRaw, allow, out, state);
    if (end < 0) return;
    consumed = end;
  }
}

/** Run one rule over the whole `text`, pushing accepted candidates (raw offsets). */
function findAll(text: string, c: Compiled, toRaw: ToRaw | undefined, allow: ReadonlySet<string>, out: Candidate[]): void {
  const re = c.re;
  re.lastIndex = 0;
  const state: FindState = { found: 0, memo: {} };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = accept(text, m, c, toRaw, allow, out, state);
    if (end < 0) return;
    if (end > re.lastIndex) re.lastIndex = end;
  }
}

interface FindState {
  found: number;
  /** Per-scan scratch for `extend` hooks. */
  readonly memo: Record<string, number>;
}

/**
 * Judge one regex match and push it when it passes. Returns where scanning may resume (the match
 * end, or the extended end of a PEM block), or -1 when the per-rule or global cap is reached.
 */
function accept(text: string, m: RegExpExecArray, c: Compiled, toRaw: ToRaw | undefined, allow: ReadonlySet<string>, out: Candidate[], state: FindState): number {
  const rule = c.rule;
  const matchEnd = m.index + m[0].length;
  let start: number;
  let end: number;
  if (rule.group !== undefined) {
    const span = m.indices?.[rule.group];
    if (span === undefined) return matchEnd;
    [start, end] = span;
  } else {
    start = m.index;
    end = matchEnd;
  }
  if (rule.extend !== undefined) end = Math.max(end, rule.extend(text, start, end, state.memo));
  const resume = Math.max(end, matchEnd);
  const value = text.slice(start, end);
  if (value.length === 0 || allow.has(value)) return resume;
  const rctx: RuleContext = { text, match: m, start, end, minEntropy: c.minEntropy ?? DEFAULT_MIN_ENTROPY };
  // Structure first (cheap, and the generic rules reject most names here), then placeholders and entropy.
  if (rule.validate !== undefined && !rule.validate(value, rctx)) return resume;
  if (isPlaceholder(value)) return resume;
  if (rule.skipEntropy !== true && !entropyOk(value, c)) return resume;
  const confidence = clampScore(rule.confidenceOf !== undefined ? rule.confidenceOf(value, rctx) : rule.confidence);
  if (confidence <= 0) return resume;
  const span = toRaw === undefined ? { start, end } : toRaw(start, end);
  out.push({ start: span.start, end: span.end, value, confidence, description: rule.describe?.(value, rctx) ?? rule.description, c });
  return ++state.found >= MAX_PER_RULE || out.length >= MAX_CANDIDATES ? -1 : resume;
}

/** The random part of a value must look generated (placeholders like `ghp_xxxx…` fail). */
function entropyOk(value: string, c: Compiled): boolean {
  const keep = typeof c.rule.keep === 'number' ? c.rule.keep : value.startsWith(c.prefix) ? c.prefix.length : 0;
  const body = value.slice(keep);
  if (c.minEntropy !== undefined) {
    return shannonEntropy(body) >= c.minEntropy && longestTrivialRun(body) < Math.max(6, Math.ceil(body.length / 3));
  }
  return body.length < 8 || looksRandom(body);
}

/**
 * Resolve overlaps: provider rules beat generic ones, then higher confidence, then the longer span.
 * A candidate inside an accepted span is dropped; one that sticks out is kept, so every character
 * any rule considered secret is redacted (the engine merges overlapping replacements).
 */
function select(cands: Candidate[]): Candidate[] {
  if (cands.length === 0) return [];
  const order = cands
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        Number(a.c.c.rule.generic === true) - Number(b.c.c.rule.generic === true) ||
        b.c.confidence - a.c.confidence ||
        b.c.end - b.c.start - (a.c.end - a.c.start) ||
        a.c.c.index - b.c.c.index ||
        a.i - b.i,
    );
  const accepted: Candidate[] = [];
  for (const { c } of order) {
    if (accepted.some((a) => a.start <= c.start && c.end <= a.end)) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}

function familyOf(c: Candidate): RedactFamily {
  return c.c.rule.redactAs ?? 'SECRET';
}

/** Public characters kept in `partial` mode: the provider prefix, never more than half the value. */
function keepLength(c: Candidate): number {
  const { rule, prefix } = c.c;
  let n: number;
  if (typeof rule.keep === 'function') n = rule.keep(c.value);
  else if (typeof rule.keep === 'number') n = rule.keep;
  else n = prefix.length > 0 && c.value.startsWith(prefix) ? prefix.length : 0;
  // No provider prefix: show 4 characters of long non-password values (≤ 1/5 of them) to help a person recognise which key it was.
  if (n === 0 && familyOf(c) === 'SECRET' && c.value.length >= 20) n = 4;
  return Math.max(0, Math.min(n, Math.floor(c.value.length / 2)));
}

function replacementFor(c: Candidate, mode: Exclude<SecretRedactMode, 'none' | 'hash'>): string {
  if (mode === 'partial') {
    const n = keepLength(c);
    if (n > 0) return `${c.value.slice(0, n)}…[REDACTED]`;
  }
  return `[REDACTED_${familyOf(c)}]`;
}

async function withHashes(chosen: Candidate[]): Promise<Verdict> {
  const hasWebCrypto = globalThis.crypto?.subtle !== undefined;
  const replacements = await Promise.all(
    chosen.map(async (c) => (hasWebCrypto ? `[SECRET_SHA256:${(await sha256Hex(c.value)).slice(0, 12)}]` : `[REDACTED_${familyOf(c)}]`)),
  );
  return verdictOf(chosen, replacements);
}

function verdictOf(chosen: Candidate[], replacements: readonly (string | undefined)[]): Verdict {
  const matches: Match[] = chosen.map((c, i) => {
    const replacement = replacements[i];
    return replacement === undefined ? { start: c.start, end: c.end, label: c.c.rule.id } : { start: c.start, end: c.end, label: c.c.rule.id, replacement };
  });
  let top = chosen[0] as Candidate;
  for (const c of chosen) {
    const ts = SEVERITY_RANK[top.c.rule.severity ?? 'high'];
    const cs = SEVERITY_RANK[c.c.rule.severity ?? 'high'];
    if (c.confidence > top.confidence || (c.confidence === top.confidence && cs > ts)) top = c;
  }
  const score = top.confidence;
  const names: string[] = [];
  for (const c of chosen) if (!names.includes(c.description)) names.push(c.description);
  const list = names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
  const n = chosen.length;
  const explanation =
    score >= 0.5
      ? `Found ${n} secret${n === 1 ? '' : 's'}: ${list}.`
      : `Found ${n} possible secret${n === 1 ? '' : 's'} (low confidence): ${list}.`;
  return { score, matches, explanation, severity: top.c.rule.severity ?? 'high' };
}
