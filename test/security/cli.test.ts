// Faults and attacks on the command line itself: every error path ends with its exit code and one
// exact line on stderr ("pgcap: ..."), never a stack trace, never a hang, never a server left behind.
// The CLI runs as a user runs it (dist/pgcap.mjs in a child process); the Odoo it pulls from is a
// tiny HTTP server on 127.0.0.1; the PostgreSQL is the real one of the test setup.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { adminUrl, freshDatabase, openSession, urlFor, withClient } from '../support/db';
import { FIXTURE_ADDONS, ROOT, SAMPLE_SQL } from '../support/fixtures';

const CLI = path.join(ROOT, 'dist/pgcap.mjs');
const SNAPSHOT = path.join(ROOT, 'test/fixtures/demo/snapshot.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-cli-attack-'));
fs.chmodSync(tmp, 0o755); // the demo's server runs as "postgres" when the tests run as root: it must reach its folders below
const isRoot = process.getuid?.() === 0;

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  return { ...clean, ...env };
}

/** Runs pgcap without blocking the event loop (the test's own HTTP server must keep answering). */
function pgcap(args: string[], env: Record<string, string> = {}, timeoutMs = 60000): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A shell pipeline, for what only a pipe shows (EPIPE). */
function shell(script: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: cleanEnv(env), timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The exit code, and stderr exactly `line` (one line, no stack frame). */
function expectError(r: Run | { code: number | null; stderr: string }, code: number, line: string | RegExp): void {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  if (typeof line === 'string') expect(r.stderr).toBe(`${line}\n`);
  else expect(r.stderr.trimEnd()).toMatch(line);
  expect(r.code).toBe(code);
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

function snapshotWith(change: (s: Record<string, any>) => void): string {
  const s = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8'));
  change(s);
  return JSON.stringify(s);
}

function postgresProcessesOn(dir: string): string {
  return spawnSync('pgrep', ['-af', dir], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('postgres')).join('\n');
}

const DB_EXAMPLE = 'postgresql://user:password@host:port/dbname';

describe('--db', () => {
  test('attack: --db postgresq:// (a typo of the scheme) is refused, not tried as a host name', async () => {
    expectError(await pgcap(['scan', '--db', 'postgresq://auditor:s3cret@db/prod']), 2,
      `pgcap: --db is not a PostgreSQL URL: it starts with postgresq:, not postgresql:// (${DB_EXAMPLE})`);
  });

  test('attack: --db http://... is refused', async () => {
    expectError(await pgcap(['scan', '--db', 'http://db.example.com/prod']), 2,
      `pgcap: --db is not a PostgreSQL URL: it starts with http:, not postgresql:// (${DB_EXAMPLE})`);
  });

  test('attack: --db garbage (no scheme) is refused without echoing it', async () => {
    const r = await pgcap(['scan', '--db', 'auditor:s3cret garbage']);
    expectError(r, 2, `pgcap: --db is not a PostgreSQL URL: write it as ${DB_EXAMPLE}`);
    expect(r.stderr).not.toContain('s3cret');
  });

  test('attack: a malformed PostgreSQL URL (port out of range, broken IPv6) is exit 2, not a crash, and hides the password', async () => {
    for (const url of ['postgresql://u:s3cret@h:99999/d', 'postgresql://u:s3cret@[::1/d']) {
      const r = await pgcap(['scan', '--db', url]);
      expectError(r, 2, `pgcap: --db is a malformed URL: check the port (1 to 65535), and percent-encode @ : / # in the user name and password (${DB_EXAMPLE})`);
      expect(r.stderr).not.toContain('s3cret');
    }
  });

  test('attack: an empty --db is refused, not read as "the default server"', async () => {
    expectError(await pgcap(['scan', '--db', '']), 2, `pgcap: --db needs a URL: ${DB_EXAMPLE}`);
  });

  test('attack: --db and --no-db together', async () => {
    expectError(await pgcap(['scan', '--db', urlFor('postgres'), '--no-db', '--addons', FIXTURE_ADDONS]), 2, 'pgcap: give --db or --no-db, not both.');
  });

  test('attack: an unreachable server (a closed local port) is exit 2 with one line, password not shown', async () => {
    const port = await closedPort();
    const r = await pgcap(['scan', '--db', `postgresql://u:s3cret@127.0.0.1:${port}/x`]);
    expectError(r, 2, `pgcap: cannot connect to PostgreSQL at 127.0.0.1:${port}/x: connection refused (is the server running, and listening on that host and port?)`);
    expect(r.stderr).not.toContain('s3cret');
  });

  test('attack: a wrong password on the test server is exit 2: authentication failed', async () => {
    const u = new URL(adminUrl());
    const r = await pgcap(['scan', '--db', urlFor('postgres', { name: 'postgres', password: 'wrong' })]);
    expectError(r, 2, `pgcap: cannot connect to PostgreSQL at ${u.hostname}:${u.port}/postgres: authentication failed: password authentication failed for user "postgres"`);
  });

  test('attack: the connection killed in the middle of the probes is exit 2, one line', async () => {
    const url = await freshDatabase('pgcap_attack_killed', SAMPLE_SQL);
    const migration = await openSession(url, 'migration');
    await migration.query('BEGIN');
    await migration.query('LOCK TABLE ir_module_module IN ACCESS EXCLUSIVE MODE');
    try {
      const running = pgcap(['scan', '--db', url]);
      // wait until pgcap's probe queues behind the lock, then kill its session
      let killed = 0;
      for (let i = 0; i < 100 && !killed; i++) {
        killed = await withClient(adminUrl(), async (c) => (await c.query(
          // this database only: other test files' pgcap sessions wait on locks of their own on the same server
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pgcap' AND wait_event_type = 'Lock' AND datname = 'pgcap_attack_killed'",
        )).rowCount ?? 0);
        if (!killed) await new Promise((r) => setTimeout(r, 50));
      }
      expect(killed).toBe(1);
      const u = new URL(url);
      expectError(await running, 2, new RegExp(`^pgcap: lost the connection to PostgreSQL at ${u.hostname}:${u.port}/pgcap_attack_killed during probe \\w+: .+$`));
    } finally {
      await migration.query('ROLLBACK');
      await migration.end();
    }
  });
});

describe('--addons', () => {
  test('attack: the same --addons folder given as x, ./x, x/ and a symlink to it is scanned once', async () => {
    const link = path.join(tmp, 'addons-link');
    fs.symlinkSync(FIXTURE_ADDONS, link);
    const rel = path.relative(process.cwd(), FIXTURE_ADDONS);
    const once = await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--format', 'json', '--quiet']);
    const many = await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--addons', `./${rel}`, '--addons', `${FIXTURE_ADDONS}/`, '--addons', `${link},${FIXTURE_ADDONS}//`, '--format', 'json', '--quiet']);
    expect([once.code, many.code]).toEqual([0, 0]);
    const a = JSON.parse(once.stdout);
    const b = JSON.parse(many.stdout);
    expect(b.source.addonsRoots).toEqual([FIXTURE_ADDONS]);
    expect(b.summary).toEqual(a.summary);
    expect(b.findings).toEqual(a.findings);
  });

  test('attack: --addons naming a file, or nothing that exists', async () => {
    expectError(await pgcap(['scan', '--addons', SNAPSHOT]), 2, `pgcap: not a folder: --addons ${SNAPSHOT}`);
    expectError(await pgcap(['scan', '--addons', '/nonexistent/addons']), 2, 'pgcap: addons folder not found: /nonexistent/addons');
  });
});

describe('snapshots read back', () => {
  test('attack: a missing snapshot', async () => {
    expectError(await pgcap(['report', '/nonexistent/snap.json']), 2, 'pgcap: file not found: /nonexistent/snap.json');
  });

  test('attack: an unreadable snapshot (a folder; a file without read permission)', async () => {
    expectError(await pgcap(['report', tmp]), 2, `pgcap: cannot read ${tmp}: it is a folder`);
    if (!isRoot) {
      const locked = write('locked.json', fs.readFileSync(SNAPSHOT, 'utf8'));
      fs.chmodSync(locked, 0o000);
      expectError(await pgcap(['report', locked]), 2, `pgcap: cannot read ${locked}: permission denied`);
    }
  });

  test('attack: a truncated snapshot', async () => {
    const file = write('truncated.json', fs.readFileSync(SNAPSHOT, 'utf8').slice(0, 500));
    expectError(await pgcap(['report', file]), 2, new RegExp(`^pgcap: ${file} is not valid JSON \\(.+\\): a damaged or truncated file\\?$`));
  });

  test('attack: an empty snapshot file', async () => {
    const file = write('empty.json', '');
    expectError(await pgcap(['report', file]), 2, `pgcap: ${file} is not valid JSON (the file is empty): a damaged or truncated file?`);
  });

  test('attack: a JSON array, null, a string or a number instead of a snapshot', async () => {
    for (const [name, text] of [['array.json', '[]'], ['null.json', 'null'], ['string.json', '"pg-capabilities/snapshot"'], ['number.json', '2']]) {
      const file = write(name!, text!);
      expectError(await pgcap(['report', file]), 2, `pgcap: ${file} is not a pg_capabilities snapshot (no "schema": "pg-capabilities/snapshot").`);
    }
  });

  test('attack: a snapshot with fields of the wrong type is refused with the first one', async () => {
    const cases: [(s: Record<string, any>) => void, string][] = [
      [(s) => { s.database = 'oops'; }, 'database should be null or an object, not a string'],
      [(s) => { s.scan = { modules: 5 }; }, 'scan lacks "roots"'],
      [(s) => { s.database.probes[2].rows = 'x'; }, 'database.probes[2].rows should be an array, not a string'],
      [(s) => { s.scan.matches[1] = null; }, 'scan.matches[1] should be an object, not null'],
      [(s) => { s.scan.modules[0].files = '3'; }, 'scan.modules[0].files should be an integer, not a string'],
      [(s) => { s.database.probes[0].rows[0].x = { nested: 1 }; }, 'database.probes[0].rows[0].x should be a string or a number or a boolean or null, not an object'],
      [(s) => { s.scan.matches[0].line = 0; }, 'scan.matches[0].line should be at least 1'],
      [(s) => { s.database.probes[0].status = 'maybe'; }, 'database.probes[0].status should be one of "ok", "error", "skipped"'],
    ];
    for (const [i, [change, problem]] of cases.entries()) {
      const file = write(`wrong-${i}.json`, snapshotWith(change));
      expectError(await pgcap(['report', file]), 2, `pgcap: ${file} is a damaged snapshot: ${problem}`);
      expectError(await pgcap(['diff', SNAPSHOT, file]), 2, `pgcap: ${file} is a damaged snapshot: ${problem}`);
    }
  });

  test('attack: a snapshot of an unknown version', async () => {
    const file = write('v99.json', snapshotWith((s) => { s.version = 99; }));
    expectError(await pgcap(['report', file]), 2, `pgcap: ${file} is a snapshot of version 99; this pgcap reads versions 1 to 3.`);
  });

  test('attack: a snapshot naming a signature this catalog does not know', async () => {
    const file = write('newer.json', snapshotWith((s) => { s.scan.matches[0].signature = 'from_a_newer_catalog'; }));
    expectError(await pgcap(['report', file]), 2, new RegExp(`^pgcap: ${file} names the signature "from_a_newer_catalog", which this pgcap's catalog \\(version \\d+\\) does not know; the snapshot says catalog \\d+: use a pgcap as new as the collector$`));
  });

  test('attack: /dev/zero as a snapshot is refused at 256 MiB, not read forever', async () => {
    expectError(await pgcap(['report', '/dev/zero']), 2, 'pgcap: cannot read /dev/zero: larger than 256 MiB');
  });

  test('attack: a damaged JSON report given to diff', async () => {
    const good = await pgcap(['report', SNAPSHOT, '--format', 'json']);
    const report = JSON.parse(good.stdout);
    report.findings[0].severity = 'apocalyptic';
    const file = write('damaged-report.json', JSON.stringify(report));
    expectError(await pgcap(['diff', SNAPSHOT, file]), 2, `pgcap: ${file} is a damaged report: findings[0].severity should be one of info, low, medium, high, critical, not a string`);
    delete report.findings;
    fs.writeFileSync(file, JSON.stringify(report));
    expectError(await pgcap(['diff', file, SNAPSHOT]), 2, `pgcap: ${file} is a damaged report: findings is missing`);
  });
});

describe('--out', () => {
  test('attack: --out into a missing folder is refused before the scan, and no folder is created', async () => {
    const out = path.join(tmp, 'no-such-folder/deeper/report.md');
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', out]), 2, `pgcap: cannot write ${out}: the folder ${path.dirname(out)} does not exist`);
    expect(fs.existsSync(path.join(tmp, 'no-such-folder'))).toBe(false);
  });

  test('attack: --out naming a folder', async () => {
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', tmp]), 2, `pgcap: cannot write ${tmp}: it is a folder (--out takes a file name)`);
    expectError(await pgcap(['report', SNAPSHOT, '--out', tmp]), 2, `pgcap: cannot write ${tmp}: it is a folder (--out takes a file name)`);
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--snapshot', tmp]), 2, `pgcap: cannot write ${tmp}: it is a folder (--snapshot takes a file name)`);
  });

  test('attack: --out /proc/version', async () => {
    const r = await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', '/proc/version']);
    expectError(r, 2, /^pgcap: cannot write \/proc\/version: (input\/output error|permission denied)$/);
    expect(fs.readFileSync('/proc/version', 'utf8')).toMatch(/^Linux/);
  });

  test('attack: --out under a /proc folder that does not exist ends at once (Node\'s recursive mkdir spins there)', async () => {
    const r = await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', '/proc/nonexistent/report.md'], {}, 20000);
    expectError(r, 2, 'pgcap: cannot write /proc/nonexistent/report.md: the folder /proc/nonexistent does not exist');
    expect(r.ms).toBeLessThan(10000);
  });

  test('attack: --out through a file used as a folder', async () => {
    const file = write('plain-file', 'x');
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', `${file}/report.md`]), 2, `pgcap: cannot write ${file}/report.md: a part of the path is not a folder`);
  });

  test('attack: a full disk: --out /dev/full, and stdout redirected to /dev/full', async () => {
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', '/dev/full']), 2, 'pgcap: cannot write /dev/full: no space left on the device');
    const r = shell(`node ${CLI} scan --addons ${FIXTURE_ADDONS} --quiet > /dev/full`);
    expectError(r, 2, 'pgcap: cannot write to standard output: no space left on the device');
  });

  test('attack: --out and --snapshot naming the same file', async () => {
    const file = path.join(tmp, 'same.json');
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', file, '--snapshot', file]), 2, `pgcap: --out and --snapshot name the same file: ${file}`);
  });

  test('attack: a newline in a file name stays escaped on one line of stderr', async () => {
    const out = path.join(tmp, 'missing\nfolder', 'report.md');
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', out]), 2,
      `pgcap: cannot write ${tmp}/missing\\nfolder/report.md: the folder ${tmp}/missing\\nfolder does not exist`);
  });
});

describe('arguments', () => {
  test('attack: an unknown option', async () => {
    expectError(await pgcap(['scan', '--bogus']), 2, 'pgcap: unknown option --bogus. Run "pgcap scan --help".');
    expectError(await pgcap(['report', SNAPSHOT, '-z']), 2, 'pgcap: unknown option -z. Run "pgcap report --help".');
  });

  test('attack: an unknown command (also the names of Object\'s own properties)', async () => {
    expectError(await pgcap(['frobnicate']), 2, 'pgcap: unknown command frobnicate. Run "pgcap --help".');
    expectError(await pgcap(['constructor']), 2, 'pgcap: unknown command constructor. Run "pgcap --help".');
    expectError(await pgcap(['__proto__']), 2, 'pgcap: unknown command __proto__. Run "pgcap --help".');
  });

  test('attack: an option without its value, or a flag given one', async () => {
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out']), 2, 'pgcap: --out needs a value. Run "pgcap scan --help".');
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--out', '--quiet']), 2, 'pgcap: --out needs a value (one that starts with a dash is written --out=VALUE). Run "pgcap scan --help".');
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--quiet=yes']), 2, 'pgcap: --quiet takes no value. Run "pgcap scan --help".');
    expectError(await pgcap(['scan', 'stray']), 2, 'pgcap: unexpected argument stray. Run "pgcap scan --help".');
  });

  test('attack: --format and --fail-on values that do not exist', async () => {
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--format', 'pdf']), 2, 'pgcap: unknown --format pdf; use one of json, md, html, csv, sarif, cyclonedx.');
    expectError(await pgcap(['diff', SNAPSHOT, SNAPSHOT, '--format', 'csv']), 2, 'pgcap: unknown --format csv; use one of md, json, html.');
    expectError(await pgcap(['scan', '--addons', FIXTURE_ADDONS, '--fail-on', 'urgent']), 2, 'pgcap: unknown --fail-on urgent; use one of info, low, medium, high, critical.');
  });

  test('attack: --debug shows the stack of an error; without it, none', async () => {
    const r = await pgcap(['report', '/nonexistent/snap.json', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pgcap: file not found: \/nonexistent\/snap.json\n/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('pipes', () => {
  test('attack: EPIPE: pgcap scan | head -c 10 ends quietly with the scan\'s own exit code', () => {
    const r = shell(`node ${CLI} scan --addons ${FIXTURE_ADDONS} | head -c 10; echo " rc=\${PIPESTATUS[0]}"`);
    expect(r.stdout).toBe('# PostgreS rc=0\n');
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^pgcap: \d+ modules and \d+ files scanned/);
  });

  test('attack: a reader that closes before pgcap writes (| true): no EPIPE trace, exit code kept', () => {
    const r = shell(`node ${CLI} scan --addons ${FIXTURE_ADDONS} --format json --fail-on high --quiet | true; echo "rc=\${PIPESTATUS[0]}"`);
    expect(r.stdout).toBe('rc=1\n');
    expect(r.stderr).toBe('pgcap: 1 finding at or above high\n');
    const help = shell(`node ${CLI} --help | true; echo "rc=\${PIPESTATUS[0]}"`);
    expect(help).toMatchObject({ stdout: 'rc=0\n', stderr: '' });
  });
});

describe('demo', () => {
  /** A private TMPDIR: the demo's data folder (pgcap-demo-XXXX/data) lands there and only there. */
  function privateTmp(): string {
    const dir = fs.mkdtempSync(path.join(tmp, 'tmpdir-'));
    fs.chmodSync(dir, 0o755); // as root, the server runs as "postgres", which must reach its data folder
    return dir;
  }

  test('attack: demo with a bad --out-dir exits 2 before any PostgreSQL starts', async () => {
    const notAFolder = write('not-a-folder', 'x');
    const cases: [string, string][] = [
      ['/proc/pgcap-demo', 'pgcap: cannot create the folder /proc/pgcap-demo: the file system there does not allow it'],
      [path.join(notAFolder, 'x'), `pgcap: cannot use the folder ${notAFolder}/x: a part of the path is not a folder`],
      [notAFolder, `pgcap: cannot use ${notAFolder} as --out-dir: it is not a folder`],
      [path.join(tmp, 'missing-parent/demo'), `pgcap: cannot create the folder ${tmp}/missing-parent/demo: ${tmp}/missing-parent does not exist`],
    ];
    for (const [outDir, line] of cases) {
      const tmpdir = privateTmp();
      const r = await pgcap(['demo', '--out-dir', outDir], { TMPDIR: tmpdir }, 30000);
      expectError(r, 2, line);
      expect(r.stdout).toBe('');
      expect(fs.readdirSync(tmpdir)).toEqual([]);
      expect(postgresProcessesOn(tmpdir)).toBe('');
    }
  });

  test('attack: demo failing after its server started (report.md is a folder): exit 2, server stopped, data removed', async () => {
    const tmpdir = privateTmp();
    const out = fs.mkdtempSync(path.join(tmp, 'demo-out-'));
    fs.mkdirSync(path.join(out, 'report.md'));
    const r = await pgcap(['demo', '--out-dir', out], { TMPDIR: tmpdir }, 150000);
    expectError(r, 2, `pgcap: cannot write ${out}/report.md: it is a folder`);
    expect(postgresProcessesOn(tmpdir)).toBe('');
    expect(fs.readdirSync(tmpdir)).toEqual([]);
  }, 180000);

  /** Starts the demo, waits for `file` in its data folder, sends `signal`: the exit code, and nothing left behind. */
  async function interruptDemo(file: string, signal: NodeJS.Signals): Promise<{ code: number | null; tmpdir: string }> {
    const tmpdir = privateTmp();
    const out = fs.mkdtempSync(path.join(tmp, 'demo-int-'));
    const child = spawn(process.execPath, [CLI, 'demo', '--out-dir', out], { env: cleanEnv({ TMPDIR: tmpdir }), stdio: 'ignore' });
    let code: number | null | undefined;
    const exited = new Promise<number | null>((resolve) => child.on('close', (c) => { code = c; resolve(c); }));
    const found = () => fs.readdirSync(tmpdir).map((d) => path.join(tmpdir, d, 'data', file)).find((f) => fs.existsSync(f));
    for (let i = 0; i < 900 && !found() && code === undefined; i++) await new Promise((r) => setTimeout(r, 100));
    expect(found()).toBeDefined();
    child.kill(signal);
    return { code: await exited, tmpdir };
  }

  test('attack: Ctrl-C to pgcap alone while initdb runs: initdb ends, nothing is left, exit 130', async () => {
    // initdb's bootstrap backend writes postmaster.pid too
    const { code, tmpdir } = await interruptDemo('postmaster.pid', 'SIGINT');
    expect(code).toBe(130);
    expect(postgresProcessesOn(tmpdir)).toBe('');
    expect(fs.readdirSync(tmpdir)).toEqual([]);
  }, 180000);

  test('attack: SIGTERM while the demo\'s server runs stops the server, exit 143', async () => {
    // postmaster.opts: written by the server itself when it starts
    const { code, tmpdir } = await interruptDemo('postmaster.opts', 'SIGTERM');
    expect(code).toBe(143);
    expect(postgresProcessesOn(tmpdir)).toBe('');
    expect(fs.readdirSync(tmpdir)).toEqual([]);
  }, 180000);
});

describe('pull', () => {
  let server: http.Server;
  let elsewhere: http.Server;
  let base: string;
  let other: string;
  const elsewhereHits: (string | undefined)[] = [];
  const sockets = new Set<net.Socket>();
  const snapshot = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8'));

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const [, scenario] = (req.url ?? '').split('/');
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      switch (scenario) {
        case 'offhost': res.writeHead(302, { Location: `${other}/pg_capabilities/snapshot` }).end(); break;
        case 'login': res.writeHead(303, { Location: '/web/login?redirect=%2Fpg_capabilities%2Fsnapshot' }).end(); break;
        case 'moved': res.writeHead(301, { Location: '/ok/pg_capabilities/snapshot' }).end(); break;
        case 'loop': res.writeHead(302, { Location: req.url }).end(); break;
        case 'ok': json(200, { snapshot }); break;
        case 'hang': break; // never answers
        case 'slowbody': res.writeHead(200, { 'Content-Type': 'application/json' }); res.write('{"snapshot": {'); break;
        case 'html': res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html><body>Odoo</body></html>'); break;
        case 'notjson': res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"snapshot": '); break;
        case 'foreign': json(200, { result: 'something else' }); break;
        case 'damaged': json(200, { snapshot: { ...snapshot, database: 'oops' } }); break;
        case 's401': res.writeHead(401, { 'Content-Type': 'text/html' }).end('<html>Unauthorized</html>'); break;
        case 's403': json(403, { error: 'Access Denied' }); break;
        case 's500': json(500, { error: 'boom\nTraceback (most recent call last):' }); break;
        case 's500html': res.writeHead(500, { 'Content-Type': 'text/html' }).end('<html>Internal Server Error</html>'); break;
        default: res.writeHead(404).end();
      }
    });
    server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
    elsewhere = http.createServer((req, res) => {
      elsewhereHits.push(req.headers.authorization);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ snapshot }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    // another origin for the same machine: another host name and port
    other = `http://localhost:${(elsewhere.address() as net.AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
    await new Promise((r) => elsewhere.close(r));
  });

  const KEY = { PGCAP_ODOO_API_KEY: 'the-api-key' };
  const pull = (scenario: string, extra: string[] = []) => pgcap(['pull', '--odoo', `${base}/${scenario}`, ...extra], KEY, 30000);

  test('attack: a same-origin redirect (301 to another path) is followed to the snapshot', async () => {
    const r = await pull('moved', ['--format', 'json', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('pg-capabilities/report');
  });

  test('attack: a redirect to another host is not followed, and the key does not go there', async () => {
    const r = await pull('offhost');
    expectError(r, 2, `pgcap: ${base} redirected to another host, ${other}: not followed, the API key stays with ${base} (give --odoo the address Odoo answers on)`);
    expect(elsewhereHits).toEqual([]);
  });

  test('attack: a redirect to the login page says the key was refused, instead of parsing the login page', async () => {
    expectError(await pull('login'), 2, `pgcap: ${base}/login redirected to login: the API key is wrong or the pg_capabilities module is not installed (on Odoo 17, which takes the key over JSON-RPC, give --odoo-db and --login too)`);
  });

  test('attack: a redirect loop stops', async () => {
    expectError(await pull('loop'), 2, `pgcap: ${base} redirected more than 5 times: stopped`);
  });

  test('attack: a server that never answers: --timeout 1 gives up in about a second', async () => {
    const r = await pull('hang', ['--timeout', '1']);
    expectError(r, 2, `pgcap: Odoo at ${base} did not answer within 1 s (give more with --timeout SECONDS)`);
    expect(r.ms).toBeLessThan(10000);
  });

  test('attack: a server that stops in the middle of its answer times out too', async () => {
    const r = await pull('slowbody', ['--timeout', '1.5']);
    expectError(r, 2, `pgcap: Odoo at ${base} did not answer within 1.5 s (give more with --timeout SECONDS)`);
    expect(r.ms).toBeLessThan(10000);
  });

  test('attack: --timeout garbage', async () => {
    for (const value of ['abc', '0', '-1', '1e9', '', '90000', 'NaN', 'Infinity']) {
      expectError(await pull('ok', [`--timeout=${value}`]), 2, `pgcap: --timeout takes a number of seconds above 0 and up to 86400, not ${JSON.stringify(value)}.`);
    }
  });

  test('attack: an HTML page instead of the snapshot', async () => {
    expectError(await pull('html'), 2, `pgcap: ${base}/html/pg_capabilities/snapshot answered with an HTML page, not a snapshot: is --odoo the address of the Odoo, with the pg_capabilities module installed?`);
  });

  test('attack: JSON that breaks off, JSON of something else, a damaged snapshot', async () => {
    expectError(await pull('notjson'), 2, `pgcap: ${base}/notjson/pg_capabilities/snapshot did not answer JSON (a damaged or foreign answer), not a snapshot`);
    expectError(await pull('foreign'), 2, `pgcap: ${base}/foreign answered, but not with a pg_capabilities snapshot`);
    expectError(await pull('damaged'), 2, `pgcap: ${base}/damaged is a damaged snapshot: database should be null or an object, not a string`);
  });

  test('attack: 401, 403 and 500 answers', async () => {
    expectError(await pull('s401'), 2, `pgcap: ${base}/s401 refused the API key (401): check it, and that it belongs to an administrator`);
    expectError(await pull('s403'), 2, `pgcap: ${base}/s403 refused access (403): the API key's user is not an administrator (Settings group)`);
    // the server's message stays on one line
    expectError(await pull('s500'), 2, `pgcap: ${base}/s500 answered 500 Internal Server Error: boom\\nTraceback (most recent call last):`);
    expectError(await pull('s500html'), 2, `pgcap: ${base}/s500html answered 500 Internal Server Error`);
  });

  test('attack: --odoo that is not an http(s) URL, or carries credentials', async () => {
    expectError(await pgcap(['pull', '--odoo', 'ftp://erp.example.com'], KEY), 2, 'pgcap: --odoo is not an http(s) URL: ftp://erp.example.com');
    expectError(await pgcap(['pull', '--odoo', 'erp.example.com'], KEY), 2, 'pgcap: --odoo is not a URL: erp.example.com (write it as https://erp.example.com)');
    expectError(await pgcap(['pull', '--odoo', 'https://admin:pw@erp.example.com'], KEY), 2, 'pgcap: --odoo takes no user name or password in the URL: the API key is the credential');
  });

  test('attack: an Odoo that cannot be reached (a closed local port)', async () => {
    const port = await closedPort();
    expectError(await pgcap(['pull', '--odoo', `http://127.0.0.1:${port}`], KEY), 2, `pgcap: cannot reach Odoo at http://127.0.0.1:${port}: ECONNREFUSED`);
  });
});
