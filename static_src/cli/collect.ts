// Assembles a snapshot from a database connection and/or addons folders on disk.
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { catalog, type Catalog } from '../core/catalog';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../core/snapshot';
import { runProbes } from './collector';
import { connectError, isConnectionLost, UserError } from './errors';
import { pgDriver } from './pg-driver';
import { pgpassPassword, type PgpassTarget } from './pgpass';
import { scanAddonsParsed } from './scanner';
import { VERSION } from './version';

export interface CollectOptions {
  /** A connection URL, or {} to use the libpq environment variables; null to skip the database. */
  db: string | pg.ClientConfig | null;
  /** Another database of the server `db` names (a fleet scan), instead of its own. */
  database?: string;
  addons: string[];
  cat?: Catalog;
  progress?: (message: string) => void;
  /** Count the modules before scanning them, for "scanning addons: 120/590 modules" (a terminal is watching). */
  totals?: boolean;
  /** The addons already scanned (a fleet scan shares one scan among its databases): `addons` is then not scanned again. */
  scanned?: Snapshot['scan'];
  /** The scan cache's folder (scan-cache.ts); none when absent or null. */
  cacheDir?: string | null;
  /** A line that stays on stderr (a cache not written). */
  warn?: (message: string) => void;
}

export function describeTarget(db: string | pg.ClientConfig, database?: string): string {
  const cfg = typeof db === 'string' ? { connectionString: db } : db;
  const url = cfg.connectionString ? safeUrl(cfg.connectionString) : null;
  if (url) return `at ${url.hostname || 'localhost'}:${url.port || '5432'}${database !== undefined ? `/${database}` : url.pathname.length > 1 ? url.pathname : ''}`;
  const host = cfg.host ?? process.env.PGHOST ?? 'localhost';
  return `at ${host}:${cfg.port ?? process.env.PGPORT ?? '5432'}/${database ?? cfg.database ?? process.env.PGDATABASE ?? process.env.PGUSER ?? process.env.USER ?? ''}`;
}

function safeUrl(s: string): URL | null {
  try { return new URL(s); } catch { return null; }
}

/** True when the connection carries a password of its own: in the URL, the config or PGPASSWORD. */
function hasPassword(cfg: pg.ClientConfig): boolean {
  if (cfg.password !== undefined || process.env.PGPASSWORD !== undefined) return true;
  return Boolean(cfg.connectionString && safeUrl(cfg.connectionString)?.password);
}

/** Where the password file's warnings go (a file open to others is ignored); stderr unless a caller says. */
let pgpassWarn = (line: string): void => {
  process.stderr.write(`pgcap: warning: ${line}\n`);
};
export function onPgpassWarning(warn: (line: string) => void): void {
  pgpassWarn = warn;
}

/**
 * A connection, to `database` when given (another database of the same server) rather than the
 * one `db` names. The name is set on pg's parameters, not in the URL or the config: pg's parse of
 * a URL overrides a config's database, and decodes the path with decodeURI, which cannot carry
 * a name holding / ? # or %.
 */
export async function connect(db: string | pg.ClientConfig, database?: string): Promise<pg.Client> {
  const cfg: pg.ClientConfig = typeof db === 'string' ? { connectionString: db } : { ...db };
  const { Client } = await pgDriver();
  const client = new Client({ ...cfg, application_name: 'pgcap', connectionTimeoutMillis: 10_000 });
  if (database !== undefined) {
    const c = client as unknown as { connectionParameters: { database: string }; database: string };
    c.connectionParameters.database = database;
    c.database = database;
  }
  // No password given: the one of ~/.pgpass (or PGPASSFILE) for the host, port, database and user
  // pg settled on. Set on the client, not in the config: a connectionString's parse overwrites a
  // config's password; pg calls the function with its connection parameters (its types declare none).
  if (!hasPassword(cfg)) (client as unknown as { password: unknown }).password = async (p: PgpassTarget) => pgpassPassword(p, pgpassWarn);
  client.on('error', () => undefined); // a dropped connection surfaces on the next query instead
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw connectError(e, describeTarget(db, database));
  }
  return client;
}

/**
 * How many modules the scan will meet: folders holding a manifest, found the way the scanner walks
 * (hidden and skipped folders left out, each real folder once). Only for the progress line.
 */
export function countModules(roots: string[], cat: Catalog = catalog): number {
  let count = 0;
  let seen = new Set<string>();
  const visit = (dir: string, depth: number): void => {
    let real: string;
    let entries: string[];
    try {
      real = fs.realpathSync(dir);
      if (seen.has(real) || depth > 64) return;
      seen.add(real);
      entries = fs.readdirSync(dir);
    } catch {
      return;
    }
    if (entries.some((e) => cat.scan.manifestFiles.includes(e))) {
      if (!cat.scan.selfModules.includes(path.basename(real))) count += 1;
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || cat.scan.skipDirs.includes(name)) continue;
      const full = path.join(dir, name);
      let isDir = false;
      try {
        isDir = fs.statSync(full).isDirectory();
      } catch {
        isDir = false;
      }
      if (isDir) visit(full, depth + 1);
    }
  };
  for (const root of roots) {
    seen = new Set<string>(); // as the scanner: each root walked on its own
    visit(root, 0);
  }
  return count;
}

export async function collectSnapshot(opts: CollectOptions): Promise<Snapshot> {
  const cat = opts.cat ?? catalog;
  let database: Snapshot['database'] = null;
  if (opts.db !== null) {
    const where = describeTarget(opts.db, opts.database);
    opts.progress?.(`connecting ${where}`);
    const client = await connect(opts.db, opts.database);
    let current = '';
    try {
      database = await runProbes(client, cat, (e) => {
        current = e.probe;
        opts.progress?.(`probe ${e.done + 1}/${e.total}: ${e.probe}`);
      });
    } catch (e) {
      if (isConnectionLost(e)) throw new UserError(`lost the connection to PostgreSQL ${where} during probe ${current}: ${(e as Error).message}`);
      throw e;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  let scan: Snapshot['scan'] = opts.scanned ?? null;
  if (opts.scanned === undefined && opts.addons.length > 0) {
    const total = opts.totals ? countModules(opts.addons, cat) : 0;
    const of = total ? `/${total}` : '';
    opts.progress?.(`scanning addons: 0${of} modules`);
    const warn = opts.warn ?? ((m: string) => process.stderr.write(`pgcap: warning: ${m}\n`));
    scan = await scanAddonsParsed(opts.addons, cat, (e) => opts.progress?.(`scanning addons: ${e.done}${of} modules, ${e.found} matches (${e.module})`),
      { cacheDir: opts.cacheDir ?? null, onWarning: warn });
  }
  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    collectedAt: new Date().toISOString(),
    collector: { name: 'pgcap', version: VERSION, runtime: `node ${process.versions.node}` },
    catalogVersion: cat.catalogVersion,
    database,
    scan,
    // host facts (filestore, sessions, server options) are seen by the Odoo module only
    odoo: null,
  };
}
