/**
 * @module scripts/gibberish-bigrams — derives the letter-transition table of `content/gibberish`:
 * for each pair (x → y) of a–z letters and word boundaries, the cost in bits of y following x inside
 * a word, taking the most favourable of several Latin-script languages (so a pair usual in any of
 * them is cheap). Random letters and keyboard mashing cost far more bits per letter than words.
 *
 * Run: `npx tsx scripts/gibberish-bigrams.ts` — reads ../shared/datasets (XQuAD paragraphs en de es
 * ro tr vi ru el; MGSM questions de es fr sw ru; MultiJail requests it jv) plus the word lists
 * written for this project below (pl cs sk hr sl sv da no fi et hu sq nl id uk bg sr, our own, from
 * general knowledge), and
 * prints the tables pasted into `src/scanners/content/gibberish-data.ts`: one per script (Latin,
 * Cyrillic, Greek). Only counts leave the datasets, no text. Letters are folded (NFD, combining marks
 * removed, lower case, final sigma as sigma); letters outside the script's alphabet end a word.
 */
import { readFileSync } from 'node:fs';

const D = new URL('../../shared/datasets/', import.meta.url);
const corpora: Record<string, string[]> = {};
const add = (lang: string, list: string[]): void => {
  corpora[lang] = [...(corpora[lang] ?? []), ...list];
};
for (const l of ['en', 'de', 'es', 'ro', 'tr', 'vi', 'ru', 'el']) {
  const j = JSON.parse(readFileSync(new URL(`xquad/xquad.${l}.json`, D), 'utf8')) as { data: Array<{ paragraphs: Array<{ context: string; qas: Array<{ question: string }> }> }> };
  add(l, j.data.flatMap((a) => a.paragraphs.flatMap((p) => [p.context, ...p.qas.map((q) => q.question)])));
}
for (const l of ['de', 'es', 'fr', 'sw', 'ru']) add(l, readFileSync(new URL(`mgsm/mgsm/mgsm_${l}.tsv`, D), 'utf8').split('\n').map((r) => r.split('\t')[0] ?? ''));
{
  // MultiJail: CSV with quoted fields; columns id,source,tags,en,zh,it,vi,ar,ko,th,bn,sw,jv.
  const csv = readFileSync(new URL('multijail/data/MultiJail.csv', D), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  add('it', rows.slice(1).map((r) => r[5] ?? ''));
  add('jv', rows.slice(1).map((r) => r[12] ?? ''));
}

// Common words of languages the datasets lack, written for this project (spellings folded later).
const OWN: Record<string, string> = {
  pl: 'jest nie to w na z ze sie do jak co tak ale czy juz tylko przez bardzo jeszcze wszystko dzisiaj jutro wczoraj dziekuje prosze dobrze zrobic zrobilem wziac wkrotce wspolny wszyscy wtedy wlasnie wybrac wydarzenie rzecz przed przy trzeba krzeslo grzeczny szkola szybko szczescie czlowiek czas cztery dziecko dzwiek dzwon zdjecie zdrowie zrozumiec mowic chcesz chodzmy pieniadze miejsce miasto samochod pracy praca droga rzeka ksiazka jezyk polski swiat',
  cs: 'jsem jsi jste jsou je byl byla bylo kde kdo kdy proc jak co ale a nebo taky tak velmi dobry dobre den noc rano vecer dnes zitra vcera dekuji prosim zdravi zkouska zprava zpet zjistit vzduch vsechno vsichni vlak vnitrni vpravo vtip vkus mesto skola prace clovek ctyri krk prst srdce ctvrtek smrt zmrzlina hrad chleb muzeme budeme mluvit rozumim nerozumim',
  sk: 'som si sme ste su bol bola bolo kde kto kedy preco ako co ale alebo tiez tak velmi dobry den noc rano vecer dnes zajtra vcera dakujem prosim zdravie vsetko vsetci mesto skola praca clovek styri stvrtok smrt chlieb mozeme budeme hovorit rozumiem',
  hr: 'ja ti on ona mi vi oni jest sam si smo ste su bio bila bilo gdje tko kada zasto kako sto ali ili takoder tako vrlo dobar dan noc jutro vecer danas sutra jucer hvala molim ljubav ljudi voda vjera vjerovati djeca dijete pjesma njegov njezin mjesto grad skola posao covjek cetiri srijeda cetvrtak kruh mozemo govoriti razumijem',
  sl: 'jaz ti on ona mi vi oni sem si smo ste so bil bila bilo kje kdo kdaj zakaj kako kaj ali tudi zelo dober dan noc jutro vecer danes jutri vceraj hvala prosim ljubezen ljudje voda vmes vsak mesto sola delo clovek stiri kruh lahko govoriti razumem',
  sv: 'jag du han hon vi ni de det den och att som inte med for pa av till fran har hade ska skulle kan kunde vill ville mycket bra dag natt morgon kvall idag imorgon igar tack snalla hjalp hjalpa hjarta kvinna kvall sjuk sjalv tjugo tjej ljus djur mjolk fjall bjorn skog skola stad arbete manniska fyra kopa skriva lasa',
  da: 'jeg du han hun vi de det den og at som ikke med for pa af til fra har havde skal skulle kan kunne vil ville meget godt dag nat morgen aften idag imorgen igar tak hvad hvor hvem hvorfor hvordan hjaelp kvinde sjov skole by arbejde menneske fire kobe skrive laese',
  no: 'jeg du han hun vi dere de det den og at som ikke med for pa av til fra har hadde skal skulle kan kunne vil ville mye godt dag natt morgen kveld idag imorgen igar takk hva hvor hvem hvorfor hvordan hjelp kvinne gjore gjennom kjope kjenne skole by arbeid menneske fire skrive lese',
  fi: 'mina sina han me te he on ei ja tai mutta etta kun jos niin kuin hyva paiva yo aamu ilta tanaan huomenna eilen kiitos ole hyvaa syy hyvin jyva yksi kaksi kolme nelja viisi kuusi seitseman kahdeksan yhdeksan kymmenen talo kaupunki koulu tyo ihminen kirjoittaa lukea puhua ymmarran',
  et: 'mina sina tema meie teie nemad on ei ja voi aga et kui nii hea paev oo hommik ohtu tana homme eile aitah palun uks kaks kolm neli viis kuus seitse kaheksa uheksa kumme maja linn kool too inimene kirjutama lugema raakima',
  hu: 'en te o mi ti ok van nincs es vagy de hogy ha igen nem nagyon jo nap ejszaka reggel este ma holnap tegnap koszonom kerem szeretet szep szo szam gyerek gyors nyar nyelv tyuk lyuk zsak zsir csak csinal egy ketto harom negy ot hat het nyolc kilenc tiz haz varos iskola munka ember irni olvasni beszelni ertem',
  sq: 'une ti ai ajo ne ju ata eshte jam je jemi jeni jane nuk dhe ose por qe kur si shume mire dite nate mengjes mbremje sot neser dje faleminderit ju lutem dashuri njeri njerez qen qytet qiell qofte xhami xhaxha gjuha gjithe gjate zhurme dhe thote shtepi shkolle pune kater pese',
  nl: 'ik jij hij zij wij jullie het de een en niet met voor op van naar uit heb had zal zou kan kon wil wilde heel goed dag nacht ochtend avond vandaag morgen gisteren dank alsjeblieft mijn tijd vijf zijn blijven lijken wijze ijzer eigenlijk duidelijk natuurlijk meisje huisje vrouw stad school werk mens vier kopen schrijven lezen',
  uk: 'я ти він вона ми ви вони є не і або але що коли якщо дуже добре день ніч ранок вечір сьогодні завтра вчора дякую будь ласка привіт людина люди місто школа робота вода хліб їжа їхати їсти їх її його є єдиний ґанок ґудзик щастя здоров’я зробити хочу можу говорити розумію чотири п’ять шість сім вісім дев’ять десять',
  bg: 'аз ти той тя ние вие те е не и или но че когато ако много добре ден нощ сутрин вечер днес утре вчера благодаря моля здравей човек хора град училище работа вода хляб храна щастие здраве направя искам мога говоря разбирам четири пет шест седем осем девет десет',
  sr: 'ја ти он она ми ви они је не и или али да када ако веома добро дан ноћ јутро вече данас сутра јуче хвала молим здраво човек људи град школа посао вода хлеб љубав њега њен ђак ћерка џеп срећа здравље урадити желим могу говорити разумем четири пет шест седам осам девет десет',
  id: 'saya kamu dia kami mereka adalah tidak dan atau tetapi bahwa ketika jika sangat baik hari malam pagi sore ini besok kemarin terima kasih tolong rumah kota sekolah kerja orang satu dua tiga empat lima nyanyi nyaman ngantuk mengapa bagaimana',
};
for (const [l, words] of Object.entries(OWN)) add(`own-${l}`, [words]);

/** The alphabets, in table order; the boundary symbol follows the last letter. */
export const ALPHABETS = {
  latin: 'abcdefghijklmnopqrstuvwxyz',
  cyrillic: 'абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґўјљњћџђѓќѕ',
  greek: 'αβγδεζηθικλμνξοπρστυφχψω',
} as const;

/**
 * Fold a text the way the scanner folds a word: lower case, marks removed (Cyrillic keeps the breve
 * and diaeresis that make й, ў, ё, ї letters of their own), final sigma as sigma.
 */
export function fold(t: string, keepCyrillicMarks: boolean): string {
  const d = t.toLowerCase().normalize('NFD');
  const stripped = keepCyrillicMarks ? d.replace(/[\u0300-\u0305\u0307\u0309-\u036f]/g, '') : d.replace(/\p{M}/gu, '');
  return stripped.normalize('NFC').replace(/ς/g, 'σ');
}

function table(alphabet: string, keepCyrillicMarks: boolean): string {
  const letters = [...alphabet];
  const SYM = letters.length + 1;
  const B = letters.length;
  const pos = new Map(letters.map((c, i) => [c, i]));
  const cost = new Float64Array(SYM * SYM).fill(Infinity);
  for (const [lang, list] of Object.entries(corpora)) {
    const counts = new Float64Array(SYM * SYM);
    let any = 0;
    for (const t of list) {
      let prev = B;
      let len = 0;
      for (const ch of fold(t, keepCyrillicMarks) + ' ') {
        const k = pos.get(ch);
        if (k === undefined) {
          if (len >= 2) counts[prev * SYM + B] = (counts[prev * SYM + B] as number) + 1;
          prev = B;
          len = 0;
          continue;
        }
        counts[prev * SYM + k] = (counts[prev * SYM + k] as number) + 1;
        any++;
        prev = k;
        len++;
      }
    }
    if (any < 200) continue; // no text in this script
    // Small corpora (our word lists) only vouch for what they show: their unseen pairs stay unknown.
    const own = lang.startsWith('own-');
    for (let x = 0; x < SYM; x++) {
      let total = 0;
      for (let y = 0; y < SYM; y++) total += counts[x * SYM + y] as number;
      if (total === 0) continue;
      for (let y = 0; y < SYM; y++) {
        const n = counts[x * SYM + y] as number;
        if (own && n === 0) continue;
        // Own lists: a pair seen there counts as at least 1 in 12 (common enough to be ordinary).
        const p = own ? Math.max(1 / 12, n / total) : (n + 0.02) / (total + 0.02 * SYM);
        const bits = -Math.log2(p);
        if (bits < (cost[x * SYM + y] as number)) cost[x * SYM + y] = bits;
      }
    }
  }
  // Quantise to whole bits 0–15, one letter each ('a' = 0 bits … 'p' = 15 bits).
  let out = '';
  for (let i = 0; i < SYM * SYM; i++) out += String.fromCharCode(97 + Math.min(15, Math.round(cost[i] as number)));
  return out;
}

for (const [name, alphabet] of Object.entries(ALPHABETS)) console.log(`${name}: '${table(alphabet, name === 'cyrillic')}',`);
