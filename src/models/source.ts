/**
 * @module models/source — where model bytes come from: the package's own `models/` folder
 * (default), a base URL, or bytes handed over by the caller (bundlers, extensions, edge).
 */
import { ModelLoadError } from '../errors.js';
import type { ModelOptions, ModelSource } from './types.js';

/** The Cache API bucket model files are kept in (browsers, workers, Cloudflare). */
export const MODEL_CACHE = 'prompt-bouncer-models-v1';

interface CacheLike {
  match(url: string): Promise<Response | undefined>;
  put(url: string, res: Response): Promise<void>;
  delete(url: string): Promise<boolean>;
}

function cacheStorage(): { open(name: string): Promise<CacheLike> } | undefined {
  const c = (globalThis as { caches?: { open(name: string): Promise<CacheLike> } }).caches;
  return typeof c?.open === 'function' ? c : undefined;
}

/**
 * Keep fetched model files in the Cache API so a second page load (or a new worker) does not fetch
 * them again. Model files are cache-first (the host checks each against the manifest's SHA-256 and
 * calls `evict` on a mismatch, so an upgrade refetches); manifests are network-first with the
 * cache as the offline fallback, so a new version is seen as soon as it is deployed. Where there is
 * no Cache API (Node, insecure pages) or it fails (storage full, private mode), it reads through.
 */
export function cachedModelSource(inner: ModelSource, urlOf: (path: string) => string, cacheName = MODEL_CACHE): ModelSource {
  const storage = cacheStorage();
  if (storage === undefined) return inner;
  let opened: Promise<CacheLike | undefined> | undefined;
  const cache = (): Promise<CacheLike | undefined> => (opened ??= storage.open(cacheName).catch(() => undefined));
  const keep = async (path: string, bytes: Uint8Array): Promise<void> => {
    try {
      await (await cache())?.put(urlOf(path), new Response(bytes.slice().buffer as ArrayBuffer, { headers: { 'content-type': 'application/octet-stream' } }));
    } catch {
      // a full or unavailable cache only costs the next load a fetch
    }
  };
  const cached = async (path: string): Promise<Uint8Array | undefined> => {
    try {
      const hit = await (await cache())?.match(urlOf(path));
      return hit === undefined ? undefined : new Uint8Array(await hit.arrayBuffer());
    } catch {
      return undefined;
    }
  };
  return {
    key: inner.key,
    async read(path) {
      if (path.endsWith('manifest.json')) {
        try {
          const bytes = await inner.read(path);
          await keep(path, bytes);
          return bytes;
        } catch (e) {
          const offline = await cached(path);
          if (offline !== undefined) return offline;
          throw e;
        }
      }
      const hit = await cached(path);
      if (hit !== undefined) return hit;
      const bytes = await inner.read(path);
      await keep(path, bytes);
      return bytes;
    },
    async evict(path) {
      try {
        await (await cache())?.delete(urlOf(path));
      } catch {
        // nothing cached, nothing to do
      }
    },
  };
}

/** `fetch(base + path)`, kept in the Cache API where there is one ({@link cachedModelSource}). */
export function urlModelSource(baseUrl: string): ModelSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const absolute = (path: string): string => new URL(path, typeof location === 'undefined' ? base : new URL(base, location.href)).href;
  return cachedModelSource(fetchModelSource(base, absolute), absolute);
}

function fetchModelSource(base: string, absolute: (path: string) => string): ModelSource {
  return {
    key: `url:${base}`,
    async read(path) {
      let res: Response;
      try {
        res = await fetch(absolute(path));
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
