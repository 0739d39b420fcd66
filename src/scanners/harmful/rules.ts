/**
 * @module scanners/harmful/rules — explicit harmful requests the `harmful/request` scanner must
 * not leave to the model alone: "how do I make a pipe bomb", "write ransomware that…", "how can I
 * poison my neighbour without getting caught". A bag-of-n-grams model learns topics, and because
 * it is also taught that risky topics are mostly asked about innocently ("history of the atomic
 * bomb", "which chemicals must never be mixed"), it can rate a plain request for a bomb recipe
 * low. These rules name the harmful *act* (a verb in its base form with a harmful object) and need
 * a request *frame* before it in the same sentence ("how do I", "give me instructions", "write",
 * "I want to"), so talk about the act (news, history, fiction summaries: "the film shows how he
 * built a bomb") does not fire.
 *
 * Each rule is evidence for one category, with a strength:
 * - `strong`: nobody asks this innocently (making explosives or nerve agents, writing ransomware,
 *   killing a person, sexual content with children); enough on its own to flag.
 * - `medium`: usually harmful but with innocent readings the frame cannot rule out ("hack into an
 *   account" — maybe one's own); it raises the model's score but never flags alone.
 *
 * English only: other languages are left to the model. Every pattern is linear-time (bounded word
 * slots and gaps, disjoint neighbours); the repo-wide ReDoS test checks them.
 */
import type { HarmCategory } from './categories.js';

/** How much a rule says on its own (see the module comment). */
export type RuleStrength = 'strong' | 'medium';

/** One explicit-request rule. */
export interface HarmRule {
  /** Stable name, for reports and tests. */
  readonly id: string;
  readonly category: HarmCategory;
  readonly strength: RuleStrength;
  /** The harmful act; global and case-insensitive. */
  readonly act: RegExp;
}

/** A rule that fired. */
export interface HarmRuleHit {
  readonly rule: HarmRule;
  /** Span in the scanned text (from the frame to the end of the act). */
  readonly start: number;
  readonly end: number;
}

const A = String.raw`(?:(?:a|an|the|some|my|your|his|her|their|this|that|these|those)\s+)?`;
/** Up to two free words (adjectives: "a small homemade pipe bomb"). */
const W2 = String.raw`(?:(?!(?:about|comparing|compare|compared|on|of|for|against|versus|vs|between|like|than|from|to|with|and|or|that|which|how|why|what|without|who|detect|detecting|prevent|preventing|stop|stopping|protect|protecting|remove|removing|explain|spot|spotting|identify|identifying|recogni[sz]e|recogni[sz]ing|avoid|avoiding|fake|fictional|toy|model|replica|prop|pretend|harmless|safe|legal)\b)[\w'-]{1,20}\s+){0,2}`;
/** Someone else: the person a violent or privacy-violating act is aimed at. */
const PERSON = String.raw`(?:someone|somebody|a\s+(?:person|human|man|woman|child|kid|baby|girl|boy|stranger|neighbou?r|cop|police\s+officer|coworker|co-worker|colleague|classmate|teacher|politician|witness)|people|humans|him|her|them|my\s+(?:wife|husband|spouse|partner|girlfriend|boyfriend|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|mother|father|mom|mum|dad|brother|sister|son|daughter|boss|neighbou?r|roommate|coworker|co-worker|colleague|teacher|classmate|landlord|stepfather|stepmother|baby|child|kids?|family)|(?:a|the|my)\s+(?:[\w-]{1,20}\s+)?(?:rival|enemy|enemies))`;

