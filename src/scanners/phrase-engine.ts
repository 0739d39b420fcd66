/**
 * @module scanners/phrase-engine — the one matcher behind every phrase-based detector. All phrase
 * tables (injection, jailbreak, indirect) are compiled into one prefilter, which runs ONCE per text
 * view (memoised on the view) over the normalised text and over every decoded layer; each detector
 * then reads the hits of its own family. Fifteen detectors therefore cost one pass, not fifteen.
 * A rule's regex runs only where its anchor occurs and only when, at or after that place, the text
 * also holds a word of each group the rule cannot match without (every match contains one: declared
 * `requires`, and groups read from the regex itself: `phrase-requires.ts`, stored in
 * `phrase-requires.generated.ts`).
 */
import { ConfigError } from '../errors.js';
import type { DecodeKind, Match, Scanner, Severity, TextView, Verdict } from '../types.js';
import { codeUnits, type CodeUnits } from '../text/code-units.js';
import { isPlainAscii } from '../text/view.js';
import { checkBoolean, checkSubset, clampScore, defineScanner } from './define.js';
import { INDIRECT_PHRASES } from './indirect/phrases.js';
import { cueStarts, INJECTION_PHRASES, META_QUESTION_CUES, META_REPORTED, META_TOPIC_CUES, testCues } from './injection/phrases.js';
import { JAILBREAK_PHRASES } from './jailbreak/phrases.js';
import { PHRASE_FAMILIES, PHRASE_LANGUAGES, type PhraseFamily, type PhraseLanguage, type PhraseRule, type PhraseTables } from './phrase-rule.js';
import { ruleKey } from './phrase-requires.js';
import { DERIVED_GROUPS, DERIVED_WORDS } from './phrase-requires.generated.js';

interface IndexedRule {
  readonly rule: PhraseRule;
  readonly family: PhraseFamily;
  readonly language: PhraseLanguage;
}

const TABLES: readonly PhraseTables[] = [INJECTION_PHRASES, JAILBREAK_PHRASES, INDIRECT_PHRASES];

const RULES: readonly IndexedRule[] = Object.freeze(
  TABLES.flatMap((table) => PHRASE_LANGUAGES.flatMap((language) => PHRASE_FAMILIES.flatMap((family) => (table[language]?.[family] ?? []).map((rule) => ({ rule, family, language }))))),
);

const ESCAPE = /[.*+?^${}()|[\]\\/-]/g;

