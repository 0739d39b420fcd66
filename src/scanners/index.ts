/**
 * @module scanners — every scanner factory (`prompt-bouncer/scanners`). Importing a factory is
 * registering it: nothing runs at import time, unused scanners are tree-shaken.
 */
export { codeDetect } from './code/detect.js';
export { defineScanner } from './define.js';
export { injectionContextManipulation } from './injection/context-manipulation.js';
export { injectionInstructionOverride } from './injection/instruction-override.js';
export { injectionMultiTurnEscalation, type MultiTurnEscalationOptions } from './injection/multi-turn-escalation.js';
export { injectionPromptExtraction } from './injection/prompt-extraction.js';
export { injectionPromptLeak } from './injection/prompt-leak.js';
export { injectionRoleHijack } from './injection/role-hijack.js';
export { injectionTaskDeflection } from './injection/task-deflection.js';
export { phraseHits, type PhraseHit, type PhraseScannerOptions } from './phrase-engine.js';
export type { PhraseFamily, PhraseLanguage } from './phrase-rule.js';
export { obfuscationInvisibleText, type InvisibleTextOptions } from './obfuscation/invisible-text.js';
export { piiAnonymize } from './pii/anonymize.js';
export { piiDeanonymize } from './pii/deanonymize.js';
export { policyBanSubstrings, type BanSubstringsOptions } from './policy/ban-substrings.js';
export { policyRegex, hasNestedQuantifier, type RegexOptions } from './policy/regex.js';
export { policyTokenLimit, type TokenLimitOptions } from './policy/token-limit.js';
export { refusalPhrases } from './refusal/phrases.js';
export { secretsPatterns } from './secrets/patterns.js';
export { urlsMalicious } from './urls/malicious.js';
export { extractUrls } from './urls/extract.js';
export { obfuscationCipher } from './obfuscation/cipher.js';
export { obfuscationEncoding, type EncodingOptions } from './obfuscation/encoding.js';
export { obfuscationHomoglyphs } from './obfuscation/homoglyphs.js';
export { obfuscationLeetspeak } from './obfuscation/leetspeak.js';
export { obfuscationReversed } from './obfuscation/reversed.js';
export { obfuscationSpacedLetters } from './obfuscation/spaced-letters.js';
export { jailbreakHypothetical, type HypotheticalOptions } from './jailbreak/hypothetical.js';
export { jailbreakResearchPretext, type ResearchPretextOptions } from './jailbreak/research-pretext.js';
export { jailbreakDualPersona, type DualPersonaOptions } from './jailbreak/dual-persona.js';
export { jailbreakManyShot, type ManyShotOptions } from './jailbreak/many-shot.js';
export { jailbreakAdversarialSuffix, type AdversarialSuffixOptions } from './jailbreak/adversarial-suffix.js';
export { indirectDataExfiltration, type DataExfiltrationOptions } from './indirect/data-exfiltration.js';
export { indirectToolAbuse, type ToolAbuseOptions } from './indirect/tool-abuse.js';
export { indirectRagPoisoning, type RagPoisoningOptions } from './indirect/rag-poisoning.js';
export { indirectMarkupInjection, type MarkupInjectionOptions } from './indirect/markup-injection.js';
export { indirectUrlInjection, type UrlInjectionOptions } from './indirect/url-injection.js';
export { defineModelScanner, type ModelScannerOptions, type Segment } from './model-scanner.js';
export { injectionClassifier, PROMPT_ATTACK_MODEL } from './injection/classifier.js';
export { toxicityClassifier, TOXICITY_MODEL } from './toxicity/classifier.js';
export { refusalClassifier, REFUSAL_MODEL } from './refusal/classifier.js';
export { urlsClassifier, URL_MODEL } from './urls/classifier.js';
