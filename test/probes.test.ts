// Every probe against a real PostgreSQL: a database built to contain what each detects, one that
// contains none of it, and the rules of the house (no table reads, bounded by locks, privileges).
import { catalog } from '../static_src/core/catalog';
import { buildReport } from '../static_src/core/report';
import type { CapabilityReport } from '../static_src/core/report-types';
import { SNAPSHOT_SCHEMA, type ProbeResult, type Snapshot } from '../static_src/core/snapshot';
import { runProbes } from '../static_src/cli/collector';
import { collectSnapshot, connect } from '../static_src/cli/collect';
import { freshDatabase, openSession, urlFor, withClient } from './support/db';
import { SAMPLE_SQL } from './support/fixtures';

const EVERYTHING_SQL = `
CREATE EXTENSION pg_trgm;
CREATE EXTENSION unaccent;
CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT public.unaccent('public.unaccent', $1) $$;
CREATE TABLE doc (id serial PRIMARY KEY, title text, data jsonb, tags jsonb, search tsvector, payload bytea, created timestamptz DEFAULT now());
CREATE INDEX doc_data_gin ON doc USING gin (data jsonb_path_ops);
CREATE INDEX doc_title_trgm ON doc USING gist (title gist_trgm_ops);
CREATE INDEX doc_search_idx ON doc USING gin (search);
CREATE INDEX doc_fts_expr ON doc USING gin (to_tsvector('simple', coalesce(title, '')));
CREATE INDEX doc_unaccent ON doc (f_unaccent(title));
CREATE INDEX doc_created_brin ON doc USING brin (created);
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = pg_catalog.french);
CREATE TABLE event (id bigserial, at timestamptz NOT NULL, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE event_2027 PARTITION OF event FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE UNLOGGED TABLE cache_entry (key text PRIMARY KEY, value jsonb);
INSERT INTO doc (title, data, tags, search, payload)
  SELECT 'Title ' || g, jsonb_build_object('n', g), '[]', to_tsvector('simple', 'word ' || g), decode(md5(g::text), 'hex')
  FROM generate_series(1, 500) g;
CREATE MATERIALIZED VIEW doc_stats AS SELECT count(*) AS n FROM doc;
CREATE FUNCTION doc_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('doc_changes', NEW.id::text); RETURN NEW; END $$;
CREATE TRIGGER doc_changed_trg AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION doc_changed();
CREATE FUNCTION job_enqueued() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NOTIFY queue_job; RETURN NEW; END $$;
ANALYZE;
`;

function snapshotOf(probes: ProbeResult[]): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: 'now', collector: { name: 'test', version: '0', runtime: 'jest' },
    catalogVersion: catalog.catalogVersion, database: { probes, durationMs: 0 }, scan: null,
  };
}

async function probe(url: string): Promise<ProbeResult[]> {
  const client = await connect(url);
  try {
    return (await runProbes(client)).probes;
  } finally {
    await client.end();
  }
}

const cap = (caps: CapabilityReport[], id: string) => caps.find((c) => c.id === id)!;

