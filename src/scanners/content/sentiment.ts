/**
 * @module scanners/content/sentiment — Sentiment: negative tone in prompts or responses, from a
 * word lexicon (AFINN-style valences in seven languages, `./sentiment-lexicon.ts`) with negation,
 * intensifiers, contrast words ("but"), capitals, exclamation marks and emoticons, combined the
 * way VADER does (sum normalised to −1…+1). No model; code and URLs are left out.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, Verdict } from '../../types.js';
import { clampScore, defineScanner } from '../define.js';
import { viewProse } from './prose.js';
import { CONTRASTS, EMOTICONS, INTENSIFIERS, NEGATORS, SENTIMENT_WORDS } from './sentiment-lexicon.js';

/**
 * Options of {@link contentSentiment}.
 *
 * @example
 * ```ts
 * const o: SentimentOptions = { lexicon: { meh: -1, stellar: 4 } };
 * ```
 */
export interface SentimentOptions {
  /** Extra or replacement valences (−5…+5) by word, lower case (e.g. a domain word list, or AFINN). */
  readonly lexicon?: Readonly<Record<string, number>>;
}

/** Resolved options, as echoed in reports (the number of extra words, not the words). */
export interface ResolvedSentimentOptions {
  readonly extraWords: number;
}

/** Result of {@link sentimentOf}. */
export interface SentimentResult {
  /** −1 (very negative) … +1 (very positive), VADER's normalisation of the summed valences. */
  readonly compound: number;
  /** Words and emoticons that carried a valence, with their offsets in the text. */
  readonly hits: ReadonlyArray<{ readonly start: number; readonly end: number; readonly valence: number }>;
}

/** VADER's normalisation constant: compound = s / sqrt(s² + α). */
const ALPHA = 15;
/** Negation flips and damps ("not good" is less bad than "bad"). */
const NEGATION = -0.74;
/** After a contrast word: the earlier part weighs half, the later part one and a half. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const CAPS = 1.3;

/** Words (letters and apostrophes) and emoticons, in order. */
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’]*|[:;][-']?[)(DPp\]/|]|[>]:\(|<3|\^_?\^|xD|\(:|\):|D:|\p{Extended_Pictographic}\uFE0F?/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;

/**
 * The sentiment of some prose.
 *
 * @example
 * ```ts
 * sentimentOf('This is not good at all, really disappointing.').compound < -0.5; // true
 * ```
 */
export function sentimentOf(prose: string, extra?: ReadonlyMap<string, number>): SentimentResult {
  const tokens = [...prose.matchAll(TOKEN)];
  const mixedCase = /\p{Ll}/u.test(prose);
  const values: number[] = [];
  const hits: Array<{ start: number; end: number; valence: number }> = [];
  let contrastAt = -1;
  const keys = tokens.map((t) => t[0].toLowerCase().normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, ''));
  for (let i = 0; i < tokens.length; i++) {
    const raw = (tokens[i] as RegExpMatchArray)[0];
    const key = keys[i] as string;
    if (CONTRASTS.has(key)) {
      contrastAt = values.length;
      continue;
    }
    let v = EMOTICONS.get(raw) ?? extra?.get(key) ?? SENTIMENT_WORDS.get(key);
    if (v === undefined) continue;
    if (mixedCase && raw.length > 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) v *= CAPS;
    const prev = keys[i - 1];
    const factor = prev === undefined ? undefined : INTENSIFIERS.get(prev);
    if (factor !== undefined) v *= factor;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      if (NEGATORS.has(keys[k] as string)) {
        v *= NEGATION;
        break;
      }
    }
    values.push(v);
    const start = (tokens[i] as RegExpMatchArray).index ?? 0;
    hits.push({ start, end: start + raw.length, valence: v });
  }
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const w = contrastAt < 0 ? 1 : i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    sum += (values[i] as number) * w;
  }
  if (sum !== 0) {
    let bangs = 0;
    for (let i = 0; i < prose.length && bangs < 4; i++) if (prose.charCodeAt(i) === 0x21) bangs++;
    sum += Math.sign(sum) * bangs * 0.29;
  }
  return { compound: sum / Math.sqrt(sum * sum + ALPHA), hits };
}

/**
 * Sentiment scanner (`content/sentiment`): the score is how negative the text is, `max(0, −compound)`
 * (0 for neutral or positive text, 0.5 at a compound of −0.5, 1 for very negative text).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentSentiment()] });
 * (await bouncer.scanOutput('q', 'This is a terrible, useless answer and I hate it.')).detections[0].detected; // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentSentiment(options: SentimentOptions = {}): Scanner<ResolvedSentimentOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/sentiment: options must be an object');
  for (const key of Object.keys(options)) if (key !== 'lexicon') throw new ConfigError(`content/sentiment: unknown option "${key}"`);
  let extra: Map<string, number> | undefined;
  if (options.lexicon !== undefined) {
    if (typeof options.lexicon !== 'object' || options.lexicon === null || Array.isArray(options.lexicon)) throw new ConfigError('content/sentiment: lexicon must be an object of word → valence');
    extra = new Map();
    for (const [w, v] of Object.entries(options.lexicon)) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < -5 || v > 5) throw new ConfigError(`content/sentiment: lexicon value for "${w}" must be a number from -5 to 5`);
      extra.set(w.toLowerCase().normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, ''), v);
    }
  }
  const resolved: ResolvedSentimentOptions = Object.freeze({ extraWords: extra?.size ?? 0 });
  return defineScanner<ResolvedSentimentOptions>({
    id: 'content/sentiment',
    kind: 'both',
    category: 'content',
    severity: 'low',
    description: 'Negative tone: a word lexicon in seven languages with negation, intensifiers, contrast and emoticons (VADER-style compound)',
    threshold: 0.5,
    options: resolved,
    scan(view): Verdict {
      const { compound, hits } = sentimentOf(viewProse(view), extra);
      const score = clampScore(-compound);
      const matches: Match[] =
        score >= 0.5
          ? hits
              .filter((h) => h.valence < 0)
              .slice(0, 16)
              .map((h) => ({ ...view.toRaw(h.start, h.end), label: 'negative' }))
          : [];
      return { score, matches, explanation: hits.length === 0 ? 'No opinion words found.' : `Compound sentiment ${compound.toFixed(2)} from ${hits.length} opinion word${hits.length === 1 ? '' : 's'}.` };
    },
  });
}