/** One alternation of literals as a trie, so the engine rejects most positions on their first character. */
function trieSource(words: readonly string[]): string {
  interface Node {
    end: boolean;
    readonly next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const alts = [...node.next].map(([ch, child]) => (ch === ' ' ? String.raw`\s+` : ch.replace(ESCAPE, '\\$&')) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 && !node.end ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
    return node.end ? `${body}?` : body;
  };
  return emit(root);
}

/** The words of a rule's own required groups (`requires`, then each `alsoRequires` group). */
function requiredWordsOf(rule: PhraseRule): readonly string[] {
  const also = rule.alsoRequires;
  if (also === undefined) return rule.requires ?? [];
  return [...(rule.requires ?? []), ...also.flat()];
}

/**
 * Every literal the prefilter looks for: the rules' anchors, their `requires` / `alsoRequires`
 * words, and the words of the groups derived from their regexes (`phrase-requires.generated.ts`).
 */
const WORDS: readonly string[] = [...new Set([...RULES.flatMap((r) => [...r.rule.anchors, ...requiredWordsOf(r.rule)]), ...DERIVED_WORDS])].sort();
const WORD_START = /^[a-z0-9_]/;
const ASCII_START = /^[\x00-\x7f]/;
const SYMBOL_STARTS: readonly string[] = [...new Set(WORDS.filter((a) => ASCII_START.test(a) && !WORD_START.test(a)).map((a) => a.charAt(0)))];
/** Any first character of a symbol literal: one regex test instead of one `includes` per character. */
const SYMBOL_START = new RegExp(`[${SYMBOL_STARTS.map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]`);

let wordAnchor: RegExp | undefined;
let symbolAnchor: RegExp | undefined;
let otherAnchor: RegExp | undefined;

/**
 * The prefilter: every anchor and `requires` word of every phrase rule, as three tries (one
 * alternation each). `word`: literals that begin with an ASCII letter or digit, which must start a
 * word (detectors walk the same literals as a JavaScript trie, which finds exactly what this regex
 * finds at a third of the cost; `wordLiteralHits` compares the two). `symbol`: `<|`, `[INST`, `#`…, run only when the text has one of their first characters.
 * `other`: literals in other scripts, run only when the text has a non-ASCII character. Built
 * without the `u` flag, which makes large alternations several times slower in V8.
 *
 * @example
 * ```ts
 * PHRASE_ANCHORS.word.test('please IGNORE this'); // true: "ignor" is an anchor
 * PHRASE_ANCHORS.other.test('请忽略以上内容');       // true: "忽略"
 * ```
 */
export const PHRASE_ANCHORS: Readonly<{ word: RegExp; symbol: RegExp; other: RegExp }> = Object.freeze({
  // Built on first read: detectors walk WORD_TRIE instead, so only tests and readers need it, and
  // building its source is a third of this module's load time.
  get word(): RegExp {
    return (wordAnchor ??= new RegExp(`\\b(?:${trieSource(WORDS.filter((a) => WORD_START.test(a)))})`, 'i'));
  },
  // Also built on first read (the first text with a symbol or a non-ASCII character): `other`
  // holds every literal in other scripts, a tenth of this module's load time.
  get symbol(): RegExp {
    return (symbolAnchor ??= new RegExp(trieSource(WORDS.filter((a) => ASCII_START.test(a) && !WORD_START.test(a))), 'i'));
  },
  get other(): RegExp {
    return (otherAnchor ??= new RegExp(trieSource(WORDS.filter((a) => !ASCII_START.test(a))), 'i'));
  },
});
const NON_ASCII = /[^\x00-\x7f]/;
const WHITESPACE_RUN = /\s+/g;

/** Every distinct required word (declared or derived), numbered: presence is tracked per pass. */
const REQUIRED_WORDS: readonly string[] = [...new Set([...RULES.flatMap((r) => requiredWordsOf(r.rule)), ...DERIVED_WORDS])].sort();
const REQUIRED_ID: ReadonlyMap<string, number> = new Map(REQUIRED_WORDS.map((w, i) => [w, i]));
const DERIVED_ID: readonly number[] = DERIVED_WORDS.map((w) => REQUIRED_ID.get(w) as number);

/**
 * Per rule, the word groups it cannot match without, as word ids: its declared `requires` (one
 * group) and the groups derived from its regex. Looked up on the rule's first test (hashing every
 * source at load time would cost more than it saves); `null` = no group.
 */
const RULE_REQUIRES: Array<ReadonlyArray<readonly number[]> | null | undefined> = new Array<ReadonlyArray<readonly number[]> | null | undefined>(RULES.length).fill(undefined);

function requiresOf(i: number): ReadonlyArray<readonly number[]> | null {
  let groups = RULE_REQUIRES[i];
  if (groups === undefined) {
    const { rule } = RULES[i] as IndexedRule;
    const all: Array<readonly number[]> = [];
    if (rule.requires !== undefined) all.push(rule.requires.map((w) => REQUIRED_ID.get(w) as number));
    for (const g of rule.alsoRequires ?? []) all.push(g.map((w) => REQUIRED_ID.get(w) as number));
    for (const g of DERIVED_GROUPS[ruleKey(rule.re.source)] ?? []) all.push(g.map((k) => DERIVED_ID[k] as number));
    groups = all.length === 0 ? null : all;
    RULE_REQUIRES[i] = groups;
  }
  return groups;
}

interface WordInfo {
  /** Rules that may start where this literal starts (its own and those of its prefixes). */
  readonly rules: Int32Array;
  /** Ids of the `requires` words this literal proves present (itself and its prefixes). */
  readonly present: Int32Array;
}

/**
 * Literal → what finding it means. The trie reports the longest literal at a position, so each
 * literal also stands for every literal that is its prefix ("your" for "you").
 */
const WORD_INFO: ReadonlyMap<string, WordInfo> = (() => {
  const byAnchor = new Map<string, number[]>();
  RULES.forEach((r, i) => {
    for (const a of r.rule.anchors) {
      const list = byAnchor.get(a);
      if (list === undefined) byAnchor.set(a, [i]);
      else list.push(i);
    }
  });
  const out = new Map<string, WordInfo>();
  // Every prefix of a literal that matters (an anchor or a `requires` word) is itself in WORDS, and
  // WORDS is sorted, so a literal's relevant prefixes are the chain of earlier literals it starts
  // with: a stack of them gives each literal its nearest one, whose info already holds the rest.
  // Typed arrays, walked with indexed loops in findHits (a fifth faster there than frozen arrays and
  // for-of); shared between literals, module-private, never written after this.
  const none = new Int32Array(0);
  const stack: Array<{ readonly w: string; readonly info: WordInfo }> = [];
  for (const w of WORDS) {
    while (stack.length > 0 && !w.startsWith((stack[stack.length - 1] as { w: string }).w)) stack.pop();
    const parent = stack[stack.length - 1]?.info;
    const own = byAnchor.get(w);
    const id = REQUIRED_ID.get(w);
    const rules = own === undefined ? (parent?.rules ?? none) : Int32Array.from(new Set([...(parent?.rules ?? []), ...own])).sort();
    const present = id === undefined ? (parent?.present ?? none) : Int32Array.from([...(parent?.present ?? []), id]);
    const info: WordInfo = Object.freeze({ rules, present });
    out.set(w, info);
    stack.push({ w, info });
  }
  return out;
})();

/**
 * Canonical form of one UTF-16 unit under a case-insensitive regex WITHOUT the `u` flag (ECMA-262
 * Canonicalize): its upper case when that is one unit, except that a non-ASCII unit never maps onto
 * ASCII ("ſ" is not "s", "K" (Kelvin) is not "k"). The trie below matches exactly what
 * {@link PHRASE_ANCHORS}.word would.
 */
function canon(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const uc = u.charCodeAt(0);
  return uc < 0x80 ? c : uc;
}

/** `\s` of a regex, by code unit. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `[A-Za-z0-9_]` (the word characters of `\b` in a regex without the `u` flag) as a lookup table over
 * every UTF-16 unit: 1 = word unit. One indexed read per character instead of four range tests; on
 * a 1 KB prompt that is a third off the loop that finds word starts.
 */
const WORD_UNIT: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) t[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0;
  return t;
})();

/**
 * The trie in lookup form: nodes numbered 0… (0 = root), each a record of {@link STRIDE} 16-bit
 * fields in one array (`REC`), so a step reads one record instead of one entry in each of seven
 * arrays. Words are inserted in sorted order, so the nodes of one word's tail are consecutive
 * records: a walk along a word reads neighbouring memory, which matters once other scanners have
 * pushed the trie out of the cache. A node with up to two children compares them directly
 * (`K1`/`N1`, `K2`/`N2`; most nodes have one); one with more has a 128-slot row of `TABLE` for
 * ASCII units (field `ROW` = its row number) and a map for other units. Missing child / row /
 * space / info: {@link NONE}.
 */
interface FlatTrie {
  readonly REC: Uint16Array;
  readonly TABLE: Uint16Array;
  readonly MORE: ReadonlyArray<ReadonlyMap<number, number> | undefined>;
  readonly INFOS: readonly WordInfo[];
}

