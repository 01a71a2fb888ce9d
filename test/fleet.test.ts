// pgcap scan over many databases, as a user runs it (the built CLI) against the test server: every
// database the role may connect to, --include/--exclude, one report each, the fleet summary, a
// database and a server that fail while the rest goes on, passwords from a PGPASSFILE; and the
// pure parts (summary, file names, globs, the password file) on their own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFleetSummary, exportFleet, type FleetMember } from '../static_src/core/fleet';
import { buildReport } from '../static_src/core/report';
import type { Snapshot } from '../static_src/core/snapshot';
import { databaseOf, globMatch, parseDbFile, reportFileName, selectDatabases } from '../static_src/cli/fleet';
import { pgpassLookup, readPgpass } from '../static_src/cli/pgpass';
import { adminUrl, freshDatabase, withClient } from './support/db';
import { FIXTURE_ADDONS, ROOT, SAMPLE_SQL } from './support/fixtures';

const CLI = path.join(ROOT, 'dist/pgcap.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-fleet-'));
const USER = { name: 'pgcap_fleet_user', password: 'fleet-Secret-42' };
// a database name written to break out of HTML, Markdown and a file path
const HOSTILE = 'pgcap_fleet_</td><script>alert(1)</script>/..';

function pgcap(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  // HOME elsewhere: the tester's own ~/.pgpass is never read
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, HOME: tmp, ...env }, timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const server = new URL(adminUrl());
const hostPort = `${server.hostname}:${server.port}`;
/** The test server as the fleet user, without a password (pgpass supplies it) or with one. */
const userUrl = (db = 'postgres', withPassword = false) => `postgresql://${USER.name}${withPassword ? `:${USER.password}` : ''}@${hostPort}/${encodeURIComponent(db)}`;

function writePgpass(mode: number): string {
  const file = path.join(tmp, `pgpass-${mode.toString(8)}`);
  fs.writeFileSync(file, `# the fleet user\n${server.hostname}:${server.port}:*:${USER.name}:${USER.password.replace(/:/g, '\\:')}\n`);
  fs.chmodSync(file, mode);
  return file;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

beforeAll(async () => {
  await withClient(adminUrl(), async (c) => {
    await c.query(`DO $$ BEGIN CREATE ROLE ${USER.name} LOGIN PASSWORD '${USER.password}'; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    for (const db of ['pgcap_fleet_a', 'pgcap_fleet_b', 'pgcap_fleet_plain', 'pgcap_fleet_hidden', 'pgcap_fleet_full', 'pgcap_fleet_tpl', 'pgcap_fleet_closed', HOSTILE]) {
      await c.query(`UPDATE pg_database SET datistemplate = false WHERE datname = $1`, [db]);
      await c.query(`DROP DATABASE IF EXISTS ${q(db)} WITH (FORCE)`);
    }
    for (const db of ['pgcap_fleet_a', 'pgcap_fleet_b', 'pgcap_fleet_plain', 'pgcap_fleet_hidden', 'pgcap_fleet_full', HOSTILE]) await c.query(`CREATE DATABASE ${q(db)}`);
    // what the role may not see: no CONNECT, a template, a database closed to connections
    await c.query('REVOKE CONNECT ON DATABASE pgcap_fleet_hidden FROM PUBLIC');
    await c.query('CREATE DATABASE pgcap_fleet_tpl IS_TEMPLATE true');
    await c.query('CREATE DATABASE pgcap_fleet_closed ALLOW_CONNECTIONS false');
    // listed, but every connection refused: it fails, the others go on
    await c.query('ALTER DATABASE pgcap_fleet_full CONNECTION LIMIT 0');
  });
  for (const db of ['pgcap_fleet_a', 'pgcap_fleet_b']) {
    const u = new URL(adminUrl());
    u.pathname = `/${db}`;
    await withClient(u.toString(), async (c) => {
      await c.query(SAMPLE_SQL);
      await c.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${USER.name}`);
    });
  }
}, 120000);

