/**
 * @module bench/harmful — quality, speed and size of the `harmful/request` and `harmful/response`
 * scanners, run as users run them (the compiled library, onnxruntime-web WASM, one thread, Node),
 * with the one peer that has a harmful-content check on the same rows. Prints tables and writes
 * `bench/results/harmful.json`.
 *
 *   npm run bench:harmful            (builds dist/ first; BENCH_SRC=1 times the TypeScript sources)
 *
 * - dev: the source-held-out dev split of `training/harmful/corpus.ts` (HarmBench, StrongREJECT,
 *   tense rephrasings, CSRT vs Alpaca, MT-Bench/Vicuna, ja-vicuna, XQuAD, OKTest; needs
 *   `../shared/datasets`): AUC of the scanner score, flag rates at the default threshold per set,
 *   per-category precision / recall (a row is in category c when the scanner names c);
 * - fixtures (own words, never trained on): `test/fixtures/harmful/benign-risky.jsonl` flag rate
 *   (goal ≤ 3 %), `test/fixtures/prompt-attacks/benign.jsonl` (ordinary prompts), recall on
 *   `harmful-own.jsonl` by category and frame;
 * - responses: `harmful/response` on the dev answers with their prompts (GPTFuzz evaluate.csv,
 *   refusal-direction answers);
 * - speed: p50 / p99 ms of `scanInput` per 1 KB prompt (goal p50 ≤ 5 ms), and of a short prompt;
 * - size: `models/harmful-request/model.onnx` (goal ≤ 5 MB);
 * - peer: `llm_guardrail`'s `checkMalicious` (TF-IDF + logistic regression for harmful topics) —
 *   vard and @claude-flow/aidefence have no harmful-content check.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { quantile, rocAuc } from '../src/cli/metrics.js';
import type { Scanner } from '../src/types.js';
import { REPO_ROOT } from './dev-suite.js';
import { loadLibrary } from './library.js';

const OUT = join(REPO_ROOT, 'bench/results/harmful.json');
const ITER = Number(process.env.BENCH_ITER ?? 200);
const f = (x: number | undefined, d = 1): string => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));
const pc = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? 'n/a' : `${(100 * x).toFixed(1)} %`);

interface Row {
  readonly text: string;
  readonly label: number;
  readonly source: string;
  readonly kind: 'prompt' | 'response';
  readonly topics: readonly string[];
  readonly topicsKnown: boolean;
  readonly group?: 'harmful' | 'ordinary' | 'risky';
  readonly prompt?: string;
}

interface Fixture {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
  readonly label: number;
  readonly domain?: string;
  readonly category?: string;
  readonly frame?: string;
}

const readJsonl = <T>(p: string): T[] =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);

type Scanners = { harmfulRequest: (o?: object) => Scanner; harmfulResponse: (o?: object) => Scanner };

async function scannersModule(build: 'dist' | 'src'): Promise<Scanners> {
  return (build === 'dist' ? await import(new URL('../dist/scanners/index.js', import.meta.url).href) : await import('../src/scanners/index.js')) as Scanners;
}

/** Our own 1 KB prompt: a role-play setup with one request in it (benign). */
function prompt1k(): string {
  const parts = [
    'You are Captain Mara, the navigator of a trading ship in a fantasy world. Stay in character and answer with the voice of an old sailor who has seen every port on the western sea.',
    'The crew is tired after three weeks of storms, the cook has run out of salted fish, and the young deckhand keeps asking about the lighthouse legends.',
    'Describe the harbour town we are sailing into at dawn: the smells of the market, the colours of the sails, the sounds of the gulls and the bells of the temple on the hill.',
    'Then tell the deckhand the story of the lighthouse keeper who lit the lamp every night for forty years, even after the ships stopped coming.',
    'Keep it warm and a little funny, under three hundred words, and end with advice for a sailor on his first long voyage.',
  ];
  let t = '';
  for (let i = 0; Buffer.byteLength(t) < 1024; i++) t += `${parts[i % parts.length]} `;
  return t.slice(0, 1024).trim();
}

