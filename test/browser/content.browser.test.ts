/**
 * The content scanners in a real Chromium page: eld's language database loads as a lazy chunk,
 * and the rule-based content scanners run without Node built-ins.
 */
import { describe, expect, it } from 'vitest';
import { createBouncer } from '../../src/engine/create-bouncer.js';
import { contentGibberish } from '../../src/scanners/content/gibberish.js';
import { contentJson } from '../../src/scanners/content/json.js';
import { contentLanguage } from '../../src/scanners/content/language.js';
import { contentLanguageSame } from '../../src/scanners/content/language-same.js';
import { contentSentiment } from '../../src/scanners/content/sentiment.js';
import { contentSystemPromptLeak } from '../../src/scanners/content/system-prompt-leak.js';

describe('content scanners in Chromium', () => {
  it('Language and LanguageSame identify languages with eld', async () => {
    const bouncer = await createBouncer({ scanners: [contentLanguage({ languages: ['en'] }), contentLanguageSame()] });
    const r = await bouncer.scanInput('Können Sie mir bitte erklären, wie die Steuererklärung in Deutschland funktioniert?');
    expect(r.detections.find((d) => d.scannerId === 'content/language')?.detected).toBe(true);
    const o = await bouncer.scanOutput('¿Cuál es la capital de Australia? Siempre me confundo con Sídney.', 'The capital of Australia is Canberra, not Sydney as many people think.');
    expect(o.detections.find((d) => d.scannerId === 'content/language-same')?.detected).toBe(true);
  });
  it('Gibberish, Sentiment, JSON repair and SystemPromptLeak run', async () => {
    const bouncer = await createBouncer({ scanners: [contentGibberish(), contentSentiment(), contentJson({ repair: true }), contentSystemPromptLeak()] });
    expect((await bouncer.scanInput('sdkfjh qwpeoiru zxcmvn lkjasd poiuqwe bvnxmz')).detections[0]?.detected).toBe(true);
    const o = await bouncer.scanOutput('json', "{name: 'Ada', langs: ['en', 'fr',]}", { systemPrompt: 'You are a helpful assistant for Example Ltd.' });
    expect(o.sanitized).toBe('{"name":"Ada","langs":["en","fr"]}');
  });
});
