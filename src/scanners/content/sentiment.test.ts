import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { contentSentiment, sentimentOf } from './sentiment.js';

describe('content/sentiment', () => {
  const s = contentSentiment();
  it('flags clearly negative text, with the negative words as matches', async () => {
    const v = await runScanner(s, 'This is a terrible, useless answer and I hate it.');
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.matches?.map((m) => v.view.raw.slice(m.start, m.end))).toEqual(['terrible', 'useless', 'hate']);
  });
  it('passes neutral and positive text', async () => {
    for (const t of ['The meeting is at three on Thursday in room 4.', 'Thanks, that was really helpful!', 'Here is the code to fix the error in your function.']) expect((await runScanner(s, t)).score, t).toBeLessThan(0.5);
  });
  it('handles negation, intensifiers, contrast and emoticons', () => {
    expect(sentimentOf('not bad').compound).toBeGreaterThan(0);
    expect(sentimentOf('very bad').compound).toBeLessThan(sentimentOf('bad').compound);
    expect(sentimentOf('The food was great but the service was awful').compound).toBeLessThan(0);
    expect(sentimentOf('I love it :)').compound).toBeGreaterThan(sentimentOf('I love it').compound);
    expect(sentimentOf('😡😡').compound).toBeLessThan(-0.5);
  });
  it('reads several languages', () => {
    expect(sentimentOf('Das ist wirklich schlecht und langweilig.').compound).toBeLessThan(-0.5);
    expect(sentimentOf("Ce n'est pas bon du tout, c'est nul.").compound).toBeLessThan(-0.5);
    expect(sentimentOf('Es un servicio pésimo, estoy muy decepcionado.').compound).toBeLessThan(-0.5);
    expect(sentimentOf('Un prodotto ottimo, sono molto contento!').compound).toBeGreaterThan(0.5);
    expect(sentimentOf('Achei o atendimento horrível e lento.').compound).toBeLessThan(-0.5);
    expect(sentimentOf('Wat een geweldig boek, echt mooi!').compound).toBeGreaterThan(0.5);
  });
  it('accepts an extra lexicon and checks it', async () => {
    const custom = contentSentiment({ lexicon: { meh: -4, blorpy: -5 } });
    expect((await runScanner(custom, 'meh, totally blorpy')).score).toBeGreaterThanOrEqual(0.5);
    expect(custom.options.extraWords).toBe(2);
    expect(() => contentSentiment({ lexicon: { x: 9 } })).toThrow(ConfigError);
    expect(() => contentSentiment({ lexicon: [] as never })).toThrow(ConfigError);
  });
  it('empty and odd input is neutral', async () => {
    expect((await runScanner(s, '')).score).toBe(0);
    expect((await runScanner(s, '\uD800 ::: 123')).score).toBe(0);
  });
});
