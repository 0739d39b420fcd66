/**
 * @module runtime/node-vfs — a synchronous SQLite VFS over `node:fs` for wa-sqlite, so a store in
 * Node (and Deno, Bun) is an ordinary SQLite database file that survives a restart.
 *
 * Why a VFS and not "load the file, save it after each commit": a store also holds the attack vault
 * (10 000 embeddings ≈ 15 MB), and rewriting the whole file on every scan would cost O(size) per
 * write. With a real VFS SQLite writes only the changed pages, and crash safety is SQLite's own
 * rollback journal (`journal_mode=DELETE`, `synchronous=FULL`): before a page of the database file is
 * overwritten, its old content is in `<db>-journal` and fsynced; the commit point is the deletion of
 * the journal (followed by an fsync of the directory). After a crash the next opener finds the
 * "hot" journal and rolls the half-written transaction back. `xSync` is a real `fsync`.
 *
 * Locking: SQLite's lock levels are mapped onto one exclusive lock per database, held from the first
 * lock above NONE until the connection drops back to NONE (one transaction). Between processes the
 * lock is a `<db>-pblock` file created with `O_EXCL` holding `pid:token`; a lock file whose process is
 * gone (a crash) is taken over. Inside one thread a table of live tokens does the same job; a lock
 * file of this process that no connection of this thread holds (another worker thread's) is waited
 * for, and taken over only when older than 30 s (a worker terminated mid-transaction). So two
 * processes (the app and `prompt-bouncer history`) never interleave transactions; the loser gets
 * `SQLITE_BUSY` and the store retries. Readers are serialised too (no concurrent readers) — fine for
 * a log written a few times per second.
 *
 * This is the only store module that imports Node built-ins (style §7); `store/sqlite.ts` imports it
 * dynamically, in Node only.
 */
