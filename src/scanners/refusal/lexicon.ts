/**
 * @module scanners/refusal/lexicon — refusal phrasings of LLM responses, as data: per language a
 * cheap gate, the weighted phrases, and the "but here is…" pivot that turns a refusal into help.
 *
 * Kinds: `refusal` (the model declines the request), `policy` (it cites its guidelines or its
 * nature as an AI) and `capability` (it cannot do something technical, e.g. browse; usually
 * followed by help, so weaker). Weights are the evidence of one phrase at the start of a response
 * (0.5 = as likely a refusal as not); the scanner lowers them for position and pivots.
 *
 * Linear-time rules as in the injection tables: literal words joined by `\s+`, bounded word slots
 * followed by literals, bounded lazy gaps, never two adjacent whitespace quantifiers.
 */

/**
 * What a phrase says about the response.
 *
 * @example
 * ```ts
 * const kind: RefusalKind = 'capability'; // "I can't browse the internet"
 * ```
 */
export type RefusalKind = 'refusal' | 'policy' | 'capability';

/**
 * One weighted refusal phrase.
 *
 * @example
 * ```ts
 * const p: RefusalPhrase = { re: /\bi\s+must\s+decline\b/i, weight: 0.9, kind: 'refusal' };
 * ```
 */
export interface RefusalPhrase {
  /** Matched case-insensitively against the normalised response; never global. */
  readonly re: RegExp;
  readonly weight: number;
  readonly kind: RefusalKind;
}

/**
 * The refusal vocabulary of one language.
 *
 * @example
 * ```ts
 * REFUSAL_LEXICON.de.gate.test('Leider kann ich das nicht tun.'); // true
 * ```
 */
export interface RefusalLanguageTable {
  /** Cheap gate: the phrases run only when this matches somewhere in the analysed text. */
  readonly gate: RegExp;
  readonly phrases: readonly RefusalPhrase[];
  /** "…, but here is…": after a refusal, the response goes on to help. */
  readonly pivot: RegExp;
}

/**
 * Language keys of {@link REFUSAL_LEXICON}.
 *
 * @example
 * ```ts
 * const languages: RefusalLanguage[] = ['en', 'ja'];
 * ```
 */
export type RefusalLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'ru' | 'zh' | 'ja' | 'ko';

const r = String.raw;
/**
 * Word boundaries for the spaced scripts we cover (`\b` only knows ASCII letters), as explicit
 * ranges (Latin with accents, Greek, Cyrillic) rather than `\p{L}`: the `u` flag makes V8 run
 * these patterns several times slower.
 */
const WORD_CHARS = r`0-9A-Za-z_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF`;
const B = r`(?<![${WORD_CHARS}])`;
const E = r`(?![${WORD_CHARS}])`;

function phrase(source: string, weight: number, kind: RefusalKind): RefusalPhrase {
  return Object.freeze({ re: new RegExp(source.normalize('NFKC'), 'i'), weight, kind });
}

function table(gate: string, phrases: readonly RefusalPhrase[], pivot: string): RefusalLanguageTable {
  return Object.freeze({ gate: new RegExp(gate.normalize('NFKC'), 'i'), phrases: Object.freeze([...phrases]), pivot: new RegExp(pivot.normalize('NFKC'), 'i') });
}

/** English negated modals, written once: "cannot", "can't", "can not", "won't", "will not". */
const EN_CANT = r`(?:can(?:not|['’]t|\s+not)|won['’]t|will\s+not)`;
/** "I cannot", "I won't", "I am unable to", "I'm not able to", … (the "I" included: "I'm" has no space). */
const EN_I_CANT = r`\bi(?:\s+${EN_CANT}|(?:\s+am|['’]m)\s+(?:not\s+able|unable|not\s+going|not\s+willing|not\s+comfortable|not\s+permitted|not\s+allowed|not\s+in\s+a\s+position)\s+to)`;
/** Actions a refusal declines. */
const EN_ACT = r`(?:help|assist|provide|give|offer|create|generate|produce|write|share|fulfill|fulfil|comply\s+with|complete|do|engage\s+in|support|facilitate|participate\s+in|discuss|answer|respond\s+to|continue|make|disclose|reveal|condone|encourage|promote)`;

