// Whose module, and what runs in the audited database: origin, the sections of findings, mentions,
// and modules that join another module's finding. Partly on the shared vectors, partly on a real
// PostgreSQL holding the sample Odoo database.
import path from 'node:path';
import { collectSnapshot } from '../static_src/cli/collect';
import { boundNames, importUsage, usageText } from '../static_src/cli/import-usage';
import { codeLines } from '../static_src/cli/source-text';
import { manifestFacts } from '../static_src/cli/module-facts';
import { scanAddons } from '../static_src/cli/scanner';
import { toMarkdown } from '../static_src/core/export/markdown';
import { originOf } from '../static_src/core/origin';
import { buildReport } from '../static_src/core/report';
import type { Finding, Report } from '../static_src/core/report-types';
import { nonRuntime } from '../static_src/core/scope';
import { SNAPSHOT_SCHEMA, type ScannedModule, type Snapshot } from '../static_src/core/snapshot';
import { freshDatabase } from './support/db';
import { FIXTURE_ADDONS, ROOT, SAMPLE_SQL, VECTOR_ROOTS } from './support/fixtures';

const SCOPE_ADDONS = path.join(ROOT, 'test/fixtures/addons-scope');

function codeOnly(scan = scanAddons(VECTOR_ROOTS)): Snapshot {
  return { schema: SNAPSHOT_SCHEMA, version: 2, collectedAt: '', collector: { name: 't', version: '0', runtime: 't' }, catalogVersion: 1, database: null, scan };
}

const byId = (r: Report): Record<string, Finding> => Object.fromEntries(r.findings.map((f) => [f.id, f]));

describe('origin: where a module lives and what it is, not the default author', () => {
  const r = buildReport(codeOnly());
  const f = byId(r);

  test('a custom module without an author keeps its severity and its dual write', () => {
    expect(f['custom_no_author:redis']).toMatchObject({ origin: 'custom', core: false, section: 'findings', dualWrite: true, severity: 'medium' });
    expect(f['custom_no_author:redis']!.originBasis).toBe('its manifest names no author');
    expect(r.summary.dualWrites).toBeGreaterThanOrEqual(1);
  });

  test('a module of Odoo\'s own source tree is Odoo\'s, at info, listed apart', () => {
    expect(f['cloud_fake_storage:gcs']).toMatchObject({ origin: 'odoo', core: true, section: 'odoo', severity: 'info' });
    expect(r.modules.find((m) => m.name === 'base_fake')).toMatchObject({ origin: 'odoo', originBasis: "its folder is in Odoo's own source tree" });
    expect(r.summary.odooFindings).toBe(1);
    expect(r.findings.filter((x) => x.section === 'findings').some((x) => x.module === 'cloud_fake_storage')).toBe(false);
  });

  test('OCA by author, third party by another named author', () => {
    expect(f['oca_memcache_session:memcached']!.origin).toBe('oca');
    expect(f['cache_redis_pricing:redis']!.origin).toBe('third_party');
  });

  test('Odoo S.A. outside Odoo\'s tree is not Odoo\'s; the enterprise licence is', () => {
    const m = (author: string, license: string, inOdooTree = false): ScannedModule => ({
      name: 'x', path: 'x', root: 0, version: '', author, summary: '', license, website: '', depends: [], installable: true, inOdooTree, files: 1,
    });
    expect(originOf(m('Odoo S.A.', 'LGPL-3'), undefined, []).origin).toBe('third_party');
    expect(originOf(m('Odoo S.A.', 'OEEL-1'), undefined, []).origin).toBe('odoo');
    expect(originOf(m('', 'LGPL-3', true), undefined, []).origin).toBe('odoo');
    expect(originOf(m('Acme Furniture', 'LGPL-3'), undefined, ['Acme Furniture'])).toEqual({ origin: 'custom', basis: 'its author is the audited company (Acme Furniture)' });
    expect(originOf(m('Someone', 'LGPL-3'), undefined, [], undefined).origin).toBe('third_party');
    const website = { ...m('Camptocamp', 'AGPL-3'), website: 'https://github.com/OCA/storage' };
    expect(originOf(website, undefined, []).origin).toBe('oca');
    // Odoo ships modules written with partners; its enterprise modules often name no author
    expect(originOf(m('ADHOC SA', 'LGPL-3', true), undefined, [])).toEqual({ origin: 'odoo', basis: "its folder is in Odoo's own source tree (author ADHOC SA)" });
    expect(originOf(m('', 'OEEL-1'), undefined, []).origin).toBe('odoo');
    expect(originOf(m('TRESCLOUD', 'OEEL-1'), undefined, []).origin).toBe('third_party');
    expect(originOf(m('Client Co', 'LGPL-3'), undefined, []).basis).toMatch(/no database audited/);
  });

  test('an author written as adjacent string literals is read whole', () => {
    const facts = manifestFacts(`{"author": "Camptocamp, "\n    "Odoo Community Association (OCA)", "license": "AGPL-3"}`);
    expect(facts.author).toBe('Camptocamp, Odoo Community Association (OCA)');
    expect(originOf({ name: 'x', path: 'x', root: 0, files: 1, inOdooTree: false, ...facts }, undefined, []).origin).toBe('oca');
  });

  test('from the database alone, the report says the author may be Odoo\'s default', () => {
    const o = originOf(undefined, { name: 'x', author: 'Odoo S.A.', license: 'LGPL-3', website: '' }, []);
    expect(o.origin).toBe('odoo');
    expect(o.basis).toMatch(/from the database only.*manifest without an author/);
  });
});

