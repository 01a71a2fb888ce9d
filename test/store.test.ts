// The audit store: pgcap init-store, scan --save, save, history, diff and report --from, run as a
// user runs them (the built CLI) against real databases, and the store's API as the fleet summary
// will call it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { latestAudits, listAudits, loadAudit, saveAudit, STORE_VERSION, withStore } from '../static_src/cli/audit-store';
import { buildReport } from '../static_src/core/report';
import type { Snapshot } from '../static_src/core/snapshot';
import { adminUrl, freshDatabase, urlFor, withClient } from './support/db';
import { FIXTURE_ADDONS, readJson, ROOT, SAMPLE_SQL } from './support/fixtures';
import { csvProblems, HIDDEN, parseCsv } from './security/inert';

const CLI = path.join(ROOT, 'dist/pgcap.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-store-'));
const DEMO = path.join(ROOT, 'test/fixtures/demo/snapshot.json');

function pgcap(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, ...env }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The server part of an URL of the test server, as history shows it. */
function serverLabel(): string {
  const u = new URL(adminUrl());
  return `${u.hostname}:${u.port}`;
}

const WRITER = { name: 'pgcap_store_writer', password: 'wr1terSecret7731' };
const READER = { name: 'pgcap_audit_reader', password: 'rd0nlySecret4409' };

async function roles(): Promise<void> {
  await withClient(adminUrl(), async (c) => {
    for (const r of [WRITER, READER]) {
      await c.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${r.name}') THEN CREATE ROLE ${r.name} LOGIN; END IF; END $$`);
      await c.query(`ALTER ROLE ${r.name} PASSWORD '${r.password}'`);
    }
    // the audited side: a role whose every transaction is read-only
    await c.query(`ALTER ROLE ${READER.name} SET default_transaction_read_only = on`);
  });
}

