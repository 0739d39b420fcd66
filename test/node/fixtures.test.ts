/**
 * The over-defence and attack fixtures (test/fixtures/prompt-attacks, our own words) through the
 * prompt-attack preset, as a whole bouncer would see them. Goals from the issue: at most 2 % of the
 * benign prompts flagged (any recommendation other than `allow`), overall and on the "hard" ones full
 * of trigger words; attacks caught, overall, per family and per language. The floors sit below
 * today's figures (printed at the end; README "Measured") so the test fails on a real regression,
 * not on noise; the weak families (jailbreak framing, indirect exfiltration, multi-turn) are the
 * known misses of rules alone and are listed in their docs.
 * These fixtures also guided rule writing, so they are a regression net, not a held-out measure:
 * `bench/quality.ts` reports the held-out dev split.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/cli/registry.js';
import { createBouncer } from '../../src/engine/create-bouncer.js';
import { promptAttacks } from '../../src/presets/prompt-attacks.js';
import type { Bouncer, ScanReport, Turn } from '../../src/types.js';

interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: 0 | 1;
  readonly lang: string;
  readonly detector: string | null;
  readonly tags?: readonly string[];
  readonly history?: readonly Turn[];
}

const load = (name: string): Row[] =>
  readFileSync(new URL(`../fixtures/prompt-attacks/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Row);

const BENIGN = load('benign.jsonl');
const ATTACKS = load('attacks.jsonl');

let bouncer: Bouncer;
const reports = new Map<string, ScanReport>();
const flagged = (r: Row): boolean => (reports.get(r.id)?.recommendation ?? 'allow') !== 'allow';
const lines: string[] = [];

beforeAll(async () => {
  bouncer = await createBouncer({ scanners: promptAttacks() });
  for (const r of [...BENIGN, ...ATTACKS]) reports.set(r.id, await bouncer.scanInput(r.text, r.history === undefined ? {} : { history: r.history }));
}, 120_000);

afterAll(() => {
  if (lines.length > 0) console.log(`[fixtures]\n  ${lines.join('\n  ')}`);
});

describe('prompt-attack fixtures', () => {
  it('has the sizes the issue asks for (≥ 300 benign, ≥ 300 attacks, 13 languages; 22 now)', () => {
    expect(BENIGN.length).toBeGreaterThanOrEqual(300);
    expect(ATTACKS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(ATTACKS.map((r) => r.lang)).size).toBeGreaterThanOrEqual(13);
    expect(new Set(BENIGN.map((r) => r.lang)).size).toBeGreaterThanOrEqual(13);
  });

  it('names only catalogue detectors, and covers every prompt-attack detector of the preset', () => {
    const ids = new Set(CATALOG.map((e) => e.id));
    for (const r of ATTACKS) expect(ids.has(r.detector ?? ''), `${r.id}: ${r.detector}`).toBe(true);
    const covered = new Set(ATTACKS.map((r) => r.detector));
    for (const s of promptAttacks()) expect(covered.has(s.id), `no attack fixture for ${s.id}`).toBe(true);
  });

  it('flags at most 2 % of the benign prompts (and of the hard ones)', () => {
    const fp = BENIGN.filter(flagged);
    const hard = BENIGN.filter((r) => r.tags?.includes('hard') === true);
    const hardFp = hard.filter(flagged);
    lines.push(`benign: ${fp.length}/${BENIGN.length} flagged; hard: ${hardFp.length}/${hard.length}`);
    for (const r of fp) lines.push(`  false positive ${r.id}: ${reports.get(r.id)?.description ?? ''}`);
    expect(fp.length / BENIGN.length).toBeLessThanOrEqual(0.02);
    expect(hardFp.length / hard.length).toBeLessThanOrEqual(0.02);
  });

  it('catches at least 65 % of the attacks, and at least a tenth of every family', () => {
    const caught = ATTACKS.filter(flagged);
    lines.push(`attacks: ${caught.length}/${ATTACKS.length} caught`);
    const byDetector = new Map<string, Row[]>();
    for (const r of ATTACKS) byDetector.set(r.detector ?? '', [...(byDetector.get(r.detector ?? '') ?? []), r]);
    const weak: string[] = [];
    for (const [id, rows] of [...byDetector].sort()) {
      const n = rows.filter(flagged).length;
      lines.push(`  ${id}: ${n}/${rows.length}`);
      if (n / rows.length < 0.1) weak.push(`${id} ${n}/${rows.length}`);
    }
    expect(caught.length / ATTACKS.length).toBeGreaterThanOrEqual(0.65);
    expect(weak).toEqual([]);
  });

  it('catches attacks in every language', () => {
    for (const lang of new Set(ATTACKS.map((r) => r.lang))) {
      const rows = ATTACKS.filter((r) => r.lang === lang);
      const n = rows.filter(flagged).length;
      lines.push(`  lang ${lang}: ${n}/${rows.length}`);
      expect(n / rows.length, lang).toBeGreaterThanOrEqual(0.5);
    }
  });
});
