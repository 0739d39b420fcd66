/**
 * @module scanners/urls/malicious — flags phishing-style and script-carrying URLs (brand look-alikes,
 * homographs, IP and encoded hosts, `javascript:` links…) with weighted heuristics combined by noisy-OR.
 *
 * Fast path (a text with one ordinary address costs a few µs beyond finding it): the brand tests run
 * only for the brands a host's labels can match — looked up by name and skeleton, and by first/last
 * letter for typos and prefixes — instead of ~30 brands × every test; ordinary labels are their own
 * skeleton; hosts and labels are split with `indexOf` (the built-in `split` goes through the
 * runtime); path words are matched against the brand names in one pass; a plain e-mail domain skips
 * the URL parser. Each shortcut is exact: it only skips work whose result is known.
 */
// punycode.js ships no type declarations; the import is typed by the cast below.
import punycode from 'punycode.js';
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, Severity, TextView, Verdict } from '../../types.js';
import { checkStringArray, clampScore, defineScanner } from '../define.js';
import { extractUrls, viewUrls, type ExtractedUrl } from './extract.js';
import {
  ARMENIAN_LETTER,
  BRANDS,
  CONFUSABLE_FOLD,
  CYRILLIC_LETTER,
  DATA_ACTIVE,
  DOMAIN_OPTION,
  DOUBLE_ENCODED,
  EXECUTABLE_PATH,
  FILE_LIKE_TLDS,
  GREEK_LETTER,
  INSTALLER_PATH,
  IPV4,
  JS_NOOP,
  LATIN_LETTER,
  LINK_TEXT_DOMAIN,
  NON_ASCII,
  PATH_AT_DOMAIN,
  PHISHING_WORD,
  SHORTENERS,
  SUSPICIOUS_TLDS,
  TLD_LIKE_LABELS,
  TYPO_EXCEPTIONS,
  type Brand,
} from './patterns.js';

const toUnicode = (punycode as { toUnicode(domain: string): string }).toUnicode;

/**
 * Options of {@link urlsMalicious}.
 *
 * @example
 * ```ts
 * const options: UrlsMaliciousOptions = { allowDomains: ['intranet.example'], denyDomains: ['tracker.example'] };
 * ```
 */
export interface UrlsMaliciousOptions {
  /** Registrable domains (and their subdomains) never flagged, e.g. your own sites. */
  readonly allowDomains?: readonly string[];
  /** Domains (and their subdomains) always flagged with score 1. */
  readonly denyDomains?: readonly string[];
}

/**
 * Weight of each signal: the probability, on its own, that a URL showing it is malicious. Signals
 * combine by noisy-OR (`1 − Π(1 − w)`), so weak signals only cross 0.5 together. Anything at 0.5 or
 * above is decisive alone; everything below needs company.
 *
 * @example
 * ```ts
 * URL_SIGNAL_WEIGHTS['brand-lookalike']; // 0.9
 * ```
 */
export const URL_SIGNAL_WEIGHTS = Object.freeze({
  /** Listed by the user in `denyDomains`. */
  'deny-domain': 1,
  /** Script runs when the link is clicked; no legitimate use in chat text (`javascript:void(0)` excepted). */
  'javascript-scheme': 0.95,
  'vbscript-scheme': 0.95,
  /** `data:text/html` and friends open an attacker-written page with an opaque address. */
  'data-html': 0.9,
  /** A label that folds to a brand's skeleton but is not the brand (`paypa1`, `pаypal`, `rnicrosoft`). */
  'brand-lookalike': 0.9,
  /** A label mixing Latin with Cyrillic/Greek/Armenian letters: no real site needs it. */
  'mixed-script': 0.85,
  /** Host IP written in decimal, hex or octal (`http://3232235777/`): only used to evade filters. */
  'encoded-ip': 0.85,
  /** `https://trusted.example@evil.example/`: the part before `@` is a user name, not the host. */
  'userinfo-domain': 0.85,
  /** `paypal.com.evil.example`: a brand plus a TLD-looking label in front of another domain. */
  'brand-in-subdomain': 0.85,
  /** The brand's own name on a throw-away TLD or a shared hosting suffix (`paypal.xyz`). */
  'brand-impersonation': 0.7,
  /** Brand name as a hyphen-separated part of another domain (`paypal-verify.example`). */
  'brand-in-domain': 0.65,
  /** Markdown link text names one domain, the target is another. */
  'deceptive-link-text': 0.65,
  /** One edit away from a brand (`gooogle`, `netfilx`). Real words one edit away are excepted. */
  'brand-typo': 0.6,
  /** All-Cyrillic/Greek label made only of Latin look-alike letters under an ASCII TLD (`аррӏе.com`). */
  'confusable-script': 0.6,
  /** Percent-encoded characters in the host. */
  'encoded-host': 0.6,
  /** Public IP literal instead of a name: common in phishing, but also in ops docs, so below 0.5. */
  'ip-host': 0.45,
  /** Windows/Android executables: frequent malware delivery, but also real release downloads. */
  'executable-download': 0.4,
  /** `file://host/share`: opening it on Windows leaks NTLM credentials to the host; also used legitimately on intranets. */
  'remote-file': 0.45,
  /** Credentials in the URL without a domain-looking user name. */
  userinfo: 0.4,
  /** Visible only after Unicode normalisation (fullwidth letters, zero-width characters inside). */
  obfuscated: 0.4,
  'suspicious-tld': 0.3,
  /** `.zip` / `.mov`: look like file names in text. */
  'file-like-tld': 0.35,
  'double-encoding': 0.35,
  'many-subdomains': 0.3,
  'at-in-path': 0.3,
  'non-standard-port': 0.25,
  'phishing-words': 0.2,
  'brand-in-path': 0.2,
  shortener: 0.2,
  'long-host': 0.2,
  'hyphenated-domain': 0.2,
  /** Installers and scripts (`.sh`, `.dmg`, `.js`): usually legitimate. */
  'installer-download': 0.15,
  /** A non-ASCII hostname that is neither mixed-script nor confusable: many are legitimate. */
  idn: 0.1,
});

