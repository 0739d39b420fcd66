import { describe, expect, it } from 'vitest';
import { createPlaceholderTable } from '../../engine/placeholders.js';
import { ConfigError } from '../../errors.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import type { PlaceholderTable } from '../../types.js';
import { parsePlaceholder, piiDeanonymize } from './deanonymize.js';

function table(): PlaceholderTable {
  const t = createPlaceholderTable();
  t.placeholderFor('EMAIL', 'ana@example.org');
  t.placeholderFor('EMAIL', 'bo@example.com');
  t.placeholderFor('CREDIT_CARD', '4111 1111 1111 1111');
  t.placeholderFor('PHONE', '+1 202-555-0143');
  return t;
}

async function restore(text: string, placeholders = table()): Promise<{ out: string; score: number; explanation: string | undefined; count: number }> {
  const v = await runScanner(piiDeanonymize(), text, { placeholders, direction: 'output', prompt: 'write a reply' });
  return { out: applyReplacements(text, v.matches ?? []), score: v.score, explanation: v.explanation, count: (v.matches ?? []).length };
}

describe('pii/deanonymize', () => {
  it('has the agreed metadata', () => {
    const s = piiDeanonymize();
    expect(s.id).toBe('pii/deanonymize');
    expect(s.kind).toBe('output');
    expect(s.category).toBe('pii');
    expect(s.severity).toBe('low');
    expect(s.threshold).toBe(0.5);
    expect(s.sanitizer).toEqual({ order: 80, mitigates: true });
  });

  it('restores known placeholders with score 0', async () => {
    const r = await restore('I emailed [REDACTED_EMAIL_2] and charged [REDACTED_CREDIT_CARD_1].');
    expect(r.out).toBe('I emailed bo@example.com and charged 4111 1111 1111 1111.');
    expect(r.score).toBe(0);
    expect(r.explanation).toBe('Restored 2 placeholders.');
  });

  it('tolerates case, spacing, separators, padding, leading zeros and markdown escapes', async () => {
    const text = [
      '[redacted_email_1]',
      '[ REDACTED EMAIL 1 ]',
      '[REDACTED-EMAIL-1]',
      '[Redacted Credit-Card 01]',
      '**[REDACTED_PHONE_1]**',
      '\\[REDACTED\\_EMAIL\\_2\\]',
      '［REDACTED_EMAIL_2］',
    ].join(' | ');
    const r = await restore(text);
    expect(r.out).toBe('ana@example.org | ana@example.org | ana@example.org | 4111 1111 1111 1111 | **+1 202-555-0143** | bo@example.com | bo@example.com');
    expect(r.count).toBe(7);
  });

  it('restores a placeholder whose brackets were dropped only in its underscore form, and never unknown ones', async () => {
    const text = 'REDACTED_EMAIL_1 and redacted email 1, [REDACTED_EMAIL_7], [REDACTED_IBAN_1], [REDACTED_EMAIL], [REDACTED_EMAIL_1';
    const r = await restore(text);
    expect(r.out).toBe(text.replace('REDACTED_EMAIL_1 and', 'ana@example.org and'));
    expect(r.score).toBe(0);
    expect(r.explanation).toBe('Restored 1 placeholder; left 2 unknown placeholders as written (not created in this conversation).');
    // Glued to other words it is not a placeholder.
    expect((await restore('xREDACTED_EMAIL_1 and REDACTED_EMAIL_1y')).out).toBe('xREDACTED_EMAIL_1 and REDACTED_EMAIL_1y');
  });

  it('leaves ordinary brackets and markdown alone', async () => {
    const text = 'See [1], [note 2], [REDACTED] and [link](https://example.com/[x]).\n[[REDACTED_EMAIL_1]]';
    const r = await restore(text);
    expect(r.out).toBe('See [1], [note 2], [REDACTED] and [link](https://example.com/[x]).\n[ana@example.org]');
  });

  it('restores nothing with an empty table', async () => {
    const r = await restore('[REDACTED_EMAIL_1]', createPlaceholderTable());
    expect(r.out).toBe('[REDACTED_EMAIL_1]');
    expect(r.explanation).toBe('Restored 0 placeholders; left 1 unknown placeholder as written (not created in this conversation).');
    expect((await restore('plain text', createPlaceholderTable())).explanation).toBe('Restored 0 placeholders.');
  });

  it('maps spans back to the raw text around invisible characters', async () => {
    const text = 'to [REDACTED_\u200BEMAIL_1] now';
    const r = await restore(text);
    expect(r.out).toBe('to ana@example.org now');
  });

  it('parses placeholder spellings', () => {
    expect(parsePlaceholder('[ redacted-credit card 02 ]')).toBe('[REDACTED_CREDIT_CARD_2]');
    expect(parsePlaceholder('[REDACTED_US_SSN_3]')).toBe('[REDACTED_US_SSN_3]');
    for (const bad of ['[see note 1]', '[REDACTED_1]', '[REDACTED EMAIL one]', 'REDACTED_EMAIL_1', '[REDACTED_E.MAIL_1]']) expect(parsePlaceholder(bad), bad).toBeUndefined();
  });

  it('rejects options, since it has none', () => {
    expect(() => piiDeanonymize({ strict: true } as never)).toThrow(ConfigError);
    expect(() => piiDeanonymize(null as never)).toThrow(ConfigError);
  });

  it('finishes on 50k-character hostile input', async () => {
    const n = 50_000;
    for (const h of ['['.repeat(n), '[a'.repeat(n / 2), `[${'a'.repeat(n)}`, `${'a'.repeat(n)}]`, '[REDACTED_'.repeat(n / 10), '[REDACTED_EMAIL_1]'.repeat(n / 18), '[ _ - '.repeat(n / 6)]) {
      const r = await restore(h);
      expect(r.score).toBe(0);
    }
  });
});
