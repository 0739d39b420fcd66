/**
 * @module scanners/urls/extract — the one URL extractor every URL-aware scanner uses: linkify for web
 * addresses and emails, bounded regexes for script-capable schemes, IPv6 hosts and markdown link targets.
 * Text without a `.`, `:` or `@` inside a word (most prose) costs one native scan (sentence-ending
 * dots are stepped over by the regex itself): linkify and the scheme regexes only run where such a
 * mark is, and linkify's tokens are read directly rather than through `linkify.find`.
 */
import * as linkify from 'linkifyjs';
import type { TextView } from '../../types.js';
import { ABSOLUTE_TARGET, IPV6_URL, MARKDOWN_LINK, SCHEME_URL } from './patterns.js';

/**
 * One URL or email address found in text. Offsets are UTF-16 units into the text given.
 *
 * @example
 * ```ts
 * const u: ExtractedUrl = { start: 0, end: 11, url: 'example.com', href: 'http://example.com', kind: 'url' };
 * ```
 */
export interface ExtractedUrl {
  readonly start: number;
  readonly end: number;
  /** Exactly as written (`example.com/a`). */
  readonly url: string;
  /** Absolute form: a scheme added to bare domains (`http://example.com/a`), `mailto:` to emails. */
  readonly href: string;
  readonly kind: 'url' | 'email';
  /** Set when the URL is the target of a markdown link or image: the text shown (or the alt text). */
  readonly linkText?: string;
  /** True for a markdown image target (`![alt](url)`): rendered without a click. */
  readonly image?: boolean;
}

/**
 * linkify is run per whitespace-free run, not over the whole text: most prose words are skipped without
 * entering its tokenizer, and a hostile run without whitespace is cut into windows so its cost stays
 * linear. A window owns the starts in `[i·STEP, (i+1)·STEP)` and sees OVERLAP more on both sides, so any
 * URL up to OVERLAP long is found whole exactly once.
 */
const STEP = 8192;
const OVERLAP = 1024;

/** Priority when two findings overlap: markdown knows the exact target, our regexes know the scheme. */
const PRIORITY = { markdown: 3, scheme: 2, ipv6: 2, linkify: 1 } as const;
type Source = keyof typeof PRIORITY;
interface Found extends ExtractedUrl {
  readonly source: Source;
  /** A relative markdown target: not reported, but linkify's guesses inside it (`README.md`) are dropped. */
  readonly relative?: boolean;
}

/**
 * Find every URL, email address, `javascript:` / `vbscript:` / `data:` / `file://` URL and absolute
 * markdown link target in `text`, in order of position. Overlapping findings are merged (a markdown target
 * wins over what linkify saw inside it). Never throws; cost is linear in the text length.
 *
 * @example
 * ```ts
 * extractUrls('Docs at example.com/a and [x](javascript:alert(1))');
 * // [{ start: 8, end: 21, url: 'example.com/a', href: 'http://example.com/a', kind: 'url' },
 * //  { start: 30, end: 49, url: 'javascript:alert(1)', href: 'javascript:alert(1)', kind: 'url', linkText: 'x', image: false }]
 * ```
 */
export function extractUrls(text: string): ExtractedUrl[] {
  if (typeof text !== 'string' || text.length < 3) return [];
  const strong: Found[] = [];
  collectMarkdown(text, strong);
  // Both regexes need a ':' (`javascript:`, `data:`, `file://`, `http://[`): most text has none
  // where it matters, and a substring check skips the whole-text scans.
  if (hasScriptScheme(text)) collectRegex(text, SCHEME_URL_G, 'scheme', strong);
  if (text.includes('://[')) collectRegex(text, IPV6_URL_G, 'ipv6', strong);
  const resolved = resolveOverlaps(strong);
  const weak = collectLinkify(text);
  return mergeSorted(resolved, weak)
    .filter((f) => f.relative !== true)
    .map(strip);
}

