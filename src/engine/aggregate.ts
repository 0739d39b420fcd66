/**
 * @module engine/aggregate — turns per-scanner detections into one threat level, risk score,
 * confidence and recommendation. Two formulas: our default (monotone noisy-OR) and Prompt
 * Bouncer's weighted average (`'bouncer'`, seeds 000/002), kept exactly for compatibility.
 */
import type { AggregateMode, Detection, Recommendation, Severity } from '../types.js';

/** Threat-level cut-offs: `≤ allow` → allow, `≤ inspect` → inspect, above → block. */
export interface Levels {
  readonly allow: number;
  readonly inspect: number;
}

/** Prompt Bouncer's cut-offs (OK_LET_THROUGH ≤ 2, INSPECT_THREATS ≤ 6, STOP_NO_ENTRY above). */
export const DEFAULT_LEVELS: Levels = Object.freeze({ allow: 2, inspect: 6 });

/**
 * Default formula: the threat level a single finding can reach, by severity. A `low` finding alone
 * never leaves "allow" (its ceiling equals the allow cut-off); a `high` one blocks from score 0.76.
 */
export const SEVERITY_CEILING: Readonly<Record<Severity, number>> = Object.freeze({ low: 2, medium: 5, high: 8, critical: 10 });

/** Prompt Bouncer's alarm weights: moderate 1, serious 2, critical 3 (low and medium are "moderate"). */
export const BOUNCER_WEIGHT: Readonly<Record<Severity, number>> = Object.freeze({ low: 1, medium: 1, high: 2, critical: 3 });

/** The aggregated part of a report. */
export interface Assessment {
  readonly riskScore: number;
  readonly threatLevel: number;
  readonly confidence: number;
  readonly recommendation: Recommendation;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Alarms: findings that count. Errors never count as alarms (they are handled by the error rule). */
function alarms(detections: readonly Detection[]): Detection[] {
  return detections.filter((d) => d.detected && d.error === undefined);
}

/** Map a threat level to a recommendation. */
export function recommend(threatLevel: number, levels: Levels = DEFAULT_LEVELS): Recommendation {
  if (threatLevel <= levels.allow) return 'allow';
  if (threatLevel <= levels.inspect) return 'inspect';
  return 'block';
}

/**
 * Default aggregation (monotone: another finding can only raise the level).
 *
 * - Each alarm contributes `c = ceiling(severity) × score / 10`; a mitigated alarm (its sanitizer
 *   removed the risk, e.g. PII redacted) counts as `low`.
 * - Unmitigated contributions combine by noisy-OR: `level = 10 × (1 − Π(1 − c))`; mitigated ones
 *   only by maximum, so many redacted e-mails do not add up to a warning.
 * - A detected, unmitigated `critical` finding always blocks.
 * - Confidence: with alarms, their severity-weighted mean score; without, `1 − max(score)` over
 *   the scanners that ran (a near-miss lowers confidence in "allow").
 */
export function aggregateDefault(detections: readonly Detection[], levels: Levels = DEFAULT_LEVELS): Assessment {
  const found = alarms(detections);
  let keep = 1;
  let mitigatedMax = 0;
  let critical = false;
  for (const d of found) {
    if (d.mitigated) {
      mitigatedMax = Math.max(mitigatedMax, (SEVERITY_CEILING.low * d.score) / 10);
      continue;
    }
    if (d.severity === 'critical') critical = true;
    keep *= 1 - Math.min(1, (SEVERITY_CEILING[d.severity] * d.score) / 10);
  }
  const risk = Math.max(1 - keep, mitigatedMax);
  const threatLevel = round2(risk * 10);
  let recommendation = recommend(threatLevel, levels);
  if (critical) recommendation = 'block';
  return { riskScore: round2(risk), threatLevel, confidence: confidenceOf(detections, found), recommendation };
}

/**
 * Prompt Bouncer's assessment, exactly (seed 002): threat level = Σ weight / (3 × alarm count) × 10,
 * confidence = weight-averaged alarm confidence (1.0 with no alarms), ≤ 2 allow, ≤ 6 inspect,
 * else block. Mitigated findings are not alarms. Note the formula averages: one critical alarm plus
 * two moderate ones gives 5.56 (inspect) although the critical alone gives 10 (block).
 */
export function aggregateBouncer(detections: readonly Detection[], levels: Levels = DEFAULT_LEVELS): Assessment {
  const found = alarms(detections).filter((d) => !d.mitigated);
  if (found.length === 0) return { riskScore: 0, threatLevel: 0, confidence: 1, recommendation: recommend(0, levels) };
  const { weight, mean } = weightedScores(found);
  const threatLevel = round2((weight / (3 * found.length)) * 10);
  return { riskScore: round2(threatLevel / 10), threatLevel, confidence: round2(mean), recommendation: recommend(threatLevel, levels) };
}

/** Total Prompt Bouncer weight of the alarms and their weight-averaged score. */
function weightedScores(found: readonly Detection[]): { weight: number; mean: number } {
  let weight = 0;
  let sum = 0;
  for (const d of found) {
    const w = BOUNCER_WEIGHT[d.severity];
    weight += w;
    sum += w * d.score;
  }
  return { weight, mean: weight === 0 ? 0 : sum / weight };
}

function confidenceOf(all: readonly Detection[], found: readonly Detection[]): number {
  const ran = all.filter((d) => d.error === undefined);
  const errorShare = all.length === 0 ? 0 : (all.length - ran.length) / all.length;
  let c: number;
  if (found.length > 0) {
    c = weightedScores(found).mean;
  } else {
    const near = ran.reduce((m, d) => Math.max(m, d.score), 0);
    c = 1 - near;
  }
  return round2(c * (1 - errorShare));
}

/** Run the chosen aggregation. */
export function aggregate(mode: AggregateMode, detections: readonly Detection[], levels: Levels = DEFAULT_LEVELS): Assessment {
  return mode === 'bouncer' ? aggregateBouncer(detections, levels) : aggregateDefault(detections, levels);
}
