/**
 * @module testing/phrases — the one property test for phrase tables: the shared engine finds every
 * match a direct regex search finds (each match starts at one of the rule's anchors).
 */
import { anchoredMatches } from '../scanners/phrase-engine.js';
import type { PhraseRule } from '../scanners/phrase-rule.js';

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

/**
 * Where `rule` counts in `text`, by a plain global search (for tests of the tables): the starts of
 * the matches `re` finds left to right, as `matchAll` would, skipping empty ones and those its
 * {@link PhraseRule.notAfter} context cancels (the search then goes on from the next character, as
 * a `(?<!…)` inside `re` would have made it).
 *
 * @example
 * ```ts
 * ruleMatchStarts(rule(String.raw`\bshow\b`, 0.5, ['show']), 'show and show'); // [0, 9]
 * ```
 */
export function ruleMatchStarts(rule: PhraseRule, text: string): number[] {
  const re = new RegExp(rule.re.source, `${rule.re.flags.replace(/[gy]/g, '')}g`);
  const out: number[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (rule.notAfter !== undefined) {
      rule.notAfter.lastIndex = m.index;
      if (rule.notAfter.test(text)) {
        re.lastIndex = m.index + 1;
        continue;
      }
    }
    out.push(m.index);
  }
  return out;
}
