/**
 * @module scanners/content/json-repair — finds JSON in a response (fenced blocks and bare objects
 * or arrays) and repairs what language models commonly break: trailing commas, single or curly
 * quotes, unquoted keys, line and block comments, Python literals (`True`, `None`), missing commas between
 * members, and output cut off before its closing quotes and brackets. A lenient tokenizer and a
 * recursive-descent reader build the value; nothing is evaluated. Linear in the text; nesting is
 * bounded.
 */
import { FENCE } from '../../text/code-lines.js';

/** One piece of JSON-looking text: where it is, and what became of it. */
export interface JsonBlock {
  /** Offsets of the JSON text (inside the fence for fenced blocks). */
  readonly start: number;
  readonly end: number;
  readonly fenced: boolean;
  /** `valid` as written; `repaired` after fixes; `broken` when it could not be read. */
  readonly status: 'valid' | 'repaired' | 'broken';
  /** The parsed value (valid or repaired). */
  readonly value?: unknown;
  /** The repaired JSON text (repaired only), formatted like the original (indented if it was multi-line). */
  readonly repaired?: string;
}

/** Deepest nesting read; deeper input counts as broken. */
export const MAX_DEPTH = 256;
/** Largest block considered (UTF-16 units). */
export const MAX_BLOCK = 1 << 20;

type Tok =
  | { readonly t: 'p'; readonly v: '{' | '}' | '[' | ']' | ':' | ',' }
  | { readonly t: 's'; readonly v: string }
  | { readonly t: 'n'; readonly v: number }
  | { readonly t: 'l'; readonly v: true | false | null }
  | { readonly t: 'id'; readonly v: string }
  | { readonly t: 'bad' };

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;
const IDENT = /^[A-Za-z_$][\w$-]*/;

/** Tokens of a JSON-ish text; `fixes` counts what was not strict JSON. */
function tokenize(s: string): { toks: Tok[]; fixes: number } {
  const toks: Tok[] = [];
  let fixes = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charAt(i);
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else if ('{}[]:,'.includes(c)) {
      toks.push({ t: 'p', v: c as '{' });
      i++;
    } else if (c === '"' || c === "'" || c === '“' || c === '‘') {
      const close = c === '“' ? '”' : c === '‘' ? '’' : c;
      if (c !== '"') fixes++;
      let out = '';
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const d = s.charAt(j);
        if (d === '\\' && j + 1 < n) {
          const e = s.charAt(j + 1);
          const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"', "'": "'" };
          if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(j + 2, j + 6))) {
            out += String.fromCharCode(parseInt(s.slice(j + 2, j + 6), 16));
            j += 6;
          } else {
            out += map[e] ?? e;
            j += 2;
          }
          continue;
        }
        if (d === close || (c === '"' && d === '”')) {
          closed = true;
          j++;
          break;
        }
        if (d === '\n' && c !== '"') break; // a quote that never closes on its line: not a string
        out += d;
        j++;
      }
      if (!closed) fixes++;
      toks.push({ t: 's', v: out });
      i = j;
    } else if (c === '/' && s.charAt(i + 1) === '/') {
      fixes++;
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? n : nl;
    } else if (c === '/' && s.charAt(i + 1) === '*') {
      fixes++;
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else {
      const rest = s.slice(i, i + 64);
      const num = NUMBER.exec(rest);
      if (num !== null && (/\d/.test(num[0]) || num[0].startsWith('.'))) {
        const v = Number(num[0]);
        if (!Number.isFinite(v)) {
          toks.push({ t: 'bad' });
          break;
        }
        if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(num[0])) fixes++;
        toks.push({ t: 'n', v });
        i += num[0].length;
        continue;
      }
      const id = IDENT.exec(rest);
      if (id !== null) {
        const w = id[0];
        if (w === 'true' || w === 'false' || w === 'null') toks.push({ t: 'l', v: w === 'true' ? true : w === 'false' ? false : null });
        else if (w === 'True' || w === 'False' || w === 'None') {
          fixes++;
          toks.push({ t: 'l', v: w === 'True' ? true : w === 'False' ? false : null });
        } else toks.push({ t: 'id', v: w });
        i += w.length;
        continue;
      }
      toks.push({ t: 'bad' });
      break;
    }
  }
  return { toks, fixes };
}

class Fail extends Error {}

