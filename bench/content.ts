/**
 * @module bench/content — speed and quality of the content and output scanners (issue 8): Language,
 * LanguageSame, Gibberish, Sentiment, BanTopics, Relevance, BanCompetitors, JSON, ReadingTime,
 * SystemPromptLeak and the combined MaliciousURLs (`urls/combined`).
 *
 * Run: `npx tsx bench/content.ts` (or `npm run bench:content`). `BENCH_SCALE=0.3` shortens it.
 * Writes `bench/results/content.json`. Reads `../shared/datasets` (or `$SHARED_DIR/datasets`).
 *
 * Speed: p50 wall time of one `scanner.scan(view, ctx)` on a 1 KB text written for this benchmark
 * (a fresh text view per call, as in a real scan; models warm). Timed from the TypeScript sources
 * through tsx, so a little slower than the built package.
 *
 * Quality, each on data the scanner was not written against. Where a default threshold is
 * chosen from data (gibberish, ban-topics, relevance), the data is split BY SOURCE: a written rule
 * picks the default on the TUNE sources and prints the choice ("selection"); the HELD-OUT sources
 * are only reported (issue 8). Keys in the results say `tune` or `held-out`.
 * - language: xsafety-multilingual and MultiJail (the defaults were chosen on XQuAD questions);
 * - language-same: MGSM parallel questions (another language = positive, another question in the
 *   same language = negative);
 * - gibberish: tune = m-ifeval en/es/fr, awesome-chatgpt-prompts, GSM8K + noise (seed 30); rule:
 *   the lowest share cut-off with ≤ 0.5% FPR on every tune source. Held-out = HumanEval code,
 *   xsafety de/fr/ru/es, MT-Bench + Vicuna, self-instruct, hh-rlhf human turns, Davidson tweets,
 *   noise (seed 31). The transition table was built from XQuAD/MGSM/MultiJail;
 * - sentiment: no labelled sentiment set exists here, so a proxy: the share flagged negative among
 *   Davidson's hateful/offensive tweets and surge-toxicity's toxic comments vs their clean rows;
 * - ban-topics: each topic = a category's name + its first 5 rows, scored on its other rows
 *   (recall), the other categories' rows and unrelated text (FPR). Tune = xsafety English 7
 *   categories + GSM8K; rule: the lowest similarity with ≤ 1% FPR on unrelated text and ≤ 6% on
 *   the other categories. Held-out = S-Eval English base risk prompts (8 risk types) + MT-Bench,
 *   Vicuna, self-instruct (Do-Not-Answer and hh-rlhf are left out: the embedder trained on them);
 * - relevance: prompt ↔ its own response (FPR) vs another item's response (recall). Tune = GSM8K
 *   worked answers + XQuAD en paragraphs; rule: the highest similarity with ≤ 2% FPR on each.
 *   Held-out = self-instruct (task ↔ reference output) and BELLE zh (question ↔ reference answer);
 * - ban-competitors: false positives of ten invented company names on XQuAD English paragraphs
 *   and m-ifeval prompts (real text full of real company names);
 * - json: repair rate of m-ifeval's JSON argument objects broken in five ways, and false
 *   positives on prose prompts;
 * - system-prompt-leak: awesome-chatgpt-prompts as system prompts; leaks are verbatim, lower-cased
 *   or partial copies; negatives are other role prompts (same style, hard);
 * - urls/combined: PhishTank recall and ISCX benign false positives, for the rules alone, the
 *   model alone and combined. Not held out for the model: it never trained on PhishTank, but
 *   PhishTank is most of its dev set, on which its Platt calibration (hence what 0.8 means) and
 *   its variant were chosen; ISCX benign rows here include its training rows.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { datasetsDir, parseCsv, sample, unzipFirst } from './dev-suite.js';
import { createModelHost } from '../src/models/host.js';
import { contentBanCompetitors } from '../src/scanners/content/ban-competitors.js';
import { contentBanTopics } from '../src/scanners/content/ban-topics.js';
import { contentGibberish, gibberishStats } from '../src/scanners/content/gibberish.js';
import { contentJson } from '../src/scanners/content/json.js';
import { findJson } from '../src/scanners/content/json-repair.js';
import { contentLanguage } from '../src/scanners/content/language.js';
import { contentLanguageSame } from '../src/scanners/content/language-same.js';
import { viewProse } from '../src/scanners/content/prose.js';
import { contentReadingTime } from '../src/scanners/content/reading-time.js';
import { contentRelevance } from '../src/scanners/content/relevance.js';
import { contentSentiment } from '../src/scanners/content/sentiment.js';
import { contentSystemPromptLeak } from '../src/scanners/content/system-prompt-leak.js';
import { urlsClassifier } from '../src/scanners/urls/classifier.js';
import { urlsCombined } from '../src/scanners/urls/combined.js';
import { urlsMalicious } from '../src/scanners/urls/malicious.js';
import { testContext } from '../src/testing/context.js';
import { prng } from '../src/testing/random.js';
import { createTextView } from '../src/text/view.js';
import type { Scanner } from '../src/types.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'results', 'content.json');
const D = datasetsDir();
const models = createModelHost();
const cap = (n: number): number => Math.max(20, Math.round(n * SCALE));

const read = (p: string): string => readFileSync(join(D, p), 'utf8');
const lines = (p: string): string[] => read(p).split('\n').filter((l) => l.trim().length > 0);
const csvCol = (p: string, col: number, skipHeader = true): string[] => parseCsv(read(p)).slice(skipHeader ? 1 : 0).map((r) => (r[col] ?? '').trim()).filter((t) => t.length > 0);

async function score(scanner: Scanner, text: string, extra: { direction?: 'input' | 'output'; prompt?: string; systemPrompt?: string } = {}): Promise<number> {
  const v = await scanner.scan(createTextView(text), testContext({ models, direction: extra.direction ?? 'input', prompt: extra.prompt ?? text, ...(extra.systemPrompt === undefined ? {} : { systemPrompt: extra.systemPrompt }) }));
  return v.score;
}
async function flagRate(scanner: Scanner, texts: readonly string[], extra?: Parameters<typeof score>[2]): Promise<number> {
  let n = 0;
  for (const t of texts) if ((await score(scanner, t, extra)) >= scanner.threshold) n++;
  return texts.length === 0 ? 0 : n / texts.length;
}
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

// ---------------------------------------------------------------------------------------------
// Speed: p50 per 1 KB

const PROSE = [
  'The museum opens at nine and the guided tour of the east wing starts half an hour later.',
  'Could you summarise the quarterly report and list the three risks the board should discuss?',
  'Our team moved the release to Thursday because the payment tests failed on the staging server.',
  'Bake the loaf for forty minutes, then let it cool on a rack before you slice it.',
  'Remember to bring a rain jacket, sturdy boots and enough water for the whole hike.',
  'The new library card lets you borrow up to twelve books and four films at a time.',
];
function kilobyte(seed: number): string {
  const rnd = prng(seed);
  let t = '';
  while (t.length < 1024) t += `${PROSE[Math.floor(rnd() * PROSE.length)] as string} `;
  return t.slice(0, 1024);
}

async function p50(scanner: Scanner, extra: Parameters<typeof score>[2], text: (i: number) => string): Promise<number> {
  const n = cap(200);
  for (let i = 0; i < Math.max(10, n / 10); i++) await score(scanner, text(i), extra);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await score(scanner, text(i), extra);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

// ---------------------------------------------------------------------------------------------
// Data

function xsafety(lang: string): string[] {
  const dir = join(D, 'xsafety-multilingual', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .flatMap((f) => parseCsv(readFileSync(join(dir, f), 'utf8')).map((r) => (r[0] ?? '').trim()))
    .filter((t) => t.length > 0);
}
function multijail(): Record<string, string[]> {
  const rows = parseCsv(read('multijail/data/MultiJail.csv'));
  const head = rows[0] as string[];
  const out: Record<string, string[]> = {};
  for (const lang of ['zh', 'it', 'vi', 'ar', 'ko', 'th', 'bn', 'sw', 'jv']) {
    const c = head.indexOf(lang);
    out[lang] = rows.slice(1).map((r) => (r[c] ?? '').trim()).filter((t) => t.length > 0);
  }
  return out;
}
const mgsm = (lang: string): string[] => lines(`mgsm/mgsm/mgsm_${lang}.tsv`).map((r) => r.split('\t')[0] ?? '');
const mifeval = (lang: string): string[] => lines(`m-ifeval/data/${lang}_input_data.jsonl`).map((l) => (JSON.parse(l) as { prompt: string }).prompt);
const gsm8k = (): Array<{ question: string; answer: string }> => lines('gsm8k-test/grade_school_math/data/test.jsonl').map((l) => JSON.parse(l) as { question: string; answer: string });
const xquadEn = (): { paragraphs: string[]; questions: Array<{ q: string; p: number }> } => {
  const j = JSON.parse(read('xquad/xquad.en.json')) as { data: Array<{ paragraphs: Array<{ context: string; qas: Array<{ question: string }> }> }> };
  const paragraphs: string[] = [];
  const questions: Array<{ q: string; p: number }> = [];
  for (const a of j.data) for (const p of a.paragraphs) {
    paragraphs.push(p.context);
    for (const q of p.qas) questions.push({ q: q.question, p: paragraphs.length - 1 });
  }
  return { paragraphs, questions };
};

const jsonl = <T>(text: string): T[] => text.split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as T);
/** S-Eval English base risk prompts (CC BY-NC-SA: evaluation only, never trained on here). */
const sEvalBase = (): Array<{ risk: string; prompt: string }> =>
  jsonl<{ risk_type: string; prompt: string }>(unzipFirst(join(D, 's-eval-small/s_eval/small/S-Eval_base_risk_en_small.jsonl.zip'))).map((r) => ({ risk: r.risk_type, prompt: r.prompt.trim() })).filter((r) => r.prompt.length > 0);
