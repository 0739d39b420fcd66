/**
 * @module scanners/content/json — JSON: a response that should carry JSON but carries too little,
 * or carries it broken. Blocks are found and repaired by `./json-repair.ts` (fenced and bare,
 * without eval); repaired JSON can replace the broken text.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, Verdict } from '../../types.js';
import { checkBoolean, defineScanner } from '../define.js';
import { findJson } from './json-repair.js';

/**
 * Options of {@link contentJson}.
 *
 * @example
 * ```ts
 * const o: JsonOptions = { required: 1, repair: true };
 * ```
 */
export interface JsonOptions {
  /** How many JSON values the response must hold (default 0: only broken JSON is flagged). */
  readonly required?: number;
  /** Rewrite repairable JSON with the repaired text; repaired blocks then count as valid (default false). */
  readonly repair?: boolean;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedJsonOptions {
  readonly required: number;
  readonly repair: boolean;
}

/** Too few valid JSON values. */
const SCORE_MISSING = 1;
/** JSON that does not parse as written. */
const SCORE_BROKEN = 0.8;

/**
 * JSON scanner (`content/json`, output scans). Flags (score 1) a response with fewer than
 * `required` valid JSON values, and (score 0.8) one holding JSON that does not parse as written —
 * a fenced block that cannot be read at all, or any block that needed repair. With `repair`, the
 * scanner is a sanitizer (order 70, mitigating): each repairable block is replaced by its repaired
 * text and counts towards `required`.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentJson({ required: 1, repair: true })] });
 * const r = await bouncer.scanOutput('Give me JSON', "{name: 'Ada', langs: ['en', 'fr',]}");
 * r.sanitized; // '{"name":"Ada","langs":["en","fr"]}'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentJson(options: JsonOptions = {}): Scanner<ResolvedJsonOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/json: options must be an object');
  for (const key of Object.keys(options)) if (key !== 'required' && key !== 'repair') throw new ConfigError(`content/json: unknown option "${key}"`);
  const required = options.required ?? 0;
  if (typeof required !== 'number' || !Number.isInteger(required) || required < 0) throw new ConfigError(`content/json: required must be a whole number of 0 or more, got ${String(options.required)}`);
  const repair = checkBoolean(options.repair, 'content/json: repair', false);
  const resolved: ResolvedJsonOptions = Object.freeze({ required, repair });
  const base = {
    id: 'content/json',
    kind: 'output' as const,
    category: 'content' as const,
    severity: 'low' as const,
    description: 'Missing or broken JSON in a response (fenced or bare; repairs trailing commas, quotes, unquoted keys, cut-off brackets without eval)',
    threshold: 0.5,
    options: resolved,
    wholeText: true,
    scan(view: Parameters<Scanner['scan']>[0]): Verdict {
      const text = view.normalized;
      const blocks = findJson(text);
      const valid = blocks.filter((b) => b.status === 'valid').length;
      const repaired = blocks.filter((b) => b.status === 'repaired');
      const broken = blocks.filter((b) => b.status === 'broken');
      const usable = valid + (repair ? repaired.length : 0);
      const matches: Match[] = [];
      for (const b of [...repaired, ...broken].sort((x, y) => x.start - y.start)) {
        const span = view.toRaw(b.start, b.end);
        const label = b.status === 'broken' ? 'json:broken' : 'json:repairable';
        matches.push(repair && b.repaired !== undefined ? { ...span, label, replacement: b.repaired } : { ...span, label });
      }
      const counts = `${blocks.length} JSON block${blocks.length === 1 ? '' : 's'}: ${valid} valid, ${repaired.length} repairable, ${broken.length} broken`;
      if (usable < required) return { score: SCORE_MISSING, matches, explanation: `Needs ${required} valid JSON value${required === 1 ? '' : 's'}, found ${usable} (${counts}).` };
      if (repaired.length > 0 || broken.length > 0) return { score: SCORE_BROKEN, matches, explanation: `${counts}${repair && repaired.length > 0 ? '; repaired in the sanitized text' : ''}.` };
      return { score: 0, explanation: blocks.length === 0 ? 'No JSON found.' : `${counts}.` };
    },
  };
  return repair ? defineScanner<ResolvedJsonOptions>({ ...base, sanitizer: { order: 70, mitigates: true } }) : defineScanner<ResolvedJsonOptions>(base);
}
