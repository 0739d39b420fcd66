/**
 * @module text/decode — decoded layers of a text view: what encodings and obfuscations hide.
 * The only place in the library where text is decoded (style §4).
 *
 * One linear pass over the text classifies characters and words (a rolling hash per ASCII word,
 * looked up in a small common-word table forwards, backwards and by "letter-difference signature",
 * which finds every Caesar shift at once) and counts the tells of each encoding. Only where a tell
 * fires does the matching decoder run, and a candidate becomes a layer only when its decoded text
 * is readable (byte codecs) or reads like language far more than the source did (ciphers, reversed
 * text, leetspeak). Layers are decoded again, up to {@link MAX_DEPTH} deep, within a size budget.
 * The pass reads the text as a typed array (ASCII copied natively by `TextEncoder.encodeInto`) and
 * remembers the unknown words of a segment, so a segment that needs a closer look (Caesar votes,
 * reversed words) reads only those words again.
 */
import type { DecodedLayer, DecodeKind, Span, TextView } from '../types.js';
import { base32Bytes, base64Bytes, bytesToText, findHtmlEntities, findEscapes, findHexGroups, findPercent, hexBytes, isReadable, looksTextual, type CodecHit } from './codecs.js';
import { CONFUSABLE_SOURCES } from './confusables.js';
import { hiddenTagText } from './invisible.js';
import { createTextView } from './view.js';
import { COMMON_WORDS } from './words.js';
import { codeUnits, type CodeUnits } from './code-units.js';

/** Deepest nesting (`base64` of `rot13` of `reversed` is depth 3). */
export const MAX_DEPTH = 3;
/** Decoded text in all layers together is at most this many times the input length… */
export const SIZE_FACTOR = 4;
/** …and at most this many UTF-16 units. */
export const MAX_TOTAL = 1 << 20;
/** At most this many layers per view (a text with thousands of tiny blobs is itself the signal). */
export const MAX_LAYERS = 128;
/** Shortest base64 / base32 / hex run worth decoding (12 bytes of payload). */
export const MIN_BLOB = 16;

/** Byte codecs: a match inside maps to the whole encoded span. */
const BYTE_KINDS: ReadonlySet<DecodeKind> = new Set<DecodeKind>(['base64', 'base32', 'hex', 'url', 'html-entity', 'unicode-escape']);

// ---------------------------------------------------------------------------------------------
// Tables (built on first use; caches of pure functions of the constant word list and confusables)

interface Tables {
  /** Open-addressed hash set of word hashes (see {@link wordKey}). */
  readonly known: Int32Array;
  /** Signature hash → bitmask of the first letters of common words with that signature. */
  readonly sigKeys: Int32Array;
  readonly sigMasks: Int32Array;
  /** BMP code unit → confusable Latin target (low 7 bits) | 0x80 for Latin-script sources. */
  readonly conf: Uint8Array;
}
let tables: Tables | undefined;

const TABLE_BITS = 13;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

function slot(key: number): number {
  return (key ^ (key >>> 15) ^ (key >>> 7)) & TABLE_MASK;
}

function insert(keys: Int32Array, key: number): number {
  let i = slot(key);
  while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & TABLE_MASK;
  keys[i] = key;
  return i;
}

function has(keys: Int32Array, key: number): boolean {
  let i = slot(key);
  for (;;) {
    const k = keys[i] as number;
    if (k === key) return true;
    if (k === 0) return false;
    i = (i + 1) & TABLE_MASK;
  }
}

function sigMask(t: Tables, key: number): number {
  let i = slot(key);
  for (;;) {
    const k = t.sigKeys[i] as number;
    if (k === key) return t.sigMasks[i] as number;
    if (k === 0) return 0;
    i = (i + 1) & TABLE_MASK;
  }
}

/** Final mix of a word hash with its length; never 0 (0 marks an empty slot). */
function wordKey(h: number, len: number): number {
  const k = (h ^ Math.imul(len, 0x9e3779b1)) | 0;
  return k === 0 ? 1 : k;
}

function getTables(): Tables {
  if (tables !== undefined) return tables;
  const known = new Int32Array(1 << TABLE_BITS);
  const sigKeys = new Int32Array(1 << TABLE_BITS);
  const sigMasks = new Int32Array(1 << TABLE_BITS);
  for (const w of COMMON_WORDS.split(' ')) {
    if (w.length === 0) continue;
    let h = 0;
    let sh = 0;
    for (let i = 0; i < w.length; i++) {
      const l = w.charCodeAt(i) - 97;
      h = (Math.imul(h, 31) + l + 1) | 0;
      if (i > 0) sh = (Math.imul(sh, 31) + ((l - (w.charCodeAt(i - 1) - 97) + 26) % 26) + 1) | 0;
    }
    insert(known, wordKey(h, w.length));
    if (w.length >= 3) {
      const at = insert(sigKeys, wordKey(sh, w.length));
      sigMasks[at] = (sigMasks[at] as number) | (1 << (w.charCodeAt(0) - 97));
    }
  }
  const conf = new Uint8Array(0x10000);
  for (const [target, sources] of Object.entries(CONFUSABLE_SOURCES)) {
    const t = target.charCodeAt(0);
    for (let i = 0; i < sources.length; i++) {
      const c = sources.charCodeAt(i);
      conf[c] = t | (isLatinScript(c) ? 0x80 : 0);
    }
  }
  tables = { known, sigKeys, sigMasks, conf };
  return tables;
}

