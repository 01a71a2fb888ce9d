/**
 * @jest-environment jsdom
 */
// What an administrator met using the module: a finding accepted from its form must leave the
// overview's "to act on" card and the severity counts as the findings list counts it (its
// to_act_on filter leaves accepted findings out), and a scheduled action a module declares, often
// archived, must open from a finding's details.
import { App } from '@odoo/owl';
import fs from 'node:fs';
import path from 'node:path';
import { applyAcceptances } from '../static_src/core/accept';
import { buildReport } from '../static_src/core/report';
import type { Finding } from '../static_src/core/report-types';
import { toDashboardData } from '../static_src/dashboard/contract';
import { dataSource } from '../static_src/dashboard/dashboard';
import { FindingDetails } from '../static_src/dashboard/finding-details';
import { $, rowText } from './support/dom';
import { AUDIT, mountOverview, ROOT, SNAPSHOT } from './support/overview';

const original = { ...dataSource };
afterEach(() => {
  document.body.innerHTML = '';
  Object.assign(dataSource, original);
});

const judged = buildReport(SNAPSHOT);
const main = judged.findings.filter((f) => f.section === 'findings');
const target = main.find((f) => f.severity === 'critical' || f.severity === 'high') ?? main[0]!;
const accepted = applyAcceptances(judged, [{ id: target.id, reason: 'kept by the client', expires: null, by: 'Admin', source: 'Odoo' }], new Date(2026, 0, 15));

test('the overview counts severities of the findings to act on: an accepted finding is left out', () => {
  const before = toDashboardData(judged, AUDIT, null, null).severities;
  const after = toDashboardData(accepted, AUDIT, null, null).severities;
  const count = (list: typeof before, s: string) => list.find((x) => x.severity === s)!.count;
  expect(count(before, target.severity)).toBeGreaterThan(0);
  expect(count(after, target.severity)).toBe(count(before, target.severity) - 1);
  expect(after.reduce((n, s) => n + s.count, 0)).toBe(main.length - 1);
});

test('the "to act on" card leaves the accepted finding out, as the list it opens does', async () => {
  expect(main.length).toBeGreaterThan(1);
  dataSource.acquire = async () => toDashboardData(accepted, AUDIT, null, null);
  const { app } = await mountOverview({});
  expect(rowText($('.o_pgcap_card_to_act_on .card-body')!)).toMatch(new RegExp(`^${main.length - 1} External-store findings to act on Accepted by the client and listed apart: 1\\.`));
  const highs = main.filter((f) => f.id !== target.id && (f.severity === 'high' || f.severity === 'critical')).length;
  expect(rowText($('.o_pgcap_card_severity_high .card-body')!)).toMatch(new RegExp(`^${highs} High or critical findings`));
  app.destroy();
});

test('a finding\'s scheduled action opens even when archived: the search includes archived records', async () => {
  const cronPath = { method: 'M._warm', model: 'product.pricelist', trigger: 'cron', detail: "cron 'Warm the price cache' (data/ir_cron.xml:3), every 1 hours", timing: 'in_transaction' };
  const finding = { ...target, paths: [cronPath] } as unknown as Finding;
  const calls: { model: string; method: string; args: unknown[]; kwargs: Record<string, unknown> }[] = [];
  const orm = { call: async (model: string, method: string, args: unknown[], kwargs: Record<string, unknown>) => { calls.push({ model, method, args, kwargs }); return [11]; } };
  const action = { calls: [] as unknown[], doAction: async (a: unknown) => { action.calls.push(a); } };
  const notification = { add: jest.fn() };
  const templates = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/finding_details.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');
  document.body.innerHTML = '<div id="root"></div>';
  const app = new App(FindingDetails, { env: { services: { orm, action, notification } }, props: { record: { data: { details: finding } }, name: 'details' }, templates, test: true });
  await app.mount(document.getElementById('root')!);
  ($('.o_pgcap_open_cron') as HTMLElement).click();
  await new Promise((r) => setTimeout(r, 0));
  expect(calls).toEqual([{ model: 'ir.cron', method: 'search', args: [[['cron_name', '=', 'Warm the price cache']]], kwargs: { limit: 1, context: { active_test: false } } }]);
  expect(action.calls).toEqual([{ type: 'ir.actions.act_window', res_model: 'ir.cron', res_id: 11, views: [[false, 'form']], target: 'current' }]);
  expect(notification.add).not.toHaveBeenCalled();
  app.destroy();
});
