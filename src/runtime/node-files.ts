/**
 * @module runtime/node-files — reads a file as bytes in Node, Deno and Bun. The only library
 * module that imports a Node built-in (style §7): browser bundles never load it, because
 * `models/source.ts` imports it dynamically, only for `file:` model folders.
 */
import { readFile } from 'node:fs/promises';

/** The bytes of a local file. */
export async function readFileBytes(url: URL): Promise<Uint8Array> {
  return new Uint8Array(await readFile(url));
}
