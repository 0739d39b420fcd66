/**
 * @module bench/peers/hai-guardrails — `@presidio-dev/hai-guardrails`, a guard engine whose
 * injection and leakage guards have three modes: heuristic (keyword similarity in worker
 * threads), pattern (regexes) and language-model (needs an LLM).
 *
 * Settings: the README's recommended local setup, `injectionGuard({ roles: ['user'] },
 * { mode: 'heuristic', threshold: 0.7 })`, plus `leakageGuard` in the same mode and threshold
 * (system-prompt extraction is part of the attack suite). `flagged` = some guard fails; score =
 * the highest guard score. The language-model mode is not run: it needs an LLM and a key.
 *
 * Version 1.11.1, not the newest: 1.12.0 runs its heuristic tactic in a piscina worker whose path
 * is baked in from the publisher's CI machine (`/home/runner/work/...`), so it crashes on import
 * anywhere else. 1.11.1 runs the same heuristic in process, but slowly: measured here ~5 s for a
 * 180-character prompt and ~23 s for 1 KB, so `bench/quality.ts` reports it as n/a unless
 * `BENCH_HAI=1` (then it scores a small capped sample).
 *
 * Not a devDependency: the package declares peer dependencies `typescript@^5` and
 * `@langchain/core`, and the first conflicts with this repo's TypeScript 6, so adding it
 * would make every plain `npm install` / `npm ci` fail with ERESOLVE. Install it beside the
 * repo instead and point `BENCH_PEERS_DIR` at that folder:
 *
 *   mkdir -p ~/.cache/pb-peers && cd ~/.cache/pb-peers && npm init -y >/dev/null &&
 *   npm install --save-exact --legacy-peer-deps @presidio-dev/hai-guardrails@1.11.1 @langchain/core@0.3.80
 *   BENCH_PEERS_DIR=~/.cache/pb-peers npx tsx bench/quality.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../dev-suite.js';
import type { PeerAdapter } from './types.js';

const PKG = '@presidio-dev/hai-guardrails';

type Engine = { run(messages: Array<{ role: string; content: string }>): Promise<{ messagesWithGuardResult: Array<{ messages: Array<{ passed: boolean; additionalFields?: { score?: number } }> }> }> };

/** Find the package: the repo's node_modules first, then `$BENCH_PEERS_DIR/node_modules`. */
function locate(): { dir: string; entry: string; version: string } | undefined {
  const bases = [join(REPO_ROOT, 'node_modules'), ...(process.env.BENCH_PEERS_DIR ? [join(process.env.BENCH_PEERS_DIR, 'node_modules')] : [])];
  for (const base of bases) {
    const dir = join(base, PKG);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; module?: string; exports?: Record<string, { import?: string | { default?: string } }> };
    const imp = pj.exports?.['.']?.import;
    const rel = typeof imp === 'string' ? imp : (imp?.default ?? pj.module ?? './dist/index.js');
    return { dir, entry: join(dir, rel), version: pj.version };
  }
  return undefined;
}

/** Make the adapter. */
export function haiGuardrailsPeer(): PeerAdapter {
  let engine: Engine | undefined;
  return {
    name: PKG,
    version: 'not installed',
    call: "GuardrailsEngine([injectionGuard({roles:['user']},{mode:'heuristic',threshold:0.7}), leakageGuard(same)]).run([{role:'user',content:text}]); flagged = any guard fails; score = max guard score",
    async init() {
      const found = locate();
      if (found === undefined) throw new Error('not installed (peer deps conflict with TypeScript 6; set BENCH_PEERS_DIR, see bench/README.md)');
      this.version = found.version;
      const mod = (await import(pathToFileURL(found.entry).href)) as {
        GuardrailsEngine: new (o: { guards: unknown[]; logLevel?: string }) => Engine;
        injectionGuard: (o: object, e: object) => unknown;
        leakageGuard: (o: object, e: object) => unknown;
      };
      const extra = { mode: 'heuristic', threshold: 0.7 };
      engine = new mod.GuardrailsEngine({ guards: [mod.injectionGuard({ roles: ['user'] }, extra), mod.leakageGuard({ roles: ['user'] }, extra)], logLevel: 'silent' });
    },
    async score(text) {
      const r = await (engine as Engine).run([{ role: 'user', content: text }]);
      let flagged = false;
      let score = 0;
      for (const g of r.messagesWithGuardResult) {
        for (const m of g.messages) {
          if (!m.passed) flagged = true;
          score = Math.max(score, m.additionalFields?.score ?? 0);
        }
      }
      return { flagged, score };
    },
    async close() {
      // Its heuristic tactic keeps a piscina worker pool alive; quality.ts exits explicitly.
    },
  };
}
