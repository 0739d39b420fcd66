/**
 * @module scanners/content/sentiment-lexicon — the word valences behind `content/sentiment`:
 * AFINN-style integers from −5 (very negative) to +5 (very positive) for common opinion words in
 * English, Spanish, French, German, Italian, Portuguese and Dutch, plus negators, intensifiers,
 * contrast words and emoticons. Written for this project from general knowledge of each language
 * (not copied from AFINN or any other list). Words are lower case without accents removed; a word
 * that means different things in two languages (German "Gift" = poison, "mal" = once) is left out.
 */

/** `word:valence` pairs, space-separated. */
const EN =
  'good:3 great:3 excellent:4 amazing:4 awesome:4 wonderful:4 fantastic:4 brilliant:4 outstanding:5 superb:5 perfect:3 best:3 better:2 nice:3 fine:1 ok:1 okay:1 happy:3 glad:3 pleased:3 delighted:4 love:3 loved:3 loves:3 lovely:3 like:1 liked:2 enjoy:2 enjoyed:2 fun:3 beautiful:3 pretty:1 cool:1 helpful:2 useful:2 clear:1 easy:1 thanks:2 thank:2 grateful:3 appreciate:2 appreciated:2 impressive:3 recommend:2 recommended:2 success:2 successful:3 win:3 won:3 winning:3 positive:2 hope:2 hopeful:2 calm:2 safe:1 kind:2 friendly:2 fair:2 fast:1 smooth:1 reliable:2 satisfied:2 exciting:3 excited:3 glorious:4 incredible:4 superior:2 favorite:2 favourite:2 welcome:2 congratulations:3 proud:2 joy:3 cheerful:2 peaceful:2 yay:3 wow:3 ' +
  'bad:-3 terrible:-3 awful:-3 horrible:-3 worst:-3 worse:-3 poor:-2 sad:-2 unhappy:-2 angry:-3 mad:-3 furious:-3 annoyed:-2 annoying:-2 hate:-3 hated:-3 hates:-3 dislike:-2 disappointed:-2 disappointing:-2 disappointment:-2 useless:-2 broken:-1 fail:-2 failed:-2 failure:-2 fails:-2 wrong:-2 error:-1 problem:-1 problems:-1 bug:-1 buggy:-2 slow:-2 ugly:-3 stupid:-2 dumb:-3 idiot:-3 idiots:-3 ridiculous:-3 pathetic:-2 disgusting:-3 gross:-2 nasty:-3 rude:-2 unfair:-2 scam:-2 fraud:-4 waste:-1 wasted:-2 boring:-3 bored:-2 confusing:-2 confused:-2 frustrated:-2 frustrating:-2 frustration:-2 upset:-2 worried:-3 worry:-3 afraid:-2 scared:-2 fear:-2 terrified:-3 pain:-2 painful:-2 hurt:-2 sorry:-1 regret:-2 shame:-2 ashamed:-2 miserable:-3 depressed:-2 depressing:-2 lonely:-2 crap:-3 shit:-4 damn:-2 hell:-2 sucks:-3 suck:-3 lame:-2 mess:-2 disaster:-2 catastrophe:-3 tragic:-2 tragedy:-2 dead:-3 die:-3 kill:-3 killed:-3 cry:-1 crying:-2 complain:-2 complaint:-2 unacceptable:-3 incompetent:-2 worthless:-2 hopeless:-2 garbage:-3 trash:-3 unfortunately:-2 unfortunate:-2 difficult:-1 hard:-1 reject:-1 rejected:-1 refuse:-2 refused:-2 threat:-2 dangerous:-2 danger:-2 evil:-3 cruel:-3 hostile:-2 abuse:-3 abusive:-3 insult:-2 offensive:-2 ';

