/**
 * @module scanners/code/detect — finds code in prompts and responses (fenced, inline and unfenced), names
 * its language, raises dangerous commands to `high`, and can redact code from responses.
 *
 * Fast path for prose: plain sentences are recognised by a native scan for the few characters
 * sentences do not use (no per-character loop, no feature regexes), and a dangerous-command regex
 * runs only when the text holds its trigger literals (`rm `, `:\`, `DROP`…), found with `includes`;
 * a literal whose punctuation (`/`, `|`, `--`…) is absent is ruled out by that one-character search,
 * without lower-casing the text. One-line paragraphs are cut into sentences by a regex that jumps
 * from one `.`/`!`/`?` to the next.
 */
import { ConfigError } from '../../errors.js';
import type { Match, ScanContext, Scanner, Severity, TextView, Verdict } from '../../types.js';
import { checkOneOf, checkSubset, defineScanner } from '../define.js';
import {
  CALL_SYNTAX,
  CODE_CHARS,
  CODE_LANGUAGES,
  CONTINUATION_LINE,
  DANGEROUS_PATTERNS,
  type DangerousPattern,
  FENCE_OPEN,
  FUNCTION_WORDS,
  GENERIC_FEATURES,
  INLINE_CODE,
  LANGUAGE_ALIASES,
  LANGUAGE_FEATURES,
  PROSE_TOKEN,
  SHEBANG,
  SHEBANG_LANGUAGES,
  SHELL_COMMANDS,
  SHELL_FILE_ARG,
  SHELL_FLAG,
  SHELL_PATH,
  SHELL_PIPE,
  SHELL_REDIRECT,
  SHELL_SUBCOMMAND,
  SHELL_VAR,
  SPACE_RUN,
  type CodeLanguage,
} from './patterns.js';

/**
 * A language id, or `unknown` for code whose language the heuristics cannot tell.
 *
 * @example
 * ```ts
 * const id: CodeLanguageId = 'unknown';
 * ```
 */
export type CodeLanguageId = CodeLanguage | 'unknown';

/**
 * Options of {@link codeDetect}.
 *
 * @example
 * ```ts
 * const options: CodeDetectOptions = { allow: ['sql'], redact: 'never' };
 * ```
 */
export interface CodeDetectOptions {
  /** Only these languages count; code in any other language is ignored. Default: all. */
  readonly languages?: readonly CodeLanguageId[];
  /** Code in these languages is NOT reported (expected code, e.g. `['sql']` for a SQL helper). */
  readonly allow?: readonly CodeLanguageId[];
  /** Only code in these languages is reported. Cannot be combined with `allow`. */
  readonly deny?: readonly CodeLanguageId[];
  /**
   * When detected code is replaced by `[REDACTED_CODE_n]`: `'output'` (default) only in responses,
   * `'always'` in prompts too, `'never'` makes this a pure detector.
   */
  readonly redact?: 'never' | 'output' | 'always';
}

/*
 * Scores. Code presence is a fact worth reporting, not a threat: detected code scores 0.6–0.8 and keeps
 * the default severity `low`, so the engine's aggregation leaves such texts at "allow" while reports and
 * redaction still see the code. A dangerous command scores 0.95 with severity `high`.
 */
/** A fence with a language (named or recognised): unmistakably code. */
const SCORE_FENCED = 0.8;
/** A fence whose content the heuristics cannot name: preformatted text, most likely code or output. */
const SCORE_FENCED_UNKNOWN = 0.6;
/** Inline code that reads as a command or statement (`sudo apt install nginx`); identifiers do not count. */
const SCORE_INLINE = 0.6;
/** A script with a shebang. */
const SCORE_SHEBANG = 0.8;
/** One weak line (e.g. `cat notes.txt`): could be code, could be a terse sentence; not enough alone. */
const SCORE_WEAK = 0.35;
/** Destructive or hostile commands. */
const SCORE_DANGEROUS = 0.95;
const THRESHOLD = 0.5;

/** A line at or above this strength is code; at or above STRONG it is code on its own. */
const CODE_LINE = 1;
const STRONG_LINE = 1.8;
/** Prose-looking lines lose this much, so a keyword or two in a sentence does not make code. */
const PROSE_PENALTY = 1.5;
/** Longest part of a line the heuristics look at (minified code is still caught by its first 1000 chars). */
const LINE_CAP = 1000;
/** Fenced content lines used to guess a language. */
const FENCE_SAMPLE_LINES = 400;

