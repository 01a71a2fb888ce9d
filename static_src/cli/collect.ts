// Assembles a snapshot from a database connection and/or addons folders on disk.
import pg from 'pg';
import { catalog, type Catalog } from '../core/catalog';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../core/snapshot';
import { runProbes } from './collector';
import { connectError } from './errors';
import { scanAddons } from './scanner';
import { VERSION } from './version';

export interface CollectOptions {
  /** A connection URL, or {} to use the libpq environment variables; null to skip the database. */
  db: string | pg.ClientConfig | null;
  addons: string[];
  cat?: Catalog;
  progress?: (message: string) => void;
}

export function describeTarget(db: string | pg.ClientConfig): string {
  const cfg = typeof db === 'string' ? { connectionString: db } : db;
  const url = cfg.connectionString ? safeUrl(cfg.connectionString) : null;
  if (url) return `at ${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname.length > 1 ? url.pathname : ''}`;
  const host = process.env.PGHOST ?? 'localhost';
  return `at ${host}:${process.env.PGPORT ?? '5432'}/${process.env.PGDATABASE ?? process.env.PGUSER ?? process.env.USER ?? ''}`;
}

function safeUrl(s: string): URL | null {
  try { return new URL(s); } catch { return null; }
}

export async function connect(db: string | pg.ClientConfig): Promise<pg.Client> {
  const cfg: pg.ClientConfig = typeof db === 'string' ? { connectionString: db } : { ...db };
  const client = new pg.Client({ ...cfg, application_name: 'pgcap', connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined); // a dropped connection surfaces on the next query instead
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw connectError(e, describeTarget(db));
  }
  return client;
}

export async function collectSnapshot(opts: CollectOptions): Promise<Snapshot> {
  const cat = opts.cat ?? catalog;
  let database: Snapshot['database'] = null;
  if (opts.db !== null) {
    opts.progress?.(`connecting ${describeTarget(opts.db)}`);
    const client = await connect(opts.db);
    try {
      database = await runProbes(client, cat, (e) => opts.progress?.(`probe ${e.done + 1}/${e.total}: ${e.probe}`));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const scan = opts.addons.length > 0
    ? scanAddons(opts.addons, cat, (e) => opts.progress?.(`scanning addons: ${e.done} modules, ${e.found} matches (${e.module})`))
    : null;
  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    collectedAt: new Date().toISOString(),
    collector: { name: 'pgcap', version: VERSION, runtime: `node ${process.versions.node}` },
    catalogVersion: cat.catalogVersion,
    database,
    scan,
  };
}