const ES =
  'bueno:3 buena:3 buenos:3 buenas:3 excelente:4 genial:3 increible:4 maravilloso:4 maravillosa:4 fantastico:4 fantastica:4 perfecto:3 perfecta:3 mejor:2 feliz:3 contento:2 contenta:2 encanta:3 encantado:3 amor:3 gusta:2 bonito:3 bonita:3 hermoso:3 hermosa:3 util:2 gracias:2 agradecido:3 recomiendo:2 exito:2 alegria:3 tranquilo:2 amable:2 ' +
  'malo:-3 mala:-3 malos:-3 malas:-3 terrible:-3 horrible:-3 peor:-3 pesimo:-3 pesima:-3 triste:-2 enojado:-3 enfadado:-3 odio:-3 odiar:-3 decepcionado:-2 decepcion:-2 inutil:-2 roto:-1 fallo:-2 error:-1 problema:-1 lento:-2 feo:-3 fea:-3 estupido:-2 estupida:-2 idiota:-3 ridiculo:-3 asqueroso:-3 grosero:-2 injusto:-2 estafa:-2 fraude:-4 aburrido:-3 aburrida:-3 confuso:-2 frustrado:-2 preocupado:-3 miedo:-2 dolor:-2 lamento:-1 verguenza:-2 basura:-3 desastre:-2 mierda:-4 maldito:-3 desgraciadamente:-2 lamentablemente:-2 peligroso:-2 cruel:-3 insulto:-2 ';

const FR =
  'bon:3 bonne:3 bons:3 bonnes:3 excellent:4 excellente:4 genial:3 geniale:3 incroyable:4 merveilleux:4 merveilleuse:4 fantastique:4 parfait:3 parfaite:3 meilleur:2 meilleure:2 heureux:3 heureuse:3 content:2 contente:2 adore:3 aime:2 amour:3 beau:3 belle:3 joli:2 jolie:2 utile:2 merci:2 reconnaissant:3 recommande:2 succes:2 reussi:3 joie:3 calme:2 gentil:2 gentille:2 sympa:2 ravi:3 ravie:3 ' +
  'mauvais:-3 mauvaise:-3 terrible:-3 horrible:-3 affreux:-3 pire:-3 nul:-3 nulle:-3 triste:-2 fache:-3 colere:-3 deteste:-3 haine:-3 decu:-2 decue:-2 decevant:-2 inutile:-2 casse:-1 echec:-2 erreur:-1 probleme:-1 lent:-2 lente:-2 moche:-3 stupide:-2 idiot:-3 idiote:-3 ridicule:-3 degoutant:-3 impoli:-2 injuste:-2 arnaque:-2 fraude:-4 ennuyeux:-3 ennuyeuse:-3 confus:-2 frustre:-2 inquiet:-3 inquiete:-3 peur:-2 douleur:-2 desole:-1 desolee:-1 honte:-2 merde:-4 catastrophe:-3 malheureusement:-2 dangereux:-2 cruel:-3 insulte:-2 ';

const DE =
  'gut:3 gute:3 guter:3 gutes:3 toll:3 super:3 ausgezeichnet:4 hervorragend:5 wunderbar:4 fantastisch:4 perfekt:3 besser:2 beste:3 besten:3 glucklich:3 froh:3 zufrieden:2 liebe:3 lieben:3 mag:2 schon:0 schoen:3 schone:3 hubsch:2 nutzlich:2 hilfreich:2 danke:2 dankbar:3 empfehlen:2 erfolg:2 erfolgreich:3 freude:3 ruhig:2 freundlich:2 begeistert:4 ' +
  'schlecht:-3 schlechte:-3 schlechter:-3 furchtbar:-3 schrecklich:-3 schlimm:-3 schlimmste:-3 traurig:-2 wutend:-3 sauer:-2 hasse:-3 hass:-3 enttauscht:-2 enttauschend:-2 nutzlos:-2 kaputt:-2 fehler:-1 problem:-1 langsam:-2 hasslich:-3 dumm:-2 idiot:-3 lacherlich:-3 ekelhaft:-3 unhoflich:-2 unfair:-2 betrug:-4 langweilig:-3 verwirrend:-2 frustriert:-2 besorgt:-2 angst:-2 schmerz:-2 schmerzen:-2 leider:-2 schade:-2 scheisse:-4 mist:-2 katastrophe:-3 gefahrlich:-2 grausam:-3 beleidigung:-2 ';

