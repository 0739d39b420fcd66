/**
 * @module scanners/phrase-requires — the words a phrase rule cannot match without, read from its
 * regex source. The phrase engine tests a rule only where its anchor occurs AND, for each group
 * returned here, at least one of the group's words starts a word at or after that place (every
 * match holds one, after its anchor; the engine's word trie finds them). Most anchors are common words ("write", "what",
 * "translate"); with these groups most rules they unlock are ruled out in ordinary prose before
 * their regex runs. A group is only derived where it is provably necessary, so hits never change:
 *
 * - it comes from an element of the rule's top-level sequence that must occur once (no `?`, `*`,
 *   `{0,n}`), after the anchor, and that starts with a literal of 3+ letters in every alternative
 *   (`(?:instructions?|rules|system\s+prompt)` gives `instruction`, `rules`, `system`);
 * - the element is preceded by `\s+`, `\b`, phrase-rule's `B` lookbehind, or an optional group that
 *   ends in `\s+` (so the word starts where the trie looks: after a non-word character);
 * - a top-level alternation `A|B` gives one group: the union of a group of A and a group of B.
 *
 * Very common words (`the`, `your`, `all`…) are never used: they would rule nothing out. The
 * parser knows the syntax the phrase tables use (literals, escapes, classes, groups, lookarounds,
 * quantifiers); anything else makes it return no groups, which only costs speed.
 */

type Atom =
  | { readonly t: 'lit'; readonly c: string }
  | { readonly t: 'esc'; readonly c: string }
  | { readonly t: 'other' }
  | { readonly t: 'assert'; readonly c: string }
  | { readonly t: 'group'; readonly capturing: boolean; readonly lookaround: boolean; readonly wordStart: boolean; readonly alt: readonly Seq[] };

interface Item {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}

type Seq = readonly Item[];

class Unsupported extends Error {}

/** Parse a regex source (no `u`/`v` flag syntax) into alternatives of item sequences. */
function parse(src: string): readonly Seq[] {
  let i = 0;
  const alt = (): Seq[] => {
    const branches: Seq[] = [seq()];
    while (src.charCodeAt(i) === 0x7c /* | */) {
      i++;
      branches.push(seq());
    }
    return branches;
  };
  const digits = (): number => {
    let n = 0;
    let any = false;
    for (let c = src.charCodeAt(i); c >= 0x30 && c <= 0x39; c = src.charCodeAt(++i)) {
      n = n * 10 + (c - 0x30);
      any = true;
    }
    if (!any) throw new Unsupported('quantifier');
    return n;
  };
  const seq = (): Item[] => {
    const items: Item[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i] as string;
      let atom: Atom;
      if (c === '\\') {
        const e = src[i + 1] ?? '';
        i += 2;
        if (e === 'b' || e === 'B') {
          items.push({ atom: { t: 'assert', c: `\\${e}` }, min: 1, max: 1 });
          continue;
        }
        if (e === 'u' || e === 'x' || e === 'c' || e === 'k' || (e >= '0' && e <= '9')) throw new Unsupported(`\\${e}`);
        atom = 'sSwWdDnrtfv'.includes(e) ? { t: 'esc', c: e } : { t: 'lit', c: e };
      } else if (c === '[') {
        i++;
        if (src[i] === '^') i++;
        if (src[i] === ']') i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        if (i >= src.length) throw new Unsupported('class');
        i++;
        atom = { t: 'other' };
      } else if (c === '(') {
        // The phrase tables' word start for accented scripts (phrase-rule's `B`): a negative
        // lookbehind on a class that holds every ASCII word character.
        const wordStart = src.startsWith(WORD_START_LOOKBEHIND, i);
        i++;
        let capturing = true;
        let lookaround = false;
        if (src[i] === '?') {
          const n = src[i + 1];
          if (n === ':') {
            capturing = false;
            i += 2;
          } else if (n === '=' || n === '!') {
            lookaround = true;
            i += 2;
          } else if (n === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) {
            lookaround = true;
            i += 3;
          } else throw new Unsupported('group');
        }
        const a = alt();
        if (src[i] !== ')') throw new Unsupported('unclosed group');
        i++;
        atom = { t: 'group', capturing, lookaround, wordStart, alt: a };
      } else if (c === '^' || c === '$') {
        i++;
        items.push({ atom: { t: 'assert', c }, min: 1, max: 1 });
        continue;
      } else if (c === '.') {
        i++;
        atom = { t: 'other' };
      } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') {
        throw new Unsupported(`bare ${c}`);
      } else {
        i++;
        atom = { t: 'lit', c };
      }
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '?' || q === '*' || q === '+') {
        min = q === '+' ? 1 : 0;
        max = q === '?' ? 1 : Number.POSITIVE_INFINITY;
        i++;
      } else if (q === '{') {
        i++;
        min = digits();
        if (src[i] === ',') {
          i++;
          max = src[i] === '}' ? Number.POSITIVE_INFINITY : digits();
        } else max = min;
        if (src[i] !== '}') throw new Unsupported('quantifier');
        i++;
      }
      if ((q === '?' || q === '*' || q === '+' || q === '{') && src[i] === '?') i++; // lazy
      items.push({ atom, min, max });
    }
    return items;
  };
  const out = alt();
  if (i !== src.length) throw new Unsupported('trailing');
  return out;
}

