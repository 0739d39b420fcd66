import { describe, expect, it } from 'vitest';
import { buildNameLexicon, findNames, loadNameLexicon } from './names.js';

const names = (text: string, lex = small) => findNames(text, lex).map((h) => [text.slice(h.start, h.end), h.confidence]);
// A tiny lexicon of our own for the rule tests; the shipped lists are tested through loadNameLexicon.
const small = buildNameLexicon('maya ana jordan priya tomas grace will mark', 'ortiz keller novak kelly', 'will');

describe('pii/names: cues', () => {
  it('finds names after strong cues even when no list knows them', () => {
    expect(names('Dear Xandrine Qoltaway, thanks for the parcel.', undefined)).toEqual([['Xandrine Qoltaway', 0.9]]);
    expect(names('Hello, my name is Zephyrine Oduya and I need help.', undefined)).toEqual([['Zephyrine Oduya', 0.9]]);
    expect(names('Please forward this to Dr. Ilsabet Vorkan today.', undefined)).toEqual([['Ilsabet Vorkan', 0.9]]);
    expect(names('Kind regards,\nBrannoc Teal', undefined)).toEqual([['Brannoc Teal', 0.9]]);
  });

  it('keeps the title and greeting out of the span', () => {
    const text = 'Hi Mrs. Maya Ortiz, welcome back.';
    const [h] = findNames(text, small);
    expect(text.slice(h?.start, h?.end)).toBe('Maya Ortiz');
  });

  it('uses the lists for names written without a cue', () => {
    expect(names('Yesterday Jordan Keller moved the meeting.')).toEqual([['Jordan Keller', 0.85]]);
    expect(names('I told Priya about it.')).toEqual([['Priya', 0.7]]);
    expect(names('The report was written by Ravi G Novak last week.')).toEqual([['Ravi G Novak', 0.8]]); // a weak cue and a listed surname
  });

  it('needs a cue or a surname for first names that are ordinary words', () => {
    expect(names('Will you send it? Mark the box. Grace under pressure.')).toEqual([]);
    expect(names('Grace Kelly starred in it.')).toEqual([['Grace Kelly', 0.85]]);
    expect(names('Thanks, Mark!')).toEqual([['Mark', 0.9]]);
  });

  it('skips organisations, places, dates and products', () => {
    expect(names('Maya Bank opened on Monday in New York; we use Google Cloud and Microsoft Teams.')).toEqual([]);
    expect(names('The Ortiz report is due.')).toEqual([]);
    expect(names('ALL CAPS HEADINGS ARE NOT NAMES')).toEqual([]);
  });

  it('stays linear on hostile input', () => {
    const t0 = performance.now();
    findNames('Aa '.repeat(30_000), small);
    findNames('Dear '.repeat(20_000), small);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('pii/names: shipped lists', () => {
  it('load lazily and know common first names and surnames', async () => {
    const lex = await loadNameLexicon();
    expect(lex.first.has('maria')).toBe(true);
    expect(lex.last.has('smith')).toBe(true);
    expect(lex.ambiguous.has('will')).toBe(true);
    expect(findNames('We met Maria Smith at noon.', lex).length).toBe(1);
  });
});

describe('pii/names: title-case text is not a name', () => {
  it('skips headings, field labels and camel-case words', () => {
    expect(names('## Maya Ortiz Release Notes\nThe build passed.')).toEqual([]);
    expect(names('- Jordan Keller: owner of the task')).toEqual([]);
    expect(names('Project Overview And Priya Goals')).toEqual([]);
    expect(names('Values like NaN and JavaScript are not people.')).toEqual([]);
    // A strong cue still wins inside a heading.
    expect(names('# Dear Maya Ortiz')).toEqual([['Maya Ortiz', 0.9]]);
  });

  it('needs a listed word after a weak cue, but not after a person noun', () => {
    expect(names('Sort it by Decision Question first.')).toEqual([]);
    expect(names('Please call my sister Xandrine Qoltaway tonight.')).toEqual([['Xandrine Qoltaway', 0.85]]);
  });
});

describe('pii/names: word reading (the fast tokenizer)', () => {
  it('reads non-ASCII, astral and combining-mark capitals as letters', () => {
    expect(names('Dear Łukasz Wróbel, thanks.')).toEqual([['Łukasz Wróbel', 0.9]]);
    expect(names('Dear 𝐀𝐧𝐚 𝐎𝐫𝐭𝐢𝐳, thanks.')).toEqual([['𝐀𝐧𝐚 𝐎𝐫𝐭𝐢𝐳', 0.9]]);
    expect(names('Dear Maya\u0301 Ortiz')).toEqual([['Maya\u0301 Ortiz', 0.9]]);
  });

  it('drops possessives, keeps initials and particles, and needs single spaces', () => {
    expect(names("Dear Maya's friend")).toEqual([['Maya', 0.9]]);
    expect(names('Thanks, Dr. J. R. Ortiz!')).toEqual([['J. R. Ortiz', 0.9]]);
    expect(names('Dear Ludwig van Beethoven,')).toEqual([['Ludwig van Beethoven', 0.9]]);
    expect(names('Dear Ana de Cruz,')).toEqual([['Ana de Cruz', 0.9]]);
    expect(names('Dear Maya  Ortiz')).toEqual([['Maya', 0.9]]);
  });

  it('does not start a word glued to a word, digit, @, hyphen or dot', () => {
    expect(names('Ask x-Ana, @Ana, 1Ana and Ana.')).toEqual([['Ana', 0.7]]);
  });

  it('reads at most 200 001 words of a text', () => {
    expect(names(`${'a '.repeat(199_995)}Dear Maya Ortiz`, undefined)).toEqual([['Maya Ortiz', 0.9]]);
    expect(names(`${'a '.repeat(200_001)}Dear Maya Ortiz`, undefined)).toEqual([]);
  });
});

describe('pii/names: second pass and more cues', () => {
  const words = (text: string) => findNames(text, small).map((h) => text.slice(h.start, h.end));
  it('takes a repeat of a found name word, and list neighbours of a confident name', () => {
    expect(words('Quennell Ortiz wrote first. Quennell left early.')).toEqual(['Quennell Ortiz', 'Quennell']);
    expect(words('Ask Maya Ortiz and Vestrand about it.')).toEqual(['Maya Ortiz', 'Vestrand']);
    expect(words('They invited Ana, Brisco, Maya and Tomas.')).toEqual(['Ana', 'Brisco', 'Maya', 'Tomas']);
    // An organisation that merely contains a found surname is not a repeat.
    expect(words('Dear Priya Keller, Keller Capital Partners wrote.')).toEqual(['Priya Keller']);
  });

  it('reads speech and credit cues and padded form labels', () => {
    expect(words('"We are ready," says Quorveth.')).toEqual(['Quorveth']);
    expect(words('The guard says, White.')).toEqual([]);
    expect(words('Name:      Ana Vilk')).toEqual(['Ana Vilk']);
    expect(words('Mrs. Ana Novak Apt. 4 …')).toEqual(['Ana Novak']);
  });
});
