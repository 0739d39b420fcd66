import { describe, expect, it } from 'vitest';
import { isCodeLine } from './code-lines.js';
import { sentenceSpans } from './sentences.js';

describe('sentenceSpans', () => {
  it('splits at sentence marks and line breaks, keeping decimals, domains and abbreviations', () => {
    const text = 'Hi there. It costs 3.5 euros!\nSee e.g. the docs at example.com now. 你好。再见！';
    expect(sentenceSpans(text).map((s) => s.text)).toEqual(['Hi there.', 'It costs 3.5 euros!', 'See e.g. the docs at example.com now.', '你好。', '再见！']);
    for (const s of sentenceSpans(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('caps the number of spans, the rest being the last', () => {
    const spans = sentenceSpans('a. '.repeat(100), 10);
    expect(spans).toHaveLength(10);
    expect(spans[9]?.end).toBe('a. '.repeat(100).trimEnd().length);
  });
  it('empty and hostile input', () => {
    expect(sentenceSpans('')).toEqual([]);
    expect(sentenceSpans('.'.repeat(100_000)).length).toBeLessThanOrEqual(512);
  });
});

describe('isCodeLine', () => {
  it('tells code from prose', () => {
    expect(isCodeLine('const x = [1, 2];')).toBe(true);
    expect(isCodeLine('x = f(y);')).toBe(true);
    expect(isCodeLine('Please explain how the heap works in simple words;')).toBe(false);
    expect(isCodeLine('Return the form by Friday.')).toBe(false);
  });
});
