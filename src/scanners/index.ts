/**
 * @module scanners — every scanner factory (`prompt-bouncer/scanners`). Importing a factory is
 * registering it: nothing runs at import time, unused scanners are tree-shaken.
 */
export { codeDetect } from './code/detect.js';
export { defineScanner } from './define.js';
export { injectionHeuristics } from './injection/heuristics.js';
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
