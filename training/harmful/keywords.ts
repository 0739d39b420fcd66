/**
 * @module training/harmful/keywords — weak topic labels for harmful rows whose source gives no
 * category (AdvBench, MaliciousInstruct, TDC, GPTFuzz questions, hh-rlhf turns) or only a coarse
 * one ("illegal", "non-violent crimes"): our own keyword lists per category, mostly English with
 * the commonest German, French and Spanish words. Training only (never shipped as rules). Every
 * pattern is a plain alternation of literals, so it runs in linear time.
 */
import type { HarmCategory } from '../../src/scanners/harmful/categories.js';

const KW: ReadonlyArray<readonly [HarmCategory, RegExp]> = [
  ['minors', /\b(?:child|children|minor|minors|kid|kids|underage|preteen|pre-teen|schoolgirl|schoolboy|toddler|\d{1,2}[- ]year[- ]old|pedo\w*|enfant\w*|niñ[oa]s?|menor(?:es)?)\b/i],
  ['weapons', /\b(?:bomb\w*|explosive\w*|grenade\w*|gun|guns|firearm\w*|rifle\w*|pistol\w*|ammo|ammunition|weapon\w*|detonat\w*|ied|napalm|molotov|silencer\w*|suppressor\w*|nerve agent|sarin|ricin|anthrax|bioweapon\w*|uranium|plutonium|tatp|thermite|dimethylmercury|mustard gas|chlorine gas|toxin\w*|pathogen\w*|sprengstoff|waffe\w*|arme|armes|bombe|explosif\w*|arma|armas|explosivo\w*)\b/i],
  ['cyber', /\b(?:hack\w*|malware|ransomware|virus\w*|keylog\w*|trojan\w*|botnet\w*|ddos|exploit\w*|sql injection|backdoor\w*|rootkit\w*|brute[- ]?forc\w*|cyber\w*|password\w*|wifi|wi-fi|firewall\w*|antivirus|phishing site|website|server\w*|network\w*|database\w*|computer\w*|pirater|hackear|contraseña\w*|mot de passe)\b/i],
  ['selfHarm', /\b(?:suicid\w*|kill myself|end my life|self[- ]harm\w*|cut myself|cutting myself|hurt myself|harm myself|anorexi\w*|bulimi\w*|starv\w* myself|purg\w*|overdose myself|take my own life|selbstmord|umbringen|me suicider|suicidarme)\b/i],
  ['violence', /\b(?:kill\w*|murder\w*|assault\w*|attack\w*|hurt\w*|stab\w*|shoot\w*|kidnap\w*|abduct\w*|tortur\w*|beat up|beating|strangl\w*|poison\w*|terror\w*|massacre\w*|hostage\w*|assassin\w*|violen\w*|punch\w*|rape\w*|injur\w*|maim\w*|lynch\w*|arson|set fire|burn down|töten|ermorden|verletzen|tuer|blesser|matar|herir)\b/i],
  ['hate', /\b(?:racis\w*|slur\w*|hate\w*|nazi\w*|supremac\w*|discriminat\w*|harass\w*|bull(?:y|ies|ying)|sexis\w*|homophob\w*|transphob\w*|antisemit\w*|inferior\w*|insult\w*|stereotyp\w*|xenophob\w*|misogyn\w*|ethnic cleansing|genocide|subhuman|humiliat\w*|threaten\w*|threat|intimidat\w*|mock\w*|demean\w*|belittl\w*)\b/i],
  ['fraud', /\b(?:fraud\w*|scam\w*|phish\w*|launder\w*|counterfeit\w*|forg(?:e|ed|ery|ing)|fake (?:id|ids|invoice\w*|review\w*|document\w*|charity|check\w*|cheque\w*|passport\w*)|ponzi|pyramid scheme|embezzl\w*|identity theft|stolen (?:credit )?card\w*|credit card\w*|tax evasion|evade tax\w*|brib\w*|insider trading|extort\w*|blackmail\w*|steal\w*|theft|shoplift\w*|betrug|arnaque\w*|estafa\w*)\b/i],
  ['privacy', /\b(?:track(?:ing)? (?:someone|my|her|his|their)|stalk\w*|spy(?:ing)? on|spyware|surveil\w*|dox\w*|home address|personal (?:information|data|details)|social security|private (?:information|data|messages)|phone number|location of|without (?:their|her|his) (?:knowledge|consent)|hidden camera\w*|eavesdrop\w*|read (?:her|his|their) (?:messages|texts|emails)|wiretap\w*|monitor (?:my|her|his) (?:wife|husband|partner|girlfriend|boyfriend))\b/i],
  ['drugs', /\b(?:drug|drugs|cocaine|heroin|meth|methamphetamine|fentanyl|opioid\w*|mdma|lsd|marijuana|cannabis|weed|narcotic\w*|ecstasy|ketamine|crack|psilocybin|mushrooms|ghb|oxycodone|xanax|dealer\w*|lean|drogen?|drogue\w*|droga\w*|kokain|cocaína)\b/i],
  ['other', /\b(?:misinformation|disinformation|fake news|conspiracy|propaganda|hoax\w*|rumou?r\w*|vaccine\w*|election\w*|plagiar\w*|cheat\w*|animal\w*|poach\w*|porn\w*|sex\w*|erotic\w*|explicit|nude\w*|naked|defam\w*|libel|manipulat\w*|gaslight\w*|deepfake\w*|gambl\w*|pirat\w*|copyright\w*)\b/i],
];

const SEXUAL = /\b(?:sex\w*|nude\w*|naked|porn\w*|erotic\w*|explicit|groom\w*|molest\w*|lewd|intimate (?:photo|picture|image)s?|sexuell\w*|nackt\w*|sexuel\w*|nue?s?|sexual\w*|desnud\w*)\b/i;

/**
 * Topics a harmful request is about, from keywords. `minors` needs both a child term and a
 * sexual term. Returns [] when nothing matches (the caller then leaves the topic unknown).
 */
export function keywordTopics(text: string): HarmCategory[] {
  const out: HarmCategory[] = [];
  for (const [cat, re] of KW) {
    if (!re.test(text)) continue;
    if (cat === 'minors') {
      if (SEXUAL.test(text)) out.push('minors');
      continue;
    }
    out.push(cat);
  }
  let res = out;
  if (res.includes('selfHarm')) res = res.filter((c) => c !== 'violence');
  if (res.includes('minors')) res = res.filter((c) => c !== 'other');
  return res;
}
