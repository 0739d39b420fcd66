/**
 * @module vault/disabled — `bouncer.vault` and `bouncer.threats` on a bouncer created without the
 * `vault` option: every call rejects with `NO_VAULT`. Kept apart from the vault itself so a
 * bouncer without one never loads it.
 */
import { BouncerError } from '../errors.js';
import type { BouncerThreatsApi } from '../feed/types.js';
import type { BouncerVaultApi } from './types.js';

const noVault = async (): Promise<never> => {
  throw new BouncerError('NO_VAULT', 'this bouncer has no attack vault: create it with createBouncer({ vault: {} })');
};

/** `bouncer.vault` without a vault. */
export const DISABLED_VAULT: BouncerVaultApi = Object.freeze({ stats: noVault, search: noVault, remove: noVault, removeByScan: noVault, clear: noVault });

/** `bouncer.threats` without a vault. */
export const DISABLED_THREATS: BouncerThreatsApi = Object.freeze({ export: noVault, import: noVault, sync: noVault, stats: noVault });
