/**
 * @module bench/bands — where each prompt-attack detector's scores fall on data we may tune on: the
 * `tune` split of `bench/dev-suite.ts`, our own fixtures (`test/fixtures/prompt-attacks`) and the
 * role-prompt stress set (`bench/role-prompts/`). Per detector and score band, attack rows / benign
 * rows. It answers "would a lower threshold buy recall cheaply?" without looking at the dev split
 * (whose benign sets are easier than ours: its own calibration table in `bench/quality.ts` says the
 * 0.3–0.5 bands are nearly all attacks; here they are not).
 *
 * Run: `npx tsx bench/bands.ts` (`--json` for machines). Needs `../shared/datasets` for the tune split;
 * without it, only the own and stress rows count.
 */
import { parseArgs } from 'node:util';
import type { Scanner } from '../src/types.js';
import { datasetsDir, loadSuite, ownFixtures } from './dev-suite.js';
import { loadLibrary } from './library.js';
import { ROLE_BRIEFS } from './role-prompts/briefs.js';
import { ROLE_PROMPTS } from './role-prompts/roles.js';

const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
const EDGES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7] as const;
const BANDS = ['0.2–0.3', '0.3–0.4', '0.4–0.5', '0.5–0.6', '0.6–0.7', '≥ 0.7'];
function bandOf(score: number): number {
  for (let i = EDGES.length - 1; i >= 0; i--) if (score >= (EDGES[i] as number)) return i;
  return -1;
}

async function main(): Promise<void> {
  const { lib } = await loadLibrary();
  const bouncer = await lib.createBouncer({ scanners: lib.promptAttacks() as Scanner[] });
  let tune: ReturnType<typeof loadSuite> = [];
  try {
    datasetsDir();
    tune = loadSuite({ splits: ['tune'], maxRows: 100_000 });
  } catch {
    console.error('bands: ../shared/datasets not found; tune rows left out');
  }
  const own = ownFixtures();
  const stress = [...ROLE_PROMPTS, ...ROLE_BRIEFS];
  const groups: ReadonlyArray<{ name: string; attack: boolean; rows: readonly string[] }> = [
    { name: 'tune attack sets', attack: true, rows: tune.filter((s) => s.kind === 'attack').flatMap((s) => [...s.rows]) },
    { name: 'own attack fixtures', attack: true, rows: own.filter((s) => s.kind === 'attack').flatMap((s) => [...s.rows]) },
    { name: 'stress: safety-removing role prompts', attack: true, rows: stress.filter((r) => r.cls === 'attack').map((r) => r.text) },
    { name: 'tune benign sets', attack: false, rows: tune.filter((s) => s.kind === 'benign').flatMap((s) => [...s.rows]) },
    { name: 'own benign fixtures', attack: false, rows: own.filter((s) => s.kind === 'benign').flatMap((s) => [...s.rows]) },
    { name: 'stress: must-pass role prompts and briefs', attack: false, rows: stress.filter((r) => r.cls === 'pass').map((r) => r.text) },
  ];
  const table = new Map<string, { attack: number[]; benign: number[] }>();
  const totals = { attack: 0, benign: 0, attackFlagged: 0, benignFlagged: 0 };
  for (const g of groups) {
    let done = 0;
    for (const text of g.rows) {
      const report = await bouncer.scanInput(text);
      if (g.attack) {
        totals.attack++;
        if (report.recommendation !== 'allow') totals.attackFlagged++;
      } else {
        totals.benign++;
        if (report.recommendation !== 'allow') totals.benignFlagged++;
      }
      for (const d of report.detections) {
        const b = bandOf(d.score);
        if (b < 0) continue;
        let row = table.get(d.scannerId);
        if (row === undefined) table.set(d.scannerId, (row = { attack: BANDS.map(() => 0), benign: BANDS.map(() => 0) }));
        const counts = g.attack ? row.attack : row.benign;
        counts[b] = (counts[b] ?? 0) + 1;
      }
      if (++done % 2000 === 0) process.stderr.write(`  ${g.name}: ${done}/${g.rows.length}\n`);
    }
  }
  const rows = [...table].sort((a, b) => a[0].localeCompare(b[0]));
  if (values.json === true) {
    console.log(JSON.stringify({ command: 'npx tsx bench/bands.ts --json', groups: groups.map((g) => ({ name: g.name, attack: g.attack, rows: g.rows.length })), totals, bands: BANDS, detectors: Object.fromEntries(rows) }, null, 2));
    return;
  }
  console.log('prompt-attack detectors: score bands on tune + own + stress rows (attack rows / benign rows)');
  for (const g of groups) console.log(`  ${g.name.padEnd(44)} ${String(g.rows.length).padStart(6)} ${g.attack ? 'attack' : 'benign'}`);
  console.log(`flagged at the shipped thresholds: ${totals.attackFlagged}/${totals.attack} attack rows, ${totals.benignFlagged}/${totals.benign} benign rows`);
  console.log(`${'detector'.padEnd(34)}${BANDS.map((b) => b.padStart(12)).join('')}`);
  for (const [id, r] of rows) console.log(`${id.padEnd(34)}${r.attack.map((a, i) => `${a}/${r.benign[i]}`.padStart(12)).join('')}`);
}

await main();
