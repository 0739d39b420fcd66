/**
 * @module bench/peers/vard — `@andersmyrmel/vard`, a rule-based prompt-injection validator.
 *
 * Settings: vard's default preset ("moderate", threshold 0.7) decides `flagged`; the instance is
 * built with `.threshold(0)` so every matched threat comes back and the highest severity can
 * serve as the continuous score (for AUC). `flagged` = some threat has severity ≥ 0.7, which is
 * exactly what the moderate preset blocks. `maxLength` is raised to 10 MiB as in bench/rules.ts,
 * so long prompts are judged on content, not rejected for length.
 */
import type { PeerAdapter } from './types.js';
import { versionOf } from './types.js';

type VardResult = { safe: boolean; threats?: Array<{ severity: number }> };
type Vard = { safeParse(input: string): VardResult };

/** Make the adapter. */
export function vardPeer(): PeerAdapter {
  let v: Vard | undefined;
  return {
    name: '@andersmyrmel/vard',
    version: 'not installed',
    call: 'vard().maxLength(10 MiB).threshold(0).safeParse(text); flagged = max severity >= 0.7 (moderate preset); score = max severity',
    async init() {
      this.version = await versionOf('@andersmyrmel/vard');
      const mod = (await import('@andersmyrmel/vard')) as unknown as { default: () => { maxLength(n: number): { threshold(t: number): Vard } } };
      v = mod.default().maxLength(10 * 1024 * 1024).threshold(0);
    },
    async score(text) {
      const r = (v as Vard).safeParse(text);
      const max = (r.threats ?? []).reduce((m, t) => Math.max(m, t.severity), 0);
      return { flagged: max >= 0.7, score: max };
    },
  };
}
