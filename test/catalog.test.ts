import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../static_src/core/catalog';
import { redact } from '../static_src/core/redact';
import { buildReport } from '../static_src/core/report';
import { SNAPSHOT_SCHEMA } from '../static_src/core/snapshot';
import { readJson, ROOT } from './support/fixtures';
import { linearityProblems } from './support/regex-linearity';

const STORE_IDS = ['redis', 'memcached', 'elasticsearch', 'solr', 'algolia', 'typesense', 'meilisearch', 'mongodb', 'couchdb',
  'cassandra', 'dynamodb', 's3', 'gcs', 'azure_blob', 'swift', 'kafka', 'rabbitmq', 'influxdb', 'clickhouse', 'vector_db',
  'neo4j', 'mysql', 'mssql', 'oracle', 'sqlite', 'odbc'];

describe('the catalog (manifest.json)', () => {
  test('validates against its JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(readJson('schema/manifest.schema.json') as object);
    expect(validate(readJson('manifest.json')) ? [] : validate.errors).toEqual([]);
  });

  test('has exactly the store kinds reports and tools key on, each with a category and an alternative', () => {
    // a driver-only entry (SQLAlchemy) is a way to reach stores, never a kind of its own
    expect(catalog.stores.filter((s) => !s.driverOnly).map((s) => s.id)).toEqual(STORE_IDS);
    for (const d of catalog.stores.filter((s) => s.driverOnly)) for (const id of d.driverFor!) expect(STORE_IDS).toContain(id);
    const capabilityIds = catalog.capabilities.map((c) => c.id);
    for (const s of catalog.stores.filter((x) => !x.driverOnly)) {
      expect(catalog.categories).toContain(s.category);
      expect(capabilityIds).toContain(s.replacement.capability);
      const kinds = new Set(catalog.signatures.filter((g) => g.store === s.id).map((g) => g.kind));
      expect({ store: s.id, import: kinds.has('import'), client: kinds.has('client'), manifest: kinds.has('manifest') })
        .toEqual({ store: s.id, import: true, client: true, manifest: true });
    }
  });

  test('every probe has its SQL file, every capability names known probes, ids are unique', () => {
    const sqlDir = path.join(ROOT, 'odoo_addon/pg_capabilities/sql');
    expect(fs.readdirSync(sqlDir).filter((f) => f.endsWith('.sql')).sort()).toEqual(catalog.probes.map((p) => p.file).sort());
    const probeIds = new Set(catalog.probes.map((p) => p.id));
    for (const c of catalog.capabilities) for (const p of c.probes) expect(probeIds).toContain(p);
    for (const list of [catalog.signatures, catalog.probes, catalog.capabilities, catalog.stores]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test('probe SQL is parameter-free and read-only', () => {
    for (const p of catalog.probes) {
      const sql = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/sql', p.file), 'utf8').replace(/--.*$/gm, '');
      expect({ file: p.file, params: /\$\d|%s|%\(/.test(sql) }).toEqual({ file: p.file, params: false });
      expect({ file: p.file, writes: /\b(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|GRANT|LOCK|SET)\b/.test(sql.replace(/'[^']*'/g, "''")) })
        .toEqual({ file: p.file, writes: false });
    }
  });

  test('patterns compile in JavaScript without the flags Python lacks', () => {
    const blocks = catalog.redactionBlocks.flatMap((b) => [{ pattern: b.begin, flags: b.flags }, { pattern: b.end, flags: b.flags }]);
    for (const s of [...catalog.signatures, ...catalog.redactions, ...blocks]) {
      expect(() => new RegExp(s.pattern, s.flags ?? '')).not.toThrow();
      expect(s.pattern).not.toMatch(/\(\?<[A-Za-z]|\(\?P|\\[pPk]\{|\\[dwWD]/);
    }
  });

  test('every signature and redaction pattern runs in time linear in the line length (static check)', () => {
    const patterns = [
      ...catalog.signatures, ...catalog.redactions,
      ...catalog.redactionBlocks.flatMap((b) => [{ id: `${b.id}.begin`, pattern: b.begin, flags: b.flags }, { id: `${b.id}.end`, pattern: b.end, flags: b.flags }]),
    ];
    const problems = patterns.map((p) => ({ id: p.id, problems: linearityProblems(p.pattern, p.flags ?? '') })).filter((p) => p.problems.length > 0);
    expect(problems).toEqual([]);
  });

  test('the linearity check rejects the shapes that backtrack', () => {
    const bad = [
      '(a+)+b', '(?:x|y)*z', // nested, or a repeated group that does not end the pattern
      "[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@'\"]*:([^@\\s'\"/]+)@", // the old URL password rule: 30 s on a 160 KB line
      '^\\s*import\\s+redis', // \s crosses newlines in multiline mode: every blank line rescans the rest
      '\\b[A-Za-z0-9.-]+:9200\\b', // starts at every dot of a host name
      '\\b[A-Za-z_]*cache[A-Za-z_]*\\b', // stops at every "cache", rescans the rest of the word
      "config[^'\"\\n]*['\"]", // every "config" rescans the line
    ];
    for (const p of bad) expect({ p, problems: linearityProblems(p).length > 0 }).toEqual({ p, problems: true });
    const good = ["(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]*\\.x", "'[^'\\n]*'", '^[^\\S\\n]*import\\s+redis', '\\b(?=[A-Za-z_]*(?![A-Za-z0-9_]))[A-Za-z_]*?cache', 'password=([^\\s]+)'];
    for (const p of good) expect({ p, problems: linearityProblems(p) }).toEqual({ p, problems: [] });
  });

  test('every capability can be judged from an empty snapshot', () => {
    const r = buildReport({ schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: '', collector: { name: 't', version: '0', runtime: 't' }, catalogVersion: 1, database: null, scan: null });
    expect(r.capabilities.map((c) => [c.id, c.status])).toEqual(catalog.capabilities.map((c) => [c.id, 'not_checked']));
    for (const c of r.capabilities) expect(c.parts.every((p) => p.status === 'not_checked' && p.reason !== '')).toBe(true);
  });

  test('every store category has a workload threshold with its source, and an operations checklist', () => {
    const used = [...new Set(catalog.stores.map((s) => s.category))].sort();
    expect(used.filter((c) => !catalog.categories.includes(c))).toEqual([]);
    expect(used.filter((c) => !catalog.workload.thresholds.some((t) => t.category === c))).toEqual([]);
    // a threshold speaks of a category the stores use, and says where its figure comes from
    for (const t of catalog.workload.thresholds) {
      expect({ category: t.category, known: used.includes(t.category) }).toEqual({ category: t.category, known: true });
      expect(t.description.length).toBeGreaterThan(80);
    }
    const items = ['backup', 'monitoring', 'credentials', 'version', 'pitr'];
    for (const key of [...used, 'filestore', 'sessions']) {
      expect({ key, items: (catalog.operations[key] ?? []).map((i) => i.item) }).toEqual({ key, items });
      for (const i of catalog.operations[key]!) expect(i.text).toMatch(/^[A-Z].*\.$/);
    }
    // the report is redacted on the way out: no catalog sentence may look like a secret to it
    const texts = [...Object.values(catalog.operations).flat().map((i) => i.text), ...catalog.workload.thresholds.map((t) => t.description)];
    expect(texts.filter((t) => redact(t, catalog.redactions) !== t)).toEqual([]);
    // the pitr line says what a point-in-time restore of PostgreSQL leaves out
    for (const list of Object.values(catalog.operations)) expect(list.find((i) => i.item === 'pitr')!.text).toMatch(/point-in-time restore of PostgreSQL does not restore/);
  });

  test('every probe carries the marker that keeps its own statements out of pg_stat_statements', () => {
    for (const p of catalog.probes) {
      const head = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/sql', p.file), 'utf8').split('\n').slice(0, 3).join('\n');
      expect({ file: p.file, marked: head.includes('-- pgcap:probe') }).toEqual({ file: p.file, marked: true });
    }
  });
});
