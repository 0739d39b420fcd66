/**
 * @module bench/quality — detection quality of the prompt-attack detectors (`promptAttacks()`)
 * next to peer libraries, on the same rows in the same process: per-set recall (attack sets) and
 * false-positive rate (benign sets), AUC, macro balanced accuracy and latency.
 *
 * Run: `npx tsx bench/quality.ts` (or `npm run bench:quality`). Options: `--split dev|tune|all`
 * (default dev; the project's own fixtures are always listed, outside the headline), `--max-rows N`
 * per set (default 600; `BENCH_SCALE=0.2` scales it), `--seed N`. Writes `bench/results/quality.json`.
 * Splits and definitions: bench/README.md, bench/dev-suite.ts and src/cli/metrics.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonNumber, quantile, summarize, type EvalSummary, type ScoredRow } from '../src/cli/metrics.js';
import { loadLibrary } from './library.js';
import type { Scanner } from '../src/types.js';
import { datasetsDir, loadSuite, type Split, type SuiteSet } from './dev-suite.js';
import { aidefencePeer } from './peers/aidefence.js';
import { haiGuardrailsPeer } from './peers/hai-guardrails.js';
import { llmGuardrailPeer } from './peers/llm-guardrail.js';
import type { PeerAdapter } from './peers/types.js';
import { vardPeer } from './peers/vard.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'results', 'quality.json');

const { values } = parseArgs({ options: { split: { type: 'string' }, 'max-rows': { type: 'string' }, seed: { type: 'string' } } });
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const MAX_ROWS = values['max-rows'] !== undefined ? Number(values['max-rows']) : Math.max(20, Math.round(600 * SCALE));
const SEED = values.seed !== undefined ? Number(values.seed) : 20_240_601;
const SPLIT = values.split ?? 'dev';
if (!['dev', 'tune', 'all'].includes(SPLIT) || !Number.isInteger(MAX_ROWS) || MAX_ROWS < 1) {
  console.error('usage: tsx bench/quality.ts [--split dev|tune|all] [--max-rows N] [--seed N]');
  process.exit(2);
}
const HEADLINE: readonly Split[] = SPLIT === 'all' ? ['dev', 'tune'] : [SPLIT as Split];
/**
 * hai-guardrails' heuristic mode costs about a quarter of a second per prompt here, so it scores
 * only the first HAI_ROWS rows of each (already randomly sampled) set; its figures are marked.
 */
const HAI_MAX_BYTES = 1024;
const HAI_ROWS = Math.max(5, Math.round(Number(process.env.HAI_ROWS ?? Math.max(10, Math.round(30 * Math.min(1, SCALE))))));

interface Detector {
  readonly name: string;
  version: string;
  readonly call: string;
  /** Rows per set this detector scores (undefined = all). */
  readonly rowCap?: number;
  /** Longest text (UTF-8 bytes) this detector is given (undefined = any); longer rows are skipped and counted. */
  readonly maxBytes?: number;
  skippedLong: number;
  status: 'ok' | string;
  errors: number;
  readonly rows: Array<ScoredRow & { split: Split }>;
  readonly ms: number[];
  readonly msPerKb: number[];
  score(text: string): Promise<{ flagged: boolean; score: number }>;
  init(): Promise<void>;
}

