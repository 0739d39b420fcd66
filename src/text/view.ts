/**
 * @module text/view — builds the one {@link TextView} every scanner of a scan shares.
 *
 * The normalised text is NFKC applied per character cluster (a base character plus its combining
 * marks), with invisible characters dropped. Because each cluster is normalised on its own we know
 * exactly which raw range every normalised code unit came from, so evidence found in the
 * normalised text maps back to the original offsets. (Whole-string NFKC can compose across
 * clusters in a few rare cases, e.g. conjoining Hangul written as separate starters; per-cluster
 * NFKC keeps those apart, which only matters for matching inside such sequences.)
 */
import type { DecodedLayer, InvisibleChar, Span, TextView } from '../types.js';
import { decodeLayers } from './decode.js';
import { invisibleKind, isContinuation } from './invisible.js';

/**
 * Any character other than printable ASCII, tab, LF or CR. Text without one has nothing to
 * normalise and nothing invisible. A negated search (native, no backtracking stack at any length)
 * rather than an anchored `^[…]*$`, whose greedy loop stacks one entry per character.
 */
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * The views built from plain printable ASCII (see {@link isPlainAscii}). A set, not a mark on the
 * view: a copy of a view (`{ ...view, normalized }`) must not inherit the claim.
 */
const PLAIN_VIEWS = new WeakSet<TextView>();

/**
 * Whether `view` was built by {@link createTextView} from text with no character outside printable
 * ASCII, tab, LF and CR: its normalised text is its raw text, nothing in it is invisible, and no
 * code unit is above 0x7F, so callers can skip their own whole-text tests for those. False for
 * views made elsewhere (the caller then tests as usual).
 *
 * @example
 * ```ts
 * isPlainAscii(createTextView('hello')); // true
 * isPlainAscii(createTextView('héllo')); // false
 * ```
 */
export function isPlainAscii(view: TextView): boolean {
  return PLAIN_VIEWS.has(view);
}

interface Normalized {
  readonly text: string;
  /** Raw start of the cluster each normalised code unit came from; undefined = identity. */
  readonly starts: Uint32Array | undefined;
  /** Raw end of that cluster. */
  readonly ends: Uint32Array | undefined;
}

/**
 * Build the view of `raw`. Cheap: nothing is computed until a scanner reads a field.
 *
 * @example
 * ```ts
 * const v = createTextView('ｉｇｎｏｒｅ\u200B all');
 * v.normalized;        // 'ignore all'
 * v.toRaw(0, 6);       // { start: 0, end: 6 }
 * ```
 */
export function createTextView(raw: string): TextView {
  let norm: Normalized | undefined;
  let invisible: InvisibleChar[] | undefined;
  let decoded: readonly DecodedLayer[] | undefined;
  let memos: Map<object, unknown> | undefined;
  const isPlain = !NOT_PLAIN_ASCII.test(raw);

  const getNorm = (): Normalized => {
    if (norm === undefined) norm = isPlain ? { text: raw, starts: undefined, ends: undefined } : normalize(raw);
    return norm;
  };

  const view: TextView = {
    raw,
    get normalized(): string {
      return getNorm().text;
    },
    get invisible(): readonly InvisibleChar[] {
      if (invisible === undefined) invisible = isPlain ? [] : findInvisible(raw);
      return invisible;
    },
    toRaw(start: number, end: number): Span {
      const n = getNorm();
      const len = n.text.length;
      const s = clamp(Math.min(start, end), 0, len);
      const e = clamp(Math.max(start, end), 0, len);
      if (n.starts === undefined || n.ends === undefined) return { start: s, end: e };
      const rawStart = s < len ? (n.starts[s] ?? raw.length) : raw.length;
      if (e === s) return { start: rawStart, end: rawStart };
      const rawEnd = n.ends[e - 1] ?? raw.length;
      return { start: rawStart, end: Math.max(rawStart, rawEnd) };
    },
    get decoded(): readonly DecodedLayer[] {
      if (decoded === undefined) decoded = Object.freeze(decodeLayers(view));
      return decoded;
    },
    memo<T>(key: object, compute: (v: TextView) => T): T {
      if (memos === undefined) memos = new Map();
      // One lookup when the value is there (a computed `undefined` falls back to `has`).
      const known = memos.get(key);
      if (known !== undefined || memos.has(key)) return known as T;
      const value = compute(view);
      memos.set(key, value);
      return value;
    },
  };
  if (isPlain) PLAIN_VIEWS.add(view);
  return view;
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.trunc(x))) : lo;
}

