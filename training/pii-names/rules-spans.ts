/**
 * @module training/pii-names/rules-spans — writes the rule recogniser's PERSON spans for every
 * presidio sentence (`training/.data/pii-names/rules.jsonl`), so `train.py` can compare the model
 * with the rules and with rules ∪ model on exactly the same split and metric as the bench.
 * Run: `npx tsx training/pii-names/rules-spans.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../bench/dev-suite.js';
import { findNames, loadNameLexicon } from '../../src/scanners/pii/names.js';
import { loadPresidio } from './corpus.js';

const rows = loadPresidio();
if (rows === undefined) throw new Error('presidio-synthetic-pii not found');
const lex = await loadNameLexicon();
const out = join(REPO_ROOT, 'training', '.data', 'pii-names');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'rules.jsonl'),
  rows.map((r) => JSON.stringify({ text: r.text, split: r.split, person: findNames(r.text, lex).map((h) => [h.start, h.end, h.confidence]) })).join('\n') + '\n',
);
console.log(`wrote ${rows.length} rows`);
