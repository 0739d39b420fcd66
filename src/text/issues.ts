/**
 * @module text/issues — facts about the input found before any scanner runs (lone surrogates,
 * NUL bytes, binary data, invisible characters, mixed scripts). They go into `report.input.issues`
 * so a caller can tell "this text was odd" from "this text was an attack".
 */
import type { InputIssue, TextView } from '../types.js';
import { isPlainAscii } from './view.js';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A Latin letter next to a Cyrillic or Greek one inside a word: the homoglyph signature. */
export const MIXED_SCRIPT_PAIR = /\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{Script=Latin}/u;

const NON_SPACE = /\S/;

/**
 * List the issues of a view. Plain printable ASCII short-circuits to no issues.
 *
 * @example
 * ```ts
 * inputIssues(createTextView('p\u0430ypal'));   // ['mixed-scripts']
 * ```
 */
export function inputIssues(view: TextView): InputIssue[] {
  const raw = view.raw;
  const issues: InputIssue[] = [];
  // `trim()` strips exactly what `\s` matches; the test stops at the first visible character
  // instead of copying the text.
  if (!NON_SPACE.test(raw)) return ['empty'];
  if (isPlainAscii(view)) return issues;
  const invisible = view.invisible;
  if (invisible.length === 0 && raw === view.normalized && isAscii(raw)) return issues;
  if (LONE_SURROGATE.test(raw)) issues.push('lone-surrogate');
  let controls = 0;
  let nul = false;
  let hidden = 0;
  for (const c of invisible) {
    if (c.kind === 'control') {
      controls++;
      if (c.codePoint === 0) nul = true;
    } else hidden++;
  }
  if (nul) issues.push('nul');
  if (controls > 0) issues.push('control-chars');
  let replacement = 0;
  for (let i = raw.indexOf('\uFFFD'); i !== -1; i = raw.indexOf('\uFFFD', i + 1)) replacement++;
  if (raw.length >= 16 && (controls + replacement) / raw.length > 0.1) issues.push('binary');
  if (hidden > 0) issues.push('invisible-chars');
  if (MIXED_SCRIPT_PAIR.test(view.normalized)) issues.push('mixed-scripts');
  return issues;
}

/** A regex scan: about ten times faster than a `charCodeAt` loop in V8. */
function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

const NON_ASCII = /[^\x00-\x7f]/;
