import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { contentLanguage } from './language.js';

describe('content/language', () => {
  const en = contentLanguage();
  it('flags text outside the allow-list and names the language', async () => {
    const v = await runScanner(en, 'Können Sie mir bitte erklären, wie die Steuererklärung in Deutschland funktioniert?');
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.matches?.[0]?.label).toBe('language:de');
  });
  it('passes the allowed languages', async () => {
    expect((await runScanner(en, 'Could you explain how the tax return works in Germany, step by step?')).score).toBe(0);
    const many = contentLanguage({ languages: ['en', 'fr', 'ja'] });
    expect((await runScanner(many, 'Pouvez-vous m’expliquer comment fonctionne la déclaration d’impôts ?')).score).toBe(0);
    expect((await runScanner(many, '日本の税金の申告はどのように行いますか？詳しく教えてください。')).score).toBe(0);
  });
  it('short text is undetermined, never blocked', async () => {
    for (const t of ['Danke!', 'ok', 'Merci beaucoup', '42', '']) expect((await runScanner(en, t)).score).toBe(0);
  });
  it('code, URLs and emails do not count as language', async () => {
    const v = await runScanner(contentLanguage({ languages: ['es'] }), '```python\ndef total(items):\n    return sum(i.price for i in items)\n```\nhttps://example.com/docs/getting-started');
    expect(v.score).toBe(0);
  });
  it('Indonesian is accepted through its alias and reported as Malay', async () => {
    const v = await runScanner(contentLanguage({ languages: ['id'] }), 'Saya ingin membeli tiket kereta ke Bandung untuk hari Sabtu depan, berapa harganya?');
    expect(v.score).toBe(0);
  });
  it('a close sibling scores lower than a distant language', async () => {
    const ru = contentLanguage({ languages: ['ru'] });
    const uk = await runScanner(ru, 'Добрий день, скажіть будь ласка, як пройти до залізничного вокзалу?');
    const de = await runScanner(ru, 'Guten Tag, können Sie mir bitte sagen, wie ich zum Bahnhof komme?');
    expect(de.score).toBeGreaterThan(uk.score);
  });
  it('bad options are ConfigErrors', () => {
    expect(() => contentLanguage({ languages: ['xx'] })).toThrow(ConfigError);
    expect(() => contentLanguage({ languages: [] })).toThrow(ConfigError);
    expect(() => contentLanguage({ minLength: 0 })).toThrow(ConfigError);
    expect(() => contentLanguage({ nope: 1 } as never)).toThrow(ConfigError);
    expect(contentLanguage({ languages: ['EN', 'nb'] }).options.languages).toEqual(['en', 'nb']);
  });
});
