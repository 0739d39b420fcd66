/**
 * @module bench/vault — the attack vault's speed and the `vault/similarity` calibration.
 *
 *   npx tsx bench/vault.ts            (BENCH_VAULT_N=10000, BENCH_VAULT_RUNS=5, SKIP_CALIBRATION=1)
 *
 * 1. Rebuild: open a vault over a storage holding N entries of 896-dimensional embeddings (the
 *    embedder's size): `storage.load()` (in-memory storage: a copy of every row, as a database
 *    read would make) and the index build (rows checked, Orama index filled), median of RUNS opens. Goal: ≤ 500 ms for 10 000.
 * 2. Search: p50 / p95 of `vault.search(v, 5, 0.3)` (what the scanner asks) and of an unfiltered
 *    top-5 over the same vault.
 * 3. Calibration (needs ../shared/datasets; SKIP_SPEED=1 runs only this): the real embedder on
 *    the dev-suite sets, end to end. A bouncer with the prompt-attack rules and a vault scans the
 *    first half of every attack set and learns by its own rule (what the rules flag, the part
 *    around the match for long texts). Then `vault/similarity` alone (low 0, high 1: its score is
 *    the best cosine, windows included) reads (a) near-duplicates of half the texts it learned (a
 *    fifth of the words dropped, a neutral sentence in front), (b) the other half of each attack set
 *    (unseen attacks of known families), (c) every benign set. For cosine cut-offs it prints the
 *    recall of (a) and (b), what the vault adds to the rules on (b), and the worst and mean
 *    false-positive rate over (c).
 *
 * Writes `bench/results/vault.json`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadSuite, REPO_ROOT } from './dev-suite.js';
import { quantile } from '../src/cli/metrics.js';
import { prng } from '../src/testing/random.js';
import { createBouncer } from '../src/engine/create-bouncer.js';
import { promptAttacks } from '../src/presets/prompt-attacks.js';
import { vaultSimilarity } from '../src/scanners/vault/similarity.js';
import { createMemoryVaultStorage, createVault } from '../src/vault/index.js';
import type { VaultRecord } from '../src/vault/types.js';

const N = Number(process.env.BENCH_VAULT_N ?? 10_000);
const RUNS = Number(process.env.BENCH_VAULT_RUNS ?? 5);
const DIM = 896;
const OUT = join(REPO_ROOT, 'bench/results/vault.json');
const ms = (x: number): number => Math.round(x * 10) / 10;
const now = (): number => performance.now();

function unit(rand: () => number): Float32Array {
  const v = new Float32Array(DIM);
  let n = 0;
  for (let i = 0; i < DIM; i++) {
    const x = rand() - 0.5;
    v[i] = x;
    n += x * x;
  }
  n = Math.sqrt(n);
  for (let i = 0; i < DIM; i++) v[i] = (v[i] as number) / n;
  return v;
}

async function speed(): Promise<Record<string, unknown>> {
  const rand = prng(7);
  const rows: VaultRecord[] = Array.from({ length: N }, (_, i) => ({
    hash: i.toString(16).padStart(64, '0'),
    embedding: unit(rand),
    detector: 'injection/instruction-override',
    severity: 'high',
    confidence: 0.9,
    source: i % 3 === 0 ? 'feed' : 'local',
    firstSeen: 1_700_000_000_000,
    lastSeen: 1_700_000_000_000 + i,
    reportCount: 1 + (i % 5),
  }));
  const storage = createMemoryVaultStorage(rows);
  const opens: number[] = [];
  const builds: number[] = [];
  const loads: number[] = [];
  let vault = await createVault({ storage }); // warm-up (imports Orama)
  for (let r = 0; r < RUNS; r++) {
    const t1 = now();
    vault = await createVault({ storage });
    opens.push(now() - t1);
    loads.push(vault.stats().loadMs);
    builds.push(vault.stats().rebuildMs);
  }
  const queries = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? (rows[(i * 37) % N] as VaultRecord).embedding : unit(rand)));
  const time = async (min: number): Promise<number[]> => {
    const t: number[] = [];
    for (const q of queries) {
      const a = now();
      await vault.search(q, 5, min);
      t.push(now() - a);
    }
    return t;
  };
  await time(0.3);
  const filtered = await time(0.3);
  const all = await time(-1);
  return {
    entries: N,
    dim: DIM,
    runs: RUNS,
    openMs: { median: ms(quantile(opens, 0.5)), min: ms(Math.min(...opens)), max: ms(Math.max(...opens)) },
    storageLoadMs: { median: ms(quantile(loads, 0.5)) },
    indexBuildMs: { median: ms(quantile(builds, 0.5)), min: ms(Math.min(...builds)), max: ms(Math.max(...builds)) },
    search: { k: 5, minSimilarity03: { p50: ms(quantile(filtered, 0.5)), p95: ms(quantile(filtered, 0.95)) }, unfiltered: { p50: ms(quantile(all, 0.5)), p95: ms(quantile(all, 0.95)) } },
  };
}

/** A near-duplicate in our own way: drop a fifth of the words, put a neutral sentence in front. */
function nearDuplicate(text: string, rand: () => number): string {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const kept = words.filter(() => rand() >= 0.2);
  return `Quick question before we start. ${(kept.length > 0 ? kept : words).join(' ')}`;
}