describe('probes on a database that uses every capability', () => {
  let url: string;
  let report: ReturnType<typeof buildReport>;
  let probes: ProbeResult[];
  let listener: Awaited<ReturnType<typeof openSession>>;
  let locker: Awaited<ReturnType<typeof openSession>>;

  beforeAll(async () => {
    url = await freshDatabase('pgcap_everything', EVERYTHING_SQL);
    listener = await openSession(url, 'worker-listener');
    await listener.query('LISTEN doc_changes_listener');
    locker = await openSession(url, 'locker');
    await locker.query('SELECT pg_advisory_lock(42)');
    probes = await probe(url);
    report = buildReport(snapshotOf(probes));
  });
  afterAll(async () => {
    await listener.end();
    await locker.end();
  });

  test('every probe ran or was skipped for a stated reason', () => {
    const byId = Object.fromEntries(probes.map((p) => [p.id, p]));
    for (const def of catalog.probes) expect(byId[def.id]).toBeDefined();
    expect(probes.filter((p) => p.status === 'error')).toEqual([]);
    expect(byId.odoo_modules).toMatchObject({ status: 'skipped', message: 'not an Odoo database' });
    expect(byId.statements_skip_locked).toMatchObject({ status: 'skipped', message: 'extension pg_stat_statements is not installed' });
  });

  test('jsonb columns with size estimates, and their GIN index', () => {
    const items = cap(report.capabilities, 'jsonb').items;
    expect(items.map((i) => `${i.table}.${i.column}`).sort()).toEqual(['cache_entry.value', 'doc.data', 'doc.tags', 'event.payload']);
    const data = items.find((i) => i.table === 'doc' && i.column === 'data')!;
    expect(data.rows).toBe(500);
    expect(data.size).toBeGreaterThan(0);
    expect(data.indexed).toBe(true);
    expect(cap(report.capabilities, 'jsonb_indexes').items.map((i) => i.index)).toEqual(['doc_data_gin']);
  });

  test('full-text: tsvector column, its index, the expression index and the custom configuration', () => {
    const items = cap(report.capabilities, 'full_text').items.map((i) => `${i.kind}:${i.name}`);
    expect(items).toEqual(expect.arrayContaining([
      'tsvector column:doc.search', 'full-text index:doc.doc_search_idx', 'full-text index:doc.doc_fts_expr',
      'text search configuration:french_unaccent', 'text search configuration:pg_catalog.simple',
    ]));
    expect(report.summary.ftsIndexes).toBe(2);
  });

  test('trigram, unaccent, BRIN, partitioning, materialized views, UNLOGGED tables, bytea', () => {
    expect(cap(report.capabilities, 'trigram').items.map((i) => i.index)).toEqual(['doc_title_trgm']);
    expect(cap(report.capabilities, 'unaccent').items.map((i) => i.index)).toEqual(['extension unaccent', 'function public.unaccent(text)', 'doc_unaccent']);
    expect(cap(report.capabilities, 'brin').items.map((i) => i.index)).toEqual(['doc_created_brin']);
    expect(cap(report.capabilities, 'partitioning').items).toEqual([expect.objectContaining({ table: 'event', strategy: 'range', partitions: 2 })]);
    expect(cap(report.capabilities, 'materialized_views').items).toEqual([expect.objectContaining({ view: 'doc_stats', populated: true })]);
    expect(cap(report.capabilities, 'unlogged_tables').items.map((i) => i.table)).toEqual(['cache_entry']);
    expect(cap(report.capabilities, 'large_objects').items).toEqual([expect.objectContaining({ table: 'doc', column: 'payload', rows: 500 })]);
    expect(cap(report.capabilities, 'extensions').items.map((i) => i.name)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent', 'plpgsql']));
  });

  test('LISTEN/NOTIFY: listening sessions, notify functions with their triggers', () => {
    const channels = Object.fromEntries(report.channels.map((c) => [c.channel, c]));
    expect(channels.doc_changes_listener).toMatchObject({ listeners: 1, sources: [expect.objectContaining({ kind: 'session' })] });
    expect(channels.doc_changes!.sources).toEqual([{ kind: 'function', detail: 'function public.doc_changed (triggers doc:doc_changed_trg)' }]);
    expect(channels.queue_job!.sources[0]!.detail).toBe('function public.job_enqueued');
  });

  test('advisory locks held now are seen', () => {
    const items = cap(report.capabilities, 'advisory_locks').items;
    expect(items).toContainEqual(expect.objectContaining({ source: 'held now', location: 'database pgcap_everything' }));
  });
});

describe('probes on a database that uses none of it', () => {
  test('every capability reports not in use (extensions: only plpgsql), or not checked where code was not scanned', async () => {
    const url = await freshDatabase('pgcap_empty');
    const report = buildReport(snapshotOf(await probe(url)));
    for (const c of report.capabilities) {
      if (c.id === 'extensions') expect(c.items.map((i) => i.name)).toEqual(['plpgsql']);
      // SKIP LOCKED shows only in pg_stat_statements or in code: with neither, it is honestly not checked
      else if (c.id === 'skip_locked') {
        expect(c).toMatchObject({ status: 'not_checked', items: [], notes: [expect.stringContaining('pg_stat_statements')] });
        expect(c.parts).toEqual([
          { part: 'statements', status: 'not_checked', reason: 'pg_stat_statements is not installed in this database' },
          { part: 'code', status: 'not_checked', reason: 'no addons folder was scanned' },
        ]);
      } else if (c.id === 'listen_notify' || c.id === 'advisory_locks') {
        // the database itself was looked at and shows none; the code was not scanned
        expect({ id: c.id, status: c.status, items: c.items }).toEqual({ id: c.id, status: 'not_checked', items: [] });
        expect(c.parts.filter((p) => p.status !== 'not_in_use')).toEqual([{ part: 'code', status: 'not_checked', reason: 'no addons folder was scanned' }]);
      } else expect({ id: c.id, status: c.status, items: c.items }).toEqual({ id: c.id, status: 'not_in_use', items: [] });
    }
    expect(report.warnings.filter((w) => w.level === 'warning').map((w) => w.source)).toEqual(['capability skip_locked']);
  });
});

describe('rules of the house', () => {
  // Odoo's small metadata tables (ir_*) and the company names (res_company, a handful of rows) are
  // read on purpose; no other table is.
  test('probes read no user table: seq_scan, idx_scan and n_tup_* are unchanged', async () => {
    const url = await freshDatabase('pgcap_readonly', SAMPLE_SQL);
    const stats = () => withClient(url, async (c) => {
      await c.query('SELECT pg_stat_clear_snapshot()');
      const r = await c.query(`SELECT relname, seq_scan, coalesce(idx_scan, 0) AS idx_scan, n_tup_ins, n_tup_upd, n_tup_del
        FROM pg_stat_user_tables WHERE relname NOT LIKE 'ir\\_%' AND relname <> 'res_company' ORDER BY relname`);
      return r.rows;
    });
    // let the statistics of the set-up settle, then compare before and after a full collection
    await new Promise((r) => setTimeout(r, 1200));
    const before = await stats();
    expect(before.length).toBeGreaterThan(4);
    await collectSnapshot({ db: url, addons: [] });
    await new Promise((r) => setTimeout(r, 1200));
    expect(await stats()).toEqual(before);
  });

  test('a probe blocked by an ACCESS EXCLUSIVE lock times out; the report still comes out with a warning', async () => {
    const url = await freshDatabase('pgcap_locked', SAMPLE_SQL);
    const migration = await openSession(url, 'migration');
    await migration.query('BEGIN');
    await migration.query('LOCK TABLE ir_module_module IN ACCESS EXCLUSIVE MODE');
    try {
      const started = Date.now();
      const probes = await probe(url);
      expect(Date.now() - started).toBeLessThan(catalog.limits.lockTimeoutMs * 4 + 5000);
      const blocked = probes.find((p) => p.id === 'odoo_modules')!;
      expect(blocked).toMatchObject({ status: 'error', code: '55P03' });
      expect(probes.filter((p) => p.status === 'error').map((p) => p.id)).toEqual(['odoo_modules']);
      const report = buildReport(snapshotOf(probes));
      expect(report.warnings).toContainEqual(expect.objectContaining({ level: 'warning', source: 'probe odoo_modules', message: expect.stringContaining('lock_timeout') }));
      expect(report.summary.jsonbColumns).toBe(8);
      // Odoo's metadata could not be read: the part that relies on it is not checked, with the reason
      expect(cap(report.capabilities, 'listen_notify').parts).toContainEqual({ part: 'Odoo modules', status: 'not_checked', reason: expect.stringContaining('lock_timeout') });
    } finally {
      await migration.query('ROLLBACK');
      await migration.end();
    }
  });

  test('a role without pg_monitor is told that other sessions\' listeners could not be seen', async () => {
    const url = await freshDatabase('pgcap_plainrole', SAMPLE_SQL);
    await withClient(url, async (c) => {
      await c.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgcap_plain') THEN CREATE ROLE pgcap_plain LOGIN PASSWORD 'plain'; END IF;
      END $$`);
      await c.query('GRANT CONNECT ON DATABASE pgcap_plainrole TO pgcap_plain');
    });
    const bus = await openSession(urlFor('postgres'), 'odoo-4242');
    await bus.query('LISTEN imbus');
    try {
      const plain = buildReport(snapshotOf(await probe(urlFor('pgcap_plainrole', { name: 'pgcap_plain', password: 'plain' }))));
      const warning = plain.warnings.find((w) => w.source === 'privilege');
      expect(warning?.message).toMatch(/does not have the privileges of pg_monitor or pg_read_all_stats.*LISTEN channels and statements could not be seen/);
      const admin = buildReport(snapshotOf(await probe(url)));
      expect(admin.warnings.find((w) => w.source === 'privilege')).toBeUndefined();
      // the bus listener on database postgres is server-level: nothing ties it to this database
      expect(admin.channels.find((c) => c.channel === 'imbus')!.sources).toEqual([{ kind: 'module', detail: 'installed module bus uses it' }, expect.objectContaining({ kind: 'traffic' })]);
      expect(cap(admin.capabilities, 'listen_notify').notes).toContainEqual(expect.stringContaining('An Odoo server on this PostgreSQL listens on imbus (process odoo-4242'));
    } finally {
      await bus.end();
    }
  });
});

describe('an Odoo-shaped database', () => {
  test('jsonb columns carry their Odoo model, field, type, translate flag and module; imbus shows without code', async () => {
    const url = await freshDatabase('pgcap_odoo', SAMPLE_SQL);
    const report = buildReport(snapshotOf(await probe(url)));
    const jsonb = cap(report.capabilities, 'jsonb').items;
    expect(jsonb.find((i) => i.table === 'product_template' && i.column === 'name')).toMatchObject({
      model: 'product.template', field: 'name', fieldType: 'char', translated: true, module: 'product',
    });
    expect(jsonb.find((i) => i.column === 'properties')).toMatchObject({ model: 'res.partner', translated: false, module: 'base' });
    expect(report.source.odooVersion).toBe('17.0');
    const imbus = report.channels.find((c) => c.channel === 'imbus')!;
    expect(imbus.sources.map((s) => s.kind)).toEqual(expect.arrayContaining(['module', 'traffic']));
  });
});
