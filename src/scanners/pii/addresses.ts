/**
 * @module scanners/pii/addresses — street addresses by their anatomy rather than a list of places:
 * a street-type word (`Street`, `Ave.`, `Straße`, `rue`, `Via`, `ul.`, `-katu`…) with a house
 * number on the side the local convention puts it, then an optional unit (`Apt. 4B`), city, state
 * and postcode. P.O. boxes too. Candidate regexes are bounded and linear; the assembly is code.
 * Every address holds a number, so text without digits returns at once and the street-type words
 * are searched only in windows around the digits ({@link eachMatchNearDigits}).
 */

/** One address found; offsets into the searched text. */
export interface AddressHit {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/**
 * Street types written AFTER the street name, with the house number before the name (US, UK,
 * Australian, Irish style: `221B Baker Street`, `1600 Pennsylvania Ave NW`).
 */
export const STREET_TYPE_AFTER =
  /(?<![\p{L}\p{M}])(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|crescent|cres|close|way|place|pl|terrace|ter|parkway|pkwy|circle|cir|square|sq|highway|hwy|trail|trl|alley|row|walk|grove|gardens|gdns|mews|hill|park|plaza|loop|pike|path|pass|point|run|view|wharf|quay|esplanade|embankment|broadway|gate|gata|gatan|vei|veien|vegen|vej|gade|straße|strasse|str|weg|allee|platz|gasse|utca|u|út|útja|tér|köz|körút|krt|rkp)(?![\p{L}\p{M}\p{N}])\.?/iu;

/**
 * Street types written BEFORE the name, with the house number after it (continental Europe and
 * Latin America: `Via Carlo Cattaneo 130`, `rue de la Paix 12`, `ul. Karpacka 69`, `Calle Mayor 3`).
 */
export const STREET_TYPE_BEFORE =
  /(?<![\p{L}\p{M}])(?:rue|avenue|av\.|bd|boulevard|cours|chemin|allée|impasse|quai|place|calle|c\/|avenida|avda\.?|paseo|plaza|camino|carrera|carretera|ronda|travesía|via|viale|piazza|piazzale|corso|largo|vicolo|strada|rua|travessa|praça|alameda|estrada|ul\.|ulica|al\.|aleja|os\.|osiedle|pl\.|plac|ulice|nám\.|náměstí|třída|utca|út|tér|str\.|strada|bulevardul|odos|οδός|λ\.|λεωφ\.|leof\.)(?![\p{L}\p{M}])/iu;

/**
 * A street name that carries its type as a suffix, followed by the house number (German, Dutch,
 * Nordic and Baltic style: `Hauptstraße 5`, `Keizersgracht 123`, `Koskikatu 25`, `Storgatan 1`).
 * Capitalised word of at least four letters ending in one of the suffixes, then a number.
 */
export const STREET_SUFFIX_NUMBER =
  /(?<![\p{L}\p{M}])[\p{Lu}][\p{L}\p{M}-]{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|chaussee|straat|laan|gracht|plein|kade|singel|dreef|katu|tie|kuja|polku|gatan|gata|vägen|väg|gränd|torget|veien|vegen|gate|gaten|vej|gade|torv|iela|gatvė|prospekt|utca|stræti|stræti|vegur|braut)\s{1,2}\d{1,5}[a-zA-Z]?(?![\p{L}\p{N}])/u;

/** A house number: 1–6 digits, optional letter or `-12` range (`221B`, `12-14`). */
export const HOUSE_NUMBER = /^\d{1,6}(?:[A-Za-z]|-\d{1,4})?$/;

/** `P.O. Box 1234`, `PO Box 12`, `Postfach 12 34`, `Apartado 5`, `BP 12`. */
export const PO_BOX = /(?<![\p{L}\p{M}])(?:p\.?\s?o\.?\s?box|post\s?office\s?box|postfach|apartado(?: postal)?|casilla|boîte postale|bp)\s{1,2}\d{1,6}(?:\s\d{1,4})?(?![\p{L}\p{N}])/iu;

/** A unit after the street: `Apt. 4B`, `Suite 200`, `Unit 7`, `#12`, `Floor 3`, `Apartment 9`. */
export const UNIT = /^,?\s{1,2}(?:(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|no|nr|box)(?:\.\s{0,2}|\s{1,2})#?|#\s{0,2})(?:\d[\dA-Za-z-]{0,5}|[A-Za-z](?:-?\d{1,4})?)(?![\p{L}\p{N}])/iu;

/**
 * After the street (and unit): `, City, ST 12345`, `, City ST 12345-6789`, `\nCity, ST 12345`,
 * `, London SW1A 1AA`, `, 75001 Paris`. One to three capitalised city words.
 */
export const CITY_STATE_ZIP =
  /^(?:,\s{0,2}|\s{0,2}\n\s{0,2})(?:(?:\d{4,5}\s)?[\p{Lu}][\p{L}\p{M}'-]{1,24}(?:\s[\p{Lu}][\p{L}\p{M}'-]{1,24}){0,2})(?:,?\s{1,2}[A-Z]{2})?(?:,?\s{1,2}(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4}))?(?![\p{L}\p{N}])/u;