const IT =
  'buono:3 buona:3 ottimo:4 ottima:4 eccellente:4 fantastico:4 fantastica:4 meraviglioso:4 meravigliosa:4 perfetto:3 perfetta:3 migliore:2 felice:3 contento:2 contenta:2 adoro:3 amo:3 amore:3 piace:2 bello:3 bella:3 utile:2 grazie:2 grato:3 consiglio:1 successo:2 gioia:3 tranquillo:2 gentile:2 ' +
  'cattivo:-3 cattiva:-3 pessimo:-3 pessima:-3 terribile:-3 orribile:-3 peggiore:-3 peggio:-3 triste:-2 arrabbiato:-3 arrabbiata:-3 odio:-3 deluso:-2 delusa:-2 deludente:-2 inutile:-2 rotto:-1 errore:-1 problema:-1 lento:-2 brutto:-3 brutta:-3 stupido:-2 stupida:-2 idiota:-3 ridicolo:-3 disgustoso:-3 maleducato:-2 ingiusto:-2 truffa:-2 frode:-4 noioso:-3 noiosa:-3 confuso:-2 frustrato:-2 preoccupato:-3 paura:-2 dolore:-2 vergogna:-2 merda:-4 disastro:-2 purtroppo:-2 pericoloso:-2 crudele:-3 insulto:-2 ';

const PT =
  'bom:3 boa:3 bons:3 boas:3 otimo:4 otima:4 excelente:4 incrivel:4 maravilhoso:4 maravilhosa:4 fantastico:4 perfeito:3 perfeita:3 melhor:2 feliz:3 contente:2 adoro:3 amo:3 amor:3 gosto:2 bonito:3 bonita:3 lindo:3 linda:3 util:2 obrigado:2 obrigada:2 grato:3 recomendo:2 sucesso:2 alegria:3 tranquilo:2 gentil:2 ' +
  'mau:-3 ruim:-3 pessimo:-3 pessima:-3 terrivel:-3 horrivel:-3 pior:-3 triste:-2 irritado:-2 odeio:-3 decepcionado:-2 decepcionante:-2 inutil:-2 quebrado:-1 erro:-1 problema:-1 lento:-2 feio:-3 feia:-3 estupido:-2 idiota:-3 ridiculo:-3 nojento:-3 grosseiro:-2 injusto:-2 golpe:-2 fraude:-4 chato:-2 chata:-2 confuso:-2 frustrado:-2 preocupado:-3 medo:-2 dor:-2 vergonha:-2 merda:-4 desastre:-2 infelizmente:-2 perigoso:-2 cruel:-3 insulto:-2 ';

const NL =
  'goed:3 goede:3 geweldig:4 uitstekend:4 fantastisch:4 prachtig:4 perfect:3 beter:2 beste:3 blij:3 gelukkig:3 tevreden:2 hou:2 mooi:3 mooie:3 handig:2 nuttig:2 bedankt:2 dankbaar:3 aanrader:2 succes:2 vreugde:3 rustig:2 vriendelijk:2 leuk:3 ' +
  'slecht:-3 slechte:-3 verschrikkelijk:-3 vreselijk:-3 ergste:-3 verdrietig:-2 boos:-3 haat:-3 teleurgesteld:-2 teleurstellend:-2 nutteloos:-2 kapot:-2 fout:-1 probleem:-1 traag:-2 lelijk:-3 dom:-2 stom:-2 idioot:-3 belachelijk:-3 walgelijk:-3 onbeleefd:-2 oneerlijk:-2 oplichting:-3 fraude:-4 saai:-3 verwarrend:-2 gefrustreerd:-2 bezorgd:-2 bang:-2 pijn:-2 schaam:-2 rampzalig:-3 helaas:-2 gevaarlijk:-2 wreed:-3 belediging:-2 ';

