// Should each store exist? The verdicts of the fixture addons, judged against the statistics of a
// real PostgreSQL database shaped like Odoo's (tables of the models they touch, ir_module_module),
// end to end: pgcap's collector parses the modules (the structure pass) and runs the probes
// (table_activity), and the catalog's own thresholds decide.
import { collectSnapshot } from '../static_src/cli/collect';
import { catalog, type Catalog } from '../static_src/core/catalog';
import { buildReport } from '../static_src/core/report';
import type { Finding, Report } from '../static_src/core/report-types';
import type { Snapshot } from '../static_src/core/snapshot';
import { freshDatabase, withClient } from './support/db';
import { FIXTURE_ADDONS } from './support/fixtures';


const CAT: Catalog = catalog;

const SETUP = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE ir_module_module (id serial PRIMARY KEY, name varchar NOT NULL UNIQUE, state varchar, author varchar,
  latest_version varchar, license varchar, website varchar, application boolean DEFAULT false);
INSERT INTO ir_module_module (name, state, author, latest_version, license) VALUES
 ('base', 'installed', 'Odoo S.A.', '17.0.1.3', 'LGPL-3'), ('product', 'installed', 'Odoo S.A.', '17.0.1.2', 'LGPL-3'),
 ('contacts', 'installed', 'Odoo S.A.', '17.0.1.0', 'LGPL-3'),
 ('cache_redis_pricing', 'installed', 'Example Integrator', '17.0.1.0.0', 'LGPL-3'),
 ('search_elastic_products', 'installed', 'Example Integrator', '17.0.2.1.0', 'LGPL-3'),
 ('mongo_customer_profiles', 'installed', 'Example Integrator', '17.0.1.0.3', 'LGPL-3');
