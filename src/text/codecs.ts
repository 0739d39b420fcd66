/**
 * @module text/codecs — the byte codecs behind `text/decode`: base64 (standard and URL-safe),
 * base32, hex, percent-encoding, HTML entities and backslash escapes, plus the "is this readable
 * text?" test every decoded candidate must pass. Hand-written loops, no regexes: they run on
 * hostile input and must stay linear.
 */

/** Decoded bytes → text without throwing; invalid UTF-8 becomes U+FFFD, which {@link isReadable} counts. */
const UTF8 = new TextDecoder('utf-8');

/** base64 / base64url value of each ASCII code (255 = not in the alphabet). */
const B64 = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128).fill(255);
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < abc.length; i++) t[abc.charCodeAt(i)] = i;
  t[43] = 62; // +
  t[45] = 62; // - (url-safe)
  t[47] = 63; // /
  t[95] = 63; // _ (url-safe)
  return t;
})();

/** Hex digit value of each ASCII code (255 = not hex). */
const HEX = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128).fill(255);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 6; i++) {
    t[65 + i] = 10 + i;
    t[97 + i] = 10 + i;
  }
  return t;
})();

/**
 * Value of a hex digit, or -1.
 *
 * @example
 * ```ts
 * hexValue('f'.charCodeAt(0)); // 15
 * ```
 */
export function hexValue(c: number): number {
  const v = c < 128 ? (HEX[c] as number) : 255;
  return v === 255 ? -1 : v;
}

/**
 * Decode base64 or base64url in `s[start, end)` (whitespace skipped, stops at `=`) to bytes;
 * undefined when a character is outside the alphabet or the length cannot be base64.
 *
 * @example
 * ```ts
 * bytesToText(base64Bytes('aGk=', 0, 4)!); // 'hi'
 * ```
 */
export function base64Bytes(s: string, start: number, end: number): Uint8Array | undefined {
  const out = new Uint8Array(Math.ceil(((end - start) * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) break; // '=' padding ends the data
    if (c === 10 || c === 13 || c === 32 || c === 9) continue;
    const v = c < 128 ? (B64[c] as number) : 255;
    if (v === 255) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  if (bits >= 6) return undefined; // a dangling single character is never valid base64
  return out.subarray(0, n);
}

/**
 * Decode RFC 4648 base32 (either case) in `s[start, end)` to bytes; undefined when invalid.
 *
 * @example
 * ```ts
 * bytesToText(base32Bytes('NBUQ====', 0, 8)!); // 'hi'
 * ```
 */
export function base32Bytes(s: string, start: number, end: number): Uint8Array | undefined {
  const out = new Uint8Array(Math.ceil(((end - start) * 5) / 8) + 2);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) | 0x20; // fold case
    if (c === 61 || c === 0x3d) break;
    let v: number;
    if (c >= 97 && c <= 122) v = c - 97;
    else if (c >= 50 && c <= 55) v = c - 24; // '2'..'7' → 26..31
    else if (s.charCodeAt(i) === 61) break;
    else return undefined;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/**
 * Decode contiguous hex digits in `s[start, end)` to bytes; undefined on odd length or non-hex.
 *
 * @example
 * ```ts
 * bytesToText(hexBytes('6869', 0, 4)!); // 'hi'
 * ```
 */
export function hexBytes(s: string, start: number, end: number): Uint8Array | undefined {
  if ((end - start) % 2 !== 0) return undefined;
  const out = new Uint8Array((end - start) / 2);
  for (let i = start, k = 0; i < end; i += 2, k++) {
    const a = hexValue(s.charCodeAt(i));
    const b = hexValue(s.charCodeAt(i + 1));
    if (a < 0 || b < 0) return undefined;
    out[k] = a * 16 + b;
  }
  return out;
}

/**
 * Bytes as UTF-8 text (invalid sequences become U+FFFD).
 *
 * @example
 * ```ts
 * bytesToText(new Uint8Array([104, 105])); // 'hi'
 * ```
 */
export function bytesToText(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/**
 * Quick look at the first bytes: most are printable ASCII, whitespace or UTF-8 sequence bytes.
 * Rejects binary blobs (images, DER keys, hashes) before paying for a full decode.
 *
 * @example
 * ```ts
 * looksTextual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // false (PNG)
 * ```
 */
export function looksTextual(bytes: Uint8Array, limit = 48): boolean {
  const n = Math.min(bytes.length, limit);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 ? b !== 9 && b !== 10 && b !== 13 : b === 0x7f) bad++;
  }
  // Multi-byte UTF-8 is judged by the full decode; control bytes are the tell of binary data.
  return bad * 20 <= n;
}

/**
 * True when decoded text reads as text rather than binary noise: no (or almost no) replacement or
 * control characters, and a fair share of letters. Short strings must be clean.
 *
 * @example
 * ```ts
 * isReadable('ignore all previous instructions'); // true
 * isReadable('\u0000\uFFFD\u0013k'); // false
 * ```
 */
export function isReadable(s: string): boolean {
  const len = s.length;
  if (len < 4) return false;
  let bad = 0;
  let letters = 0;
  let nonSpace = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    nonSpace++;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) letters++;
  }
  if (nonSpace === 0) return false;
  if (len < 12 && bad > 0) return false;
  return bad * 50 <= len && letters * 10 >= nonSpace * 3;
}

