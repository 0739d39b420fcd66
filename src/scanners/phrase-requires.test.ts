import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSource } from '../../scripts/phrase-requires.js';
import { ownTexts } from '../../test/own-texts.js';
import { phraseRules } from './phrase-engine.js';
import { derivedTable, necessaryWords, ruleKey } from './phrase-requires.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Every text of the golden cases and fixtures (our own words). */
const corpus = (): string[] => ownTexts(ROOT);

describe('necessaryWords', () => {
  it('reads the mandatory word groups after the anchor', () => {
    expect(necessaryWords(String.raw`\b(?:ignore|forget)\s+(?:all\s+)?(?:previous|prior)\s+(?:instructions|rules)\b`)).toEqual([
      ['previous', 'prior'],
      ['instructions', 'rules'],
    ]);
  });

  it('skips optional elements, very common words and words not at a word start', () => {
    // `(?:secret\s+)?` may be absent, "the" rules nothing out, `prompt` may follow a letter.
    expect(necessaryWords(String.raw`\breveal\s+(?:secret\s+)?the\s+\S{0,3}prompt`)).toEqual([]);
    expect(necessaryWords(String.raw`\breveal\s*password`)).toEqual([]);
  });

  it('takes the longest literal prefix of each alternative (quantified letters end it)', () => {
    expect(necessaryWords(String.raw`\bshow\s+(?:instructions?|summari[sz]e|system\s+prompt)`)).toEqual([['instruction', 'summari', 'system']]);
  });

  it('joins the groups of a top-level alternation, and gives up when a branch has none', () => {
    expect(necessaryWords(String.raw`\bnone\s+of\s+(?:counts?|matters?)\b|\bnothing\s+was\s+said\s+(?:earlier|before)`)).toEqual([['count', 'matter', 'said']]);
    expect(necessaryWords(String.raw`\bnone\s+of\s+(?:counts?|matters?)\b|\bnothing\b`)).toEqual([]);
  });

  it("reads phrase-rule's accented word start (B) as a word start, and accented Latin letters as letters", () => {
    const B = String.raw`(?<![0-9A-Za-z_\u00C0-\u024F])`;
    expect(necessaryWords(String.raw`${B}(?:ignore|oublie)\s+(?:les\s+)?(?:tâches?|consignes?)[^\n]{0,40}?${B}(?:écris|affiche)\b`)).toEqual([
      ['tâche', 'consigne'],
      ['écris', 'affiche'],
    ]);
    // Any other lookbehind proves nothing about what precedes the word.
    expect(necessaryWords(String.raw`\bignore\s+the[^\n]{0,40}?(?<=x)(?:prompt|rules)\b`)).toEqual([]);
  });

  it("counts the anchor's element even when it is too short to name a word", () => {
    // "au lieu" yields no 3-letter word; the element after it must not be taken for the anchor.
    const groups = necessaryWords(String.raw`\b(?:sans|au\s+lieu\s+de)\s+(?:répondre|réagir)\s+(?:questions|consignes)`);
    expect(groups).toHaveLength(2);
    expect(groups).toContainEqual(['répondre', 'réagir']);
    expect(groups).toContainEqual(['questions', 'consignes']);
  });

  it('returns no groups for syntax it does not know (slower, never wrong)', () => {
    expect(necessaryWords(String.raw`\bignore\s+\1\s+rules`)).toEqual([]);
    expect(necessaryWords('(?<name>x)')).toEqual([]);
  });
});

describe('the generated table', () => {
  it('is up to date with the phrase tables (else run `npx tsx scripts/phrase-requires.ts`)', () => {
    const current = readFileSync(join(ROOT, 'src/scanners/phrase-requires.generated.ts'), 'utf8');
    expect(current === generatedSource()).toBe(true);
  });

  it('keys every rule uniquely', () => {
    expect(() => derivedTable(phraseRules().map((r) => r.rule.re.source))).not.toThrow();
    expect(ruleKey('abc')).toMatch(/^[0-9a-f]{8}:3$/);
  });

  it('never names a word that a real match lacks (every group has a word at a word start inside each match)', () => {
    const texts = corpus();
    let checked = 0;
    for (const r of phraseRules()) {
      const groups = necessaryWords(r.rule.re.source);
      if (groups.length === 0) continue;
      const re = new RegExp(r.rule.re.source, r.rule.re.flags.includes('g') ? r.rule.re.flags : `${r.rule.re.flags}g`);
      for (const t of texts) {
        re.lastIndex = 0;
        for (const m of t.matchAll(re)) {
          const span = m[0].toLowerCase();
          for (const g of groups) {
            const ok = g.some((w) => new RegExp(`(?:^|[^a-z0-9_])${w}`).test(span));
            expect(ok, `${r.rule.re.source.slice(0, 80)} matched "${m[0]}" without any of ${g.join(', ')}`).toBe(true);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  }, 60_000);
});
