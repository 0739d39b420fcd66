/**
 * @module feed/base64 — strict base64 (RFC 4648 §4, padded) for feed signatures, keys and
 * embeddings, plus base64url for JWK members. Written here because `btoa`/`atob` work on binary
 * strings and accept sloppy input; a feed must decode one way only.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/**
 * Bytes → padded base64.
 *
 * @example
 * ```ts
 * toBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 * ```
 */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  return out;
}

/**
 * Padded base64 → bytes, or undefined for anything that is not canonical base64 (wrong
 * characters, length, padding, or non-zero trailing bits).
 *
 * @example
 * ```ts
 * fromBase64('AQID'); // Uint8Array [1, 2, 3]
 * fromBase64('AQI');  // undefined
 * ```
 */
export function fromBase64(s: string): Uint8Array | undefined {
  if (typeof s !== 'string' || s.length % 4 !== 0) return undefined;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const n = s.length - pad;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (LOOKUP[c] as number) : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // Canonical: the bits left over after the last byte are zero.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return undefined;
  return o === out.length ? out : undefined;
}

/** Base64url without padding (JWK members) → bytes, or undefined. */
export function fromBase64Url(s: string): Uint8Array | undefined {
  if (typeof s !== 'string' || /[+/=]/.test(s)) return undefined;
  const b = s.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b + '='.repeat((4 - (b.length % 4)) % 4));
}

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  const b = toBase64(bytes);
  let end = b.length;
  while (end > 0 && b.charCodeAt(end - 1) === 61 /* = */) end--;
  return b.slice(0, end).replace(/\+/g, '-').replace(/\//g, '_');
}