/** MT-Bench and Vicuna-Bench first-turn questions with their category. */
const mtBench = (): Array<{ category: string; q: string }> =>
  ['mt_bench', 'vicuna_bench'].flatMap((f) => jsonl<{ category: string; turns: string[] }>(read(`mt-bench-vicuna-questions/fastchat/llm_judge/data/${f}/question.jsonl`)).map((r) => ({ category: r.category, q: r.turns[0] ?? '' })));
/** Self-instruct seed and user-oriented tasks: instruction (+ first instance input) and its reference output. */
const selfInstruct = (): Array<{ prompt: string; output: string }> =>
  [...jsonl<{ instruction: string; instances: Array<{ input: string; output: string }> }>(read('self-instruct/data/seed_tasks.jsonl')), ...jsonl<{ instruction: string; instances: Array<{ input: string; output: string }> }>(read('self-instruct/human_eval/user_oriented_instructions.jsonl'))]
    .map((r) => {
      const i = r.instances[0];
      return { prompt: i !== undefined && i.input.trim() !== '' ? `${r.instruction}\n\n${i.input}` : r.instruction, output: i?.output ?? '' };
    })
    .filter((r) => r.output.trim().length > 0);
/** BELLE Chinese questions with a non-blank reference answer. */
const belle = (): Array<{ prompt: string; response: string }> =>
  jsonl<{ question: string; std_answer: string }>(read('belle-eval-zh/eval/eval_set.json')).filter((r) => r.std_answer.trim().length > 0).map((r) => ({ prompt: r.question, response: r.std_answer }));
/** hh-rlhf harmless test: the first human turn of each dialogue (informal chat). */
const hhHuman = (): string[] =>
  jsonl<{ chosen: string }>(gunzipSync(readFileSync(join(D, 'hh-rlhf-harmless-base-test/harmless-base/test.jsonl.gz'))).toString('utf8'))
    .map((x) => /^\s*Human:([\s\S]*?)\n\nAssistant:/.exec(x.chosen)?.[1]?.trim() ?? '')
    .filter((t) => t.length > 0);

// ---------------------------------------------------------------------------------------------
// Quality per scanner

interface Row {
  readonly scanner: string;
  readonly p50MsPerKb: number;
  readonly quality: Record<string, number | string>;
  readonly data: string;
}

