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
        FROM pg_stat_user_tables WHERE (relname NOT LIKE 'ir\\_%' OR relname = 'ir_attachment') AND relname <> 'res_company' ORDER BY relname`);
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

// A table's workload is read from pg_class and pg_stat_user_tables only: set up tables whose
// statistics are known (rows inserted, updated, deleted, scans run, ANALYZE), then read them back.
const WORKLOAD_SQL = `
CREATE EXTENSION pg_trgm;
CREATE TABLE product (id serial PRIMARY KEY, name text, search tsvector, created timestamptz DEFAULT now());
CREATE INDEX product_name_trgm ON product USING gin (name gin_trgm_ops);
CREATE INDEX product_search ON product USING gin (search);
CREATE INDEX product_fts ON product USING gin (to_tsvector('simple', coalesce(name, '')));
CREATE INDEX product_name_gist ON product USING gist (name gist_trgm_ops);
CREATE INDEX product_created ON product USING brin (created);
INSERT INTO product (name) SELECT 'Product ' || g FROM generate_series(1, 2000) g;
UPDATE product SET name = name || ' (new)' WHERE id <= 30;
DELETE FROM product WHERE id > 1990;
CREATE TABLE reading (id bigserial, at timestamptz NOT NULL, value float8) PARTITION BY RANGE (at);
CREATE TABLE reading_2026 PARTITION OF reading FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE reading_2027 PARTITION OF reading FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE INDEX reading_at ON reading USING brin (at);
INSERT INTO reading (at, value) SELECT '2026-12-31'::timestamptz + g * interval '1 minute', g FROM generate_series(1, 3000) g;
CREATE UNLOGGED TABLE price_cache (key text PRIMARY KEY, value jsonb);
INSERT INTO price_cache SELECT 'k' || g, '{}' FROM generate_series(1, 100) g;
CREATE TABLE never_analysed (a int);
ANALYZE product; ANALYZE reading; ANALYZE price_cache;
`;

describe('workload facts from statistics (table_activity, odoo_attachments, odoo_config_keys)', () => {
  let rows: Record<string, ProbeResult['rows'][number]>;

  beforeAll(async () => {
    const url = await freshDatabase('pgcap_workload', WORKLOAD_SQL);
    // scans the statistics will count: two sequential scans of product, index scans on its key
    await withClient(url, async (c) => {
      await c.query('SET enable_seqscan = off');
      for (let i = 1; i <= 5; i += 1) await c.query('SELECT name FROM product WHERE id = $1', [i]);
      await c.query('SET enable_seqscan = on');
      await c.query('SET enable_indexscan = off; SET enable_bitmapscan = off');
      await c.query('SELECT count(*) FROM product');
      await c.query('SELECT count(*) FROM product WHERE id > 0');
    });
    // the counters reach pg_stat_user_tables when the sessions flush them
    await new Promise((r) => setTimeout(r, 1200));
    const probes = await probe(url);
    const activity = probes.find((p) => p.id === 'table_activity')!;
    expect(activity.status).toBe('ok');
    rows = Object.fromEntries(activity.rows.map((r) => [String(r.table_name), r]));
    // a database that is not Odoo's: the Odoo probes say so, as the others do
    for (const id of ['odoo_attachments', 'odoo_config_keys']) {
      expect(probes.find((p) => p.id === id)).toMatchObject({ status: 'skipped', rows: [], message: 'not an Odoo database' });
    }
  });

  test('one row per table, partitions summed into their parent, each column of its documented type', () => {
    expect(Object.keys(rows).sort()).toEqual(['never_analysed', 'price_cache', 'product', 'reading']);
    for (const r of Object.values(rows)) {
      expect(Object.keys(r)).toEqual(['schema', 'table_name', 'rows_estimate', 'table_bytes', 'index_bytes', 'live_rows', 'inserts',
        'updates', 'deletes', 'seq_scans', 'idx_scans', 'unlogged', 'partitioned', 'gin_indexes', 'trigram_indexes', 'fts_indexes', 'brin_indexes']);
      expect(r.schema).toBe('public');
    }
  });

  test('rows, sizes and write counters of an ordinary table', () => {
    const p = rows.product!;
    expect(p).toMatchObject({ rows_estimate: 1990, inserts: 2000, updates: 30, deletes: 10, unlogged: false, partitioned: false });
    expect(p.table_bytes).toBeGreaterThan(0);
    expect(Number(p.table_bytes) % 8192).toBe(0);
    expect(p.index_bytes).toBeGreaterThan(Number(p.table_bytes));
    expect(p.seq_scans).toBeGreaterThanOrEqual(2);
    expect(p.idx_scans).toBeGreaterThanOrEqual(5);
  });

  test('index kinds: GIN, trigram (GIN and GiST), full-text (tsvector column and to_tsvector expression), BRIN', () => {
    expect(rows.product).toMatchObject({ gin_indexes: 3, trigram_indexes: 2, fts_indexes: 2, brin_indexes: 1 });
    expect(rows.price_cache).toMatchObject({ gin_indexes: 0, trigram_indexes: 0, fts_indexes: 0, brin_indexes: 0 });
  });

  test('a partitioned table sums its partitions; an UNLOGGED table says so; a table never analysed has no estimate', () => {
    expect(rows.reading).toMatchObject({ partitioned: true, rows_estimate: 3000, inserts: 3000, brin_indexes: 1 });
    expect(rows.reading!.table_bytes).toBeGreaterThan(0);
    expect(rows.price_cache).toMatchObject({ unlogged: true, rows_estimate: 100, inserts: 100 });
    expect(rows.never_analysed).toMatchObject({ rows_estimate: null, table_bytes: 0, index_bytes: 0, inserts: 0, idx_scans: null });
  });

  test('ordered by activity (rows written and scans) then size: the busiest table first', () => {
    // reading: 3,000 rows written; product: 2,040 written and a few scans; price_cache: 100; never_analysed: none
    expect(Object.keys(rows)).toEqual(['reading', 'product', 'price_cache', 'never_analysed']);
  });

  test('an Odoo database: attachments from statistics, the attachment location, and parameter keys without their values', async () => {
    const url = await freshDatabase('pgcap_odoo_attachments', SAMPLE_SQL);
    const probes = await probe(url);
    const attachments = probes.find((p) => p.id === 'odoo_attachments')!;
    expect(attachments).toMatchObject({ status: 'ok', rows: [{ rows_estimate: 600, location: 'file' }] });
    const a = attachments.rows[0]!;
    // 540 of 600 in the filestore, 60 in the database: estimates from null fractions
    expect(Number(a.in_filestore_estimate)).toBeCloseTo(540, -1);
    expect(Number(a.in_database_estimate)).toBeCloseTo(60, -1);
    expect(a.table_bytes).toBeGreaterThan(0);
    const keys = probes.find((p) => p.id === 'odoo_config_keys')!;
    expect(keys).toMatchObject({ status: 'ok' });
    expect(keys.rows).toEqual(['database.secret', 'elasticsearch.host', 'ir_attachment.location', 'redis_cache.url', 'web.base.url'].map((key) => ({ key })));
    const text = JSON.stringify(probes);
    for (const value of ['not-a-real-secret', 'hunter2', 'cache.internal', 'search.internal']) expect(text).not.toContain(value);
    expect(probes.find((p) => p.id === 'table_activity')!.rows.find((r) => r.table_name === 'ir_attachment')).toMatchObject({ rows_estimate: 600 });
  });

  test('without the location parameter, the location is null (Odoo then uses the filestore)', async () => {
    const url = await freshDatabase('pgcap_odoo_noloc', `${SAMPLE_SQL}\nDELETE FROM ir_config_parameter WHERE key = 'ir_attachment.location';`);
    const attachments = (await probe(url)).find((p) => p.id === 'odoo_attachments')!;
    expect(attachments).toMatchObject({ status: 'ok', rows: [{ location: null, rows_estimate: 600 }] });
  });
});
