/**
 * @module models/features — hashed n-gram features, the TypeScript twin of
 * `training/common/features.py`.
 *
 * Our models read no vocabulary: the feature spec (`models/<id>/features.json`) fixes the
 * normalisation, the tokens, the n-grams and the hash, and both implementations must produce the
 * same `(bucket, value)` pairs. `test/node/model-features.test.ts` compares this file against a
 * golden written by the Python side, so drift fails CI.
 *
 * - `text` mode: NFKC + lower-case; tokens are runs of letters/digits/marks (each Han, kana, Thai,
 *   Lao, Myanmar or Khmer character is its own token) and runs of other visible characters
 *   (capped); features are word unigrams, token bigrams and character n-grams of `<word>`.
 * - `chars` mode (URLs and other short strings): character n-grams of `<string>`.
 * - Values: sub-linear term frequency (1 + ln count), L2-normalised.
 */

/** Feature spec, as stored in `models/<id>/features.json`. */
export interface FeatureSpec {
  readonly type: 'hashed-ngrams';
  readonly mode: 'text' | 'chars';
  /** Number of hash buckets (a power of two). */
  readonly buckets: number;
  /** Inclusive character n-gram range, e.g. `[3, 5]`. */
  readonly charNgrams: readonly [number, number];
  /** text mode: characters of a word used for its n-grams. */
  readonly maxWordChars?: number;
  /** text mode: symbol runs are cut to this many characters. */
  readonly maxSymbolRun?: number;
  /** chars mode: characters of the string used. */
  readonly maxChars?: number;
  /** text mode: window size and stride, in tokens. */
  readonly window?: { readonly tokens: number; readonly stride: number };
}

/** One token of the normalised text, with its span in the normalised string. */
export interface Token {
  readonly kind: 'w' | 's';
  readonly text: string;
  /** UTF-16 offsets in the normalised string. */
  readonly start: number;
  readonly end: number;
}

/** Sparse feature vector: sorted bucket ids and their values. */
export interface SparseFeatures {
  readonly ids: Int32Array;
  readonly values: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over code points (not UTF-16 units), as in the Python twin. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    h = Math.imul(h ^ cp, FNV_PRIME) >>> 0;
  }
  return h;
}

/** Scripts written without spaces: each character is its own token. */
function isSolo(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x0e00 && cp <= 0x0eff) ||
    (cp >= 0x1000 && cp <= 0x109f) ||
    (cp >= 0x1780 && cp <= 0x17ff) ||
    (cp >= 0x20000 && cp <= 0x2fa1f)
  );
}

/** Letters, digits, marks. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Separators and "other" (controls, format characters, unassigned, lone surrogates). */
const SKIP_CHAR = /[\p{C}\p{Z}]/u;

