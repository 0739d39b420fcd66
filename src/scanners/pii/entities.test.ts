import { describe, expect, it } from 'vitest';
import { entityKey, findEntities, findPatternEntities, resolveOverlaps, type EntityMatch, type FindEntitiesOptions } from './entities.js';

/** `[label, matched text]` pairs, in text order. */
async function found(text: string, opts: FindEntitiesOptions = {}): Promise<[string, string][]> {
  const { matches } = await findEntities(text, opts);
  for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  return matches.map((m) => [m.label, m.text]);
}

describe('pii entities', () => {
  it('finds emails with exact spans', async () => {
    expect(await found('write to ana.lopez+billing@mail.example.co.uk, thanks')).toEqual([['EMAIL', 'ana.lopez+billing@mail.example.co.uk']]);
    expect(await found("quoted: 'o'neil@example.org' and <Team_Lead@example.com>.")).toEqual([
      ['EMAIL', "o'neil@example.org"],
      ['EMAIL', 'Team_Lead@example.com'],
    ]);
    expect(await found('mailto:sam@example.net?subject=hi')).toEqual([['EMAIL', 'sam@example.net']]);
  });

  it('does not take email-looking non-addresses', async () => {
    for (const t of ['user@localhost', 'a@b', '@example.com', 'name@.example.com', 'npm i @scope/pkg@1.2.3', 'x@example.c0m', `${'a'.repeat(70)}@example.com`]) {
      expect(await found(t), t).toEqual([]);
    }
  });

  it('finds cards only when Luhn-valid with a network prefix and plausible grouping', async () => {
    expect(await found('visa 4111 1111 1111 1111 exp 12/29')).toEqual([['CREDIT_CARD', '4111 1111 1111 1111']]);
    expect(await found('amex 3782-822463-10005.')).toEqual([['CREDIT_CARD', '3782-822463-10005']]);
    expect(await found('mc 5555555555554444')).toEqual([['CREDIT_CARD', '5555555555554444']]);
    expect(await found('ref 1234 4111 1111 1111 1111')).toEqual([['CREDIT_CARD', '4111 1111 1111 1111']]);
    // A CVV or another number right after the card is not part of it.
    expect(await found('card 4111111111111111 123')).toEqual([['CREDIT_CARD', '4111111111111111']]);
    expect(await found('card 4111 1111 1111 1111 321 exp')).toEqual([['CREDIT_CARD', '4111 1111 1111 1111']]);
    for (const t of ['4111111111111112', 'id 1234567812345670', 'x4111111111111111', '4111 1111-1111 1111', '41 11 11 11 11 11 11 11', 'total 4111111111111111.50', 'ts 1705312800000000']) {
      expect(await found(t), t).toEqual([]);
    }
  });

  it('finds IBANs with or without spaces and trims a swallowed word', async () => {
    expect(await found('pay DE48 5001 0517 0532 0130 00 OK?')).toEqual([['IBAN', 'DE48 5001 0517 0532 0130 00']]);
    expect(await found('to GB27NWBK40051512345678.')).toEqual([['IBAN', 'GB27NWBK40051512345678']]);
    expect(await found('NL02 ABNA 0123 4567 89 please')).toEqual([['IBAN', 'NL02 ABNA 0123 4567 89']]);
    expect(await found('DE48 5001 0517 0532 0130 01')).toEqual([]); // mod-97 fails
  });

  it('finds SSNs dashed, and bare only next to a context word', async () => {
    expect(await found('ssn 219-09-9999')).toEqual([['US_SSN', '219-09-9999']]);
    expect(await found('My social security number is 219099999.')).toEqual([['US_SSN', '219099999']]);
    expect(await found('SSN: 219 09 9999')).toEqual([['US_SSN', '219 09 9999']]);
    for (const t of ['order 219099999', '666-12-3456', '219-00-9999', '219-09-0000', 'part A-219-09-9999']) expect(await found(t), t).toEqual([]);
  });

  it('finds IPv4 and IPv6 but not versions, times or code', async () => {
    expect(await found('from 203.0.113.7:8443 and 2001:db8::7.')).toEqual([
      ['IP_ADDRESS', '203.0.113.7'],
      ['IP_ADDRESS', '2001:db8::7'],
    ]);
    expect(await found('mapped ::ffff:192.0.2.1 here')).toEqual([['IP_ADDRESS', '::ffff:192.0.2.1']]);
    expect(await found('link fe80::1a2b%eth0')).toEqual([['IP_ADDRESS', 'fe80::1a2b']]);
    for (const t of ['v1.2.3.4.5', 'in 1.2.3.4.5 builds', 'version 1.2.3.4', 'section 4.2.1.3', '1.2.3.999', 'at 10:30:45', 'a[1::2]', 'std::vector', 'Cafe::Beef', '::1', 'localhost:8080']) {
      expect(await found(t), t).toEqual([]);
    }
  });

  it('can leave private IPs alone', async () => {
    const t = 'lan 192.168.1.20, loop 127.0.0.1, ula fd00::12:34, public 198.51.100.4';
    expect((await found(t)).length).toBe(4);
    expect(await found(t, { keepPrivateIps: true })).toEqual([['IP_ADDRESS', '198.51.100.4']]);
  });

  it('finds UUIDs and crypto wallets', async () => {
    expect(await found('id 3f2a9c4e-1b7d-4e8a-9c3b-2d4f6a8b0c1e.')).toEqual([['UUID', '3f2a9c4e-1b7d-4e8a-9c3b-2d4f6a8b0c1e']]);
    expect(await found('btc 19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vV or 32kmYztuxMo7tUN4ETMXbwzRkNPUfT644e')).toEqual([
      ['CRYPTO_WALLET', '19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vV'],
      ['CRYPTO_WALLET', '32kmYztuxMo7tUN4ETMXbwzRkNPUfT644e'],
    ]);
    expect(await found('segwit bc1qpvc9275lcn5suv6c0k3v0mq3xedcpfw23sk8fk')).toEqual([['CRYPTO_WALLET', 'bc1qpvc9275lcn5suv6c0k3v0mq3xedcpfw23sk8fk']]);
    expect(await found('send to 0x5a1e7c0ffee0ddba11fab1e5eed0c0de12345678')).toEqual([['CRYPTO_WALLET', '0x5a1e7c0ffee0ddba11fab1e5eed0c0de12345678']]);
    // Bad checksums, a git hash, a 0x constant glued to a word.
    for (const t of ['19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vW', 'bc1qpvc9275lcn5suv6c0k3v0mq3xedcpfw23sk8fj', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8', 'h0x5a1e7c0ffee0ddba11fab1e5eed0c0de12345678']) {
      expect(await found(t), t).toEqual([]);
    }
  });

  it('rates a lower-case 0x address without context below a checksummed-looking one', async () => {
    const bare = (await findEntities('0x5a1e7c0ffee0ddba11fab1e5eed0c0de12345678')).matches[0];
    const mixed = (await findEntities('0x5A1e7c0ffEe0ddba11fab1e5eed0c0de12345678')).matches[0];
    expect(bare?.confidence).toBeLessThan(mixed?.confidence ?? 0);
    expect(bare?.confidence).toBeGreaterThan(0.5);
  });

  it('finds international phones through libphonenumber and NANP shapes without it', async () => {
    expect(await found('call +1 202-555-0143 or +44 20 7946 0958 today')).toEqual([
      ['PHONE', '+1 202-555-0143'],
      ['PHONE', '+44 20 7946 0958'],
    ]);
    expect(await found('office (555) 010-0199, cell 555-010-0199')).toEqual([
      ['PHONE', '(555) 010-0199'],
      ['PHONE', '555-010-0199'],
    ]);
    // Dotted and spaced 3-3-4 only next to a phone word.
    expect(await found('phone: 555.010.0199')).toEqual([['PHONE', '555.010.0199']]);
    expect(await found('code 555.010.0199')).toEqual([]);
  });

  it('uses defaultCountry for national numbers, but not for bare digit runs or dates', async () => {
    expect(await found('Ruf mich an: 030 901820', { defaultCountry: 'DE' })).toEqual([['PHONE', '030 901820']]);
    // Without a region: taken by its trunk-0 shape; a number without one is left alone.
    expect(await found('Ruf mich an: 030 901820')).toEqual([['PHONE', '030 901820']]);
    expect(await found('Ruf mich an: 30 901820')).toEqual([]);
    for (const t of ['order 2025550143', 'on 2024-01-15 10:30', 'price 1 234 567', 'ip 192.168.100.200']) {
      expect((await found(t, { defaultCountry: 'US' })).filter(([l]) => l === 'PHONE'), t).toEqual([]);
    }
    expect(await found('call me at 2025550143', { defaultCountry: 'US' })).toEqual([['PHONE', '2025550143']]);
  });

  it('leaves the usual hard negatives alone', async () => {
    const text = [
      'Released 2024-01-15T10:30:00Z as v1.2.3.4.5 (build 1.2.3).',
      'Order #4111111111111112 shipped; invoice INV-2024-000123; total $1,234.56 or 1.234,56 EUR.',
      'ISBN 978-3-16-148410-0, commit 9fceb02d0ae598e95dc970b74767f19372d61af8, epoch 1705312800.',
      'Server on localhost:8080, retry in 00:05:00, ratio 16:9, Python a[1::2], C++ std::map.',
      'Tracking 1Z999AA10123456784, part no. 12-3456-7890-12, serial 000-00-0000.',
    ].join('\n');
    expect(await found(text)).toEqual([]);
    expect(await found(text, { defaultCountry: 'US' })).toEqual([]);
  });

  it('only looks for the requested entities', async () => {
    const t = 'ana@example.org 4111111111111111 203.0.113.7';
    expect(await found(t, { entities: ['IP_ADDRESS'] })).toEqual([['IP_ADDRESS', '203.0.113.7']]);
    expect(findPatternEntities(t, { entities: ['EMAIL'] }).map((m) => m.label)).toEqual(['EMAIL']);
  });

  it('gives one canonical key to one value written differently', () => {
    expect(entityKey('EMAIL', 'Ana@Example.ORG')).toBe(entityKey('EMAIL', 'ana@example.org'));
    expect(entityKey('CREDIT_CARD', '4111 1111 1111 1111')).toBe(entityKey('CREDIT_CARD', '4111-1111-1111-1111'));
    expect(entityKey('CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１')).toBe('4111111111111111');
    expect(entityKey('IBAN', 'de48 5001 0517 0532 0130 00')).toBe('DE48500105170532013000');
    expect(entityKey('IP_ADDRESS', '2001:0DB8:0:0::7')).toBe(entityKey('IP_ADDRESS', '2001:db8::7'));
    expect(entityKey('PHONE', '(202) 555-0143')).toBe(entityKey('PHONE', '+1 202 555 0143'));
    expect(entityKey('US_SSN', '219-09-9999')).toBe('219099999');
    expect(entityKey('CRYPTO_WALLET', '19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vV')).toBe('19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vV');
  });

  it('resolves overlaps by confidence, then length', () => {
    const m = (label: EntityMatch['label'], start: number, end: number, confidence: number): EntityMatch => ({ label, start, end, text: '', key: '', confidence });
    const out = resolveOverlaps([m('PHONE', 0, 10, 0.8), m('US_SSN', 2, 12, 0.95), m('UUID', 20, 30, 0.6), m('EMAIL', 25, 40, 0.9)]);
    expect(out.map((x) => x.label)).toEqual(['US_SSN', 'EMAIL']);
  });

  it('finishes quickly on hostile input', async () => {
    const n = 50_000;
    const hostile = ['a@'.repeat(n / 2), '1'.repeat(n), '1.'.repeat(n / 2), ':'.repeat(n), `${'a'.repeat(n)}@`, '1 '.repeat(n / 2), '+1 '.repeat(n / 3), "-'".repeat(n / 2), 'ff:'.repeat(n / 3), 'DE89 '.repeat(n / 5), '(1'.repeat(n / 2), `x@${'a.'.repeat(n / 2)}`];
    for (const h of hostile) {
      const { matches } = await findEntities(h, { defaultCountry: 'US' });
      expect(Array.isArray(matches)).toBe(true);
    }
  });
});

describe('pii/entities: issue 8 recognisers', () => {
  const labelled = async (text: string) => (await findEntities(text)).matches.map((m) => [m.label, m.text]);

  it('finds national ids by checksum, with context raising confidence', async () => {
    expect(await labelled('NI number AB 12 34 56 C on file')).toEqual([['UK_NINO', 'AB 12 34 56 C']]);
    expect(await labelled('Steuer-ID: 86095742719')).toEqual([['DE_TAX_ID', '86095742719']]);
    expect(await labelled('order 86095742719 shipped')).toEqual([]); // eleven digits without a tax word
    expect(await labelled('numéro de sécurité sociale 2 55 08 14 168 025 38')).toEqual([['FR_NIR', '2 55 08 14 168 025 38']]);
    expect(await labelled('DNI 12345678Z y NIE X1234567L')).toEqual([['ES_NIF', '12345678Z'], ['ES_NIF', 'X1234567L']]);
    expect(await labelled('code 12345678A')).toEqual([]); // wrong check letter
  });

  it('finds passport numbers only after a passport word', async () => {
    expect(await labelled('My passport number is C01X00T47, valid to 2031.')).toEqual([['PASSPORT', 'C01X00T47']]);
    expect(await labelled('Reference C01X00T47 was filed.')).toEqual([]);
  });

  it('finds dates of birth only after a birth word, in several formats', async () => {
    expect(await labelled('I was born on March 5, 1984 in Lyon.')).toEqual([['DATE_OF_BIRTH', 'March 5, 1984']]);
    expect(await labelled('DOB: 1984-03-05')).toEqual([['DATE_OF_BIRTH', '1984-03-05']]);
    expect(await labelled('Geburtsdatum 05.03.1984')).toEqual([['DATE_OF_BIRTH', '05.03.1984']]);
    expect(await labelled('The meeting is on 05.03.1984.')).toEqual([]);
    expect(await labelled('born 31/02/1984')).toEqual([]); // no such day
  });

  it('finds MAC addresses in colon, dash and dotted forms, not broadcast', async () => {
    expect(await labelled('mac 00:1a:2b:3c:4d:5e.')).toEqual([['MAC_ADDRESS', '00:1a:2b:3c:4d:5e']]);
    expect(await labelled('NIC 00-1A-2B-3C-4D-5E')).toEqual([['MAC_ADDRESS', '00-1A-2B-3C-4D-5E']]);
    expect(await labelled('switch port 0011.2233.4455')).toEqual([['MAC_ADDRESS', '0011.2233.4455']]);
    expect(await labelled('ff:ff:ff:ff:ff:ff and 00:1a-2b:3c:4d:5e')).toEqual([]);
  });

  it('redacts the credentials of a URL and keeps its host', async () => {
    expect(await labelled('clone https://deploy:s3cr3t-Pa55@git.corp.net/repo.git')).toEqual([['URL_CREDENTIALS', 'deploy:s3cr3t-Pa55']]);
  });

  it('takes Luhn-valid runs without a known network, and 12-digit cards, only after a card word', async () => {
    expect(await labelled('card number 180016070420458 is lost')).toEqual([['CREDIT_CARD', '180016070420458']]);
    expect(await labelled('my card 501864667909 expired')).toEqual([['CREDIT_CARD', '501864667909']]);
    expect(await labelled('ticket 501864667909 closed')).toEqual([]);
  });

  it('takes national phone shapes after a phone word, extensions included', async () => {
    expect(await labelled('Mobile: 0688 872 49 99')).toEqual([['PHONE', '0688 872 49 99']]);
    expect(await labelled('Fax: 345-899-3560x4587')).toEqual([['PHONE', '345-899-3560x4587']]);
    expect(await labelled('Desk: +41 (0)96 471 07 95')).toEqual([['PHONE', '+41 (0)96 471 07 95']]);
    expect(await labelled('We sold 1 250 000 units')).toEqual([]);
  });

  it('takes phone-only shapes without a phone word, but not dates, sequences or thousands', async () => {
    expect(await labelled('They never pick up at (03) 5327 5996 after six')).toEqual([['PHONE', '(03) 5327 5996']]);
    expect(await labelled('my registered 0961-7596216 gets no texts')).toEqual([['PHONE', '0961-7596216']]);
    expect(await labelled('reach me on 01.84.17.61.18 tomorrow')).toEqual([['PHONE', '01.84.17.61.18']]);
    expect(await labelled('stop sending messages to 0477 11 28 98')).toEqual([['PHONE', '0477 11 28 98']]);
    expect(await labelled('Fax: 3035550147')).toEqual([['PHONE', '3035550147']]);
    expect(await labelled('Dial 0044 20 7946 0958 from abroad')).toEqual([['PHONE', '0044 20 7946 0958']]);
    for (const t of ['tickets 01 02 03 04 05 06', 'ids 10-20-30-40-50', 'on 15.01.2024 10 30', 'order 4821 7730', 'population 8 336 817', 'message 12345678 failed', 'x = 0.125 0.375']) {
      expect(await labelled(t), t).toEqual([]);
    }
  });

  it('finds names and street addresses', async () => {
    expect(await labelled('Dear Maya Ortiz, your parcel goes to 742 Evergreen Terrace, Springfield, OR 97403.')).toEqual([
      ['PERSON', 'Maya Ortiz'],
      ['STREET_ADDRESS', '742 Evergreen Terrace, Springfield, OR 97403'],
    ]);
  });
});

describe('pii entities: searched only where they can be', () => {
  it('finds e-mails with long local parts and domains, among stray @', async () => {
    const local = `${'a'.repeat(64)}.${'b'.repeat(64)}`;
    const domain = `${'c'.repeat(63)}.example.org`;
    expect(await found(`mail ${local}@${domain} now`)).toEqual([['EMAIL', `${local}@${domain}`]]);
    expect(await found('@@ x@ @y a@b.co @ c@d.example')).toEqual([
      ['EMAIL', 'a@b.co'],
      ['EMAIL', 'c@d.example'],
    ]);
  });

  it('finds values whose first digit is a few characters in', async () => {
    expect(await found('IBAN GB82 WEST 1234 5698 7654 32 ok')).toEqual([['IBAN', 'GB82 WEST 1234 5698 7654 32']]);
    expect(await found('NINO AB 12 34 56 C')).toEqual([['UK_NINO', 'AB 12 34 56 C']]);
    expect(await found('DNI X-1234567L and bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toEqual([
      ['ES_NIF', 'X-1234567L'],
      ['CRYPTO_WALLET', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ]);
    expect(await found('Call +1 (202) 555-0143 ext. 12')).toEqual([['PHONE', '+1 (202) 555-0143']]);
  });

  it('finds a passport code or birth date at the far end of the 40 characters after its word', async () => {
    expect(await found(`passport${' '.repeat(30)}ABCDEFG12`)).toEqual([['PASSPORT', 'ABCDEFG12']]);
    expect(await found(`born${' '.repeat(28)}5.3.1984`)).toEqual([['DATE_OF_BIRTH', '5.3.1984']]);
  });

  it('finds dotted MAC addresses and UUIDs', async () => {
    expect(await found('mac 0011.2233.4455 and uuid 123e4567-e89b-12d3-a456-426614174000')).toEqual([
      ['MAC_ADDRESS', '0011.2233.4455'],
      ['UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ]);
  });
});
