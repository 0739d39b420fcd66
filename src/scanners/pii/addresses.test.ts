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

describe('pii/addresses: postal blocks, cues and other street shapes', () => {
  it('takes the unit, place and postcode lines of a postal block', () => {
    const block = 'Ship to:\n> 48 Quillon Terrace\n> Suite 12\n> MARLOW DOWNS\n> Freedonia 40417\nThanks';
    expect(found(block)).toEqual(['48 Quillon Terrace\n> Suite 12\n> MARLOW DOWNS\n> Freedonia 40417']);
    // A capitalised line with no unit or postcode after it stays out.
    expect(found('See 48 Quillon Terrace\nBest Wishes')).toEqual(['48 Quillon Terrace']);
  });

  it('finds `<Name> <number>` streets after an address cue or above a unit line', () => {
    expect(found('My new address is Tamsvik 27, Oddby.')).toEqual(['Tamsvik 27']);
    expect(found('Brinnaholt 45\n Apt. 3\n Velmora\n Ruritania 55120')).toEqual(['Brinnaholt 45\n Apt. 3\n Velmora\n Ruritania 55120']);
    expect(found('kvernsletta 12\n apt. 9\n ruritania 12345')).toEqual(['kvernsletta 12\n apt. 9\n ruritania 12345']);
    expect(found('Chapter 5 covers Windows 11 and Python 3.')).toEqual([]);
    expect(found('We need to address the Big 3 issues.')).toEqual([]);
  });

  it('finds a number before a continental type word, a unit before the street, military mail and a ZIP after its word', () => {
    expect(found('Envoyez-le au 12 rue des Ormeaux, Lyon')).toEqual(['12 rue des Ormeaux']);
    expect(found('Ms. Ida Holm Apt. 7 31 Fennel Road\nBrimley BR 40210')).toEqual(['Apt. 7 31 Fennel Road\nBrimley BR 40210']);
    expect(found('Send it to PSC 4410, Box 2231\nAPO AE 09012 please')).toEqual(['PSC 4410, Box 2231\nAPO AE 09012']);
    expect(found('Mail USNS Halvard\nFPO AP 96601 today')).toEqual(['USNS Halvard\nFPO AP 96601']);
    expect(found('my zip code is 40417')).toEqual(['40417']);
    expect(found('Kálmán Mező u. 12., Pécs')).toEqual(['Kálmán Mező u. 12']);
  });

  it('leaves English words with a street suffix and code alone', () => {
    expect(found('During 1971 the plant grew; Engineering 101 is hard; Spring 2024 starts soon.')).toEqual([]);
    expect(found('"the number of odd elements 4n the str4ng 4 of the 4nput."')).toEqual([]);
  });
});

