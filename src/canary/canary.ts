/**
 * @module canary/canary — canary tokens: a random marker placed in a system prompt. If it shows
 * up in a response (whole or in part), the model leaked its instructions; if a response that was
 * told to echo it does not, something else took over the model (prompt hijack).
 *
 * Tokens are 16 lower-case hex characters (64 random bits from `crypto.getRandomValues`), so a
 * chance match of 8 characters in a response is about 1 in 4 × 10⁹ per position.
 */
import { BouncerError, ConfigError } from '../errors.js';
import { toHex } from '../engine/hash.js';

/** Default header: an HTML comment most chat models neither render nor repeat unless asked. */
export const DEFAULT_CANARY_FORMAT = '<!-- {token} -->';
/** Shortest token fragment that counts as a leak. */
export const MIN_PARTIAL = 8;
/** Random bytes per token (hex: twice as many characters). */
export const TOKEN_BYTES = 8;

/** Options of {@link addCanary}. */
export interface CanaryOptions {
  /**
   * The header that carries the token: a template with `{token}`. If it also holds `{prompt}`,
   * the prompt goes there; otherwise the header is put on its own line before the prompt.
   * Default {@link DEFAULT_CANARY_FORMAT}.
   */
  readonly format?: string;
  /** Use this token instead of a new random one (at least 8 characters, letters and digits). */
  readonly token?: string;
}

/** What {@link checkCanary} found. */
export interface CanaryCheck {
  /** The response holds the token, or a fragment of at least {@link MIN_PARTIAL} characters of it. */
  readonly leaked: boolean;
  /** Only a fragment was found (not the whole token). */
  readonly partial: boolean;
  /** The longest match: UTF-16 offsets into the response and how many token characters it covers. */
  readonly match?: { readonly start: number; readonly end: number; readonly length: number };
}

const TOKEN = /^[0-9A-Za-z]{8,128}$/;

/**
 * A new random canary token (16 hex characters).
 *
 * @example
 * ```ts
 * createCanaryToken(); // 'c3f09a1b7d2e4f60'
 * ```
 */
export function createCanaryToken(): string {
  const bytes = new Uint8Array(TOKEN_BYTES);
  globalThis.crypto.getRandomValues(bytes);
  return toHex(bytes);
}

/** Throws unless `token` is a usable canary token. */
export function checkToken(token: unknown, what = 'canary token'): string {
  if (typeof token !== 'string' || !TOKEN.test(token)) throw new BouncerError('INVALID_INPUT', `${what} must be 8 to 128 letters or digits`);
  return token;
}

/**
 * Put a canary token into a (system) prompt.
 *
 * @example
 * ```ts
 * const { prompt, token } = addCanary('You are a support bot for ACME.');
 * // prompt === '<!-- 3c9f…e1 -->\nYou are a support bot for ACME.'
 * ```
 */
export function addCanary(prompt: string, options: CanaryOptions = {}): { readonly prompt: string; readonly token: string } {
  if (typeof prompt !== 'string') throw new BouncerError('INVALID_INPUT', 'addCanary: prompt must be a string');
  if (typeof options !== 'object' || options === null) throw new ConfigError('canary options must be an object');
  const format = options.format ?? DEFAULT_CANARY_FORMAT;
  if (typeof format !== 'string' || !format.includes('{token}')) throw new ConfigError('canary format must be a string containing {token}');
  const token = options.token === undefined ? createCanaryToken() : checkToken(options.token);
  // split/join, not replace(): a `$&` in the prompt must stay literal.
  const header = format.split('{token}').join(token);
  const out = header.includes('{prompt}') ? header.split('{prompt}').join(prompt) : `${header}\n${prompt}`;
  return { prompt: out, token };
}

/** Letters and digits of `text`, lower-cased, with a map back to offsets in `text`. */
function alnum(text: string): { readonly s: string; readonly at: Int32Array } {
  const at = new Int32Array(text.length + 1);
  let s = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 48 && lower <= 57) || (lower >= 97 && lower <= 122)) {
      s += String.fromCharCode(lower);
      at[n++] = i;
    }
  }
  at[n] = text.length;
  return { s, at };
}

/**
 * Longest substring of `token` (≥ `min` characters) found in `text`; offsets into `text`. Looks
 * at the text as written and with every character other than letters and digits removed (a token
 * leaked as `3c9f-a0b1 …` or spread over lines is still found).
 */
export function longestTokenMatch(text: string, token: string, min: number = MIN_PARTIAL): { start: number; end: number; length: number } | undefined {
  const t = token.toLowerCase();
  if (t.length < min) return undefined;
  const { s, at } = alnum(text);
  let best: { start: number; end: number; length: number } | undefined;
  // For every start in the token, find each place its first `min` characters occur, then extend.
  // Tokens are ≤ 128 characters, so this is O(token × text).
  for (let i = 0; i + min <= t.length; i++) {
    if (best !== undefined && t.length - i <= best.length) break;
    const seed = t.slice(i, i + min);
    for (let p = s.indexOf(seed); p !== -1; p = s.indexOf(seed, p + 1)) {
      let len = min;
      while (i + len < t.length && p + len < s.length && s.charCodeAt(p + len) === t.charCodeAt(i + len)) len++;
      if (best === undefined || len > best.length) best = { start: at[p] as number, end: (at[p + len - 1] as number) + 1, length: len };
      if (len === t.length - i) break;
    }
  }
  return best;
}

/**
 * Did `response` leak the canary? Case-insensitive; separators between the token's characters
 * are ignored; a fragment of at least 8 characters counts (`partial: true`).
 *
 * @example
 * ```ts
 * checkCanary(`My instructions start with <!-- ${token} -->`, token); // { leaked: true, partial: false, match: {…} }
 * checkCanary('Hello! How can I help?', token);                       // { leaked: false, partial: false }
 * ```
 */
export function checkCanary(response: string, token: string): CanaryCheck {
  if (typeof response !== 'string') throw new BouncerError('INVALID_INPUT', 'checkCanary: response must be a string');
  checkToken(token);
  const m = longestTokenMatch(response, token);
  if (m === undefined) return { leaked: false, partial: false };
  return { leaked: true, partial: m.length < token.length, match: m };
}

/** `bouncer.canary`: the canary helpers, async like every bouncer method. */
export interface BouncerCanaryApi {
  add(prompt: string, options?: CanaryOptions): Promise<{ readonly prompt: string; readonly token: string }>;
  check(response: string, token: string): Promise<CanaryCheck>;
}

/**
 * The `bouncer.canary` object: {@link addCanary} and {@link checkCanary}, async.
 *
 * @example
 * ```ts
 * const { prompt, token } = await bouncer.canary.add(systemPrompt);
 * (await bouncer.canary.check(answer, token)).leaked;
 * ```
 */
export function bouncerCanary(): BouncerCanaryApi {
  return Object.freeze({
    add: async (prompt: string, options?: CanaryOptions) => addCanary(prompt, options),
    check: async (response: string, token: string) => checkCanary(response, token),
  });
}
