import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import { hasNestedQuantifier, policyRegex } from './regex.js';
import { policyBanSubstrings } from './ban-substrings.js';

describe('policy/regex', () => {
  it('deny mode finds and redacts matches through normalisation', async () => {
    const s = policyRegex({ patterns: ['order-\\d{4}'], flags: 'i', redact: true });
    const text = 'see ＯＲＤＥＲ-１２３４ and order-5678';
    const v = await runScanner(s, text);
    expect(v.score).toBe(1);
    expect(v.matches).toHaveLength(2);
    expect(applyReplacements(text, v.matches ?? [])).toBe('see [REDACTED] and [REDACTED]');
  });

  it('require mode flags text with no match', async () => {
    const s = policyRegex({ patterns: ['^Ticket #\\d+'], mode: 'require' });
    expect((await runScanner(s, 'Ticket #42: printer jam')).score).toBe(0);
    expect((await runScanner(s, 'printer jam')).score).toBe(1);
  });

  it('refuses catastrophic and invalid patterns', () => {
    expect(() => policyRegex({ patterns: ['(a+)+$'] })).toThrow(ConfigError);
    expect(() => policyRegex({ patterns: ['(?:\\w*x?)*'] })).toThrow(ConfigError);
    expect(() => policyRegex({ patterns: ['(unclosed'] })).toThrow(ConfigError);
    expect(() => policyRegex({ patterns: [] })).toThrow(ConfigError);
    expect(() => policyRegex({ patterns: ['x'], flags: 'g' })).toThrow(ConfigError);
    expect(() => policyRegex({ patterns: ['x'], mode: 'require', redact: true })).toThrow(ConfigError);
    expect(() => policyRegex({ patterns: ['(a+)+$'], allowUnsafe: true })).not.toThrow();
  });

  it('hasNestedQuantifier separates nested from flat quantifiers', () => {
    for (const bad of ['(a+)+', '(a*)*', '((ab)+c)+', '(x{2,})*', '(?:a|b+){3,}']) expect(hasNestedQuantifier(bad), bad).toBe(true);
    for (const ok of ['a+b+', '(ab)+', '[(a+)]+', '\\(a+\\)+', '(?:foo|bar)\\d+', '(a)(b+)']) expect(hasNestedQuantifier(ok), ok).toBe(false);
  });

  it('supports id overrides so several lists can coexist', () => {
    expect(policyRegex({ patterns: ['x'], id: 'policy/regex-output', kind: 'output' }).id).toBe('policy/regex-output');
    expect(() => policyRegex({ patterns: ['x'], id: 'Bad Id' })).toThrow(ConfigError);
  });
});

describe('policy/ban-substrings', () => {
  it('matches anywhere by default, case-insensitively, through zero-width characters', async () => {
    const s = policyBanSubstrings({ substrings: ['internal only'] });
    const text = 'This memo is INTERNAL\u200B ONLY.';
    const v = await runScanner(s, text);
    expect(v.score).toBe(1);
    const m = v.matches?.[0];
    expect(m && text.slice(m.start, m.end)).toBe('INTERNAL\u200B ONLY');
  });

  it('containsAll needs every phrase; caseSensitive respects case', async () => {
    const all = policyBanSubstrings({ substrings: ['alpha', 'beta'], containsAll: true });
    expect((await runScanner(all, 'alpha only')).score).toBe(0);
    expect((await runScanner(all, 'beta and alpha')).score).toBe(1);
    const cs = policyBanSubstrings({ substrings: ['NASA'], caseSensitive: true });
    expect((await runScanner(cs, 'nasa')).score).toBe(0);
    expect((await runScanner(cs, 'NASA')).score).toBe(1);
  });

  it('escapes regex metacharacters in phrases', async () => {
    const s = policyBanSubstrings({ substrings: ['a.b*c', '(x)'] });
    expect((await runScanner(s, 'aXbbc')).score).toBe(0);
    expect((await runScanner(s, 'say a.b*c now (x)')).matches).toHaveLength(2);
  });
});
