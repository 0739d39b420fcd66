/**
 * @module runtime/node-config — reads and writes configuration files in Node for `config/` (which
 * must not import Node built-ins itself, style §7). Loaded with a dynamic import, only when a
 * config file is named by path.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * The text of a config file and its absolute path.
 *
 * @example
 * ```ts
 * const { path, text } = await readConfigFile('pb.yaml');
 * ```
 */
export async function readConfigFile(path: string): Promise<{ path: string; text: string }> {
  const abs = resolve(path);
  return { path: abs, text: await readFile(abs, 'utf8') };
}