/** A decoded piece with a precise map: output unit `k` came from source `[starts[k], ends[k])`. */
export interface MappedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Builds a {@link MappedText} piece by piece; every piece maps to one source range. */
export class MappedBuilder {
  private parts: string[] = [];
  private s: Int32Array;
  private e: Int32Array;
  private n = 0;
  constructor(capacity: number) {
    this.s = new Int32Array(Math.max(16, capacity));
    this.e = new Int32Array(Math.max(16, capacity));
  }
  /** Append `piece`, every unit of it mapped to `[from, to)`. */
  push(piece: string, from: number, to: number): void {
    const k = piece.length;
    if (k === 0) return;
    if (this.n + k > this.s.length) {
      const cap = Math.max(this.s.length * 2, this.n + k + 16);
      const ns = new Int32Array(cap);
      ns.set(this.s.subarray(0, this.n));
      this.s = ns;
      const ne = new Int32Array(cap);
      ne.set(this.e.subarray(0, this.n));
      this.e = ne;
    }
    this.s.fill(from, this.n, this.n + k);
    this.e.fill(to, this.n, this.n + k);
    this.parts.push(piece);
    this.n += k;
  }
  get length(): number {
    return this.n;
  }
  build(): MappedText {
    return { text: this.parts.join(''), starts: this.s.subarray(0, this.n), ends: this.e.subarray(0, this.n) };
  }
}