/** Latin-script look-alikes (dotless ı, script ɡ…) are ordinary letters in Turkish, IPA, etc. */
function isLatinScript(c: number): boolean {
  return c < 0x370 || (c >= 0x1d00 && c <= 0x1eff) || (c >= 0x2c60 && c <= 0x2c7f) || (c >= 0xa720 && c <= 0xa7ff) || (c >= 0xab30 && c <= 0xab6f);
}

// ---------------------------------------------------------------------------------------------
// Character classes

const SEP = 0;
const LETTER = 1;
const DIGIT = 2;
const LEETSYM = 3; // @ $
const CONF = 4; // non-Latin look-alike of a Latin letter (Cyrillic а, Greek ο…)
const CONF_LATIN = 5; // Latin-script look-alike (ı, ɑ…)
const OTHER = 6; // any other letter-like character outside ASCII

/** Class of each ASCII code. */
const ASCII_CLASS = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) t[c] = LETTER;
  for (let c = 97; c <= 122; c++) t[c] = LETTER;
  for (let c = 48; c <= 57; c++) t[c] = DIGIT;
  t[64] = LEETSYM;
  t[36] = LEETSYM;
  return t;
})();

function classOf(c: number, conf: Uint8Array): number {
  if (c < 128) return ASCII_CLASS[c] as number;
  const t = conf[c] as number;
  if (t !== 0) return t & 0x80 ? CONF_LATIN : CONF;
  // Punctuation, symbols, spaces and surrogates (emoji) separate words; everything else is a letter.
  if (c <= 0xbf || c === 0xd7 || c === 0xf7) return SEP;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe10 && c <= 0xfe6f) || c >= 0xfff0) return SEP;
  return OTHER;
}

/** Sentence and line ends: ciphers and reversals are judged per segment. */
function endsSegment(c: number): boolean {
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 13;
}

/** Leetspeak digit/symbol → letter (`1` reads as `i`; see {@link foldLeet} for the `l` retry). */
const LEET: Readonly<Record<number, number>> = Object.freeze({ 48: 111, 49: 105, 50: 122, 51: 101, 52: 97, 53: 115, 54: 103, 55: 116, 56: 98, 57: 103, 64: 97, 36: 115 });

// ---------------------------------------------------------------------------------------------
// Findings of the main pass

interface Candidate {
  kind: DecodeKind;
  start: number;
  end: number;
  shift: number;
}

interface Pass {
  readonly segments: Candidate[];
  /** Leet tokens that fold to a known word, in the whole text. */
  leetKnown: number;
  spaced: boolean;
  blobs: Array<{ start: number; end: number; hex: boolean; b32: boolean }>;
  pct: number;
  amp: number;
  esc: number;
  hex2: number;
}


/**
 * The one pass over `text`: per-word statistics per segment, blob runs and escape counts. No
 * allocation per character or per word; candidates are allocated only when something fires.
 * Characters are read from {@link codeUnits}; only the rare follow-up checks use the string.
 */
