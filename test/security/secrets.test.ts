// Fault and security suite, part 1: secrets never leave. A fake addons tree with planted secrets
// (test/fixtures/secrets-addons, each value marked PLANTEDnn) is scanned and rendered in every
// format; a live session holding a password, a 900 KB line and adversarial long lines are thrown
// at the collectors and the catalog. The Python twin: test/python/test_attacks_secrets.py.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectSnapshot } from '../../static_src/cli/collect';
import { scanAddons } from '../../static_src/cli/scanner';
import { catalog } from '../../static_src/core/catalog';
import { diffReports, diffToHtml, diffToMarkdown } from '../../static_src/core/diff';
import { exportReport, FORMATS } from '../../static_src/core/export';
import { REDACTED, redact } from '../../static_src/core/redact';
import { buildReport } from '../../static_src/core/report';
import type { Report } from '../../static_src/core/report-types';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type ScanFacts, type Snapshot } from '../../static_src/core/snapshot';
import { freshDatabase, openSession } from '../support/db';
import { readJson, ROOT } from '../support/fixtures';

const ADDONS = path.join(ROOT, 'test/fixtures/secrets-addons');
const CLI = path.join(ROOT, 'dist/pgcap.mjs');
const MARKER = /PLANTED[0-9]{2}/g;
/** Where a plant cannot come out at all: a manifest's description is not collected, CSV files are not scanned. */
const NEVER_COLLECTED = ['PLANTED02', 'PLANTED74', 'PLANTED75', 'PLANTED76'];
/** Plants in manifest fields the scanner keeps (summary, author, website). */
const IN_MANIFEST_FIELDS = ['PLANTED01', 'PLANTED03', 'PLANTED04', 'PLANTED71', 'PLANTED72', 'PLANTED73'];

function markers(text: string): string[] {
  return [...new Set(text.match(MARKER) ?? [])].sort();
}

function snapshotOf(scan: ScanFacts | null, database: Snapshot['database'] = null): Snapshot {
  return { schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, collectedAt: '2026-01-15T09:30:00.000Z', collector: { name: 'test', version: '0', runtime: 'jest' }, catalogVersion: catalog.catalogVersion, database, scan };
}

/** Every plant in the fixture tree: its marker, file (relative to the addons root) and line. */
function plants(): { marker: string; file: string; line: number }[] {
  const out: { marker: string; file: string; line: number }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else fs.readFileSync(full, 'utf8').split('\n').forEach((l, i) => {
        for (const m of markers(l)) out.push({ marker: m, file: path.relative(ADDONS, full), line: i + 1 });
      });
    }
  };
  walk(ADDONS);
  return out;
}

/** Leaked markers per output, for a failure message that says where. */
function leakCounts(outputs: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, markers(v)]));
}
const none = (outputs: Record<string, string>) => Object.fromEntries(Object.keys(outputs).map((k) => [k, []]));

