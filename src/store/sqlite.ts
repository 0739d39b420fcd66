/**
 * @module store/sqlite — opens a wa-sqlite database on the right storage for the runtime and wraps
 * it in a small serialised, transactional query API.
 *
 * | where | path | build + VFS |
 * |---|---|---|
 * | anywhere | `':memory:'` | sync build, SQLite's in-memory database |
 * | Node, Deno, Bun | a file path | sync build + `NodeFileVFS` (`src/runtime/node-vfs.ts`, a real file with a rollback journal) |
 * | dedicated worker with OPFS | a database name | sync build + `OPFSCoopSyncVFS` |
 * | page, shared/service worker, extension | a database name | async build + `IDBBatchAtomicVFS` (IndexedDB) |
 *
 * wa-sqlite allows one call at a time per module (the async build suspends inside SQLite), so every
 * operation goes through one promise queue; a transaction holds the queue from BEGIN to COMMIT.
 */
import * as SQLite from '@journeyapps/wa-sqlite';
import { StoreError } from '../errors.js';
import { isNodeLike } from '../runtime/detect.js';

/** Where the database lives. */
export type StoreBackend = 'memory' | 'node-file' | 'opfs' | 'idb';

/** A value SQLite stores. */
export type SqlValue = number | string | Uint8Array | null;

/** One result row, by column name. */
export type SqlRow = Record<string, SqlValue>;

/** Low-level query access, valid only inside {@link Database.serial} or {@link Database.transaction}. */
export interface Queries {
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number; lastInsertId: number }>;
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  get(sql: string, params?: readonly SqlValue[]): Promise<SqlRow | undefined>;
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
}

