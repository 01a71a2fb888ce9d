import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog } from '../static_src/core/catalog';
import { buildReport } from '../static_src/core/report';
import { SNAPSHOT_SCHEMA, type ScanFacts, type Snapshot } from '../static_src/core/snapshot';
import { scanAddons, ScanRootError } from '../static_src/cli/scanner';
import { codeLines } from '../static_src/cli/source-text';
import { EXPECTED, FIXTURE_ADDONS, ROOT, VECTOR_ROOTS } from './support/fixtures';

function reportOf(scan: ScanFacts) {
  const snapshot: Snapshot = { schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: 'now', collector: { name: 't', version: '0', runtime: 't' }, catalogVersion: 1, database: null, scan };
  return buildReport(snapshot);
}

function copyFixtures(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-scan-'));
  fs.cpSync(FIXTURE_ADDONS, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

test('finds exactly the shared test vectors (the Python scanner is held to the same file)', () => {
  const vectors = scanAddons(VECTOR_ROOTS);
  expect(vectors.matches).toEqual(EXPECTED.matches);
  expect(vectors.modules).toEqual(EXPECTED.modules);
  expect(vectors.skipped).toEqual(EXPECTED.skipped);
  expect(vectors.filesScanned).toBe(EXPECTED.filesScanned);
  expect(vectors.bytesScanned).toBe(EXPECTED.bytesScanned);
});

describe('scanner on the shared fixture addons', () => {
  const scan = scanAddons([FIXTURE_ADDONS]);

  test('flags the store modules with the right kinds and leaves the traps clean', () => {
    const findings = reportOf(scan).findings;
    const byModule = Object.fromEntries(findings.map((f) => [f.module, f]));
    expect(findings.map((f) => `${f.module}:${f.store}`).sort()).toEqual([
      'cache_redis_pricing:redis', 'mongo_customer_profiles:mongodb', 'search_elastic_products:elasticsearch', 'structure_cases:redis',
    ]);
    expect(byModule.cache_redis_pricing).toMatchObject({ role: 'derived', dualWrite: false, severity: 'low' });
    expect(byModule.search_elastic_products).toMatchObject({ role: 'derived', dualWrite: true, severity: 'medium' });
    expect(byModule.mongo_customer_profiles).toMatchObject({ role: 'authoritative', dualWrite: true, severity: 'critical' });
    expect(byModule.mongo_customer_profiles!.dualWriteEvidence.map((e) => e.line)).toEqual([18, 20, 24, 27, 36, 37]);
    expect(byModule.search_elastic_products!.recommendation.capability).toBe('full_text');
  });

  test('redacts secrets in snippets before they enter the snapshot', () => {
    const text = JSON.stringify(scan.matches);
    expect(text).not.toContain('s3cretPass');
    expect(text).not.toContain('Sup3rSecret');
    expect(text).not.toContain('AbCdEf0123456789');
    expect(text).toContain('mongodb+srv://odoo:***@cluster0.example.net');
  });

  test('records channel names named in code', () => {
    const channels = scan.matches.filter((m) => m.capture).map((m) => `${m.signature}:${m.capture}`);
    expect(channels).toEqual(['pg.notify:stock_sync', 'pg.listen:stock_sync']);
  });
});

describe('scanner on hostile trees', () => {
  test('skips huge files, dangling links and loops with a reason, and still scans the rest', () => {
    const dir = copyFixtures();
    const big = path.join(dir, 'cache_redis_pricing/models/huge.py');
    fs.writeFileSync(big, `import pymongo\n${'#'.repeat(catalog.limits.maxFileBytes)}`);
    fs.symlinkSync(path.join(dir, 'nowhere.py'), path.join(dir, 'cache_redis_pricing/models/dangling.py'));
    const scan = scanAddons([dir]);
    expect(scan.skipped).toEqual(expect.arrayContaining([
      { file: 'cache_redis_pricing/models/huge.py', reason: `too large: ${catalog.limits.maxFileBytes + 15} bytes` },
      { file: 'cache_redis_pricing/models/dangling.py', reason: 'unreadable: ENOENT' },
      { file: 'odd_files/data/loop', reason: 'symlink loop' },
    ]));
    expect(scan.matches.some((m) => m.file.endsWith('huge.py'))).toBe(false);
    expect(scan.matches).toEqual(scanAddons([FIXTURE_ADDONS]).matches);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('skips unreadable files and folders with "permission denied"', () => {
    const dir = copyFixtures();
    fs.chmodSync(path.join(dir, 'mongo_customer_profiles/models/res_partner.py'), 0o000);
    fs.chmodSync(path.join(dir, 'search_elastic_products/data'), 0o000);
    let skipped;
    if (process.getuid?.() === 0) {
      // root reads everything: run the built CLI as an unprivileged user instead
      fs.chmodSync(dir, 0o755);
      const out = execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath,
        path.join(ROOT, 'dist/pgcap.mjs'), 'scan', '--no-db', '--addons', dir, '--format', 'json', '--quiet'], { encoding: 'utf8' });
      skipped = JSON.parse(out).skipped;
    } else {
      skipped = scanAddons([dir]).skipped;
    }
    expect(skipped).toEqual(expect.arrayContaining([
      { file: 'mongo_customer_profiles/models/res_partner.py', reason: 'unreadable: permission denied' },
      { file: 'search_elastic_products/data', reason: 'unreadable: permission denied' },
    ]));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a missing addons folder is an error, not an empty result', () => {
    expect(() => scanAddons(['/nonexistent/addons'])).toThrow(ScanRootError);
  });

  test('a module folder given directly is scanned as one module', () => {
    const scan = scanAddons([path.join(FIXTURE_ADDONS, 'cache_redis_pricing')]);
    expect(scan.modules.map((m) => m.path)).toEqual(['cache_redis_pricing']);
    expect(scan.matches.filter((m) => m.signature === 'redis.import')).toHaveLength(1);
  });
});

describe('source text', () => {
  test('python: comments blanked, strings kept, scopes tracked across nesting', () => {
    const lines = codeLines([
      'import os  # import redis',
      'class A:',
      '    x = "# not a comment"',
      '    def f(self):',
      '        s = """',
      'import pymongo',
      '        """',
      '        return 1',
      '    def g(self):',
      '        pass',
      'y = 2',
    ].join('\n'), 'python');
    expect(lines.map((l) => l.code.trimEnd())).toEqual([
      'import os', 'class A:', '    x = "# not a comment"', '    def f(self):', '        s = """', 'import pymongo', '        """', '        return 1', '    def g(self):', '        pass', 'y = 2',
    ]);
    expect(lines.map((l) => l.scope)).toEqual(['', 'A', 'A', 'A.f', 'A.f', 'A.f', 'A.f', 'A.f', 'A.g', 'A.g', '']);
  });

  test('xml: comments blanked across lines', () => {
    const lines = codeLines('<a/><!-- redis://x\nstill comment --><b>mongodb://y</b>', 'xml');
    expect(lines.map((l) => l.code)).toEqual(['<a/>', '<b>mongodb://y</b>']);
  });
});

describe('keyword prefilter', () => {
  test('only skips work: without keywords the scanner finds exactly the same', () => {
    const bare = JSON.parse(JSON.stringify(catalog)) as typeof catalog;
    for (const s of bare.stores) s.keywords = [];
    for (const s of bare.signatures) delete s.literals;
    expect(scanAddons([FIXTURE_ADDONS], bare).matches).toEqual(scanAddons([FIXTURE_ADDONS]).matches);
  });
});
