/**
 * @module scanners/harmful/request — harmful requests (Prompt Bouncer's InappropriateContent
 * scanner): a prompt that asks for help with weapons, cyberattacks, violent crime, self-harm,
 * sexual content involving minors, hate and harassment, fraud, privacy violations or illegal drugs
 * — with or without any "ignore previous instructions". Jailbreaks are mostly such requests in a
 * role-play, fiction or suffix wrapper, so this is also the second line against them.
 *
 * One small model (`models/harmful-request`, trained from scratch) gives a `harmful` probability
 * and a topic per category; the harmful probability goes to the most likely topic in full and to
 * the others in proportion (see `categoryScores`). It scores the raw text and every decoded layer
 * (base64, ROT13, leetspeak…), in 256-token windows and, when the text has several sentences,
 * sentence by sentence, so a wrapper or a long document around the request does not dilute it.
 *
 * Rules (`rules.ts`) add what a bag of n-grams misses: an explicit request for a harmful act ("how
 * do I make a pipe bomb", "write ransomware that…") raises the model's harmful probability by
 * {@link RULE_BOOST} in log-odds for the rule's category; a `strong` rule is enough to flag
 * alone ({@link STRONG_RULE_FLOOR}), a `medium` one only with the model's support.
 */
import type { Match, Scanner, TextView } from '../../types.js';
import { checkBoolean, defineScanner } from '../define.js';
import { ADVICE_TOPICS, categoryScores, CATEGORY_NAMES, HARMFUL_MODEL_LABELS } from './categories.js';
import { HARMFUL_MODEL, HARMFUL_REQUEST_THRESHOLD, layerSegments, resolveHarmfulOptions, scoreText, verdictOf, type HarmfulOptions, type ResolvedHarmfulOptions } from './core.js';
import { harmRuleHits, type HarmRuleHit, type RuleStrength } from './rules.js';

const ADVICE_INDEX = new Set(ADVICE_TOPICS.map((c) => HARMFUL_MODEL_LABELS.indexOf(c)));

/**
 * Log-odds a rule adds to the model's `harmful` probability for its category. Measured on the dev
 * split (`bench/harmful.ts`): rules fire on 7 % of harmful dev prompts and on no benign dev prompt;
 * most of those the model already flags, +5 / +3 lifts all but a few of the rest over the threshold.
 */
export const RULE_BOOST: Readonly<Record<RuleStrength, number>> = Object.freeze({ strong: 5, medium: 3 });

/** The least a `strong` rule scores its category (over the default threshold: it flags alone). */
export const STRONG_RULE_FLOOR = 0.9;

/**
 * Options of `harmfulRequest`: those of {@link HarmfulOptions} plus `rules`.
 *
 * @example
 * ```ts
 * const o: HarmfulRequestOptions = { rules: false }; // the model alone
 * ```
 */
export interface HarmfulRequestOptions extends HarmfulOptions {
  /** Add the explicit-request rules to the model (default true). */
  readonly rules?: boolean;
}

/** Options of `harmfulRequest` as resolved (JSON, echoed in reports). */
export interface ResolvedHarmfulRequestOptions extends ResolvedHarmfulOptions {
  readonly rules: boolean;
}

/** A rule hit with its span in the raw text. */
interface PlacedHit {
  readonly hit: HarmRuleHit;
  readonly start: number;
  readonly end: number;
  readonly note?: string;
}

/** Rule hits in the normalised text and in the decoded layers the model scores, placed in the raw text. */
function ruleHits(view: TextView, layers: boolean): PlacedHit[] {
  const out: PlacedHit[] = [];
  for (const hit of harmRuleHits(view.normalized)) out.push({ hit, ...view.toRaw(hit.start, hit.end) });
  if (layers) {
    for (const s of layerSegments(view)) {
      for (const hit of harmRuleHits(s.text)) out.push({ hit, start: s.start, end: s.end, ...(s.note === undefined ? {} : { note: s.note }) });
    }
  }
  return out;
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** The model's harmful probability with a rule's evidence added. */
function boosted(harmful: number, strength: RuleStrength): number {
  const p = 1 / (1 + Math.exp(-(logit(harmful) + RULE_BOOST[strength])));
  return strength === 'strong' ? Math.max(p, STRONG_RULE_FLOOR) : p;
}

/**
 * Harmful-request scanner (input).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [harmfulRequest({ categories: { medical: 'inspect' } })] });
 * const r = await bouncer.scanInput('What household chemicals should never be mixed?'); // allow
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function harmfulRequest(options?: HarmfulRequestOptions): Scanner<ResolvedHarmfulRequestOptions> {
  const base = resolveHarmfulOptions(options, 'harmful/request', HARMFUL_REQUEST_THRESHOLD);
  const o: ResolvedHarmfulRequestOptions = { ...base, rules: checkBoolean(options?.rules, 'harmful/request: rules', true) };
  return defineScanner<ResolvedHarmfulRequestOptions>({
    id: 'harmful/request',
    kind: 'input',
    category: 'harmful',
    severity: 'critical',
    description: 'ML model (ONNX, trained from scratch) plus explicit-request rules: requests for help with weapons, cyberattacks, violence, self-harm, sexual content involving minors, hate, fraud, privacy violations or drugs, per category; through wrappers and encodings',
    threshold: o.threshold,
    options: o,
    wholeText: true,
    models: [HARMFUL_MODEL],
    async scan(view, ctx) {
      const s = await scoreText(view.raw, view, ctx, o, 0);
      if (s === undefined) return { score: 0 };
      // Advice heads: the highest over all segments (they are their own detectors).
      const probs = s.best.probs.map((p, k) => (ADVICE_INDEX.has(k) ? Math.max(p, s.max[k] as number) : p));
      const harmful = s.best.probs[0] as number;
      const cats = categoryScores(probs, harmful);
      const hits = o.rules ? ruleHits(view, o.layers) : [];
      const run = { id: HARMFUL_MODEL.id, backend: s.backend, windows: s.windows };
      if (hits.length === 0) return verdictOf(cats, o, s.best, run, 'Asks for harmful help');
      for (const h of hits) {
        const c = h.hit.rule.category;
        const p = boosted(harmful, h.hit.rule.strength);
        if (p > cats[c]) cats[c] = p;
      }
      const v = verdictOf(cats, o, s.best, run, 'Asks for harmful help');
      if (v.matches === undefined || v.matches.length === 0) return v;
      // Name the rule phrases of the categories that fired, where they are.
      const fired = new Set(v.matches.map((m) => m.label.replace(/^harmful:/, '')));
      const extra: Match[] = [];
      const named: string[] = [];
      for (const h of hits) {
        const c = h.hit.rule.category;
        if (!fired.has(c)) continue;
        extra.push({ start: h.start, end: h.end, label: `harmful-rule:${h.hit.rule.id}` });
        named.push(`${h.hit.rule.id} (${CATEGORY_NAMES[c]}${h.note === undefined ? '' : `, ${h.note}`})`);
      }
      if (extra.length === 0) return v;
      return { ...v, matches: [...v.matches, ...extra], explanation: `${v.explanation} Explicit request: ${named.join(', ')}.` };
    },
  });
}
