/**
 * @module scripts/fixture-stats — validates the prompt-attack fixture sets and prints their counts
 * (`npx tsx scripts/fixture-stats.ts [--markdown]`). Exits 1 on a schema error or when a coverage
 * floor (rows per detector / language) is not met, so a bad edit to the JSONL files is caught early.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Detector ids an attack row may carry (benign rows carry `null`). */
export const DETECTOR_IDS = [
  'injection/instruction-override',
  'injection/prompt-extraction',
  'injection/role-hijack',
  'injection/prompt-leak',
  'injection/context-manipulation',
  'injection/task-deflection',
  'injection/multi-turn-escalation',
  'indirect/data-exfiltration',
  'indirect/tool-abuse',
  'indirect/rag-poisoning',
  'indirect/markup-injection',
  'indirect/url-injection',
  'jailbreak/hypothetical',
  'jailbreak/research-pretext',
  'jailbreak/dual-persona',
  'jailbreak/many-shot',
  'jailbreak/adversarial-suffix',
  'obfuscation/encoding',
  'obfuscation/cipher',
  'obfuscation/leetspeak',
  'obfuscation/reversed',
  'obfuscation/spaced-letters',
  'obfuscation/homoglyphs',
  'obfuscation/invisible-text',
] as const;

/** ISO 639-1 codes the fixture sets cover in depth (coverage floors below). */
export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi'] as const;
/** Languages whose phrase tables hold only the commonest shapes: a couple of rows each. */
export const EXTRA_LANGS = ['id', 'tr', 'vi', 'pl', 'sv', 'uk', 'cs', 'el', 'he'] as const;
const ALL_LANGS: readonly string[] = [...LANGS, ...EXTRA_LANGS];

/** Detectors every non-English language must have at least one attack row for. */
export const CORE_DETECTORS = ['injection/instruction-override', 'injection/prompt-extraction', 'injection/role-hijack'] as const;

/** One conversation turn before the scanned text (multi-turn rows only). */
export interface FixtureTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** One JSONL row of `benign.jsonl` or `attacks.jsonl`. */
export interface FixtureRow {
  id: string;
  text: string;
  label: 0 | 1;
  lang: (typeof LANGS)[number] | (typeof EXTRA_LANGS)[number];
  detector: (typeof DETECTOR_IDS)[number] | null;
  tags: string[];
  history?: FixtureTurn[];
  direction?: 'input' | 'output';
}

/** Rows of at least this many UTF-16 units count as "long" documents. */
export const LONG_CHARS = 300;

