/**
 * @module bench/peers/types — the adapter shape every peer detector implements for
 * `bench/quality.ts`, so each is run on the same rows in the same way.
 */

/** One peer detector, wrapped. */
export interface PeerAdapter {
  /** Display name (the npm package). */
  readonly name: string;
  /** Installed version, or "not installed". */
  version: string;
  /** How it is called and with which settings (printed in README/JSON). */
  readonly call: string;
  /**
   * Load models/patterns. Rejects (with a short reason for the table) when the peer cannot run
   * here: not installed, needs network, an API key or an LLM.
   */
  init(): Promise<void>;
  /** `flagged` = the peer's own decision at its recommended settings; `score` = its continuous risk. */
  score(text: string): Promise<{ flagged: boolean; score: number }>;
  /** Release worker threads or handles, if any. */
  close?(): Promise<void>;
}

/** Read a package's version from its package.json given its entry URL, or "unknown". */
export async function versionOf(pkg: string, fromDir?: string): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { REPO_ROOT } = await import('../dev-suite.js');
  for (const base of [join(REPO_ROOT, 'node_modules'), ...(fromDir === undefined ? [] : [join(fromDir, 'node_modules')])]) {
    try {
      return (JSON.parse(readFileSync(join(base, pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return 'not installed';
}