/** An open database: a serial queue in front of one wa-sqlite connection. */
export interface Database {
  readonly backend: StoreBackend;
  readonly path: string;
  /** Runs `fn` with exclusive use of the connection (no transaction). */
  serial<T>(fn: (q: Queries) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` inside `BEGIN IMMEDIATE … COMMIT` with exclusive use of the connection; any error rolls
   * the whole transaction back and is rethrown. A lock held by another process (`SQLITE_BUSY`) is
   * retried with backoff up to `busyTimeoutMs`, then `StoreError('STORE_BUSY')`.
   */
  transaction<T>(fn: (q: Queries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** How to open a database. */
export interface OpenDatabaseOptions {
  /** Force a backend (default: chosen from the runtime and the path, see the module table). */
  readonly backend?: StoreBackend;
  /** How long to keep retrying a database locked by another connection (ms, default 5000). */
  readonly busyTimeoutMs?: number;
  /** Test hook, Node file backend only: called before each write to the database file. */
  readonly beforeWrite?: (path: string, offset: number, length: number) => void;
}

interface Vfs {
  readonly name: string;
  close(): void | Promise<void>;
}

type SQLiteApi = ReturnType<typeof SQLite.Factory>;

const SQLITE_BUSY = 5;
const SQLITE_ROW = 100;

function opfsSyncAvailable(): boolean {
  const g = globalThis as { FileSystemSyncAccessHandle?: unknown; WorkerGlobalScope?: unknown; navigator?: { storage?: { getDirectory?: unknown } } };
  return typeof g.FileSystemSyncAccessHandle === 'function' && typeof g.WorkerGlobalScope !== 'undefined' && typeof g.navigator?.storage?.getDirectory === 'function';
}

/**
 * Pick the backend for a path in this runtime.
 *
 * @example
 * ```ts
 * chooseBackend(':memory:'); // 'memory'
 * chooseBackend('pb');       // 'idb' in a page, 'opfs' in a dedicated worker, 'node-file' in Node
 * ```
 */
export function chooseBackend(path: string): StoreBackend {
  if (path === ':memory:') return 'memory';
  if (isNodeLike()) return 'node-file';
  return opfsSyncAvailable() ? 'opfs' : 'idb';
}

let vfsCounter = 0;

async function loadEngine(backend: StoreBackend, path: string, opts: OpenDatabaseOptions): Promise<{ sqlite3: SQLiteApi; db: number; vfs: Vfs | undefined }> {
  const asyncBuild = backend === 'idb';
  let module: object;
  if (isNodeLike()) {
    // Node cannot fetch file: URLs, so the wasm bytes are read from the package and handed over.
    const { readSqliteWasm } = await import('../runtime/node-vfs.js');
    const wasmBinary = await readSqliteWasm(asyncBuild ? 'wa-sqlite-async.wasm' : 'wa-sqlite.wasm');
    const factory = asyncBuild ? (await import('@journeyapps/wa-sqlite/dist/wa-sqlite-async.mjs')).default : (await import('@journeyapps/wa-sqlite/dist/wa-sqlite.mjs')).default;
    module = (await factory({ wasmBinary })) as object;
  } else {
    const factory = asyncBuild ? (await import('@journeyapps/wa-sqlite/dist/wa-sqlite-async.mjs')).default : (await import('@journeyapps/wa-sqlite/dist/wa-sqlite.mjs')).default;
    module = (await factory()) as object;
  }
  const sqlite3 = SQLite.Factory(module);
  let vfs: Vfs | undefined;
  const vfsName = `pb-${backend}-${++vfsCounter}`;
  if (backend === 'node-file') {
    const { NodeFileVFS } = await import('../runtime/node-vfs.js');
    const v = new NodeFileVFS(vfsName, module);
    v.beforeWrite = opts.beforeWrite;
    vfs = v;
  } else if (backend === 'idb') {
    const { IDBBatchAtomicVFS } = await import('@journeyapps/wa-sqlite/src/examples/IDBBatchAtomicVFS.js');
    // The bundled typings lack the static `create` (stack.md §6).
    const create = (IDBBatchAtomicVFS as unknown as { create(name: string, module: object, options: { idbName: string }): Promise<Vfs> }).create;
    vfs = await create.call(IDBBatchAtomicVFS, vfsName, module, { idbName: `prompt-bouncer:${path}` });
  } else if (backend === 'opfs') {
    const { OPFSCoopSyncVFS } = await import('@journeyapps/wa-sqlite/src/examples/OPFSCoopSyncVFS.js');
    vfs = await OPFSCoopSyncVFS.create(vfsName, module);
  }
  if (vfs !== undefined) sqlite3.vfs_register(vfs as unknown as Parameters<SQLiteApi['vfs_register']>[0], false);
  const fileName = backend === 'memory' ? ':memory:' : backend === 'node-file' ? path : `${path.replace(/[^\w.-]/g, '_')}.sqlite3`;
  const db = await sqlite3.open_v2(fileName, SQLite.SQLITE_OPEN_CREATE | SQLite.SQLITE_OPEN_READWRITE, vfs?.name);
  return { sqlite3, db, vfs };
}

function sqliteCode(e: unknown): number | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** SQLite failures become {@link StoreError}; anything else (a BouncerError, the caller's own error) passes unchanged. */
function toStoreError(e: unknown, what: string): unknown {
  if (e instanceof StoreError) return e;
  const code = sqliteCode(e);
  if (code === undefined) return e;
  return new StoreError('STORE_ERROR', `store: ${what} failed: ${(e as Error)?.message ?? String(e)}`, { cause: e, details: code === undefined ? { what } : { what, sqliteCode: code } });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Open (creating if needed) a database. Throws {@link StoreError} when it cannot.
 *
 * @example
 * ```ts
 * const db = await openDatabase(':memory:');
 * await db.transaction((q) => q.run('CREATE TABLE t(x)'));
 * ```
 */
export async function openDatabase(path: string, opts: OpenDatabaseOptions = {}): Promise<Database> {
  const backend = opts.backend ?? chooseBackend(path);
  const busyTimeoutMs = opts.busyTimeoutMs ?? 5000;
  let engine: Awaited<ReturnType<typeof loadEngine>>;
  try {
    engine = await loadEngine(backend, path, opts);
  } catch (e) {
    throw new StoreError('STORE_ERROR', `store: opening ${backend} database "${path}" failed: ${(e as Error)?.message ?? String(e)}`, { cause: e, details: { what: 'open', path, backend } });
  }
  const { sqlite3, db, vfs } = engine;

  // Prepared statements are cached by SQL text (most of ours are constants): preparing costs more than
  // running for the small statements a scan log or a vault upsert makes. Least recently used first out.
  const cache = new Map<string, { stmt: number; names: string[] }>();
  const MAX_CACHED = 64;
  const prepare = async (sql: string): Promise<{ stmt: number; names: string[] }> => {
    const hit = cache.get(sql);
    if (hit !== undefined) {
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const stmts: number[] = [];
    for await (const stmt of sqlite3.statements(db, sql, { unscoped: true })) stmts.push(stmt);
    const [stmt, ...extra] = stmts;
    if (stmt === undefined || extra.length > 0) {
      for (const x of stmts) await sqlite3.finalize(x);
      throw new StoreError('STORE_ERROR', 'store: run/all take exactly one SQL statement (use exec for scripts)', { details: { what: 'prepare' } });
    }
    const entry = { stmt, names: sqlite3.column_names(stmt) };
    cache.set(sql, entry);
    if (cache.size > MAX_CACHED) {
      const [oldSql, old] = cache.entries().next().value as [string, { stmt: number }];
      cache.delete(oldSql);
      await sqlite3.finalize(old.stmt);
    }
    return entry;
  };
  const execute = async (sql: string, params: readonly SqlValue[] | undefined, onRow?: (stmt: number, names: string[]) => void): Promise<void> => {
    const { stmt, names } = await prepare(sql);
    try {
      if (params !== undefined && params.length > 0) sqlite3.bind_collection(stmt, params as SqlValue[]);
      while ((await sqlite3.step(stmt)) === SQLITE_ROW) onRow?.(stmt, names);
    } finally {
      // Resetting ends the statement's read of the database (its lock); after a failed step it
      // reports the same error again, which is already on its way up.
      await sqlite3.reset(stmt).catch(() => undefined);
      sqlite3.clear_bindings(stmt);
    }
  };
  const q: Queries = {
    async run(sql, params) {
      await execute(sql, params);
      return { changes: sqlite3.changes(db), lastInsertId: sqlite3.last_insert_id(db) };
    },
    async all(sql, params) {
      const rows: SqlRow[] = [];
      await execute(sql, params, (stmt, names) => {
        // row() copies blobs out of the WASM heap already.
        const values = sqlite3.row(stmt);
        const row: SqlRow = {};
        for (let i = 0; i < names.length; i++) {
          const v = values[i];
          row[names[i] as string] = typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? Uint8Array.from(v) : (v ?? null);
        }
        rows.push(row);
      });
      return rows;
    },
    async get(sql, params) {
      return (await q.all(sql, params))[0];
    },
    async exec(sql) {
      await sqlite3.exec(db, sql);
    },
  };

  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;
  const serial = <T>(fn: (q: Queries) => Promise<T>): Promise<T> => {
    const run = tail.then(async () => {
      if (closed) throw new StoreError('STORE_ERROR', 'store: the database is closed', { details: { what: 'closed' } });
      return fn(q);
    });
    tail = run.catch(() => undefined);
    return run;
  };

  const withBusyRetry = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    const deadline = Date.now() + busyTimeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      try {
        return await fn();
      } catch (e) {
        if (sqliteCode(e) !== SQLITE_BUSY) throw toStoreError(e, what);
        if (Date.now() >= deadline) throw new StoreError('STORE_BUSY', `store: the database "${path}" stayed locked by another connection for ${busyTimeoutMs} ms`, { cause: e, details: { path, busyTimeoutMs } });
        await sleep(delay);
      }
    }
  };

  const database: Database = {
    backend,
    path,
    serial: (fn) => serial(() => withBusyRetry('query', () => fn(q))),
    transaction: (fn) =>
      serial(() =>
        withBusyRetry('transaction', async () => {
          await sqlite3.exec(db, 'BEGIN IMMEDIATE');
          try {
            const result = await fn(q);
            await sqlite3.exec(db, 'COMMIT');
            return result;
          } catch (e) {
            // After some errors SQLite has already rolled back; a second ROLLBACK then fails harmlessly.
            if (sqlite3.get_autocommit(db) === 0) await sqlite3.exec(db, 'ROLLBACK').catch(() => undefined);
            throw e;
          }
        }),
      ),
    close: async () => {
      if (closed) return;
      await serial(async () => {
        closed = true;
        // sqlite3_close refuses while prepared statements exist.
        for (const { stmt } of cache.values()) await sqlite3.finalize(stmt);
        cache.clear();
        await sqlite3.close(db);
        await vfs?.close();
      }).catch((e: unknown) => {
        throw toStoreError(e, 'closing the database');
      });
    },
  };
  try {
    await database.serial((x) => x.exec(`PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;${backend === 'node-file' ? ' PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;' : ''}`));
  } catch (e) {
    await database.close().catch(() => undefined);
    throw e;
  }
  return database;
}
