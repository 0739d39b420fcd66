/**
 * @module bench/peers/aidefence — `@claude-flow/aidefence`, a pattern-based "AI manipulation
 * defence" (instruction override, jailbreak, role switching, context manipulation, encoding).
 *
 * Settings: `createAIDefence()` defaults (learning off, no AgentDB vector store: the optional
 * HNSW search only matters once it has learned patterns). `flagged` = `!result.safe` (the
 * library's own verdict: any threat pattern matched); score = the highest threat confidence.
 * PII findings do not change `safe`, so they do not count.
 */
import type { PeerAdapter } from './types.js';
import { versionOf } from './types.js';

type Detect = (input: string) => Promise<{ safe: boolean; threats: Array<{ confidence: number }> }>;

/** Make the adapter. */
export function aidefencePeer(): PeerAdapter {
  let detect: Detect | undefined;
  return {
    name: '@claude-flow/aidefence',
    version: 'not installed',
    call: 'createAIDefence().detect(text); flagged = !safe; score = max threat confidence',
    async init() {
      this.version = await versionOf('@claude-flow/aidefence');
      const mod = (await import('@claude-flow/aidefence')) as unknown as { createAIDefence: (c?: object) => { detect: Detect } };
      const inst = mod.createAIDefence();
      detect = (t) => inst.detect(t);
    },
    async score(text) {
      const r = await (detect as Detect)(text);
      const max = r.threats.reduce((m, t) => Math.max(m, t.confidence), 0);
      return { flagged: !r.safe, score: max };
    },
  };
}
