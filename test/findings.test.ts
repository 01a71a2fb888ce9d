import { buildReport } from '../static_src/core/report';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../static_src/core/snapshot';
import { scanAddons } from '../static_src/cli/scanner';
import { FIXTURE_ADDONS } from './support/fixtures';

function withModules(states: Record<string, string>): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: '', collector: { name: 't', version: '0', runtime: 't' }, catalogVersion: 1,
    database: {
      durationMs: 0,
      probes: [{ id: 'odoo_modules', status: 'ok', durationMs: 0, rows: Object.entries(states).map(([name, state]) => ({ name, state, author: 'Example', version: '', license: 'LGPL-3' })) }],
    },
    scan: scanAddons([FIXTURE_ADDONS]),
  };
}

test('a module the database has not installed is reported, at info severity, with why', () => {
  const r = buildReport(withModules({ mongo_customer_profiles: 'uninstalled', cache_redis_pricing: 'installed', search_elastic_products: 'to upgrade' }));
  const by = Object.fromEntries(r.findings.map((f) => [f.module, f]));
  expect(by.mongo_customer_profiles).toMatchObject({ severity: 'info', state: 'uninstalled', role: 'authoritative', dualWrite: true });
  expect(by.mongo_customer_profiles!.roleReason).toMatch(/It does not run here: it is uninstalled in this database\./);
  expect(by.mongo_customer_profiles!.section).toBe('not_installed');
  expect(by.cache_redis_pricing).toMatchObject({ severity: 'low', state: 'installed' });
  expect(by.search_elastic_products).toMatchObject({ severity: 'medium' });
  expect(r.summary.worstSeverity).toBe('medium');
});

test('the author Odoo stamps by default does not make a module Odoo\'s; a module absent from the database does not run', () => {
  const snap = withModules({});
  snap.database!.probes[0]!.rows.push({ name: 'cache_redis_pricing', state: 'installed', author: 'Odoo S.A.', version: '', license: 'LGPL-3' });
  const r = buildReport(snap);
  const by = Object.fromEntries(r.findings.map((f) => [f.module, f]));
  // its manifest on disk names its author: the database's copy does not override where it lives
  expect(by.cache_redis_pricing).toMatchObject({ core: false, origin: 'third_party', severity: 'low', section: 'findings' });
  expect(by.mongo_customer_profiles).toMatchObject({ state: null, severity: 'info', section: 'not_installed' });
  expect(r.summary.findings).toBe(1);
});
