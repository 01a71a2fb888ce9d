// The audit store: snapshots and their reports kept in a PostgreSQL database of the user's choice,
// in a schema of its own (pgcap), so that history, diffs and fleet summaries read what was saved.
// `pgcap init-store` creates or migrates it; every other use checks its schema version first and
// refuses a store that is missing, older (init-store upgrades it) or newer than this pgcap.
// The store is written in one transaction per audit, over its own connection: the audited
// database is never written, and may be another server.
import type pg from 'pg';
import { buildReport } from '../core/report';
import { redactDeep } from '../core/redact';
import { VERDICTS, type Report, type Severity, type VerdictKind } from '../core/report-types';
import type { Snapshot } from '../core/snapshot';
import { MIGRATIONS, STORE_SCHEMA, STORE_VERSION, VERSION_TABLE } from './audit-store-schema';
import { connect, describeTarget } from './collect';
import { isConnectionLost, oneLine, UserError } from './errors';
import { pgDriver } from './pg-driver';
import { checkReport, checkSnapshot } from './snapshot-check';
import { VERSION } from './version';

export { STORE_SCHEMA, STORE_VERSION };

export interface AuditStore {
  client: pg.Client;
  /** "at host:port/db", for messages (never a password). */
  where: string;
}

/** A saved audit's row: what history lists, without its documents. */
export interface AuditSummary {
  id: number;
  collectedAt: string;
  savedAt: string;
  /** host:port of the audited server (null: no database audited, or unknown for a saved file). */
  server: string | null;
  database: string | null;
  postgresqlVersion: string | null;
  odooVersion: string | null;
  catalogVersion: number;
  collector: string;
  pgcapVersion: string;
  findings: number;
  verdicts: Record<VerdictKind, number>;
  accepted: number;
  dualWrites: number;
  worstSeverity: Severity | null;
  capabilitiesInUse: number;
  capabilitiesKnown: number;
  odooFindings: number;
  notInstalledFindings: number;
  modulesScanned: number;
}

export interface SavedAudit extends AuditSummary { snapshot: Snapshot; report: Report }

export interface AuditFilter { server?: string; database?: string }

const SUMMARY_COLUMNS = `id::float8 AS id, collected_at, saved_at, server, database, postgresql_version, odoo_version,
  catalog_version, collector, pgcap_version, findings, refuse, replace, keep, review, accepted, dual_writes,
  worst_severity, capabilities_in_use, capabilities_known, odoo_findings, not_installed_findings, modules_scanned`;

type Row = Record<string, unknown>;

function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

function summaryOf(r: Row): AuditSummary {
  return {
    id: Number(r.id), collectedAt: iso(r.collected_at), savedAt: iso(r.saved_at),
    server: r.server as string | null, database: r.database as string | null,
    postgresqlVersion: r.postgresql_version as string | null, odooVersion: r.odoo_version as string | null,
    catalogVersion: r.catalog_version as number, collector: r.collector as string, pgcapVersion: r.pgcap_version as string,
    findings: r.findings as number,
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, r[v] as number])) as Record<VerdictKind, number>,
    accepted: r.accepted as number, dualWrites: r.dual_writes as number, worstSeverity: r.worst_severity as Severity | null,
    capabilitiesInUse: r.capabilities_in_use as number, capabilitiesKnown: r.capabilities_known as number,
    odooFindings: r.odoo_findings as number, notInstalledFindings: r.not_installed_findings as number,
    modulesScanned: r.modules_scanned as number,
  };
}

/**
 * host:port of the server a connection goes to, as pg resolves it (the URL, else PGHOST and PGPORT,
 * else localhost:5432), without connecting; never a user or a password.
 */
export async function serverOf(db: string | pg.ClientConfig): Promise<string> {
  const { Client } = await pgDriver();
  const client = new Client(typeof db === 'string' ? { connectionString: db } : db);
  const host = String(client.host || 'localhost');
  return `${host.includes(':') ? `[${host}]` : host}:${client.port || 5432}`;
}

/** A server error of the store in one sentence; privileges named, since a store is often shared. */
function storeError(e: unknown, store: AuditStore, doing: string): UserError {
  if (e instanceof UserError) return e;
  const err = e as { code?: string; message?: string };
  if (isConnectionLost(e)) return new UserError(`lost the connection to the audit store ${store.where} while ${doing}: ${err.message ?? e}`);
  if (!err.code) return e as UserError; // not the server's: a bug, reported as one by main
  if (err.code === '42501') {
    return new UserError(`the audit store ${store.where} refused ${doing}: ${err.message} (see "Audit history in PostgreSQL" in the README for the grants)`);
  }
  return new UserError(`the audit store ${store.where} refused ${doing}: ${err.message}`);
}