/** Idioms that start like a refusal but are not one ("I can't stress enough", "I can't believe …"). */
const EN_IDIOM = r`(?!\s+(?:stress|emphasi[sz]e|overstate|thank|wait|believe|recall\s+exactly|help\s+but|tell\s+you\s+how))`;

const EN = table(
  r`\b(?:sorry|apologi|unfortunately|cannot|can['’]t|can\s+not|won['’]t|will\s+not|unable|not\s+able|not\s+going|not\s+willing|not\s+comfortable|not\s+permitted|not\s+allowed|not\s+in\s+a\s+position|decline|refuse|as\s+an?\s|as\s+a\s|appropriate|against|violat|contrary|conflict|request|rather\s+not|prefer\s+not|programmed|designed|don['’]t|do\s+not|must|something|outside|beyond)`,
  [
    // "I'm sorry, but I can't …": the canonical refusal opener.
    phrase(r`\b(?:i['’]m|i\s+am)\s+(?:so\s+|very\s+|really\s+|truly\s+|afraid\s+)?sorry(?:\s*,)?\s+(?:but\s+)?(?:${EN_I_CANT}|i\s+(?:must\s+decline|do(?:\s+not|n['’]t)\s+(?:feel\s+comfortable|think\s+i\s+(?:can|should)))|i['’]m\s+afraid\s+i\s+${EN_CANT})${EN_IDIOM}`, 0.9, 'refusal'),
    phrase(r`\b(?:i\s+apologi[sz]e|my\s+apologies|sorry|unfortunately|regrettably|i['’]m\s+afraid)(?:\s*,)?\s+(?:but\s+)?(?:${EN_I_CANT}|i\s+must\s+decline)${EN_IDIOM}`, 0.88, 'refusal'),
    // "I can't help with that." (not "I can't help but notice …").
    phrase(r`(?:${EN_I_CANT}|\bi\s+(?:must\s+not|should\s+not|shouldn['’]t))\s+(?:help|assist)(?!\s+(?:but|thinking|wondering|feeling|noticing|laughing|smiling))(?:\s+(?:you\s+)?with)?\b`, 0.9, 'refusal'),
    phrase(r`${EN_I_CANT}\s+${EN_ACT}\s+(?:you\s+)?(?:that|this|it|such|those|these|any|you\s+with|information|instructions|content|details|assistance|guidance|advice|material|a\s+response|an\s+answer|your\s+request|the\s+request|with\s+(?:that|this|your|the))\b`, 0.88, 'refusal'),
    // Verbs that are a refusal whatever the object ("I'm not able to provide medical diagnoses").
    phrase(r`${EN_I_CANT}\s+(?:provide|offer|generate|share|fulfill|fulfil|comply\s+with|engage\s+in|facilitate|participate\s+in|disclose|reveal|condone|encourage|promote|support\s+(?:that|this|your|such))\b`, 0.82, 'refusal'),
    phrase(r`\bi\s+${EN_CANT}\s+(?:fulfill|fulfil|comply\s+with|honou?r|process|accommodate|assist\s+with|help\s+with)\s+(?:this|that|your|such\s+a|the)\s+(?:request|ask|query|task|prompt)`, 0.92, 'refusal'),
    phrase(r`\bi\s+(?:must|have\s+to|need\s+to|will\s+have\s+to|['’]ll\s+have\s+to)\s+(?:respectfully\s+|politely\s+)?(?:decline|refuse)\b`, 0.9, 'refusal'),
    phrase(r`\bi\s+(?:won['’]t|will\s+not)\s+be\s+able\s+to\s+${EN_ACT}`, 0.85, 'refusal'),
    phrase(r`\bi(?:\s+do(?:\s+not|n['’]t)\s+feel\s+comfortable|(?:\s+would|['’]d)\s+(?:rather|prefer)\s+not)\s+(?:to\s+)?(?:\S{1,20}\s+)?(?:help|assist|provid|creat|writ|generat|shar|discuss|engag|answer|respond|do|go\s+into)`, 0.75, 'refusal'),
    phrase(r`\bi\s+(?:refuse|decline)\s+to\b`, 0.85, 'refusal'),
    phrase(r`\bi(?:\s+am|['’]m)\s+not\s+comfortable\s+(?:with\s+)?(?:help|assist|provid|creat|writ|generat|shar|discuss|engag|answer|respond|do)`, 0.8, 'refusal'),
    // "As an AI language model, I cannot …" (a refusal) vs "As an AI, I don't have feelings" (a disclaimer).
    phrase(r`\bas\s+(?:an?\s+)?(?:ai|a\.i\.|artificial\s+intelligence|(?:large\s+)?language\s+model|ai\s+(?:language\s+model|assistant|model|chatbot)|assistant)(?:\s+(?:developed|created|trained|made)\s+by\s+\S{1,20})?(?:\s*,)?\s+i(?:\s+(?:${EN_CANT}|am\s+(?:not\s+able|unable|not\s+allowed|not\s+permitted)|must\s+(?:not|decline)|should\s+not|shouldn['’]t)|['’]m\s+(?:not\s+able|unable|not\s+allowed|not\s+permitted))\b`, 0.85, 'policy'),
    phrase(r`\bas\s+(?:an?\s+)?(?:ai|a\.i\.|artificial\s+intelligence|(?:large\s+)?language\s+model|ai\s+(?:language\s+model|assistant|model|chatbot)|assistant)(?:\s+(?:developed|created|trained|made)\s+by\s+\S{1,20})?(?:\s*,)?\s+i\s+(?:don['’]t|do\s+not|have\s+no|lack)\b`, 0.7, 'capability'),
    // "That's not something I can help with." / "This isn't something I'm able to do."
    phrase(r`\b(?:that|this|it)(?:['’]s\s+not|\s+is\s+not|\s+isn['’]t)\s+something\s+i(?:\s+can|\s+could|\s+will|['’]m\s+able\s+to|\s+am\s+able\s+to|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]m\s+willing\s+to|\s+am\s+willing\s+to|['’]ll)\s+(?:help|assist|do|provide|support|discuss|share|write|create|engage)`, 0.85, 'refusal'),
    phrase(r`\bi\s+(?:don['’]t|do\s+not)\s+think\s+i\s+(?:should|can|could)\s+(?:help|assist|provide|do|write|create|share|answer)`, 0.75, 'refusal'),
    phrase(r`\bi\s+(?:cannot|can['’]t|can\s+not)\s+and\s+(?:will\s+not|won['’]t)\b`, 0.92, 'refusal'),
    phrase(r`${EN_I_CANT}\s+(?:comply|oblige|proceed|do\s+(?:that|this|so))\b`, 0.85, 'refusal'),
    phrase(r`\b(?:outside|beyond)\s+(?:of\s+)?(?:what\s+i\s+(?:can|am\s+able\s+to)|my\s+(?:capabilities|scope|abilities|remit|purview))\b`, 0.65, 'refusal'),
    // "It would not be appropriate for me to …" ("for me": "it is not appropriate to use eval" is advice).
    phrase(r`\bit\s+(?:would\s+not|wouldn['’]t|is\s+not|isn['’]t|['’]s\s+not)\s+(?:be\s+)?(?:appropriate|ethical|responsible|right|possible)\s+for\s+me\s+to\b`, 0.85, 'policy'),
    phrase(r`\bit\s+(?:would\s+not|wouldn['’]t)\s+be\s+(?:appropriate|ethical|responsible)\s+to\b`, 0.4, 'policy'),
    // "… against my guidelines."
    phrase(r`\b(?:against|violates?|violating|goes\s+against|contrary\s+to|not\s+(?:in\s+line|aligned|consistent)\s+with|conflicts?\s+with|outside(?:\s+of)?)\s+(?:my|openai['’]?s?|anthropic['’]?s?|google['’]?s?)\s+(?:\S{1,20}\s+)?(?:guidelines|policies|policy|principles|programming|values|usage\s+policies|terms\s+of\s+(?:use|service)|rules|ethical\s+(?:guidelines|standards)|capabilities)\b`, 0.8, 'policy'),
    phrase(r`\b(?:against|violates?|goes\s+against|contrary\s+to)\s+(?:the|our)\s+(?:content\s+|usage\s+|safety\s+)?(?:guidelines|policies|policy|rules)\b`, 0.45, 'policy'),
    phrase(r`\b(?:this|that|your)\s+(?:request|question|query|prompt)\s+(?:is|goes|falls|seems|appears)\s+(?:to\s+be\s+)?(?:\S{1,20}\s+)?(?:against|outside|beyond|in\s+violation|inappropriate|harmful|not\s+something\s+i)`, 0.6, 'policy'),
    phrase(r`\bi(?:\s+am|['’]m)\s+(?:programmed|designed|built|trained|instructed)\s+(?:not\s+to|to\s+(?:avoid|refuse|decline|be\s+(?:a\s+)?(?:helpful\s+and\s+)?harmless))`, 0.6, 'policy'),
    // "I can't browse the internet": a limitation, usually followed by help.
    phrase(r`(?:${EN_I_CANT}|\bi\s+do(?:\s+not|n['’]t)\s+have\s+the\s+ability\s+to)\s+(?:browse|access|search|open|visit|view|see|watch|listen\s+to|read|download|click|retrieve|fetch|execute|run|remember|recall|make\s+(?:phone\s+)?calls|send\s+emails?|set\s+(?:alarms|reminders)|predict)\b`, 0.7, 'capability'),
    phrase(r`\bi\s+(?:do(?:\s+not|n['’]t)|cannot|can['’]t)\s+have\s+(?:access\s+to|real-?time|browsing|internet|personal\s+(?:opinions|experiences|feelings|beliefs)|feelings|emotions|opinions)`, 0.6, 'capability'),
  ],
  // "…, but here is", "however, I can", "instead, you could"; or a sentence that opens with "Here's".
  r`\b(?:but|however|that\s+said|instead|although|though|nevertheless|alternatively|that\s+being\s+said)\b[^.!?\n]{0,40}?\b(?:here(?:['’]s|\s+is|\s+are)|i\s+can|i['’]d\s+be\s+happy|i\s+(?:could|will|['’]ll)|you\s+(?:can|could|might|may)|let\s+me|below|the\s+following|some\s+(?:general|tips|information|ideas|options|alternatives|resources)|what\s+i\s+can|generally|in\s+general|based\s+on)|(?:^|[.!?:\n])\s{0,4}(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|the\s+following|in\s+the\s+meantime)\b`,
);