/** NFKC + lower-case (lone surrogates pass through NFKC unchanged). */
export function normalizeForModel(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Tokens of an already normalised string. */
export function tokenize(text: string, maxSymbolRun = 4): Token[] {
  const out: Token[] = [];
  let cur = '';
  let kind: 'w' | 's' | undefined;
  let start = 0;
  let at = 0;
  const flush = (): void => {
    if (kind !== undefined && cur.length > 0) out.push({ kind, text: kind === 'w' ? cur : [...cur].slice(0, maxSymbolRun).join(''), start, end: at });
    cur = '';
    kind = undefined;
  };
  for (const ch of text) {
    const here = at;
    const c0 = ch.charCodeAt(0);
    // ASCII fast path (same classes as the Unicode tests): controls and space skip, letters and
    // digits are word characters, the rest are symbols.
    const ascii = c0 < 0x80;
    if (ascii ? c0 <= 0x20 || c0 === 0x7f : SKIP_CHAR.test(ch)) {
      flush();
      at += ch.length;
      continue;
    }
    if (cur.length === 0) start = here;
    if (ascii ? (c0 >= 0x30 && c0 <= 0x39) || (c0 >= 0x61 && c0 <= 0x7a) || (c0 >= 0x41 && c0 <= 0x5a) : WORD_CHAR.test(ch)) {
      if (isSolo(ch.codePointAt(0) as number)) {
        flush();
        out.push({ kind: 'w', text: ch, start: here, end: here + ch.length });
        at += ch.length;
        continue;
      }
      if (kind !== 'w') {
        flush();
        kind = 'w';
        start = here;
      }
      cur += ch;
    } else {
      if (kind !== 's') {
        flush();
        kind = 's';
        start = here;
      }
      cur += ch;
    }
    at += ch.length;
  }
  flush();
  return out;
}

/**
 * Bucket counts for one window: a dense scratch array reused across calls (featurising is
 * synchronous, so calls never interleave) plus the list of touched buckets, which is cleared
 * again by {@link finish}. Much cheaper than a Map for the thousands of n-grams of a window.
 */
interface Bag {
  readonly counts: Uint32Array;
  readonly touched: number[];
}

const scratch = new Map<number, Uint32Array>();

function bag(buckets: number): Bag {
  let counts = scratch.get(buckets);
  if (counts === undefined) {
    counts = new Uint32Array(buckets);
    scratch.set(buckets, counts);
  }
  return { counts, touched: [] };
}

function add(b: Bag, id: number): void {
  const c = b.counts[id] as number;
  b.counts[id] = c + 1;
  if (c === 0) b.touched.push(id);
}

function finish(b: Bag): SparseFeatures {
  const ids = Int32Array.from(b.touched).sort();
  const values = new Float32Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    const v = 1 + Math.log(b.counts[id] as number);
    b.counts[id] = 0;
    values[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) / norm;
  return { ids, values };
}

function addNgrams(counts: Bag, padded: string, lo: number, hi: number, mask: number): void {
  // Same ids as fnv1a(`c${gram}`) for every gram, computed incrementally: FNV-1a is sequential, so
  // the hash of a gram extends the hash of its prefix (no substrings are built).
  const cps: number[] = [];
  for (let i = 0; i < padded.length; i++) {
    const cp = padded.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    cps.push(cp);
  }
  const seed = Math.imul(FNV_OFFSET ^ 0x63, FNV_PRIME) >>> 0; // 'c'
  for (let k = 0; k + lo <= cps.length; k++) {
    let h = seed;
    const stop = Math.min(cps.length, k + hi);
    for (let j = k; j < stop; j++) {
      h = Math.imul(h ^ (cps[j] as number), FNV_PRIME) >>> 0;
      if (j - k + 1 >= lo) add(counts, h & mask);
    }
  }
}

export function tokenFeatures(tokens: readonly Token[], spec: FeatureSpec): SparseFeatures {
  const mask = spec.buckets - 1;
  const [lo, hi] = spec.charNgrams;
  const maxChars = spec.maxWordChars ?? 32;
  const counts = bag(spec.buckets);
  const addText = (s: string): void => add(counts, fnv1a(s) & mask);
  let prev: string | undefined;
  for (const t of tokens) {
    if (t.kind === 'w') {
      addText(`w${t.text}`);
      addNgrams(counts, `<${[...t.text].slice(0, maxChars).join('')}>`, lo, hi, mask);
    } else addText(`s${t.text}`);
    if (prev !== undefined) addText(`b${prev} ${t.text}`);
    prev = t.text;
  }
  return finish(counts);
}

/** chars mode: n-grams of the whole (normalised, cut) string. */
export function charFeatures(text: string, spec: FeatureSpec): SparseFeatures {
  const counts = bag(spec.buckets);
  const cut = [...normalizeForModel(text)].slice(0, spec.maxChars ?? 256).join('');
  addNgrams(counts, `<${cut}>`, spec.charNgrams[0], spec.charNgrams[1], spec.buckets - 1);
  return finish(counts);
}

/** Token windows `[start, end)`: one if it fits, else overlapping ones covering every token. */
export function windows(count: number, size: number, stride: number): Array<[number, number]> {
  if (count <= size) return [[0, count]];
  const out: Array<[number, number]> = [];
  for (let start = 0; ; start += stride) {
    const end = Math.min(start + size, count);
    out.push([start, end]);
    if (end === count) return out;
  }
}

/** One window's features and where it lies in the normalised text. */
export interface FeatureWindow extends SparseFeatures {
  readonly start: number;
  readonly end: number;
}

/** Every window's features (text mode), or the one vector (chars mode), with spans in the normalised text. */
export function featureWindows(text: string, spec: FeatureSpec): { normalized: string; windows: FeatureWindow[] } {
  const normalized = normalizeForModel(text);
  if (spec.mode === 'chars') return { normalized, windows: [{ ...charFeatures(text, spec), start: 0, end: normalized.length }] };
  const tokens = tokenize(normalized, spec.maxSymbolRun ?? 4);
  const w = spec.window ?? { tokens: 512, stride: 384 };
  return {
    normalized,
    windows: windows(tokens.length, w.tokens, w.stride).map(([a, b]) => ({
      ...tokenFeatures(tokens.slice(a, b), spec),
      start: tokens[a]?.start ?? 0,
      end: tokens[b - 1]?.end ?? normalized.length,
    })),
  };
}

/** Every window's features (text mode), or the one vector (chars mode). */
export function featurize(text: string, spec: FeatureSpec): SparseFeatures[] {
  return featureWindows(text, spec).windows;
}