/**
 * Letters a derived word may hold: ASCII letters and digits, and the accented Latin letters
 * (U+00C0–U+024F, less × and ÷), whose case folding in a regex without the `u` flag is one
 * character to one, as the engine's trie and its non-ASCII prefilter assume ("précédent", "écris").
 */
const WORD_CHAR = /^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]$/;

/** How phrase-rule's `B` (a word start for accented scripts) begins. */
const WORD_START_LOOKBEHIND = '(?<![0-9A-Za-z_';
const MIN_WORD = 3;

function isWordLiteral(it: Item): boolean {
  return it.min === 1 && it.max === 1 && it.atom.t === 'lit' && WORD_CHAR.test(it.atom.c);
}

/** Where to carry on once a group's branch has been read: the rest of the enclosing sequences. */
type Continuation = ReadonlyArray<readonly [Seq, number]>;

/**
 * The literal prefixes every match of `items` from `k` (then of the continuation) starts with, or
 * null when some alternative has none of at least {@link MIN_WORD} letters.
 */
function lead(items: Seq, k: number, prefix: string, rest: Continuation): string[] | null {
  let p = prefix;
  for (; k < items.length; k++) {
    const it = items[k] as Item;
    if (isWordLiteral(it)) {
      p += (it.atom as { c: string }).c.toLowerCase();
      continue;
    }
    if (it.min === 1 && it.max === 1 && it.atom.t === 'group' && !it.atom.lookaround) {
      const out: string[] = [];
      const after: Continuation = [[items, k + 1], ...rest];
      for (const branch of it.atom.alt) {
        const l = lead(branch, 0, p, after);
        if (l === null) return p.length >= MIN_WORD ? [p] : null;
        out.push(...l);
      }
      return [...new Set(out)];
    }
    return p.length >= MIN_WORD ? [p] : null;
  }
  const next = rest[0];
  if (next !== undefined) return lead(next[0], next[1], p, rest.slice(1));
  return p.length >= MIN_WORD ? [p] : null;
}

function endsWithSpaces(branch: Seq): boolean {
  const last = branch[branch.length - 1];
  return last !== undefined && last.atom.t === 'esc' && last.atom.c === 's' && last.min >= 1;
}

/** True when every match has a non-word character (or nothing) just before item `k`. */
function boundaryBefore(items: Seq, k: number): boolean {
  const prev = items[k - 1];
  if (prev === undefined) return false;
  if (prev.atom.t === 'assert') return prev.atom.c === '\\b';
  if (prev.atom.t === 'group' && prev.atom.lookaround) return prev.atom.wordStart;
  if (prev.atom.t === 'esc') return prev.atom.c === 's' && prev.min >= 1;
  if (prev.atom.t === 'group' && !prev.atom.lookaround && prev.atom.alt.every(endsWithSpaces)) {
    return prev.min >= 1 || boundaryBefore(items, k - 1);
  }
  return false;
}