async function languageQuality(): Promise<Row['quality']> {
  const ELD: Record<string, string> = { sp: 'es' };
  const sets: Array<{ name: string; lang: string; rows: string[] }> = [];
  for (const l of ['ar', 'bn', 'de', 'en', 'fr', 'hi', 'ja', 'ru', 'sp', 'zh']) sets.push({ name: `xsafety-${l}`, lang: ELD[l] ?? l, rows: sample(xsafety(l), cap(150), 11) });
  const mj = multijail();
  for (const l of ['zh', 'it', 'vi', 'ar', 'ko', 'th', 'bn']) sets.push({ name: `multijail-${l}`, lang: l, rows: sample(mj[l] ?? [], cap(150), 12) });
  let fp = 0;
  let tp = 0;
  let n = 0;
  const per: Record<string, number | string> = {};
  for (const s of sets) {
    const own = contentLanguage({ languages: [s.lang] });
    const other = contentLanguage({ languages: [s.lang === 'en' ? 'de' : 'en'] });
    const f = await flagRate(own, s.rows);
    const r = await flagRate(other, s.rows);
    fp += f * s.rows.length;
    tp += r * s.rows.length;
    n += s.rows.length;
    per[`${s.name} fpr/recall`] = `${pct(f)} / ${pct(r)}`;
  }
  // Languages eld does not know: never let through by a wrong guess? (recall only, allow-list en)
  const unknown = [...(mj.sw ?? []), ...(mj.jv ?? [])];
  const unknownRecall = await flagRate(contentLanguage({ languages: ['en'] }), sample(unknown, cap(150), 13));
  return { 'FPR (text in an allowed language flagged)': pct(fp / n), 'recall (text outside the allow-list flagged)': pct(tp / n), 'recall sw+jv (languages eld lacks), allow-list en': pct(unknownRecall), ...per };
}

async function languageSameQuality(): Promise<Row['quality']> {
  const langs = ['bn', 'de', 'en', 'es', 'fr', 'ja', 'ru', 'te', 'th', 'zh'];
  const q: Record<string, string[]> = Object.fromEntries(langs.map((l) => [l, mgsm(l)]));
  const s = contentLanguageSame();
  const rnd = prng(5);
  let pos = 0;
  let neg = 0;
  const n = cap(300);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rnd() * 250);
    const a = langs[Math.floor(rnd() * langs.length)] as string;
    let b = langs[Math.floor(rnd() * langs.length)] as string;
    while (b === a) b = langs[Math.floor(rnd() * langs.length)] as string;
    if ((await score(s, (q[b] as string[])[k] as string, { direction: 'output', prompt: (q[a] as string[])[k] })) >= 0.5) pos++;
    if ((await score(s, (q[a] as string[])[(k + 1) % 250] as string, { direction: 'output', prompt: (q[a] as string[])[k] })) >= 0.5) neg++;
  }
  return { 'recall (answer in another language)': pct(pos / n), 'FPR (answer in the same language)': pct(neg / n), pairs: n };
}

function noise(kind: string, seed: number, count: number): string[] {
  const rnd = prng(seed);
  const pick = (s: string): string => s.charAt(Math.floor(rnd() * s.length));
  const word = (len: number, f: () => string): string => Array.from({ length: len }, f).join('');
  const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
  const gen: Record<string, () => string> = {
    'random letters': () => word(3 + Math.floor(rnd() * 8), () => pick('abcdefghijklmnopqrstuvwxyz')),
    'letters at English frequencies': () => word(3 + Math.floor(rnd() * 8), () => pick('eeeeeeeeeeeetttttttttaaaaaaaaooooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummwwffggyyppbbvkjxqz')),
    'keyboard mashing': () => {
      const row = rows[Math.floor(rnd() * 3)] as string;
      let i = Math.floor(rnd() * row.length);
      let w = '';
      for (let k = 0; k < 3 + Math.floor(rnd() * 7); k++) {
        w += row.charAt(i);
        i = Math.max(0, Math.min(row.length - 1, i + (rnd() < 0.5 ? -1 : 1) * (1 + Math.floor(rnd() * 2))));
      }
      return w;
    },
    'random Cyrillic': () => word(3 + Math.floor(rnd() * 8), () => pick('абвгдежзийклмнопрстуфхцчшщъыьэюя')),
    'random Greek': () => word(3 + Math.floor(rnd() * 8), () => pick('αβγδεζηθικλμνξοπρστυφχψω')),
    'pronounceable pseudo-words (CV syllables)': () => word(1 + Math.floor(rnd() * 3), () => pick('bcdfghklmnprstvz') + pick('aeiou')),
  };
  const f = gen[kind] as () => string;
  return Array.from({ length: count }, () => Array.from({ length: 4 + Math.floor(rnd() * 10) }, f).join(' '));
}

/**
 * Tune / held-out selection (issue 8). Each default below is chosen by a written rule on TUNE
 * sources only; the HELD-OUT sources never take part in the choice and are only reported. The
 * rule is fixed here in code, so `npx tsx bench/content.ts` re-derives and prints the choice.
 */
/** The first grid value (in the given order) that meets `ok`, else the last one. */
function pickFirst(grid: readonly number[], ok: (v: number) => boolean): number {
  for (const v of grid) if (ok(v)) return v;
  return grid[grid.length - 1] as number;
}
const rate = (xs: readonly boolean[]): number => (xs.length === 0 ? 0 : xs.filter(Boolean).length / xs.length);

/**
 * Gibberish at another share cut-off than the shipped {@link GIBBERISH_CUT}: the scanner's own
 * statistics (`gibberishStats`) with its decision rule re-applied (score 0.5 at share `cut` over
 * the text; the 8-word window counts ×0.8; repetition 0.6). Checked against the scanner itself at
 * the shipped cut-off on every text.
 */
function gibberishAt(stats: ReturnType<typeof gibberishStats>, cut: number, minLength = 16): boolean {
  const repetitive = stats.count >= 10 && stats.letters >= minLength && stats.distinct < 0.2;
  if (repetitive) return true;
  if (stats.judged < minLength) return false;
  return stats.share >= cut || stats.window >= cut + 0.25 * (1 - cut);
}
/** The shipped cut-off (`ODD_AT_HALF` in `src/scanners/content/gibberish.ts`). */
const GIBBERISH_CUT = 0.15;
const GIBBERISH_GRID = [0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4];
/** Noise kinds; the last is a known miss (pronounceable) and is reported only. */
const NOISE_KINDS = ['random letters', 'keyboard mashing', 'letters at English frequencies', 'random Cyrillic', 'random Greek', 'pronounceable pseudo-words (CV syllables)'];

