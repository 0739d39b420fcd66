/**
 * @module cli/registry — the ONLY string → scanner map (style §3): the CLI, config files and the
 * golden-test runner resolve names here. The library itself registers by import.
 */
import { codeDetect } from '../scanners/code/detect.js';
import { injectionHeuristics } from '../scanners/injection/heuristics.js';
import { obfuscationInvisibleText } from '../scanners/obfuscation/invisible-text.js';
import { piiAnonymize } from '../scanners/pii/anonymize.js';
import { piiDeanonymize } from '../scanners/pii/deanonymize.js';
import { policyBanSubstrings } from '../scanners/policy/ban-substrings.js';
import { policyRegex } from '../scanners/policy/regex.js';
import { policyTokenLimit } from '../scanners/policy/token-limit.js';
import { refusalPhrases } from '../scanners/refusal/phrases.js';
import { secretsPatterns } from '../scanners/secrets/patterns.js';
import { urlsMalicious } from '../scanners/urls/malicious.js';
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
  entry('injection/heuristics', 'PromptInjection', false, (o) => injectionHeuristics(o as never)),
  entry('obfuscation/invisible-text', 'InvisibleText', false, (o) => obfuscationInvisibleText(o as never)),
  entry('secrets/patterns', 'Secrets', false, (o) => secretsPatterns(o as never)),
  entry('pii/anonymize', 'Anonymize', false, (o) => piiAnonymize(o as never)),
  entry('pii/deanonymize', 'Deanonymize', false, (o) => piiDeanonymize(o as never)),
  entry('code/detect', 'Code', false, (o) => codeDetect(o as never)),
  entry('urls/malicious', 'MaliciousURLs', false, (o) => urlsMalicious(o as never)),
  entry('refusal/phrases', 'NoRefusal', false, (o) => refusalPhrases(o as never)),
  entry('policy/token-limit', 'TokenLimit', false, (o) => policyTokenLimit(o as never)),
  entry('policy/ban-substrings', 'BanSubstrings', true, (o) => policyBanSubstrings(o as never), { substrings: ['example phrase'] }),
  entry('policy/regex', 'Regex', true, (o) => policyRegex(o as never), { patterns: ['example'] }),
]);

/** Find a catalogue entry by id or seed name (case-insensitive). */
export function findScanner(name: string): CatalogEntry | undefined {
  const n = name.toLowerCase();
  return CATALOG.find((e) => e.id === n || e.seedName.toLowerCase() === n);
}
