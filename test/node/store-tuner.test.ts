/**
 * The auto-tuner: the rule itself (minimum samples, step size, clamps, the recall guard), and a
 * simulated stream of feedback through a real bouncer and store, where the false-positive rate
 * falls and recall does not.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBouncer } from '../../src/engine/create-bouncer.js';
import { TUNER_DEFAULTS, tuneThreshold, type TunerSample } from '../../src/store/tuner.js';
import type { Scanner, TextView } from '../../src/types.js';
import { prng as rng } from '../../src/testing/random.js';


function normal(r: () => number, mean: number, sd: number): number {
  const u = Math.max(r(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

const clip = (x: number): number => Math.min(0.999, Math.max(0.001, x));

/**
 * Two overlapping score distributions for one scanner. Benign prompts: normal(0.35, 0.12), whose
 * upper tail reaches 0.8. Attacks: 0.55 + 0.45 × Beta(2, 2), so 0.55–1.0. At the default threshold
 * 0.5 every attack is caught and ~10 % of benign prompts are false positives.
 */
function draw(r: () => number): { score: number; attack: boolean } {
  const attack = r() < 0.5;
  if (!attack) return { score: clip(normal(r, 0.35, 0.12)), attack };
  // Beta(2, 2) as the median of three uniforms.
  const u = [r(), r(), r()].sort((x, y) => x - y)[1] as number;
  return { score: clip(0.55 + 0.45 * u), attack };
}

/** A scanner whose score is written in the text ("score=0.734"). */
const scoreScanner: Scanner = Object.freeze({
  id: 'policy/test-score',
  kind: 'input',
  category: 'policy',
  severity: 'high',
  description: 'test: the score is in the text',
  threshold: 0.5,
  options: {},
  scan: (view: TextView) => ({ score: Number(/score=([\d.]+)/.exec(view.raw)?.[1] ?? 0) }),
}) as Scanner;

function rates(samples: ReadonlyArray<{ score: number; attack: boolean }>, t: number): { fpr: number; recall: number } {
  const benign = samples.filter((s) => !s.attack);
  const attacks = samples.filter((s) => s.attack);
  return { fpr: benign.filter((s) => s.score >= t).length / benign.length, recall: attacks.filter((s) => s.score >= t).length / attacks.length };
}