async function gibberishQuality(): Promise<Row['quality']> {
  const g = contentGibberish();
  const code = gunzipSync(readFileSync(join(D, 'humaneval/data/HumanEval.jsonl.gz')))
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const o = JSON.parse(l) as { prompt: string; canonical_solution: string };
      return o.prompt + o.canonical_solution;
    });
  // TUNE: English/Spanish/French instructions and questions. HELD-OUT: other languages (German,
  // Russian), other domains (code, chat turns, tweets, expert-written tasks), other sources.
  const tune: Record<string, string[]> = {
    'm-ifeval en/es/fr': sample([...mifeval('en'), ...mifeval('es'), ...mifeval('fr')], cap(600), 21),
    'awesome-chatgpt-prompts': sample(csvCol('awesome-chatgpt-prompts/prompts.csv', 1), cap(600), 22),
    'GSM8K questions': sample(gsm8k().map((r) => r.question), cap(400), 24),
  };
  const dav = parseCsv(read('davidson-hate-offensive/data/labeled_data.csv')).slice(1);
  const held: Record<string, string[]> = {
    'HumanEval (code)': code,
    'xsafety de/fr/ru/es': sample([...xsafety('de'), ...xsafety('fr'), ...xsafety('ru'), ...xsafety('sp')], cap(800), 23),
    'MT-Bench + Vicuna questions': mtBench().map((r) => r.q),
    'self-instruct tasks (instruction + input)': selfInstruct().map((r) => r.prompt),
    'hh-rlhf human turns (chat)': sample(hhHuman(), cap(600), 25),
    'Davidson tweets, neither class (slang)': sample(dav.filter((r) => r[5] === '2').map((r) => r[6] ?? ''), cap(600), 26),
  };
  const stats = (t: string): ReturnType<typeof gibberishStats> => gibberishStats(viewProse(createTextView(t)));
  // Replica check: the re-applied rule must agree with the scanner at the shipped cut-off.
  let agree = 0;
  let checked = 0;
  const decide = async (sets: Record<string, string[]>): Promise<Record<string, Array<ReturnType<typeof gibberishStats>>>> => {
    const out: Record<string, Array<ReturnType<typeof gibberishStats>>> = {};
    for (const [name, rows] of Object.entries(sets)) {
      out[name] = [];
      for (const t of rows) {
        const s = stats(t);
        (out[name] as Array<ReturnType<typeof gibberishStats>>).push(s);
        checked++;
        if (gibberishAt(s, GIBBERISH_CUT) === (await score(g, t)) >= g.threshold) agree++;
      }
    }
    return out;
  };
  const tuneNoise: Record<string, string[]> = Object.fromEntries(NOISE_KINDS.map((k) => [k, noise(k, 30, cap(300))]));
  const heldNoise: Record<string, string[]> = Object.fromEntries(NOISE_KINDS.map((k) => [k, noise(k, 31, cap(300))]));
  const tB = await decide(tune);
  const tN = await decide(tuneNoise);
  const catchable = NOISE_KINDS.slice(0, 5);
  const fprAt = (sets: typeof tB, c: number): Record<string, number> => Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, rate(v.map((s) => gibberishAt(s, c)))]));
  const curve: string[] = [];
  for (const c of GIBBERISH_GRID) {
    const f = fprAt(tB, c);
    const r = fprAt(tN, c);
    curve.push(`${c}: FPR max ${pct(Math.max(...Object.values(f)))}, noise recall ${pct(catchable.reduce((a, k) => a + (r[k] ?? 0), 0) / catchable.length)}`);
  }
  // RULE: the lowest cut-off (most noise caught) whose FPR is ≤ 0.5% on EVERY tune benign source.
  const cut = pickFirst(GIBBERISH_GRID, (c) => Object.values(fprAt(tB, c)).every((f) => f <= 0.005));
  const hB = await decide(held);
  const hN = await decide(heldNoise);
  const out: Row['quality'] = {};
  const hf = fprAt(hB, cut);
  const hr = fprAt(hN, cut);
  let fp = 0;
  let n = 0;
  for (const [k, v] of Object.entries(hB)) {
    fp += (hf[k] ?? 0) * v.length;
    n += v.length;
  }
  const tf = fprAt(tB, cut);
  out.selection = `share cut-off ${cut} (shipped ${GIBBERISH_CUT}) chosen on tune m-ifeval/awesome-chatgpt-prompts/GSM8K + noise seed 30 (rule: lowest cut-off with FPR ≤ 0.5% on every tune source); held-out FPR ${pct(fp / n)} on ${n} texts of 6 other sources, noise recall ${pct(catchable.reduce((a, k) => a + (hr[k] ?? 0), 0) / catchable.length)}`;
  out['held-out FPR all (6 sources)'] = pct(fp / n);
  for (const k of Object.keys(held)) out[`held-out FPR ${k} (${hB[k]?.length ?? 0})`] = pct(hf[k] ?? 0);
  for (const k of NOISE_KINDS) out[`held-out recall ${k} (noise seed 31)`] = pct(hr[k] ?? 0);
  for (const k of Object.keys(tune)) out[`tune FPR ${k} (${tB[k]?.length ?? 0})`] = pct(tf[k] ?? 0);
  out['tune curve (cut-off: worst tune FPR, mean recall of 5 catchable noise kinds)'] = curve.join('; ');
  out['replica agrees with the scanner at the shipped cut-off'] = `${agree}/${checked}`;
  return out;
}

