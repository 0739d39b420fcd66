/**
 * @module scanners/pii/entities — the PII recognisers shared by the PII scanners: one table of
 * bounded, linear-time candidate patterns, each paired with a validator (checksum, range, parser)
 * and a canonical key so that one value written two ways is recognised as the same value.
 *
 * Fast path: a pattern runs only where it could match, with the same matches visited in the same
 * order as a scan of the whole text. Text without a digit skips every digit-bearing pattern (and
 * the passport, birth-date, address and phone searches); digit-bearing patterns run only on short
 * windows before each digit run ({@link Recognizer.nearDigit}); e-mail runs only around each `@`
 * ({@link Anchor}); UUIDs and dotted MAC addresses first check their separators for hex groups
 * ({@link Recognizer.precheck}).
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { createTextView } from '../../text/view.js';
import { digitRuns, eachMatchInWindows, eachMatchNearDigits, findAddresses, type DigitWindow } from './addresses.js';
import { findNames, HAS_CAPITALISED, loadedNameLexicon, loadNameLexicon, type NameLexicon } from './names.js';
import {
  isBase58CheckAddress,
  isCardNumber,
  isDeTaxId,
  luhnValid,
  isEsDniOrNie,
  isFrNir,
  isPlausibleBirthDate,
  isPrivateIpv4,
  isPrivateIpv6,
  isSegwitAddress,
  isUkNino,
  isValidSsn,
  parseIpv4,
  parseIpv6,
} from './validators.js';

/**
 * Entity labels, also the kind used in placeholders (`[REDACTED_CREDIT_CARD_1]`).
 *
 * @example
 * ```ts
 * ENTITY_LABELS.includes('EMAIL'); // true
 * ```
 */
export const ENTITY_LABELS = [
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'IP_ADDRESS',
  'UUID',
  'CRYPTO_WALLET',
  'PERSON',
  'STREET_ADDRESS',
  'DATE_OF_BIRTH',
  'PASSPORT',
  'MAC_ADDRESS',
  'UK_NINO',
  'DE_TAX_ID',
  'FR_NIR',
  'ES_NIF',
  'URL_CREDENTIALS',
] as const;

/** One of {@link ENTITY_LABELS}. */
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/**
 * How sure a validated match of each kind is to be real personal data. Checksummed kinds (card:
 * Luhn + network prefix; IBAN: mod-97 + country length; wallet: 32-bit checksum) are almost never
 * accidental, so 0.95. An email shape is unambiguous but may be a role address (0.9). A phone that
 * libphonenumber validates can still be an id that happens to fit a numbering plan (0.8). Dotted
 * quads are also section numbers and versions (0.7). UUIDs identify records more often than people
 * (0.6, still above the 0.5 threshold because they often are user ids). Some recognisers lower or
 * raise these per match (context words, shape); see each one.
 *
 * @example
 * ```ts
 * ENTITY_CONFIDENCE.CREDIT_CARD; // 0.95
 * ```
 */
export const ENTITY_CONFIDENCE: Readonly<Record<EntityLabel, number>> = Object.freeze({
  EMAIL: 0.9,
  PHONE: 0.8,
  CREDIT_CARD: 0.95,
  IBAN: 0.95,
  US_SSN: 0.95,
  IP_ADDRESS: 0.7,
  UUID: 0.6,
  CRYPTO_WALLET: 0.95,
  PERSON: 0.85,
  STREET_ADDRESS: 0.8,
  DATE_OF_BIRTH: 0.85,
  PASSPORT: 0.85,
  MAC_ADDRESS: 0.8,
  UK_NINO: 0.85,
  DE_TAX_ID: 0.9,
  FR_NIR: 0.9,
  ES_NIF: 0.85,
  URL_CREDENTIALS: 0.95,
});

// ---------------------------------------------------------------------------------------------
// Patterns. Every one is bounded (no unbounded quantifier next to an overlapping one), anchored by
// look-behinds that stop a match from starting inside a longer token, and used through a fresh
// global copy (see `eachMatch`), so the exported objects are never mutated.

/**
 * Email: RFC 5322-ish dot-atom local part (atoms ≤ 64 characters) and a host of 1–8 DNS labels
 * plus an alphabetic TLD. The look-behind lets a local part start only where a run of local-part
 * characters starts, which keeps the search linear and makes the match the whole address or nothing;
 * a leading apostrophe (a quoted address, `'ana@example.org'`) is trimmed by the recogniser.
 */
export const EMAIL = /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9_%+'-]{1,64}(?:\.[A-Za-z0-9_%+'-]{1,64}){0,8}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/;

/**
 * Card candidate: 13–19 digits, optionally grouped by single spaces or dashes, not glued to other
 * digits, words, decimals or dashes (so `12.4111…`, `ID4111…` and `4111…-22` do not start one).
 */
export const CARD_CANDIDATE = /(?<![\w.,/+-])\d(?:[ -]?\d){11,18}(?![\w-]|[.,]\d)/;

/**
 * Words that make a Luhn-valid run a card even without a known network prefix (and a 12-digit run a
 * card at all), checked in the 40 characters before it.
 */
export const CARD_CONTEXT = /\b(?:card|cards|credit|debit|visa|mastercard|amex|maestro|cc|kreditkarte|karte|carte|tarjeta|carta|cartão)\b/i;

/** A card number group separator. */
export const CARD_SEPARATOR = /[ -]/;

/** IBAN candidate: upper-case country code, two check digits, 11–30 more characters, optional single spaces. */
export const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/;

/** US SSN written `AAA-GG-SSSS`. */
export const SSN_DASHED = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/;

/** US SSN written as nine digits or `AAA GG SSSS`: only counted next to a context word ({@link SSN_CONTEXT}). */
export const SSN_COMPACT = /(?<![\w-])\d{3} ?\d{2} ?\d{4}(?![\w-])/;

/** Words that make a bare nine-digit number an SSN (checked in the 40 characters before it). */
export const SSN_CONTEXT = /\b(?:ssn|ss#|ss no|social security|soc\.? ?sec)/i;

/** Dotted quad not inside a longer dotted number (`v1.2.3.4.5`) nor glued to a word. */
export const IPV4_CANDIDATE = /(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)/;

/** Words right before a dotted quad that make it a version or section number, not an address. */
export const IPV4_NOT_ADDRESS_CONTEXT = /(?:\bv|\bver\.?|\bversion|\brelease|\bbuild|\bsection|\bsec\.|§|\bchapter|\bstep|\bclause|\brule|\bpart)\s{0,2}$/i;

/**
 * IPv6 candidate: an optional leading group, a colon, then up to 44 hex/colon/dot characters. Only
 * a cheap net: {@link parseIpv6} decides.
 */
export const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4})?:[0-9A-Fa-f:.]{1,44}/;

/** UUID, any version, 8-4-4-4-12 hex digits. */
export const UUID = /(?<![0-9A-Za-z-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z-])/;

/** Legacy Bitcoin address candidate (P2PKH `1…`, P2SH `3…`), base58 alphabet; checksum decides. */
export const BTC_BASE58 = /(?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])/;

/** Segwit address candidate (`bc1…`, `tb1…`), bech32 alphabet; checksum decides. */
export const BTC_BECH32 = /(?<![0-9A-Za-z])(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![0-9A-Za-z])/;

/** Ethereum (EVM) address: `0x` and 40 hex digits as a whole word. */
export const ETH_ADDRESS = /(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])/;

