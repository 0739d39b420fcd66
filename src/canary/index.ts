/**
 * @module canary — canary-token helpers (`bouncer.canary` wraps them): put a random token into a
 * system prompt, and check responses for it.
 */
export { addCanary, checkCanary, createCanaryToken, longestTokenMatch, DEFAULT_CANARY_FORMAT, MIN_PARTIAL, type CanaryCheck, type CanaryOptions } from './canary.js';