const NL = CODE_LANGUAGES.length;
const IDX: Readonly<Record<CodeLanguage, number>> = Object.fromEntries(CODE_LANGUAGES.map((l, i) => [l, i])) as Record<CodeLanguage, number>;
const ALL_IDS: readonly CodeLanguageId[] = [...CODE_LANGUAGES, 'unknown'];

interface LineScore {
  /** How code-like the line is (best language + generic features − prose penalty). */
  readonly strength: number;
  /** Raw feature points per language (typescript/cpp hold only their extras). */
  readonly langs: readonly number[];
  readonly shebang: CodeLanguage | undefined;
}

interface Region {
  start: number;
  end: number;
  lang: CodeLanguageId;
  score: number;
  readonly dangerous: string[];
}

interface Danger {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly language: CodeLanguage;
}

interface Resolved {
  readonly languages: ReadonlySet<CodeLanguageId> | undefined;
  readonly allow: ReadonlySet<CodeLanguageId> | undefined;
  readonly deny: ReadonlySet<CodeLanguageId> | undefined;
  readonly redact: 'never' | 'output' | 'always';
}

/**
 * Code scanner (`code/detect`): reports each code region (fenced block, inline span, or run of code-like
 * lines) as a match labelled `code:<language>`, and each dangerous command (`rm -rf /`, fork bombs,
 * `curl … | sh`, reverse shells, `DROP TABLE`…) as `dangerous:<name>` with severity `high`. In responses
 * (by default) detected code regions are replaced by `[REDACTED_CODE_n]`.
 *
 * @example
 * ```ts
 * const scanner = codeDetect({ redact: 'output' });
 * const v = await scanner.scan(createTextView("Sure:\nrm -rf /"), { ...ctx, direction: 'output' });
 * v.severity; // 'high'; v.matches[0].replacement === '[REDACTED_CODE_1]'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function codeDetect(options: CodeDetectOptions = {}): Scanner<CodeDetectOptions> {
  if (options === null || typeof options !== 'object') throw new ConfigError('code/detect: options must be an object');
  for (const key of Object.keys(options)) {
    if (!['languages', 'allow', 'deny', 'redact'].includes(key)) throw new ConfigError(`code/detect: unknown option "${key}"`);
  }
  const languages = languageList(options.languages, 'languages');
  const allow = languageList(options.allow, 'allow');
  const deny = languageList(options.deny, 'deny');
  if (allow !== undefined && deny !== undefined) throw new ConfigError('code/detect: give either allow or deny, not both');
  const redact = checkOneOf(options.redact, ['never', 'output', 'always'] as const, 'code/detect: redact', 'output');
  const cfg: Resolved = {
    languages: languages === undefined ? undefined : new Set(languages),
    allow: allow === undefined ? undefined : new Set(allow),
    deny: deny === undefined ? undefined : new Set(deny),
    redact,
  };
  const resolved: { -readonly [K in keyof CodeDetectOptions]: CodeDetectOptions[K] } = { redact };
  if (languages !== undefined) resolved.languages = languages;
  if (allow !== undefined) resolved.allow = allow;
  if (deny !== undefined) resolved.deny = deny;
  const base = {
    id: 'code/detect',
    kind: 'both',
    category: 'code',
    severity: 'low',
    description: 'Code in prompts or responses (fenced, inline or unfenced), with dangerous commands raised to high',
    threshold: THRESHOLD,
    options: resolved,
    scan: (view: TextView, ctx: ScanContext) => scanCode(view, ctx, cfg),
  } as const;
  return redact === 'never'
    ? defineScanner<CodeDetectOptions>(base)
    : defineScanner<CodeDetectOptions>({ ...base, sanitizer: { order: 95, mitigates: false } });
}

function languageList(x: unknown, what: string): readonly CodeLanguageId[] | undefined {
  if (x === undefined) return undefined;
  return checkSubset(x, ALL_IDS, `code/detect: ${what}`, 'language');
}

// ---------------------------------------------------------------------------------------------------
// Scan
// ---------------------------------------------------------------------------------------------------

function scanCode(view: TextView, ctx: ScanContext, cfg: Resolved): Verdict {
  const text = view.normalized;
  if (text.trim().length === 0) return { score: 0, explanation: 'No code found.' };
  const regions = findRegions(text);
  const dangers = findDangers(text);
  const all = attachDangers(regions, dangers).filter((r) => r.dangerous.length > 0 || keepLanguage(r.lang, cfg));
  all.sort((a, b) => a.start - b.start);

  const redact = cfg.redact === 'always' || (cfg.redact === 'output' && ctx.direction === 'output');
  const matches: Match[] = [];
  let score = 0;
  let n = 0;
  const langs = new Set<string>();
  const dangerNames = new Set<string>();
  for (const r of all) {
    score = Math.max(score, r.score);
    if (r.score < THRESHOLD) continue;
    const span = view.toRaw(r.start, r.end);
    langs.add(r.lang);
    const label = `code:${r.lang}`;
    matches.push(redact ? { ...span, label, replacement: `[REDACTED_CODE_${++n}]` } : { ...span, label });
  }
  for (const d of dangers) {
    dangerNames.add(d.name);
    matches.push({ ...view.toRaw(d.start, d.end), label: `dangerous:${d.name}` });
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const regionCount = matches.filter((m) => m.label.startsWith('code:')).length;
  let explanation: string;
  if (regionCount === 0 && dangerNames.size === 0) {
    explanation = score > 0 ? 'Code-like fragments, too weak to call code.' : 'No code found.';
  } else {
    explanation = `Found ${regionCount} code region${regionCount === 1 ? '' : 's'}${langs.size > 0 ? ` (${[...langs].join(', ')})` : ''}.`;
    if (dangerNames.size > 0) explanation += ` Dangerous command${dangerNames.size === 1 ? '' : 's'}: ${[...dangerNames].join(', ')}.`;
  }
  const severity: Severity | undefined = dangerNames.size > 0 ? 'high' : undefined;
  return severity === undefined ? { score, matches, explanation } : { score, matches, explanation, severity };
}

function keepLanguage(lang: CodeLanguageId, cfg: Resolved): boolean {
  if (cfg.languages !== undefined && !cfg.languages.has(lang)) return false;
  if (cfg.deny !== undefined) return cfg.deny.has(lang);
  if (cfg.allow !== undefined) return !cfg.allow.has(lang);
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------------

interface OpenRegion {
  start: number;
  end: number;
  readonly sums: number[];
  codeLines: number;
  strongLines: number;
  shebang: CodeLanguage | undefined;
  blanks: number;
}

interface Fence {
  readonly char: string;
  readonly len: number;
  readonly start: number;
  readonly lang: CodeLanguage | undefined;
  readonly sums: number[];
  sampled: number;
}

function findRegions(text: string): Region[] {
  const regions: Region[] = [];
  const inlineCandidates: Region[] = [];
  let open: OpenRegion | undefined;
  let fence: Fence | undefined;

  const close = (): void => {
    if (open !== undefined && open.codeLines > 0) regions.push(finishHeuristic(open));
    open = undefined;
  };

  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const lineEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = text.slice(pos, lineEnd);
    const lineStart = pos;
    pos = nl + 1;

    if (fence !== undefined) {
      if (closesFence(line, fence)) {
        regions.push(finishFence(fence, lineEnd));
        fence = undefined;
      } else if (fence.sampled < FENCE_SAMPLE_LINES) {
        fence.sampled++;
        const s = scoreLine(line);
        if (s !== undefined) addInto(fence.sums, s.langs);
      }
      if (nl >= text.length) break;
      continue;
    }

    const fm = FENCE_OPEN.exec(line);
    if (fm !== null) {
      close();
      const marker = fm[1] ?? '```';
      const info = (fm[2] ?? '').toLowerCase();
      fence = { char: marker[0] ?? '`', len: marker.length, start: lineStart + line.indexOf(marker), lang: LANGUAGE_ALIASES[info], sums: new Array<number>(NL).fill(0), sampled: 0 };
      if (nl >= text.length) break;
      continue;
    }

    const trimmed = line.trim();
    if (trimmed === '') {
      if (open !== undefined && ++open.blanks > 1) close();
      if (nl >= text.length) break;
      continue;
    }

    const s = scoreLine(line);
    const strength = s?.strength ?? 0;
    const contentStart = lineStart + (line.length - line.trimStart().length);
    const contentEnd = lineStart + line.trimEnd().length;
    if (s !== undefined && strength >= CODE_LINE) {
      if (open === undefined) {
        open = { start: contentStart, end: contentEnd, sums: new Array<number>(NL).fill(0), codeLines: 0, strongLines: 0, shebang: undefined, blanks: 0 };
      }
      addInto(open.sums, s.langs);
      open.codeLines++;
      if (strength >= STRONG_LINE) open.strongLines++;
      if (s.shebang !== undefined && open.codeLines === 1) open.shebang = s.shebang;
      open.end = contentEnd;
      open.blanks = 0;
    } else if (open !== undefined && (strength >= 0.5 || CONTINUATION_LINE.test(line) || (isIndented(line) && !isProse(trimmed)))) {
      if (s !== undefined) addInto(open.sums, s.langs);
      open.end = contentEnd;
      open.blanks = 0;
    } else {
      close();
    }

    if (line.includes('`')) collectInline(line, lineStart, inlineCandidates);
    if (nl >= text.length) break;
  }
  if (fence !== undefined) regions.push(finishFence(fence, text.trimEnd().length));
  close();

  // Inline spans inside a region are part of it already.
  regions.sort((a, b) => a.start - b.start);
  for (const r of inlineCandidates) {
    if (!regions.some((x) => x.start < r.end && r.start < x.end)) regions.push(r);
  }
  return regions;
}

function isIndented(line: string): boolean {
  return line.startsWith('  ') || line.startsWith('\t');
}

function closesFence(line: string, fence: Fence): boolean {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let run = 0;
  while (line[i + run] === fence.char) run++;
  return run >= fence.len && line.slice(i + run).trim() === '';
}

function finishFence(fence: Fence, end: number): Region {
  let lang: CodeLanguageId | undefined = fence.lang;
  if (lang === undefined) {
    const best = bestLanguage(fence.sums);
    lang = best !== undefined && best.sum >= 1.5 ? best.lang : 'unknown';
  }
  return { start: fence.start, end, lang, score: lang === 'unknown' ? SCORE_FENCED_UNKNOWN : SCORE_FENCED, dangerous: [] };
}

function finishHeuristic(open: OpenRegion): Region {
  let score: number;
  if (open.shebang !== undefined) score = SCORE_SHEBANG;
  else if (open.strongLines === 0 && open.codeLines < 2) score = SCORE_WEAK;
  // Each extra line of evidence adds a little; 0.8 is the ceiling for code that is merely present.
  else score = Math.min(0.8, 0.5 + 0.05 * open.codeLines + 0.05 * open.strongLines);
  const best = bestLanguage(open.sums);
  const lang: CodeLanguageId = open.shebang ?? (best !== undefined && best.sum >= 1 ? best.lang : 'unknown');
  return { start: open.start, end: open.end, lang, score, dangerous: [] };
}

function collectInline(line: string, lineStart: number, out: Region[]): void {
  const re = new RegExp(INLINE_CODE.source, 'g');
  for (const m of line.matchAll(re)) {
    const content = m[1] ?? '';
    const s = scoreLine(content);
    if (s === undefined || s.strength < STRONG_LINE) continue;
    const best = bestLanguage(s.langs);
    out.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, lang: best !== undefined && best.sum >= 1 ? best.lang : 'unknown', score: SCORE_INLINE, dangerous: [] });
  }
}

function addInto(sums: number[], langs: readonly number[]): void {
  for (let i = 0; i < NL; i++) sums[i] = (sums[i] ?? 0) + (langs[i] ?? 0);
}

/** Effective per-language totals: TypeScript = JavaScript + its extras (only when extras exist); same for C++. */
function effective(langs: readonly number[]): number[] {
  const e = langs.slice();
  const js = langs[IDX.javascript] ?? 0;
  const ts = langs[IDX.typescript] ?? 0;
  e[IDX.typescript] = ts > 0 ? js + ts : 0;
  const c = langs[IDX.c] ?? 0;
  const cpp = langs[IDX.cpp] ?? 0;
  e[IDX.cpp] = cpp > 0 ? c + cpp : 0;
  return e;
}