describe('only code that runs is evidence', () => {
  const r = buildReport(codeOnly());
  const f = byId(r);
  const mention = (module: string) => r.mentions.find((m) => m.module === module);

  test('tests, demo data, docs and examples are not where code runs', () => {
    expect(nonRuntime('m/tests/test_x.py', 'm')).toBe('tests');
    expect(nonRuntime('m/models/test_helpers.py', 'm')).toBe('tests');
    expect(nonRuntime('m/demo/demo.xml', 'm')).toBe('demo');
    expect(nonRuntime('m/doc/conf.py', 'm')).toBe('docs');
    expect(nonRuntime('m/examples/client.py', 'm')).toBe('examples');
    expect(nonRuntime('tests/m/models/x.py', 'tests/m')).toBeNull();
  });

  test('a store seen only in tests and demo data is a mention, not a finding', () => {
    expect(Object.keys(f).some((id) => id.startsWith('kafka_tests_only'))).toBe(false);
    expect(mention('kafka_tests_only')).toMatchObject({ store: 'kafka', reason: 'not_runtime', text: 'mentioned only in demo data and tests, which do not run in production' });
  });

  test('installable False, an unused import and a link to a file on S3 are not clients', () => {
    expect(mention('legacy_s3_export')).toMatchObject({ store: 's3', reason: 'not_installable' });
    expect(mention('mongo_unused_import')).toMatchObject({ store: 'mongodb', reason: 'no_client_code' });
    expect(mention('mongo_unused_import')!.text).toMatch(/imports its client library but never uses it/);
    expect(mention('website_s3_images')).toMatchObject({ store: 's3', reason: 'no_client_code' });
    for (const m of ['legacy_s3_export', 'mongo_unused_import', 'website_s3_images']) {
      expect(r.findings.some((x) => x.module === m)).toBe(false);
    }
  });

  test('a settings module and a module importing only an exception class join the finding of the client\'s module', () => {
    expect(f['custom_no_author:redis']!.usedBy).toEqual([expect.objectContaining({ module: 'redis_badges_settings', relation: 'configured by' })]);
    expect(f['search_elastic_products:elasticsearch']!.usedBy).toEqual([expect.objectContaining({ module: 'es_search_widget', relation: 'used through' })]);
    expect(r.findings.some((x) => x.module === 'redis_badges_settings' || x.module === 'es_search_widget')).toBe(false);
  });

  test('a write to a file or buffer beside a store write is no dual write', () => {
    expect(f['s3_report_backup:s3']).toMatchObject({ dualWrite: false, dualWriteEvidence: [] });
  });

  test('a settings module only configuring a store is "configured by", even with other code around', () => {
    expect(f['azure_http_upload:azure_blob']!.usedBy).toEqual([expect.objectContaining({ module: 'azure_archive_settings', relation: 'configured by' })]);
  });

  test('one connection is one finding: SQL Server through pyodbc is mssql, with the driver named', () => {
    expect(f['mssql_pyodbc_sync:mssql']).toMatchObject({ driver: 'odbc', section: 'findings' });
    expect(f['mssql_pyodbc_sync:odbc']).toBeUndefined();
    expect(f['mssql_pyodbc_sync:mssql']!.evidence.some((e) => e.signature.startsWith('odbc.'))).toBe(true);
  });

  test('a store reached through SQLAlchemy is the store named, never "SQLAlchemy"', () => {
    expect(f['sqlite_price_source:sqlite']).toMatchObject({ driver: 'sqlalchemy', section: 'findings' });
    expect(r.findings.some((x) => x.store === 'sqlalchemy')).toBe(false);
  });

  test('a store reached over its HTTP API counts as a client', () => {
    expect(f['azure_http_upload:azure_blob']!.client).toMatchObject({ file: 'azure_http_upload/models/ir_attachment.py', line: 10, kind: 'url' });
  });

  test('every finding names the file:line of its client code', () => {
    for (const x of r.findings) expect(['client', 'import', 'url']).toContain(x.client.kind);
  });

  test('the tool\'s own module is never scanned', () => {
    const scan = scanAddons([path.join(ROOT, 'odoo_addon')]);
    expect(scan.modules).toEqual([]);
    expect(scan.skipped).toEqual([{ file: 'pg_capabilities', reason: 'the audit tool itself' }]);
  });
});