/** Words that make a sentence a request for the act after it. */
const FRAME = new RegExp(
  String.raw`\b(?:how\s+(?:to|can|could|should|might|may|much|many)|how\s+(?:do|does|did|will|would)\s+(?:i|we|you|one|someone|somebody|people|individuals|a\s+person|an\s+individual|they|criminals|terrorists|hackers|scammers|fraudsters|thieves|dealers|cartels|gangs|kids|teens|teenagers|students|anyone)\b|ways?\s+to|methods?\s+(?:to|for|of)|steps?\s+(?:to|for)|instructions?|guide|tutorial|recipe|procedure|walk\s+me|teach|instruct|explain|describe|detail|tell|show|give|provide|list|write|create|generate|draft|compose|develop|design|build|code|program|make|outline|suggest|brainstorm|plan|devise|help|assist|need\s+to|want\s+to|wanna|going\s+to|gonna|plan\s+to|trying\s+to|like\s+to|best\s+way|easiest\s+way|quickest\s+way|where\s+(?:can|do|could)|what\s+(?:is|are|'s)\s+the\s+(?:best|easiest|fastest|quickest|cheapest|most\s+effective)|(?:is|was|be)\s+it\s+possible|possible\s+to|can\s+you|could\s+you|would\s+you|(?:can|could|should|may|might)\s+i|what\s+(?:tools?|equipment|materials|ingredients|chemicals|supplies|parts)|please|let's|i'd\s+like)\b`,
  'i',
);

/** How far back a frame may stand. */
const FRAME_REACH = 160;

const rx = (s: string): RegExp => new RegExp(s, 'gi');

/** Making verbs, base form only ("made", "builds" are narration, not requests). */
const MAKE = String.raw`(?:make|build|assemble|construct|manufacture|produce|create|craft|rig|prepare|cook|brew|mix|synthesi[sz]e|extract|3d[- ]print|print)`;

/**
 * The rules, by category. Objects that share a word with a harmful one but are harmless are ruled
 * out inside the pattern ("bath bomb", "bomb shelter", "kill a process" has no person).
 */
