/**
 * @module cli/registry — the ONLY string → scanner map (style §3): the CLI, config files and the
 * golden-test runner resolve names here. The library itself registers by import.
 */
import { codeDetect } from '../scanners/code/detect.js';
import { indirectDataExfiltration } from '../scanners/indirect/data-exfiltration.js';
import { indirectMarkupInjection } from '../scanners/indirect/markup-injection.js';
import { indirectRagPoisoning } from '../scanners/indirect/rag-poisoning.js';
import { indirectToolAbuse } from '../scanners/indirect/tool-abuse.js';
import { indirectUrlInjection } from '../scanners/indirect/url-injection.js';
import { injectionContextManipulation } from '../scanners/injection/context-manipulation.js';
import { injectionInstructionOverride } from '../scanners/injection/instruction-override.js';
import { injectionMultiTurnEscalation } from '../scanners/injection/multi-turn-escalation.js';
import { injectionPromptExtraction } from '../scanners/injection/prompt-extraction.js';
import { injectionPromptLeak } from '../scanners/injection/prompt-leak.js';
import { injectionRoleHijack } from '../scanners/injection/role-hijack.js';
import { injectionTaskDeflection } from '../scanners/injection/task-deflection.js';
import { jailbreakAdversarialSuffix } from '../scanners/jailbreak/adversarial-suffix.js';
import { jailbreakDualPersona } from '../scanners/jailbreak/dual-persona.js';
import { jailbreakHypothetical } from '../scanners/jailbreak/hypothetical.js';
import { jailbreakManyShot } from '../scanners/jailbreak/many-shot.js';
import { jailbreakResearchPretext } from '../scanners/jailbreak/research-pretext.js';
import { obfuscationCipher } from '../scanners/obfuscation/cipher.js';
import { obfuscationEncoding } from '../scanners/obfuscation/encoding.js';
import { obfuscationHomoglyphs } from '../scanners/obfuscation/homoglyphs.js';
import { obfuscationInvisibleText } from '../scanners/obfuscation/invisible-text.js';
import { obfuscationLeetspeak } from '../scanners/obfuscation/leetspeak.js';
import { obfuscationReversed } from '../scanners/obfuscation/reversed.js';
import { obfuscationSpacedLetters } from '../scanners/obfuscation/spaced-letters.js';
import { piiAnonymize } from '../scanners/pii/anonymize.js';
import { piiDeanonymize } from '../scanners/pii/deanonymize.js';
import { policyBanSubstrings } from '../scanners/policy/ban-substrings.js';
import { policyRegex } from '../scanners/policy/regex.js';
import { policyTokenLimit } from '../scanners/policy/token-limit.js';
import { refusalPhrases } from '../scanners/refusal/phrases.js';
import { secretsPatterns } from '../scanners/secrets/patterns.js';
import { urlsMalicious } from '../scanners/urls/malicious.js';
import { injectionClassifier } from '../scanners/injection/classifier.js';
import { refusalClassifier } from '../scanners/refusal/classifier.js';
import { toxicityClassifier } from '../scanners/toxicity/classifier.js';
import { harmfulRequest } from '../scanners/harmful/request.js';
import { harmfulResponse } from '../scanners/harmful/response.js';
import { urlsClassifier } from '../scanners/urls/classifier.js';
import { canaryPromptHijack } from '../scanners/canary/hijack.js';
import { canaryPromptLeakage } from '../scanners/canary/leakage.js';
import { vaultSimilarity } from '../scanners/vault/similarity.js';
import { contentBanCompetitors } from '../scanners/content/ban-competitors.js';
import { contentBanTopics } from '../scanners/content/ban-topics.js';
import { contentGibberish } from '../scanners/content/gibberish.js';
import { contentJson } from '../scanners/content/json.js';
import { contentLanguage } from '../scanners/content/language.js';
import { contentLanguageSame } from '../scanners/content/language-same.js';
import { contentReadingTime } from '../scanners/content/reading-time.js';
import { contentRelevance } from '../scanners/content/relevance.js';
import { contentSentiment } from '../scanners/content/sentiment.js';
import { contentSystemPromptLeak } from '../scanners/content/system-prompt-leak.js';
import { urlsCombined } from '../scanners/urls/combined.js';
import type { Scanner } from '../types.js';

/** One named scanner: its factory, the seed design's name, and whether it needs options. */
export interface CatalogEntry {
  readonly id: string;
  /** The name the seed documents (llm-guard style) use. */
  readonly seedName: string;
  /** True when the factory cannot run without options (e.g. a word list). */
  readonly needsOptions: boolean;
  /** Options that make a `needsOptions` scanner constructible, for listings and examples. */
  readonly exampleOptions?: Readonly<Record<string, unknown>>;
  readonly create: (options?: Record<string, unknown>) => Scanner;
}

const entry = (id: string, seedName: string, needsOptions: boolean, create: (o?: Record<string, unknown>) => unknown, exampleOptions?: Record<string, unknown>): CatalogEntry => ({
  id,
  seedName,
  needsOptions,
  create: create as (o?: Record<string, unknown>) => Scanner,
  ...(exampleOptions === undefined ? {} : { exampleOptions }),
});

