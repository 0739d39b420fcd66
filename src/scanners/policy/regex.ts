/**
 * @module scanners/policy/regex — Regex: the application's own patterns, either forbidden
 * (`mode: 'deny'`, a match is a finding) or required (`mode: 'require'`, no match is a finding).
 * Patterns are compiled once; obviously catastrophic ones (a quantified group that itself ends in a
 * quantifier, like `(a+)+`) are refused unless `allowUnsafe` is set, because a user pattern runs on
 * attacker-controlled text.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, ScannerKind, Severity } from '../../types.js';
import { checkBoolean, checkOneOf, checkStringArray, defineScanner } from '../define.js';

/** Options of {@link policyRegex}. */
export interface RegexOptions {
  /** Pattern sources (JavaScript syntax, no slashes), at least one. */
  readonly patterns: readonly string[];
  /** Flags added to every pattern (`i`, `m`, `s`, `u`; `g` is implied). */
  readonly flags?: string;
  /** `'deny'` (default): a match is a finding. `'require'`: text without any match is a finding. */
  readonly mode?: 'deny' | 'require';
  /** Replace matches with `[REDACTED]` (deny mode only, default false). */
  readonly redact?: boolean;
  /** Match against the normalised view (default true) or the raw text. */
  readonly normalized?: boolean;
  /** Accept patterns that look catastrophic (default false). */
  readonly allowUnsafe?: boolean;
  readonly kind?: ScannerKind;
  readonly severity?: Severity;
  /** Id override, to register several pattern sets. */
  readonly id?: string;
}

/**
 * True when a group whose body contains a quantifier is itself quantified: the classic
 * exponential-backtracking shape (`(a+)+`, `(\w*x?)*`, `(?:a|aa+){2,}`). A cheap static check, not
 * a proof: it rejects the common foot-guns; the README points to a ReDoS checker for the rest.
 * Written as a scan over the pattern rather than a regex so that it is linear itself.
 *
 * @example
 * ```ts
 * hasNestedQuantifier('(a+)+'); // true
 * hasNestedQuantifier('a+b+');  // false
 * ```
 */
export function hasNestedQuantifier(pattern: string): boolean {
  const stack: boolean[] = []; // per open group: does its body hold a quantifier?
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const quantifiedInside = stack.pop() ?? false;
      const next = pattern[i + 1];
      const quantifiedOutside = next === '*' || next === '+' || next === '{';
      if (quantifiedInside && quantifiedOutside) return true;
      if (stack.length > 0 && (quantifiedInside || quantifiedOutside)) stack[stack.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{') && stack.length > 0) stack[stack.length - 1] = true;
  }
  return false;
}

const FLAGS = /^[imsuv]*$/;

/**
 * Your own patterns as a scanner.
 *
 * @example
 * ```ts
 * policyRegex({ patterns: ['\\bproject[- ]falcon\\b'], flags: 'i', redact: true });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function policyRegex(options: RegexOptions): Scanner<Readonly<Record<string, unknown>>> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('policyRegex needs { patterns: [...] }');
  const patterns = checkStringArray(options.patterns, 'patterns');
  if (patterns.length === 0) throw new ConfigError('patterns must contain at least one pattern');
  const flags = options.flags ?? '';
  if (typeof flags !== 'string' || !FLAGS.test(flags)) throw new ConfigError('flags may contain only i, m, s, u, v');
  const mode = checkOneOf(options.mode, ['deny', 'require'] as const, 'mode', 'deny');
  const redact = checkBoolean(options.redact, 'redact', false);
  if (redact && mode === 'require') throw new ConfigError('redact works only with mode "deny"');
  const useNormalized = checkBoolean(options.normalized, 'normalized', true);
  const allowUnsafe = checkBoolean(options.allowUnsafe, 'allowUnsafe', false);
  const kind = checkOneOf(options.kind, ['input', 'output', 'both'] as const, 'kind', 'both');
  const severity = checkOneOf(options.severity, ['low', 'medium', 'high', 'critical'] as const, 'severity', 'medium');
  const id = options.id ?? 'policy/regex';
  const compiled = patterns.map((p) => {
    if (!allowUnsafe && hasNestedQuantifier(p)) throw new ConfigError(`pattern ${JSON.stringify(p)} nests quantifiers and can backtrack catastrophically; rewrite it or set allowUnsafe`);
    try {
      return new RegExp(p, `${flags.replace('g', '')}g`);
    } catch (e) {
      throw new ConfigError(`pattern ${JSON.stringify(p)} is not a valid regular expression: ${(e as Error).message}`);
    }
  });

  return defineScanner({
    id,
    kind,
    category: 'policy',
    severity,
    description: mode === 'deny' ? 'Flags text matching configured patterns.' : 'Flags text that matches none of the required patterns.',
    threshold: 0.5,
    options: { patterns: [...patterns], flags, mode, redact, normalized: useNormalized, kind, severity },
    ...(redact ? { sanitizer: { order: 30, mitigates: true } } : {}),
    scan(view) {
      const text = useNormalized ? view.normalized : view.raw;
      const matches: Match[] = [];
      compiled.forEach((template, index) => {
        const re = new RegExp(template.source, template.flags);
        for (const m of text.matchAll(re)) {
          if (m[0].length === 0) continue;
          const span = useNormalized ? view.toRaw(m.index, m.index + m[0].length) : { start: m.index, end: m.index + m[0].length };
          matches.push(redact ? { ...span, label: `pattern-${index}`, replacement: '[REDACTED]' } : { ...span, label: `pattern-${index}` });
        }
      });
      if (mode === 'require') {
        return matches.length > 0 ? { score: 0, matches: [] } : { score: 1, explanation: 'The text matches none of the required patterns.' };
      }
      if (matches.length === 0) return { score: 0 };
      return { score: 1, matches, explanation: `${matches.length} match${matches.length === 1 ? '' : 'es'} of configured patterns.` };
    },
  });
}