/** Words that make a `0x…` value a wallet rather than some other 160-bit hex constant. */
export const WALLET_CONTEXT = /\b(?:wallet|eth|ether|ethereum|address|addr|send|pay|payment|deposit|withdraw|metamask|usdt|usdc|crypto)\b/i;

/**
 * Phone candidate for libphonenumber: optional `+`, optional `(area)`, then up to eight digit groups
 * separated by one or two of space / dot / dash or by a parenthesised group. Each repetition must
 * start with a separator, so there is one way to match any string.
 */
export const PHONE_CANDIDATE = /(?<![\w+.\-/])(?:\+ ?)?(?:\(\d{1,5}\) ?)?\d{1,15}(?:(?:[ .-]{1,2}| ?\(\d{1,5}\) ?)\d{1,15}){0,7}(?:(?:x|ext\.? ?|extension ?)\d{1,6})?(?!\w)/;

/**
 * North American shape used as a fallback when no `defaultCountry` is set (and for numbers the
 * metadata rejects, such as the 555-01xx range used in examples): `(NPA) NXX-XXXX`, `NPA-NXX-XXXX`,
 * `NPA.NXX.XXXX`, `NPA NXX XXXX`, optionally after `1` or `+1`.
 */
export const PHONE_NANP = /(?<![\w+.\-/])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?:(?:x|ext\.? ?|extension ?)\d{1,6})?(?!\w|[.-]\d)/;

/** Words that make a phone-shaped number a phone (checked in the 40 characters before it). */
export const PHONE_CONTEXT =
  /(?:\b(?:phone|phones|tel|tél|telephone|téléphone|telefon|telefonnummer|teléfono|telefono|telefoon|tlf|puhelin|mobile|mob|cell|cellphone|cellulare|celular|móvil|portable|handy|call|calls|called|calling|text me|texts|fax|desk|landline|hotline|helpline|voicemail|contact|reach|whatsapp|viber|signal|sms|dial|ring)\b|☎|📞)/i;

/**
 * Words that make a grouped number a phone but are too loose for a bare digit run (message ids,
 * ticket numbers): "stop receiving messages to 0172 …", "send a text to …".
 */
export const PHONE_CONTEXT_LOOSE = /\b(?:messages?|texts?|texting)\b/i;

/**
 * Phone-label words right before a bare digit run ("Fax: 9498777106", "Tel 0301234567"): the run
 * is taken without grouping only this close to one (checked in the 16 characters before it).
 */
export const PHONE_LABEL = /(?:\b(?:phone|tel|tél|telephone|téléphone|telefon|teléfono|telefono|mobile|mob|cell|fax|desk|landline|whatsapp|sms|call me|text me)\b|☎|📞)[\s.:#-]{0,4}$/i;

/** An extension written after a number (`x4587`, `ext. 12`): stripped before shape checks. */
export const PHONE_EXTENSION = /(?:x|ext\.? ?|extension ?)\d{1,6}$/;

/**
 * A candidate that starts with a date shape (`2024-01-15`, `15.01.2024`); {@link isDatePrefix}
 * checks that the parts are a real year, month and day before calling it a date.
 */
export const DATE_PREFIX = /^(?:(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})|(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4}))(?!\d)/;

/** A dotted-quad shaped candidate: an IP address or version, never a phone. */
export const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Any non-digit (global: used with `replace` only). */
export const NON_DIGITS = /\D/g;
/** Any digit (global: used with `replace` only). */
export const DIGITS = /\d/g;
/** Any non-hex character (global: used with `replace` only). */
export const NON_HEX = /[^0-9A-Fa-f]/g;
/** IPv6 group separators. */
export const IPV6_SEPARATORS = /[:.]/;
/** Contains a decimal digit. */
export const HAS_DIGIT = /\d/;
/** Wallet kinds whose case carries no information (bech32, EVM hex). */
export const CASELESS_WALLET = /^(?:bc1|tb1|0x)/i;
/** A leading North American trunk prefix (`1`, `+1`, `1-`). */
export const NANP_TRUNK = /^\+?1[ .-]?/;
/** `NPA-NXX-XXXX` with dashes. */
export const NANP_DASHED = /^\d{3}-\d{3}-\d{4}$/;
/** A run of non-digits (splits a phone candidate into digit groups). */
export const NON_DIGIT_RUN = /\D+/;
/** Phone grouping characters. */
export const PHONE_GROUPING = /[ .()-]/;

/** MAC address: six hex pairs joined by one kind of separator (`:` or `-`), not inside a longer run. */
export const MAC_ADDRESS = /(?<![0-9A-Fa-f:.-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f:-]|\.[0-9A-Fa-f])/;

/** MAC address in Cisco's dotted form (`0011.2233.4455`). */
export const MAC_DOTTED = /(?<![0-9A-Fa-f.:])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f:]|\.[0-9A-Fa-f])/;

/** UK National Insurance number: two letters, three digit pairs, suffix A–D, spaces optional. */
export const UK_NINO = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/;

/** Words that back a NINO. */
export const NINO_CONTEXT = /\b(?:national insurance|ni number|ni no|nino|nin)\b/i;

/** German tax id candidate: 11 digits, optionally grouped 2-3-3-3 by single spaces. */
export const DE_TAX_ID_CANDIDATE = /(?<![\d.,/-])[1-9]\d(?: ?\d{3}){3}(?![\d/-]|[.,]\d)/;

/** Words that make eleven digits a German tax id (checked in the 60 characters before). */
export const DE_TAX_CONTEXT = /(?:steuer|idnr|identifikationsnummer|\btax ?id\b|\btin\b|tax identification)/i;

/** French NIR candidate: 15 characters grouped 1-2-2-2-3-3-2 by optional single spaces (2A/2B for Corsica). */
export const FR_NIR_CANDIDATE = /(?<![\dA-Za-z])[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\dA-Za-z])/;

/** Words that back a NIR. */
export const FR_NIR_CONTEXT = /(?:sécurité sociale|securite sociale|sécu\b|\bnir\b|insee|social security|carte vitale)/i;

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), an optional dash or space before the letter. */
export const ES_NIF_CANDIDATE = /(?<![\dA-Za-z-])(?:\d{8}|[XYZ]-?\d{7})[ -]?[A-Z](?![A-Za-z0-9])/;

/** Words that back a DNI/NIE. */
export const ES_NIF_CONTEXT = /\b(?:dni|nie|nif|documento|identidad|id card)\b/i;

/** Words that make the next 6–9 character code a passport number. */
export const PASSPORT_CONTEXT = /\b(?:passport|passports|reisepass|passeport|pasaporte|passaporto|paspoort|paszport|pass-nr)\b/i;

/** A passport-number-shaped code: 6–9 upper-case letters and digits (at least two digits checked in code). */
export const PASSPORT_CANDIDATE = /(?<![A-Za-z0-9-])[A-Z0-9]{6,9}(?![A-Za-z0-9-])/;

/** Words that make the next date a date of birth. */
export const DOB_CONTEXT = /(?:\bborn\b|\bbirth|\bdob\b|\bd\.o\.b\b|\bbirthday|\bbirthdate|\bgeboren|\bgeburtsdatum|\bgeb\.|\bnée?\b|\bnacid[oa]\b|\bnacimiento|\bnat[oa] il\b|\bnascita|\bnaissance)/i;

