/**
 * @jest-environment jsdom
 */
// The dashboard's verdicts and store inventory, with npm OWL and the module's own XML templates. The
// report is judged by core from the demo snapshot, then its verdict and inventory fields are filled
// by hand (support/judged.ts: core/verdict.ts and core/inventory.ts are written apart).
import { App } from '@odoo/owl';
import fs from 'node:fs';
import path from 'node:path';
import { exportReport } from '../static_src/core/export';
import type { Snapshot } from '../static_src/core/snapshot';
import { VERDICT_COLORS } from '../static_src/core/verdict-labels';
import { downloads } from './support/odoo-web/download';
import { HOSTILE, judged } from './support/judged';
import { $, $$, rowText, tick } from './support/dom';
import { actionService, contractOrm } from './support/odoo-server';

jest.mock('../static_src/core/report', () => {
  const actual = jest.requireActual('../static_src/core/report');
  const { judged: judge } = jest.requireActual('./support/judged');
  return { ...actual, buildReport: (s: Snapshot) => judge(actual.buildReport(s)) };
});
// required after the mock (the esbuild transform does not hoist jest.mock above imports)
const { PgCapabilitiesDashboard } = require('../static_src/dashboard/dashboard') as typeof import('../static_src/dashboard/dashboard');

const ROOT = path.resolve(__dirname, '..');
const TEMPLATES = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/dashboard.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');
const SNAPSHOT: Snapshot = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/demo/snapshot.json'), 'utf8'));
const latest = { id: 1, collected_at: '2026-01-15 09:30:00', duration_ms: 812, user: 'Administrator', database: 'odoo_demo', odoo_version: '17.0', snapshot: SNAPSHOT };

async function mount() {
  document.body.innerHTML = '<div id="root"></div>';
  const services = { orm: contractOrm({ pgcap_latest: async () => latest }), notification: { add: jest.fn() }, action: actionService() };
  const app = new App(PgCapabilitiesDashboard, { env: { services }, templates: TEMPLATES, test: true });
  await app.mount(document.getElementById('root')!);
  return app;
}

