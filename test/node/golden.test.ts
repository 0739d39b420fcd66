/**
 * The one golden-file runner. Every `test/golden/<category>/<name>.jsonl` belongs to the catalogue
 * scanner `<category>/<name>` (resolved through `findScanner`, the CLI's string → scanner map) and
 * holds one case per line:
 *
 * ```json
 * {"id":"…","text":"…","direction":"input"|"output","prompt":"(output only)",
 *  "options":{…optional factory options…},"expect":{"detected":true,"minScore":0.6,"maxScore":1}}
 * ```
 *
 * Each case runs through `createBouncer({ scanners: [scanner] })`, so thresholds, chunking and the
 * whole engine path apply. Orphan files (no such scanner) and catalogue scanners without a file
 * fail, except scanners that need options, whose cases must carry `options`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, findScanner, type CatalogEntry } from '../../src/cli/registry.js';
import { createBouncer } from '../../src/engine/create-bouncer.js';
import type { Bouncer } from '../../src/types.js';

const GOLDEN = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'golden');

interface GoldenCase {
  readonly id: string;
  readonly text: string;
  readonly direction: 'input' | 'output';
  readonly prompt?: string;
  readonly options?: Record<string, unknown>;
  /** Earlier turns (for the scanners that read conversation history). */
  readonly history?: ReadonlyArray<{ readonly role: 'user' | 'assistant'; readonly content: string }>;
  readonly expect: { readonly detected: boolean; readonly minScore?: number; readonly maxScore?: number };
}

interface GoldenFile {
  /** `category/name`. */
  readonly scannerId: string;
  readonly path: string;
  readonly cases: ReadonlyArray<{ readonly line: number; readonly parsed: GoldenCase | undefined; readonly problem: string | undefined }>;
}

const CASE_KEYS = new Set(['id', 'text', 'direction', 'prompt', 'options', 'history', 'expect', 'note']);
const EXPECT_KEYS = new Set(['detected', 'minScore', 'maxScore']);

/** Validate one parsed line; returns a problem description or undefined. */
function problemOf(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'not a JSON object';
  const o = x as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !CASE_KEYS.has(k));
  if (unknown.length > 0) return `unknown keys ${unknown.join(', ')}`;
  if (typeof o.id !== 'string' || o.id.length === 0) return 'id must be a non-empty string';
  if (typeof o.text !== 'string') return 'text must be a string';
  if (o.direction !== 'input' && o.direction !== 'output') return 'direction must be "input" or "output"';
  if (o.prompt !== undefined && typeof o.prompt !== 'string') return 'prompt must be a string';
  if (o.options !== undefined && (typeof o.options !== 'object' || o.options === null || Array.isArray(o.options))) return 'options must be an object';
  if (o.history !== undefined && !(Array.isArray(o.history) && o.history.every((t: unknown) => typeof t === 'object' && t !== null && ((t as { role?: unknown }).role === 'user' || (t as { role?: unknown }).role === 'assistant') && typeof (t as { content?: unknown }).content === 'string'))) return 'history must be an array of { role: "user" | "assistant", content }';
  const e = o.expect as Record<string, unknown> | undefined;
  if (typeof e !== 'object' || e === null) return 'expect must be an object';
  const unknownExpect = Object.keys(e).filter((k) => !EXPECT_KEYS.has(k));
  if (unknownExpect.length > 0) return `unknown expect keys ${unknownExpect.join(', ')}`;
  if (typeof e.detected !== 'boolean') return 'expect.detected must be true or false';
  for (const k of ['minScore', 'maxScore'] as const) {
    if (e[k] !== undefined && !(typeof e[k] === 'number' && e[k] >= 0 && e[k] <= 1)) return `expect.${k} must be a number from 0 to 1`;
  }
  return undefined;
}

function loadGoldenFiles(): GoldenFile[] {
  const files: GoldenFile[] = [];
  let categories: string[] = [];
  try {
    categories = readdirSync(GOLDEN).filter((c) => statSync(join(GOLDEN, c)).isDirectory()).sort();
  } catch {
    return files;
  }
  for (const category of categories) {
    for (const name of readdirSync(join(GOLDEN, category)).sort()) {
      if (!name.endsWith('.jsonl')) continue;
      const path = join(GOLDEN, category, name);
      const cases = readFileSync(path, 'utf8')
        .split('\n')
        .map((text, i) => ({ text, line: i + 1 }))
        .filter((l) => l.text.trim().length > 0)
        .map(({ text, line }) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch (e) {
            return { line, parsed: undefined, problem: `invalid JSON: ${(e as Error).message}` };
          }
          const problem = problemOf(parsed);
          return { line, parsed: problem === undefined ? (parsed as GoldenCase) : undefined, problem };
        });
      files.push({ scannerId: `${category}/${name.slice(0, -'.jsonl'.length)}`, path: `test/golden/${category}/${name}`, cases });
    }
  }
  return files;
}

