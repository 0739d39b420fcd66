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
  /(?<![\p{L}\p{M}])(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|crescent|cres|close|way|place|pl|terrace|ter|parkway|pkwy|circle|cir|square|sq|highway|hwy|trail|trl|alley|row|walk|grove|gardens|gdns|mews|hill|park|plaza|loop|pike|path|pass|point|run|view|wharf|quay|esplanade|embankment|broadway|gate|gata|gatan|vei|veien|vegen|vej|gade|straße|strasse|weg|allee|platz|gasse)(?![\p{L}\p{M}])\.?/iu;

/**
 * Street types written BEFORE the name, with the house number after it (continental Europe and
 * Latin America: `Via Carlo Cattaneo 130`, `rue de la Paix 12`, `ul. Karpacka 69`, `Calle Mayor 3`).
 */
export const STREET_TYPE_BEFORE =
  /(?<![\p{L}\p{M}])(?:rue|avenue|av\.|bd|boulevard|chemin|allée|impasse|quai|place|calle|c\/|avenida|avda\.?|paseo|plaza|camino|carrera|carretera|ronda|travesía|via|viale|piazza|piazzale|corso|largo|vicolo|strada|rua|travessa|praça|alameda|estrada|ul\.|ulica|al\.|aleja|os\.|osiedle|pl\.|plac|ulice|nám\.|náměstí|třída|utca|út|tér|str\.|strada|bulevardul|odos|οδός|λ\.|λεωφ\.|leof\.)(?![\p{L}\p{M}])/iu;

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
export const UNIT = /^,?\s{1,2}(?:apt\.?|apartment|suite|ste\.?|unit|flat|floor|fl\.?|room|rm\.?|#|no\.?|nr\.?|box)\s{0,2}#?[\dA-Za-z][\dA-Za-z-]{0,5}(?![\p{L}\p{N}])/iu;

/**
 * After the street (and unit): `, City, ST 12345`, `, City ST 12345-6789`, `\nCity, ST 12345`,
 * `, London SW1A 1AA`, `, 75001 Paris`. One to three capitalised city words.
 */
export const CITY_STATE_ZIP =
  /^(?:,\s{0,2}|\s{0,2}\n\s{0,2})(?:(?:\d{4,5}\s)?[\p{Lu}][\p{L}\p{M}'-]{1,24}(?:\s[\p{Lu}][\p{L}\p{M}'-]{1,24}){0,2})(?:,?\s{1,2}[A-Z]{2})?(?:,?\s{1,2}(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4}))?(?![\p{L}\p{N}])/u;

/** A city part backed by a postcode (anywhere in it) or ending in a state code. */
export const CITY_BACKED = /\d{4,5}|[A-Z]{2}$|\d[A-Z]{2}$/;

/** A house number right after a street type (`gate 232`). */
export const NUMBER_AFTER = /^\s{1,2}\d{1,5}[a-zA-Z]?(?![\p{L}\p{N}])/u;

/** Street-type abbreviations that may carry a dot. */
const ABBREVIATED_TYPES = new Set(['st', 'ave', 'av', 'rd', 'blvd', 'ln', 'dr', 'ct', 'cres', 'pl', 'ter', 'pkwy', 'cir', 'sq', 'hwy', 'trl', 'gdns']);

/** Street types that take the house number after them (Nordic and German spellings written as a separate word). */
const NUMBER_AFTER_TYPES = new Set(['gate', 'gata', 'gatan', 'vei', 'veien', 'vegen', 'vej', 'gade', 'straße', 'strasse', 'weg', 'allee', 'platz', 'gasse']);

/** Words (any script) between a house number and a street type. */
const STREET_WORD = /^[\p{L}\p{M}\d][\p{L}\p{M}\d.'’-]{0,30}$/u;

/** Directional or ordinal words allowed in the street name (`N`, `NW`, `1st`). */
const NAME_PART_LOWER_OK = new Set(['de', 'del', 'la', 'le', 'of', 'the', 'di', 'da', 'van', 'von', 'der', 'des', 'du', 'dos', 'y', 'e']);

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
 * - type first: the number is in the 80 characters after the type word (at most 11 long);
 * - P.O. box: the number starts at most 17 characters after the phrase starts.
 * A match reads at most 13 characters (type words) or 29 (P.O.-box phrases) from its start.
 */
const AFTER_WINDOW: DigitWindow = { lead: 24, trail: 80, reach: 32 };
const BEFORE_WINDOW: DigitWindow = { lead: 96, trail: 0, reach: 32 };
const PO_BOX_WINDOW: DigitWindow = { lead: 24, trail: 0, reach: 48 };

/** Extend an address end over a unit and then city/state/postcode, bounded. */
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
  return e;
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
    // The dot belongs to an abbreviation (`St.`, `Ave.`), not to a full word ending a sentence.
    const dotted = m[0].endsWith('.') && !ABBREVIATED_TYPES.has(m[0].slice(0, -1).toLowerCase());
    const typeEnd = m.index + m[0].length - (dotted ? 1 : 0);
    // `St.`/`Dr.` are also Saint/Doctor: only as a type when capitalised and followed by a separator.
    const back = text.slice(Math.max(0, typeStart - 80), typeStart);
    const parts = back.split(' ');
    parts.pop(); // the empty string after the last space (type word follows a space)
    if (!back.endsWith(' ')) return true;
    let words = 0;
    let start = -1;
    let firstWord = -1;
    let pos = typeStart - 1;
    for (let k = parts.length - 1; k >= 0 && words <= 5; k--) {
      const p = parts[k] as string;
      pos -= p.length;
      if (HOUSE_NUMBER.test(p) && words >= 1) {
        start = pos;
        break;
      }
      if (!STREET_WORD.test(p) || p.includes('\n')) break;
      if (!/^[\p{Lu}\d]/u.test(p) && !NAME_PART_LOWER_OK.has(p.toLowerCase())) break;
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
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const parts = tail.split(' ');
    let off = m.index + m[0].length;
    let words = 0;
    let end = -1;
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
      off += p.length + 1;
    }
    if (end < 0) return true;
    const full = extend(text, end);
    hits.push({ start: m.index, end: full, confidence: full > end ? 0.85 : 0.75 });
    return true;
  });
  // 3. Suffix streets: `Hauptstraße 5`, and a house number written before them (`5586 Koskikatu 25`).
  const suffix = SUFFIX_G;
  suffix.lastIndex = 0;
  for (let m = suffix.exec(text); m !== null; m = suffix.exec(text)) {
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
  // A street type inside a longer address (`Harbor View Dr`) yields a shorter hit too: keep the longest.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: AddressHit[] = [];
  for (const h of hits) if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
