/**
 * @module scanners/urls/canonical — the form of a URL the URL model reads, shared by training
 * (`training/url/corpus.ts`) and the scanner, so both see exactly the same string: trimmed, HTML
 * `&amp;` undone, scheme (`http://`, `hxxp://`…) removed, a leading `www.`/`www2.` removed,
 * trailing slashes removed; case kept (the featuriser lower-cases). Removing the formatting keeps
 * the model from learning which dataset a URL came from instead of what it looks like.
 */

/** A scheme such as `https://` or `hxxp://` at the start (bounded length: linear). */
const SCHEME = /^[a-z][a-z0-9+.-]{0,15}:\/\//i;
/** A leading `www.`, `www2.` … */
const WWW = /^www\d{0,3}\./i;

/**
 * Canonical URL for the model.
 *
 * @example
 * ```ts
 * canonicalUrl('HTTPS://www.Example.com/a/'); // 'Example.com/a'
 * ```
 */
export function canonicalUrl(raw: string): string {
  let s = raw.trim().replaceAll(/&amp;/gi, '&');
  s = s.replace(SCHEME, '').replace(WWW, '');
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x2f) end--;
  return s.slice(0, end);
}
