/**
 * @module scanners/content/prose — the prose of a text for the content statistics (language
 * identification, gibberish, sentiment): the normalised text with fenced code blocks, code lines,
 * inline code, URLs and email addresses blanked out. Blanking keeps every offset, so a span found
 * in the prose is a span of `view.normalized` (map it with `view.toRaw`).
 */
import type { TextView } from '../../types.js';
import { FENCE, isCodeLine } from '../../text/code-lines.js';
import { extractUrls } from '../urls/extract.js';

/** Inline code: one backtick pair on one line, at most 200 characters inside. */
const INLINE_CODE = /`[^`\n]{1,200}`/g;

const PROSE_KEY: object = Object.freeze({ key: 'content/prose' });

/**
 * `text` with code and links replaced by spaces (same length, same offsets). Lines longer than
 * 4000 characters are judged by their first 4000 (the line tests are bounded).
 *
 * @example
 * ```ts
 * proseOf('Run `ls -la` then see https://example.com').trim(); // 'Run          then see'
 * ```
 */
export function proseOf(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const out: string[] = [];
  let fenced = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const head = line.length > 4000 ? line.slice(0, 4000) : line;
    if (FENCE.test(head)) {
      fenced = !fenced;
      out.push(' '.repeat(line.length));
    } else if (fenced || isCodeLine(head)) out.push(' '.repeat(line.length));
    else out.push(line.replace(INLINE_CODE, (m) => ' '.repeat(m.length)));
    if (nl < 0) break;
    out.push('\n');
    lineStart = nl + 1;
  }
  let prose = out.join('');
  const urls = extractUrls(prose);
  if (urls.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const u of urls) {
      if (u.start < at) continue;
      parts.push(prose.slice(at, u.start), ' '.repeat(u.end - u.start));
      at = u.end;
    }
    parts.push(prose.slice(at));
    prose = parts.join('');
  }
  return prose;
}

/**
 * The prose of a view's normalised text, computed once per view.
 *
 * @example
 * ```ts
 * viewProse(createTextView('```\nx = 1\n```\nHello')).trim(); // 'Hello'
 * ```
 */
export function viewProse(view: TextView): string {
  return view.memo(PROSE_KEY, (v) => proseOf(v.normalized));
}
