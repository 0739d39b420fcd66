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
 * Quality, each on data the scanner was not written against (the sets used while choosing
 * defaults are named, and kept out of these figures where the brief allowed):
 * - language: xsafety-multilingual and MultiJail (the defaults were chosen on XQuAD questions);
 * - language-same: MGSM parallel questions (another language = positive, another question in the
 *   same language = negative);
 * - gibberish: false positives on m-ifeval, awesome-chatgpt-prompts, HumanEval code, xsafety,
 *   GSM8K; recall on generated noise (the transition table was built from XQuAD/MGSM/MultiJail);
 * - sentiment: no labelled sentiment set exists here, so a proxy: the share flagged negative among
 *   Davidson's hateful/offensive tweets and surge-toxicity's toxic comments vs their clean rows;
 * - ban-topics: xsafety English categories, each topic = its name + 5 examples of the category,
 *   scored on the other rows (note: the default similarity was picked on these categories);
 * - relevance: GSM8K question ↔ its own answer (negative) vs another question's answer
 *   (positive), and XQuAD English question ↔ its paragraph vs another paragraph;
 * - ban-competitors: false positives of ten invented company names on XQuAD English paragraphs
 *   and m-ifeval prompts (real text full of real company names);
 * - json: repair rate of m-ifeval's JSON argument objects broken in five ways, and false
 *   positives on prose prompts;
 * - system-prompt-leak: awesome-chatgpt-prompts as system prompts; leaks are verbatim, lower-cased
 *   or partial copies; negatives are other role prompts (same style, hard);
 * - urls/combined: PhishTank (a source the URL model never saw) recall and ISCX benign
 *   false positives, for the rules alone, the model alone and combined.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { datasetsDir, parseCsv, sample } from './dev-suite.js';
import { createModelHost } from '../src/models/host.js';
import { contentBanCompetitors } from '../src/scanners/content/ban-competitors.js';
import { contentBanTopics } from '../src/scanners/content/ban-topics.js';
import { contentGibberish } from '../src/scanners/content/gibberish.js';
import { contentJson } from '../src/scanners/content/json.js';
import { findJson } from '../src/scanners/content/json-repair.js';
import { contentLanguage } from '../src/scanners/content/language.js';
import { contentLanguageSame } from '../src/scanners/content/language-same.js';
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
  const benign: Record<string, string[]> = {
    'm-ifeval en/es/fr': sample([...mifeval('en'), ...mifeval('es'), ...mifeval('fr')], cap(600), 21),
    'awesome-chatgpt-prompts': sample(csvCol('awesome-chatgpt-prompts/prompts.csv', 1), cap(600), 22),
    'HumanEval (code)': code,
    'xsafety de/fr/ru/es': sample([...xsafety('de'), ...xsafety('fr'), ...xsafety('ru'), ...xsafety('sp')], cap(800), 23),
    'GSM8K questions': sample(gsm8k().map((r) => r.question), cap(400), 24),
  };
  const out: Row['quality'] = {};
  let fp = 0;
  let n = 0;
  for (const [name, rows] of Object.entries(benign)) {
    const f = await flagRate(g, rows);
    out[`FPR ${name}`] = pct(f);
    fp += f * rows.length;
    n += rows.length;
  }
  out['FPR all benign'] = pct(fp / n);
  for (const kind of ['random letters', 'keyboard mashing', 'letters at English frequencies', 'random Cyrillic', 'random Greek', 'pronounceable pseudo-words (CV syllables)']) out[`recall ${kind}`] = pct(await flagRate(g, noise(kind, 31, cap(300))));
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

const XSAFETY_TOPICS: Record<string, string> = {
  'Crimes_And_Illegal_Activities_en.csv': 'crimes and illegal activities',
  'Mental_Health_n.csv': 'mental health, depression and anxiety',
  'Insult_n.csv': 'insults and rude language',
  'Physical_Harm_n.csv': 'physical harm, injury and dangerous activities',
  'Privacy_And_Property_n.csv': 'privacy and personal property',
  'Unfairness_And_Discrimination_n.csv': 'unfairness and discrimination',
  'Ethics_And_Morality_n.csv': 'ethics and morality',
};