/**
 * Name of a URL signal.
 *
 * @example
 * ```ts
 * const s: UrlSignal = 'brand-lookalike';
 * ```
 */
export type UrlSignal = keyof typeof URL_SIGNAL_WEIGHTS;

/** Signals that make a finding `high`: script schemes, brand look-alikes, homographs and `trusted@evil` hosts. */
const HIGH_SIGNALS: ReadonlySet<UrlSignal> = new Set<UrlSignal>([
  'javascript-scheme', 'vbscript-scheme', 'data-html', 'brand-lookalike', 'brand-in-subdomain', 'brand-impersonation',
  'brand-typo', 'mixed-script', 'confusable-script', 'userinfo-domain',
]);

const FLAG_AT = 0.5;
const STANDARD_PORTS: ReadonlySet<string> = new Set(['80', '443', '8080', '8443']);
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.test'];

interface Signal {
  readonly name: UrlSignal;
  readonly weight: number;
  readonly detail?: string;
}

/** What the scanner concluded about one URL. */
interface UrlVerdict {
  readonly score: number;
  readonly signals: readonly Signal[];
}

interface Candidate extends ExtractedUrl {
  readonly obfuscated?: boolean;
}

interface Resolved {
  readonly allow: readonly string[];
  readonly deny: readonly string[];
}

type Tldts = typeof import('tldts');
let tldtsPromise: Promise<Tldts> | undefined;
/** The loaded module once `tldtsPromise` resolved: later scans run synchronously. */
let tldtsLoaded: Tldts | undefined;

/** tldts carries the public suffix list (~47 KB gzipped): loaded on the first text that has a URL. */
function loadTldts(): Promise<Tldts> {
  if (tldtsPromise === undefined) {
    const p = import('tldts').then((m) => (tldtsLoaded = m));
    tldtsPromise = p;
    p.catch(() => {
      if (tldtsPromise === p) tldtsPromise = undefined; // a later scan retries
    });
  }
  return tldtsPromise;
}

/**
 * ASCII code → its lower-cased, folded code in {@link skeleton}, -1 for the dropped hyphen. Defined
 * before the brand tables below, which fold the brand names with it.
 */
const ASCII_FOLD: Int16Array = /* @__PURE__ */ (() => {
  const t = new Int16Array(128);
  for (let c = 0; c < 128; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    t[c] = (CONFUSABLE_FOLD[lower] ?? lower).charCodeAt(0);
  }
  t[45] = -1;
  return t;
})();

const BRAND_SKELETONS: ReadonlyArray<readonly [Brand, string]> = BRANDS.map((b) => [b, skeleton(b.name)] as const);
const OFFICIAL_DOMAINS: ReadonlySet<string> = new Set(BRANDS.flatMap((b) => b.domains));
const BRAND_NAMES: ReadonlySet<string> = new Set(BRANDS.map((b) => b.name));

/**
 * MaliciousURLs scanner (`urls/malicious`): finds every URL, email and markdown link target (see
 * `extractUrls`) and scores each one from host and scheme signals ({@link URL_SIGNAL_WEIGHTS}). The
 * verdict's score is the worst URL's; every URL scoring 0.5 or more becomes a match labelled
 * `url:<strongest signal>`. Severity is `high` for script schemes and brand look-alikes.
 *
 * @example
 * ```ts
 * const scanner = urlsMalicious({ allowDomains: ['intranet.example'] });
 * const v = await scanner.scan(createTextView('Log in at http://paypa1.com/login'), ctx);
 * v.score >= 0.9; // true, v.matches[0].label === 'url:brand-lookalike'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function urlsMalicious(options: UrlsMaliciousOptions = {}): Scanner<UrlsMaliciousOptions> {
  const cfg = resolveUrlOptions(options);
  const { allow, deny } = cfg;
  return defineScanner<UrlsMaliciousOptions>({
    id: 'urls/malicious',
    kind: 'both',
    category: 'urls',
    severity: 'medium',
    description: 'Phishing-style and script-carrying URLs: brand look-alikes, homographs, IP and encoded hosts, javascript:/data: links',
    threshold: 0.5,
    options: { allowDomains: allow, denyDomains: deny },
    scan: (view) => scanUrls(view, cfg),
  });
}

function resolveUrlOptions(options: UrlsMaliciousOptions): Resolved {
  if (options === null || typeof options !== 'object') throw new ConfigError('urls/malicious: options must be an object');
  for (const key of Object.keys(options)) {
    if (key !== 'allowDomains' && key !== 'denyDomains') throw new ConfigError(`urls/malicious: unknown option "${key}"`);
  }
  const allow = checkStringArray(options.allowDomains, 'urls/malicious: allowDomains').map((d) => normalizeDomainOption(d, 'allowDomains'));
  const deny = checkStringArray(options.denyDomains, 'urls/malicious: denyDomains').map((d) => normalizeDomainOption(d, 'denyDomains'));
  return { allow, deny };
}

/**
 * The rule verdict of one URL of a text, for scanners that combine the rules with the URL model
 * (`urls/combined`).
 *
 * @example
 * ```ts
 * const j: UrlJudgement = { url, score: 0.9, signals: ['brand-lookalike'] };
 * ```
 */
