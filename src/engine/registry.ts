/**
 * @module engine/registry — the run-time list of a bouncer's scanners: register, unregister,
 * enable, disable, thresholds. Order of registration is the order of detections in reports.
 */
import { BouncerError, ConfigError } from '../errors.js';
import type { Scanner, ScannerEntry, ScannerRegistry } from '../types.js';

const KINDS = ['input', 'output', 'both'];

interface MutableEntry {
  scanner: Scanner;
  enabled: boolean;
  threshold: number | undefined;
  /** Set by the store's auto-tuner; wins over `threshold` while set. */
  tuned?: number | undefined;
}

/** Registry plus the engine's read access to live entries. */
export interface EngineRegistry extends ScannerRegistry {
  /** Enabled scanners for a direction, in registration order. */
  active(direction: 'input' | 'output', only?: readonly string[]): ReadonlyArray<{ scanner: Scanner; threshold: number }>;
  /** The threshold before tuning (option or scanner default); undefined for an unknown id. */
  baseThreshold(id: string): number | undefined;
  /** Apply (or with `undefined` drop) an auto-tuned threshold; false for an unknown id. */
  setTuned(id: string, threshold: number | undefined): boolean;
}

/** Throws {@link ConfigError} unless `s` looks like a scanner (for objects from JS callers). */
export function assertScanner(s: unknown): asserts s is Scanner {
  if (typeof s !== 'object' || s === null) throw new ConfigError('a scanner must be an object');
  const o = s as Partial<Record<keyof Scanner, unknown>>;
  if (typeof o.id !== 'string' || o.id.length === 0) throw new ConfigError('a scanner needs a non-empty string id');
  if (typeof o.scan !== 'function') throw new ConfigError(`scanner ${o.id}: scan must be a function`);
  if (typeof o.kind !== 'string' || !KINDS.includes(o.kind)) throw new ConfigError(`scanner ${o.id}: kind must be input, output or both`);
  if (typeof o.threshold !== 'number' || !(o.threshold >= 0 && o.threshold <= 1)) throw new ConfigError(`scanner ${o.id}: threshold must be in [0, 1]`);
  if (o.severity !== 'low' && o.severity !== 'medium' && o.severity !== 'high' && o.severity !== 'critical') throw new ConfigError(`scanner ${o.id}: unknown severity`);
}

function checkThreshold(id: string, t: unknown): number | undefined {
  if (t === undefined) return undefined;
  if (typeof t !== 'number' || !(t >= 0 && t <= 1)) throw new ConfigError(`threshold for ${id} must be a number from 0 to 1`);
  return t;
}

/**
 * Build a registry from the initial scanners and threshold overrides.
 *
 * @example
 * ```ts
 * const reg = createRegistry([codeDetect()], {});
 * reg.disable('code/detect');
 * ```
 */
export function createRegistry(initial: readonly Scanner[], thresholds: Readonly<Record<string, number>>): EngineRegistry {
  const entries: MutableEntry[] = [];
  const find = (id: string): MutableEntry | undefined => entries.find((e) => e.scanner.id === id);
  const mustFind = (id: string): MutableEntry => {
    const e = find(id);
    if (e === undefined) throw new BouncerError('UNKNOWN_SCANNER', `no scanner "${id}" is registered`, { details: { id } });
    return e;
  };
  const view = (e: MutableEntry): ScannerEntry => ({ scanner: e.scanner, enabled: e.enabled, threshold: e.tuned ?? e.threshold ?? e.scanner.threshold });

  // The active list per direction, rebuilt after any change (a scan reads it; changes are rare).
  const activeCache = new Map<'input' | 'output', ReadonlyArray<{ scanner: Scanner; threshold: number }>>();
  const registry: EngineRegistry = {
    list: () => entries.map(view),
    get: (id) => {
      const e = find(id);
      return e === undefined ? undefined : view(e);
    },
    enable: (id) => {
      mustFind(id).enabled = true;
      activeCache.clear();
    },
    disable: (id) => {
      mustFind(id).enabled = false;
      activeCache.clear();
    },
    register: (scanner, options) => {
      assertScanner(scanner);
      if (find(scanner.id) !== undefined) throw new BouncerError('DUPLICATE_SCANNER', `a scanner "${scanner.id}" is already registered`, { details: { id: scanner.id } });
      entries.push({ scanner, enabled: options?.enabled ?? true, threshold: checkThreshold(scanner.id, options?.threshold ?? thresholds[scanner.id]) });
      activeCache.clear();
    },
    unregister: (id) => {
      const i = entries.findIndex((e) => e.scanner.id === id);
      if (i === -1) return false;
      entries.splice(i, 1);
      activeCache.clear();
      return true;
    },
    active: (direction, only) => {
      const cached = only === undefined ? activeCache.get(direction) : undefined;
      if (cached !== undefined) return cached;
      const list = Object.freeze(
        entries
          .filter((e) => e.enabled && (e.scanner.kind === 'both' || e.scanner.kind === direction) && (only === undefined || only.includes(e.scanner.id)))
          .map((e) => Object.freeze({ scanner: e.scanner, threshold: e.tuned ?? e.threshold ?? e.scanner.threshold })),
      );
      if (only === undefined) activeCache.set(direction, list);
      return list;
    },
    baseThreshold: (id) => {
      const e = find(id);
      return e === undefined ? undefined : (e.threshold ?? e.scanner.threshold);
    },
    setTuned: (id, threshold) => {
      const e = find(id);
      if (e === undefined) return false;
      e.tuned = checkThreshold(id, threshold);
      activeCache.clear();
      return true;
    },
  };
  for (const s of initial) registry.register(s);
  for (const id of Object.keys(thresholds)) {
    if (find(id) === undefined) throw new ConfigError(`thresholds: no scanner "${id}" is registered`);
  }
  return registry;
}
