/**
 * @module scanners/pii/names — person names without a model: runs of capitalised words scored by
 * the cues around them ("my name is", "Dear", "Mr.", a greeting, a signature) and by name lists
 * (US Census first names and surnames, loaded lazily from `name-lexicon.ts`). Without the lists the
 * cues alone still find the obvious names, so Anonymize catches "Dear Maya Ortiz" in any setup.
 */

/** The name lists, as sets of lower-case words. */
export interface NameLexicon {
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
  /** First names that are also ordinary words: names only next to a cue or before a known surname. */
  readonly ambiguous: ReadonlySet<string>;
  /** The generated list's stop-word names alone (what the name model was trained with). */
  readonly stopwordNames: ReadonlySet<string>;
  /** The most frequent first names: the only ones that count alone (rare ones collide with words). */
  readonly common: ReadonlySet<string>;
}

/** One name found; offsets into the searched text. */
export interface NameHit {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/**
 * A word that could be part of a name: a letter, then up to 39 letters, marks, apostrophes or
 * hyphens, not glued to a preceding word, digit, `@`, `/`, `_` or `.` (so e-mail local parts,
 * paths and identifiers do not start one).
 */
export const NAME_WORD = /(?<![\p{L}\p{M}\p{N}_'’@/.\\-])\p{L}[\p{L}\p{M}'’-]{0,39}/u;

/** Capitalised: an upper-case (or title-case) letter then a lower-case letter or mark. */
export const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{Ll}\p{M}]/u;

/** A possessive or trailing punctuation to drop from a name word (`Thomas's` → `Thomas`). */
export const POSSESSIVE = /(?:['’]s|['’-])$/u;

/** Lower-case particles that may sit inside a name (`Ludwig van Beethoven`, `Ana de la Cruz`). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'ter', 'ten', 'zu', 'y']);

/** Titles written before a name; the title itself is not redacted. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam', 'madame', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr', 'sr', 'sra', 'srta',
  'herr', 'frau', 'mme', 'mlle', 'monsieur', 'señor', 'señora', 'signor', 'signora', 'sig', 'mevrouw', 'meneer', 'pan', 'pani', 'capt', 'captain', 'col', 'gen', 'lt', 'sgt', 'officer', 'judge', 'senator', 'rep', 'president', 'coach', 'nurse', 'uncle', 'aunt', 'auntie', 'grandma', 'grandpa',
]);

/**
 * Capitalised words that start a sentence or a greeting and are never part of the name after
 * them: greetings, sign-offs, pronouns and other function words. Stripped from the front of a run.
 */
const LEADING_NON_NAMES = new Set([
  'hi', 'hello', 'hey', 'dear', 'dearest', 'greetings', 'thanks', 'thank', 'cheers', 'regards', 'best', 'sincerely', 'yours', 'love', 'bye', 'goodbye', 'welcome', 'congratulations', 'congrats', 'sorry', 'please', 'ask', 'tell', 'call', 'email', 'mail', 'text', 'contact', 'meet', 'ping', 'cc', 'to', 'from', 'attn', 'signed', 'by', 'with', 'and', 'or', 'but', 'so', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'for', 'of', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'is', 'was', 'are', 'yes', 'no', 'ok', 'okay', 'dr', 'mr', 'mrs', 'ms', 'good', 'morning', 'afternoon', 'evening', 'night', 'happy', 'poor', 'little', 'old', 'young', 'big', 'uncle', 'aunt', 'cousin', 'brother', 'sister', 'mom', 'dad', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'friend', 'boss', 'user', 'customer', 'agent', 'client', 'patient', 'name', 'note', 'update', 'reminder', 're', 'fwd', 'subject', 'hiya', 'howdy', 'sure', 'also', 'then', 'after', 'before', 'since', 'until', 'unless', 'because', 'although', 'did', 'does', 'do', 'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'must', 'has', 'have', 'had', 'let', 'lets', 'what', 'who', 'whom', 'whose', 'where', 'why', 'how', 'which', 'not', 'only', 'just', 'even', 'all', 'every', 'each', 'some', 'any', 'many', 'much', 'more', 'most', 'other', 'another', 'such', 'here', 'there', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'mister', 'ma', 'sir', 'madam',
]);

/**
 * Capitalised words that mark a run as an organisation, a place, a product or a date rather than a
 * person (`Acme Bank`, `Paris Street`, `Monday`). A run containing one is not a name.
 */
const NON_NAME_WORDS = new Set([
  'inc', 'ltd', 'llc', 'plc', 'gmbh', 'corp', 'corporation', 'company', 'co', 'group', 'holdings', 'bank', 'university', 'college', 'school', 'institute', 'academy', 'hospital', 'clinic', 'church', 'foundation', 'association', 'society', 'agency', 'department', 'ministry', 'council', 'committee', 'club', 'team', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'labs', 'software', 'solutions', 'services', 'partners', 'consulting', 'media', 'news', 'times', 'post', 'journal', 'press', 'records', 'studios', 'pictures', 'films', 'games', 'hotel', 'restaurant', 'cafe', 'café', 'bar', 'market', 'store', 'shop', 'mall', 'center', 'centre', 'museum', 'gallery', 'library', 'park', 'lake', 'river', 'mountain', 'mount', 'island', 'islands', 'beach', 'bay', 'valley', 'city', 'county', 'state', 'states', 'province', 'republic', 'kingdom', 'united', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'san', 'santa', 'saint', 'fort', 'port', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'court', 'way', 'place', 'square', 'highway', 'station', 'airport', 'bridge', 'tower', 'building', 'hall', 'house', 'senate', 'congress', 'parliament', 'court', 'army', 'navy', 'force', 'police', 'fbi', 'cia', 'nasa', 'google', 'microsoft', 'apple', 'amazon', 'facebook', 'meta', 'openai', 'anthropic', 'python', 'java', 'javascript', 'typescript', 'linux', 'windows', 'android', 'iphone', 'ios', 'excel', 'word', 'powerpoint', 'outlook', 'chrome', 'firefox', 'safari', 'github', 'docker', 'kubernetes', 'aws', 'azure', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'thanksgiving', 'halloween', 'english', 'french', 'german', 'spanish', 'italian', 'chinese', 'japanese', 'russian', 'american', 'british', 'european', 'african', 'asian', 'god', 'jesus', 'lord', 'allah', 'buddha', 'bible', 'quran', 'project', 'product', 'version', 'chapter', 'section', 'table', 'figure', 'appendix', 'act', 'law', 'bill', 'treaty', 'war', 'award', 'prize', 'cup', 'league', 'series', 'season', 'episode', 'volume', 'edition', 'model', 'pro', 'max', 'plus', 'mini', 'ultra', 'edition', 'framework', 'api', 'sdk', 'app', 'ai', 'gpt', 'chatgpt', 'claude', 'gemini', 'llama', 'mistral',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'nan', 'null', 'none', 'true', 'false', 'mercury', 'venus', 'earth', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'moon',
]);

/**
 * First names that are also ordinary words, places or months (`Grace`, `Mark`, `June`, `Austin`):
 * alone they are names only next to a cue. Added to the stop-word names of the lexicon.
 */
const COMMON_WORD_NAMES = [
  'grace', 'mark', 'rose', 'june', 'april', 'august', 'may', 'hope', 'joy', 'faith', 'art', 'max', 'frank', 'jack', 'bob', 'ray', 'dawn', 'summer', 'autumn', 'winter', 'spring', 'crystal', 'amber', 'ruby', 'pearl', 'jade', 'holly', 'ivy', 'heather', 'iris', 'lily', 'violet', 'olive', 'ginger', 'candy', 'sandy', 'rusty', 'cliff', 'dale', 'glen', 'wade', 'lane', 'chase', 'hunter', 'austin', 'dallas', 'houston', 'jordan', 'georgia', 'virginia', 'carolina', 'florence', 'paris', 'sydney', 'victoria', 'china', 'india', 'charlotte', 'madison', 'phoenix', 'aurora', 'chad', 'jean', 'bill', 'sue', 'pat', 'guy', 'destiny', 'harmony', 'melody', 'precious', 'unique', 'major', 'king', 'prince', 'royal', 'rich', 'sunny', 'sky', 'storm', 'rain', 'river', 'stone', 'forest', 'brook', 'will', 'miles', 'norman', 'bishop', 'carter', 'mason', 'cook', 'baker', 'page', 'young', 'long', 'price', 'rob', 'sam', 'don', 'drew', 'gene', 'ken', 'kim', 'lee', 'van', 'wes', 'tony', 'angel', 'christian', 'cherry', 'dusty', 'early', 'ebony', 'essence', 'honey', 'lou', 'marina', 'misty', 'nancy', 'penny', 'roman', 'russell', 'sterling', 'tiffany', 'trinity', 'velvet', 'an', 'ok', 'in', 'my', 'so', 'see', 'soon', 'many', 'miss', 'man', 'else', 'numbers', 'al', 'ed', 'bo', 'jo', 'li', 'lu', 'ma', 'na', 'nu', 'pa', 'su', 'un', 'vi', 'yu', 'ai', 'allen', 'an', 'clark', 'cooper', 'dean', 'dewey', 'duke', 'earl', 'ernest', 'freeman', 'gay', 'harper', 'kay', 'love', 'marshall', 'matt', 'mercedes', 'porsche', 'rolex', 'tesla', 'lincoln', 'ford', 'jaguar', 'kia', 'mack', 'dodge', 'pierce', 'reed', 'rocky', 'sage', 'scott', 'shelby', 'tyler', 'wiley', 'will', 'winston',
];



/** …and punctuation or the line end right after it: someone being addressed (`Thanks, Mark!`). */
export const ADDRESSED_AFTER = /^(?:[,!.?:;]|\s{0,2}(?:\r?\n|$))/u;


/**
 * Cue phrases right before a run, looked up by the last one, two and three words before it (sets,
 * not regexes: a regex ending in `$` tried on every run cost seconds on a megabyte of letters).
 */
const STRONG_CUES = new Set([
  'my name is', "my name's", 'name is', 'named', 'call me', 'i am called', "i'm called", 'signed', 'sincerely', 'regards', 'greetings', 'dear',
  "je m'appelle", 'je suis', 'mein name ist', 'ich heiße', 'ich bin', 'me llamo', 'mi nombre es', 'mi chiamo', 'sono', 'nome é', 'meu nome é', 'nazywam się', 'mam na imię',
]);
/** Weak cues: a name is likely when the run also looks like one (a listed word). */
const WEAK_CUES = new Set(['hi', 'hello', 'hey', 'hiya', 'thanks', 'thank you', 'cheers', 'best', 'i am', "i'm", 'this is', "it's", 'ask', 'tell', 'contact', 'meet', 'cc', 'from', 'by', 'with', 'attn', 'to', 'called', 'name']);
/** Nouns for a person right before the run (`my sister Ana`, `patient Tomas Varga`, `producer X`): a strong hint. */
const PERSON_NOUNS = new Set([
  'patient', 'client', 'customer', 'employee', 'applicant', 'candidate', 'tenant', 'manager', 'colleague', 'coworker', 'friend', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'mother', 'father', 'mom', 'dad', 'grandmother', 'grandfather', 'partner', 'boss', 'commenter', 'author', 'writer', 'actor', 'actress', 'singer', 'director', 'producer', 'ceo', 'founder',
  'owner', 'cardholder', 'account holder', 'sender', 'recipient', 'beneficiary', 'guardian', 'kid', 'child', 'neighbor', 'neighbour', 'teacher', 'student', 'doctor', 'lawyer', 'agent',
]);
/** Greetings and thanks: with punctuation after the run (`Thanks, Mark!`) the run is someone addressed. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'hiya', 'dear', 'thanks', 'thank you', 'cheers', 'bye', 'goodbye', 'good morning', 'good afternoon', 'good evening', 'welcome', 'congratulations', 'congrats', 'sorry']);

/** Separators allowed between a cue and the run. */
const CUE_SEPARATORS = " \t\n,.:;!'\"“”-";

/** The last one, two and three lower-case words before `at` (after at most four separators). */
function cueWords(text: string, at: number): [string, string, string] {
  let i = at;
  let seps = 0;
  while (i > 0 && seps < 4 && CUE_SEPARATORS.includes(text[i - 1] as string)) {
    i--;
    seps++;
  }
  const words: string[] = [];
  while (words.length < 3 && i > 0) {
    let j = i;
    while (j > 0 && j > i - 24 && WORD_OR_APOSTROPHE.test(text[j - 1] as string)) j--;
    if (j === i) break;
    words.unshift(text.slice(j, i).toLowerCase());
    if (j === 0 || text[j - 1] !== ' ') break;
    i = j - 1;
  }
  const n = words.length;
  return [words[n - 1] ?? '', n >= 2 ? words.slice(n - 2).join(' ') : '', n >= 3 ? words.join(' ') : ''];
}

/** A letter or an apostrophe (one character; for {@link cueWords}). */
export const WORD_OR_APOSTROPHE = /^[\p{L}\p{M}'’]$/u;

function hasCue(set: ReadonlySet<string>, w: readonly [string, string, string]): boolean {
  return set.has(w[0]) || set.has(w[1]) || set.has(w[2]);
}

/** A name-shaped run followed by one of these looks like a person speaking or being addressed. */
export const AFTER_CUE = /^(?:\s{0,2}(?:said|says|asked|asks|wrote|writes|replied|shouted|told|thinks|thought|is|was|has|had|will|would|can|could|lives|works|called|emailed|texted|sent|joined|left|and I|, the|, our|, my|, a|, who|'s|’s)\b|:\s{0,2}["“]|,\s{0,2}(?:i|please|can|could|would|thanks|thank|hope|just|we|you)\b)/iu;

/** A capital inside a word (`NaN`, `iPhone`, `JavaScript`), except the `Mc`/`Mac`/`O'` of surnames. */
export const INNER_CAPITAL = /^(?!Mc|Mac|O['’]|D['’])\p{L}[\p{Ll}\p{M}'’-]*\p{Lu}/u;
/** A run followed by a colon and no quote: a field label (`Date Range: …`). */
export const LABEL_AFTER = /^\s{0,2}:(?!\s{0,2}["“])/u;
/** …at the start of a line or list item (`- `, `* `, `1. `, `## `, `**`). */
export const LABEL_BEFORE = /(?:^|\n)[ \t]{0,4}(?:[-*•#>]{1,4}[ \t]{1,2}|\d{1,3}[.)][ \t]{1,2}|\*\*)?$/u;
/** A markdown heading line. */
export const HEADING_START = /(?:^|\n)[ \t]{0,3}#{1,6}[ \t][^\n]{0,200}$/u;
/** A word of a line (for the title-case test). */
export const LINE_WORD = /\p{L}[\p{L}\p{M}'’-]{0,39}/gu;

/** True when the line holding `at` is a markdown heading or a title-case line of three or more words. */
function isHeadingLine(text: string, at: number): boolean {
  const ls = text.lastIndexOf('\n', at - 1) + 1;
  let le = text.indexOf('\n', at);
  if (le < 0) le = text.length;
  if (le - ls > 200) return false;
  const line = text.slice(ls, le);
  if (HEADING_START.test(line)) return true;
  const words = line.match(LINE_WORD) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => CAPITALISED.test(w) || (w.length <= 3 && SMALL_TITLE_WORDS.has(w))).length;
  return caps === words.length && !/[.!?]\s*$/.test(line);
}

/** Short words title case leaves in lower case. */
const SMALL_TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'at', 'by', 'vs']);

/** The text before a word is a line start (or the text start), allowing `> ` quoting. */
export const LINE_START = /(?:^|\n)[> ]{0,1}$/;
/** The text after a run ends the line (or the text). */
export const LINE_END = /^(?:\r?\n|$)/;

/** A word at the start of a sentence (after `.`, `!`, `?`, `:`, a line break, a quote or a bullet). */
export const SENTENCE_START = /(?:^|[.!?:;\n•*>"“(\u2014-])[\s"“'‘(]{0,3}$/u;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly cap: boolean;
  readonly initial: boolean;
}

/**
 * Build a lexicon from the generated space-separated lists.
 *
 * @example
 * ```ts
 * const lex = buildNameLexicon('maya ana', 'ortiz', '');
 * lex.first.has('maya'); // true
 * ```
 */
export function buildNameLexicon(first: string, last: string, stopwordNames: string, common = first): NameLexicon {
  const list = (s: string): string[] => s.split(' ').filter((w) => w.length > 0);
  const stop = list(stopwordNames);
  const ambiguous = new Set([...COMMON_WORD_NAMES, ...stop]);
  return { first: new Set(list(first)), last: new Set(list(last)), ambiguous, stopwordNames: new Set(stop), common: new Set(list(common)) };
}

let lexiconPromise: Promise<NameLexicon> | undefined;
let lexiconLoaded: NameLexicon | undefined;

/**
 * The name lists (about 104 KB of text), imported on first use and memoised; a failed import is
 * forgotten so the next scan retries.
 *
 * @example
 * ```ts
 * const lex = await loadNameLexicon();
 * lex.first.has('maria'); // true
 * ```
 */
export function loadNameLexicon(): Promise<NameLexicon> {
  if (lexiconPromise === undefined) {
    lexiconPromise = import('./name-lexicon.js').then(
      (m) => (lexiconLoaded = buildNameLexicon(m.FIRST_NAMES, m.SURNAMES, m.STOPWORD_NAMES, m.COMMON_FIRST_NAMES)),
      (e: unknown) => {
        lexiconPromise = undefined;
        throw e;
      },
    );
  }
  return lexiconPromise;
}

/** The lexicon if it has loaded already (synchronous callers), else undefined. */
export function loadedNameLexicon(): NameLexicon | undefined {
  return lexiconLoaded;
}

/** Cheap test: could `text` contain a name at all (an upper-case letter followed by a lower-case one)? */
export const HAS_CAPITALISED = /[\p{Lu}\p{Lt}][\p{Ll}]/u;

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const re = new RegExp(NAME_WORD.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let w = m[0];
    while (POSSESSIVE.test(w)) w = w.replace(POSSESSIVE, '');
    if (w.length === 0) continue;
    const dotted = w.length === 1 && text[m.index + 1] === '.';
    // A bare capital (`Ravil G Yefimov`) is a middle initial too, except the words `I` and `A`.
    const bare = w.length === 1 && !dotted && w !== 'I' && w !== 'A' && w === w.toUpperCase() && w !== w.toLowerCase();
    const initial = (dotted && w === w.toUpperCase()) || bare;
    out.push({ start: m.index, end: m.index + w.length + (dotted ? 1 : 0), text: w, lower: w.toLowerCase(), cap: CAPITALISED.test(w) || initial, initial });
    if (out.length > 200_000) break;
  }
  return out;
}

/** The words of a run may be separated by one space, or by `. ` after an initial or a title. */
function joined(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ') return true;
  return gap === '. ' && HONORIFICS.has(a.lower);
}

/**
 * Person names in `text`, with confidences: 0.9 after a strong cue ("my name is", "Dear", a title),
 * 0.85 for a listed first name followed by a capitalised surname, 0.8 after a weak cue or before
 * "said"/"wrote"/a colon when the run looks like a name, 0.7 for a lone listed first name inside a
 * sentence (0.6 at its start). Runs that contain an organisation, place or date word are skipped.
 * `lexicon` undefined: cues only.
 *
 * @example
 * ```ts
 * findNames('Dear Maya Ortiz, thanks.', undefined); // [{ start: 5, end: 15, confidence: 0.9 }]
 * ```
 */
export function findNames(text: string, lexicon: NameLexicon | undefined): NameHit[] {
  if (!HAS_CAPITALISED.test(text)) return [];
  const words = wordsOf(text);
  const hits: NameHit[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    if (!w.cap) {
      i++;
      continue;
    }
    // The run: capitalised words and inner particles joined by single spaces.
    let j = i;
    while (j + 1 < words.length && j - i < 6) {
      const next = words[j + 1] as Word;
      if (!joined(text, words[j] as Word, next)) break;
      if (next.cap) j++;
      else if (PARTICLES.has(next.lower) && j + 2 < words.length && (words[j + 2] as Word).cap && joined(text, next, words[j + 2] as Word)) j += 2;
      else break;
    }
    const run = words.slice(i, j + 1);
    i = j + 1;
    scoreRun(text, run, lexicon, hits);
  }
  return hits;
}

function scoreRun(text: string, run: readonly Word[], lexicon: NameLexicon | undefined, hits: NameHit[]): void {
  // Strip leading greetings, titles and function words; a title is a strong cue.
  let a = 0;
  let titled = false;
  while (a < run.length) {
    const w = run[a] as Word;
    if (HONORIFICS.has(w.lower) && a + 1 < run.length) {
      titled = true;
      a++;
    } else if (LEADING_NON_NAMES.has(w.lower) && a + 1 < run.length) a++;
    else break;
  }
  let b = run.length - 1;
  // Trailing function words and initials cannot end a name (`Maya And`, `Maya G`): drop them.
  while (b > a && (LEADING_NON_NAMES.has((run[b] as Word).lower) || (run[b] as Word).initial)) b--;
  const name = run.slice(a, b + 1);
  if (name.length === 0) return;
  const first = name[0] as Word;
  const last = name[name.length - 1] as Word;
  if (!first.cap || (first.initial && name.length === 1)) return;
  if (name.some((w) => NON_NAME_WORDS.has(w.lower) || INNER_CAPITAL.test(w.text))) return;
  if (name.length === 1 && (LEADING_NON_NAMES.has(first.lower) || HONORIFICS.has(first.lower))) return;
  // Words in all capitals are acronyms; a name run is at most four name words.
  if (name.filter((w) => w.cap).length > 4) return;

  const after = text.slice(last.end, last.end + 24);
  const atStart = SENTENCE_START.test(text.slice(Math.max(0, (run[0] as Word).start - 4), (run[0] as Word).start));
  const cw = cueWords(text, first.start);
  const cueStrong = titled || hasCue(STRONG_CUES, cw) || (hasCue(GREETINGS, cw) && ADDRESSED_AFTER.test(after) && name.length <= 3);
  // Headings and field labels are written in title case: `## Date Range`, `- Test Case:`, `**Tech Stack**`.
  if (!cueStrong && (isHeadingLine(text, first.start) || (LABEL_AFTER.test(after) && LABEL_BEFORE.test(text.slice(Math.max(0, (run[0] as Word).start - 8), (run[0] as Word).start))))) return;
  const cueWeak = hasCue(WEAK_CUES, cw) || AFTER_CUE.test(after);
  if (text.slice(Math.max(0, first.start - 4), first.start).toLowerCase() === 'the ' && !cueStrong) return;

  const firstListed = lexicon?.first.has(first.lower) === true;
  const ambiguous = lexicon?.ambiguous.has(first.lower) === true || COMMON_WORDS_SET.has(first.lower);
  const lastListed = name.length > 1 && lexicon?.last.has(last.lower) === true;
  const multi = name.filter((w) => w.cap && !w.initial).length >= 2;
  // A run that is a whole line (a signature, a letter head, a "Name:" field value on its own line).
  const lineAlone = LINE_START.test(text.slice(Math.max(0, (run[0] as Word).start - 2), (run[0] as Word).start)) && LINE_END.test(text.slice(last.end, last.end + 2));

  const common = lexicon?.common.has(first.lower) === true;
  const personCue = hasCue(PERSON_NOUNS, cw);
  let confidence = 0;
  if (cueStrong) confidence = 0.9;
  else if (personCue && (multi || (firstListed && !ambiguous) || lastListed || lexicon === undefined)) confidence = 0.85;
  else if (firstListed && !ambiguous && multi && (common || lastListed)) confidence = 0.85;
  else if (multi && lastListed && firstListed) confidence = 0.85;
  // A weak cue ("by", "ask", "with", "said") needs a listed word too: title-case phrases follow such words as often as names.
  else if (cueWeak && ((firstListed && !ambiguous) || lastListed)) confidence = 0.8;
  else if (cueWeak && multi && lexicon === undefined) confidence = 0.7;
  else if (multi && lineAlone && name.length <= 4 && ((firstListed && !ambiguous) || lastListed)) confidence = 0.75;
  else if (firstListed && !ambiguous && multi && !atStart) confidence = 0.7;
  else if (firstListed && !ambiguous && name.length === 1) confidence = common ? (atStart ? 0.6 : 0.7) : atStart ? 0 : 0.6;
  else if (cueWeak && name.length === 1 && !atStart && lexicon === undefined) confidence = 0.6;
  if (confidence < 0.6) return;
  hits.push({ start: first.start, end: last.end, confidence });
}

const COMMON_WORDS_SET: ReadonlySet<string> = new Set(COMMON_WORD_NAMES);
