/**
 * @module test/own-texts — every text of the golden cases and fixtures (`test/golden`,
 * `test/fixtures`; our own words): the `text`, `prompt` and `response` fields of each JSONL row.
 * Used by tests that check a property over all of them and by `bench/snapshot.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The texts under `<repo>/test/golden` and `<repo>/test/fixtures`, in directory order. */
export function ownTexts(repoRoot: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.jsonl')) {
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          if (line.trim() === '') continue;
          const o = JSON.parse(line) as Record<string, unknown>;
          for (const k of ['text', 'prompt', 'response']) if (typeof o[k] === 'string') out.push(o[k] as string);
        }
      }
    }
  };
  walk(join(repoRoot, 'test', 'golden'));
  walk(join(repoRoot, 'test', 'fixtures'));
  return out;
}