const DE = table(
  r`${B}(?:leider|tut\s+mir\s+leid|entschuldigung|kann|als\s|muss|verstößt|verstösst|nicht\s+in\s+der\s+lage)`,
  [
    phrase(r`${B}(?:es\s+tut\s+mir\s+leid|entschuldigung|leider)(?:\s*,)?\s+(?:aber\s+)?(?:ich\s+kann|kann\s+ich|das\s+kann\s+ich|hierbei\s+kann\s+ich|dabei\s+kann\s+ich)\s+(?:\S{1,20}\s+){0,3}?(?:nicht|keine)${E}`, 0.88, 'refusal'),
    phrase(r`${B}(?:ich\s+kann|kann\s+ich)\s+(?:ihnen\s+|dir\s+|euch\s+)?(?:dabei|damit|hierbei|hiermit|bei\s+(?:dieser\s+anfrage|diesem\s+anliegen))\s+(?:leider\s+)?nicht\s+(?:helfen|behilflich\s+sein|weiterhelfen|unterstützen)`, 0.9, 'refusal'),
    phrase(r`${B}(?:ich\s+kann|kann\s+ich)\s+(?:diese\s+anfrage|dieser\s+bitte|diesem\s+wunsch|das|dies)\s+(?:leider\s+)?nicht\s+(?:erfüllen|nachkommen|beantworten|bereitstellen|umsetzen|tun)`, 0.88, 'refusal'),
    phrase(r`${B}als\s+(?:eine?\s+)?(?:ki|künstliche\s+intelligenz|ki-sprachmodell|sprachmodell|ki-assistent)(?:\s*,)?\s+(?:kann|darf|habe)\s+ich\s+(?:\S{1,20}\s+){0,3}?(?:nicht|keine)${E}`, 0.85, 'policy'),
    phrase(r`${B}ich\s+muss\s+(?:diese\s+anfrage|das|dies|ihre\s+anfrage|deine\s+anfrage)\s+(?:leider\s+)?ablehnen`, 0.9, 'refusal'),
    phrase(r`${B}(?:das|dies)\s+(?:verstößt|verstösst)\s+gegen\s+(?:meine|die)\s+(?:richtlinien|regeln|grundsätze)`, 0.8, 'policy'),
    phrase(r`${B}ich\s+bin\s+(?:leider\s+)?nicht\s+in\s+der\s+lage`, 0.75, 'refusal'),
  ],
  r`${B}(?:aber|jedoch|stattdessen|allerdings)${E}[^.!?\n]{0,40}?(?:hier|kann\s+ich|können\s+sie|kannst\s+du|folgend|einige)`,
);