describe('pgcap scan --all-databases', () => {
  const out = path.join(tmp, 'all');
  let run: ReturnType<typeof pgcap>;
  let summary: ReturnType<typeof buildFleetSummary>;
  beforeAll(() => {
    const pgpass = writePgpass(0o600);
    run = pgcap(['scan', '--all-databases', '--db', userUrl(), '--include', 'pgcap_fleet_*', '--exclude', '*_plain', '--addons', FIXTURE_ADDONS,
      '--format', 'json', '--out-dir', out, '--jobs', '3'], { PGPASSFILE: pgpass });
    summary = JSON.parse(fs.readFileSync(path.join(out, 'fleet.json'), 'utf8'));
  });

  test('one report per database it may connect to; templates, closed and refused databases left out; --exclude honoured', () => {
    const dbs = summary.servers[0]!.databases.map((d) => d.database);
    expect(dbs).toEqual(['pgcap_fleet_</td><script>alert(1)</script>/..', 'pgcap_fleet_a', 'pgcap_fleet_b', 'pgcap_fleet_full'].sort());
    const files = fs.readdirSync(out).sort();
    expect(files).toEqual(['fleet.json', ...summary.servers[0]!.databases.filter((d) => d.file).map((d) => d.file!)].sort());
    expect(files).toHaveLength(4); // three reports and the summary: the full one has none
    for (const d of summary.servers[0]!.databases.filter((x) => x.status === 'audited')) {
      const report = JSON.parse(fs.readFileSync(path.join(out, d.file!), 'utf8'));
      expect(report.source.database).toBe(d.database);
      // the addons were scanned once and judged against each database
      expect(report.summary.modulesScanned).toBe(9);
    }
  });

  test('the summary: Odoo version or not Odoo, capabilities, stores, verdicts; the failed database with its error', () => {
    const by = Object.fromEntries(summary.servers[0]!.databases.map((d) => [d.database, d]));
    expect(by.pgcap_fleet_a).toMatchObject({ status: 'audited', odoo: '17.0', isOdoo: true });
    expect(by.pgcap_fleet_a!.capabilitiesInUse).toContain('jsonb columns');
    expect(by.pgcap_fleet_a!.stores.length).toBeGreaterThan(0);
    expect(by.pgcap_fleet_a!.findings).toBe(Object.values(by.pgcap_fleet_a!.verdicts).reduce((a, b) => a + b, 0));
    expect(by[HOSTILE]).toMatchObject({ status: 'audited', odoo: 'not an Odoo database', isOdoo: false });
    expect(by.pgcap_fleet_full).toMatchObject({ status: 'failed', file: null });
    expect(by.pgcap_fleet_full!.error).toMatch(/too many connections/);
    // server-level facts once, for the server
    expect(summary.servers).toHaveLength(1);
    expect(summary.servers[0]).toMatchObject({ server: hostPort, error: null, role: USER.name });
    expect(summary.servers[0]!.postgresVersion).toMatch(/^\d+/);
    expect(summary.servers[0]!.extensions).toContain('plpgsql');
    expect(summary.totals).toMatchObject({ servers: 1, targets: 4, audited: 3, failed: 1, odoo: 2 });
  });

  test('the addons scanned once give each database the report a scan of it alone gives', () => {
    const single = pgcap(['scan', '--db', userUrl('pgcap_fleet_b'), '--addons', FIXTURE_ADDONS, '--format', 'json'], { PGPASSFILE: writePgpass(0o600) });
    expect(single.code).toBe(0);
    const alone = JSON.parse(single.stdout);
    const inFleet = JSON.parse(fs.readFileSync(path.join(out, summary.servers[0]!.databases.find((d) => d.database === 'pgcap_fleet_b')!.file!), 'utf8'));
    const ids = (r: { findings: { id: string; verdict: string; section: string }[] }) => r.findings.map((f) => `${f.id} ${f.verdict} ${f.section}`).sort();
    expect(ids(inFleet)).toEqual(ids(alone));
    expect(inFleet.summary).toEqual(alone.summary);
  });

  test('exit 2 when a database failed, with one line saying so; no password anywhere', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pgcap: 1 of 4 databases or servers could not be audited/);
    const everything = [run.stdout, run.stderr, ...fs.readdirSync(out).map((f) => fs.readFileSync(path.join(out, f), 'utf8'))].join('\n');
    expect(everything).not.toContain(USER.password);
  });

  test('attack: a hostile database name is inert in the HTML and Markdown summaries and in file names', () => {
    const html = exportFleet(summary, 'html');
    expect(html).not.toMatch(/<script|<\/td><script/i);
    expect(html).toContain('&#60;script&#62;alert(1)');
    // Markdown shows a code span's content literally: the name is one, and no markup is outside one
    const md = exportFleet(summary, 'md');
    expect(md).not.toContain('**:**'); // every fact of a server has its label
    expect(md).toContain('| `pgcap_fleet_</td><script>alert(1)</script>/..` |');
    expect(md.replace(/(`+)[^`]*?\1/g, '')).not.toMatch(/<[a-z/]/i);
    const hostileFile = summary.servers[0]!.databases.find((d) => d.database === HOSTILE)!.file!;
    expect(hostileFile).toMatch(/^[A-Za-z0-9_.%-]+$/);
    expect(hostileFile).not.toContain('/');
    expect(fs.existsSync(path.join(out, hostileFile))).toBe(true);
  });

  test('--include alone, md format, exit 0 with every database audited; --fail-on across databases gives 1', () => {
    const dir = path.join(tmp, 'md');
    const pgpass = writePgpass(0o600);
    const r = pgcap(['scan', '--all-databases', '--db', userUrl(), '--include', 'pgcap_fleet_[ab]', '--out-dir', dir], { PGPASSFILE: pgpass });
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['fleet.md', `${hostPort.replace(':', '_')}__pgcap_fleet_a.md`, `${hostPort.replace(':', '_')}__pgcap_fleet_b.md`].sort());
    expect(fs.readFileSync(path.join(dir, 'fleet.md'), 'utf8')).toMatch(/\| `pgcap_fleet_a` \| 17\.0 \|/);
    const failing = pgcap(['scan', '--all-databases', '--db', userUrl(), '--include', 'pgcap_fleet_[ab]', '--addons', FIXTURE_ADDONS, '--out-dir', dir, '--fail-on', 'high'], { PGPASSFILE: pgpass });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/2 databases have a finding at or above high/);
  });
});

