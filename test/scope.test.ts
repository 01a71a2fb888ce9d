// The audited database and nothing else; "not checked" is not "not in use"; jsonb indexes and
// extensions in depth. Against a real PostgreSQL (pg_stat_statements preloaded by the test setup).
import { catalog } from '../static_src/core/catalog';
import { buildReport } from '../static_src/core/report';
import type { CapabilityReport, Report } from '../static_src/core/report-types';
import { SNAPSHOT_SCHEMA, type ProbeResult, type Snapshot } from '../static_src/core/snapshot';
import { runProbes } from '../static_src/cli/collector';
import { connect } from '../static_src/cli/collect';
import { freshDatabase, openSession, urlFor, withClient } from './support/db';
import { SAMPLE_SQL } from './support/fixtures';

function snapshotOf(probes: ProbeResult[], extra: Partial<Snapshot['collector']> = {}): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: new Date().toISOString(),
    collector: { name: 'test', version: '0', runtime: 'jest', ...extra },
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

const cap = (r: Report, id: string): CapabilityReport => r.capabilities.find((c) => c.id === id)!;
const partOf = (r: Report, id: string, name: string) => cap(r, id).parts.find((p) => p.part === name)!;
const ROLE = (name: string, options: string) => `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${name}') THEN CREATE ROLE ${name} LOGIN PASSWORD 'pw' ${options}; END IF;
END $$`;