/**
 * Date candidate (numeric or with an English month name). Day and month order are resolved in code:
 * `2024-01-15`, `15.01.1984`, `01/15/1984`, `March 5, 1984`, `5th of March 1984`.
 */
export const DATE_CANDIDATE =
  /(?<![\d/.-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,? \d{4})(?![\d/-]|\.\d)/i;

/** Month names (three-letter prefixes) for {@link DATE_CANDIDATE}. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A run of digits (global: used with `match` only). */
export const DIGIT_RUNS = /\d+/g;

/**
 * URL with credentials in its userinfo (`scheme://user:password@host`): the match ends at `@`; the
 * recogniser redacts `user:password` and keeps the scheme and host.
 */
export const URL_USERINFO = /(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/?#"'<>]{1,128}:[^\s@/?#"'<>]{1,128}@/;

/** Punctuation ignored when comparing names and addresses (global: used with `replace` only). */
export const KEY_PUNCTUATION = /[.,;:'’"()]/g;
/** Runs of white space (global: used with `replace` only). */
export const KEY_SPACES = /\s+/g;

/** Separators removed from ids before validation (global: used with `replace` only). */
export const ID_SEPARATORS = /[\s-]/g;

// ---------------------------------------------------------------------------------------------

/** One recognised entity. Offsets are into the text that was searched. */
export interface EntityMatch {
  readonly label: EntityLabel;
  readonly start: number;
  readonly end: number;
  /** The matched text, as written. */
  readonly text: string;
  /** Canonical form used to compare values (see {@link entityKey}). */
  readonly key: string;
  /** 0..1, see {@link ENTITY_CONFIDENCE}. */
  readonly confidence: number;
}

/** Options of {@link findEntities}. */
export interface FindEntitiesOptions {
  /** Labels to look for (default all). */
  readonly entities?: readonly EntityLabel[];
  /** ISO 3166-1 alpha-2 region for numbers written without `+` (default none: international format plus the North American fallback). */
  readonly defaultCountry?: string;
  /** Leave private, loopback and link-local IP addresses alone (default false). */
  readonly keepPrivateIps?: boolean;
  /** Use the name lists for PERSON (default true); false: cues only, and the lists are never loaded. */
  readonly nameLists?: boolean;
}

/** The part of libphonenumber-js this module uses. */
export type PhoneLib = Pick<typeof import('libphonenumber-js/max'), 'parsePhoneNumberFromString'>;

/** A pattern recogniser: a candidate regex and what to make of each candidate. */
export interface Recognizer {
  readonly label: EntityLabel;
  readonly pattern: RegExp;
  /**
   * Validate a candidate; return the confidence and (optionally narrowed) span, or undefined to
   * reject it. A rejected candidate is retried one character later, so that a failed long match
   * cannot hide a real entity inside it.
   */
  readonly accept: (text: string, m: RegExpExecArray, opts: FindEntitiesOptions) => { start: number; end: number; confidence: number } | undefined;
  /** A substring every match contains: the pattern is not run on text without it (a cheap prefilter). */
  readonly needs?: string;
  /** Every match (or every accepted one) contains a digit: not run on text without one. */
  readonly needsDigit?: boolean;
  /**
   * A cheap necessary condition on the whole text (a scan of the `needs` characters, say): when it
   * is false no match of the pattern can exist, so the pattern is not run.
   */
  readonly precheck?: (text: string) => boolean;
  /** Every match holds this anchor (see {@link Anchor}): the pattern is run only around it. */
  readonly anchor?: Anchor;
  /**
   * Every match that can be accepted has an ASCII digit at most `lead` characters after its start,
   * and the pattern reads fewer than `reach` characters from a start: it is run only on the
   * windows before digits (see `eachMatchNearDigits`).
   */
  readonly nearDigit?: DigitWindow;
}

/** {@link Recognizer.nearDigit} for a pattern whose matches have a digit within `lead` characters of their start. */
function digitAt(lead: number, reach: number): DigitWindow {
  return { lead, trail: 0, reach };
}

/**
 * A character every match of a pattern holds, with bounds that let the pattern run on a short
 * window around each occurrence instead of over the whole text (see {@link eachAnchoredMatch}).
 */
export interface Anchor {
  /** The anchor character; a match holds the first one at or after its start. */
  readonly char: string;
  /** A match starts at most this many characters before its anchor… */
  readonly before: number;
  /** …inside the run of characters accepted by `lead` that ends at the anchor… */
  readonly lead: (code: number) => boolean;
  /** …and the pattern reads fewer than this many characters from the anchor on (look-aheads included). */
  readonly after: number;
}

function before(text: string, start: number, n = 40): string {
  return text.slice(Math.max(0, start - n), start);
}

const whole = (m: RegExpExecArray, confidence: number): { start: number; end: number; confidence: number } => ({ start: m.index, end: m.index + m[0].length, confidence });

function acceptEmail(_text: string, m: RegExpExecArray): { start: number; end: number; confidence: number } | undefined {
  let lead = 0;
  while (m[0][lead] === "'") lead++;
  if (m[0][lead] === '@' || m[0][lead] === '.') return undefined;
  return { start: m.index + lead, end: m.index + m[0].length, confidence: ENTITY_CONFIDENCE.EMAIL };
}

function groupingOk(s: string): boolean {
  const seps = s.replace(DIGITS, '');
  if (seps.length === 0) return true;
  const sep = seps[0] ?? ' ';
  if (seps !== sep.repeat(seps.length)) return false;
  const groups = s.split(sep);
  return groups.length <= 5 && (groups[0] ?? '').length === 4 && groups.every((g) => g.length >= 3 && g.length <= 6);
}

function plausibleCard(s: string): boolean {
  const seps = s.replace(DIGITS, '');
  if (seps.length > 0) {
    // People group card numbers 4-4-4-4(-3), 4-6-5 or 4-6-4, with one kind of separator; other
    // groupings of a Luhn-valid run are more likely lists of numbers.
    const sep = seps[0] ?? ' ';
    if (seps !== sep.repeat(seps.length)) return false;
    const groups = s.split(sep);
    if (groups.length > 5 || (groups[0] ?? '').length !== 4 || !groups.every((g) => g.length >= 3 && g.length <= 6)) return false;
  }
  return isCardNumber(s.replace(NON_DIGITS, ''));
}

function acceptCard(text: string, m: RegExpExecArray): { start: number; end: number; confidence: number } | undefined {
  // The candidate may run on into a following number ("4111111111111111 123" with a CVV): drop
  // trailing separated groups until what is left is a card.
  const s = m[0];
  const context = CARD_CONTEXT.test(before(text, m.index));
  // Every grouped prefix shares the first group; a first group other than four digits can only
  // work ungrouped, which needs 13 digits before the first separator.
  const firstSep = s.search(CARD_SEPARATOR);
  if (firstSep >= 0 && firstSep !== 4 && firstSep < 13) return undefined;
  let end = s.length;
  for (let tries = 0; tries < 8 && end >= 12; tries++) {
    const part = s.slice(0, end);
    const digits = part.replace(NON_DIGITS, '');
    // Twelve digits are ids and phone numbers as often as Maestro cards: only next to a card word.
    if (digits.length >= 13 || context) {
      if (plausibleCard(part)) return { start: m.index, end: m.index + end, confidence: ENTITY_CONFIDENCE.CREDIT_CARD };
      // A card word and a Luhn-valid run of card length: a card of a network we do not list.
      if (context && digits.length >= 12 && groupingOk(part) && luhnValid(digits)) return { start: m.index, end: m.index + end, confidence: 0.9 };
    }
    const cut = Math.max(s.lastIndexOf(' ', end - 1), s.lastIndexOf('-', end - 1));
    if (cut <= 0) break;
    end = cut;
  }
  return undefined;
}

function acceptIban(_text: string, m: RegExpExecArray): { start: number; end: number; confidence: number } | undefined {
  // The candidate may have swallowed a following upper-case word ("… 0130 00 OK"); drop trailing
  // space-separated groups until the rest validates.
  const s = m[0];
  let end = s.length;
  for (let tries = 0; tries < 10 && end >= 15; tries++) {
    const candidate = s.slice(0, end);
    const electronic = electronicFormatIBAN(candidate);
    if (electronic !== null && isValidIBAN(electronic)) return { start: m.index, end: m.index + end, confidence: ENTITY_CONFIDENCE.IBAN };
    const sp = candidate.lastIndexOf(' ');
    if (sp < 0) break;
    end = sp;
  }
  return undefined;
}

function acceptIpv4(text: string, m: RegExpExecArray, opts: FindEntitiesOptions): { start: number; end: number; confidence: number } | undefined {
  const octets = parseIpv4(m[0]);
  if (octets === undefined) return undefined;
  if (IPV4_NOT_ADDRESS_CONTEXT.test(before(text, m.index, 16))) return undefined;
  if (opts.keepPrivateIps === true && isPrivateIpv4(octets)) return undefined;
  return whole(m, ENTITY_CONFIDENCE.IP_ADDRESS);
}

function acceptIpv6(text: string, m: RegExpExecArray, opts: FindEntitiesOptions): { start: number; end: number; confidence: number } | undefined {
  let s = m[0];
  // Sentence punctuation after an address: "… at 2001:db8::7." / "2001:db8::7: down".
  while (s.endsWith('.')) s = s.slice(0, -1);
  if (s.endsWith(':') && !s.endsWith('::')) s = s.slice(0, -1);
  // Glued to a word ("2001:db8::1g"): not an address. Stripped punctuation ends the word anyway.
  if (s.length === m[0].length && isWordCode(text.charCodeAt(m.index + s.length))) return undefined;
  const groups = parseIpv6(s);
  if (groups === undefined) return undefined;
  // Code such as `a[1::2]`, `std::x` or `Cafe::Beef` parses as IPv6 too: ask for at least two
  // written groups, five hex digits and one decimal digit.
  const written = s.split(IPV6_SEPARATORS).filter((g) => g.length > 0);
  const hexDigits = s.replace(NON_HEX, '').length;
  if (written.length < 2 || hexDigits < 5 || !HAS_DIGIT.test(s)) return undefined;
  if (opts.keepPrivateIps === true && isPrivateIpv6(groups)) return undefined;
  return { start: m.index, end: m.index + s.length, confidence: ENTITY_CONFIDENCE.IP_ADDRESS };
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function acceptEth(text: string, m: RegExpExecArray): { start: number; end: number; confidence: number } | undefined {
  const hex = m[0].slice(2);
  // EIP-55 checksums need Keccak-256, which we do not ship; mixed case is the checksummed style
  // and a context word is the other tell. A bare lower-case 0x+40 hex is still most likely an
  // address, so it is redacted, at lower confidence.
  const mixed = hex !== hex.toLowerCase() && hex !== hex.toUpperCase();
  const confidence = mixed || WALLET_CONTEXT.test(before(text, m.index, 60)) ? 0.9 : 0.75;
  return whole(m, confidence);
}

function acceptMac(_text: string, m: RegExpExecArray): { start: number; end: number; confidence: number } | undefined {
  const hex = m[0].replace(NON_HEX, '').toLowerCase();
  // All zeros and broadcast name no device.
  if (hex === '000000000000' || hex === 'ffffffffffff') return undefined;
  return whole(m, ENTITY_CONFIDENCE.MAC_ADDRESS);
}

function withContext(re: RegExp, base: number, boosted: number, n = 40) {
  return (text: string, m: RegExpExecArray): number => (re.test(before(text, m.index, n)) ? boosted : base);
}

const ninoConfidence = withContext(NINO_CONTEXT, 0.85, 0.95);
const nirConfidence = withContext(FR_NIR_CONTEXT, 0.9, 0.95);
const nifConfidence = withContext(ES_NIF_CONTEXT, 0.85, 0.95);

function acceptUserinfo(_text: string, m: RegExpExecArray): { start: number; end: number; confidence: number } | undefined {
  const at = m[0].indexOf('://') + 3;
  return { start: m.index + at, end: m.index + m[0].length - 1, confidence: ENTITY_CONFIDENCE.URL_CREDENTIALS };
}

/**
 * Where an {@link EMAIL} can be: its local part is at most 64 + 8 × 65 = 584 characters of
 * `[A-Za-z0-9._%+'-]` (no `@`) right before the `@`, and from the `@` on it reads at most the
 * `@`, 8 labels of 63 characters and their dots, a 24-letter TLD and one look-ahead character
 * (538; 540 leaves a margin).
 */
const EMAIL_ANCHOR: Anchor = {
  char: '@',
  before: 584,
  lead: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 39 || c === 45,
  after: 540,
};

/**
 * The pattern recognisers, in priority order for equal confidence. Phones are handled apart
 * because they need libphonenumber's metadata (loaded lazily).
 *
 * @example
 * ```ts
 * RECOGNIZERS.filter((r) => r.label === 'CRYPTO_WALLET').length; // 3
 * ```
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  { label: 'EMAIL', pattern: EMAIL, accept: acceptEmail, needs: '@', anchor: EMAIL_ANCHOR },
  // `nearDigit`: how far into a match its first digit is at most, and how much the pattern reads
  // (look-arounds included, with a margin): a card starts with a digit and is at most 37
  // characters long, an IBAN's third character is a digit and it is at most 64 long, and so on.
  { label: 'CREDIT_CARD', pattern: CARD_CANDIDATE, accept: acceptCard, needsDigit: true, nearDigit: digitAt(0, 48) },
  { label: 'IBAN', pattern: IBAN_CANDIDATE, accept: acceptIban, needsDigit: true, nearDigit: digitAt(2, 80) },
  {
    label: 'US_SSN',
    pattern: SSN_DASHED,
    needs: '-',
    needsDigit: true,
    nearDigit: digitAt(0, 16),
    // A valid-range AAA-GG-SSSS is rarely anything else, but part numbers exist: 0.85 alone,
    // 0.95 with a context word.
    accept: (t, m) => (isValidSsn(m[0].replace(NON_DIGITS, '')) ? whole(m, SSN_CONTEXT.test(before(t, m.index)) ? 0.95 : 0.85) : undefined),
  },
  {
    label: 'US_SSN',
    pattern: SSN_COMPACT,
    needsDigit: true,
    nearDigit: digitAt(0, 16),
    // Nine bare digits are ids of every kind; only a context word makes them an SSN.
    accept: (t, m) => (isValidSsn(m[0].replace(NON_DIGITS, '')) && SSN_CONTEXT.test(before(t, m.index)) ? whole(m, 0.9) : undefined),
  },
  { label: 'IP_ADDRESS', pattern: IPV4_CANDIDATE, accept: acceptIpv4, needs: '.', needsDigit: true, nearDigit: digitAt(0, 24) },
  // acceptIpv6 asks for a decimal digit in the address.
  { label: 'IP_ADDRESS', pattern: IPV6_CANDIDATE, accept: acceptIpv6, needs: ':', needsDigit: true },
  { label: 'UUID', pattern: UUID, accept: (_t, m) => whole(m, ENTITY_CONFIDENCE.UUID), needs: '-', precheck: (t) => hasHexGroups(t, 45, 8, 4) },
  { label: 'CRYPTO_WALLET', pattern: BTC_BASE58, accept: (_t, m) => (isBase58CheckAddress(m[0]) ? whole(m, ENTITY_CONFIDENCE.CRYPTO_WALLET) : undefined), needsDigit: true, nearDigit: digitAt(0, 40) },
  { label: 'CRYPTO_WALLET', pattern: BTC_BECH32, accept: (_t, m) => (isSegwitAddress(m[0]) ? whole(m, ENTITY_CONFIDENCE.CRYPTO_WALLET) : undefined), needsDigit: true, nearDigit: digitAt(2, 100) },
  { label: 'CRYPTO_WALLET', pattern: ETH_ADDRESS, accept: acceptEth, needsDigit: true, nearDigit: digitAt(0, 48) },
  { label: 'MAC_ADDRESS', pattern: MAC_ADDRESS, accept: acceptMac, needsDigit: true },
  { label: 'MAC_ADDRESS', pattern: MAC_DOTTED, accept: acceptMac, needs: '.', precheck: (t) => hasHexGroups(t, 46, 4, 4) },
  { label: 'UK_NINO', pattern: UK_NINO, accept: (t, m) => (isUkNino(m[0].replace(ID_SEPARATORS, '')) ? whole(m, ninoConfidence(t, m)) : undefined), needsDigit: true, nearDigit: digitAt(3, 16) },
  // Eleven digits are too common (phones, order numbers) for a checksum that passes one time in ten: a context word is required.
  { label: 'DE_TAX_ID', pattern: DE_TAX_ID_CANDIDATE, accept: (t, m) => (isDeTaxId(m[0].replace(ID_SEPARATORS, '')) && DE_TAX_CONTEXT.test(before(t, m.index, 60)) ? whole(m, 0.9) : undefined), needsDigit: true, nearDigit: digitAt(0, 20) },
  { label: 'FR_NIR', pattern: FR_NIR_CANDIDATE, accept: (t, m) => (isFrNir(m[0].replace(ID_SEPARATORS, '')) ? whole(m, nirConfidence(t, m)) : undefined), needsDigit: true, nearDigit: digitAt(0, 32) },
  { label: 'ES_NIF', pattern: ES_NIF_CANDIDATE, accept: (t, m) => (isEsDniOrNie(m[0].replace(ID_SEPARATORS, '')) ? whole(m, nifConfidence(t, m)) : undefined), needsDigit: true, nearDigit: digitAt(2, 16) },
  { label: 'URL_CREDENTIALS', pattern: URL_USERINFO, accept: acceptUserinfo, needs: '@', precheck: (t) => t.includes('://') },
];

/**
 * Whether `text` has a separator (char code `sep`) with `before` hex digits right before it and
 * `after` hex digits then the same separator right after it: the core of a UUID (`8-4-`) or of a
 * dotted MAC address (`4.4.`). Those patterns start with a hex run that V8 tries at every hex
 * letter of ordinary words; this looks only at the separators.
 */
function hasHexGroups(text: string, sep: number, before: number, after: number): boolean {
  const ch = String.fromCharCode(sep);
  for (let i = text.indexOf(ch, before); i >= 0 && i + after + 1 < text.length; i = text.indexOf(ch, i + 1)) {
    if (text.charCodeAt(i + after + 1) !== sep) continue;
    let ok = true;
    for (let k = 1; k <= before && ok; k++) ok = isHexCode(text.charCodeAt(i - k));
    for (let k = 1; k <= after && ok; k++) ok = isHexCode(text.charCodeAt(i + k));
    if (ok) return true;
  }
  return false;
}

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Where a passport word or a birth word can lead to a hit: the code or date lies in the 40
 * characters after the word (at most 12 long), so a digit follows its start within 52 characters.
 */
const CONTEXT_BEFORE_DIGIT: DigitWindow = { lead: 64, trail: 0, reach: 32 };

/** Passport numbers: a 6–9 character code with at least two digits within 40 characters after a passport word. */
function findPassports(text: string, runs: readonly number[], out: EntityMatch[]): void {
  eachMatchNearDigits(globalCopy(PASSPORT_CONTEXT), text, runs, CONTEXT_BEFORE_DIGIT, (c) => {
    const from = c.index + c[0].length;
    const window = text.slice(from, from + 40);
    const re = globalCopy(PASSPORT_CANDIDATE);
    re.lastIndex = 0;
    for (let m = re.exec(window); m !== null; m = re.exec(window)) {
      if ((m[0].match(DIGIT_RUNS) ?? []).join('').length < 2) continue;
      const start = from + m.index;
      const s = m[0];
      out.push({ label: 'PASSPORT', start, end: start + s.length, text: s, key: entityKey('PASSPORT', s), confidence: ENTITY_CONFIDENCE.PASSPORT });
      break;
    }
    return true;
  });
}

/** Parse a date candidate into a plausible birth date; undefined when no reading of it is one. */
export function parseBirthDate(s: string): { year: number; month: number; day: number } | undefined {
  const lower = s.toLowerCase();
  const monthIdx = MONTHS.findIndex((mo) => lower.includes(mo));
  const nums = (lower.match(DIGIT_RUNS) ?? []).map(Number);
  const ok = (year: number, month: number, day: number) => (isPlausibleBirthDate(year, month, day) ? { year, month, day } : undefined);
  if (monthIdx >= 0 && nums.length === 2) {
    // `March 5, 1984` and `5th of March 1984` both list the day before the year.
    const [day = 0, year = 0] = nums;
    return ok(year, monthIdx + 1, day);
  }
  if (nums.length !== 3) return undefined;
  const [a = 0, b = 0, c = 0] = nums;
  if (a >= 1000) return ok(a, b, c);
  const year = c < 100 ? (c + 2000 > new Date().getUTCFullYear() ? 1900 + c : 2000 + c) : c;
  // Day-first (most of the world) or month-first (US): either reading will do.
  return ok(year, b, a) ?? ok(year, a, b);
}

/** Dates of birth: a plausible date within 40 characters after a birth word. */
function findBirthDates(text: string, runs: readonly number[], out: EntityMatch[]): void {
  eachMatchNearDigits(globalCopy(DOB_CONTEXT), text, runs, CONTEXT_BEFORE_DIGIT, (c) => {
    const from = c.index + c[0].length;
    const window = text.slice(from, from + 40);
    const re = globalCopy(DATE_CANDIDATE);
    re.lastIndex = 0;
    const m = re.exec(window);
    if (m !== null && parseBirthDate(m[0]) !== undefined) {
      const start = from + m.index;
      out.push({ label: 'DATE_OF_BIRTH', start, end: start + m[0].length, text: m[0], key: entityKey('DATE_OF_BIRTH', m[0]), confidence: ENTITY_CONFIDENCE.DATE_OF_BIRTH });
    }
    return true;
  });
}

/** Any ASCII digit: recognizers that need one are skipped on text without. */
export const ANY_DIGIT = /[0-9]/;

/**
 * What every {@link DATE_CANDIDATE} contains (a digit, a separator and a digit; or a four-digit
 * year): dates of birth are not looked for in text without it.
 */
export const DATE_SHAPE = /\d[-/.]\d|\d{4}/;

/**
 * The global copy of a pattern, compiled once (V8 does not cache `new RegExp` objects). Its
 * `lastIndex` is reset before each use and iteration is synchronous, so sharing it is safe.
 */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();
function globalCopy(pattern: RegExp): RegExp {
  let re = GLOBAL_COPIES.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL_COPIES.set(pattern, re);
  }
  return re;
}

/** Visit every match of `pattern` in `text` through a private global copy; `visit` returns false to retry one character later. */
function eachMatch(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => boolean): void {
  const re = globalCopy(pattern);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const accepted = visit(m);
    if (!accepted) re.lastIndex = m.index + 1;
    else if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * {@link eachMatch} for a pattern with an {@link Anchor}: the same matches, in the same order, with
 * the pattern run only near each anchor. A match holds the first anchor `a` at or after its start
 * and starts inside the lead run before `a`, so the windows from each lead run's start to its
 * anchor hold every match start (see `eachMatchInWindows`).
 */
function eachAnchoredMatch(pattern: RegExp, anchor: Anchor, text: string, visit: (m: RegExpExecArray) => boolean): void {
  const windows: number[] = [];
  // Anchors everywhere (more than one per 32 characters): their windows would cover the text.
  const most = Math.max(256, text.length >> 5);
  for (let a = text.indexOf(anchor.char); a >= 0; a = text.indexOf(anchor.char, a + 1)) {
    if (windows.length >= 2 * most) {
      eachMatch(pattern, text, visit);
      return;
    }
    // The lead run stops at the previous anchor (not a lead character), so the walks stay linear.
    let lead = a;
    while (lead > 0 && a - lead < anchor.before && anchor.lead(text.charCodeAt(lead - 1))) lead--;
    windows.push(lead, a);
  }
  eachMatchInWindows(globalCopy(pattern), text, windows, anchor.after, visit);
}

/**
 * Canonical form of a value of `label`, so that the same value written differently compares equal:
 * emails lower-cased, cards and SSNs digits only, IBANs in electronic format, IPv6 expanded, UUIDs
 * and bech32/EVM addresses lower-cased, phones in E.164 (through libphonenumber when it is loaded,
 * else `+1` + ten digits for North American shapes, else `+`/digits). The input is NFKC-normalised
 * first, so a fullwidth or zero-width-split copy of a value has the same key.
 *
 * @example
 * ```ts
 * entityKey('CREDIT_CARD', '4111 1111-1111 1111'); // '4111111111111111'
 * entityKey('EMAIL', 'Jo@Example.COM');            // 'jo@example.com'
 * ```
 */
export function entityKey(label: string, value: string, phone: { lib?: PhoneLib; defaultCountry?: string } = {}): string {
  const v = createTextView(value).normalized.trim();
  switch (label) {
    case 'EMAIL':
    case 'UUID':
      return v.toLowerCase();
    case 'CREDIT_CARD':
    case 'US_SSN':
      return v.replace(NON_DIGITS, '');
    case 'IBAN':
      return electronicFormatIBAN(v) ?? v.toUpperCase();
    case 'IP_ADDRESS': {
      const g = v.includes(':') ? parseIpv6(v) : undefined;
      return g !== undefined ? g.map((x) => x.toString(16)).join(':') : v.toLowerCase();
    }
    case 'CRYPTO_WALLET':
      return CASELESS_WALLET.test(v) ? v.toLowerCase() : v;
    case 'PHONE':
      return phoneKey(v, phone.lib, phone.defaultCountry);
    case 'PERSON':
    case 'STREET_ADDRESS':
    case 'DATE_OF_BIRTH':
      return v.toLowerCase().replace(KEY_PUNCTUATION, ' ').replace(KEY_SPACES, ' ').trim();
    case 'PASSPORT':
    case 'UK_NINO':
    case 'DE_TAX_ID':
    case 'FR_NIR':
    case 'ES_NIF':
      return v.toUpperCase().replace(ID_SEPARATORS, '');
    case 'MAC_ADDRESS':
      return v.toLowerCase().replace(NON_HEX, '');
    default:
      return v;
  }
}

function phoneKey(v: string, lib: PhoneLib | undefined, defaultCountry: string | undefined): string {
  if (lib !== undefined) {
    const p = parsePhone(lib, v, defaultCountry);
    if (p !== undefined) return p;
  }
  const digits = v.replace(NON_DIGITS, '');
  const plus = v.startsWith('+');
  if (!plus && digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1') && PHONE_NANP.test(v)) return `+${digits}`;
  return plus ? `+${digits}` : digits;
}

/** E.164 of `s` when libphonenumber says it is a valid number; never throws. */
function parsePhone(lib: PhoneLib, s: string, defaultCountry: string | undefined): string | undefined {
  try {
    const p = lib.parsePhoneNumberFromString(s, { defaultCountry: defaultCountry as never, extract: false });
    return p !== undefined && p.isValid() ? p.number : undefined;
  } catch {
    return undefined;
  }
}

interface PhoneCandidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What libphonenumber parses (`00` written as `+`). */
  readonly parse: string;
  /** A phone word right before it: kept (at 0.75) even when the metadata says the number is not valid. */
  readonly context: boolean;
  /** A shape rarely anything but a phone ({@link phoneShape}): kept (at 0.7) when the metadata says it is not valid. */
  readonly shape: boolean;
}

/**
 * A phone candidate has its first digit at most three characters in (`+ (1`), a North American
 * one at most one; the longest candidates are 2 + 8 + 15 + 7 × 24 + 16 = 209 and 35 characters.
 */
const NANP_WINDOW: DigitWindow = { lead: 3, trail: 0, reach: 48 };
const PHONE_WINDOW: DigitWindow = { lead: 4, trail: 0, reach: 240 };

/** Phones found without metadata (North American fallback) and candidates that need libphonenumber. */
function phoneCandidates(text: string, runs: readonly number[], defaultCountry: string | undefined): { fallback: EntityMatch[]; forLib: PhoneCandidate[] } {
  const fallback: EntityMatch[] = [];
  eachMatchNearDigits(globalCopy(PHONE_NANP), text, runs, NANP_WINDOW, (m) => {
    const s = m[0];
    const ctx = PHONE_CONTEXT.test(before(text, m.index));
    const core = s.replace(PHONE_EXTENSION, '');
    const body = core.replace(NON_DIGITS, '').length === 11 ? core.replace(NANP_TRUNK, '') : core;
    // `(202) 555-0143` is unmistakable; `202-555-0143` nearly so (3-3-4 dashes are rarely
    // anything else, 0.7); dotted or spaced 3-3-4 also writes ids and amounts, so those need a
    // context word. Below libphonenumber's 0.8 unless a context word backs it.
    let confidence: number;
    if (body.startsWith('(')) confidence = ENTITY_CONFIDENCE.PHONE;
    else if (NANP_DASHED.test(body)) confidence = ctx ? ENTITY_CONFIDENCE.PHONE : 0.7;
    else if (ctx) confidence = 0.7;
    else return false;
    fallback.push({ label: 'PHONE', start: m.index, end: m.index + s.length, text: s, key: phoneKey(s, undefined, undefined), confidence });
    return true;
  });
  const forLib: PhoneCandidate[] = [];
  eachMatchNearDigits(globalCopy(PHONE_CANDIDATE), text, runs, PHONE_WINDOW, (m) => {
    const s = m[0];
    const core = s.replace(PHONE_EXTENSION, '');
    const groups = core.split(NON_DIGIT_RUN).filter((g) => g.length > 0);
    let digits = 0;
    for (const g of groups) digits += g.length;
    if (digits < 7 || digits > 15 || isDatePrefix(s) || DOTTED_QUAD.test(s)) return true;
    // Numbering plans group digits in twos to fours; more than two lone digits is a list or a
    // sequence ("1 2 3 4 5 6 7"), and skipping it spares libphonenumber hostile input.
    if (groups.filter((g) => g.length === 1).length > 2) return true;
    // A phone word just before ("Mobile:", "call me on", "Fax"): numbers of any country's shape
    // count, validated or not (people write numbers the metadata does not know, or with typos).
    const head = before(text, m.index, 30);
    const context = PHONE_CONTEXT.test(head);
    const grouped = PHONE_GROUPING.test(s);
    const looseContext = context || (grouped && PHONE_CONTEXT_LOOSE.test(head));
    const shape = phoneShape(core, groups, digits);
    // `00` is the international prefix of most of the world: `0044 20 …` is `+44 20 …`.
    const international = s.startsWith('+') || (s.startsWith('00') && s.charCodeAt(2) !== 48);
    if (!international) {
      if (defaultCountry === undefined) {
        // Without a region: a phone word and a grouped or trunk-prefixed number; a bare run only
        // right after a phone label ("Fax: 9498777106"); else only a shape that is rarely anything
        // but a phone (`(03) 5327 5996`, `0961-7596216`, `60-56-85-91`).
        const bare = !grouped && digits <= 12 && PHONE_LABEL.test(before(text, m.index, 16));
        const confidence = looseContext && (grouped || s.startsWith('0')) ? 0.75 : bare ? 0.75 : shape ? 0.7 : 0;
        if (confidence > 0) fallback.push({ label: 'PHONE', start: m.index, end: m.index + s.length, text: s, key: phoneKey(s, undefined, undefined), confidence });
        return true;
      }
      // A bare digit run is an order number, amount or timestamp far more often than a phone.
      if (!grouped && !context) return true;
    }
    forLib.push({ start: m.index, end: m.index + s.length, text: s, parse: international && !s.startsWith('+') ? `+${s.slice(2)}` : s, context: looseContext, shape });
    return true;
  });
  return { fallback, forLib };
}

/**
 * Whether a number without a country code has a shape that is rarely anything but a phone, so it
 * counts without a phone word: an area code in brackets (`(03) 5327 5996`, `(88) 684-334`); a
 * trunk `0` and groups of two or more digits (`0961-7596216`, `03.93.92.16.85`, `079 2718 1155`);
 * four or more pairs joined by dots or dashes (`60-56-85-91`). Never a thousands grouping
 * (`1 250 000`), an arithmetic run (`10-20-30-40`, `12.34.56.78`) or more than 12 digits.
 * Checking the number against every region's plan does not help here: Germany's plan alone
 * accepts nearly any 7 to 11 digits.
 */
function phoneShape(core: string, groups: readonly string[], digits: number): boolean {
  if (digits > 12 || groups.length < 2 || isArithmetic(groups)) return false;
  const c0 = core.charCodeAt(0);
  if (c0 === 40) {
    // `(NN) …`: two to four digits in the brackets, then two groups or one of six to eight.
    const area = groups[0] as string;
    const rest = groups.slice(1);
    return area.length >= 2 && area.length <= 4 && (rest.length >= 2 ? rest.every((g) => g.length >= 2) : (rest[0] as string).length >= 6 && (rest[0] as string).length <= 8);
  }
  if (groups.some((g) => g.length < 2)) return false;
  if (c0 === 48 && core.charCodeAt(1) !== 48) return digits >= 9;
  return groups.length >= 4 && groups.every((g) => g.length === 2) && !core.includes(' ') && !core.includes('(');
}

/** Digit groups that step by a constant (`10 20 30 40`, `12-34-56-78`): a sequence, not a phone. */
function isArithmetic(groups: readonly string[]): boolean {
  if (groups.length < 3) return false;
  const n = groups.map(Number);
  const step = (n[1] as number) - (n[0] as number);
  for (let k = 2; k < n.length; k++) if ((n[k] as number) - (n[k - 1] as number) !== step) return false;
  return true;
}

/**
 * True when `s` starts with a real date: `yyyy-mm-dd` with a year 1800–2199, or `dd.mm.yy(yy)` /
 * `mm/dd/yy(yy)` with a day and month that exist in one of the two orders. `0477 11 28 98` and
 * `01.84.17.61.18` start with date shapes but are phones.
 */
export function isDatePrefix(s: string): boolean {
  const m = DATE_PREFIX.exec(s);
  if (m === null) return false;
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return y >= 1800 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  }
  const a = Number(m[4]);
  const b = Number(m[5]);
  const y = m[6] as string;
  if (y.length === 4 && (Number(y) < 1800 || Number(y) > 2199)) return false;
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

let phoneLibPromise: Promise<PhoneLib> | undefined;
/** The loaded library, once `phoneLibPromise` has resolved: later scans use it synchronously. */
let phoneLibLoaded: PhoneLib | undefined;

/**
 * libphonenumber-js with full ("max") metadata, imported on first use and memoised; a failed
 * import is forgotten so the next scan retries.
 *
 * @example
 * ```ts
 * const lib = await loadPhoneLib();
 * lib.parsePhoneNumberFromString('+1 202 555 0143')?.number; // '+12025550143'
 * ```
 */
export function loadPhoneLib(): Promise<PhoneLib> {
  if (phoneLibPromise === undefined) {
    phoneLibPromise = import('libphonenumber-js/max').then(
      (m) => (phoneLibLoaded = m),
      (e: unknown) => {
        phoneLibPromise = undefined;
        throw e;
      },
    );
  }
  return phoneLibPromise;
}

/**
 * Keep the most confident of overlapping matches (then the longest, then the earliest); return the
 * survivors in text order.
 *
 * @example
 * ```ts
 * resolveOverlaps([a, b]); // a alone when b overlaps it with lower confidence
 * ```
 */
export function resolveOverlaps(matches: readonly EntityMatch[]): EntityMatch[] {
  if (matches.length < 2) return [...matches];
  const ranked = [...matches].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Matches are short (≤ ~130 characters), so marking taken positions keeps this linear in the
  // number of matches where pairwise checks would be quadratic on match-dense hostile text.
  let limit = 0;
  for (const m of matches) limit = Math.max(limit, m.end);
  const taken = new Uint8Array(limit);
  const kept: EntityMatch[] = [];
  for (const m of ranked) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every label: the `wanted` set of a search without `entities`. */
const ALL_LABELS: ReadonlySet<EntityLabel> = new Set(ENTITY_LABELS);
/** The `wanted` set of each frozen `entities` array seen (Anonymize passes the same frozen array on every scan). */
const WANTED_SETS = new WeakMap<readonly EntityLabel[], ReadonlySet<EntityLabel>>();

function wantedOf(entities: readonly EntityLabel[] | undefined): ReadonlySet<EntityLabel> {
  if (entities === undefined) return ALL_LABELS;
  // A caller may change an array it passes again; only a frozen one is remembered.
  if (!Object.isFrozen(entities)) return new Set(entities);
  let set = WANTED_SETS.get(entities);
  if (set === undefined) WANTED_SETS.set(entities, (set = new Set(entities)));
  return set;
}

function collect(text: string, opts: FindEntitiesOptions, lexicon: NameLexicon | undefined): { all: EntityMatch[]; forLib: PhoneCandidate[] } {
  const wanted = wantedOf(opts.entities);
  const all: EntityMatch[] = [];
  // Prechecks: what cannot match is not searched for. Addresses and passports need digits, dates
  // of birth a date, phones digits; each recogniser says what it needs.
  const hasDigit = ANY_DIGIT.test(text);
  // Digit-bearing patterns run only near the digits (see Recognizer.nearDigit).
  let runs: number[] | undefined;
  const digitsOf = (): number[] => (runs ??= digitRuns(text));
  if (wanted.has('PERSON')) {
    for (const h of findNames(text, opts.nameLists === false ? undefined : lexicon)) {
      const s = text.slice(h.start, h.end);
      all.push({ label: 'PERSON', start: h.start, end: h.end, text: s, key: entityKey('PERSON', s), confidence: h.confidence });
    }
  }
  if (hasDigit && wanted.has('STREET_ADDRESS')) {
    const people = all.length;
    for (const h of findAddresses(text, digitsOf())) {
      const s = text.slice(h.start, h.end);
      all.push({ label: 'STREET_ADDRESS', start: h.start, end: h.end, text: s, key: entityKey('STREET_ADDRESS', s), confidence: h.confidence });
    }
    // A "name" inside a street address is the street's namesake (`40 rue Victor Hugo`, `69 Gordon Terrace`).
    if (people > 0 && all.length > people) {
      const addresses = all.slice(people);
      const kept = all.slice(0, people).filter((p) => !addresses.some((a) => a.start <= p.start && p.end <= a.end));
      all.splice(0, all.length, ...kept, ...addresses);
    }
  }
  if (hasDigit && wanted.has('PASSPORT')) findPassports(text, digitsOf(), all);
  if (hasDigit && wanted.has('DATE_OF_BIRTH') && DATE_SHAPE.test(text)) findBirthDates(text, digitsOf(), all);
  for (const r of RECOGNIZERS) {
    if (!wanted.has(r.label)) continue;
    if ((r.needsDigit === true && !hasDigit) || (r.needs !== undefined && !text.includes(r.needs)) || (r.precheck !== undefined && !r.precheck(text))) continue;
    const visit = (m: RegExpExecArray): boolean => {
      const hit = r.accept(text, m, opts);
      if (hit === undefined) return false;
      const s = text.slice(hit.start, hit.end);
      all.push({ label: r.label, start: hit.start, end: hit.end, text: s, key: entityKey(r.label, s), confidence: hit.confidence });
      return true;
    };
    if (r.anchor !== undefined) eachAnchoredMatch(r.pattern, r.anchor, text, visit);
    else if (r.nearDigit !== undefined) eachMatchNearDigits(globalCopy(r.pattern), text, digitsOf(), r.nearDigit, visit);
    else eachMatch(r.pattern, text, visit);
  }
  if (!wanted.has('PHONE') || !hasDigit) return { all, forLib: [] };
  const { fallback, forLib } = phoneCandidates(text, digitsOf(), opts.defaultCountry);
  all.push(...fallback);
  return { all, forLib };
}

/**
 * Pattern-only entities (everything but libphonenumber-validated phones, North American fallback
 * phones included), synchronously, overlaps resolved.
 *
 * @example
 * ```ts
 * findPatternEntities('write to ana@example.org').map((e) => e.label); // ['EMAIL']
 * ```
 */
export function findPatternEntities(text: string, opts: FindEntitiesOptions = {}): EntityMatch[] {
  return resolveOverlaps(collect(text, opts, loadedNameLexicon()).all);
}

/** What {@link findEntities} found. */
export interface FoundEntities {
  /** Non-overlapping, in text order. */
  readonly matches: readonly EntityMatch[];
  /** libphonenumber, when this search needed and loaded it. */
  readonly phoneLib?: PhoneLib;
  /** Set when libphonenumber failed to load: only fallback phones were found. */
  readonly phoneError?: unknown;
  /** Set when the name lists failed to load: names were found by their cues only. */
  readonly namesError?: unknown;
}

/**
 * Every entity in `text`: the pattern recognisers, then phone candidates validated by
 * libphonenumber (loaded only when a candidate needs it), overlaps resolved. Never rejects: a
 * failed metadata load is reported in `phoneError`.
 *
 * @example
 * ```ts
 * const { matches } = await findEntities('Call +1 202-555-0143 or mail ana@example.org');
 * matches.map((m) => m.label); // ['PHONE', 'EMAIL']
 * ```
 */
export function findEntities(text: string, opts: FindEntitiesOptions = {}): FoundEntities | Promise<FoundEntities> {
  const lexicon = loadedNameLexicon();
  // The name lists load on the first text that could hold a name; until then (or if they fail to
  // load) the cues alone find names.
  const needLexicon = lexicon === undefined && opts.nameLists !== false && (opts.entities ?? ENTITY_LABELS).includes('PERSON') && HAS_CAPITALISED.test(text);
  if (needLexicon) {
    return loadNameLexicon().then(
      (lex) => findWith(text, opts, lex, undefined),
      (e: unknown) => findWith(text, opts, undefined, e ?? new Error('the name lists failed to load')),
    );
  }
  return findWith(text, opts, lexicon, undefined);
}

function findWith(text: string, opts: FindEntitiesOptions, lexicon: NameLexicon | undefined, namesError: unknown): FoundEntities | Promise<FoundEntities> {
  const { all, forLib } = collect(text, opts, lexicon);
  const extra = namesError === undefined ? {} : { namesError };
  // Synchronous unless a phone candidate needs the library and it has not loaded yet: the engine
  // runs synchronous scanners without any promise machinery.
  if (forLib.length === 0) return { matches: resolveOverlaps(all), ...extra };
  if (phoneLibLoaded !== undefined) return { ...withPhones(all, forLib, phoneLibLoaded, opts), ...extra };
  return loadPhoneLib().then(
    (lib) => ({ ...withPhones(all, forLib, lib, opts), ...extra }),
    (e: unknown) => ({ matches: resolveOverlaps(all), phoneError: e ?? new Error('libphonenumber-js failed to load'), ...extra }),
  );
}

function withPhones(all: EntityMatch[], forLib: readonly PhoneCandidate[], phoneLib: PhoneLib, opts: FindEntitiesOptions): FoundEntities {
  // Hostile or tabular text repeats the same number; parse each spelling once.
  const seen = new Map<string, string | undefined>();
  for (const c of forLib) {
    let e164 = seen.get(c.parse);
    if (e164 === undefined && !seen.has(c.parse)) {
      e164 = parsePhone(phoneLib, c.parse, opts.defaultCountry);
      seen.set(c.parse, e164);
    }
    if (e164 !== undefined) all.push({ label: 'PHONE', start: c.start, end: c.end, text: c.text, key: e164, confidence: ENTITY_CONFIDENCE.PHONE });
    else if (c.context || c.shape) all.push({ label: 'PHONE', start: c.start, end: c.end, text: c.text, key: phoneKey(c.text, undefined, undefined), confidence: c.context ? 0.75 : 0.7 });
  }
  return { matches: resolveOverlaps(all), phoneLib };
}