const KEBAB_ID = /^[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,12}$/;
const ROW_KEYS = new Set(['id', 'text', 'label', 'lang', 'detector', 'tags', 'history', 'direction']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses and validates one fixture file. Returns the rows that passed and one message per problem.
 * @example
 * const { rows, errors } = loadFixtures(readFileSync('test/fixtures/prompt-attacks/benign.jsonl', 'utf8'), 0, 'benign.jsonl');
 */
export function loadFixtures(source: string, label: 0 | 1, file: string): { rows: FixtureRow[]; errors: string[] } {
  const rows: FixtureRow[] = [];
  const errors: string[] = [];
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: invalid JSON (${(e as Error).message})`);
      return;
    }
    if (!isObject(v)) {
      errors.push(`${where}: not a JSON object`);
      return;
    }
    let ok = true;
    const bad = (msg: string): void => {
      ok = false;
      errors.push(`${where} (${String(v['id'])}): ${msg}`);
    };
    for (const k of Object.keys(v)) if (!ROW_KEYS.has(k)) bad(`unknown key "${k}"`);
    if (typeof v['id'] !== 'string' || !KEBAB_ID.test(v['id'])) bad('id must be a kebab-case string');
    if (typeof v['text'] !== 'string' || v['text'].trim() === '') bad('text must be a non-empty string');
    if (v['label'] !== label) bad(`label must be ${label} in this file`);
    if (typeof v['lang'] !== 'string' || !ALL_LANGS.includes(v['lang'])) bad(`lang "${String(v['lang'])}" not allowed`);
    const det = v['detector'];
    if (label === 0 && det !== null) bad('benign rows must have detector null');
    if (label === 1 && (typeof det !== 'string' || !(DETECTOR_IDS as readonly string[]).includes(det))) bad(`unknown detector "${String(det)}"`);
    const tags = v['tags'];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string' && t !== '')) bad('tags must be an array of non-empty strings');
    else if (label === 0 && tags.length === 0) bad('benign rows need a topic tag');
    if (v['direction'] !== undefined && v['direction'] !== 'input' && v['direction'] !== 'output') bad('direction must be input or output');
    const hist = v['history'];
    if (hist !== undefined) {
      if (!Array.isArray(hist) || hist.length === 0) bad('history must be a non-empty array');
      else if (!hist.every((t) => isObject(t) && (t['role'] === 'user' || t['role'] === 'assistant') && typeof t['content'] === 'string' && t['content'] !== '')) {
        bad('history turns need role user|assistant and non-empty content');
      }
    }
    if (det === 'injection/multi-turn-escalation' && !(Array.isArray(hist) && hist.length >= 2 && hist.length <= 5)) {
      bad('multi-turn-escalation rows need a history of 2-5 turns');
    }
    if (ok) rows.push(v as unknown as FixtureRow);
  });
  return { rows, errors };
}

function count<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

/**
 * Checks the coverage floors the fixture sets promise (see the README next to the files).
 * @example
 * const misses = coverageMisses(attacks, benign); // [] when every floor is met
 */
export function coverageMisses(attacks: readonly FixtureRow[], benign: readonly FixtureRow[]): string[] {
  const out: string[] = [];
  if (attacks.length < 420) out.push(`attacks: ${attacks.length} < 420 rows`);
  if (benign.length < 420) out.push(`benign: ${benign.length} < 420 rows`);
  const perDet = count(attacks, (r) => r.detector ?? '');
  for (const d of DETECTOR_IDS) {
    const floor = (CORE_DETECTORS as readonly string[]).includes(d) ? 40 : 10;
    if ((perDet.get(d) ?? 0) < floor) out.push(`${d}: ${perDet.get(d) ?? 0} < ${floor} attack rows`);
  }
  for (const l of LANGS) {
    if (l === 'en') continue;
    const a = attacks.filter((r) => r.lang === l);
    if (a.length < 12) out.push(`${l}: ${a.length} < 12 attack rows`);
    for (const d of CORE_DETECTORS) if (!a.some((r) => r.detector === d)) out.push(`${l}: no ${d} attack`);
    const b = benign.filter((r) => r.lang === l).length;
    if (b < 10) out.push(`${l}: ${b} < 10 benign rows`);
  }
  for (const l of EXTRA_LANGS) {
    if (attacks.filter((r) => r.lang === l).length < 2) out.push(`${l}: fewer than 2 attack rows`);
    if (benign.filter((r) => r.lang === l).length < 2) out.push(`${l}: fewer than 2 benign rows`);
  }
  const hard = benign.filter((r) => r.tags.includes('hard')).length;
  if (hard < 60) out.push(`benign: ${hard} < 60 rows tagged hard`);
  return out;
}

function pct(n: number, d: number): string {
  return d === 0 ? '0%' : `${((100 * n) / d).toFixed(1)}%`;
}

/**
 * Markdown tables of the counts (detector × language for attacks, language and topic for benign).
 * @example
 * console.log(statsMarkdown(attacks, benign));
 */
export function statsMarkdown(attacks: readonly FixtureRow[], benign: readonly FixtureRow[]): string {
  const out: string[] = [];
  const isLong = (r: FixtureRow): boolean => r.text.length >= LONG_CHARS;
  out.push(`Attacks: ${attacks.length} rows (${attacks.filter(isLong).length} long = ${pct(attacks.filter(isLong).length, attacks.length)}, ${attacks.filter((r) => r.history !== undefined).length} multi-turn). ` +
    `Benign: ${benign.length} rows (${benign.filter(isLong).length} long = ${pct(benign.filter(isLong).length, benign.length)}, ${benign.filter((r) => r.tags.includes('hard')).length} tagged hard).`);
  out.push('');
  out.push(`| detector | total | ${ALL_LANGS.join(' | ')} |`);
  out.push(`|---|---:|${ALL_LANGS.map(() => '---:').join('|')}|`);
  for (const d of DETECTOR_IDS) {
    const rows = attacks.filter((r) => r.detector === d);
    const per = count(rows, (r) => r.lang);
    out.push(`| \`${d}\` | ${rows.length} | ${ALL_LANGS.map((l) => String(per.get(l) ?? 0)).join(' | ')} |`);
  }
  const aLang = count(attacks, (r) => r.lang);
  const bLang = count(benign, (r) => r.lang);
  const bHard = count(benign.filter((r) => r.tags.includes('hard')), (r) => r.lang);
  out.push(`| **all attacks** | **${attacks.length}** | ${ALL_LANGS.map((l) => `**${aLang.get(l) ?? 0}**`).join(' | ')} |`);
  out.push(`| benign | ${benign.length} | ${ALL_LANGS.map((l) => String(bLang.get(l) ?? 0)).join(' | ')} |`);
  out.push(`| benign, hard | ${benign.filter((r) => r.tags.includes('hard')).length} | ${ALL_LANGS.map((l) => String(bHard.get(l) ?? 0)).join(' | ')} |`);
  out.push('');
  out.push(`English share: attacks ${pct(aLang.get('en') ?? 0, attacks.length)}, benign ${pct(bLang.get('en') ?? 0, benign.length)}.`);
  out.push('');
  const topics = [...count(benign, (r) => r.tags[0] ?? '').entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  out.push('Benign topics (first tag): ' + topics.map(([t, n]) => `${t} ${n}`).join(', ') + '.');
  return out.join('\n');
}

function main(): void {
  const dir = fileURLToPath(new URL('../test/fixtures/prompt-attacks/', import.meta.url));
  const a = loadFixtures(readFileSync(dir + 'attacks.jsonl', 'utf8'), 1, 'attacks.jsonl');
  const b = loadFixtures(readFileSync(dir + 'benign.jsonl', 'utf8'), 0, 'benign.jsonl');
  const errors = [...a.errors, ...b.errors];
  const seen = new Set<string>();
  for (const r of [...a.rows, ...b.rows]) {
    if (seen.has(r.id)) errors.push(`duplicate id ${r.id}`);
    seen.add(r.id);
  }
  const seenText = new Map<string, string>();
  for (const r of [...a.rows, ...b.rows]) {
    const prev = seenText.get(r.text);
    if (prev !== undefined) errors.push(`duplicate text in ${prev} and ${r.id}`);
    seenText.set(r.text, r.id);
  }
  console.log(statsMarkdown(a.rows, b.rows));
  const misses = coverageMisses(a.rows, b.rows);
  for (const m of misses) console.error(`coverage: ${m}`);
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length > 0 || misses.length > 0) process.exitCode = 1;
  else console.error(`ok: ${a.rows.length + b.rows.length} rows valid, all coverage floors met`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