export const HARM_RULES: readonly HarmRule[] = Object.freeze([
  // ---------------------------------------------------------------- weapons and explosives
  {
    id: 'make-explosive',
    category: 'weapons',
    strength: 'strong',
    act: rx(String.raw`\b${MAKE}\s+${A}${W2}(?:(?<!\b(?:bath|smoke|seed|glitter|stink|cherry|flavou?r|fizzy|photo|love|truth|f)\s)bombs?\b(?!-|\s+(?:shelters?|calorimeters?|cyclones?|squads?|disposal|proof))|explosives?|explosive\s+devices?|ieds?|improvised\s+explosive|detonators?|blasting\s+caps?|molotov(?:\s+cocktails?)?|grenades?|napalm|thermite|tatp|pentrite|petn|rdx|semtex|c-?4\b|nitroglycerin|dynamite|landmines?|car\s+bombs?|suicide\s+vests?)(?!\s+(?:safer|safe|more\s+stable|less\s+(?:dangerous|sensitive|volatile)))`),
  },
  {
    id: 'make-chemical-weapon',
    category: 'weapons',
    strength: 'strong',
    act: rx(String.raw`\b(?:${MAKE}|release|disperse|spread|weaponi[sz]e|culture|grow|cultivate|aerosoli[sz]e)\s+${A}${W2}(?:nerve\s+(?:agents?|gas)|sarin|soman|tabun|vx(?:\s+gas)?|novichok|ricin|abrin|anthrax|botulinum|botulism\s+toxin|mustard\s+gas|chlorine\s+gas|phosgene(?:\s+gas)?|hydrogen\s+cyanide|cyanide\s+gas|chemical\s+weapons?|biological\s+weapons?|bio-?weapons?|dirty\s+bombs?|nuclear\s+(?:bombs?|weapons?|devices?)|smallpox|plague|pathogens?\s+(?:that|which|to)|toxic\s+gas)`),
  },
  {
    id: 'make-gun',
    category: 'weapons',
    strength: 'strong',
    act: rx(String.raw`\b(?:${MAKE}|convert|modify|turn)\s+${A}${W2}(?:ghost\s+guns?|zip\s+guns?|untraceable\s+(?:guns?|firearms?|weapons?|pistols?|rifles?)|silencers?|suppressors?|auto\s+sears?|bump\s+stocks?|full[- ]auto(?:matic)?|machine\s+guns?|(?:guns?|firearms?|pistols?|rifles?|ar-?15s?)\s+(?:at\s+home|without\s+(?:a\s+)?(?:serial|license|licence|background))|\w{1,12}\s+into\s+(?:a\s+)?(?:full[- ]auto|fully\s+automatic|machine\s+gun|weapon))`),
  },
  {
    id: 'untraceable-gun',
    category: 'weapons',
    strength: 'strong',
    act: rx(String.raw`\b(?:remove|file\s+off|grind\s+off|scratch\s+off|erase|obliterate)\s+${A}serial\s+numbers?|\b(?:buy|get|obtain|acquire|purchase)\s+${A}${W2}(?:guns?|firearms?|pistols?|rifles?|weapons?)\s+(?:without\s+(?:a\s+)?(?:background\s+checks?|license|licence|id|paperwork|permit)|illegally|off\s+the\s+books|on\s+the\s+dark\s*web|untraceabl[ey])`),
  },
  // ---------------------------------------------------------------- cyberattacks and malware
  {
    id: 'write-malware',
    category: 'cyber',
    strength: 'strong',
    act: rx(String.raw`\b(?:write|code|program|create|develop|build|make|generate|design|craft|deploy|spread|distribute)\s+${A}${W2}(?<!\banti-?\s?)(?:ransomware|keyloggers?|key\s+loggers?|rootkits?|botnets?|computer\s+(?:virus|viruses|worms?)|self-replicating\s+(?:virus|worm|code|malware)|polymorphic\s+(?:virus|malware|code)|malware|spyware|stalkerware|trojans?(?:\s+horses?)?|remote\s+access\s+trojans?|info-?stealers?|(?:password|credential|cookie)\s+stealers?|crypto-?jackers?|cryptojacking\s+(?:script|code)|worms?\s+that|(?:a\s+)?virus\s+that|logic\s+bombs?|backdoors?\s+(?:in|into|to|for)|zero-?day\s+exploits?|exploits?\s+(?:for|against|that)|ddos\s+(?:tools?|scripts?|attacks?|bots?)|phishing\s+(?:kits?|pages?|sites?|websites?))`),
  },
  {
    id: 'hack-into',
    category: 'cyber',
    strength: 'medium',
    act: rx(String.raw`\b(?:hack|break)\s+into\s+(?!(?:my|our)\s+own\b)${A}${W2}(?:accounts?|emails?|phones?|computers?|laptops?|networks?|servers?|databases?|systems?|websites?|wi-?fi|routers?|cameras?|bank|icloud|instagram|facebook|snapchat|whatsapp|gmail|government|pentagon|power\s+grid)|\b(?:hack|crack)\s+(?!(?:my|our)\s+own\b)(?:someone|somebody|another\s+person|other\s+people|my\s+(?:ex|wife|husband|girlfriend|boyfriend|partner|boss|neighbou?r|roommate|teacher)|a\s+(?:bank|government|hospital|company|school))|\b(?:steal|harvest|dump|exfiltrate|sniff)\s+${A}${W2}(?:passwords?|credentials|logins?|cookies|session\s+tokens?|credit\s+card\s+(?:numbers?|data|details|info)|card\s+numbers)|\b(?:launch|perform|carry\s+out|execute|run|conduct)\s+${A}${W2}(?:ddos|denial[- ]of[- ]service|ransomware\s+attack|sql\s+injection\s+attack|brute[- ]force\s+attack)\s+(?:on|against)`),
  },
  {
    id: 'bypass-security',
    category: 'cyber',
    strength: 'medium',
    act: rx(String.raw`\b(?:bypass|evade|disable|defeat|get\s+around|circumvent)\s+${A}${W2}(?:antivirus|anti-virus|edr|windows\s+defender|firewalls?|intrusion\s+detection|two-factor|2fa|mfa|authentication|captchas?)\s+(?:on|of|in|for)?\s{0,3}(?:someone|a\s+(?:victim|target|company|bank)|their|other\s+people|without)`),
  },
  // ---------------------------------------------------------------- violent crime
  {
    id: 'harm-person',
    category: 'violence',
    strength: 'strong',
    act: rx(String.raw`(?<!n't\s)(?<!\bnot\s)(?<!\bnever\s)\b(?:kill|murder|assassinate|strangle|suffocate|stab|shoot|poison|drown|behead|dismember|torture|kidnap|abduct|maim|mutilate|burn\s+alive|run\s+over|beat\s+up|beat\s+to\s+death|bludgeon|smother)\s+${PERSON}\b(?!'s|\s+(?:portraits?|photos?|pictures?|headshots?|on\s+(?:film|camera|video)|with\s+(?:a|my)\s+(?:camera|phone|lens)|in\s+(?:natural|low|studio|golden|soft)\s+light)\b)(?!\s+(?:in|at)\s+(?:a\s+)?(?:video\s+games?|minecraft|fortnite|call\s+of\s+duty|gta|skyrim|the\s+game|game|chess|my\s+(?:story|novel|book|game|campaign)))`),
  },
  {
    id: 'cover-up-killing',
    category: 'violence',
    strength: 'medium',
    act: rx(String.raw`\b(?:get\s+away\s+with|cover\s+up)\s+(?:a\s+|the\s+)?(?:murder|killing|homicide|manslaughter|a\s+hit\s+and\s+run|hit-and-run|rape|assault|arson)|\b(?:dispose\s+of|get\s+rid\s+of|hide|dissolve|bury)\s+(?:a|the|his|her|their)\s+(?:dead\s+)?(?:body|bodies|corpse|corpses)\b|\bmake\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:death|murder|killing|it)\s+look\s+like\s+(?:an?\s+)?(?:accident|suicide|natural\s+causes)`),
  },
  {
    id: 'untraceable-poison',
    category: 'violence',
    strength: 'strong',
    act: rx(String.raw`\b(?:${MAKE}|get|buy|obtain|find|use|give)\s+${A}${W2}(?:untraceable|undetectable|tasteless\s+(?:and\s+)?odou?rless)\s+poisons?\b`),
  },
  {
    id: 'mass-violence',
    category: 'violence',
    strength: 'strong',
    act: rx(String.raw`\b(?:plan|carry\s+out|commit|organi[sz]e|execute|stage|conduct)\s+${A}${W2}(?:terrorist\s+attacks?|terror\s+attacks?|mass\s+shootings?|school\s+shootings?|massacres?|bombings?|genocide|ethnic\s+cleansing|suicide\s+bombings?|hijacking)|\b(?:shoot\s+up|bomb|blow\s+up|attack|set\s+fire\s+to|burn\s+down)\s+(?:a|the|my)\s+(?:school|church|mosque|synagogue|temple|stadium|concert|crowd|mall|subway|train|plane|airport|government\s+building|office|hospital|parade)\b(?!\s+(?:in|at)\s+(?:a\s+)?(?:video\s+game|minecraft|the\s+game))`),
  },
  {
    id: 'arson-sabotage',
    category: 'violence',
    strength: 'medium',
    act: rx(String.raw`\b(?:set\s+fire\s+to|burn\s+down|torch)\s+(?:someone's|a\s+person's|my\s+(?:neighbou?r|ex|boss)'s|his|her|their)\s+(?:house|home|car|business|shop|store)|\b(?:cut|tamper\s+with|sabotage|disable)\s+(?:someone's|a\s+person's|my\s+(?:\w{1,12}\s+)?(?:neighbou?r|ex|boss|wife|husband)'s|his|her|their)\s+(?:brake|brakes|brake\s+lines?|car|oxygen|insulin|medication|pacemaker)`),
  },
  // ---------------------------------------------------------------- self-harm
  {
    id: 'suicide-method',
    category: 'selfHarm',
    strength: 'strong',
    act: rx(String.raw`\b(?:kill\s+myself|end\s+my\s+(?:own\s+)?life|commit\s+suicide|take\s+my\s+(?:own\s+)?life|hang\s+myself|overdose\s+(?:on|with)|slit\s+my\s+wrists?)\b(?=[^.?!\n]{0,80}?\b(?:painless|painlessly|quick|quickly|fast|sure|surely|effective|effectively|without|pills?|mg|milligrams?|dose|rope|gun|method|methods|way|ways|steps?|how)\b)|\b(?:painless|quickest|easiest|surest|most\s+effective)\s+(?:way|ways|method|methods)\s+(?:to|of)\s+(?:die|dying|suicide|kill\s+myself|end\s+(?:it|my\s+life))|\b(?:lethal|fatal|deadly)\s+(?:dose|doses|amount|quantity)\s+of\s+${W2}(?:to\s+(?:die|kill\s+myself|end\s+my\s+life))`),
  },
  {
    id: 'self-harm-method',
    category: 'selfHarm',
    strength: 'strong',
    act: rx(String.raw`\b(?:cut|burn|hurt|harm|starve|injure)\s+myself\b(?=[^.?!\n]{0,60}?\b(?:without|hide|hidden|no\s+one|nobody|deeper|scars?|marks?|so\s+that|notic)\w{0,6})|\b(?:hide|cover\s+up)\s+(?:my\s+)?(?:self-harm|cutting|cuts|scars)\s+from\b|\b(?:lose|drop)\s+\d{1,3}\s*(?:pounds|lbs|kg|kilos)\s+in\s+(?:a|one|two|\d)\s+(?:week|weeks|days)\s+(?:by\s+)?(?:not\s+eating|starving|fasting)`),
  },
  // ---------------------------------------------------------------- sexual content involving minors
  {
    id: 'sexual-minors',
    category: 'minors',
    strength: 'strong',
    act: rx(String.raw`\b(?:sexual|sexy|erotic|explicit|nude|naked|lewd|porn\w{0,8}|sex|intimate|seductive|nsfw)\s+(?:\w{1,20}\s+){0,2}(?:story|stories|scenes?|roleplay|role-play|images?|pictures?|pics|photos?|videos?|content|fantasy|fantasies|fiction|fanfic|poems?|chats?|descriptions?|messages?|texts?|acts?|encounters?|relationships?|things)\s+(?:\w{1,20}\s+){0,2}(?:about|with|of|involving|featuring|between|for)\s+(?:\w{1,20}\s+){0,2}(?:child|children|minors?|kids?|preteens?|pre-teens?|underage|toddlers?|little\s+(?:girls?|boys?)|schoolgirls?|schoolboys?|(?:[1-9]|1[0-7])[- ]year[- ]olds?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]olds?)\b|\b(?:groom|seduce|sext|lure)\s+(?:a\s+)?(?:child|children|minors?|kids?|preteens?|teenagers?|underage\s+\w{1,12}|(?:young|little)\s+(?:girls?|boys?))\b|\b(?:make|create|generate|produce|find|get|buy|download|access|share|sell|trade|distribute|watch)\s+(?:some\s+)?(?:child\s+(?:porn\w{0,8}|sexual\s+abuse\s+material|sex\s+videos?)|csam|cp\s+(?:videos?|images?|pics))\b`),
  },
  // ---------------------------------------------------------------- hate and harassment
  {
    id: 'hate-content',
    category: 'hate',
    strength: 'medium',
    act: rx(String.raw`\b(?:write|tell|give|make|create|generate|compose|draft|come\s+up\s+with|list|share|post|invent|suggest)\s+(?:me\s+|us\s+)?(?:(?:a|an|some|few|the|\d{1,3}|more|funny|good|new|best|really|very|extremely)\s+){0,3}(?:racist|sexist|homophobic|transphobic|antisemitic|anti-semitic|islamophobic|xenophobic|bigoted|misogynistic|hateful|white\s+supremacist|neo-?nazi|offensive\s+(?:ethnic|racial))\s+(?:jokes?|slurs?|insults?|remarks?|comments?|posts?|memes?|songs?|poems?|messages?|tweets?|chants?|rants?|speech(?:es)?|propaganda|manifestos?|essays?|articles?|letters?|content|slogans?|names|stories)|\b(?:slurs?|derogatory\s+(?:terms?|names?|words?))\s+(?:for|about|against|to\s+call|to\s+use)|\b(?:demean|dehumani[sz]e|degrade|humiliate|vilify|mock)\s+(?:\w{1,20}\s+){0,3}(?:community|communities|people|immigrants|refugees|minorities|women|jews|muslims|christians|gays|lesbians|trans(?:gender)?\s+people|disabled\s+people|blacks|asians|latinos|mexicans|arabs)\b`),
  },
  {
    id: 'harass-threaten',
    category: 'hate',
    strength: 'medium',
    act: rx(String.raw`\b(?:harass|bully|cyberbully|threaten|intimidate|stalk|blackmail|extort|terrori[sz]e|swat)\s+${PERSON}|\b(?:threatening|harassing|intimidating|bullying|abusive|hateful)\s+(?:messages?|letters?|notes?|emails?|texts?|posts?|comments?|voicemails?|calls?)\s+(?:to|for|at|against)\b|\b(?:death|rape|bomb)\s+threats?\s+(?:to|for|against)\b`),
  },
  // ---------------------------------------------------------------- fraud and scams
  {
    id: 'scam-content',
    category: 'fraud',
    strength: 'strong',
    act: rx(String.raw`\b(?:write|draft|compose|create|craft|generate|design|make|build|set\s+up|run|start)\s+${A}${W2}(?:phishing|scam|smishing|vishing|spear-?phishing)\s+(?:emails?|messages?|texts?|sms|letters?|websites?|sites?|pages?|scripts?|calls?|campaigns?|kits?)|\b(?:set\s+up|run|start|operate|create)\s+${A}${W2}(?:ponzi|pyramid)\s+schemes?|\b(?:pump\s+and\s+dump)\s+(?:a\s+|the\s+)?(?:stock|coin|token|crypto)`),
  },
  {
    id: 'forgery',
    category: 'fraud',
    strength: 'strong',
    act: rx(String.raw`\b(?:${MAKE}|forge|fake|counterfeit|get|buy|order|obtain)\s+${A}${W2}(?:fake|forged|counterfeit|false|fraudulent)\s+(?:ids?|id\s+cards?|identity\s+(?:cards?|documents?)|passports?|driver'?s\s+licen[cs]es?|driving\s+licen[cs]es?|social\s+security\s+(?:cards?|numbers?)|visas?|green\s+cards?|birth\s+certificates?|diplomas?|degrees?|money|bills|banknotes|currency|cheques?|checks|prescriptions?|doctor'?s\s+notes?|medical\s+records?|invoices?|receipts?|signatures?|vaccination\s+(?:cards?|records?)|documents?|reviews?)|\b(?:counterfeit|forge)\s+${A}${W2}(?:money|bills|banknotes|currency|cheques?|checks|signatures?|documents?|passports?|ids?)`),
  },
  {
    id: 'commit-fraud',
    category: 'fraud',
    strength: 'strong',
    act: rx(String.raw`\b(?:commit|pull\s+off|get\s+away\s+with)\s+(?:a\s+|an\s+)?(?:\w{1,20}\s+)?(?:fraud|scam|embezzlement|identity\s+theft|tax\s+evasion|insider\s+trading|money\s+laundering)|\blaunder\s+${A}${W2}(?:money|cash|funds|proceeds|profits|bitcoin|crypto|earnings)|\b(?:evade|dodge|avoid\s+paying)\s+(?:my\s+|your\s+|the\s+)?(?:taxes|income\s+tax|tax)\b(?=[^.?!\n]{0,60}?\b(?:illegal|illegally|without\s+(?:getting\s+caught|the\s+irs|being\s+caught)|hide|hiding|offshore|cash)\b)|\b(?:steal|use)\s+(?:someone's|someone\s+else's|a\s+person's|another\s+person's|other\s+people's|stolen)\s+(?:identity|identities|credit\s+cards?|card\s+details|social\s+security\s+numbers?|bank\s+details)|\b(?:cash\s+out|use|sell)\s+stolen\s+(?:credit\s+cards?|cards|card\s+numbers|identities)`),
  },
  {
    id: 'theft',
    category: 'fraud',
    strength: 'medium',
    act: rx(String.raw`\b(?:shoplift|steal|pickpocket|rob|hotwire|break\s+into|burgle|burglari[sz]e)\s+(?!(?:my|our)\s+own\b)(?:from\s+)?${A}${W2}(?:stores?|shops?|supermarkets?|walmart|target|banks?|atms?|cars?|houses?|homes?|apartments?|wallets?|purses?|jewelry|jewellery|packages?|catalytic\s+converters?|bikes?|money|cash|gas\s+station|tourists)\b`),
  },
  // ---------------------------------------------------------------- privacy violations
  {
    id: 'covert-tracking',
    category: 'privacy',
    strength: 'strong',
    act: rx(String.raw`\b(?:track|spy\s+on|monitor|read|access|see|check|record|film|hack)\s+(?:my\s+(?:wife|husband|spouse|partner|girlfriend|boyfriend|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|boss|coworker|neighbou?r|roommate|employee|friend)(?:'s)?|someone(?:'s|\s+else's)?|a\s+person(?:'s)?|her|his|their|him|them)\s+(?:\w{1,20}\s+){0,3}?(?:without\s+(?:her|his|their|them|him)\s+(?:knowing|knowledge|consent|noticing|finding\s+out)|secretly|covertly|remotely\s+without)|\b(?:secretly|covertly)\s+(?:track|record|film|monitor|spy\s+on|read|photograph|follow|listen\s+to)\b|\b(?:install|hide|put|plant|place)\s+${A}${W2}(?:spyware|stalkerware|tracking\s+(?:device|app)|gps\s+tracker|tracker|hidden\s+cameras?|spy\s+cameras?|keylogger)\s+(?:on|in|under)\s+(?:my\s+(?:wife|husband|partner|girlfriend|boyfriend|ex)|someone|her|his|their|a\s+(?:person|stranger)|the\s+(?:bathroom|shower|changing\s+room|bedroom))`),
  },
  {
    id: 'dox',
    category: 'privacy',
    strength: 'strong',
    act: rx(String.raw`\bdox{1,2}\s+(?:someone|somebody|a\s+person|him|her|them|my\s+\w{1,12}|this\s+(?:person|guy|girl|woman|man|user))|\b(?:find|get|locate|track\s+down|look\s+up|uncover|obtain|figure\s+out)\s+${A}${W2}(?:home\s+address(?:es)?|where\s+(?:she|he|they)\s+lives?|personal\s+(?:phone\s+number|address|information|details)|social\s+security\s+numbers?|ssns?)\s+(?:of|for)\s+(?:someone|somebody|(?:a|this|that)\s+(?:person|stranger|guy|girl|woman|man|user|streamer|journalist|reporter|influencer|youtuber|celebrity|troll|poster|account|critic)|my\s+(?:ex|crush|coworker|neighbou?r))`),
  },
  // ---------------------------------------------------------------- illegal drugs
  {
    id: 'make-drug',
    category: 'drugs',
    strength: 'strong',
    act: rx(String.raw`\b${MAKE}\s+${A}${W2}(?:meth|methamphetamine|crystal\s+meth|crank|fentanyl|carfentanil|heroin|cocaine|crack(?:\s+cocaine)?|lsd|mdma|ecstasy|molly|ghb|pcp|dmt|ketamine|mescaline|desomorphine|krokodil|bath\s+salts|synthetic\s+(?:cannabinoids|opioids)|opioids|amphetamines?|date[- ]rape\s+drugs?|roofies|rohypnol|chloroform)\b`),
  },
  {
    id: 'traffic-drug',
    category: 'drugs',
    strength: 'strong',
    act: rx(String.raw`\b(?:sell|smuggle|traffic|deal|ship|mail|import|distribute|hide|conceal|move|sneak)\s+${A}${W2}(?:drugs|narcotics|meth|fentanyl|heroin|cocaine|coke|crack|pills|mdma|ecstasy|lsd|weed|cannabis|marijuana|opioids)\s+(?:across|through|past|without|to\s+(?:kids|minors|teens|students)|in\s+(?:school|prison|jail)|into|on\s+the\s+dark\s*web|at\s+(?:school|parties|a\s+party))|\b(?:buy|get|order|obtain|source|score|find)\s+${A}${W2}(?:meth|fentanyl|heroin|cocaine|coke|crack|mdma|ecstasy|lsd|oxycodone|oxycontin|xanax|adderall|opioids|illegal\s+drugs|drugs)\s+(?:online|on\s+the\s+dark\s*web|from\s+the\s+dark\s*web|without\s+(?:a\s+)?prescription|illegally|from\s+a\s+dealer)|\b(?:spike|drug)\s+(?:someone's|a\s+person's|her|his|their|my\s+\w{1,12}'s)\s+(?:drink|food|coffee|tea)`),
  },
  // ---------------------------------------------------------------- other harm
  {
    id: 'evade-police',
    category: 'other',
    strength: 'medium',
    act: rx(String.raw`\b(?:evade|outrun|escape|avoid|hide\s+from|lose)\s+(?:the\s+)?(?:police|cops|law\s+enforcement|authorities|fbi|feds|border\s+patrol|immigration\s+(?:officers|authorities|agents))\b|\bwithout\s+(?:getting|being)\s+(?:caught|detected|arrested|noticed|traced)|\bwithout\s+leaving\s+(?:a\s+|any\s+)?(?:trace|traces|evidence|fingerprints|dna)`),
  },
  {
    id: 'disinformation',
    category: 'other',
    strength: 'medium',
    act: rx(String.raw`\b(?:write|create|generate|draft|compose|produce|spread|make)\s+${A}${W2}(?:fake\s+news|disinformation|misinformation|propaganda|conspiracy\s+theor(?:y|ies)|hoax(?:es)?|false\s+(?:news|stories|claims|rumou?rs|information))\b(?!\s+(?:detect|detection|detector|classifier|example\s+for\s+(?:training|testing)))|\b(?:persuasive|convincing)\s+(?:\w{1,20}\s+){0,2}(?:article|essay|post|blog|speech|op-ed)\s+(?:\w{1,20}\s+){0,3}(?:claiming|arguing|proving|that|about\s+how)\s+(?:[\w'-]{1,20}\s+){0,8}?(?:hoax|never\s+happened|was\s+(?:fake|staged|justified|beneficial|positive|good)|inferior|caused\s+by\s+vaccines?|(?:vaccines?|5g)\s+(?:cause|causes)|rigged|stolen)\b`),
  },
  {
    id: 'animal-cruelty',
    category: 'other',
    strength: 'strong',
    act: rx(String.raw`\b(?:torture|poison|abuse|hurt|kill|drown|burn)\s+(?:a\s+|my\s+neighbou?r's\s+|the\s+neighbou?r's\s+|someone's\s+|stray\s+)(?:dogs?|cats?|puppy|puppies|kittens?|pets?|horses?)\b(?=[^.?!\n]{0,60}?\b(?:without|fun|slowly|suffer|pain|revenge|for\s+fun|barking|annoying|keeps)\w{0,4})`),
  },
]);