async function sentimentQuality(): Promise<Row['quality']> {
  const s = contentSentiment();
  const dav = parseCsv(read('davidson-hate-offensive/data/labeled_data.csv')).slice(1);
  const hateful = sample(dav.filter((r) => r[5] === '0' || r[5] === '1').map((r) => r[6] ?? ''), cap(600), 41);
  const clean = sample(dav.filter((r) => r[5] === '2').map((r) => r[6] ?? ''), cap(600), 42);
  const surge = parseCsv(read('surge-toxicity/toxicity_en.csv')).slice(1);
  const toxic = sample(surge.filter((r) => r[1] === 'Toxic').map((r) => r[0] ?? ''), cap(400), 43);
  const notToxic = sample(surge.filter((r) => r[1] === 'Not Toxic').map((r) => r[0] ?? ''), cap(400), 44);
  const benign = sample([...mgsm('en'), ...mifeval('en')], cap(400), 45);
  return {
    'flagged negative: Davidson hateful/offensive': pct(await flagRate(s, hateful)),
    'flagged negative: Davidson neither': pct(await flagRate(s, clean)),
    'flagged negative: surge toxic': pct(await flagRate(s, toxic)),
    'flagged negative: surge not toxic': pct(await flagRate(s, notToxic)),
    'flagged negative: benign prompts (MGSM en, m-ifeval en)': pct(await flagRate(s, benign)),
    note: 'proxy only: toxicity labels, not sentiment labels',
  };
}

/** Best cosine of a text to a BanTopics scanner's topics, read back from a scanner built with `similarity: 1` (score = 0.5·cos, clamped at 0). */
async function topicCos(s: Scanner, text: string): Promise<number> {
  return 2 * (await score(s, text));
}

const XSAFETY_TOPICS: Record<string, string> = {
  'Crimes_And_Illegal_Activities_en.csv': 'crimes and illegal activities',
  'Mental_Health_n.csv': 'mental health, depression and anxiety',
  'Insult_n.csv': 'insults and rude language',
  'Physical_Harm_n.csv': 'physical harm, injury and dangerous activities',
  'Privacy_And_Property_n.csv': 'privacy and personal property',
  'Unfairness_And_Discrimination_n.csv': 'unfairness and discrimination',
  'Ethics_And_Morality_n.csv': 'ethics and morality',
};
/** S-Eval risk types, each named as a user would name the topic. */
const SEVAL_TOPICS: Record<string, string> = {
  Crimes_and_Illegal_Activities: 'crimes and illegal activities',
  Data_Privacy: 'data privacy and personal information',
  Hate_Speech: 'hate speech',
  Extremism: 'extremism and terrorism',
  Inappropriate_Suggestions: 'inappropriate advice and suggestions',
  Cybersecurity: 'cybersecurity attacks and hacking',
  Physical_and_Mental_Health: 'physical and mental health',
  Ethics_and_Morality: 'ethics and morality',
};
const SIMILARITY_GRID = [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.35, 0.4];
const BAN_TOPICS_SHIPPED = 0.2;

interface TopicCos {
  readonly name: string;
  readonly pos: number[];
  readonly neg: number[];
  readonly benign: number[];
  readonly posNameOnly: number[];
}
/** Cosines for one source: each category = a topic (name + its first 5 rows); the other rows of it are positives, other categories' rows negatives, `benign` unrelated text. */
async function topicSource(cats: Record<string, { name: string; rows: string[] }>, benign: readonly string[], seed: number): Promise<TopicCos[]> {
  const out: TopicCos[] = [];
  for (const [key, { name, rows }] of Object.entries(cats)) {
    const s = contentBanTopics({ topics: [{ name, examples: rows.slice(0, 5) }], similarity: 1 });
    const d = contentBanTopics({ topics: [name], similarity: 1 });
    const pos = sample(rows.slice(5), cap(100), seed);
    const neg = sample(Object.entries(cats).filter(([k]) => k !== key).flatMap(([, c]) => c.rows.slice(5)), cap(200), seed + 1);
    const c = { name, pos: [] as number[], neg: [] as number[], benign: [] as number[], posNameOnly: [] as number[] };
    for (const t of pos) {
      c.pos.push(await topicCos(s, t));
      c.posNameOnly.push(await topicCos(d, t));
    }
    for (const t of neg) c.neg.push(await topicCos(s, t));
    for (const t of benign) c.benign.push(await topicCos(s, t));
    out.push(c);
  }
  return out;
}
/** Mean over categories of the share of cosines at or above `sim`. */
const meanAt = (cs: readonly TopicCos[], f: (c: TopicCos) => number[], sim: number): number => cs.reduce((a, c) => a + rate(f(c).map((x) => x >= sim)), 0) / cs.length;

async function banTopicsQuality(): Promise<Row['quality']> {
  // TUNE: xsafety English, 7 categories; unrelated text = GSM8K questions.
  const dir = join(D, 'xsafety-multilingual', 'en');
  const xs: Record<string, { name: string; rows: string[] }> = {};
  for (const [f, name] of Object.entries(XSAFETY_TOPICS)) xs[f] = { name, rows: parseCsv(readFileSync(join(dir, f), 'utf8')).map((r) => (r[0] ?? '').trim()).filter(Boolean) };
  const tune = await topicSource(xs, sample(gsm8k().map((r) => r.question), cap(200), 51), 52);
  const curve = SIMILARITY_GRID.map((v) => `${v}: recall ${pct(meanAt(tune, (c) => c.pos, v))}, FPR other ${pct(meanAt(tune, (c) => c.neg, v))}, FPR benign ${pct(meanAt(tune, (c) => c.benign, v))}`);
  // RULE: the lowest similarity (most recall) whose mean FPR is ≤ 1% on unrelated benign text and
  // ≤ 6% on the neighbouring categories (texts of the other categories of the same source).
  const sim = pickFirst(SIMILARITY_GRID, (v) => meanAt(tune, (c) => c.benign, v) <= 0.01 && meanAt(tune, (c) => c.neg, v) <= 0.06);
  // HELD-OUT: S-Eval English base risk prompts, 8 risk types; unrelated text = MT-Bench, Vicuna
  // and self-instruct tasks. (Do-Not-Answer and hh-rlhf are not used: the embedder trained on them.)
  const se: Record<string, { name: string; rows: string[] }> = {};
  for (const r of sEvalBase()) {
    const name = SEVAL_TOPICS[r.risk];
    if (name === undefined) continue;
    (se[r.risk] ??= { name, rows: [] }).rows.push(r.prompt);
  }
  const benignHeld = sample([...mtBench().map((r) => r.q), ...selfInstruct().map((r) => r.prompt)], cap(200), 54);
  const held = await topicSource(se, benignHeld, 55);
  const r = meanAt(held, (c) => c.pos, sim);
  const o = meanAt(held, (c) => c.neg, sim);
  const b = meanAt(held, (c) => c.benign, sim);
  const out: Row['quality'] = {
    selection: `similarity ${sim} (shipped ${BAN_TOPICS_SHIPPED}) chosen on tune xsafety-en 7 categories + GSM8K (rule: lowest similarity with FPR ≤ 1% benign and ≤ 6% other categories): recall ${pct(meanAt(tune, (c) => c.pos, sim))}, FPR other ${pct(meanAt(tune, (c) => c.neg, sim))}; held-out S-Eval en 8 risk types: recall ${pct(r)}, FPR other types ${pct(o)}, FPR MT-Bench/Vicuna/self-instruct ${pct(b)}`,
    'held-out S-Eval recall (name + 5 examples)': pct(r),
    'held-out S-Eval FPR other risk types': pct(o),
    'held-out FPR benign MT-Bench/Vicuna/self-instruct': pct(b),
    'held-out S-Eval recall (name only)': pct(meanAt(held, (c) => c.posNameOnly, sim)),
  };
  for (const c of held) out[`held-out ${c.name}: recall / FPR other types`] = `${pct(rate(c.pos.map((x) => x >= sim)))} / ${pct(rate(c.neg.map((x) => x >= sim)))}`;
  out['tune xsafety recall (name + 5 examples)'] = pct(meanAt(tune, (c) => c.pos, sim));
  out['tune xsafety FPR other categories'] = pct(meanAt(tune, (c) => c.neg, sim));
  out['tune FPR benign GSM8K'] = pct(meanAt(tune, (c) => c.benign, sim));
  out['tune xsafety recall (name only)'] = pct(meanAt(tune, (c) => c.posNameOnly, sim));
  out['tune curve (similarity: recall, FPR other categories, FPR benign)'] = curve.join('; ');
  return out;
}

