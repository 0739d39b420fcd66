/**
 * @module engine/sanitize — applies a sanitizer's replacements to text. Overlapping matches are
 * merged into one span (the earliest match's replacement wins) so no part of a redacted value can
 * survive between two overlapping redactions.
 */
import type { Match } from '../types.js';

/**
 * Replace every match that carries a `replacement`. Offsets are into `text`.
 *
 * @example
 * ```ts
 * applyReplacements('mail a@b.example now', [{ start: 5, end: 16, label: 'EMAIL', replacement: '[REDACTED_EMAIL_1]' }]);
 * // 'mail [REDACTED_EMAIL_1] now'
 * ```
 */
export function applyReplacements(text: string, matches: readonly Match[]): string {
  const edits = matches
    .filter((m): m is Match & { replacement: string } => typeof m.replacement === 'string')
    .map((m) => ({ start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)), replacement: m.replacement }))
    .filter((m) => m.end > m.start || m.replacement.length > 0)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (edits.length === 0) return text;
  const merged: { start: number; end: number; replacement: string }[] = [];
  for (const e of edits) {
    const last = merged[merged.length - 1];
    if (last !== undefined && e.start < last.end) {
      last.end = Math.max(last.end, e.end);
      continue;
    }
    merged.push({ ...e });
  }
  let out = '';
  let pos = 0;
  for (const e of merged) {
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}