import { accessSync, closeSync, constants, existsSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { FacadeVFS } from '@journeyapps/wa-sqlite/src/FacadeVFS.js';
import * as VFS from '@journeyapps/wa-sqlite/src/VFS.js';

/** A file this VFS has open: on disk, or in memory for SQLite's nameless temporary files. */
interface OpenFile {
  readonly path: string | undefined;
  readonly flags: number;
  fd: number;
  /** Nameless temp files live in memory (with `temp_store=MEMORY` SQLite rarely asks for one). */
  mem: Uint8Array | undefined;
  memSize: number;
  lockLevel: number;
}

/** Live lock tokens of this process, by database path (connections in one process exclude each other). */
const liveTokens = new Map<string, string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The Node file VFS. Register it with `sqlite3.vfs_register(vfs, false)` and open databases with
 * `open_v2(path, flags, vfs.name)`; paths are resolved against the working directory.
 *
 * @example
 * ```ts
 * const vfs = new NodeFileVFS('node-file', module);
 * sqlite3.vfs_register(vfs as unknown as SQLiteVFS, false);
 * const db = await sqlite3.open_v2('/var/lib/app/store.db', undefined, 'node-file');
 * ```
 */
export class NodeFileVFS extends FacadeVFS {
  private readonly files = new Map<number, OpenFile>();
  private readonly token = `${process.pid}:${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  /** Test hook: called before every write to a main database file (a crash test kills the process here). */
  beforeWrite: ((path: string, offset: number, length: number) => void) | undefined;

  constructor(name: string, module: object) {
    super(name, module);
    // Absolute paths in temp folders easily pass wa-sqlite's default of 64 bytes.
    this.mxPathname = 1024;
  }

  override close(): void {
    for (const id of [...this.files.keys()]) this.jClose(id);
  }

  jFullPathname(filename: string, zOut: Uint8Array): number {
    const full = resolve(filename);
    const { read, written } = new TextEncoder().encodeInto(full, zOut);
    if (read < full.length || written >= zOut.length) return VFS.SQLITE_CANTOPEN;
    zOut[written] = 0;
    return VFS.SQLITE_OK;
  }

  jOpen(filename: string | null, fileId: number, flags: number, pOutFlags: DataView): number {
    try {
      if (filename === null || filename === '') {
        this.files.set(fileId, { path: undefined, flags, fd: -1, mem: new Uint8Array(0), memSize: 0, lockLevel: VFS.SQLITE_LOCK_NONE });
      } else {
        const path = resolve(filename);
        const rw = (flags & VFS.SQLITE_OPEN_READWRITE) !== 0;
        let mode = rw ? constants.O_RDWR : constants.O_RDONLY;
        if ((flags & VFS.SQLITE_OPEN_CREATE) !== 0) {
          mode |= constants.O_CREAT;
          if ((flags & VFS.SQLITE_OPEN_MAIN_DB) !== 0) mkdirSync(dirname(path), { recursive: true });
        }
        if ((flags & VFS.SQLITE_OPEN_EXCLUSIVE) !== 0) mode |= constants.O_EXCL;
        const fd = openSync(path, mode, 0o600);
        this.files.set(fileId, { path, flags, fd, mem: undefined, memSize: 0, lockLevel: VFS.SQLITE_LOCK_NONE });
      }
      pOutFlags.setInt32(0, flags, true);
      return VFS.SQLITE_OK;
    } catch {
      return VFS.SQLITE_CANTOPEN;
    }
  }

  jClose(fileId: number): number {
    const f = this.files.get(fileId);
    if (f === undefined) return VFS.SQLITE_OK;
    this.files.delete(fileId);
    try {
      if (f.lockLevel > VFS.SQLITE_LOCK_NONE) this.releaseLock(f);
      if (f.fd >= 0) closeSync(f.fd);
      if (f.path !== undefined && (f.flags & VFS.SQLITE_OPEN_DELETEONCLOSE) !== 0) unlinkSync(f.path);
      return VFS.SQLITE_OK;
    } catch {
      return VFS.SQLITE_IOERR_CLOSE;
    }
  }

  jRead(fileId: number, pProxy: Uint8Array, iOffset: number): number {
    const f = this.files.get(fileId);
    if (f === undefined) return VFS.SQLITE_IOERR_READ;
    try {
      // FacadeVFS hands over a proxy of the WASM heap; fs needs a real Uint8Array. The sync build does
      // not grow memory during this call, so the view stays valid.
      const pData = pProxy.subarray();
      let n = 0;
      if (f.mem !== undefined) {
        const end = Math.min(f.memSize, iOffset + pData.length);
        if (end > iOffset) {
          pData.set(f.mem.subarray(iOffset, end));
          n = end - iOffset;
        }
      } else {
        while (n < pData.length) {
          const got = readSync(f.fd, pData, n, pData.length - n, iOffset + n);
          if (got === 0) break;
          n += got;
        }
      }
      if (n < pData.length) {
        pData.fill(0, n);
        return VFS.SQLITE_IOERR_SHORT_READ;
      }
      return VFS.SQLITE_OK;
    } catch {
      return VFS.SQLITE_IOERR_READ;
    }
  }

  jWrite(fileId: number, pProxy: Uint8Array, iOffset: number): number {
    const f = this.files.get(fileId);
    if (f === undefined) return VFS.SQLITE_IOERR_WRITE;
    try {
      const pData = pProxy.subarray();
      if (f.mem !== undefined) {
        const end = iOffset + pData.length;
        if (end > f.mem.length) {
          const grown = new Uint8Array(Math.max(end, f.mem.length * 2));
          grown.set(f.mem.subarray(0, f.memSize));
          f.mem = grown;
        }
        f.mem.set(pData, iOffset);
        f.memSize = Math.max(f.memSize, end);
        return VFS.SQLITE_OK;
      }
      if (f.path !== undefined && (f.flags & VFS.SQLITE_OPEN_MAIN_DB) !== 0) this.beforeWrite?.(f.path, iOffset, pData.length);
      let n = 0;
      while (n < pData.length) n += writeSync(f.fd, pData, n, pData.length - n, iOffset + n);
      return VFS.SQLITE_OK;
    } catch {
      return VFS.SQLITE_IOERR_WRITE;
    }
  }

  jTruncate(fileId: number, size: number): number {
    const f = this.files.get(fileId);
    if (f === undefined) return VFS.SQLITE_IOERR_TRUNCATE;
    try {
      if (f.mem !== undefined) f.memSize = Math.min(f.memSize, size);
      else ftruncateSync(f.fd, size);
      return VFS.SQLITE_OK;
    } catch {
      return VFS.SQLITE_IOERR_TRUNCATE;
    }
  }

  jSync(fileId: number, flags: number): number {
    const f = this.files.get(fileId);
    if (f === undefined || f.mem !== undefined) return VFS.SQLITE_OK;
    try {
      if ((flags & VFS.SQLITE_SYNC_DATAONLY) !== 0) fdatasyncSync(f.fd);
      else fsyncSync(f.fd);
      return VFS.SQLITE_OK;
    } catch {
      return VFS.SQLITE_IOERR_FSYNC;
    }
  }

  jFileSize(fileId: number, pSize64: DataView): number {
    const f = this.files.get(fileId);
    if (f === undefined) return VFS.SQLITE_IOERR_FSTAT;
    try {
      pSize64.setBigInt64(0, BigInt(f.mem !== undefined ? f.memSize : fstatSync(f.fd).size), true);
      return VFS.SQLITE_OK;
    } catch {
      return VFS.SQLITE_IOERR_FSTAT;
    }
  }

  jDelete(filename: string, syncDir: number): number {
    const path = resolve(filename);
    try {
      unlinkSync(path);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? VFS.SQLITE_IOERR_DELETE_NOENT : VFS.SQLITE_IOERR_DELETE;
    }
    if (syncDir !== 0) {
      // Deleting the journal is the commit point: make the deletion itself durable.
      try {
        const dfd = openSync(dirname(path), constants.O_RDONLY);
        try {
          fsyncSync(dfd);
        } finally {
          closeSync(dfd);
        }
      } catch {
        // Some platforms (Windows) cannot fsync a directory; the journal deletion is still atomic there.
      }
    }
    return VFS.SQLITE_OK;
  }

  jAccess(filename: string, flags: number, pResOut: DataView): number {
    const path = resolve(filename);
    let ok: boolean;
    if (flags === VFS.SQLITE_ACCESS_READWRITE) {
      try {
        accessSync(path, constants.R_OK | constants.W_OK);
        ok = true;
      } catch {
        ok = false;
      }
    } else {
      ok = existsSync(path);
    }
    pResOut.setInt32(0, ok ? 1 : 0, true);
    return VFS.SQLITE_OK;
  }

  jLock(fileId: number, lockType: number): number {
    const f = this.files.get(fileId);
    if (f === undefined) return VFS.SQLITE_IOERR_LOCK;
    if (f.path === undefined || (f.flags & VFS.SQLITE_OPEN_MAIN_DB) === 0 || f.lockLevel > VFS.SQLITE_LOCK_NONE) {
      f.lockLevel = Math.max(f.lockLevel, lockType);
      return VFS.SQLITE_OK;
    }
    if (!this.acquireLock(f.path)) return VFS.SQLITE_BUSY;
    f.lockLevel = lockType;
    return VFS.SQLITE_OK;
  }

  jUnlock(fileId: number, lockType: number): number {
    const f = this.files.get(fileId);
    if (f === undefined) return VFS.SQLITE_OK;
    if (lockType === VFS.SQLITE_LOCK_NONE && f.lockLevel > VFS.SQLITE_LOCK_NONE && f.path !== undefined && (f.flags & VFS.SQLITE_OPEN_MAIN_DB) !== 0) {
      this.releaseLock(f);
    }
    f.lockLevel = Math.min(f.lockLevel, lockType);
    return VFS.SQLITE_OK;
  }

  jCheckReservedLock(fileId: number, pResOut: DataView): number {
    // We only get here holding the database lock (SHARED or above), which excludes every other
    // connection: a reserved lock can only be our own.
    const f = this.files.get(fileId);
    pResOut.setInt32(0, f !== undefined && f.lockLevel >= VFS.SQLITE_LOCK_RESERVED ? 1 : 0, true);
    return VFS.SQLITE_OK;
  }

  jSectorSize(): number {
    return 4096;
  }

  jDeviceCharacteristics(): number {
    // Whole-sector writes do not disturb neighbouring bytes on any file system Node runs on.
    return VFS.SQLITE_IOCAP_POWERSAFE_OVERWRITE;
  }

  private lockPath(dbPath: string): string {
    return `${dbPath}-pblock`;
  }

  private acquireLock(dbPath: string): boolean {
    const holder = liveTokens.get(dbPath);
    if (holder !== undefined && holder !== this.token) return false;
    const lock = this.lockPath(dbPath);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
        try {
          writeSync(fd, this.token);
        } finally {
          closeSync(fd);
        }
        liveTokens.set(dbPath, this.token);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
        let content = '';
        try {
          content = readFileSync(lock, 'utf8');
        } catch {
          continue; // released between our open and read: try again
        }
        const pid = Number(content.split(':')[0]);
        // Our own process: a token this thread does not know belongs to another worker thread (or to
        // a worker that was terminated mid-transaction); only an old lock file is taken as leaked.
        const stale = content === '' || !Number.isInteger(pid) || (pid === process.pid ? !liveTokensHas(content) && lockAgeMs(lock) > SAME_PROCESS_STALE_MS : !processAlive(pid));
        if (!stale) return false;
        try {
          unlinkSync(lock);
        } catch {
          // another process took it over first
        }
      }
    }
    return false;
  }

  private releaseLock(f: OpenFile): void {
    if (f.path === undefined) return;
    if (liveTokens.get(f.path) === this.token) liveTokens.delete(f.path);
    try {
      if (readFileSync(this.lockPath(f.path), 'utf8') === this.token) unlinkSync(this.lockPath(f.path));
    } catch {
      // already gone
    }
  }
}

/** A lock file of this process older than this, held by no connection of this thread, is leaked. */
const SAME_PROCESS_STALE_MS = 30_000;

function lockAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function liveTokensHas(token: string): boolean {
  for (const t of liveTokens.values()) if (t === token) return true;
  return false;
}

/**
 * The bytes of a wa-sqlite WebAssembly build, read from the installed package (the Emscripten glue
 * cannot fetch `file:` URLs in Node).
 *
 * @example
 * ```ts
 * const module = await factory({ wasmBinary: await readSqliteWasm('wa-sqlite.wasm') });
 * ```
 */
export async function readSqliteWasm(file: 'wa-sqlite.wasm' | 'wa-sqlite-async.wasm'): Promise<Uint8Array> {
  const path = createRequire(import.meta.url).resolve(`@journeyapps/wa-sqlite/dist/${file}`);
  return new Uint8Array(await readFile(path));
}

/**
 * The data folder for Node: `explicit` if given, else `$PROMPT_BOUNCER_DATA_DIR`, else
 * `~/.prompt-bouncer`.
 *
 * @example
 * ```ts
 * defaultDataDir(undefined, { PROMPT_BOUNCER_DATA_DIR: '/srv/pb' }); // '/srv/pb'
 * ```
 */
export function defaultDataDir(explicit: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const dir = explicit ?? env.PROMPT_BOUNCER_DATA_DIR;
  if (dir !== undefined && dir !== '') return resolve(dir);
  return join(homedir(), '.prompt-bouncer');
}

/**
 * Resolve a store path against a data folder (absolute paths and `:memory:` pass unchanged).
 *
 * @example
 * ```ts
 * resolveStorePath('store.db', '/srv/pb'); // '/srv/pb/store.db'
 * ```
 */
export function resolveStorePath(path: string, dataDir: string): string {
  if (path === ':memory:' || isAbsolute(path)) return path;
  return resolve(dataDir, path);
}
