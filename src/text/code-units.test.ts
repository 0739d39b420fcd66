import { describe, expect, it } from 'vitest';
import { codeUnits } from './code-units.js';

describe('codeUnits', () => {
  it('copies ASCII text into bytes, with a line feed after the last unit', () => {
    const u = codeUnits('Hi!');
    expect(u).toBeInstanceOf(Uint8Array);
    expect([...u.subarray(0, 4)]).toEqual([72, 105, 33, 10]);
  });

  it('keeps every UTF-16 unit of other text, lone surrogates and astral pairs included', () => {
    const text = 'a\u00e9\u4e2d\ud83d\ude00\udc00z';
    const u = codeUnits(text);
    expect(u).toBeInstanceOf(Uint16Array);
    expect(Array.from(u.subarray(0, text.length))).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
    expect(u[text.length]).toBe(10);
  });

  it('reads the empty text as the sentinel alone, and a text past the reused buffer in full', () => {
    expect(codeUnits('')[0]).toBe(10);
    const long = 'ab'.repeat(150_000);
    const u = codeUnits(long);
    expect(u.length).toBeGreaterThan(long.length);
    expect(u[long.length - 1]).toBe(98);
    expect(u[long.length]).toBe(10);
  });

  it('is only valid until the next call (the buffer is reused)', () => {
    const first = codeUnits('one');
    codeUnits('two');
    expect(String.fromCharCode(first[0] as number, first[1] as number, first[2] as number)).toBe('two');
  });
});