function mainPass(text: string, t: Tables): Pass {
  const conf = t.conf;
  const known = t.known;
  const len = text.length;
  const codes = codeUnits(text);
  const pass: Pass = { segments: [], leetKnown: 0, spaced: false, blobs: [], pct: 0, amp: 0, esc: 0, hex2: 0 };
  // Everything lives in locals of this one function (no closures): captured variables would be
  // context-allocated and make the hot loop several times slower. Per letter we only extend a
  // hash; everything else is computed when a token, blob or segment ends.
  let segStart = 0;
  let tok3 = 0;
  let known0 = 0;
  let leet = 0;
  let homo = 0;
  let pureConf = 0;
  let tokStart = -1;
  let nX = 0; // digits and leet symbols
  let nC = 0;
  let nCL = 0;
  let nO = 0;
  let h = 0;
  let streak = 0;
  let lastSingleEnd = -2;
  let bStart = -1;
  // For segmentVotes: the unknown pure-letter words of 3–24 letters in the current segment, and
  // how many such words were known.
  let toks = segmentWords;
  let nt = 0;
  let known3 = 0;

  // i === len is a sentinel separator that closes the last token, blob and segment.
  for (let i = 0; i <= len; i++) {
    let c = codes[i] as number; // 10 at i === len
    if (((c | 0x20) - 97) >>> 0 < 26) {
      // A run of ASCII letters: the common case, kept tight.
      if (tokStart < 0) {
        tokStart = i;
        nX = nC = nCL = nO = h = 0;
      }
      if (bStart < 0) bStart = i;
      do {
        h = (Math.imul(h, 31) + (c | 0x20) - 96) | 0;
        c = codes[++i] as number;
      } while (((c | 0x20) - 97) >>> 0 < 26);
      // `c` (at `i`) is not a letter: handled below without reading it again.
    }
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) {
      // Kana, CJK and Hangul are never look-alikes: a run of them is one "other" token.
      if (bStart >= 0) {
        if (i - bStart >= MIN_BLOB) blobCandidate(text, bStart, i, pass);
        bStart = -1;
      }
      if (tokStart < 0) {
        tokStart = i;
        nX = nC = nCL = nO = h = 0;
      }
      do {
        nO++;
        c = codes[++i] as number;
      } while ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3));
      i--;
      continue;
    }
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : classOf(c, conf);
    // Blob runs: [A-Za-z0-9+/_-], '=' only as padding.
    if (cls === DIGIT || c === 43 || c === 47 || c === 45 || c === 95) {
      if (bStart < 0) bStart = i;
    } else if (bStart >= 0) {
      let end = i;
      if (c === 61) {
        // Padding: take up to two '=' and end the run; '=' followed by more data starts a new run (key=value).
        let k = i;
        while (k < len && k - i < 2 && (codes[k] as number) === 61) k++;
        const next = k < len ? (codes[k] as number) : 32;
        const nc = next < 128 ? (ASCII_CLASS[next] as number) : SEP;
        if (nc !== LETTER && nc !== DIGIT) end = k;
      }
      if (end - bStart >= MIN_BLOB) blobCandidate(text, bStart, end, pass);
      bStart = -1;
    }
    if (cls !== SEP) {
      if (tokStart < 0) {
        tokStart = i;
        nX = nC = nCL = nO = h = 0;
      }
      if (cls === DIGIT || cls === LEETSYM) nX++;
      else if (cls === CONF) nC++;
      else if (cls === CONF_LATIN) nCL++;
      else nO++;
      continue;
    }
    if (tokStart >= 0) {
      // ---- end of a token ----
      const n = i - tokStart;
      const nL = n - nX - nC - nCL - nO;
      if (nL === n) {
        if (n >= 2 && n <= 24) {
          tok3++;
          if (has(known, wordKey(h, n))) {
            known0++;
            if (n >= 3) known3++;
          } else if (n >= 3) {
            // Remembered for segmentVotes: start and length of each unknown word.
            if (nt + 2 > toks.length) {
              const bigger = new Int32Array(toks.length * 2);
              bigger.set(toks);
              toks = segmentWords = bigger;
            }
            toks[nt] = tokStart;
            toks[nt + 1] = n;
            nt += 2;
          }
        }
      } else if (nL > 0 && nX > 0 && nC === 0 && nO === 0 && nCL === 0) {
        if (n >= 2 && n <= 24 && foldLeetKnown(text, tokStart, i, known)) {
          leet++;
          pass.leetKnown++;
        }
      } else if ((nC > 0 || nCL > 0) && nO === 0 && n <= 40) {
        if (nC > 0 && nL > 0) homo++;
        else if (n >= 3 && foldConfKnown(text, tokStart, i, conf, known)) {
          // All look-alikes (Cyrillic-only "ѕесrеt") or Latin-script ones: only a known skeleton counts.
          if (nC > 0 && nL === 0) pureConf++;
          else homo++;
        }
      }
      // "69 67 6e" / "0x69" hex bytes: two hex digits, at least one a digit (not "be", "ad").
      if (nX > 0 && (n === 2 || (n === 4 && (codes[tokStart] as number) === 48 && ((codes[tokStart + 1] as number) | 0x20) === 120)) && isHex(codes[i - 1] as number) && isHex(codes[i - 2] as number)) pass.hex2++;
      if (n === 1 && nO === 0 && nC === 0 && nCL === 0) {
        if (lastSingleEnd === tokStart - 1 && (codes[tokStart - 1] as number) !== 10) {
          if (++streak >= 4) pass.spaced = true;
        } else streak = 1;
        lastSingleEnd = i;
      } else streak = 0;
      tokStart = -1;
    }
    if (c === 32) continue; // the most common separator needs nothing more
    if (c === 37) {
      if (i + 2 < len && isHex(codes[i + 1] as number) && isHex(codes[i + 2] as number)) pass.pct++;
    } else if (c === 38) {
      const d = i + 1 < len ? (codes[i + 1] as number) : 0;
      if (d === 35 || (d < 128 && ASCII_CLASS[d] === LETTER)) pass.amp++;
    } else if (c === 92) {
      const d = i + 1 < len ? (codes[i + 1] as number) : 0;
      if (d === 117 || d === 120 || d === 85) pass.esc++;
    }
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 13 || c === 44) {
      // ---- end of a segment ----
      const end = i < len ? i + 1 : len;
      // Ciphers and reversals need most words unknown as written: only then look closer. (Words of
      // two letters count here: "am", "on", "is" mark ordinary language cheaply.)
      if (tok3 - known0 >= 2 && known0 * 3 <= tok3) segmentVotes(codes, toks, nt, known3, segStart, end, t, pass);
      if (leet > 0) pass.segments.push({ kind: 'leetspeak', start: segStart, end, shift: 0 });
      if (homo > 0 || (pureConf > 0 && tok3 > 0)) pass.segments.push({ kind: 'homoglyph', start: segStart, end, shift: 0 });
      tok3 = known0 = known3 = leet = homo = pureConf = nt = 0;
      segStart = end;
    }
  }
  // A huge segment grew the word list: do not keep that much memory for the next text.
  if (toks.length > 1 << 14) segmentWords = new Int32Array(512);
  return pass;
}

/** Caesar votes of the segment being judged (scratch: `segmentVotes` calls nothing that votes). */
const VOTES = new Int32Array(26);
/** Words of the segment `mainPass` is reading (scratch, grown when a segment has more). */
let segmentWords = new Int32Array(512);

