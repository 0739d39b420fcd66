/**
 * @module scanners/harmful/categories — the harm categories of the `harmful/*` scanners, their
 * default actions, and the option check shared by `harmful/request` and `harmful/response`.
 *
 * The `harmful-request` model (see `models/harmful-request/README.md`) has one output per label in
 * {@link HARMFUL_MODEL_LABELS}: `harmful` (a request for harmful help in one of the default-on
 * categories), `response` (an answer that complied with such a request), and one topic head per
 * category. The scanners combine them (see {@link categoryScores}).
 */
import { ConfigError } from '../../errors.js';

/**
 * Harm categories. The first ten are harmful requests (on by default); the last four are
 * sensitive requests some apps want to stop (off by default).
 */
export const HARM_CATEGORIES = Object.freeze([
  'weapons',
  'cyber',
  'violence',
  'selfHarm',
  'minors',
  'hate',
  'fraud',
  'privacy',
  'drugs',
  'other',
  'medical',
  'legal',
  'financial',
  'political',
] as const);

/** One harm category. */
export type HarmCategory = (typeof HARM_CATEGORIES)[number];

/** What a category does when it fires: `block` (critical), `inspect` (medium) or nothing. */
export type HarmAction = 'block' | 'inspect' | 'off';

/** Categories scored as `harmful × topic share`: requests for help with harm. */
export const HARM_TOPICS: readonly HarmCategory[] = Object.freeze(['weapons', 'cyber', 'violence', 'selfHarm', 'minors', 'hate', 'fraud', 'privacy', 'drugs', 'other']);

/** Categories whose own head is the detector (sensitive advice and campaigning, not harm). */
export const ADVICE_TOPICS: readonly HarmCategory[] = Object.freeze(['medical', 'legal', 'financial', 'political']);

/** Human names, for explanations and docs. */
export const CATEGORY_NAMES: Readonly<Record<HarmCategory, string>> = Object.freeze({
  weapons: 'weapons and explosives',
  cyber: 'cyberattacks and malware',
  violence: 'violent crime',
  selfHarm: 'self-harm',
  minors: 'sexual content involving minors',
  hate: 'hate and harassment',
  fraud: 'fraud and scams',
  privacy: 'privacy violations (doxxing, stalking)',
  drugs: 'illegal drugs',
  other: 'other harm (misinformation, adult sexual content, animal cruelty, cheating)',
  medical: 'unqualified medical advice',
  legal: 'unqualified legal advice',
  financial: 'unqualified financial advice',
  political: 'political campaigning',
});

/**
 * Default actions: sexual content involving minors always blocks; the named harms block; other
 * harm is inspected; advice and campaigning are off.
 */
export const DEFAULT_ACTIONS: Readonly<Record<HarmCategory, HarmAction>> = Object.freeze({
  weapons: 'block',
  cyber: 'block',
  violence: 'block',
  selfHarm: 'block',
  minors: 'block',
  hate: 'block',
  fraud: 'block',
  privacy: 'block',
  drugs: 'block',
  other: 'inspect',
  medical: 'off',
  legal: 'off',
  financial: 'off',
  political: 'off',
});

/** The model's outputs, in order (`models/harmful-request/manifest.json` lists the same). */
export const HARMFUL_MODEL_LABELS: readonly string[] = Object.freeze(['harmful', 'response', ...HARM_CATEGORIES]);

const ACTIONS: readonly HarmAction[] = ['block', 'inspect', 'off'];

/**
 * Resolve the `categories` option: the defaults, overridden per category. `minors` cannot be
 * turned down from `block` (a {@link ConfigError} says so).
 *
 * @example
 * ```ts
 * resolveActions({ medical: 'inspect', other: 'off' }, 'harmful/request').medical; // 'inspect'
 * ```
 */
export function resolveActions(x: unknown, who: string): Readonly<Record<HarmCategory, HarmAction>> {
  if (x === undefined) return DEFAULT_ACTIONS;
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new ConfigError(`${who}: categories must be an object like { medical: 'inspect' }`);
  const out: Record<HarmCategory, HarmAction> = { ...DEFAULT_ACTIONS };
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
    if (!(HARM_CATEGORIES as readonly string[]).includes(k)) throw new ConfigError(`${who}: unknown category "${k}" (known: ${HARM_CATEGORIES.join(', ')})`);
    if (typeof v !== 'string' || !(ACTIONS as readonly string[]).includes(v)) throw new ConfigError(`${who}: categories.${k} must be one of ${ACTIONS.join(', ')}, got ${String(v)}`);
    if (k === 'minors' && v !== 'block') throw new ConfigError(`${who}: categories.minors always blocks (sexual content involving minors cannot be set to "${v}")`);
    out[k as HarmCategory] = v as HarmAction;
  }
  return Object.freeze(out);
}

/**
 * Per-category scores from the model's outputs (`probs[k]` for label k of
 * {@link HARMFUL_MODEL_LABELS}; `gate` is the harm probability to share out: the `harmful` head
 * for requests, the `response` head for answers).
 *
 * - Harm categories: `gate × topic / max topic` — the harm probability goes to the most likely
 *   topic in full and to the others in proportion, so several categories can fire at once and a
 *   benign question about a risky topic (low `gate`) scores low whatever its topic.
 * - Advice and campaigning: their own head (they are trained as detectors of their own).
 *
 * @example
 * ```ts
 * categoryScores(probs, probs[0]).weapons; // 0..1
 * ```
 */
export function categoryScores(probs: readonly number[], gate: number): Record<HarmCategory, number> {
  const out = {} as Record<HarmCategory, number>;
  const at = (c: HarmCategory): number => {
    const v = probs[2 + HARM_CATEGORIES.indexOf(c)];
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
  };
  let top = 0;
  for (const c of HARM_TOPICS) top = Math.max(top, at(c));
  const g = Number.isFinite(gate) ? Math.min(1, Math.max(0, gate)) : 0;
  for (const c of HARM_TOPICS) out[c] = top > 0 ? (g * at(c)) / top : 0;
  if (top <= 0) out.other = g;
  for (const c of ADVICE_TOPICS) out[c] = at(c);
  return out;
}
