/**
 * @module bench/prompts — the generated prompts and the timing helpers every latency benchmark
 * shares (bench/rules.ts, bench/runtime.ts): ordinary requests written for the benchmarks, mixed
 * with pseudo-words, at any size; p50/p99 statistics over timed runs.
 */
import { prng } from '../src/testing/random.js';

const SENTENCES = [
  'Could you help me plan a three-day walking trip along the coast with two children?',
  'Here is the draft of my cover letter; please tighten the second paragraph and keep the tone friendly.',
  'Explain the difference between a fixed and a variable interest rate as if I were new to this.',
  'My tomato plants have yellow leaves near the bottom, what could be causing it?',
  'Summarise the meeting notes below into five bullet points with owners and dates.',
  'Write a short poem about a lighthouse keeper who collects old maps.',
  'What are good questions to ask at the end of a job interview for a design role?',
  'Translate the following paragraph into plain English for a newsletter.',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'an', 'is', 'ost', 'pra', 'dun', 'ne', 'bri', 'chu', 'em'];

/** Pseudo-words mixed with ordinary requests (the slower, worst-case text for the decoders). */
export function benignText(bytes: number, seed: number): string {
  const rnd = prng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    let piece: string;
    if (rnd() < 0.35) piece = SENTENCES[Math.floor(rnd() * SENTENCES.length)] as string;
    else {
      const words: string[] = [];
      const count = 6 + Math.floor(rnd() * 10);
      for (let i = 0; i < count; i++) {
        let w = '';
        const syl = 1 + Math.floor(rnd() * 3);
        for (let s = 0; s < syl; s++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
        words.push(w);
      }
      piece = `${words.join(' ')}.`;
      piece = piece[0]?.toUpperCase() + piece.slice(1);
    }
    parts.push(piece);
    n += piece.length + 1;
    if (rnd() < 0.15) {
      parts.push('\n\n');
      n += 2;
    }
  }
  return parts.join(' ').slice(0, bytes);
}

/** Ordinary requests only (real words, shuffled): what most prompts look like. */
export function proseText(bytes: number, seed: number): string {
  const rnd = prng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const piece = SENTENCES[Math.floor(rnd() * SENTENCES.length)] as string;
    parts.push(piece);
    n += piece.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

/** Put `insert` in the middle of `text` at a space, keeping the total length. */
export function withInsert(text: string, insert: string): string {
  const mid = text.indexOf(' ', Math.floor(text.length / 2));
  const at = mid === -1 ? Math.floor(text.length / 2) : mid;
  return `${text.slice(0, at)} ${insert} ${text.slice(at)}`.slice(0, text.length);
}

/** Latency statistics in ms. */
export interface Stats {
  p50: number;
  p99: number;
  mean: number;
  min: number;
  n: number;
}

/** p50/p99/mean/min of samples in ms. */
export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
  const round = (x: number): number => Math.round(x * 10_000) / 10_000;
  return { p50: round(at(0.5)), p99: round(at(0.99)), mean: round(s.reduce((a, b) => a + b, 0) / s.length), min: round(s[0] as number), n: s.length };
}

/**
 * Time an async call `iterations` times after a warm-up of a tenth (at least 20). `after`, if given,
 * receives each timed call's result outside the timed span (bookkeeping is not the subject's cost).
 */
export async function timeAsync<T>(fn: () => Promise<T>, iterations: number, after?: (result: T) => void): Promise<number[]> {
  const warm = Math.max(20, Math.floor(iterations / 10));
  for (let i = 0; i < warm; i++) await fn();
  const out: number[] = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    const result = await fn();
    out[i] = performance.now() - t0;
    after?.(result);
  }
  return out;
}

/** Time a sync call `iterations` times after a warm-up of a tenth (at least 20). */
export function timeSync(fn: () => unknown, iterations: number): number[] {
  const warm = Math.max(20, Math.floor(iterations / 10));
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    out[i] = performance.now() - t0;
  }
  return out;
}

