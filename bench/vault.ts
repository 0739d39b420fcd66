/**
 * @module bench/vault — the attack vault's speed and the `vault/similarity` calibration.
 *
 *   npx tsx bench/vault.ts            (BENCH_VAULT_N=10000, BENCH_VAULT_RUNS=5, SKIP_CALIBRATION=1)
 *
 * 1. Rebuild: open a vault over a storage holding N entries of 896-dimensional embeddings (the
 *    embedder's size): `storage.load()` (in-memory storage: a copy of every row, as a database
 *    read would make) and the index build (rows checked, Orama index filled), median of RUNS opens. Goal: ≤ 500 ms for 10 000.
 * 2. Search: p50 / p95 of `vault.search(v, 5, 0.35)` (what the scanner asks) and of an unfiltered
 *    top-5 over the same vault.
 * 3. Calibration (needs ../shared/datasets): the real embedder on the dev-suite sets. The vault
 *    holds half of every attack set; queries are (a) near-duplicates of stored attacks (a fifth of
 *    the words dropped, a neutral sentence added in front), (b) the other half of each attack set
 *    (unseen attacks of known families), (c) every benign set. For cosine cut-offs it prints the
 *    recall of (a) and (b) and the worst and mean false-positive rate over (c).
 *
 * Writes `bench/results/vault.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { loadSuite, REPO_ROOT } from './dev-suite.js';
import { quantile } from '../src/cli/metrics.js';
import { createModelHost } from '../src/models/host.js';
import { prng } from '../src/testing/random.js';
import { createMemoryVaultStorage, createVault, EMBEDDER_MODEL, vaultKey, vaultText } from '../src/vault/index.js';
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
    const t0 = now();
    await storage.load();
    loads.push(now() - t0);
    const t1 = now();
    vault = await createVault({ storage });
    opens.push(now() - t1);
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
  await time(0.35);
  const filtered = await time(0.35);
  const all = await time(-1);
  return {
    entries: N,
    dim: DIM,
    runs: RUNS,
    openMs: { median: ms(quantile(opens, 0.5)), min: ms(Math.min(...opens)), max: ms(Math.max(...opens)) },
    storageLoadMs: { median: ms(quantile(loads, 0.5)) },
    indexBuildMs: { median: ms(quantile(builds, 0.5)), min: ms(Math.min(...builds)), max: ms(Math.max(...builds)) },
    search: { k: 5, minSimilarity035: { p50: ms(quantile(filtered, 0.5)), p95: ms(quantile(filtered, 0.95)) }, unfiltered: { p50: ms(quantile(all, 0.5)), p95: ms(quantile(all, 0.95)) } },
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
  const host = createModelHost();
  const embed = (t: string): Promise<Float32Array> => host.embed(EMBEDDER_MODEL, vaultText(t));
  const vault = await createVault({ maxEntries: 100_000 });
  const rand = prng(11);
  const heldOut: Array<{ set: string; text: string }> = [];
  const dupes: string[] = [];
  let stored = 0;
  for (const s of sets.filter((x) => x.kind === 'attack')) {
    const rows = s.rows.filter((t) => t.length <= 20_000);
    const half = Math.floor(rows.length / 2);
    for (const t of rows.slice(0, half)) {
      await vault.add({ hash: await vaultKey(t), embedding: await embed(t), detector: s.name, severity: 'high', confidence: 0.9 });
      stored++;
      if (rand() < 0.3) dupes.push(nearDuplicate(t, rand));
    }
    heldOut.push(...rows.slice(half).map((text) => ({ set: s.name, text })));
  }
  const best = async (texts: readonly string[]): Promise<number[]> => {
    const out: number[] = [];
    for (const t of texts) out.push((await vault.search(await embed(t), 1))[0]?.similarity ?? -1);
    return out;
  };
  const dupeSims = await best(dupes);
  const heldSims = await best(heldOut.map((h) => h.text));
  const heldBySet = new Map<string, number[]>();
  heldOut.forEach((h, i) => heldBySet.set(h.set, [...(heldBySet.get(h.set) ?? []), heldSims[i] as number]));
  const benign: Array<{ name: string; sims: number[] }> = [];
  for (const s of sets.filter((x) => x.kind === 'benign')) benign.push({ name: s.name, sims: await best(s.rows) });
  const cuts = [0.35, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
  const rate = (xs: readonly number[], c: number): number => xs.filter((x) => x >= c).length / Math.max(1, xs.length);
  const table = cuts.map((c) => ({
    cosine: c,
    nearDuplicateRecall: rate(dupeSims, c),
    unseenAttackRecall: rate(heldSims, c),
    worstBenignFpr: Math.max(...benign.map((b) => rate(b.sims, c))),
    meanBenignFpr: benign.reduce((a, b) => a + rate(b.sims, c), 0) / Math.max(1, benign.length),
    worstBenignSet: benign.reduce((w, b) => (rate(b.sims, c) > rate(w.sims, c) ? b : w), benign[0] ?? { name: '', sims: [] }).name,
  }));
  const perSet = [0.55, 0.65, 0.75].map((c) => ({
    cosine: c,
    benignFpr: Object.fromEntries(benign.map((b) => [b.name, Math.round(rate(b.sims, c) * 1000) / 1000])),
    unseenAttackRecall: Object.fromEntries([...heldBySet].map(([n, xs]) => [n, Math.round(rate(xs, c) * 1000) / 1000])),
  }));
  await host.close();
  return { perSet, stored, nearDuplicates: dupes.length, unseenAttacks: heldOut.length, benignSets: benign.map((b) => ({ name: b.name, rows: b.sims.length, p99: ms(quantile(b.sims, 0.99) * 1000) / 1000 })), table };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

const s = process.env.SKIP_SPEED === '1' ? {} : await speed();
if (process.env.SKIP_SPEED !== '1') {
console.log(`vault: ${N} entries × ${DIM} dims, Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);
const open = s.openMs as { median: number; min: number; max: number };
console.log(`  open (load + rebuild) median ${open.median} ms (min ${open.min}, max ${open.max}); storage.load ${(s.storageLoadMs as { median: number }).median} ms; index build (rows checked + Orama index) ${(s.indexBuildMs as { median: number }).median} ms — goal ≤ 500 ms`);
const sr = s.search as { minSimilarity035: { p50: number; p95: number }; unfiltered: { p50: number; p95: number } };
console.log(`  search top-5, similarity ≥ 0.35: p50 ${sr.minSimilarity035.p50} ms, p95 ${sr.minSimilarity035.p95} ms; unfiltered: p50 ${sr.unfiltered.p50} ms, p95 ${sr.unfiltered.p95} ms`);
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
  console.log(`\ncalibration: ${String(cal.stored)} stored attacks, ${String(cal.nearDuplicates)} near-duplicates, ${String(cal.unseenAttacks)} unseen attacks, ${(cal.benignSets as unknown[]).length} benign sets`);
  console.log('| cosine ≥ | near-duplicate recall | unseen-attack recall | worst benign FPR | mean benign FPR | worst set |');
  console.log('|---|---|---|---|---|---|');
  for (const r of cal.table as Array<Record<string, number | string>>) {
    console.log(`| ${String(r.cosine)} | ${pct(r.nearDuplicateRecall as number)} | ${pct(r.unseenAttackRecall as number)} | ${pct(r.worstBenignFpr as number)} | ${pct(r.meanBenignFpr as number)} | ${String(r.worstBenignSet)} |`);
  }
  for (const p of cal.perSet as Array<{ cosine: number; benignFpr: Record<string, number>; unseenAttackRecall: Record<string, number> }>) {
    const fmt = (o: Record<string, number>): string => Object.entries(o).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
    console.log(`\ncosine ≥ ${p.cosine}\n  benign FPR: ${fmt(p.benignFpr)}\n  unseen-attack recall: ${fmt(p.unseenAttackRecall)}`);
  }
}
mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ command: 'npx tsx bench/vault.ts', node: process.version, cores: availableParallelism(), speed: s, calibration: cal ?? null }, null, 2)}\n`);