describe('audit store', () => {
  let store: string;
  let audited: string;

  beforeAll(async () => {
    await roles();
    store = await freshDatabase('pgcap_store');
    audited = await freshDatabase('pgcap_store_audited', SAMPLE_SQL);
    await withClient(audited, (c) => c.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${READER.name}`));
  });

  test('before init-store: history, save and scan --save say to run pgcap init-store; init-store is idempotent', async () => {
    for (const args of [['history', '--from', store], ['save', DEMO, '--to', store], ['scan', '--addons', FIXTURE_ADDONS, '--save', store], ['diff', '--from', store, '1', '2']]) {
      const r = pgcap(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(/^pgcap: no audit store at [^\n]+\/pgcap_store: create it with "pgcap init-store URL"/);
      expect(r.stdout).toBe(''); // scan --save checks the store before it scans
    }
    const first = pgcap(['init-store', store]);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toMatch(/created the audit store at .*\/pgcap_store \(schema pgcap, version 1\)/);
    const tables = async () => withClient(store, async (c) => (await c.query(`SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname) AS t
      FROM pg_class WHERE relnamespace = 'pgcap'::regnamespace`)).rows[0].t);
    const before = await tables();
    const again = pgcap(['init-store', store]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/is ready \(schema pgcap, version 1\): nothing to do/);
    expect(await tables()).toBe(before);
    expect(before).toContain('audit:r');
    expect(before).toContain('audit_server_database:i');
    const version = await withClient(store, async (c) => (await c.query('SELECT version FROM pgcap.store_version')).rows);
    expect(version).toEqual([{ version: STORE_VERSION }]);
    // the grants the README gives: a writer that saves and reads, nothing more
    await withClient(store, (c) => c.query(`GRANT USAGE ON SCHEMA pgcap TO ${WRITER.name};
      GRANT SELECT ON pgcap.store_version TO ${WRITER.name}; GRANT SELECT, INSERT ON pgcap.audit TO ${WRITER.name}`));
  });

  test('attack: scan --save writes the store only, as a writer; the audited role is read-only; no password anywhere', async () => {
    const snapA = path.join(tmp, 'a.json');
    const storeAsWriter = urlFor('pgcap_store', WRITER);
    const auditedAsReader = urlFor('pgcap_store_audited', READER);
    const scan = pgcap(['scan', '--db', auditedAsReader, '--addons', FIXTURE_ADDONS, '--save', storeAsWriter, '--snapshot', snapA, '--format', 'json']);
    expect(scan.stderr).toMatch(/pgcap: saved audit 1 in the store at [^\n]+\/pgcap_store\n/);
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout).summary).toMatchObject({ findings: 3, worstSeverity: 'critical' });
    // the audited database holds nothing of the store
    expect(await withClient(audited, async (c) => (await c.query(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'pgcap'`)).rows[0].n)).toBe(0);

    // a snapshot file saved with a password from PGPASSWORD (not in the URL): the id on stdout
    const u = new URL(storeAsWriter);
    u.password = '';
    const saved = pgcap(['save', DEMO, '--to', u.toString(), '--server', 'erp-db.internal:5432'], { PGPASSWORD: WRITER.password });
    expect(saved).toMatchObject({ code: 0, stdout: '2\n' });
    expect(saved.stderr).toMatch(/saved .*snapshot\.json as audit 2 in the store/);

    const listed = pgcap(['history', '--from', storeAsWriter]);
    const all = [scan, saved, listed, pgcap(['history', '--from', storeAsWriter, '--format', 'json']), pgcap(['history', '--from', storeAsWriter, '--format', 'csv'])];
    for (const out of all) for (const secret of [WRITER.password, READER.password]) expect(out.stdout + out.stderr).not.toContain(secret);
    const stored = await withClient(store, async (c) => (await c.query('SELECT server, snapshot::text AS s, report::text AS r FROM pgcap.audit')).rows);
    expect(stored).toHaveLength(2);
    for (const row of stored) for (const secret of [WRITER.password, READER.password]) expect(JSON.stringify(row)).not.toContain(secret);
    expect(stored.map((r) => r.server).sort()).toEqual([serverLabel(), 'erp-db.internal:5432'].sort());

    // a wrong store password: one line, not echoed
    const wrong = pgcap(['history', '--from', urlFor('pgcap_store', { name: WRITER.name, password: 'not-the-one-xyz' })]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^pgcap: cannot connect to PostgreSQL at .*: authentication failed/);
    expect(wrong.stderr).not.toContain('not-the-one-xyz');
  });

  test('history: newest first by collection time, with its columns, in text, json and csv', () => {
    // audit 1 was collected today, audit 2 (the demo snapshot) on 2026-01-15: 1 comes first
    const text = pgcap(['history', '--from', store]);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]!.split(/\s{2,}/)).toEqual(['ID', 'COLLECTED (UTC)', 'SERVER', 'DATABASE', 'ODOO', 'FINDINGS', 'REFUSE', 'REPLACE', 'KEEP', 'REVIEW', 'ACCEPTED', 'DUAL', 'WORST']);
    expect(lines[1]!.split(/\s{2,}/)).toEqual(['1', expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), serverLabel(), 'pgcap_store_audited', '17.0', '3', '1', '2', '0', '0', '0', '2', 'critical']);
    expect(lines[2]!.split(/\s{2,}/)).toEqual(['2', '2026-01-15T09:30:00Z', 'erp-db.internal:5432', 'odoo_demo', '17.0', '3', '1', '0', '0', '2', '0', '2', 'critical']);
    expect(lines).toHaveLength(3);

    const json = JSON.parse(pgcap(['history', '--from', store, '--format', 'json']).stdout);
    expect(json.map((a: { id: number }) => a.id)).toEqual([1, 2]);
    expect(json[1]).toMatchObject({ id: 2, collectedAt: '2026-01-15T09:30:00.000Z', server: 'erp-db.internal:5432', database: 'odoo_demo',
      odooVersion: '17.0', postgresqlVersion: '17.10', findings: 3, verdicts: { refuse: 1, replace: 0, keep: 0, review: 2 }, dualWrites: 2,
      worstSeverity: 'critical', catalogVersion: readJson<Snapshot>('test/fixtures/demo/snapshot.json').catalogVersion });

    const csv = parseCsv(pgcap(['history', '--from', store, '--format', 'csv']).stdout);
    expect(csv[0]!.slice(0, 8)).toEqual(['id', 'collected_at', 'saved_at', 'server', 'database', 'postgresql_version', 'odoo_version', 'findings']);
    expect(csv.slice(1).map((r) => [r[0], r[4]])).toEqual([['1', 'pgcap_store_audited'], ['2', 'odoo_demo']]);

    // filters and the limit
    expect(JSON.parse(pgcap(['history', '--from', store, '--format', 'json', '--server', 'erp-db.internal:5432']).stdout).map((a: { id: number }) => a.id)).toEqual([2]);
    expect(JSON.parse(pgcap(['history', '--from', store, '--format', 'json', '--database', 'pgcap_store_audited']).stdout).map((a: { id: number }) => a.id)).toEqual([1]);
    expect(JSON.parse(pgcap(['history', '--from', store, '--format', 'json', '--limit', '1']).stdout).map((a: { id: number }) => a.id)).toEqual([1]);
    expect(pgcap(['history', '--from', store, '--database', 'nothing']).stdout).toBe('No audit saved for this server or database.\n');
    for (const args of [['history'], ['history', '--from', store, '--limit', 'ten'], ['history', '--from', store, '--format', 'md'], ['history', '--from', 'mysql://x/y']]) {
      const r = pgcap(args);
      expect({ args, code: r.code, lines: r.stderr.trim().split('\n').length }).toEqual({ args, code: 2, lines: 1 });
    }
  });

  test('diff --from by ids equals the diff of the two files; report --from equals the report of the file', () => {
    const snapA = path.join(tmp, 'a.json');
    for (const format of ['md', 'json', 'html']) {
      const byIds = pgcap(['diff', '--from', store, '2', '1', '--format', format]);
      const byFiles = pgcap(['diff', DEMO, snapA, '--format', format]);
      expect({ code: byIds.code, stderr: byIds.stderr }).toEqual({ code: 0, stderr: '' });
      expect(byIds.stdout).toBe(byFiles.stdout);
    }
    expect(pgcap(['diff', '--from', store, '2', '1']).stdout).toMatch(/## External stores\n\n- \*\*new\*\* /);
    const md = pgcap(['report', '--from', store, '1', '--time-zone', 'UTC']);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(pgcap(['report', snapA, '--time-zone', 'UTC']).stdout);
    // jsonb keeps no key order: the same data, keys maybe in another order
    expect(JSON.parse(pgcap(['report', '--from', store, '1', '--format', 'json']).stdout)).toEqual(JSON.parse(pgcap(['report', snapA, '--format', 'json']).stdout));

    const cases: [string[], RegExp][] = [
      [['diff', '--from', store, '1', '99'], /no audit 99 in the store at .*pgcap history --from URL/],
      [['diff', '--from', store, '1', snapA], /is not an audit id/],
      [['diff', '--from', store, '1'], /give two audit ids, the older audit first/],
      [['report', '--from', store, '0'], /"0" is not an audit id/],
    ];
    for (const [args, message] of cases) {
      const r = pgcap(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(message);
    }
  });

  test('attack: hostile database and server names stay inert in history text and csv', async () => {
    const name = '=HYPERLINK("http://x")\x1b[2J\n\u202Eevil';
    await withClient(adminUrl(), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    });
    const u = new URL(adminUrl());
    const scan = pgcap(['scan', '--save', store, '--format', 'json', '--quiet'], { PGHOST: u.hostname, PGPORT: u.port, PGUSER: u.username, PGPASSWORD: u.password, PGDATABASE: name });
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout).source.database).toBe(name);
    const saved = pgcap(['save', DEMO, '--to', store, '--server', '@SUM(1+1)*cmd|\' /C calc\'!A0\u200B']);
    expect(saved.code).toBe(0);

    const text = pgcap(['history', '--from', store]).stdout;
    expect(text).not.toMatch(HIDDEN);
    const rows = text.trimEnd().split('\n');
    expect(rows).toHaveLength(5); // a header and four audits: no name broke a line
    const csv = pgcap(['history', '--from', store, '--format', 'csv']).stdout;
    expect(csvProblems(csv, parseCsv(csv)[0]!.length, 5)).toEqual([]);
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).toContain(`'@SUM(1+1)`);
    // json: the very name, escaped
    const json = pgcap(['history', '--from', store, '--format', 'json']).stdout;
    expect(json).not.toMatch(HIDDEN);
    expect(JSON.parse(json).map((a: { database: string }) => a.database)).toContain(name);
  });

  test('attack: a crafted report planted in the store is listed as damaged by fleet --from, never an unexpected error', async () => {
    const crafted = await freshDatabase('pgcap_store_crafted');
    expect(pgcap(['init-store', crafted]).code).toBe(0);
    expect(pgcap(['save', DEMO, '--to', crafted, '--server', 'good:1']).code).toBe(0);
    expect(pgcap(['save', DEMO, '--to', crafted, '--server', 'planted:1']).code).toBe(0);
    // what a role with INSERT on pgcap.audit can write: a report that passes the file checks but
    // not what the summary counts (a list where a count is, markup where a severity is)
    await withClient(crafted, (c) => c.query(`UPDATE pgcap.audit SET report = jsonb_set(jsonb_set(report, '{summary,stores}', '"<script>x</script>"'),
      '{summary,worstSeverity}', '"<img src=x onerror=alert(1)>"') WHERE server = 'planted:1'`));
    const r = pgcap(['fleet', '--from', crafted, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/its saved report is damaged: summary\.stores is not a list of names/);
    expect(r.stdout).toContain('Databases audited (1)'); // the good audit is summarised
    expect(r.stdout).not.toContain('<script');
    expect(r.stderr).not.toMatch(/unexpected error/);
  });

  test('a store of a newer schema version is refused, by init-store too, and left as it is', async () => {
    const newer = await freshDatabase('pgcap_store_newer');
    expect(pgcap(['init-store', newer]).code).toBe(0);
    await withClient(newer, (c) => c.query(`UPDATE pgcap.store_version SET version = ${STORE_VERSION + 1}`));
    for (const args of [['history', '--from', newer], ['save', DEMO, '--to', newer], ['init-store', newer], ['report', '--from', newer, '1']]) {
      const r = pgcap(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(new RegExp(`^pgcap: the audit store at .*/pgcap_store_newer has schema version ${STORE_VERSION + 1}, newer than this pgcap .* knows \\(${STORE_VERSION}\\)`));
    }
    expect(await withClient(newer, async (c) => (await c.query('SELECT count(*)::int AS n FROM pgcap.audit')).rows[0].n)).toBe(0);
  });

  test('a role without the grants is told before the scan starts', async () => {
    const reader = pgcap(['scan', '--addons', FIXTURE_ADDONS, '--save', urlFor('pgcap_store', READER)]);
    expect(reader.code).toBe(2);
    expect(reader.stdout).toBe('');
    expect(reader.stderr).toMatch(/^pgcap: the audit store at .* refused reading its schema version: permission denied for schema pgcap/);
    // the reader's grants of the README: history, not --save
    await withClient(store, (c) => c.query(`GRANT USAGE ON SCHEMA pgcap TO ${READER.name}; GRANT SELECT ON pgcap.store_version, pgcap.audit TO ${READER.name}`));
    expect(pgcap(['history', '--from', urlFor('pgcap_store', READER), '--format', 'json']).code).toBe(0);
    const save = pgcap(['scan', '--addons', FIXTURE_ADDONS, '--save', urlFor('pgcap_store', READER)]);
    expect(save).toMatchObject({ code: 2, stdout: '' });
    expect(save.stderr).toMatch(/^pgcap: the role may not save audits in the store at .*: it needs INSERT and SELECT on pgcap\.audit/);
  });

  test('the API: saveAudit per snapshot, listAudits, loadAudit, latestAudits per (server, database)', async () => {
    const url = await freshDatabase('pgcap_store_api');
    expect(pgcap(['init-store', url]).code).toBe(0);
    const demo = readJson<Snapshot>('test/fixtures/demo/snapshot.json');
    const at = (iso: string): Snapshot => ({ ...demo, collectedAt: iso });
    await withStore(url, async (s) => {
      const ids = [
        await saveAudit(s, { snapshot: at('2026-02-01T00:00:00.000Z'), server: 'a:5432' }),
        await saveAudit(s, { snapshot: at('2026-03-01T00:00:00.000Z'), server: 'a:5432' }),
        await saveAudit(s, { snapshot: at('2026-01-01T00:00:00.000Z'), server: 'a:5432' }),
        await saveAudit(s, { snapshot: at('2026-01-01T00:00:00.000Z'), server: 'b:5432' }),
      ];
      expect(ids).toEqual([1, 2, 3, 4]);
      expect((await listAudits(s)).map((a) => a.id)).toEqual([2, 1, 4, 3]);
      const latest = await latestAudits(s);
      expect(latest.map((a) => [a.server, a.database, a.id, a.collectedAt])).toEqual([
        ['a:5432', 'odoo_demo', 2, '2026-03-01T00:00:00.000Z'], ['b:5432', 'odoo_demo', 4, '2026-01-01T00:00:00.000Z']]);
      expect(latest[0]!.report.summary).toEqual(buildReport(demo).summary);
      expect((await latestAudits(s, { server: 'b:5432' })).map((a) => a.id)).toEqual([4]);
      const one = await loadAudit(s, 2);
      expect(one.snapshot).toEqual(at('2026-03-01T00:00:00.000Z'));
      expect(one.report.findings.map((f) => f.id)).toEqual(buildReport(demo).findings.map((f) => f.id));
      await expect(loadAudit(s, 9)).rejects.toThrow(/no audit 9 in the store/);
    });
  });

  test('two init-store at once: one creates the store, the other finds it ready', async () => {
    const url = await freshDatabase('pgcap_store_race');
    const run = () => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'init-store', url]);
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('close', (code) => resolve({ code, stderr }));
    });
    const both = await Promise.all([run(), run()]);
    expect(both.map((r) => r.code)).toEqual([0, 0]);
    expect(both.map((r) => (/created/.test(r.stderr) ? 'created' : /nothing to do/.test(r.stderr) ? 'ready' : r.stderr)).sort()).toEqual(['created', 'ready']);
  });

  test('--help of the new commands, and the main help lists them', () => {
    for (const cmd of ['init-store', 'save', 'history']) {
      const r = pgcap([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: pgcap /);
    }
    const main = pgcap(['--help']).stdout;
    for (const line of ['pgcap init-store STORE_URL', 'pgcap save SNAPSHOT.json --to STORE_URL', 'pgcap history --from STORE_URL', 'pgcap diff --from STORE_URL OLD_ID NEW_ID', 'pgcap report --from STORE_URL ID']) {
      expect(main).toContain(line);
    }
  });
});