/**
 * Caesar votes and reversed words of one segment whose words are mostly unknown as written.
 * Each unknown word votes for every shift that turns it into a common word (found in one lookup
 * by its letter-difference signature) and counts as reversed if it reads as a word backwards.
 * The main pass hands over the words (of 3–24 letters) it did not know as written (`words[0..count)`:
 * start, then length) and how many it did (`known0`), so only unknown words are read again.
 */
function segmentVotes(codes: CodeUnits, words: Int32Array, count: number, known0: number, a: number, z: number, t: Tables, pass: Pass): void {
  const known = t.known;
  const votes = VOTES;
  let voted = false;
  let rev = 0;
  // The most votes any shift has so far: a word adds at most one to each shift (its signature's
  // bits map to distinct shifts), so once neither the leading shift nor the reversal count could
  // reach the verdict's bar with every word still unread, no verdict can come and the rest is skipped.
  let lead = 0;
  const tok3 = known0 + count / 2;
  for (let w = 0; w < count; w += 2) {
    const left = (count - w) >> 1;
    const caesarReach = lead + left;
    const reverseReach = rev + left;
    if (!(caesarReach >= 2 && caesarReach > known0 && caesarReach * 2 >= tok3) && !(reverseReach >= 2 && reverseReach > known0 && reverseReach * 2 >= tok3)) return;
    const start = words[w] as number;
    const n = words[w + 1] as number;
    const end = start + n;
    // Hash of the letters read backwards, and of the letter differences (the same for a word and
    // every Caesar shift of it).
    let rh = 0;
    for (let k = end - 1; k >= start; k--) rh = (Math.imul(rh, 31) + ((codes[k] as number) | 0x20) - 96) | 0;
    const firstL = ((codes[start] as number) | 0x20) - 97;
    let sh = 0;
    let prev = firstL;
    for (let k = start + 1; k < end; k++) {
      const l = ((codes[k] as number) | 0x20) - 97;
      let d = l - prev;
      if (d < 0) d += 26;
      sh = (Math.imul(sh, 31) + d + 1) | 0;
      prev = l;
    }
    if (has(known, wordKey(rh, n))) rev++;
    const mask = sigMask(t, wordKey(sh, n));
    if (mask === 0) continue;
    if (!voted) {
      votes.fill(0);
      voted = true;
    }
    let m = mask;
    while (m !== 0) {
      const g = 31 - Math.clz32(m & -m);
      m &= m - 1;
      const s = (firstL - g + 26) % 26;
      if (s !== 0) {
        const v = (votes[s] as number) + 1;
        votes[s] = v;
        if (v > lead) lead = v;
      }
    }
  }
  if (voted) {
    let best = 0;
    let bestVotes = 0;
    for (let s = 1; s < 26; s++) {
      const v = votes[s] as number;
      if (v > bestVotes) {
        best = s;
        bestVotes = v;
      }
    }
    if (bestVotes >= 2 && bestVotes > known0 && bestVotes * 2 >= tok3) pass.segments.push({ kind: best === 13 ? 'rot13' : 'caesar', start: a, end: z, shift: best });
  }
  if (rev >= 2 && rev > known0 && rev * 2 >= tok3) pass.segments.push({ kind: 'reversed', start: a, end: z, shift: 0 });
}

/** Classify a finished blob run; keep it when one of the codecs could plausibly hold text. */
function blobCandidate(text: string, a: number, z: number, pass: Pass): void {
  let up = 0;
  let low = 0;
  let dig = 0;
  let sym = 0;
  let hexOnly = true;
  let b32 = true;
  for (let k = a; k < z; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      dig++;
      if (c < 50 || c > 55) b32 = false;
    } else if (c >= 65 && c <= 90) {
      up++;
      if (c > 70) hexOnly = false;
    } else if (c >= 97 && c <= 122) {
      low++;
      if (c > 102) hexOnly = false;
    } else if (c !== 61) {
      sym++;
      hexOnly = false;
      b32 = false;
    } else hexOnly = false;
  }
  const n = z - a;
  const hex = hexOnly && n % 2 === 0 && dig > 0;
  const isB32 = b32 && low === 0 && up > 0;
  // A base64 payload of text has both cases and a digit or symbol; long plain words do not.
  if (hex || isB32 || (up > 0 && low > 0 && (dig > 0 || sym > 0))) pass.blobs.push({ start: a, end: z, hex, b32: isB32 });
}

/** Hash of the token's letters read backwards (same function as the forward hash). */
function revHash(text: string, a: number, z: number): number {
  let h = 0;
  for (let k = z - 1; k >= a; k--) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 0x20) - 96) | 0;
  return h;
}

