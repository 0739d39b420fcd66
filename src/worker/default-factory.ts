/**
 * @module worker/default-factory — how the package's own worker builds its bouncer: the options
 * the client sent, with the scanners of a named preset (scanner objects cannot cross a worker
 * boundary; a custom worker module builds any other set).
 */
import { createBouncer } from '../engine/create-bouncer.js';
import { presetScanners } from '../presets/by-name.js';
import type { Bouncer } from '../types.js';
import type { WorkerBouncerOptions } from './protocol.js';

/** The default worker's factory: `createBouncer` in-thread with the named preset. */
export async function defaultFactory(options: WorkerBouncerOptions | undefined): Promise<Bouncer> {
  const { preset, ...rest } = options ?? {};
  return createBouncer({ ...rest, runtime: 'inline', scanners: presetScanners(preset ?? 'recommended') });
}
