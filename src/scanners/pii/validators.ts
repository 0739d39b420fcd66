/**
 * @module scanners/pii/validators — pure, synchronous checks that turn a regex candidate into a
 * confirmed entity: Luhn and card networks, US SSN ranges, IPv4/IPv6 parsing, Bitcoin base58check and
 * bech32/bech32m checksums (with a small SHA-256, because WebCrypto is async and these run per
 * candidate inside a synchronous pass).
 */
import { sha256 } from '../../engine/hash.js';

export { sha256 };

/** A whole string of 12–19 ASCII digits (a card number with separators removed). */
export const CARD_DIGITS = /^\d{12,19}$/;
/** Exactly nine ASCII digits (an SSN with separators removed). */
export const SSN_DIGITS = /^\d{9}$/;
/** One dotted-quad part: one to three digits. */
export const IPV4_OCTET = /^\d{1,3}$/;
/** One IPv6 group: one to four hex digits. */
export const IPV6_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/**
 * Luhn (mod-10) check over a string of ASCII digits. Random digit strings pass one time in ten,
 * so it is always combined with a network prefix check.
 *
 * @example
 * ```ts
 * luhnValid('4111111111111111'); // true
 * luhnValid('4111111111111112'); // false
 * ```
 */
export function luhnValid(digits: string): boolean {
  if (digits.length === 0) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** One card network: inclusive numeric prefix ranges (compared on the same number of leading digits) and lengths. */
export interface CardNetwork {
  readonly name: string;
  /** `[low, high]` pairs; the prefix length is the number of digits of `low`. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly lengths: readonly number[];
}

/**
 * Issuer prefixes (IIN ranges) of the networks people actually paste. A Luhn-valid number that
 * starts with none of these is more likely an order or account id than a card.
 *
 * @example
 * ```ts
 * CARD_NETWORKS.find((n) => n.name === 'amex')?.lengths; // [15]
 * ```
 */
export const CARD_NETWORKS: readonly CardNetwork[] = [
  { name: 'visa', ranges: [[4, 4]], lengths: [13, 16, 19] },
  { name: 'mastercard', ranges: [[51, 55], [2221, 2720]], lengths: [16] },
  { name: 'amex', ranges: [[34, 34], [37, 37]], lengths: [15] },
  { name: 'discover', ranges: [[6011, 6011], [644, 649], [65, 65], [622126, 622925]], lengths: [16, 17, 18, 19] },
  { name: 'jcb', ranges: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  // JCB's older 15-digit numbers (issued under the 2131 and 1800 prefixes).
  { name: 'jcb', ranges: [[1800, 1800], [2131, 2131]], lengths: [15] },
  { name: 'diners', ranges: [[300, 305], [3095, 3095], [36, 36], [38, 39]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'unionpay', ranges: [[62, 62], [81, 81]], lengths: [16, 17, 18, 19] },
  { name: 'maestro', ranges: [[50, 50], [56, 58], [6304, 6304], [6759, 6759], [676770, 676770], [676774, 676774], [6390, 6390]], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'mir', ranges: [[2200, 2204]], lengths: [16, 17, 18, 19] },
  { name: 'rupay', ranges: [[60, 60], [652, 653], [508, 508]], lengths: [16] },
];

/**
 * The network a card number (digits only) belongs to, by prefix and length; undefined if none.
 *
 * @example
 * ```ts
 * cardNetwork('4111111111111111'); // 'visa'
 * cardNetwork('9111111111111111'); // undefined
 * ```
 */
export function cardNetwork(digits: string): string | undefined {
  for (const net of CARD_NETWORKS) {
    if (!net.lengths.includes(digits.length)) continue;
    for (const [lo, hi] of net.ranges) {
      const width = String(lo).length;
      const prefix = Number(digits.slice(0, width));
      if (prefix >= lo && prefix <= hi) return net.name;
    }
  }
  return undefined;
}

/**
 * A card number as people write it: digits only, Luhn-valid and with a known network prefix.
 *
 * @example
 * ```ts
 * isCardNumber('4111111111111111'); // true
 * isCardNumber('1234567812345670'); // false (Luhn-valid, but no network starts with 1)
 * ```
 */
export function isCardNumber(digits: string): boolean {
  return CARD_DIGITS.test(digits) && luhnValid(digits) && cardNetwork(digits) !== undefined;
}

/**
 * US Social Security number rules (SSA, since 2011 "randomisation"): area not 000, 666 or 900–999,
 * group not 00, serial not 0000. Input is the nine digits.
 *
 * @example
 * ```ts
 * isValidSsn('219099999'); // true
 * isValidSsn('666123456'); // false
 * ```
 */
export function isValidSsn(digits: string): boolean {
  if (!SSN_DIGITS.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

/**
 * Strict dotted-quad IPv4: four decimal octets 0–255 without leading zeros. Returns the octets or
 * undefined.
 *
 * @example
 * ```ts
 * parseIpv4('192.0.2.10'); // [192, 0, 2, 10]
 * parseIpv4('1.2.3.256');  // undefined
 * ```
 */
export function parseIpv4(s: string): [number, number, number, number] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!IPV4_OCTET.test(p) || (p.length > 1 && p[0] === '0')) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out as [number, number, number, number];
}

/**
 * IPv6 in full, compressed (`::`) or IPv4-suffixed (`::ffff:192.0.2.1`) form, parsed by hand rather
 * than with a monster regex. Returns the eight 16-bit groups or undefined. Zone ids (`%eth0`) are
 * not part of the input.
 *
 * @example
 * ```ts
 * parseIpv6('2001:db8::1'); // [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]
 * parseIpv6('12:30:45');    // undefined
 * ```
 */
export function parseIpv6(s: string): number[] | undefined {
  if (s.length < 2 || s.length > 45) return undefined;
  let text = s;
  let tail: number[] = [];
  if (text.includes('.')) {
    const lastColon = text.lastIndexOf(':');
    if (lastColon < 0) return undefined;
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
    // Keep the colon so "::1.2.3.4" stays "::" and "a:b:1.2.3.4" becomes "a:b:" (handled below).
    text = text.slice(0, lastColon + 1);
    if (text.endsWith('::')) {
      // fine: compression right before the IPv4 part
    } else if (text.endsWith(':')) {
      text = text.slice(0, -1);
    }
  }
  const dbl = text.indexOf('::');
  if (dbl !== text.lastIndexOf('::')) return undefined; // two compressions, or ":::"
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!IPV6_GROUP.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  if (dbl < 0) {
    const groups = parseGroups(text);
    if (groups === undefined) return undefined;
    const all = [...groups, ...tail];
    return all.length === 8 ? all : undefined;
  }
  const head = parseGroups(text.slice(0, dbl));
  const rest = parseGroups(text.slice(dbl + 2));
  if (head === undefined || rest === undefined) return undefined;
  const explicit = head.length + rest.length + tail.length;
  if (explicit > 7) return undefined; // "::" must stand for at least one zero group
  return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest, ...tail];
}

/**
 * Private, loopback, link-local, shared (CGNAT) and unspecified IPv4 ranges: addresses that name a
 * machine on someone's own network rather than a person on the internet.
 *
 * @example
 * ```ts
 * isPrivateIpv4([192, 168, 1, 20]); // true
 * isPrivateIpv4([203, 0, 113, 9]);  // false
 * ```
 */
export function isPrivateIpv4(o: readonly number[]): boolean {
  const [a = 0, b = 0] = o;
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

/**
 * Loopback, unspecified, link-local (fe80::/10) and unique-local (fc00::/7) IPv6, and IPv4-mapped
 * private addresses.
 *
 * @example
 * ```ts
 * isPrivateIpv6(parseIpv6('fe80::1')!); // true
 * ```
 */
export function isPrivateIpv6(g: readonly number[]): boolean {
  const first = g[0] ?? 0;
  if (g.slice(0, 7).every((x) => x === 0) && ((g[7] ?? 0) <= 1)) return true;
  if ((first & 0xffc0) === 0xfe80 || (first & 0xfe00) === 0xfc00) return true;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    const hi = g[6] ?? 0;
    const lo = g[7] ?? 0;
    return isPrivateIpv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  }
  return false;
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/**
 * Decode Bitcoin base58 (no checksum handling); undefined on a character outside the alphabet.
 * Quadratic in the length, so callers pass only short candidates (≤ 64 characters).
 *
 * @example
 * ```ts
 * base58Decode('2g'); // Uint8Array [0x61]
 * ```
 */
export function base58Decode(s: string): Uint8Array | undefined {
  if (s.length > 128) return undefined;
  const bytes: number[] = [];
  for (const ch of s) {
    let carry = BASE58_ALPHABET.indexOf(ch);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return new Uint8Array(bytes.reverse());
}

/**
 * Legacy Bitcoin address (P2PKH `1…`, P2SH `3…`): base58 of a version byte (0x00 / 0x05), a 20-byte
 * hash and a 4-byte checksum equal to the first bytes of SHA-256(SHA-256(version + hash)). A random
 * base58 word passes one time in 2³², so a match is a real address.
 *
 * @example
 * ```ts
 * isBase58CheckAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'); // true
 * isBase58CheckAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'); // false
 * ```
 */
export function isBase58CheckAddress(s: string): boolean {
  const raw = base58Decode(s);
  if (raw === undefined || raw.length !== 25) return false;
  const version = raw[0];
  if (version !== 0x00 && version !== 0x05) return false;
  const check = sha256(sha256(raw.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[21 + i]) return false;
  return true;
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i] ?? 0;
  }
  return chk >>> 0;
}

/**
 * Segwit address (`bc1…` mainnet, `tb1…` testnet): verifies the BIP-173/BIP-350 checksum (bech32
 * for witness version 0, bech32m for 1–16) and the witness program length. Mixed case is invalid.
 *
 * @example
 * ```ts
 * isSegwitAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'); // true
 * isSegwitAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'); // false
 * ```
 */
export function isSegwitAddress(s: string): boolean {
  if (s.length < 14 || s.length > 90) return false;
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return false;
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  const hrp = lower.slice(0, sep);
  if (hrp !== 'bc' && hrp !== 'tb') return false;
  const data: number[] = [];
  for (const ch of lower.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  if (data.length < 7) return false;
  const expanded: number[] = [];
  for (const ch of hrp) expanded.push(ch.charCodeAt(0) >> 5);
  expanded.push(0);
  for (const ch of hrp) expanded.push(ch.charCodeAt(0) & 31);
  const pm = bech32Polymod([...expanded, ...data]);
  const version = data[0] ?? 0;
  if (version > 16) return false;
  if (pm !== (version === 0 ? 1 : 0x2bc830a3)) return false;
  // Convert the 5-bit program to bytes: no leftover of 5 bits or more, leftover bits all zero.
  let acc = 0;
  let bits = 0;
  let len = 0;
  for (const v of data.slice(1, -6)) {
    acc = (acc << 5) | v;
    bits += 5;
    while (bits >= 8) {
      bits -= 8;
      len++;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits >= 5 || acc !== 0) return false;
  if (len < 2 || len > 40) return false;
  return version !== 0 || len === 20 || len === 32;
}

/** Letters the UK NINO prefix may not use first (D F I Q U V) or second (D F I O Q U V), and prefixes never issued. */
const NINO_BAD_FIRST = new Set(['D', 'F', 'I', 'Q', 'U', 'V']);
const NINO_BAD_SECOND = new Set(['D', 'F', 'I', 'O', 'Q', 'U', 'V']);
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * UK National Insurance number (HMRC rules; the NINO has no check digit): two prefix letters with
 * the allowed letters and none of the never-issued or administrative prefixes, six digits, a
 * suffix A–D. Input without spaces, upper case.
 *
 * @example
 * ```ts
 * isUkNino('AB123456C'); // true
 * isUkNino('GB123456A'); // false (never issued)
 * ```
 */
export function isUkNino(s: string): boolean {
  if (s.length !== 9) return false;
  const a = s[0] as string;
  const b = s[1] as string;
  if (NINO_BAD_FIRST.has(a) || NINO_BAD_SECOND.has(b) || NINO_BAD_PREFIX.has(a + b)) return false;
  for (let i = 2; i < 8; i++) if (!isDigit(s.charCodeAt(i))) return false;
  const suffix = s[8] as string;
  return suffix >= 'A' && suffix <= 'D' && a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * German tax identification number (Steuerliche Identifikationsnummer, 11 digits): first digit not
 * 0; in the first ten digits one digit occurs two or three times and the rest at most once (the
 * 2016 rule), a digit never three times in a row; the last digit is the ISO 7064 MOD 11,10 check.
 *
 * @example
 * ```ts
 * isDeTaxId('65929970489'); // true
 * isDeTaxId('65929970488'); // false
 * ```
 */
export function isDeTaxId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48] = (counts[digits.charCodeAt(i) - 48] ?? 0) + 1;
  const repeated = counts.filter((c) => c >= 2);
  if (repeated.length !== 1 || (repeated[0] as number) > 3) return false;
  for (let i = 2; i < 10; i++) if (digits[i] === digits[i - 1] && digits[i] === digits[i - 2]) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(10) - 48;
}

/**
 * French social security number (NIR, 15 characters): sex 1/2 (3, 4, 7, 8 for temporary numbers),
 * year, month 01–12 or 20–42/50–99 (unknown month codes), département (two digits, 2A/2B for
 * Corsica), commune, order, and a key equal to 97 − (the 13-digit number mod 97), with 2A → 19 and
 * 2B → 18 for the computation. Input without spaces.
 *
 * @example
 * ```ts
 * isFrNir('185057800608436'); // true
 * ```
 */
export function isFrNir(s: string): boolean {
  if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(s)) return false;
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  const dept = s.slice(5, 7);
  const body = dept === '2A' ? `${s.slice(0, 5)}19${s.slice(7, 13)}` : dept === '2B' ? `${s.slice(0, 5)}18${s.slice(7, 13)}` : s.slice(0, 13);
  let r = 0;
  for (let i = 0; i < body.length; i++) r = (r * 10 + body.charCodeAt(i) - 48) % 97;
  return 97 - r === Number(s.slice(13));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Spanish DNI (8 digits + check letter) or NIE (X/Y/Z + 7 digits + check letter): the letter is
 * `TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]`, with X/Y/Z read as 0/1/2. Input without separators.
 *
 * @example
 * ```ts
 * isEsDniOrNie('12345678Z'); // true
 * isEsDniOrNie('X1234567L'); // true
 * ```
 */
export function isEsDniOrNie(s: string): boolean {
  let digits: string;
  if (/^\d{8}[A-Z]$/.test(s)) digits = s.slice(0, 8);
  else if (/^[XYZ]\d{7}[A-Z]$/.test(s)) digits = `${'XYZ'.indexOf(s[0] as string)}${s.slice(1, 8)}`;
  else return false;
  return DNI_LETTERS[Number(digits) % 23] === s[8];
}

/**
 * A plausible date of birth: day 1–31 valid for the month, month 1–12, year 1900 to this year.
 *
 * @example
 * ```ts
 * isPlausibleBirthDate(1984, 3, 5); // true
 * isPlausibleBirthDate(1984, 2, 30); // false
 * ```
 */
export function isPlausibleBirthDate(year: number, month: number, day: number, now = new Date()): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > now.getUTCFullYear() || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] as number);
}