/** Fields of a trie record, and their count (a power of two: `node << 3` finds a record). */
const K1 = 0;
const N1 = 1;
const K2 = 2;
const N2 = 3;
const ROW = 4;
const INFO = 5;
const SPACE = 6;
const STRIDE = 8;
/** No child, row, space edge or info. Node ids and info indexes stay below it (checked at build). */
const NONE = 0xffff;

/**
 * The word literals as a trie walked in plain JavaScript: the same matches as the `word` prefilter
 * regex (at each word start, the longest literal; case-insensitive; a space matches any whitespace
 * run), without building a match object and a lower-cased string per hit. Built at import straight
 * into arrays: one map of edges (`node × 2^16 + canonical unit` → child) rather than a map and an
 * object per node, which in cold module code cost several times more.
 */
const WORD_TRIE: FlatTrie = (() => {
  const edges = new Map<number, number>();
  const kids: number[] = [0];
  const space: number[] = [-1];
  const infoOf: Array<WordInfo | undefined> = [undefined];
  const make = (): number => {
    kids.push(0);
    space.push(-1);
    infoOf.push(undefined);
    return kids.length - 1;
  };
  for (const w of WORDS) {
    if (!WORD_START.test(w)) continue;
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c === 0x20) {
        if ((space[node] as number) < 0) space[node] = make();
        node = space[node] as number;
      } else {
        const key = node * 0x10000 + canon(c);
        let child = edges.get(key);
        if (child === undefined) {
          child = make();
          edges.set(key, child);
          kids[node] = (kids[node] as number) + 1;
        }
        node = child;
      }
    }
    infoOf[node] = WORD_INFO.get(w);
  }
  const n = kids.length;
  // Node ids, row numbers and info indexes are 16-bit fields (12,295 nodes today). The tables are
  // fixed data, so any test that imports this module catches outgrowing them.
  if (n >= NONE) throw new Error(`phrase trie: ${n} nodes do not fit its 16-bit fields`);
  const REC = new Uint16Array(n * STRIDE).fill(NONE);
  const MORE: Array<Map<number, number> | undefined> = new Array<Map<number, number> | undefined>(n).fill(undefined);
  const INFOS: WordInfo[] = [];
  let rows = 0;
  for (let k = 0; k < n; k++) if ((kids[k] as number) > 2) REC[k * STRIDE + ROW] = rows++;
  const TABLE = new Uint16Array(rows * 128).fill(NONE);
  // Edges in insertion order, so a node's first child (K1) is the first one added, as before. A
  // unit of 0xFFFF in K1/K2 reads as "none" only because its child field is NONE too.
  for (const [key, child] of edges) {
    const node = Math.floor(key / 0x10000);
    const unit = key - node * 0x10000;
    const b = node * STRIDE;
    const row = REC[b + ROW] as number;
    if (row !== NONE) {
      if (unit < 128) TABLE[row * 128 + unit] = child;
      else (MORE[node] ??= new Map()).set(unit, child);
    } else if (REC[b + N1] === NONE) {
      REC[b + K1] = unit;
      REC[b + N1] = child;
    } else {
      REC[b + K2] = unit;
      REC[b + N2] = child;
    }
  }
  for (let k = 0; k < n; k++) {
    const sp = space[k] as number;
    if (sp >= 0) REC[k * STRIDE + SPACE] = sp;
    const info = infoOf[k];
    if (info !== undefined) {
      REC[k * STRIDE + INFO] = INFOS.length;
      INFOS.push(info);
    }
  }
  if (INFOS.length >= NONE) throw new Error(`phrase trie: ${INFOS.length} literals do not fit its 16-bit fields`);
  return { REC, TABLE, MORE, INFOS };
})();

/** The longest word literal starting at `start` (a word start) in the first `n` code units, or undefined. */
function walkWord(units: CodeUnits, n: number, start: number): WordInfo | undefined {
  const { REC, TABLE, MORE, INFOS } = WORD_TRIE;
  let node = 0;
  let found = NONE;
  let i = start;
  while (i < n) {
    const c = units[i] as number;
    const k = c < 0x80 ? (c >= 0x61 && c <= 0x7a ? c - 0x20 : c) : canon(c);
    const b = node << 3;
    const row = REC[b + ROW] as number;
    const child = row !== NONE ? (k < 0x80 ? (TABLE[(row << 7) + k] as number) : (MORE[node]?.get(k) ?? NONE)) : REC[b + K1] === k ? (REC[b + N1] as number) : REC[b + K2] === k ? (REC[b + N2] as number) : NONE;
    if (child !== NONE) {
      node = child;
      i++;
    } else if (REC[b + SPACE] !== NONE && isSpace(c)) {
      node = REC[b + SPACE] as number;
      i++;
      while (i < n && isSpace(units[i] as number)) i++;
    } else break;
    const inf = REC[(node << 3) + INFO] as number;
    if (inf !== NONE) found = inf;
  }
  return found !== NONE ? INFOS[found] : undefined;
}

/**
 * The compiled matcher: the prefilter as global regexes and every rule as a sticky regex. Their
 * `lastIndex` is set immediately before each use and {@link findHits} is synchronous (never yields),
 * so sharing them between scans — even concurrent ones — is safe: JavaScript runs one at a time.
 */
const MATCHER = Object.freeze({
  // The prefilter's global forms, compiled with PHRASE_ANCHORS' on first need.
  prefilter: { symbol: undefined as RegExp | undefined, other: undefined as RegExp | undefined },
  // Compiled on first use (see stickyOf): most rules are never tried on a given text, and building
  // a thousand regexes up front was a fifth of this module's load time.
  sticky: new Array<RegExp | undefined>(RULES.length).fill(undefined),
});

