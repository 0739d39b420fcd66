/**
 * @module presets/by-name — presets by name, for the places where scanners must be named by a
 * string: the default worker (scanner objects cannot cross to it) and `createBouncer({ preset })`.
 */
import { ConfigError } from '../errors.js';
import type { Scanner } from '../types.js';
import { models } from './models.js';
import { promptAttacks } from './prompt-attacks.js';
import { minimal, recommended, rules } from './recommended.js';

/** The preset names. */
export const PRESET_NAMES = ['recommended', 'rules', 'minimal', 'prompt-attacks', 'models', 'recommended+models'] as const;

/** One of {@link PRESET_NAMES}. */
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * The scanners of a named preset; an unknown name throws {@link ConfigError}.
 *
 * @example
 * ```ts
 * presetScanners('recommended+models').length; // the rule scanners plus the four model scanners
 * ```
 */
export function presetScanners(name: unknown): Scanner[] {
  switch (name) {
    case 'recommended':
      return recommended();
    case 'rules':
      return rules();
    case 'minimal':
      return minimal();
    case 'prompt-attacks':
      return promptAttacks();
    case 'models':
      return models();
    case 'recommended+models': {
      // The default pipeline already has the prompt-attack and toxicity models: add the others once each.
      const base = recommended();
      const ids = new Set(base.map((s) => s.id));
      return [...base, ...models().filter((s) => !ids.has(s.id))];
    }
    default:
      throw new ConfigError(`preset must be one of ${PRESET_NAMES.join(', ')}, got ${String(name)}`);
  }
}
