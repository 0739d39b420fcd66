/**
 * @module scanners/secrets/rules — the secret rule table (data): one entry per documented credential
 * format, with a cheap keyword prefilter, a linear-time pattern, optional structural validation
 * (checksums, decodable headers) and a calibrated confidence.
 *
 * Confidence scale (the scanner's score is the max over matches; default threshold 0.5):
 * - 0.97–0.99: long literal prefix + fixed length, or a checksum/structure that verified. A random
 *   string essentially never has this shape, so a match is a credential (or a careful fake).
 * - 0.90–0.95: a distinctive 3–6 character prefix with a fixed length and alphabet.
 * - 0.80–0.89: a short prefix or a shape that ordinary identifiers can rarely take, or a provider
 *   keyword right next to a value of the provider's exact shape.
 * - 0.55–0.75: generic: a key-like name assigned a high-entropy value. Often a secret, sometimes a
 *   hash, nonce or opaque id — hence just above "as likely as not".
 * - 0.30–0.40: identifiers and publishable keys (Stripe `pk_live_`, Twilio `AC…`): reported as
 *   evidence, below threshold on their own.
 * Test-mode keys (`sk_test_`, `shippo_test_`) get ~0.55–0.6 and severity `medium`: a leak is real but
 * cannot move money.
 */
import type { Severity } from '../../types.js';
import { charClassCount, longestTrivialRun, looksRandom, shannonEntropy } from './entropy.js';

/** How a redacted secret is labelled in `redact: 'all'` mode: `[REDACTED_<FAMILY>]`. */
export type RedactFamily = 'SECRET' | 'PRIVATE_KEY' | 'JWT' | 'PASSWORD';

/** What a rule's hooks see about one candidate. */
export interface RuleContext {
  /** The text that was searched (raw text or its normalized view). */
  readonly text: string;
  /** The regex match (groups included). */
  readonly match: RegExpExecArray;
  /** Span of the secret value inside `text`. */
  readonly start: number;
  readonly end: number;
  /** Effective entropy threshold for generic rules (scanner option `minEntropy`, shifted per rule). */
  readonly minEntropy: number;
}

/**
 * Anchors a rule on its keyword occurrences instead of a whole-text regex scan: for each occurrence
 * the scanner steps back over characters accepted by `back` (at most `max`) and tries the pattern
 * there, sticky. For patterns that start with a character class or a long alternation (no literal
 * the regex engine can search for) this turns ~30–60 µs per KB into a few probes. The keyword must
 * lie inside the match, at most `max` characters after its start.
 */
export interface RuleAnchor {
  readonly back: (code: number) => boolean;
  readonly max: number;
}

/** One credential format. Rules are data: the scanner knows nothing provider-specific. */
export interface SecretRule {
  /** Stable id, used as the match label (`github-pat`). */
  readonly id: string;
  readonly provider: string;
  /** Human name used in explanations ("GitHub personal access token"). */
  readonly description: string;
  /** Linear-time pattern, no `g` flag (the scanner makes its own global copy). */
  readonly pattern: RegExp;
  /** Lower-cased substrings; the pattern runs only if one occurs in the lower-cased text. */
  readonly keywords?: readonly string[];
  /** Capture group holding the secret (default: the whole match). */
  readonly group?: number;
  /**
   * Minimum Shannon entropy (bits/char) of the secret's random part. Default: a length-aware floor
   * plus a no-long-runs check (see `looksRandom`).
   */
  readonly minEntropy?: number;
  /** Skip the entropy checks (structured values validated otherwise: PEM blocks, JWTs, passwords). */
  readonly skipEntropy?: boolean;
  /** Structural check; false drops the candidate. */
  readonly validate?: (value: string, ctx: RuleContext) => boolean;
  /** Base confidence 0..1. */
  readonly confidence: number;
  /** Per-value confidence (checksum verified, placeholder-like host…); <= 0 drops the candidate. */
  readonly confidenceOf?: (value: string, ctx: RuleContext) => number;
  /** Default `high`. */
  readonly severity?: Severity;
  /** Redaction label family, default `SECRET`. */
  readonly redactAs?: RedactFamily;
  /** Characters that are a public prefix (kept in `partial` mode). Default: the pattern's literal prefix. */
  readonly keep?: number | ((value: string) => number);
  /** Generic rules lose every overlap to a provider-specific rule and honour the `minEntropy` option. */
  readonly generic?: boolean;
  /** Grow the secret's end (PEM blocks: from the BEGIN line to the END line). `memo` lives for one scan. */
  readonly extend?: (text: string, start: number, end: number, memo: Record<string, number>) => number;
  /** Per-value description override (JWT: reports its `alg`). */
  readonly describe?: (value: string, ctx: RuleContext) => string;
  /** Probe only around keyword occurrences (see {@link RuleAnchor}). Requires `keywords`. */
  readonly anchor?: RuleAnchor;
  /** Substrings (lower-case) that must all occur as well, e.g. `@` for `user:pass@host` URLs. */
  readonly requires?: readonly string[];
  /**
   * A cheap necessary condition on the searched text (raw or normalized, as written): false skips
   * the rule. For rules without keywords, whose regex would otherwise scan every text.
   */
  readonly precheck?: (text: string) => boolean;
}

/**
 * Whether `text` has two dots exactly `gap` characters apart (`.xxxxxx.` for gap 7): the middle of
 * a three-part token such as a Discord bot token. One `indexOf` per dot, no regex scan.
 *
 * @example
 * ```ts
 * hasDotPair('a.bcdefg.h', 7); // true
 * ```
 */