/** Rule `i` as a sticky regex, compiled once. */
function stickyOf(i: number): RegExp {
  const { re } = (RULES[i] as IndexedRule).rule;
  const sticky = new RegExp(re.source, `${re.flags}y`);
  MATCHER.sticky[i] = sticky;
  return sticky;
}

const MAX_MATCHES_PER_RULE = 8;

/**
 * Scratch state of {@link findHits}, reused by every call instead of allocating and zeroing five
 * typed arrays per text. A call marks entries with its own stamp, so nothing needs clearing; calls
 * cannot interleave because findHits never yields. `present`: stamp of the call that saw each
 * `requires` word; `lastAt`: where it last starts in the text (valid under that stamp). Per rule:
 * the stamp its `counts` (matches so far) and `reach` belong to. `reach`: the last offset at which
 * the rule can still start, since a word of each of its groups must start inside a match (the
 * earliest of the groups' last occurrences; -1 when a group has no word in the text, {@link
 * UNKNOWN} until computed).
 */
const SCRATCH = {
  stamp: 0,
  present: new Uint32Array(REQUIRED_WORDS.length),
  lastAt: new Int32Array(REQUIRED_WORDS.length),
  ruleStamp: new Uint32Array(RULES.length),
  counts: new Uint8Array(RULES.length),
  reach: new Int32Array(RULES.length),
};
/** `reach` not yet computed for this call. */
const UNKNOWN = -2;
/** `reach` of a rule without groups: every start qualifies. */
const ANYWHERE = 0x7fffffff;

/**
 * The last offset at which rule `i` can start in the current text: each of its word groups needs a
 * word starting inside the match, so at or after the start (declared `requires` and `alsoRequires`
 * are tested to lie inside every match; derived groups come from the regex after its anchor).
 */
function reachOf(i: number, stamp: number): number {
  const groups = RULE_REQUIRES[i] ?? requiresOf(i);
  if (groups === null) return ANYWHERE;
  const { present, lastAt } = SCRATCH;
  let reach = ANYWHERE;
  for (let g = 0; g < groups.length; g++) {
    const req = groups[g] as readonly number[];
    let last = -1;
    for (let q = 0; q < req.length; q++) {
      const w = req[q] as number;
      if (present[w] === stamp && (lastAt[w] as number) > last) last = lastAt[w] as number;
    }
    if (last < reach) reach = last;
    if (reach < 0) return -1;
  }
  return reach;
}

function nextStamp(): number {
  if (SCRATCH.stamp >= 0xfffffffe) {
    SCRATCH.stamp = 0;
    SCRATCH.present.fill(0);
    SCRATCH.ruleStamp.fill(0);
  }
  return ++SCRATCH.stamp;
}

interface RawHit {
  readonly rule: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every rule match in `text`: the prefilter finds anchor occurrences (overlapping), and each rule
 * an anchor unlocks is tried only there, as a sticky match. A rule therefore costs nothing on text
 * without its anchors, and a few steps per anchor occurrence otherwise. `ascii`: the caller knows
 * the text is plain ASCII (see `isPlainAscii`), so the non-ASCII pass is skipped without a test.
 */
function findHits(text: string, ascii = false): RawHit[] {
  const { sticky } = MATCHER;
  const stamp = nextStamp();
  const { present, lastAt, ruleStamp, counts, reach } = SCRATCH;
  // Pass 1: where each literal occurs, and which `requires` words the text contains.
  const at: number[] = [];
  const info: WordInfo[] = [];
  // Word literals: at every word start, the trie walk (over the code units as a typed array).
  let prevWord = 0;
  const n = text.length;
  const units = codeUnits(text);
  for (let i = 0; i < n; i++) {
    const isWord = WORD_UNIT[units[i] as number] as number;
    if (isWord > prevWord) {
      const found = walkWord(units, n, i);
      if (found !== undefined) {
        // Word starts ascend, so the last write is the last occurrence.
        const ids = found.present;
        for (let q = 0; q < ids.length; q++) {
          present[ids[q] as number] = stamp;
          lastAt[ids[q] as number] = i;
        }
        if (found.rules.length > 0) {
          at.push(i);
          info.push(found);
        }
      }
    }
    prevWord = isWord;
  }
  const passes: RegExp[] = [];
  const { prefilter } = MATCHER;
  if (SYMBOL_START.test(text)) passes.push((prefilter.symbol ??= new RegExp(PHRASE_ANCHORS.symbol.source, 'gi')));
  if (!ascii && NON_ASCII.test(text)) passes.push((prefilter.other ??= new RegExp(PHRASE_ANCHORS.other.source, 'gi')));
  for (const literals of passes) {
    literals.lastIndex = 0;
    for (let m = literals.exec(text); m !== null; m = literals.exec(text)) {
      // Step one character, not past the match: literals may overlap ("don't follow" / "follow").
      literals.lastIndex = m.index + 1;
      const key = m[0].toLowerCase();
      const found = WORD_INFO.get(key) ?? WORD_INFO.get(key.replace(WHITESPACE_RUN, ' '));
      if (found === undefined) continue;
      const ids = found.present;
      for (let q = 0; q < ids.length; q++) {
        const w = ids[q] as number;
        // These passes come after the word pass: keep the later of the two offsets.
        if (present[w] !== stamp || (lastAt[w] as number) < m.index) lastAt[w] = m.index;
        present[w] = stamp;
      }
      if (found.rules.length > 0) {
        at.push(m.index);
        info.push(found);
      }
    }
  }
  if (at.length === 0) return [];
  // Pass 2: try each unlocked rule where its anchor starts.
  const hits: RawHit[] = [];
  for (let k = 0; k < at.length; k++) {
    const start = at[k] as number;
    const rules = (info[k] as WordInfo).rules;
    for (let r = 0; r < rules.length; r++) {
      const i = rules[r] as number;
      if (ruleStamp[i] !== stamp) {
        ruleStamp[i] = stamp;
        counts[i] = 0;
        reach[i] = UNKNOWN;
      }
      if ((counts[i] as number) >= MAX_MATCHES_PER_RULE) continue;
      // Every group needs one of its words at or after this start.
      if (reach[i] === UNKNOWN) reach[i] = reachOf(i, stamp);
      if ((reach[i] as number) < start) continue;
      const re = sticky[i] ?? stickyOf(i);
      re.lastIndex = start;
      if (!re.test(text) || re.lastIndex <= start) continue;
      const end = re.lastIndex;
      // The context that cancels the phrase, tested only now that the phrase matched.
      const notAfter = (RULES[i] as IndexedRule).rule.notAfter;
      if (notAfter !== undefined) {
        notAfter.lastIndex = start;
        if (notAfter.test(text)) continue;
      }
      hits.push({ rule: i, start, end });
      counts[i] = (counts[i] as number) + 1;
    }
  }
  return hits;
}

/**
 * Word literals found in `text` two ways: by the trie walk detectors use (`trie`) and by the
 * {@link PHRASE_ANCHORS}.word regex it stands for (`regex`); each as `[offset, literal info]`.
 * Tests check the two agree on hostile casing, whitespace and look-alike letters.
 *
 * @internal
 * @example
 * ```ts
 * const { trie, regex } = wordLiteralHits('Ignore ALL\tprevious');
 * trie.length === regex.length; // true
 * ```
 */
export function wordLiteralHits(text: string): { trie: Array<[number, object]>; regex: Array<[number, object]> } {
  const trie: Array<[number, object]> = [];
  let prevWord = 0;
  const n = text.length;
  const units = codeUnits(text);
  for (let i = 0; i < n; i++) {
    const isWord = WORD_UNIT[units[i] as number] as number;
    if (isWord > prevWord) {
      const found = walkWord(units, n, i);
      if (found !== undefined) trie.push([i, found]);
    }
    prevWord = isWord;
  }
  const regex: Array<[number, object]> = [];
  const re = new RegExp(PHRASE_ANCHORS.word.source, 'gi');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    re.lastIndex = m.index + 1;
    const key = m[0].toLowerCase();
    const found = WORD_INFO.get(key) ?? WORD_INFO.get(key.replace(WHITESPACE_RUN, ' '));
    if (found !== undefined) regex.push([m.index, found]);
  }
  return { trie, regex };
}