const FR = table(
  r`${B}(?:désolée?|je\s+suis|je\s+m['’]excuse|malheureusement|je\s+ne|en\s+tant|je\s+dois|cela|ceci|ça|cette\s+demande|il\s+ne\s+serait)`,
  [
    phrase(r`${B}(?:désolée?|je\s+suis\s+désolée?|je\s+m['’]excuse|malheureusement)(?:\s*,)?\s+(?:mais\s+)?je\s+ne\s+(?:peux|pourrai|suis\s+pas\s+en\s+mesure|vais)(?:\s+pas)?${E}`, 0.88, 'refusal'),
    phrase(r`${B}je\s+ne\s+(?:peux|pourrai)\s+pas\s+(?:vous\s+|t['’]|te\s+)?(?:aider|assister|répondre|fournir|donner|créer|écrire|satisfaire|accéder)`, 0.85, 'refusal'),
    phrase(r`${B}en\s+tant\s+qu['’](?:ia|intelligence\s+artificielle|assistant|modèle\s+de\s+langage)(?:\s*,)?\s+je\s+ne\s+(?:peux|suis|dispose|possède|vais|dois)${E}`, 0.85, 'policy'),
    phrase(r`${B}je\s+dois\s+(?:refuser|décliner)`, 0.9, 'refusal'),
    phrase(r`${B}(?:cela|ceci|ça|cette\s+demande)\s+(?:va\s+à\s+l['’]encontre\s+de|enfreint|viole|est\s+contraire\s+à)\s+(?:mes|nos)\s+(?:directives|règles|politiques|principes|lignes\s+directrices)`, 0.8, 'policy'),
    phrase(r`${B}je\s+ne\s+suis\s+pas\s+en\s+mesure\s+de${E}`, 0.8, 'refusal'),
    phrase(r`${B}il\s+ne\s+serait\s+pas\s+approprié\s+(?:pour\s+moi\s+)?de${E}`, 0.7, 'policy'),
  ],
  r`${B}(?:mais|cependant|toutefois|en\s+revanche|par\s+contre)${E}[^.!?\n]{0,40}?(?:voici|je\s+peux|vous\s+pouvez|tu\s+peux|quelques|ci-dessous)`,
);

