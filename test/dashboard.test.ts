/**
 * @jest-environment jsdom
 */
// The dashboard components with npm OWL and the module's own XML templates, fed a real snapshot
// (test/fixtures/demo/snapshot.json, written by `pgcap demo`) through a stand-in orm service.
import { App } from '@odoo/owl';
import fs from 'node:fs';
import path from 'node:path';
import { exportReport } from '../static_src/core/export';
import { buildReport } from '../static_src/core/report';
import type { Snapshot } from '../static_src/core/snapshot';
import { PgCapabilitiesDashboard } from '../static_src/dashboard/dashboard';
import type { AuditMeta } from '../static_src/dashboard/contract';
import { actionService, contractOrm, FakeSnapshotModel } from './support/odoo-server';
import { FINDINGS_ACTION } from '../static_src/dashboard/contract';
import { registry } from '@web/core/registry';
import { downloads } from './support/odoo-web/download';
import { loadedBundles } from './support/odoo-web/assets';
import { $, $$, rowText, tick } from './support/dom';

const ROOT = path.resolve(__dirname, '..');
const TEMPLATES = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/dashboard.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');
const SNAPSHOT: Snapshot = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/demo/snapshot.json'), 'utf8'));

export type LatestSnapshot = AuditMeta & { snapshot: Snapshot };
function latest(snapshot: Snapshot = SNAPSHOT): LatestSnapshot {
  return { id: 1, collected_at: '2026-01-15 09:30:00', duration_ms: 812, user: 'Administrator', database: 'odoo_demo', odoo_version: '17.0', snapshot };
}

interface Calls { method: string }
function services(answers: Record<string, () => Promise<unknown>>, calls: Calls[] = [], opened: unknown[] = []) {
  return {
    orm: contractOrm(answers, calls),
    action: actionService(opened),
    notification: { add: jest.fn() },
  };
}

async function mount(svc: Record<string, unknown>) {
  document.body.innerHTML = '<div id="root"></div>';
  const app = new App(PgCapabilitiesDashboard, { env: { services: svc }, templates: TEMPLATES, test: true });
  await app.mount(document.getElementById('root')!);
  return app;
}


afterEach(() => { document.body.innerHTML = ''; });

test('the client action is registered under the tag the action record names', async () => {
  require('../static_src/dashboard/main');
  expect(registry.category('actions').get('pg_capabilities.dashboard')).toBe(PgCapabilitiesDashboard);
  const xml = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/views/pg_capabilities_snapshot_views.xml'), 'utf8');
  expect(xml).toContain('<field name="tag">pg_capabilities.dashboard</field>');
});

test('shows header, summary cards, a way to the findings, capabilities with Odoo models, and warnings', async () => {
  const opened: unknown[] = [];
  const app = await mount(services({ pgcap_latest: async () => latest() }, [], opened));
  expect($('.o_pgcap_source')!.textContent).toMatch(/odoo_demo.*PostgreSQL 17\.10.*Odoo 17\.0/s);
  const cards = $$('.o_pgcap_cards .card-body').map((c) => [...c.children].map((d) => d.textContent!.trim()).join(' '));
  expect(cards).toEqual(expect.arrayContaining([expect.stringMatching(/^6 jsonb columns/), expect.stringMatching(/^3 External stores elasticsearch, mongodb, redis; 2 dual writes/), expect.stringMatching(/^critical Worst severity/)]));
  // the findings are Odoo records now: the overview opens their list
  expect($$('.o_pgcap_finding')).toEqual([]);
  $('.o_pgcap_open_findings')!.click();
  await tick();
  expect(opened).toEqual([FINDINGS_ACTION]);
  const jsonbRows = $$('.o_pgcap_cap_jsonb tbody tr').map(rowText);
  expect(jsonbRows.some((t) => /product_template name product\.template name char yes product/.test(t))).toBe(true);
  expect($('.o_pgcap_cap_listen_notify')!.textContent).toContain('imbus');
  expect($$('.o_pgcap_warnings li').length).toBeGreaterThan(0);
  expect(loadedBundles).toContain('web.chartjs_lib');
  app.destroy();
});

test('a capability not checked shows by default, apart from those not in use, with its reason', async () => {
  // the fixture snapshot predates the jsonb_indexes probe: that capability could not be looked at
  const app = await mount(services({ pgcap_latest: async () => latest() }));
  const card = $('.o_pgcap_cap_jsonb_indexes')!;
  expect(card.querySelector('.o_pgcap_not_checked')!.textContent).toBe('not checked');
  expect(card.querySelector('.o_pgcap_parts')!.textContent).toContain('Not checked: indexes (probe jsonb_indexes was not run by this collector)');
  expect($('.o_pgcap_cap_partitioning')).toBeNull(); // not in use: hidden until asked
  app.destroy();
});

