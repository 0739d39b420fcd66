/**
 * @module scanners/pii/addresses — street addresses by their anatomy rather than a list of places:
 * a street-type word (`Street`, `Ave.`, `Straße`, `rue`, `Via`, `ul.`, `-katu`…) with a house
 * number on the side the local convention puts it, then an optional unit (`Apt. 4B`), city, state
 * and postcode. P.O. boxes too. Candidate regexes are bounded and linear; the assembly is code.
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
 * (either order) with a unit or postcode after it, 0.75 without; 0.8 for a P.O. box.
 *
 * @example
 * ```ts
 * findAddresses('Ship it to 742 Evergreen Terrace, Springfield, OR 97403.');
 * // [{ start: 11, end: 55, confidence: 0.85 }]
 * ```
 */
export function findAddresses(text: string): AddressHit[] {
  const hits: AddressHit[] = [];
  if (!/\d/.test(text)) return hits;
  // 1. Number first: `<number> <1–4 words> <type>`.
  const after = globalOf(STREET_TYPE_AFTER);
  for (let m = after.exec(text); m !== null; m = after.exec(text)) {
    const typeStart = m.index;
    // The dot belongs to an abbreviation (`St.`, `Ave.`), not to a full word ending a sentence.
    const dotted = m[0].endsWith('.') && !ABBREVIATED_TYPES.has(m[0].slice(0, -1).toLowerCase());
    const typeEnd = m.index + m[0].length - (dotted ? 1 : 0);
    // `St.`/`Dr.` are also Saint/Doctor: only as a type when capitalised and followed by a separator.
    const back = text.slice(Math.max(0, typeStart - 80), typeStart);
    const parts = back.split(' ');
    parts.pop(); // the empty string after the last space (type word follows a space)
    if (!back.endsWith(' ')) continue;
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
      if (num === null || firstWord < 0 || !NUMBER_AFTER_TYPES.has(m[0].toLowerCase())) continue;
      start = firstWord;
      typeEnd2 = typeEnd + num[0].length;
    }
    const end = extend(text, typeEnd2);
    hits.push({ start, end, confidence: end > typeEnd2 ? 0.85 : 0.75 });
  }
  // 2. Type first: `<type> <1–4 words> <number>`.
  const beforeRe = globalOf(STREET_TYPE_BEFORE);
  for (let m = beforeRe.exec(text); m !== null; m = beforeRe.exec(text)) {
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
    if (end < 0) continue;
    const full = extend(text, end);
    hits.push({ start: m.index, end: full, confidence: full > end ? 0.85 : 0.75 });
  }
  // 3. Suffix streets: `Hauptstraße 5`, and a house number written before them (`5586 Koskikatu 25`).
  const suffix = globalOf(STREET_SUFFIX_NUMBER);
  for (let m = suffix.exec(text); m !== null; m = suffix.exec(text)) {
    let start = m.index;
    const lead = /(\d{1,6})\s$/.exec(text.slice(Math.max(0, start - 8), start));
    if (lead !== null) start -= lead[0].length;
    const end0 = m.index + m[0].length;
    const end = extend(text, end0);
    hits.push({ start, end, confidence: end > end0 ? 0.85 : 0.75 });
  }
  // 4. P.O. boxes.
  const box = globalOf(PO_BOX);
  for (let m = box.exec(text); m !== null; m = box.exec(text)) {
    const end0 = m.index + m[0].length;
    hits.push({ start: m.index, end: extend(text, end0), confidence: 0.8 });
  }
  // A street type inside a longer address (`Harbor View Dr`) yields a shorter hit too: keep the longest.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: AddressHit[] = [];
  for (const h of hits) if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