function strip(f: Found): ExtractedUrl {
  const out: { -readonly [K in keyof ExtractedUrl]: ExtractedUrl[K] } = { start: f.start, end: f.end, url: f.url, href: f.href, kind: f.kind };
  if (f.linkText !== undefined) out.linkText = f.linkText;
  if (f.image !== undefined) out.image = f.image;
  return out;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Global copies of the scheme and IPv6 patterns (compiled once; reset before each use). */
const SCHEME_URL_G = new RegExp(SCHEME_URL.source, `${SCHEME_URL.flags}g`);
const IPV6_URL_G = new RegExp(IPV6_URL.source, `${IPV6_URL.flags}g`);
const MARKDOWN_LINK_G = new RegExp(MARKDOWN_LINK.source, 'gd');

/**
 * Whether some `:` ends `script`, `data` or `file` (any case): every {@link SCHEME_URL} match does.
 * One `indexOf` per colon instead of a regex scan of the whole text.
 */
function hasScriptScheme(text: string): boolean {
  for (let p = text.indexOf(':'); p !== -1; p = text.indexOf(':', p + 1)) {
    // The letter before the colon is t, a or e (any case) for all three; only then look closer.
    const last = text.charCodeAt(p - 1) | 0x20;
    if (last !== 0x74 && last !== 0x61 && last !== 0x65) continue;
    const before = text.slice(Math.max(0, p - 6), p).toLowerCase();
    if (before.endsWith('script') || before.endsWith('data') || before.endsWith('file')) return true;
  }
  return false;
}

/**
 * The characters that make a whitespace-free run a URL or email candidate: `.`, `:`, `@`, fullwidth
 * and ideographic full stops, when followed by another character of the run (not by one of the
 * {@link isSpace} characters, and not at the end of the text). The look-ahead lets the native scan
 * step over sentence-ending dots, which are followed by a space, without returning to JavaScript.
 */
const LINK_MARK = /[.:@\uff0e\u3002](?=[^\t-\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000])/g;

/**
 * Runs that can hold a URL or email, handed to linkify. A native scan jumps from mark to mark
 * (ordinary prose only has sentence-ending dots, followed by a space); only a qualifying mark makes
 * us find its run's ends, and the scan resumes after that run, so each character is looked at a
 * bounded number of times.
 */
function collectLinkify(text: string): Found[] {
  const out: Found[] = [];
  const n = text.length;
  const re = LINK_MARK;
  re.lastIndex = 0;
  // `test` moves `lastIndex` past the mark without building a match array.
  while (re.test(text)) {
    const p = re.lastIndex - 1;
    let start = p;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = p + 2;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    if (end - start >= 3) linkifyRun(text, start, end, out);
    re.lastIndex = end;
  }
  return out;
}

function linkifyRun(text: string, runStart: number, runEnd: number, out: Found[]): void {
  const len = runEnd - runStart;
  for (let own = 0; own < len; own += STEP) {
    const winStart = runStart + Math.max(0, own - OVERLAP);
    const winEnd = runStart + Math.min(len, own + STEP + OVERLAP);
    const ownStart = runStart + own;
    const ownEnd = runStart + Math.min(len, own + STEP);
    // `linkify.find` with default options is exactly the link tokens of `tokenize` (its `validate`,
    // `format` and `formatHref` defaults accept and return them unchanged); reading the tokens
    // directly skips building an options object and a result object per call.
    let tokens: ReturnType<typeof linkify.tokenize>;
    try {
      tokens = linkify.tokenize(text.slice(winStart, winEnd));
    } catch {
      continue; // linkify is not expected to throw; if it does, this window yields nothing rather than the scan failing
    }
    for (const tk of tokens) {
      if (!tk.isLink) continue;
      const start = winStart + tk.startIndex();
      if (start < ownStart || start >= ownEnd) continue;
      const kind = tk.t === 'email' ? 'email' : 'url';
      out.push({ start, end: winStart + tk.endIndex(), url: tk.toString(), href: tk.toHref('http'), kind, source: 'linkify' });
    }
  }
}

function collectRegex(text: string, g: RegExp, source: Source, out: Found[]): void {
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    const start = m.index;
    const url = trimTrailing(m[0]);
    if (url.length < 4) continue;
    out.push({ start, end: start + url.length, url, href: url, kind: 'url', source });
  }
}