const FILES = loadGoldenFiles();
const summary: string[] = [];

afterAll(() => {
  if (summary.length > 0) console.log(`[golden] ${FILES.reduce((n, f) => n + f.cases.length, 0)} cases in ${FILES.length} files\n  ${summary.sort().join('\n  ')}`);
});

describe('golden files: coverage of the catalogue', () => {
  it('every golden file belongs to a catalogue scanner (no orphans)', () => {
    const orphans = FILES.filter((f) => findScanner(f.scannerId)?.id !== f.scannerId).map((f) => f.path);
    expect(orphans).toEqual([]);
  });

  it('every catalogue scanner that runs with default options has a golden file', () => {
    const have = new Set(FILES.map((f) => f.scannerId));
    const missing = CATALOG.filter((e) => !e.needsOptions && !have.has(e.id)).map((e) => `test/golden/${e.id}.jsonl`);
    expect(missing).toEqual([]);
  });
});

/** Bouncers are built once per scanner and options. */
const bouncers = new Map<string, Promise<{ bouncer: Bouncer; id: string; kind: string }>>();
function bouncerFor(entry: CatalogEntry, options: Record<string, unknown> | undefined): Promise<{ bouncer: Bouncer; id: string; kind: string }> {
  const key = `${entry.id}\u0000${JSON.stringify(options ?? null)}`;
  let p = bouncers.get(key);
  if (p === undefined) {
    p = (async () => {
      const scanner = entry.create(options);
      return { bouncer: await createBouncer({ scanners: [scanner] }), id: scanner.id, kind: scanner.kind };
    })();
    bouncers.set(key, p);
  }
  return p;
}

for (const file of FILES) {
  describe(file.path, () => {
    const entry = findScanner(file.scannerId);
    const ids = file.cases.map((c) => c.parsed?.id);
    const positives = file.cases.filter((c) => c.parsed?.expect.detected === true).length;
    summary.push(`${file.path}: ${file.cases.length} cases (${positives} positive, ${file.cases.length - positives} negative)`);

    it('is well formed (valid lines, unique ids)', () => {
      expect(file.cases.filter((c) => c.problem !== undefined).map((c) => `line ${c.line}: ${c.problem}`)).toEqual([]);
      expect(ids.filter((id, i) => id !== undefined && ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
      expect(file.cases.length).toBeGreaterThan(0);
    });

    for (const c of file.cases) {
      const g = c.parsed;
      if (g === undefined || entry === undefined || entry.id !== file.scannerId) continue;
      const label = `${g.id} (line ${c.line}): ${g.expect.detected ? 'detected' : 'not detected'}`;
      it(label, async () => {
        if (entry.needsOptions && g.options === undefined) {
          throw new Error(`${entry.id} needs options: add "options": {…} to this line`);
        }
        const { bouncer, id, kind } = await bouncerFor(entry, g.options);
        if (kind !== 'both' && kind !== g.direction) throw new Error(`${id} runs only on ${kind} scans; this case is ${g.direction}`);
        const opts = g.history === undefined ? {} : { history: g.history };
        const report = g.direction === 'input' ? await bouncer.scanInput(g.text, opts) : await bouncer.scanOutput(g.prompt ?? '', g.text, opts);
        // Empty or whitespace-only text is answered before any scanner runs: "not detected".
        if (report.input.issues.includes('empty')) {
          expect(report.detections).toEqual([]);
          expect(g.expect.detected, 'the engine never runs scanners on empty text').toBe(false);
          return;
        }
        const d = report.detections.find((x) => x.scannerId === id);
        expect(d, `no detection from ${id}`).toBeDefined();
        if (d === undefined) return;
        expect(d.error, `scanner error: ${d.error?.message}`).toBeUndefined();
        const why = `score ${d.score} (threshold ${d.threshold}): ${d.explanation}`;
        expect(d.detected, why).toBe(g.expect.detected);
        if (g.expect.minScore !== undefined) expect(d.score, why).toBeGreaterThanOrEqual(g.expect.minScore);
        if (g.expect.maxScore !== undefined) expect(d.score, why).toBeLessThanOrEqual(g.expect.maxScore);
      });
    }
  });
}
