/**
 * @module cli/options — the command-line options `scan` and `eval` share (one definition, so the two
 * commands cannot drift apart).
 */

/**
 * `parseArgs` option specs common to `scan` and `eval`: scanner choice, config, aggregation, error
 * policy, concurrency, output.
 *
 * @example
 * ```ts
 * parseArgs({ args, options: { ...SHARED_OPTIONS, decision: { type: 'string' } } });
 * ```
 */
export const SHARED_OPTIONS = {
  json: { type: 'boolean' },
  scanners: { type: 'string' },
  config: { type: 'string' },
  aggregate: { type: 'string' },
  'block-on-error': { type: 'boolean' },
  concurrency: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