describe('secrets never leave', () => {
  const scan = scanAddons([ADDONS]);
  const snapshot = snapshotOf(scan);
  const report = buildReport(snapshot);

  test('attack: 79 planted secrets reach snippets and module fields, and none is in the snapshot', () => {
    const all = plants();
    expect(new Set(all.map((p) => p.marker)).size).toBeGreaterThanOrEqual(69);
    // the attack is real: every plant the scanner collects sits on a line it matched, or in a module field
    const matched = new Set(scan.matches.map((m) => `${m.file}:${m.line}`));
    const unreached = all.filter((p) => !NEVER_COLLECTED.includes(p.marker) && !IN_MANIFEST_FIELDS.includes(p.marker) && !matched.has(`${p.file}:${p.line}`));
    expect(unreached).toEqual([]);
    const snippetsOnPlants = scan.matches.filter((m) => all.some((p) => p.file === m.file && p.line === m.line));
    expect(snippetsOnPlants.length).toBeGreaterThanOrEqual(69);
    expect(scan.modules.find((m) => m.name === 'secret_redis_cache')).toMatchObject({
      summary: 'Caches prices in redis://:***@cache.internal:6379/0', author: 'Acme Ops (password: ***)', website: 'https://deploy:***@git.example.com/acme',
    });
    expect({ snapshot: markers(JSON.stringify(snapshot)) }).toEqual({ snapshot: [] });
  });

  test('attack: planted secrets leak in no export format (md, html, json, csv, sarif)', () => {
    const outputs = Object.fromEntries(FORMATS.map((f) => [f, exportReport(report, f)]));
    expect(report.findings.length).toBeGreaterThanOrEqual(15);
    expect(report.mentions.length).toBeGreaterThan(0); // the tests/ folder: evidence of a mention
    expect(leakCounts(outputs)).toEqual(none(outputs));
  });

  test('attack: planted secrets leak through the pgcap CLI in no format, nor in the snapshot it saves', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-secrets-'));
    const snap = path.join(dir, 'snapshot.json');
    const outputs: Record<string, string> = {};
    for (const f of ['md', ...FORMATS.filter((x) => x !== 'md')]) {
      const out = path.join(dir, `report.${f}`);
      const args = f === 'md'
        ? ['scan', '--no-db', '--addons', ADDONS, '--format', f, '--out', out, '--snapshot', snap, '--quiet']
        : ['report', snap, '--format', f, '--out', out];
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      expect({ f, status: r.status, stderr: markers(r.stderr) }).toEqual({ f, status: 0, stderr: [] });
      outputs[f] = fs.readFileSync(out, 'utf8');
    }
    outputs.snapshot = fs.readFileSync(snap, 'utf8');
    expect(leakCounts(outputs)).toEqual(none(outputs));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('attack: a JSON report written without redaction is redacted again by the diff (md, json, html)', () => {
    // an older pgcap, or a hand-edited file: the texts of its findings still hold the secrets
    const old: Report = JSON.parse(JSON.stringify(report));
    for (const f of old.findings) {
      f.id = `${f.id}-old`;
      f.module = `${f.module} password=fake-PLANTED92`;
      f.evidence = f.evidence.map((e) => ({ ...e, snippet: `r = redis.Redis(host, 6379, 0, 'fake-PLANTED93')` }));
    }
    old.source.database = 'postgresql://odoo:fake-PLANTED94@db/prod';
    const d = diffReports(old, report);
    const outputs = { md: diffToMarkdown(d), json: JSON.stringify(d), html: diffToHtml(d) };
    expect(d.findings.removed.length).toBeGreaterThan(0);
    expect(leakCounts(outputs)).toEqual(none(outputs));
  });

  test('attack: a line of 900 KB is read up to limits.maxLineChars, in bounded time, and its snippet says it was cut', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-longline-'));
    fs.mkdirSync(path.join(dir, 'long_line/models'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'long_line/__manifest__.py'), "{'name': 'Long line', 'version': '17.0.1.0.0'}\n");
    const line = `URL = 'redis://:fake-PLANTED95@cache:6379/0' + ${"'a:'://@".repeat(900_000 / 8)}`;
    fs.writeFileSync(path.join(dir, 'long_line/models/long.py'), `import redis\n${line}\nr = redis.Redis('h', 6379, 0, 'fake-PLANTED96' + ${'"@:/'.repeat(25_000)}\n`);
    const t0 = Date.now();
    const s = scanAddons([dir]);
    const took = Date.now() - t0;
    expect(took).toBeLessThan(20_000); // seconds, not minutes: before the rewrite the URL rule alone took over two minutes
    const long = s.matches.filter((m) => m.file === 'long_line/models/long.py' && m.line >= 2);
    expect(long.length).toBeGreaterThanOrEqual(2);
    for (const m of long) {
      expect(m.snippet).toMatch(/ \[line cut: \d+ chars\]$/);
      expect(m.snippet.length).toBeLessThanOrEqual(catalog.limits.maxSnippetChars);
    }
    const outputs = { snapshot: JSON.stringify(s), md: exportReport(buildReport(snapshotOf(s)), 'md') };
    expect(leakCounts(outputs)).toEqual(none(outputs));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('attack: every signature and redaction pattern gets through 200 KB adversarial lines in linear time', () => {
    const adv = readJson<{ length: number; units: string[]; texts: string[]; ownWords: number }>('test/fixtures/adversarial-lines.json');
    const fill = (u: string) => u.repeat(Math.ceil(adv.length / u.length)).slice(0, adv.length);
    const generic = [...adv.units, ...adv.texts].map(fill);
    const wordsOf = (p: string) => [...new Set(p.match(/[A-Za-z_]{3,}/g) ?? [])];
    const slow: string[] = [];
    const time = (what: string, run: () => unknown) => {
      const t0 = Date.now();
      run();
      const ms = Date.now() - t0;
      // a linear pass over 200 KB takes milliseconds; the quadratic rules it replaces took minutes
      if (ms > 2000) slow.push(`${what}: ${ms} ms`);
    };
    for (const s of catalog.signatures) {
      const re = new RegExp(s.pattern, `${s.flags ?? ''}m`);
      const own = wordsOf(s.pattern).slice(0, adv.ownWords).flatMap((w) => [w, `${w}'`]).map(fill);
      for (const text of [...generic, ...own]) time(`${s.id} on ${JSON.stringify(text.slice(0, 12))}…`, () => re.test(text));
    }
    const words = [...new Set(catalog.redactions.flatMap((r) => wordsOf(r.pattern)))];
    for (const text of [...generic, ...words.flatMap((w) => [w, `${w}'`]).map(fill)]) {
      time(`redaction on ${JSON.stringify(text.slice(0, 12))}…`, () => redact(text));
    }
    expect(slow).toEqual([]);
  });

  test('attack: a private key split across lines comes out redacted whole, whatever its lines hold', () => {
    const lines = scan.matches.filter((m) => m.file === 'secret_redis_cache/models/cache.py' && m.line >= 15 && m.line <= 17);
    expect(lines.map((m) => [m.line, m.snippet])).toEqual([[15, REDACTED], [16, REDACTED]]);
  });

  test('attack: a session whose last statement holds a password puts it neither in the snapshot nor in the report', async () => {
    const url = await freshDatabase('pgcap_secrets');
    const session = await openSession(url, 'pgcap-secret-listener');
    try {
      await session.query("LISTEN pgcap_secret_chan /* password='fake-PLANTED91' token=fake-PLANTED97 */");
      const snap = await collectSnapshot({ db: url, addons: [] });
      const rows = snap.database!.probes.find((p) => p.id === 'listeners')!.rows;
      expect(rows.some((r) => String(r.query).startsWith('LISTEN pgcap_secret_chan'))).toBe(true);
      const r = buildReport(snap);
      const outputs = { snapshot: JSON.stringify(snap), ...Object.fromEntries(FORMATS.map((f) => [f, exportReport(r, f)])) };
      expect(leakCounts(outputs)).toEqual(none(outputs));
    } finally {
      await session.end();
    }
  });
});
