// The scan cache on real files in temporary folders: a cached scan gives the report an uncached one
// gives, a rescan reads only what changed, and a cache that cannot be trusted is not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog, type Catalog } from '../static_src/core/catalog';
import type { ScanFacts } from '../static_src/core/snapshot';
import { AddonsScanner, type ScanOptions } from '../static_src/cli/scanner';
import { FIXTURE_ADDONS, ROOT } from './support/fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of `from` whose files all changed an hour ago (older than the racy window). */
function copyTree(from: string, name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(from, dir, { recursive: true });
  const old = new Date(Date.now() - 3600_000);
  const age = (p: string) => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const full = path.join(p, e.name);
      if (e.isDirectory()) age(full);
      fs.utimesSync(full, old, old);
    }
  };
  age(dir);
  return dir;
}

/** The scan facts as the snapshot writes them, the duration left out. */
function text(facts: ScanFacts): string {
  return JSON.stringify({ ...facts, durationMs: 0 });
}

async function scan(root: string, options: ScanOptions = {}, cat: Catalog = catalog) {
  const scanner = new AddonsScanner(cat, undefined, options);
  const facts = await scanner.scanParsed([root]);
  return { facts, work: scanner.work };
}

const cacheFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('scan cache', () => {
  let tree: string;
  let cacheDir: string;
  let uncached: Awaited<ReturnType<typeof scan>>;

  beforeAll(async () => {
    tree = copyTree(FIXTURE_ADDONS, 'addons');
    cacheDir = path.join(tmp, 'cache', 'pgcap');
    uncached = await scan(tree);
  });

  test('a cold scan and a warm rescan give the uncached report byte for byte; the rescan reads nothing', async () => {
    const cold = await scan(tree, { cacheDir });
    expect(text(cold.facts)).toBe(text(uncached.facts));
    expect(cold.work.filesRead).toBe(uncached.work.filesRead);
    expect(cold.work.cacheHits).toBe(0);
    // the fixture has modules naming a store: the structure pass ran, and is cached too
    expect(cold.work.modulesParsed).toBeGreaterThan(0);
    expect(fs.statSync(cacheDir).mode & 0o777).toBe(0o700);
    const [file] = cacheFiles(cacheDir);
    expect(fs.statSync(path.join(cacheDir, file!)).mode & 0o777).toBe(0o600);

    const warm = await scan(tree, { cacheDir });
    expect(text(warm.facts)).toBe(text(uncached.facts));
    expect(warm.work).toEqual({ filesRead: 0, cacheHits: cold.work.filesRead, modulesParsed: 0, structureHits: cold.work.modulesParsed });
  });

  test('a change to one file re-reads that file only, and the report is the uncached one of the changed tree', async () => {
    await scan(tree, { cacheDir });
    const file = path.join(tree, 'cache_redis_pricing/models/price_cache.py');
    expect(fs.existsSync(file)).toBe(true);
    fs.appendFileSync(file, '\nimport pymongo\nCLIENT = pymongo.MongoClient("mongodb://db:27017")\n');
    const past = new Date(Date.now() - 600_000);
    fs.utimesSync(file, past, past);
    const rescan = await scan(tree, { cacheDir });
    expect(rescan.work.filesRead).toBe(1);
    const fresh = await scan(tree);
    expect(text(rescan.facts)).toBe(text(fresh.facts));
    expect(text(rescan.facts)).not.toBe(text(uncached.facts));
    // the module's structure is parsed again (its file changed), the others' come from the cache
    expect(rescan.work.modulesParsed).toBe(1);
  });

  test('a file changed within the racy window is read again until it is older', async () => {
    const dir = copyTree(FIXTURE_ADDONS, 'racy');
    const own = path.join(tmp, 'cache-racy');
    fs.writeFileSync(path.join(dir, 'cache_redis_pricing/models/fresh.py'), 'X = 1\n');
    await scan(dir, { cacheDir: own });
    const again = await scan(dir, { cacheDir: own });
    expect(again.work.filesRead).toBe(1);
  });

  test('folder listings are cached by the folder\'s times: a file added, removed or renamed is seen, even with the folder\'s mtime put back', async () => {
    const dir = copyTree(FIXTURE_ADDONS, 'listings');
    const own = path.join(tmp, 'cache-listings');
    const models = path.join(dir, 'cache_redis_pricing/models');
    const same = async () => {
      const cached = await scan(dir, { cacheDir: own });
      expect(text(cached.facts)).toBe(text((await scan(dir)).facts));
      return cached;
    };
    await same();
    const before = fs.statSync(models);
    fs.writeFileSync(path.join(models, 'added.py'), 'import redis\nR = redis.Redis()\n');
    const past = new Date(Date.now() - 600_000);
    fs.utimesSync(path.join(models, 'added.py'), past, past);
    // the folder's mtime as it was: its ctime still moved
    fs.utimesSync(models, before.atime, before.mtime);
    expect((await same()).work.filesRead).toBe(1);
    fs.renameSync(path.join(models, 'added.py'), path.join(models, 'renamed.py'));
    fs.utimesSync(models, before.atime, before.mtime);
    await same();
    fs.rmSync(path.join(models, 'renamed.py'));
    fs.utimesSync(models, past, past);
    expect((await same()).work.filesRead).toBe(0);
  });

  test('attack: a folder holding a symlink is listed every time (its target may change while the folder does not)', async () => {
    const dir = copyTree(FIXTURE_ADDONS, 'linked');
    const own = path.join(tmp, 'cache-linked');
    const models = path.join(dir, 'cache_redis_pricing/models');
    const elsewhere = path.join(dir, 'cache_redis_pricing/elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'target.py'), 'X = 1\n');
    fs.symlinkSync('../elsewhere/target.py', path.join(models, 'link.py'));
    const past = new Date(Date.now() - 600_000);
    for (const p of [path.join(elsewhere, 'target.py'), elsewhere, models]) fs.utimesSync(p, past, past);
    await scan(dir, { cacheDir: own });
    // the target becomes a folder: the link's folder is unchanged, the scan must not read it as a file
    fs.rmSync(path.join(elsewhere, 'target.py'));
    fs.mkdirSync(path.join(elsewhere, 'target.py'));
    fs.utimesSync(elsewhere, past, past);
    const cached = await scan(dir, { cacheDir: own });
    expect(text(cached.facts)).toBe(text((await scan(dir)).facts));
  });

  test('a changed catalog invalidates the whole cache', async () => {
    await scan(tree, { cacheDir });
    const changed: Catalog = structuredClone(catalog);
    changed.redactions = [...changed.redactions];
    changed.limits = { ...changed.limits, maxSnippetChars: changed.limits.maxSnippetChars + 1 };
    const other = await scan(tree, { cacheDir }, changed);
    expect(other.work.cacheHits).toBe(0);
    expect(other.work.filesRead).toBe(uncached.work.filesRead);
    // and the cache it wrote serves that catalog, not the old one
    expect((await scan(tree, { cacheDir }, changed)).work.filesRead).toBe(0);
    expect((await scan(tree, { cacheDir })).work.cacheHits).toBe(0);
  });

  test('attack: a damaged or forged cache file is ignored, the scan reads everything and rewrites it', async () => {
    const own = path.join(tmp, 'cache-damaged');
    await scan(tree, { cacheDir: own });
    const [name] = cacheFiles(own);
    const file = path.join(own, name!);
    const good = JSON.parse(fs.readFileSync(file, 'utf8'));
    // files.more: [row, skips, matches] of the files that gave more than lines and bytes
    const some = (good.files.more as [number, string[], Record<string, unknown>[]][]).findIndex((m) => m[2].length > 0);
    expect(some).toBeGreaterThanOrEqual(0);
    const forge = (change: (c: typeof good) => void) => {
      const c = structuredClone(good);
      change(c);
      return JSON.stringify(c);
    };
    for (const bad of ['{"format": "pgcap-scan-cache", "version": 2, "fil', 'null', '[]', JSON.stringify({ ...good, files: [] }),
      forge((c) => { c.files.more[some][2][0].line = 'one'; }),
      forge((c) => { c.files.more[some][2][0].payload = '<script>'; }),
      forge((c) => { c.files.more[some][2][0].signature = 'made.up'; }),
      forge((c) => { c.files.more[some][0] = c.files.paths.length; }),
      forge((c) => { c.files.lines.pop(); }),
      forge((c) => { c.files.bytes[0] = -1; }),
      forge((c) => { c.dirs.types[0] = `${c.dirs.types[0]}l`; }),
      forge((c) => { c.dirs.names[0].push('extra'); }),
      forge((c) => { c.manifests.results[0].facts.evil = 1; })]) {
      fs.writeFileSync(file, bad);
      const warnings: string[] = [];
      const r = await scan(tree, { cacheDir: own, onWarning: (m) => warnings.push(m) });
      expect(r.work.cacheHits).toBe(0);
      expect(text(r.facts)).toBe(text((await scan(tree)).facts));
      expect(warnings.join('\n')).toMatch(/scan cache of .* ignored/);
      // rewritten whole: the next scan uses it
      expect((await scan(tree, { cacheDir: own })).work.filesRead).toBe(0);
    }
  });

  test('attack: the cache holds no secret the snapshot does not (it is written from the redacted results)', async () => {
    const secrets = copyTree(path.join(ROOT, 'test/fixtures/secrets-addons'), 'secrets');
    const own = path.join(tmp, 'cache-secrets');
    const r = await scan(secrets, { cacheDir: own });
    const snapshot = JSON.stringify(r.facts);
    const cached = fs.readFileSync(path.join(own, cacheFiles(own)[0]!), 'utf8');
    const planted = [...new Set(cached.match(/PLANTED[0-9]{2}/g) ?? [])];
    for (const marker of planted) expect(snapshot).toContain(marker);
    // every text the cache keeps is one the snapshot shows
    const texts = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(texts) : x && typeof x === 'object' ? Object.values(x).flatMap(texts) : []);
    const { files, manifests, structure } = JSON.parse(cached);
    const kept = texts([files.more.map((m: unknown[]) => m.slice(1)), manifests.results, structure]);
    expect(kept.length).toBeGreaterThan(50);
    for (const t of new Set(kept)) expect(snapshot).toContain(JSON.stringify(t).slice(1, -1));
  });

  test('pgcap scan: --cache-dir keeps a cache, --no-cache neither reads nor writes one, the default is XDG_CACHE_HOME/pgcap', () => {
    const cli = path.join(ROOT, 'dist/pgcap.mjs');
    const run = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, [cli, 'scan', '--no-db', '--addons', tree,
      '--format', 'json', '--quiet', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
    const xdg = path.join(tmp, 'xdg');
    const none = run(['--no-cache'], { XDG_CACHE_HOME: xdg });
    expect(none.status).toBe(0);
    expect(fs.existsSync(xdg)).toBe(false);
    const byDefault = run([], { XDG_CACHE_HOME: xdg });
    expect(byDefault.status).toBe(0);
    expect(cacheFiles(path.join(xdg, 'pgcap'))).toHaveLength(1);
    const own = path.join(tmp, 'cli-cache');
    const given = run(['--cache-dir', own], { XDG_CACHE_HOME: xdg });
    expect(cacheFiles(own)).toHaveLength(1);
    const normal = (s: string) => s.replace(/"(collectedAt|generatedAt)": ?"[^"]*"/g, '').replace(/"durationMs": ?\d+/g, '');
    expect(normal(given.stdout)).toBe(normal(none.stdout));
    expect(normal(run(['--cache-dir', own], {}).stdout)).toBe(normal(none.stdout));
    const both = run(['--cache-dir', own, '--no-cache'], {});
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--cache-dir or --no-cache/);
  });
});
