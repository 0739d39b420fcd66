/**
 * @module engine/hash — SHA-256 through WebCrypto (Node 20, browsers, workers, workerd, Deno).
 * Lone surrogates are encoded as U+FFFD by TextEncoder, so every string has a defined hash.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Hex SHA-256 of the UTF-8 bytes of `text`.
 *
 * @example
 * ```ts
 * await sha256Hex('abc'); // 'ba7816bf…'
 * ```
 */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

/**
 * Lower-case hex of bytes.
 *
 * @example
 * ```ts
 * toHex(new Uint8Array([0, 255])); // '00ff'
 * ```
 */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}
