/**
 * @module training/url/corpus — the train/dev split of the malicious-URL classifier (`models/url`).
 *
 * Sources (all read from the shared dataset folder at run time; nothing is copied into the repo):
 * - `iscx-benign`: ISCX-URL-2016 benign list (phishing-urls-phishtank-iscx/DataFiles/1.*), label 0.
 * - `faizann24`: faizann24 data2.csv, every row malicious (no scheme), label 1.
 * - `phishtank`: PhishTank verified-online export, May 2020 (…/DataFiles/2.*), label 1.
 * - `links-kingfisher`: URLs quoted in kingfisher-secret-rules (Apache-2.0): SaaS API endpoints and
 *   documentation links, label 0.
 * - `links-heldout`: URLs quoted in noseyparker-secret-rules (Apache-2.0), BIPIA (MIT; Stack
 *   Exchange contexts CC BY-SA) and awesome-chatgpt-prompts (CC0): docs / API / Q&A links, label 0.
 *
 * Every URL goes through {@link canonicalUrl} (scheme, `www.`, `&amp;` and trailing slashes
 * removed), so the model cannot tell a source by its formatting (faizann24 has no scheme, the
 * others do; PhishTank keeps `www.`, ISCX does not).
 *
 * Split, so that dev measures generalisation:
 * - by registered domain (tldts, private suffixes included; the host for IPs): a domain is in
 *   train or dev, never both (20% of domains → dev, by a hash of the domain);
 * - by source: train = iscx-benign + faizann24 + links-kingfisher (train domains). dev = the same
 *   three sources on their dev domains (same source, unseen domains) + phishtank and links-heldout
 *   whole (unseen sources), minus any row whose domain occurs in train.
 *
 * Run directly (`npx tsx training/url/corpus.ts`) to write `training/.data/url/{train,dev}.jsonl`.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDomain, parse } from 'tldts';
import { REPO_ROOT, datasetsDir, parseCsv, sample } from '../../bench/dev-suite.js';
import { canonicalUrl } from '../../src/scanners/urls/canonical.js';

/** One labelled URL: `label` 1 = malicious/phishing, 0 = benign. */
export interface Row {
  readonly text: string;
  readonly label: number;
  readonly source: string;
}

/** The split, plus counts for the model card. */
export interface Corpus {
  readonly train: Row[];
  readonly dev: Row[];
  readonly stats: Record<string, number>;
}

/** Share of registered domains held out for dev (per mille). */
const DEV_PER_MILLE = 200;
/** At most this many rows per registered domain and source (a few crawled sites dominate ISCX). */
const PER_DOMAIN_CAP = 50;
const SEED = 20240611;

/** The form the model reads: one implementation, shared with the scanner (`urls/classifier`). */
export { canonicalUrl };

