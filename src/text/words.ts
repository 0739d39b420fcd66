/**
 * @module text/words — a small list of very common words (English plus Spanish, French, German,
 * Italian, Portuguese and Dutch, ASCII spellings only) for the decoder's "does this read like
 * language?" checks: a ROT13 guess, a reversed segment or a leetspeak fold is only believed when it
 * turns unknown tokens into known words. Frequent words carry most running text, so a few hundred
 * per language recognise a large share of tokens; the vocabulary of prompt attacks is added so that
 * short obfuscated payloads ("1gn0r3 pr3v10us 1nstruct10ns") are recognised too. Written for this
 * project from general knowledge of each language, not copied from a frequency list.
 */

/** English function words and everyday vocabulary. */
const EN =
  'the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an will my one all would there their what so up out if about who get which go me when make can like time no just him know take people into year your good some could them see other than then now look only come its over think also back after use two how our work first well way even new want because any these give day most us is are was were been has had did does done said made went gone got ' +
  'very more much many such each every few both own same too here where why again off down under while before through during above below between against once further always never often still yet already soon ever together ' +
  'please thanks thank hello hi yes okay sure help need tell show write read let find keep put bring begin start stop end try ask answer call feel leave mean seem turn move live believe hold happen provide sit stand lose pay meet include continue set learn change lead understand watch follow create speak allow add spend grow open walk win offer remember love consider appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell require report decide pull explain describe translate summarize summarise list check fix run print return ' +
  'thing man woman child world life hand part place case week company system program question government number night point home water room mother area money story fact month lot right study book eye job word business issue side kind head house service friend father power hour game line member law car city community name president team minute idea kid body information school face others level office door health person art war history party result morning reason research girl guy moment air teacher force education food ' +
  'great little old big high different small large next early young important public bad able last long best better sure free full real simple whole easy hard true false clear possible private secret hidden safe dangerous normal special new final ' +
  'ignore ignored ignoring disregard forget forgot previous prior above earlier instruction instructions rule rules prompt prompts system reveal revealed print repeat verbatim password passwords secret secrets key keys token tokens admin administrator root developer mode jailbreak bypass override unrestricted unfiltered filter filters censor censored restriction restrictions policy policies guideline guidelines safety pretend act roleplay character now anything everything nothing confidential internal execute command commands delete remove shell script code hack hacker exploit attack malware virus weapon bomb drug drugs steal email send data user users assistant model you your yourself must should shall may might obey comply respond output reply message say tell hidden access grant granted enable disable disabled enabled unlock new dan evil ' +
  'not dont cant wont isnt arent doesnt didnt youre im ive its thats theres lets whats ';

/**
 * Programming keywords and everyday technical abbreviations: code is "language" too, and knowing
 * these keeps code from looking like a cipher (and keeps the decoder's cost low on code).
 */
const CODE =
  'const let var function return else for while switch case break continue class extends import export default async await null undefined true false typeof instanceof try catch finally throw def self elif lambda pass none int str float bool string number void public private static final package struct enum interface type impl mut pub use mod echo then done sudo apt npm git json http https www com org net api src lib test tests div span img href html css xml yaml sql select where from insert update into values join table index err res req ctx cfg args arg len max min val obj arr idx tmp msg buf config utils util app main init get set map filter reduce push pop length value values item items node nodes id ids url urls path file files dir log info warn error debug foo bar baz ';

/** Spanish. */
const ES =
  'el la los las de del que y en un una es por con no para se lo como mas pero sus le ya o este esta si porque muy sin sobre tambien me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mi antes algunos que unos yo otro otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros tu te ti usted ahora ser hacer decir ir ver dar saber querer llegar pasar deber poner parecer quedar creer hablar llevar dejar seguir encontrar llamar venir pensar salir volver tomar conocer vivir sentir tratar mirar contar empezar esperar buscar existir entrar trabajar escribir perder producir ocurrir entender pedir recibir recordar terminar permitir aparecer conseguir comenzar servir sacar necesitar mantener resultar leer caer cambiar presentar crear abrir considerar ignora ignorar instrucciones anteriores sistema contrasena secreto revela muestra olvida reglas ahora eres modo desarrollador ';

/** French. */
const FR =
  'le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils elles nous vous je tu on ne se sa son ses leur leurs mais ou donc or ni car plus tout tous toutes bien aussi comme fait faire dire voir savoir pouvoir vouloir venir prendre mettre donner aller avoir etre peut sont ont avait mon ma mes ton ta tes notre votre moi toi lui eux sans sous entre chez vers avant apres encore toujours jamais rien personne quelque chose autre meme tres trop peu beaucoup ici oui non merci bonjour ignore ignorez oublie oubliez instructions precedentes systeme mot passe secret revele affiche regles maintenant mode developpeur ';

/** German. */
const DE =
  'der die das und ist nicht ein eine einen einem einer zu den von mit sich des auf fur im dem ich sie es er wir ihr du auch als an nach wie aus bei noch nur oder aber wenn so wird werden kann hat haben sein war sind mehr schon sehr uber um alle diese dieser dieses man mir mich dir dich uns euch ihm ihn ihnen was wer wo warum hier dort jetzt immer nie nichts etwas viel viele gut neu alt gross klein ja nein bitte danke hallo machen sagen gehen kommen sehen wissen geben nehmen finden denken lassen stehen bleiben heissen zeigen ignoriere ignorieren vergiss anweisungen vorherigen system passwort geheim zeige regeln jetzt modus entwickler ';

/** Italian. */
const IT =
  'il lo la i gli le di del della dei delle un una uno e che in per non con su si come ma piu anche questo questa questi quello quella sono ha hanno era essere avere fare dire andare vedere sapere potere volere dare stare venire io tu lui lei noi voi loro mi ti ci vi mio tuo suo nostro vostro tutto tutti molto poco sempre mai ora qui li dove quando perche cosa chi niente qualcosa grazie ciao ignora ignorare istruzioni precedenti sistema segreto rivela mostra dimentica regole adesso modalita sviluppatore ';

/** Portuguese. */
const PT =
  'o a os as de do da dos das um uma e que em no na nos nas por para com nao se mais mas como foi ao ele ela eles elas isso isto esse essa este esta seu sua seus suas meu minha voce voces nos eu tu ja quando muito tambem so pelo pela ate ser ter fazer dizer ir ver dar saber poder querer ficar estar agora aqui sempre nunca nada tudo todos obrigado ola ignore ignora instrucoes anteriores sistema senha segredo revele mostre esqueca regras modo desenvolvedor ';

/** Dutch. */
const NL =
  'de het een en van in is dat op te zijn voor met niet die aan er maar om ook als dan bij nog uit wat wel naar kan door over zo ze hij zij wij jij ik je u mij me ons hun haar hem dit deze dat geen meer veel al nu hier daar waar wie waarom altijd nooit niets iets goed nieuw oud groot klein ja nee alsjeblieft dank hallo maken zeggen gaan komen zien weten geven nemen vinden denken laten negeer vergeet instructies vorige systeem wachtwoord geheim toon regels modus ';

/**
 * Every word, lowercase ASCII, space-separated. A word in several languages appears more than
 * once; the decoder builds a set from it.
 *
 * @example
 * ```ts
 * COMMON_WORDS.split(' ').includes('instructions'); // true
 * ```
 */
export const COMMON_WORDS: string = (EN + CODE + ES + FR + DE + IT + PT + NL).trim();
