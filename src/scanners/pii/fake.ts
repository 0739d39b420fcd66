/**
 * @module scanners/pii/fake — realistic stand-ins for redacted values (Anonymize's `mode: 'fake'`):
 * an email becomes another plausible email, a card another Luhn-valid test-range card, a name
 * another name. Each fake is a pure function of the conversation's secret seed and the value's
 * placeholder, so the same value gets the same fake in every turn, different conversations get
 * different fakes, and Deanonymize can recompute every fake to restore the original. Fakes use
 * reserved ranges where they exist (example.* domains, 555-01xx phones, documentation IP blocks,
 * test card prefixes) so that a fake never names a real person's data.
 */
import { sha256 } from '../../engine/hash.js';

const FIRST = ['Alex', 'Maria', 'Sam', 'Nora', 'Jonas', 'Priya', 'Leo', 'Amara', 'Tomas', 'Elena', 'Kai', 'Lucia', 'Omar', 'Ingrid', 'Theo', 'Mei', 'Rafael', 'Hanna', 'Felix', 'Zara', 'Ivan', 'Clara', 'Noah', 'Yara'];
const LAST = ['Keller', 'Moreau', 'Novak', 'Lindqvist', 'Okafor', 'Tanaka', 'Rossi', 'Weber', 'Silva', 'Haddad', 'Brennan', 'Kowalski', 'Duarte', 'Nilsen', 'Petrov', 'Laine', 'Varga', 'Costa', 'Fischer', 'Quinn', 'Sato', 'Mendes', 'Holm', 'Ortega'];
const STREETS = ['Maple', 'Harbor', 'Linden', 'Cedar', 'Willow', 'Station', 'Orchard', 'Mill', 'Chestnut', 'Meadow', 'Bridge', 'Elm'];
const STREET_TYPES = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Way'];
const DOMAINS = ['example.com', 'example.org', 'example.net'];
const HEX = '0123456789abcdef';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A deterministic byte stream from `seed` and `placeholder` (SHA-256 in counter mode). */
function stream(seed: string, placeholder: string): () => number {
  const enc = new TextEncoder();
  let block = 0;
  let buf: Uint8Array = new Uint8Array(0);
  let at = 0;
  return () => {
    if (at >= buf.length) {
      buf = Uint8Array.from(sha256(enc.encode(`${seed}\u0000${placeholder}\u0000${block++}`)));
      at = 0;
    }
    return buf[at++] as number;
  };
}