function codePointAt(raw: string, i: number): number {
  const c = raw.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) {
    const d = raw.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function findInvisible(raw: string): InvisibleChar[] {
  const out: InvisibleChar[] = [];
  for (let i = 0; i < raw.length; ) {
    const cp = codePointAt(raw, i);
    const kind = invisibleKind(cp);
    if (kind !== undefined) out.push({ index: i, codePoint: cp, kind });
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

function normalize(raw: string): Normalized {
  let cap = raw.length + 16;
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  const parts: string[] = [];
  let outLen = 0;

  const grow = (need: number): void => {
    cap = Math.max(cap * 2, outLen + need + 16);
    const ns = new Uint32Array(cap);
    ns.set(starts.subarray(0, outLen));
    starts = ns;
    const ne = new Uint32Array(cap);
    ne.set(ends.subarray(0, outLen));
    ends = ne;
  };

  const push = (piece: string, rs: number, re: number): void => {
    if (piece.length === 0) return;
    if (outLen + piece.length > cap) grow(piece.length);
    starts.fill(rs, outLen, outLen + piece.length);
    ends.fill(re, outLen, outLen + piece.length);
    parts.push(piece);
    outLen += piece.length;
  };

  const pushRun = (rs: number, re: number): void => {
    const n = re - rs;
    if (outLen + n > cap) grow(n);
    for (let k = 0; k < n; k++) {
      starts[outLen + k] = rs + k;
      ends[outLen + k] = rs + k + 1;
    }
    parts.push(raw.slice(rs, re));
    outLen += n;
  };

  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    // Fast path: a run of characters that NFKC leaves alone (plain ASCII, most CJK, Cyrillic, Greek,
    // Arabic, Hangul syllables…) maps one-to-one; its last character may take a combining mark, so
    // it goes through the cluster path below.
    if (isPlainCode(c) || isStable(c)) {
      let j = i + 1;
      while (j < raw.length) {
        const d = raw.charCodeAt(j);
        if (!(isPlainCode(d) || isStable(d))) break;
        j++;
      }
      const runEnd = j < raw.length && isContinuationUnit(raw, j) ? j - 1 : j;
      if (runEnd > i) {
        pushRun(i, runEnd);
        i = runEnd;
        continue;
      }
    }
    const cp = codePointAt(raw, i);
    const width = cp > 0xffff ? 2 : 1;
    if (invisibleKind(cp) !== undefined) {
      i += width;
      continue;
    }
    // A cluster: this code point plus following continuations (invisible ones inside are skipped).
    const rs = i;
    let j = i + width;
    let visible = raw.slice(i, j);
    while (j < raw.length) {
      const cp2 = codePointAt(raw, j);
      const w2 = cp2 > 0xffff ? 2 : 1;
      const kind = invisibleKind(cp2);
      if (kind !== undefined) {
        // Invisible characters glued inside a cluster belong to it only if a mark follows.
        const after = j + w2 < raw.length ? codePointAt(raw, j + w2) : -1;
        if (after >= 0 && invisibleKind(after) === undefined && isContinuation(after)) {
          j += w2;
          continue;
        }
        break;
      }
      if (!isContinuation(cp2)) break;
      visible += raw.slice(j, j + w2);
      j += w2;
    }
    const piece = isSurrogate(visible) ? visible : visible.normalize('NFKC');
    push(piece, rs, j);
    i = j;
  }
  return { text: parts.join(''), starts: starts.subarray(0, outLen), ends: ends.subarray(0, outLen) };
}

/**
 * Per-UTF-16-unit classes, filled lazily (each unit is classified once per process — a cache of a
 * pure function, not scanner state): bit 1 = known, bit 2 = NFKC-stable visible starter,
 * bit 4 = continuation (combining mark). Surrogates are never stable.
 */
const UNIT_CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = UNIT_CLASS[c] as number;
  if (k === 0) {
    k = 1;
    if (c < 0xd800 || c > 0xdfff) {
      const ch = String.fromCharCode(c);
      if (isContinuation(c)) k |= 4;
      else if (invisibleKind(c) === undefined && ch.normalize('NFKC') === ch) k |= 2;
    }
    UNIT_CLASS[c] = k;
  }
  return k;
}

function isStable(c: number): boolean {
  return c >= 0x80 && (classOf(c) & 2) !== 0;
}

/** True when the code point at `j` attaches to the previous character. */
function isContinuationUnit(raw: string, j: number): boolean {
  const c = raw.charCodeAt(j);
  if (c < 0x300) return false;
  if (c >= 0xd800 && c <= 0xdbff) return isContinuation(codePointAt(raw, j));
  return (classOf(c) & 4) !== 0;
}

function isPlainCode(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A lone surrogate cannot be normalised meaningfully; keep it as it is. */
function isSurrogate(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff;
}
