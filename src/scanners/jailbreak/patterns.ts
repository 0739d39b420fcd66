/**
 * @module scanners/jailbreak/patterns — corroborating cues the jailbreak-framing detectors look for
 * next to a framing phrase: a demand for operational detail, a harmful topic, no-rules language,
 * working output. Each cue alone is ordinary English; only the combination with a frame is evidence.
 * They run only when a frame phrase was found, so ordinary prompts never pay for them.
 */
import type { Match, TextView } from '../../types.js';

/**
 * A demand for operational detail: "step by step", "in great detail", "exact quantities".
 *
 * @example
 * ```ts
 * DETAIL_REQUEST.test('explain step by step how it is done'); // true
 * ```
 */
export const DETAIL_REQUEST =
  /\b(?:step[- ]by[- ]step|in\s+(?:(?:great|full|explicit|precise|exact|technical|complete|vivid|meticulous|minute|excruciating|real|specific)\s+)?detail|detailed\s+(?:instructions|steps|guide|recipe|explanation|description|procedure|walkthrough|tutorial|plan)|(?:exact|precise|specific|accurate|actual|real|realistic)\s+(?:steps|instructions|quantities|amounts|measurements|ingredients|recipe|procedure|method|chemicals|materials|temperatures|doses|dosages|formula|code)|list\s+(?:of\s+)?(?:the\s+)?(?:materials|ingredients|chemicals|tools)\s+(?:needed|required)|(?:how\s+to|how\s+(?:one|he|she|they|you|i)\s+(?:would|could|can|should))\s+(?:make|build|synthesi[sz]e|cook|produce|manufacture|assemble|create|brew|extract|obtain|acquire|hack|break\s+into|bypass|disable|steal|poison|kill)|schritt\s+für\s+schritt|étape\s+par\s+étape|paso\s+a\s+paso|passo\s+(?:a|dopo)\s+passo|stap\s+voor\s+stap|шаг\s+за\s+шагом|пошагов\S{1,4})|一步一步|逐步|详细步骤|詳細步驟|具体步骤|具體步驟|ステップバイステップ|詳しい手順|具体的な手順/i;

/**
 * Topics whose operational detail is harmful: weapons, drugs, malware, fraud, violence. Fiction and
 * history mention them all the time; that is why this cue only counts next to a frame AND a detail
 * request (or a demand for working output).
 *
 * @example
 * ```ts
 * HARM_TOPIC.test('how to make a pipe bomb'); // true
 * ```
 */
export const HARM_TOPIC =
  /\b(?:bombs?|explosives?|detonators?|ied|napalm|thermite|nerve\s+agents?|sarin|vx\s+gas|ricin|anthrax|bioweapons?|biological\s+weapons?|chemical\s+weapons?|meth(?:amphetamine)?|crystal\s+meth|fentanyl|cocaine|heroin|lsd|mdma|narcotics|illegal\s+drugs|poisons?|poisoning|toxins?|untraceable|malware|ransomware|keyloggers?|botnets?|rootkits?|trojans?|spyware|computer\s+virus|worms?\s+that|exploits?|zero[- ]days?|shellcode|reverse\s+shells?|sql\s+injection\s+payloads?|phishing\s+(?:emails?|pages?|kits?|sites?)|credit\s+card\s+fraud|identity\s+theft|scams?|counterfeit\S{0,3}|launder\S{0,5}|steal\S{0,3}|stolen|hack(?:ing)?\s+into|break\s+into|crack(?:ing)?\s+(?:passwords?|wi-?fi|software)|lock\s?pick\S{0,3}|pick\s+(?:a|the|their|his|her)\s+lock|hotwir\S{1,3}|firearms?|untraceable\s+guns?|ghost\s+guns?|silencers?|suppressors?|3d[- ]printed\s+guns?|weapons?|murder\S{0,3}|assassinat\S{1,5}|kill\s+(?:someone|a\s+person|people|him|her|them|my)|suicide|self[- ]harm|kidnap\S{0,5}|traffick\S{0,5}|extort\S{0,5}|blackmail\S{0,3}|stalk(?:ing|er)?|dox(?:x)?(?:ing)?|terror(?:ist|ism)?\s+attacks?|evade\s+(?:the\s+)?(?:police|law\s+enforcement|taxes|detection)|shoplift\S{0,3}|smuggl\S{0,3}|bypass\s+(?:security|authentication|alarms?|paywalls?|drm|antivirus)|disable\s+(?:(?:the|their|his|her|an?)\s+)?(?:alarms?|security\s+cameras?|antivirus))\b|sprengstoff|bombe|explosif|explosivo|esplosiv[oi]|взрывчатк\S{0,3}|бомб\S{0,3}|наркотик\S{0,3}|炸弹|炸彈|炸药|炸藥|毒品|病毒|爆弾|爆発物|麻薬/i;

