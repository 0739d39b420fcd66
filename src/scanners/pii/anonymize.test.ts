import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createPlaceholderTable } from '../../engine/placeholders.js';
import { ConfigError } from '../../errors.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import { piiAnonymize, type AnonymizeOptions } from './anonymize.js';
import { piiDeanonymize } from './deanonymize.js';

async function sanitize(text: string, options: AnonymizeOptions = {}, placeholders = createPlaceholderTable()): Promise<{ out: string; score: number; severity: string | undefined; explanation: string | undefined; labels: string[] }> {
  const v = await runScanner(piiAnonymize(options), text, { placeholders });
  return { out: applyReplacements(text, v.matches ?? []), score: v.score, severity: v.severity, explanation: v.explanation, labels: (v.matches ?? []).map((m) => m.label) };
}

describe('pii/anonymize', () => {
  it('has the agreed metadata', () => {
    const s = piiAnonymize();
    expect(s.id).toBe('pii/anonymize');
    expect(s.kind).toBe('input');
    expect(s.category).toBe('pii');
    expect(s.severity).toBe('low');
    expect(s.threshold).toBe(0.5);
    expect(s.sanitizer).toEqual({ order: 90, mitigates: true });
    expect(s.options).toEqual({
      entities: ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'UUID', 'CRYPTO_WALLET', 'PERSON', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'PASSPORT', 'MAC_ADDRESS', 'UK_NINO', 'DE_TAX_ID', 'FR_NIR', 'ES_NIF', 'URL_CREDENTIALS'],
      allow: [],
      redact: true,
      keepPrivateIps: false,
      nameLists: true,
      mode: 'placeholder',
      nameModel: false,
    });
    expect(JSON.parse(JSON.stringify(s.options))).toEqual(s.options);
  });

  it('redacts the email in the seed example and nothing else', async () => {
    const r = await sanitize('My email is john@example.com. Execute: rm -rf /');
    expect(r.out).toBe('My email is [REDACTED_EMAIL_1]. Execute: rm -rf /');
    expect(r.score).toBe(0.9);
    expect(r.severity).toBe('low');
    expect(r.explanation).toBe('Found 1 EMAIL; replaced with placeholders.');
  });

  it('points every match at the raw value it replaces', async () => {
    const text = 'Reach ana@example.org or +1 202-555-0143; card 4111 1111 1111 1111; host 203.0.113.7.';
    const v = await runScanner(piiAnonymize(), text);
    expect((v.matches ?? []).map((m) => [m.label, text.slice(m.start, m.end), m.replacement])).toEqual([
      ['EMAIL', 'ana@example.org', '[REDACTED_EMAIL_1]'],
      ['PHONE', '+1 202-555-0143', '[REDACTED_PHONE_1]'],
      ['CREDIT_CARD', '4111 1111 1111 1111', '[REDACTED_CREDIT_CARD_1]'],
      ['IP_ADDRESS', '203.0.113.7', '[REDACTED_IP_ADDRESS_1]'],
    ]);
    expect(v.score).toBe(0.95);
    expect(v.severity).toBe('medium');
    expect(v.explanation).toBe('Found 1 EMAIL, 1 PHONE, 1 CREDIT_CARD, 1 IP_ADDRESS; replaced with placeholders.');
  });

  it('reports medium severity for cards, IBANs and SSNs only', async () => {
    expect((await sanitize('iban GB27NWBK40051512345678')).severity).toBe('medium');
    expect((await sanitize('ssn 219-09-9999')).severity).toBe('medium');
    expect((await sanitize('id 3f2a9c4e-1b7d-4e8a-9c3b-2d4f6a8b0c1e')).severity).toBe('low');
    expect((await sanitize('id 3f2a9c4e-1b7d-4e8a-9c3b-2d4f6a8b0c1e')).score).toBe(0.6);
  });

  it('finds PII split by zero-width characters or written in fullwidth and replaces the whole raw span', async () => {
    const text = 'mail jo\u200Bhn@exam\u200Dple.com or card ４１１１\u200B １１１１ １１１１ １１１１!';
    const r = await sanitize(text);
    expect(r.out).toBe('mail [REDACTED_EMAIL_1] or card [REDACTED_CREDIT_CARD_1]!');
  });

  it('keeps placeholders consistent across scans that share a table', async () => {
    const table = createPlaceholderTable();
    const first = await sanitize('From bo@example.com to cy@example.com', {}, table);
    expect(first.out).toBe('From [REDACTED_EMAIL_1] to [REDACTED_EMAIL_2]');
    const second = await sanitize('Again cy@example.com, and new dee@example.org, and bo@example.com', {}, table);
    expect(second.out).toBe('Again [REDACTED_EMAIL_2], and new [REDACTED_EMAIL_3], and [REDACTED_EMAIL_1]');
    // Separate tables start numbering again.
    expect((await sanitize('dee@example.org')).out).toBe('[REDACTED_EMAIL_1]');
  });

  it('maps one value written differently to one placeholder (the first spelling is the one restored)', async () => {
    const table = createPlaceholderTable();
    const r = await sanitize('Ana@Example.org / ana@example.org; 4111 1111 1111 1111 / 4111-1111-1111-1111 / 4111111111111111; (202) 555-0143 / +1 202 555 0143', {}, table);
    expect(r.out).toBe('[REDACTED_EMAIL_1] / [REDACTED_EMAIL_1]; [REDACTED_CREDIT_CARD_1] / [REDACTED_CREDIT_CARD_1] / [REDACTED_CREDIT_CARD_1]; [REDACTED_PHONE_1] / [REDACTED_PHONE_1]');
    expect(table.originalOf('[REDACTED_EMAIL_1]')).toBe('Ana@Example.org');
    expect(table.originalOf('[REDACTED_CREDIT_CARD_1]')).toBe('4111 1111 1111 1111');
    // A later turn writing the value another way still gets the same placeholder.
    expect((await sanitize('card 4111-1111-1111-1111', {}, table)).out).toBe('card [REDACTED_CREDIT_CARD_1]');
  });

  it('round-trips through Deanonymize to the exact original text', async () => {
    const prompt = [
      'Hi, I am Ana (ana.lopez@example.org, backup a.lopez+work@example.net).',
      'Phones: +1 202-555-0143, +44 20 7946 0958 and (555) 010-0177.',
      'Cards: 4111 1111 1111 1111 and 3782-822463-10005. IBANs: DE48 5001 0517 0532 0130 00, GB27NWBK40051512345678.',
      'SSN 219-09-9999 and my social security number 078-12-3456.',
      'Hosts 203.0.113.7, 198.51.100.22 and 2001:db8:85a3::8a2e:370:7334.',
      'Session 3f2a9c4e-1b7d-4e8a-9c3b-2d4f6a8b0c1e / 9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d.',
      'Wallets 19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vV, bc1qpvc9275lcn5suv6c0k3v0mq3xedcpfw23sk8fk and 0x5a1e7c0ffee0ddba11fab1e5eed0c0de12345678.',
      'Please draft a reply. Execute nothing.',
    ].join('\n');
    const table = createPlaceholderTable();
    const v = await runScanner(piiAnonymize(), prompt, { placeholders: table });
    const redacted = applyReplacements(prompt, v.matches ?? []);
    const counts = new Map<string, number>();
    for (const m of v.matches ?? []) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ PERSON: 1, EMAIL: 2, PHONE: 3, CREDIT_CARD: 2, IBAN: 2, US_SSN: 2, IP_ADDRESS: 3, UUID: 2, CRYPTO_WALLET: 3 });
    for (const secret of ['ana.lopez@', '202-555', '4111', 'DE48', '219-09', '203.0.113', '3f2a9c4e', '19DWLNe', '0x5a1e']) expect(redacted).not.toContain(secret);
    // The model echoes the placeholders back; Deanonymize restores every one.
    const back = await runScanner(piiDeanonymize(), redacted, { placeholders: table, direction: 'output' });
    expect(applyReplacements(redacted, back.matches ?? [])).toBe(prompt);
  });

  it('leaves hard negatives untouched', async () => {
    const benign = [
      'Meeting on 2024-01-15 at 14:30; the release is v1.2.3.4.5 and the old one 1.2.3.4.5.6.',
      'Order number 4111111111111112 (not Luhn-valid) and order 100-2000-3000 cost $1,234.56, or 1.234,56 EUR.',
      'ISBN 978-3-16-148410-0; commit 9fceb02d0ae598e95dc970b74767f19372d61af8; built at 1705312800123.',
      'Open http://localhost:8080/health; ratio 16:9; slice a[1::2]; std::vector; broadcast ff:ff:ff:ff:ff:ff.',
      'Version 10.0.19045.3693 of the OS; section 4.2.1.3 of the spec; phone-free zone.',
    ].join('\n');
    const r = await sanitize(benign);
    expect(r.out).toBe(benign);
    expect(r.score).toBe(0);
    expect(r.explanation).toBe('No personal data found.');
  });

  it('never throws on odd input', async () => {
    for (const t of ['', '\u0000\u0001', '\uD800 lone \uDC00', '混合 текст 🙂 ana@example.org', 'x'.repeat(10_000)]) {
      const v = await runScanner(piiAnonymize(), t);
      expect(v.score).toBeGreaterThanOrEqual(0);
    }
  });

  describe('options', () => {
    it('entities limits what is redacted', async () => {
      const r = await sanitize('ana@example.org 203.0.113.7', { entities: ['IP_ADDRESS'] });
      expect(r.out).toBe('ana@example.org [REDACTED_IP_ADDRESS_1]');
    });

    it('allow keeps listed values, compared loosely', async () => {
      const r = await sanitize('Write support@example.com or SUPPORT@EXAMPLE.COM, call +1 (202) 555-0100 or +1 202 555 0143; me: ana@example.org', {
        allow: ['Support@example.com', '+1 202-555-0100'],
      });
      expect(r.out).toBe('Write support@example.com or SUPPORT@EXAMPLE.COM, call +1 (202) 555-0100 or [REDACTED_PHONE_1]; me: [REDACTED_EMAIL_1]');
      expect(r.explanation).toContain('3 allowed values kept');
    });

    it('defaultCountry validates national numbers', async () => {
      expect((await sanitize('Ruf an: 030 901820', { defaultCountry: 'de' })).out).toBe('Ruf an: [REDACTED_PHONE_1]');
      // Without a region, a national number needs a phone word or a phone-only shape (trunk 0, brackets).
      expect((await sanitize('Ruf an: 30 901820')).out).toBe('Ruf an: 30 901820');
      expect((await sanitize('Ruf an: 030 901820')).out).toBe('Ruf an: [REDACTED_PHONE_1]');
    });

    it('redact: false detects without rewriting', async () => {
      const s = piiAnonymize({ redact: false });
      expect(s.sanitizer).toBeUndefined();
      const table = createPlaceholderTable();
      const v = await runScanner(s, 'mail ana@example.org', { placeholders: table });
      expect(v.score).toBe(0.9);
      expect(v.matches?.[0]).toEqual({ start: 5, end: 20, label: 'EMAIL' });
      expect(table.entries()).toEqual([]);
      expect(v.explanation).toContain('not redacted');
    });

    it('keepPrivateIps spares LAN and loopback addresses', async () => {
      const r = await sanitize('db at 10.0.0.5 and 127.0.0.1, client 198.51.100.4', { keepPrivateIps: true });
      expect(r.out).toBe('db at 10.0.0.5 and 127.0.0.1, client [REDACTED_IP_ADDRESS_1]');
    });

    it('rejects bad options with ConfigError', () => {
      const bad: unknown[] = [
        { entities: ['EMAIL', 'DRIVER_LICENSE'] },
        { mode: 'mask' },
        { entities: [] },
        { entities: 'EMAIL' },
        { allow: 'x@example.com' },
        { allow: [1] },
        { defaultCountry: 'USA' },
        { defaultCountry: 'ZZ' },
        { defaultCountry: 1 },
        { redact: 'yes' },
        { keepPrivateIps: 1 },
        { entites: ['EMAIL'] },
        null,
      ];
      for (const b of bad) expect(() => piiAnonymize(b as AnonymizeOptions), JSON.stringify(b)).toThrow(ConfigError);
    });
  });

  it('never leaves an inserted email or card in the sanitized text (property)', async () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9._+-]{0,10}[a-z0-9]$/).filter((s) => !s.includes('..'));
    const email = fc.tuple(local, fc.constantFrom('example.com', 'example.org', 'mail.example.net')).map(([l, d]) => `${l}@${d}`);
    const card = fc.constantFrom('4111111111111111', '4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011111111111117', '3530111333300000');
    const filler = fc.string({ maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(filler, fc.oneof(email, card), filler, async (pre, value, post) => {
        // Separate the value from the filler as a writer would (otherwise it is another token).
        const text = `${pre} ${value} ${post}`;
        const v = await runScanner(piiAnonymize(), text);
        const out = applyReplacements(text, v.matches ?? []);
        expect(out).not.toContain(value);
      }),
      { numRuns: 200 },
    );
  });

  it('finishes on 50k-character hostile input', async () => {
    const n = 50_000;
    const hostile = [
      'a@'.repeat(n / 2),
      '1'.repeat(n),
      '1.'.repeat(n / 2),
      ':'.repeat(n),
      `${'a'.repeat(n)}@`,
      '1 '.repeat(n / 2),
      '1-'.repeat(n / 2),
      '+1 '.repeat(n / 3),
      '(1'.repeat(n / 2),
      'ff:'.repeat(n / 3),
      "-'".repeat(n / 2),
      `x@${'a.'.repeat(n / 2)}`,
      'DE89 '.repeat(n / 5),
      'bc1'.repeat(n / 3),
      '4111 '.repeat(n / 5),
      '\u200B1'.repeat(n / 2),
      '+12025550143 '.repeat(n / 13),
    ];
    const s = piiAnonymize({ defaultCountry: 'US' });
    for (const h of hostile) {
      const v = await runScanner(s, h);
      expect(v.score).toBeGreaterThanOrEqual(0);
    }
  });

  it('degrades to the North American fallback when phone metadata cannot load, and retries later', async () => {
    vi.resetModules();
    vi.doMock('libphonenumber-js/max', () => {
      throw new Error('metadata offline');
    });
    try {
      const { piiAnonymize: fresh } = await import('./anonymize.js');
      const text = 'call +44 20 7946 0958 or (555) 010-0199, mail ana@example.org';
      const v = await runScanner(fresh(), text);
      expect(applyReplacements(text, v.matches ?? [])).toBe('call +44 20 7946 0958 or [REDACTED_PHONE_1], mail [REDACTED_EMAIL_1]');
      expect(v.explanation).toContain('phone metadata failed to load');
      vi.doUnmock('libphonenumber-js/max');
      const again = await runScanner(fresh(), text);
      expect(applyReplacements(text, again.matches ?? [])).toBe('call [REDACTED_PHONE_1] or [REDACTED_PHONE_2], mail [REDACTED_EMAIL_1]');
    } finally {
      vi.doUnmock('libphonenumber-js/max');
      vi.resetModules();
    }
  });
});

describe('pii/anonymize: the name model (nameModel: true)', () => {
  it('declares its model and adds model-tagged names to the rule-found ones', async () => {
    const s = piiAnonymize({ nameModel: true });
    expect(s.models).toEqual([{ id: 'pii-names', task: 'classify' }]);
    const r = await sanitize('Seth had given Irma his address. Dear Maya Ortiz, see you.', { nameModel: true });
    expect(r.out).toBe('[REDACTED_PERSON_1] had given [REDACTED_PERSON_2] his address. Dear [REDACTED_PERSON_3], see you.');
  });

  it('falls back to the rules, and says so, when the host cannot run the model', async () => {
    const { createModelHost } = await import('../../models/host.js');
    const broken = { ...createModelHost({ files: {} }) };
    const v = await runScanner(piiAnonymize({ nameModel: true }), 'Dear Maya Ortiz, hello.', { models: broken });
    expect(applyReplacements('Dear Maya Ortiz, hello.', v.matches ?? [])).toBe('Dear [REDACTED_PERSON_1], hello.');
    expect(v.explanation).toMatch(/name model could not run .*rules only/);
  });
});

