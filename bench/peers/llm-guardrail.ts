/**
 * @module bench/peers/llm-guardrail — `llm_guardrail`, TF-IDF + logistic-regression models
 * shipped in the package (runs offline; no download).
 *
 * Settings: its prompt-attack checks only, `checkInjection` and `checkJailbreak`, at the
 * package's own decision (prediction = 1). The third model, `checkMalicious`, flags harmful
 * *topics* (a content-moderation task, not a prompt attack) and is left out, as it would be
 * for our detectors. `flagged` = either check detects; score = the higher positive-class
 * probability.
 */
import type { PeerAdapter } from './types.js';
import { versionOf } from './types.js';

type Check = (t: string) => Promise<{ detected: boolean; confidence: number }>;

/** Make the adapter. */
export function llmGuardrailPeer(): PeerAdapter {
  let inj: Check | undefined;
  let jb: Check | undefined;
  return {
    name: 'llm_guardrail',
    version: 'not installed',
    call: 'checkInjection(text) + checkJailbreak(text); flagged = either detected; score = max confidence',
    async init() {
      this.version = await versionOf('llm_guardrail');
      // The package ships no type declarations; a non-literal specifier keeps tsc from resolving it.
      const spec = 'llm_guardrail';
      const mod = (await import(spec)) as unknown as { checkInjection: Check; checkJailbreak: Check };
      inj = mod.checkInjection;
      jb = mod.checkJailbreak;
      // Load both models now so the first timed call does not pay for JSON parsing.
      await inj('warm up');
      await jb('warm up');
    },
    async score(text) {
      const [a, b] = await Promise.all([(inj as Check)(text), (jb as Check)(text)]);
      return { flagged: a.detected || b.detected, score: Math.max(a.confidence, b.confidence) };
    },
  };
}
