/**
 * @module store/store — `openStore`: scan history, feedback, tuning, and the vault / sync tables on
 * one wa-sqlite database (see `store/sqlite.ts` for where it lives, `store/migrations.ts` for the
 * schema).
 *
 * Privacy: a scan is logged as its SHA-256, scores, verdict and a per-scanner summary — never the
 * text unless `storeText: true`. Retention: scans older than `retention.days` and beyond
 * `retention.maxRows` are deleted on open and every 100 logged scans; scans that carry feedback are
 * kept (their text, if any, is cleared past `days`) because they are the auto-tuner's training data.
 */
import { BouncerError, ConfigError } from '../errors.js';
import type { ScanReport, Severity } from '../types.js';
import { migrate, schemaVersion } from './migrations.js';
import { openDatabase, type Queries, type SqlRow, type SqlValue } from './sqlite.js';
import type {
  DetectionSummary,
  FeedbackInput,
  FeedbackRecord,
  HistoryQuery,
  ScanRecord,
  Store,
  StoreOptions,
  StoreTransaction,
  SyncHistoryTable,
  SyncInput,
  SyncRecord,
  TimeInput,
  TuningRecord,
  VaultEntry,
  VaultEntryInput,
  VaultEntryPatch,
  VaultListOptions,
  VaultLogRecord,
  VaultLogTable,
  VaultTable,
} from './types.js';

/** Defaults, documented in the README. */
export const STORE_DEFAULTS = Object.freeze({ path: ':memory:', retentionDays: 90, retentionMaxRows: 100_000, historyLimit: 100, maxHistoryLimit: 10_000, pruneEvery: 100 });

const DAY_MS = 86_400_000;
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const RECOMMENDATIONS = ['allow', 'inspect', 'block'];

function toMs(t: TimeInput, what: string): number {
  const ms = t instanceof Date ? t.getTime() : typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : Number.NaN;
  if (!Number.isFinite(ms)) throw new BouncerError('INVALID_INPUT', `${what} must be an ISO-8601 time, Unix milliseconds or a Date`, { details: { what } });
  return ms;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const str = (v: SqlValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: SqlValue | undefined): number => (typeof v === 'number' ? v : 0);

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Float32 embedding → little-endian BLOB bytes.
 *
 * @example
 * ```ts
 * encodeEmbedding(new Float32Array([1, 2])).byteLength; // 8
 * ```
 */
export function encodeEmbedding(v: Float32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  const out = new Uint8Array(v.length * 4);
  const dv = new DataView(out.buffer);
  v.forEach((x, i) => dv.setFloat32(i * 4, x, true));
  return out;
}

/**
 * Little-endian BLOB bytes → Float32 embedding (a view when aligned, else an aligned copy).
 *
 * @example
 * ```ts
 * decodeEmbedding(encodeEmbedding(new Float32Array([0.5]))); // Float32Array [0.5]
 * ```
 */
export function decodeEmbedding(bytes: Uint8Array): Float32Array {
  // Rows from the store are fresh copies at offset 0: view them; anything else is copied to align.
  if (LITTLE_ENDIAN) return bytes.byteOffset % 4 === 0 && bytes.byteLength % 4 === 0 ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2) : new Float32Array(bytes.slice().buffer, 0, bytes.byteLength >>> 2);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.byteLength >>> 2 }, (_, i) => dv.getFloat32(i * 4, true));
}

function checkStoreOptions(o: StoreOptions): Required<Pick<StoreOptions, 'path' | 'storeText'>> & { days: number; maxRows: number } {
  if (typeof o !== 'object' || o === null) throw new ConfigError('store must be an object ({ path?, storeText?, retention? })');
  const path = o.path ?? STORE_DEFAULTS.path;
  if (typeof path !== 'string' || path.length === 0) throw new ConfigError('store.path must be a non-empty string', { path: 'store.path' });
  const storeText = o.storeText ?? false;
  if (typeof storeText !== 'boolean') throw new ConfigError('store.storeText must be true or false', { path: 'store.storeText' });
  const r = o.retention ?? {};
  if (typeof r !== 'object' || r === null) throw new ConfigError('store.retention must be an object ({ days?, maxRows? })', { path: 'store.retention' });
  const days = r.days ?? STORE_DEFAULTS.retentionDays;
  if (typeof days !== 'number' || !(days > 0) || !Number.isFinite(days)) throw new ConfigError('store.retention.days must be a positive number', { path: 'store.retention.days' });
  const maxRows = r.maxRows ?? STORE_DEFAULTS.retentionMaxRows;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new ConfigError('store.retention.maxRows must be a positive integer', { path: 'store.retention.maxRows' });
  if (o.busyTimeoutMs !== undefined && !(typeof o.busyTimeoutMs === 'number' && o.busyTimeoutMs >= 0)) throw new ConfigError('store.busyTimeoutMs must be a number ≥ 0', { path: 'store.busyTimeoutMs' });
  return { path, storeText, days, maxRows };
}