/** A city part backed by a postcode (anywhere in it) or ending in a state code. */
export const CITY_BACKED = /\d{4,5}|(?<![A-Za-z])[A-Z]{2}$|\d[A-Z]{2}$/;

/** A number and one space right before an address (a building number before the street's own). */
export const LEADING_NUMBER = /(?<![\p{L}\p{N}.,-])\d{1,6} $/u;

/** A unit right before an address (`Apt. 722 `, `Suite 541 `). */
export const UNIT_BEFORE = /(?<![\p{L}\p{N}])(?:apt|apartment|suite|ste|unit|flat)\.?\s#?[\dA-Za-z][\dA-Za-z-]{0,5} $/iu;

/** A postcode right after a postcode word: US ZIP (+4), 4–5-digit codes, UK postcodes. */
export const POSTCODE_AFTER_CUE = /\b(?:zip|zip code|zipcode|postcode|post code|postal code|plz|code postal|código postal|codice postale|postnummer|postinumero)(?:\s(?:is|was))?\s{0,2}[:#]?\s{0,2}(\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\p{L}\p{N}])/iu;
/** Cheap test before {@link POSTCODE_AFTER_CUE}. */
export const POSTCODE_CUE_PRECHECK = /zip|post|plz|código|codice/i;
const POSTCODE_AFTER_CUE_G = globalOf(POSTCODE_AFTER_CUE);

/** A house number right after a street type (`gate 232`). */
export const NUMBER_AFTER = /^\s{1,2}\d{1,5}[a-zA-Z]?(?![\p{L}\p{N}])/u;

/** Type-first words that may also take the number before them (`40 rue Victor Hugo`); not English words. */
const NUMBER_BEFORE_TYPES = new Set(['rue', 'cours', 'chemin', 'allée', 'impasse', 'quai', 'boulevard', 'calle', 'avenida', 'rua', 'ulica', 'ul.']);

/** Street-type abbreviations that may carry a dot. */
const ABBREVIATED_TYPES = new Set(['st', 'ave', 'av', 'rd', 'blvd', 'ln', 'dr', 'ct', 'cres', 'pl', 'ter', 'pkwy', 'cir', 'sq', 'hwy', 'trl', 'gdns', 'str', 'u', 'krt', 'rkp']);

/** Type words that count only with their abbreviation dot (`Király u. 15.`: a bare `u` is a letter). */
const DOT_REQUIRED_TYPES = new Set(['u', 'krt', 'rkp']);

/** Street types that take the house number after them (Nordic and German spellings written as a separate word). */
const NUMBER_AFTER_TYPES = new Set(['gate', 'gata', 'gatan', 'vei', 'veien', 'vegen', 'vej', 'gade', 'straße', 'strasse', 'str', 'str.', 'weg', 'allee', 'platz', 'gasse', 'utca', 'u.', 'út', 'útja', 'tér', 'köz', 'körút', 'krt.', 'rkp.']);

/** Words (any script) between a house number and a street type. */
const STREET_WORD = /^[\p{L}\p{M}\d][\p{L}\p{M}\d.'’-]{0,30}$/u;

/** Directional or ordinal words allowed in the street name (`N`, `NW`, `1st`). */
const NAME_PART_LOWER_OK = new Set(['de', 'del', 'della', 'delle', 'dei', 'degli', 'dal', 'dalla', 'la', 'le', 'les', 'el', 'al', 'of', 'the', 'di', 'da', 'do', 'das', 'van', 'von', 'der', 'den', 'het', 'ter', 'ten', 'des', 'du', 'dos', 'y', 'e', 'z', 'nad', 'pod']);

function globalOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
}

/**
 * Global copies, compiled once. Each use sets `lastIndex` first and runs synchronously, so sharing
 * them is safe.
 */
const AFTER_G = globalOf(STREET_TYPE_AFTER);
const BEFORE_G = globalOf(STREET_TYPE_BEFORE);
const SUFFIX_G = globalOf(STREET_SUFFIX_NUMBER);
const PO_BOX_G = globalOf(PO_BOX);
/** White space (the end of the street word of a suffix match). */
const WHITE_SPACE = /\s/;
/** An ASCII digit (global: `lastIndex` is set before each use). */
const DIGIT_G = /\d/g;

/**
 * Spans of `text` that hold all its ASCII digits, as `[start, end)` pairs in one flat array: the
 * digit runs, or, when there are more than one per 32 characters (a table, hostile input), the
 * whole text as one span, since windows around so many runs would cover it anyway.
 *
 * @example
 * ```ts
 * digitRuns('a 12 b 3'); // [2, 4, 7, 8]
 * ```
 */
export function digitRuns(text: string): number[] {
  const runs: number[] = [];
  const n = text.length;
  const most = Math.max(256, n >> 5);
  // The regex skips to a run (fast on text with few digits); a loop finds its end without a substring.
  DIGIT_G.lastIndex = 0;
  for (let d = DIGIT_G.exec(text); d !== null; d = DIGIT_G.exec(text)) {
    if (runs.length >= 2 * most) return [0, n];
    let end = d.index + 1;
    while (end < n && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    runs.push(d.index, end);
    DIGIT_G.lastIndex = end;
  }
  return runs;
}

/** Where {@link eachMatchNearDigits} looks: match starts from `lead` characters before a digit to `trail` after it. */
export interface DigitWindow {
  readonly lead: number;
  readonly trail: number;
  /** More than the pattern reads from a match start (the match and its look-ahead). */
  readonly reach: number;
}

/**
 * Visits, in order, the matches of the global pattern `re` that start inside the windows (sorted
 * `[lo, hi]` pairs, inclusive, in one flat array), with the retry rule of a plain scan: `visit`
 * returns false to reject a match and the search goes on one character after its start, else after
 * its end. These are the matches a scan of the whole text visits inside the windows, provided that
 * skipping the matches outside them does not move where that scan resumes inside them: true when
 * every match starts inside a window, when those outside are rejected anyway (a rejection moves
 * the search one character on), or when matches never start inside one another. A window is
 * searched on the text cut `reach` characters past it, which a pattern that reads less than
 * `reach` characters from a start cannot tell from the whole text. Windows less than `reach`
 * apart are searched as one, so the cost stays linear in the text length.
 *
 * @internal
 */
export function eachMatchInWindows(re: RegExp, text: string, windows: readonly number[], reach: number, visit: (m: RegExpExecArray) => boolean): void {
  let from = 0;
  for (let k = 0; k < windows.length; ) {
    const lo = windows[k] as number;
    let hi = windows[k + 1] as number;
    k += 2;
    while (k < windows.length && (windows[k] as number) <= hi + reach) {
      hi = Math.max(hi, windows[k + 1] as number);
      k += 2;
    }
    from = searchWindow(re, text, Math.max(from, lo), hi, reach, visit);
  }
}

/** One (merged) window of {@link eachMatchInWindows}; returns where the search goes on. */
function searchWindow(re: RegExp, text: string, lo: number, hi: number, reach: number, visit: (m: RegExpExecArray) => boolean): number {
  if (lo > hi) return lo;
  const cut = hi + reach;
  const window = cut < text.length ? text.slice(0, cut) : text;
  let at = lo;
  while (at <= hi) {
    re.lastIndex = at;
    const m = re.exec(window);
    if (m === null || m.index > hi) break;
    at = !visit(m) || m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
  }
  return at;
}

/**
 * {@link eachMatchInWindows} on the windows around the digit runs of `text` (`runs`, from
 * {@link digitRuns}, or any spans that hold every digit): match starts from `win.lead` characters
 * before a run's first digit to `win.trail` after its last. Shared by the address finder and the
 * digit-bearing recognisers of `entities.ts`.
 *
 * @internal
 */
export function eachMatchNearDigits(re: RegExp, text: string, runs: readonly number[], win: DigitWindow, visit: (m: RegExpExecArray) => boolean): void {
  let from = 0;
  for (let k = 0; k < runs.length; ) {
    const lo = (runs[k] as number) - win.lead;
    let hi = (runs[k + 1] as number) - 1 + win.trail;
    k += 2;
    while (k < runs.length && (runs[k] as number) - win.lead <= hi + win.reach) {
      hi = Math.max(hi, (runs[k + 1] as number) - 1 + win.trail);
      k += 2;
    }
    from = searchWindow(re, text, Math.max(from, lo), hi, win.reach, visit);
  }
}

/*
 * The windows of the three street-type searches. Their matches are whole words (a street type, or
 * a P.O.-box phrase and its number) that cannot start inside one another, so a search from any
 * position finds the same ones, and only a match near a digit can become an address:
 * - number first: the house number is in the 80 characters before the type word (a match starts
 *   at most 80 after a digit), or, written after it, starts within 14 characters of its start;
 * - type first: the number is in the 80 characters after the type word (at most 11 long), or
 *   right before it (`40 rue Victor Hugo`: the type starts at most 10 characters after the digits);
 * - P.O. box: the number starts at most 17 characters after the phrase starts.
 * A match reads at most 13 characters (type words) or 29 (P.O.-box phrases) from its start.
 */
const AFTER_WINDOW: DigitWindow = { lead: 24, trail: 80, reach: 32 };
const BEFORE_WINDOW: DigitWindow = { lead: 96, trail: 10, reach: 32 };
const PO_BOX_WINDOW: DigitWindow = { lead: 24, trail: 0, reach: 48 };

/**
 * US military addresses: `PSC 1437, Box 3833` or `Unit 0822 Box 8858` or a ship (`USNS Møller`),
 * then optionally `APO|FPO|DPO AA|AE|AP 12345` on the same or the next line; a ship only with that
 * line.
 */
export const MILITARY =
  /(?<![\p{L}\p{N}])(?:(?:psc|cmr|unit)\s\d{1,5},?\s(?:box)\s\d{1,5}(?:,?\s{1,3}[adf]po\sa[aep]\s\d{5})?|(?:usns|uss|usnv|uscgc)\s[\p{L}\p{M}'’-]{2,30},?\s{1,3}[adf]po\sa[aep]\s\d{5})(?![\p{L}\p{N}])/iu;
/** Cheap test before {@link MILITARY}: a military post-office code or a PSC/CMR/Unit box. */
export const MILITARY_PRECHECK = /\b(?:[adf]po\sa[aep]|psc\s\d|cmr\s\d|unit\s\d{1,5},?\sbox)/i;
const MILITARY_G = globalOf(MILITARY);

/**
 * Words before a `<Name> <number>` candidate that make it an address: "address", "lives at",
 * "located at", "send … to", "ship to", "corner of", "meet … at" (tested on the 64 characters before it).
 */
export const ADDRESS_CUE =
  /(?:\baddress(?:es)?(?:\s(?:is|was|are|to|at|with|as|on)\b|\s{0,4}[:=-])[^.?!]{0,48}|\b(?:lives?|living|resides?|residing|located|situated|based|stays?|staying)\s(?:at|on)\s|\b(?:ship|send|deliver|mail|post|return|forward|move[ds]?|moving)\b[^\n.?!]{0,30}\bto\s|\bcorner of\s|\b(?:stop|meet|drop|pick)\b[^\n.?!]{0,20}\b(?:at|on)\s)$/i;
/** What may come before a lower-case street on its line: a quoting prefix and a building number. */
export const LINE_HEAD = /^[ \t>?*•-]{0,6}(?:\d{1,6} )?$/;

/** First words of `<Name> <number>` that are counters, products and versions, not streets. */
const NOT_STREET_NAME = new Set([
  'chapter', 'section', 'step', 'page', 'pages', 'figure', 'fig', 'table', 'version', 'v', 'windows', 'python', 'java', 'iphone', 'ios', 'android', 'level', 'part', 'season', 'episode',
  'room', 'apt', 'suite', 'unit', 'box', 'no', 'nr', 'top', 'phase', 'day', 'days', 'week', 'weeks', 'year', 'years', 'grade', 'class', 'round', 'stage', 'vol', 'volume', 'issue', 'item',
  'line', 'row', 'column', 'test', 'case', 'question', 'task', 'exercise', 'problem', 'lesson', 'module', 'number', 'flight', 'gate', 'platform', 'terminal', 'floor', 'the', 'a', 'an',
  'in', 'on', 'at', 'of', 'and', 'or', 'to', 'from', 'for', 'with', 'by', 'is', 'was', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'i', 'we', 'you', 'he', 'she', 'they', 'it',
  'me', 'us', 'him', 'them', 'law', 'act', 'article', 'iso', 'rfc', 'en', 'din', 'pci', 'owasp', 'cwe', 'cve', 'es', 'ecmascript', 'node', 'react', 'vue', 'angular', 'next.js', 'postgresql',
  'mysql', 'ubuntu', 'debian', 'macos', 'office', 'xbox', 'playstation', 'galaxy', 'pixel', 'model', 'gpt', 'llama', 'claude', 'gemini', 'mistral', 'qwen', 'phi', 'tier', 'plan', 'pack',
]);

/** A postcode inside an address tail. */
const POSTCODE_IN = /\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}/;
/** A trailing dot. */
const TRAILING_DOT = /\.$/;

/** A word of a `<Name> <number>` street: letters of any script, marks, dots, apostrophes, hyphens. */
const NAME_STREET_WORD = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]{0,30}$/u;
/** Starts with an upper-case letter, or with a letter of a script without case. */
const STARTS_UPPER_OR_UNCASED = /^(?:\p{Lu}|\p{Lo})/u;

/** Step 5 of {@link findAddresses} for the digit run `[a, b)`. */
function nameNumberStreet(text: string, a: number, b: number): AddressHit | undefined {
  if (b - a > 5 || a < 2 || text.charCodeAt(a - 1) !== 32) return undefined;
  // The number: optional letter, then the end of the token (a dot, comma or line end may follow).
  let end = b;
  const c = text.charCodeAt(end);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) end++;
  const after = text.charCodeAt(end);
  if (end < text.length && !(after === 32 || after === 10 || after === 13 || after === 44 || after === 46 || after === 59 || after === 63 || after === 33 || after === 41)) return undefined;
  if (after === 46 && end + 1 < text.length && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57) return undefined;
  // Words before it, joined by single spaces, on the same line.
  const back = text.slice(Math.max(0, a - 1 - 72), a - 1);
  const parts = back.split(' ');
  let words = 0;
  let start = -1;
  let lower = false;
  let pos = a - 1;
  for (let k = parts.length - 1; k >= 0 && words < 4; k--) {
    const p = parts[k] as string;
    const nl = p.lastIndexOf('\n');
    const w = nl >= 0 ? p.slice(nl + 1) : p;
    if (w.length === 0 || !NAME_STREET_WORD.test(w)) break;
    const upper = STARTS_UPPER_OR_UNCASED.test(w);
    const particle = !upper && NAME_PART_LOWER_OK.has(w.toLowerCase());
    // A lower-case word (`reykjarhóli 70`, typed all in lower case) only on a postal-block line.
    if (!upper && !particle && (NOT_STREET_NAME.has(w.toLowerCase()) || words >= 2)) break;
    pos -= w.length;
    if (!particle) start = pos;
    if (!upper && !particle) lower = true;
    words++;
    if (nl >= 0) break;
    pos -= 1;
  }
  if (start < 0) return undefined;
  // No counter, product or version word anywhere in it (`OWASP Top 10`, `Law No. 6502`).
  for (const w of text.slice(start, a - 1).split(' ')) {
    const lw = w.toLowerCase().replace(TRAILING_DOT, '');
    if (NOT_STREET_NAME.has(lw) && !NAME_PART_LOWER_OK.has(lw)) return undefined;
  }
  // Evidence after the number: a unit, a postcode, or the lines of a postal block (a bare `, City`
  // or a capitalised word after a comma is a list, not an address: `ISO 27001, PCI DSS`).
  const full = extend(text, end);
  const evidence = full > end && (UNIT.test(text.slice(end, end + 24)) || POSTCODE_IN.test(text.slice(end, full)) || text.slice(end, full).includes('\n'));
  if (!evidence && full > end) return ADDRESS_CUE.test(text.slice(Math.max(0, start - 64), start).replace(LEADING_NUMBER, '')) ? { start, end: full, confidence: 0.8 } : undefined;
  if (lower) {
    // Lower case: only the first word of a line (after a building number), above a unit or postcode line.
    const head = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    return full > end && LINE_HEAD.test(head) ? { start, end: full, confidence: 0.8 } : undefined;
  }
  const cued = ADDRESS_CUE.test(text.slice(Math.max(0, start - 64), start).replace(LEADING_NUMBER, ''));
  if (full === end && !cued) return undefined;
  return { start, end: full, confidence: full > end ? 0.85 : 0.8 };
}

/** Extend an address end over a unit and then city/state/postcode, then over the lines of a postal block, bounded. */
function extend(text: string, end: number): number {
  let e = end;
  for (let k = 0; k < 2; k++) {
    const u = UNIT.exec(text.slice(e, e + 24));
    if (u === null) break;
    e += u[0].length;
  }
  const c = CITY_STATE_ZIP.exec(text.slice(e, e + 80));
  // Only take a city when a state code or a postcode backs it (`, Springfield` alone could be a clause).
  if (c !== null && CITY_BACKED.test(c[0])) e += c[0].length;
  return extendBlock(text, e);
}

/** A line of a postal block under the street: a unit (`Apt. 4B`, `Suite 300`, `Box 12`). */
export const BLOCK_UNIT_LINE = /^(?:apt\.?|apartment|suite|ste\.?|unit|flat|floor|fl\.?|room|rm\.?|box|#)\s{0,2}#?[\dA-Za-z][\dA-Za-z-]{0,5}$/iu;
/** …a line holding a postcode (`Italy 95787`, `SPÅNGA 123 45`, `Tartu TA 56325`, `SW1A 1AA`, `ASKER nan 1386`). */
export const BLOCK_POSTCODE_LINE = /^(?:[\p{L}\p{M}().'’-]{1,30}[ ,]{1,2}){0,4}(?:\d{4,5}(?:-\d{4})?|\d{3} \d{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/u;
/** …or a place-name line (`Montafia`, `BASHALL TOWN`, `Soto del Barco`, `ΑΣΚΕΙΑ (ΑΣΣΕΙΑ)`, `Tartu TA`): letters only, at most five words. */
export const BLOCK_PLACE_LINE = /^[\p{Lu}(][\p{L}\p{M}().'’-]{0,30}(?:[ ,]{1,2}[\p{L}\p{M}().'’-]{1,30}){0,4}$/u;
/** A quoting or bullet prefix of a block line (`> `, `??? `, indentation). */
const BLOCK_PREFIX = /^[ \t>?*•-]{0,6}/;

/**
 * The lines after a street line that belong to its postal block: units, place names and a postcode
 * line, as written on an envelope. A place-name line is taken only when a unit or postcode line
 * follows it in the block (a capitalised line after an address may be anything); at most five
 * lines and one blank line, each at most 48 characters.
 */
function extendBlock(text: string, end: number): number {
  let e = end;
  let at = end;
  let lines = 0;
  let blank = 0;
  while (lines < 5) {
    const c = text.charCodeAt(at);
    let next: number;
    if (c === 10) next = at + 1;
    else if (c === 13 && text.charCodeAt(at + 1) === 10) next = at + 2;
    else break;
    const le = text.indexOf('\n', next);
    const lineEnd = le < 0 ? text.length : le;
    if (lineEnd - next > 48) break;
    const raw = text.slice(next, lineEnd).replace(/\r$/, '');
    const lead = BLOCK_PREFIX.exec(raw)?.[0].length ?? 0;
    const line = raw.slice(lead).trimEnd();
    if (line.length === 0) {
      if (++blank > 1) break;
      at = lineEnd;
      continue;
    }
    lines++;
    if (BLOCK_UNIT_LINE.test(line) || BLOCK_POSTCODE_LINE.test(line)) e = next + lead + line.length;
    else if (!BLOCK_PLACE_LINE.test(line) || NON_PLACE_LINE.has(line.toLowerCase())) break;
    at = lineEnd;
  }
  return e;
}

/** Capitalised lines that follow addresses in letters and are never part of them. */
const NON_PLACE_LINE = new Set(['thanks', 'thank you', 'regards', 'best', 'best regards', 'kind regards', 'cheers', 'sincerely', 'yours', 'yours sincerely', 'hi', 'hello', 'dear']);

/**
 * English words that end in the German `-ring` suffix (`During 1971`, `Engineering 101`, `Spring
 * 2024`): a vowel before `ring` is an English `-ing` form (German ring roads double the r:
 * `Kaiserring`), and `string`/`spring` are words.
 */
function isEnglishRing(word: string): boolean {
  const w = word.toLowerCase();
  if (!w.endsWith('ring')) return false;
  if (w.endsWith('string') || w.endsWith('spring')) return true;
  return 'aeiouy'.includes(w.charAt(w.length - 5));
}

/**
 * Street addresses in `text`, with confidences: 0.85 for a house number + name + street type
 * (either order) with a unit or postcode after it, 0.75 without; 0.8 for a P.O. box. `runs` are
 * the text's {@link digitRuns}, when the caller has them already.
 *
 * @example
 * ```ts
 * findAddresses('Ship it to 742 Evergreen Terrace, Springfield, OR 97403.');
 * // [{ start: 11, end: 55, confidence: 0.85 }]
 * ```
 */
export function findAddresses(text: string, runs: readonly number[] = digitRuns(text)): AddressHit[] {
  const hits: AddressHit[] = [];
  // Every address holds a house number or postbox number, and the street-type words are searched
  // only near digits (see AFTER_WINDOW and eachMatchNearDigits).
  if (runs.length === 0) return hits;
  // 1. Number first: `<number> <1–4 words> <type>`.
  eachMatchNearDigits(AFTER_G, text, runs, AFTER_WINDOW, (m) => {
    const typeStart = m.index;
    if (DOT_REQUIRED_TYPES.has(m[0].toLowerCase())) return true;
    // The dot belongs to an abbreviation (`St.`, `Ave.`), not to a full word ending a sentence.
    const dotted = m[0].endsWith('.') && !ABBREVIATED_TYPES.has(m[0].slice(0, -1).toLowerCase());
    const typeEnd = m.index + m[0].length - (dotted ? 1 : 0);
    // `St.`/`Dr.` are also Saint/Doctor: only as a type when capitalised and followed by a separator.
    const back = text.slice(Math.max(0, typeStart - 80), typeStart);
    const parts = back.split(' ');
    parts.pop(); // the empty string after the last space (type word follows a space)
    if (!back.endsWith(' ')) return true;
    let words = 0;
    let named = false;
    let start = -1;
    let firstWord = -1;
    let pos = typeStart - 1;
    for (let k = parts.length - 1; k >= 0 && words <= 5; k--) {
      const p = parts[k] as string;
      pos -= p.length;
      if (HOUSE_NUMBER.test(p) && words >= 1) {
        // At least one name word that is not a particle (`4n the str4ng` is no street).
        if (named) start = pos;
        break;
      }
      if (!STREET_WORD.test(p) || p.includes('\n')) break;
      if (!/^[\p{Lu}\d]/u.test(p) && !NAME_PART_LOWER_OK.has(p.toLowerCase())) break;
      if (!NAME_PART_LOWER_OK.has(p.toLowerCase())) named = true;
      words++;
      firstWord = pos;
      pos -= 1;
    }
    let typeEnd2 = typeEnd;
    if (start < 0) {
      // No number before: `Trenerys gate 232`, `Baker Street 5` (number after the type).
      const num = NUMBER_AFTER.exec(text.slice(typeEnd, typeEnd + 10));
      if (num === null || firstWord < 0 || !NUMBER_AFTER_TYPES.has(m[0].toLowerCase())) return true;
      start = firstWord;
      typeEnd2 = typeEnd + num[0].length;
    }
    const end = extend(text, typeEnd2);
    hits.push({ start, end, confidence: end > typeEnd2 ? 0.85 : 0.75 });
    return true;
  });
  // 2. Type first: `<type> <1–4 words> <number>`.
  eachMatchNearDigits(BEFORE_G, text, runs, BEFORE_WINDOW, (m) => {
    const tail0 = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const nl = tail0.indexOf('\n');
    const parts = (nl < 0 ? tail0 : tail0.slice(0, nl)).split(' ');
    let off = m.index + m[0].length;
    let words = 0;
    let end = -1;
    // End of the first name word with punctuation after it (`rue Descartes,`): where a street
    // whose number came first ends.
    let stop = -1;
    for (let k = 0; k < parts.length && words <= 5; k++) {
      const p = parts[k] as string;
      if (k === 0 && p === '') {
        off += 1;
        continue;
      }
      const clean = p.replace(/[,.;:]$/, '');
      if (HOUSE_NUMBER.test(clean) && words >= 1) {
        end = off + clean.length;
        break;
      }
      if (!STREET_WORD.test(clean) || p.includes('\n')) break;
      if (!/^[\p{Lu}\d]/u.test(clean) && !NAME_PART_LOWER_OK.has(clean.toLowerCase())) break;
      words++;
      if (stop < 0 && clean.length < p.length) stop = off + clean.length;
      off += p.length + 1;
    }
    let start = m.index;
    if (end < 0) {
      // French and Maghreb style: the number before the type word (`40 rue Victor Hugo`).
      const lead = LEADING_NUMBER.exec(text.slice(Math.max(0, m.index - 8), m.index));
      if (lead === null || words === 0 || !NUMBER_BEFORE_TYPES.has(m[0].toLowerCase())) return true;
      start = m.index - lead[0].length;
      end = stop >= 0 ? stop : off - 1;
    }
    const full = extend(text, end);
    hits.push({ start, end: full, confidence: full > end ? 0.85 : 0.75 });
    return true;
  });
  // 3. Suffix streets: `Hauptstraße 5`, and a house number written before them (`5586 Koskikatu 25`).
  const suffix = SUFFIX_G;
  suffix.lastIndex = 0;
  for (let m = suffix.exec(text); m !== null; m = suffix.exec(text)) {
    if (isEnglishRing(m[0].slice(0, m[0].search(WHITE_SPACE)))) continue;
    let start = m.index;
    const lead = /(\d{1,6})\s$/.exec(text.slice(Math.max(0, start - 8), start));
    if (lead !== null) start -= lead[0].length;
    const end0 = m.index + m[0].length;
    const end = extend(text, end0);
    hits.push({ start, end, confidence: end > end0 ? 0.85 : 0.75 });
  }
  // 4. P.O. boxes.
  eachMatchNearDigits(PO_BOX_G, text, runs, PO_BOX_WINDOW, (m) => {
    const end0 = m.index + m[0].length;
    hits.push({ start: m.index, end: extend(text, end0), confidence: 0.8 });
    return true;
  });
  // 5. `<Name> <number>` streets with no type word (`Školní 645`, `Edeby 55`, `Joaquin Suarez 2906`):
  // only after an address cue ("lives at", "address:", "send it to") or above a unit or postcode line.
  for (let k = 0; k < runs.length; k += 2) {
    const h = nameNumberStreet(text, runs[k] as number, runs[k + 1] as number);
    if (h !== undefined) hits.push(h);
  }
  // 6. US military mail: `PSC 1437, Box 3833`, `Unit 0822 Box 8858`, `USNS Møller` + `FPO AE 12382`.
  if (MILITARY_PRECHECK.test(text)) {
    const mil = MILITARY_G;
    mil.lastIndex = 0;
    for (let m = mil.exec(text); m !== null; m = mil.exec(text)) {
      const end0 = m.index + m[0].length;
      hits.push({ start: m.index, end: extendBlock(text, end0), confidence: 0.85 });
    }
  }
  // A building number written before the street's own number (`935 69 Gordon Terrace`, `96 ul. Posejdona 90`).
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as AddressHit;
    let start = h.start;
    // …and a unit written before the street (`Suite 541 6343 Skogstien 106`, one-line label style).
    let unit = UNIT_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    if (unit === null) {
      const lead = LEADING_NUMBER.exec(text.slice(Math.max(0, start - 8), start));
      if (lead !== null) start -= lead[0].length;
      unit = UNIT_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    }
    if (unit !== null) start -= unit[0].length;
    if (start !== h.start) hits[k] = { ...h, start };
  }
  // 7. A postcode after a postcode word ("my zip code is 40645", "PLZ: 10115").
  if (POSTCODE_CUE_PRECHECK.test(text)) {
    const re = POSTCODE_AFTER_CUE_G;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const code = m[1] as string;
      hits.push({ start: m.index + m[0].length - code.length, end: m.index + m[0].length, confidence: 0.75 });
    }
  }
  // A street type inside a longer address (`Harbor View Dr`) yields a shorter hit too: keep the longest.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: AddressHit[] = [];
  for (const h of hits) if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
