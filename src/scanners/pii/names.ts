/**
 * @module scanners/pii/names — person names without a model: runs of capitalised words scored by
 * the cues around them ("my name is", "Dear", "Mr.", a greeting, a signature) and by name lists
 * (US Census first names and surnames, loaded lazily from `name-lexicon.ts`). Without the lists the
 * cues alone still find the obvious names, so Anonymize catches "Dear Maya Ortiz" in any setup.
 *
 * Fast path (this runs on every prompt): only capitalised words and initials can start a run, so
 * one regex scan finds the upper-case ASCII letters and non-ASCII characters and only those are
 * looked at; a word is read with `charCodeAt` and a class table (sticky one-character regexes for
 * non-ASCII), with exactly the extent and flags the {@link NAME_WORD} regex and its helpers would
 * give. Each run is then scored from its cheapest facts first: a run with no title, no cue word
 * before it and no listed word is dropped before anything else is computed, and the heading and
 * field-label tests run only for a run that would otherwise be kept, once per line.
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
 * paths and identifiers do not start one). The definition of a word: {@link findNames} reads the
 * same words with a hand-written tokenizer (see "The tokenizer" below) instead of running it.
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



/** Address unit words that end a name run on a one-line address label (`Mrs. Ana Ruiz Apt. 4 …`). */
const UNIT_WORDS = new Set(['apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'room', 'floor']);

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
const WEAK_CUES = new Set([
  'hi', 'hello', 'hey', 'hiya', 'thanks', 'thank you', 'cheers', 'best', 'i am', "i'm", 'this is', "it's", 'ask', 'tell', 'contact', 'meet', 'cc', 'from', 'by', 'with', 'attn', 'to', 'called', 'name',
  'features', 'including', 'add', 'user', 'talk to', 'speak to', 'speak with',
]);
/** A letter and one space: the run follows its cue word directly. */
export const DIRECTLY_AFTER_WORD = /^\p{L} $/u;
/** Cues that name a person even when the lists do not know the name: speech and credits (`says Joly.`, `starring Cavazos`). */
const MEDIUM_CUES = new Set(['says', 'said', 'starring', 'featuring', 'married', 'son of', 'daughter of', 'wife of', 'husband of', 'assistant to', 'directed by', 'written by', 'produced by']);
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
  let i = skipCueSeparators(text, at);
  const words: string[] = [];
  while (words.length < 3 && i > 0) {
    const j = cueWordStart(text, i);
    if (j === i) break;
    words.unshift(text.slice(j, i).toLowerCase());
    if (j === 0 || text.charCodeAt(j - 1) !== 32) break;
    i = j - 1;
  }
  const n = words.length;
  return [words[n - 1] ?? '', n >= 2 ? words.slice(n - 2).join(' ') : '', n >= 3 ? words.join(' ') : ''];
}

/** Where the cue words before `at` end: `at` less at most four {@link CUE_SEPARATORS}. */
function skipCueSeparators(text: string, at: number): number {
  let i = at;
  let seps = 0;
  while (i > 0 && seps < 4 && isCueSeparator(text.charCodeAt(i - 1))) {
    i--;
    // Aligned form fields pad with spaces (`Name:    Ana Ruiz`): a space run counts once, up to 12.
    if (text.charCodeAt(i) === 32) for (let k = 0; k < 11 && i > 0 && text.charCodeAt(i - 1) === 32; k++) i--;
    seps++;
  }
  return i;
}

/** {@link CUE_SEPARATORS} as char codes. */
const CUE_SEPARATOR_CODES: ReadonlySet<number> = new Set([...CUE_SEPARATORS].map((c) => c.charCodeAt(0)));

function isCueSeparator(c: number): boolean {
  return CUE_SEPARATOR_CODES.has(c);
}

/** Start of the word (at most 24 UTF-16 units of {@link WORD_OR_APOSTROPHE}) that ends at `i`. */
function cueWordStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && j > i - 24) {
    const c = text.charCodeAt(j - 1);
    // ASCII: letters and `'`; anything else asks the regex (one UTF-16 unit, like `text[j - 1]`).
    if (c < 128 ? (asciiClass(c) & LETTER) === 0 && c !== 39 : !WORD_OR_APOSTROPHE.test(text[j - 1] as string)) break;
    j--;
  }
  return j;
}