function collectMarkdown(text: string, out: Found[]): void {
  if (!text.includes('](')) return;
  const g = MARKDOWN_LINK_G;
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    const target = m[4];
    const span = m.indices?.[4];
    if (target === undefined || span === undefined) continue;
    if (!ABSOLUTE_TARGET.test(target)) {
      out.push({ start: span[0], end: span[1], url: target, href: target, kind: 'url', source: 'markdown', relative: true });
      continue;
    }
    const href = target.startsWith('//') ? `https:${target}` : target.slice(0, 4).toLowerCase() === 'www.' ? `http://${target}` : target;
    out.push({ start: span[0], end: span[1], url: target, href, kind: 'url', source: 'markdown', linkText: m[2] ?? '', image: m[1] === '!' });
  }
}

/**
 * Trailing punctuation belongs to the sentence, not the URL; a closing bracket belongs to the URL only
 * when the URL opened it (`…/Foo_(bar)` keeps its `)`, `(see x.example/a)` loses it).
 */
function trimTrailing(s: string): string {
  let end = s.length;
  for (;;) {
    if (end === 0) break;
    const c = s[end - 1];
    if (c === '.' || c === ',' || c === ';' || c === ':' || c === '!' || c === '?' || c === "'" || c === '"') {
      end--;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      const open = c === ')' ? '(' : c === ']' ? '[' : '{';
      let depth = 0;
      for (let k = 0; k < end; k++) {
        if (s[k] === open) depth++;
        else if (s[k] === c) depth--;
      }
      if (depth < 0) {
        end--;
        continue;
      }
    }
    break;
  }
  return s.slice(0, end);
}

/** Sort by start; of two overlapping findings keep the higher priority one (then the longer one). */
function resolveOverlaps(items: Found[]): Found[] {
  if (items.length <= 1) return items;
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const it of items) {
    const last = kept[kept.length - 1];
    if (last !== undefined && it.start < last.end) {
      const better = PRIORITY[it.source] > PRIORITY[last.source] || (PRIORITY[it.source] === PRIORITY[last.source] && it.end - it.start > last.end - last.start);
      if (better) kept[kept.length - 1] = it;
      continue;
    }
    kept.push(it);
  }
  return kept;
}

/** Merge linkify findings (sorted) into the resolved strong ones, dropping linkify spans that overlap them. */
function mergeSorted(strong: Found[], weak: Found[]): Found[] {
  if (strong.length === 0) return weak;
  const out: Found[] = [];
  let s = 0;
  for (const w of weak) {
    while (s < strong.length && (strong[s] as Found).end <= w.start) out.push(strong[s++] as Found);
    const next = strong[s];
    if (next !== undefined && next.start < w.end) continue; // overlaps a strong finding
    out.push(w);
  }
  while (s < strong.length) out.push(strong[s++] as Found);
  return out;
}

/** Memo key for the URLs of a view. */
const URLS_KEY: object = Object.freeze({ key: 'urls/extract' });

/**
 * The URLs of `view.raw` (raw offsets), extracted once per view however many scanners ask
 * (malicious URLs, markup and URL injection).
 *
 * @example
 * ```ts
 * viewUrls(createTextView('see https://example.com')).length; // 1
 * ```
 */
export function viewUrls(view: TextView): readonly ExtractedUrl[] {
  return view.memo(URLS_KEY, (v) => Object.freeze(extractUrls(v.raw)));
}
