/**
 * @module presets — scanner sets as functions (`prompt-bouncer/presets`).
 */
export { minimal, recommended, rules } from './recommended.js';
export { promptAttacks } from './prompt-attacks.js';
export { models } from './models.js';
export { PRESET_NAMES, presetScanners, type PresetName } from './by-name.js';
