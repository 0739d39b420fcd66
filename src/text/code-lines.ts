/**
 * @module text/code-lines — tells code, markup and math lines from prose lines. Shared by the
 * statistical scanners that must not judge syntax as text: the adversarial-suffix detector (symbols
 * in code are syntax, not token soup) and the gibberish detector (identifiers are not words).
 */

/**
 * Lines that are code, markup or data: their symbols are syntax, not soup, so they are skipped.
 * Case-sensitive on purpose ("Return the form" is prose, `return x;` is code).
 *
 * @example
 * ```ts
 * CODE_LINE_START.test('const x = [1, 2];'); // true
 * ```
 */
export const CODE_LINE_START =
  /^(?:[ ]{4}|\t|[ \t]{0,3}(?:\/\/|\/\*|\*\/|\*[ \t]|#!|#include|#define|#[ \t]|import[ \t]|from[ \t]\S{1,80}[ \t]import|export[ \t]|const[ \t]|let[ \t]|var[ \t]|function\b|def[ \t]|class[ \t]|return\b|if[ \t]{0,2}\(|else\b|elif[ \t]|for[ \t]{0,2}\(|while[ \t]{0,2}\(|public[ \t]|private[ \t]|protected[ \t]|static[ \t]|void[ \t]|int[ \t]|package[ \t]|using[ \t]|fn[ \t]|pub[ \t]|impl[ \t]|struct[ \t]|SELECT[ \t]|INSERT[ \t]|UPDATE[ \t]|DELETE[ \t]|CREATE[ \t]|ALTER[ \t]|async[ \t]|await[ \t]|try[ \t]{0,2}\{|catch[ \t]{0,2}\(|switch[ \t]{0,2}\(|case[ \t]|print\(|console\.|echo[ \t]|sudo[ \t]|npm[ \t]|pip[ \t]|git[ \t]|\$[ \t]|>>>[ \t]|<\/?[a-zA-Z][\w-]{0,20}[\s>\/]|[{}\[\]][ \t,]{0,3}$|"[^"\n]{1,64}"[ \t]{0,2}:|\||@\w))/;

/**
 * A line that ends like code (`;`, `{`, `}`, `=>`, `\`). Only trusted when the line has no run of
 * plain prose words: a harmful request with a suffix ending in `;` is still prose first.
 *
 * @example
 * ```ts
 * CODE_LINE_END.test('x = f(y);'); // true
 * ```
 */
export const CODE_LINE_END = /(?:[;{}\\]|=>|\)[ \t]{0,2}:)[ \t]{0,4}$/;

/** Five plain words in a row: prose. */
export const PROSE_RUN = /(?:^|[ \t])(?:[A-Za-z][a-z]{1,15}[,.]?[ \t]){4}[A-Za-z][a-z]{1,15}/;

/** LaTeX and display math: symbol-heavy, not soup. */
export const MATH_LINE = /\\(?:frac|sum|int|alpha|beta|gamma|delta|begin|end|mathbb|mathrm|sqrt|cdot|left|right|text|times|infty|partial|lambda|sigma|theta|pi)\b|\$\$/;

/** Code fences (``` or ~~~) toggle code mode. */
export const FENCE = /^[ \t]{0,3}(?:```|~~~)/;

/**
 * Whether one line (without its line break) is code, markup or math rather than prose. Fences are
 * not handled here: callers track ``` / ~~~ themselves with {@link FENCE}.
 *
 * @example
 * ```ts
 * isCodeLine('x = f(y);');                          // true
 * isCodeLine('Please explain how the heap works;'); // false: prose first
 * ```
 */
export function isCodeLine(line: string): boolean {
  return CODE_LINE_START.test(line) || MATH_LINE.test(line) || (CODE_LINE_END.test(line) && !PROSE_RUN.test(line));
}