test('capability tables sort by a column, both ways', async () => {
  const app = await mount(services({ pgcap_latest: async () => latest() }));
  const table = () => $$('.o_pgcap_cap_jsonb tbody tr').map((r) => r.children[0]!.textContent);
  const header = $$('.o_pgcap_cap_jsonb th')[0]!;
  header.click();
  await tick();
  const asc = table();
  expect(asc).toEqual([...asc].sort());
  header.click();
  await tick();
  expect(table()).toEqual([...asc].reverse());
  app.destroy();
});

test('Rescan shows a busy state, then the new snapshot', async () => {
  let release!: (v: unknown) => void;
  const calls: Calls[] = [];
  const app = await mount(services({ pgcap_latest: async () => latest(), pgcap_rescan: () => new Promise((r) => { release = r; }) }, calls));
  $('.o_pgcap_rescan')!.click();
  await tick();
  expect($('.o_pgcap_rescan')!.hasAttribute('disabled')).toBe(true);
  expect($('.o_pgcap_rescan')!.textContent).toContain('Scanning');
  release({ ...latest(), collected_at: '2026-01-16 10:00:00' });
  await tick();
  await tick();
  expect($('.o_pgcap_rescan')!.hasAttribute('disabled')).toBe(false);
  expect($('.o_pgcap_source')!.textContent).toContain('2026-01-16 10:00:00');
  // each audit judged once in the browser, its report stored by the server
  expect(calls.map((c) => c.method)).toEqual(['pgcap_latest', 'pgcap_store_report', 'pgcap_rescan', 'pgcap_store_report']);
  app.destroy();
});

test('empty and error states', async () => {
  let app = await mount(services({ pgcap_latest: async () => false }));
  expect($('.o_pgcap_empty')!.textContent).toContain('No audit yet');
  app.destroy();
  app = await mount(services({ pgcap_latest: async () => { throw Object.assign(new Error('rpc'), { data: { message: 'Only administrators (Settings group) can audit PostgreSQL capabilities.' } }); } }));
  expect($('.o_pgcap_error')!.textContent).toContain('Only administrators');
  app.destroy();
});

test('Export downloads exactly what pgcap report writes from the same snapshot', async () => {
  const app = await mount(services({ pgcap_latest: async () => latest() }));
  downloads.length = 0;
  for (const cls of ['md', 'html', 'json']) {
    $(`.o_pgcap_export_${cls}`)!.click();
    await tick();
  }
  const report = buildReport(SNAPSHOT);
  expect(downloads.map((d) => [d.filename, d.mimetype])).toEqual([
    ['pg-capabilities-odoo_demo-2026-01-15.md', 'text/markdown'],
    ['pg-capabilities-odoo_demo-2026-01-15.html', 'text/html'],
    ['pg-capabilities-odoo_demo-2026-01-15.json', 'application/json'],
  ]);
  expect(downloads.map((d) => d.data)).toEqual([exportReport(report, 'md'), exportReport(report, 'html'), exportReport(report, 'json')]);
  app.destroy();
});

test('5,000 findings: judged once, and what the overview loads holds none of them', async () => {
  const big: Snapshot = JSON.parse(JSON.stringify(SNAPSHOT));
  const scan = big.scan!;
  const template = scan.matches.filter((m) => m.module === 'mongo_customer_profiles');
  for (let i = 0; i < 5000; i++) {
    const name = `custom_${String(i).padStart(4, '0')}`;
    scan.modules.push({ name, path: name, root: 0, version: '17.0.1.0.0', author: 'Example', summary: '', license: 'LGPL-3', website: '', depends: [], installable: true, inOdooTree: false, files: 2 });
    for (const m of template) scan.matches.push({ ...m, module: name, file: m.file.replace('mongo_customer_profiles', name) });
  }
  const server = new FakeSnapshotModel();
  server.add(big);
  const app = await mount({ orm: { call: server.call }, notification: { add: jest.fn() }, action: actionService() });
  expect($('.o_pgcap_open_findings')).not.toBeNull();
  const report = server.audits[0]!.report!;
  expect(report.findings.length).toBe(5003);
  // the next load is the overview alone
  const again = (await server.call('pg.capabilities.snapshot', 'pgcap_dashboard', [server.audits[0]!.judgedWith])) as { data: { overview: { modules: unknown[] } } };
  expect(JSON.stringify(report).length).toBeGreaterThan(5 * 1024 * 1024);
  // under 1 MB but for the module list, which the contract keeps whole (1.2 MB at 5,600 modules here)
  const modules = JSON.stringify(again.data.overview.modules).length;
  expect(JSON.stringify(again).length - modules).toBeLessThan(100 * 1024);
  app.destroy();
});
