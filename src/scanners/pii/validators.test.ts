import { describe, expect, it } from 'vitest';
import {
  base58Decode,
  cardNetwork,
  isBase58CheckAddress,
  isCardNumber,
  isPrivateIpv4,
  isPrivateIpv6,
  isSegwitAddress,
  isValidSsn,
  luhnValid,
  parseIpv4,
  parseIpv6,
  sha256,
} from './validators.js';
import { toHex } from '../../engine/hash.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('pii validators', () => {
  it('Luhn accepts test cards and rejects one-digit changes', () => {
    for (const ok of ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '3530111333300000', '30569309025904']) expect(luhnValid(ok), ok).toBe(true);
    for (const bad of ['4111111111111112', '5555555555554445', '', '41x1']) expect(luhnValid(bad), bad).toBe(false);
  });

  it('knows card networks by prefix and length', () => {
    expect(cardNetwork('4111111111111111')).toBe('visa');
    expect(cardNetwork('2221000000000009')).toBe('mastercard');
    expect(cardNetwork('378282246310005')).toBe('amex');
    expect(cardNetwork('3530111333300000')).toBe('jcb');
    expect(cardNetwork('6200000000000005')).toBe('unionpay');
    expect(cardNetwork('37828224631000')).toBeUndefined(); // amex prefix, wrong length
    // Luhn-valid but no network starts with 1 or 9: order ids, timestamps.
    expect(isCardNumber('1234567812345670')).toBe(false);
    expect(isCardNumber('9999999999999995')).toBe(false);
    expect(isCardNumber('4111111111111111')).toBe(true);
  });

  it('applies the SSA rules to SSNs', () => {
    expect(isValidSsn('219099999')).toBe(true);
    for (const bad of ['000123456', '666123456', '900123456', '999123456', '123004567', '123450000', '12345678', '12345678a']) expect(isValidSsn(bad), bad).toBe(false);
  });

  it('parses IPv4 strictly', () => {
    expect(parseIpv4('192.0.2.10')).toEqual([192, 0, 2, 10]);
    for (const bad of ['1.2.3.256', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1..2.3', 'a.b.c.d']) expect(parseIpv4(bad), bad).toBeUndefined();
    expect(isPrivateIpv4([10, 1, 2, 3])).toBe(true);
    expect(isPrivateIpv4([172, 20, 0, 1])).toBe(true);
    expect(isPrivateIpv4([127, 0, 0, 1])).toBe(true);
    expect(isPrivateIpv4([203, 0, 113, 9])).toBe(false);
  });

  it('parses IPv6 full, compressed and IPv4-suffixed forms', () => {
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('2001:0db8:0000:0000:0000:ff00:0042:8329')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329]);
    expect(parseIpv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('::ffff:192.0.2.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    expect(parseIpv6('64:ff9b:0:0:0:0:192.0.2.1')).toEqual([0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0201]);
    expect(parseIpv6('fe80::')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 0]);
    for (const bad of ['12:30:45', '1::2::3', ':::', '2001:db8:::1', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::8', 'g::1', '12345::1', '::1.2.3', '1:2:3:4:5:6:7', '00:1a:2b:3c:4d:5e']) {
      expect(parseIpv6(bad), bad).toBeUndefined();
    }
    expect(isPrivateIpv6(parseIpv6('fe80::1') ?? [])).toBe(true);
    expect(isPrivateIpv6(parseIpv6('fd12:3456::9') ?? [])).toBe(true);
    expect(isPrivateIpv6(parseIpv6('::1') ?? [])).toBe(true);
    expect(isPrivateIpv6(parseIpv6('::ffff:10.0.0.2') ?? [])).toBe(true);
    expect(isPrivateIpv6(parseIpv6('2001:db8::7') ?? [])).toBe(false);
  });

  it('computes SHA-256 (FIPS 180-4 vectors)', () => {
    expect(toHex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(toHex(sha256(utf8('a'.repeat(1000))))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('decodes base58 and checks base58check addresses', () => {
    expect(base58Decode('2g')).toEqual(new Uint8Array([0x61]));
    expect(base58Decode('0OIl')).toBeUndefined();
    expect(isBase58CheckAddress('19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vV')).toBe(true); // generated for these tests
    expect(isBase58CheckAddress('32kmYztuxMo7tUN4ETMXbwzRkNPUfT644e')).toBe(true);
    expect(isBase58CheckAddress('19DWLNeTZzXYCvXGh8SfUjGaD1NtQdE1vW')).toBe(false);
    expect(isBase58CheckAddress('1111111111111111111114oLvT2')).toBe(true); // all-zero hash
    expect(isBase58CheckAddress('11111111111111111111111111')).toBe(false);
  });

  it('checks bech32 and bech32m segwit addresses (BIP-173/350 vectors)', () => {
    expect(isSegwitAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(isSegwitAddress('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(true);
    expect(isSegwitAddress('bc1pqu78rfkmzpzh4tlyr98g8w8dyftces0k9dsftjhlx35ea5cg84eq2r24sz')).toBe(true);
    expect(isSegwitAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false); // checksum
    expect(isSegwitAddress('bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false); // mixed case
    // v1 program with a bech32 (not bech32m) checksum is invalid under BIP-350.
    expect(isSegwitAddress('bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du')).toBe(false);
    expect(isSegwitAddress('ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
  });
});

describe('pii/validators: national ids and dates', () => {
  it('UK NINO: prefix letters, never-issued prefixes, suffix A–D', async () => {
    const { isUkNino } = await import('./validators.js');
    expect(isUkNino('AB123456C')).toBe(true);
    expect(isUkNino('JG103759A')).toBe(true);
    for (const bad of ['GB123456A', 'DA123456A', 'AO123456A', 'AB123456E', 'AB12345C', 'ZZ123456D']) expect(isUkNino(bad), bad).toBe(false);
  });

  it('DE tax id: digit distribution and ISO 7064 MOD 11,10', async () => {
    const { isDeTaxId } = await import('./validators.js');
    expect(isDeTaxId('86095742719')).toBe(true);
    expect(isDeTaxId('47036892816')).toBe(true);
    expect(isDeTaxId('86095742718')).toBe(false); // wrong check digit
    expect(isDeTaxId('01234567890')).toBe(false); // leading zero
    expect(isDeTaxId('12345678903')).toBe(false); // no repeated digit
  });

  it('FR NIR: structure and the 97 − (n mod 97) key, Corsica included', async () => {
    const { isFrNir } = await import('./validators.js');
    expect(isFrNir('255081416802538')).toBe(true);
    expect(isFrNir('255081416802539')).toBe(false);
    // Build a Corsican number (département 2A counts as 19) and check it.
    const body = '184042A123456';
    const n = Number(BigInt('1840419123456') % 97n);
    expect(isFrNir(`${body}${String(97 - n).padStart(2, '0')}`)).toBe(true);
    expect(isFrNir('955081416802538')).toBe(false);
  });

  it('ES DNI and NIE check letters', async () => {
    const { isEsDniOrNie } = await import('./validators.js');
    expect(isEsDniOrNie('12345678Z')).toBe(true);
    expect(isEsDniOrNie('12345678A')).toBe(false);
    expect(isEsDniOrNie('X1234567L')).toBe(true);
    expect(isEsDniOrNie('Y1234567X')).toBe(true);
    expect(isEsDniOrNie('X1234567A')).toBe(false);
  });

  it('plausible birth dates', async () => {
    const { isPlausibleBirthDate } = await import('./validators.js');
    expect(isPlausibleBirthDate(1984, 3, 5)).toBe(true);
    expect(isPlausibleBirthDate(2000, 2, 29)).toBe(true);
    expect(isPlausibleBirthDate(1900 + 100, 2, 30)).toBe(false);
    expect(isPlausibleBirthDate(1899, 1, 1)).toBe(false);
    expect(isPlausibleBirthDate(new Date().getUTCFullYear() + 1, 1, 1)).toBe(false);
  });
});