export interface UrlJudgement {
  readonly url: ExtractedUrl;
  /** Noisy-OR of the URL's signals (1 for a denied domain). */
  readonly score: number;
  /** Signal names, strongest first. */
  readonly signals: readonly UrlSignal[];
  /** Only visible in the normalised text (fullwidth letters, zero-width characters). */
  readonly obfuscated: boolean;
}

/**
 * A judge with the same options as {@link urlsMalicious} that returns every URL's rule verdict
 * instead of one text-level verdict. Options are checked at once (ConfigError).
 *
 * @example
 * ```ts
 * const judge = urlJudge({ allowDomains: ['example.com'] });
 * (await judge(createTextView('see http://paypa1.com'))).map((j) => j.score); // [0.9…]
 * ```
 */
export function urlJudge(options: UrlsMaliciousOptions = {}): (view: TextView) => Promise<readonly UrlJudgement[]> {
  const cfg = resolveUrlOptions(options);
  return async (view) => {
    const found = candidates(view);
    if (found.length === 0) return [];
    const tl = tldtsLoaded ?? (await loadTldts());
    return found.map((c) => {
      const v = analyzeUrl(c, tl, cfg);
      const { obfuscated, ...url } = c;
      return { url, score: v.score, signals: [...v.signals].sort((a, b) => b.weight - a.weight).map((x) => x.name), obfuscated: obfuscated === true };
    });
  };
}

function normalizeDomainOption(d: string, what: string): string {
  let s = d.trim().toLowerCase();
  if (s.startsWith('*.')) s = s.slice(2);
  else if (s.startsWith('.')) s = s.slice(1);
  if (s.endsWith('.')) s = s.slice(0, -1);
  let host: string;
  try {
    host = new URL(`http://${s}/`).hostname;
  } catch {
    throw new ConfigError(`urls/malicious: ${what} entry "${d}" is not a domain name`);
  }
  // ASCII input must come back unchanged (so `a.example/path` or `user@a.example` is refused); IDN input
  // comes back in its xn-- form.
  if ((!NON_ASCII.test(s) && host !== s) || !DOMAIN_OPTION.test(host)) throw new ConfigError(`urls/malicious: ${what} entry "${d}" is not a domain name`);
  return host;
}

function scanUrls(view: TextView, cfg: Resolved): Verdict | Promise<Verdict> {
  const found = candidates(view);
  if (found.length === 0) return { score: 0, explanation: 'No URLs found.' };
  // Synchronous once the public-suffix list has loaded (the first text with a URL loads it).
  if (tldtsLoaded !== undefined) return judgeUrls(found, tldtsLoaded, cfg);
  return loadTldts().then((tl) => judgeUrls(found, tl, cfg));
}

