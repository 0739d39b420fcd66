/**
 * @module bench/data-protection — how well Anonymize (`pii/anonymize`) and Secrets
 * (`secrets/patterns`) do on data they were not written against, next to the peers that have a
 * PII or secret detector.
 *
 * ```sh
 * npm run bench:data-protection            # or: npx tsx bench/data-protection.ts
 * BENCH_PEERS_DIR=~/.cache/pb-peers npx tsx bench/data-protection.ts   # with @presidio-dev/hai-guardrails (see bench/peers/hai-guardrails.ts)
 * ```
 *
 * PII: presidio-research's synthetic sentences (`training/pii-names/corpus.ts`), the DEV templates
 * only (held out by template: no dev wording was read while writing the recognisers or training).
 * Per entity: recall = gold spans overlapped by a prediction of the same label; precision =
 * predictions overlapping a gold span of the same label (a date of birth may overlap a DATE_TIME
 * span); F1. "value removed" = the gold value no longer appears verbatim in the sanitized text (the
 * only figure a peer that just rewrites text allows). Presidio types we do not cover (ORGANIZATION,
 * LOCATION, DATE_TIME, TITLE, …) are listed with how often a prediction touched them.
 *
 * Secrets: every `examples` (positive) and `negative_examples` entry of the kingfisher and Nosey
 * Parker rule files; flagged = the scanner's score reaches its threshold (0.5). Rules tagged only
 * `identifier` (account ids, usernames) are counted apart: they are not secrets. False positives on
 * ordinary code (HumanEval prompts and solutions) and prose (MT-Bench questions, self-instruct
 * instructions, GSM8K questions).
 *
 * Writes `bench/results/data-protection.json`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { createPlaceholderTable } from '../src/engine/placeholders.js';
import { applyReplacements } from '../src/engine/sanitize.js';
import { piiAnonymize, type AnonymizeOptions } from '../src/scanners/pii/anonymize.js';
import { secretsPatterns } from '../src/scanners/secrets/patterns.js';
import { testContext } from '../src/testing/context.js';
import { createTextView } from '../src/text/view.js';
import type { Match, Scanner } from '../src/types.js';
import { loadPresidio, type PiiRow } from '../training/pii-names/corpus.js';
import { REPO_ROOT, datasetsDir, parseCsv } from './dev-suite.js';

/** Typed-placeholder runs in an example (`1234`, `abcd`, `a1b2`, `xyz`, `xxxx`, `example`…): a heuristic over the examples, not a rule of ours. */
const PLACEHOLDER_LIKE = /1234|2345|3456|4567|5678|6789|7890|abcd|bcde|cdef|a1b2|b2c3|xyz|wxyz|qwerty|xxxx|0000|1111|example|dummy|sample|test/i;

