/**
 * @module scanners/pii/name-model — the optional person-name model (`models/pii-names`): a
 * per-token logistic regression over hashed features of each capitalised word (its character
 * 2–4-grams, shape, the two words on each side, the punctuation around it, name-list membership),
 * trained from scratch on presidio's synthetic sentences by `training/pii-names/train.py`. This file
 * is the TypeScript twin of that script's featuriser: `name-model.test.ts` checks both produce the
 * same probabilities (`models/pii-names/token-golden.json`).
 */
import { fnv1a } from '../../models/features.js';
import type { ModelHost, ModelRef } from '../../models/types.js';
import type { NameLexicon } from './names.js';

/** The shipped model. */
export const PII_NAMES_MODEL: ModelRef = Object.freeze({ id: 'pii-names', task: 'classify' });

/** The word shape of the training script (`WORD` in train.py). */
export const MODEL_WORD = /(?<![\p{L}\p{N}_'’@/.\\-])\p{L}[\p{L}'’-]{0,39}/u;
/** One upper-case letter (Python's `isupper` on one character). */
export const UPPER_CHAR = /^\p{Lu}$/u;
/** One lower-case letter. */
export const LOWER_CHAR = /^\p{Ll}$/u;
/** A letter. */
export const LETTER_CHAR = /^\p{L}$/u;
/** A decimal digit. */
export const DIGIT_CHAR = /^\p{Nd}$/u;
/** Runs of one shape character (global: used with `replace` only). */
export const SHAPE_RUNS = /(.)\1+/gu;

interface ModelWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function modelWords(text: string): ModelWord[] {
  const out: ModelWord[] = [];
  const re = new RegExp(MODEL_WORD.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let w = m[0];
    while (w.length > 0 && (w.endsWith("'s") || w.endsWith('’s') || w.endsWith("'") || w.endsWith('’') || w.endsWith('-'))) w = w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w.slice(0, -1);
    if (w.length > 0) out.push({ start: m.index, end: m.index + w.length, text: w });
    if (out.length > 100_000) break;
  }
  return out;
}

function isCap(w: string): boolean {
  const cps = [...w];
  return cps.length >= 2 && UPPER_CHAR.test(cps[0] as string) && LOWER_CHAR.test(cps[1] as string);
}

function shape(w: string): string {
  const s = [...w]
    .slice(0, 6)
    .map((c) => (UPPER_CHAR.test(c) ? 'X' : LOWER_CHAR.test(c) ? 'x' : '-'))
    .join('');
  return s.replace(SHAPE_RUNS, '$1$1');
}

function charClass(c: string): string {
  return LETTER_CHAR.test(c) ? 'L' : DIGIT_CHAR.test(c) ? 'D' : c;
}

function prevChar(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && text[j] === ' ') j--;
  return j < 0 ? '^' : charClass(text[j] as string);
}

function nextChar(text: string, i: number): string {
  let j = i;
  while (j < text.length && text[j] === ' ') j++;
  return j >= text.length ? '$' : charClass(text[j] as string);
}

/** The feature strings of word `k` (the twin of `feats` in train.py). */
export function tokenFeatureStrings(text: string, words: readonly ModelWord[], k: number, lexicon: NameLexicon | undefined): string[] {
  const { start, end, text: w } = words[k] as ModelWord;
  const lw = w.toLowerCase();
  const f = [`w:${lw}`, `sh:${shape(w)}`, `len:${Math.min([...w].length, 12)}`];
  const p = [...`<${lw}>`];
  for (const n of [2, 3, 4]) for (let i = 0; i + n <= p.length; i++) f.push(`c:${p.slice(i, i + n).join('')}`);
  for (const off of [-2, -1, 1, 2]) {
    const o = words[k + off];
    if (o !== undefined) {
      f.push(`o${off}:${o.text.toLowerCase()}`);
      f.push(`oc${off}:${isCap(o.text) ? 1 : 0}`);
    } else f.push(`o${off}:<none>`);
  }
  f.push(`pc:${prevChar(text, start)}`);
  f.push(`nc:${nextChar(text, end)}`);
  if (lexicon?.first.has(lw) === true) f.push('lexF');
  if (lexicon?.last.has(lw) === true) f.push('lexL');
  // The model was trained with the generated stop-word names only (not the hand-listed common-word names).
  if (lexicon?.stopwordNames.has(lw) === true) f.push('lexA');
  return f;
}

