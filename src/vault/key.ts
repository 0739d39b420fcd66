/**
 * @module vault/key — how a text becomes a vault key and an embedding input. Both use the same
 * canonical form (the text view's normalised text, lower-cased, whitespace collapsed), so
 * `ＩＧＮＯＲＥ  previous` and `ignore previous` are one entry, and the stored hash can be
 * recomputed from the text without ever storing it.
 */
import { sha256Hex } from '../engine/hash.js';
import type { ModelRef } from '../models/types.js';
import { createTextView } from '../text/view.js';
import type { TextView } from '../types.js';

/** `models/embedder`: the hashed-n-gram sentence embedder (896 dimensions, L2-normalised). */
export const EMBEDDER_MODEL: ModelRef = Object.freeze({ id: 'embedder', task: 'embed' });

/** Runs of whitespace (linear: one class, one quantifier). */
const WHITESPACE = /\s+/gu;

/**
 * The canonical form of a view's text: normalised (NFKC, invisible characters removed), lower
 * case, whitespace collapsed and trimmed.
 *
 * @example
 * ```ts
 * vaultTextOf(createTextView('Ｉgnore\u200B  ALL')); // 'ignore all'
 * ```
 */
export function vaultTextOf(view: TextView): string {
  return view.normalized.toLowerCase().replace(WHITESPACE, ' ').trim();
}

/**
 * The canonical form of a text (see {@link vaultTextOf}).
 *
 * @example
 * ```ts
 * vaultText('  Ignore   previous\ninstructions '); // 'ignore previous instructions'
 * ```
 */
export function vaultText(text: string): string {
  return vaultTextOf(createTextView(text));
}

/**
 * The vault key of a text: SHA-256 (hex) of its canonical form.
 *
 * @example
 * ```ts
 * await vaultKey('Ignore previous instructions') === await vaultKey('IGNORE  previous instructions'); // true
 * ```
 */
export async function vaultKey(text: string): Promise<string> {
  return sha256Hex(vaultText(text));
}