export async function openStore(url: string | pg.ClientConfig): Promise<AuditStore> {
  const client = await connect(url);
  return { client, where: describeTarget(url) };
}

export async function closeStore(store: AuditStore): Promise<void> {
  await store.client.end().catch(() => undefined);
}

/** Opens the store, runs `fn`, closes it whatever happens. */
export async function withStore<T>(url: string | pg.ClientConfig, fn: (store: AuditStore) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await closeStore(store);
  }
}

/** The store's schema version, or null when it has none (never initialised). */
async function storeVersion(store: AuditStore): Promise<number | null> {
  // pg_class is readable by every role: a table the role may not read is not mistaken for a missing one
  const found = await store.client.query(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND c.relname = 'store_version'`, [STORE_SCHEMA]);
  if (!found.rowCount) return null;
  const res = await store.client.query<{ version: number }>('SELECT version FROM pgcap.store_version');
  return res.rows[0]?.version ?? null;
}

/**
 * Refuses a store this pgcap cannot use: not initialised, older (init-store upgrades it), newer.
 * `write`: the role must also be allowed to insert audits (checked before a scan, not after it).
 */
export async function checkStore(store: AuditStore, write = false): Promise<void> {
  let version: number | null;
  let mayWrite = true;
  try {
    version = await storeVersion(store);
    if (write && version === STORE_VERSION) {
      // INSERT, and SELECT of the id it returns
      const res = await store.client.query<{ ok: boolean }>(`SELECT has_table_privilege('pgcap.audit', 'INSERT')
        AND has_column_privilege('pgcap.audit', 'id', 'SELECT') AS ok`);
      mayWrite = res.rows[0]?.ok === true;
    }
  } catch (e) {
    throw storeError(e, store, 'reading its schema version');
  }
  if (version === null) {
    throw new UserError(`no audit store ${store.where}: create it with "pgcap init-store URL" (a schema ${STORE_SCHEMA} in that database).`);
  }
  if (version > STORE_VERSION) {
    throw new UserError(`the audit store ${store.where} has schema version ${version}, newer than this pgcap ${VERSION} knows (${STORE_VERSION}): use a newer pgcap.`);
  }
  if (version < STORE_VERSION) {
    throw new UserError(`the audit store ${store.where} has schema version ${version}; this pgcap needs ${STORE_VERSION}: upgrade it with "pgcap init-store URL".`);
  }
  if (!mayWrite) {
    throw new UserError(`the role may not save audits in the store ${store.where}: it needs INSERT and SELECT on pgcap.audit (see "Audit history in PostgreSQL" in the README for the grants).`);
  }
}

/**
 * Creates the store, or brings it to this pgcap's version; nothing to do when it is there already.
 * One transaction, under an advisory lock, so that two runs at once do not race.
 */
export async function initStore(store: AuditStore): Promise<{ from: number | null; to: number }> {
  const c = store.client;
  try {
    await c.query('BEGIN');
    await c.query(`SELECT pg_advisory_xact_lock(hashtext('pgcap audit store'))`);
    const from = await storeVersion(store);
    if (from !== null && from > STORE_VERSION) {
      throw new UserError(`the audit store ${store.where} has schema version ${from}, newer than this pgcap ${VERSION} knows (${STORE_VERSION}): it is left as it is; use a newer pgcap.`);
    }
    if (from === null) {
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${STORE_SCHEMA}`);
      await c.query(VERSION_TABLE);
    }
    for (let v = (from ?? 0) + 1; v <= STORE_VERSION; v++) await c.query(MIGRATIONS[v - 1]!);
    if (from !== STORE_VERSION) {
      await c.query(`INSERT INTO pgcap.store_version (version, pgcap_version) VALUES ($1, $2)
        ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, pgcap_version = EXCLUDED.pgcap_version, updated_at = now()`, [STORE_VERSION, VERSION]);
    }
    await c.query('COMMIT');
    return { from, to: STORE_VERSION };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw storeError(e, store, 'creating its schema');
  }
}

/** jsonb holds no NUL and no lone surrogate (a file name read by Python's surrogateescape): shown as U+FFFD. */
const NOT_IN_JSONB = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function jsonbText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(NOT_IN_JSONB, '\uFFFD') : v));
}

export interface AuditToSave {
  snapshot: Snapshot;
  /** Its report as shown (acceptances applied); judged from the snapshot when absent. */
  report?: Report;
  /** host:port of the audited server (serverOf), or a label; null when unknown. */
  server: string | null;
}

/**
 * Saves one audit (its snapshot, redacted again, and its report) in one transaction; returns its
 * id. Callable once per snapshot: a scan of several databases saves each on its own.
 */