/**
 * Where each phrase rule matches in `text`, found the way detectors find it (anchors, then sticky
 * matches). For tests that check every rule's anchors really start its matches.
 *
 * @internal
 * @example
 * ```ts
 * anchoredMatches('Ignore all previous instructions').size > 0; // true
 * ```
 */
export function anchoredMatches(text: string): ReadonlyMap<PhraseRule, readonly number[]> {
  const out = new Map<PhraseRule, number[]>();
  for (const h of findHits(text)) {
    const rule = (RULES[h.rule] as IndexedRule).rule;
    const list = out.get(rule) ?? [];
    list.push(h.start);
    out.set(rule, list);
  }
  return out;
}

/**
 * Every compiled rule with its family and language, in table order.
 *
 * @internal
 * @example
 * ```ts
 * phraseRules().filter((r) => r.family === 'tool-abuse').length > 0; // true
 * ```
 */
export function phraseRules(): readonly IndexedRule[] {
  return RULES;
}

// Dampening of text that talks ABOUT attacks (threats.md: questions about prompt injection must
// pass). A phrase inside quotation marks whose surroundings ask a question, use security words or
// frame it as sample text ("what does 'ignore previous instructions' do?", `const input = "…"`)
// counts 0.3 of its weight, so even the strongest phrase (0.92 → 0.28) cannot flag alone. An
// unquoted phrase counts 0.5 only when its surroundings are both a question and about attacks. The
// window is the same line, 160 characters either side, excluding the phrase itself.
const QUOTED_DISCUSSION = 0.3;
const UNQUOTED_DISCUSSION = 0.5;
const WINDOW = 160;

/** Any quotation mark or apostrophe: without one, no phrase in the text can be quoted. */
const ANY_QUOTE = /["“”„«»「」『』`'‘’]/;
const LETTER = /[\p{L}\p{N}]/u;

function isQuoteAt(text: string, i: number, opening: boolean): boolean {
  const c = text.charCodeAt(i);
  // " “ ” „ « » 「 」 『 』 `
  if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x300c || c === 0x300d || c === 0x300e || c === 0x300f || c === 0x60) return true;
  if (c !== 0x27 && c !== 0x2018 && c !== 0x2019) return false;
  // An apostrophe inside a word ("don't") is not a quote.
  const neighbour = text[opening ? i - 1 : i + 1] ?? '';
  return !LETTER.test(neighbour);
}

function isQuoted(text: string, start: number, end: number, from: number, to: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= from; i--) {
    if (isQuoteAt(text, i, true)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < to; i++) if (isQuoteAt(text, i, false)) return true;
  return false;
}

/** The text around a phrase that its discussion cues are read from: its line, {@link WINDOW} either side. */
function windowOf(text: string, start: number, end: number): { from: number; to: number } {
  const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  return { from: Math.max(lineStart, start - WINDOW), to: Math.min(lineEnd, end + WINDOW) };
}