/** Lenient reader over the tokens: returns the value and how many more fixes it needed. */
function read(toks: readonly Tok[]): { value: unknown; fixes: number } {
  let k = 0;
  let fixes = 0;
  const peek = (): Tok | undefined => toks[k];
  const startsValue = (t: Tok | undefined): boolean => t !== undefined && (t.t === 's' || t.t === 'n' || t.t === 'l' || (t.t === 'p' && (t.v === '{' || t.v === '[')));

  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Fail();
    const t = toks[k++];
    if (t === undefined || t.t === 'bad' || t.t === 'id') throw new Fail();
    if (t.t === 's' || t.t === 'n' || t.t === 'l') return t.v;
    if (t.v === '{') return object(depth + 1);
    if (t.v === '[') return array(depth + 1);
    throw new Fail();
  };

  const object = (depth: number): unknown => {
    const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    let first = true;
    for (;;) {
      let t = peek();
      if (t === undefined) {
        fixes++; // cut off: close it
        return obj;
      }
      if (t.t === 'p' && t.v === '}') {
        k++;
        return obj;
      }
      if (!first) {
        if (t.t === 'p' && t.v === ',') {
          k++;
          t = peek();
          if (t === undefined) {
            fixes++;
            return obj;
          }
          if (t.t === 'p' && t.v === '}') {
            fixes++; // trailing comma
            k++;
            return obj;
          }
        } else if (t.t === 's' || t.t === 'id') fixes++; // missing comma between members
        else throw new Fail();
      }
      first = false;
      const key = toks[k++];
      if (key === undefined) {
        fixes++;
        return obj;
      }
      let name: string;
      if (key.t === 's') name = key.v;
      else if (key.t === 'id') {
        fixes++; // unquoted key
        name = key.v;
      } else if (key.t === 'n') {
        fixes++;
        name = String(key.v);
      } else throw new Fail();
      const colon = peek();
      if (colon === undefined) {
        fixes++; // cut off after a key: drop it
        return obj;
      }
      if (colon.t !== 'p' || colon.v !== ':') throw new Fail();
      k++;
      if (peek() === undefined) {
        fixes++; // cut off after the colon: drop the member
        return obj;
      }
      obj[name] = value(depth);
    }
  };

  const array = (depth: number): unknown => {
    const arr: unknown[] = [];
    let first = true;
    for (;;) {
      let t = peek();
      if (t === undefined) {
        fixes++;
        return arr;
      }
      if (t.t === 'p' && t.v === ']') {
        k++;
        return arr;
      }
      if (!first) {
        if (t.t === 'p' && t.v === ',') {
          k++;
          t = peek();
          if (t === undefined) {
            fixes++;
            return arr;
          }
          if (t.t === 'p' && t.v === ']') {
            fixes++;
            k++;
            return arr;
          }
        } else if (startsValue(t)) fixes++;
        else throw new Fail();
      }
      first = false;
      arr.push(value(depth));
    }
  };

  const v = value(0);
  if (k < toks.length) throw new Fail(); // something after the value
  return { value: v, fixes };
}

/**
 * Read a JSON-ish text leniently. Returns the value and the repaired text, or undefined when it
 * cannot be read. Valid JSON comes back unchanged (`fixes: 0`).
 *
 * @example
 * ```ts
 * repairJson("{name: 'Ada', tags: ['x', 'y',],")?.text; // '{"name":"Ada","tags":["x","y"]}'
 * ```
 */
export function repairJson(s: string): { value: unknown; text: string; fixes: number } | undefined {
  if (s.length > MAX_BLOCK) return undefined;
  try {
    const value: unknown = JSON.parse(s);
    return { value, text: s, fixes: 0 };
  } catch {
    // fall through to the lenient reader
  }
  const { toks, fixes } = tokenize(s);
  if (toks.length === 0) return undefined;
  try {
    const r = read(toks);
    const text = JSON.stringify(r.value, null, s.includes('\n') ? 2 : undefined);
    return { value: r.value, text, fixes: fixes + r.fixes };
  } catch {
    return undefined;
  }
}