function judgeUrls(found: readonly Candidate[], tl: Tldts, cfg: Resolved): Verdict {
  const cache = new Map<string, UrlVerdict>();
  const matches: Match[] = [];
  let worst: { c: Candidate; v: UrlVerdict } | undefined;
  let high = false;
  for (const c of found) {
    const key = `${c.kind}\u0000${c.href}\u0000${c.linkText ?? ''}\u0000${c.obfuscated === true ? 1 : 0}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = analyzeUrl(c, tl, cfg);
      cache.set(key, v);
    }
    if (worst === undefined || v.score > worst.v.score) worst = { c, v };
    if (v.score >= FLAG_AT) {
      const top = v.signals.reduce((a, b) => (b.weight > a.weight ? b : a));
      matches.push({ start: c.start, end: c.end, label: `url:${top.name}` });
      if (v.signals.some((s) => HIGH_SIGNALS.has(s.name))) high = true;
    }
  }
  const score = worst?.v.score ?? 0;
  const explanation = explain(found.length, matches.length, worst);
  const severity: Severity | undefined = high ? 'high' : undefined;
  return severity === undefined ? { score, matches, explanation } : { score, matches, explanation, severity };
}

function explain(total: number, flagged: number, worst: { c: Candidate; v: UrlVerdict } | undefined): string {
  if (worst === undefined || worst.v.signals.length === 0) return `No suspicious signals in ${total} URL${total === 1 ? '' : 's'}.`;
  const shown = worst.c.url.length > 100 ? `${worst.c.url.slice(0, 97)}...` : worst.c.url;
  const signals = worst.v.signals
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .map((s) => (s.detail === undefined ? s.name : `${s.name} (${s.detail})`))
    .join(', ');
  const head = flagged > 0 ? `${flagged} of ${total} URL${total === 1 ? '' : 's'} look malicious` : `No URL crossed the bar (${total} checked)`;
  return `${head}; worst "${shown}" scored ${worst.v.score.toFixed(2)}: ${signals}.`;
}

/**
 * URLs of the raw text, plus those only visible in the normalised text (fullwidth letters, zero-width
 * characters splitting a host): raw offsets stay exact, and obfuscation becomes a signal of its own.
 */
function candidates(view: TextView): Candidate[] {
  const raw: Candidate[] = [...viewUrls(view)];
  const norm = view.normalized;
  if (norm === view.raw) return raw;
  const extra: Candidate[] = [];
  for (const u of extractUrls(norm)) {
    const span = view.toRaw(u.start, u.end);
    if (view.raw.slice(span.start, span.end) === u.url) continue; // the raw pass saw the same text
    extra.push({ ...u, start: span.start, end: span.end, obfuscated: true });
  }
  if (extra.length === 0) return raw;
  // Raw findings overlapping an obfuscated URL are fragments of it. Both lists are sorted by start.
  const kept: Candidate[] = [];
  let k = 0;
  for (const r of raw) {
    while (k < extra.length && (extra[k] as Candidate).end <= r.start) k++;
    const e = extra[k];
    if (e === undefined || e.start >= r.end) kept.push(r);
  }
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

function analyzeUrl(c: Candidate, tl: Tldts, cfg: Resolved): UrlVerdict {
  const signals = new Map<UrlSignal, Signal>();
  const add = (name: UrlSignal, detail?: string, weight: number = URL_SIGNAL_WEIGHTS[name]): void => {
    const prev = signals.get(name);
    if (prev !== undefined && prev.weight >= weight) return;
    signals.set(name, detail === undefined ? { name, weight } : { name, weight, detail });
  };
  try {
    analyzeInto(c, tl, cfg, add);
  } catch {
    // A URL this odd (the WHATWG parser or punycode refused it) keeps whatever signals were found.
  }
  if (signals.has('deny-domain')) return { score: 1, signals: [...signals.values()] };
  const list = [...signals.values()];
  const score = clampScore(1 - list.reduce((p, s) => p * (1 - s.weight), 1));
  return { score, signals: list };
}

type Add = (name: UrlSignal, detail?: string, weight?: number) => void;

function analyzeInto(c: Candidate, tl: Tldts, cfg: Resolved, add: Add): void {
  const href = c.href;
  const lower = href.slice(0, 16).toLowerCase();
  if (c.obfuscated === true) add('obfuscated');
  if (lower.startsWith('javascript:') || lower.startsWith('livescript:')) {
    if (!JS_NOOP.test(href.trim())) add('javascript-scheme');
    return;
  }
  if (lower.startsWith('vbscript:')) {
    add('vbscript-scheme');
    return;
  }
  if (lower.startsWith('data:')) {
    if (DATA_ACTIVE.test(href)) add('data-html');
    return;
  }
  if (c.kind === 'email' || lower.startsWith('mailto:')) {
    const at = href.lastIndexOf('@');
    if (at < 0) return;
    const rest = href.slice(at + 1);
    const q = rest.indexOf('?');
    const h = rest.indexOf('#');
    const cut = q < 0 ? h : h < 0 ? q : Math.min(q, h);
    const domain = cut >= 0 ? rest.slice(0, cut) : rest;
    const host = plainHostname(domain) ?? new URL(`http://${domain}/`).hostname;
    if (listed(host, cfg.allow)) return;
    if (listed(host, cfg.deny)) add('deny-domain', host);
    hostSignals(host, tl, add, true, undefined);
    return;
  }
  const url = new URL(href);
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  if (host === '') return;
  if (listed(host, cfg.allow)) return;
  if (listed(host, cfg.deny)) add('deny-domain', host);
  if (url.protocol === 'file:') {
    // file://host/share on Windows opens an SMB connection that hands over the user's NTLM hash.
    if (host !== 'localhost') add('remote-file', host);
    return;
  }
  const rawHost = rawHostOf(href);
  if (rawHost.includes('%')) add('encoded-host');

  let local = false;
  let official = false;
  if (host.startsWith('[')) {
    const ip = host.slice(1, -1);
    local = ip === '::1' || ip === '::' || ip.startsWith('fc') || ip.startsWith('fd') || ip.startsWith('fe80');
    if (!local) add('ip-host', host);
  } else {
    // A dotted quad starts with a digit: other hosts skip the regex.
    const c0 = host.charCodeAt(0);
    const m = c0 >= 48 && c0 <= 57 ? IPV4.exec(host) : null;
    if (m !== null) {
      if (rawHost !== host && rawHost !== `${host}.`) add('encoded-ip', `${rawHost} = ${host}`);
      local = isPrivateIPv4(Number(m[1]), Number(m[2]));
      if (!local) add('ip-host', host);
    } else {
      local = host === 'localhost' || LOCAL_SUFFIXES.some((s) => host.endsWith(s));
      if (!local) official = hostSignals(host, tl, add, false, c.linkText);
    }
  }

  if (url.username !== '' || url.password !== '') {
    const user = safeDecode(url.username);
    if (user.includes('.')) add('userinfo-domain', user);
    else add('userinfo');
  }
  if (url.port !== '' && !local && !STANDARD_PORTS.has(url.port)) add('non-standard-port', url.port);
  const pathAndQuery = `${url.pathname}${url.search}`;
  if (PATH_AT_DOMAIN.test(pathAndQuery)) add('at-in-path');
  if (DOUBLE_ENCODED.test(href)) add('double-encoding');
  if (EXECUTABLE_PATH.test(url.pathname)) add('executable-download');
  else if (INSTALLER_PATH.test(url.pathname)) add('installer-download');
  // A brand's own login page is not phishing: path words and brand names count only elsewhere.
  if (!local && !official && PHISHING_WORD.test(url.pathname)) add('phishing-words');
  if (!local && !official) brandInPath(pathAndQuery, host, tl, add);
}