async function calibration(): Promise<Record<string, unknown> | undefined> {
  const sets = loadSuite({ splits: ['tune', 'dev'], maxRows: 300 });
  if (sets.length === 0) return undefined;
  // A: the rules learn from half of every attack set (the bouncer's own learning rule).
  const storage = createMemoryVaultStorage();
  const learner = await createBouncer({ scanners: promptAttacks(), vault: { storage } });
  // B: the vault alone, reading the same rows; low 0 / high 1 makes the score the cosine itself.
  const rand = prng(11);
  const heldOut: Array<{ set: string; text: string }> = [];
  const dupes: string[] = [];
  let learnedFrom = 0;
  for (const s of sets.filter((x) => x.kind === 'attack')) {
    const half = Math.floor(s.rows.length / 2);
    for (const t of s.rows.slice(0, half)) {
      const before = (await learner.vault?.stats())?.autoStored ?? 0;
      const r = await learner.scanInput(t);
      if (r.detections.some((d) => d.detected && d.scannerId !== 'vault/similarity')) learnedFrom++;
      // Near-duplicates of texts the vault actually learned.
      if ((await learner.vault?.stats())?.autoStored !== before && rand() < 0.5) dupes.push(nearDuplicate(t, rand));
    }
    heldOut.push(...s.rows.slice(half).map((text) => ({ set: s.name, text })));
  }
  const learnedStats = await learner.vault?.stats();
  await learner.close();
  const reader = await createBouncer({ scanners: [vaultSimilarity({ low: 0, high: 1 })], vault: { storage, autoStoreMinConfidence: false } });
  const rules = await createBouncer({ scanners: promptAttacks() });
  const cosOf = async (t: string): Promise<number> => (await reader.scanInput(t)).detections.find((d) => d.scannerId === 'vault/similarity')?.score ?? 0;
  const flaggedByRules = async (t: string): Promise<boolean> => (await rules.scanInput(t)).detections.some((d) => d.detected);
  const dupeSims: number[] = [];
  for (const t of dupes) dupeSims.push(await cosOf(t));
  const heldSims: number[] = [];
  const heldRules: boolean[] = [];
  for (const h of heldOut) {
    heldSims.push(await cosOf(h.text));
    heldRules.push(await flaggedByRules(h.text));
  }
  const heldBySet = new Map<string, number[]>();
  heldOut.forEach((h, i) => heldBySet.set(h.set, [...(heldBySet.get(h.set) ?? []), heldSims[i] as number]));
  const benign: Array<{ name: string; sims: number[] }> = [];
  for (const s of sets.filter((x) => x.kind === 'benign')) {
    const sims: number[] = [];
    for (const t of s.rows) sims.push(await cosOf(t));
    benign.push({ name: s.name, sims });
  }
  await reader.close();
  await rules.close();
  const cuts = [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
  const rate = (xs: readonly number[], c: number): number => xs.filter((x) => x >= c).length / Math.max(1, xs.length);
  const missedByRules = heldSims.filter((_, i) => heldRules[i] !== true);
  const table = cuts.map((c) => ({
    cosine: c,
    nearDuplicateRecall: rate(dupeSims, c),
    unseenAttackRecall: rate(heldSims, c),
    extraRecallOverRules: rate(missedByRules, c) * (missedByRules.length / Math.max(1, heldSims.length)),
    worstBenignFpr: Math.max(...benign.map((b) => rate(b.sims, c))),
    meanBenignFpr: benign.reduce((a, b) => a + rate(b.sims, c), 0) / Math.max(1, benign.length),
    worstBenignSet: benign.reduce((w, b) => (rate(b.sims, c) > rate(w.sims, c) ? b : w), benign[0] ?? { name: '', sims: [] }).name,
  }));
  const perSet = [0.55, 0.65, 0.75].map((c) => ({
    cosine: c,
    benignFpr: Object.fromEntries(benign.map((b) => [b.name, Math.round(rate(b.sims, c) * 1000) / 1000])),
    unseenAttackRecall: Object.fromEntries([...heldBySet].map(([n, xs]) => [n, Math.round(rate(xs, c) * 1000) / 1000])),
  }));
  return {
    learnedFrom,
    stored: learnedStats?.entries ?? 0,
    nearDuplicates: dupes.length,
    unseenAttacks: heldOut.length,
    rulesRecallOnUnseen: heldRules.filter(Boolean).length / Math.max(1, heldRules.length),
    benignSets: benign.map((b) => ({ name: b.name, rows: b.sims.length, p99: Math.round(quantile(b.sims, 0.99) * 1000) / 1000 })),
    table,
    perSet,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

const s = process.env.SKIP_SPEED === '1' ? {} : await speed();
if (process.env.SKIP_SPEED !== '1') {
console.log(`vault: ${N} entries × ${DIM} dims, Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()[0]?.toFixed(2)}`);
const open = s.openMs as { median: number; min: number; max: number };
console.log(`  open (load + rebuild) median ${open.median} ms (min ${open.min}, max ${open.max}); of which storage.load ${(s.storageLoadMs as { median: number }).median} ms, index build (rows checked + Orama index) ${(s.indexBuildMs as { median: number }).median} ms — goal ≤ 500 ms`);
const sr = s.search as { minSimilarity03: { p50: number; p95: number }; unfiltered: { p50: number; p95: number } };
console.log(`  search top-5, similarity ≥ 0.3 (the scanner's floor): p50 ${sr.minSimilarity03.p50} ms, p95 ${sr.minSimilarity03.p95} ms; unfiltered: p50 ${sr.unfiltered.p50} ms, p95 ${sr.unfiltered.p95} ms`);
}

let cal: Record<string, unknown> | undefined;
if (process.env.SKIP_CALIBRATION !== '1') {
  try {
    cal = await calibration();
  } catch (e) {
    console.log(`  calibration skipped: ${(e as Error).message}`);
  }
}
if (cal !== undefined) {
  console.log(`\ncalibration: the rules flagged ${String(cal.learnedFrom)} of the first halves of the attack sets and the vault stored ${String(cal.stored)}; queried with ${String(cal.nearDuplicates)} near-duplicates, ${String(cal.unseenAttacks)} unseen attacks (rules alone catch ${pct(cal.rulesRecallOnUnseen as number)}), ${(cal.benignSets as unknown[]).length} benign sets`);
  console.log('| cosine ≥ | near-duplicate recall | unseen-attack recall | added to the rules | worst benign FPR | mean benign FPR | worst set |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of cal.table as Array<Record<string, number | string>>) {
    console.log(`| ${String(r.cosine)} | ${pct(r.nearDuplicateRecall as number)} | ${pct(r.unseenAttackRecall as number)} | +${pct(r.extraRecallOverRules as number)} | ${pct(r.worstBenignFpr as number)} | ${pct(r.meanBenignFpr as number)} | ${String(r.worstBenignSet)} |`);
  }
  for (const p of cal.perSet as Array<{ cosine: number; benignFpr: Record<string, number>; unseenAttackRecall: Record<string, number> }>) {
    const fmt = (o: Record<string, number>): string => Object.entries(o).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
    console.log(`\ncosine ≥ ${p.cosine}\n  benign FPR: ${fmt(p.benignFpr)}\n  unseen-attack recall: ${fmt(p.unseenAttackRecall)}`);
  }
}
mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
// A partial run (SKIP_SPEED / SKIP_CALIBRATION) keeps the other half of the previous results.
let previous: { speed?: unknown; calibration?: unknown } = {};
try {
  previous = JSON.parse(readFileSync(OUT, 'utf8')) as typeof previous;
} catch {
  // first run
}
const speedOut = process.env.SKIP_SPEED === '1' ? (previous.speed ?? null) : s;
const calOut = cal ?? (process.env.SKIP_CALIBRATION === '1' ? (previous.calibration ?? null) : null);
writeFileSync(OUT, `${JSON.stringify({ command: 'npx tsx bench/vault.ts', node: process.version, cores: availableParallelism(), loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), speed: speedOut, calibration: calOut }, null, 2)}\n`);