const ES = table(
  r`${B}(?:lo\s+siento|perdón|disculpa|disculpe|lamentablemente|desafortunadamente|no\s+puedo|no\s+podré|como\s|debo|va\s+en\s+contra|viola|infringe|contraviene|no\s+sería)`,
  [
    phrase(r`${B}(?:lo\s+siento|perdón|disculpa|disculpe|lamentablemente|desafortunadamente)(?:\s*,)?\s+(?:pero\s+)?no\s+(?:puedo|podré|estoy\s+en\s+condiciones)${E}`, 0.88, 'refusal'),
    phrase(r`${B}no\s+(?:puedo|podré)\s+(?:ayudarte|ayudarle|ayudar|asistirte|asistirle|proporcionar|proporcionarte|dar|darte|crear|escribir|cumplir|generar|responder)${E}`, 0.85, 'refusal'),
    phrase(r`${B}como\s+(?:una?\s+)?(?:ia|inteligencia\s+artificial|modelo\s+de\s+lenguaje|asistente\s+de\s+ia)(?:\s*,)?\s+(?:yo\s+)?no\s+(?:puedo|tengo|estoy|debo)${E}`, 0.85, 'policy'),
    phrase(r`${B}debo\s+(?:rechazar|declinar|negarme)`, 0.9, 'refusal'),
    phrase(r`${B}(?:va\s+en\s+contra\s+de|viola|infringe|contraviene)\s+(?:mis|nuestras)\s+(?:directrices|políticas|normas|pautas|principios)`, 0.8, 'policy'),
    phrase(r`${B}no\s+sería\s+(?:apropiado|ético|responsable)\s+(?:que\s+yo|de\s+mi\s+parte)`, 0.75, 'policy'),
  ],
  r`${B}(?:pero|sin\s+embargo|no\s+obstante|en\s+cambio)${E}[^.!?\n]{0,40}?(?:aquí|puedo|puedes|puede|algunos|algunas|a\s+continuación)`,
);

