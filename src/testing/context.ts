/**
 * @module testing/context — helpers for testing scanners in isolation (published later as
 * `prompt-bouncer/testing`): a view plus a context, as the engine would build them.
 */
import { createPlaceholderTable } from '../engine/placeholders.js';
import { createTextView } from '../text/view.js';
import { createModelHost } from '../models/host.js';
import type { ModelHost } from '../models/types.js';

let shared: ModelHost | undefined;
/** One host over the package's own models, shared by every test context (sessions load once). */
function testModelHost(): ModelHost {
  shared ??= createModelHost();
  return shared;
}
import type { Direction, PlaceholderTable, ScanContext, Scanner, TextView, Turn, Verdict } from '../types.js';

/** A scan context for tests. */
export function testContext(over: { direction?: Direction; prompt?: string; history?: readonly Turn[]; placeholders?: PlaceholderTable; signal?: AbortSignal; models?: ModelHost; systemPrompt?: string } = {}): ScanContext {
  return {
    direction: over.direction ?? 'input',
    prompt: over.prompt ?? '',
    history: over.history ?? [],
    placeholders: over.placeholders ?? createPlaceholderTable(),
    signal: over.signal ?? new AbortController().signal,
    models: over.models ?? testModelHost(),
    ...(over.systemPrompt === undefined ? {} : { systemPrompt: over.systemPrompt }),
  };
}

/** Run one scanner on `text` as the engine would (without thresholds or sanitizing). */
export async function runScanner(scanner: Scanner, text: string, ctx: Partial<Parameters<typeof testContext>[0]> = {}): Promise<Verdict & { view: TextView }> {
  const view = createTextView(text);
  const verdict = await scanner.scan(view, testContext({ prompt: text, ...ctx }));
  return { ...verdict, view };
}

/** Apply a verdict's replacements to `text` (what the engine's sanitizer step does). */
export { applyReplacements } from '../engine/sanitize.js';