function parse(s: string): Array<[string, number]> {
  return s
    .trim()
    .split(/\s+/)
    .map((p) => {
      const i = p.lastIndexOf(':');
      return [p.slice(0, i), Number(p.slice(i + 1))] as [string, number];
    })
    .filter(([, v]) => v !== 0);
}

/**
 * Word → valence (−5…+5), every language together. Keys are lower case with accents removed
 * (the scanner folds words the same way before looking them up).
 *
 * @example
 * ```ts
 * SENTIMENT_WORDS.get('terrible'); // -3
 * ```
 */
export const SENTIMENT_WORDS: ReadonlyMap<string, number> = new Map([...parse(EN), ...parse(ES), ...parse(FR), ...parse(DE), ...parse(IT), ...parse(PT), ...parse(NL)]);

/** Words that flip the valence of the next three words ("not good", "nicht gut", "pas bon"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'aint', 'nunca', 'jamas', 'sin', 'nada', 'ni', 'pas', 'jamais', 'sans', 'rien', 'aucun', 'aucune', 'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'ohne', 'nichts', 'non', 'mai', 'senza', 'niente', 'nao', 'sem', 'nem', 'niet', 'geen', 'nooit', 'zonder', 'niets',
]);

/** Words that strengthen (> 1) or soften (< 1) the next word. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.3], ['really', 1.3], ['so', 1.2], ['extremely', 1.5], ['incredibly', 1.5], ['absolutely', 1.4], ['totally', 1.3], ['completely', 1.3], ['utterly', 1.5], ['truly', 1.3], ['most', 1.2], ['too', 1.2], ['erg', 1.3],
  ['slightly', 0.6], ['somewhat', 0.7], ['bit', 0.7], ['little', 0.7], ['barely', 0.5], ['quite', 1.1], ['rather', 0.9], ['fairly', 0.8],
  ['muy', 1.3], ['tan', 1.2], ['realmente', 1.3], ['bastante', 1.1], ['poco', 0.7], ['tres', 1.3], ['vraiment', 1.3], ['trop', 1.2], ['assez', 1.1], ['peu', 0.7], ['sehr', 1.3], ['wirklich', 1.3], ['total', 1.3], ['ziemlich', 1.1], ['etwas', 0.7], ['molto', 1.3], ['davvero', 1.3], ['troppo', 1.2], ['muito', 1.3], ['bem', 1.1], ['pouco', 0.7], ['heel', 1.3], ['echt', 1.3], ['zeer', 1.3], ['beetje', 0.7],
]);

/** Contrast words: what follows weighs more than what came before ("good, but slow"). */
export const CONTRASTS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'yet', 'pero', 'sino', 'aunque', 'mais', 'cependant', 'pourtant', 'aber', 'jedoch', 'doch', 'ma', 'tuttavia', 'mas', 'porem', 'contudo', 'maar', 'echter']);

/** Emoticons and emoji with their valence. */
export const EMOTICONS: ReadonlyMap<string, number> = new Map([
  [':)', 2], [':-)', 2], [':D', 3], [':-D', 3], [';)', 1], [';-)', 1], ['<3', 3], ['xD', 2], ['(:', 2], [':]', 2], ['^_^', 2], ['^^', 2],
  [':(', -2], [':-(', -2], [":'(", -3], [':/', -1], [':-/', -1], ['>:(', -3], ['D:', -2], ['):', -2], [':|', -1],
  ['😀', 2], ['😃', 2], ['😄', 2], ['😁', 2], ['😊', 2], ['🙂', 1], ['😍', 3], ['🥰', 3], ['😂', 2], ['🤣', 2], ['👍', 2], ['❤️', 3], ['❤', 3], ['🎉', 3], ['😎', 2], ['🙏', 1],
  ['😞', -2], ['😢', -2], ['😭', -3], ['😠', -3], ['😡', -4], ['🤬', -4], ['👎', -2], ['😒', -2], ['🙁', -2], ['☹️', -2], ['☹', -2], ['😩', -2], ['😤', -2], ['💩', -2], ['🤮', -3],
]);