const IT = table(
  r`${B}(?:mi\s+dispiace|spiacente|purtroppo|sfortunatamente|non\s+posso|non\s+potrò|come\s|devo|va\s+contro|viola|è\s+contrario|non\s+sono\s+in\s+grado)`,
  [
    phrase(r`${B}(?:mi\s+dispiace|spiacente|purtroppo|sfortunatamente)(?:\s*,)?\s+(?:ma\s+)?non\s+(?:posso|potrò|sono\s+in\s+grado)${E}`, 0.88, 'refusal'),
    phrase(r`${B}non\s+(?:posso|potrò)\s+(?:aiutarti|aiutarla|aiutare|assisterti|fornire|fornirti|dare|darti|creare|scrivere|soddisfare|generare|rispondere)${E}`, 0.85, 'refusal'),
    phrase(r`${B}come\s+(?:un['’]?\s*)?(?:ia|intelligenza\s+artificiale|modello\s+(?:linguistico|di\s+linguaggio)|assistente\s+(?:ai|ia|virtuale))(?:\s*,)?\s+non\s+(?:posso|ho|sono)${E}`, 0.85, 'policy'),
    phrase(r`${B}devo\s+(?:rifiutare|declinare)`, 0.9, 'refusal'),
    phrase(r`${B}(?:va\s+contro|viola|è\s+contrario\s+a)\s+(?:le\s+mie|alle\s+mie|le\s+nostre)\s+(?:linee\s+guida|politiche|regole|norme)`, 0.8, 'policy'),
    phrase(r`${B}non\s+sono\s+in\s+grado\s+di${E}`, 0.75, 'refusal'),
  ],
  r`${B}(?:ma|tuttavia|però|invece)${E}[^.!?\n]{0,40}?(?:ecco|posso|puoi|può|alcuni|alcune|di\s+seguito)`,
);

const PT = table(
  r`${B}(?:desculpe|desculpa|sinto\s+muito|lamento|infelizmente|não\s+posso|não\s+poderei|não\s+consigo|eu\s+não|como\s|devo|preciso|vai\s+contra|viola|infringe|não\s+seria)`,
  [
    phrase(r`${B}(?:desculpe|desculpa|sinto\s+muito|lamento|infelizmente)(?:\s*,)?\s+(?:mas\s+)?(?:eu\s+)?não\s+(?:posso|consigo|poderei|sou\s+capaz)${E}`, 0.88, 'refusal'),
    phrase(r`${B}(?:eu\s+)?não\s+(?:posso|poderei|consigo)\s+(?:te\s+|lhe\s+)?(?:ajudar|auxiliar|fornecer|dar|criar|escrever|atender|cumprir|gerar|responder)${E}`, 0.85, 'refusal'),
    phrase(r`${B}como\s+(?:uma?\s+)?(?:ia|inteligência\s+artificial|modelo\s+de\s+linguagem|assistente\s+de\s+ia)(?:\s*,)?\s+(?:eu\s+)?não\s+(?:posso|tenho|sou|devo)${E}`, 0.85, 'policy'),
    phrase(r`${B}(?:devo|preciso)\s+(?:recusar|declinar)`, 0.9, 'refusal'),
    phrase(r`${B}(?:vai\s+contra|viola|infringe)\s+(?:as\s+)?(?:minhas|nossas)\s+(?:diretrizes|políticas|regras|normas)`, 0.8, 'policy'),
    phrase(r`${B}não\s+seria\s+(?:apropriado|ético|adequado)\s+(?:da\s+minha\s+parte|eu)`, 0.75, 'policy'),
  ],
  r`${B}(?:mas|porém|no\s+entanto|entretanto|em\s+vez\s+disso)${E}[^.!?\n]{0,40}?(?:aqui|posso|você\s+pode|alguns|algumas|a\s+seguir)`,
);

