/**
 * @module bench/runtime — the runtime benchmark (issue 6): in-thread vs worker transport, in Node
 * and in Chromium, with the default pipeline plus models (`preset: 'recommended+models'`).
 *
 * Prints, in one run:
 * - cold start (create → first report), inline vs worker, Node (a fresh process per run) and Chromium
 *   (a fresh browser context per run: empty Cache API, so the models are fetched);
 * - p50/p99 of `scanInput` on 1 KB and 10 KB prompts, inline vs worker, Node and Chromium;
 * - `scanBatch` throughput (prompts/s) in Node: in-thread, 1 worker, 2 workers;
 * - main-thread long tasks (> 50 ms) in Chromium while 200 prompts are scanned: workers vs in-thread;
 * - vard and @claude-flow/aidefence on the same prompts, for scale (injection-only detectors).
 *
 * Run: `npm run bench:runtime` (builds first). `BENCH_SCALE=0.3` shortens it; `BENCH_BROWSER=0`
 * skips Chromium. Writes bench/results/runtime.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibrary } from './library.js';
import { aidefencePeer } from './peers/aidefence.js';
import { vardPeer } from './peers/vard.js';
import { proseText, stats, timeAsync, type Stats } from './prompts.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'bench/results/runtime.json');
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PRESET = 'recommended+models' as const;
const f = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const n = (x: number): number => Math.max(10, Math.round(x * SCALE));

/** Median of a few fresh-process cold starts. */
function nodeCold(runtime: 'inline' | 'worker', runs: number): { createMs: number; firstReportMs: number } {
  const script = `const t0 = performance.now();
const { createBouncer } = await import('prompt-bouncer');
const b = await createBouncer({ preset: '${PRESET}', runtime: '${runtime}' });
const t1 = performance.now();
await b.scanInput(${JSON.stringify(proseText(1024, 1))});
const t2 = performance.now();
await b.close();
console.log(JSON.stringify({ createMs: t1 - t0, firstReportMs: t2 - t0 }));`;
  const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop() as string) as { createMs: number; firstReportMs: number });
  const med = (k: 'createMs' | 'firstReportMs'): number => stats(samples.map((s) => s[k])).p50;
  return { createMs: med('createMs'), firstReportMs: med('firstReportMs') };
}

async function nodePart(): Promise<Record<string, unknown>> {
  const { lib, build } = await loadLibrary();
  console.log(`\n== Node ${process.version} (${build}), ${availableParallelism()} cores (${cpus()[0]?.model ?? 'cpu'})`);

  const cold = { inline: nodeCold('inline', 3), worker: nodeCold('worker', 3) };
  console.log('\ncold start (fresh process: import → create → first 1 KB report), median of 3, ms');
  console.log(`  inline  create ${f(cold.inline.createMs, 0)}  first report ${f(cold.inline.firstReportMs, 0)}`);
  console.log(`  worker  create ${f(cold.worker.createMs, 0)}  first report ${f(cold.worker.firstReportMs, 0)}   (worker/inline ${f(cold.worker.firstReportMs / cold.inline.firstReportMs)}×)`);

  const latency: Record<string, Record<string, Stats>> = {};
  const peers = [vardPeer(), aidefencePeer()];
  for (const p of peers) await p.init();
  console.log('\nscanInput latency, rules + models (ms)      p50      p99');
  for (const [label, bytes, iters] of [['1 KB', 1024, n(400)], ['10 KB', 10 * 1024, n(120)]] as const) {
    const texts = Array.from({ length: 16 }, (_, i) => proseText(bytes, 100 + i));
    latency[label] = {};
    for (const runtime of ['inline', 'worker'] as const) {
      const b = await lib.createBouncer({ preset: PRESET, runtime });
      await b.ready();
      let i = 0;
      const s = stats(await timeAsync(() => b.scanInput(texts[i++ % texts.length] as string), iters));
      await b.close();
      latency[label][runtime] = s;
      console.log(`  ${label.padEnd(6)} ${runtime.padEnd(8)}                      ${f(s.p50).padStart(7)}  ${f(s.p99).padStart(7)}`);
    }
    for (const p of peers) {
      let i = 0;
      const s = stats(await timeAsync(() => p.score(texts[i++ % texts.length] as string), iters));
      latency[label][p.name] = s;
      console.log(`  ${label.padEnd(6)} ${p.name.padEnd(28)}  ${f(s.p50).padStart(7)}  ${f(s.p99).padStart(7)}   (injection only)`);
    }
    const w = latency[label].worker as Stats;
    const inl = latency[label].inline as Stats;
    console.log(`  ${label.padEnd(6)} worker/inline p50 ${f(w.p50 / inl.p50)}×`);
  }
  for (const p of peers) await p.close?.();

  const count = n(600);
  const batch = Array.from({ length: count }, (_, i) => proseText(1024, 1000 + i));
  const throughput: Record<string, number> = {};
  console.log(`\nscanBatch throughput, ${count} × 1 KB, rules + models (prompts/s)`);
  for (const [label, o] of [
    ['inline', { runtime: 'inline' as const }],
    ['1 worker', { runtime: 'worker' as const, workers: 1 }],
    ['2 workers', { runtime: 'worker' as const, workers: 2 }],
  ] as const) {
    const b = await lib.createBouncer({ preset: PRESET, ...o });
    await b.ready();
    await b.scanBatch(batch.slice(0, 20));
    const t0 = performance.now();
    await b.scanBatch(batch);
    const rate = count / ((performance.now() - t0) / 1000);
    await b.close();
    throughput[label] = Math.round(rate);
    console.log(`  ${label.padEnd(10)} ${Math.round(rate)}`);
  }
  console.log(`  2 workers / inline ${f((throughput['2 workers'] ?? 0) / (throughput.inline ?? 1))}×   goal ≥ 300 prompts/s`);
  return { build, node: process.version, cores: availableParallelism(), cold, latency, throughput };
}