/** A letter or an apostrophe (one character; for {@link cueWords}). */
export const WORD_OR_APOSTROPHE = /^[\p{L}\p{M}'’]$/u;

function hasCue(set: ReadonlySet<string>, w: readonly [string, string, string]): boolean {
  return w !== NO_CUE && (set.has(w[0]) || set.has(w[1]) || set.has(w[2]));
}

/**
 * The last word of every cue phrase. Each of the three cue strings {@link cueWords} returns ends
 * with its one-word form, so a run whose nearest word before it is not in this set has no cue of
 * any kind, and the three strings need not be built.
 */
const CUE_TAILS: ReadonlySet<string> = new Set(
  [...STRONG_CUES, ...WEAK_CUES, ...MEDIUM_CUES, ...PERSON_NOUNS, ...GREETINGS].map((p) => p.slice(p.lastIndexOf(' ') + 1)),
);
const NO_CUE: readonly [string, string, string] = ['', '', ''];

/** {@link cueWords}, or three empty strings when the word before `at` ends no cue phrase (same answers from {@link hasCue}). */
function cueWordsIfAny(text: string, at: number): readonly [string, string, string] {
  const i = skipCueSeparators(text, at);
  if (i === 0) return NO_CUE;
  const j = cueWordStart(text, i);
  if (j === i || !CUE_TAILS.has(text.slice(j, i).toLowerCase())) return NO_CUE;
  return cueWords(text, at);
}

/** A name-shaped run followed by one of these looks like a person speaking or being addressed. */
export const AFTER_CUE = /^(?:\s{0,2}(?:said|says|asked|asks|wrote|writes|replied|shouted|told|thinks|thought|is|was|has|had|will|would|can|could|lives|works|called|emailed|texted|sent|joined|left|explained|spent|will be|is from|was born|had given|and I|, the|, our|, my|, a|, who|'s|’s)\b|:\s{0,2}["“]|,\s{0,2}(?:i|please|can|could|would|thanks|thank|hope|just|we|you)\b)/iu;

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

/** The line of the last {@link isHeadingLine} call and its answer (lines never overlap, so one is enough). */
interface LineMemo {
  start: number;
  end: number;
  heading: boolean;
}

/**
 * True when the line holding `at` is a markdown heading or a title-case line of three or more
 * words. The answer for a line is kept in `memo`: runs are scored left to right, so each line is
 * found (and tested) once, where searching for its ends per run was quadratic on long lines.
 */
function isHeadingLine(text: string, at: number, memo: LineMemo): boolean {
  if (at >= memo.start && at < memo.end) return memo.heading;
  const ls = text.lastIndexOf('\n', at - 1) + 1;
  let le = text.indexOf('\n', at);
  if (le < 0) le = text.length;
  memo.start = ls;
  memo.end = le;
  memo.heading = headingLine(text, ls, le);
  return memo.heading;
}

function headingLine(text: string, ls: number, le: number): boolean {
  if (le - ls > 200) return false;
  const line = text.slice(ls, le);
  if (HEADING_START.test(line)) return true;
  // A form field (`Name:    Ana Vilk`) is a label and its value, not a title-case heading.
  if (FIELD_LINE.test(line)) return false;
  const words = line.match(LINE_WORD) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => CAPITALISED.test(w) || (w.length <= 3 && SMALL_TITLE_WORDS.has(w))).length;
  return caps === words.length && !/[.!?]\s*$/.test(line);
}

/** A line that starts with a field label and a colon. */
export const FIELD_LINE = /^[ \t]{0,4}\p{L}[\p{L} ]{0,24}:[ \t]/u;

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
  /** End of the NAME_WORD match (`end` is before a dropped possessive, or after an initial's dot). */
  readonly wordEnd: number;
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

// ---------------------------------------------------------------------------------------------
// The tokenizer. NAME_WORD's words are found without running it: whether a word starts at `p` is
// a local property (a letter at `p`, and the code point before it outside the look-behind class:
// a word's own characters are all in that class, so no word starts inside another), and so is its
// extent (up to 40 code points of the continuation class). Only capitalised words and initials can
// start a name run, and those start with an upper-case ASCII letter or a non-ASCII one, so one
// regex scan finds those characters and only they are looked at closely. The words that can follow
// in a run (joined by one space, or `. ` after a title) are read where they must start.
// Non-ASCII code points ask one-character sticky regexes with the same Unicode classes.

/** ASCII class bits: a letter; in NAME_WORD's look-behind class; in its continuation class. */
const LETTER = 1;
const GLUE = 2;
const CONT = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z]/.test(ch)) ASCII_CLASS[c] = LETTER | GLUE | CONT;
  else if (ch === "'" || ch === '-') ASCII_CLASS[c] = GLUE | CONT;
  else if (/[0-9_@/.\\]/.test(ch)) ASCII_CLASS[c] = GLUE;
}
/** The class bits of an ASCII code unit. */
function asciiClass(c: number): number {
  return ASCII_CLASS[c] ?? 0;
}
/** Non-ASCII members of the classes above, tested at one position (sticky; `lastIndex` set before each use, synchronously). */
const LETTER_AT = /\p{L}/uy;
const GLUE_AT = /[\p{L}\p{M}\p{N}’]/uy;
const CONT_AT = /[\p{L}\p{M}’]/uy;
const CAPITALISED_AT = /[\p{Lu}\p{Lt}][\p{Ll}\p{M}]/uy;
const LOWER_OR_MARK_AT = /[\p{Ll}\p{M}]/uy;

function testAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** UTF-16 length of the code point at `i` (2 for a surrogate pair, else 1). */
function cpSize(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** A letter (`\p{L}`) at `p`. */
function letterAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c < 128 ? (asciiClass(c) & LETTER) !== 0 : testAt(LETTER_AT, text, p);
}

/** Lower-case particles of one to five ASCII letters, as numbers (five bits a letter), so a word is checked without a string. */
const PARTICLE_CODES: ReadonlySet<number> = new Set([...PARTICLES].map((p) => asciiLetterCode(p, 0, p.length)));

/** Five bits per letter, case-folded; -1 when a character is not an ASCII letter. */
function asciiLetterCode(s: string, from: number, to: number): number {
  let code = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (asciiClass(c) & LETTER) === 0) return -1;
    code = code * 32 + ((c | 32) - 96);
  }
  return code;
}

/** Most words read in a text (NAME_WORD matches, a bound on hostile input); a word needs two characters, so only longer texts reach it. */
const MAX_WORDS = 200_001;

/** Start of the last word that counts ({@link MAX_WORDS}): words starting after it are ignored. */
function lastWordStart(text: string): number {
  const n = text.length;
  if (n < 2 * MAX_WORDS - 1) return n;
  let count = 0;
  let glued = false;
  for (let p = 0; p < n; ) {
    const c = text.charCodeAt(p);
    const size = c < 128 ? 1 : cpSize(text, p);
    const letter = letterAt(text, p);
    if (letter && !glued && ++count === MAX_WORDS) return p;
    glued = letter || (c < 128 ? (asciiClass(c) & GLUE) !== 0 : testAt(GLUE_AT, text, p));
    p += size;
  }
  return n;
}

/**
 * The word NAME_WORD matches at `p` (a word start) with its possessive dropped: returned when it is
 * capitalised or an initial, or (with `particles`) a lower-case particle; else undefined.
 */