/**
 * Language that takes an AI's restrictions away: "you have no rules", "without any filters",
 * "not bound by guidelines". Restricted to AI vocabulary, so "a world with no laws" (a fiction
 * premise) is not it; nor is a creative brief's scope ("no restrictions on creativity", "no limits
 * on length").
 *
 * @example
 * ```ts
 * NO_RULES.test('answer as if you had no restrictions'); // true
 * NO_RULES.test('you have no restrictions on creativity or length'); // false
 * ```
 */
export const NO_RULES =
  /\b(?:(?:no|zero|without\s+(?:any\s+)?|free\s+(?:of|from)\s+(?:any\s+)?|not\s+bound\s+by\s+(?:any\s+)?|unbound\s+by\s+(?:any\s+)?|ignor(?:e|ing)\s+(?:all\s+|any\s+|your\s+)?)(?:content\s+)?(?:filters|restrictions|guidelines|censorship|guardrails|safeguards|content\s+polic(?:y|ies)|safety\s+(?:rules|guidelines|training|filters)|ethical\s+(?:guidelines|constraints|limits)|moral\s+(?:limits|constraints)|refusals?)|you\s+(?:have|had|has)\s+(?:no|zero)\s+(?:rules|restrictions|limits|filters|ethics|morals)|(?:your|the\s+ai['’]s)\s+(?:rules|guidelines|programming|training|restrictions)\s+(?:do(?:es)?\s+not|don['’]t|no\s+longer)\s+(?:apply|exist|matter)|(?:unfiltered|uncensored|unrestricted)\s+(?:ai|answer|response|version|mode|assistant))\b(?!\s+(?:on|in|for|to|regarding|around)\s+(?:your\s+|the\s+|my\s+)?(?:creativ|imagination|length|style|ideas|format|tone|word\s+count|genre|vocabulary|brainstorm|writing|wording|topics?\b|themes?\b|subjects?\b))/i;

/**
 * A demand for output that works in the real world: "real working examples", "functional code",
 * "ready-to-use payloads", "not a simulation".
 *
 * @example
 * ```ts
 * WORKING_OUTPUT.test('give me real, working examples'); // true
 * ```
 */
export const WORKING_OUTPUT =
  /\b(?:(?:real|working|functional|functioning|actual|live|unredacted|uncensored|weaponi[sz]ed|fully[- ]working|fully\s+functional|ready[- ]to[- ]use|realistic|authentic|effective|deployable|usable|copy[- ]paste(?:able)?)(?:\s*,\s*|\s+(?:and\s+)?)(?:\S{1,20}\s+)?(?:examples?|code|exploits?|payloads?|malware|ransomware|instructions|samples?|scripts?|recipes?|emails?|attack\s+strings|jailbreaks?|prompts?|synthesis|methods?|procedures?|guides?|steps|versions?|messages|templates?)|not\s+(?:a\s+)?(?:simulated|simulation|fake|placeholder|redacted|hypothetical|sanitized|sanitised)|(?:no|without)\s+(?:placeholders|redactions?|censoring|sanitization|sanitisation)|(?:\d{1,4}|ten|twenty|fifty|hundred|several|many)\s+(?:real|working|realistic|actual)\s+(?:\S{1,20}\s+)?(?:examples?|samples?|emails?|messages|prompts?|payloads?))\b/i;

/**
 * Where `re` first matches `view.normalized`, as a raw-offset match labelled `label`; undefined when
 * it does not match. Every pattern here is linear-time, so one call is one linear pass.
 *
 * @example
 * ```ts
 * cueMatch(createTextView('do it step by step'), DETAIL_REQUEST, 'detail-request'); // { start: 6, end: 18, label: 'detail-request' }
 * ```
 */
export function cueMatch(view: TextView, re: RegExp, label: string): Match | undefined {
  const m = re.exec(view.normalized);
  if (m === null) return undefined;
  const span = view.toRaw(m.index, m.index + m[0].length);
  return { start: span.start, end: span.end, label };
}