export function hasDotPair(text: string, gap: number): boolean {
  for (let p = text.indexOf('.'); p !== -1 && p + gap < text.length; p = text.indexOf('.', p + 1)) {
    if (text.charCodeAt(p + gap) === 46) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Helpers used by validators. Pure functions, no state.
// ---------------------------------------------------------------------------------------------

const CRC_TABLE = /* @__PURE__ */ (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32 (IEEE) of an ASCII string.
 *
 * @example
 * ```ts
 * crc32('123456789'); // 0xcbf43926
 * ```
 */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = (CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Base62 encoding of a non-negative integer, left-padded with `0` to `width`.
 *
 * @example
 * ```ts
 * base62(61, 2); // '0z'
 * ```
 */
export function base62(n: number, width: number): string {
  let s = '';
  let x = Math.floor(n);
  while (x > 0) {
    s = BASE62[x % 62] + s;
    x = Math.floor(x / 62);
  }
  return s.padStart(width, '0');
}

/**
 * GitHub-style token checksum: the last 6 characters of the 36-character body are the base62 CRC-32
 * of the first 30 (GitHub documents a 32-bit checksum in its 2021 token format; npm uses the
 * same layout for `npm_` tokens).
 *
 * @example
 * ```ts
 * const body = 'a'.repeat(30);
 * hasCrc32Checksum(body + base62(crc32(body), 6)); // true
 * ```
 */
export function hasCrc32Checksum(body: string): boolean {
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;

/**
 * True when `s` is a valid Bech32 string (BIP-173 checksum; no length limit, as age uses it).
 *
 * @example
 * ```ts
 * isValidBech32('a12uel5l'); // true (BIP-173 test vector)
 * ```
 */
export function isValidBech32(s: string): boolean {
  const str = s.toLowerCase();
  const sep = str.lastIndexOf('1');
  if (sep < 1 || sep + 7 > str.length) return false;
  let chk = 1;
  const step = (v: number): void => {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i] ?? 0;
  };
  for (let i = 0; i < sep; i++) step(str.charCodeAt(i) >>> 5);
  step(0);
  for (let i = 0; i < sep; i++) step(str.charCodeAt(i) & 31);
  for (let i = sep + 1; i < str.length; i++) {
    const v = BECH32_CHARSET.indexOf(str.charAt(i));
    if (v < 0) return false;
    step(v);
  }
  return chk === 1;
}

/**
 * Decode base64 or base64url (padding optional) to a binary string; undefined when malformed.
 *
 * @example
 * ```ts
 * decodeBase64Url('eyJhbGciOiJIUzI1NiJ9'); // '{"alg":"HS256"}'
 * ```
 */
export function decodeBase64Url(s: string): string | undefined {
  let b = s.replaceAll('-', '+').replaceAll('_', '/');
  while (b.endsWith('=')) b = b.slice(0, -1);
  const rem = b.length % 4;
  if (rem === 1) return undefined;
  if (rem !== 0) b += '='.repeat(4 - rem);
  try {
    return atob(b);
  } catch {
    return undefined;
  }
}

/** Parse a JSON object; undefined for anything else. */
function parseJsonObject(s: string | undefined): Record<string, unknown> | undefined {
  if (s === undefined || s.length === 0 || s.charCodeAt(0) !== 0x7b) return undefined;
  try {
    const v: unknown = JSON.parse(s);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decoded JWT header when `token`'s first segment is base64url JSON with a string `alg` or `typ`.
 *
 * @example
 * ```ts
 * jwtHeader('eyJhbGciOiJIUzI1NiJ9.e30.sig')?.alg; // 'HS256'
 * ```
 */
export function jwtHeader(token: string): Record<string, unknown> | undefined {
  const dot = token.indexOf('.');
  if (dot <= 0) return undefined;
  const h = parseJsonObject(decodeBase64Url(token.slice(0, dot)));
  if (h === undefined) return undefined;
  return typeof h.alg === 'string' || typeof h.typ === 'string' ? h : undefined;
}

/** Words that mark a value as an example rather than a credential, anywhere inside (`sk_live_YOUR_KEY`, `…1234567…`). */
export const PLACEHOLDER_WORD =
  /example|sample|placeholder|dummy|redacted|changeme|change[_-]me|your[_-]|insert[_-]|replace[_-]?me|a1b2c3|abc123|0123456|1234567|abcdefg|qwerty|asdfgh/i;
/**
 * Template and mask syntax: `xxxxx`, `***`, `...`, `<token>`, `${VAR}`, `{{ var }}`, `%VAR%`. The `+`
 * runs are linear: a run starts at `<` or `%` and stops at the next one, which its class excludes.
 */
export const PLACEHOLDER_SYNTAX = /[xX]{5}|\*{3}|\.{3}|…|<[^<>\s]+>|\$\{|\{\{|%[A-Za-z_]+%/;

/** Whole values that are obviously not secrets when assigned to a key-like name. */
export const PLACEHOLDER_EXACT =
  /^(?:none|null|nil|undefined|true|false|empty|secret|token|password|passwd|pass|changeit|admin|root|test|testing|default|string|value|required|optional|todo|tbd|n\/a|hidden|masked|unset|missing|foo|bar|baz|qwerty|letmein|abc123|123456|12345678|123456789|1234567890|password123|p@ssw0rd|passw0rd|secret123)$/i;

/**
 * True when `value` contains a placeholder marker (`<token>`, `${X}`, `xxxxx`, `your_…`, `EXAMPLE`…)
 * or is a bare placeholder word.
 *
 * @example
 * ```ts
 * isPlaceholder('sk_live_xxxxxxxxxxxx'); // true
 * isPlaceholder('changeme');             // true
 * ```
 */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER_WORD.test(value) || PLACEHOLDER_SYNTAX.test(value) || PLACEHOLDER_EXACT.test(value);
}

/** A dotted code reference such as `process.env.API_KEY` or `config.auth.token`. */
export const CODE_REFERENCE = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){1,8}$/;
/** Calendar dates, times, versions and other digit-and-punctuation values. */
export const NUMERIC_LIKE = /^[\d.:/+ -]{1,64}$/;
/** UUIDs. Opaque ids in prose; a credential only next to a key-like name. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Absolute, relative and home-relative file paths. */
export const PATH_LIKE = /^(?:\.{1,2}\/|~\/|\/[\w.-]|[A-Za-z]:\\)/;
/** Lower-case slash-separated words (`config/secrets/prod`): paths, not base64. */
export const LOWER_PATH = /^[a-z0-9_.-]{1,64}(?:\/[a-z0-9_.-]{0,64}){1,16}$/;
/** Three digits in a row (random tokens have them; dotted code references rarely do). */
export const THREE_DIGITS = /\d{3}/;
/** A hex colour. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** Words joined by `_`/`-` (`correct-horse-battery`). The separator is mandatory: no ambiguity. */
export const SEPARATED_WORDS = /^[A-Za-z]{1,32}(?:[_-][A-Za-z]{1,32}){0,8}$/;
/** camelCase / PascalCase identifiers (`getTokenFromEnv`): each part is one capital then lower case. */
export const CAMEL_WORDS = /^[a-z]{0,32}(?:[A-Z][a-z]{1,31}){0,8}$/;

/**
 * Share of `value` covered by word-like runs (`Connection`, `String`: a capital or not, then 3+ lower
 * case letters). Identifiers score high; mixed-case random tokens stay below ~0.66 at the 99.9th
 * percentile for 32 characters.
 *
 * @example
 * ```ts
 * wordCoverage('ConnectionString_B2B'); // 0.8
 * ```
 */
export function wordCoverage(value: string): number {
  let covered = 0;
  let i = 0;
  while (i < value.length) {
    let j = i;
    const c = value.charCodeAt(j);
    if (c >= 65 && c <= 90) j++;
    let k = j;
    while (k < value.length && value.charCodeAt(k) >= 97 && value.charCodeAt(k) <= 122) k++;
    if (k - j >= 3 && k - i >= 4) {
      covered += k - i;
      i = k;
    } else i = Math.max(i + 1, k);
  }
  return value.length === 0 ? 0 : covered / value.length;
}

function hasUpper(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Values that name what they are (`#add-password`, `cms/passwords#edit`) or are resource names (`arn:`). */
export const SELF_DESCRIBING = /passw|secret|token|api[_-]?key|^(?:arn|urn):/i;

/**
 * True when a value assigned to a key-like name is clearly not a secret: code references, paths,
 * URLs, numbers, dates, colours, words, placeholders and keyboard runs.
 *
 * @example
 * ```ts
 * isNonSecretValue('process.env.API_KEY'); // true
 * isNonSecretValue('q8Zr3LkP0vX2mW7nB5tY'); // false
 * ```
 */
export function isNonSecretValue(value: string): boolean {
  if (value.length === 0) return true;
  const c0 = value.charCodeAt(0);
  // `=`: comparison (`token == x`); `$`, `@`, `%`, `&`: variable or template references.
  if (c0 === 0x3d || c0 === 0x24 || c0 === 0x40 || c0 === 0x25 || c0 === 0x26) return true;
  if (value.includes('://')) return true;
  if (isPlaceholder(value)) return true;
  if (NUMERIC_LIKE.test(value) || HEX_COLOUR.test(value) || PATH_LIKE.test(value) || LOWER_PATH.test(value)) return true;
  if (CODE_REFERENCE.test(value) && !THREE_DIGITS.test(value) && charClassCount(value) <= 3) return true;
  // Words and identifiers (`getToken`, `my_secret_name`) unless long and mixed-case random-looking.
  if ((SEPARATED_WORDS.test(value) || CAMEL_WORDS.test(value)) && !(value.length >= 24 && charClassCount(value) >= 2 && shannonEntropy(value) >= 4.2)) return true;
  // Mixed-case identifiers with digits or separators (`ConnectionString_B2B`, `UserPoolV2`).
  if (value.length >= 12 && hasUpper(value) && wordCoverage(value) >= 0.75) return true;
  return longestTrivialRun(value) >= Math.max(6, Math.ceil(value.length / 3));
}

// ---------------------------------------------------------------------------------------------
// Key-name logic for the generic rules.
// ---------------------------------------------------------------------------------------------

/** Final name segments that name a password. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode', 'pw', 'dbpass', 'dbpassword']);
/** Final name segments that name a secret on their own. */
const SECRET_WORDS = new Set([
  'secret', 'token', 'apikey', 'secretkey', 'privatekey', 'accesstoken', 'refreshtoken', 'authtoken', 'credential',
  'credentials', 'creds', 'bearer', 'auth', 'authorization', 'sessionkey', 'signingkey', 'clientsecret', 'appsecret',
  'apisecret', 'apitoken', 'accesskey', 'masterkey', 'encryptionkey', 'webhooksecret', 'jwtsecret',
]);
/**
 * Qualifiers that make a trailing `key` NOT a secret: database and data-structure keys, public keys,
 * translation keys. Any other `<something>_key` (`api_key`, `stripe_key`, `azure_search_key`) counts,
 * because provider-named keys are the common case and the value must still look random.
 */
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'primary', 'foreign', 'sort', 'partition', 'cache', 'map', 'hash', 'index', 'lookup', 'object', 'row', 'range',
  'idempotency', 'composite', 'unique', 'public', 'pub', 'i18n', 'translation', 'locale', 'dedup', 'dedupe', 'group',
  'message', 'event', 'routing', 'shard', 'sharding', 'react', 'list', 'dict', 'field', 'column', 'table', 'cursor',
  'next', 'page', 'order', 'natural', 'surrogate', 'candidate', 'cluster', 's3', 'file', 'bucket', 'redis', 'kv',
  'entry', 'item', 'record', 'label', 'name', 'display', 'i', 'j', 'k', 'v', 'hot', 'short', 'shortcut', 'keyboard',
]);

/**
 * Split `myApiKey` / `MY-API.KEY` / `my_api_key` into lower-case segments.
 *
 * @example
 * ```ts
 * nameSegments('stripeAPIKey'); // ['stripe', 'api', 'key']
 * ```
 */
export function nameSegments(name: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name.charAt(i);
    const code = name.charCodeAt(i);
    const isUpper = code >= 65 && code <= 90;
    if (ch === '_' || ch === '-' || ch === '.' || ch === '$' || ch === ' ') {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    if (isUpper && cur.length > 0) {
      const prev = name.charCodeAt(i - 1);
      const prevLower = (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57);
      const next = name.charCodeAt(i + 1);
      const nextLower = next >= 97 && next <= 122;
      if (prevLower || nextLower) {
        out.push(cur);
        cur = '';
      }
    }
    cur += ch.toLowerCase();
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Classify a variable/key name: `password` (names a password), `secret` (names a key/token/secret),
 * `key` (just `key`: weaker) or undefined. Only the final segments count, so `token_count`,
 * `max_tokens`, `secret_name`, `author` and `password_reset_url` are not secrets.
 *
 * @example
 * ```ts
 * secretNameKind('DB_PASSWORD');   // 'password'
 * secretNameKind('stripeApiKey');  // 'secret'
 * secretNameKind('token_count');   // undefined
 * ```
 */
export function secretNameKind(name: string): 'password' | 'secret' | 'key' | undefined {
  const seg = nameSegments(name);
  const last = seg[seg.length - 1];
  if (last === undefined) return undefined;
  const prev = seg[seg.length - 2];
  if (PASSWORD_WORDS.has(last)) return 'password';
  if (SECRET_WORDS.has(last)) return 'secret';
  if (prev !== undefined && SECRET_WORDS.has(prev + last)) return 'secret';
  if (last === 'key' || last === 'keys') {
    if (prev === undefined) return 'key';
    return NON_SECRET_KEY_QUALIFIERS.has(prev) ? undefined : 'secret';
  }
  return undefined;
}

/**
 * `[A-Za-z0-9_.$-]`: characters of a variable or key name (used to step back to a name's start).
 *
 * @example
 * ```ts
 * isNameCode('_'.charCodeAt(0)); // true
 * ```
 */
export function isNameCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 36 || c === 45;
}
/**
 * `[A-Za-z0-9+.-]`: characters of a URL scheme.
 *
 * @example
 * ```ts
 * isSchemeCode('+'.charCodeAt(0)); // true (mongodb+srv)
 * ```
 */
export function isSchemeCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 46 || c === 45;
}
/**
 * `[A-Za-z0-9]`.
 *
 * @example
 * ```ts
 * isAlnumCode('-'.charCodeAt(0)); // false
 * ```
 */
export function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/**
 * `[0-9a-fA-F]`.
 *
 * @example
 * ```ts
 * isHexCode('F'.charCodeAt(0)); // true
 * ```
 */
export function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

const NAME_ANCHOR: RuleAnchor = { back: isNameCode, max: 66 };
const SCHEME_ANCHOR: RuleAnchor = { back: isSchemeCode, max: 24 };

// ---------------------------------------------------------------------------------------------
// Shared pattern pieces.
// ---------------------------------------------------------------------------------------------

/** `NAME = value`, `NAME: value`, `"name": "value"`, `name => 'value'` between a provider keyword and a value. */
const ASSIGN = String.raw`\\?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|=|:)[ \t]{0,24}\\?["'\x60]?`;
const SEP = '[_.-]?';

/** A provider keyword name, an assignment, then a value of the provider's exact shape (group 1). */
function keyed(name: string, value: string, after = String.raw`(?![A-Za-z0-9_+/=-])`): RegExp {
  return new RegExp(String.raw`(?<![A-Za-z0-9])(?:${name})${ASSIGN}(${value})${after}`, 'i');
}

const PEM_MAX = 16_384;

/** Extend a PEM BEGIN line to the end of its END line (or of the base64 body when END is missing). */
function extendPem(text: string, start: number, end: number, memo: Record<string, number>): number {
  const limit = Math.min(text.length, start + PEM_MAX);
  // One forward search per scan: matches come in order, so a cached "next END" stays valid.
  let next = memo.nextEnd;
  if (next === undefined || (next !== -1 && next < end)) {
    next = text.indexOf('-----END', end);
    memo.nextEnd = next;
  }
  if (next !== -1 && next < limit) {
    const close = text.indexOf('-----', next + 8);
    if (close !== -1 && close - next < 80) return close + 5;
  }
  let i = end;
  while (i < limit) {
    const c = text.charCodeAt(i);
    const body =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61 ||
      c === 32 || c === 9 || c === 10 || c === 13 || c === 92 || c === 58 || c === 44 || c === 45;
    if (!body || (c === 45 && text.startsWith('-----', i))) break;
    i++;
  }
  while (i > end && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Line breaks inside a PEM body, real or JSON-escaped (`\\n`). */
export const PEM_LINE_BREAK = /\\n|\r?\n/;

/** Number of base64 characters in a PEM body (headers excluded): a real key has hundreds. */
function pemBodyLength(block: string): number {
  const open = block.indexOf('-----', 5);
  const endMarker = block.indexOf('-----END', open + 5);
  const body = block.slice(open + 5, endMarker === -1 ? block.length : endMarker);
  let n = 0;
  for (const line of body.split(PEM_LINE_BREAK)) {
    const t = line.trim();
    if (t.includes(':')) continue; // Proc-Type / DEK-Info / Comment headers
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47) n++;
    }
  }
  return n;
}

function pemConfidence(block: string): number {
  if (isPlaceholder(block.slice(0, 400))) return 0;
  const n = pemBodyLength(block);
  // A 256-bit EC key is ~160 base64 chars; an RSA key is ~1600. Under 64 is a mention, not a key.
  if (n < 64) return n === 0 ? 0.3 : 0.4;
  const hasEnd = block.includes('-----END');
  return hasEnd ? 0.97 : 0.9;
}

/** `:5432` at the end of a host. */
export const PORT_SUFFIX = /:\d{1,5}$/;

function hostIsLocal(host: string): boolean {
  const h = host.toLowerCase().replace(PORT_SUFFIX, '');
  return (
    h === 'localhost' || h.startsWith('127.') || h === '0.0.0.0' || h === '[::1]' || h === 'host.docker.internal' ||
    h === 'db' || h === 'database' || h === 'postgres' || h === 'mysql' || h === 'redis' || h === 'mongo' ||
    h.endsWith('.example.com') || h.endsWith('.example.org') || h.endsWith('.example.net') || h === 'example.com' ||
    h === 'example.org' || h === 'example.net' || h.endsWith('.test') || h.endsWith('.invalid') || h.endsWith('.localhost') ||
    h.endsWith('.local') || h === 'host' || h === 'hostname' || h === 'server'
  );
}

/** Default passwords shipped in tutorials and docker-compose files. */
export const WEAK_PASSWORD =
  /^(?:pass(?:word)?\d{0,3}|pwd|secret\d{0,3}|admin\d{0,3}|root|postgres|mysql|mariadb|guest|user|test\d{0,3}|changeme|changeit|qwerty|letmein|mongo|redis|rabbitmq|sa|demo|dev|example|default|123456\d{0,4}|\d{1,5})$/i;

/** Confidence of a `scheme://user:password@host` password. */
function urlPasswordConfidence(base: number) {
  return (value: string, ctx: RuleContext): number => {
    const user = ctx.match[2] ?? '';
    const host = ctx.match[4] ?? '';
    if (isPlaceholder(value) || isPlaceholder(user)) return 0;
    // `:password`, `$PASSWORD`, `%(password)s`, `{password}` are templates.
    const c0 = value.charAt(0);
    if (c0 === ':' || c0 === '$' || c0 === '%' || c0 === '{') return 0;
    const local = hostIsLocal(host) || isPlaceholder(host);
    const weak = WEAK_PASSWORD.test(value) || value === user || PLACEHOLDER_EXACT.test(value);
    // Tutorial defaults on a local host are not secrets; a weak password on a real host still grants access.
    if (weak) return local ? 0.3 : 0.55;
    return local ? base - 0.1 : base;
  };
}

/** A `key=value;` pair of an ADO/ODBC connection string next to a `Password=` (tested on lower-cased text). */
export const CONNECTION_CONTEXT = /(?:server|data source|host|user id|uid|username|user|initial catalog|database|dsn|driver|provider|port)[ \t]{0,3}=[^;\r\n=]{1,120};/;
/** First characters of code, not of a password: `(char *)`, `$_POST[`, `\"`, `{var}`, `@param`. */
export const CODE_START = /^[(\\$[{@%]/;

// ---------------------------------------------------------------------------------------------
// Special patterns (exported for the shared ReDoS test and for reuse).
// ---------------------------------------------------------------------------------------------

/** BEGIN line of a PEM/OpenSSH/PGP private key; the block is completed with `indexOf` (linear). */
export const PRIVATE_KEY_BEGIN = /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|SSH2 ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----/;
/** PuTTY private key file header; the block runs to the `Private-MAC:` line. */
export const PUTTY_KEY_BEGIN = /PuTTY-User-Key-File-[23]: [\w@.-]{3,40}/;
/** A JWT: three base64url segments, the first two JSON objects (`eyJ` = base64 of `{"`). Bounded, one start per run. */
export const JWT = /(?<![\w-])eyJ[\w-]{10,4000}\.eyJ[\w-]{2,8000}\.[\w-]{0,2000}/;
/** `scheme://user:password@host` for databases, queues, mail and file transfer. */
export const DB_URL =
  /(?<![\w+.-])(postgres(?:ql)?|postgis|mysqlx?|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|ftps?|sftp|smtps?|ldaps?|clickhouse|cockroachdb|couchdbs?|neo4j(?:\+s|\+ssc)?|nats|mqtts?|oracle|jdbc:[a-z0-9]{2,20}):\/\/([^\s:@/?#"'<>]{1,128}):([^\s/?#"'<>]{1,128})@([^\s/?#:@"'<>,]{1,255})/i;
/** `http(s)://user:password@host` basic-auth URLs. */
export const BASIC_AUTH_URL = /(?<![\w+.-])(https?|wss?):\/\/([^\s:@/?#"'<>]{1,128}):([^\s@/?#"'<>]{1,128})@([^\s/?#:@"'<>,]{1,255})/i;
/** `?password=` / `&pwd=` query parameters. */
export const URL_PASSWORD_PARAM = /[?&;](?:password|passwd|pwd|pass)=([^&\s#"'<>;]{1,128})/i;
/** `Password=…;` in ADO.NET / ODBC / JDBC-property connection strings. */
export const ADO_PASSWORD = /(?<![\w])(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}([^;\s"'<>]{1,128})/i;
/**
 * A key-like name assigned a value (group 1 name, group 2 value); the name is judged in code.
 * `[ \t]*` is linear here: the lookbehind allows one start per name, so each blank run is read once.
 */
export const GENERIC_ASSIGNMENT =
  /(?<![\w.$-])(-{0,2}[A-Za-z_$][\w.$-]{0,63})\\?["'\]]{0,2}[ \t]*(?:=>|:=|=|:)[ \t]*(?:[bru]?\\?["'`])?([^\s"'`,;(){}<>[\]\\]{8,256})/;
/**
 * A key-like name, white space (optionally `is`), then a long value: how people write a key in prose
 * or in a loose notes file (`clockify token 5us4rjh9…`, `my API key is q8Zr3…`). Group 1 name, group 2 value.
 */
export const GENERIC_SPACED = /(?<![\w.$-])([A-Za-z_][\w.-]{0,63})[ \t]{1,4}(?:is[ \t]{1,4})?([A-Za-z0-9][A-Za-z0-9_+/=.~-]{19,255})(?![\w+/=.~-])/;
/** An EVM address (a contract or wallet, public): never a secret on its own. */
export const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** `Authorization: Bearer <token>` and bare `Bearer <token>`. */
export const BEARER = /(?<![\w-])(?:[Bb]earer|BEARER)[ \t]{1,4}([A-Za-z0-9._~+/-]{16,4096}={0,2})/;
/** `Authorization: Basic <base64 user:pass>`. */
export const BASIC_HEADER = /(?<![\w-])(?:[Bb]asic|BASIC)[ \t]{1,4}([A-Za-z0-9+/]{12,1024}={0,2})(?![\w+/=-])/;
/** Digits only (a Discord snowflake id decoded from a bot token). */
export const SNOWFLAKE = /^\d{17,20}$/;

/** Characters that end a generic value. */
export const VALUE_STOP = /[\s"'`,;(){}<>[\]\\]/;
/** `Authorization:` / `"authorization" =` just before a credential. */
export const AUTHORIZATION_BEFORE = /authorization["']?\s{0,3}[:=]/i;
/** `sv=` / `sp=` parameters that accompany an Azure SAS signature. */
export const SAS_CONTEXT = /[?&;]s[vp]=/;
/** Printable ASCII `user:password` after decoding Basic credentials. */
export const PRINTABLE_ASCII = /^[\x20-\x7e]{3,512}$/;

function genericValueOk(value: string, ctx: RuleContext, minLength: number): boolean {
  if (value.length < minLength) return false;
  const next = ctx.text.charAt(ctx.end);
  // A value cut at 256 characters is part of something longer (a blob, not a credential).
  if (ctx.end - ctx.start >= 256 && next !== '' && !VALUE_STOP.test(next)) return false;
  // Followed by `(` it is a call (`token = getToken()`); by `.name` a member access.
  if (next === '(' || (next === '.' && isIdentStart(ctx.text.charCodeAt(ctx.end + 1)))) return false;
  if (isNonSecretValue(value) || SELF_DESCRIBING.test(value)) return false;
  return true;
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function hasUpperLowerDigit(v: string): boolean {
  let u = false;
  let l = false;
  let d = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 65 && c <= 90) u = true;
    else if (c >= 97 && c <= 122) l = true;
    else if (c >= 48 && c <= 57) d = true;
  }
  return u && l && d;
}

// ---------------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------------

const ghChecksum = (prefixLen: number, pass: number, fail: number) => (value: string) =>
  hasCrc32Checksum(value.slice(prefixLen)) ? pass : fail;

/**
 * Every built-in rule. Order matters only for ties in overlap resolution (earlier wins).
 *
 * @example
 * ```ts
 * SECRET_RULES.find((r) => r.id === 'github-pat')?.pattern.test('ghp_' + 'A1b2'.repeat(9)); // true
 * ```
 */
export const SECRET_RULES: readonly SecretRule[] = [
  // ---- Private keys and structured tokens ----------------------------------------------------
  {
    id: 'private-key', provider: 'PEM/OpenSSH/PGP', description: 'private key block', pattern: PRIVATE_KEY_BEGIN,
    keywords: ['private key'], confidence: 0.97, skipEntropy: true, redactAs: 'PRIVATE_KEY', extend: extendPem,
    confidenceOf: pemConfidence, keep: (v) => Math.max(0, v.indexOf('-----', 5) + 5),
  },
  {
    id: 'gcp-service-account-key', provider: 'Google Cloud', description: 'Google Cloud service-account private key',
    pattern: /"private_key"[ \t]{0,4}:[ \t]{0,4}"(-----BEGIN (?:RSA )?PRIVATE KEY-----)/, group: 1, keywords: ['"private_key"'],
    confidence: 0.98, skipEntropy: true, redactAs: 'PRIVATE_KEY', extend: extendPem,
    confidenceOf: (v) => (pemConfidence(v) >= 0.9 ? 0.98 : pemConfidence(v)), keep: (v) => Math.max(0, v.indexOf('-----', 5) + 5),
  },
  {
    id: 'putty-private-key', provider: 'PuTTY', description: 'PuTTY private key', pattern: PUTTY_KEY_BEGIN,
    keywords: ['putty-user-key-file'], confidence: 0.95, skipEntropy: true, redactAs: 'PRIVATE_KEY',
    extend: (text, start, end) => {
      const limit = Math.min(text.length, start + PEM_MAX);
      const mac = text.indexOf('Private-MAC:', end);
      if (mac === -1 || mac >= limit) return end;
      const eol = text.indexOf('\n', mac);
      return eol === -1 || eol > limit ? Math.min(limit, text.length) : eol;
    },
    confidenceOf: (v) => (v.includes('Private-Lines:') && v.includes('Private-MAC:') ? 0.97 : 0.5),
    keep: (v) => Math.max(0, v.indexOf('\n')),
  },
  {
    id: 'jwt', provider: 'JWT', description: 'JSON Web Token', pattern: JWT, keywords: ['eyj'], confidence: 0.9,
    skipEntropy: true, redactAs: 'JWT', validate: (v) => jwtHeader(v) !== undefined,
    confidenceOf: (v) => {
      const alg = String(jwtHeader(v)?.alg ?? '');
      const parts = v.split('.');
      const payload = parseJsonObject(decodeBase64Url(parts[1] ?? ''));
      if (payload === undefined) return 0.7;
      // Unsigned (`alg: none`) tokens still carry claims and are accepted by misconfigured servers.
      if (alg.toLowerCase() === 'none' || (parts[2] ?? '').length === 0) return 0.75;
      return 0.92;
    },
    describe: (v) => {
      const h = jwtHeader(v);
      return typeof h?.alg === 'string' ? `JSON Web Token (alg ${h.alg.slice(0, 16)})` : 'JSON Web Token';
    },
    keep: 0,
  },

  // ---- Connection strings and HTTP credentials ------------------------------------------------
  {
    id: 'db-connection-string', provider: 'Database/queue URL', description: 'password in a connection string',
    pattern: DB_URL, group: 3, keywords: ['://'], requires: ['@'], anchor: SCHEME_ANCHOR, confidence: 0.9, skipEntropy: true, redactAs: 'PASSWORD',
    confidenceOf: urlPasswordConfidence(0.9), keep: 0,
  },
  {
    id: 'basic-auth-url', provider: 'HTTP', description: 'password in a URL', pattern: BASIC_AUTH_URL, group: 3,
    keywords: ['://'], requires: ['@'], anchor: SCHEME_ANCHOR, confidence: 0.85, skipEntropy: true, redactAs: 'PASSWORD',
    confidenceOf: urlPasswordConfidence(0.85), keep: 0,
  },
  {
    id: 'url-password-param', provider: 'HTTP', description: 'password in a URL query', pattern: URL_PASSWORD_PARAM,
    group: 1, keywords: ['password=', 'passwd=', 'pwd=', 'pass='], anchor: { back: (c) => c === 63 || c === 38 || c === 59, max: 1 },
    confidence: 0.75, skipEntropy: true,
    redactAs: 'PASSWORD', validate: (v) => !isNonSecretValue(v) && v.length >= 4 && !WEAK_PASSWORD.test(v), keep: 0,
  },
  {
    id: 'connection-string-password', provider: 'ADO.NET/ODBC', description: 'password in a connection string',
    pattern: ADO_PASSWORD, group: 1, keywords: ['password', 'pwd'], anchor: { back: () => false, max: 0 }, confidence: 0.85,
    skipEntropy: true,
    redactAs: 'PASSWORD', keep: 0,
    validate: (v, ctx) => {
      const next = ctx.text.charAt(ctx.end);
      if (next !== '' && next !== ';' && next !== '"' && next !== "'" && !isSpace(next.charCodeAt(0))) return false;
      const around = ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 200));
      if (!around.includes(';') || !CONNECTION_CONTEXT.test(around.toLowerCase())) return false;
      return !isPlaceholder(v) && !CODE_START.test(v) && !v.includes('(');
    },
    confidenceOf: (v) => (WEAK_PASSWORD.test(v) ? 0.45 : 0.85),
  },
  {
    id: 'bearer-token', provider: 'HTTP', description: 'bearer token', pattern: BEARER, group: 1, keywords: ['bearer'],
    confidence: 0.75, generic: true, minEntropy: 3.5, keep: 0,
    validate: (v, ctx) => genericValueOk(v, ctx, 16),
    confidenceOf: (_v, ctx) => (AUTHORIZATION_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) ? 0.8 : 0.7),
  },
  {
    id: 'basic-auth-header', provider: 'HTTP', description: 'HTTP Basic credentials', pattern: BASIC_HEADER, group: 1,
    keywords: ['basic'], confidence: 0.85, skipEntropy: true, redactAs: 'PASSWORD', keep: 0,
    validate: (v) => {
      const d = decodeBase64Url(v);
      if (d === undefined) return false;
      const colon = d.indexOf(':');
      // `user:pass`, printable, and a non-empty non-placeholder password.
      return colon > 0 && colon < d.length - 1 && PRINTABLE_ASCII.test(d) && !isPlaceholder(d.slice(colon + 1));
    },
    confidenceOf: (_v, ctx) => (AUTHORIZATION_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) ? 0.9 : 0.8),
  },

  // ---- Cloud providers ---------------------------------------------------------------------------
  {
    // AWS key ids: 4-letter type prefix + 16 base32 characters. AKIA = long-term, ASIA = STS temporary.
    id: 'aws-access-key-id', provider: 'AWS', description: 'AWS access key id',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/, keywords: ['akia', 'asia', 'abia', 'acca'],
    confidence: 0.9, minEntropy: 2.5, keep: 4,
  },
  {
    id: 'aws-secret-access-key', provider: 'AWS', description: 'AWS secret access key',
    pattern: keyed(`aws${SEP}secret${SEP}(?:access${SEP})?key|secret${SEP}access${SEP}key`, '[A-Za-z0-9/+]{40}', '(?![A-Za-z0-9/+=])'),
    group: 1, keywords: ['secret'], confidence: 0.9, validate: hasUpperLowerDigit,
  },
  {
    id: 'gcp-api-key', provider: 'Google Cloud', description: 'Google API key',
    pattern: /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/, keywords: ['aiza'], confidence: 0.9,
  },
  {
    id: 'google-oauth-client-secret', provider: 'Google', description: 'Google OAuth client secret',
    pattern: /(?<![\w-])GOCSPX-[A-Za-z0-9_-]{28}(?![\w-])/, keywords: ['gocspx-'], confidence: 0.97,
  },
  {
    id: 'google-oauth-access-token', provider: 'Google', description: 'Google OAuth access token',
    pattern: /(?<![\w.-])ya29\.[A-Za-z0-9_-]{30,2048}/, keywords: ['ya29.'], confidence: 0.88,
  },
  {
    id: 'google-oauth-refresh-token', provider: 'Google', description: 'Google OAuth refresh token',
    pattern: /(?<![\w/-])1\/\/0[A-Za-z0-9_-]{40,512}/, keywords: ['1//0'], confidence: 0.75,
  },
  {
    // Storage account keys are 64 random bytes: 86 base64 characters plus `==`.
    id: 'azure-storage-account-key', provider: 'Azure', description: 'Azure storage account key',
    pattern: /[Aa]ccount[Kk]ey=([A-Za-z0-9+/]{86}==)/, group: 1, keywords: ['accountkey='], confidence: 0.95,
  },
  {
    // SAS `sig` is a base64 HMAC-SHA256 (43 chars + `=`), often URL-encoded.
    id: 'azure-sas-signature', provider: 'Azure', description: 'Azure shared access signature',
    pattern: /[?&;]sig=((?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))/, group: 1, keywords: ['sig='], confidence: 0.8,
    confidenceOf: (_v, ctx) => (SAS_CONTEXT.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start)) ? 0.92 : 0.8),
  },
  {
    // Entra ID (Azure AD) client secrets carry `Q~` after three characters and a digit.
    id: 'azure-ad-client-secret', provider: 'Azure', description: 'Azure AD client secret',
    pattern: /(?<![\w~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~-])/, keywords: ['q~'], confidence: 0.9,
    anchor: { back: (c) => isAlnumCode(c) || c === 95 || c === 126 || c === 46, max: 4 },
  },
  {
    // New-format Azure DevOps PATs: 84 characters with the fixed `AZDO` signature at offset 76.
    id: 'azure-devops-pat', provider: 'Azure DevOps', description: 'Azure DevOps personal access token',
    pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9])/, keywords: ['azdo'], confidence: 0.93,
    anchor: { back: isAlnumCode, max: 76 },
  },
  {
    id: 'alibaba-access-key-id', provider: 'Alibaba Cloud', description: 'Alibaba Cloud AccessKey id',
    pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/, keywords: ['ltai'], confidence: 0.85,
  },
  {
    id: 'tencent-secret-id', provider: 'Tencent Cloud', description: 'Tencent Cloud SecretId',
    pattern: /(?<![A-Za-z0-9])AKID[A-Za-z0-9]{32}(?![A-Za-z0-9])/, keywords: ['akid'], confidence: 0.85,
  },
  {
    id: 'digitalocean-pat', provider: 'DigitalOcean', description: 'DigitalOcean personal access token',
    pattern: /(?<![\w-])dop_v1_[a-f0-9]{64}(?![\w-])/, keywords: ['dop_v1_'], confidence: 0.97,
  },
  {
    id: 'digitalocean-oauth-token', provider: 'DigitalOcean', description: 'DigitalOcean OAuth token',
    pattern: /(?<![\w-])doo_v1_[a-f0-9]{64}(?![\w-])/, keywords: ['doo_v1_'], confidence: 0.97,
  },
  {
    id: 'digitalocean-refresh-token', provider: 'DigitalOcean', description: 'DigitalOcean refresh token',
    pattern: /(?<![\w-])dor_v1_[a-f0-9]{64}(?![\w-])/, keywords: ['dor_v1_'], confidence: 0.95,
  },
  {
    id: 'heroku-api-key', provider: 'Heroku', description: 'Heroku API key',
    pattern: /(?<![\w-])HRKU-[A-Za-z0-9_-]{58,62}(?![\w-])/, keywords: ['hrku-'], confidence: 0.95,
  },
  {
    id: 'heroku-legacy-api-key', provider: 'Heroku', description: 'Heroku API key (UUID format)',
    pattern: keyed(`heroku${SEP}(?:api${SEP})?(?:key|token)`, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    group: 1, keywords: ['heroku'], confidence: 0.8, skipEntropy: true,
  },
  {
    id: 'cloudflare-api-token', provider: 'Cloudflare', description: 'Cloudflare API token',
    pattern: keyed(`(?:cloudflare|cf)${SEP}(?:api${SEP})?token`, '[A-Za-z0-9_-]{40}'), group: 1,
    keywords: ['cloudflare', 'cf_', 'cf-', 'cf.', 'cftoken', 'cfapi'], confidence: 0.82,
  },
  {
    id: 'cloudflare-global-api-key', provider: 'Cloudflare', description: 'Cloudflare global API key',
    pattern: keyed(`(?:cloudflare|cf)${SEP}(?:global${SEP})?(?:api${SEP})?key`, '[a-f0-9]{37}'), group: 1,
    keywords: ['cloudflare', 'cf_', 'cf-', 'cf.', 'cfapi', 'cfkey', 'cfglobal'], confidence: 0.82,
  },
  {
    id: 'cloudflare-origin-ca-key', provider: 'Cloudflare', description: 'Cloudflare Origin CA key',
    pattern: /(?<![\w.-])v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![\w-])/, keywords: ['v1.0-'], confidence: 0.95,
  },
  {
    id: 'vercel-token', provider: 'Vercel', description: 'Vercel access token',
    pattern: keyed(`vercel${SEP}(?:api${SEP}|access${SEP}|auth${SEP})?(?:token|key)`, '[A-Za-z0-9]{24}'), group: 1,
    keywords: ['vercel'], confidence: 0.82,
  },
  {
    id: 'netlify-token', provider: 'Netlify', description: 'Netlify personal access token',
    pattern: /(?<![\w-])nfp_[A-Za-z0-9]{36,40}(?![\w-])/, keywords: ['nfp_'], confidence: 0.9,
  },
  {
    id: 'flyio-token', provider: 'Fly.io', description: 'Fly.io access token',
    pattern: /(?<![\w-])(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,2000}={0,3})(?![\w-])/,
    keywords: ['fo1_', 'fm1_', 'fm2_', 'fm1a_', 'fm1r_', 'fm2a_', 'fm2r_'], confidence: 0.93,
  },
  {
    id: 'render-api-key', provider: 'Render', description: 'Render API key',
    pattern: /(?<![\w-])rnd_[A-Za-z0-9]{32}(?![\w-])/, keywords: ['rnd_'], confidence: 0.9,
  },
  {
    id: 'neon-api-key', provider: 'Neon', description: 'Neon API key',
    pattern: /(?<![\w-])napi_[a-z0-9]{64}(?![\w-])/, keywords: ['napi_'], confidence: 0.9,
  },
  {
    id: 'supabase-pat', provider: 'Supabase', description: 'Supabase personal access token',
    pattern: /(?<![\w-])sbp_[a-f0-9]{40}(?![\w-])/, keywords: ['sbp_'], confidence: 0.95,
  },
  {
    id: 'supabase-secret-key', provider: 'Supabase', description: 'Supabase secret API key',
    pattern: /(?<![\w-])sb_secret_[A-Za-z0-9_-]{31,40}(?![\w-])/, keywords: ['sb_secret_'], confidence: 0.95,
  },
  {
    id: 'planetscale-token', provider: 'PlanetScale', description: 'PlanetScale service token',
    pattern: /(?<![\w-])pscale_(?:tkn|oauth)_[A-Za-z0-9_.-]{32,64}(?![\w-])/, keywords: ['pscale_tkn_', 'pscale_oauth_'],
    confidence: 0.95,
  },
  {
    id: 'planetscale-password', provider: 'PlanetScale', description: 'PlanetScale database password',
    pattern: /(?<![\w-])pscale_pw_[A-Za-z0-9_.-]{32,64}(?![\w-])/, keywords: ['pscale_pw_'], confidence: 0.95, redactAs: 'PASSWORD',
  },
  {
    id: 'pulumi-token', provider: 'Pulumi', description: 'Pulumi access token',
    pattern: /(?<![\w-])pul-[a-f0-9]{40}(?![\w-])/, keywords: ['pul-'], confidence: 0.95,
  },
  {
    id: 'terraform-cloud-token', provider: 'HashiCorp Terraform', description: 'Terraform Cloud API token',
    pattern: /(?<![\w-])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![\w=-])/, keywords: ['.atlasv1.'], confidence: 0.97,
    anchor: { back: isAlnumCode, max: 14 },
  },
  {
    id: 'vault-service-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault service token',
    pattern: /(?<![\w.-])hv[sr]\.[A-Za-z0-9_-]{24,200}(?![\w-])/, keywords: ['hvs.', 'hvr.'], confidence: 0.93,
  },
  {
    id: 'vault-batch-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault batch token',
    pattern: /(?<![\w.-])hvb\.[A-Za-z0-9_-]{90,400}(?![\w-])/, keywords: ['hvb.'], confidence: 0.93,
  },
  {
    id: 'databricks-token', provider: 'Databricks', description: 'Databricks personal access token',
    pattern: /(?<![\w-])dapi[a-f0-9]{32}(?:-\d)?(?![\w-])/, keywords: ['dapi'], confidence: 0.9,
  },
  {
    id: 'dynatrace-token', provider: 'Dynatrace', description: 'Dynatrace API token',
    pattern: /(?<![\w.-])dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![\w-])/, keywords: ['dt0c01.'], confidence: 0.97,
  },
  {
    id: 'scalingo-token', provider: 'Scalingo', description: 'Scalingo API token',
    pattern: /(?<![\w-])tk-us-[A-Za-z0-9_-]{48}(?![\w-])/, keywords: ['tk-us-'], confidence: 0.9,
  },

  // ---- Source hosting, CI and registries --------------------------------------------------------
  {
    id: 'github-pat', provider: 'GitHub', description: 'GitHub personal access token',
    pattern: /(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, keywords: ['ghp_'], confidence: 0.9,
    confidenceOf: ghChecksum(4, 0.99, 0.85),
  },
  {
    id: 'github-oauth-token', provider: 'GitHub', description: 'GitHub OAuth access token',
    pattern: /(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, keywords: ['gho_'], confidence: 0.9,
    confidenceOf: ghChecksum(4, 0.99, 0.85),
  },
  {
    id: 'github-user-token', provider: 'GitHub', description: 'GitHub App user-to-server token',
    pattern: /(?<![A-Za-z0-9_])ghu_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, keywords: ['ghu_'], confidence: 0.9,
    confidenceOf: ghChecksum(4, 0.99, 0.85),
  },
  {
    id: 'github-app-token', provider: 'GitHub', description: 'GitHub App installation token',
    pattern: /(?<![A-Za-z0-9_])ghs_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, keywords: ['ghs_'], confidence: 0.9,
    confidenceOf: ghChecksum(4, 0.99, 0.85),
  },
  {
    id: 'github-refresh-token', provider: 'GitHub', description: 'GitHub refresh token',
    pattern: /(?<![A-Za-z0-9_])ghr_[A-Za-z0-9]{36,76}(?![A-Za-z0-9_])/, keywords: ['ghr_'], confidence: 0.92,
  },
  {
    id: 'github-fine-grained-pat', provider: 'GitHub', description: 'GitHub fine-grained personal access token',
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/, keywords: ['github_pat_'],
    confidence: 0.98,
  },
  {
    id: 'gitlab-pat', provider: 'GitLab', description: 'GitLab personal access token',
    pattern: /(?<![\w-])glpat-[A-Za-z0-9_-]{20,64}(?:\.[A-Za-z0-9_-]{2,64}){0,3}(?![\w-])/, keywords: ['glpat-'], confidence: 0.95,
  },
  {
    id: 'gitlab-deploy-token', provider: 'GitLab', description: 'GitLab deploy token',
    pattern: /(?<![\w-])gldt-[A-Za-z0-9_-]{20,64}(?![\w-])/, keywords: ['gldt-'], confidence: 0.95,
  },
  {
    id: 'gitlab-runner-token', provider: 'GitLab', description: 'GitLab runner authentication token',
    pattern: /(?<![\w-])glrtr?-[A-Za-z0-9_-]{20,64}(?:\.[A-Za-z0-9_-]{2,64}){0,3}(?![\w-])/, keywords: ['glrt-', 'glrtr-'],
    confidence: 0.95,
  },
  {
    // The rest of GitLab's documented prefixes: CI build, pipeline trigger, OAuth app secret, feed,
    // incoming mail, agent, SCIM and feature-flag tokens.
    id: 'gitlab-token', provider: 'GitLab', description: 'GitLab token',
    pattern: /(?<![\w-])(?:glcbt|glptt|gloas|glft|glimt|glagent|glsoat|glffct)-[A-Za-z0-9_-]{20,80}(?![\w-])/,
    keywords: ['glcbt-', 'glptt-', 'gloas-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'], confidence: 0.93,
  },
  {
    id: 'gitlab-runner-registration-token', provider: 'GitLab', description: 'GitLab runner registration token',
    pattern: /(?<![\w-])GR1348941[A-Za-z0-9_-]{20}(?![\w-])/, keywords: ['gr1348941'], confidence: 0.92,
  },
  {
    id: 'bitbucket-app-password', provider: 'Bitbucket', description: 'Bitbucket app password',
    pattern: /(?<![\w-])ATBB[A-Za-z0-9_=.-]{32}(?![\w=.-])/, keywords: ['atbb'], confidence: 0.9,
  },
  {
    id: 'bitbucket-access-token', provider: 'Bitbucket', description: 'Bitbucket access token',
    pattern: /(?<![\w-])ATCTT3[A-Za-z0-9_=-]{150,260}(?![\w=-])/, keywords: ['atctt3'], confidence: 0.93,
  },
  {
    id: 'atlassian-api-token', provider: 'Atlassian', description: 'Atlassian API token',
    pattern: /(?<![\w-])ATATT3[A-Za-z0-9_=-]{150,260}(?![\w=-])/, keywords: ['atatt3'], confidence: 0.95,
  },
  {
    id: 'npm-token', provider: 'npm', description: 'npm access token',
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, keywords: ['npm_'], confidence: 0.9,
    confidenceOf: ghChecksum(4, 0.98, 0.88),
  },
  {
    // PyPI tokens are macaroons whose base64 header encodes the issuing index (pypi.org / test.pypi.org).
    id: 'pypi-token', provider: 'PyPI', description: 'PyPI API token',
    pattern: /(?<![\w-])pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,2000}/, keywords: ['pypi-ag'], confidence: 0.97,
    keep: 5,
  },
  {
    id: 'dockerhub-token', provider: 'Docker Hub', description: 'Docker Hub access token',
    pattern: /(?<![\w-])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}(?![\w-])/, keywords: ['dckr_pat_', 'dckr_oat_'], confidence: 0.96,
  },
  {
    id: 'rubygems-api-key', provider: 'RubyGems', description: 'RubyGems API key',
    pattern: /(?<![\w-])rubygems_[a-f0-9]{48}(?![\w-])/, keywords: ['rubygems_'], confidence: 0.96,
  },
  {
    id: 'nuget-api-key', provider: 'NuGet', description: 'NuGet API key',
    pattern: /(?<![A-Za-z0-9])oy2[a-z0-9]{43}(?![A-Za-z0-9])/, keywords: ['oy2'], confidence: 0.82,
  },
  {
    id: 'clojars-token', provider: 'Clojars', description: 'Clojars deploy token',
    pattern: /(?<![\w-])CLOJARS_[a-z0-9]{60}(?![\w-])/, keywords: ['clojars_'], confidence: 0.95,
  },
  {
    id: 'crates-io-token', provider: 'crates.io', description: 'crates.io API token',
    pattern: /(?<![A-Za-z0-9])cio[A-Za-z0-9]{32}(?![A-Za-z0-9])/, keywords: ['cio'], confidence: 0.8,
    validate: (v) => charClassCount(v.slice(3)) >= 2,
  },
  {
    id: 'jfrog-api-key', provider: 'JFrog', description: 'JFrog Artifactory API key',
    pattern: /(?<![A-Za-z0-9])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9])/, keywords: ['akcp'], confidence: 0.92,
  },
  {
    // Reference tokens start with base64 of `reftkn:01:`.
    id: 'jfrog-reference-token', provider: 'JFrog', description: 'JFrog reference token',
    pattern: /(?<![A-Za-z0-9])cmVmdGtuOjAxOj[A-Za-z0-9]{40,60}(?![A-Za-z0-9])/, keywords: ['cmvmdgtuojaxoj'], confidence: 0.92,
    keep: 0,
  },
  {
    id: 'sonarqube-token', provider: 'SonarQube', description: 'SonarQube token',
    pattern: /(?<![\w-])sq[upa]_[a-f0-9]{40}(?![\w-])/, keywords: ['squ_', 'sqp_', 'sqa_'], confidence: 0.93,
  },
  {
    id: 'circleci-token', provider: 'CircleCI', description: 'CircleCI API token',
    pattern: /(?<![\w-])CCIP(?:AT|RJ)_[A-Za-z0-9]{20,24}_[A-Za-z0-9]{40}(?![\w-])/, keywords: ['ccipat_', 'cciprj_'], confidence: 0.95,
  },
  {
    id: 'travis-ci-token', provider: 'Travis CI', description: 'Travis CI API token',
    pattern: keyed(`travis${SEP}(?:ci${SEP})?(?:api${SEP})?(?:token|key)`, '[A-Za-z0-9_-]{22}'), group: 1, keywords: ['travis'],
    confidence: 0.78,
  },
  {
    id: 'buildkite-token', provider: 'Buildkite', description: 'Buildkite API access token',
    pattern: /(?<![\w-])bkua_[a-f0-9]{40}(?![\w-])/, keywords: ['bkua_'], confidence: 0.95,
  },
  {
    id: 'sourcegraph-token', provider: 'Sourcegraph', description: 'Sourcegraph access token',
    pattern: /(?<![\w-])sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}(?![\w-])/, keywords: ['sgp_'], confidence: 0.93,
  },
  {
    id: 'harness-pat', provider: 'Harness', description: 'Harness access token',
    pattern: /(?<![\w.-])pat\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}(?![\w-])/, keywords: ['pat.'], confidence: 0.95,
  },
  {
    id: 'infracost-api-key', provider: 'Infracost', description: 'Infracost API key',
    pattern: /(?<![\w-])ico-[A-Za-z0-9]{32}(?![\w-])/, keywords: ['ico-'], confidence: 0.9,
  },
  {
    id: 'prefect-api-key', provider: 'Prefect', description: 'Prefect API key',
    pattern: /(?<![\w-])pnu_[A-Za-z0-9]{36}(?![\w-])/, keywords: ['pnu_'], confidence: 0.93,
  },
  {
    id: 'readme-api-key', provider: 'ReadMe', description: 'ReadMe API key',
    pattern: /(?<![\w-])rdme_[a-z0-9]{70}(?![\w-])/, keywords: ['rdme_'], confidence: 0.93,
  },

  // ---- Messaging, email and webhooks ------------------------------------------------------------
  {
    id: 'slack-bot-token', provider: 'Slack', description: 'Slack bot token',
    pattern: /(?<![\w-])xoxb-[0-9]{10,13}-(?:[0-9]{10,13}-)?[A-Za-z0-9]{24}(?![\w-])/, keywords: ['xoxb-'], confidence: 0.97,
  },
  {
    id: 'slack-user-token', provider: 'Slack', description: 'Slack user token',
    pattern: /(?<![\w-])xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}(?![\w-])/, keywords: ['xoxp-'], confidence: 0.97,
  },
  {
    id: 'slack-app-token', provider: 'Slack', description: 'Slack app-level token',
    pattern: /(?<![\w-])xapp-[0-9]-[A-Z0-9]{9,11}-[0-9]{10,13}-[a-f0-9]{64}(?![\w-])/, keywords: ['xapp-'], confidence: 0.97,
  },
  {
    id: 'slack-legacy-token', provider: 'Slack', description: 'Slack legacy or workspace token',
    pattern: /(?<![\w-])xox[aors]-[A-Za-z0-9-]{20,250}(?![\w-])/, keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'], confidence: 0.9,
  },
  {
    id: 'slack-config-token', provider: 'Slack', description: 'Slack configuration token',
    pattern: /(?<![\w.-])xoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9]{140,180}(?![\w-])/, keywords: ['xoxe'], confidence: 0.95,
  },
  {
    id: 'slack-webhook-url', provider: 'Slack', description: 'Slack incoming webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{40,120}/, keywords: ['hooks.slack.com'],
    confidence: 0.95, keep: 24,
    validate: (v) => looksRandom(v.slice(v.lastIndexOf('/') + 1)),
  },
  {
    // Bot tokens: base64 of the bot's numeric id, a timestamp, and an HMAC.
    id: 'discord-bot-token', provider: 'Discord', description: 'Discord bot token',
    pattern: /(?<![\w.-])[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![\w-])/, confidence: 0.92,
    keep: 0,
    // No keyword: the two dots around the 6-character timestamp part are the cheapest tell.
    precheck: (t) => hasDotPair(t, 7),
    validate: (v) => SNOWFLAKE.test(decodeBase64Url(v.slice(0, v.indexOf('.'))) ?? ''),
  },
  {
    id: 'discord-webhook-url', provider: 'Discord', description: 'Discord webhook URL',
    pattern: /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68}(?![\w-])/,
    keywords: ['discord'], confidence: 0.95, keep: 33,
    validate: (v) => looksRandom(v.slice(v.lastIndexOf('/') + 1)),
  },
  {
    id: 'telegram-bot-token', provider: 'Telegram', description: 'Telegram bot token',
    pattern: /(?<![\w:])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])/, keywords: [':aa'], confidence: 0.9, keep: 0,
    validate: (v) => looksRandom(v.slice(v.indexOf(':') + 3)),
  },
  {
    id: 'microsoft-teams-webhook', provider: 'Microsoft Teams', description: 'Microsoft Teams incoming webhook URL',
    pattern: /https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[A-Za-z0-9@/-]{40,400}/,
    keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    confidence: 0.9, skipEntropy: true, keep: 0,
  },
  {
    id: 'zapier-webhook-url', provider: 'Zapier', description: 'Zapier webhook URL',
    pattern: /https:\/\/(?:www\.)?hooks\.zapier\.com\/hooks\/catch\/[0-9]{3,12}\/[a-z0-9]{4,12}\/?/, keywords: ['hooks.zapier.com'],
    confidence: 0.6, severity: 'medium', skipEntropy: true, keep: 0,
  },
  {
    id: 'twilio-api-key', provider: 'Twilio', description: 'Twilio API key SID',
    pattern: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/, keywords: ['sk'], confidence: 0.85,
  },
  {
    // An account SID identifies an account; it is not a credential without the auth token.
    id: 'twilio-account-sid', provider: 'Twilio', description: 'Twilio account SID',
    pattern: /(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])/, keywords: ['ac'], confidence: 0.35, severity: 'low',
  },
  {
    id: 'twilio-auth-token', provider: 'Twilio', description: 'Twilio auth token',
    pattern: keyed(`twilio${SEP}(?:auth${SEP})?(?:token|secret)`, '[a-f0-9]{32}'), group: 1, keywords: ['twilio'], confidence: 0.88,
  },
  {
    id: 'sendgrid-api-key', provider: 'SendGrid', description: 'SendGrid API key',
    pattern: /(?<![\w.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![\w-])/, keywords: ['sg.'], confidence: 0.98,
  },
  {
    id: 'mailgun-api-key', provider: 'Mailgun', description: 'Mailgun API key',
    pattern: /(?<![\w-])key-[0-9a-f]{32}(?![\w-])/, keywords: ['key-'], confidence: 0.82,
  },
  {
    id: 'mailgun-private-key', provider: 'Mailgun', description: 'Mailgun private API key',
    pattern: keyed(`mailgun${SEP}(?:private${SEP}|api${SEP})?(?:key|token)`, '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'), group: 1,
    keywords: ['mailgun'], confidence: 0.88,
  },
  {
    id: 'mailchimp-api-key', provider: 'Mailchimp', description: 'Mailchimp API key',
    pattern: /(?<![A-Za-z0-9])[0-9a-f]{32}-us[0-9]{1,2}(?![\w-])/, keywords: ['-us'], confidence: 0.92,
    anchor: { back: isHexCode, max: 32 },
    keep: 0,
  },
  {
    id: 'brevo-api-key', provider: 'Brevo (Sendinblue)', description: 'Brevo API key',
    pattern: /(?<![\w-])x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![\w-])/, keywords: ['xkeysib-', 'xsmtpsib-'], confidence: 0.97,
  },
  {
    id: 'resend-api-key', provider: 'Resend', description: 'Resend API key',
    pattern: /(?<![\w-])re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?![\w-])/, keywords: ['re_'], confidence: 0.88,
  },
  {
    id: 'mailersend-api-key', provider: 'MailerSend', description: 'MailerSend API token',
    pattern: /(?<![\w.-])mlsn\.[a-f0-9]{64}(?![\w-])/, keywords: ['mlsn.'], confidence: 0.93,
  },

  // ---- Payments and commerce ---------------------------------------------------------------------
  {
    id: 'stripe-secret-key', provider: 'Stripe', description: 'Stripe live secret key',
    pattern: /(?<![\w-])sk_live_[A-Za-z0-9]{24,247}(?![\w-])/, keywords: ['sk_live_'], confidence: 0.97,
  },
  {
    id: 'stripe-restricted-key', provider: 'Stripe', description: 'Stripe live restricted key',
    pattern: /(?<![\w-])rk_live_[A-Za-z0-9]{24,247}(?![\w-])/, keywords: ['rk_live_'], confidence: 0.95,
  },
  {
    id: 'stripe-test-key', provider: 'Stripe', description: 'Stripe test-mode secret key',
    pattern: /(?<![\w-])[sr]k_test_[A-Za-z0-9]{24,247}(?![\w-])/, keywords: ['sk_test_', 'rk_test_'], confidence: 0.6,
    severity: 'medium',
  },
  {
    // Publishable keys are meant to ship in web pages.
    id: 'stripe-publishable-key', provider: 'Stripe', description: 'Stripe live publishable key',
    pattern: /(?<![\w-])pk_live_[A-Za-z0-9]{24,247}(?![\w-])/, keywords: ['pk_live_'], confidence: 0.3, severity: 'low',
  },
  {
    id: 'stripe-webhook-secret', provider: 'Stripe', description: 'Stripe webhook signing secret',
    pattern: /(?<![\w-])whsec_[A-Za-z0-9+/]{32,64}={0,2}(?![\w+/=-])/, keywords: ['whsec_'], confidence: 0.92,
  },
  {
    id: 'square-access-token', provider: 'Square', description: 'Square access token',
    pattern: /(?<![\w-])EAAA[A-Za-z0-9_-]{60}(?![\w-])/, keywords: ['eaaa'], confidence: 0.88,
  },
  {
    id: 'square-oauth-secret', provider: 'Square', description: 'Square OAuth application secret',
    pattern: /(?<![\w-])sq0csp-[A-Za-z0-9_-]{43}(?![\w-])/, keywords: ['sq0csp-'], confidence: 0.96,
  },
  {
    id: 'square-legacy-token', provider: 'Square', description: 'Square legacy access token',
    pattern: /(?<![\w-])sq0atp-[A-Za-z0-9_-]{22}(?![\w-])/, keywords: ['sq0atp-'], confidence: 0.93,
  },
  {
    id: 'braintree-access-token', provider: 'PayPal Braintree', description: 'PayPal/Braintree production access token',
    pattern: /(?<![\w$])access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}(?![\w$])/, keywords: ['access_token$production$'],
    confidence: 0.97, keep: 24,
  },
  {
    id: 'braintree-sandbox-token', provider: 'PayPal Braintree', description: 'PayPal/Braintree sandbox access token',
    pattern: /(?<![\w$])access_token\$sandbox\$[0-9a-z]{16}\$[0-9a-f]{32}(?![\w$])/, keywords: ['access_token$sandbox$'],
    confidence: 0.6, severity: 'medium', keep: 21,
  },
  {
    id: 'shopify-access-token', provider: 'Shopify', description: 'Shopify Admin API access token',
    pattern: /(?<![\w-])shpat_[a-fA-F0-9]{32}(?![\w-])/, keywords: ['shpat_'], confidence: 0.96,
  },
  {
    id: 'shopify-custom-app-token', provider: 'Shopify', description: 'Shopify custom app access token',
    pattern: /(?<![\w-])shpca_[a-fA-F0-9]{32}(?![\w-])/, keywords: ['shpca_'], confidence: 0.96,
  },
  {
    id: 'shopify-private-app-token', provider: 'Shopify', description: 'Shopify private app access token',
    pattern: /(?<![\w-])shppa_[a-fA-F0-9]{32}(?![\w-])/, keywords: ['shppa_'], confidence: 0.96,
  },
  {
    id: 'shopify-shared-secret', provider: 'Shopify', description: 'Shopify app shared secret',
    pattern: /(?<![\w-])shpss_[a-fA-F0-9]{32}(?![\w-])/, keywords: ['shpss_'], confidence: 0.96,
  },
  {
    id: 'flutterwave-secret-key', provider: 'Flutterwave', description: 'Flutterwave secret key',
    pattern: /(?<![\w-])FLWSECK(?:_TEST)?-[a-f0-9]{32}-X(?![\w-])/, keywords: ['flwseck'], confidence: 0.95,
  },
  {
    id: 'plaid-access-token', provider: 'Plaid', description: 'Plaid access token',
    pattern: /(?<![\w-])access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/,
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'], confidence: 0.88, skipEntropy: true,
  },
  {
    id: 'shippo-live-token', provider: 'Shippo', description: 'Shippo live API token',
    pattern: /(?<![\w-])shippo_live_[a-fA-F0-9]{40}(?![\w-])/, keywords: ['shippo_live_'], confidence: 0.95,
  },
  {
    id: 'shippo-test-token', provider: 'Shippo', description: 'Shippo test API token',
    pattern: /(?<![\w-])shippo_test_[a-fA-F0-9]{40}(?![\w-])/, keywords: ['shippo_test_'], confidence: 0.55, severity: 'medium',
  },
  {
    id: 'easypost-api-key', provider: 'EasyPost', description: 'EasyPost production API key',
    pattern: /(?<![\w-])EZAK[A-Za-z0-9]{54}(?![\w-])/, keywords: ['ezak'], confidence: 0.93,
  },
  {
    id: 'easypost-test-key', provider: 'EasyPost', description: 'EasyPost test API key',
    pattern: /(?<![\w-])EZTK[A-Za-z0-9]{54}(?![\w-])/, keywords: ['eztk'], confidence: 0.55, severity: 'medium',
  },
  {
    id: 'duffel-token', provider: 'Duffel', description: 'Duffel API token',
    pattern: /(?<![\w-])duffel_(?:live|test)_[A-Za-z0-9_=-]{43}(?![\w=-])/, keywords: ['duffel_live_', 'duffel_test_'], confidence: 0.92,
  },

  // ---- AI and ML providers -------------------------------------------------------------------------
  {
    id: 'anthropic-api-key', provider: 'Anthropic', description: 'Anthropic API key',
    pattern: /(?<![\w-])sk-ant-(?:api|oat|sid)[0-9]{2,3}-[A-Za-z0-9_-]{80,120}(?![\w-])/, keywords: ['sk-ant-'], confidence: 0.95,
    confidenceOf: (v) => (v.endsWith('AA') ? 0.99 : 0.93),
  },
  {
    id: 'anthropic-admin-key', provider: 'Anthropic', description: 'Anthropic admin API key',
    pattern: /(?<![\w-])sk-ant-admin[0-9]{2}-[A-Za-z0-9_-]{80,120}(?![\w-])/, keywords: ['sk-ant-admin'], confidence: 0.97,
    confidenceOf: (v) => (v.endsWith('AA') ? 0.99 : 0.95),
  },
  {
    id: 'openrouter-api-key', provider: 'OpenRouter', description: 'OpenRouter API key',
    pattern: /(?<![\w-])sk-or-v1-[a-f0-9]{64}(?![\w-])/, keywords: ['sk-or-v1-'], confidence: 0.97,
  },
  {
    // Legacy and project keys carry `T3BlbkFJ` (base64 of "OpenAI") in the middle. Other vendors copy the
    // bare `sk-` prefix, so keys without the marker get less.
    id: 'openai-api-key', provider: 'OpenAI', description: 'OpenAI API key',
    pattern: /(?<![\w-])sk-[A-Za-z0-9_-]{32,200}(?![\w-])/, keywords: ['sk-'], confidence: 0.85,
    validate: (v) => !v.startsWith('sk-ant-') && !v.startsWith('sk-or-') && hasUpperLowerDigit(v.slice(3)),
    confidenceOf: (v) => {
      if (v.includes('T3BlbkFJ')) return 0.97;
      if (v.startsWith('sk-proj-') || v.startsWith('sk-svcacct-') || v.startsWith('sk-admin-')) return 0.92;
      if (v.length === 51 && charClassCount(v.slice(3)) === 3) return 0.88;
      return 0.75;
    },
    keep: 3,
  },
  {
    id: 'huggingface-token', provider: 'Hugging Face', description: 'Hugging Face access token',
    pattern: /(?<![\w-])hf_[A-Za-z]{34}(?![\w-])/, keywords: ['hf_'], confidence: 0.9,
    validate: (v) => charClassCount(v.slice(3)) === 2,
  },
  {
    id: 'huggingface-org-token', provider: 'Hugging Face', description: 'Hugging Face organization token',
    pattern: /(?<![\w-])api_org_[A-Za-z]{34}(?![\w-])/, keywords: ['api_org_'], confidence: 0.9,
    validate: (v) => charClassCount(v.slice(8)) === 2,
  },
  {
    id: 'groq-api-key', provider: 'Groq', description: 'Groq API key',
    pattern: /(?<![\w-])gsk_[A-Za-z0-9]{52}(?![\w-])/, keywords: ['gsk_'], confidence: 0.97,
  },
  {
    id: 'replicate-api-token', provider: 'Replicate', description: 'Replicate API token',
    pattern: /(?<![\w-])r8_[A-Za-z0-9]{37}(?![\w-])/, keywords: ['r8_'], confidence: 0.95,
  },
  {
    id: 'perplexity-api-key', provider: 'Perplexity', description: 'Perplexity API key',
    pattern: /(?<![\w-])pplx-[A-Za-z0-9]{48}(?![\w-])/, keywords: ['pplx-'], confidence: 0.95,
  },
  {
    id: 'xai-api-key', provider: 'xAI', description: 'xAI API key',
    pattern: /(?<![\w-])xai-[A-Za-z0-9_]{80}(?![\w-])/, keywords: ['xai-'], confidence: 0.95,
  },
  {
    id: 'langsmith-api-key', provider: 'LangChain', description: 'LangSmith API key',
    pattern: /(?<![\w-])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![\w-])/, keywords: ['lsv2_'], confidence: 0.97,
  },
  {
    id: 'tavily-api-key', provider: 'Tavily', description: 'Tavily API key',
    pattern: /(?<![\w-])tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}(?![\w-])/, keywords: ['tvly-'], confidence: 0.93,
  },
  {
    id: 'pinecone-api-key', provider: 'Pinecone', description: 'Pinecone API key',
    pattern: /(?<![\w-])pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}(?![\w-])/, keywords: ['pcsk_'], confidence: 0.93,
  },
  {
    id: 'elevenlabs-api-key', provider: 'ElevenLabs', description: 'ElevenLabs API key',
    pattern: /(?<![\w-])sk_[a-f0-9]{48}(?![\w-])/, keywords: ['sk_'], confidence: 0.85,
  },
  {
    id: 'firecrawl-api-key', provider: 'Firecrawl', description: 'Firecrawl API key',
    pattern: /(?<![\w-])fc-[a-f0-9]{32}(?![\w-])/, keywords: ['fc-'], confidence: 0.82,
  },
  {
    id: 'cohere-api-key', provider: 'Cohere', description: 'Cohere API key',
    pattern: keyed(`cohere${SEP}(?:api${SEP})?(?:key|token)|co${SEP}api${SEP}key`, '[A-Za-z0-9]{40}'), group: 1,
    keywords: ['cohere', 'co_api_key', 'co-api-key', 'co.api.key', 'coapikey'], confidence: 0.85,
  },
  {
    id: 'wandb-api-key', provider: 'Weights & Biases', description: 'Weights & Biases API key',
    pattern: keyed(`wandb${SEP}(?:api${SEP})?key`, '[a-f0-9]{40}'), group: 1, keywords: ['wandb'], confidence: 0.85,
  },

  // ---- SaaS and developer tools ---------------------------------------------------------------------
  {
    id: 'linear-api-key', provider: 'Linear', description: 'Linear API key',
    pattern: /(?<![\w-])lin_api_[A-Za-z0-9]{40}(?![\w-])/, keywords: ['lin_api_'], confidence: 0.96,
  },
  {
    id: 'linear-oauth-token', provider: 'Linear', description: 'Linear OAuth token',
    pattern: /(?<![\w-])lin_oauth_[a-f0-9]{64}(?![\w-])/, keywords: ['lin_oauth_'], confidence: 0.95,
  },
  {
    id: 'notion-integration-token', provider: 'Notion', description: 'Notion integration token (legacy)',
    pattern: /(?<![\w-])secret_[A-Za-z0-9]{43}(?![\w-])/, keywords: ['secret_'], confidence: 0.85,
    validate: (v) => charClassCount(v.slice(7)) === 3,
  },
  {
    id: 'notion-token', provider: 'Notion', description: 'Notion API token',
    pattern: /(?<![\w-])ntn_[A-Za-z0-9]{40,50}(?![\w-])/, keywords: ['ntn_'], confidence: 0.93,
  },
  {
    id: 'figma-token', provider: 'Figma', description: 'Figma personal access token',
    pattern: /(?<![\w-])figd_[A-Za-z0-9_-]{38,45}(?![\w-])/, keywords: ['figd_'], confidence: 0.95,
  },
  {
    id: 'airtable-pat', provider: 'Airtable', description: 'Airtable personal access token',
    pattern: /(?<![\w.-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![\w-])/, keywords: ['pat'], confidence: 0.93,
  },
  {
    id: 'asana-pat', provider: 'Asana', description: 'Asana personal access token',
    pattern: /(?<![\w/])[12]\/[0-9]{10,20}\/[0-9]{10,20}:[a-f0-9]{32}(?![\w-])/, keywords: [':'], confidence: 0.9, keep: 0,
  },
  {
    id: 'contentful-token', provider: 'Contentful', description: 'Contentful personal access token',
    pattern: /(?<![\w-])CFPAT-[A-Za-z0-9_-]{43}(?![\w-])/, keywords: ['cfpat-'], confidence: 0.95,
  },
  {
    id: 'postman-api-key', provider: 'Postman', description: 'Postman API key',
    pattern: /(?<![\w-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![\w-])/, keywords: ['pmak-'], confidence: 0.97,
  },
  {
    id: 'doppler-token', provider: 'Doppler', description: 'Doppler token',
    pattern: /(?<![\w.-])dp\.(?:st|pt|ct|sa|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}(?![\w-])/, keywords: ['dp.'],
    confidence: 0.95,
  },
  {
    id: 'onepassword-service-token', provider: '1Password', description: '1Password service account token',
    pattern: /(?<![\w-])ops_eyJ[A-Za-z0-9+/=_-]{100,1500}/, keywords: ['ops_eyj'], confidence: 0.96,
  },
  {
    // Account Secret Key: `A3-` + 6-6-5-5-5-5 groups.
    id: 'onepassword-secret-key', provider: '1Password', description: '1Password account secret key',
    pattern: /(?<![\w-])A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![\w-])/, keywords: ['a3-'],
    confidence: 0.9,
  },
  {
    // Bech32 with human-readable part `AGE-SECRET-KEY-`; the checksum verifies.
    id: 'age-secret-key', provider: 'age', description: 'age encryption secret key',
    pattern: /(?<![\w-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![\w-])/, keywords: ['age-secret-key-1'],
    confidence: 0.9, confidenceOf: (v) => (isValidBech32(v) ? 0.99 : 0.85), redactAs: 'PRIVATE_KEY',
  },
  {
    id: 'grafana-cloud-token', provider: 'Grafana', description: 'Grafana Cloud access policy token',
    pattern: /(?<![\w-])glc_[A-Za-z0-9+/]{32,400}={0,2}(?![\w+/=-])/, keywords: ['glc_'], confidence: 0.95,
  },
  {
    id: 'grafana-service-account-token', provider: 'Grafana', description: 'Grafana service account token',
    pattern: /(?<![\w-])glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![\w-])/, keywords: ['glsa_'], confidence: 0.96,
  },
  {
    // Legacy API keys are base64 JSON `{"k":"…","n":"…","id":…}`.
    id: 'grafana-api-key', provider: 'Grafana', description: 'Grafana API key',
    pattern: /(?<![\w+/-])eyJrIjoi[A-Za-z0-9+/]{40,150}={0,2}(?![\w+/=-])/, keywords: ['eyjrijoi'], confidence: 0.9, keep: 0,
    validate: (v) => parseJsonObject(decodeBase64Url(v)) !== undefined,
  },
  {
    id: 'newrelic-user-key', provider: 'New Relic', description: 'New Relic user API key',
    pattern: /(?<![\w-])NRAK-[A-Z0-9]{27}(?![\w-])/, keywords: ['nrak-'], confidence: 0.95,
  },
  {
    id: 'newrelic-admin-key', provider: 'New Relic', description: 'New Relic admin API key',
    pattern: /(?<![\w-])NRAA-[a-f0-9]{27}(?![\w-])/, keywords: ['nraa-'], confidence: 0.95,
  },
  {
    id: 'newrelic-query-key', provider: 'New Relic', description: 'New Relic insights query key',
    pattern: /(?<![\w-])NRIQ-[A-Za-z0-9_-]{32}(?![\w-])/, keywords: ['nriq-'], confidence: 0.9,
  },
  {
    id: 'newrelic-insert-key', provider: 'New Relic', description: 'New Relic insights insert key',
    pattern: /(?<![\w-])NRII-[A-Za-z0-9_-]{32}(?![\w-])/, keywords: ['nrii-'], confidence: 0.93,
  },
  {
    id: 'newrelic-license-key', provider: 'New Relic', description: 'New Relic ingest license key',
    pattern: /(?<![A-Za-z0-9])(?:eu01xx[a-f0-9]{30}|[a-f0-9]{36})NRAL(?![A-Za-z0-9])/, keywords: ['nral'], confidence: 0.93, keep: 0,
    anchor: { back: isAlnumCode, max: 36 },
  },
  {
    // Browser keys are embedded in web pages: weak evidence.
    id: 'newrelic-browser-key', provider: 'New Relic', description: 'New Relic browser API key',
    pattern: /(?<![\w-])NRJS-[a-f0-9]{19}(?![\w-])/, keywords: ['nrjs-'], confidence: 0.4, severity: 'low',
  },
  {
    id: 'sentry-org-token', provider: 'Sentry', description: 'Sentry organization auth token',
    pattern: /(?<![\w-])sntrys_eyJ[A-Za-z0-9+/=_-]{60,600}/, keywords: ['sntrys_'], confidence: 0.97,
  },
  {
    id: 'sentry-user-token', provider: 'Sentry', description: 'Sentry user auth token',
    pattern: /(?<![\w-])sntryu_[a-f0-9]{64}(?![\w-])/, keywords: ['sntryu_'], confidence: 0.96,
  },
  {
    id: 'datadog-api-key', provider: 'Datadog', description: 'Datadog API key',
    pattern: keyed(`(?:datadog|dd)${SEP}api${SEP}key`, '[a-f0-9]{32}'), group: 1, keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi', 'dd.api'],
    confidence: 0.85,
  },
  {
    id: 'datadog-app-key', provider: 'Datadog', description: 'Datadog application key',
    pattern: keyed(`(?:datadog|dd)${SEP}app(?:lication)?${SEP}key`, '[a-f0-9]{40}'), group: 1,
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp', 'dd.app'], confidence: 0.85,
  },
  {
    id: 'okta-api-token', provider: 'Okta', description: 'Okta API token',
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:okta${SEP}(?:api${SEP})?(?:token|key)${ASSIGN}|SSWS[ \t]{1,4})(00[A-Za-z0-9_-]{40})(?![\w-])`, 'i'),
    group: 1, keywords: ['okta', 'ssws'], confidence: 0.88,
  },
  {
    id: 'algolia-api-key', provider: 'Algolia', description: 'Algolia admin/write API key',
    pattern: keyed(`algolia${SEP}(?:admin${SEP}|write${SEP}|search${SEP})?(?:api${SEP})?key`, '[a-f0-9]{32}'), group: 1,
    keywords: ['algolia'], confidence: 0.8,
  },
  {
    id: 'mapbox-secret-token', provider: 'Mapbox', description: 'Mapbox secret access token',
    pattern: /(?<![\w.-])sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,100}(?![\w-])/, keywords: ['sk.eyj'], confidence: 0.95,
  },
  {
    // Legacy FCM server keys: an 11-character key id, `:APA91b`, then 134 characters.
    id: 'firebase-fcm-server-key', provider: 'Firebase', description: 'Firebase Cloud Messaging server key',
    pattern: /(?<![\w-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![\w-])/, keywords: [':apa91b'], confidence: 0.97, keep: 0,
  },
  {
    id: 'dropbox-token', provider: 'Dropbox', description: 'Dropbox short-lived access token',
    pattern: /(?<![\w.-])sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}(?![\w-])/, keywords: ['sl.'], confidence: 0.85,
  },
  {
    id: 'facebook-access-token', provider: 'Meta', description: 'Facebook/Meta access token',
    pattern: /(?<![A-Za-z0-9])EAA[A-Za-z0-9]{90,400}(?![A-Za-z0-9])/, keywords: ['eaa'], confidence: 0.85,
  },
  {
    // App-only bearer tokens start with a run of `A`s (zero bytes in the encoded prefix).
    id: 'twitter-bearer-token', provider: 'X (Twitter)', description: 'X/Twitter app bearer token',
    pattern: /(?<![A-Za-z0-9%])A{21}[A-Za-z0-9%]{60,140}(?![A-Za-z0-9%])/, keywords: ['aaaaaaaaaaaaaaaaaaaaa'], confidence: 0.85,
    keep: 21,
  },
  {
    id: 'frameio-token', provider: 'Frame.io', description: 'Frame.io developer token',
    pattern: /(?<![\w-])fio-u-[A-Za-z0-9_=-]{64}(?![\w=-])/, keywords: ['fio-u-'], confidence: 0.93,
  },
  {
    id: 'snyk-token', provider: 'Snyk', description: 'Snyk API token',
    pattern: keyed(`snyk${SEP}(?:api${SEP}|auth${SEP})?(?:token|key)`, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    group: 1, keywords: ['snyk'], confidence: 0.85, skipEntropy: true,
  },
  {
    id: 'launchdarkly-sdk-key', provider: 'LaunchDarkly', description: 'LaunchDarkly SDK or API key',
    pattern: /(?<![\w-])(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/, keywords: ['sdk-', 'api-'],
    confidence: 0.7, skipEntropy: true,
  },

  {
    // `LS0tLS1CRUdJTi` is base64 of `-----BEGIN`: a PEM key stored base64-encoded (Kubernetes secrets, env vars).
    id: 'private-key-base64', provider: 'PEM', description: 'base64-encoded private key',
    pattern: /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,22000}={0,2}/, keywords: ['ls0tls1crudjti'], confidence: 0.95,
    skipEntropy: true, redactAs: 'PRIVATE_KEY', keep: 0,
    validate: (v) => (decodeBase64Url(v.slice(0, 64 - (64 % 4))) ?? '').includes('PRIVATE KEY'),
  },
  {
    id: 'salesforce-access-token', provider: 'Salesforce', description: 'Salesforce access token',
    pattern: /(?<![\w!])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,250}(?![\w.])/, keywords: ['00d'], confidence: 0.9, keep: 0,
  },
  {
    id: 'mongodb-atlas-service-account', provider: 'MongoDB Atlas', description: 'MongoDB Atlas service account secret',
    pattern: /(?<![\w-])mdb_sa_sk_[A-Za-z0-9_-]{40}(?![\w-])/, keywords: ['mdb_sa_sk_'], confidence: 0.95,
  },
  {
    id: 'sonarqube-legacy-token', provider: 'SonarQube', description: 'SonarQube token',
    pattern: keyed(`(?:-D)?sonar${SEP}(?:login|token)`, '[a-f0-9]{40}'), group: 1, keywords: ['sonar'], confidence: 0.85,
  },
  {
    id: 'vault-legacy-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault token (legacy format)',
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:vault${SEP}(?:client${SEP})?token${ASSIGN}|-vault-?token[ 	]{1,4}|X-Vault-Token:[ 	]{0,4})([sbr]\.[A-Za-z0-9_-]{24,300})(?![\w-])`, 'i'),
    group: 1, keywords: ['vault'], confidence: 0.88,
  },
  {
    id: 'vault-unseal-key', provider: 'HashiCorp Vault', description: 'HashiCorp Vault unseal key',
    pattern: /(?:Unseal Key [0-9]{1,2}:|operator unseal)[ \t]{1,4}([A-Za-z0-9+/]{40,46}={0,2})(?![\w+/=])/, group: 1, keywords: ['unseal'],
    confidence: 0.9,
  },
  {
    id: 'kubernetes-bootstrap-token', provider: 'Kubernetes', description: 'Kubernetes bootstrap token',
    pattern: /(?<![a-z0-9.])[a-z0-9]{6}\.[a-z0-9]{16}(?![a-z0-9.])/, keywords: ['bootstrap-token', 'bootstrap_token', 'bootstraptoken'],
    confidence: 0.85, keep: 0,
  },
  {
    id: 'netrc-password', provider: 'netrc', description: 'password in a .netrc entry',
    pattern: /(?<![\w-])machine[ \t]{1,8}[^\s]{1,255}\s{1,16}login[ \t]{1,8}[^\s]{1,255}\s{1,16}password[ \t]{1,8}([^\s]{1,255})/,
    group: 1, keywords: ['machine'], confidence: 0.9, skipEntropy: true, redactAs: 'PASSWORD', keep: 0,
    validate: (v) => !isPlaceholder(v) && !CODE_START.test(v),
    confidenceOf: (v) => (WEAK_PASSWORD.test(v) ? 0.45 : 0.9),
  },
  {
    id: 'dotnet-network-credential', provider: '.NET', description: 'password in a NetworkCredential',
    pattern: /NetworkCredential\([ \t]{0,4}"[^"\r\n]{1,128}"[ \t]{0,4},[ \t]{0,4}"([^"\r\n]{4,128})"/, group: 1,
    keywords: ['networkcredential('], confidence: 0.88, skipEntropy: true, redactAs: 'PASSWORD', keep: 0,
    validate: (v) => !isPlaceholder(v) && !CODE_START.test(v),
    confidenceOf: (v) => (WEAK_PASSWORD.test(v) ? 0.45 : 0.88),
  },
  {
    // `<add key="SmtpPassword" value="…"/>` in app.config / web.config.
    id: 'dotnet-config-secret', provider: '.NET', description: 'secret in a .NET config file',
    pattern: /<add[ \t]{1,8}key="([^"\r\n]{1,100})"[ \t]{1,8}value="([^"\r\n]{4,256})"/, group: 2, keywords: ['<add'],
    confidence: 0.8, skipEntropy: true, keep: 0,
    validate: (v, ctx) => {
      const kind = secretNameKind(ctx.match[1] ?? '');
      if (kind === undefined || kind === 'key' || isNonSecretValue(v) || SELF_DESCRIBING.test(v)) return false;
      return kind === 'password' ? !WEAK_PASSWORD.test(v) : shannonEntropy(v) >= 3.5;
    },
  },
  {
    id: 'azure-devops-legacy-pat', provider: 'Azure DevOps', description: 'Azure DevOps personal access token (legacy)',
    pattern: keyed(`(?:ado|azdo|vsts|azure${SEP}devops|devops)${SEP}(?:pat|token|personal${SEP}access${SEP}token)`, '[a-z2-7]{52}'), group: 1,
    keywords: ['ado', 'azdo', 'vsts', 'devops'], confidence: 0.85,
  },

  // ---- More providers (issue 8): documented token formats ----------------------------------------
  {
    id: 'nvidia-api-key', provider: 'NVIDIA', description: 'NVIDIA NGC / build.nvidia.com API key',
    pattern: /(?<![\w-])nvapi-[A-Za-z0-9_-]{64}(?![\w-])/, keywords: ['nvapi-'], confidence: 0.96,
  },
  {
    id: 'together-api-key', provider: 'Together AI', description: 'Together AI API key',
    pattern: /(?<![\w-])tgp_v1_[A-Za-z0-9_-]{40,64}(?![\w-])/, keywords: ['tgp_v1_'], confidence: 0.95,
  },
  {
    id: 'anyscale-api-key', provider: 'Anyscale', description: 'Anyscale Endpoints API key',
    pattern: /(?<![\w-])esecret_[A-Za-z0-9]{20,60}(?![\w-])/, keywords: ['esecret_'], confidence: 0.9,
  },
  {
    id: 'dependency-track-api-key', provider: 'Dependency-Track', description: 'OWASP Dependency-Track API key',
    pattern: /(?<![\w-])odt_[A-Za-z0-9]{32,40}(?![\w-])/, keywords: ['odt_'], confidence: 0.9,
  },
  {
    id: 'adafruit-io-key', provider: 'Adafruit IO', description: 'Adafruit IO key',
    pattern: /(?<![\w-])aio_[A-Za-z0-9]{28}(?![\w-])/, keywords: ['aio_'], confidence: 0.9,
  },
  {
    id: 'typeform-token', provider: 'Typeform', description: 'Typeform personal access token',
    pattern: /(?<![\w-])tfp_[A-Za-z0-9_.-]{40,70}(?![\w-])/, keywords: ['tfp_'], confidence: 0.92,
  },
  {
    id: 'hubspot-private-app-token', provider: 'HubSpot', description: 'HubSpot private app access token',
    pattern: /(?<![\w-])pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/, keywords: ['pat-na', 'pat-eu', 'pat-ap'], confidence: 0.97,
  },
  {
    id: 'mandrill-api-key', provider: 'Mailchimp Transactional', description: 'Mandrill (Mailchimp Transactional) API key',
    pattern: /(?<![\w-])md-[A-Za-z0-9_-]{22}(?![\w-])/, keywords: ['md-'], confidence: 0.8, validate: (v) => charClassCount(v.slice(3)) >= 3,
  },
  {
    id: 'intercom-access-token', provider: 'Intercom', description: 'Intercom access token',
    pattern: /(?<![\w+/-])dG9rO[A-Za-z0-9+/]{40,120}={0,2}(?![\w+/=-])/, keywords: ['dg9ro'], confidence: 0.92, skipEntropy: true,
    // base64 of `tok:<uuid-like>:<id>`: the decoded text must start with `tok:`.
    validate: (v) => decodeBase64Url(v.replaceAll('+', '-').replaceAll('/', '_'))?.startsWith('tok:') === true,
  },
  {
    id: 'akamai-edgegrid-token', provider: 'Akamai', description: 'Akamai EdgeGrid client or access token',
    pattern: /(?<![\w-])akab-[a-z0-9]{16}-[a-z0-9]{16}(?![\w-])/, keywords: ['akab-'], confidence: 0.93,
  },
  {
    id: 'infisical-service-token', provider: 'Infisical', description: 'Infisical service token',
    pattern: /(?<![\w.-])st\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9a-f]{32}\.[0-9a-f]{32}(?![\w-])/, keywords: ['st.'], confidence: 0.97,
    // `st.` ends many sentences ("first."): the dashes and dot around the id are the cheaper tell.
    precheck: (t) => {
      for (let p = t.indexOf('st.'); p !== -1; p = t.indexOf('st.', p + 1)) {
        const dot = p + 2;
        if (t.charCodeAt(dot + 9) === 45 && t.charCodeAt(dot + 14) === 45 && t.charCodeAt(dot + 37) === 46) return true;
      }
      return false;
    },
  },
  {
    id: 'clickup-api-token', provider: 'ClickUp', description: 'ClickUp personal API token',
    pattern: /(?<![\w-])pk_\d{6,10}_[A-Z0-9]{32}(?![\w-])/, keywords: ['pk_'], confidence: 0.95,
  },
  {
    id: 'trello-token', provider: 'Trello', description: 'Trello API token',
    pattern: /(?<![\w+/-])ATTA[A-Za-z0-9]{60,80}(?![\w+/=-])/, keywords: ['atta'], confidence: 0.88,
  },
  {
    id: 'splunk-hec-token', provider: 'Splunk', description: 'Splunk HTTP Event Collector token',
    pattern: /(?<![\w-])Splunk[ \t]{1,4}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/i, group: 1, keywords: ['splunk'], confidence: 0.88,
  },
  {
    id: 'elastic-api-key-header', provider: 'Elastic', description: 'Elasticsearch / Kibana API key (Authorization: ApiKey)',
    pattern: /(?<![\w-])ApiKey[ \t]{1,4}([A-Za-z0-9+/_-]{30,400}={0,2})(?![\w+/=-])/, group: 1, keywords: ['apikey'], confidence: 0.88, skipEntropy: true,
    // base64 of `id:api_key`.
    validate: (v) => {
      const d = decodeBase64Url(v.replaceAll('+', '-').replaceAll('/', '_'));
      return d !== undefined && PRINTABLE_ASCII.test(d) && d.indexOf(':') > 0 && d.indexOf(':') < d.length - 8;
    },
  },
  {
    id: 'yandex-cloud-api-key', provider: 'Yandex Cloud', description: 'Yandex Cloud API key',
    pattern: /(?<![\w-])AQVN[A-Za-z0-9_-]{35,38}(?![\w-])/, keywords: ['aqvn'], confidence: 0.9,
  },
  {
    id: 'scaleway-access-key', provider: 'Scaleway', description: 'Scaleway access key id',
    pattern: /(?<![A-Za-z0-9])SCW[A-Z0-9]{17}(?![A-Za-z0-9])/, keywords: ['scw'], confidence: 0.85, validate: (v) => /\d/.test(v.slice(3)),
  },
  {
    id: 'scaleway-secret-key', provider: 'Scaleway', description: 'Scaleway secret key',
    pattern: keyed(`(?:scw|scaleway)${SEP}secret${SEP}key`, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'), group: 1,
    keywords: ['scw', 'scaleway'], confidence: 0.88,
  },
  {
    id: 'onesignal-api-key', provider: 'OneSignal', description: 'OneSignal REST API key',
    pattern: /(?<![\w-])os_v2_(?:app|org)_[a-z0-9]{50,200}(?![\w-])/, keywords: ['os_v2_'], confidence: 0.95,
  },
  {
    id: 'ably-api-key', provider: 'Ably', description: 'Ably API key (app.keyId:secret)',
    pattern: keyed(`ably${SEP}(?:api${SEP})?key`, '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_=+/-]{40,46}'), group: 1, keywords: ['ably'], confidence: 0.9,
  },
  {
    id: 'adyen-api-key', provider: 'Adyen', description: 'Adyen API key',
    pattern: keyed(`adyen${SEP}(?:api${SEP})?key|x-api-key`, 'AQE[A-Za-z0-9+/=_.-]{60,400}'), group: 1, keywords: ['adyen', 'x-api-key'], confidence: 0.9,
  },
  {
    id: 'live-prefixed-api-key', provider: 'Mollie / GoCardless', description: 'live_/test_ prefixed payment API key',
    pattern: /(?<![\w-])(?:live|test)_[A-Za-z0-9]{30,40}(?![\w-])/, keywords: ['live_', 'test_'], confidence: 0.75,
    // Random bodies only: test names such as `test_shouldRejectExpiredTokens2` are mixed-case words.
    validate: (v) => hasUpperLowerDigit(v.slice(5)) && shannonEntropy(v.slice(5)) >= 4.2 && wordCoverage(v.slice(5)) < 0.5,
    confidenceOf: (v) => (v.startsWith('test_') ? 0.55 : 0.75),
  },
  {
    id: 'paddle-api-key', provider: 'Paddle', description: 'Paddle Billing API key',
    pattern: /(?<![\w-])pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,90}(?![\w-])/, keywords: ['pdl_'], confidence: 0.97,
  },
  {
    id: 'klaviyo-private-key', provider: 'Klaviyo', description: 'Klaviyo private API key',
    pattern: /(?<![\w-])pk_[a-f0-9]{34}(?![\w-])/, keywords: ['pk_'], confidence: 0.85,
  },
  {
    id: 'posthog-personal-api-key', provider: 'PostHog', description: 'PostHog personal API key',
    pattern: /(?<![\w-])phx_[A-Za-z0-9]{43}(?![\w-])/, keywords: ['phx_'], confidence: 0.95,
  },
  {
    id: 'statsig-server-secret', provider: 'Statsig', description: 'Statsig server secret key',
    pattern: /(?<![\w-])secret-[A-Za-z0-9]{40,48}(?![\w-])/, keywords: ['secret-'], confidence: 0.85, validate: (v) => hasUpperLowerDigit(v.slice(7)),
  },
  {
    id: 'flagsmith-server-key', provider: 'Flagsmith', description: 'Flagsmith server-side environment key',
    pattern: /(?<![\w.-])ser\.[A-Za-z0-9]{22}(?![\w-])/, keywords: ['ser.'], confidence: 0.85, validate: (v) => hasUpperLowerDigit(v.slice(4)),
  },
  {
    id: 'cloudinary-url', provider: 'Cloudinary', description: 'Cloudinary API secret in a CLOUDINARY_URL',
    pattern: /(?<![\w+.-])cloudinary:\/\/\d{12,16}:([A-Za-z0-9_-]{20,40})@[a-z0-9_-]{2,64}/i, group: 1, keywords: ['cloudinary://'], confidence: 0.95,
  },
  {
    id: 'tailscale-key', provider: 'Tailscale', description: 'Tailscale API, auth or OAuth client key',
    pattern: /(?<![\w-])tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{16,64}(?![\w-])/, keywords: ['tskey-'], confidence: 0.97,
  },
  {
    id: 'ngrok-authtoken', provider: 'ngrok', description: 'ngrok authtoken',
    pattern: keyed(`ngrok${SEP}(?:auth${SEP})?token|authtoken`, '[0-9][A-Za-z0-9]{25,27}_[A-Za-z0-9]{20,22}'), group: 1, keywords: ['ngrok', 'authtoken'], confidence: 0.9,
  },
  {
    id: 'wireguard-private-key', provider: 'WireGuard', description: 'WireGuard private key',
    pattern: /(?<![\w-])PrivateKey[ \t]{0,8}=[ \t]{0,8}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![\w+/=])/, group: 1, keywords: ['privatekey'], confidence: 0.95,
    redactAs: 'PRIVATE_KEY', keep: 0,
  },
  {
    id: 'laravel-app-key', provider: 'Laravel', description: 'Laravel APP_KEY',
    pattern: keyed(`app${SEP}key`, 'base64:[A-Za-z0-9+/]{43}='), group: 1, keywords: ['app_key', 'app-key', 'appkey', 'app.key'], confidence: 0.95, keep: 7,
  },
  {
    id: 'amazon-mws-token', provider: 'Amazon MWS', description: 'Amazon Marketplace Web Service auth token',
    pattern: /(?<![\w.-])amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/, keywords: ['amzn.mws.'], confidence: 0.96,
  },
  {
    id: 'riot-games-api-key', provider: 'Riot Games', description: 'Riot Games developer API key',
    pattern: /(?<![\w-])RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/, keywords: ['rgapi-'], confidence: 0.96,
  },
  {
    id: 'jenkins-api-token', provider: 'Jenkins', description: 'Jenkins API token',
    pattern: keyed(`jenkins${SEP}(?:api${SEP})?token|jenkins${SEP}(?:pass|password)`, '11[0-9a-f]{32}'), group: 1, keywords: ['jenkins'], confidence: 0.9,
  },
  {
    id: 'docker-config-auth', provider: 'Docker', description: 'registry credentials in a Docker config.json ("auth": base64 user:password)',
    pattern: /(?<![\w-])"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{8,400}={0,2})"/, group: 1, keywords: ['"auth"'], confidence: 0.9, skipEntropy: true,
    redactAs: 'PASSWORD', keep: 0,
    validate: (v) => {
      const d = decodeBase64Url(v.replaceAll('+', '-').replaceAll('/', '_'));
      if (d === undefined || !PRINTABLE_ASCII.test(d)) return false;
      const colon = d.indexOf(':');
      return colon > 0 && colon < d.length - 1 && !isPlaceholder(d.slice(colon + 1));
    },
  },
  {
    id: 'npmrc-auth', provider: 'npm', description: 'registry auth token in an .npmrc (_authToken / _auth)',
    pattern: /(?<![\w-])_auth(?:Token)?[ \t]{0,4}=[ \t]{0,4}([^\s'"`]{16,512})/, group: 1, keywords: ['_auth'], confidence: 0.88,
    validate: (v) => !isPlaceholder(v) && !v.startsWith('$'),
  },
  {
    id: 'xml-password-element', provider: 'XML config', description: 'password in a <password> element (Maven settings.xml and similar)',
    pattern: /<(password|passwd|pass|passphrase|keyPassword|storePassword)>([^<>\s]{4,128})<\/\1>/i, group: 2, keywords: ['pass'], confidence: 0.8,
    minEntropy: 2, redactAs: 'PASSWORD', keep: 0,
    validate: (v) => !isPlaceholder(v) && !WEAK_PASSWORD.test(v) && !v.startsWith('$') && !v.startsWith('{'),
  },
  {
    id: 'password-hash-bcrypt', provider: 'Password hashes', description: 'bcrypt password hash',
    pattern: /(?<![\w$])\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}(?![\w./])/, keywords: ['$2'], confidence: 0.85, skipEntropy: true, redactAs: 'PASSWORD', keep: 0,
  },
  {
    id: 'password-hash-crypt', provider: 'Password hashes', description: 'MD5/SHA-crypt password hash ($1$, $5$, $6$, $apr1$)',
    pattern: /(?<![\w$])\$(?:1|5|6|apr1|md5)\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}(?![\w./])/, keywords: ['$1$', '$5$', '$6$', '$apr1$', '$md5$'],
    confidence: 0.85, skipEntropy: true, redactAs: 'PASSWORD', keep: 0,
  },
  {
    id: 'kerberos-ticket-hash', provider: 'Kerberos', description: 'Kerberos AS-REP / TGS ticket hash (crackable offline)',
    pattern: /(?<![\w$])\$krb5(?:asrep|tgs)\$(?:17|18|23)\$[^\s]{40,8192}/, keywords: ['$krb5'], confidence: 0.9, skipEntropy: true, redactAs: 'PASSWORD', keep: 0,
  },

  // ---- Generic: key-like names with high-entropy values -------------------------------------------
  {
    id: 'generic-secret', provider: 'Generic', description: 'secret assigned to a key-like name', pattern: GENERIC_ASSIGNMENT,
    group: 2, keywords: ['key', 'secret', 'token', 'auth', 'bearer', 'cred'], anchor: NAME_ANCHOR, confidence: 0.65, generic: true,
    minEntropy: 3.5,
    validate: (v, ctx) => {
      const kind = secretNameKind(ctx.match[1] ?? '');
      return (kind === 'secret' || kind === 'key') && genericValueOk(v, ctx, 16);
    },
    confidenceOf: (v, ctx) => {
      const kind = secretNameKind(ctx.match[1] ?? '');
      // A UUID or a bare `key:` name is weaker evidence than a random token under `api_key`.
      if (UUID.test(v)) return kind === 'key' ? 0.45 : 0.55;
      const strong = v.length >= 20 && shannonEntropy(v) >= 4 && charClassCount(v) >= 2;
      if (kind === 'key') return strong ? 0.6 : 0.5;
      return strong ? 0.75 : 0.65;
    },
  },
  {
    id: 'generic-spaced-secret', provider: 'Generic', description: 'random value written after a key-like word (no = or :)', pattern: GENERIC_SPACED,
    group: 2, keywords: ['key', 'secret', 'token'], anchor: NAME_ANCHOR, confidence: 0.6, generic: true, minEntropy: 3.75,
    validate: (v, ctx) => {
      const name = ctx.match[1] ?? '';
      const kind = secretNameKind(name) ?? (/(?:key|secret|token)$/i.test(name) ? 'secret' : undefined);
      if (kind !== 'secret' && kind !== 'key') return false;
      // A random value: letters and digits, no words, not an address or a hash-like hex id under `key`.
      if (!genericValueOk(v, ctx, 20) || EVM_ADDRESS.test(v) || UUID.test(v)) return false;
      return /\d/.test(v) && /[A-Za-z]/.test(v) && wordCoverage(v) < 0.5;
    },
    confidenceOf: (v) => (v.length >= 24 && charClassCount(v) >= 3 && shannonEntropy(v) >= 4.2 ? 0.65 : 0.55),
  },
  {
    id: 'generic-password', provider: 'Generic', description: 'password assigned to a password field', pattern: GENERIC_ASSIGNMENT,
    group: 2, keywords: ['pass', 'pwd', 'pw'], anchor: NAME_ANCHOR, confidence: 0.65, generic: true, minEntropy: 2.75,
    redactAs: 'PASSWORD', keep: 0,
    validate: (v, ctx) => {
      if (secretNameKind(ctx.match[1] ?? '') !== 'password') return false;
      if (!genericValueOk(v, ctx, 8) || WEAK_PASSWORD.test(v)) return false;
      // Human passwords mix character classes; a single-class value is more often a word or an id.
      return charClassCount(v) >= 2 || v.length >= 16;
    },
    confidenceOf: (v) => (charClassCount(v) >= 3 && v.length >= 10 ? 0.7 : 0.6),
  },
];

/**
 * The literal prefix a pattern always starts with (`ghp_`, `sk-ant-`, `dp.`), after a leading
 * lookbehind: the public part `partial` redaction keeps.
 *
 * @example
 * ```ts
 * literalPrefix(/(?<![\w-])ghp_[A-Za-z0-9]{36}/); // 'ghp_'
 * ```
 */
export function literalPrefix(re: RegExp): string {
  let src = re.source;
  if (src.startsWith('(?<')) {
    const close = src.indexOf(')');
    if (close === -1) return '';
    src = src.slice(close + 1);
  }
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '\\') {
      const nx = src.charAt(i + 1);
      if ('.-/$_'.includes(nx) && nx !== '') {
        out += nx;
        i++;
        continue;
      }
      break;
    }
    const c = src.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 58) {
      out += ch;
      continue;
    }
    if (ch === '?' || ch === '*' || ch === '{') out = out.slice(0, -1);
    break;
  }
  return out;
}