/**
 * The WHATWG hostname of `domain` without running the URL parser, when that is `domain` itself:
 * non-empty dot-separated labels of lower-case ASCII letters, digits and hyphens (nothing to map,
 * decode or percent-decode), no `xn--` label (those are punycode-validated), and a last label that
 * starts with a letter (so the host is not parsed as an IPv4 number). Undefined otherwise, and the
 * caller asks `new URL`. Most e-mail domains take this path.
 */
function plainHostname(domain: string): string | undefined {
  const n = domain.length;
  let labelStart = 0;
  for (let i = 0; i < n; i++) {
    const c = domain.charCodeAt(i);
    if (c === 46) {
      if (i === labelStart) return undefined; // empty label
      labelStart = i + 1;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return undefined;
  }
  if (labelStart >= n) return undefined; // empty domain or a trailing dot
  const first = domain.charCodeAt(labelStart);
  if (first < 97 || first > 122) return undefined;
  if (domain.includes('xn--')) return undefined;
  return domain;
}

/** The host as written (before WHATWG normalisation), to spot encoded IPs and percent-escapes. */
function rawHostOf(href: string): string {
  const sep = href.indexOf('://');
  if (sep < 0) return '';
  // The authority ends at the first `/`, `?`, `#` or `\\`.
  let end = sep + 3;
  while (end < href.length) {
    const c = href.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) break;
    end++;
  }
  let auth = href.slice(sep + 3, end);
  const at = auth.lastIndexOf('@');
  if (at >= 0) auth = auth.slice(at + 1);
  if (auth.startsWith('[')) return auth.slice(0, auth.indexOf(']') + 1).toLowerCase();
  const colon = auth.lastIndexOf(':');
  return (colon >= 0 ? auth.slice(0, colon) : auth).toLowerCase();
}

