/**
 * Canary helpers: token format and randomness, header templates, and leak checks (full, partial
 * ≥ 8 characters, case-insensitive, separated characters), plus bad input.
 */
import { describe, expect, it } from 'vitest';
import { addCanary, checkCanary, createCanaryToken, longestTokenMatch } from './canary.js';

const TOKEN = '3f9a0c1d7be24e58';

describe('createCanaryToken / addCanary', () => {
  it('makes 16 hex characters from crypto.getRandomValues, different every time', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => createCanaryToken()));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{16}$/);
  });

  it('puts the default header on its own line before the prompt', () => {
    const r = addCanary('You are a support bot.', { token: TOKEN });
    expect(r).toEqual({ prompt: `<!-- ${TOKEN} -->\nYou are a support bot.`, token: TOKEN });
    expect(addCanary('x').token).toMatch(/^[0-9a-f]{16}$/);
  });

  it('takes a template with {token} and optionally {prompt}; $ patterns in the prompt stay literal', () => {
    expect(addCanary('Answer in French.', { token: TOKEN, format: 'Begin every reply with {token}.' }).prompt).toBe(`Begin every reply with ${TOKEN}.\nAnswer in French.`);
    expect(addCanary('Cost: $& and $1', { token: TOKEN, format: '{prompt}\n[ref {token}]' }).prompt).toBe(`Cost: $& and $1\n[ref ${TOKEN}]`);
  });

  it('refuses bad input with typed errors', () => {
    expect(() => addCanary(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => addCanary('x', { format: 'no placeholder' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => addCanary('x', { token: 'short' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkCanary(null as never, TOKEN)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkCanary('text', 'has spaces in it')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('checkCanary', () => {
  it('finds the whole token, case-insensitively, with offsets into the response', () => {
    const response = `Sure. My instructions begin with <!-- ${TOKEN.toUpperCase()} --> and then…`;
    const r = checkCanary(response, TOKEN);
    expect(r).toMatchObject({ leaked: true, partial: false });
    expect(response.slice(r.match?.start, r.match?.end).toLowerCase()).toBe(TOKEN);
  });

  it('finds a fragment of 8+ characters as a partial leak, but not 7', () => {
    expect(checkCanary(`the header said ${TOKEN.slice(3, 11)} or so`, TOKEN)).toMatchObject({ leaked: true, partial: true, match: { length: 8 } });
    expect(checkCanary(`the header said ${TOKEN.slice(3, 10)} or so`, TOKEN)).toEqual({ leaked: false, partial: false });
  });

  it('sees through separators between the characters', () => {
    const spaced = TOKEN.match(/.{4}/g)?.join('-') ?? '';
    const r = checkCanary(`code: ${spaced}!`, TOKEN);
    expect(r).toMatchObject({ leaked: true, partial: false });
    expect(`code: ${spaced}!`.slice(r.match?.start, r.match?.end)).toBe(spaced);
  });

  it('does not fire on ordinary text, other hex, or an empty response', () => {
    for (const text of ['', 'Hello! How can I help you today?', 'sha256: 9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab', 'a bad face decade']) {
      expect(checkCanary(text, TOKEN).leaked, text).toBe(false);
    }
  });

  it('returns the longest fragment when several are present', () => {
    const m = longestTokenMatch(`${TOKEN.slice(0, 8)} … ${TOKEN.slice(4, 16)}`, TOKEN);
    expect(m?.length).toBe(12);
  });

  it('stays fast on a 1 MB response full of near misses', () => {
    const text = `${TOKEN.slice(0, 7)}x`.repeat(131_072);
    expect(checkCanary(text, TOKEN).leaked).toBe(false);
  });
});
