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
 * - `fold` (text mode, optional): English request frames folded to the present before any feature
 *   is taken ({@link foldTokens}), so "how did people make X in the past?" reads as "how do i make X?".
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
  /** text mode: English tense/frame folding ({@link foldTokens}); absent = none. */
  readonly fold?: FoldMode;
}

/** `en-tense`: frame phrases, auxiliaries, irregular verbs; `en-stem`: the same, then {@link stem} on every ASCII word. */
export type FoldMode = 'en-tense' | 'en-stem';

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

// ---- English tense/frame folding. The same tables as training/common/features.py; the golden
// fixture (training/common/golden.py) checks that both agree.

/** Time-frame phrases that say when, not what: dropped. By first word, longest first (first match wins). */
const FOLD_DROP: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const m = new Map<string, Array<readonly string[]>>();
  const phrases = [
    'a long time ago', 'in the years to come', 'in the near future', 'in the distant future',
    'in the coming decades', 'in the coming years', 'in the old days', 'in those days', 'in years past',
    'back in the day', 'in the future', 'in the past', 'in coming years', 'in earlier times',
    'in former times', 'back then', 'years ago', 'decades ago', 'centuries ago', 'long ago', 'historically',
  ].map((p) => p.split(' '));
  for (const ph of phrases.sort((a, b) => b.length - a.length)) m.set(ph[0] as string, [...(m.get(ph[0] as string) ?? []), ph]);
  return m;
})();

/** Irregular verbs, `base:past[,participle]`: past forms fold to the base. */
const IRREGULAR = `make:made build:built steal:stole,stolen get:got,gotten take:took,taken give:gave,given
write:wrote,written sell:sold buy:bought bring:brought catch:caught teach:taught think:thought
find:found keep:kept spend:spent send:sent go:went,gone come:came become:became begin:began,begun
break:broke,broken choose:chose,chosen drive:drove,driven feed:fed flee:fled fight:fought
hide:hid,hidden know:knew,known lead:led lose:lost mean:meant meet:met pay:paid run:ran say:said
see:saw,seen shoot:shot stick:stuck strike:struck swear:swore,sworn tell:told throw:threw,thrown
win:won wear:wore,worn do:done bleed:bled blow:blew,blown draw:drew,drawn eat:ate,eaten
fall:fell,fallen forget:forgot,forgotten freeze:froze,frozen grow:grew,grown hang:hung ride:rode,ridden
rise:rose,risen sing:sang,sung sink:sank,sunk sleep:slept speak:spoke,spoken stand:stood swim:swam,swum
wake:woke,woken understand:understood deal:dealt dig:dug seek:sought lay:laid forgive:forgave,forgiven
hold:held feel:felt leave:left light:lit shake:shook,shaken sting:stung bite:bit,bitten
undertake:undertook,undertaken overcome:overcame mislead:misled withdraw:withdrew,withdrawn`;

/** Auxiliaries and modals to the present request form, then irregular past forms to the base. */
const FOLD_WORDS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>(
    Object.entries({ did: 'do', does: 'do', didn: 'don', doesn: 'don', will: 'do', would: 'do', could: 'can', was: 'is', were: 'are', wasn: 'isn', weren: 'aren', had: 'have', has: 'have' }),
  );
  for (const line of IRREGULAR.split(/\s+/)) {
    const [base, forms] = line.split(':') as [string, string];
    for (const f of forms.split(',')) if (!m.has(f)) m.set(f, base);
  }
  return m;
})();

/** Generic subjects right after an auxiliary ("how did people…", "how could someone…") read as "i". */
const FOLD_AUX: ReadonlySet<string> = new Set(['do', 'can', 'is', 'are', 'have', 'may', 'might', 'should', 'shall', 'must']);
const FOLD_SUBJECTS: ReadonlySet<string> = new Set(['people', 'individuals', 'someone', 'somebody', 'one', 'persons', 'folks']);

const hasVowel = (s: string): boolean => /[aeiouy]/.test(s);
const undouble = (s: string): string => (s.length >= 2 && s[s.length - 1] === s[s.length - 2] && 'bdgmnprt'.includes(s[s.length - 1] as string) ? s.slice(0, -1) : s);

/**
 * Light English suffix stemmer (plural/-s, -ed, -ing, final -y/-e) for ASCII words of 4+ letters,
 * so every form of a word meets: make/makes/making -> `mak`, create/created/creating -> `creat`.
 *
 * @example stem('hacking') // 'hack'
 */
export function stem(word: string): string {
  let w = word;
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('s') && w.length > 4 && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('eed')) {
    // need, feed, speed: not a past form
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length >= 5 && hasVowel(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  if (w.length > 3 && w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  else if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * English tense/frame folding: drops time-frame phrases ("in the past", "in the future", "back
 * then"), maps auxiliaries and modals to the present request form (did/will/would -> do, could ->
 * can, was -> is), irregular past forms to their base (made -> make), a generic subject after an
 * auxiliary to "i"; `en-stem` then stems every ASCII word. Spans of kept tokens are unchanged.
 *
 * @example foldTokens(tokenize('how did people make it in the past?'), 'en-tense').map((t) => t.text) // ['how', 'do', 'i', 'make', 'it', '?']
 */
export function foldTokens(tokens: readonly Token[], mode: FoldMode | undefined): readonly Token[] {
  if (mode === undefined) return tokens;
  if (mode !== 'en-tense' && mode !== 'en-stem') throw new Error(`unknown fold ${String(mode)}`);
  const out: Token[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    const t = tokens[i] as Token;
    if (t.kind !== 'w') {
      out.push(t);
      i++;
      continue;
    }
    let hit = 0;
    for (const ph of FOLD_DROP.get(t.text) ?? []) {
      if (i + ph.length <= n && ph.every((w, k) => tokens[i + k]?.kind === 'w' && tokens[i + k]?.text === w)) {
        hit = ph.length;
        break;
      }
    }
    if (hit > 0) {
      i += hit;
      continue;
    }
    let w = FOLD_WORDS.get(t.text) ?? t.text;
    const last = out[out.length - 1];
    if (FOLD_SUBJECTS.has(w) && last?.kind === 'w' && FOLD_AUX.has(last.text)) w = 'i';
    out.push(w === t.text ? t : { ...t, text: w });
    i++;
  }
  if (mode === 'en-stem') return out.map((t) => (t.kind === 'w' ? { ...t, text: stem(t.text) } : t));
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
  const tokens = foldTokens(tokenize(normalized, spec.maxSymbolRun ?? 4), spec.fold);
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