describe('a fleet scan saved in an audit store (--save), summed up again by pgcap fleet --from', () => {
  test('every audited database is saved; the summary of what is saved is the one of the scan, failed databases aside', async () => {
    const store = await freshDatabase('pgcap_storefleet');
    expect(pgcap(['init-store', store]).code).toBe(0);
    const out = path.join(tmp, 'saved');
    const pgpass = writePgpass(0o600);
    const run = pgcap(['scan', '--all-databases', '--db', userUrl(), '--include', 'pgcap_fleet_*', '--exclude', '*_plain', '--addons', FIXTURE_ADDONS,
      '--format', 'json', '--out-dir', out, '--save', store], { PGPASSFILE: pgpass });
    expect(run.code).toBe(2); // pgcap_fleet_full fails, as above
    expect(run.stderr).toContain('saved 3 audits in the store');
    const history = pgcap(['history', '--from', store, '--format', 'json']);
    expect(history.code).toBe(0);
    const rows: { server: string; database: string }[] = JSON.parse(history.stdout);
    expect(rows.map((r) => r.database).sort()).toEqual([HOSTILE, 'pgcap_fleet_a', 'pgcap_fleet_b'].sort());
    expect(new Set(rows.map((r) => r.server))).toEqual(new Set([hostPort]));
    const fromStore = pgcap(['fleet', '--from', store, '--format', 'json']);
    expect(fromStore.code).toBe(0);
    const saved = JSON.parse(fromStore.stdout);
    const scanned = JSON.parse(fs.readFileSync(path.join(out, 'fleet.json'), 'utf8'));
    // the store keeps audits, not failures: the scan's summary without its failed database, and without report files
    const audited = (f: typeof scanned) => f.servers.map((sv: { databases: { status: string; file: string | null }[] }) => ({
      ...sv, databases: sv.databases.filter((d) => d.status === 'audited').map((d) => ({ ...d, file: null })),
    }));
    expect(audited(saved)).toEqual(audited(scanned));
    expect(saved.totals).toMatchObject({ audited: 3, failed: 0 });
    const md = pgcap(['fleet', '--from', store, '--database', 'pgcap_fleet_a']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('pgcap_fleet_a');
    expect(md.stdout).not.toContain('pgcap_fleet_b');
    expect([run.stdout, run.stderr, history.stdout, fromStore.stdout].join('\n')).not.toContain(USER.password);
  }, 180000);

  test('an empty store is said plainly', async () => {
    const store = await freshDatabase('pgcap_storefleet_empty');
    expect(pgcap(['init-store', store]).code).toBe(0);
    const r = pgcap(['fleet', '--from', store]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pgcap: no audit saved in the store: "pgcap scan --save URL" saves one\.\n$/);
  });
});

describe('progress', () => {
  test('on a terminal: "databases: N/M done (name)" for each database, then the summary lines', () => {
    const pgpass = writePgpass(0o600);
    const dir = path.join(tmp, 'tty');
    // script(1) gives the command a terminal
    const cmd = `${process.execPath} ${CLI} scan --all-databases --db '${userUrl()}' --include 'pgcap_fleet_[ab]' --out-dir ${dir}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tmp, PGPASSFILE: pgpass }, timeout: 120000 });
    expect(r.status).toBe(0);
    const shown = r.stdout.split(/\r|\n/).map((l) => l.replace(/\x1b\[2K/g, '')).filter(Boolean);
    expect(shown).toContain('databases: 0/2 done');
    expect(shown.filter((l) => /^databases: [12]\/2 done \(pgcap_fleet_[ab]\)$/.test(l))).toHaveLength(2);
    expect(shown.at(-1)).toMatch(/^pgcap: 2 databases on 1 server: 2 audited, 0 failed, 2 Odoo; /);
  });
});

describe('several servers: --db-file', () => {
  test('an unreachable server is reported as failed and the rest goes on; a password in the file is used, never shown', () => {
    const file = path.join(tmp, 'servers.txt');
    fs.writeFileSync(file, `# two servers\n\n${userUrl('postgres', true)}\npostgresql://${USER.name}:${USER.password}@127.0.0.1:1/postgres\n`);
    const dir = path.join(tmp, 'servers');
    const r = pgcap(['scan', '--all-databases', '--db-file', file, '--include', 'pgcap_fleet_a', '--out-dir', dir, '--format', 'html']);
    expect(r.code).toBe(2);
    const html = fs.readFileSync(path.join(dir, 'fleet.html'), 'utf8');
    expect(html).toContain('Server 127.0.0.1:1');
    expect(html).toMatch(/Not audited: cannot connect: connection refused/);
    expect(html).toContain('Databases audited (1)');
    expect(fs.readdirSync(dir)).toContain(`${hostPort.replace(':', '_')}__pgcap_fleet_a.html`);
    expect([html, r.stderr, r.stdout].join('\n')).not.toContain(USER.password);
  });

  test('a password file open to others is ignored with a warning, as libpq does', () => {
    const r = pgcap(['scan', '--all-databases', '--db', userUrl(), '--include', 'pgcap_fleet_a', '--out-dir', path.join(tmp, 'open')], { PGPASSFILE: writePgpass(0o644) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/warning: password file .* has group or world access: ignored/);
    expect(r.stderr).toMatch(/cannot connect: the server asks for a password and none was given/);
  });

  test('several --db without --all-databases: each names one database; one the role may not connect to fails, the other is audited', () => {
    const dir = path.join(tmp, 'two');
    const r = pgcap(['scan', '--db', userUrl('pgcap_fleet_hidden'), '--db', userUrl('pgcap_fleet_a'), '--out-dir', dir, '--format', 'json'], { PGPASSFILE: writePgpass(0o600) });
    expect(r.code).toBe(2);
    const f = JSON.parse(fs.readFileSync(path.join(dir, 'fleet.json'), 'utf8'));
    const by = Object.fromEntries(f.servers[0].databases.map((d: { database: string }) => [d.database, d]));
    expect(by.pgcap_fleet_hidden).toMatchObject({ status: 'failed' });
    expect(by.pgcap_fleet_hidden.error).toMatch(/permission denied for database/);
    expect(by.pgcap_fleet_a).toMatchObject({ status: 'audited', odoo: '17.0' });
  });

  test('a bad line of the file is named by its number, not echoed', () => {
    const file = path.join(tmp, 'bad.txt');
    fs.writeFileSync(file, `${userUrl()}\nmysql://root:hunter2@db/x\n`);
    const r = pgcap(['scan', '--db-file', file, '--out-dir', path.join(tmp, 'bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.txt line 2: /);
    expect(r.stderr).not.toContain('hunter2');
  });

  test('fleet options without a fleet, and a fleet without --out-dir: one clear line, exit 2', () => {
    for (const [args, message] of [
      [['scan', '--db', userUrl(), '--jobs', '2'], /--jobs is for many databases/],
      [['scan', '--all-databases', '--db', userUrl()], /give --out-dir DIR/],
      [['scan', '--all-databases', '--db', userUrl(), '--out', 'x.md', '--out-dir', tmp], /--out names one file/],
      [['scan', '--all-databases', '--db', userUrl(), '--jobs', '9', '--out-dir', tmp], /--jobs takes a whole number from 1 to 8/],
    ] as const) {
      const r = pgcap([...args]);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('fleet parts', () => {
  test('globs on database names', () => {
    expect(globMatch('odoo_*', 'odoo_prod')).toBe(true);
    expect(globMatch('odoo_*', 'xodoo_prod')).toBe(false);
    expect(globMatch('db?', 'db1')).toBe(true);
    expect(globMatch('db[0-3]', 'db4')).toBe(false);
    expect(globMatch('db[!0-3]', 'db4')).toBe(true);
    expect(globMatch('a.b', 'axb')).toBe(false);
    expect(globMatch('(x)+', '(x)+')).toBe(true);
    expect(selectDatabases(['a1', 'a2', 'b1'], ['a*'], ['*2'])).toEqual(['a1']);
    expect(selectDatabases(['a1', 'b1'], [], [])).toEqual(['a1', 'b1']);
    // a pattern that is no regular expression is the user's mistake, said before any connection
    expect(() => globMatch('db[z-a]', 'db1')).toThrow(/"db\[z-a\]" is not a pattern of database names/);
    const r = pgcap(['scan', '--all-databases', '--db', 'postgresql://u@127.0.0.1:1/postgres', '--exclude', '[z-a]', '--out-dir', path.join(tmp, 'bad-glob')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pgcap: "\[z-a\]" is not a pattern of database names/);
    expect(fs.existsSync(path.join(tmp, 'bad-glob'))).toBe(false);
  });

  test('a database name with a % that escapes nothing is read as it is, not an unexpected error', () => {
    expect(databaseOf('postgresql://u@h/d%zzb')).toBe('d%zzb');
    expect(databaseOf('postgresql://u@h/a%2Fb')).toBe('a/b');
    expect(databaseOf('postgresql://u@h')).toBe('postgres');
  });

  test('report file names: safe characters only, unique regardless of case, bounded', () => {
    const used = new Set<string>();
    const a = reportFileName('db.example.com:5432', '../../etc/passwd', 'md', used);
    expect(a).toBe('db.example.com_5432__%2E.%2F..%2Fetc%2Fpasswd.md');
    expect(a).not.toContain('/');
    const b = reportFileName('h:5432', 'Sales', 'md', used);
    const c = reportFileName('h:5432', 'sales', 'md', used);
    expect(b.toLowerCase()).not.toBe(c.toLowerCase());
    expect(reportFileName('h:5432', '.hidden', 'md', used)).toBe('h_5432__%2Ehidden.md');
    expect(reportFileName('h:5432', 'x'.repeat(200), 'md', used).length).toBeLessThan(130);
    expect(reportFileName('h:5432', 'é\u202e', 'md', used)).toBe('h_5432__%C3%A9%E2%80%AE.md');
  });

  test('--db-file: comments and blank lines skipped', () => {
    expect(parseDbFile('# x\n\n postgresql://h/a \r\npostgres://h/b\n', 'f')).toEqual(['postgresql://h/a', 'postgres://h/b']);
    expect(() => parseDbFile('# only a comment\n', 'f')).toThrow(/names no database URL/);
  });

  test('the password file: the first matching entry, * and escapes, sockets as localhost, comments', () => {
    const text = '#localhost:5432:*:u:commented\nother:5432:*:u:no\nlocalhost:5432:db\\:1:u:p\\:one\n*:*:*:u:fallback\n';
    expect(pgpassLookup(text, { host: 'localhost', port: 5432, database: 'db:1', user: 'u' })).toBe('p:one');
    expect(pgpassLookup(text, { host: '/var/run/postgresql', port: 5432, database: 'db:1', user: 'u' })).toBe('p:one');
    expect(pgpassLookup(text, { host: 'localhost', port: 5433, database: 'db:1', user: 'u' })).toBe('fallback');
    expect(pgpassLookup(text, { host: 'x', port: null, database: 'd', user: 'v' })).toBeUndefined();
    const warnings: string[] = [];
    expect(readPgpass(writePgpass(0o640), (w) => warnings.push(w))).toBeNull();
    expect(warnings[0]).toMatch(/group or world access/);
    expect(readPgpass(writePgpass(0o400), (w) => warnings.push(w))).toContain(USER.name);
  });

  test('the summary is a pure function of reports: servers once, failures kept, hostile text redacted and inert', () => {
    const snapshot = (database: string, version: string): Snapshot => ({
      schema: 'pg-capabilities/snapshot', version: 2, collectedAt: '2026-01-02T03:04:05.000Z', collector: { name: 'pgcap', version: 't', runtime: 'node' },
      catalogVersion: 1, scan: null, odoo: null,
      database: { durationMs: 1, probes: [
        { id: 'server', status: 'ok', durationMs: 1, rows: [{ database, server_version: version, role: 'r', is_odoo: false }] },
        { id: 'extensions', status: 'ok', durationMs: 1, rows: [{ name: 'pg_trgm', available_version: '1.6', installed_version: null, installed: false, schema: null }] },
        { id: 'notification_queue', status: 'ok', durationMs: 1, rows: [{ usage: 0.5 }] },
        { id: 'odoo_modules', status: 'skipped', durationMs: 0, rows: [], message: 'not an Odoo database' },
      ] },
    } as unknown as Snapshot);
    const members: FleetMember[] = [
      { server: 'h:5432', database: 'x', report: buildReport(snapshot('x', '16.2')), error: null, collectedAt: '2026-01-02T03:04:05.000Z', file: 'h_5432__x.md' },
      { server: 'h:5432', database: 'y', report: buildReport(snapshot('y', '16.2')), error: null, collectedAt: '2026-01-02T03:05:00.000Z' },
      { server: 'h:5432', database: '<b>z</b>', report: null, error: 'cannot connect: password=hunter2 refused\nsecond line', collectedAt: '2026-01-02T03:06:00.000Z' },
      { server: 'g:1', database: null, report: null, error: 'cannot connect: connection refused', collectedAt: '2026-01-02T03:00:00.000Z' },
    ];
    const f = buildFleetSummary(members);
    expect(f.collectedAt).toBe('2026-01-02T03:06:00.000Z');
    expect(f.totals).toMatchObject({ servers: 2, targets: 4, audited: 2, failed: 2, odoo: 0 });
    const h = f.servers.find((s) => s.server === 'h:5432')!;
    expect(h.postgresVersion).toBe('16.2');
    expect(h.extensions).toEqual(['pg_trgm']);
    expect(h.notes).toEqual(['Notification queue usage (server-wide): 50.00%.']); // once, not once per database
    expect(h.databases.map((d) => d.database)).toEqual(['<b>z</b>', 'x', 'y']);
    const z = h.databases[0]!;
    expect(z.error).not.toContain('hunter2');
    expect(z.error).not.toContain('\n');
    expect(h.databases[1]!.odoo).toBe('not an Odoo database');
    expect(f.servers.find((s) => s.server === 'g:1')).toMatchObject({ error: 'cannot connect: connection refused', databases: [] });
    expect(buildFleetSummary(members)).toEqual(f); // no clock, no I/O: the same input, the same summary
    const html = exportFleet(f, 'html');
    expect(html).not.toContain('<b>z');
    expect(html).toContain('Content-Security-Policy');
    // in a code span, which Markdown shows literally
    expect(exportFleet(f, 'md')).toContain('| `<b>z</b>` | cannot connect: password=\\*\\*\\* refused second line |');
  });
});
