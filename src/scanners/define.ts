/**
 * @module scanners/define — the one way scanners are built: validates metadata once, freezes the
 * object, and gives option checks a shared vocabulary of {@link ConfigError}s.
 */
import { ConfigError } from '../errors.js';
import type { Scanner, Severity } from '../types.js';

const ID = /^[a-z][a-z0-9]*\/[a-z0-9][a-z0-9-]*$/;
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/**
 * Validate and freeze a scanner. Throws {@link ConfigError} synchronously for bad metadata.
 *
 * @example
 * ```ts
 * export const policyShouting = () => defineScanner({ id: 'policy/shouting', kind: 'input', category: 'policy',
 *   severity: 'low', description: 'All caps', threshold: 0.5, options: {}, scan: (v) => ({ score: 0 }) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineScanner<O extends object>(scanner: Scanner<O>): Scanner<O> {
  if (!ID.test(scanner.id)) throw new ConfigError(`scanner id "${scanner.id}" must look like "category/name" (lowercase, digits, dashes)`);
  if (!SEVERITIES.includes(scanner.severity)) throw new ConfigError(`scanner ${scanner.id}: unknown severity "${String(scanner.severity)}"`);
  checkUnit(scanner.threshold, `scanner ${scanner.id}: threshold`);
  if (typeof scanner.scan !== 'function') throw new ConfigError(`scanner ${scanner.id}: scan must be a function`);
  return Object.freeze({ ...scanner, options: Object.freeze({ ...scanner.options }) });
}

/** Throws unless `x` is a finite number in [0, 1]. */
export function checkUnit(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 1) throw new ConfigError(`${what} must be a number from 0 to 1, got ${String(x)}`);
  return x;
}

/** Throws unless `x` is a positive integer (or undefined, returning `fallback`). */
export function checkPositiveInt(x: unknown, what: string, fallback: number): number {
  if (x === undefined) return fallback;
  if (typeof x !== 'number' || !Number.isInteger(x) || x <= 0) throw new ConfigError(`${what} must be a positive integer, got ${String(x)}`);
  return x;
}

/** Throws unless `x` is an array of strings (or undefined, returning `fallback`). */
export function checkStringArray(x: unknown, what: string, fallback: readonly string[] = []): readonly string[] {
  if (x === undefined) return fallback;
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string')) throw new ConfigError(`${what} must be an array of strings`);
  return Object.freeze([...(x as string[])]);
}

/**
 * Throws unless `x` is an array of strings each one of `allowed` (or undefined, returning
 * `fallback`); the error names the first unknown value and lists the known ones.
 *
 * @example
 * ```ts
 * checkSubset(['en', 'de'], ['en', 'de', 'fr'], 'languages', 'language'); // ['en', 'de']
 * ```
 */
export function checkSubset<T extends string>(x: unknown, allowed: readonly T[], what: string, noun: string, fallback: readonly T[] = []): readonly T[] {
  const list = checkStringArray(x, what, fallback);
  for (const v of list) if (!(allowed as readonly string[]).includes(v)) throw new ConfigError(`${what}: unknown ${noun} "${v}" (known: ${allowed.join(', ')})`);
  return list as readonly T[];
}

/** Throws unless `x` is one of `allowed` (or undefined, returning `fallback`). */
export function checkOneOf<T extends string>(x: unknown, allowed: readonly T[], what: string, fallback: T): T {
  if (x === undefined) return fallback;
  if (typeof x !== 'string' || !(allowed as readonly string[]).includes(x)) throw new ConfigError(`${what} must be one of ${allowed.join(', ')}, got ${String(x)}`);
  return x as T;
}

/** Throws unless `x` is a boolean (or undefined, returning `fallback`). */
export function checkBoolean(x: unknown, what: string, fallback: boolean): boolean {
  if (x === undefined) return fallback;
  if (typeof x !== 'boolean') throw new ConfigError(`${what} must be true or false`);
  return x;
}

/** Clamp a score into [0, 1]; NaN becomes 0. */
export function clampScore(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