function summarise(report: ScanReport): DetectionSummary[] {
  const out: DetectionSummary[] = [];
  for (const d of report.detections) {
    if (!(d.score > 0) && !d.detected && d.error === undefined) continue;
    out.push(d.error === undefined ? { scannerId: d.scannerId, score: d.score, threshold: d.threshold, detected: d.detected, severity: d.severity } : { scannerId: d.scannerId, score: d.score, threshold: d.threshold, detected: d.detected, severity: d.severity, error: d.error.code });
  }
  return out;
}

function checkReport(r: ScanReport): void {
  const ok =
    typeof r === 'object' && r !== null && typeof r.scanId === 'string' && r.scanId.length > 0 && (r.direction === 'input' || r.direction === 'output') && typeof r.inputHash === 'string' && RECOMMENDATIONS.includes(r.recommendation) && Array.isArray(r.detections) && typeof r.timestamp === 'string';
  if (!ok) throw new BouncerError('INVALID_INPUT', 'logScan takes a ScanReport from bouncer.scanInput / scanOutput');
}

function scanRecord(row: SqlRow, withText: boolean): ScanRecord {
  const rec: Record<string, unknown> = {
    scanId: str(row.scan_id),
    timestamp: iso(num(row.ts)),
    direction: str(row.direction),
    inputHash: str(row.input_hash),
    riskScore: num(row.risk_score),
    threatLevel: num(row.threat_level),
    confidence: num(row.confidence),
    recommendation: str(row.recommendation),
    durationMs: num(row.duration_ms),
    scannerCount: num(row.scanner_count),
    detections: JSON.parse(str(row.detections) ?? '[]') as DetectionSummary[],
  };
  if (withText && typeof row.text === 'string') rec.text = row.text;
  if (typeof row.fb_correct === 'number') {
    const fb: Record<string, unknown> = { scanId: rec.scanId, correct: row.fb_correct === 1, timestamp: iso(num(row.fb_ts)) };
    if (typeof row.fb_notes === 'string') fb.notes = row.fb_notes;
    rec.feedback = fb;
  }
  return rec as unknown as ScanRecord;
}

