/**
 * @jest-environment jsdom
 */
// The overview's verdicts and store inventory, with npm OWL and the module's own XML templates. The
// report is judged by core from the demo snapshot, then its verdict and inventory fields are filled
// by hand (support/judged.ts: core/verdict.ts and core/inventory.ts are written apart); the overview
// receives the contract's cut of it (toDashboardData).
import fs from 'node:fs';
import path from 'node:path';
import { buildReport } from '../static_src/core/report';
import { toDashboardData } from '../static_src/dashboard/contract';
import { dataSource } from '../static_src/dashboard/dashboard';
import { $, $$, rowText, tick } from './support/dom';
import { HOSTILE, judged } from './support/judged';
import { AUDIT, mountOverview, ROOT, SNAPSHOT } from './support/overview';

const original = { ...dataSource };
beforeEach(() => {
  dataSource.acquire = async () => toDashboardData(judged(buildReport(SNAPSHOT)), AUDIT, null, null);
});
afterEach(() => {
  Object.assign(dataSource, original);
  document.body.innerHTML = '';
});

test('the verdict cards count what the judged report counts', async () => {
  const { app } = await mountOverview({});
  const card = (key: string) => rowText($(`.o_pgcap_card_${key} .card-body`)!);
  expect(card('refuse')).toMatch(/^1 Stores to refuse /);
  expect(card('replace')).toMatch(/^1 Stores PostgreSQL can replace /);
  expect(card('keep')).toMatch(/^1 Stores that may stay /);
  expect(card('review')).toMatch(/^0 Verdicts to review /);
  app.destroy();
});

test('the store inventory lists every store, Odoo\'s own included, with verdict badges, and opens its checklist by keyboard-reachable button', async () => {
  const { app } = await mountOverview({});
  expect($$('.o_pgcap_store').map(rowText)).toEqual([
    expect.stringMatching(/^MongoDB External store mongodb\+srv:\/\/odoo:\*\*\*@cluster0\.example\.net\/profiles\?retryWrites=true mongo_customer_profiles res\.partner Authoritative \(holds data of its own\) Refuse/),
    expect.stringMatching(/^Elasticsearch \/ OpenSearch External store /),
    expect.stringMatching(/^Redis External store redis:\/\/:\*\*\*@cache\.internal:6379\/0 cache_redis_pricing product\.pricelist Derived \(rebuildable from PostgreSQL\) Keep/),
    expect.stringMatching(/^Filestore Odoo's own file:\/\/\/var\/lib\/odoo\/filestore\/odoo_demo base ir\.attachment None No verdict: Odoo needs it 1,284 attachments in the filestore/),
    expect.stringMatching(/^Sessions Odoo's own — base — None No verdict: Odoo needs it Odoo keeps HTTP sessions/),
  ]);
  expect($$('.o_pgcap_store .o_pgcap_verdict').map((b) => b.className)).toEqual([
    'badge o_pgcap_badge o_pgcap_verdict_refuse o_pgcap_verdict', 'badge o_pgcap_badge o_pgcap_verdict_replace o_pgcap_verdict',
    'badge o_pgcap_badge o_pgcap_verdict_keep o_pgcap_verdict', 'badge o_pgcap_badge o_pgcap_badge_none o_pgcap_verdict', 'badge o_pgcap_badge o_pgcap_badge_none o_pgcap_verdict',
  ]);
  expect($('.o_pgcap_store_checklist')).toBeNull();
  const toggle = $$('.o_pgcap_store_toggle').find((b) => b.textContent!.includes('Filestore'))!;
  expect(toggle.tagName).toBe('BUTTON');
  expect(toggle.getAttribute('aria-label')).toBe('Show the operational checklist of Filestore');
  toggle.click();
  await tick();
  expect($('.o_pgcap_store_checklist')!.textContent).toContain('backup Back up the filestore with the database dump');
  app.destroy();
});

test('hostile text in the inventory stays text', async () => {
  const { app } = await mountOverview({});
  expect($('.o_pgcap_inventory')!.textContent).toContain(HOSTILE);
  expect(document.querySelector('.o_pgcap_inventory img, a[href^="javascript"]')).toBeNull();
  app.destroy();
});

/** WCAG 2.1 relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

test('every badge colour of the overview contrasts at least 4.5:1 (WCAG 2.1 AA), and every badge class the code uses has one', () => {
  const scss = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/overview.scss'), 'utf8');
  const rules = [...scss.matchAll(/^\s*([^{}\n]+)\{\s*background-color:\s*(#[0-9a-f]{6});\s*color:\s*(#[0-9a-f]{6});\s*\}/gim)];
  expect(rules.length).toBeGreaterThan(5);
  const styled = new Set<string>();
  for (const [, selectors, bg, fg] of rules) {
    expect([selectors!.trim(), contrast(bg!, fg!) >= 4.5]).toEqual([selectors!.trim(), true]);
    for (const s of selectors!.split(',')) styled.add(s.trim().replace(/^\./, ''));
  }
  const used = ['verdict_refuse', 'verdict_replace', 'verdict_keep', 'verdict_review', 'severity_critical', 'severity_high', 'severity_medium', 'severity_low', 'severity_info',
    'status_in_use', 'status_not_in_use', 'status_not_checked', 'change_badge_added', 'change_badge_removed', 'change_badge_changed', 'badge_none'];
  for (const u of used) expect([u, styled.has(`o_pgcap_${u}`)]).toEqual([u, true]);
});
