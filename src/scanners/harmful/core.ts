/**
 * @module scanners/harmful/core — what `harmful/request` and `harmful/response` share: the model
 * reference, option checks, scoring the text view (raw text plus decoded layers, windows plus
 * sentences) through `ctx.models`, and turning per-category scores into a verdict.
 */
import type { ModelBackend, ModelRef } from '../../models/types.js';
import type { Match, ScanContext, Severity, TextView, Verdict } from '../../types.js';
import { ConfigError } from '../../errors.js';
import { checkBoolean, checkUnit } from '../define.js';
import { decodedSegments, type Segment } from '../model-scanner.js';
import { ADVICE_TOPICS, CATEGORY_NAMES, HARM_CATEGORIES, HARMFUL_MODEL_LABELS, resolveActions, type HarmAction, type HarmCategory } from './categories.js';

/** `models/harmful-request`: hashed n-grams → one output per label (see its model card). */
export const HARMFUL_MODEL: ModelRef = Object.freeze({ id: 'harmful-request', task: 'classify' });

/** Default threshold of `harmful/request`: the one `models/harmful-request/manifest.json` ships. */
export const HARMFUL_REQUEST_THRESHOLD = 0.875;

/** Default threshold of `harmful/response` (the response head is calibrated to even odds). */
export const HARMFUL_RESPONSE_THRESHOLD = 0.5;

/** Even-odds point of the advice / campaigning heads (their own calibration). */
export const ADVICE_EVEN_ODDS = 0.5;

/** The decoded layers `harmful/*` reads besides the raw text: those with 12 or more non-space characters. */
export function layerSegments(view: TextView): Segment[] {
  return decodedSegments(view).filter((s) => s.text.trim().length >= 12);
}