const OUR_LABELS = ['PERSON', 'EMAIL', 'PHONE', 'STREET_ADDRESS', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS'] as const;
/**
 * Predictions of a label that may land on a gold span of another presidio type without being wrong:
 * a date of birth is a date; a postcode is part of an address (presidio labels a bare postcode
 * STREET_ADDRESS in some templates and ZIP_CODE in others).
 */
const ALSO_CORRECT: Record<string, readonly string[]> = { DATE_OF_BIRTH: ['DATE_TIME'], STREET_ADDRESS: ['ZIP_CODE'], PHONE: [], PERSON: [] };

interface Found {
  readonly matches: readonly Match[];
  readonly sanitized: string;
  readonly ms: number;
}

async function runPii(scanner: Scanner, text: string): Promise<Found> {
  const t0 = performance.now();
  const view = createTextView(text);
  const v = await scanner.scan(view, testContext({ placeholders: createPlaceholderTable(), prompt: text }));
  const ms = performance.now() - t0;
  const matches = v.matches ?? [];
  return { matches, sanitized: applyReplacements(text, matches), ms };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

interface EntityStats {
  gold: number;
  goldHit: number;
  removed: number;
  pred: number;
  predOk: number;
}

function emptyStats(): EntityStats {
  return { gold: 0, goldHit: 0, removed: 0, pred: 0, predOk: 0 };
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function f1(p: number | null, r: number | null): number | null {
  return p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
}

function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined ? 'n/a' : `${(100 * x).toFixed(digits)} %`;
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

/** Score one anonymizer variant on the dev rows. */
async function scorePii(name: string, rows: readonly PiiRow[], run: (text: string) => Promise<Found>, peer = false): Promise<Record<string, unknown>> {
  const per = new Map<string, EntityStats>();
  const stat = (l: string): EntityStats => {
    let s = per.get(l);
    if (s === undefined) per.set(l, (s = emptyStats()));
    return s;
  };
  const uncoveredTouched = new Map<string, number>();
  const times: number[] = [];
  for (const row of rows) {
    const f = await run(row.text);
    times.push(f.ms);
    for (const g of row.spans) {
      const s = stat(g.label);
      s.gold++;
      if (f.matches.some((m) => m.label === g.label && overlaps(m, g))) s.goldHit++;
      if (!f.sanitized.includes(row.text.slice(g.start, g.end))) s.removed++;
      if (!(OUR_LABELS as readonly string[]).includes(g.label) && f.matches.some((m) => overlaps(m, g))) uncoveredTouched.set(g.label, (uncoveredTouched.get(g.label) ?? 0) + 1);
    }
    for (const m of f.matches) {
      const s = stat(m.label);
      s.pred++;
      const okLabels = [m.label, ...(ALSO_CORRECT[m.label] ?? [])];
      if (row.spans.some((g) => okLabels.includes(g.label) && overlaps(m, g))) s.predOk++;
    }
  }
  const entities: Record<string, unknown> = {};
  let tg = 0;
  let th = 0;
  let tp = 0;
  let tpo = 0;
  for (const [label, s] of [...per].sort((a, b) => b[1].gold - a[1].gold)) {
    const covered = (OUR_LABELS as readonly string[]).includes(label);
    const recall = covered ? ratio(s.goldHit, s.gold) : null;
    const precision = ratio(s.predOk, s.pred);
    entities[label] = { covered, gold: s.gold, predicted: s.pred, recall, precision, f1: f1(precision, recall), valueRemoved: ratio(s.removed, s.gold) };
    if (covered) {
      tg += s.gold;
      th += s.goldHit;
      tp += s.pred;
      tpo += s.predOk;
    }
  }
  const microP = ratio(tpo, tp);
  const microR = ratio(th, tg);
  return { name, peer, rows: rows.length, entities, micro: { precision: microP, recall: microR, f1: f1(microP, microR) }, uncoveredTouched: Object.fromEntries(uncoveredTouched), p50ms: quantile(times, 0.5), p99ms: quantile(times, 0.99) };
}

// ---------------------------------------------------------------------------------------------
// Peers

interface HaiModule {
  piiGuard: (o: object) => (m: Array<{ role: string; content: string }>) => Promise<Array<{ passed: boolean; modifiedMessage?: { content: string } }>>;
  secretGuard: (o: object) => (m: Array<{ role: string; content: string }>) => Promise<Array<{ passed: boolean; modifiedMessage?: { content: string } }>>;
}

async function loadHai(): Promise<{ mod: HaiModule; version: string } | undefined> {
  const bases = [join(REPO_ROOT, 'node_modules'), ...(process.env.BENCH_PEERS_DIR ? [join(process.env.BENCH_PEERS_DIR, 'node_modules')] : [])];
  for (const base of bases) {
    const dir = join(base, '@presidio-dev', 'hai-guardrails');
    if (!existsSync(join(dir, 'package.json'))) continue;
    const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    return { mod: (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as HaiModule, version: pj.version };
  }
  return undefined;
}

async function loadAidefence(): Promise<{ hasPII: (t: string) => boolean; version: string } | undefined> {
  try {
    const mod = (await import('@claude-flow/aidefence')) as unknown as { createAIDefence: () => { hasPII(t: string): boolean } };
    const inst = mod.createAIDefence();
    const pj = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', '@claude-flow', 'aidefence', 'package.json'), 'utf8')) as { version: string };
    return { hasPII: (t) => inst.hasPII(t), version: pj.version };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Secrets data

interface SecretExample {
  readonly set: 'kingfisher' | 'noseyparker';
  readonly rule: string;
  readonly file: string;
  readonly positive: boolean;
  readonly identifierOnly: boolean;
  readonly text: string;
}

function readRuleExamples(): SecretExample[] {
  const out: SecretExample[] = [];
  const dirs: Array<[SecretExample['set'], string]> = [
    ['kingfisher', join(datasetsDir(), 'kingfisher-secret-rules', 'data', 'rules')],
    ['noseyparker', join(datasetsDir(), 'noseyparker-secret-rules', 'crates', 'noseyparker', 'data', 'default', 'builtin', 'rules')],
  ];
  for (const [set, dir] of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const doc = parseYaml(readFileSync(join(dir, f), 'utf8')) as { rules?: Array<{ id: string; categories?: string[]; examples?: string[]; negative_examples?: string[] }> } | null;
      for (const r of doc?.rules ?? []) {
        const cats = r.categories ?? [];
        const identifierOnly = cats.includes('identifier') && !cats.includes('secret');
        for (const e of r.examples ?? []) if (typeof e === 'string') out.push({ set, rule: r.id, file: f, positive: true, identifierOnly, text: e });
        for (const e of r.negative_examples ?? []) if (typeof e === 'string') out.push({ set, rule: r.id, file: f, positive: false, identifierOnly, text: e });
      }
    }
  }
  return out;
}

function readJsonl(path: string, gz = false): Array<Record<string, unknown>> {
  if (!existsSync(path)) return [];
  const text = gz ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function benignSets(): Array<{ name: string; kind: 'code' | 'prose'; rows: string[] }> {
  const d = datasetsDir();
  const he = readJsonl(join(d, 'humaneval', 'data', 'HumanEval.jsonl.gz'), true);
  const sets: Array<{ name: string; kind: 'code' | 'prose'; rows: string[] }> = [];
  sets.push({ name: 'humaneval prompts + solutions (code)', kind: 'code', rows: he.map((r) => `${String(r.prompt)}${String(r.canonical_solution)}`) });
  sets.push({ name: 'humaneval tests (code)', kind: 'code', rows: he.map((r) => String(r.test)) });
  const mt = ['mt_bench', 'vicuna_bench'].flatMap((b) => readJsonl(join(d, 'mt-bench-vicuna-questions', 'fastchat', 'llm_judge', 'data', b, 'question.jsonl')));
  sets.push({ name: 'MT-Bench + Vicuna questions (prose)', kind: 'prose', rows: mt.flatMap((r) => (Array.isArray(r.turns) ? (r.turns as unknown[]).map(String) : [])) });
  const si = readJsonl(join(d, 'self-instruct', 'human_eval', 'user_oriented_instructions.jsonl'));
  sets.push({
    name: 'self-instruct user-oriented tasks (prose)',
    kind: 'prose',
    rows: si.map((r) => {
      const inst = Array.isArray(r.instances) ? (r.instances as Array<{ input?: string }>)[0]?.input ?? '' : '';
      return [String(r.instruction ?? ''), inst].filter((x) => x.length > 0).join('\n');
    }),
  });
  const acp = join(d, 'awesome-chatgpt-prompts', 'prompts.csv');
  if (existsSync(acp)) sets.push({ name: 'awesome-chatgpt-prompts role prompts (prose)', kind: 'prose', rows: parseCsv(readFileSync(acp, 'utf8')).slice(1).map((r) => r[1] ?? '').filter((t) => t.length > 0) });
  sets.push({ name: 'GSM8K questions (prose)', kind: 'prose', rows: readJsonl(join(d, 'gsm8k-test', 'grade_school_math', 'data', 'test.jsonl')).map((r) => String(r.question)).slice(0, 1000) });
  return sets.filter((s) => s.rows.length > 0);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = new Date().toISOString();
  const results: Record<string, unknown> = {
    command: 'npx tsx bench/data-protection.ts',
    node: process.version,
    date: started,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
  };
  const hai = await loadHai();
  const aid = await loadAidefence();
  results.peers = { hai: hai?.version ?? 'not installed (set BENCH_PEERS_DIR)', aidefence: aid?.version ?? 'not installed' };

  // --- PII ---
  const all = loadPresidio();
  if (all === undefined) {
    console.log('presidio-synthetic-pii not found: PII part skipped');
  } else {
    const dev = all.filter((r) => r.split === 'dev');
    const train = all.filter((r) => r.split === 'train');
    console.log(`\nPII — presidio-synthetic-pii, dev templates: ${dev.length} sentences, ${new Set(dev.map((r) => r.template)).size} templates (train: ${train.length} sentences, ${new Set(train.map((r) => r.template)).size} templates)`);
    const variants: Array<{ name: string; options: AnonymizeOptions }> = [
      { name: 'ours (default: rules, cues + name lists)', options: {} },
      { name: 'ours + name model (nameModel: true)', options: { nameModel: true } },
      { name: 'ours, names by cues only (nameLists: false)', options: { nameLists: false } },
    ];
    const pii: Record<string, unknown>[] = [];
    for (const v of variants) {
      const s = piiAnonymize(v.options);
      // Warm the lazy loads (phone metadata, name lists) outside the timed rows.
      await runPii(s, 'Call Maya Ortiz on +1 202-555-0143.');
      pii.push(await scorePii(v.name, dev, (t) => runPii(s, t)));
    }
    if (process.env.BENCH_TRAIN === '1') {
      const s = piiAnonymize();
      pii.push(await scorePii('ours on the TRAIN templates (for development only)', train, (t) => runPii(s, t)));
    }
    if (hai !== undefined) {
      const guard = hai.mod.piiGuard({ roles: ['user'], mode: 'redact' });
      pii.push(
        await scorePii(`@presidio-dev/hai-guardrails ${hai.version} piiGuard (redact)`, dev, async (t) => {
          const t0 = performance.now();
          const r = await guard([{ role: 'user', content: t }]);
          return { matches: [], sanitized: r[0]?.modifiedMessage?.content ?? t, ms: performance.now() - t0 };
        }, true),
      );
    }
    results.pii = pii;
    printPii(pii);
    if (aid !== undefined) {
      // aidefence only says whether a text has PII: the share of dev sentences with a covered entity it flags.
      const withPii = dev.filter((r) => r.spans.some((g) => (OUR_LABELS as readonly string[]).includes(g.label) && g.label !== 'PERSON' && g.label !== 'STREET_ADDRESS'));
      const rate = withPii.filter((r) => aid.hasPII(r.text)).length / Math.max(1, withPii.length);
      results.aidefencePii = { rows: withPii.length, flagged: rate, call: 'createAIDefence().hasPII(text)' };
      console.log(`@claude-flow/aidefence ${aid.version} hasPII(): flags ${pct(rate)} of the ${withPii.length} dev sentences with an email, phone, card, IBAN, SSN or IP (it has no per-entity output).`);
    }
  }

  // --- Secrets ---
  const examples = readRuleExamples();
  const sets = benignSets();
  const scanner = secretsPatterns();
  const threshold = scanner.threshold;
  const ours = async (t: string): Promise<boolean> => {
    const v = await scanner.scan(createTextView(t), testContext({ prompt: t }));
    return v.score >= threshold;
  };
  const tools: Array<{ name: string; flag: (t: string) => Promise<boolean> }> = [{ name: 'ours (secrets/patterns)', flag: ours }];
  if (hai !== undefined) {
    const guard = hai.mod.secretGuard({ roles: ['user'], mode: 'redact' });
    tools.push({
      name: `hai-guardrails ${hai.version} secretGuard`,
      flag: async (t) => {
        const r = await guard([{ role: 'user', content: t }]);
        const m = r[0];
        return m !== undefined && (!m.passed || (m.modifiedMessage !== undefined && m.modifiedMessage.content !== t));
      },
    });
  }
  if (aid !== undefined) tools.push({ name: `aidefence ${aid.version} hasPII (keys, passwords, and PII)`, flag: async (t) => aid.hasPII(t) });

  const secretRows: Array<{ name: string; n: number; kind: 'recall' | 'fpr'; values: Record<string, number> }> = [];
  const groups: Array<{ name: string; kind: 'recall' | 'fpr'; rows: string[] }> = [];
  for (const set of ['kingfisher', 'noseyparker'] as const) {
    const pos = examples.filter((e) => e.set === set && e.positive && !e.identifierOnly).map((e) => e.text);
    // Many rule examples are typed placeholders (`abcdef1234567890…`, `a1b2c3…`) that a scanner built to
    // pass documentation and tutorials deliberately skips: recall on the rest is reported apart.
    const realistic = pos.filter((t) => !PLACEHOLDER_LIKE.test(t));
    const ids = examples.filter((e) => e.set === set && e.positive && e.identifierOnly).map((e) => e.text);
    const neg = examples.filter((e) => e.set === set && !e.positive).map((e) => e.text);
    if (pos.length > 0) groups.push({ name: `${set}: positive examples (recall)`, kind: 'recall', rows: pos });
    if (realistic.length > 0 && realistic.length < pos.length) groups.push({ name: `${set}: positive examples without typed-placeholder runs (recall)`, kind: 'recall', rows: realistic });
    if (ids.length > 0) groups.push({ name: `${set}: identifier-only rules' examples (flag rate; not secrets)`, kind: 'fpr', rows: ids });
    if (neg.length > 0) groups.push({ name: `${set}: negative examples (false positives)`, kind: 'fpr', rows: neg });
  }
  for (const s of sets) groups.push({ name: `${s.name} (false positives)`, kind: 'fpr', rows: s.rows });
  const misses: Record<string, string[]> = {};
  for (const g of groups) {
    const values: Record<string, number> = {};
    for (const tool of tools) {
      let flagged = 0;
      for (const t of g.rows) {
        const f = await tool.flag(t);
        if (f) flagged++;
        if (tool === tools[0] && process.env.BENCH_SHOW_MISSES === '1' && (g.kind === 'recall' ? !f : f)) (misses[g.name] ??= []).push(t.slice(0, 160));
      }
      values[tool.name] = flagged / Math.max(1, g.rows.length);
    }
    secretRows.push({ name: g.name, n: g.rows.length, kind: g.kind, values });
  }
  // Recall per rule file (which providers we miss), ours only.
  const perFile = new Map<string, { n: number; hit: number }>();
  for (const e of examples.filter((x) => x.positive && !x.identifierOnly)) {
    const k = `${e.set}/${e.file}`;
    const s = perFile.get(k) ?? { n: 0, hit: 0 };
    s.n++;
    if (await ours(e.text)) s.hit++;
    perFile.set(k, s);
  }
  const files = [...perFile];
  results.secrets = {
    threshold,
    rows: secretRows,
    ruleFiles: files.length,
    ruleFilesWithAHit: files.filter(([, s]) => s.hit > 0).length,
    ruleFilesFullyCaught: files.filter(([, s]) => s.hit === s.n).length,
    missedFiles: files.filter(([, s]) => s.hit === 0).map(([k]) => k),
  };
  printSecrets(secretRows, tools.map((t) => t.name));
  console.log(`rule files with every positive example caught: ${files.filter(([, s]) => s.hit === s.n).length} of ${files.length}; with none caught: ${files.filter(([, s]) => s.hit === 0).length}`);
  if (process.env.BENCH_SHOW_MISSES === '1') {
    for (const [k, v] of Object.entries(misses)) console.log(`\n${k}:\n  ${v.slice(0, 400).join('\n  ')}`);
  }

  // PII redactions on the same ordinary code and prose (informative: how often Anonymize rewrites them).
  const anon = piiAnonymize();
  const piiOnBenign: Record<string, { rate: number; labels: Record<string, number> }> = {};
  for (const s of sets) {
    let n = 0;
    const labels: Record<string, number> = {};
    for (const t of s.rows) {
      const m = (await runPii(anon, t)).matches;
      if (m.length > 0) n++;
      for (const x of m) labels[x.label] = (labels[x.label] ?? 0) + 1;
    }
    piiOnBenign[s.name] = { rate: n / s.rows.length, labels };
  }
  results.piiRedactionRateOnBenign = piiOnBenign;
  console.log('\nAnonymize: share of ordinary texts with at least one redaction (these sets contain real and fictional names, places and numbers), and what was redacted:');
  for (const [k, v] of Object.entries(piiOnBenign)) console.log(`  ${k}: ${pct(v.rate)} — ${Object.entries(v.labels).sort((a, b) => b[1] - a[1]).map(([l, c]) => `${l} ${c}`).join(', ')}`);

  mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench', 'results', 'data-protection.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwrote bench/results/data-protection.json');
}

function printPii(variants: Record<string, unknown>[]): void {
  for (const v of variants) {
    console.log(`\n${String(v.name)} — p50 ${(v.p50ms as number).toFixed(3)} ms, p99 ${(v.p99ms as number).toFixed(3)} ms per sentence`);
    if (v.peer === true) {
      // A peer that only rewrites text: the share of gold values gone from its output is all we can measure.
      console.log('| entity | gold | value removed |');
      console.log('|---|---|---|');
      for (const [label, e] of Object.entries(v.entities as Record<string, { covered: boolean; gold: number; valueRemoved: number | null }>)) if (e.covered) console.log(`| ${label} | ${e.gold} | ${pct(e.valueRemoved)} |`);
      continue;
    }
    console.log('| entity | gold | predicted | precision | recall | F1 | value removed |');
    console.log('|---|---|---|---|---|---|---|');
    const ents = v.entities as Record<string, { covered: boolean; gold: number; predicted: number; precision: number | null; recall: number | null; f1: number | null; valueRemoved: number | null }>;
    for (const [label, e] of Object.entries(ents)) {
      if (!e.covered && e.predicted === 0) continue;
      console.log(`| ${label}${e.covered ? '' : ' (no gold label of its own)'} | ${e.gold} | ${e.predicted} | ${pct(e.precision)} | ${pct(e.recall)} | ${pct(e.f1)} | ${pct(e.valueRemoved)} |`);
    }
    const m = v.micro as { precision: number | null; recall: number | null; f1: number | null };
    console.log(`| **covered entities (micro)** | | | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | |`);
    const touched = v.uncoveredTouched as Record<string, number>;
    if (Object.keys(touched).length > 0) console.log(`predictions touching uncovered gold types: ${Object.entries(touched).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
}

function printSecrets(rows: Array<{ name: string; n: number; values: Record<string, number> }>, tools: string[]): void {
  console.log('\nSecrets — flagged share (recall on positives, false-positive rate elsewhere)');
  console.log(`| set | rows | ${tools.join(' | ')} |`);
  console.log(`|---|---|${tools.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.name} | ${r.n} | ${tools.map((t) => pct(r.values[t])).join(' | ')} |`);
}

await main();
process.exit(0);