/** Words too common to rule anything out. */
const COMMON: ReadonlySet<string> = new Set(['the', 'you', 'your', 'and', 'for', 'are', 'all', 'this', 'that', 'these', 'those', 'with', 'not', 'can', 'will', 'from', 'have', 'has', 'was', 'were', 'any', 'what', 'how', 'now', 'out', 'our', 'its', 'who', 'but', 'one', 'get', 'let', 'use']);

/** Necessary word sets of one top-level sequence, the anchor's own element left out. */
function sequenceGroups(items: Seq): string[][] {
  const out: string[][] = [];
  let anchorSeen = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.min < 1) continue;
    if (!(isWordLiteral(it) || (it.atom.t === 'group' && !it.atom.lookaround && it.max === 1))) continue;
    // The first required element holds the anchor (present wherever the rule is tried), even when
    // it yields no words itself ("au lieu" is too short): the element after it must still count.
    if (!anchorSeen) {
      anchorSeen = true;
      continue;
    }
    const words = lead(items, k, '', []);
    if (words === null) continue;
    // Also rules out the middle of a literal run ("aid" inside "said"): not a word start.
    if (!boundaryBefore(items, k)) continue;
    if (words.some((w) => COMMON.has(w))) continue;
    out.push(words);
  }
  return out;
}

/** Fewer and longer words first: the group most likely to be absent from ordinary text. */
function selectivity(a: readonly string[], b: readonly string[]): number {
  return a.length - b.length || Math.min(...b.map((w) => w.length)) - Math.min(...a.map((w) => w.length));
}

/** At most this many groups per rule (each costs a lookup per rule test). */
const MAX_GROUPS = 2;

/**
 * The word groups a rule's regex cannot match without (see the module doc); empty when none can be
 * proven. Words are lower-case.
 *
 * @example
 * ```ts
 * necessaryWords(String.raw`\b(?:ignore|forget)\s+(?:all\s+)?(?:previous|prior)\s+(?:instructions|rules)\b`);
 * // [['previous', 'prior'], ['instructions', 'rules']]
 * ```
 */
export function necessaryWords(source: string): string[][] {
  let branches: readonly Seq[];
  try {
    branches = parse(source);
  } catch (e) {
    if (e instanceof Unsupported) return [];
    throw e;
  }
  if (branches.length === 1) return sequenceGroups(branches[0] as Seq).sort(selectivity).slice(0, MAX_GROUPS);
  const union = new Set<string>();
  for (const b of branches) {
    const best = sequenceGroups(b).sort(selectivity)[0];
    if (best === undefined) return [];
    for (const w of best) union.add(w);
  }
  return [[...union]];
}

/**
 * The key a rule's derived groups are stored under: FNV-1a (32-bit) of its regex source and the
 * source's length. A rule whose source changed finds no entry (so no groups: slower, never wrong)
 * until `npx tsx scripts/phrase-requires.ts` regenerates the table.
 *
 * @example
 * ```ts
 * ruleKey(String.raw`\bignore\s+previous`); // '5f0c…:19'
 * ```
 */
export function ruleKey(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}:${source.length}`;
}

/** The generated table for a list of rule sources: every word once, and each rule's groups as word indexes. */
export interface DerivedTable {
  readonly words: readonly string[];
  readonly groups: Readonly<Record<string, ReadonlyArray<readonly number[]>>>;
}

/**
 * {@link necessaryWords} of every source, keyed by {@link ruleKey} (rules without groups are left
 * out). Throws if two different sources share a key.
 *
 * @example
 * ```ts
 * derivedTable([String.raw`\bignore\s+(?:previous|prior)\s+rules`]).words; // ['previous', 'prior']
 * ```
 */
export function derivedTable(sources: readonly string[]): DerivedTable {
  const words = new Map<string, number>();
  const seen = new Map<string, string>();
  const groups: Record<string, number[][]> = {};
  for (const source of sources) {
    const key = ruleKey(source);
    const other = seen.get(key);
    if (other !== undefined && other !== source) throw new Error(`two phrase rules share the key ${key}`);
    seen.set(key, source);
    const found = necessaryWords(source);
    if (found.length === 0) continue;
    groups[key] = found.map((g) =>
      g.map((w) => {
        let id = words.get(w);
        if (id === undefined) words.set(w, (id = words.size));
        return id;
      }),
    );
  }
  return { words: [...words.keys()], groups };
}