function wordAt(text: string, p: number, particles: boolean): Word | undefined {
  const n = text.length;
  // The letter, then up to 39 code points of the continuation class.
  let e = p + cpSize(text, p);
  for (let k = 0; k < 39 && e < n; k++) {
    const d = text.charCodeAt(e);
    if (d < 128) {
      if ((asciiClass(d) & CONT) === 0) break;
      e++;
    } else {
      if (!testAt(CONT_AT, text, e)) break;
      e += cpSize(text, e);
    }
  }
  // POSSESSIVE, repeatedly: a trailing `'s`/`’s`, else one trailing `'`, `’` or `-`.
  let we = e;
  for (;;) {
    const c = text.charCodeAt(we - 1);
    if (c === 115 && we - p >= 2 && isApostrophe(text.charCodeAt(we - 2))) we -= 2;
    else if (isApostrophe(c) || c === 45) we--;
    else break;
  }
  const len = we - p;
  const c0 = text.charCodeAt(p);
  const dotted = len === 1 && text.charCodeAt(p + 1) === 46;
  let initial = false;
  let cap: boolean;
  if (c0 < 128) {
    const upper = c0 >= 65 && c0 <= 90;
    // A bare capital (`Ravil G Yefimov`) is a middle initial too, except the words `I` and `A`.
    if (len === 1) initial = upper && (dotted || (c0 !== 73 && c0 !== 65));
    if (upper && len > 1) {
      const c1 = text.charCodeAt(p + 1);
      cap = c1 < 128 ? c1 >= 97 && c1 <= 122 : testAt(LOWER_OR_MARK_AT, text, p + 1);
    } else cap = false;
  } else {
    if (len === 1) {
      const w = text[p] as string;
      initial = (dotted && w === w.toUpperCase()) || (!dotted && w === w.toUpperCase() && w !== w.toLowerCase());
    }
    cap = testAt(CAPITALISED_AT, text, p) && CAPITALISED_AT.lastIndex <= we;
  }
  cap ||= initial;
  if (!cap) {
    // Not capitalised: wanted only as a particle (`van`, `de`, `DE`), one to five letters.
    if (!particles || len > 5) return undefined;
    const code = asciiLetterCode(text, p, we);
    if (code >= 0 ? !PARTICLE_CODES.has(code) : !PARTICLES.has(text.slice(p, we).toLowerCase())) return undefined;
  }
  const t = text.slice(p, we);
  return { start: p, end: we + (dotted ? 1 : 0), wordEnd: e, text: t, lower: t.toLowerCase(), cap, initial };
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * The next word when it is joined to `a` (one space between, or `. ` after a title), capitalised or
 * a particle; else undefined. A word right after a space starts wherever there is a letter.
 */
function joinedNext(text: string, a: Word, limit: number): Word | undefined {
  let q: number;
  const c = text.charCodeAt(a.end);
  if (c === 32) q = a.end + 1;
  else if (c === 46 && text.charCodeAt(a.end + 1) === 32 && HONORIFICS.has(a.lower)) q = a.end + 2;
  else return undefined;
  return q < text.length && q <= limit && letterAt(text, q) ? wordAt(text, q, true) : undefined;
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
  const hits: NameHit[] = [];
  const pending: Pending[] = [];
  const memo: LineMemo = { start: 0, end: 0, heading: false };
  const limit = lastWordStart(text);
  const re = RUN_START_CANDIDATE;
  re.lastIndex = 0;
  // `test` moves `lastIndex` past the one code unit it matched without building a match array.
  while (re.test(text)) {
    const p = re.lastIndex - 1;
    const size = cpSize(text, p);
    re.lastIndex = p + size;
    // A word starts at p: a letter, not glued to what comes before.
    if (!letterAt(text, p) || (p > 0 && gluedBefore(text, p))) continue;
    if (p > limit) break;
    const w = wordAt(text, p, false);
    if (w === undefined) continue;
    // The run: capitalised words and inner particles joined by single spaces, at most 7 words after the first.
    const run = [w];
    let last = w;
    while (run.length <= 6) {
      const next = joinedNext(text, last, limit);
      if (next === undefined) break;
      if (next.cap) run.push((last = next));
      else {
        // A particle (`van`, `de la`) counts only between two capitalised words.
        const after = joinedNext(text, next, limit);
        if (after === undefined || !after.cap) break;
        run.push(next, (last = after));
      }
    }
    scoreRun(text, run, lexicon, hits, memo, pending);
    re.lastIndex = last.wordEnd;
  }
  if (pending.length > 0 && hits.length > 0) return withPending(text, hits, pending, lexicon, memo);
  return hits;
}

/** A capitalised run that no rule took on its own: kept for {@link withPending}. */
interface Pending {
  readonly start: number;
  readonly end: number;
  /** Where the run started before titles and greetings were stripped. */
  readonly runStart: number;
}

/** A list separator right before a run (`, `, ` and `, `, or `, ` & `): its length is how far back the previous name ends. */
export const COORD_BEFORE = /(?:,|,? (?:and|or|&|und|et|y|e|og|och|en|i)) $/;
/** A list separator right after a run. */
export const COORD_AFTER = /^(?:,|,? (?:and|or|&|und|et|y|e|og|och|en|i)) /;

/**
 * Second pass over the runs no rule took: a run that repeats a word of a name found elsewhere in
 * the text (`Valida spent a year … assistant to Valida M. Ibragimov`), or that stands in a list
 * right next to a found name (`Park and Mann`, `They had 6: Gaetane, Hannah, Anthony`), is a name
 * too (0.7). Lists are followed up to three steps away from a found name. The heading, field-label
 * and "the" tests apply as for any run.
 */
function withPending(text: string, hits: NameHit[], pending: readonly Pending[], lexicon: NameLexicon | undefined, memo: LineMemo): NameHit[] {
  const tokens = new Set<string>();
  const addTokens = (h: NameHit): void => {
    for (const w of text.slice(h.start, h.end).split(' ')) {
      const lw = w.replace(POSSESSIVE, '').replace(TRAILING_DOT, '').toLowerCase();
      if (lw.length >= 3 && !COMMON_WORDS_SET.has(lw) && lexicon?.ambiguous.has(lw) !== true && !LEADING_NON_NAMES.has(lw)) tokens.add(lw);
    }
  };
  for (const h of hits) addTokens(h);
  const byStart = new Map(hits.map((h) => [h.start, h]));
  const byEnd = new Map(hits.map((h) => [h.end, h]));
  const out = [...hits];
  const done = new Uint8Array(pending.length);
  for (let pass = 0; pass < 3; pass++) {
    let added = false;
    for (let k = 0; k < pending.length; k++) {
      if (done[k] === 1) continue;
      const p = pending[k] as Pending;
      // Cheap tests first (most pending runs are sentence-initial words with no name nearby).
      let near = false;
      for (let d = 2; d <= 8 && !near; d++) near = byEnd.has(p.start - d) || byStart.has(p.end + d);
      if (!near) {
        const sp = text.indexOf(' ', p.start);
        const firstWord = text.slice(p.start, sp < 0 || sp > p.end ? p.end : sp).toLowerCase().replace(POSSESSIVE, '');
        if (!tokens.has(firstWord)) continue;
      }
      const cb = near ? COORD_BEFORE.exec(text.slice(Math.max(0, p.start - 8), p.start)) : null;
      const ca = near ? COORD_AFTER.exec(text.slice(p.end, p.end + 8)) : null;
      const prev = cb === null ? undefined : byEnd.get(p.start - cb[0].length);
      const next = ca === null ? undefined : byStart.get(p.end + ca[0].length);
      // A list neighbour vouches when it is a confident name, or when names stand on both sides.
      const listed = (prev !== undefined && next !== undefined) || (prev?.confidence ?? 0) >= 0.75 || (next?.confidence ?? 0) >= 0.75;
      // A repeat: every word of the run is a word of a found name (`Valida`, `Ibragimov`), not `Icahn Capital Management`.
      const pw = text.slice(p.start, p.end).toLowerCase().split(' ');
      if (!listed && !pw.every((w) => tokens.has(w.replace(POSSESSIVE, '')))) continue;
      if (pw.length === 1 && NAME_SUFFIXES.has(pw[0] as string)) continue;
      done[k] = 1;
      const after = text.slice(p.end, p.end + 24);
      if (isHeadingLine(text, p.start, memo) || (LABEL_AFTER.test(after) && LABEL_BEFORE.test(text.slice(Math.max(0, p.runStart - 8), p.runStart)))) continue;
      if (text.slice(Math.max(0, p.start - 4), p.start).toLowerCase() === 'the ') continue;
      const h = { start: p.start, end: p.end, confidence: 0.7 };
      out.push(h);
      byStart.set(h.start, h);
      byEnd.set(h.end, h);
      added = true;
    }
    if (!added) break;
  }
  return out.length === hits.length ? hits : out.sort((x, y) => x.start - y.start);
}

/** Generational and degree suffixes written after a name and a comma (`Robert Hale, Jr.`). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'dds', 'cpa']);

/** A trailing dot (an initial's). */
const TRAILING_DOT = /\.$/;

/**
 * Where a capitalised word or an initial can start: an upper-case ASCII letter or any non-ASCII
 * code unit (a word starting with a lower-case ASCII letter is neither). Global, used only inside
 * the synchronous {@link findNames}, which sets `lastIndex` first.
 */
const RUN_START_CANDIDATE = /[A-Z\u0080-\uffff]/g;

/** The code point before `p` is in NAME_WORD's look-behind class (`p` > 0). */
function gluedBefore(text: string, p: number): boolean {
  let q = p - 1;
  const c = text.charCodeAt(q);
  if (c < 128) return (asciiClass(c) & GLUE) !== 0;
  if (c >= 0xdc00 && c <= 0xdfff && q > 0) {
    const h = text.charCodeAt(q - 1);
    if (h >= 0xd800 && h <= 0xdbff) q--;
  }
  return testAt(GLUE_AT, text, q);
}

/** {@link INNER_CAPITAL} with a loop for ASCII words. */
function hasInnerCapital(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 128) return INNER_CAPITAL.test(w);
  if (w.startsWith('Mc') || w.startsWith('Mac') || w.startsWith("O'") || w.startsWith('O’') || w.startsWith("D'") || w.startsWith('D’')) return false;
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return INNER_CAPITAL.test(w);
    if ((c >= 97 && c <= 122) || c === 39 || c === 45) continue;
    return c >= 65 && c <= 90;
  }
  return false;
}

