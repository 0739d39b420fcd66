import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { fakeEmbedHost } from '../../testing/fake-embedder.js';
import { contentRelevance } from './relevance.js';

describe('content/relevance', () => {
  const prompt = 'How long should I bake sourdough bread and at what oven temperature?';
  it('flags an answer about something else', async () => {
    const v = await runScanner(contentRelevance(), 'The stock market closed higher today after strong earnings reports from several large banks.', { direction: 'output', prompt, models: fakeEmbedHost() });
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.matches?.[0]?.label).toBe('off-topic');
  });
  it('passes an answer on topic', async () => {
    const v = await runScanner(contentRelevance(), 'Bake the sourdough bread for about 40 minutes; the oven temperature should be around 230 degrees.', { direction: 'output', prompt, models: fakeEmbedHost() });
    expect(v.score).toBeLessThan(0.5);
  });
  it('short answers and prompts are not judged', async () => {
    const models = fakeEmbedHost();
    expect((await runScanner(contentRelevance(), 'About 40 minutes.', { direction: 'output', prompt, models })).score).toBe(0);
    expect((await runScanner(contentRelevance(), 'The stock market closed higher today after strong earnings.', { direction: 'output', prompt: 'Why?', models })).score).toBe(0);
    expect(models.calls).toBe(0);
  });
  it('runs on the real embedder', async () => {
    const on = await runScanner(contentRelevance(), 'Bake sourdough bread at 230 °C for about 40 minutes, with steam for the first 20 minutes in the oven.', { direction: 'output', prompt });
    const off = await runScanner(contentRelevance(), 'Our quarterly revenue grew by twelve percent thanks to new enterprise customers in Europe.', { direction: 'output', prompt });
    expect(on.score).toBeLessThan(0.5);
    expect(off.score).toBeGreaterThanOrEqual(0.5);
  });
  it('defaults to similarity 0.09 (chosen on tune sources by bench/content.ts)', () => {
    expect(contentRelevance().options).toEqual({ similarity: 0.09, minWords: 5 });
  });
  it('bad options are ConfigErrors', () => {
    expect(() => contentRelevance({ similarity: 0 })).toThrow(ConfigError);
    expect(() => contentRelevance({ minWords: 0 })).toThrow(ConfigError);
    expect(() => contentRelevance({ x: 1 } as never)).toThrow(ConfigError);
  });
});