function isPrivateIPv4(a: number, b: number): boolean {
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

function listed(host: string, domains: readonly string[]): boolean {
  for (const d of domains) if (host === d || host.endsWith(`.${d}`)) return true;
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function safeToUnicode(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}

/**
 * Skeleton for look-alike comparison: fold confusable letters and digits, drop hyphens, then the
 * two-letter tricks (`rn` → `m`, `vv` → `w`). The same folding is applied to the brand names.
 */
function skeleton(label: string): string {
  if (isOwnSkeleton(label)) return label;
  if (!NON_ASCII.test(label)) return asciiSkeleton(label);
  let out = '';
  for (const ch of label.toLowerCase()) {
    if (ch === '-') continue;
    out += CONFUSABLE_FOLD[ch] ?? ch;
  }
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/**
 * Fast path of {@link skeleton}: a label of lower-case ASCII letters other than `i` (which folds to
 * `l`), without `rn` or `vv`, is its own skeleton (most hostname labels).
 */
function isOwnSkeleton(label: string): boolean {
  let prev = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c < 97 || c > 122 || c === 105 || (c === 110 && prev === 114) || (c === 118 && prev === 118)) return false;
    prev = c;
  }
  return true;
}

/** {@link skeleton} of an ASCII label: the same folding through a table, without per-character lookups by string. */
function asciiSkeleton(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const c = ASCII_FOLD[label.charCodeAt(i)] as number;
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out.includes('rn') || out.includes('vv') ? out.replaceAll('rn', 'm').replaceAll('vv', 'w') : out;
}

/** True when every letter of a label folds to ASCII: a whole-script homograph of some Latin word. */
function foldsToAscii(label: string): boolean {
  for (const ch of label) {
    if (ch.charCodeAt(0) < 0x80) continue;
    const f = CONFUSABLE_FOLD[ch];
    if (f === undefined) return false;
  }
  return true;
}

/**
 * `s.split(String.fromCharCode(code))`, built with `indexOf` and `slice` (the built-in split with a
 * string separator goes through the runtime and cost more than the rest of a host's analysis).
 */
function splitChar(s: string, code: number): string[] {
  const sep = String.fromCharCode(code);
  const out: string[] = [];
  let from = 0;
  for (let p = s.indexOf(sep); p !== -1; p = s.indexOf(sep, p + 1)) {
    out.push(s.slice(from, p));
    from = p + 1;
  }
  out.push(s.slice(from));
  return out;
}

/** ASCII without `A`–`Z` and without `xn--`: lower-casing and punycode decoding leave it unchanged. */
function isPlainAsciiHost(host: string): boolean {
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return !host.includes('xn--');
}

/** How many times the character `code` occurs in `s`. */
function countChar(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

/** Damerau–Levenshtein distance of at most 1 (one insertion, deletion, substitution or adjacent swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Suffix comparisons without slicing: `sameFrom(a, x, b, y)` is `a.slice(x) === b.slice(y)`.
  if (la === lb) {
    if (sameFrom(a, i + 1, b, i + 1)) return true; // substitution
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2); // swap
  }
  return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** `a.slice(x) === b.slice(y)` for `x, y >= 0`, without building either slice. */
function sameFrom(a: string, x: number, b: string, y: number): boolean {
  const n = Math.max(0, a.length - x);
  if (n !== Math.max(0, b.length - y)) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(x + k) !== b.charCodeAt(y + k)) return false;
  return true;
}

/** Host-level signals; returns whether the host belongs to a listed brand. */
function hostSignals(host: string, tl: Tldts, add: Add, isEmail: boolean, linkText: string | undefined): boolean {
  const info = tl.parse(host, { allowPrivateDomains: true });
  const suffix = info.publicSuffix ?? '';
  const suffixCount = suffix === '' ? 0 : countChar(suffix, 46) + 1;
  const ascii = splitChar(host, 46);
  // A host of ASCII without upper case or `xn--` (nearly every host) is its own Unicode, lower-cased
  // form, and has no label for the homograph checks below.
  const plain = isPlainAsciiHost(host);
  const labels = plain ? ascii : ascii.map((l) => safeToUnicode(l).toLowerCase());
  const regIndex = ascii.length - suffixCount - 1;
  const regLabel = regIndex >= 0 ? (labels[regIndex] ?? '') : '';
  const subLabels = regIndex > 0 ? labels.slice(0, regIndex) : [];
  const tld = ascii[ascii.length - 1] ?? '';
  const registrable = info.domain ?? host;
  const asciiTld = !tld.startsWith('xn--');

  // Homographs: scripts inside each label.
  for (const label of plain ? [] : labels) {
    if (!NON_ASCII.test(label)) continue;
    const latin = LATIN_LETTER.test(label);
    const other = CYRILLIC_LETTER.test(label) || GREEK_LETTER.test(label) || ARMENIAN_LETTER.test(label);
    if (latin && other) add('mixed-script', label);
    else if (other && asciiTld && foldsToAscii(label)) add('confusable-script', label);
    else add('idn', label);
  }

  const official = regLabel !== '' && isOfficial(registrable, regLabel, info.isIcann === true, info.isPrivate === true, tld);
  if (!official) brandSignals(regLabel, subLabels, labels, regIndex, info.isPrivate === true, add);

  if (isEmail) return official;
  if (FILE_LIKE_TLDS.has(tld)) add('file-like-tld', `.${tld}`);
  else if (SUSPICIOUS_TLDS.has(tld)) add('suspicious-tld', `.${tld}`);
  const subs = subLabels.filter((l) => l !== 'www');
  if (subs.length >= 4) add('many-subdomains', String(subs.length));
  if (host.length > 60) add('long-host', String(host.length));
  if (countChar(regLabel, 45) >= 3) add('hyphenated-domain');
  if (SHORTENERS.has(registrable)) add('shortener', registrable);
  const hostWords = subLabels.length === 0 ? regLabel : `${subLabels.join('.')}.${regLabel}`;
  if (PHISHING_WORD.test(hostWords)) add('phishing-words');
  if (linkText !== undefined && linkText !== '') deceptiveText(linkText, registrable, tl, add);
  return official;
}

function isOfficial(registrable: string, regLabel: string, isIcann: boolean, isPrivate: boolean, tld: string): boolean {
  if (OFFICIAL_DOMAINS.has(registrable)) return true;
  return isIcann && !isPrivate && !SUSPICIOUS_TLDS.has(tld) && BRAND_NAMES.has(regLabel);
}

function brandSignals(
  regLabel: string,
  subLabels: readonly string[],
  labels: readonly string[],
  regIndex: number,
  isPrivate: boolean,
  add: Add,
): void {
  if (regLabel === '') return;
  const regSkel = skeleton(regLabel);
  // Most labels have no hyphen: one token, the label itself (its skeleton is already known).
  const hyphenated = regLabel.includes('-');
  const regTokens = hyphenated ? splitChar(regLabel, 45).filter((t) => t.length > 1) : regLabel.length > 1 ? [regLabel] : [];
  const regFlat = hyphenated ? regLabel.replaceAll('-', '') : regLabel;
  const tokenSkels = hyphenated ? regTokens.map(skeleton) : regTokens.map(() => regSkel);
  // Per subdomain label, computed once rather than once per brand.
  const subs = subLabels.map((label) => {
    const tokens = splitChar(label, 45);
    return { label, tokens, skel: skeleton(label), tokenSkels: tokens.map((t) => (t.length > 1 ? skeleton(t) : '')) };
  });
  const found = brandCandidates(regLabel, regTokens, regSkel, regFlat, tokenSkels, subs);
  for (let f = 0; f < found.length; f++) {
    const [brand, skel] = BRAND_SKELETONS[found[f] as number] as readonly [Brand, string];
    const name = brand.name;
    // The registrable label itself.
    if (regLabel === name) add('brand-impersonation', name, isPrivate ? 0.4 : URL_SIGNAL_WEIGHTS['brand-impersonation']);
    else if (regSkel === skel) add('brand-lookalike', name);
    else if (regTokens.includes(name)) add('brand-in-domain', name, brand.commonWord === true ? 0.4 : URL_SIGNAL_WEIGHTS['brand-in-domain']);
    else if (regTokens.some((t, k) => t !== name && tokenSkels[k] === skel)) add('brand-lookalike', name);
    else if (name.length >= 6 && (isTypo(regFlat, name) || regTokens.some((t) => isTypo(t, name)))) add('brand-typo', name);
    else if (name.length >= 6 && regFlat.length > name.length && (regFlat.startsWith(name) || regFlat.endsWith(name))) add('brand-in-domain', name, 0.4);
    // Subdomain labels: `paypal.com.evil.example`, `login.paypa1.evil.example`.
    for (let k = 0; k < subs.length; k++) {
      const { label, tokens, skel: labelSkel, tokenSkels: subTokenSkels } = subs[k] as (typeof subs)[number];
      if (label === name || tokens.includes(name)) {
        const next = labels[k + 1] ?? '';
        const nextFirst = next.split('-', 1)[0] ?? '';
        const mimicsDomain = k + 1 < regIndex ? TLD_LIKE_LABELS.has(next) : TLD_LIKE_LABELS.has(nextFirst);
        add('brand-in-subdomain', name, mimicsDomain ? URL_SIGNAL_WEIGHTS['brand-in-subdomain'] : 0.45);
      } else if (labelSkel === skel || tokens.some((t, j) => t.length > 1 && t !== name && subTokenSkels[j] === skel)) {
        add('brand-lookalike', name);
      }
    }
  }
}

/** Brand indexes (into {@link BRAND_SKELETONS}) by exact name and by skeleton. */
const BRANDS_BY_NAME: ReadonlyMap<string, readonly number[]> = indexBrands((i) => (BRAND_SKELETONS[i] as readonly [Brand, string])[0].name);
const BRANDS_BY_SKELETON: ReadonlyMap<string, readonly number[]> = indexBrands((i) => (BRAND_SKELETONS[i] as readonly [Brand, string])[1]);
/**
 * Brands long enough for the typo and prefix/suffix tests (`name.length >= 6`), by the code of their
 * first and of their last letter (brand names are lower-case ASCII).
 */
const LONG_BY_FIRST: ReadonlyArray<readonly number[]> = indexLongBrands((name) => name.charCodeAt(0));
const LONG_BY_LAST: ReadonlyArray<readonly number[]> = indexLongBrands((name) => name.charCodeAt(name.length - 1));

function indexLongBrands(charOf: (name: string) => number): ReadonlyArray<readonly number[]> {
  const out: number[][] = Array.from({ length: 128 }, () => []);
  BRAND_SKELETONS.forEach(([b], i) => {
    if (b.name.length >= 6) out[charOf(b.name)]?.push(i);
  });
  return out;
}

function indexBrands(keyOf: (i: number) => string): ReadonlyMap<string, readonly number[]> {
  const m = new Map<string, number[]>();
  BRAND_SKELETONS.forEach((_, i) => {
    const k = keyOf(i);
    const list = m.get(k);
    if (list === undefined) m.set(k, [i]);
    else list.push(i);
  });
  return m;
}

/**
 * The brands for which some test of {@link brandSignals} can hold, in table order (so signals are
 * added in the same order a loop over every brand would add them). Fast path: a hostname is
 * compared with ~30 brands; instead of running every test per brand, the labels and their
 * skeletons are looked up in name and skeleton indexes, and only brands of a near length are
 * checked for typos (one edit keeps the first or the last character) or a prefix/suffix. Usually
 * no brand is left. A superset: the tests themselves still decide.
 */
function brandCandidates(
  regLabel: string,
  regTokens: readonly string[],
  regSkel: string,
  regFlat: string,
  tokenSkels: readonly string[],
  subs: ReadonlyArray<{ readonly label: string; readonly tokens: readonly string[]; readonly skel: string; readonly tokenSkels: readonly string[] }>,
): number[] {
  const out: number[] = [];
  const put = (list: readonly number[] | undefined): void => {
    if (list === undefined) return;
    for (const i of list) if (!out.includes(i)) out.push(i);
  };
  put(BRANDS_BY_NAME.get(regLabel));
  put(BRANDS_BY_SKELETON.get(regSkel));
  for (let k = 0; k < regTokens.length; k++) {
    put(BRANDS_BY_NAME.get(regTokens[k] as string));
    put(BRANDS_BY_SKELETON.get(tokenSkels[k] as string));
  }
  // Typos and prefixes/suffixes: only brands sharing a first or last letter with the label or a token.
  longCandidates(regFlat, regFlat, regTokens, out);
  for (const t of regTokens) longCandidates(t, regFlat, regTokens, out);
  for (const sub of subs) {
    put(BRANDS_BY_NAME.get(sub.label));
    put(BRANDS_BY_SKELETON.get(sub.skel));
    for (let j = 0; j < sub.tokens.length; j++) {
      put(BRANDS_BY_NAME.get(sub.tokens[j] as string));
      const ts = sub.tokenSkels[j] as string;
      if (ts !== '') put(BRANDS_BY_SKELETON.get(ts));
    }
  }
  if (out.length > 1) out.sort((a, b) => a - b);
  return out;
}

/**
 * Adds the long brands whose first or last letter is that of `word` and that pass the cheap
 * necessary conditions of the typo and prefix/suffix tests for the label (`regFlat`) or a token.
 */
function longCandidates(word: string, regFlat: string, regTokens: readonly string[], out: number[]): void {
  if (word.length === 0) return;
  addLong(LONG_BY_FIRST[word.charCodeAt(0)], regFlat, regTokens, out);
  addLong(LONG_BY_LAST[word.charCodeAt(word.length - 1)], regFlat, regTokens, out);
}

function addLong(list: readonly number[] | undefined, regFlat: string, regTokens: readonly string[], out: number[]): void {
  if (list === undefined) return;
  for (const i of list) {
    if (out.includes(i)) continue;
    const name = (BRAND_SKELETONS[i] as readonly [Brand, string])[0].name;
    let hit = (nearName(regFlat, name) && isTypo(regFlat, name)) || (regFlat.length > name.length && (regFlat.startsWith(name) || regFlat.endsWith(name)));
    for (let k = 0; !hit && k < regTokens.length; k++) hit = nearName(regTokens[k] as string, name) && isTypo(regTokens[k] as string, name);
    if (hit) out.push(i);
  }
}

/**
 * A necessary condition of {@link isTypo}: lengths within one and at least 5, and the first or the
 * last character shared (a single edit of a string of 3 or more keeps one of them).
 */
function nearName(candidate: string, name: string): boolean {
  const n = candidate.length;
  if (n < 5 || n > name.length + 1 || n < name.length - 1) return false;
  return candidate.charCodeAt(0) === name.charCodeAt(0) || candidate.charCodeAt(n - 1) === name.charCodeAt(name.length - 1);
}

function isTypo(candidate: string, brand: string): boolean {
  // Lengths first: most candidates are more than one edit away by length alone.
  return candidate.length >= 5 && Math.abs(candidate.length - brand.length) <= 1 && !TYPO_EXCEPTIONS.has(candidate) && withinOneEdit(candidate, brand);
}

/**
 * A brand named in the path of an unrelated site (`evil.example/paypal/login`): weak alone. Path
 * words are the `[a-z0-9]` runs of the lower-cased path and query; each run of a brand name's length
 * is looked up by name (one pass, no per-brand search), and the registrable domain is looked up
 * only once a brand occurs. The first brand in table order decides, as a loop over the brands would.
 */
function brandInPath(pathAndQuery: string, host: string, tl: Tldts, add: Add): void {
  if (pathAndQuery.length < 4) return;
  const lower = pathAndQuery.toLowerCase();
  let first = -1;
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isAlnum(lower.charCodeAt(i))) continue;
    const len = i - start;
    if (len >= BRAND_NAME_MIN && len <= BRAND_NAME_MAX) {
      const b = BRAND_INDEX.get(lower.slice(start, i));
      if (b !== undefined && (first < 0 || b < first)) first = b;
    }
    start = i + 1;
  }
  if (first < 0) return;
  const registrable = tl.getDomain(host, { allowPrivateDomains: true }) ?? host;
  if (OFFICIAL_DOMAINS.has(registrable)) return;
  // Brands after the first one present, in table order, when the first is the site's own name.
  for (let k = first; k < BRANDS.length; k++) {
    const b = BRANDS[k] as Brand;
    if (k !== first && !hasWord(lower, b.name)) continue;
    if (!registrable.startsWith(`${b.name}.`)) {
      add('brand-in-path', b.name);
      return;
    }
  }
}

