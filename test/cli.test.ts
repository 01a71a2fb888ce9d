// The built CLI as a user runs it: exit codes, one-line errors, outputs that validate.
import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase, urlFor } from './support/db';
import { FIXTURE_ADDONS, readJson, ROOT, SAMPLE_SQL } from './support/fixtures';

const CLI = path.join(ROOT, 'dist/pgcap.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-cli-'));

function pgcap(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, ...env }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oneLineError(stderr: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^pgcap: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('pgcap', () => {
  test('--help on each command', () => {
    for (const cmd of [[], ['scan'], ['report'], ['pull'], ['diff'], ['demo'], ['eval']]) {
      const r = pgcap([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage:/);
    }
  });

  test('bad arguments: exit 2 with one clear line', () => {
    for (const args of [['frobnicate'], ['scan'], ['scan', '--addons', FIXTURE_ADDONS, '--format', 'pdf'], ['scan', '--bogus'], ['scan', '--addons', '/nonexistent'], ['report'], ['report', '/nonexistent.json'], ['scan', '--addons', FIXTURE_ADDONS, '--fail-on', 'urgent']]) {
      const r = pgcap(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      oneLineError(r.stderr);
    }
  });

  test('pull: missing URL or key, unreachable Odoo: exit 2 with one clear line', () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['pull'], {}, /give --odoo URL/],
      [['pull', '--odoo', 'http://127.0.0.1:1'], {}, /API key .* PGCAP_ODOO_API_KEY/],
      [['pull', '--odoo', 'ftp://x'], { PGCAP_ODOO_API_KEY: 'k' }, /not an http\(s\) URL/],
      [['pull', '--odoo', 'http://127.0.0.1:47999'], { PGCAP_ODOO_API_KEY: 'k' }, /cannot reach Odoo at http:\/\/127\.0\.0\.1:47999: ECONNREFUSED/],
    ];
    for (const [args, env, message] of cases) {
      const r = pgcap(args, env);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      oneLineError(r.stderr);
      expect(r.stderr).toMatch(message);
    }
  });

  test('unreachable server and bad credentials: exit 2, one line, no stack trace', () => {
    const refused = pgcap(['scan', '--db', 'postgresql://u:p@127.0.0.1:1/x']);
    expect(refused.code).toBe(2);
    oneLineError(refused.stderr);
    expect(refused.stderr).toContain('connection refused');
    expect(refused.stderr).not.toContain(':p@');

    const badPassword = pgcap(['scan', '--db', urlFor('postgres', { name: 'postgres', password: 'wrong' })]);
    expect(badPassword.code).toBe(2);
    oneLineError(badPassword.stderr);
    expect(badPassword.stderr).toMatch(/authentication failed/);

    const noDb = pgcap(['scan', '--db', urlFor('pgcap_no_such_db')]);
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toMatch(/database "pgcap_no_such_db" does not exist/);
  });

  test('scan of a database and addons: JSON report, snapshot valid against its schema, --fail-on', async () => {
    const url = await freshDatabase('pgcap_cli', SAMPLE_SQL);
    const snap = path.join(tmp, 'snap.json');
    const r = pgcap(['scan', '--db', url, '--addons', FIXTURE_ADDONS, '--format', 'json', '--snapshot', snap, '--fail-on', 'critical']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 finding at or above critical');
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ findings: 3, dualWrites: 2, worstSeverity: 'critical', jsonbColumns: 8, trigramIndexes: 2 });
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(readJson('schema/snapshot.schema.json') as object);
    expect(validate(JSON.parse(fs.readFileSync(snap, 'utf8'))) ? [] : validate.errors).toEqual([]);

    // the same report again from the saved snapshot
    const again = pgcap(['report', snap, '--format', 'json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(report);
    fs.mkdirSync(path.join(tmp, 'out'));
    const html = path.join(tmp, 'out/report.html');
    expect(pgcap(['report', snap, '--format', 'html', '--out', html]).code).toBe(0);
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  test('diff of two audits, and the csv and sarif formats', () => {
    const snap = path.join(ROOT, 'test/fixtures/demo/snapshot.json');
    const same = pgcap(['diff', snap, snap, '--fail-on-new', 'low']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No change.');
    expect(pgcap(['diff', snap]).code).toBe(2);
    const csv = pgcap(['report', snap, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^section,verdict,verdict_text,action,reasons,models,write_paths,rebuild_paths,reconciliation,severity,module,path,/);
    const bom = pgcap(['report', snap, '--format', 'cyclonedx']);
    expect(bom.code).toBe(0);
    expect(JSON.parse(bom.stdout)).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', metadata: { timestamp: '2026-01-15T09:30:00.000Z', tools: { components: [{ name: 'pgcap' }] } } });
    const wrong = pgcap(['report', snap, '--format', 'spdx']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('use one of json, md, html, csv, sarif, cyclonedx');
    const sarif = pgcap(['report', snap, '--format', 'sarif']);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
  });

  test('progress on a terminal: live totals of probes and modules, then one summary line', async () => {
    const url = await freshDatabase('pgcap_cli_progress', SAMPLE_SQL);
    const out = path.join(tmp, 'progress.md');
    // script(1) gives the command a terminal; the report goes to a file
    const cmd = `${process.execPath} ${CLI} scan --db '${url}' --addons ${FIXTURE_ADDONS} --out ${out}`;
    // the scan cache goes where the run's goes (global-setup.mjs), never to ~/.cache
    const env = { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? tmp };
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env, timeout: 60000 });
    expect(r.status).toBe(0);
    const shown = r.stdout.split(/\r|\n/).map((l) => l.replace(/\x1b\[2K/g, '')).filter(Boolean);
    const probes = shown.filter((l) => /^probe \d+\/\d+: \w+$/.test(l));
    expect(probes.length).toBeGreaterThan(10);
    expect(probes[0]).toMatch(/^probe 1\/(\d+): server$/);
    expect(shown).toContain('scanning addons: 0/9 modules');
    expect(shown.filter((l) => /^scanning addons: [1-9]\/9 modules, \d+ matches \(\w+\)$/.test(l))).toHaveLength(9);
    expect(shown.at(-2)).toBe(`pgcap: wrote ${out}`);
    expect(shown.at(-1)).toMatch(/^pgcap: 127\.0\.0\.1:\d+\/pgcap_cli_progress: \d+ probes run, 9 modules and \d+ files scanned \(\d+ skipped\) in \d+\.\d s; \d+\/\d+ PostgreSQL capabilities in use; /);
  });

  test('no terminal: no live line, one summary line on stderr; --quiet: nothing', () => {
    const r = pgcap(['scan', '--addons', FIXTURE_ADDONS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^pgcap: 9 modules and \d+ files scanned \(\d+ skipped\) in \d+\.\d s; \d+\/\d+ PostgreSQL capabilities in use; .*\.\n$/);
    const quiet = pgcap(['scan', '--addons', FIXTURE_ADDONS, '--quiet', '--out', path.join(tmp, 'quiet.md')]);
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: '' });
  });

  test('libpq environment variables are honoured without --db', async () => {
    await freshDatabase('pgcap_env', SAMPLE_SQL);
    const u = new URL(urlFor('pgcap_env'));
    const r = pgcap(['scan', '--format', 'json'], { PGHOST: u.hostname, PGPORT: u.port, PGUSER: u.username, PGPASSWORD: u.password, PGDATABASE: 'pgcap_env' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.database).toBe('pgcap_env');
  });
});