/** Every built-in scanner, in the order of the README table. */
export const CATALOG: readonly CatalogEntry[] = Object.freeze([
  entry('injection/instruction-override', 'PromptInjection', false, (o) => injectionInstructionOverride(o as never)),
  entry('injection/prompt-extraction', 'PromptExtraction', false, (o) => injectionPromptExtraction(o as never)),
  entry('injection/role-hijack', 'RoleHijack', false, (o) => injectionRoleHijack(o as never)),
  entry('injection/context-manipulation', 'ContextManipulation', false, (o) => injectionContextManipulation(o as never)),
  entry('injection/prompt-leak', 'PromptLeak', false, (o) => injectionPromptLeak(o as never)),
  entry('injection/task-deflection', 'TaskDeflection', false, (o) => injectionTaskDeflection(o as never)),
  entry('injection/multi-turn-escalation', 'MultiTurnEscalation', false, (o) => injectionMultiTurnEscalation(o as never)),
  entry('injection/classifier', 'PromptInjection (model)', false, (o) => injectionClassifier(o as never)),
  entry('indirect/data-exfiltration', 'DataExfiltration', false, (o) => indirectDataExfiltration(o as never)),
  entry('indirect/tool-abuse', 'ToolAbuse', false, (o) => indirectToolAbuse(o as never)),
  entry('indirect/rag-poisoning', 'RagPoisoning', false, (o) => indirectRagPoisoning(o as never)),
  entry('indirect/markup-injection', 'MarkupInjection', false, (o) => indirectMarkupInjection(o as never)),
  entry('indirect/url-injection', 'UrlInjection', false, (o) => indirectUrlInjection(o as never)),
  entry('jailbreak/hypothetical', 'HypotheticalFraming', false, (o) => jailbreakHypothetical(o as never)),
  entry('jailbreak/research-pretext', 'ResearchPretext', false, (o) => jailbreakResearchPretext(o as never)),
  entry('jailbreak/dual-persona', 'DualPersona', false, (o) => jailbreakDualPersona(o as never)),
  entry('jailbreak/many-shot', 'ManyShot', false, (o) => jailbreakManyShot(o as never)),
  entry('jailbreak/adversarial-suffix', 'AdversarialSuffix', false, (o) => jailbreakAdversarialSuffix(o as never)),
  entry('obfuscation/invisible-text', 'InvisibleText', false, (o) => obfuscationInvisibleText(o as never)),
  entry('obfuscation/encoding', 'Encoding', false, (o) => obfuscationEncoding(o as never)),
  entry('obfuscation/cipher', 'Cipher', false, () => obfuscationCipher()),
  entry('obfuscation/leetspeak', 'Leetspeak', false, () => obfuscationLeetspeak()),
  entry('obfuscation/reversed', 'Reversed', false, () => obfuscationReversed()),
  entry('obfuscation/spaced-letters', 'SpacedLetters', false, () => obfuscationSpacedLetters()),
  entry('obfuscation/homoglyphs', 'Homoglyphs', false, () => obfuscationHomoglyphs()),
  entry('secrets/patterns', 'Secrets', false, (o) => secretsPatterns(o as never)),
  entry('pii/anonymize', 'Anonymize', false, (o) => piiAnonymize(o as never)),
  entry('pii/deanonymize', 'Deanonymize', false, (o) => piiDeanonymize(o as never)),
  entry('code/detect', 'Code', false, (o) => codeDetect(o as never)),
  entry('urls/malicious', 'MaliciousURLs', false, (o) => urlsMalicious(o as never)),
  entry('urls/classifier', 'MaliciousURLs (model)', false, (o) => urlsClassifier(o as never)),
  entry('urls/combined', 'MaliciousURLs (rules + model)', false, (o) => urlsCombined(o as never)),
  entry('refusal/phrases', 'NoRefusal', false, (o) => refusalPhrases(o as never)),
  entry('refusal/classifier', 'NoRefusal (model)', false, (o) => refusalClassifier(o as never)),
  entry('toxicity/classifier', 'Toxicity', false, (o) => toxicityClassifier(o as never)),
  entry('harmful/request', 'InappropriateContent', false, (o) => harmfulRequest(o as never)),
  entry('harmful/response', 'InappropriateContent (output)', false, (o) => harmfulResponse(o as never)),
  entry('policy/token-limit', 'TokenLimit', false, (o) => policyTokenLimit(o as never)),
  entry('policy/ban-substrings', 'BanSubstrings', true, (o) => policyBanSubstrings(o as never), { substrings: ['example phrase'] }),
  entry('policy/regex', 'Regex', true, (o) => policyRegex(o as never), { patterns: ['example'] }),
  entry('content/language', 'Language', false, (o) => contentLanguage(o as never)),
  entry('content/language-same', 'LanguageSame', false, (o) => contentLanguageSame(o as never)),
  entry('content/gibberish', 'Gibberish', false, (o) => contentGibberish(o as never)),
  entry('content/sentiment', 'Sentiment', false, (o) => contentSentiment(o as never)),
  entry('content/ban-topics', 'BanTopics', true, (o) => contentBanTopics(o as never), { topics: ['example topic'] }),
  entry('content/relevance', 'Relevance', false, (o) => contentRelevance(o as never)),
  entry('content/ban-competitors', 'BanCompetitors', true, (o) => contentBanCompetitors(o as never), { competitors: ['Example Corp'] }),
  entry('content/json', 'JSON', false, (o) => contentJson(o as never)),
  entry('content/reading-time', 'ReadingTime', false, (o) => contentReadingTime(o as never)),
  entry('content/system-prompt-leak', 'SystemPromptLeak', false, (o) => contentSystemPromptLeak(o as never)),
  entry('canary/prompt-leakage', 'PromptLeakage', false, (o) => canaryPromptLeakage(o as never)),
  entry('canary/prompt-hijack', 'PromptHijack', false, (o) => canaryPromptHijack(o as never)),
  entry('vault/similarity', 'VaultSimilarity', false, (o) => vaultSimilarity(o as never)),
]);

/** Find a catalogue entry by id or seed name (case-insensitive). */
export function findScanner(name: string): CatalogEntry | undefined {
  const n = name.toLowerCase();
  return CATALOG.find((e) => e.id === n || e.seedName.toLowerCase() === n);
}
