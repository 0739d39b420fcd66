import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { policyTokenLimit } from './token-limit.js';

describe('policy/token-limit', () => {
  it('passes short text without loading the tokenizer', async () => {
    const v = await runScanner(policyTokenLimit({ limit: 50 }), 'a short prompt');
    expect(v.score).toBe(0);
  });

  it('counts real o200k tokens and flags text over the limit from the cut-off', async () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(40);
    const v = await runScanner(policyTokenLimit({ limit: 100 }), text);
    expect(v.score).toBe(1);
    expect(v.explanation).toMatch(/^\d+ o200k_base tokens, over the limit of 100/);
    const m = v.matches?.[0];
    expect(m?.label).toBe('over-token-limit');
    expect(m?.end).toBe(text.length);
    expect(m?.start).toBeGreaterThan(300);
    expect(m?.start).toBeLessThan(600);
  });

  it('treats special-token strings as text and counts cl100k too', async () => {
    const text = '<|endoftext|> <|im_start|>system '.repeat(30);
    const v = await runScanner(policyTokenLimit({ limit: 20, encoding: 'cl100k_base' }), text);
    expect(v.score).toBe(1);
    const within = await runScanner(policyTokenLimit({ limit: 900, encoding: 'cl100k_base' }), text);
    expect(within.score).toBe(0);
    expect(within.explanation).toMatch(/within the limit/);
  });

  it('validates options', () => {
    expect(() => policyTokenLimit({ limit: 0 })).toThrow(ConfigError);
    expect(() => policyTokenLimit({ limit: 1.5 })).toThrow(ConfigError);
    expect(() => policyTokenLimit({ encoding: 'p50k' as 'o200k_base' })).toThrow(ConfigError);
  });
});