/** Hash of the letter differences: the same for a word and every Caesar shift of it. */
function sigHash(text: string, a: number, z: number): number {
  let h = 0;
  let prev = (text.charCodeAt(a) | 0x20) - 97;
  for (let k = a + 1; k < z; k++) {
    const l = (text.charCodeAt(k) | 0x20) - 97;
    let d = l - prev;
    if (d < 0) d += 26;
    h = (Math.imul(h, 31) + d + 1) | 0;
    prev = l;
  }
  return h;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

/** Hash of a leet token folded to letters; tries `1` → `i`, then `1`/`|` → `l`. */
function foldLeetKnown(text: string, a: number, z: number, known: Int32Array): boolean {
  for (const one of [105, 108]) {
    let h = 0;
    let sawOne = false;
    for (let k = a; k < z; k++) {
      let c = text.charCodeAt(k);
      if (c < 65 || (c > 90 && c < 97) || c > 122) {
        if (c === 49) sawOne = true;
        c = c === 49 ? one : (LEET[c] ?? 0);
        if (c === 0) return false;
      }
      h = (Math.imul(h, 31) + (c | 0x20) - 97 + 1) | 0;
    }
    if (has(known, wordKey(h, z - a))) return true;
    if (!sawOne) return false;
  }
  return false;
}

/** True when a token of look-alikes folds to a known word (ASCII letters kept, digits fail). */
function foldConfKnown(text: string, a: number, z: number, conf: Uint8Array, known: Int32Array): boolean {
  let h = 0;
  for (let k = a; k < z; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) c = (conf[c] as number) & 0x7f;
    c |= 0x20;
    if (c < 97 || c > 122) return false;
    h = (Math.imul(h, 31) + c - 97 + 1) | 0;
  }
  return has(known, wordKey(h, z - a));
}

// ---------------------------------------------------------------------------------------------
// Layers

type ToRaw = (start: number, end: number) => Span;

interface Budget {
  left: number;
  layers: number;
}

/** How decoded units map to the text they came from. */
type SourceMap =
  | { readonly type: 'whole' }
  | { readonly type: 'offset' }
  | { readonly type: 'array'; readonly starts: Int32Array; readonly ends: Int32Array };

const WHOLE: SourceMap = { type: 'whole' };
const OFFSET: SourceMap = { type: 'offset' };

interface Scope {
  /** Maps spans of the text being scanned to `view.raw`. */
  readonly toRaw: ToRaw;
  readonly kinds: readonly DecodeKind[];
  readonly budget: Budget;
  readonly out: DecodedLayer[];
}

function clampInt(x: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(0, Math.trunc(x))) : 0;
}

/**
 * Make a layer for `decoded`, which came from `[srcStart, srcEnd)` of the scanned text, then
 * decode it again (depth permitting). Returns false when the budget is spent.
 */
function emit(scope: Scope, kind: DecodeKind, srcStart: number, srcEnd: number, decoded: string, map: SourceMap, shift?: number): boolean {
  const budget = scope.budget;
  if (budget.layers >= MAX_LAYERS || decoded.length > budget.left) return false;
  const inner = createTextView(decoded);
  const text = inner.normalized;
  if (text.trim().length === 0) return true;
  budget.left -= text.length;
  budget.layers++;
  const parent = scope.toRaw;
  const dLen = decoded.length;
  const toSource = (a: number, b: number): Span => {
    if (map.type === 'whole') return { start: srcStart, end: srcEnd };
    if (map.type === 'offset') return { start: srcStart + a, end: srcStart + b };
    const { starts, ends } = map;
    if (dLen === 0) return { start: srcStart, end: srcStart };
    if (a >= b) {
      const p = a < dLen ? (starts[a] as number) : Math.max(ends[dLen - 1] as number, starts[dLen - 1] as number);
      return { start: p, end: p };
    }
    const s0 = starts[a] as number;
    const s1 = starts[b - 1] as number;
    const e0 = ends[a] as number;
    const e1 = ends[b - 1] as number;
    return { start: Math.min(s0, s1), end: Math.max(e0, e1) };
  };
  const tLen = text.length;
  const toRaw = (start: number, end: number): Span => {
    const s = clampInt(Math.min(start, end), tLen);
    const e = clampInt(Math.max(start, end), tLen);
    const d = inner.toRaw(s, e);
    const src = toSource(d.start, d.end);
    return parent(src.start, Math.max(src.start, src.end));
  };
  const whole = parent(srcStart, srcEnd);
  const kinds = Object.freeze([...scope.kinds, kind]);
  const layer: DecodedLayer = Object.freeze({ kind, kinds, start: whole.start, end: whole.end, text, ...(shift === undefined ? {} : { shift }), toRaw });
  scope.out.push(layer);
  if (kinds.length < MAX_DEPTH) scan(text, { toRaw, kinds, budget, out: scope.out });
  return true;
}

/** A kind may repeat in a path only for byte codecs (base64 of base64 is a real trick). */
function allowed(scope: Scope, kind: DecodeKind): boolean {
  if (BYTE_KINDS.has(kind)) return true;
  for (const k of scope.kinds) {
    if (k === kind) return false;
    // Two letter-substitution ciphers in a row reduce to one; a cipher of a cipher is noise.
    if ((k === 'rot13' || k === 'caesar') && (kind === 'rot13' || kind === 'caesar')) return false;
  }
  return true;
}

/** Decode everything `text` hides into `scope.out`. */
function scan(text: string, scope: Scope): void {
  if (text.length < 6) return;
  const t = getTables();
  const pass = mainPass(text, t);
  if (scope.budget.layers >= MAX_LAYERS) return;
  // Byte codecs first: their layers are the common case and nest the deepest.
  for (const blob of pass.blobs) if (!decodeBlob(text, blob, scope)) return;
  if (pass.hex2 >= 7 && allowed(scope, 'hex')) {
    for (const g of findHexGroups(text)) {
      if (!looksTextual(g.bytes)) continue;
      const s = bytesToText(g.bytes);
      if (isReadable(s) && !emit(scope, 'hex', g.start, g.end, s, WHOLE)) return;
    }
  }
  if (pass.pct >= 3 && !emitHits(scope, 'url', findPercent(text))) return;
  if (pass.amp >= 2 && !emitHits(scope, 'html-entity', findHtmlEntities(text))) return;
  if (pass.esc >= 2 && !emitHits(scope, 'unicode-escape', findEscapes(text))) return;
  if (pass.segments.length > 0) {
    for (const c of mergeSegments(text, pass.segments)) {
      if (c.kind === 'leetspeak' && pass.leetKnown < 2) continue;
      if (!allowed(scope, c.kind)) continue;
      if (!transformSegment(text, c, scope, t)) return;
    }
  }
  if (pass.spaced && allowed(scope, 'spaced')) {
    for (const hit of findSpaced(text)) if (!emit(scope, 'spaced', hit.start, hit.end, hit.text, { type: 'array', starts: hit.starts, ends: hit.ends })) return;
  }
}

