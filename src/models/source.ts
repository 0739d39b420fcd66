/**
 * @module models/source — where model bytes come from: the package's own `models/` folder
 * (default), a base URL, or bytes handed over by the caller (bundlers, extensions, edge).
 */
import { ModelLoadError } from '../errors.js';
import type { ModelOptions, ModelSource } from './types.js';

/** `fetch(base + path)`. */
export function urlModelSource(baseUrl: string): ModelSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    key: `url:${base}`,
    async read(path) {
      let res: Response;
      try {
        res = await fetch(new URL(path, typeof location === 'undefined' ? base : new URL(base, location.href)));
      } catch (e) {
        throw new ModelLoadError(`cannot fetch ${base}${path}: ${(e as Error).message}`, { cause: e, details: { path } });
      }
      if (!res.ok) throw new ModelLoadError(`cannot fetch ${base}${path}: HTTP ${res.status}`, { details: { path, status: res.status } });
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}

/** Files read from a directory (Node, Deno, Bun). */
export function fileModelSource(dir: URL): ModelSource {
  return {
    key: `file:${dir.href}`,
    async read(path) {
      const { readFileBytes } = await import('../runtime/node-files.js');
      try {
        return await readFileBytes(new URL(path, dir));
      } catch (e) {
        throw new ModelLoadError(`cannot read model file ${new URL(path, dir).pathname}: ${(e as Error).message}`, { cause: e, details: { path } });
      }
    },
  };
}

let bytesSources = 0;

/** Bytes (or text) supplied by the caller, by path. */
export function bytesModelSource(files: Readonly<Record<string, Uint8Array | string>>): ModelSource {
  const key = `bytes:${++bytesSources}`;
  return {
    key,
    async read(path) {
      const f = files[path];
      if (f === undefined) throw new ModelLoadError(`model file ${path} was not supplied`, { details: { path } });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
}

/** The package's `models/` folder, next to `dist/` (or `src/`). */
export function defaultModelSource(): ModelSource {
  const dir = new URL('../../models/', import.meta.url);
  return dir.protocol === 'file:' ? fileModelSource(dir) : urlModelSource(dir.href);
}

/** The source `createBouncer({ models })` asks for. */
export function resolveModelSource(o: ModelOptions = {}): ModelSource {
  if (o.source !== undefined) return o.source;
  if (o.files !== undefined) return bytesModelSource(o.files);
  if (o.baseUrl !== undefined) return urlModelSource(o.baseUrl);
  return defaultModelSource();
}
