/**
 * @module store/migrations — the store's schema as an ordered list of migrations. A database records
 * every version applied in `schema_version`; opening runs the missing steps, each in its own
 * transaction (a failed step leaves the database at the previous version). A database from a newer
 * library is refused with `StoreError('STORE_VERSION')` rather than guessed at.
 *
 * Never edit a released step: add a new one. Tests build a database at every earlier version and
 * open it with the current code (`test/node/store-migrations.test.ts`).
 */
import { StoreError } from '../errors.js';
import type { Database, Queries } from './sqlite.js';

/** One schema step. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  up(q: Queries): Promise<void>;
}

/**
 * v1 — the initial schema. Times are Unix milliseconds; `detections` is the per-scanner summary as
 * JSON; `text` is set only when the user opted in (`storeText`).
 */
const V1 = `
CREATE TABLE scan_history (
  scan_id        TEXT PRIMARY KEY,
  ts             INTEGER NOT NULL,
  direction      TEXT NOT NULL,
  input_hash     TEXT NOT NULL,
  risk_score     REAL NOT NULL,
  threat_level   REAL NOT NULL,
  confidence     REAL NOT NULL,
  recommendation TEXT NOT NULL,
  detections     TEXT NOT NULL,
  duration_ms    REAL NOT NULL,
  scanner_count  INTEGER NOT NULL,
  text           TEXT
);
CREATE INDEX scan_history_ts ON scan_history(ts);
CREATE TABLE feedback (
  scan_id  TEXT PRIMARY KEY REFERENCES scan_history(scan_id) ON DELETE CASCADE,
  correct  INTEGER NOT NULL,
  notes    TEXT,
  ts       INTEGER NOT NULL
);
CREATE TABLE detector_tuning (
  scanner_id     TEXT PRIMARY KEY,
  threshold      REAL NOT NULL,
  base_threshold REAL NOT NULL,
  samples        INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  reason         TEXT NOT NULL
);
CREATE TABLE vault_entries (
  id           INTEGER PRIMARY KEY,
  hash         TEXT NOT NULL UNIQUE,
  embedding    BLOB NOT NULL,
  dim          INTEGER NOT NULL,
  model        TEXT NOT NULL,
  detector     TEXT NOT NULL,
  severity     TEXT NOT NULL,
  confidence   REAL NOT NULL,
  source       TEXT NOT NULL,
  source_ref   TEXT,
  scan_id      TEXT,
  first_seen   INTEGER NOT NULL,
  last_seen    INTEGER NOT NULL,
  report_count INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE vault_log (
  id       INTEGER PRIMARY KEY,
  ts       INTEGER NOT NULL,
  action   TEXT NOT NULL,
  hash     TEXT,
  detector TEXT,
  scan_id  TEXT,
  source   TEXT,
  details  TEXT
);
CREATE TABLE sync_history (
  id           INTEGER PRIMARY KEY,
  ts           INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  url          TEXT,
  etag         TEXT,
  feed_version TEXT,
  key_id       TEXT,
  added        INTEGER NOT NULL DEFAULT 0,
  skipped      INTEGER NOT NULL DEFAULT 0,
  status       TEXT NOT NULL,
  error        TEXT
);`;

/**
 * v2 — per-scanner scores as rows. The auto-tuner reads one scanner's scores across every scan with
 * feedback, and `history({ scannerId })` filters on it; both were JSON scans over every row in v1.
 * Existing history is backfilled from the v1 JSON. Only scanners with a score above 0, an error, or a
 * detection get a row (a scan runs ~30 scanners; most score 0).
 */
const V2 = `
CREATE TABLE scan_detections (
  scan_id    TEXT NOT NULL REFERENCES scan_history(scan_id) ON DELETE CASCADE,
  scanner_id TEXT NOT NULL,
  score      REAL NOT NULL,
  threshold  REAL NOT NULL,
  detected   INTEGER NOT NULL,
  PRIMARY KEY (scan_id, scanner_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO scan_detections (scan_id, scanner_id, score, threshold, detected)
  SELECT h.scan_id, json_extract(d.value, '$.scannerId'), json_extract(d.value, '$.score'),
         json_extract(d.value, '$.threshold'), CASE WHEN json_extract(d.value, '$.detected') THEN 1 ELSE 0 END
  FROM scan_history h, json_each(h.detections) d
  WHERE json_extract(d.value, '$.scannerId') IS NOT NULL;
CREATE INDEX scan_detections_scanner ON scan_detections(scanner_id, detected);
CREATE INDEX scan_history_recommendation ON scan_history(recommendation, ts);
CREATE INDEX feedback_ts ON feedback(ts);`;

/**
 * v3 — vault usefulness and lookups: how often an entry matched (`hit_count`, `last_hit`) so a size
 * cap evicts the least useful entries first; indexes for "entries this scan created" (a false positive
 * removes them), per-source listing, the log by time, and sync history per feed URL.
 */
const V3 = `
ALTER TABLE vault_entries ADD COLUMN hit_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE vault_entries ADD COLUMN last_hit INTEGER;
CREATE INDEX vault_entries_scan ON vault_entries(scan_id);
CREATE INDEX vault_entries_source ON vault_entries(source, detector);
CREATE INDEX vault_log_ts ON vault_log(ts);
CREATE INDEX sync_history_url ON sync_history(url, ts);`;

/** Every step, oldest first. */
export const MIGRATIONS: readonly Migration[] = Object.freeze([
  { version: 1, description: 'initial schema', up: (q: Queries) => q.exec(V1) },
  { version: 2, description: 'scan_detections (per-scanner scores) + backfill, history and feedback indexes', up: (q: Queries) => q.exec(V2) },
  { version: 3, description: 'vault hit counts for eviction, vault/log/sync indexes', up: (q: Queries) => q.exec(V3) },
]);

/** The schema version this library writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * The version a database is at (0 for a new, empty one).
 *
 * @example
 * ```ts
 * await schemaVersion(db); // 3
 * ```
 */
export async function schemaVersion(db: Database): Promise<number> {
  return db.serial(async (q) => {
    const t = await q.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (t === undefined) return 0;
    const row = await q.get('SELECT MAX(version) AS v FROM schema_version');
    return typeof row?.v === 'number' ? row.v : 0;
  });
}

/**
 * Bring `db` up to `target` (default: the latest). Returns the versions applied.
 *
 * @example
 * ```ts
 * await migrate(db);          // a new database gets every step
 * await migrate(db, 1);       // tests: stop at v1
 * ```
 */
export async function migrate(db: Database, target: number = SCHEMA_VERSION): Promise<number[]> {
  const current = await schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new StoreError('STORE_VERSION', `store: the database "${db.path}" is at schema version ${current}, newer than this library's ${SCHEMA_VERSION}; upgrade prompt-bouncer to open it`, { details: { version: current, supported: SCHEMA_VERSION } });
  }
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    await db.transaction(async (q) => {
      await q.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL, description TEXT NOT NULL)');
      // Another connection may have migrated between our read and this lock.
      const row = await q.get('SELECT MAX(version) AS v FROM schema_version');
      if (typeof row?.v === 'number' && row.v >= m.version) return;
      await m.up(q);
      await q.run('INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)', [m.version, Date.now(), m.description]);
    });
    applied.push(m.version);
  }
  return applied;
}
