/**
 * @module bench/role-prompts-dev — the DEVELOPMENT split of the public role-prompt set
 * (`awesome-chatgpt-prompts`, "I want you to act as…"): the ~930 rows that the seeded 600-row
 * sample `bench/quality.ts` scores as `chatgpt-role-prompts` leaves out (`outsideSample` in
 * `bench/dev-suite.ts` draws that sample exactly as `loadSuite` does and takes the complement).
 * Scans them with the same pipeline and decision as the quality table's "rules alone" column
 * (`createBouncer({ scanners: promptAttacks() })`, flagged = recommendation !== 'allow') and prints
 * every flagged row with the scanners that fired and the excerpts they matched.
 *
 * The 600-row sample stays held out: this script never prints, counts by row, or otherwise
 * inspects it — its only figure is the aggregate flag count that `bench/quality.ts` prints.
 *
 * Run: `npm run -s build && npx tsx bench/role-prompts-dev.ts [--near]` (`--near`: also list rows
 * that pass with a scanner at ≥ 0.3, the ones a small change could tip over).
 */
import type { Scanner } from '../src/types.js';
import { outsideSample } from './dev-suite.js';
import { loadLibrary } from './library.js';

const EXCERPT = 60;

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

async function main(): Promise<void> {
  const near = process.argv.includes('--near');
  const rows = outsideSample('chatgpt-role-prompts');
  const { lib, build } = await loadLibrary();
  const bouncer = await lib.createBouncer({ scanners: lib.promptAttacks() as Scanner[] });
  let flagged = 0;
  let nearCount = 0;
  const byScanner = new Map<string, number>();
  for (const [i, text] of rows.entries()) {
    const r = await bouncer.scanInput(text);
    const isFlagged = r.recommendation !== 'allow';
    const hot = r.detections.filter((d) => d.detected || (near && d.score >= 0.3));
    if (!isFlagged && (!near || hot.length === 0)) continue;
    if (isFlagged) flagged++;
    else nearCount++;
    console.log(`\n#${i} ${isFlagged ? 'FLAGGED' : 'near'} ${r.recommendation} risk ${r.riskScore.toFixed(2)} · ${text.length} chars · ${oneLine(text.slice(0, 90))}`);
    for (const d of hot) {
      if (isFlagged && d.detected) byScanner.set(d.scannerId, (byScanner.get(d.scannerId) ?? 0) + 1);
      console.log(`  ${d.scannerId} ${d.score.toFixed(2)}${d.detected ? ' detected' : ''}`);
      for (const m of d.matches.slice(0, 6)) {
        const a = Math.max(0, m.start - EXCERPT);
        const b = Math.min(text.length, m.end + EXCERPT);
        console.log(`    [${m.label ?? ''}] …${oneLine(text.slice(a, m.start))}«${oneLine(text.slice(m.start, m.end))}»${oneLine(text.slice(m.end, b))}…`);
      }
    }
  }
  console.log(`\nrole prompts outside the held-out sample (dev split), promptAttacks(), ${build}: flagged ${flagged} of ${rows.length} (${((100 * flagged) / rows.length).toFixed(2)} %)${near ? `; ${nearCount} more pass with a scanner ≥ 0.3` : ''}`);
  for (const [id, n] of [...byScanner].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(36)} ${n}`);
}

await main();