/** Brand name → its index in {@link BRANDS}, and the shortest and longest name. */
const BRAND_INDEX: ReadonlyMap<string, number> = new Map(BRANDS.map((b, i) => [b.name, i]));
const BRAND_NAME_MIN = Math.min(...BRANDS.map((b) => b.name.length));
const BRAND_NAME_MAX = Math.max(...BRANDS.map((b) => b.name.length));

/** Whether `word` (lower-case ASCII alphanumerics) occurs in `s` as a whole `[a-z0-9]` run. */
function hasWord(s: string, word: string): boolean {
  for (let p = s.indexOf(word); p !== -1; p = s.indexOf(word, p + 1)) {
    if ((p === 0 || !isAlnum(s.charCodeAt(p - 1))) && !isAlnum(s.charCodeAt(p + word.length))) return true;
  }
  return false;
}

/** `[a-z0-9]` (NaN, past the end, is not). */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Markdown link text that shows one domain while the target is another: the oldest phishing trick. */
function deceptiveText(linkText: string, registrable: string, tl: Tldts, add: Add): void {
  const m = LINK_TEXT_DOMAIN.exec(linkText);
  const shown = m?.[1];
  if (shown === undefined) return;
  const info = tl.parse(shown.toLowerCase());
  if (info.domain === null || info.isIcann !== true) return;
  if (info.domain !== registrable && !registrable.endsWith(`.${info.domain}`)) add('deceptive-link-text', info.domain);
}