describe('the audited database, and nothing else', () => {
  let audited: string;
  let other: string;
  const sessions: Awaited<ReturnType<typeof openSession>>[] = [];
  const open = async (url: string, app: string) => {
    const c = await openSession(url, app);
    sessions.push(c);
    return c;
  };

  beforeAll(async () => {
    audited = await freshDatabase('pgcap_scope_audited', SAMPLE_SQL);
    other = await freshDatabase('pgcap_scope_other');
  });
  afterAll(async () => {
    for (const c of sessions) await c.end().catch(() => undefined);
  });

  test('LISTEN sessions and advisory locks of another database on the same server are not credited', async () => {
    await (await open(other, 'other-app')).query('LISTEN other_db_channel');
    await (await open(other, 'other-locker')).query('SELECT pg_advisory_lock(7)');
    // the module's own rescan lock, held by a session of the audited database: never counted
    await (await open(audited, 'odoo-rescan')).query('SELECT pg_advisory_lock(1885823841)');
    const report = buildReport(snapshotOf(await probe(audited)));
    expect(report.channels.map((c) => c.channel)).not.toContain('other_db_channel');
    expect(cap(report, 'advisory_locks').items).toEqual([]);
    expect(partOf(report, 'advisory_locks', 'locks held now')).toEqual({ part: 'locks held now', status: 'not_in_use', reason: '' });
    // the other database's own audit sees them
    const otherReport = buildReport(snapshotOf(await probe(other)));
    expect(otherReport.channels.find((c) => c.channel === 'other_db_channel')).toMatchObject({ listeners: 1 });
    expect(cap(otherReport, 'advisory_locks').items).toEqual([expect.objectContaining({ source: 'held now', location: 'database pgcap_scope_other' })]);
  });

  test("Odoo's bus listener on database postgres is server-level until something ties it to the audited database", async () => {
    await (await open(urlFor('postgres'), 'odoo-31337')).query('LISTEN imbus');
    const untied = buildReport(snapshotOf(await probe(audited)));
    expect(untied.channels.find((c) => c.channel === 'imbus')!.listeners).toBe(0);
    expect(untied.channels.find((c) => c.channel === 'imbus')!.sources.map((x) => x.kind)).not.toContain('session');
    expect(cap(untied, 'listen_notify').notes).toContainEqual(expect.stringMatching(/An Odoo server on this PostgreSQL listens on imbus \(process odoo-31337.*nothing ties it to this database/));

    // the Odoo module collects inside the Odoo process: its pid ties the listener
    const byPid = buildReport(snapshotOf(await probe(audited), { odooPid: 31337 }));
    expect(byPid.channels.find((c) => c.channel === 'imbus')).toMatchObject({ listeners: 1 });
    expect(byPid.channels.find((c) => c.channel === 'imbus')!.sources).toContainEqual({ kind: 'session', detail: expect.stringContaining('the Odoo process that collected this audit') });

    // a session of the audited database with the same application_name ties it too
    await (await open(audited, 'odoo-31337')).query('SELECT 1');
    const tied = buildReport(snapshotOf(await probe(audited)));
    expect(tied.channels.find((c) => c.channel === 'imbus')).toMatchObject({ listeners: 1 });
    expect(tied.channels.find((c) => c.channel === 'cron_trigger')!.sources).toContainEqual({ kind: 'session', detail: expect.stringContaining('the same process has a session in database pgcap_scope_audited') });
    expect(cap(tied, 'listen_notify').notes.join(' ')).not.toContain('odoo-31337');
    // and never in the other database's audit
    const otherReport = buildReport(snapshotOf(await probe(other)));
    expect(otherReport.channels.find((c) => c.channel === 'imbus')).toBeUndefined();
  });

  test('pg_stat_statements: the tool\'s own probes never count, nor statements of another database', async () => {
    for (const url of [audited, other]) await withClient(url, (c) => c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
    await withClient(audited, (c) => c.query('CREATE TABLE IF NOT EXISTS job (id int, state text)'));
    await withClient(other, (c) => c.query('CREATE TABLE IF NOT EXISTS other_job (id int)'));
    // collect twice: after the first run, the probes' own text is in pg_stat_statements
    await probe(audited);
    const first = buildReport(snapshotOf(await probe(audited)));
    const ownProbes = await withClient(audited, async (c) => (await c.query(
      `SELECT count(*)::int AS n FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query ~* 'skip\\s+locked' AND query LIKE '%pgcap:probe%'`)).rows[0].n as number);
    expect(ownProbes).toBeGreaterThan(0); // the probe's text is there, mentioning SKIP LOCKED...
    expect(cap(first, 'skip_locked').items).toEqual([]); // ...and is not taken for a queue
    // counters just started (the test server was started moments ago): finding none proves nothing
    expect(partOf(first, 'skip_locked', 'statements')).toMatchObject({ status: 'not_checked', reason: expect.stringContaining('pg_stat_statements was reset recently') });
    expect(first.source.statementsSince).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(first.warnings).toContainEqual(expect.objectContaining({ source: 'statistics', message: expect.stringContaining('pg_stat_statements was reset since') }));

    await withClient(other, (c) => c.query('SELECT id FROM other_job FOR UPDATE SKIP LOCKED'));
    const stillNone = buildReport(snapshotOf(await probe(audited)));
    expect(cap(stillNone, 'skip_locked').items).toEqual([]);

    await withClient(audited, (c) => c.query("SELECT id FROM job WHERE state = 'pending' LIMIT 1 FOR UPDATE SKIP LOCKED"));
    const used = buildReport(snapshotOf(await probe(audited)));
    expect(cap(used, 'skip_locked').items).toEqual([expect.objectContaining({ source: 'pg_stat_statements', snippet: expect.stringContaining('FROM job') })]);
    expect(partOf(used, 'skip_locked', 'statements').status).toBe('in_use');
  });
});

describe('not checked is not not in use', () => {
  test('a role granted pg_monitor WITH NOINHERIT: sessions are not checked, with a warning that says why', async () => {
    const url = await freshDatabase('pgcap_noinherit', SAMPLE_SQL);
    await withClient(url, async (c) => {
      await c.query(ROLE('pgcap_noinherit', 'NOINHERIT'));
      await c.query('GRANT pg_monitor TO pgcap_noinherit');
      await c.query(ROLE('pgcap_monitor', 'INHERIT'));
      await c.query('GRANT pg_monitor TO pgcap_monitor');
    });
    const listener = await openSession(url, 'worker-listener');
    await listener.query('LISTEN noinherit_channel');
    try {
      const probes = await probe(urlFor('pgcap_noinherit', { name: 'pgcap_noinherit', password: 'pw' }));
      const server = probes.find((p) => p.id === 'server')!.rows[0]!;
      expect(server).toMatchObject({ member_pg_monitor: true, has_pg_monitor: false, has_read_all_stats: false });
      const report = buildReport(snapshotOf(probes));
      expect(report.channels.map((c) => c.channel)).not.toContain('noinherit_channel');
      expect(partOf(report, 'listen_notify', 'sessions')).toEqual({
        part: 'sessions', status: 'not_checked',
        reason: expect.stringMatching(/^1 session of other roles in this database could not be read: role pgcap_noinherit was granted pg_monitor or pg_read_all_stats without inheriting its privileges \(NOINHERIT\)/),
      });
      expect(report.warnings).toContainEqual(expect.objectContaining({ level: 'warning', source: 'privilege', message: expect.stringContaining('ALTER ROLE pgcap_noinherit INHERIT') }));

      // the same grant, inherited: the LISTEN session is seen
      const monitor = buildReport(snapshotOf(await probe(urlFor('pgcap_noinherit', { name: 'pgcap_monitor', password: 'pw' }))));
      expect(monitor.channels.find((c) => c.channel === 'noinherit_channel')).toMatchObject({ listeners: 1 });
      expect(partOf(monitor, 'listen_notify', 'sessions').status).toBe('in_use');
      expect(monitor.warnings.find((w) => w.source === 'privilege')).toBeUndefined();
    } finally {
      await listener.end();
    }
  });

  test('statements part: not installed is not checked; overall status follows the parts', async () => {
    const url = await freshDatabase('pgcap_nopgss');
    const report = buildReport({ ...snapshotOf(await probe(url)), scan: { roots: [], modules: [], matches: [], skipped: [], filesScanned: 0, bytesScanned: 0, durationMs: 0 } });
    // code scanned, nothing found; pg_stat_statements absent: not checked, not "not in use"
    expect(cap(report, 'skip_locked')).toMatchObject({ status: 'not_checked', summary: 'not checked' });
    expect(cap(report, 'skip_locked').parts).toEqual([
      { part: 'statements', status: 'not_checked', reason: 'pg_stat_statements is not installed in this database' },
      { part: 'code', status: 'not_in_use', reason: '' },
    ]);
    // every part looked at: not in use
    expect(cap(report, 'advisory_locks')).toMatchObject({ status: 'not_in_use' });
    expect(report.summary.capabilitiesNotChecked).toBe(1);
  });

  test('counters reset recently: bus traffic found nothing since, so it is not checked; long ago, it is not in use', async () => {
    const url = await freshDatabase('pgcap_reset', SAMPLE_SQL);
    await withClient(url, (c) => c.query('SELECT pg_stat_reset()'));
    const probes = await probe(url);
    const stats = probes.find((p) => p.id === 'statistics')!.rows[0]!;
    expect(typeof stats.stats_reset).toBe('string');
    const now = buildReport(snapshotOf(probes));
    expect(now.source.statisticsSince).toBe(stats.stats_reset);
    expect(partOf(now, 'listen_notify', 'bus traffic')).toMatchObject({ status: 'not_checked', reason: expect.stringContaining('reset recently') });
    expect(now.warnings).toContainEqual(expect.objectContaining({ source: 'statistics', message: expect.stringContaining('The statistics of this database were reset since') }));
    // the same facts judged a month later: the counters cover enough time for "none" to mean none
    const later = buildReport({ ...snapshotOf(probes), collectedAt: new Date(Date.parse(String(stats.stats_reset)) + 30 * 86_400_000).toISOString() });
    expect(partOf(later, 'listen_notify', 'bus traffic')).toEqual({ part: 'bus traffic', status: 'not_in_use', reason: '' });
    expect(later.warnings.find((w) => w.source === 'statistics')).toBeUndefined();
  });
});

describe('jsonb indexes and extensions, deeper', () => {
  let report: Report;
  let probes: ProbeResult[];
  beforeAll(async () => {
    const url = await freshDatabase('pgcap_jsonb_deep', `${SAMPLE_SQL}
      CREATE TABLE api_event (id serial PRIMARY KEY, payload jsonb, meta jsonb, "Odd Name" jsonb);
      CREATE INDEX api_event_kind_gin ON api_event USING gin ((payload -> 'kind'));
      CREATE INDEX api_event_ref_btree ON api_event ((payload ->> 'ref'));
      CREATE INDEX api_event_payload_path ON api_event USING gin (payload jsonb_path_ops);
      CREATE INDEX api_event_partial ON api_event (id) WHERE meta ? 'archived';
      CREATE INDEX api_event_odd ON api_event (("Odd Name" ->> 'x'));
      CREATE EXTENSION hstore VERSION '1.4';
      ANALYZE api_event;`);
    probes = await probe(url);
    report = buildReport(snapshotOf(probes));
  });

  test('expression GIN and btree indexes on a jsonb path index the column, with method and operator class', () => {
    const items = cap(report, 'jsonb_indexes').items.filter((i) => i.table === 'api_event');
    expect(items.map((i) => [i.column, i.index, i.method, i.opclass, i.key, i.valid])).toEqual([
      ['Odd Name', 'api_event_odd', 'btree', 'text_ops', `("Odd Name" ->> 'x'::text)`, true],
      ['payload', 'api_event_kind_gin', 'gin', 'jsonb_ops', `(payload -> 'kind'::text)`, true],
      ['payload', 'api_event_payload_path', 'gin', 'jsonb_path_ops', 'payload', true],
      ['payload', 'api_event_ref_btree', 'btree', 'text_ops', `(payload ->> 'ref'::text)`, true],
    ]);
    for (const i of items) expect(i.size).toBeGreaterThan(0);
    const jsonb = cap(report, 'jsonb').items;
    expect(jsonb.find((i) => i.table === 'api_event' && i.column === 'payload')).toMatchObject({ indexed: true, indexes: expect.stringContaining('api_event_ref_btree (btree text_ops on an expression)') });
    // used only in a partial index's predicate: not indexed
    expect(jsonb.find((i) => i.table === 'api_event' && i.column === 'meta')).toMatchObject({ indexed: false, indexes: null });
  });

  test("Odoo's own GIN index on account_move_line.analytic_distribution shows", () => {
    expect(cap(report, 'jsonb_indexes').items).toContainEqual(expect.objectContaining({
      table: 'account_move_line', column: 'analytic_distribution', index: 'account_move_line_analytic_distribution_accounts_gin_index', method: 'gin', opclass: 'array_ops',
    }));
    expect(cap(report, 'jsonb').items.find((i) => i.column === 'analytic_distribution')).toMatchObject({ model: 'account.move.line', indexed: true });
  });

  test('an extension older than the server\'s is outdated; pg_trgm, unaccent, vector: installed, available or absent', () => {
    const hstore = cap(report, 'extensions').items.find((i) => i.name === 'hstore')!;
    expect(hstore).toMatchObject({ version: '1.4', outdated: true });
    expect(hstore.available).not.toBe('1.4');
    expect(cap(report, 'extensions').notes).toContainEqual(expect.stringContaining('hstore 1.4 is older than the server\'s'));
    expect(cap(report, 'extensions').notes).toContainEqual(expect.stringContaining('ALTER EXTENSION hstore UPDATE'));
    expect(cap(report, 'trigram').notes).toContainEqual(expect.stringMatching(/^pg_trgm [\d.]+ is installed\.$/));
    expect(cap(report, 'pgvector').notes).toEqual(['vector is not available on this server: its package must be installed before CREATE EXTENSION vector (embedding columns and their HNSW/IVFFlat indexes).']);
    // not installed, not possible here: pgvector is looked at and not in use
    expect(cap(report, 'pgvector').status).toBe('not_in_use');
  });

  test("unaccent: the extension's STABLE public.unaccent(text) is what Odoo's --unaccent finds, not indexable", async () => {
    expect(probes.find((p) => p.id === 'unaccent_function')!.rows).toEqual([
      { schema: 'public', function_name: 'unaccent', arguments: 'text', volatility: 'stable', language: 'c', extension: 'unaccent' },
    ]);
    expect(cap(report, 'unaccent').notes).toContainEqual(expect.stringContaining('public.unaccent(text) is STABLE'));
  });

  test('unaccent wrapped as IMMUTABLE the way Odoo expects: extension in its own schema, public.unaccent(text) immutable', async () => {
    const url = await freshDatabase('pgcap_unaccent_wrapped', `
      CREATE SCHEMA ext;
      CREATE EXTENSION unaccent SCHEMA ext;
      CREATE FUNCTION public.unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT ext.unaccent('ext.unaccent'::regdictionary, $1) $$;`);
    const r = buildReport(snapshotOf(await probe(url)));
    expect(cap(r, 'unaccent').notes).toContainEqual("public.unaccent(text) is IMMUTABLE: with --unaccent, Odoo uses it in searches and in its trigram indexes.");
    expect(cap(r, 'unaccent').items.map((i) => [i.index, i.method])).toEqual([['extension unaccent', ''], ['function public.unaccent(text)', 'immutable']]);
  });
});