describe('facts read from the manifest and the imports', () => {
  test('manifest fields, depends, installable; commented-out keys are absent', () => {
    const facts = manifestFacts(`{
      'name': 'x',  # 'author': 'Commented Out',
      'depends': ['base',
                  # 'sale',
                  "stock"],
      'installable': False,
      'website': 'https://example.com',
    }`);
    expect(facts).toMatchObject({ author: '', depends: ['base', 'stock'], installable: false, website: 'https://example.com' });
  });

  test('names an import binds', () => {
    expect(boundNames('import redis')).toEqual(['redis']);
    expect(boundNames('import google.cloud.storage as gcs, os')).toEqual(['gcs', 'os']);
    expect(boundNames('from redis.exceptions import (ConnectionError, TimeoutError as RTimeout)')).toEqual(['ConnectionError', 'RTimeout']);
    expect(boundNames('from pymongo import *')).toBeNull();
  });

  test('how an import is used: attributes read on it, or a bare use', () => {
    const usage = (src: string) => {
      const lines = codeLines(src, 'python');
      return importUsage(lines, usageText(lines.filter((l) => !l.prose).map((l) => l.code).join('\n')), 0);
    };
    expect(usage('import mysql.connector as mysql\nERRORS = {"integrity": mysql.IntegrityError}\n')).toEqual({ bound: ['mysql'], used: true, uses: ['IntegrityError'] });
    expect(usage('import redis\nr = redis.Redis()\nx = redis\n')).toEqual({ bound: ['redis'], used: true, uses: ['', 'Redis'] });
    expect(usage('import pymongo\n"""\npymongo is gone\n"""\n# pymongo.MongoClient()\ns = "pymongo"\n')).toEqual({ bound: ['pymongo'], used: false, uses: [] });
  });

  test('a snapshot of version 1 still makes a report', () => {
    const scan = scanAddons([FIXTURE_ADDONS]);
    const v1 = { ...codeOnly(scan), version: 1, scan: { ...scan, modules: scan.modules.map(({ name, path: p, root, version, author, summary, files }) => ({ name, path: p, root, version, author, summary, files })) } } as unknown as Snapshot;
    expect(buildReport(v1).findings.map((x) => x.id).sort()).toEqual(['cache_redis_pricing:redis', 'mongo_customer_profiles:mongodb', 'search_elastic_products:elasticsearch', 'structure_cases:redis']);
  });
});

describe('only what runs in the audited database counts (real PostgreSQL)', () => {
  let report: Report;
  beforeAll(async () => {
    const url = await freshDatabase('pgcap_scope', SAMPLE_SQL);
    report = buildReport(await collectSnapshot({ db: url, addons: [FIXTURE_ADDONS, SCOPE_ADDONS] }));
  }, 60_000);

  test('modules on disk that the database has not installed are info, apart, and not counted', () => {
    const f = byId(report);
    // the sample database installs cache_redis_pricing, search_elastic_products and mongo_customer_profiles only
    expect(report.findings.filter((x) => x.section === 'findings').map((x) => x.id).sort()).toEqual([
      'cache_redis_pricing:redis', 'mongo_customer_profiles:mongodb', 'search_elastic_products:elasticsearch',
    ]);
    expect(f['custom_no_author:redis']).toMatchObject({ section: 'not_installed', severity: 'info', state: null });
    expect(f['custom_no_author:redis']!.roleReason).toMatch(/not in the module list of this database/);
    expect(report.summary.findings).toBe(3);
    expect(report.summary.notInstalledFindings).toBe(report.findings.filter((x) => x.section === 'not_installed').length);
    expect(report.summary.notInstalledFindings).toBeGreaterThanOrEqual(4);
  });

  test('a settings module that does not run joins no finding: a mention says why', () => {
    expect(report.findings.find((x) => x.id === 'custom_no_author:redis')!.usedBy).toEqual([]);
    expect(report.mentions.find((m) => m.module === 'redis_badges_settings')).toMatchObject({ reason: 'not_installed' });
  });

  test('code of a module the database has not installed proves no capability in use', () => {
    const items = (id: string) => report.capabilities.find((c) => c.id === id)!.items;
    // clean_sale_extension (SKIP LOCKED, advisory locks) is uninstalled in the sample database
    expect(items('skip_locked').some((i) => i.module === 'clean_sale_extension')).toBe(false);
    expect(items('advisory_locks').some((i) => i.module === 'clean_sale_extension')).toBe(false);
    // notify_stock_sync is installed there: its channel counts
    expect(report.channels.map((c) => c.channel)).toContain('stock_sync');
  });

  test('origin uses the audited company and says how it was decided', () => {
    const base = report.modules.find((m) => m.name === 'base')!;
    expect(base).toMatchObject({ origin: 'odoo', path: null, state: 'installed' });
    expect(base.originBasis).toMatch(/from the database only/);
  });

  test('the Markdown lists the sections apart', () => {
    const md = toMarkdown(report);
    expect(md).toContain('### On disk, not installed');
    expect(md).toContain('### Mentioned, not findings');
    expect(md).toContain('## Module inventory');
    expect(md).toMatch(/second stores are used in modules that run in this database \([^)]*\), in 3 findings:/);
  });
});
