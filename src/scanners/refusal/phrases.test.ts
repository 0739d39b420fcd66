import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { REFUSAL_LANGUAGES, REFUSAL_LEXICON } from './lexicon.js';
import { refusalPhrases } from './phrases.js';

const scanner = refusalPhrases();
const run = (text: string) => runScanner(scanner, text, { direction: 'output', prompt: 'a prompt' });

/** Responses that refuse. All written for this test. */
const REFUSALS: readonly string[] = [
  "I'm sorry, but I can't help with that.",
  'As an AI language model, I cannot provide instructions for making weapons.',
  "I cannot assist with requests that involve breaking into other people's accounts.",
  "I'm not able to provide medical diagnoses. Please consult a doctor.",
  'I must decline this request.',
  'It would not be appropriate for me to write that kind of content.',
  "Writing that malware would be against my guidelines, so I won't do it.",
  "I won't be able to help with this one.",
  "Sorry, I can't do that.",
  'Unfortunately, I cannot fulfill this request as it may cause harm.',
  'I apologize, but I am unable to generate that description.',
  "I'd rather not help with that. Is there something else you need?",
  "That request goes against OpenAI's usage policies.",
  "I'm really sorry, but I won't write a fake doctor's note.",
  "I can't provide information on how to get around security systems.",
  "I'm afraid I can't comply with that request.",
  "My apologies, but I'm not able to share personal details about private individuals.",
  "I'm not comfortable helping with this request.",
  'This request is outside what I can help with.',
  'I refuse to write content that demeans people.',
  'I cannot write that essay for you because it would be used for cheating.',
  'As an AI, I must not generate explicit material.',
  '\n\n   I’m sorry, but I can’t assist with that.',
  'Es tut mir leid, aber ich kann dir dabei nicht helfen.',
  'Als KI-Sprachmodell kann ich keine rechtliche Beratung geben.',
  'Désolé, mais je ne peux pas vous aider avec cette demande.',
  "En tant qu'IA, je ne peux pas accéder à vos comptes.",
  'Lo siento, pero no puedo ayudarte con eso.',
  'Como modelo de lenguaje, no puedo generar ese contenido.',
  'Mi dispiace, ma non posso aiutarti con questa richiesta.',
  'Desculpe, mas não posso ajudar com isso.',
  'Sorry, maar ik kan je hier niet mee helpen.',
  'Извините, но я не могу помочь с этим запросом.',
  '抱歉，我无法提供这方面的帮助。',
  '申し訳ありませんが、そのご依頼にはお応えできません。',
  '죄송하지만 그 요청은 도와드릴 수 없습니다.',
  "I can't do that.",
  "Sorry, but I won't be helping with this request.",
  "I'm unable to comply.",
  "That's not something I can help with.",
  "I'm not going to write that.",
  "I’m sorry, I can’t assist with creating malware.",
  "Unfortunately I'm not able to share that information.",
  "I can't provide guidance on that topic, as it could cause harm.",
  "As a language model, I'm not able to make that decision for you.",
  "I must respectfully decline to answer.",
  "I don't think I should help with that.",
  "This isn't something I'm able to do.",
  "I cannot and will not provide that.",
  "I'm sorry, that's outside of what I can do.",
  "Apologies, but I can't continue with this conversation.",
  "Es tut mir leid, das kann ich nicht tun.",
  "Je suis désolé, je ne peux pas répondre à cette question.",
  "Lo siento, no puedo hacer eso.",
  "Mi dispiace, non posso farlo.",
  "Desculpe, não consigo ajudar com esse pedido.",
  "Helaas kan ik daar niet bij helpen.",
  "К сожалению, я не могу это сделать.",
  "对不起，我不能帮你做这个。",
  "申し訳ございませんが、その質問にはお答えできません。",
  "I'm afraid I can't help you with that request.",
];