describe('tuner: the rule', { timeout: 30_000 }, () => {
  const r = rng(7);
  const samples: TunerSample[] = Array.from({ length: 200 }, () => draw(r));

  it('does nothing below minSamples', () => {
    const out = tuneThreshold(samples.slice(0, TUNER_DEFAULTS.minSamples - 1), 0.5, 0.5);
    expect(out).toMatchObject({ threshold: 0.5, changed: false });
    expect(out.reason).toContain(`of ${TUNER_DEFAULTS.minSamples}`);
  });

  it('moves at most maxStep per round, towards fewer false positives', () => {
    const out = tuneThreshold(samples, 0.5, 0.5);
    expect(out.changed).toBe(true);
    expect(out.threshold).toBeGreaterThan(0.5);
    expect(out.threshold).toBeLessThanOrEqual(0.5 + TUNER_DEFAULTS.maxStep + 1e-9);
    expect(tuneThreshold(samples, 0.5, 0.5, { maxStep: 0.01 }).threshold).toBe(0.51);
  });

  it('never gives up a labelled attack the base threshold catches (default maxRecallLoss 0)', () => {
    let t = 0.5;
    for (let i = 0; i < 20; i++) t = tuneThreshold(samples, t, 0.5).threshold;
    const minAttack = Math.min(...samples.filter((s) => s.attack).map((s) => s.score));
    expect(t).toBeLessThanOrEqual(Math.max(0.5, minAttack - TUNER_DEFAULTS.recallMargin));
    expect(rates(samples, t).recall).toBe(1);
    expect(rates(samples, t).fpr).toBeLessThan(rates(samples, 0.5).fpr);
  });

  it('stays inside base ± maxShift', () => {
    // Only benign samples, all high: the optimum is "as high as possible", capped at base + maxShift.
    const benign: TunerSample[] = Array.from({ length: 50 }, (_, i) => ({ score: 0.5 + i / 100, attack: false }));
    let t = 0.5;
    for (let i = 0; i < 20; i++) t = tuneThreshold(benign, t, 0.5).threshold;
    expect(t).toBe(0.7);
    expect(tuneThreshold(benign, 0.7, 0.5, { maxShift: 0.1 }).threshold).toBe(0.6);
  });

  it('lowers a threshold for misses when that costs no false positives', () => {
    const missed: TunerSample[] = [...Array.from({ length: 30 }, () => ({ score: 0.45, attack: true })), ...Array.from({ length: 30 }, () => ({ score: 0.1, attack: false }))];
    expect(tuneThreshold(missed, 0.5, 0.5)).toMatchObject({ threshold: 0.45, target: 0.45 });
  });

  it('with maxRecallLoss > 0 trades a bounded share of attacks for false positives', () => {
    const overlap: TunerSample[] = [...Array.from({ length: 100 }, (_, i) => ({ score: 0.5 + i / 250, attack: true })), ...Array.from({ length: 100 }, (_, i) => ({ score: 0.45 + i / 1000, attack: false }))];
    let strict = 0.5;
    let loose = 0.5;
    for (let i = 0; i < 10; i++) {
      strict = tuneThreshold(overlap, strict, 0.5).threshold;
      loose = tuneThreshold(overlap, loose, 0.5, { maxRecallLoss: 0.05, recallMargin: 0 }).threshold;
    }
    expect(strict).toBe(0.5);
    expect(loose).toBeGreaterThan(0.5);
    expect(rates(overlap, loose).recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('tuner: a simulated feedback stream through bouncer.feedback', { timeout: 30_000 }, () => {
  it('the false-positive rate falls and recall does not, and the tuned threshold survives a restart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pb-tune-')), 'store.db');
    const bouncer = await createBouncer({ scanners: [scoreScanner], store: { path } });
    const r = rng(42);
    const stream = Array.from({ length: 300 }, () => draw(r));
    const rh = rng(1000);
    const heldOut = Array.from({ length: 5000 }, () => draw(rh));
    const trajectory: number[] = [];
    let changes = 0;
    for (const s of stream) {
      const report = await bouncer.scanInput(`score=${s.score.toFixed(4)}`);
      const flagged = report.recommendation !== 'allow';
      const result = await bouncer.feedback(report.scanId, { correct: flagged === s.attack });
      changes += result.thresholds.length;
      trajectory.push(bouncer.scanners.get('policy/test-score')?.threshold ?? Number.NaN);
    }
    const final = trajectory[trajectory.length - 1] as number;
    const before = rates(heldOut, 0.5);
    const after = rates(heldOut, final);
    // Printed for the README / report.
    console.log(`tuner stream: threshold 0.5 → ${final} in ${changes} changes; held-out FPR ${(before.fpr * 100).toFixed(1)} % → ${(after.fpr * 100).toFixed(1)} %, recall ${(before.recall * 100).toFixed(2)} % → ${(after.recall * 100).toFixed(2)} %`);
    expect(final).toBeGreaterThan(0.5);
    expect(after.fpr).toBeLessThan(before.fpr * 0.6);
    // Recall: no labelled attack was given up, and none of 5 000 unseen prompts either.
    expect(rates(stream, final).recall).toBe(rates(stream, 0.5).recall);
    expect(after.recall).toBe(before.recall);
    // Steps are bounded: no single round moved it by more than maxStep.
    const deltas = trajectory.map((t, i) => Math.abs(t - (i === 0 ? 0.5 : (trajectory[i - 1] as number))));
    expect(Math.max(...deltas)).toBeLessThanOrEqual(TUNER_DEFAULTS.maxStep + 1e-9);
    // The first move waited for minSamples labelled scores.
    expect(trajectory.slice(0, TUNER_DEFAULTS.minSamples - 1).every((t) => t === 0.5)).toBe(true);
    await bouncer.close();

    const reopened = await createBouncer({ scanners: [scoreScanner], store: { path } });
    expect(reopened.scanners.get('policy/test-score')?.threshold).toBe(final);
    await reopened.close();
    // A user who sets another threshold gets it: tuning made around 0.5 does not apply to base 0.4.
    const rebased = await createBouncer({ scanners: [scoreScanner], thresholds: { 'policy/test-score': 0.4 }, store: { path } });
    expect(rebased.scanners.get('policy/test-score')?.threshold).toBe(0.4);
    await rebased.close();
    // autoTune: false leaves thresholds alone.
    const off = await createBouncer({ scanners: [scoreScanner], store: { path, autoTune: false } });
    expect(off.scanners.get('policy/test-score')?.threshold).toBe(0.5);
    await off.close();
  }, 120_000);
});