/** After `{`: a key (quoted, or a name followed by `:`) or `}`. After `[`: something a value starts with. */
const OBJECT_START = /^\{[ \t\r\n]{0,40}(?:["'“}]|[A-Za-z_$][\w$-]{0,60}[ \t]{0,4}:)/;
const ARRAY_START = /^\[[ \t\r\n]{0,40}(?:["'“{[\]]|-?\d|true\b|false\b|null\b)/;
const JSON_INFO = /^[ \t]{0,3}(?:```|~~~)[ \t]{0,4}(?:json5?|jsonc|jsonl)[ \t]{0,4}$/i;

/**
 * Where a bare object or array starting at `start` ends: the matching bracket (strings skipped),
 * or the end of the text when it is cut off.
 */
function blockEnd(s: string, start: number, limit: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < limit; i++) {
    const c = s.charAt(i);
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote || (quote === '"' && c === '”')) quote = '';
      else if (c === '\n' && quote !== '"') quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '“') quote = '”';
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return limit;
}

/**
 * Every JSON block of a text, in order: fenced blocks tagged `json` (or untagged with JSON-looking
 * content), then bare objects and arrays outside fences.
 *
 * @example
 * ```ts
 * findJson('Here: {"a": 1,} done').map((b) => b.status); // ['repaired']
 * ```
 */
export function findJson(text: string): JsonBlock[] {
  const blocks: JsonBlock[] = [];
  const fences: Array<[number, number]> = [];
  // Fenced blocks.
  let lineStart = 0;
  let open: { contentStart: number; json: boolean } | undefined;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    if (FENCE.test(line)) {
      if (open === undefined) open = { contentStart: nl < 0 ? text.length : nl + 1, json: JSON_INFO.test(line) };
      else {
        fences.push([open.contentStart, lineStart]);
        addFenced(text, open.contentStart, lineStart > open.contentStart ? lineStart - 1 : lineStart, open.json, blocks);
        open = undefined;
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (open !== undefined) {
    fences.push([open.contentStart, text.length]);
    addFenced(text, open.contentStart, text.length, open.json, blocks);
  }
  // Bare blocks outside fences. A candidate that does not read is retried from its next bracket,
  // so hostile text could cost quadratic time: the characters read are capped at a few times the
  // text length.
  let budget = 4 * text.length + 65536;
  let f = 0;
  for (let i = 0; i < text.length && budget > 0; i++) {
    while (f < fences.length && (fences[f] as [number, number])[1] <= i) f++;
    const fence = fences[f];
    if (fence !== undefined && i >= fence[0]) {
      i = fence[1];
      continue;
    }
    const c = text.charCodeAt(i);
    if (c !== 0x7b && c !== 0x5b) continue;
    const head = text.slice(i, i + 128);
    if (!(c === 0x7b ? OBJECT_START : ARRAY_START).test(head)) continue;
    const limit = Math.min(text.length, fence === undefined ? text.length : fence[0], i + MAX_BLOCK);
    const end = blockEnd(text, i, limit);
    budget -= 2 * (end - i);
    const r = repairJson(text.slice(i, end));
    if (r !== undefined && !notJson(r.value, r.fixes, end - i, end === text.length)) {
      blocks.push(r.fixes === 0 ? { start: i, end, fenced: false, status: 'valid', value: r.value } : { start: i, end, fenced: false, status: 'repaired', value: r.value, repaired: r.text });
      i = end - 1;
    }
    // A bare bracket that does not read as JSON is prose ("[citation needed]", "{name}"): skipped.
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/**
 * Bare brackets in prose that read as JSON but are not meant as JSON: "[1]" citations and "[x]"
 * checkboxes, Python-style lists of words (`['dog', 'day']`, valid only after repair), one-member
 * template placeholders (`{servings:2}`) unless cut off at the end, and text whose repair kept
 * nothing.
 */
function notJson(value: unknown, fixes: number, length: number, atEnd: boolean): boolean {
  const isObj = (x: unknown): boolean => typeof x === 'object' && x !== null;
  if (Array.isArray(value)) {
    if (value.length <= 1 && !value.some(isObj)) return true;
    if (fixes > 0 && !value.some(isObj)) return true;
    if (value.length === 0 && length > 4) return true;
    return false;
  }
  const members = isObj(value) ? Object.keys(value as object).length : -1;
  if (members === 0 && length > 4) return true;
  // `{count:5}` placeholders in templates: one member needing repair, not cut off at the end.
  return members === 1 && fixes > 0 && !atEnd;
}

function addFenced(text: string, start: number, end: number, tagged: boolean, out: JsonBlock[]): void {
  const body = text.slice(start, end);
  const trimmed = body.trim();
  if (trimmed === '') return;
  if (!tagged && !(trimmed.startsWith('{') || trimmed.startsWith('['))) return;
  const s = start + body.indexOf(trimmed.charAt(0));
  const e = s + trimmed.length;
  const r = repairJson(trimmed);
  if (r === undefined) out.push({ start: s, end: e, fenced: true, status: 'broken' });
  else if (r.fixes === 0) out.push({ start: s, end: e, fenced: true, status: 'valid', value: r.value });
  else out.push({ start: s, end: e, fenced: true, status: 'repaired', value: r.value, repaired: r.text });
}
