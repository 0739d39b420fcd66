/**
 * @module scanners/content/system-prompt-leak — a response that repeats the application's system
 * prompt: word n-grams shared by the response and the system prompt given in the scan options
 * (`scanOutput(prompt, response, { systemPrompt })`) or in the scanner's options. Case, accents,
 * punctuation and spacing are ignored; paraphrases and translations are not caught.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, Verdict } from '../../types.js';
import { checkBoolean, checkPositiveInt, clampScore, defineScanner } from '../define.js';

/**
 * Options of {@link contentSystemPromptLeak}.
 *
 * @example
 * ```ts
 * const o: SystemPromptLeakOptions = { systemPrompt: 'You are Ada, the support bot of Example Ltd…', ngram: 5, redact: true };
 * ```
 */
export interface SystemPromptLeakOptions {
  /** The system prompt, when it is fixed for this bouncer; a `systemPrompt` passed to a scan wins. */
  readonly systemPrompt?: string;
  /** Words per n-gram (default 5, 3–12). */
  readonly ngram?: number;
  /** Share of the system prompt's n-grams in the response at which the score is 0.5 (default 0.2). */
  readonly coverage?: number;
  /** Replace the repeated passages with `[REDACTED_SYSTEM_PROMPT]` (default false). */
  readonly redact?: boolean;
}

/** Resolved options, as echoed in reports (the system prompt's length, never its text). */
export interface ResolvedSystemPromptLeakOptions {
  readonly systemPromptChars: number;
  readonly ngram: number;
  readonly coverage: number;
  readonly redact: boolean;
}

/** A run of this many words copied verbatim is a leak whatever the coverage. */
const LONG_RUN = 25;

/** Words: letters and digits; each CJK character is a word of its own. */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

interface Tok {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ key: m[0].toLowerCase().normalize('NFD').replace(MARKS, ''), start: m.index, end: m.index + m[0].length }));
}

/**
 * How much of `system` the `response` repeats: the share of the system prompt's n-grams found in
 * the response, the longest verbatim run (words), and the response spans covered by shared n-grams.
 *
 * @example
 * ```ts
 * leakOf('You are Ada. Never discuss pricing with customers.', 'My rules: never discuss pricing with customers.', 4).coverage; // 0.4
 * ```
 */
export function leakOf(system: string, response: string, n: number): { coverage: number; longestRun: number; spans: Array<[number, number]> } {
  const sys = tokens(system);
  const res = tokens(response);
  const size = Math.min(n, sys.length);
  if (size === 0 || res.length < size) return { coverage: 0, longestRun: 0, spans: [] };
  const gram = (list: readonly Tok[], i: number): string => {
    let s = (list[i] as Tok).key;
    for (let k = 1; k < size; k++) s += ` ${(list[i + k] as Tok).key}`;
    return s;
  };
  const sysGrams = new Set<string>();
  for (let i = 0; i + size <= sys.length; i++) sysGrams.add(gram(sys, i));
  const seen = new Set<string>();
  const covered = new Uint8Array(res.length);
  for (let i = 0; i + size <= res.length; i++) {
    const g = gram(res, i);
    if (!sysGrams.has(g)) continue;
    seen.add(g);
    for (let k = 0; k < size; k++) covered[i + k] = 1;
  }
  const spans: Array<[number, number]> = [];
  let longestRun = 0;
  for (let i = 0; i < res.length; ) {
    if (covered[i] === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < res.length && covered[j] === 1) j++;
    longestRun = Math.max(longestRun, j - i);
    spans.push([(res[i] as Tok).start, (res[j - 1] as Tok).end]);
    i = j;
  }
  return { coverage: seen.size / sysGrams.size, longestRun, spans };
}

/**
 * System prompt leak (`content/system-prompt-leak`, output scans). The score is 0.5 when the
 * response holds `coverage` of the system prompt's n-grams and 1 when it holds twice that; a
 * verbatim run of 25 words or more scores at least 0.9. Without a system prompt the score is 0.
 * With `redact`, the scanner is a sanitizer (order 65, mitigating).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentSystemPromptLeak()] });
 * const r = await bouncer.scanOutput(userPrompt, answer, { systemPrompt: SYSTEM_PROMPT });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentSystemPromptLeak(options: SystemPromptLeakOptions = {}): Scanner<ResolvedSystemPromptLeakOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/system-prompt-leak: options must be an object');
  for (const key of Object.keys(options)) if (!['systemPrompt', 'ngram', 'coverage', 'redact'].includes(key)) throw new ConfigError(`content/system-prompt-leak: unknown option "${key}"`);
  if (options.systemPrompt !== undefined && typeof options.systemPrompt !== 'string') throw new ConfigError('content/system-prompt-leak: systemPrompt must be a string');
  const fixed = options.systemPrompt;
  const ngram = checkPositiveInt(options.ngram, 'content/system-prompt-leak: ngram', 5);
  if (ngram < 3 || ngram > 12) throw new ConfigError(`content/system-prompt-leak: ngram must be from 3 to 12, got ${ngram}`);
  const coverage = options.coverage ?? 0.2;
  if (typeof coverage !== 'number' || !(coverage > 0 && coverage <= 1)) throw new ConfigError(`content/system-prompt-leak: coverage must be a number above 0 and at most 1, got ${String(options.coverage)}`);
  const redact = checkBoolean(options.redact, 'content/system-prompt-leak: redact', false);
  const resolved: ResolvedSystemPromptLeakOptions = Object.freeze({ systemPromptChars: fixed?.length ?? 0, ngram, coverage, redact });
  const base = {
    id: 'content/system-prompt-leak',
    kind: 'output' as const,
    category: 'content' as const,
    severity: 'high' as const,
    description: 'Response repeating the system prompt (word n-gram overlap with the systemPrompt given to the scan)',
    threshold: 0.5,
    options: resolved,
    wholeText: true,
    scan(view: Parameters<Scanner['scan']>[0], ctx: Parameters<Scanner['scan']>[1]): Verdict {
      const system = ctx.systemPrompt ?? fixed;
      if (system === undefined || system.trim() === '') return { score: 0, explanation: 'No system prompt to compare with (pass systemPrompt in the scan options).' };
      const text = view.normalized;
      const leak = leakOf(system, text, ngram);
      let score = clampScore((0.5 * leak.coverage) / coverage);
      if (leak.longestRun >= LONG_RUN) score = Math.max(score, 0.9);
      const matches: Match[] =
        score >= 0.5
          ? leak.spans.map(([s, e]) => {
              const span = view.toRaw(s, e);
              return redact ? { ...span, label: 'system-prompt', replacement: '[REDACTED_SYSTEM_PROMPT]' } : { ...span, label: 'system-prompt' };
            })
          : [];
      return {
        score,
        matches,
        explanation: `The response repeats ${Math.round(leak.coverage * 100)}% of the system prompt's ${ngram}-word sequences (longest verbatim run: ${leak.longestRun} words).`,
      };
    },
  };
  return redact ? defineScanner<ResolvedSystemPromptLeakOptions>({ ...base, sanitizer: { order: 65, mitigates: true } }) : defineScanner<ResolvedSystemPromptLeakOptions>(base);
}