function fromPeer(p: PeerAdapter, rowCap?: number, maxBytes?: number): Detector {
  const d: Detector = {
    name: p.name,
    version: p.version,
    call: p.call,
    ...(rowCap === undefined ? {} : { rowCap }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
    skippedLong: 0,
    status: 'ok',
    errors: 0,
    rows: [],
    ms: [],
    msPerKb: [],
    score: (t) => p.score(t),
    init: async () => {
      try {
        await p.init();
      } finally {
        d.version = p.version;
      }
    },
  };
  return d;
}

async function main(): Promise<void> {
  const skipped: Array<{ set: string; reason: string }> = [];
  const splits: Split[] = [...HEADLINE, 'own'];
  const sets: SuiteSet[] = loadSuite({ splits, maxRows: MAX_ROWS, seed: SEED, onSkip: (set, reason) => skipped.push({ set, reason }) });
  if (sets.length === 0) {
    console.error(`no sets found under ${datasetsDir()} (set SHARED_DIR?)`);
    process.exit(1);
  }

  const { lib, build } = await loadLibrary();
  // Loaded dynamically so a preset that does not load (detectors being reworked) shows as n/a
  // in the table instead of stopping the peers' figures.
  let oursStatus = 'ok';
  let scanners: Scanner[] = [];
  try {
    scanners = lib.promptAttacks() as Scanner[];
  } catch (e) {
    oursStatus = `n/a: promptAttacks() does not load (${(e as Error).message.split('\n')[0]})`;
  }
  /** Per scored row (same order as the detector's `rows`): each scanner's non-zero score, for the calibration check. */
  const perScanner = new Map<Detector, Array<ReadonlyArray<readonly [string, number]>>>();
  const makeOurs = async (name: string, list: Scanner[], call: string, status: string): Promise<{ d: Detector; ids: string[] }> => {
    const per: Array<ReadonlyArray<readonly [string, number]>> = [];
    const bouncer = await lib.createBouncer({ scanners: list });
    const d: Detector = {
      name,
      version: `0.1.0 (working tree, ${build === 'dist' ? 'compiled dist/' : 'sources via tsx'})`,
      call,
      status,
      skippedLong: 0,
      errors: 0,
      rows: [],
      ms: [],
      msPerKb: [],
      init: async () => {
        await bouncer.ready();
      },
      score: async (t) => {
        const r = await bouncer.scanInput(t);
        // A scanner that failed inside the report is an error too (the report says "inspect").
        if (r.detections.some((x) => x.error !== undefined)) d.errors++;
        per.push(r.detections.filter((x) => x.score > 0).map((x) => [x.scannerId, x.score] as const));
        return { flagged: r.recommendation !== 'allow', score: r.riskScore };
      },
    };
    perScanner.set(d, per);
    return { d, ids: bouncer.scanners.list().map((e) => e.scanner.id) };
  };
  const rulesOnly = await makeOurs('prompt-bouncer', scanners, "createBouncer({ scanners: promptAttacks() }).scanInput(text); flagged = recommendation !== 'allow'; score = riskScore", oursStatus);
  const ours = rulesOnly.d;
  const oursScanners = rulesOnly.ids;
  let withModel: Detector | undefined;
  try {
    withModel = (await makeOurs('bouncer+model', [...scanners, lib.injectionClassifier() as Scanner], 'createBouncer({ scanners: [...promptAttacks(), injectionClassifier()] }): rules + the prompt-attack model', oursStatus)).d;
  } catch (e) {
    console.error(`bouncer+model: n/a (${(e as Error).message})`);
  }
  // Rules + both attack-side models: the prompt-attack model and harmful/request (jailbreaks are
  // mostly harmful requests in a wrapper; the issue's "rules + models" goal).
  let withModels: Detector | undefined;
  try {
    withModels = (await makeOurs('bouncer+models', [...scanners, lib.injectionClassifier() as Scanner, lib.harmfulRequest() as Scanner], 'createBouncer({ scanners: [...promptAttacks(), injectionClassifier(), harmfulRequest()] }): rules + the prompt-attack and harmful-request models', oursStatus)).d;
  } catch (e) {
    console.error(`bouncer+models: n/a (${(e as Error).message})`);
  }
  // What `createBouncer()` users get: every default input scanner (rules, toxicity model, secrets,
  // code, token limit, URLs, PII), not only the prompt-attack detectors.
  let defaults: Detector | undefined;
  try {
    defaults = (await makeOurs('defaults', lib.recommended() as Scanner[], 'createBouncer().scanInput(text): recommended(), every default input scanner incl. the toxicity model', oursStatus)).d;
  } catch (e) {
    console.error(`default pipeline: n/a (${(e as Error).message})`);
  }
  const peers: Detector[] = [fromPeer(vardPeer()), fromPeer(aidefencePeer()), fromPeer(haiGuardrailsPeer(), HAI_ROWS, HAI_MAX_BYTES), fromPeer(llmGuardrailPeer())];
  const detectors: Detector[] = [ours, ...(withModel === undefined ? [] : [withModel]), ...(withModels === undefined ? [] : [withModels]), ...(defaults === undefined ? [] : [defaults]), ...peers];

  for (const d of detectors) {
    if (d.name === '@presidio-dev/hai-guardrails' && process.env.BENCH_HAI !== '1') {
      // Measured here: ~5 s for a 180-character prompt, ~23 s for 1 KB (keyword similarity over
      // every window, in process). Thousands of rows would take hours; BENCH_HAI=1 runs it anyway
      // on the small capped sample.
      d.status = 'n/a: too slow to run (heuristic mode ~23 s per 1 KB prompt here; BENCH_HAI=1 to force)';
      continue;
    }
    try {
      await d.init();
    } catch (e) {
      d.status = `n/a: ${(e as Error).message}`;
    }
  }

  const total = sets.reduce((a, s) => a + s.rows.length, 0);
  console.log(`prompt-bouncer quality benchmark — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);
  console.log(`datasets: ${datasetsDir()} · split ${SPLIT} · ≤${MAX_ROWS} rows/set (seed ${SEED}) · ${sets.length} sets, ${total} rows`);
  for (const s of skipped) console.log(`  skipped ${s.set}: ${s.reason}`);

  // Warm-up: rows from every set through every detector (untimed), so lazy loading and JIT
  // compilation are not timed and every tool is measured in its steady state, as in rules.ts.
  const warm = sets.flatMap((s) => s.rows.slice(0, 20)).filter((t) => Buffer.byteLength(t) <= 4096);
  for (const d of detectors) {
    if (d.status !== 'ok') continue;
    for (const t of warm.slice(0, d.rowCap === undefined ? warm.length : 20)) await d.score(t).catch(() => undefined);
  }

  for (const per of perScanner.values()) per.length = 0; // the warm-up's rows are not part of the figures
  // Each tool runs over all rows in its own pass (not interleaved row by row), so one tool's
  // allocations and garbage collection are not timed inside another's calls.
  let done = 0;
  const started = Date.now();
  const active = detectors.filter((d) => d.status === 'ok');
  for (const d of active) {
    for (const set of sets) {
      for (const [i, text] of set.rows.entries()) {
        done++;
        if (done % 500 === 0) process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}  ${done}/${total * active.length} tool-rows, ${((Date.now() - started) / 1000).toFixed(0)} s${process.stderr.isTTY ? '' : '\n'}`);
        if (d.rowCap !== undefined && i >= d.rowCap) continue;
        if (d.maxBytes !== undefined && Buffer.byteLength(text) > d.maxBytes) {
          d.skippedLong++;
          continue;
        }
        const kb = Math.max(1, Buffer.byteLength(text) / 1024);
        const t0 = performance.now();
        try {
          const r = await d.score(text);
          const ms = performance.now() - t0;
          d.ms.push(ms);
          d.msPerKb.push(ms / kb);
          d.rows.push({ set: set.name, split: set.split, label: set.kind === 'attack', flagged: r.flagged, score: Number.isFinite(r.score) ? r.score : 0 });
        } catch {
          d.errors++;
        }
      }
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[2K');

  // ------------------------------------------------------------------ figures
  const headline = (d: Detector): EvalSummary => summarize(d.rows.filter((r) => HEADLINE.includes(r.split)));
  const perSet = (d: Detector): Map<string, number> => {
    const m = new Map<string, number>();
    for (const s of summarize(d.rows).sets) m.set(s.set, s.attacks > 0 ? s.recall : s.falsePositiveRate);
    return m;
  };
  const summaries = new Map(detectors.map((d) => [d.name, { head: headline(d), sets: perSet(d) }]));

  const short = (n: string): string => n.replace('@andersmyrmel/', '').replace('@claude-flow/', '').replace('@presidio-dev/', '');
  const colW = 16;
  const nameW = Math.max(24, ...sets.map((s) => s.name.length + 2));
  const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
  const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
  const pct = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const num = (x: number, d = 3): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(d));
  const cell = (d: Detector, s: string): string => (d.status !== 'ok' ? 'n/a' : pct(summaries.get(d.name)?.sets.get(s)) + (d.rowCap !== undefined ? '*' : ''));

  const header = `${pad('set (metric)', nameW)} ${lpad('rows', 5)} ${detectors.map((d) => lpad(short(d.name), colW)).join('')}`;
  console.log('');
  console.log(header);
  console.log('-'.repeat(header.length));
  const printSets = (kind: 'attack' | 'benign', splitsToShow: readonly Split[], label: string): void => {
    const list = sets.filter((s) => s.kind === kind && splitsToShow.includes(s.split));
    if (list.length === 0) return;
    console.log(label);
    for (const s of list) console.log(`${pad(`  ${s.name}`, nameW)} ${lpad(String(s.rows.length), 5)} ${detectors.map((d) => lpad(cell(d, s.name), colW)).join('')}`);
  };
  printSets('attack', HEADLINE, `attack sets (${HEADLINE.join('+')}) — recall, higher is better`);
  printSets('benign', HEADLINE, `benign sets (${HEADLINE.join('+')}) — false-positive rate, lower is better`);
  console.log('-'.repeat(header.length));
  const line = (label: string, f: (d: Detector) => string): void => console.log(`${pad(label, nameW)} ${lpad('', 5)} ${detectors.map((d) => lpad(d.status !== 'ok' ? 'n/a' : f(d), colW)).join('')}`);
  const head = (d: Detector): EvalSummary => summaries.get(d.name)?.head as EvalSummary;
  line('mean recall', (d) => pct(head(d).meanRecall));
  line('mean FPR', (d) => pct(head(d).meanFalsePositiveRate));
  line('AUC (pooled)', (d) => num(head(d).auc));
  line('macro balanced accuracy', (d) => num(head(d).macroBalancedAccuracy));
  line('median ms / prompt', (d) => num(quantile(d.ms, 0.5)));
  line('p50 ms / KB', (d) => num(quantile(d.msPerKb, 0.5)));
  const oursMs = quantile(ours.ms, 0.5);
  const oursBa = head(ours).macroBalancedAccuracy;
  line('ours/peer latency', (d) => (d === ours ? '1' : `${num(oursMs / quantile(d.ms, 0.5), 2)}×`));
  line('ours/peer bal. acc.', (d) => (d === ours ? '1' : `${num(oursBa / head(d).macroBalancedAccuracy, 2)}×`));
  const best = withModel !== undefined && withModel.status === 'ok' ? withModel : ours;
  line(`${short(best.name)} − tool, pts`, (d) => num((head(best).macroBalancedAccuracy - head(d).macroBalancedAccuracy) * 100, 1));
  line('errors', (d) => String(d.errors));
  line('total s', (d) => num(d.ms.reduce((a, b) => a + b, 0) / 1000, 1));
  const own = sets.filter((s) => s.split === 'own');
  if (own.length > 0) {
    console.log('-'.repeat(header.length));
    console.log('own fixtures (written by the detector authors: not held out, not in the figures above)');
    for (const s of own) console.log(`${pad(`  ${s.name} (${s.kind === 'attack' ? 'recall' : 'FPR'})`, nameW)} ${lpad(String(s.rows.length), 5)} ${detectors.map((d) => lpad(cell(d, s.name), colW)).join('')}`);
  } else {
    console.log('own fixtures: test/fixtures/prompt-attacks/{attacks,benign}.jsonl not found, skipped');
  }
  console.log('');
  for (const d of detectors) if (d.status !== 'ok') console.log(`${d.name}: ${d.status}`);
  if (peers.some((p) => p.rowCap !== undefined && p.status === 'ok')) console.log(`* hai-guardrails (heuristic mode, ~0.25 s/prompt) scores only the first ${HAI_ROWS} sampled rows of each set (HAI_ROWS to change) and only rows ≤ ${HAI_MAX_BYTES / 1024} KB (its keyword similarity grows with length; ${peers.reduce((a, p) => a + p.skippedLong, 0)} longer rows skipped).`);
  console.log(`flagged = each tool's own decision at its recommended settings; ours = recommendation !== 'allow' with promptAttacks() [${oursScanners.join(', ')}].`);

  // ------------------------------------------------------------------ JSON
  mkdirSync(dirname(OUT), { recursive: true });
  const figures = (d: Detector): Record<string, unknown> => {
    const all = summarize(d.rows);
    const h = head(d);
    return {
      name: d.name,
      version: d.version,
      call: d.call,
      status: d.status,
      rowCapPerSet: d.rowCap ?? null,
      maxBytes: d.maxBytes ?? null,
      skippedLong: d.skippedLong,
      rowsScored: d.rows.length,
      errors: d.errors,
      sets: Object.fromEntries(all.sets.map((s) => [s.set, { rows: s.rows, flagged: s.truePositives + s.falsePositives, recall: jsonNumber(s.recall), falsePositiveRate: jsonNumber(s.falsePositiveRate) }])),
      headline: { splits: HEADLINE, auc: jsonNumber(h.auc), macroBalancedAccuracy: jsonNumber(h.macroBalancedAccuracy), meanRecall: jsonNumber(h.meanRecall), meanFalsePositiveRate: jsonNumber(h.meanFalsePositiveRate) },
      latency: { medianMs: jsonNumber(quantile(d.ms, 0.5)), p99Ms: jsonNumber(quantile(d.ms, 0.99)), p50MsPerKb: jsonNumber(quantile(d.msPerKb, 0.5)) },
    };
  };
  const result = {
    benchmark: 'quality',
    command: `npx tsx bench/quality.ts${process.argv.slice(2).length > 0 ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    scale: SCALE,
    maxRowsPerSet: MAX_ROWS,
    seed: SEED,
    split: SPLIT,
    ourScanners: oursScanners,
    definitions: {
      flagged: "each tool's own decision at its recommended settings (ours: recommendation !== 'allow')",
      recall: 'flagged attack rows / attack rows, per attack set',
      falsePositiveRate: 'flagged benign rows / benign rows, per benign set',
      auc: 'Mann-Whitney U / (n_attack × n_benign) on the continuous score, ties = 1/2, pooled over headline rows',
      macroBalancedAccuracy: '(mean recall over headline attack sets + mean (1 − FPR) over headline benign sets) / 2',
      msPerKb: 'per-row wall time / max(1, UTF-8 KB), p50 over rows',
    },
    sets: sets.map((s) => ({ name: s.name, kind: s.kind, split: s.split, source: s.source, licence: s.licence, available: s.available, rows: s.rows.length })),
    skipped,
    detectors: detectors.map((d) => figures(d)),
  };
  // Calibration check (the issue: "score 0.5 = as likely an attack as not on the dev set"): for each
  // detector, among headline rows it scored in a band, the share that are attacks — weighted as if
  // attack and benign rows were equally common (each side divided by its own total), so the figure
  // reads as "odds at this score" whatever the suite's mix.
  const bands: ReadonlyArray<readonly [number, number]> = [
    [0.3, 0.5],
    [0.5, 0.7],
    [0.7, 0.9],
    [0.9, 1.01],
  ];
  const calibration: Record<string, Array<{ band: string; rows: number; attackShare: number | null }>> = {};
  const calib = withModel !== undefined && withModel.status === 'ok' ? withModel : ours;
  const calibPer = perScanner.get(calib) ?? [];
  const headRows = calib.rows.map((r, i) => ({ r, scores: calibPer[i] ?? [] })).filter((x) => HEADLINE.includes(x.r.split));
  const totalA = headRows.filter((x) => x.r.label).length;
  const totalB = headRows.length - totalA;
  for (const id of oursScanners) {
    calibration[id] = bands.map(([lo, hi]) => {
      let a = 0;
      let b = 0;
      for (const x of headRows) {
        const sc = x.scores.find(([k]) => k === id)?.[1];
        if (sc === undefined || sc < lo || sc >= hi) continue;
        if (x.r.label) a++;
        else b++;
      }
      const pa = totalA > 0 ? a / totalA : 0;
      const pb = totalB > 0 ? b / totalB : 0;
      return { band: `${lo}–${Math.min(hi, 1)}`, rows: a + b, attackShare: a + b === 0 ? null : jsonNumber(pa / (pa + pb)) };
    });
  }
  console.log('\ncalibration (headline rows; share of attacks among rows each detector scored in a band, equal priors; rows in brackets):');
  for (const [id, bs] of Object.entries(calibration)) {
    if (bs.every((x) => x.rows === 0)) continue;
    console.log(`  ${id.padEnd(36)} ${bs.map((x) => `${x.band}: ${x.attackShare === null ? '  —  ' : x.attackShare.toFixed(2)} (${x.rows})`).join('   ')}`);
  }
  (result as Record<string, unknown>).calibration = calibration;
  writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}

await main();
// Some peers keep timers or worker pools alive; the figures are written, so leave now.
process.exit(0);