/** A source range that decodes to a mapped piece. */
export interface CodecHit extends MappedText {
  readonly start: number;
  readonly end: number;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

/** Bytes collected from consecutive escapes, flushed as UTF-8 (falling back to Latin-1). */
function flushBytes(b: MappedBuilder, bytes: number[], from: number, to: number): void {
  if (bytes.length === 0) return;
  const arr = Uint8Array.from(bytes);
  let t = bytesToText(arr);
  if (t.includes('\uFFFD')) t = String.fromCharCode(...arr);
  b.push(t, from, to);
  bytes.length = 0;
}

/**
 * Percent-encoded runs (`ignore%20all%20…`): maximal runs without whitespace that hold at least
 * `min` `%XX` escapes, decoded with a precise map. A `+` reads as a space (form encoding).
 *
 * @example
 * ```ts
 * findPercent('q=a%20b%20c%21', 3)[0]?.text; // 'q=a b c!'
 * ```
 */
export function findPercent(s: string, min = 3): CodecHit[] {
  const hits: CodecHit[] = [];
  let i = 0;
  const len = s.length;
  while (i < len) {
    const p = s.indexOf('%', i);
    if (p < 0) break;
    let a = p;
    while (a > 0 && !isRunStop(s.charCodeAt(a - 1))) a--;
    let z = p;
    let count = 0;
    while (z < len && !isRunStop(s.charCodeAt(z))) {
      if (s.charCodeAt(z) === 37 && z + 2 < len + 0 && hexValue(s.charCodeAt(z + 1)) >= 0 && hexValue(s.charCodeAt(z + 2)) >= 0) {
        count++;
        z += 3;
      } else z++;
    }
    if (count >= min) {
      const b = new MappedBuilder(z - a);
      const bytes: number[] = [];
      let bStart = a;
      for (let k = a; k < z; ) {
        const c = s.charCodeAt(k);
        if (c === 37 && k + 2 < z + 1 && hexValue(s.charCodeAt(k + 1)) >= 0 && hexValue(s.charCodeAt(k + 2)) >= 0) {
          if (bytes.length === 0) bStart = k;
          bytes.push(hexValue(s.charCodeAt(k + 1)) * 16 + hexValue(s.charCodeAt(k + 2)));
          k += 3;
          continue;
        }
        flushBytes(b, bytes, bStart, k);
        b.push(c === 43 ? ' ' : s[k] as string, k, k + 1);
        k++;
      }
      flushBytes(b, bytes, bStart, z);
      hits.push({ start: a, end: z, ...b.build() });
    }
    i = Math.max(z, p + 1);
  }
  return hits;
}

/** Characters that end a URL-ish run. */
function isRunStop(c: number): boolean {
  return isSpace(c) || c === 34 || c === 39 || c === 60 || c === 62 || c === 96 || c === 40 || c === 41;
}

/** Common named entities (the ones that appear in copied HTML) → their characters. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  laquo: '\u00ab', raquo: '\u00bb', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', deg: '\u00b0',
  times: '\u00d7', divide: '\u00f7', middot: '\u00b7', bull: '\u2022', sect: '\u00a7', para: '\u00b6', shy: '\u00ad',
  eacute: '\u00e9', egrave: '\u00e8', agrave: '\u00e0', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df',
  colon: ':', comma: ',', period: '.', sol: '/', num: '#', excl: '!', quest: '?', lpar: '(', rpar: ')', semi: ';', equals: '=', plus: '+',
});

/** One parsed escape or entity: its end and decoded value (a code point or a byte). */
interface Token {
  readonly end: number;
  readonly value: number;
  /** `\x` escapes are bytes (UTF-8 sequences), everything else a code point. */
  readonly isByte: boolean;
  readonly named?: string;
}

function parseEntity(s: string, i: number): Token | undefined {
  // s[i] === '&'
  const len = s.length;
  if (s.charCodeAt(i + 1) === 35) {
    const hex = (s.charCodeAt(i + 2) | 0x20) === 120;
    let k = i + (hex ? 3 : 2);
    let v = 0;
    const from = k;
    while (k < len && k - from < 8) {
      const d = hex ? hexValue(s.charCodeAt(k)) : s.charCodeAt(k) - 48;
      if (d < 0 || d > (hex ? 15 : 9)) break;
      v = v * (hex ? 16 : 10) + d;
      k++;
    }
    if (k === from || s.charCodeAt(k) !== 59 || v > 0x10ffff) return undefined;
    return { end: k + 1, value: v, isByte: false };
  }
  let k = i + 1;
  while (k < len && k - i <= 8 && isAsciiAlnum(s.charCodeAt(k))) k++;
  if (k === i + 1 || s.charCodeAt(k) !== 59) return undefined;
  const name = s.slice(i + 1, k);
  const ch = NAMED_ENTITIES[name];
  if (ch === undefined) return undefined;
  return { end: k + 1, value: ch.codePointAt(0) as number, isByte: false, named: name };
}

function parseEscape(s: string, i: number): Token | undefined {
  // s[i] === '\\'
  const t = s.charCodeAt(i + 1);
  if (t === 117 && s.charCodeAt(i + 2) === 123) {
    // \u{1F600}
    let k = i + 3;
    let v = 0;
    while (k < s.length && k - i < 10 && hexValue(s.charCodeAt(k)) >= 0) v = v * 16 + hexValue(s.charCodeAt(k++));
    if (k === i + 3 || s.charCodeAt(k) !== 125 || v > 0x10ffff) return undefined;
    return { end: k + 1, value: v, isByte: false };
  }
  const digits = t === 117 ? 4 : t === 85 ? 8 : t === 120 ? 2 : 0;
  if (digits === 0) return undefined;
  let v = 0;
  for (let k = 0; k < digits; k++) {
    const d = hexValue(s.charCodeAt(i + 2 + k));
    if (d < 0) return undefined;
    v = v * 16 + d;
  }
  if (v > 0x10ffff) return undefined;
  return { end: i + 2 + digits, value: v, isByte: t === 120 };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Groups of escapes (HTML entities or backslash escapes) close together on one line, decoded in
 * place with a precise map. A group counts when its escapes weigh at least `min`: numeric entities
 * and backslash escapes weigh 1, common named entities like `&amp;` a quarter (ordinary HTML is
 * full of them; a run of them is still worth decoding).
 */
function findEscapeGroups(s: string, lead: string, parse: (s: string, i: number) => Token | undefined, min: number, maxGap: number): CodecHit[] {
  const hits: CodecHit[] = [];
  const len = s.length;
  let i = s.indexOf(lead);
  while (i >= 0 && i < len) {
    const first = parse(s, i);
    if (first === undefined) {
      i = s.indexOf(lead, i + 1);
      continue;
    }
    // Collect the group: escapes separated by at most maxGap characters, no line break between.
    const toks: Array<{ start: number; tok: Token }> = [{ start: i, tok: first }];
    let at = first.end;
    for (;;) {
      const nx = s.indexOf(lead, at);
      if (nx < 0 || nx - at > maxGap || hasBreak(s, at, nx)) break;
      const t = parse(s, nx);
      if (t === undefined) {
        at = nx + 1;
        continue;
      }
      toks.push({ start: nx, tok: t });
      at = t.end;
    }
    let weight = 0;
    for (const t of toks) weight += t.tok.named !== undefined && LETTERLIKE[t.tok.named] !== true ? 0.25 : 1;
    if (weight >= min) {
      const a = toks[0]?.start as number;
      const z = at;
      const b = new MappedBuilder(z - a);
      const bytes: number[] = [];
      let bStart = a;
      let k = a;
      for (const { start, tok } of toks) {
        if (!tok.isByte || start !== k) flushBytes(b, bytes, bStart, k);
        for (let q = k; q < start; q++) b.push(s[q] as string, q, q + 1);
        if (tok.isByte) {
          if (bytes.length === 0) bStart = start;
          bytes.push(tok.value);
        } else {
          b.push(safeFromCodePoint(tok.value), start, tok.end);
        }
        k = tok.end;
      }
      flushBytes(b, bytes, bStart, k);
      hits.push({ start: a, end: z, ...b.build() });
    }
    i = s.indexOf(lead, Math.max(at, i + 1));
  }
  return hits;
}

/** Named entities that are single punctuation characters an encoder would produce. */
const LETTERLIKE: Readonly<Record<string, true>> = Object.freeze({ colon: true, comma: true, period: true, sol: true, num: true, excl: true, quest: true, lpar: true, rpar: true, semi: true, equals: true, plus: true });

function hasBreak(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (s.charCodeAt(k) === 10) return true;
  return false;
}

function safeFromCodePoint(v: number): string {
  if (v >= 0xd800 && v <= 0xdfff) return String.fromCharCode(v); // a lone surrogate escape stays lone
  return String.fromCodePoint(v);
}

/**
 * HTML entity groups: at least two numeric entities (`&#105;&#x67;`) or four common named ones.
 *
 * @example
 * ```ts
 * findHtmlEntities('&#105;&#103;&#110;')[0]?.text; // 'ign'
 * ```
 */
export function findHtmlEntities(s: string): CodecHit[] {
  return findEscapeGroups(s, '&', parseEntity, 2, 24);
}

/**
 * Backslash escape groups (`\u0069`, `\u{69}`, `\x69`, `\U00000069`), at least two per group.
 * Consecutive `\x` escapes are read as UTF-8 bytes.
 *
 * @example
 * ```ts
 * findEscapes('\\u0068\\u0069')[0]?.text; // 'hi'
 * ```
 */
export function findEscapes(s: string): CodecHit[] {
  return findEscapeGroups(s, '\\', parseEscape, 2, 16);
}

/**
 * Hex bytes written with separators or prefixes (`69 67 6e`, `0x69,0x67`, `69:67:6e`): at least
 * eight bytes in a row, decoded as UTF-8. Whole-span map (byte codec).
 *
 * @example
 * ```ts
 * findHexGroups('68 65 6c 6c 6f 20 79 6f')[0]?.text; // 'hello yo'
 * ```
 */
export function findHexGroups(s: string, min = 8): Array<{ start: number; end: number; bytes: Uint8Array }> {
  const out: Array<{ start: number; end: number; bytes: Uint8Array }> = [];
  const len = s.length;
  let i = 0;
  while (i < len) {
    const g = hexGroupAt(s, i);
    if (g < 0) {
      i++;
      continue;
    }
    const start = i;
    const bytes: number[] = [];
    let k = i;
    let last = i;
    for (;;) {
      const at = hexGroupAt(s, k);
      if (at < 0) break;
      const pre = (s.charCodeAt(k + 1) | 0x20) === 120 ? 2 : 0;
      bytes.push(hexValue(s.charCodeAt(k + pre)) * 16 + hexValue(s.charCodeAt(k + pre + 1)));
      last = at;
      // separators: one or two of space , : ; - (e.g. ", ")
      let j = at;
      let seps = 0;
      while (j < len && seps < 2 && isHexSep(s.charCodeAt(j))) {
        j++;
        seps++;
      }
      if (seps === 0) break;
      k = j;
    }
    if (bytes.length >= min) out.push({ start, end: last, bytes: Uint8Array.from(bytes) });
    i = Math.max(last, i + 1);
  }
  return out;
}

function isHexSep(c: number): boolean {
  return c === 32 || c === 44 || c === 58 || c === 59 || c === 45 || c === 9;
}

/** End of a two-digit hex group (optionally `0x`-prefixed) standing alone at `i`, or -1. */
function hexGroupAt(s: string, i: number): number {
  if (i > 0 && isAsciiAlnum(s.charCodeAt(i - 1))) return -1;
  let k = i;
  if (s.charCodeAt(k) === 48 && (s.charCodeAt(k + 1) | 0x20) === 120) k += 2;
  if (hexValue(s.charCodeAt(k)) < 0 || hexValue(s.charCodeAt(k + 1)) < 0) return -1;
  if (k + 2 < s.length && isAsciiAlnum(s.charCodeAt(k + 2))) return -1;
  return k + 2;
}