function bestLanguage(langs: readonly number[]): { lang: CodeLanguage; sum: number } | undefined {
  const e = effective(langs);
  let best = -1;
  let sum = 0;
  for (let i = 0; i < NL; i++) {
    const v = e[i] ?? 0;
    if (v > sum) {
      sum = v;
      best = i;
    }
  }
  const lang = CODE_LANGUAGES[best];
  return lang === undefined ? undefined : { lang, sum };
}

// ---------------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------------

/**
 * Any character other than letters, digits, space and sentence punctuation (quotes included). Global:
 * {@link isPlainSentence} steps from one such character to the next (a native scan, several times
 * faster than a `charCodeAt` loop over a long line, and without the backtracking a whole-line regex
 * does when a line fails near its end).
 */
const NON_SENTENCE_CHAR = /[^A-Za-z0-9 ,.'!?:"\u2019\u201c\u201d]/g;

/**
 * A sentence: starts with a capitalised word and holds only letters, digits, spaces (at least
 * three) and sentence punctuation. Skipped before any regex runs (most lines of most texts).
 */
function isPlainSentence(t: string): boolean {
  const c0 = t.charCodeAt(0);
  const c1 = t.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122)) return false;
  const re = NON_SENTENCE_CHAR;
  re.lastIndex = 2;
  // `test` moves `lastIndex` past the character without building a match array.
  while (re.test(t)) {
    const i = re.lastIndex - 1;
    const c = t.charCodeAt(i);
    if (c === 45) {
      // "Get-Process": a dash before a capital is a PowerShell cmdlet, not a hyphenated word
      const next = t.charCodeAt(i + 1);
      if (next >= 65 && next <= 90) return false;
    } else if (c === 59 || c === 41) {
      // "cover letter; please", "(see below) and": a semicolon or closing parenthesis followed by a
      // space is prose punctuation; in code it ends a statement or call ("f(x);", "g(y))").
      const next = t.charCodeAt(i + 1);
      if (!(next === 32 || (c === 41 && (next === 46 || next === 44 || Number.isNaN(next))))) return false;
    } else if (c === 40) {
      // An opening parenthesis after a space is prose ("the rate (fixed)"); glued to a word it is a call.
      if (t.charCodeAt(i - 1) !== 32) return false;
    } else return false;
  }
  const a = t.indexOf(' ');
  const b = a < 0 ? -1 : t.indexOf(' ', a + 1);
  return b >= 0 && t.indexOf(' ', b + 1) >= 0;
}

