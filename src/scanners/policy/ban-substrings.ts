/**
 * @module scanners/policy/ban-substrings — BanSubstrings: flags (and optionally redacts) words or
 * phrases the application does not want in prompts or responses. Matching runs on the normalised
 * view, so fullwidth letters and zero-width characters do not hide a banned word.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, ScannerKind, Severity } from '../../types.js';
import { checkBoolean, checkOneOf, checkStringArray, defineScanner } from '../define.js';

/** Options of {@link policyBanSubstrings}. */
export interface BanSubstringsOptions {
  /** The banned words or phrases (required, at least one). */
  readonly substrings: readonly string[];
  /** `'str'`: anywhere (default); `'word'`: only as whole words. */
  readonly match?: 'str' | 'word';
  readonly caseSensitive?: boolean;
  /** Detected only when every substring occurs (default false: one is enough). */
  readonly containsAll?: boolean;
  /** Replace each occurrence with `[REDACTED]` (default false). */
  readonly redact?: boolean;
  /** Which scans it runs in (default `'both'`). */
  readonly kind?: ScannerKind;
  readonly severity?: Severity;
  /** Id override, to register several lists (`policy/ban-substrings-output`). */
  readonly id?: string;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Ban a list of words or phrases.
 *
 * @example
 * ```ts
 * policyBanSubstrings({ substrings: ['project falcon', 'internal only'], match: 'word', redact: true });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function policyBanSubstrings(options: BanSubstringsOptions): Scanner<Readonly<Record<string, unknown>>> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('policyBanSubstrings needs { substrings: [...] }');
  const substrings = checkStringArray(options.substrings, 'substrings').map((s) => s.normalize('NFKC')).filter((s) => s.trim().length > 0);
  if (substrings.length === 0) throw new ConfigError('substrings must contain at least one non-empty string');
  const match = checkOneOf(options.match, ['str', 'word'] as const, 'match', 'str');
  const caseSensitive = checkBoolean(options.caseSensitive, 'caseSensitive', false);
  const containsAll = checkBoolean(options.containsAll, 'containsAll', false);
  const redact = checkBoolean(options.redact, 'redact', false);
  const kind = checkOneOf(options.kind, ['input', 'output', 'both'] as const, 'kind', 'both');
  const severity = checkOneOf(options.severity, ['low', 'medium', 'high', 'critical'] as const, 'severity', 'medium');
  const id = options.id ?? 'policy/ban-substrings';
  // Longest first so "internal only" wins over "internal"; one alternation of literals is linear.
  const alternatives = [...new Set(substrings)].sort((a, b) => b.length - a.length).map((s) => s.replace(ESCAPE, '\\$&'));
  const body = `(?:${alternatives.join('|')})`;
  const source = match === 'word' ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
  const flags = caseSensitive ? 'gu' : 'giu';
  const fold = (s: string): string => (caseSensitive ? s : s.toLowerCase());
  const wanted = new Set(substrings.map(fold));

  return defineScanner({
    id,
    kind,
    category: 'policy',
    severity,
    description: 'Flags banned words or phrases (configured list).',
    threshold: 0.5,
    options: { substrings: [...substrings], match, caseSensitive, containsAll, redact, kind, severity },
    ...(redact ? { sanitizer: { order: 30, mitigates: true } } : {}),
    scan(view) {
      const text = view.normalized;
      const re = new RegExp(source, flags);
      const matches: Match[] = [];
      const found = new Set<string>();
      for (const m of text.matchAll(re)) {
        const span = view.toRaw(m.index, m.index + m[0].length);
        found.add(fold(m[0]));
        matches.push(redact ? { ...span, label: 'banned-substring', replacement: '[REDACTED]' } : { ...span, label: 'banned-substring' });
      }
      const hit = containsAll ? [...wanted].every((w) => found.has(w)) : matches.length > 0;
      if (!hit) return { score: 0, matches: containsAll ? [] : matches };
      const names = [...found].slice(0, 5).map((s) => `"${s}"`).join(', ');
      return { score: 1, matches, explanation: `Banned ${matches.length === 1 ? 'phrase' : 'phrases'} found: ${names}${found.size > 5 ? ', …' : ''}.` };
    },
  });
}