export async function saveAudit(store: AuditStore, audit: AuditToSave): Promise<number> {
  const snapshot = redactDeep(audit.snapshot);
  const report = audit.report ?? buildReport(snapshot);
  const s = report.summary;
  const c = store.client;
  try {
    await c.query('BEGIN');
    await checkStore(store, true);
    const res = await c.query<{ id: number }>(`INSERT INTO pgcap.audit (collected_at, server, database, postgresql_version,
        odoo_version, catalog_version, collector, pgcap_version, findings, refuse, replace, keep, review, accepted,
        dual_writes, worst_severity, capabilities_in_use, capabilities_known, odoo_findings, not_installed_findings,
        modules_scanned, snapshot, report)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22::jsonb, $23::jsonb)
      RETURNING id::float8 AS id`, [
      snapshot.collectedAt, audit.server, report.source.database, report.source.serverVersion, report.source.odooVersion,
      snapshot.catalogVersion, report.source.collector, VERSION, s.findings, s.verdicts.refuse, s.verdicts.replace,
      s.verdicts.keep, s.verdicts.review, s.accepted ?? 0, s.dualWrites, s.worstSeverity, s.capabilitiesInUse,
      s.capabilitiesKnown, s.odooFindings, s.notInstalledFindings, s.modulesScanned, jsonbText(snapshot), jsonbText(report),
    ]);
    await c.query('COMMIT');
    return Number(res.rows[0]!.id);
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw storeError(e, store, 'saving the audit');
  }
}

function where(filter: AuditFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const terms: string[] = [];
  if (filter.server !== undefined) terms.push(`server = $${params.push(filter.server)}`);
  if (filter.database !== undefined) terms.push(`database = $${params.push(filter.database)}`);
  return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

async function read<T>(store: AuditStore, doing: string, run: () => Promise<T>): Promise<T> {
  await checkStore(store);
  try {
    return await run();
  } catch (e) {
    throw storeError(e, store, doing);
  }
}

/** Saved audits, newest first (by the time they were collected), at most `limit`. */
export async function listAudits(store: AuditStore, filter: AuditFilter & { limit?: number } = {}): Promise<AuditSummary[]> {
  const w = where(filter);
  // a parameter like every other value: LIMIT NULL is no limit
  const limit = filter.limit && Number.isSafeInteger(filter.limit) && filter.limit > 0 ? filter.limit : null;
  return read(store, 'listing its audits', async () => {
    const res = await store.client.query(`SELECT ${SUMMARY_COLUMNS} FROM pgcap.audit ${w.sql}
      ORDER BY collected_at DESC, id DESC LIMIT $${w.params.length + 1}::bigint`, [...w.params, limit]);
    return res.rows.map(summaryOf);
  });
}

/** One saved audit with its documents, checked as a file would be; a UserError when there is no such id. */
export async function loadAudit(store: AuditStore, id: number): Promise<SavedAudit> {
  const row = await read(store, `reading audit ${id}`, async () => {
    const res = await store.client.query(`SELECT ${SUMMARY_COLUMNS}, snapshot, report FROM pgcap.audit WHERE id = $1`, [id]);
    return res.rows[0] as Row | undefined;
  });
  if (!row) throw new UserError(`no audit ${id} in the store ${store.where} ("pgcap history --from URL" lists them).`);
  const name = `audit ${id} of the store`;
  return { ...summaryOf(row), snapshot: checkSnapshot(row.snapshot, name), report: checkReport(row.report, name) };
}

/**
 * The newest saved audit of each (server, database), with its report: what a fleet summary of
 * saved audits is made from. Sorted by server, then database.
 */
export async function latestAudits(store: AuditStore, filter: AuditFilter = {}): Promise<Array<AuditSummary & { report: Report }>> {
  const w = where(filter);
  const rows = await read(store, 'reading the latest audits', async () => (await store.client.query(`SELECT DISTINCT ON (server, database)
      ${SUMMARY_COLUMNS}, report FROM pgcap.audit ${w.sql}
      ORDER BY server, database, collected_at DESC, id DESC`, w.params)).rows);
  return rows.map((r) => ({ ...summaryOf(r), report: checkReport(r.report, `audit ${Number(r.id)} of the store`) }));
}

/** An audit id as typed: a positive integer, else one sentence naming what was given. */
export function auditIdOf(value: string): number {
  const id = /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : NaN;
  if (!(id > 0)) throw new UserError(`"${oneLine(value.slice(0, 60))}" is not an audit id: give the number "pgcap history" shows.`);
  return id;
}

/** Before a long scan: the store can take its audit (there, initialised, this version, INSERT allowed). */
export async function checkStoreWritable(url: string): Promise<void> {
  await withStore(url, (store) => checkStore(store, true));
}

/** Saves one audit over a connection of its own; returns its id and where it went. */
export async function saveAuditTo(url: string, audit: AuditToSave): Promise<{ id: number; where: string }> {
  return withStore(url, async (store) => ({ id: await saveAudit(store, audit), where: store.where }));
}