async function browserPart(): Promise<Record<string, unknown> | undefined> {
  if (process.env.BENCH_BROWSER === '0') return undefined;
  if (!existsSync(CHROMIUM)) {
    console.log(`\n(no Chromium at ${CHROMIUM}: browser half skipped)`);
    return undefined;
  }
  const outDir = join(ROOT, '.scratch', 'bench-browser');
  const { build } = await import('vite');
  await build({ root: join(ROOT, 'bench/browser'), logLevel: 'silent', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] as string);
    const base = url.startsWith('/models/') ? ROOT : outDir;
    const path = normalize(join(base, url === '/' ? '/index.html' : url));
    if (!path.startsWith(base) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    // Cross-origin isolated, as an app that wants WASM threads would serve it.
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }).end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  type Bench = {
    cold(mode: string): Promise<{ createMs: number; firstReportMs: number }>;
    latency(mode: string, bytes: number, iterations: number): Promise<Stats>;
    longTasks(mode: string, n: number, bytes: number): Promise<{ count: number; longestMs: number; totalMs: number; wallMs: number }>;
  };
  const page = async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(origin);
    await p.waitForFunction(() => (globalThis as { benchReady?: boolean }).benchReady === true);
    return { p, context };
  };
  try {
    console.log(`\n== Chromium ${browser.version()} (headless, WASM backend, cross-origin isolated)`);
    const cold: Record<string, { createMs: number; firstReportMs: number }> = {};
    for (const mode of ['inline', 'worker']) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const { p, context } = await page();
        runs.push(await p.evaluate((m) => (globalThis as unknown as { bench: Bench }).bench.cold(m), mode));
        await context.close();
      }
      cold[mode] = { createMs: stats(runs.map((r) => r.createMs)).p50, firstReportMs: stats(runs.map((r) => r.firstReportMs)).p50 };
    }
    console.log('cold start (fresh context, models fetched: create → first 1 KB report), median of 3, ms');
    for (const [m, c] of Object.entries(cold)) console.log(`  ${m.padEnd(7)} create ${f(c.createMs, 0)}  first report ${f(c.firstReportMs, 0)}`);

    const { p, context } = await page();
    const latency: Record<string, Record<string, Stats>> = {};
    console.log('scanInput latency, rules + models (ms)      p50      p99');
    for (const [label, bytes, iters] of [['1 KB', 1024, n(200)], ['10 KB', 10 * 1024, n(60)]] as const) {
      latency[label] = {};
      for (const mode of ['inline', 'worker']) {
        const s = await p.evaluate(([m, b, it]) => (globalThis as unknown as { bench: Bench }).bench.latency(m as string, b as number, it as number), [mode, bytes, iters] as const);
        latency[label][mode] = s;
        console.log(`  ${label.padEnd(6)} ${mode.padEnd(8)}                      ${f(s.p50).padStart(7)}  ${f(s.p99).padStart(7)}`);
      }
    }
    const longTasks: Record<string, unknown> = {};
    console.log('main-thread long tasks (> 50 ms) while 200 prompts are scanned (1 KB and 10 KB; goal 0 in worker mode)');
    for (const bytes of [1024, 10 * 1024]) {
      for (const mode of ['worker', 'inline']) {
        const r = await p.evaluate(([m, b]) => (globalThis as unknown as { bench: Bench }).bench.longTasks(m as string, 200, b as number), [mode, bytes] as const);
        longTasks[`${mode} ${bytes / 1024} KB`] = r;
        console.log(`  ${mode.padEnd(7)} ${String(bytes / 1024).padStart(2)} KB: ${r.count} long tasks (longest ${f(r.longestMs, 0)} ms, ${f(r.totalMs, 0)} ms blocked of ${f(r.wallMs, 0)} ms)`);
      }
    }
    await context.close();
    return { chromium: browser.version(), cold, latency, longTasks };
  } finally {
    await browser.close();
    server.close();
  }
}

const node = await nodePart();
const chromium = await browserPart();
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ command: 'npm run bench:runtime', date: new Date().toISOString(), scale: SCALE, preset: PRESET, node, chromium }, null, 2)}\n`);
console.log(`\nwrote ${OUT}`);
