import { describe, expect, it } from 'vitest';
import { findAddresses } from './addresses.js';

const found = (text: string) => findAddresses(text).map((h) => text.slice(h.start, h.end));

describe('pii/addresses', () => {
  it('finds number-first street addresses with unit, city, state and ZIP', () => {
    expect(found('Ship it to 742 Evergreen Terrace, Springfield, OR 97403 please.')).toEqual(['742 Evergreen Terrace, Springfield, OR 97403']);
    expect(found('Office: 1200 Harbor View Dr Suite 300, Bayport, ME 04011')).toEqual(['1200 Harbor View Dr Suite 300, Bayport, ME 04011']);
    expect(found('I live at 18 Quarry Lane.')).toEqual(['18 Quarry Lane']);
  });

  it('finds continental styles: type first, suffix streets, separate type words', () => {
    expect(found('Lieferung an Lindenstraße 14, 10115 Berlin.')).toEqual(['Lindenstraße 14, 10115 Berlin']);
    expect(found('Rendez-vous rue des Lilas 8 à midi.')).toEqual(['rue des Lilas 8']);
    expect(found('Vivo en Calle Olmo 23 desde mayo.')).toEqual(['Calle Olmo 23']);
    expect(found('Besøk oss i Kirkeveien 5.')).toEqual(['Kirkeveien 5']);
    expect(found('Adresse: Solbakken gate 12')).toEqual(['Solbakken gate 12']);
  });

  it('finds P.O. boxes', () => {
    expect(found('Mail to P.O. Box 4471, Dayton, OH 45401.')).toEqual(['P.O. Box 4471, Dayton, OH 45401']);
  });

  it('leaves numbers next to ordinary words alone', () => {
    expect(found('We walked 5 miles down the road and drove 3 more on the highway.')).toEqual([]);
    expect(found('Chapter 12 Drive safely; Jurassic Park 3 is a film; take 2 pills.')).toEqual([]);
    expect(found('no digits at all on Main Street')).toEqual([]);
  });

  it('stays linear on hostile input', () => {
    const t0 = performance.now();
    findAddresses('1 Street '.repeat(10_000));
    findAddresses('rue 1 '.repeat(10_000));
    findAddresses('Aaaastraße 1 '.repeat(5_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('pii/addresses: numbers far from the street type', () => {
  it('finds a house number 70 characters before or after the type word', () => {
    const before = '12 Aaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbb Ccccccccccccccccc Dddddddddddddd Street';
    expect(found(before)).toEqual([before]);
    const after = 'Via Aaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbb Ccccccccccccccccccccc 12';
    expect(found(after)).toEqual([after]);
    expect(found('Write to PO Box  123456 please')).toEqual(['PO Box  123456']);
  });
});

