/**
 * @module feed/keys — Ed25519 keys for threat feeds through WebCrypto (`crypto.subtle`), which
 * Node 20, Chromium, Deno and workerd all provide (stack notes §11).
 */
import { ConfigError } from '../errors.js';
import { sha256, toHex } from '../engine/hash.js';
import { fromBase64, fromBase64Url, toBase64 } from './base64.js';
import type { FeedKeys, TrustedKey } from './types.js';

const ED25519 = { name: 'Ed25519' } as const;

function subtle(): SubtleCrypto {
  const s = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (s === undefined) throw new ConfigError('threat feeds need WebCrypto (crypto.subtle); this runtime has none (insecure browser context?)');
  return s;
}

/**
 * The key id of a raw public key: first 16 hex characters of its SHA-256.
 *
 * @example
 * ```ts
 * keyIdOf(rawPublicKeyBytes); // '3f9a0c…' (16 hex)
 * ```
 */
export function keyIdOf(rawPublicKey: Uint8Array): string {
  return toHex(sha256(rawPublicKey)).slice(0, 16);
}

/**
 * A new Ed25519 key pair for signing feeds.
 *
 * @example
 * ```ts
 * const keys = await generateFeedKeys();
 * // publish keys.publicKey; keep keys.privateKey secret
 * ```
 */
export async function generateFeedKeys(): Promise<FeedKeys> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  return { publicKey: toBase64(raw), privateKey: jwk, keyId: keyIdOf(raw) };
}

/** Raw 32-byte public key from a trusted-key entry, or undefined when it is not an Ed25519 public key. */
export function rawPublicKey(key: TrustedKey): Uint8Array | undefined {
  if (typeof key === 'string') {
    const t = key.trim();
    if (t.startsWith('{')) {
      try {
        return rawPublicKey(JSON.parse(t) as JsonWebKey);
      } catch {
        return undefined;
      }
    }
    const b = fromBase64(t);
    return b !== undefined && b.length === 32 ? b : undefined;
  }
  if (typeof key !== 'object' || key === null || key.kty !== 'OKP' || key.crv !== 'Ed25519' || typeof key.x !== 'string') return undefined;
  const b = fromBase64Url(key.x);
  return b !== undefined && b.length === 32 ? b : undefined;
}

/** Import a private JWK (object or JSON text) for signing; returns the key and its raw public key. */
export async function importPrivateKey(key: JsonWebKey | string): Promise<{ key: CryptoKey; publicKey: Uint8Array }> {
  let jwk: JsonWebKey;
  try {
    jwk = typeof key === 'string' ? (JSON.parse(key) as JsonWebKey) : key;
  } catch {
    throw new ConfigError('privateKey must be an Ed25519 JWK (object or JSON text)');
  }
  if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') throw new ConfigError('privateKey must be an Ed25519 private JWK (kty OKP, crv Ed25519, with d and x)');
  const pub = rawPublicKey(jwk);
  if (pub === undefined) throw new ConfigError('privateKey JWK lacks its public part x');
  try {
    const k = await subtle().importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x } as JsonWebKey, ED25519, false, ['sign']);
    return { key: k, publicKey: pub };
  } catch (e) {
    throw new ConfigError(`privateKey is not a usable Ed25519 key: ${(e as Error).message}`);
  }
}

/** Sign bytes with Ed25519. */
export async function sign(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(ED25519, key, data as Uint8Array<ArrayBuffer>));
}

/** Verify an Ed25519 signature with a raw public key; false on any failure. */
export async function verify(rawKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    const k = await subtle().importKey('raw', rawKey as Uint8Array<ArrayBuffer>, ED25519, false, ['verify']);
    return await subtle().verify(ED25519, k, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}
