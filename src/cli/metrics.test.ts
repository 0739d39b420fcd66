import { describe, expect, it } from 'vitest';
import { flaggedRate, jsonNumber, macroBalancedAccuracy, quantile, rocAuc, summarize, type ScoredRow } from './metrics.js';

/** Brute-force AUC over all pairs, the definition the fast rank version must match. */
function pairwiseAuc(pos: number[], neg: number[]): number {
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

describe('metrics: flaggedRate', () => {
  it('is the flagged fraction, NaN when empty', () => {
    expect(flaggedRate([true, false, true, true])).toBe(0.75);
    expect(flaggedRate([false, false])).toBe(0);
    expect(flaggedRate([])).toBeNaN();
  });
});

describe('metrics: rocAuc', () => {
  it('is 1 for perfect separation, 0 for inverted, 0.5 for all ties', () => {
    expect(rocAuc([0.9, 0.8, 0.7], [0.1, 0.2])).toBe(1);
    expect(rocAuc([0.1, 0.2], [0.9, 0.8])).toBe(0);
    expect(rocAuc([0.5, 0.5], [0.5, 0.5, 0.5])).toBe(0.5);
  });

  it('counts ties as one half', () => {
    expect(rocAuc([0.9, 0.8], [0.1, 0.8])).toBe(0.875);
    expect(rocAuc([1, 0], [0, 0])).toBe(0.75);
  });

  it('matches the pairwise definition on random data with many ties', () => {
    let seed = 7;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 20; trial++) {
      const pos = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => Math.round(rnd() * 5) / 5);
      const neg = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => Math.round(rnd() * 5) / 5);
      expect(rocAuc(pos, neg)).toBeCloseTo(pairwiseAuc(pos, neg), 12);
    }
  });

  it('is NaN when a side is empty', () => {
    expect(rocAuc([], [0.1])).toBeNaN();
    expect(rocAuc([0.1], [])).toBeNaN();
  });
});

describe('metrics: macroBalancedAccuracy', () => {
  it('averages mean recall and mean specificity', () => {
    expect(macroBalancedAccuracy([0.8, 0.6], [0.1])).toBeCloseTo(0.8, 12);
    expect(macroBalancedAccuracy([1], [0])).toBe(1);
    expect(macroBalancedAccuracy([0], [1])).toBe(0);
  });

  it('is NaN without attack sets or without benign sets', () => {
    expect(macroBalancedAccuracy([], [0.1])).toBeNaN();
    expect(macroBalancedAccuracy([0.5], [])).toBeNaN();
  });
});

describe('metrics: summarize', () => {
  const rows: ScoredRow[] = [
    // set "atk": 3 attacks, 2 flagged
    { set: 'atk', label: true, flagged: true, score: 0.9 },
    { set: 'atk', label: true, flagged: true, score: 0.7 },
    { set: 'atk', label: true, flagged: false, score: 0.2 },
    // set "ben": 4 benign, 1 flagged
    { set: 'ben', label: false, flagged: false, score: 0 },
    { set: 'ben', label: false, flagged: false, score: 0.2 },
    { set: 'ben', label: false, flagged: true, score: 0.6 },
    { set: 'ben', label: false, flagged: false, score: 0.1 },
    // set "mix": 1 attack (missed), 1 benign (passed)
    { set: 'mix', label: true, flagged: false, score: 0.3 },
    { set: 'mix', label: false, flagged: false, score: 0.3 },
  ];
  const s = summarize(rows);

  it('gives per-set recall / FPR in first-seen order', () => {
    expect(s.sets.map((x) => x.set)).toEqual(['atk', 'ben', 'mix']);
    const [atk, ben, mix] = s.sets;
    expect(atk?.recall).toBeCloseTo(2 / 3, 12);
    expect(atk?.falsePositiveRate).toBeNaN();
    expect(atk?.auc).toBeNaN();
    expect(ben?.falsePositiveRate).toBe(0.25);
    expect(ben?.recall).toBeNaN();
    expect(mix?.recall).toBe(0);
    expect(mix?.falsePositiveRate).toBe(0);
    expect(mix?.auc).toBe(0.5);
    expect(atk?.truePositives).toBe(2);
    expect(ben?.falsePositives).toBe(1);
  });

  it('gives pooled AUC and macro balanced accuracy', () => {
    expect(s.rows).toBe(9);
    expect(s.attacks).toBe(4);
    expect(s.benign).toBe(5);
    const pos = rows.filter((r) => r.label).map((r) => r.score);
    const neg = rows.filter((r) => !r.label).map((r) => r.score);
    expect(s.auc).toBeCloseTo(pairwiseAuc(pos, neg), 12);
    // recalls: atk 2/3, mix 0 → mean 1/3; FPRs: ben 0.25, mix 0 → mean 0.125
    expect(s.meanRecall).toBeCloseTo(1 / 3, 12);
    expect(s.meanFalsePositiveRate).toBeCloseTo(0.125, 12);
    expect(s.macroBalancedAccuracy).toBeCloseTo((1 / 3 + 0.875) / 2, 12);
  });

  it('handles no rows', () => {
    const e = summarize([]);
    expect(e.sets).toEqual([]);
    expect(e.rows).toBe(0);
    expect(e.auc).toBeNaN();
    expect(e.macroBalancedAccuracy).toBeNaN();
  });
});

describe('metrics: helpers', () => {
  it('quantile uses nearest rank', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([5], 0.99)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('jsonNumber maps non-finite to null and rounds', () => {
    expect(jsonNumber(Number.NaN)).toBeNull();
    expect(jsonNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(jsonNumber(2 / 3)).toBe(0.6667);
  });
});