function scoreRun(text: string, run: readonly Word[], lexicon: NameLexicon | undefined, hits: NameHit[], memo: LineMemo, pending: Pending[]): void {
  // Strip leading greetings, titles and function words; a title is a strong cue.
  let a = 0;
  let titled = false;
  while (a < run.length) {
    const w = run[a] as Word;
    if (a + 1 < run.length && HONORIFICS.has(w.lower)) {
      titled = true;
      a++;
    } else if (a + 1 < run.length && LEADING_NON_NAMES.has(w.lower)) a++;
    else break;
  }
  let b = run.length - 1;
  // Trailing function words and initials cannot end a name (`Maya And`, `Maya G`): drop them.
  while (b > a && (LEADING_NON_NAMES.has((run[b] as Word).lower) || UNIT_WORDS.has((run[b] as Word).lower) || (run[b] as Word).initial)) b--;
  // The name is run[a..b] (at least one word: `a` stops before the last word, `b` at `a`).
  const words = b - a + 1;
  const first = run[a] as Word;
  const last = run[b] as Word;
  if (!first.cap || (first.initial && words === 1)) return;
  let caps = 0;
  let nonInitialCaps = 0;
  for (let k = a; k <= b; k++) {
    const w = run[k] as Word;
    if (NON_NAME_WORDS.has(w.lower) || hasInnerCapital(w.text)) return;
    if (w.cap) caps++;
    if (w.cap && !w.initial) nonInitialCaps++;
  }
  if (words === 1 && (LEADING_NON_NAMES.has(first.lower) || HONORIFICS.has(first.lower))) return;
  // Words in all capitals are acronyms; a name run is at most four name words.
  if (caps > 4) return;

  // The confidence first, from the cheap facts (the lists, the cues, the position); the tests that
  // can only reject a run (heading, field label, "the") run only for a run that would be kept.
  // Every test is pure, so the order does not change the answer.
  const firstListed = lexicon?.first.has(first.lower) === true;
  // `ambiguous` only ever matters next to `firstListed`.
  const ambiguous = firstListed && (lexicon?.ambiguous.has(first.lower) === true || COMMON_WORDS_SET.has(first.lower));
  const lastListed = words > 1 && lexicon?.last.has(last.lower) === true;
  const cw = cueWordsIfAny(text, first.start);
  // No cue, no title and no listed word: every rule below needs one of them (with the lists loaded).
  if (cw === NO_CUE && !titled && lexicon !== undefined && !(firstListed && !ambiguous) && !lastListed) {
    if (words <= 3) pending.push({ start: first.start, end: last.end, runStart: (run[0] as Word).start });
    return;
  }
  const runStart = (run[0] as Word).start;
  const after = text.slice(last.end, last.end + 24);
  const cueStrong = titled || hasCue(STRONG_CUES, cw) || (hasCue(GREETINGS, cw) && ADDRESSED_AFTER.test(after) && words <= 3);
  let cueWeakMemo: boolean | undefined;
  const cueWeak = (): boolean => (cueWeakMemo ??= hasCue(WEAK_CUES, cw) || AFTER_CUE.test(after));
  let atStartMemo: boolean | undefined;
  const atStart = (): boolean => (atStartMemo ??= SENTENCE_START.test(text.slice(Math.max(0, runStart - 4), runStart)));
  // A run that is a whole line (a signature, a letter head, a "Name:" field value on its own line).
  const lineAlone = (): boolean => LINE_START.test(text.slice(Math.max(0, runStart - 2), runStart)) && LINE_END.test(text.slice(last.end, last.end + 2));

  const multi = nonInitialCaps >= 2;
  const common = lexicon?.common.has(first.lower) === true;
  const personCue = hasCue(PERSON_NOUNS, cw);
  let confidence = 0;
  if (cueStrong) confidence = 0.9;
  else if (personCue && (multi || (firstListed && !ambiguous) || lastListed || lexicon === undefined)) confidence = 0.85;
  else if (firstListed && !ambiguous && multi && (common || lastListed)) confidence = 0.85;
  else if (multi && lastListed && firstListed) confidence = 0.85;
  // A weak cue ("by", "ask", "with", "said") needs a listed word too: title-case phrases follow such words as often as names.
  else if (((firstListed && !ambiguous) || lastListed) && cueWeak()) confidence = 0.8;
  // …a single word only right after the cue word (`says Joly.`, not `says, White.` or `said "Oh …`).
  else if (words <= 3 && hasCue(MEDIUM_CUES, cw) && (multi || DIRECTLY_AFTER_WORD.test(text.slice(Math.max(0, first.start - 2), first.start)))) confidence = 0.75;
  else if (multi && lexicon === undefined && cueWeak()) confidence = 0.7;
  else if (multi && words <= 4 && ((firstListed && !ambiguous) || lastListed) && lineAlone()) confidence = 0.75;
  else if (firstListed && !ambiguous && multi && !atStart()) confidence = 0.7;
  else if (firstListed && !ambiguous && words === 1) confidence = common ? (atStart() ? 0.6 : 0.7) : atStart() ? 0 : 0.6;
  else if (words === 1 && lexicon === undefined && cueWeak() && !atStart()) confidence = 0.6;
  if (confidence < 0.6) {
    if (words <= 3) pending.push({ start: first.start, end: last.end, runStart });
    return;
  }

  // Headings and field labels are written in title case: `## Date Range`, `- Test Case:`, `**Tech Stack**`.
  if (!cueStrong && (isHeadingLine(text, first.start, memo) || (LABEL_AFTER.test(after) && LABEL_BEFORE.test(text.slice(Math.max(0, runStart - 8), runStart))))) return;
  if (!cueStrong && text.slice(Math.max(0, first.start - 4), first.start).toLowerCase() === 'the ') return;
  hits.push({ start: first.start, end: last.end, confidence });
}

const COMMON_WORDS_SET: ReadonlySet<string> = new Set(COMMON_WORD_NAMES);
