import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { fakeEmbedHost } from '../../testing/fake-embedder.js';
import { contentBanTopics } from './ban-topics.js';

describe('content/ban-topics', () => {
  const topics = [{ name: 'cryptocurrency', examples: ['should I buy bitcoin or ethereum now', 'crypto coin prices and wallets'] }, 'football transfers'];
  it('flags text close to a topic and names it', async () => {
    const models = fakeEmbedHost();
    const v = await runScanner(contentBanTopics({ topics }), 'Is it a good moment to buy bitcoin and ethereum coins?', { models });
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.matches?.[0]?.label).toBe('topic:cryptocurrency');
  });
  it('passes unrelated text', async () => {
    const v = await runScanner(contentBanTopics({ topics }), 'Please proofread my cover letter for the librarian position.', { models: fakeEmbedHost() });
    expect(v.score).toBeLessThan(0.5);
  });
  it('sentence mode finds one off-limits sentence in a long text', async () => {
    const text = 'I am writing a report about local gardens. The roses bloom in June and the tulips in April. Also, should I buy bitcoin or ethereum now? The park opens at nine every morning.';
    const whole = await runScanner(contentBanTopics({ topics, similarity: 0.5 }), text, { models: fakeEmbedHost() });
    const per = await runScanner(contentBanTopics({ topics, similarity: 0.5, sentences: true }), text, { models: fakeEmbedHost() });
    expect(per.score).toBeGreaterThan(whole.score);
    expect(per.score).toBeGreaterThanOrEqual(0.5);
    const m = per.matches?.[0];
    expect(m && text.slice(m.start, m.end)).toBe('Also, should I buy bitcoin or ethereum now?');
  });
  it('embeds the topics once per model host', async () => {
    const models = fakeEmbedHost();
    const s = contentBanTopics({ topics });
    await runScanner(s, 'first text about gardens', { models });
    const after1 = models.calls;
    await runScanner(s, 'second text about gardens', { models });
    expect(models.calls - after1).toBe(1); // only the text
  });
  it('runs on the real embedder', async () => {
    const s = contentBanTopics({ topics: [{ name: 'cryptocurrency trading', examples: ['Should I buy bitcoin now?', 'Which crypto coin will go up this year?'] }] });
    expect((await runScanner(s, 'Should I buy more bitcoin now or wait until next year?')).score).toBeGreaterThanOrEqual(0.5);
    expect((await runScanner(s, 'What temperature should I bake sourdough bread at?')).score).toBeLessThan(0.5);
  });
  it('bad options are ConfigErrors', () => {
    expect(() => contentBanTopics({ topics: [] })).toThrow(ConfigError);
    expect(() => contentBanTopics({} as never)).toThrow(ConfigError);
    expect(() => contentBanTopics({ topics: [' '] })).toThrow(ConfigError);
    expect(() => contentBanTopics({ topics: [{ name: 'x', examples: [''] }] })).toThrow(ConfigError);
    expect(() => contentBanTopics({ topics: ['x'], similarity: 0 })).toThrow(ConfigError);
    expect(() => contentBanTopics({ topics: ['x'], similarity: 2 })).toThrow(ConfigError);
  });
});