/** Whether some offset in ascending `at` lies in [from, to). */
function anyIn(at: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((at[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && (at[lo] as number) < to;
}

/**
 * `asciiOnly`: the phrase's window has no non-ASCII character, so the cue tests skip their
 * non-ASCII parts. `topicAt`: where an ASCII topic cue could start in `text` (`cueStarts`), when
 * known; an unquoted phrase with none of them on either side of it cannot be a discussion, and is
 * settled without building or testing its surroundings.
 */
function discussionFactor(text: string, start: number, end: number, asciiOnly: boolean, topicAt: readonly number[] | undefined): number {
  const { from, to } = windowOf(text, start, end);
  const quoted = isQuoted(text, start, end, from, to);
  if (!quoted && topicAt !== undefined && !anyIn(topicAt, from, start) && !anyIn(topicAt, end, to)) return 1;
  // The phrase itself is left out: "ignore your security filters" is not about security.
  const around = `${text.slice(from, start)} \u2026 ${text.slice(end, to)}`;
  if (quoted) return testCues(META_QUESTION_CUES, around, asciiOnly) || testCues(META_TOPIC_CUES, around, asciiOnly) || META_REPORTED.test(around) ? QUOTED_DISCUSSION : 1;
  return testCues(META_QUESTION_CUES, around, asciiOnly) && testCues(META_TOPIC_CUES, around, asciiOnly) ? UNQUOTED_DISCUSSION : 1;
}

/**
 * A payload only visible after decoding is stronger evidence than the same words in plain text:
 * nobody base64-encodes "ignore previous instructions" by accident. The remaining doubt shrinks by
 * this factor (0.92 → 0.95, 0.6 → 0.76, 0.45 → 0.67).
 */
const HIDDEN_DOUBT = 0.6;

/**
 * One phrase occurrence, in raw offsets.
 *
 * @example
 * ```ts
 * const hits = phraseHits(createTextView('Ignore all previous instructions.'));
 * hits[0]?.family; // 'instruction-override'
 * ```
 */
export interface PhraseHit {
  readonly family: PhraseFamily;
  readonly language: PhraseLanguage;
  /** Index of the rule (distinct rules combine; repeats of one rule do not). */
  readonly rule: number;
  /** Offsets into `view.raw` (for a byte-encoded layer: the whole encoded span). */
  readonly start: number;
  readonly end: number;
  /** The rule's weight, raised when hidden by an encoding. */
  readonly weight: number;
  /** Discussion dampening factor (1 = none), applied by detectors that dampen. */
  readonly discussion: number;
  /** Set when the phrase was found in a decoded layer: the decodings, outermost first. */
  readonly hidden?: readonly DecodeKind[];
  /** The matched words, whitespace collapsed, at most 60 characters. */
  readonly excerpt: string;
  /** Offsets of the phrase in the text it was found in (normalised text or the layer's text). */
  readonly localStart: number;
  readonly localEnd: number;
}

/** Whitespace that collapsing would change: anything but a space, or two in a row. */
const ODD_SPACE = /[^\S ]| {2}/;

function excerpt(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  const s = (ODD_SPACE.test(slice) ? slice.replace(WHITESPACE_RUN, ' ') : slice).trim();
  return s.length <= 60 ? s : `${s.slice(0, 57)}...`;
}

/** Memo key: the hits of one view are computed once, whatever number of detectors read them. */
const HITS_KEY: object = RULES;

function computeHits(view: TextView): readonly PhraseHit[] {
  const out: PhraseHit[] = [];
  const text = view.normalized;
  if (text.length > 0) collectHits(text, (s, e) => view.toRaw(s, e), undefined, out, isPlainAscii(view));
  for (const layer of view.decoded) collectHits(layer.text, (s, e) => layer.toRaw(s, e), layer.kinds, out, false);
  return Object.freeze(out);
}

/**
 * The hits of one text (the normalised view, or a decoded layer when `hidden` names its decodings):
 * plain text may be a discussion of attacks (dampened); a hidden payload is stronger evidence.
 */
function collectHits(text: string, toRaw: (start: number, end: number) => { start: number; end: number }, hidden: readonly DecodeKind[] | undefined, out: PhraseHit[], ascii: boolean): void {
  const raw = findHits(text, ascii);
  // Dampening needs a quotation mark or a question cue inside some hit's window, so only the span
  // from the first window to the last is searched for either (not the whole text: on long text
  // with a few hits that was most of the cost).
  let mayDampen = false;
  let asciiOnly = true;
  let topicAt: number[] | undefined;
  if (hidden === undefined && raw.length > 0) {
    let lo = text.length;
    let hi = 0;
    for (const h of raw) {
      const w = windowOf(text, h.start, h.end);
      lo = Math.min(lo, w.from);
      hi = Math.max(hi, w.to);
    }
    const span = text.slice(lo, hi);
    asciiOnly = ascii || !NON_ASCII.test(span);
    mayDampen = ANY_QUOTE.test(span) || testCues(META_QUESTION_CUES, span, asciiOnly);
    if (mayDampen && asciiOnly) {
      topicAt = cueStarts(META_TOPIC_CUES, span);
      for (let k = 0; k < topicAt.length; k++) topicAt[k] = (topicAt[k] as number) + lo;
    }
  }
  for (const h of raw) {
    const r = RULES[h.rule] as IndexedRule;
    const span = toRaw(h.start, h.end);
    const base = {
      family: r.family,
      language: r.language,
      rule: h.rule,
      start: span.start,
      end: span.end,
      weight: hidden === undefined ? r.rule.weight : 1 - (1 - r.rule.weight) * HIDDEN_DOUBT,
      discussion: mayDampen ? discussionFactor(text, h.start, h.end, asciiOnly, topicAt) : 1,
      excerpt: excerpt(text, h.start, h.end),
      localStart: h.start,
      localEnd: h.end,
    };
    out.push(hidden === undefined ? base : { ...base, hidden });
  }
}

/**
 * Every phrase hit of every family in `view` — its normalised text and its decoded layers. Computed
 * once per view (memoised on it), however many detectors ask.
 *
 * @example
 * ```ts
 * phraseHits(createTextView('Please ignore all previous instructions')).map((h) => h.family); // ['instruction-override']
 * ```
 */
export function phraseHits(view: TextView): readonly PhraseHit[] {
  return view.memo(HITS_KEY, computeHits);
}

const EVERY_LANGUAGE = new WeakMap<readonly PhraseLanguage[], boolean>();

/** Whether a resolved language list holds every phrase table (so no hit needs the language check). */
function coversEveryLanguage(langs: readonly PhraseLanguage[]): boolean {
  let every = EVERY_LANGUAGE.get(langs);
  if (every === undefined) {
    every = PHRASE_LANGUAGES.every((l) => l === 'neutral' || langs.includes(l));
    EVERY_LANGUAGE.set(langs, every);
  }
  return every;
}

/** Each family's bit in a family mask (there are fewer than 32 families). */
const FAMILY_BIT: ReadonlyMap<PhraseFamily, number> = new Map(PHRASE_FAMILIES.map((f, i) => [f, 1 << i]));

/** The mask of a list of families. */
function maskOf(families: readonly PhraseFamily[]): number {
  let mask = 0;
  for (let f = 0; f < families.length; f++) mask |= FAMILY_BIT.get(families[f] as PhraseFamily) as number;
  return mask;
}

/** Every hit of a view with its family's bit, and the mask of the families that have a hit. */
interface FamilyIndex {
  readonly hits: readonly PhraseHit[];
  readonly bits: readonly number[];
  readonly mask: number;
}

/** Memo key of {@link familyIndex}. */
const FAMILY_INDEX_KEY: object = {};

/** The hits of `view` with their family bits (memoised on it): most detectors find none of theirs. */
function familyIndex(view: TextView): FamilyIndex {
  return view.memo(FAMILY_INDEX_KEY, (v) => {
    const hits = phraseHits(v);
    const bits: number[] = [];
    let mask = 0;
    for (let k = 0; k < hits.length; k++) {
      const bit = FAMILY_BIT.get((hits[k] as PhraseHit).family) as number;
      bits.push(bit);
      mask |= bit;
    }
    return { hits, bits, mask };
  });
}

/**
 * Options every phrase detector accepts.
 *
 * @example
 * ```ts
 * const options: PhraseScannerOptions = { languages: ['en', 'de'], dampenDiscussion: true };
 * ```
 */
export interface PhraseScannerOptions {
  /** Phrase tables to use (default: all). Script-neutral signals (chat-template tags) always count. */
  readonly languages?: readonly PhraseLanguage[];
  /**
   * Lower the weight of a phrase quoted inside a question or discussion about attacks ("what does
   * 'ignore previous instructions' do?"). Default true.
   */
  readonly dampenDiscussion?: boolean;
}

/**
 * Resolved options of a phrase detector, as echoed in reports.
 *
 * @example
 * ```ts
 * injectionInstructionOverride().options.dampenDiscussion; // true
 * ```
 */
export interface ResolvedPhraseScannerOptions {
  readonly languages: readonly PhraseLanguage[];
  readonly dampenDiscussion: boolean;
}

/**
 * Validate phrase-detector options (throws {@link ConfigError}).
 *
 * @example
 * ```ts
 * resolvePhraseOptions({ languages: ['fr'] }, 'injectionRoleHijack').languages; // ['fr']
 * ```
 */
export function resolvePhraseOptions(options: PhraseScannerOptions | undefined, factory: string): ResolvedPhraseScannerOptions {
  const o = options === undefined ? {} : options;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new ConfigError(`${factory} options must be an object`);
  const languages = checkSubset(o.languages, PHRASE_LANGUAGES, `${factory}: languages`, 'language', PHRASE_LANGUAGES.filter((l) => l !== 'neutral'));
  return Object.freeze({ languages: Object.freeze([...new Set(languages)] as PhraseLanguage[]), dampenDiscussion: checkBoolean(o.dampenDiscussion, `${factory}: dampenDiscussion`, true) });
}

/** The evidence of families with no hit in a view (shared: nothing in it can be changed). */
const NO_EVIDENCE: { readonly score: number; readonly counted: readonly PhraseHit[]; readonly all: readonly PhraseHit[] } = Object.freeze({ score: 0, counted: Object.freeze([]), all: Object.freeze([]) });

/**
 * The evidence of some families in `view`, combined: distinct rules join by noisy-OR (the best
 * occurrence of each; overlapping hits of one family count once), hidden payloads raise severity.
 *
 * @example
 * ```ts
 * familyEvidence(view, ['tool-abuse'], resolvePhraseOptions({}, 'x')).score; // 0..1
 * ```
 */
export function familyEvidence(view: TextView, families: readonly PhraseFamily[], options: ResolvedPhraseScannerOptions): { score: number; counted: readonly PhraseHit[]; all: readonly PhraseHit[] } {
  // Most detectors find no hit of their families: the per-view mask answers that without a pass.
  const index = familyIndex(view);
  const want = families.length === 1 ? (FAMILY_BIT.get(families[0] as PhraseFamily) as number) : maskOf(families);
  if ((index.mask & want) === 0) return NO_EVIDENCE;
  const langs = options.languages;
  const everyLanguage = coversEveryLanguage(langs);
  // The hits of these families (and languages), in text order.
  const all: PhraseHit[] = [];
  const { hits, bits } = index;
  for (let k = 0; k < hits.length; k++) {
    if (((bits[k] as number) & want) === 0) continue;
    const h = hits[k] as PhraseHit;
    if (everyLanguage || h.language === 'neutral' || langs.includes(h.language)) all.push(h);
  }
  if (all.length === 0) return { score: 0, counted: [], all };
  const damp = options.dampenDiscussion;
  if (all.length === 1) {
    const h = all[0] as PhraseHit;
    return { score: clampScore(1 - (1 - h.weight * (damp ? h.discussion : 1))), counted: all, all };
  }
  // Best occurrence of each rule, in the order the rules first occur (few hits: a scan of the list).
  const best: PhraseHit[] = [];
  const weights: number[] = [];
  for (let k = 0; k < all.length; k++) {
    const h = all[k] as PhraseHit;
    const w = h.weight * (damp ? h.discussion : 1);
    let j = 0;
    while (j < best.length && (best[j] as PhraseHit).rule !== h.rule) j++;
    if (j === best.length) {
      best.push(h);
      weights.push(w);
    } else if (w > (weights[j] as number)) {
      best[j] = h;
      weights[j] = w;
    }
  }
  // Strongest first; a stable insertion sort keeps first-occurrence order among equal weights.
  for (let k = 1; k < best.length; k++) {
    const h = best[k] as PhraseHit;
    const w = weights[k] as number;
    let j = k - 1;
    while (j >= 0 && (weights[j] as number) < w) {
      best[j + 1] = best[j] as PhraseHit;
      weights[j + 1] = weights[j] as number;
      j--;
    }
    best[j + 1] = h;
    weights[j + 1] = w;
  }
  // Two rules matching overlapping text are one piece of evidence, not two.
  const counted: PhraseHit[] = [];
  let doubt = 1;
  for (let k = 0; k < best.length; k++) {
    const h = best[k] as PhraseHit;
    let overlap = false;
    for (let j = 0; j < counted.length && !overlap; j++) {
      const c = counted[j] as PhraseHit;
      overlap = c.family === h.family && c.start < h.end && h.start < c.end && c.hidden === h.hidden;
    }
    if (overlap) continue;
    counted.push(h);
    doubt *= 1 - (weights[k] as number);
  }
  return { score: clampScore(1 - doubt), counted, all };
}

const RAISE: Readonly<Record<Severity, Severity>> = { low: 'medium', medium: 'high', high: 'critical', critical: 'critical' };

/**
 * Matches for phrase hits: one per distinct raw span, labelled with the family (and `hidden:<kinds>`
 * when decoded).
 *
 * @example
 * ```ts
 * hitMatches(familyEvidence(view, ['role-hijack'], opts).all); // [{ start, end, label: 'role-hijack' }]
 * ```
 */
export function hitMatches(hits: readonly PhraseHit[]): Match[] {
  const out: Match[] = [];
  const sorted = hits.length > 1 ? [...hits].sort((a, b) => a.start - b.start || b.end - a.end) : hits;
  for (const h of sorted) {
    const label = h.hidden === undefined ? h.family : `${h.family}:hidden:${h.hidden.join('+')}`;
    // Sorted by span, so an equal span with an equal label sits in the run just before.
    let seen = false;
    for (let j = out.length - 1; j >= 0 && !seen; j--) {
      const m = out[j] as Match;
      if (m.start !== h.start || m.end !== h.end) break;
      seen = m.label === label;
    }
    if (!seen) out.push({ start: h.start, end: h.end, label });
  }
  return out;
}

/**
 * What a phrase detector says about itself.
 *
 * @example
 * ```ts
 * const spec: PhraseDetectorSpec = { id: 'jailbreak/hypothetical', family: 'hypothetical', category: 'jailbreak', severity: 'medium', title: 'Hypothetical framing', description: '…' };
 * ```
 */
export interface PhraseDetectorSpec {
  readonly id: string;
  readonly family: PhraseFamily;
  readonly category: Scanner['category'];
  readonly severity: Severity;
  /** Human name of the evidence, starts the explanation ("Instruction override"). */
  readonly title: string;
  readonly description: string;
  readonly kind?: Scanner['kind'];
}

/**
 * The verdict of a one-family phrase detector: the family's combined evidence, its matches, an
 * explanation quoting the strongest phrase, and severity raised one step when the phrase was
 * hidden by an encoding.
 *
 * @example
 * ```ts
 * phraseVerdict(view, spec, options).score; // 0..1
 * ```
 */
export function phraseVerdict(view: TextView, spec: PhraseDetectorSpec, options: ResolvedPhraseScannerOptions): Verdict {
  const { score, counted, all } = familyEvidence(view, [spec.family], options);
  if (counted.length === 0) return { score: 0 };
  const top = counted[0] as PhraseHit;
  const hidden = counted.some((h) => h.hidden !== undefined);
  const dampened = options.dampenDiscussion && top.discussion < 1;
  const where = top.hidden === undefined ? '' : ` (hidden by ${top.hidden.join(' → ')})`;
  const note = dampened ? ' (quoted or discussed as an example, so weighted down)' : '';
  const more = counted.length > 1 ? ` and ${counted.length - 1} more phrase${counted.length > 2 ? 's' : ''}` : '';
  return {
    score,
    matches: hitMatches(all),
    explanation: `${spec.title}: "${top.excerpt}"${where}${more}${note}.`,
    severity: hidden ? RAISE[spec.severity] : spec.severity,
  };
}

/**
 * Build a one-family phrase detector (the body of most prompt-attack scanner files).
 *
 * @example
 * ```ts
 * export const jailbreakHypothetical = (o?: PhraseScannerOptions) => definePhraseScanner(SPEC, o, 'jailbreakHypothetical');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePhraseScanner(spec: PhraseDetectorSpec, options: PhraseScannerOptions | undefined, factory: string): Scanner<ResolvedPhraseScannerOptions> {
  const resolved = resolvePhraseOptions(options, factory);
  return defineScanner<ResolvedPhraseScannerOptions>({
    id: spec.id,
    kind: spec.kind ?? 'input',
    category: spec.category,
    severity: spec.severity,
    description: spec.description,
    threshold: 0.5,
    options: resolved,
    scan: (view) => phraseVerdict(view, spec, resolved),
  });
}