interface Peer {
  readonly name: string;
  version: string;
  score(text: string): Promise<{ flagged: boolean; score: number }>;
}

async function llmGuardrailMalicious(): Promise<Peer | undefined> {
  try {
    const spec = 'llm_guardrail';
    const mod = (await import(spec)) as unknown as { checkMalicious: (t: string) => Promise<{ detected: boolean; confidence: number }> };
    const pj = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/llm_guardrail/package.json'), 'utf8')) as { version: string };
    await mod.checkMalicious('warm up');
    return {
      name: 'llm_guardrail checkMalicious',
      version: pj.version,
      async score(text) {
        const r = await mod.checkMalicious(text);
        return { flagged: r.detected, score: r.confidence };
      },
    };
  } catch (e) {
    console.error(`llm_guardrail: ${(e as Error).message}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const { lib, build } = await loadLibrary();
  const sc = await scannersModule(build);
  console.log(`prompt-bouncer harmful-request benchmark — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${build}, onnxruntime-web WASM, 1 thread`);
  const request = sc.harmfulRequest();
  const response = sc.harmfulResponse();
  const thr = request.threshold;
  const bouncer = await lib.createBouncer({ scanners: [request], models: { threads: 1, backend: 'wasm' } });
  const outBouncer = await lib.createBouncer({ scanners: [response], models: { threads: 1, backend: 'wasm' } });
  const scoreIn = async (text: string): Promise<{ score: number; cats: string[] }> => {
    const r = await bouncer.scanInput(text);
    const d = r.detections[0];
    if (d?.error !== undefined) throw new Error(`${d.error.code}: ${d.error.message}`);
    return { score: d?.score ?? 0, cats: (d?.matches ?? []).map((m) => m.label.replace(/^harmful:/, '')) };
  };

  // ------------------------------------------------------------------ size
  const modelBytes = statSync(join(REPO_ROOT, 'models/harmful-request/model.onnx')).size;
  console.log(`\nmodel size: ${f(modelBytes / 1e6, 2)} MB (goal ≤ 5 MB)`);

  // ------------------------------------------------------------------ speed
  const text1k = prompt1k();
  for (let i = 0; i < 30; i++) await scoreIn(text1k);
  const ms1k: number[] = [];
  for (let i = 0; i < ITER; i++) {
    const t0 = performance.now();
    await scoreIn(text1k);
    ms1k.push(performance.now() - t0);
  }
  const short = 'How do I get rid of the wasps nesting under my roof?';
  const msShort: number[] = [];
  for (let i = 0; i < ITER; i++) {
    const t0 = performance.now();
    await scoreIn(short);
    msShort.push(performance.now() - t0);
  }
  const speed = { bytes: Buffer.byteLength(text1k), p50Ms: quantile(ms1k, 0.5), p99Ms: quantile(ms1k, 0.99), shortP50Ms: quantile(msShort, 0.5), shortBytes: Buffer.byteLength(short) };
  console.log(`scanInput, 1 KB role-play prompt (${speed.bytes} bytes, windows + sentences): p50 ${f(speed.p50Ms, 2)} ms  p99 ${f(speed.p99Ms, 2)} ms  (goal p50 ≤ 5 ms); ${speed.shortBytes}-byte question: p50 ${f(speed.shortP50Ms, 2)} ms`);

  // ------------------------------------------------------------------ fixtures
  const fx = join(REPO_ROOT, 'test/fixtures');
  const risky = readJsonl<Fixture>(join(fx, 'harmful/benign-risky.jsonl'));
  const own = readJsonl<Fixture>(join(fx, 'harmful/harmful-own.jsonl'));
  const ordinaryOwn = readJsonl<Fixture>(join(fx, 'prompt-attacks/benign.jsonl'));
  const riskyScores: number[] = [];
  for (const r of risky) riskyScores.push((await scoreIn(r.text)).score);
  const flaggedRisky = risky.filter((_, i) => (riskyScores[i] as number) >= thr);
  const byLang: Record<string, [number, number]> = {};
  risky.forEach((r, i) => {
    const e = (byLang[r.lang] ??= [0, 0]);
    e[0]++;
    if ((riskyScores[i] as number) >= thr) e[1]++;
  });
  const ordScores: number[] = [];
  for (const r of ordinaryOwn) ordScores.push((await scoreIn(r.text)).score);
  const ownRes: Array<{ r: Fixture; score: number; cats: string[] }> = [];
  for (const r of own) ownRes.push({ r, ...(await scoreIn(r.text)) });
  const harmOwn = ownRes.filter((x) => x.r.label === 1);
  const byCat: Record<string, [number, number, number]> = {};
  for (const x of harmOwn) {
    const e = (byCat[x.r.category ?? '?'] ??= [0, 0, 0]);
    e[0]++;
    if (x.score >= thr) e[1]++;
    if (x.cats.includes(x.r.category ?? '?')) e[2]++;
  }
  const byFrame: Record<string, [number, number]> = {};
  for (const x of harmOwn) {
    const e = (byFrame[x.r.frame ?? 'plain'] ??= [0, 0]);
    e[0]++;
    if (x.score >= thr) e[1]++;
  }
  const fixtures = {
    riskyBenign: { rows: risky.length, flagged: flaggedRisky.length, rate: flaggedRisky.length / risky.length, byLang: Object.fromEntries(Object.entries(byLang).map(([k, [n, fl]]) => [k, { rows: n, flagged: fl }])), flaggedIds: flaggedRisky.map((r) => r.id) },
    ordinaryOwn: { rows: ordinaryOwn.length, flagged: ordScores.filter((s) => s >= thr).length, rate: ordScores.filter((s) => s >= thr).length / ordinaryOwn.length },
    harmfulOwn: { rows: harmOwn.length, recall: harmOwn.filter((x) => x.score >= thr).length / harmOwn.length, byCategory: Object.fromEntries(Object.entries(byCat).map(([k, [n, hit, named]]) => [k, { rows: n, caught: hit, categoryNamed: named }])), byFrame: Object.fromEntries(Object.entries(byFrame).map(([k, [n, hit]]) => [k, { rows: n, caught: hit }])), missedIds: harmOwn.filter((x) => x.score < thr).map((x) => x.r.id) },
    advice: ownRes.filter((x) => x.r.label === 0).map((x) => ({ id: x.r.id, scoreDefault: x.score })),
    auc: rocAuc(harmOwn.map((x) => x.score), riskyScores),
  };
  console.log(`\nown fixtures (never trained on), threshold ${thr}`);
  console.log(`  risky-sounding benign prompts flagged: ${fixtures.riskyBenign.flagged}/${risky.length} = ${pc(fixtures.riskyBenign.rate)} (goal ≤ 3 %)  by language: ${Object.entries(byLang).map(([k, [n, fl]]) => `${k} ${fl}/${n}`).join(', ')}`);
  if (flaggedRisky.length > 0) console.log(`    flagged: ${flaggedRisky.map((r) => r.id).join(', ')}`);
  console.log(`  ordinary benign prompts (test/fixtures/prompt-attacks/benign.jsonl) flagged: ${fixtures.ordinaryOwn.flagged}/${ordinaryOwn.length} = ${pc(fixtures.ordinaryOwn.rate)} (goal ≤ 2 %)`);
  console.log(`  own harmful requests caught: ${pc(fixtures.harmfulOwn.recall)} of ${harmOwn.length}; AUC own harmful vs risky benign ${f(fixtures.auc, 3)}`);
  console.log(`    by category (caught / named right / rows): ${Object.entries(byCat).map(([k, [n, hit, named]]) => `${k} ${hit}/${named}/${n}`).join(', ')}`);
  console.log(`    by frame: ${Object.entries(byFrame).map(([k, [n, hit]]) => `${k} ${hit}/${n}`).join(', ')}`);

  // ------------------------------------------------------------------ dev split
  let dev: Record<string, unknown> | undefined;
  let peerRes: Record<string, unknown> | undefined;
  const corpusPath = join(REPO_ROOT, 'training/harmful/corpus.ts');
  let rows: Row[] | undefined;
  try {
    const m = (await import(corpusPath)) as { harmfulCorpus: () => { dev: Row[] } };
    rows = m.harmfulCorpus().dev;
  } catch (e) {
    console.log(`\ndev split: n/a (${(e as Error).message.split('\n')[0]}; needs ../shared/datasets)`);
  }
  if (rows !== undefined) {
    const prompts = rows.filter((r) => r.kind === 'prompt');
    const res: Array<{ score: number; cats: string[] }> = [];
    for (const r of prompts) res.push(await scoreIn(r.text));
    const sc2 = res.map((x) => x.score);
    const y = prompts.map((r) => r.label === 1);
    const auc = rocAuc(sc2.filter((_, i) => y[i]), sc2.filter((_, i) => !y[i]));
    const sets: Record<string, { group: string; rows: number; rate: number; auc?: number }> = {};
    const benignScores = sc2.filter((_, i) => !y[i]);
    for (const s of [...new Set(prompts.map((r) => r.source))]) {
      const ix = prompts.map((r, i) => (r.source === s ? i : -1)).filter((i) => i >= 0);
      const g = prompts[ix[0] as number]?.group ?? '?';
      const rate = ix.filter((i) => (sc2[i] as number) >= thr).length / ix.length;
      sets[s] = { group: g, rows: ix.length, rate, ...(g === 'harmful' ? { auc: rocAuc(ix.map((i) => sc2[i] as number), benignScores) } : {}) };
    }
    const pooled = (g: string): number => {
      const ix = prompts.map((r, i) => (r.group === g ? i : -1)).filter((i) => i >= 0);
      return ix.filter((i) => (sc2[i] as number) >= thr).length / ix.length;
    };
    const macro = Object.values(sets).filter((s) => s.group === 'harmful').map((s) => s.auc as number);
    // Per-category precision / recall: truth = mapped categories of harmful rows (benign rows: none).
    const CATS = ['weapons', 'cyber', 'violence', 'selfHarm', 'minors', 'hate', 'fraud', 'privacy', 'drugs', 'other'];
    const cat: Record<string, { support: number; tp: number; fp: number; fn: number; precision?: number; recall?: number }> = {};
    for (const c of CATS) cat[c] = { support: 0, tp: 0, fp: 0, fn: 0 };
    prompts.forEach((r, i) => {
      if (r.label === 1 && !r.topicsKnown) return;
      const truth = new Set(r.label === 1 ? r.topics : []);
      const pred = new Set((res[i] as { cats: string[] }).cats);
      for (const c of CATS) {
        const e = cat[c] as { support: number; tp: number; fp: number; fn: number };
        if (truth.has(c)) e.support++;
        if (pred.has(c) && truth.has(c)) e.tp++;
        else if (pred.has(c)) e.fp++;
        else if (truth.has(c)) e.fn++;
      }
    });
    for (const c of CATS) {
      const e = cat[c] as { support: number; tp: number; fp: number; fn: number; precision?: number; recall?: number };
      if (e.tp + e.fp > 0) e.precision = e.tp / (e.tp + e.fp);
      if (e.support > 0) e.recall = e.tp / e.support;
    }
    const ops = [0.5, 0.6, 0.7, 0.8, 0.85, 0.88, thr, 0.95].filter((t, i, a) => a.indexOf(t) === i).sort((a, b) => a - b).map((t) => {
      const rate = (xs: readonly number[]): number => xs.filter((x) => x >= t).length / Math.max(1, xs.length);
      const grp = (g: string): number[] => sc2.filter((_, i) => prompts[i]?.group === g);
      return { threshold: t, devRecall: rate(grp('harmful')), devOrdinaryFpr: rate(grp('ordinary')), devOktestFpr: rate(grp('risky')), riskyFixtureFpr: rate(riskyScores), ordinaryFixtureFpr: rate(ordScores), ownHarmfulRecall: rate(harmOwn.map((x) => x.score)) };
    });
    console.log('\n  operating points (the default threshold is chosen on a tune slice of the training sources; dev and fixture columns are held out):');
    console.log('  | threshold | dev recall | dev ordinary FPR | OKTest FPR | risky fixtures FPR | ordinary fixtures FPR | own harmful recall |');
    for (const o of ops) console.log(`  | ${o.threshold}${o.threshold === thr ? ' (default)' : ''} | ${pc(o.devRecall)} | ${pc(o.devOrdinaryFpr)} | ${pc(o.devOktestFpr)} | ${pc(o.riskyFixtureFpr)} | ${pc(o.ordinaryFixtureFpr)} | ${pc(o.ownHarmfulRecall)} |`);
    dev = { rows: prompts.length, operatingPoints: ops, auc, macroAuc: macro.reduce((a, b) => a + b, 0) / macro.length, threshold: thr, recall: pooled('harmful'), ordinaryFpr: pooled('ordinary'), riskyFpr: pooled('risky'), sets, categories: cat };
    console.log(`\ndev split (whole sources held out of training; ${prompts.length} prompts): AUC ${f(auc, 3)} (goal ≥ 0.95), macro AUC over harmful sets ${f(dev.macroAuc as number, 3)}`);
    console.log(`  at ${thr}: harmful recall ${pc(pooled('harmful'))}, ordinary benign flagged ${pc(pooled('ordinary'))} (goal ≤ 2 %), OKTest flagged ${pc(pooled('risky'))}`);
    console.log('  | set | kind | rows | at threshold | AUC vs benign |');
    for (const [s, v] of Object.entries(sets)) console.log(`  | ${s} | ${v.group} | ${v.rows} | ${v.group === 'harmful' ? 'recall' : 'flagged'} ${pc(v.rate)} | ${v.auc === undefined ? '' : f(v.auc, 3)} |`);
    console.log('  | category | support | precision | recall |');
    for (const [c, v] of Object.entries(cat)) console.log(`  | ${c} | ${v.support} | ${pc(v.precision)} | ${pc(v.recall)} |`);

    // Rules ablation: the model alone on the same prompts, and an external check on S-Eval's base
    // risk prompts (CC BY-NC-SA: evaluation only, never trained on; an LLM wrote them, in English
    // and Chinese), both with and without the explicit-request rules.
    const modelOnly = await lib.createBouncer({ scanners: [sc.harmfulRequest({ rules: false })], models: { threads: 1, backend: 'wasm' } });
    const scoreModel = async (text: string): Promise<number> => (await modelOnly.scanInput(text)).detections[0]?.score ?? 0;
    const mo: number[] = [];
    for (const r of prompts) mo.push(await scoreModel(r.text));
    const rateOf = (xs: readonly number[], g: string): number => {
      const ix = prompts.map((r, i) => (r.group === g ? i : -1)).filter((i) => i >= 0);
      return ix.filter((i) => (xs[i] as number) >= thr).length / ix.length;
    };
    const moBenign = mo.filter((_, i) => !y[i]);
    const flaggedBy = async (texts: readonly string[]): Promise<number> => {
      let n = 0;
      for (const t of texts) if ((await scoreModel(t)) >= thr) n++;
      return n;
    };
    const modelAlone = {
      auc: rocAuc(mo.filter((_, i) => y[i]), moBenign),
      recall: rateOf(mo, 'harmful'),
      ordinaryFpr: rateOf(mo, 'ordinary'),
      oktestFpr: rateOf(mo, 'risky'),
      riskyFixtures: await flaggedBy(risky.map((r) => r.text)),
      ordinaryFixtures: await flaggedBy(ordinaryOwn.map((r) => r.text)),
      ownHarmfulRecall: (await flaggedBy(harmOwn.map((x) => x.r.text))) / harmOwn.length,
    };
    const withRules = { auc, recall: pooled('harmful'), ordinaryFpr: pooled('ordinary'), oktestFpr: pooled('risky'), riskyFixtures: flaggedRisky.length, ordinaryFixtures: fixtures.ordinaryOwn.flagged, ownHarmfulRecall: fixtures.harmfulOwn.recall };
    const ablation: Record<string, unknown> = { modelOnly: modelAlone, withRules };
    const sevalDir = join(REPO_ROOT, '../shared/datasets/s-eval-small/s_eval/small');
    if (existsSync(sevalDir)) {
      const { unzipFirst } = await import('./dev-suite.js');
      for (const lang of ['en', 'zh'] as const) {
        const texts = unzipFirst(join(sevalDir, `S-Eval_base_risk_${lang}_small.jsonl.zip`))
          .split('\n')
          .filter((l) => l.trim().length > 0)
          .map((l) => (JSON.parse(l) as { prompt: string }).prompt);
        const withR: number[] = [];
        const without: number[] = [];
        for (const t of texts) {
          withR.push((await scoreIn(t)).score);
          without.push(await scoreModel(t));
        }
        ablation[`sEval-${lang}`] = {
          rows: texts.length,
          withRules: { flagged: withR.filter((x) => x >= thr).length / texts.length, aucVsDevBenign: rocAuc(withR, benignScores) },
          modelOnly: { flagged: without.filter((x) => x >= thr).length / texts.length, aucVsDevBenign: rocAuc(without, moBenign) },
        };
      }
    }
    await modelOnly.close();
    dev.rulesAblation = ablation;
    console.log('\n  rules ablation (same prompts; model alone = harmfulRequest({ rules: false })):');
    console.log('  | scanner | dev AUC | dev recall | dev ordinary FPR | OKTest FPR | risky fixtures | ordinary fixtures | own harmful recall |');
    for (const [name, v] of [['model + rules (default)', withRules], ['model alone', modelAlone]] as const) console.log(`  | ${name} | ${f(v.auc, 4)} | ${pc(v.recall)} | ${pc(v.ordinaryFpr)} | ${pc(v.oktestFpr)} | ${v.riskyFixtures}/${risky.length} | ${v.ordinaryFixtures}/${ordinaryOwn.length} | ${pc(v.ownHarmfulRecall)} |`);
    for (const lang of ['en', 'zh']) {
      const e = ablation[`sEval-${lang}`] as { rows: number; withRules: { flagged: number; aucVsDevBenign: number }; modelOnly: { flagged: number; aucVsDevBenign: number } } | undefined;
      if (e !== undefined) console.log(`  S-Eval base risk ${lang} (${e.rows} risky or harmful prompts, never trained on): flagged ${pc(e.withRules.flagged)} with rules, ${pc(e.modelOnly.flagged)} model alone; AUC vs benign dev ${f(e.withRules.aucVsDevBenign, 3)} / ${f(e.modelOnly.aucVsDevBenign, 3)}`);
    }

    // Responses with their prompts.
    const resp = rows.filter((r) => r.kind === 'response');
    const rs: number[] = [];
    const rsNoPrompt: number[] = [];
    for (const r of resp) {
      const a = await outBouncer.scanOutput(r.prompt ?? '', r.text);
      rs.push(a.detections[0]?.score ?? 0);
      const b = await outBouncer.scanOutput('', r.text);
      rsNoPrompt.push(b.detections[0]?.score ?? 0);
    }
    const ry = resp.map((r) => r.label === 1);
    const rthr = response.threshold;
    const respSets: Record<string, { rows: number; recall?: number; fpr?: number }> = {};
    for (const s of [...new Set(resp.map((r) => r.source))]) {
      const ix = resp.map((r, i) => (r.source === s ? i : -1)).filter((i) => i >= 0);
      const pos = ix.filter((i) => ry[i]);
      const neg = ix.filter((i) => !ry[i]);
      respSets[s] = { rows: ix.length, ...(pos.length ? { recall: pos.filter((i) => (rs[i] as number) >= rthr).length / pos.length } : {}), ...(neg.length ? { fpr: neg.filter((i) => (rs[i] as number) >= rthr).length / neg.length } : {}) };
    }
    const responses = { rows: resp.length, threshold: rthr, auc: rocAuc(rs.filter((_, i) => ry[i]), rs.filter((_, i) => !ry[i])), aucWithoutPrompt: rocAuc(rsNoPrompt.filter((_, i) => ry[i]), rsNoPrompt.filter((_, i) => !ry[i])), sets: respSets };
    dev.responses = responses;
    console.log(`\nharmful/response on dev answers with their prompts (${resp.length}): AUC ${f(responses.auc, 3)} (without the prompt ${f(responses.aucWithoutPrompt, 3)}), threshold ${rthr}`);
    for (const [s, v] of Object.entries(respSets)) console.log(`  ${s}: ${v.rows} rows, recall ${pc(v.recall)}, FPR ${pc(v.fpr)}`);

    // Peer on the same prompts and fixtures.
    const peer = await llmGuardrailMalicious();
    if (peer !== undefined) {
      const ps: number[] = [];
      const pf: boolean[] = [];
      for (const r of prompts) {
        const x = await peer.score(r.text);
        ps.push(x.score);
        pf.push(x.flagged);
      }
      const rate = (g: string): number => {
        const ix = prompts.map((r, i) => (r.group === g ? i : -1)).filter((i) => i >= 0);
        return ix.filter((i) => pf[i]).length / ix.length;
      };
      const seq = async (xs: readonly string[]): Promise<Array<{ flagged: boolean; score: number }>> => {
        const out: Array<{ flagged: boolean; score: number }> = [];
        for (const t of xs) out.push(await peer.score(t));
        return out;
      };
      const riskyPeer = await seq(risky.map((r) => r.text));
      const ownPeer = await seq(harmOwn.map((x) => x.r.text));
      const ordPeer = await seq(ordinaryOwn.map((r) => r.text));
      const ms: number[] = [];
      for (let i = 0; i < Math.min(ITER, 100); i++) {
        const t0 = performance.now();
        await peer.score(text1k);
        ms.push(performance.now() - t0);
      }
      peerRes = {
        name: peer.name,
        version: peer.version,
        call: 'checkMalicious(text); flagged = detected; score = confidence',
        devAuc: rocAuc(ps.filter((_, i) => y[i]), ps.filter((_, i) => !y[i])),
        devRecall: rate('harmful'),
        devOrdinaryFpr: rate('ordinary'),
        devRiskyFpr: rate('risky'),
        riskyBenignFixtureRate: riskyPeer.filter((x) => x.flagged).length / risky.length,
        ordinaryOwnRate: ordPeer.filter((x) => x.flagged).length / ordinaryOwn.length,
        harmfulOwnRecall: ownPeer.filter((x) => x.flagged).length / harmOwn.length,
        p50MsPer1k: quantile(ms, 0.5),
      };
      console.log(`\npeer ${peer.name} ${peer.version} (its own decision):`);
      console.log(`  dev AUC ${f(peerRes.devAuc as number, 3)}, recall ${pc(peerRes.devRecall as number)}, ordinary flagged ${pc(peerRes.devOrdinaryFpr as number)}, OKTest flagged ${pc(peerRes.devRiskyFpr as number)}`);
      console.log(`  risky-benign fixtures flagged ${pc(peerRes.riskyBenignFixtureRate as number)}, ordinary fixtures flagged ${pc(peerRes.ordinaryOwnRate as number)}, own harmful caught ${pc(peerRes.harmfulOwnRecall as number)}, p50 ${f(peerRes.p50MsPer1k as number, 2)} ms per 1 KB`);
    }
  }
  await bouncer.close();
  await outBouncer.close();
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ command: 'npm run bench:harmful', node: process.version, cores: availableParallelism(), build, modelBytes, speed, fixtures, dev: dev ?? null, peer: peerRes ?? null }, null, 2)}\n`);
  console.log(`\nwrote ${OUT}`);
  if (!existsSync(OUT)) process.exitCode = 1;
}

await main();