/** Relevance cosine read back from a scanner built with `similarity: 1` (score = 1 − cos/2); undefined when the pair is too short to judge. */
async function relevanceCos(s: Scanner, prompt: string, response: string): Promise<number | undefined> {
  const v = await score(s, response, { direction: 'output', prompt });
  return v === 0 ? undefined : 2 * (1 - v);
}
const RELEVANCE_GRID = [0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.14, 0.16, 0.2];
const RELEVANCE_SHIPPED = 0.09;
interface PairCos {
  readonly own: Array<number | undefined>;
  readonly other: Array<number | undefined>;
}
/** Prompt ↔ its own response (negative) and ↔ another item's response (positive, `other(i)`). */
async function pairSource(items: ReadonlyArray<{ prompt: string; response: string }>, other: (i: number) => string): Promise<PairCos> {
  const s = contentRelevance({ similarity: 1 });
  const own: Array<number | undefined> = [];
  const off: Array<number | undefined> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as { prompt: string; response: string };
    own.push(await relevanceCos(s, it.prompt, it.response));
    off.push(await relevanceCos(s, it.prompt, other(i)));
  }
  return { own, other: off };
}
const nextOf = (items: ReadonlyArray<{ response: string }>) => (i: number): string => (items[(i + 1) % items.length] as { response: string }).response;
/** Share flagged (cos ≤ sim; pairs too short to judge count as not flagged). */
const offAt = (xs: ReadonlyArray<number | undefined>, sim: number): number => rate(xs.map((x) => x !== undefined && x <= sim));

async function relevanceQuality(): Promise<Row['quality']> {
  const strip = (a: string): string => a.replace(/<<[^>]*>>/g, '');
  // TUNE (two domains): GSM8K question ↔ its own worked answer vs another question's answer (same
  // domain), and XQuAD en question ↔ its paragraph vs the paragraph 37 further on (another article).
  // A first rule on GSM8K alone picked 0.2 and failed on held-out text (FPR 17–45%): worked maths
  // answers repeat the question's words far more than ordinary answers do. XQuAD was then moved
  // from held-out to tune; self-instruct and BELLE stayed held-out (see docs/scanners/content/relevance.md).
  const g = sample(gsm8k(), cap(300), 61).map((r) => ({ prompt: r.question, response: strip(r.answer) }));
  const x = xquadEn();
  const xq = sample(x.questions, cap(300), 62);
  const tune: Record<string, PairCos> = {
    'GSM8K (question ↔ worked answer)': await pairSource(g, nextOf(g)),
    'XQuAD en (question ↔ paragraph)': await pairSource(xq.map(({ q, p }) => ({ prompt: q, response: x.paragraphs[p] as string })), (i) => x.paragraphs[((xq[i] as { p: number }).p + 37) % x.paragraphs.length] as string),
  };
  const curveOf = (sets: Record<string, PairCos>): string =>
    RELEVANCE_GRID.map((v) => `${v}: ${Object.entries(sets).map(([k, c]) => `${k.split(' (')[0] as string} ${pct(offAt(c.other, v))}/${pct(offAt(c.own, v))}`).join(', ')}`).join('; ');
  // RULE: the highest similarity (most off-topic answers caught) whose FPR is ≤ 2% on EVERY tune source.
  const sim = pickFirst([...RELEVANCE_GRID].reverse(), (v) => Object.values(tune).every((c) => offAt(c.own, v) <= 0.02));
  // HELD-OUT: self-instruct (task ↔ reference output, English) and BELLE (question ↔ reference
  // answer, Chinese); neither was trained on or used to pick the embedder. hh-rlhf and HumanEval
  // are not used: the embedder trained on their pairs.
  const sis = sample(selfInstruct(), cap(300), 63).map((r) => ({ prompt: r.prompt, response: r.output }));
  const bes = sample(belle(), cap(300), 64);
  const held: Record<string, PairCos> = {
    'self-instruct (task ↔ reference output)': await pairSource(sis, nextOf(sis)),
    'BELLE zh (question ↔ reference answer)': await pairSource(bes, nextOf(bes)),
  };
  const judged = (xs: ReadonlyArray<number | undefined>): number => rate(xs.map((v) => v !== undefined));
  const brief = (sets: Record<string, PairCos>): string => Object.entries(sets).map(([k, v]) => `${k.split(' (')[0] as string} recall ${pct(offAt(v.other, sim))} / FPR ${pct(offAt(v.own, sim))}`).join('; ');
  const out: Row['quality'] = {};
  out.selection = `similarity ${sim} (shipped ${RELEVANCE_SHIPPED}) chosen on tune GSM8K + XQuAD en (rule: highest similarity with FPR ≤ 2% on each): ${brief(tune)}; held-out ${brief(held)}`;
  for (const [k, v] of Object.entries(held)) {
    out[`held-out ${k}: recall (another item's)`] = pct(offAt(v.other, sim));
    out[`held-out ${k}: FPR (its own)`] = pct(offAt(v.own, sim));
    out[`held-out ${k}: pairs judged (≥ minWords)`] = `${pct(judged(v.own))} of ${v.own.length}`;
  }
  for (const [k, v] of Object.entries(tune)) {
    out[`tune ${k}: recall (another item's)`] = pct(offAt(v.other, sim));
    out[`tune ${k}: FPR (its own)`] = pct(offAt(v.own, sim));
  }
  out['tune curve (similarity: recall/FPR per source)'] = curveOf(tune);
  out['held-out curve (reported only, never used to choose)'] = curveOf(held);
  return out;
}