/** Text as a person reads it: blocks (terms, cells, items) apart, spaces collapsed. */
const blockText = (el: HTMLElement) => {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('dt, dd, li, div, td, th, tr').forEach((n) => n.after(' '));
  return copy.textContent!.replace(/\s+/g, ' ');
};
/** A CSS colour as jsdom serialises it (rgb(r, g, b)). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

afterEach(() => { document.body.innerHTML = ''; });

test('the findings table leads with a verdict badge, worst first, in the export\'s colours', async () => {
  const app = await mount();
  expect($$('.o_pgcap_finding').map(rowText)).toEqual([
    expect.stringMatching(/^Refuse critical mongo_customer_profiles /),
    expect.stringMatching(/^Replace medium search_elastic_products /),
    expect.stringMatching(/^Keep low cache_redis_pricing /),
  ]);
  const badge = $$('.o_pgcap_finding .o_pgcap_verdict')[0]!;
  expect(badge.style.backgroundColor).toBe(rgb(VERDICT_COLORS.refuse.bg));
  expect(badge.style.color).toBe(rgb(VERDICT_COLORS.refuse.fg));
  const cards = $$('.o_pgcap_cards .card-body').map((c) => [...c.children].map((d) => d.textContent!.trim()).join(' '));
  expect(cards).toContain('1 Stores to refuse verdicts: 1 refuse, 1 replace, 1 keep, 0 review');
  app.destroy();
});

test('sorted by verdict both ways, and filtered by verdict', async () => {
  const app = await mount();
  const modules = () => $$('.o_pgcap_finding').map((r) => r.children[2]!.textContent!.trim());
  $('.o_pgcap_sort_verdict')!.click();
  await tick();
  expect(modules()).toEqual(['cache_redis_pricing', 'search_elastic_products', 'mongo_customer_profiles']);
  $('.o_pgcap_sort_verdict')!.click();
  await tick();
  expect(modules()).toEqual(['mongo_customer_profiles', 'search_elastic_products', 'cache_redis_pricing']);
  const filter = $('.o_pgcap_verdict_filter') as HTMLSelectElement;
  expect([...filter.options].map((o) => o.value)).toEqual(['', 'refuse', 'review', 'replace', 'keep']);
  filter.value = 'replace';
  filter.dispatchEvent(new Event('change'));
  await tick();
  expect(modules()).toEqual(['search_elastic_products']);
  filter.value = 'review';
  filter.dispatchEvent(new Event('change'));
  await tick();
  expect(modules()).toEqual([]);
  app.destroy();
});

test('an opened finding shows its verdict first, with reasons, then what the store touches, then the evidence', async () => {
  const app = await mount();
  $$('.o_pgcap_finding').find((r) => r.textContent!.includes('search_elastic_products'))!.click();
  await tick();
  const detail = $('.o_pgcap_finding_detail')!;
  const text = blockText(detail);
  const at = (s: string) => { const i = text.indexOf(s); expect(i).toBeGreaterThanOrEqual(0); return i; };
  expect(at('Replace Elasticsearch is a projection of product.template')).toBeLessThan(at('Action A trigram GIN index'));
  expect(at('Action')).toBeLessThan(at('Reasons A rebuildable copy of PostgreSQL data? yes: Derived'));
  expect(at('Workload beyond what PostgreSQL does well? no: product_template is far below the full-text threshold. Statistic: product_template: 6,400 rows (threshold 10M rows;')).toBeLessThan(at('Models product.template (product_template) both ways: description_sale, name'));
  expect(at("ProductTemplate._reindex_all on product.template: cron (cron 'Reindex products' (data/ir_cron.xml:4)), timing unknown")).toBeGreaterThan(0);
  expect(at('Reconciliation search_elastic_products/models/product_index.py:30 a second permanent cost, not a fix')).toBeLessThan(at('Evidence'));
  expect(blockText(detail.querySelector('.o_pgcap_workload')!)).toContain('product_template 6,400 5.0 MB 2.0 MB 12 / 40 / — 2,200 no');
  expect(at('Evidence')).toBeLessThan(at('Client code'));
  app.destroy();
});

test('hostile text in verdicts and the inventory stays text', async () => {
  const app = await mount();
  $$('.o_pgcap_finding').find((r) => r.textContent!.includes('cache_redis_pricing'))!.click();
  await tick();
  expect($('.o_pgcap_verdict_text')!.textContent).toContain(HOSTILE);
  expect($('.o_pgcap_reasons')!.textContent).toContain(HOSTILE);
  expect(document.querySelector('.o_pgcap_finding_detail img, .o_pgcap_inventory img, a[href^="javascript"]')).toBeNull();
  expect($('.o_pgcap_inventory')!.textContent).toContain(HOSTILE);
  app.destroy();
});

test('the store inventory lists every store, Odoo\'s own included, and opens its checklist', async () => {
  const app = await mount();
  const rows = $$('.o_pgcap_store').map(rowText);
  expect(rows).toEqual([
    expect.stringMatching(/^MongoDB external store mongodb\+srv:\/\/odoo:\*\*\*@cluster0\.example\.net\/profiles\?retryWrites=true mongo_customer_profiles res\.partner authoritative Refuse/),
    expect.stringMatching(/^Elasticsearch \/ OpenSearch external store /),
    expect.stringMatching(/^Redis external store redis:\/\/:\*\*\*@cache\.internal:6379\/0 cache_redis_pricing product\.pricelist derived Keep/),
    expect.stringMatching(/^Filestore Odoo's own file:\/\/\/var\/lib\/odoo\/filestore\/odoo_demo base ir\.attachment — — 1,284 attachments in the filestore \(store_fname\), 2\.1 GB on disk/),
    expect.stringMatching(/^Sessions Odoo's own — base — — — Odoo keeps HTTP sessions/),
  ]);
  expect($$('.o_pgcap_store_odoo')).toHaveLength(2);
  expect($('.o_pgcap_store_checklist')).toBeNull();
  $$('.o_pgcap_store').find((r) => r.textContent!.includes('Filestore'))!.click();
  await tick();
  expect($('.o_pgcap_store_checklist')!.textContent).toContain('backup: Back up the filestore with the database dump');
  app.destroy();
});

test('CycloneDX download: the same BOM pgcap writes, as a .cdx.json file', async () => {
  const app = await mount();
  downloads.length = 0;
  $('.o_pgcap_export_cyclonedx')!.click();
  const { buildReport } = jest.requireActual('../static_src/core/report');
  expect(downloads).toEqual([{ data: exportReport(judged(buildReport(SNAPSHOT)), 'cyclonedx'), filename: 'pg-capabilities-odoo_demo-2026-01-15.cdx.json', mimetype: 'application/vnd.cyclonedx+json' }]);
  app.destroy();
});