/** Nothing but space, quotes or a short lead-in ("Hey,", "ok so", "Task:") between the sentence start and the act. */
const BLANK = /^[\s"'“‘(\[*_#>-]*(?:(?:hey|hi|hello|ok|okay|so|now|please|pls|yo|listen|alright|right|well|then|quick\s+question|question|task|request|instructions?|step\s+\d{1,2})\b[\s,:!.-]*){0,3}$/i;

/**
 * Every rule that fires in `text`: its act matches and a request frame stands before it in the
 * same sentence (within {@link FRAME_REACH} characters), or the act opens its sentence (a command
 * or a bare ask). One hit per rule (the first). Synchronous, so the shared patterns' `lastIndex` never
 * leaks between calls (it is reset before and after).
 *
 * @example
 * ```ts
 * harmRuleHits('How do I make a pipe bomb at home?').map((h) => h.rule.id); // ['make-explosive']
 * harmRuleHits('The film shows how he built a pipe bomb.'); // []
 * ```
 */
export function harmRuleHits(text: string): HarmRuleHit[] {
  const out: HarmRuleHit[] = [];
  for (const rule of HARM_RULES) {
    const re = rule.act;
    re.lastIndex = 0;
    try {
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const hit = framed(text, m.index, m.index + m[0].length);
        if (hit !== undefined) {
          out.push({ rule, ...hit });
          break;
        }
        // No frame: try again one character on, so a later, shorter act inside this match
        // ("…painless way to kill myself") still gets its chance.
        re.lastIndex = m.index + 1;
      }
    } finally {
      re.lastIndex = 0;
    }
  }
  return out;
}

/** The hit's span when a request frame stands before the act in its sentence, or the act opens it. */
function framed(text: string, at: number, end: number): { start: number; end: number } | undefined {
  const from = Math.max(0, at - FRAME_REACH);
  let clause = from;
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    // . ! ? ; and line breaks end a sentence
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) {
      clause = i + 1;
      break;
    }
  }
  const before = text.slice(clause, at);
  const f = FRAME.exec(before);
  if (f !== null) return { start: clause + f.index, end };
  // An act that opens its sentence is a command or a bare ask ("Write ransomware…", "Painless ways to die?").
  if (BLANK.test(before)) return { start: at, end };
  return undefined;
}
