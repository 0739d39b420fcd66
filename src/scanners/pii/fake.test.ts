import { describe, expect, it } from 'vitest';
import { createBouncer } from '../../engine/create-bouncer.js';
import { createPlaceholderTable } from '../../engine/placeholders.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import { piiAnonymize } from './anonymize.js';
import { piiDeanonymize } from './deanonymize.js';
import { isCardNumber, luhnValid } from './validators.js';
import { fakeValue, tolerantPattern } from './fake.js';

describe('pii/fake: stand-in values', () => {
  it('are deterministic per seed and placeholder, and differ between seeds', () => {
    const a = fakeValue('EMAIL', 'ana@corp.net', '[REDACTED_EMAIL_1]', 'seed-a');
    expect(fakeValue('EMAIL', 'ana@corp.net', '[REDACTED_EMAIL_1]', 'seed-a')).toBe(a);
    const others = ['seed-b', 'seed-c', 'seed-d'].map((s) => fakeValue('EMAIL', 'ana@corp.net', '[REDACTED_EMAIL_1]', s));
    expect(others.some((o) => o !== a)).toBe(true);
    expect(a).toMatch(/^[a-z]+\.[a-z]+\d{0,2}@example\.(?:com|org|net)$/);
  });

  it('keep the shape of the original and use reserved ranges', () => {
    const card = fakeValue('CREDIT_CARD', '4111 1111 1111 1111', '[REDACTED_CREDIT_CARD_1]', 's');
    expect(card).toMatch(/^4000 00\d\d \d{4} \d{4}$/);
    expect(luhnValid(card.replace(/\D/g, ''))).toBe(true);
    expect(isCardNumber(card.replace(/\D/g, ''))).toBe(true);
    expect(fakeValue('PHONE', '(202) 555-0143', '[REDACTED_PHONE_1]', 's')).toMatch(/^\([2-9]\d\d\) 555-01\d\d$/);
    expect(fakeValue('US_SSN', '219-09-9999', '[REDACTED_US_SSN_1]', 's')).toMatch(/^9\d\d-\d\d-\d{4}$/);
    expect(fakeValue('IP_ADDRESS', '203.0.113.7', '[REDACTED_IP_ADDRESS_1]', 's')).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/);
    expect(fakeValue('MAC_ADDRESS', '00:1a:2b:3c:4d:5e', '[REDACTED_MAC_ADDRESS_1]', 's')).toMatch(/^02(?::[0-9a-f]{2}){5}$/);
    expect(fakeValue('PERSON', 'Maya Ortiz', '[REDACTED_PERSON_1]', 's')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    const iban = fakeValue('IBAN', 'DE48 5001 0517 0532 0130 00', '[REDACTED_IBAN_1]', 's');
    expect(iban.startsWith('DE')).toBe(true);
    expect(iban.replace(/\s/g, '')).toHaveLength(22);
  });

  it('are found again with the case and spacing a model may change', () => {
    expect(tolerantPattern('555-0143').test('call 555 0143 now')).toBe(true);
    expect(tolerantPattern('Nora Weber').test('NORA  WEBER said')).toBe(true);
    expect(tolerantPattern('Nora Weber').test('Noraweberx')).toBe(false);
  });
});

describe('pii: fake mode end to end', () => {
  it('replaces with stand-ins and Deanonymize restores the originals, even re-cased', async () => {
    const table = createPlaceholderTable();
    const prompt = 'Email maya.ortiz@corp.net or call (202) 555-0143 about card 4111 1111 1111 1111.';
    const v = await runScanner(piiAnonymize({ mode: 'fake' }), prompt, { placeholders: table });
    const out = applyReplacements(prompt, v.matches ?? []);
    expect(out).not.toContain('maya.ortiz');
    expect(out).not.toContain('4111');
    expect(out).not.toContain('[REDACTED');
    expect(v.explanation).toContain('stand-in values');
    const fakeEmail = out.match(/\S+@example\.\w+/)?.[0] as string;
    const answer = `Sure — I will write to ${fakeEmail.toUpperCase()} and charge ${out.match(/4000 00\d\d \d{4} \d{4}/)?.[0]?.replace(/ /g, '')}.`;
    const back = await runScanner(piiDeanonymize(), answer, { placeholders: table, direction: 'output' });
    expect(applyReplacements(answer, back.matches ?? [])).toBe('Sure — I will write to maya.ortiz@corp.net and charge 4111 1111 1111 1111.');
  });

  it('gives the same value the same stand-in in every turn, and other conversations other stand-ins', async () => {
    const bouncer = await createBouncer({ scanners: [piiAnonymize({ mode: 'fake' }), piiDeanonymize()] });
    const c1 = bouncer.conversation();
    const a = await bouncer.scanInput('Mail jane@corp.net the file', { conversation: c1 });
    const b = await bouncer.scanInput('Did you mail jane@corp.net?', { conversation: c1 });
    const fake = a.sanitized.split(' ')[1] as string;
    expect(b.sanitized).toBe(`Did you mail ${fake}?`);
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) seen.add((await bouncer.scanInput('Mail jane@corp.net the file', { conversation: bouncer.conversation() })).sanitized);
    expect(seen.size).toBeGreaterThan(1);
    await bouncer.close();
  });
});

describe('pii: placeholders across a conversation (engine)', () => {
  it('same email → same placeholder in every turn; restored in the answer; never in the input reports', async () => {
    const bouncer = await createBouncer({ scanners: [piiAnonymize(), piiDeanonymize()] });
    const convo = bouncer.conversation();
    const r1 = await bouncer.scanInput('Mail jane@example.org the report. Dear Maya Ortiz, hello.', { conversation: convo });
    const r2 = await bouncer.scanInput('Copy JANE@EXAMPLE.ORG and Maya Ortiz again', { conversation: convo });
    expect(r1.sanitized).toBe('Mail [REDACTED_EMAIL_1] the report. Dear [REDACTED_PERSON_1], hello.');
    expect(r2.sanitized).toBe('Copy [REDACTED_EMAIL_1] and [REDACTED_PERSON_1] again');
    for (const r of [r1, r2]) {
      const json = JSON.stringify(r);
      expect(json).not.toMatch(/jane@/i);
      expect(json).not.toContain('Maya');
    }
    expect(convo.history.map((t) => t.content).join('\n')).not.toMatch(/jane@|Maya/i);
    const out = await bouncer.scanOutput(r1.sanitized, 'Sent to [redacted email 1]; REDACTED_PERSON_1 is cc-ed.', { conversation: convo });
    expect(out.sanitized).toBe('Sent to jane@example.org; Maya Ortiz is cc-ed.');
    // The history keeps the answer with placeholders; the serialised conversation has neither the values nor the fake seed.
    expect(convo.history.at(-1)?.content).toBe('Sent to [REDACTED_EMAIL_1]; [REDACTED_PERSON_1] is cc-ed.');
    expect(JSON.stringify(convo)).not.toMatch(/jane@|Maya|fakeSeed/);
    await bouncer.close();
  });
});
