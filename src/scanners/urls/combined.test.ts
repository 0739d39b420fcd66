import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import type { ModelHost } from '../../models/types.js';
import { runScanner } from '../../testing/context.js';
import { rescale, urlsCombined } from './combined.js';
import { urlJudge } from './malicious.js';
import { createTextView } from '../../text/view.js';

/** A URL "model" that returns a fixed probability per host keyword. */
function fakeUrlModel(p: (url: string) => number): ModelHost {
  return {
    load: () => Promise.reject(new Error('unused')),
    embed: () => Promise.reject(new Error('unused')),
    close: () => Promise.resolve(),
    classify: (_ref, text) => Promise.resolve({ scores: [p(text)], windows: 1, span: { start: 0, end: text.length }, backend: 'wasm', manifest: {} as never }),
  } as ModelHost;
}

describe('urls/combined', () => {
  it('rescales the model so its threshold is 0.5', () => {
    expect(rescale(0.8, 0.8)).toBeCloseTo(0.5);
    expect(rescale(0.4, 0.8)).toBeCloseTo(0.25);
    expect(rescale(1, 0.8)).toBeCloseTo(1);
  });
  it('flags a URL the rules flag, even when the model is unsure', async () => {
    const v = await runScanner(urlsCombined(), 'Log in at http://paypa1.com/login now', { models: fakeUrlModel(() => 0.1) });
    expect(v.score).toBeGreaterThanOrEqual(0.9);
    expect(v.matches?.[0]?.label).toBe('url:brand-lookalike');
    expect(v.severity).toBe('high');
  });
  it('flags a URL only the model flags', async () => {
    const v = await runScanner(urlsCombined(), 'Details at https://qkz-update-center.example/acct/verify', { models: fakeUrlModel(() => 0.97) });
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.matches?.[0]?.label).toBe('url:model');
    expect(v.model).toMatchObject({ id: 'url', windows: 1 });
  });
  it('two weak signals add up; one weak signal does not', async () => {
    const text = 'See https://bit.ly/3abcXYZ for the file';
    const rules = (await urlJudge()(createTextView(text)))[0]?.score ?? 0;
    expect(rules).toBeGreaterThan(0);
    expect(rules).toBeLessThan(0.5);
    expect((await runScanner(urlsCombined(), text, { models: fakeUrlModel(() => 0.05) })).score).toBeLessThan(0.5);
    expect((await runScanner(urlsCombined(), text, { models: fakeUrlModel(() => 0.75) })).score).toBeGreaterThanOrEqual(0.5);
  });
  it('emails and script URLs get the rules only; no URL scores 0', async () => {
    let calls = 0;
    const models = fakeUrlModel(() => {
      calls++;
      return 0.99;
    });
    const v = await runScanner(urlsCombined(), 'Write to help@example.org or click [here](javascript:alert(1))', { models });
    expect(calls).toBe(0);
    expect(v.score).toBeGreaterThanOrEqual(0.9);
    expect((await runScanner(urlsCombined(), 'No links here.', { models })).score).toBe(0);
  });
  it('runs with the real URL model', async () => {
    const v = await runScanner(urlsCombined(), 'The docs are at https://docs.example.com/guide/getting-started');
    expect(v.score).toBeLessThan(0.5);
    expect(v.model?.id).toBe('url');
  });
  it('takes the rule options and checks its own', async () => {
    const v = await runScanner(urlsCombined({ denyDomains: ['tracker.example'] }), 'ping https://a.tracker.example/x', { models: fakeUrlModel(() => 0) });
    expect(v.score).toBe(1);
    expect(() => urlsCombined({ modelThreshold: 1 })).toThrow(ConfigError);
    expect(() => urlsCombined({ allowDomains: ['not a domain'] })).toThrow(ConfigError);
    expect(() => urlsCombined({ bogus: 1 } as never)).toThrow(ConfigError);
  });
});
