/**
 * @module scanners/jailbreak/framing — the scoring shared by the framing detectors
 * (`jailbreak/hypothetical`, `jailbreak/research-pretext`): a frame phrase from the shared phrase
 * pass, capped below 0.5 on its own, raised only by corroborating cues found near it.
 */
import type { Match, Severity, TextView, Verdict } from '../../types.js';
import { clampScore } from '../define.js';
import { familyEvidence, hitMatches, type PhraseHit, type ResolvedPhraseScannerOptions } from '../phrase-engine.js';
import type { PhraseFamily } from '../phrase-rule.js';
import { DETAIL_REQUEST, HARM_TOPIC, NO_RULES, WORKING_OUTPUT } from './patterns.js';

/** Which corroborating cues were found next to the frame. */
export interface FramingCues {
  readonly detail?: Match;
  readonly harm?: Match;
  readonly noRules?: Match;
  readonly working?: Match;
}

/** What a framing detector adds to the shared logic. */
export interface FramingSpec {
  readonly family: PhraseFamily;
  /** Starts the explanation ("Hypothetical framing"). */
  readonly title: string;
  readonly severity: Severity;
  /** Score and reason for a combination of cues (0 when the cues do not combine into anything). */
  combine(cues: FramingCues): { readonly score: number; readonly reason: string };
}

/**
 * A frame phrase alone is how novelists and students talk: whatever the number of frame phrases,
 * they stay below the threshold (0.45) unless a single phrase is itself a jailbreak (weight ≥ 0.5).
 */
export const FRAME_CAP = 0.45;
/** How far from a frame phrase a cue may sit (characters of normalised text, before / after). */
const BEFORE = 400;
const AFTER = 800;

const CUES: ReadonlyArray<readonly [keyof FramingCues, RegExp, string]> = [
  ['detail', DETAIL_REQUEST, 'detail-request'],
  ['harm', HARM_TOPIC, 'harmful-topic'],
  ['noRules', NO_RULES, 'no-rules'],
  ['working', WORKING_OUTPUT, 'working-output'],
];

function findCues(view: TextView, hits: readonly PhraseHit[]): FramingCues {
  const out: { -readonly [K in keyof FramingCues]: Match } = {};
  const plain = hits.filter((h) => h.hidden === undefined);
  const norm = view.normalized;
  if (plain.length > 0) {
    const from = Math.max(0, Math.min(...plain.map((h) => h.localStart)) - BEFORE);
    const to = Math.min(norm.length, Math.max(...plain.map((h) => h.localEnd)) + AFTER);
    const window = norm.slice(from, to);
    for (const [key, re, label] of CUES) {
      const m = re.exec(window);
      if (m === null) continue;
      const span = view.toRaw(from + m.index, from + m.index + m[0].length);
      out[key] = { start: span.start, end: span.end, label };
    }
  }
  if (plain.length < hits.length) {
    // A frame hidden by an encoding: look for the cues in the decoded layers too.
    for (const layer of view.decoded) {
      for (const [key, re, label] of CUES) {
        if (out[key] !== undefined) continue;
        const m = re.exec(layer.text);
        if (m === null) continue;
        const span = layer.toRaw(m.index, m.index + m[0].length);
        out[key] = { start: span.start, end: span.end, label: `${label}:hidden` };
      }
    }
  }
  return out;
}

/**
 * The verdict of a framing detector.
 *
 * @example
 * ```ts
 * framingVerdict(view, { family: 'hypothetical', title: 'Hypothetical framing', severity: 'medium', combine: () => ({ score: 0, reason: '' }) }, options);
 * ```
 */
export function framingVerdict(view: TextView, spec: FramingSpec, options: ResolvedPhraseScannerOptions): Verdict {
  const ev = familyEvidence(view, [spec.family], options);
  if (ev.counted.length === 0) return { score: 0 };
  const weightOf = (h: PhraseHit): number => h.weight * (options.dampenDiscussion ? h.discussion : 1);
  const strong = ev.counted.some((h) => weightOf(h) >= 0.5);
  const frame = strong ? ev.score : Math.min(ev.score, FRAME_CAP);
  const cues = findCues(view, ev.counted);
  const combo = spec.combine(cues);
  // Text that discusses attacks (every frame phrase quoted in a question about jailbreaks) keeps
  // the dampening of its phrases for the combination too.
  const damp = options.dampenDiscussion ? Math.max(...ev.counted.map((h) => h.discussion)) : 1;
  const comboScore = combo.score * damp;
  const score = clampScore(Math.max(frame, comboScore));
  const top = ev.counted[0] as PhraseHit;
  const cueMatches = Object.values(cues).filter((m): m is Match => m !== undefined);
  const matches = [...hitMatches(ev.all), ...(comboScore > frame ? cueMatches : [])].sort((a, b) => a.start - b.start);
  const hidden = ev.counted.some((h) => h.hidden !== undefined);
  const why = comboScore > frame ? ` combined with ${combo.reason}` : strong ? '' : ' (framing alone, common in legitimate writing)';
  return {
    score,
    matches,
    explanation: `${spec.title}: "${top.excerpt}"${why}.`,
    severity: hidden || score >= 0.8 ? 'high' : spec.severity,
  };
}
