import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { contentLanguageSame } from './language-same.js';

describe('content/language-same', () => {
  const s = contentLanguageSame();
  it('flags an answer in another language than the question', async () => {
    const v = await runScanner(s, 'The capital of Australia is Canberra, not Sydney as many people think.', { direction: 'output', prompt: '¿Cuál es la capital de Australia? Siempre me confundo con Sídney.' });
    expect(v.score).toBeGreaterThanOrEqual(0.5);
  });
  it('passes an answer in the same language', async () => {
    const v = await runScanner(s, 'La capital de Australia es Canberra, no Sídney como mucha gente piensa.', { direction: 'output', prompt: '¿Cuál es la capital de Australia? Siempre me confundo con Sídney.' });
    expect(v.score).toBe(0);
  });
  it('short prompts or answers are not judged', async () => {
    expect((await runScanner(s, 'Canberra.', { direction: 'output', prompt: '¿Cuál es la capital de Australia?' })).score).toBe(0);
    expect((await runScanner(s, 'The capital of Australia is Canberra, not Sydney as many people think.', { direction: 'output', prompt: 'Hola' })).score).toBe(0);
  });
  it('rejects unknown options', () => {
    expect(() => contentLanguageSame({ languages: ['en'] } as never)).toThrow(ConfigError);
  });
});
