import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import { contentReadingTime, readingMinutes } from './reading-time.js';

describe('content/reading-time', () => {
  it('counts words at the given speed, CJK by characters', () => {
    expect(readingMinutes('word '.repeat(400), 200, 300, 10).minutes).toBeCloseTo(2, 6);
    expect(readingMinutes('字'.repeat(600), 200, 300, 10).minutes).toBeCloseTo(2, 6);
    expect(readingMinutes("don't stop well-known", 60, 300, 10).minutes).toBeCloseTo(3 / 60, 6);
    expect(readingMinutes('ภาษาไทยไม่มีช่องว่าง', 60, 300, 10).minutes).toBeGreaterThan(0);
  });
  it('flags a response over the budget and passes one within', async () => {
    const s = contentReadingTime({ maxMinutes: 1 });
    expect((await runScanner(s, 'A short answer.', { direction: 'output' })).score).toBe(0);
    const long = 'This sentence has exactly seven words here. '.repeat(40);
    const v = await runScanner(s, long, { direction: 'output' });
    expect(v.score).toBe(1);
    expect(v.explanation).toMatch(/1\.4 min/);
  });
  it('truncates at a sentence (or word) end with truncate', async () => {
    const s = contentReadingTime({ maxMinutes: 0.1, wordsPerMinute: 100, truncate: true }); // 10 words
    expect(s.sanitizer).toEqual({ order: 97, mitigates: true });
    const text = 'One two three four five. Six seven eight nine ten eleven. Twelve thirteen.';
    const v = await runScanner(s, text, { direction: 'output' });
    // The last sentence end is too far back (before half the budget): cut at the last word end.
    expect(applyReplacements(text, v.matches ?? [])).toBe('One two three four five. Six seven eight nine ten…');
    const text2 = 'One two three four five six seven eight. Nine ten eleven twelve.';
    const v2 = await runScanner(s, text2, { direction: 'output' });
    expect(applyReplacements(text2, v2.matches ?? [])).toBe('One two three four five six seven eight.…');
    expect(contentReadingTime().sanitizer).toBeUndefined();
  });
  it('bad options are ConfigErrors', () => {
    expect(() => contentReadingTime({ maxMinutes: 0 })).toThrow(ConfigError);
    expect(() => contentReadingTime({ wordsPerMinute: -5 })).toThrow(ConfigError);
    expect(() => contentReadingTime({ charsPerMinute: Number.NaN })).toThrow(ConfigError);
    expect(() => contentReadingTime({ truncate: 'no' as never })).toThrow(ConfigError);
  });
});