/** A sentence break (end punctuation or a line break). */
const TERMINATOR = /[.!?。！？\n]/;
/** A character that starts more text (not space, closing quote or bracket, end punctuation). */
const CONTENT = /[^\s"'”’)\].!?。！？]/;

/** True when a sentence break is followed by more text: two or more sentences (linear time). */
function hasTwoSentences(text: string): boolean {
  const i = text.search(TERMINATOR);
  return i >= 0 && CONTENT.test(text.slice(i + 1));
}

/**
 * `sentences: 'auto'` rescores sentence by sentence only when the windows leave a doubt: the
 * gate score is at least this but under the threshold. Each sentence is one more model run
 * (≈ 1 ms per 1 KB of text), so ordinary prompts, which score far below it, skip the pass; a
 * request diluted by a long wrapper lands in between.
 */
export const SENTENCE_FLOOR = 0.1;

/**
 * Options of `harmfulRequest` and `harmfulResponse`.
 *
 * @example
 * ```ts
 * const o: HarmfulOptions = { categories: { medical: 'inspect', other: 'off' }, threshold: 0.85 };
 * ```
 */
export interface HarmfulOptions {
  /** Decision threshold on the category scores (default: the model's). */
  readonly threshold?: number;
  /**
   * Action per category: `'block'` (a critical finding), `'inspect'` (a medium one) or `'off'`
   * (ignored). Defaults: harm categories block, `other` is inspected, medical / legal / financial
   * / political are off. `minors` always blocks.
   */
  readonly categories?: Readonly<Partial<Record<HarmCategory, HarmAction>>>;
  /**
   * Also score every sentence on its own (max with the 256-token windows), so one harmful line in
   * a long role-play or document stands out. `'auto'` (default): when the text has two or more
   * sentences and the windows score it between {@link SENTENCE_FLOOR} and the threshold.
   */
  readonly sentences?: boolean | 'auto';
  /** Also score what encodings in the text decode to (base64, ROT13, leetspeak…). Default true. */
  readonly layers?: boolean;
}

/** Options as resolved (JSON, echoed in reports). */
export interface ResolvedHarmfulOptions {
  readonly threshold: number;
  readonly categories: Readonly<Record<HarmCategory, HarmAction>>;
  readonly sentences: boolean | 'auto';
  readonly layers: boolean;
  readonly model: string;
}

/** Check and resolve options; throws {@link ConfigError} synchronously. */
export function resolveHarmfulOptions(o: HarmfulOptions | undefined, who: string, defaultThreshold: number): ResolvedHarmfulOptions {
  if (o !== undefined && (typeof o !== 'object' || o === null || Array.isArray(o))) throw new ConfigError(`${who}: options must be an object`);
  const opts = o ?? {};
  const threshold = opts.threshold === undefined ? defaultThreshold : checkUnit(opts.threshold, `${who}: threshold`);
  const sentences = opts.sentences === 'auto' || opts.sentences === undefined ? 'auto' : checkBoolean(opts.sentences, `${who}: sentences`, false);
  const layers = checkBoolean(opts.layers, `${who}: layers`, true);
  return { threshold, categories: resolveActions(opts.categories, who), sentences, layers, model: HARMFUL_MODEL.id };
}

/** One scored piece of the view. */
export interface ScoredSegment {
  /** Calibrated probability per label of {@link HARMFUL_MODEL_LABELS}. */
  readonly probs: readonly number[];
  /** Raw-text span of the best window (raw text) or of the encoded source (layer). */
  readonly start: number;
  readonly end: number;
  /** Where it came from ('decoded base64'), for explanations. */
  readonly note?: string;
}

/** Everything the model said about a text. */
export interface ViewScores {
  /** The segment whose `gate` label scored highest. */
  readonly best: ScoredSegment;
  /** Per label, the highest probability over all segments. */
  readonly max: readonly number[];
  readonly backend: ModelBackend;
  readonly windows: number;
}


/**
 * Score a text (and, with `layers`, its decoded layers) with the harmful-request model. `gate`
 * is the label index that picks the best segment (0 = harmful, 1 = response).
 */
export async function scoreText(text: string, view: TextView | undefined, ctx: ScanContext, o: ResolvedHarmfulOptions, gate: 0 | 1): Promise<ViewScores | undefined> {
  const segs: Array<{ text: string; start: number; end: number; note?: string; raw: boolean }> = [];
  if (text.trim().length > 0) segs.push({ text, start: 0, end: text.length, raw: true });
  if (view !== undefined && o.layers) {
    for (const s of layerSegments(view)) segs.push({ ...s, raw: false });
  }
  if (segs.length === 0) return undefined;
  let best: ScoredSegment | undefined;
  const max = new Array<number>(HARMFUL_MODEL_LABELS.length).fill(0);
  let backend: ModelBackend = 'wasm';
  let windows = 0;
  for (const s of segs) {
    let r = await ctx.models.classify(HARMFUL_MODEL, s.text, { sentences: o.sentences === true, signal: ctx.signal });
    windows += r.windows;
    const g = r.scores[gate] ?? 0;
    if (o.sentences === 'auto' && g >= SENTENCE_FLOOR && g < o.threshold && hasTwoSentences(s.text)) {
      r = await ctx.models.classify(HARMFUL_MODEL, s.text, { sentences: true, signal: ctx.signal });
      windows += r.windows;
    }
    backend = r.backend;
    const probs = HARMFUL_MODEL_LABELS.map((_, k) => {
      const v = r.scores[k];
      return typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
    });
    probs.forEach((p, k) => {
      if (p > (max[k] as number)) max[k] = p;
    });
    if (best === undefined || (probs[gate] as number) > (best.probs[gate] as number)) {
      const span = s.raw ? r.span : { start: s.start, end: s.end };
      best = s.note === undefined ? { probs, start: span.start, end: span.end } : { probs, start: span.start, end: span.end, note: s.note };
    }
  }
  return best === undefined ? undefined : { best, max, backend, windows };
}

/**
 * Put an advice head's probability on the scanner's scale: its even-odds point maps to the
 * threshold, so one threshold serves every category.
 */
export function adviceOnScale(p: number, threshold: number): number {
  const a = ADVICE_EVEN_ODDS;
  return p < a ? (p / a) * threshold : threshold + ((p - a) / (1 - a)) * (1 - threshold);
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * Turn per-category scores into a verdict: the score is the highest category whose action is not
 * `off`; every category at or over the threshold is named, and the finding is critical when one
 * of them blocks (medium when they are only inspected).
 */
export function verdictOf(cat: Readonly<Record<HarmCategory, number>>, o: ResolvedHarmfulOptions, span: { start: number; end: number; note?: string }, run: { id: string; backend: ModelBackend; windows: number }, what: string): Verdict {
  const scaled = {} as Record<HarmCategory, number>;
  for (const c of HARM_CATEGORIES) scaled[c] = ADVICE_TOPICS.includes(c) ? adviceOnScale(cat[c], o.threshold) : cat[c];
  const live = HARM_CATEGORIES.filter((c) => o.categories[c] !== 'off');
  let score = 0;
  let top: HarmCategory | undefined;
  for (const c of live) {
    if (scaled[c] > score || top === undefined) {
      score = scaled[c];
      top = c;
    }
  }
  const found = live.filter((c) => scaled[c] >= o.threshold).sort((a, b) => scaled[b] - scaled[a]);
  const where = span.note === undefined ? '' : ` (${span.note})`;
  const model = { id: run.id, backend: run.backend, windows: run.windows };
  if (found.length === 0) {
    return { score, matches: [], explanation: top === undefined ? 'Every category is off.' : `The harmful-request model rates it ${pct(score)} (most likely: ${CATEGORY_NAMES[top]})${where}, below ${pct(o.threshold)}.`, model };
  }
  const blocks = found.some((c) => o.categories[c] === 'block');
  const severity: Severity = blocks ? 'critical' : 'medium';
  const matches: Match[] = found.map((c) => ({ start: span.start, end: span.end, label: `harmful:${c}` }));
  const list = found.map((c) => `${CATEGORY_NAMES[c]} ${pct(scaled[c])} (${o.categories[c]})`).join(', ');
  return { score, matches, severity, explanation: `${what}: ${list}${where}.`, model };
}