CREATE TABLE res_company (id serial PRIMARY KEY, name varchar NOT NULL);
INSERT INTO res_company (name) VALUES ('Acme');
CREATE TABLE res_partner (id serial PRIMARY KEY, name varchar, email varchar);
INSERT INTO res_partner (name, email) SELECT 'Partner ' || g, 'p' || g || '@example.com' FROM generate_series(1, 2000) g;
CREATE TABLE product_template (id serial PRIMARY KEY, name jsonb NOT NULL, list_price numeric);
INSERT INTO product_template (name, list_price) SELECT jsonb_build_object('en_US', 'Product ' || g), g FROM generate_series(1, 1500) g;
CREATE TABLE product_pricelist (id serial PRIMARY KEY, name varchar NOT NULL, active boolean DEFAULT true);
INSERT INTO product_pricelist (name) VALUES ('Public'), ('Retail'), ('Wholesale');
ANALYZE;`;

let url = '';

/** A snapshot of the test database as the collectors would give it, with the structure and
 * table_activity of issue 9; the statistics reset `busy` runs of work earlier. */
async function audit(load: string | null): Promise<Report> {
  await withClient(url, async (c) => {
    await c.query('SELECT pg_stat_reset()');
    if (load) await c.query(load);
    // make this session's counters visible now (PostgreSQL 15+ flushes them at most once a second)
    await c.query("SELECT pg_stat_force_next_flush() WHERE to_regproc('pg_stat_force_next_flush') IS NOT NULL");
  });
  await new Promise((r) => setTimeout(r, 1100));
  const snap: Snapshot = await collectSnapshot({ db: url, addons: [FIXTURE_ADDONS] });
  expect(snap.scan!.structure!.map((m) => m.module)).toEqual(expect.arrayContaining(['cache_redis_pricing', 'mongo_customer_profiles', 'search_elastic_products']));
  expect(snap.database!.probes.find((p) => p.id === 'table_activity')?.status).toBe('ok');
  return buildReport(snap, CAT);
}

const find = (r: Report, id: string): Finding => r.findings.find((f) => f.id === id)!;

describe('verdicts on a real PostgreSQL', () => {
  let quiet: Report;
  beforeAll(async () => {
    url = await freshDatabase('pgcap_verdict', SETUP);
    quiet = await audit(null);
  }, 60000);

  test('a Redis cache with TTL, a warm-up cron and invalidation on write, on a small pricelist table: replace', () => {
    const f = find(quiet, 'cache_redis_pricing:redis');
    expect(f.role).toBe('derived');
    expect(f.dualWrite).toBe(false);
    expect(f.models.map((m) => [m.model, m.table])).toEqual([['product.pricelist', 'product_pricelist']]);
    expect(f.rebuild.paths.find((e) => e.kind === 'rebuild')).toMatchObject({ line: 43, snippet: expect.stringContaining('_warm_price_cache') });
    expect(f.rebuild.ttl.map((e) => e.line)).toContain(22);
    expect(f.rebuild.invalidation.map((e) => e.line)).toEqual([37]);
    expect(f.paths.find((p) => p.trigger === 'cron')).toMatchObject({ method: 'ProductPricelist._warm_price_cache', timing: 'in_transaction', detail: expect.stringContaining("cron 'Warm the price cache'") });
    expect(f.paths.find((p) => p.trigger === 'write')).toMatchObject({ method: 'ProductPricelist.write' });
    expect(f.workload).toHaveLength(1);
    expect(f.workload[0]).toMatchObject({ table: 'product_pricelist', rows: 3 });
    expect(f.workload[0]!.idxScansPerDay).not.toBeNull();
    expect(f.verdict).toBe('replace');
    expect(f.action).toMatch(/UNLOGGED table/);
    expect(f.action).toMatch(/product_pricelist/);
    const w = f.reasons.find((r) => r.condition === 'workload' && r.statistic?.metric === 'reads_per_second')!;
    expect(w).toMatchObject({ holds: false, statistic: { table: 'product_pricelist', threshold: 5000 } });
    expect(w.statistic!.source).toMatch(/pgbench/);
    expect(f.verdictText).toMatch(/^Redis is a derived copy .*in database pgcap_verdict/);
    expect(f.severity).toBe('low');
  });

  test('the same cache when the pricelist table is read thousands of times a second: keep, and what must stay true', async () => {
    const busy = await audit(`SET enable_seqscan = off;
      DO $$ BEGIN FOR i IN 1..300000 LOOP PERFORM 1 FROM product_pricelist WHERE id = 1 + i % 3; END LOOP; END $$;`);
    const f = find(busy, 'cache_redis_pricing:redis');
    const reads = f.reasons.find((r) => r.statistic?.metric === 'reads_per_second')!;
    expect(reads.holds).toBe(true);
    expect(reads.statistic!.value).toBeGreaterThanOrEqual(5000);
    expect(f.verdict).toBe('keep');
    expect(f.action).toMatch(/rebuild path keeps working .*price_cache\.py:43/);
    expect(f.action).toMatch(/entries keep expiring/);
    expect(f.action).toMatch(/nothing reads Redis back into the ORM/);
    expect(busy.summary.verdicts.keep).toBe(1);
  }, 60000);

  test('MongoDB written in create/write, read back into res.partner, no rebuild path: refuse, naming the model', () => {
    const f = find(quiet, 'mongo_customer_profiles:mongodb');
    expect(f.role).toBe('authoritative');
    expect(f.dualWrite).toBe(true);
    expect(f.readsBack.map((e) => [e.line, e.kind])).toEqual([[35, 'read'], [36, 'orm_write']]);
    expect(f.paths.map((p) => p.trigger).sort()).toEqual(['button', 'create', 'write']);
    expect(f.rebuild).toEqual({ paths: [], ttl: [], invalidation: [] });
    expect(f.models).toEqual([expect.objectContaining({ model: 'res.partner', table: 'res_partner', fields: ['category_id', 'profile_score'] })]);
    expect(f.verdict).toBe('refuse');
    expect(f.action).toMatch(/res\.partner \(category_id, profile_score\) would be lost/);
    expect(f.action).toMatch(/res_partner\.py:36/);
    expect(['high', 'critical']).toContain(f.severity);
  });

  test('an Elasticsearch projection with a write override and a reindex cron: replace with the trigram sketch; the reconciliation cron named', () => {
    const f = find(quiet, 'search_elastic_products:elasticsearch');
    expect(f.role).toBe('derived');
    expect(f.dualWrite).toBe(true);
    expect(f.paths.find((p) => p.trigger === 'write')).toMatchObject({ method: 'ProductTemplate.write', timing: 'in_transaction' });
    expect(f.rebuild.paths.find((e) => e.kind === 'rebuild')).toMatchObject({ line: 28, snippet: expect.stringContaining('_reindex_all') });
    expect(f.reconciliation[0]).toMatchObject({ file: 'search_elastic_products/data/ir_cron.xml', line: 11, kind: 'reconciliation' });
    expect(f.reconciliation[0]!.snippet).toMatch(/_reconcile_index \(cron 'Reconcile the product index'/);
    expect(f.reasons.find((r) => r.condition === 'reconciliation')!.text).toMatch(/second permanent cost/);
    expect(f.models).toEqual([expect.objectContaining({ model: 'product.template', table: 'product_template', fields: ['list_price', 'name'] })]);
    expect(f.verdict).toBe('replace');
    expect(f.action).toMatch(/trigram GIN index on product_template\.name/);
    expect(f.action).toMatch(/ilike/);
    expect(f.action).toMatch(/product_template here: 1,500 rows, \d+(\.\d+)? kB/);
    const rows = f.reasons.find((r) => r.statistic?.metric === 'rows')!;
    expect(rows).toMatchObject({ holds: false, statistic: { table: 'product_template', value: 1500, threshold: 10000000 } });
  });

  test('without a database the verdict says what is missing', async () => {
    const snap: Snapshot = await collectSnapshot({ db: null, addons: [FIXTURE_ADDONS] });
    const r = buildReport(snap, CAT);
    const cache = find(r, 'cache_redis_pricing:redis');
    expect(cache.verdict).toBe('review');
    expect(cache.action).toMatch(/workload of product_pricelist \(no database was audited\)/);
    // the data a store owns is lost whatever the workload
    expect(find(r, 'mongo_customer_profiles:mongodb').verdict).toBe('refuse');
    expect(r.summary.verdicts).toEqual({ refuse: 1, replace: 0, keep: 0, review: 3 }); // redis in structure_cases too
  });
});