/** Host of a canonical URL (lower-case, no port, no user info). */
export function hostOf(canon: string): string {
  let h = canon.split(/[/?#\\]/, 1)[0] ?? '';
  const at = h.lastIndexOf('@');
  if (at >= 0) h = h.slice(at + 1);
  if (!h.startsWith('[')) h = h.replace(/:\d*$/, '');
  return h.toLowerCase();
}

/** Registered domain (eTLD+1, private suffixes counted as suffixes), else the host itself. */
export function registeredDomain(canon: string): string {
  const host = hostOf(canon);
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Dev bucket of a domain: stable, seeded. */
function isDevDomain(domain: string): boolean {
  return fnv(`${SEED}:${domain}`) % 1000 < DEV_PER_MILLE;
}

/** A plausible URL: no whitespace or control characters, a host with a dot (or an IP). */
function plausible(canon: string): boolean {
  if (canon.length < 4 || /[\s\u0000-\u001f\u007f]/.test(canon) || canon.includes('\\n')) return false;
  return hostOf(canon).includes('.');
}

// ---------------------------------------------------------------------------------------------
// Readers

function readFaizann(d: string): string[] {
  const rows = parseCsv(readFileSync(join(d, 'malicious-urls-faizann24/data/data2.csv'), 'utf8'));
  return rows.filter((r) => r[1] === 'bad').map((r) => r[0] ?? '');
}

function readIscxBenign(d: string): string[] {
  return readFileSync(join(d, 'phishing-urls-phishtank-iscx/DataFiles/1.Benign_list_big_final.csv'), 'utf8').split(/\r?\n/);
}

function readPhishtank(d: string): string[] {
  const [header, ...rows] = parseCsv(readFileSync(join(d, 'phishing-urls-phishtank-iscx/DataFiles/2.online-valid.csv'), 'utf8'));
  const col = (header ?? []).indexOf('url');
  const ver = (header ?? []).indexOf('verified');
  return rows.filter((r) => ver < 0 || r[ver] === 'yes').map((r) => r[col] ?? '');
}

/** Licensed datasets whose text quotes real-world (benign) links. */
const LINKS_TRAIN = ['kingfisher-secret-rules'];
const LINKS_HELDOUT = ['noseyparker-secret-rules', 'bipia', 'awesome-chatgpt-prompts'];
const WILD_URL = /https?:\/\/[^\s"'<>()[\]{}`\\|^]+/g;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile() && name !== 'SOURCE.md' && st.size < 50_000_000) out.push(p);
  }
}

function readLinks(d: string, sources: readonly string[]): string[] {
  const urls: string[] = [];
  for (const src of sources) {
    const files: string[] = [];
    walk(join(d, src), files);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(WILD_URL)) {
        const u = m[0].replace(/[.,;:!?*'"]+$/, '');
        // Skip templates and regexes (`{{`, `$1`, `+`, `*`), placeholders and local hosts.
        if (/[$*+]|%s|\{|xxx/i.test(u)) continue;
        const info = parse(u);
        if (info.hostname === null || (!info.isIp && (info.domain === null || info.isIcann !== true))) continue;
        if (/(^|\.)(example|localhost|local|test|invalid)(\.|$)/i.test(info.hostname)) continue;
        urls.push(u);
      }
    }
  }
  return urls;
}

// ---------------------------------------------------------------------------------------------
// Split

interface Item {
  readonly text: string;
  readonly label: number;
  readonly source: string;
  readonly domain: string;
}

function items(urls: readonly string[], label: number, source: string): Item[] {
  const out: Item[] = [];
  for (const u of urls) {
    const text = canonicalUrl(u);
    if (!plausible(text)) continue;
    out.push({ text, label, source, domain: registeredDomain(text) });
  }
  return out;
}

/** Dedupe (first wins), then cap rows per domain with a seeded sample. */
function capPerDomain(xs: readonly Item[], cap: number, seed: number): Item[] {
  const byDomain = new Map<string, Item[]>();
  for (const x of xs) {
    const g = byDomain.get(x.domain);
    if (g === undefined) byDomain.set(x.domain, [x]);
    else g.push(x);
  }
  const out: Item[] = [];
  for (const [dom, g] of [...byDomain.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    out.push(...(g.length > cap ? sample(g, cap, fnv(`${seed}:${dom}`)) : g));
  }
  return out;
}

/**
 * Builds the split.
 *
 * @example
 * ```ts
 * const { train, dev } = loadCorpus();
 * ```
 */
export function loadCorpus(d: string = datasetsDir()): Corpus {
  const stats: Record<string, number> = {};
  const raw = {
    'iscx-benign': items(readIscxBenign(d), 0, 'iscx-benign'),
    faizann24: items(readFaizann(d), 1, 'faizann24'),
    phishtank: items(readPhishtank(d), 1, 'phishtank'),
    'links-kingfisher': items(readLinks(d, LINKS_TRAIN), 0, 'links-kingfisher'),
    'links-heldout': items(readLinks(d, LINKS_HELDOUT), 0, 'links-heldout'),
  };
  // A canonical URL labelled both ways (across sources) is dropped everywhere.
  const labelsOf = new Map<string, Set<number>>();
  for (const xs of Object.values(raw)) for (const x of xs) (labelsOf.get(x.text) ?? labelsOf.set(x.text, new Set()).get(x.text))?.add(x.label);
  const seen = new Set<string>();
  const clean: Record<string, Item[]> = {};
  for (const [src, xs] of Object.entries(raw)) {
    stats[`${src}.raw`] = xs.length;
    const kept: Item[] = [];
    for (const x of xs) {
      if ((labelsOf.get(x.text)?.size ?? 0) > 1) {
        stats.conflicts = (stats.conflicts ?? 0) + 1;
        continue;
      }
      if (seen.has(x.text)) continue; // duplicate (within or across sources): first source wins
      seen.add(x.text);
      kept.push(x);
    }
    clean[src] = capPerDomain(kept, PER_DOMAIN_CAP, SEED);
    stats[`${src}.kept`] = clean[src].length;
    stats[`${src}.domains`] = new Set(clean[src].map((x) => x.domain)).size;
  }
  const train: Item[] = [];
  const dev: Item[] = [];
  for (const src of ['iscx-benign', 'faizann24', 'links-kingfisher']) for (const x of clean[src] ?? []) (isDevDomain(x.domain) ? dev : train).push(x);
  const trainDomains = new Set(train.map((x) => x.domain));
  for (const src of ['phishtank', 'links-heldout']) {
    for (const x of clean[src] ?? []) {
      if (trainDomains.has(x.domain)) stats[`${src}.droppedTrainDomain`] = (stats[`${src}.droppedTrainDomain`] ?? 0) + 1;
      else dev.push(x);
    }
  }
  const strip = (x: Item): Row => ({ text: x.text, label: x.label, source: x.source });
  const shuffled = (xs: Item[], seed: number): Row[] => sample(xs, xs.length, seed).map(strip);
  for (const [name, xs] of [
    ['train', train],
    ['dev', dev],
  ] as const) {
    for (const x of xs) stats[`${name}.${x.source}`] = (stats[`${name}.${x.source}`] ?? 0) + 1;
  }
  return { train: shuffled(train, SEED), dev: shuffled(dev, SEED + 1), stats };
}

/** Alias, the name other corpora use. */
export const corpus = loadCorpus;

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const c = loadCorpus();
  const out = join(REPO_ROOT, 'training', '.data', 'url');
  mkdirSync(out, { recursive: true });
  for (const [name, rows] of [
    ['train', c.train],
    ['dev', c.dev],
  ] as const) {
    writeFileSync(join(out, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
  }
  writeFileSync(join(out, 'stats.json'), JSON.stringify(c.stats, null, 2) + '\n', 'utf8');
  console.log(JSON.stringify(c.stats, null, 2));
}