function emitHits(scope: Scope, kind: DecodeKind, hits: readonly CodecHit[]): boolean {
  for (const h of hits) {
    if (!isReadable(h.text)) continue;
    if (!emit(scope, kind, h.start, h.end, h.text, { type: 'array', starts: h.starts, ends: h.ends })) return false;
  }
  return true;
}

function decodeBlob(text: string, blob: { start: number; end: number; hex: boolean; b32: boolean }, scope: Scope): boolean {
  const { start, end } = blob;
  const tryBytes = (kind: DecodeKind, bytes: Uint8Array | undefined, a: number, z: number): boolean | undefined => {
    if (bytes === undefined || bytes.length < 4 || !looksTextual(bytes)) return undefined;
    const s = bytesToText(bytes);
    if (!isReadable(s)) return undefined;
    return emit(scope, kind, a, z, s, WHOLE);
  };
  let r: boolean | undefined;
  if (blob.hex) r = tryBytes('hex', hexBytes(text, start, end), start, end);
  if (r === undefined && blob.b32) r = tryBytes('base32', base32Bytes(text, start, end), start, end);
  if (r === undefined) r = tryBytes('base64', base64Bytes(text, start, end), start, end);
  if (r === undefined) {
    // A payload after a path or URL prefix ("…/aWdub3Jl…"): try the longest '/'-free piece.
    let best = -1;
    let bestLen = 0;
    let a = start;
    for (let k = start; k <= end; k++) {
      if (k === end || text.charCodeAt(k) === 47) {
        if (k - a > bestLen && a !== start) {
          best = a;
          bestLen = k - a;
        }
        a = k + 1;
      }
    }
    if (best >= 0 && bestLen >= MIN_BLOB) r = tryBytes('base64', base64Bytes(text, best, best + bestLen), best, best + bestLen);
  }
  return r !== false;
}

/** Join candidate segments of the same kind (and shift) separated only by non-letters. */
function mergeSegments(text: string, segs: readonly Candidate[]): Candidate[] {
  const byKind = new Map<string, Candidate[]>();
  for (const s of segs) {
    const key = `${s.kind}:${s.shift}`;
    const list = byKind.get(key) ?? [];
    const last = list[list.length - 1];
    if (last !== undefined && !hasLetter(text, last.end, s.start)) last.end = s.end;
    else list.push({ ...s });
    byKind.set(key, list);
  }
  const out: Candidate[] = [];
  for (const list of byKind.values()) out.push(...list);
  return out.sort((a, b) => a.start - b.start);
}

