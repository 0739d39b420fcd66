/**
 * @module bench/decode — cost of `decodeLayers` (the decoded layers of a text view) in µs per KB,
 * on ordinary prose, code and CJK text (where it must stay near-free: the default pipeline has
 * about 300 µs per KB for everything), on text full of base64, and on hostile inputs.
 *
 * Run: `npx tsx bench/decode.ts`. `BENCH_SCALE=0.2` shortens the run. Normalisation is computed
 * before timing (the engine pays for it once for every scanner), so the figure is decoding only.
 */
import { decodeLayers } from '../src/text/decode.js';
import { createTextView } from '../src/text/view.js';
import { prng } from '../src/testing/random.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);

const PROSE = [
  'Could you help me plan a weekend in the mountains with my two dogs and a small tent?',
  'I am writing a short report on local water quality; please check the second paragraph for clarity.',
  'What is the difference between a mortgage with a fixed rate and one that changes every year?',
  'Our team meeting moved to Thursday, so the design review will happen after lunch instead.',
  'Explain how photosynthesis works as if you were talking to a curious ten year old.',
  'The old bridge near the station was closed for repairs until the end of the month.',
];
const CODE = `export async function loadUser(id: string): Promise<User | undefined> {
  const res = await fetch(\`/api/users/\${encodeURIComponent(id)}\`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
  const body = (await res.json()) as { user?: User };
  for (let i = 0; i < body.items.length; i++) total += body.items[i].price * 0.2;
  return body.user; // sha256, utf8, int32, x86_64, i18n, k8s
}
`;
const CJK = '今天天气很好，我们去公园散步吧。这个周末我想读一本关于历史的书，然后和朋友一起吃晚饭。東京の桜は四月に満開になります。서울의 가을은 정말 아름답습니다. ';

function fill(seed: string, bytes: number): string {
  let s = '';
  while (s.length < bytes) s += seed;
  return s.slice(0, bytes);
}

function prose(bytes: number, seed: number): string {
  const rnd = prng(seed);
  let s = '';
  while (s.length < bytes) s += `${PROSE[Math.floor(rnd() * PROSE.length)] ?? ''} `;
  return s.slice(0, bytes);
}

function base64Heavy(bytes: number, seed: number): string {
  const rnd = prng(seed);
  let s = '';
  while (s.length < bytes) {
    const blob = Buffer.from(Array.from({ length: 48 }, () => Math.floor(rnd() * 256))).toString('base64');
    s += `Here is the image data ${blob} and a token ${Buffer.from('a readable note for the bench run').toString('base64')}. `;
  }
  return s.slice(0, bytes);
}

interface Case {
  readonly name: string;
  readonly text: string;
}

const KB = 1024;
const CASES: Case[] = [
  { name: 'prose 1 KB', text: prose(KB, 1) },
  { name: 'code 1 KB', text: fill(CODE, KB) },
  { name: 'CJK 1 KB', text: fill(CJK, KB) },
  { name: 'prose 100 KB', text: prose(100 * KB, 2) },
  { name: 'code 100 KB', text: fill(CODE, 100 * KB) },
  { name: 'CJK 100 KB', text: fill(CJK, 100 * KB) },
  { name: 'base64-heavy 10 KB', text: base64Heavy(10 * KB, 3) },
  { name: 'hostile A×100 KB', text: 'A'.repeat(100 * KB) },
  { name: 'hostile %×100 KB', text: '%'.repeat(100 * KB) },
  { name: 'hostile &#×100 KB', text: '&#'.repeat(50 * KB) },
  { name: 'hostile \\u×100 KB', text: '\\u'.repeat(50 * KB) },
  { name: 'hostile a/а alternating 100 KB', text: 'aа'.repeat(50 * KB) },
  { name: 'hostile "a " ×100 KB', text: 'a '.repeat(50 * KB) },
  { name: 'hostile hex pairs 100 KB', text: '41 '.repeat(34 * KB) },
  { name: 'prose 1 MB', text: prose(1024 * KB, 4) },
];

function time(text: string, minIter: number): number {
  const view = createTextView(text);
  void view.normalized; // paid once per scan by the engine, not by decoding
  const iters = Math.max(3, Math.round((minIter * SCALE * KB) / Math.max(KB, text.length)));
  for (let i = 0; i < Math.max(2, iters / 10); i++) decodeLayers(view);
  const samples: number[] = [];
  for (let i = 0; i < iters; i++) {
    const t0 = performance.now();
    decodeLayers(view);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

console.log(`decodeLayers, median over repeated runs (Node ${process.version})`);
console.log('case'.padEnd(34), 'layers'.padStart(6), 'µs/KB'.padStart(10), 'total ms'.padStart(10));
for (const c of CASES) {
  const ms = time(c.text, 4000);
  const layers = decodeLayers(createTextView(c.text)).length;
  const kb = c.text.length / KB;
  console.log(c.name.padEnd(34), String(layers).padStart(6), ((ms * 1000) / kb).toFixed(2).padStart(10), ms.toFixed(3).padStart(10));
}