function luhnComplete(partial: string): string {
  // The check digit that makes partial + d Luhn-valid.
  let sum = 0;
  let double = true;
  for (let i = partial.length - 1; i >= 0; i--) {
    let d = partial.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

/** Keep the separators of `like` and fill its digits from `digits`. */
function shapeLike(like: string, digits: string): string {
  let k = 0;
  let out = '';
  for (const ch of like) {
    if (ch >= '0' && ch <= '9') out += digits[k++] ?? '0';
    else out += ch;
  }
  return out;
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}

/**
 * The fake that stands for `value` (an entity of `label`) behind `placeholder` in a conversation
 * with `seed`. Same inputs, same fake.
 *
 * @example
 * ```ts
 * fakeValue('EMAIL', 'ana@corp.net', '[REDACTED_EMAIL_1]', 'seed'); // e.g. 'nora.weber@example.org'
 * ```
 */
export function fakeValue(label: string, value: string, placeholder: string, seed: string): string {
  const next = stream(seed, placeholder);
  const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length] as T;
  const digits = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(next() % 10);
    return s;
  };
  const letters = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(65 + (next() % 26));
    return s;
  };
  const countDigits = (value.match(/\d/g) ?? []).length;
  switch (label) {
    case 'PERSON': {
      const words = value.trim().split(/\s+/).length;
      return words >= 2 ? `${pick(FIRST)} ${pick(LAST)}` : pick(FIRST);
    }
    case 'EMAIL': {
      const f = pick(FIRST).toLowerCase();
      const l = pick(LAST).toLowerCase();
      return `${f}.${l}${next() % 100}@${pick(DOMAINS)}`;
    }
    case 'PHONE': {
      const orig = (value.match(/\d/g) ?? []).join('');
      if (value.trim().startsWith('+') && !value.trim().startsWith('+1')) {
        // Outside North America there is no reserved range: keep the country code's first digits, randomise the rest.
        return shapeLike(value, orig.slice(0, 2) + digits(Math.max(0, countDigits - 2)));
      }
      // North American fictional range NXX-555-01xx, in the original's grouping.
      const body = `${2 + (next() % 8)}${digits(2)}55501${digits(2)}`;
      if (countDigits === 10) return shapeLike(value, body);
      if (countDigits === 11) return shapeLike(value, `1${body}`);
      return `555-01${digits(2)}`;
    }
    case 'CREDIT_CARD': {
      // Visa's test range (4000 00…), Luhn-valid, in the original's grouping.
      const n = Math.max(13, Math.min(19, countDigits));
      return shapeLike(value, luhnComplete(`400000${digits(n - 7)}`));
    }
    case 'IBAN': {
      const compact = value.replace(/\s/g, '').toUpperCase();
      const country = /^[A-Z]{2}/.test(compact) ? compact.slice(0, 2) : 'DE';
      const bban = compact.slice(4).replace(/[A-Z0-9]/g, (c) => (c >= '0' && c <= '9' ? String(next() % 10) : String.fromCharCode(65 + (next() % 26))));
      const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
      const fake = `${country}${check}${bban}`;
      return value.includes(' ') ? (fake.match(/.{1,4}/g) ?? [fake]).join(' ') : fake;
    }
    case 'US_SSN':
      // Area 9xx is never issued as an SSN.
      return shapeLike(value, `9${digits(8)}`);
    case 'IP_ADDRESS':
      return value.includes(':') ? `2001:db8::${(next() << 8 | next()).toString(16)}` : `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${1 + (next() % 254)}`;
    case 'MAC_ADDRESS': {
      // Locally administered (second hex digit 2): never a manufacturer's address.
      const sep = value.includes('-') ? '-' : ':';
      const bytes = [0x02, next(), next(), next(), next(), next()];
      return bytes.map((b) => b.toString(16).padStart(2, '0')).join(sep);
    }
    case 'UUID': {
      let s = '';
      for (let i = 0; i < 32; i++) s += HEX[next() % 16];
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20)}`;
    }
    case 'CRYPTO_WALLET': {
      if (value.startsWith('0x')) {
        let s = '0x';
        for (let i = 0; i < 40; i++) s += HEX[next() % 16];
        return s;
      }
      let s = value[0] ?? '1';
      for (let i = 1; i < value.length; i++) s += BASE58[next() % BASE58.length];
      return s;
    }
    case 'STREET_ADDRESS':
      return `${1 + (next() % 999)} ${pick(STREETS)} ${pick(STREET_TYPES)}`;
    case 'DATE_OF_BIRTH':
      // Same written form, other digits: day and month kept plausible.
      return value.replace(/\d+/g, (d) => (d.length === 4 ? String(1950 + (next() % 50)) : String(1 + (next() % 12)).padStart(d.length, '0')));
    case 'URL_CREDENTIALS':
      return `user${next() % 100}:${letters(4).toLowerCase()}${digits(4)}`;
    default:
      // Ids (passport, national ids): same shape, letters for letters and digits for digits.
      return value.replace(/[A-Za-z]/g, () => letters(1)).replace(/\d/g, () => digits(1));
  }
}

/** Characters a model may add or drop inside a value it repeats (spaces, dots, dashes, brackets). */
const LOOSE = '[\\s.\\-()/]{0,2}';

/**
 * A case-insensitive pattern that finds `fake` as a model might re-write it: in upper, lower or mixed case, and with
 * spaces, dots, dashes or brackets added or removed between its letters and digits. Built from
 * literal characters joined by a bounded separator class, so it is linear.
 *
 * @example
 * ```ts
 * tolerantPattern('555-0143').test('555 0143'); // true
 * ```
 */
export function tolerantPattern(fake: string): RegExp {
  const chars = [...fake].filter((c) => /[\p{L}\p{N}@]/u.test(c)).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${chars.join(LOOSE)}(?![\\p{L}\\p{N}])`, 'giu');
}