function hasLetter(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Word spans in `[a, z)`: maximal runs of non-separator characters. */
function words(text: string, a: number, z: number, conf: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = -1;
  for (let k = a; k < z; k++) {
    const sep = classOf(text.charCodeAt(k), conf) === SEP;
    if (!sep && s < 0) s = k;
    else if (sep && s >= 0) {
      out.push([s, k]);
      s = -1;
    }
  }
  if (s >= 0) out.push([s, z]);
  return out;
}

function isAsciiWord(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function hashLetters(text: string, a: number, b: number, shift: number, reverse: boolean): number {
  let h = 0;
  for (let i = 0; i < b - a; i++) {
    const k = reverse ? b - 1 - i : a + i;
    const l = ((text.charCodeAt(k) | 0x20) - 97 - shift + 26) % 26;
    h = (Math.imul(h, 31) + l + 1) | 0;
  }
  return wordKey(h, b - a);
}

/** Build the layer of one cipher / reversed / leetspeak / homoglyph candidate. */
function transformSegment(text: string, c: Candidate, scope: Scope, t: Tables): boolean {
  const ws = words(text, c.start, c.end, t.conf);
  // Which words carry the evidence; the layer spans the first to the last of them.
  let first = -1;
  let last = -1;
  let hits = 0;
  let hitLetters = 0;
  let eligible = 0;
  const folded = c.kind === 'leetspeak' || c.kind === 'homoglyph' ? new Set<number>() : undefined;
  for (let w = 0; w < ws.length; w++) {
    const [a, b] = ws[w] as [number, number];
    let hit = false;
    if (c.kind === 'rot13' || c.kind === 'caesar' || c.kind === 'reversed') {
      if (b - a < 3 || !isAsciiWord(text, a, b)) continue;
      eligible++;
      hit = has(t.known, hashLetters(text, a, b, c.shift, c.kind === 'reversed'));
      if (hit && c.kind === 'reversed' && has(t.known, hashLetters(text, a, b, 0, false))) hit = false;
    } else if (c.kind === 'leetspeak') {
      hit = isLeetToken(text, a, b) && foldLeetKnown(text, a, b, t.known);
      if (isLeetToken(text, a, b)) folded?.add(w);
    } else {
      hit = isHomoglyphToken(text, a, b, t);
      if (hit) folded?.add(w);
    }
    if (hit) {
      hits++;
      hitLetters += b - a;
      if (first < 0) first = w;
      last = w;
    }
  }
  if (first < 0) return true;
  // Ciphers and reversals span their evidence; leetspeak and homoglyph layers keep the whole
  // segment, so detectors reading the layer see the disguised words in their phrase.
  const wide = c.kind === 'leetspeak' || c.kind === 'homoglyph';
  if (wide) {
    first = 0;
    last = ws.length - 1;
  }
  const a = (ws[first] as [number, number])[0];
  const z = (ws[last] as [number, number])[1];
  switch (c.kind) {
    case 'rot13':
    case 'caesar': {
      // Ciphers need two recognised words and most words in the span recognised: random code
      // identifiers share a signature with some common word now and then, never in a row.
      let inSpan = 0;
      for (let w = first; w <= last; w++) {
        const [p, q] = ws[w] as [number, number];
        if (q - p >= 3 && isAsciiWord(text, p, q)) inSpan++;
      }
      if (hits < 2 || hitLetters < 8 || hits * 2 < inSpan + 1) return true;
      let out = '';
      for (let k = a; k < z; k++) {
        const ch = text.charCodeAt(k);
        const lo = ch | 0x20;
        out += lo >= 97 && lo <= 122 ? String.fromCharCode(((lo - 97 - c.shift + 26) % 26) + (ch <= 90 ? 65 : 97)) : text[k];
      }
      return emit(scope, c.kind, a, z, out, OFFSET, c.kind === 'caesar' ? c.shift : undefined);
    }
    case 'reversed': {
      if (hits < 2 || hitLetters < 8 || hits * 2 < eligible) return true;
      const n = z - a;
      const starts = new Int32Array(n);
      const ends = new Int32Array(n);
      const parts: string[] = [];
      let o = 0;
      for (let k = z - 1; k >= a; k--) {
        const lo = text.charCodeAt(k);
        const hi = k > a ? text.charCodeAt(k - 1) : 0;
        if (lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff) {
          parts.push(text.slice(k - 1, k + 1));
          starts[o] = k - 1;
          ends[o++] = k + 1;
          starts[o] = k - 1;
          ends[o++] = k + 1;
          k--;
        } else {
          parts.push(text[k] as string);
          starts[o] = k;
          ends[o++] = k + 1;
        }
      }
      return emit(scope, 'reversed', a, z, parts.join(''), { type: 'array', starts, ends });
    }
    case 'leetspeak': {
      let out = '';
      let at = a;
      for (let w = first; w <= last; w++) {
        const [p, q] = ws[w] as [number, number];
        out += text.slice(at, p);
        const single = q - p === 1 && (text.charCodeAt(p) === 52 || text.charCodeAt(p) === 49 || text.charCodeAt(p) === 48);
        out += folded?.has(w) === true || single ? foldLeetWord(text, p, q, t.known) : text.slice(p, q);
        at = q;
      }
      out += text.slice(at, z);
      return emit(scope, 'leetspeak', a, z, out, OFFSET);
    }
    default: {
      let out = '';
      let at = a;
      for (let w = first; w <= last; w++) {
        const [p, q] = ws[w] as [number, number];
        out += text.slice(at, p);
        if (folded?.has(w) === true) {
          for (let k = p; k < q; k++) {
            const ch = text.charCodeAt(k);
            const m = ch >= 128 ? (t.conf[ch] as number) & 0x7f : 0;
            out += m !== 0 ? String.fromCharCode(m) : text[k];
          }
        } else out += text.slice(p, q);
        at = q;
      }
      out += text.slice(at, z);
      return emit(scope, 'homoglyph', a, z, out, OFFSET);
    }
  }
}

function isLeetToken(text: string, a: number, b: number): boolean {
  let letters = 0;
  let leet = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : OTHER;
    if (cls === LETTER) letters++;
    else if (cls === DIGIT || cls === LEETSYM) leet++;
    else return false;
  }
  return letters > 0 && leet > 0;
}

/** The letters of a leet token (same length: one letter per character). */
function foldLeetWord(text: string, a: number, b: number, known: Int32Array): string {
  const one = foldLeetKnown(text, a, b, known) && !foldWithOne(text, a, b, 105, known) ? 108 : 105;
  let out = '';
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    const isLetter = c < 128 && ASCII_CLASS[c] === LETTER;
    out += isLetter ? text[k] : String.fromCharCode(c === 49 ? one : (LEET[c] ?? c));
  }
  return out;
}

function foldWithOne(text: string, a: number, b: number, one: number, known: Int32Array): boolean {
  let h = 0;
  for (let k = a; k < b; k++) {
    let c = text.charCodeAt(k);
    if (!(c < 128 && ASCII_CLASS[c] === LETTER)) c = c === 49 ? one : (LEET[c] ?? 0);
    if (c === 0) return false;
    h = (Math.imul(h, 31) + (c | 0x20) - 97 + 1) | 0;
  }
  return has(known, wordKey(h, b - a));
}

