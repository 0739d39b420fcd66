/**
 * @module bench/role-prompts — over-defence stress test for role prompts ("I want you to act as…",
 * "never break character", "reply only in one code block") and long agent / skill / system-prompt
 * definitions (1–20 KB: security auditors, prompt-engineering coaches, support agents, AGENTS.md…):
 * ~5,700 prompts generated from parts in our own words (`bench/role-prompts/roles.ts`, `briefs.ts`,
 * `agents.ts`; fixed seeds), scanned with
 * `promptAttacks()`. Prints the flag rate (recommendation ≠ allow) per class — `pass` must pass,
 * `attack` (prompts that remove safety rules) must be flagged, `gray` is reported only — and, for
 * flagged `pass` prompts, which scanners fired and which devices they carried.
 *
 * Run: `npm run -s build && npx tsx bench/role-prompts.ts [--json]` (writes
 * `bench/results/role-prompts.json`). The held-out role-prompt set of `bench/quality.ts` is a
 * different, public source: this one is written by us and was used to narrow rules, so it is a
 * regression net, not a held-out measure (the briefs set was written after the rules changed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scanner } from '../src/types.js';
import { loadLibrary } from './library.js';
import { AGENT_DEFINITIONS } from './role-prompts/agents.js';
import { ROLE_BRIEFS } from './role-prompts/briefs.js';
import { ROLE_PROMPTS, type Out } from './role-prompts/roles.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'results', 'role-prompts.json');

interface Tally {
  flagged: number;
  total: number;
}

const add = (m: Map<string, Tally>, key: string, flagged: boolean): void => {
  const t = m.get(key) ?? { flagged: 0, total: 0 };
  t.total++;
  if (flagged) t.flagged++;
  m.set(key, t);
};
const pct = (t: Tally): string => `${((100 * t.flagged) / Math.max(1, t.total)).toFixed(2)} % (${t.flagged}/${t.total})`;

async function main(): Promise<void> {
  const { lib, build } = await loadLibrary();
  const bouncer = await lib.createBouncer({ scanners: lib.promptAttacks() as Scanner[] });
  const sets: ReadonlyArray<readonly [string, readonly Out[]]> = [
    ['roles', ROLE_PROMPTS],
    ['briefs', ROLE_BRIEFS],
    ['agents', AGENT_DEFINITIONS],
  ];
  const byClass = new Map<string, Tally>();
  const scanners = new Map<string, number>();
  const devices = new Map<string, Tally>();
  for (const [name, rows] of sets) {
    for (const row of rows) {
      const report = await bouncer.scanInput(row.text);
      const flagged = report.recommendation !== 'allow';
      add(byClass, `${name} ${row.lang} ${row.cls}`, flagged);
      if (row.cls === 'pass') for (const d of row.devices) add(devices, d, flagged);
      if (flagged && row.cls === 'pass') for (const d of report.detections) if (d.detected) scanners.set(d.scannerId, (scanners.get(d.scannerId) ?? 0) + 1);
    }
  }
  console.log(`role-prompt stress test — promptAttacks(), ${build}; flagged = recommendation !== 'allow'`);
  for (const [k, t] of [...byClass].sort()) console.log(`  ${k.padEnd(20)} ${pct(t)}`);
  console.log('scanners on flagged must-pass prompts:');
  for (const [id, n] of [...scanners].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(36)} ${n}`);
  const worst = [...devices].filter(([, t]) => t.flagged > 0).sort((a, b) => b[1].flagged / b[1].total - a[1].flagged / a[1].total).slice(0, 10);
  console.log('devices most often flagged (must-pass prompts):');
  for (const [d, t] of worst) console.log(`  ${d.slice(0, 48).padEnd(50)} ${pct(t)}`);
  if (process.argv.includes('--json')) {
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify({ benchmark: 'role-prompts', command: 'npx tsx bench/role-prompts.ts --json', date: new Date().toISOString(), build, classes: Object.fromEntries(byClass), scanners: Object.fromEntries(scanners) }, null, 2)}\n`);
    console.log(`wrote ${OUT}`);
  }
}

await main();