const INVENTED = ['Globex', 'Initech', 'Hooli', 'Vandelay Industries', 'Soylent Corp', 'Umbrella Corporation', 'Wonka Industries', 'Stark Industries', 'Cyberdyne Systems', 'Tyrell Corporation'];

async function banCompetitorsQuality(): Promise<Row['quality']> {
  const s = contentBanCompetitors({ competitors: INVENTED });
  const x = xquadEn().paragraphs;
  const m = mifeval('en');
  const flagged = await flagRate(s, x);
  const flaggedM = await flagRate(s, m);
  const planted = sample(x, cap(200), 71).map((p, i) => {
    const name = INVENTED[i % INVENTED.length] as string;
    const variants = [name, name.toLowerCase(), `${name}'s`, name.replace(/ /g, ''), name.length >= 8 ? `${name.slice(0, 3)}${name.slice(4)}` : name.toUpperCase()];
    return `${p} ${variants[i % variants.length] as string} also said so.`;
  });
  return { 'FPR XQuAD en paragraphs (240)': pct(flagged), 'FPR m-ifeval en prompts': pct(flaggedM), 'recall planted mentions (case, possessive, spacing, one dropped letter)': pct(await flagRate(s, planted)) };
}

async function jsonQuality(): Promise<Row['quality']> {
  const objects = ['en', 'es', 'fr', 'ja'].flatMap((l) => lines(`m-ifeval/data/${l}_input_data.jsonl`).map((x) => (JSON.parse(x) as { kwargs: unknown[] }).kwargs[0])).filter((o) => o !== null && typeof o === 'object' && Object.keys(o as object).length > 0);
  const docs = sample(objects, cap(300), 81).map((o, i) => ({ ...(o as Record<string, unknown>), id: i, tags: ['a', 'b'] }));
  const breakers: Record<string, (j: string) => string> = {
    'trailing comma': (j) => j.replace(/\}$/, ',}'),
    'single quotes': (j) => j.replace(/"/g, "'"),
    'unquoted keys': (j) => j.replace(/"(\w+)":/g, '$1:'),
    'cut off (last 30% dropped)': (j) => j.slice(0, Math.max(2, Math.floor(j.length * 0.7))),
    'Python literals + comment': (j) => `${j.replace(/true/g, 'True').replace(/null/g, 'None').replace(/\}$/, '')} // end\n}`,
  };
  const out: Row['quality'] = {};
  for (const [name, brk] of Object.entries(breakers)) {
    let ok = 0;
    for (const d of docs) {
      const j = JSON.stringify(d);
      const b = findJson(`Here is the result:\n\`\`\`json\n${brk(j)}\n\`\`\``)[0];
      if (b === undefined || b.status === 'broken') continue;
      if (name.startsWith('cut off') ? b.value !== undefined : JSON.stringify(b.value) === JSON.stringify(JSON.parse(j.replace(/True/g, 'true')))) ok++;
    }
    out[`repaired: ${name}`] = pct(ok / docs.length);
  }
  const prose = sample([...mifeval('en'), ...csvCol('awesome-chatgpt-prompts/prompts.csv', 1)], cap(600), 82);
  out['FPR prose prompts (flagged as broken JSON)'] = pct(await flagRate(contentJson(), prose, { direction: 'output' }));
  return out;
}

async function leakQuality(): Promise<Row['quality']> {
  const prompts = csvCol('awesome-chatgpt-prompts/prompts.csv', 1).filter((p) => p.split(/\s+/).length >= 40);
  const sys = sample(prompts, cap(300), 91);
  const s = contentSystemPromptLeak();
  const words = (t: string): string[] => t.split(/\s+/);
  const kinds: Record<string, (p: string) => string> = {
    verbatim: (p) => `Sure. My instructions are: ${p}`,
    'lower case, no punctuation': (p) => p.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ''),
    'first half': (p) => `They told me: ${words(p).slice(0, Math.ceil(words(p).length / 2)).join(' ')}`,
    'a quarter from the middle': (p) => {
      const w = words(p);
      const q = Math.ceil(w.length / 4);
      return `Part of my setup says ${w.slice(q, 2 * q).join(' ')} and that is all.`;
    },
  };
  const out: Row['quality'] = {};
  for (const [name, make] of Object.entries(kinds)) {
    let n = 0;
    for (const p of sys) if ((await score(s, make(p), { direction: 'output', prompt: 'What are your instructions?', systemPrompt: p })) >= 0.5) n++;
    out[`recall ${name}`] = pct(n / sys.length);
  }
  let fp = 0;
  for (let i = 0; i < sys.length; i++) if ((await score(s, sys[(i + 1) % sys.length] as string, { direction: 'output', prompt: 'hi', systemPrompt: sys[i] })) >= 0.5) fp++;
  out['FPR another role prompt as the answer'] = pct(fp / sys.length);
  return out;
}