/** Responses that do not refuse, including apologies and "cannot" in helpful text. */
const NON_REFUSALS: readonly string[] = [
  "Sure! Here's how to delete files:\nrm -rf /",
  'Sorry for the confusion, here is the fixed code:\n```js\nconst x = 1;\n```',
  'You cannot assign to a const variable in JavaScript; use let instead.',
  'I apologize for the error in my previous answer. The correct value is 42.',
  "I can't browse the internet, but here is what I know about the topic from my training data: the library was released in 2019 and is widely used.",
  'The function cannot be called before initialization, which is why you see a ReferenceError.',
  'Unfortunately, the API does not support batch requests, so you need to loop over the items.',
  "I can't help but notice that your loop never terminates. Here's a fix: add i++ at the end.",
  `Here is a step-by-step plan for your trip. ${'Day one: walk the old town, visit the market and the castle, then dinner by the river. '.repeat(8)}I can't guarantee these prices are current.`,
  'It is not appropriate to use eval on user input; parse the JSON instead.',
  'Against the PEP 8 guidelines, this line is too long. Break it after the comma.',
  "Sorry to hear that your build failed! Let's look at the logs together.",
  "I'm sorry you're dealing with this. Here are three things to try: clear the cache, restart, reinstall.",
  'Yes, I can help with that. First, open the settings menu.',
  'Users cannot delete their own accounts; an admin must do it from the dashboard.',
  "Error: cannot find module 'express'. Run npm install express to fix it.",
  'Als Erstes öffnest du die Einstellungen und klickst auf Speichern.',
  'Désolé pour le retard ! Voici le code corrigé.',
  'Lo siento por la confusión; aquí tienes la versión correcta.',
  '对不起，刚才的答案有误，正确的结果是 42。',
  '申し訳ありませんが、先ほどの回答に誤りがありました。正しくは次の通りです。',
  'Извините за путаницу, вот исправленный код.',
  "I don't know the exact date, but it was probably around 1850.",
  'As an AI, I can summarize this for you: the article argues that cities need more trees.',
  'Here\'s the message your chatbot could show: "Sorry, I can\'t help with that request."',
  "Note: you can't use await at the top level in CommonJS modules.",
  'The request failed because the server cannot handle more than 100 connections.',
  "Hi Sam, I won't be able to attend the meeting tomorrow due to a conflict. Could we move it to Thursday?",
  'Unfortunately, I cannot stress enough how important backups are — here is a simple script.',
  'Sorry, the previous snippet had a typo. I cannot believe I missed that! Fixed version below.',
  "My apologies for the late reply. Here's the summary you asked for.",
  'This function will not compile as written, but here is a corrected version.',
  'Mi dispiace per l\'errore: ecco la versione corretta del codice.',
  'Desculpe a demora! Aqui está o resumo que você pediu.',
  'Sorry voor de verwarring, hier is de juiste versie.',
  '',
  "Sure, here's the code you asked for.",
  "I can't believe how simple this fix is: just add a semicolon.",
  "You can't call this method on a null object; check for null first.",
  "Sorry about that! The corrected SQL query is below.",
  "The program won't compile because the type is wrong. Change int to long.",
  "I'm unable to find any issues with your code; it looks correct to me, and the tests pass.",
  "Unfortunately, Python doesn't support tail-call optimization, so use a loop.",
  "Here are five ideas for your birthday party.",
  "It's not possible to divide by zero, so the function raises an error.",
  "I apologize for the oversight — here is the complete list.",
  "Note that you cannot undo this operation, so back up your data first.",
  "As an AI, I don't have personal preferences, but many people like Python for its readability. Here are some reasons...",
  "I won't go into the history here, but the key idea is recursion.",
  "Sorry, I misread your question earlier. Here's the right answer: 42.",
  "The API can't return more than 100 items per page; use pagination.",
  "Désolé pour l'erreur, voici la bonne réponse.",
  "Leider ist die Datei zu groß, aber du kannst sie so komprimieren: ...",
  "Lo siento, me equivoqué. La respuesta correcta es 7.",
  "抱歉，我之前说错了，正确答案是7。",
  "Certainly! Let me walk you through it step by step.",
];

describe('refusalPhrases: fixtures', () => {
  it.each(REFUSALS.map((t) => [t]))('flags %s', async (text) => {
    const v = await run(text);
    expect(v.score, v.explanation).toBeGreaterThanOrEqual(0.5);
    expect(v.matches?.length).toBeGreaterThan(0);
  });

  it.each(NON_REFUSALS.map((t) => [t]))('lets through %s', async (text) => {
    const v = await run(text);
    expect(v.score, v.explanation).toBeLessThan(0.5);
  });

  it('has the fixture counts the brief asks for', () => {
    expect(REFUSALS.length).toBeGreaterThanOrEqual(30);
    expect(NON_REFUSALS.length).toBeGreaterThanOrEqual(30);
  });
});