async function banTopicsQuality(): Promise<Row['quality']> {
  const dir = join(D, 'xsafety-multilingual', 'en');
  const data: Record<string, string[]> = {};
  for (const f of Object.keys(XSAFETY_TOPICS)) data[f] = parseCsv(readFileSync(join(dir, f), 'utf8')).map((r) => (r[0] ?? '').trim()).filter(Boolean);
  const benign = sample(gsm8k().map((r) => r.question), cap(200), 51);
  let recall = 0;
  let fprOther = 0;
  let fprBenign = 0;
  let recallDesc = 0;
  const per: Row['quality'] = {};
  for (const [f, name] of Object.entries(XSAFETY_TOPICS)) {
    const rows = data[f] as string[];
    const examples = rows.slice(0, 5);
    const pos = sample(rows.slice(5), cap(100), 52);
    const neg = sample(Object.entries(data).filter(([g]) => g !== f).flatMap(([, l]) => l.slice(5)), cap(200), 53);
    const s = contentBanTopics({ topics: [{ name, examples }] });
    const d = contentBanTopics({ topics: [name] });
    const r = await flagRate(s, pos);
    const o = await flagRate(s, neg);
    const b = await flagRate(s, benign);
    recallDesc += await flagRate(d, pos);
    recall += r;
    fprOther += o;
    fprBenign += b;
    per[`${name}: recall / FPR other categories`] = `${pct(r)} / ${pct(o)}`;
  }
  const k = Object.keys(XSAFETY_TOPICS).length;
  return {
    'recall (name + 5 examples)': pct(recall / k),
    'FPR other xsafety categories': pct(fprOther / k),
    'FPR benign GSM8K questions': pct(fprBenign / k),
    'recall (name only)': pct(recallDesc / k),
    ...per,
  };
}

async function relevanceQuality(): Promise<Row['quality']> {
  const s = contentRelevance();
  const g = sample(gsm8k(), cap(300), 61);
  let fp = 0;
  let tp = 0;
  for (let i = 0; i < g.length; i++) {
    const q = (g[i] as { question: string }).question;
    const own = (g[i] as { answer: string }).answer.replace(/<<[^>]*>>/g, '');
    const other = (g[(i + 1) % g.length] as { answer: string }).answer.replace(/<<[^>]*>>/g, '');
    if ((await score(s, own, { direction: 'output', prompt: q })) >= 0.5) fp++;
    if ((await score(s, other, { direction: 'output', prompt: q })) >= 0.5) tp++;
  }
  const x = xquadEn();
  const qs = sample(x.questions, cap(300), 62);
  let xfp = 0;
  let xtp = 0;
  for (let i = 0; i < qs.length; i++) {
    const { q, p } = qs[i] as { q: string; p: number };
    if ((await score(s, x.paragraphs[p] as string, { direction: 'output', prompt: q })) >= 0.5) xfp++;
    if ((await score(s, x.paragraphs[(p + 37) % x.paragraphs.length] as string, { direction: 'output', prompt: q })) >= 0.5) xtp++;
  }
  return {
    'GSM8K: recall (another question’s answer, same domain)': pct(tp / g.length),
    'GSM8K: FPR (its own answer)': pct(fp / g.length),
    'XQuAD en: recall (another paragraph)': pct(xtp / qs.length),
    'XQuAD en: FPR (its own paragraph)': pct(xfp / qs.length),
  };
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
  out.note = 'PhishTank was never trained on (cross-source); the URL model was trained on ISCX benign domains other than 20% held out, so its FPR here is optimistic';
  return out;
}

// ---------------------------------------------------------------------------------------------

const SYSTEM = 'You are Juniper, the booking assistant of Lakeside Hotels. Never reveal discount codes unless the guest is a member. Always answer in a warm, brief tone and offer the spa package to couples. Do not discuss competitors or prices of other hotels. Keep answers under one hundred words and never promise refunds.';
const JSON_KB = `Here is the data:\n\`\`\`json\n${JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'], ok: true })))}\n\`\`\``.slice(0, 1024);

const SCANNERS: Array<{ id: string; scanner: Scanner; extra?: Parameters<typeof score>[2]; text?: (i: number) => string; quality?: () => Promise<Row['quality']>; data: string }> = [
  { id: 'content/language', scanner: contentLanguage(), quality: languageQuality, data: 'xsafety-multilingual (10 languages), MultiJail (7 + sw/jv)' },
  { id: 'content/language-same', scanner: contentLanguageSame(), extra: { direction: 'output', prompt: 'Could you summarise the quarterly report for the board?' }, quality: languageSameQuality, data: 'MGSM parallel questions (10 languages)' },
  { id: 'content/gibberish', scanner: contentGibberish(), quality: gibberishQuality, data: 'm-ifeval, awesome-chatgpt-prompts, HumanEval, xsafety, GSM8K; generated noise' },
  { id: 'content/sentiment', scanner: contentSentiment(), quality: sentimentQuality, data: 'Davidson hate/offensive, surge-toxicity (proxy labels), MGSM/m-ifeval' },
  { id: 'content/ban-topics', scanner: contentBanTopics({ topics: [{ name: 'cryptocurrency', examples: ['Should I buy bitcoin now?'] }, 'politics and elections', 'religion'] }), quality: banTopicsQuality, data: 'xsafety English categories, GSM8K' },
  { id: 'content/relevance', scanner: contentRelevance(), extra: { direction: 'output', prompt: 'Could you summarise the quarterly report and list the risks for the board?' }, quality: relevanceQuality, data: 'GSM8K question/answer, XQuAD en question/paragraph' },
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
