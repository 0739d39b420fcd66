/**
 * @module bench/browser/main — the Chromium half of bench/runtime.ts: a page that times the
 * default pipeline (rules + models) in-thread and in module workers, and counts main-thread long
 * tasks while prompts are scanned. bench/runtime.ts builds it with Vite and drives it.
 */
import { createBouncer } from '../../src/index.js';
import { proseText, stats, type Stats } from '../prompts.js';

type Mode = 'inline' | 'worker';

const options = (mode: Mode, workers = 1) => ({ preset: 'recommended+models' as const, runtime: mode, workers, models: { baseUrl: '/models/' } });

async function cold(mode: Mode): Promise<{ createMs: number; firstReportMs: number }> {
  const t0 = performance.now();
  const b = await createBouncer(options(mode));
  const t1 = performance.now();
  await b.scanInput(proseText(1024, 1));
  const t2 = performance.now();
  await b.close();
  return { createMs: t1 - t0, firstReportMs: t2 - t0 };
}

async function latency(mode: Mode, bytes: number, iterations: number): Promise<Stats> {
  const b = await createBouncer(options(mode));
  await b.ready();
  const texts = Array.from({ length: 16 }, (_, i) => proseText(bytes, 100 + i));
  for (let i = 0; i < 20; i++) await b.scanInput(texts[i % texts.length] as string);
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await b.scanInput(texts[i % texts.length] as string);
    out.push(performance.now() - t0);
  }
  await b.close();
  return stats(out);
}

/** Long tasks (> 50 ms) on this thread while `n` prompts of `bytes` are scanned concurrently. */
async function longTasks(mode: Mode, n: number, bytes: number): Promise<{ count: number; longestMs: number; totalMs: number; wallMs: number }> {
  const b = await createBouncer(options(mode, mode === 'worker' ? 2 : 1));
  await b.ready();
  await b.scanInput('warm up');
  const texts = Array.from({ length: n }, (_, i) => proseText(bytes, 500 + i));
  const seen: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  await b.scanBatch(texts);
  const wallMs = performance.now() - t0;
  // Long-task entries are delivered asynchronously: give the observer a frame to catch up.
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  await b.close();
  return { count: seen.length, longestMs: Math.max(0, ...seen.map((e) => e.duration)), totalMs: seen.reduce((a, e) => a + e.duration, 0), wallMs };
}

(globalThis as { bench?: unknown }).bench = { cold, latency, longTasks, isolated: () => globalThis.crossOriginIsolated };
(globalThis as { benchReady?: boolean }).benchReady = true;