const NL = table(
  r`${B}(?:sorry|het\s+spijt\s+me|helaas|excuses|ik\s+kan|kan\s+ik|als\s|ik\s+moet|dat\s|dit\s|ik\s+ben\s+niet)`,
  [
    phrase(r`${B}(?:sorry|het\s+spijt\s+me|helaas|excuses)(?:\s*,)?\s+(?:maar\s+)?(?:ik\s+kan|dat\s+kan\s+ik|hiermee\s+kan\s+ik|daarmee\s+kan\s+ik|kan\s+ik)\s+(?:\S{1,20}\s+){0,3}?(?:niet|geen)${E}`, 0.88, 'refusal'),
    phrase(r`${B}(?:ik\s+kan|kan\s+ik)\s+(?:je|u|jou)\s+(?:(?:hier|daar)(?:mee|bij)?\s+)?niet\s+(?:mee\s+)?(?:helpen|van\s+dienst\s+zijn)`, 0.9, 'refusal'),
    phrase(r`${B}als\s+(?:een\s+)?(?:ai|taalmodel|ai-taalmodel|ai-assistent|kunstmatige\s+intelligentie)(?:\s*,)?\s+(?:kan|mag|heb)\s+ik\s+(?:\S{1,20}\s+){0,3}?(?:niet|geen)${E}`, 0.85, 'policy'),
    phrase(r`${B}ik\s+moet\s+(?:dit|dat|dit\s+verzoek|je\s+verzoek|uw\s+verzoek)\s+(?:helaas\s+)?(?:weigeren|afwijzen|afslaan)`, 0.9, 'refusal'),
    phrase(r`${B}(?:dat|dit)\s+(?:is\s+in\s+strijd\s+met|druist\s+in\s+tegen|gaat\s+in\s+tegen)\s+(?:mijn|onze)\s+(?:richtlijnen|regels|beleid|principes)`, 0.8, 'policy'),
    phrase(r`${B}ik\s+ben\s+(?:helaas\s+)?niet\s+in\s+staat${E}`, 0.75, 'refusal'),
  ],
  r`${B}(?:maar|echter|in\s+plaats\s+daarvan)${E}[^.!?\n]{0,40}?(?:hier|kan\s+ik|kun\s+je|kunt\s+u|enkele|een\s+paar|hieronder)`,
);

const RU = table(
  r`${B}(?:извините|простите|к\s+сожалению|мне\s+жаль|прошу\s+прощения|я\s+не|как\s|я\s+вынужден|я\s+должн|противоречит|нарушает)`,
  [
    phrase(r`${B}(?:извините|простите|к\s+сожалению|мне\s+жаль|прошу\s+прощения)(?:\s*,)?\s+(?:но\s+)?я\s+не\s+(?:могу|смогу|в\s+состоянии|буду)${E}`, 0.88, 'refusal'),
    phrase(r`${B}я\s+не\s+(?:могу|смогу)\s+(?:вам\s+|тебе\s+)?(?:помочь|выполнить|предоставить|дать|создать|написать|ответить|сгенерировать|поделиться)${E}`, 0.85, 'refusal'),
    phrase(r`${B}как\s+(?:ии|искусственный\s+интеллект|языковая\s+модель|ии-ассистент|модель\s+ии)(?:\s*,)?\s+я\s+не\s+(?:могу|имею|обладаю|должен|должна)${E}`, 0.85, 'policy'),
    phrase(r`${B}я\s+(?:вынужден|вынуждена|должен|должна)\s+отказать`, 0.9, 'refusal'),
    phrase(r`${B}(?:это\s+)?(?:противоречит|нарушает)\s+(?:моим|мои|нашим|наши)\s+(?:правилам|правила|принципам|принципы|политикам|политику)`, 0.8, 'policy'),
    phrase(r`${B}я\s+не\s+в\s+состоянии${E}`, 0.75, 'refusal'),
  ],
  r`${B}(?:но|однако|зато|вместо\s+этого)${E}[^.!?\n]{0,40}?(?:вот|могу|можете|можешь|несколько|ниже)`,
);