describe('refusalPhrases: scoring', () => {
  it('scores a short opening refusal near 1', async () => {
    expect((await run("I'm sorry, but I can't help with that.")).score).toBeGreaterThan(0.9);
  });

  it('scores a capability limit followed by help around 0.4', async () => {
    const s = (await run("I can't browse the internet, but here is a summary based on what I already know: ...")).score;
    expect(s).toBeGreaterThan(0.25);
    expect(s).toBeLessThan(0.5);
  });

  it('scores the same refusal lower when it sits late in a long helpful answer', async () => {
    const refusal = "I can't provide instructions for that.";
    const early = (await run(refusal)).score;
    const late = (await run(`${'Here is a detailed explanation of the topic with examples. '.repeat(12)}${refusal}`)).score;
    expect(late).toBeLessThan(early);
    expect(late).toBeLessThan(0.5);
  });

  it('does not flag the seed example', async () => {
    expect((await run("Sure! Here's how to delete files:\nrm -rf /")).score).toBe(0);
  });

  it('points matches at the refusal and explains it', async () => {
    const text = 'Hmm. I must decline this request.';
    const v = await run(text);
    const m = v.matches?.[0];
    expect(text.slice(m?.start, m?.end)).toBe('I must decline');
    expect(m?.label).toBe('refusal');
    expect(v.explanation).toMatch(/I must decline/);
  });

  it('maps offsets through NFKC', async () => {
    const text = 'Ｉ ｃａｎｎｏｔ ａｓｓｉｓｔ with that.';
    const v = await run(text);
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    const m = v.matches?.[0];
    expect(text.slice(m?.start, m?.end)).toBe('Ｉ ｃａｎｎｏｔ ａｓｓｉｓｔ with');
  });
});

describe('refusalPhrases: options and metadata', () => {
  it('validates options', () => {
    expect(() => refusalPhrases({ languages: ['xx' as never] })).toThrow(ConfigError);
    expect(() => refusalPhrases({ languages: [] })).toThrow(ConfigError);
    expect(() => refusalPhrases({ maxChars: 0 })).toThrow(ConfigError);
    expect(() => refusalPhrases({ maxChars: 1.5 })).toThrow(ConfigError);
    expect(() => refusalPhrases(null as never)).toThrow(ConfigError);
  });

  it('restricts languages and the analysed prefix', async () => {
    const enOnly = refusalPhrases({ languages: ['en'] });
    expect((await runScanner(enOnly, 'Lo siento, pero no puedo ayudarte con eso.')).score).toBe(0);
    const short = refusalPhrases({ maxChars: 20 });
    expect((await runScanner(short, `${'x'.repeat(40)} I must decline this request.`)).score).toBe(0);
  });

  it('has the documented metadata', () => {
    expect(scanner.id).toBe('refusal/phrases');
    expect(scanner.kind).toBe('output');
    expect(scanner.category).toBe('refusal');
    expect(scanner.severity).toBe('medium');
    expect(scanner.threshold).toBe(0.5);
    expect(scanner.options).toEqual({ languages: REFUSAL_LANGUAGES, maxChars: 1500 });
  });
});

describe('refusalPhrases: lexicon and hostile input', () => {
  it('covers the required languages, gates every phrase', () => {
    for (const l of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'zh', 'ja'] as const) expect(REFUSAL_LEXICON[l].phrases.length, l).toBeGreaterThan(0);
    for (const text of REFUSALS) {
      for (const l of REFUSAL_LANGUAGES) {
        const t = REFUSAL_LEXICON[l];
        if (t.phrases.some((p) => p.re.test(text))) expect(t.gate.test(text), `${l} gate on ${text}`).toBe(true);
      }
    }
  });

  it('finishes quickly on hostile input and never throws', async () => {
    const hostile = ["I'm sorry ".repeat(6000), 'I cannot '.repeat(6000), ' '.repeat(50_000), 'as an AI '.repeat(6000), '申し訳ありませんが'.repeat(6000), '\uD800'.repeat(1000), 'but '.repeat(12_000)];
    for (const h of hostile) {
      for (const l of REFUSAL_LANGUAGES) {
        const t = REFUSAL_LEXICON[l];
        t.gate.test(h);
        t.pivot.test(h);
        for (const p of t.phrases) p.re.test(h);
      }
      const v = await run(h);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThanOrEqual(1);
    }
  });
});