function isHomoglyphToken(text: string, a: number, b: number, t: Tables): boolean {
  let nL = 0;
  let nC = 0;
  let nCL = 0;
  for (let k = a; k < b; k++) {
    const cls = classOf(text.charCodeAt(k), t.conf);
    if (cls === LETTER) nL++;
    else if (cls === CONF) nC++;
    else if (cls === CONF_LATIN) nCL++;
    else if (cls === OTHER) return false;
  }
  if (nC > 0 && nL > 0) return true;
  if (nC + nCL === 0 || b - a < 3) return false;
  return foldConfKnown(text, a, b, t.conf, t.known);
}

/** Runs of single letters one separator apart ("i g n o r e", "i.g.n.o.r.e"); wider gaps break words. */
function findSpaced(text: string): Array<CodecHit> {
  const hits: CodecHit[] = [];
  const len = text.length;
  let runStart = -1;
  let singles = 0;
  let letters = 0;
  let longestWord = 0;
  let word = 0;
  let prevEnd = -10;
  let parts: string[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  const close = (): void => {
    longestWord = Math.max(longestWord, word);
    if (runStart >= 0 && singles >= 4 && letters >= 3 && longestWord >= 3) {
      hits.push({ start: runStart, end: prevEnd, text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) });
    }
    runStart = -1;
    singles = letters = longestWord = word = 0;
    parts = [];
    starts = [];
    ends = [];
  };
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : SEP;
    if (cls !== LETTER && cls !== DIGIT) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < len) {
      const d = text.charCodeAt(j);
      const k = d < 128 ? (ASCII_CLASS[d] as number) : OTHER;
      if (k !== LETTER && k !== DIGIT) break;
      j++;
    }
    if (j - i !== 1) {
      close();
      i = j;
      continue;
    }
    const gap = i - prevEnd;
    const broken = hasBreak(text, prevEnd, i);
    if (runStart >= 0 && gap === 1 && !broken) {
      word++;
    } else if (runStart >= 0 && gap >= 2 && gap <= 3 && !broken) {
      longestWord = Math.max(longestWord, word);
      word = 1;
      parts.push(' ');
      starts.push(prevEnd);
      ends.push(i);
    } else {
      close();
      runStart = i;
      word = 1;
    }
    singles++;
    if (cls === LETTER) letters++;
    parts.push(text[i] as string);
    starts.push(i);
    ends.push(i + 1);
    prevEnd = i + 1;
    i = j;
  }
  close();
  return hits;
}

function hasBreak(text: string, a: number, b: number): boolean {
  for (let k = Math.max(0, a); k < b; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Unicode tag characters (U+E0020–E007E) spell hidden ASCII; decoded with `hiddenTagText`. */
function decodeTags(raw: string, scope: Scope): void {
  let at = raw.indexOf('\uDB40');
  if (at < 0) return;
  const starts: number[] = [];
  const parts: string[] = [];
  while (at >= 0 && at + 1 < raw.length) {
    // One run of consecutive tag characters.
    let z = at;
    while (z + 1 < raw.length && raw.charCodeAt(z) === 0xdb40 && raw.charCodeAt(z + 1) >= 0xdc00 && raw.charCodeAt(z + 1) <= 0xdc7f) z += 2;
    // Emoji subdivision flags (🏴 + tags + cancel tag) are legitimate; skip them.
    const isFlag = at >= 2 && raw.charCodeAt(at - 2) === 0xd83c && raw.charCodeAt(at - 1) === 0xdff4;
    if (z > at && !isFlag) {
      const piece = hiddenTagText(raw.slice(at, z));
      for (let k = at; k < z; k += 2) {
        const lo = raw.charCodeAt(k + 1);
        if (lo >= 0xdc20 && lo <= 0xdc7e) starts.push(k);
      }
      parts.push(piece);
    }
    at = raw.indexOf('\uDB40', Math.max(z, at + 1));
  }
  const text = parts.join('');
  if (text.trim().length === 0 || starts.length !== text.length) return;
  const s = Int32Array.from(starts);
  const e = s.map((x) => x + 2);
  emit(scope, 'tag-chars', s[0] as number, e[e.length - 1] as number, text, { type: 'array', starts: s, ends: e });
}

/**
 * Every decoded layer of `view`: outermost first (by depth, then position). Ordinary prose, code
 * and CJK text cost one linear pass and produce none.
 *
 * @example
 * ```ts
 * decodeLayers(createTextView('plain words')); // []
 * decodeLayers(createTextView('Decode: aWdub3JlIGFsbCBydWxlcw=='))[0]?.text; // 'ignore all rules'
 * ```
 */
export function decodeLayers(view: TextView): DecodedLayer[] {
  const raw = view.raw;
  if (raw.length < 6) return [];
  const budget: Budget = { left: Math.min(MAX_TOTAL, SIZE_FACTOR * raw.length), layers: 0 };
  const out: DecodedLayer[] = [];
  const identity: ToRaw = (s, e) => {
    const a = clampInt(Math.min(s, e), raw.length);
    return { start: a, end: clampInt(Math.max(s, e), raw.length) };
  };
  decodeTags(raw, { toRaw: identity, kinds: [], budget, out });
  scan(view.normalized, { toRaw: (s, e) => view.toRaw(s, e), kinds: [], budget, out });
  if (out.length > 1) out.sort((a, b) => a.kinds.length - b.kinds.length || a.start - b.start);
  return out;
}