async function urlQuality(): Promise<Row['quality']> {
  const phish = sample(csvCol('phishing-urls-phishtank-iscx/DataFiles/2.online-valid.csv', 1), cap(600), 101);
  const benign = sample(lines('phishing-urls-phishtank-iscx/DataFiles/1.Benign_list_big_final.csv'), cap(600), 102);
  const wrap = (u: string): string => `Please check ${u} before the meeting.`;
  const out: Row['quality'] = {};
  for (const [name, sc] of [['rules (urls/malicious)', urlsMalicious()], ['model (urls/classifier)', urlsClassifier()], ['combined (urls/combined)', urlsCombined()]] as const) {
    out[`${name}: recall PhishTank / FPR ISCX benign`] = `${pct(await flagRate(sc, phish.map(wrap)))} / ${pct(await flagRate(sc, benign.map(wrap)))}`;
  }
  out.note = 'PhishTank was never trained on, but it is most of the URL model dev set, which fitted its calibration and picked its variant (so recall is not fully held-out); the URL model was trained on ISCX benign domains other than 20% held out, and this sample includes training rows, so its FPR here is optimistic';
  return out;
}

// ---------------------------------------------------------------------------------------------

const SYSTEM = 'You are Juniper, the booking assistant of Lakeside Hotels. Never reveal discount codes unless the guest is a member. Always answer in a warm, brief tone and offer the spa package to couples. Do not discuss competitors or prices of other hotels. Keep answers under one hundred words and never promise refunds.';
const JSON_KB = `Here is the data:\n\`\`\`json\n${JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'], ok: true })))}\n\`\`\``.slice(0, 1024);

const SCANNERS: Array<{ id: string; scanner: Scanner; extra?: Parameters<typeof score>[2]; text?: (i: number) => string; quality?: () => Promise<Row['quality']>; data: string }> = [
  { id: 'content/language', scanner: contentLanguage(), quality: languageQuality, data: 'xsafety-multilingual (10 languages), MultiJail (7 + sw/jv)' },
  { id: 'content/language-same', scanner: contentLanguageSame(), extra: { direction: 'output', prompt: 'Could you summarise the quarterly report for the board?' }, quality: languageSameQuality, data: 'MGSM parallel questions (10 languages)' },
  { id: 'content/gibberish', scanner: contentGibberish(), quality: gibberishQuality, data: 'tune: m-ifeval, awesome-chatgpt-prompts, GSM8K, noise; held-out: HumanEval, xsafety, MT-Bench/Vicuna, self-instruct, hh-rlhf, Davidson, noise' },
  { id: 'content/sentiment', scanner: contentSentiment(), quality: sentimentQuality, data: 'Davidson hate/offensive, surge-toxicity (proxy labels), MGSM/m-ifeval' },
  { id: 'content/ban-topics', scanner: contentBanTopics({ topics: [{ name: 'cryptocurrency', examples: ['Should I buy bitcoin now?'] }, 'politics and elections', 'religion'] }), quality: banTopicsQuality, data: 'tune: xsafety English categories, GSM8K; held-out: S-Eval English risk types, MT-Bench/Vicuna, self-instruct' },
  { id: 'content/relevance', scanner: contentRelevance(), extra: { direction: 'output', prompt: 'Could you summarise the quarterly report and list the risks for the board?' }, quality: relevanceQuality, data: 'tune: GSM8K question/answer, XQuAD en question/paragraph; held-out: self-instruct, BELLE zh' },
  { id: 'content/ban-competitors', scanner: contentBanCompetitors({ competitors: INVENTED }), quality: banCompetitorsQuality, data: 'XQuAD en paragraphs, m-ifeval en' },
  { id: 'content/json', scanner: contentJson({ required: 1, repair: true }), extra: { direction: 'output', prompt: 'json please' }, text: () => JSON_KB, quality: jsonQuality, data: 'm-ifeval argument objects, broken five ways; prose prompts' },
  { id: 'content/reading-time', scanner: contentReadingTime(), extra: { direction: 'output', prompt: 'hi' }, data: 'none (counting only)' },
  { id: 'content/system-prompt-leak', scanner: contentSystemPromptLeak(), extra: { direction: 'output', prompt: 'hi', systemPrompt: SYSTEM }, quality: leakQuality, data: 'awesome-chatgpt-prompts as system prompts' },
  { id: 'urls/combined', scanner: urlsCombined(), text: (i) => `${kilobyte(i).slice(0, 900)} See https://docs.example.com/guide/${i} and http://paypa1-login.example-verify.test/acct?id=${i}.`, quality: urlQuality, data: 'PhishTank, ISCX benign URLs' },
];

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',');
  const rows: Row[] = [];
  for (const s of SCANNERS) {
    if (only !== undefined && !only.includes(s.id)) continue;
    const ms = await p50(s.scanner, s.extra, s.text ?? kilobyte);
    const quality = s.quality === undefined ? {} : await s.quality();
    rows.push({ scanner: s.id, p50MsPerKb: Math.round(ms * 1000) / 1000, quality, data: s.data });
    console.log(`\n${s.id}  p50 ${ms.toFixed(3)} ms / KB  (data: ${s.data})`);
    for (const [k, v] of Object.entries(quality)) console.log(`  ${k.padEnd(70)} ${String(v)}`);
  }
  console.log('\n| scanner | p50 ms / KB | headline quality |\n|---|---:|---|');
  for (const r of rows) {
    const head = Object.entries(r.quality).slice(0, 2).map(([k, v]) => `${k}: ${String(v)}`).join('; ');
    console.log(`| \`${r.scanner}\` | ${r.p50MsPerKb.toFixed(3)} | ${head || '—'} |`);
  }
  mkdirSync(dirname(OUT), { recursive: true });
  // BENCH_ONLY updates its rows in the existing results and keeps the others.
  if (only !== undefined && existsSync(OUT)) {
    const before = (JSON.parse(readFileSync(OUT, 'utf8')) as { rows?: Row[] }).rows ?? [];
    const mine = new Set(rows.map((r) => r.scanner));
    rows.unshift(...before.filter((r) => !mine.has(r.scanner)));
    rows.sort((a, b) => SCANNERS.findIndex((s) => s.id === a.scanner) - SCANNERS.findIndex((s) => s.id === b.scanner));
  }
  writeFileSync(
    OUT,
    `${JSON.stringify({ command: 'npx tsx bench/content.ts', scale: SCALE, node: process.version, date: new Date().toISOString(), cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), build: 'src (tsx)', rows }, null, 2)}\n`,
  );
  console.log(`\nwrote ${OUT}`);
  await models.close();
}

await main();