const ZH = table(
  r`(?:抱歉|对不起|對不起|遗憾|遺憾|不好意思|我不能|我无法|我無法|我没法|我沒法|我不可以|作为|作為|拒绝|拒絕|违反|違反|违背|違背)`,
  [
    phrase(r`(?:抱歉|对不起|對不起|很遗憾|很遺憾|不好意思)(?:\s*,)?\s*(?:(?:但是?|不过|不過)\s*)?(?:我)?(?:不能|无法|無法|没法|沒法|不可以|不会|不會)`, 0.88, 'refusal'),
    phrase(r`我(?:不能|无法|無法|没法|沒法|不可以)(?:为你|為你|为您|為您|帮你|幫你|帮您|幫您)?(?:提供|帮助|幫助|协助|協助|满足|滿足|完成|回答|生成|创建|創建|编写|編寫)`, 0.85, 'refusal'),
    phrase(r`(?:作为|作為)(?:一个|一個)?(?:人工智能|AI|语言模型|語言模型|AI助手|人工智能助手)(?:\s*,)?\s*我(?:不能|无法|無法|没有|沒有|不会|不會)`, 0.85, 'policy'),
    phrase(r`我(?:必须|必須|只能)(?:拒绝|拒絕)`, 0.9, 'refusal'),
    phrase(r`(?:违反|違反|违背|違背)(?:了)?(?:我的|我们的|我們的)(?:准则|準則|政策|规定|規定|原则|原則|使用政策)`, 0.75, 'policy'),
  ],
  r`(?:但是|不过|不過|但|然而|相反)[^。！？\n]{0,20}?(?:以下|可以|这里|這裡|一些|建议|建議)`,
);

const JA = table(
  r`(?:申し訳|できません|いたしかねます|致しかねます|として|お断り|辞退|反する|違反)`,
  [
    phrase(r`申し訳(?:ありません|ございません)(?:が|けれど(?:も)?)?(?:\s*[,、])?[^。\n]{0,30}?(?:できません|いたしかねます|致しかねます)`, 0.88, 'refusal'),
    phrase(r`(?:お手伝い|お答え|お応え|ご協力|ご提供|対応|提供|回答|作成|お伝え)(?:すること)?(?:は|が)?(?:できません|いたしかねます|致しかねます)`, 0.75, 'refusal'),
    phrase(r`AI(?:言語モデル|アシスタント)?として(?:\s*[,、])?[^。\n]{0,20}?(?:できません|ありません|持っていません)`, 0.8, 'policy'),
    phrase(r`(?:お断り|辞退)(?:します|いたします|させていただきます)`, 0.85, 'refusal'),
    phrase(r`(?:ガイドライン|ポリシー|規約|方針)に(?:反する|違反する|反します|違反します)`, 0.75, 'policy'),
  ],
  r`(?:ただし|しかし|ですが|代わりに|その代わり)[^。\n]{0,20}?(?:以下|できます|こちら|いくつか|ご紹介)`,
);

const KO = table(
  r`(?:죄송|미안|유감|없습니다|없어요|수\s?없|로서)`,
  [
    phrase(r`(?:죄송하지만|죄송합니다|미안하지만|유감스럽게도)[^.!?\n]{0,40}?(?:수\s?없습니다|수\s?없어요|드릴\s?수\s?없|할\s?수\s?없)`, 0.88, 'refusal'),
    phrase(r`(?:도와\s?드릴|도움을\s?드릴|답변(?:을|해)?\s?드릴|제공(?:해)?\s?드릴|제공할|응답할)\s?수\s?없`, 0.8, 'refusal'),
    phrase(r`AI(?:\s?언어\s?모델|\s?어시스턴트)?(?:로서|으로서)[^.!?\n]{0,30}?(?:없습니다|없어요|수\s?없)`, 0.8, 'policy'),
  ],
  r`(?:하지만|그러나|대신)[^.!?\n]{0,30}?(?:다음|드릴\s?수\s?있|할\s?수\s?있|몇\s?가지)`,
);

/**
 * Refusal vocabulary, keyed by language.
 *
 * @example
 * ```ts
 * REFUSAL_LEXICON.fr.phrases.some((p) => p.re.test('Désolé, mais je ne peux pas vous aider.')); // true
 * ```
 */
export const REFUSAL_LEXICON: Readonly<Record<RefusalLanguage, RefusalLanguageTable>> = Object.freeze({ en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL, ru: RU, zh: ZH, ja: JA, ko: KO });

/**
 * Every language key of {@link REFUSAL_LEXICON}.
 *
 * @example
 * ```ts
 * REFUSAL_LANGUAGES.includes('nl'); // true
 * ```
 */
export const REFUSAL_LANGUAGES: readonly RefusalLanguage[] = Object.freeze(Object.keys(REFUSAL_LEXICON) as RefusalLanguage[]);
