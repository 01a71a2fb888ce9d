// Attacks on the scan cache: whoever can write it decides what a rescan reports (a planted entry
// adds a finding, or an entry swapped for another file's hides one). A cache folder anyone else may
// write is not used; a crafted cache file (prototype keys) changes nothing; a file read under two
// names gives each name its own result.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog } from '../../static_src/core/catalog';
import { collectSnapshot } from '../../static_src/cli/collect';
import { AddonsScanner } from '../../static_src/cli/scanner';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-cache-attack-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HOUR_AGO = new Date(Date.now() - 3600_000);

/** An addons folder with one module whose a.py uses redis; files older than the racy window. */
function addons(name: string, extra: (module: string) => void = () => undefined): string {
  const root = path.join(tmp, name);
  const m = path.join(root, 'm');
  fs.mkdirSync(m, { recursive: true });
  fs.writeFileSync(path.join(m, '__manifest__.py'), "{'name': 'm', 'depends': ['base']}\n");
  fs.writeFileSync(path.join(m, 'a.py'), 'import redis\nr = redis.Redis()\n');
  fs.writeFileSync(path.join(m, 'b.py'), 'x = 1\n');
  extra(m);
  for (const f of fs.readdirSync(m)) if (!fs.lstatSync(path.join(m, f)).isSymbolicLink()) fs.utimesSync(path.join(m, f), HOUR_AGO, HOUR_AGO);
  return root;
}

async function scanText(root: string, cacheDir: string | null): Promise<{ text: string; warnings: string[] }> {
  const warnings: string[] = [];
  const snap = await collectSnapshot({ db: null, addons: [root], cacheDir, warn: (m) => warnings.push(m) });
  return { text: JSON.stringify({ ...snap.scan, durationMs: 0 }), warnings };
}

/** Adds a finding the tree does not hold to every cache file in dir: what an attacker who can write it would do. */
function plantFinding(dir: string): void {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    // the cache's columns (scan-cache.ts): files.paths[i], and files.more rows [i, skips, matches]
    const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { files: { paths: string[]; more: [number, string[], unknown[]][] } };
    const planted = { line: 1, signature: 'redis.import', scope: '', snippet: 'import redis  # planted' };
    data.files.paths.forEach((p, i) => {
      if (!p.endsWith('b.py')) return;
      const row = data.files.more.find((m) => m[0] === i);
      if (row) row[2].push(planted);
      else data.files.more.push([i, [], [planted]]);
    });
    fs.writeFileSync(path.join(dir, f), JSON.stringify(data));
  }
}

const posix = process.platform !== 'win32' && typeof process.getuid === 'function';

describe('a cache folder others may write is not used', () => {
  (posix ? test : test.skip)('a folder writable by others: the planted finding is not reported, and it says why', async () => {
    const root = addons('shared');
    const dir = path.join(tmp, 'shared-cache');
    const uncached = await scanText(root, null);
    await scanText(root, dir); // a cold scan writes the cache, as the user's own
    plantFinding(dir);
    fs.chmodSync(dir, 0o777);
    const warm = await scanText(root, dir);
    expect(warm.text).toBe(uncached.text);
    expect(warm.text).not.toContain('planted');
    expect(warm.warnings.join('\n')).toMatch(/scan cache not used: .* is writable by others/);
    fs.chmodSync(dir, 0o770);
    expect((await scanText(root, dir)).warnings.join('\n')).toMatch(/writable by its group/);
    // the user's own folder again: the cache is read (and would report what was planted)
    fs.chmodSync(dir, 0o700);
    const trusted = await scanText(root, dir);
    expect(trusted.warnings).toEqual([]);
    expect(trusted.text).toContain('planted');
  });

  (posix ? test : test.skip)('a link to a folder others may write is judged by its target', async () => {
    const root = addons('linked');
    const target = path.join(tmp, 'world');
    fs.mkdirSync(target, { mode: 0o700 });
    fs.chmodSync(target, 0o777);
    const link = path.join(tmp, 'link-cache');
    fs.symlinkSync(target, link);
    const run = await scanText(root, link);
    expect(run.warnings.join('\n')).toMatch(/writable by others/);
    expect(fs.readdirSync(target)).toEqual([]); // nothing written there
  });

  (posix && process.getuid!() === 0 ? test : test.skip)('a folder owned by another user (as root: nobody\'s)', async () => {
    const root = addons('owned');
    const dir = path.join(tmp, 'nobody-cache');
    fs.mkdirSync(dir, { mode: 0o700 });
    fs.chownSync(dir, 65534, 65534);
    const run = await scanText(root, dir);
    expect(run.warnings.join('\n')).toMatch(/owned by another user \(uid 65534\)/);
  });

  test('a file where the folder should be: not used, said', async () => {
    const root = addons('file');
    const dir = path.join(tmp, 'not-a-folder');
    fs.writeFileSync(dir, '');
    const run = await scanText(root, dir);
    expect(run.warnings.join('\n')).toMatch(/is not a folder/);
  });
});

describe('a crafted cache file', () => {
  test('a cache file that is a symlink (to /dev/zero) or too large is not read: the scan reads every file', async () => {
    const root = addons('zero');
    const dir = path.join(tmp, 'zero-cache');
    const uncached = await scanText(root, null);
    await scanText(root, dir);
    const file = path.join(dir, fs.readdirSync(dir).find((n) => n.endsWith('.json'))!);
    fs.rmSync(file);
    fs.symlinkSync('/dev/zero', file);
    const run = await scanText(root, dir);
    expect(run.text).toBe(uncached.text);
    expect(run.warnings.join('\n')).toMatch(/not a regular file, or too large/);
  });

  test('__proto__ and constructor keys neither pollute objects nor change the report', async () => {
    const root = addons('proto');
    const dir = path.join(tmp, 'proto-cache');
    const uncached = await scanText(root, null);
    await scanText(root, dir);
    const file = fs.readdirSync(dir).find((n) => n.endsWith('.json'))!;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const entry = '["1:2:3:4:5",{"skips":[],"lines":1,"matches":[{"line":1,"signature":"redis.import","scope":"","snippet":"x"}]}]';
    const crafted = text.replace('"files":{', `"files":{"__proto__":${entry},"constructor":${entry},`);
    fs.writeFileSync(path.join(dir, file), crafted);
    const warm = await scanText(root, dir);
    expect(warm.text).toBe(uncached.text);
    expect(({} as Record<string, unknown>).skips).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'matches')).toBe(false);
  });
});

describe('one file reached under two names', () => {
  // a file's result depends on the name it was listed by (python, xml, count-only): a link
  // zz.js -> a.py must not give a.py the count-only result of zz.js on a warm rescan (its findings
  // would vanish). scanner.ts keys each result by the reading its name asks for, as the Python
  // twin keys by (kind, path, name).
  test('a warm rescan reports what an uncached scan reports', async () => {
    const root = addons('aliases', (m) => {
      fs.symlinkSync('a.py', path.join(m, 'zz.js'));
    });
    const dir = path.join(tmp, 'aliases-cache');
    const uncached = await scanText(root, null);
    expect(uncached.text).toContain('redis.import');
    await scanText(root, dir);
    const warm = new AddonsScanner(catalog, undefined, { cacheDir: dir });
    const facts = await warm.scanParsed([root]);
    expect(warm.work.cacheHits).toBeGreaterThan(0);
    expect(JSON.stringify({ ...facts, durationMs: 0 })).toBe(uncached.text);
  });
});