function historyWhere(query: Omit<HistoryQuery, 'limit' | 'offset' | 'order'>): { sql: string; params: SqlValue[] } {
  if (typeof query !== 'object' || query === null) throw new BouncerError('INVALID_INPUT', 'history query must be an object');
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (query.from !== undefined) {
    where.push('h.ts >= ?');
    params.push(toMs(query.from, 'from'));
  }
  if (query.to !== undefined) {
    where.push('h.ts < ?');
    params.push(toMs(query.to, 'to'));
  }
  if (query.recommendation !== undefined) {
    const recs = typeof query.recommendation === 'string' ? [query.recommendation] : [...query.recommendation];
    if (recs.length === 0 || !recs.every((r) => RECOMMENDATIONS.includes(r))) throw new BouncerError('INVALID_INPUT', "recommendation must be 'allow', 'inspect', 'block' or a list of them");
    where.push(`h.recommendation IN (${recs.map(() => '?').join(', ')})`);
    params.push(...recs);
  }
  if (query.direction !== undefined) {
    if (query.direction !== 'input' && query.direction !== 'output') throw new BouncerError('INVALID_INPUT', "direction must be 'input' or 'output'");
    where.push('h.direction = ?');
    params.push(query.direction);
  }
  if (query.scannerId !== undefined) {
    if (typeof query.scannerId !== 'string') throw new BouncerError('INVALID_INPUT', 'scannerId must be a string');
    where.push('EXISTS (SELECT 1 FROM scan_detections d WHERE d.scan_id = h.scan_id AND d.scanner_id = ? AND d.detected = 1)');
    params.push(query.scannerId);
  }
  if (query.hasFeedback !== undefined) where.push(query.hasFeedback ? 'f.scan_id IS NOT NULL' : 'f.scan_id IS NULL');
  return { sql: where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`, params };
}

function allFinite(v: Float32Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}

function checkVaultInput(e: VaultEntryInput): void {
  const bad = (m: string): never => {
    throw new BouncerError('INVALID_INPUT', `vault entry: ${m}`);
  };
  if (typeof e !== 'object' || e === null) bad('must be an object');
  if (typeof e.hash !== 'string' || e.hash.length === 0 || e.hash.length > 128) bad('hash must be a non-empty string (SHA-256 hex)');
  if (!(e.embedding instanceof Float32Array) || e.embedding.length === 0 || !allFinite(e.embedding)) bad('embedding must be a non-empty Float32Array of finite numbers');
  if (typeof e.model !== 'string' || e.model.length === 0) bad('model must be a non-empty string');
  if (typeof e.detector !== 'string' || e.detector.length === 0) bad('detector must be a non-empty string');
  if (!SEVERITIES.includes(e.severity)) bad('severity must be low, medium, high or critical');
  if (typeof e.confidence !== 'number' || !(e.confidence >= 0 && e.confidence <= 1)) bad('confidence must be a number from 0 to 1');
  if (e.source !== 'local' && e.source !== 'feed') bad("source must be 'local' or 'feed'");
  if (e.reportCount !== undefined && !(Number.isInteger(e.reportCount) && e.reportCount >= 1)) bad('reportCount must be a positive integer');
}

function vaultEntry(row: SqlRow): VaultEntry {
  const e: Record<string, unknown> = {
    id: num(row.id),
    hash: str(row.hash),
    dim: num(row.dim),
    model: str(row.model),
    detector: str(row.detector),
    severity: str(row.severity),
    confidence: num(row.confidence),
    source: str(row.source),
    firstSeen: iso(num(row.first_seen)),
    lastSeen: iso(num(row.last_seen)),
    reportCount: num(row.report_count),
    hitCount: num(row.hit_count),
  };
  if (row.embedding instanceof Uint8Array) e.embedding = decodeEmbedding(row.embedding);
  if (typeof row.source_ref === 'string') e.sourceRef = row.source_ref;
  if (typeof row.scan_id === 'string') e.scanId = row.scan_id;
  if (typeof row.last_hit === 'number') e.lastHit = iso(row.last_hit);
  return e as unknown as VaultEntry;
}

/** Runs a read or a write: on the store's queue (each write its own transaction) or inside a transaction. */
interface Runner {
  read<T>(fn: (q: Queries) => Promise<T>): Promise<T>;
  write<T>(fn: (q: Queries) => Promise<T>): Promise<T>;
}

const SEVERITY_RANK = `CASE ? WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;
const ROW_SEVERITY_RANK = `CASE severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;

function vaultTable(run: Runner): VaultTable {
  const filter = (o: Pick<VaultListOptions, 'source' | 'detector'> = {}): { sql: string; params: SqlValue[] } => {
    const w: string[] = [];
    const p: SqlValue[] = [];
    if (o.source !== undefined) {
      w.push('source = ?');
      p.push(o.source);
    }
    if (o.detector !== undefined) {
      w.push('detector = ?');
      p.push(o.detector);
    }
    return { sql: w.length === 0 ? '' : `WHERE ${w.join(' AND ')}`, params: p };
  };
  return {
    upsert: async (e) => {
      checkVaultInput(e);
      const now = Date.now();
      const first = e.firstSeen === undefined ? now : toMs(e.firstSeen, 'firstSeen');
      const last = e.lastSeen === undefined ? Math.max(first, now) : toMs(e.lastSeen, 'lastSeen');
      const count = e.reportCount ?? 1;
      return run.write(async (q) => {
        const existing = await q.get('SELECT id FROM vault_entries WHERE hash = ?', [e.hash]);
        if (existing !== undefined) {
          await q.run(
            `UPDATE vault_entries SET report_count = report_count + ?, last_seen = MAX(last_seen, ?), first_seen = MIN(first_seen, ?),
               confidence = MAX(confidence, ?), severity = CASE WHEN ${SEVERITY_RANK} > ${ROW_SEVERITY_RANK} THEN ? ELSE severity END
             WHERE hash = ?`,
            [count, last, first, e.confidence, e.severity, e.severity, e.hash],
          );
          return { id: num(existing.id), created: false };
        }
        const r = await q.run(
          `INSERT INTO vault_entries (hash, embedding, dim, model, detector, severity, confidence, source, source_ref, scan_id, first_seen, last_seen, report_count)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [e.hash, encodeEmbedding(e.embedding), e.embedding.length, e.model, e.detector, e.severity, e.confidence, e.source, e.sourceRef ?? null, e.scanId ?? null, first, last, count],
        );
        return { id: r.lastInsertId, created: true };
      });
    },
    put: async (e) => {
      checkVaultInput(e);
      const now = Date.now();
      const first = e.firstSeen === undefined ? now : toMs(e.firstSeen, 'firstSeen');
      const last = e.lastSeen === undefined ? Math.max(first, now) : toMs(e.lastSeen, 'lastSeen');
      return run.write(async (q) => {
        const existing = await q.get('SELECT id FROM vault_entries WHERE hash = ?', [e.hash]);
        const values: SqlValue[] = [encodeEmbedding(e.embedding), e.embedding.length, e.model, e.detector, e.severity, e.confidence, e.source, e.sourceRef ?? null, e.scanId ?? null, first, last, e.reportCount ?? 1];
        if (existing !== undefined) {
          await q.run(
            `UPDATE vault_entries SET embedding = ?, dim = ?, model = ?, detector = ?, severity = ?, confidence = ?, source = ?, source_ref = ?, scan_id = ?, first_seen = ?, last_seen = ?, report_count = ? WHERE hash = ?`,
            [...values, e.hash],
          );
          return { id: num(existing.id), created: false };
        }
        const r = await q.run(
          `INSERT INTO vault_entries (embedding, dim, model, detector, severity, confidence, source, source_ref, scan_id, first_seen, last_seen, report_count, hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [...values, e.hash],
        );
        return { id: r.lastInsertId, created: true };
      });
    },
    update: async (hash, patch) => {
      const sets: string[] = [];
      const params: SqlValue[] = [];
      const set = (col: string, v: SqlValue): void => {
        sets.push(`${col} = ?`);
        params.push(v);
      };
      if (typeof patch !== 'object' || patch === null) throw new BouncerError('INVALID_INPUT', 'vault update: patch must be an object');
      if (patch.embedding !== undefined) {
        if (!(patch.embedding instanceof Float32Array) || patch.embedding.length === 0) throw new BouncerError('INVALID_INPUT', 'vault update: embedding must be a non-empty Float32Array');
        set('embedding', encodeEmbedding(patch.embedding));
        set('dim', patch.embedding.length);
      }
      if (patch.model !== undefined) set('model', patch.model);
      if (patch.detector !== undefined) set('detector', patch.detector);
      if (patch.severity !== undefined) {
        if (!SEVERITIES.includes(patch.severity)) throw new BouncerError('INVALID_INPUT', 'vault update: unknown severity');
        set('severity', patch.severity);
      }
      if (patch.confidence !== undefined) {
        if (!(patch.confidence >= 0 && patch.confidence <= 1)) throw new BouncerError('INVALID_INPUT', 'vault update: confidence must be from 0 to 1');
        set('confidence', patch.confidence);
      }
      if (patch.source !== undefined) set('source', patch.source);
      if (patch.sourceRef !== undefined) set('source_ref', patch.sourceRef);
      if (patch.lastSeen !== undefined) set('last_seen', toMs(patch.lastSeen, 'lastSeen'));
      if (patch.reportCount !== undefined) set('report_count', patch.reportCount);
      if (sets.length === 0) return run.read(async (q) => (await q.get('SELECT 1 AS x FROM vault_entries WHERE hash = ?', [hash])) !== undefined);
      return run.write(async (q) => (await q.run(`UPDATE vault_entries SET ${sets.join(', ')} WHERE hash = ?`, [...params, hash])).changes > 0);
    },
    remove: (hash) => run.write(async (q) => (await q.run('DELETE FROM vault_entries WHERE hash = ?', [hash])).changes > 0),
    removeByScan: (scanId) =>
      run.write(async (q) => {
        const rows = await q.all('SELECT hash FROM vault_entries WHERE scan_id = ?', [scanId]);
        if (rows.length > 0) await q.run('DELETE FROM vault_entries WHERE scan_id = ?', [scanId]);
        return rows.map((r) => String(r.hash));
      }),
    get: (hash) => run.read(async (q) => {
      const row = await q.get('SELECT * FROM vault_entries WHERE hash = ?', [hash]);
      return row === undefined ? undefined : vaultEntry(row);
    }),
    list: (o = {}) =>
      run.read(async (q) => {
        const f = filter(o);
        const cols = o.withEmbeddings === false ? 'id, hash, dim, model, detector, severity, confidence, source, source_ref, scan_id, first_seen, last_seen, report_count, hit_count, last_hit' : '*';
        const page = o.limit === undefined ? [] : [Math.max(0, Math.floor(o.limit)), Math.max(0, Math.floor(o.offset ?? 0))];
        return (await q.all(`SELECT ${cols} FROM vault_entries ${f.sql} ORDER BY id${page.length === 0 ? '' : ' LIMIT ? OFFSET ?'}`, [...f.params, ...page])).map(vaultEntry);
      }),
    count: (o = {}) => run.read(async (q) => {
      const f = filter(o);
      return num((await q.get(`SELECT COUNT(*) AS n FROM vault_entries ${f.sql}`, f.params))?.n);
    }),
    vectors: async (o = {}) =>
      run.read(async (q) => {
        const rows = await q.all(`SELECT id, hash, embedding FROM vault_entries ${o.model === undefined ? '' : 'WHERE model = ?'} ORDER BY id`, o.model === undefined ? [] : [o.model]);
        const first = rows[0]?.embedding;
        const dim = first instanceof Uint8Array ? first.byteLength >>> 2 : 0;
        const vectors = new Float32Array(rows.length * dim);
        const ids: number[] = [];
        const hashes: string[] = [];
        rows.forEach((r, i) => {
          const bytes = r.embedding as Uint8Array;
          if (bytes.byteLength !== dim * 4) throw new BouncerError('INVALID_INPUT', `vault: entries have different embedding dimensions (${dim} and ${bytes.byteLength >>> 2}); pick one model`, { details: { dims: [dim, bytes.byteLength >>> 2] } });
          vectors.set(decodeEmbedding(bytes), i * dim);
          ids.push(num(r.id));
          hashes.push(String(r.hash));
        });
        return { ids, hashes, dim, vectors };
      }),
    recordHits: async (hashes, at) => {
      const t = at === undefined ? Date.now() : toMs(at, 'at');
      if (hashes.length === 0) return;
      return run.write(async (q) => {
        for (const h of hashes) await q.run('UPDATE vault_entries SET hit_count = hit_count + 1, last_hit = ? WHERE hash = ?', [t, h]);
      });
    },
    evict: async (keep) => {
      if (!Number.isInteger(keep) || keep < 0) throw new BouncerError('INVALID_INPUT', 'evict: keep must be an integer ≥ 0');
      return run.write(async (q) => {
        const n = num((await q.get('SELECT COUNT(*) AS n FROM vault_entries'))?.n);
        if (n <= keep) return [];
        const rows = await q.all('SELECT id, hash FROM vault_entries ORDER BY report_count + hit_count ASC, MAX(last_seen, COALESCE(last_hit, 0)) ASC, id ASC LIMIT ?', [n - keep]);
        for (const r of rows) await q.run('DELETE FROM vault_entries WHERE id = ?', [r.id ?? null]);
        return rows.map((r) => String(r.hash));
      });
    },
    clear: (source) => run.write(async (q) => (await q.run(source === undefined ? 'DELETE FROM vault_entries' : 'DELETE FROM vault_entries WHERE source = ?', source === undefined ? [] : [source])).changes),
  };
}

function vaultLogTable(run: Runner): VaultLogTable {
  return {
    append: async (row) => {
      if (typeof row !== 'object' || row === null || typeof row.action !== 'string' || row.action.length === 0) throw new BouncerError('INVALID_INPUT', 'vault log: action must be a non-empty string');
      const at = row.at === undefined ? Date.now() : toMs(row.at, 'at');
      const details = row.details === undefined ? null : JSON.stringify(row.details);
      return run.write(async (q) => {
        await q.run('INSERT INTO vault_log (ts, action, hash, detector, scan_id, source, details) VALUES (?, ?, ?, ?, ?, ?, ?)', [at, row.action, row.hash ?? null, row.detector ?? null, row.scanId ?? null, row.source ?? null, details]);
      });
    },
    list: (o = {}) =>
      run.read(async (q) => {
        const rows = await q.all(`SELECT * FROM vault_log ${o.action === undefined ? '' : 'WHERE action = ?'} ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?`, [...(o.action === undefined ? [] : [o.action]), o.limit ?? 100, o.offset ?? 0]);
        return rows.map((r) => {
          const rec: Record<string, unknown> = { id: num(r.id), timestamp: iso(num(r.ts)), action: str(r.action) };
          for (const [k, c] of [['hash', 'hash'], ['detector', 'detector'], ['scanId', 'scan_id'], ['source', 'source']] as const) if (typeof r[c] === 'string') rec[k] = r[c];
          if (typeof r.details === 'string') rec.details = JSON.parse(r.details) as unknown;
          return rec as unknown as VaultLogRecord;
        });
      }),
  };
}

function syncRecord(r: SqlRow): SyncRecord {
  const rec: Record<string, unknown> = { id: num(r.id), timestamp: iso(num(r.ts)), kind: str(r.kind), added: num(r.added), skipped: num(r.skipped), status: str(r.status) };
  for (const [k, c] of [['url', 'url'], ['etag', 'etag'], ['feedVersion', 'feed_version'], ['keyId', 'key_id'], ['error', 'error']] as const) if (typeof r[c] === 'string') rec[k] = r[c];
  return rec as unknown as SyncRecord;
}

function syncHistoryTable(run: Runner): SyncHistoryTable {
  return {
    append: async (row: SyncInput) => {
      if (typeof row !== 'object' || row === null || !['import', 'export', 'sync'].includes(row.kind) || typeof row.status !== 'string') throw new BouncerError('INVALID_INPUT', "sync history: kind must be 'import', 'export' or 'sync' and status a string");
      const at = row.at === undefined ? Date.now() : toMs(row.at, 'at');
      return run.write(async (q) => {
        const r = await q.run('INSERT INTO sync_history (ts, kind, url, etag, feed_version, key_id, added, skipped, status, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          at,
          row.kind,
          row.url ?? null,
          row.etag ?? null,
          row.feedVersion ?? null,
          row.keyId ?? null,
          row.added ?? 0,
          row.skipped ?? 0,
          row.status,
          row.error ?? null,
        ]);
        return r.lastInsertId;
      });
    },
    list: (o = {}) => run.read(async (q) => (await q.all(`SELECT * FROM sync_history ${o.url === undefined ? '' : 'WHERE url = ?'} ORDER BY ts DESC, id DESC LIMIT ?`, [...(o.url === undefined ? [] : [o.url]), o.limit ?? 100])).map(syncRecord)),
    lastOk: (url) => run.read(async (q) => {
      const r = await q.get("SELECT * FROM sync_history WHERE url = ? AND status IN ('ok', 'not-modified') ORDER BY ts DESC, id DESC LIMIT 1", [url]);
      return r === undefined ? undefined : syncRecord(r);
    }),
  };
}

/** Test hooks on top of {@link StoreOptions} (not part of the public API). */
export interface InternalStoreOptions extends StoreOptions {
  /** Node file backend: called before each write to the database file (crash tests kill the process here). */
  readonly beforeWrite?: (path: string, offset: number, length: number) => void;
}

interface PendingScan {
  readonly params: SqlValue[];
  readonly detections: readonly DetectionSummary[];
  readonly scanId: string;
  resolve(): void;
  reject(e: unknown): void;
}

/**
 * Open a store (creating and migrating the database as needed), then prune it by the retention rules.
 *
 * @example
 * ```ts
 * import { openStore } from 'prompt-bouncer/store';
 * const store = await openStore({ path: './data/pb.db', retention: { days: 30 } });
 * await store.logScan(report);
 * const blocked = await store.history({ recommendation: 'block', limit: 20 });
 * await store.close();
 * ```
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const o = checkStoreOptions(options);
  const internal = options as InternalStoreOptions;
  const db = await openDatabase(o.path, {
    ...(options.backend === undefined ? {} : { backend: options.backend }),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    ...(internal.beforeWrite === undefined ? {} : { beforeWrite: internal.beforeWrite }),
  });
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  const queued: Runner = { read: (fn) => db.serial(fn), write: (fn) => db.transaction(fn) };

  let pending: PendingScan[] = [];
  let flushing: Promise<void> | undefined;
  let sincePrune = 0;

  const pruneWith = async (q: Queries, nowMs: number): Promise<number> => {
    const cutoff = nowMs - o.days * DAY_MS;
    await q.run('UPDATE scan_history SET text = NULL WHERE ts < ? AND text IS NOT NULL', [cutoff]);
    let deleted = (await q.run('DELETE FROM scan_history WHERE ts < ? AND scan_id NOT IN (SELECT scan_id FROM feedback)', [cutoff])).changes;
    deleted += (
      await q.run(
        `DELETE FROM scan_history WHERE scan_id IN (
           SELECT scan_id FROM scan_history WHERE scan_id NOT IN (SELECT scan_id FROM feedback)
           ORDER BY ts DESC, rowid DESC LIMIT -1 OFFSET ?)`,
        [o.maxRows],
      )
    ).changes;
    return deleted;
  };

  // Group commit: scans logged while a transaction is running go into the next one. `flushing` is
  // cleared in the same job that sees the queue empty, so a caller resumed by its resolve() always
  // starts a new flush for what it logs next.
  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await db.transaction(async (q) => {
          for (const p of batch) {
            const r = await q.run(
              `INSERT INTO scan_history (scan_id, ts, direction, input_hash, risk_score, threat_level, confidence, recommendation, detections, duration_ms, scanner_count, text)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(scan_id) DO NOTHING`,
              p.params,
            );
            if (r.changes === 0) continue;
            for (const d of p.detections) {
              await q.run('INSERT OR REPLACE INTO scan_detections (scan_id, scanner_id, score, threshold, detected) VALUES (?, ?, ?, ?, ?)', [p.scanId, d.scannerId, d.score, d.threshold, d.detected ? 1 : 0]);
            }
          }
          sincePrune += batch.length;
          if (sincePrune >= STORE_DEFAULTS.pruneEvery) {
            sincePrune = 0;
            await pruneWith(q, Date.now());
          }
        });
        for (const p of batch) p.resolve();
      } catch (e) {
        for (const p of batch) p.reject(e);
      }
    }
    flushing = undefined;
  };
  const drain = async (): Promise<void> => {
    while (flushing !== undefined) await flushing;
  };

  const tx = (q: Queries): StoreTransaction => {
    const direct: Runner = { read: (fn) => fn(q), write: (fn) => fn(q) };
    return { vault: vaultTable(direct), vaultLog: vaultLogTable(direct), syncHistory: syncHistoryTable(direct) };
  };

  const store: Store = {
    path: o.path,
    backend: db.backend,
    storeText: o.storeText,
    async logScan(report, text) {
      checkReport(report);
      const detections = summarise(report);
      const ts = Date.parse(report.timestamp);
      const params: SqlValue[] = [
        report.scanId,
        Number.isFinite(ts) ? ts : Date.now(),
        report.direction,
        report.inputHash,
        report.riskScore,
        report.threatLevel,
        report.confidence,
        report.recommendation,
        JSON.stringify(detections),
        report.durationMs,
        report.scannerCount,
        o.storeText && typeof text === 'string' ? text : null,
      ];
      return new Promise<void>((resolve, reject) => {
        pending.push({ params, detections, scanId: report.scanId, resolve, reject });
        if (flushing === undefined) flushing = flush();
      });
    },
    async history(query = {}) {
      const w = historyWhere(query);
      const limit = query.limit ?? STORE_DEFAULTS.historyLimit;
      const offset = query.offset ?? 0;
      if (!Number.isInteger(limit) || limit < 0 || limit > STORE_DEFAULTS.maxHistoryLimit) throw new BouncerError('INVALID_INPUT', `limit must be an integer from 0 to ${STORE_DEFAULTS.maxHistoryLimit}`);
      if (!Number.isInteger(offset) || offset < 0) throw new BouncerError('INVALID_INPUT', 'offset must be an integer ≥ 0');
      if (query.order !== undefined && query.order !== 'newest' && query.order !== 'oldest') throw new BouncerError('INVALID_INPUT', "order must be 'newest' or 'oldest'");
      const dir = query.order === 'oldest' ? 'ASC' : 'DESC';
      await drain();
      const rows = await db.serial((q) =>
        q.all(
          `SELECT h.*, f.correct AS fb_correct, f.notes AS fb_notes, f.ts AS fb_ts FROM scan_history h LEFT JOIN feedback f ON f.scan_id = h.scan_id
           ${w.sql} ORDER BY h.ts ${dir}, h.rowid ${dir} LIMIT ? OFFSET ?`,
          [...w.params, limit, offset],
        ),
      );
      return rows.map((r) => scanRecord(r, o.storeText));
    },
    async countHistory(query = {}) {
      const w = historyWhere(query);
      await drain();
      return db.serial(async (q) => num((await q.get(`SELECT COUNT(*) AS n FROM scan_history h LEFT JOIN feedback f ON f.scan_id = h.scan_id ${w.sql}`, w.params))?.n));
    },
    async getScan(scanId) {
      if (typeof scanId !== 'string') throw new BouncerError('INVALID_INPUT', 'scanId must be a string');
      await drain();
      const row = await db.serial((q) => q.get('SELECT h.*, f.correct AS fb_correct, f.notes AS fb_notes, f.ts AS fb_ts FROM scan_history h LEFT JOIN feedback f ON f.scan_id = h.scan_id WHERE h.scan_id = ?', [scanId]));
      return row === undefined ? undefined : scanRecord(row, o.storeText);
    },
    async feedback(scanId, input: FeedbackInput) {
      if (typeof scanId !== 'string' || scanId.length === 0) throw new BouncerError('INVALID_INPUT', 'feedback: scanId must be a non-empty string');
      if (typeof input !== 'object' || input === null || typeof input.correct !== 'boolean') throw new BouncerError('INVALID_INPUT', 'feedback: give { correct: true | false, notes? }');
      if (input.notes !== undefined && (typeof input.notes !== 'string' || input.notes.length > 2000)) throw new BouncerError('INVALID_INPUT', 'feedback: notes must be a string of at most 2000 characters');
      await drain();
      const now = Date.now();
      await db.transaction(async (q) => {
        if ((await q.get('SELECT 1 AS x FROM scan_history WHERE scan_id = ?', [scanId])) === undefined) {
          throw new BouncerError('UNKNOWN_SCAN', `no scan "${scanId}" in the store (not logged, or pruned by retention)`, { details: { scanId } });
        }
        await q.run('INSERT INTO feedback (scan_id, correct, notes, ts) VALUES (?, ?, ?, ?) ON CONFLICT(scan_id) DO UPDATE SET correct = excluded.correct, notes = excluded.notes, ts = excluded.ts', [scanId, input.correct ? 1 : 0, input.notes ?? null, now]);
      });
      const rec: FeedbackRecord = input.notes === undefined ? { scanId, correct: input.correct, timestamp: iso(now) } : { scanId, correct: input.correct, notes: input.notes, timestamp: iso(now) };
      return rec;
    },
    async tunerSamples(scannerId, limit = 2000) {
      await drain();
      const rows = await db.serial((q) =>
        q.all(
          `SELECT h.recommendation AS rec, f.correct AS correct, d.score AS score, d.detected AS detected
           FROM feedback f JOIN scan_history h ON h.scan_id = f.scan_id JOIN scan_detections d ON d.scan_id = f.scan_id AND d.scanner_id = ?
           WHERE d.score > 0 ORDER BY f.ts DESC, f.rowid DESC`,
          [scannerId],
        ),
      );
      const samples: Array<{ score: number; attack: boolean }> = [];
      for (const r of rows) {
        const flagged = r.rec !== 'allow';
        const correct = r.correct === 1;
        const fired = r.detected === 1;
        // The labelling table in store/tuner.ts.
        if (flagged && correct && !fired) continue;
        if (!flagged && correct && fired) continue;
        samples.push({ score: num(r.score), attack: flagged === correct });
      }
      return { samples: samples.slice(0, limit), total: samples.length };
    },
    tuning: {
      list: () =>
        db.serial(async (q) =>
          (await q.all('SELECT * FROM detector_tuning ORDER BY scanner_id')).map(
            (r): TuningRecord => ({ scannerId: String(r.scanner_id), threshold: num(r.threshold), baseThreshold: num(r.base_threshold), samples: num(r.samples), updatedAt: iso(num(r.updated_at)), reason: String(r.reason) }),
          ),
        ),
      set: async (r) => {
        if (typeof r.scannerId !== 'string' || !(r.threshold >= 0 && r.threshold <= 1) || !(r.baseThreshold >= 0 && r.baseThreshold <= 1)) throw new BouncerError('INVALID_INPUT', 'tuning: scannerId and thresholds in [0, 1] are required');
        return db.transaction(async (q) => {
          await q.run(
            `INSERT INTO detector_tuning (scanner_id, threshold, base_threshold, samples, updated_at, reason) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT(scanner_id) DO UPDATE SET threshold = excluded.threshold, base_threshold = excluded.base_threshold, samples = excluded.samples, updated_at = excluded.updated_at, reason = excluded.reason`,
            [r.scannerId, r.threshold, r.baseThreshold, r.samples, Date.now(), r.reason],
          );
        });
      },
      clear: (scannerId) => db.transaction(async (q) => (await q.run(scannerId === undefined ? 'DELETE FROM detector_tuning' : 'DELETE FROM detector_tuning WHERE scanner_id = ?', scannerId === undefined ? [] : [scannerId])).changes),
    },
    async prune(now) {
      const nowMs = now === undefined ? Date.now() : toMs(now, 'now');
      await drain();
      return { deleted: await db.transaction((q) => pruneWith(q, nowMs)) };
    },
    vault: vaultTable(queued),
    vaultLog: vaultLogTable(queued),
    syncHistory: syncHistoryTable(queued),
    transaction: (fn) => db.transaction((q) => fn(tx(q))),
    async stats() {
      await drain();
      const version = await schemaVersion(db);
      return db.serial(async (q) => {
        const c = async (sql: string): Promise<number> => num((await q.get(sql))?.n);
        const range = await q.get('SELECT MIN(ts) AS lo, MAX(ts) AS hi FROM scan_history');
        const s: Record<string, unknown> = {
          path: o.path,
          backend: db.backend,
          schemaVersion: version,
          scans: await c('SELECT COUNT(*) AS n FROM scan_history'),
          feedback: await c('SELECT COUNT(*) AS n FROM feedback'),
          tuned: await c('SELECT COUNT(*) AS n FROM detector_tuning'),
          vaultEntries: await c('SELECT COUNT(*) AS n FROM vault_entries'),
        };
        if (typeof range?.lo === 'number') s.oldestScan = iso(range.lo);
        if (typeof range?.hi === 'number') s.newestScan = iso(range.hi);
        return s as unknown as Awaited<ReturnType<Store['stats']>>;
      });
    },
    async close() {
      await drain();
      await db.close();
    },
  };
  try {
    await store.prune();
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return store;
}
