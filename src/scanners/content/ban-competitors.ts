/**
 * @module scanners/content/ban-competitors — BanCompetitors: names of competitors (and their
 * aliases) in prompts or responses, matched on word boundaries regardless of case, punctuation,
 * spacing ("Open AI" / "OpenAI" / "open-ai"), possessives ("Acme's") and, for long names, one or two
 * typos; optionally redacted.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, Verdict } from '../../types.js';
import { checkBoolean, defineScanner } from '../define.js';

/**
 * A competitor: a name, or a name with aliases (product names, tickers, old names).
 *
 * @example
 * ```ts
 * const c: Competitor = { name: 'Acme Corp', aliases: ['Acme', 'ACME Cloud'], caseSensitive: false };
 * ```
 */
export type Competitor = string | { readonly name: string; readonly aliases?: readonly string[]; readonly caseSensitive?: boolean };

/**
 * Options of {@link contentBanCompetitors}.
 *
 * @example
 * ```ts
 * const o: BanCompetitorsOptions = { competitors: ['Globex', { name: 'Initech', aliases: ['Initrode'] }], redact: true };
 * ```
 */
export interface BanCompetitorsOptions {
  /** The competitors (required, at least one). */
  readonly competitors: readonly Competitor[];
  /** Replace each mention with `[REDACTED_COMPETITOR]` (default true). */
  readonly redact?: boolean;
  /**
   * Accept one typo in names of 6–9 letters and two from 10 (default true). A typo match keeps the
   * first letter, and names under 8 letters must be capitalised in the text.
   */
  readonly fuzzy?: boolean;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedBanCompetitorsOptions {
  readonly competitors: ReadonlyArray<{ readonly name: string; readonly aliases: readonly string[]; readonly caseSensitive: boolean }>;
  readonly redact: boolean;
  readonly fuzzy: boolean;
}

/** One spelling to look for: its letters and digits run together, lower case unless case matters. */
interface Spelling {
  readonly competitor: number;
  readonly key: string;
  /** Words in the spelling (a match may join up to this many text words, plus one). */
  readonly words: number;
  readonly caseSensitive: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
/** Most text words one mention can span ("Acme Cloud Platform Inc"). */
const MAX_WORDS = 5;
const SCORE_EXACT = 0.9;
const SCORE_FUZZY = 0.7;

function fold(s: string, caseSensitive: boolean): string {
  const f = s.normalize('NFD').replace(MARKS, '');
  return caseSensitive ? f : f.toLowerCase();
}

/** Levenshtein distance of `a` and `b`, or `max + 1` once it is certain to exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Typos allowed for a spelling of this many letters. */
function allowedTypos(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

/**
 * BanCompetitors (`content/ban-competitors`). Every mention is a match labelled
 * `competitor:<name>`; exact mentions score 0.9, fuzzy ones 0.7. With `redact` (default) the
 * scanner is a sanitizer (order 60, mitigating) and each mention becomes `[REDACTED_COMPETITOR]`.
 * Names of four letters or fewer written in capitals ("IBM", "HP") match only in capitals.
 *
 * @example
 * ```ts
 * const s = contentBanCompetitors({ competitors: [{ name: 'Globex', aliases: ['Globex Corporation'] }] });
 * // "Have you tried globex's new plan?" → one match, sanitized to "Have you tried [REDACTED_COMPETITOR]'s new plan?"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentBanCompetitors(options: BanCompetitorsOptions): Scanner<ResolvedBanCompetitorsOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/ban-competitors: options must be an object with competitors');
  for (const key of Object.keys(options)) if (!['competitors', 'redact', 'fuzzy'].includes(key)) throw new ConfigError(`content/ban-competitors: unknown option "${key}"`);
  if (!Array.isArray(options.competitors) || options.competitors.length === 0) throw new ConfigError('content/ban-competitors: competitors must be a non-empty array');
  const competitors = options.competitors.map((c, i) => {
    const o = typeof c === 'string' ? { name: c } : c;
    if (typeof o !== 'object' || o === null || typeof o.name !== 'string' || o.name.trim() === '') throw new ConfigError(`content/ban-competitors: competitor ${i} must be a name or { name, aliases?, caseSensitive? }`);
    const aliases = o.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string' && a.trim() !== '')) throw new ConfigError(`content/ban-competitors: aliases of "${o.name}" must be non-empty strings`);
    const caseSensitive = checkBoolean(o.caseSensitive, `content/ban-competitors: caseSensitive of "${o.name}"`, false);
    return Object.freeze({ name: o.name.trim(), aliases: Object.freeze(aliases.map((a) => a.trim())), caseSensitive });
  });
  const redact = checkBoolean(options.redact, 'content/ban-competitors: redact', true);
  const fuzzy = checkBoolean(options.fuzzy, 'content/ban-competitors: fuzzy', true);
  const spellings: Spelling[] = [];
  competitors.forEach((c, i) => {
    for (const s of [c.name, ...c.aliases]) {
      const words = s.match(WORD) ?? [];
      if (words.length === 0) throw new ConfigError(`content/ban-competitors: "${s}" has no letters or digits`);
      const joined = words.join('');
      // Short names in capitals (IBM, HP, GE) are acronyms: lower-case "hp" or "ge" in text are not them.
      const acronym = joined.length <= 4 && joined === joined.toUpperCase() && joined !== joined.toLowerCase();
      const cs = c.caseSensitive || acronym;
      spellings.push({ competitor: i, key: fold(joined, cs), words: Math.min(MAX_WORDS, words.length), caseSensitive: cs });
    }
  });
  const exact = new Map<string, Spelling[]>();
  for (const s of spellings) exact.set(s.key, [...(exact.get(s.key) ?? []), s]);
  const maxWords = Math.min(MAX_WORDS, Math.max(...spellings.map((s) => s.words)) + 1);
  const resolved: ResolvedBanCompetitorsOptions = Object.freeze({ competitors: Object.freeze(competitors), redact, fuzzy });

  const scan = (view: Parameters<Scanner['scan']>[0]): Verdict => {
    const text = view.normalized;
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, cs: fold(m[0], true), ci: fold(m[0], false) }));
    const found: Array<{ start: number; end: number; competitor: number; fuzzy: boolean }> = [];
    for (let i = 0; i < words.length; ) {
      let hit: { end: number; competitor: number; fuzzy: boolean; next: number } | undefined;
      let cs = '';
      let ci = '';
      for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
        const w = words[i + n - 1] as (typeof words)[number];
        // Words of one mention are separated by at most two characters of space or punctuation.
        if (n > 1 && w.start - (words[i + n - 2] as (typeof words)[number]).end > 2) break;
        cs += w.cs;
        ci += w.ci;
        const candidates = [...(exact.get(ci) ?? []), ...(cs !== ci ? (exact.get(cs) ?? []) : [])].filter((s) => (s.caseSensitive ? s.key === cs : s.key === ci));
        if (candidates.length > 0) hit = { end: w.end, competitor: (candidates[0] as Spelling).competitor, fuzzy: false, next: i + n };
        else if (fuzzy && hit === undefined) {
          // A typo match must keep the first letter, and short names (under 8 letters) must be
          // capitalised in the text: "globes" is not "Globex", but "Globx" may be.
          const capital = text.charAt((words[i] as (typeof words)[number]).start) !== (words[i] as (typeof words)[number]).ci.charAt(0);
          for (const s of spellings) {
            const typos = allowedTypos(s.key.length);
            if (typos === 0 || s.caseSensitive || Math.abs(s.key.length - ci.length) > typos || s.key.charCodeAt(0) !== ci.charCodeAt(0)) continue;
            if (s.key.length < 8 && !capital) continue;
            if (boundedEditDistance(ci, s.key, typos) <= typos) {
              hit = { end: w.end, competitor: s.competitor, fuzzy: true, next: i + n };
              break;
            }
          }
        }
      }
      if (hit === undefined) {
        i++;
        continue;
      }
      found.push({ start: (words[i] as (typeof words)[number]).start, end: hit.end, competitor: hit.competitor, fuzzy: hit.fuzzy });
      i = hit.next;
    }
    if (found.length === 0) return { score: 0, explanation: 'No competitor mentioned.' };
    const matches: Match[] = found.map((f) => {
      const span = view.toRaw(f.start, f.end);
      const label = `competitor:${(competitors[f.competitor] as { name: string }).name}`;
      return redact ? { ...span, label, replacement: '[REDACTED_COMPETITOR]' } : { ...span, label };
    });
    const names = [...new Set(found.map((f) => (competitors[f.competitor] as { name: string }).name))];
    const score = found.some((f) => !f.fuzzy) ? SCORE_EXACT : SCORE_FUZZY;
    return { score, matches, explanation: `Mentions ${names.join(', ')} (${found.length} time${found.length === 1 ? '' : 's'}${found.every((f) => f.fuzzy) ? ', spelled differently' : ''}).` };
  };

  const base = {
    id: 'content/ban-competitors',
    kind: 'both' as const,
    category: 'content' as const,
    severity: 'low' as const,
    description: 'Competitor names and aliases (case, punctuation and spacing insensitive, possessives, typos in long names); redacts by default',
    threshold: 0.5,
    options: resolved,
    scan,
  };
  return redact ? defineScanner<ResolvedBanCompetitorsOptions>({ ...base, sanitizer: { order: 60, mitigates: true } }) : defineScanner<ResolvedBanCompetitorsOptions>(base);
}