/** A sparse vector: sorted bucket ids and their counts. */
export interface TokenVector {
  readonly start: number;
  readonly end: number;
  readonly ids: Int32Array;
  readonly values: Float32Array;
}

/**
 * One feature vector per capitalised word of `text`.
 *
 * @example
 * ```ts
 * nameTokenVectors('Dear Maya Ortiz', 65536, lex).map((v) => [v.start, v.end]); // [[0, 4], [5, 9], [10, 15]]
 * ```
 */
export function nameTokenVectors(text: string, buckets: number, lexicon: NameLexicon | undefined): TokenVector[] {
  const words = modelWords(text);
  const mask = buckets - 1;
  const out: TokenVector[] = [];
  const lex = lexicon;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as ModelWord;
    if (!isCap(w.text)) continue;
    const counts = new Map<number, number>();
    for (const s of tokenFeatureStrings(text, words, k, lex)) {
      const id = fnv1a(s) & mask;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const ids = Int32Array.from(counts.keys()).sort();
    out.push({ start: w.start, end: w.end, ids, values: Float32Array.from(ids, (id) => counts.get(id) as number) });
    if (out.length >= 5000) break;
  }
  return out;
}

/**
 * Merge spans that overlap or are separated by one space (or `. ` after an initial): the model tags
 * words, a name is a run of them.
 *
 * @example
 * ```ts
 * mergeNameSpans('Ana Ruiz', [{ start: 0, end: 3 }, { start: 4, end: 8 }]); // [{ start: 0, end: 8 }]
 * ```
 */
export function mergeNameSpans<T extends { start: number; end: number }>(text: string, spans: readonly T[]): Array<{ start: number; end: number; members: T[] }> {
  const out: Array<{ start: number; end: number; members: T[] }> = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = out[out.length - 1];
    if (last !== undefined && (s.start <= last.end || text.slice(last.end, s.start) === ' ' || text.slice(last.end, s.start) === '. ')) {
      last.end = Math.max(last.end, s.end);
      last.members.push(s);
    } else out.push({ start: s.start, end: s.end, members: [s] });
  }
  return out;
}

/** Words the model tags as part of a name, with its probability. */
export interface ModelNameHit {
  readonly start: number;
  readonly end: number;
  readonly probability: number;
}

/**
 * Run the model over every capitalised word of `text`; keep the words at or above its manifest
 * threshold. Rejects with the host's error when the model cannot load.
 *
 * @example
 * ```ts
 * const hits = await modelNameHits(ctx.models, 'Seth had given Irma his address', lex);
 * ```
 */
export async function modelNameHits(host: ModelHost, text: string, lexicon: NameLexicon | undefined, signal?: AbortSignal): Promise<ModelNameHit[]> {
  if (host.classifyVectors === undefined) throw new Error('this model host cannot score per-token vectors');
  const loaded = await host.load(PII_NAMES_MODEL);
  const vectors = nameTokenVectors(text, loaded.spec.buckets, lexicon);
  if (vectors.length === 0) return [];
  const probs = await host.classifyVectors(PII_NAMES_MODEL, vectors, signal === undefined ? {} : { signal });
  const threshold = loaded.manifest.threshold;
  const hits: ModelNameHit[] = [];
  vectors.forEach((v, i) => {
    const p = probs[i]?.[0] ?? 0;
    if (p >= threshold) hits.push({ start: v.start, end: v.end, probability: p });
  });
  return hits;
}