/** Sentence ends inside a paragraph written on one line. */
export const SENTENCE_BREAK = /(?<=[.!?])[ \t]{1,8}(?=[A-Z"“(])/;

/**
 * {@link SENTENCE_BREAK} with the end mark inside the match instead of a look-behind: a look-behind
 * is tried at every position of the line, while a leading `[.!?]` lets the regex engine jump from
 * mark to mark. A break is the match without its first character; the breaks are the same.
 */
const SENTENCE_END_G = /[.!?][ \t]{1,8}(?=[A-Z"“(])/g;

/**
 * A paragraph on one line (≥ 160 characters) whose sentences are at least 80 % plain sentences: an
 * e-mail address or a "3.5%" in one sentence must not send the whole paragraph through the
 * per-language feature regexes. Dangerous commands are still found by their own pass over the text.
 * The sentences are the pieces of `t.split(SENTENCE_BREAK)`, cut at {@link SENTENCE_END_G} matches.
 */
function isProseParagraph(t: string): boolean {
  if (t.length < 160) return false;
  let plain = 0;
  let from = 0;
  const re = SENTENCE_END_G;
  re.lastIndex = 0;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    const sentence = t.slice(from, m.index + 1);
    if (isPlainSentence(sentence.trim())) plain += sentence.length;
    from = re.lastIndex;
  }
  const last = t.slice(from);
  if (isPlainSentence(last.trim())) plain += last.length;
  return plain >= 0.8 * t.length;
}

/**
 * A sentence that happens to hold a keyword: mostly plain words, no code punctuation, no call
 * syntax, and English function words ("the", "you"…), which commands and statements rarely contain.
 * Keywords of the supported languages (`for`, `in`, `from`, `as`, `if`, `not`…) are deliberately not
 * in the function-word list, so `for line in f:` stays code.
 */
function isProse(t: string): boolean {
  if (CODE_CHARS.test(t) || CALL_SYNTAX.test(t)) return false;
  const toks = t.split(SPACE_RUN);
  if (toks.length < 4) return false;
  let words = 0;
  let functionWords = 0;
  for (const w of toks) {
    if (!PROSE_TOKEN.test(w)) continue;
    words++;
    if (FUNCTION_WORDS.has(bareWord(w))) functionWords++;
  }
  if (words / toks.length < 0.75) return false;
  const capitalised = t.charCodeAt(0) >= 65 && t.charCodeAt(0) <= 90;
  return functionWords >= 2 || (functionWords >= 1 && capitalised);
}

/** A token without surrounding quotes, brackets and punctuation, lower-cased. */
function bareWord(w: string): string {
  let s = 0;
  let e = w.length;
  while (s < e && !isLetter(w.charCodeAt(s))) s++;
  while (e > s && !isLetter(w.charCodeAt(e - 1))) e--;
  return w.slice(s, e).toLowerCase();
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Every line feature, language and generic, OR-ed into one regex per flag set (an alternation
 * matches where one of its branches matches, so the union tests true exactly when one feature
 * does). On a line that no feature matches, one or two native scans replace ~150 `test` calls,
 * most of whose cost is the call itself on a short line. Used only where that pays, see
 * {@link mayHaveFeature}.
 */
const ANY_FEATURE: readonly RegExp[] = /* @__PURE__ */ (() => {
  const byFlags = new Map<string, string[]>();
  for (const feat of [...Object.values(LANGUAGE_FEATURES).flat(), ...GENERIC_FEATURES]) {
    let sources = byFlags.get(feat.re.flags);
    if (sources === undefined) byFlags.set(feat.re.flags, (sources = []));
    sources.push(`(?:${feat.re.source})`);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();

/** Longest line {@link ANY_FEATURE} is tried on: on longer lines the union costs about as much as the separate tests. */
const ANY_FEATURE_MAX = 80;

/**
 * False only when no line feature can match `line`. The union is tried on short lines without code
 * punctuation or a `(`, which rarely have a feature (`Translate t`, `Hi Anna,`, `git status`); a line
 * with `{`, `=`, `(`… usually has one, and there the union would only add its cost to the separate
 * tests.
 */
function mayHaveFeature(line: string): boolean {
  if (line.length > ANY_FEATURE_MAX || CODE_CHARS.test(line) || line.includes('(')) return true;
  for (const re of ANY_FEATURE) if (re.test(line)) return true;
  return false;
}

function scoreLine(rawLine: string): LineScore | undefined {
  const line = rawLine.length > LINE_CAP ? rawLine.slice(0, LINE_CAP) : rawLine;
  const t = line.trim();
  if (t.length === 0 || isPlainSentence(t) || isProseParagraph(t)) return undefined;
  const langs = new Array<number>(NL).fill(0);
  let shebang: CodeLanguage | undefined;
  const sb = SHEBANG.exec(t);
  if (sb !== null) {
    shebang = SHEBANG_LANGUAGES[sb[1] ?? ''] ?? 'shell';
    langs[IDX[shebang]] = (langs[IDX[shebang]] ?? 0) + 4;
  }
  langs[IDX.shell] = (langs[IDX.shell] ?? 0) + shellCommandScore(t);
  let generic = 0;
  if (mayHaveFeature(line)) {
    for (let i = 0; i < NL; i++) {
      const lang = CODE_LANGUAGES[i] as CodeLanguage;
      let sum = 0;
      for (const feat of LANGUAGE_FEATURES[lang]) if (feat.re.test(line)) sum += feat.w;
      langs[i] = (langs[i] ?? 0) + sum;
    }
    for (const feat of GENERIC_FEATURES) if (feat.re.test(line)) generic += feat.w;
  }
  const e = effective(langs);
  let best = 0;
  for (const v of e) if (v > best) best = v;
  // Generic evidence is capped: braces and semicolons say "code" but not much more.
  let strength = best + Math.min(generic, 1);
  if (isProse(t)) strength -= PROSE_PENALTY;
  return { strength, langs, shebang };
}

/** Points for a line that starts with a shell command: the command itself, then flags, paths, pipes. */
function shellCommandScore(t: string): number {
  let bonus = 0;
  let s = t;
  if (s.startsWith('$ ')) {
    s = s.slice(2).trimStart();
    bonus += 1; // a shell prompt
  }
  const toks = s.split(SPACE_RUN);
  let k = 0;
  if (toks[k] === 'sudo') {
    k++;
    bonus += 0.5;
  }
  const cmd = toks[k] ?? '';
  const isCmd = SHELL_COMMANDS.has(cmd) || (cmd.startsWith('./') && cmd.length > 2) || cmd.startsWith('mkfs.');
  if (!isCmd) return bonus;
  const args = toks.length - k - 1;
  // A bare command name ("ls") or one followed by words is weak: "kill the process" is a sentence.
  let score = (args === 0 ? 0.6 : 0.8) + bonus;
  const rest = ` ${toks.slice(k + 1).join(' ')}`;
  if (SHELL_FLAG.test(rest)) score += 1;
  if (SHELL_PATH.test(rest)) score += 0.5;
  if (SHELL_PIPE.test(s)) score += 0.7;
  if (s.includes('&&')) score += 0.4;
  if (SHELL_VAR.test(rest)) score += 0.5;
  if (SHELL_REDIRECT.test(rest)) score += 0.5;
  if (SHELL_FILE_ARG.test(rest)) score += 0.3;
  if (SHELL_SUBCOMMAND.test(toks.slice(k).join(' '))) score += 1.2;
  return score;
}

// ---------------------------------------------------------------------------------------------------
// Dangerous commands
// ---------------------------------------------------------------------------------------------------

const DANGEROUS_GLOBAL: readonly RegExp[] = DANGEROUS_PATTERNS.map((p) => new RegExp(p.re.source, p.re.flags.includes('g') ? p.re.flags : `${p.re.flags}g`));

/** Every distinct trigger literal of the table, and per pattern its groups as indexes into it. */
const TRIGGER_LITERALS: readonly string[] = [...new Set(DANGEROUS_PATTERNS.flatMap((p) => p.triggers.flat()))];
const TRIGGER_GROUPS: ReadonlyArray<ReadonlyArray<readonly number[]>> = DANGEROUS_PATTERNS.map((p) => p.triggers.map((g) => g.map((lit) => TRIGGER_LITERALS.indexOf(lit))));

/**
 * Literals looked up as written: those with an upper-case letter, and those without any ASCII letter
 * (lower-casing leaves ASCII digits and punctuation alone and produces none, so such a literal occurs
 * in the lower-cased text exactly when it occurs in the text). The rest are looked up in the
 * lower-cased text, which is made only when one of them is needed.
 */
const TRIGGER_EXACT: readonly boolean[] = TRIGGER_LITERALS.map((lit) => lit !== lit.toLowerCase() || !/[a-z]/i.test(lit));

/**
 * Guards: per literal, its longest run of ASCII characters other than letters (`/` of `/dev/tcp/`,
 * `--` of `--no-preserve-root`). A literal cannot occur where its guard does not (lower-casing
 * leaves such characters alone, as above), and each distinct guard is looked up once per text, as
 * written: most prose has no `/`, `|`, `$`…, so most literals are ruled out by a few one-character
 * searches before any lower-cased copy is made. `GUARDS` lists the distinct guards; `GUARD_OF[id]`
 * is the guard of literal `id`, or -1 for an all-letter literal and for a literal that is its own
 * guard (looked up as written anyway).
 */
const { GUARDS: TRIGGER_GUARDS, GUARD_OF: TRIGGER_GUARD_OF } = /* @__PURE__ */ (() => {
  const GUARDS: string[] = [];
  const GUARD_OF = TRIGGER_LITERALS.map((lit) => {
    let best = '';
    for (const run of lit.split(/[A-Za-z]/)) if (run.length > best.length) best = run;
    if (best === '' || best === lit) return -1;
    const k = GUARDS.indexOf(best);
    return k >= 0 ? k : GUARDS.push(best) - 1;
  });
  return { GUARDS: GUARDS as readonly string[], GUARD_OF: GUARD_OF as readonly number[] };
})();

/** One text's trigger lookups: each literal is searched at most once, the lower-cased copy made only if needed. */
interface TriggerState {
  readonly text: string;
  lower: string | undefined;
  /** Per literal: 0 not looked up yet, 1 present, 2 absent. */
  readonly seen: Uint8Array;
  /** Per guard (see {@link TRIGGER_GUARDS}): 0 not looked up yet, 1 present, 2 absent. */
  readonly guards: Uint8Array;
}

/** Scratch for `TriggerState.seen` and `.guards` (findDangers runs synchronously and never re-enters itself). */
const SEEN = new Uint8Array(TRIGGER_LITERALS.length);
const GUARDS_SEEN = new Uint8Array(TRIGGER_GUARDS.length);

/** Whether pattern `k` can match: every trigger group has a literal in the text (see `DangerousPattern.triggers`). */
function mayMatch(k: number, st: TriggerState): boolean {
  for (const group of TRIGGER_GROUPS[k] as ReadonlyArray<readonly number[]>) {
    let hit = false;
    for (const id of group) {
      let s = st.seen[id] as number;
      if (s === 0) {
        const g = TRIGGER_GUARD_OF[id] as number;
        if (g >= 0) {
          let gs = st.guards[g] as number;
          if (gs === 0) st.guards[g] = gs = st.text.includes(TRIGGER_GUARDS[g] as string) ? 1 : 2;
          if (gs === 2) s = 2;
        }
        if (s === 0) {
          const lit = TRIGGER_LITERALS[id] as string;
          const hay = TRIGGER_EXACT[id] === true ? st.text : (st.lower ??= st.text.toLowerCase());
          s = hay.includes(lit) ? 1 : 2;
        }
        st.seen[id] = s;
      }
      if (s === 1) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

/**
 * Dangerous commands in `text`. Each pattern's regex runs only when its trigger literals occur (one
 * `includes` per distinct literal at most, led by rare punctuation): ordinary prose lacks most of
 * them, which turns ~40 whole-text regex scans into a few substring searches.
 */
function findDangers(text: string): Danger[] {
  const out: Danger[] = [];
  SEEN.fill(0);
  GUARDS_SEEN.fill(0);
  const st: TriggerState = { text, lower: undefined, seen: SEEN, guards: GUARDS_SEEN };
  for (let k = 0; k < DANGEROUS_PATTERNS.length; k++) {
    if (!mayMatch(k, st)) continue;
    const p = DANGEROUS_PATTERNS[k] as DangerousPattern;
    // Compiled once; reset and used synchronously, so sharing the global copy is safe.
    const re = DANGEROUS_GLOBAL[k] as RegExp;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      const at = m.index;
      const end = at + m[0].length;
      let span: { start: number; end: number } | undefined = { start: 0, end: m[0].length };
      if (p.verify !== undefined) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        span = p.verify(m[0], text.slice(Math.max(lineStart, at - 600), at), text.slice(end, end + 600));
      }
      if (span === undefined || span.end <= span.start) continue;
      out.push({ start: at + span.start, end: at + span.end, name: p.name, language: p.language });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // The same command found by two patterns of one name (upper- and lower-case SQL) counts once.
  return out.filter((d, i) => {
    const prev = out[i - 1];
    return prev === undefined || prev.name !== d.name || d.start >= prev.end;
  });
}

/** Put each dangerous command into the region holding it, or make a region of its own. */
function attachDangers(regions: Region[], dangers: readonly Danger[]): Region[] {
  const out = regions.slice();
  const own: Region[] = [];
  for (const d of dangers) {
    const host = out.find((r) => r.start < d.end && d.start < r.end);
    if (host !== undefined) {
      host.start = Math.min(host.start, d.start);
      host.end = Math.max(host.end, d.end);
      host.score = Math.max(host.score, SCORE_DANGEROUS);
      host.dangerous.push(d.name);
      if (host.lang === 'unknown') host.lang = d.language;
      continue;
    }
    const last = own[own.length - 1];
    if (last !== undefined && d.start < last.end) {
      last.end = Math.max(last.end, d.end);
      last.dangerous.push(d.name);
      continue;
    }
    own.push({ start: d.start, end: d.end, lang: d.language, score: SCORE_DANGEROUS, dangerous: [d.name] });
  }
  return [...out, ...own];
}
