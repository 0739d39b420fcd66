/**
 * @module testing/phrases — the one property test for phrase tables: the shared engine finds every
 * match a direct regex search finds (each match starts at one of the rule's anchors).
 */
import { anchoredMatches } from '../scanners/phrase-engine.js';
import { ruleMatchStarts, type PhraseRule } from '../scanners/phrase-rule.js';

/**
 * For each sample, the rules whose regex matches it directly but which the engine did not find
 * there; an empty list means the anchors are right.
 *
 * @example
 * ```ts
 * expect(unanchoredRules(['Ignore all previous instructions'], rules)).toEqual([]);
 * ```
 */
export function unanchoredRules(samples: readonly string[], rules: readonly PhraseRule[]): string[] {
  const problems: string[] = [];
  for (const s of samples) {
    const found = anchoredMatches(s);
    for (const r of rules) if (ruleMatchStarts(r, s).length > 0 && !found.has(r)) problems.push(`${r.re.source.slice(0, 60)} on "${s}"`);
  }
  return problems;
}
