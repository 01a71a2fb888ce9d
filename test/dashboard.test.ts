/**
 * @jest-environment jsdom
 */
// The overview client action with npm OWL and the module's own XML templates, fed the demo
// snapshot (test/fixtures/demo/snapshot.json, written by `pgcap demo`) through stand-in orm,
// action and notification services; Odoo's Layout, formatters, dates and _t are stand-ins with
// Odoo's signatures (test/support/odoo-web).
import { App } from '@odoo/owl';
import { registry } from '@web/core/registry';
import { diffReports } from '../static_src/core/diff';
import { buildReport } from '../static_src/core/report';
import type { Report } from '../static_src/core/report-types';
import type { Snapshot } from '../static_src/core/snapshot';
import { FINDINGS_ACTION, toDashboardData, type AuditMeta, type DashboardData } from '../static_src/dashboard/contract';
import { dataSource, PgCapabilitiesDashboard } from '../static_src/dashboard/dashboard';
import { $, $$, rowText, tick } from './support/dom';
import { AUDIT, latest, mountOverview, SNAPSHOT, TEMPLATES, ROOT } from './support/overview';
import { downloads } from './support/odoo-web/download';
import { loadedBundles } from './support/odoo-web/assets';
import { zone } from './support/odoo-web/dates';
import { setLocalization } from './support/odoo-web/localization';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACCEPT_FILE_HEADER } from '../static_src/core/accept';

const original = { ...dataSource };
afterEach(() => {
  document.body.innerHTML = '';
  Object.assign(dataSource, original);
  zone.offsetMinutes = 0;
  setLocalization(null);
});

/** Feeds the overview a DashboardData made by the contract's own cut of judged reports. */
function feed(data: DashboardData | null) {
  dataSource.acquire = async () => data;
}

const report = () => buildReport(SNAPSHOT);
const cardText = (key: string) => rowText($(`.o_pgcap_card_${key} .card-body`)!);

test('the client action is registered under the tag the action record names', () => {
  require('../static_src/dashboard/main');
  expect(registry.category('actions').get('pg_capabilities.dashboard')).toBe(PgCapabilitiesDashboard);
  const xml = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/views/pg_capabilities_snapshot_views.xml'), 'utf8');
  expect(xml).toContain('<field name="tag">pg_capabilities.dashboard</field>');
});

test('Odoo\'s control panel holds Rescan and the exports; the audit line names database, versions, date in the user\'s zone', async () => {
  zone.offsetMinutes = 60;
  const { app } = await mountOverview({ pgcap_latest: async () => latest() });
  expect($('.o_control_panel .o_pgcap_rescan')).not.toBeNull();
  const toggle = $('.o_control_panel .o_pgcap_export_toggle')!;
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  toggle.click();
  await tick();
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect($$('.o_pgcap_export_menu button').map((b) => b.textContent!.trim())).toEqual(['Markdown', 'HTML', 'CSV', 'JSON', 'SARIF', 'CycloneDX', 'PDF, printed by Odoo']);
  $('.o_pgcap_export_menu')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await tick();
  expect($('.o_pgcap_export_menu')).toBeNull();
  expect(document.activeElement).toBe(toggle);
  expect($('.o_content.o_pgcap_overview')).not.toBeNull();
  expect($('.o_pgcap_source')!.textContent).toBe('Database odoo_demo on PostgreSQL 17.10, Odoo 17.0. Audit collected on 01/15/2026 10:30:00 (UTC+1) by Administrator in 1 s.');
  app.destroy();
});

test('every card says what it counts, and a finding card opens the findings list with its filter', async () => {
  const r = report();
  const { app, action } = await mountOverview({ pgcap_latest: async () => latest() });
  expect(cardText('to_act_on')).toMatch(new RegExp(`^${r.summary.findings} External-store findings to act on `));
  expect(cardText('refuse')).toMatch(new RegExp(`^${r.summary.verdicts.refuse} Stores to refuse `));
  expect(cardText('dual_write')).toMatch(new RegExp(`^${r.summary.dualWrites} Dual writes One change written to PostgreSQL and to another store`));
  expect(cardText('capabilities')).toMatch(new RegExp(`^${r.summary.capabilitiesInUse} of ${r.summary.capabilitiesKnown} PostgreSQL capabilities in use`));
  expect(cardText('jsonb')).toMatch(new RegExp(`^${r.summary.jsonbColumns} jsonb columns Data they hold, estimated: `));
  // no "0 / 2": full-text and trigram indexes are two cards, each naming what it counts
  expect(cardText('fts')).toMatch(/^\d+ Full-text search indexes/);
  expect(cardText('trigram')).toMatch(/^\d+ Trigram indexes/);
  const filters = ['to_act_on', 'verdict_refuse', 'verdict_replace', 'verdict_review', 'verdict_keep', 'dual_write', 'severity_high'];
  for (const [i, button] of $$('button.o_pgcap_card').entries()) {
    button.click();
    await tick();
    expect(action.calls.at(-1)).toEqual([FINDINGS_ACTION, { additionalContext: { [`search_default_${filters[i]}`]: 1 } }]);
  }
  expect(action.calls).toHaveLength(filters.length);
  // the capability cards open nothing: they are not buttons
  expect($('.o_pgcap_card_jsonb')!.tagName).toBe('DIV');
  app.destroy();
});

test('numbers and dates follow the user\'s language (French: 12 345,6 and day first)', async () => {
  setLocalization({ code: 'fr_FR', dateTimeFormat: 'dd/MM/yyyy HH:mm:ss', thousandsSep: '\u202f', decimalPoint: ',' });
  const big: Snapshot = JSON.parse(JSON.stringify(SNAPSHOT));
  const row = big.database!.probes.find((p) => p.id === 'jsonb_columns')!.rows[0]!;
  Object.assign(row, { column_bytes_estimate: 5.3 * 1024 * 1024, rows_estimate: 1234567 });
  const { app } = await mountOverview({ pgcap_latest: async () => latest(big) });
  expect($('.o_pgcap_source')!.textContent).toContain('15/01/2026 09:30:00 (UTC)');
  const sizes = $$('.o_pgcap_chart_table_jsonb td').map((td) => td.textContent!);
  expect(sizes[0]).toBe('5,3 MB');
  for (const s of sizes) expect(s).toMatch(/^\d+(,\d)? (B|kB|MB|GB)$/);
  expect($('.o_pgcap_cap_jsonb tbody')!.textContent).toContain('1\u202f234\u202f567');
  app.destroy();
});

test('charts come with their figures as a table, and a fresh database explains its empty charts', async () => {
  let { app } = await mountOverview({ pgcap_latest: async () => latest() });
  expect(loadedBundles).toContain('web.chartjs_lib');
  const sev = $$('.o_pgcap_chart_table_severity tbody tr').map(rowText);
  expect(sev).toEqual(report().findings.length ? expect.arrayContaining([expect.stringMatching(/^Critical \d+$/)]) : []);
  app.destroy();
  // a database with no finding and no jsonb data: words, not a chart from 0 B to 1 B
  const fresh: Snapshot = JSON.parse(JSON.stringify(SNAPSHOT));
  fresh.scan!.matches = [];
  const jsonb = fresh.database!.probes.find((p) => p.id === 'jsonb_columns')!;
  jsonb.rows = jsonb.rows.map((r) => ({ ...r, column_bytes_estimate: 0 }));
  ({ app } = await mountOverview({ pgcap_latest: async () => latest(fresh) }));
  expect($$('.o_pgcap_charts canvas')).toHaveLength(0);
  expect($$('.o_pgcap_chart_empty').map((p) => p.textContent)).toEqual([
    'No external-store finding to chart: no module that runs here calls out to a second store.',
    `No jsonb data yet: the ${jsonb.rows.length} jsonb columns of this database hold no data PostgreSQL has measured.`,
  ]);
  expect(cardText('jsonb')).toContain('No jsonb data yet.');
  app.destroy();
});

test('the store inventory, with modules that open in Apps and models that open their ir.model', async () => {
  const r = report();
  const { app, action, searches } = await mountOverview({ pgcap_latest: async () => latest() }, { ids: { 'ir.module.module': 42, 'ir.model': 7 } });
  const rows = $$('.o_pgcap_store').map(rowText);
  expect(rows).toHaveLength(r.inventory.length);
  const withModule = r.inventory.find((x) => x.modules.length)!;
  const button = $$('.o_pgcap_inventory .o_pgcap_link_module').find((b) => b.textContent === withModule.modules[0])!;
  expect(button.getAttribute('title')).toBe(`Open the module ${withModule.modules[0]} in Apps`);
  button.click();
  await tick();
  expect(searches.at(-1)).toEqual(['ir.module.module', [['name', '=', withModule.modules[0]]]]);
  expect(action.calls.at(-1)).toEqual([{ type: 'ir.actions.act_window', res_model: 'ir.module.module', res_id: 42, views: [[false, 'form']], target: 'current' }, undefined]);
  // the checklist opens from a button that says so
  const toggle = $$('.o_pgcap_store_toggle')[0]!;
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  toggle.click();
  await tick();
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect($('.o_pgcap_store_checklist')).not.toBeNull();
  app.destroy();
});

test('a jsonb field opens its ir.model.fields form; a name unknown here says so', async () => {
  const { app, action, searches, notification } = await mountOverview({ pgcap_latest: async () => latest() }, { ids: { 'ir.model.fields': 99 } });
  const field = $('.o_pgcap_cap_jsonb .o_pgcap_link_field')!;
  const row = field.closest('tr')!;
  const model = row.querySelector('.o_pgcap_link_model')!.textContent;
  field.click();
  await tick();
  expect(searches.at(-1)).toEqual(['ir.model.fields', [['model', '=', model], ['name', '=', field.textContent]]]);
  expect(action.calls.at(-1)![0]).toMatchObject({ res_model: 'ir.model.fields', res_id: 99 });
  (row.querySelector('.o_pgcap_link_model') as HTMLElement).click(); // no ir.model id given: unknown
  await tick();
  expect(notification.add).toHaveBeenLastCalledWith(`${model} is not known to this database (removed since the audit, or never installed).`, { type: 'warning' });
  app.destroy();
});

test('the changes since the previous audit, object by object, and the card of new findings', async () => {
  const now = report();
  const before: Report = JSON.parse(JSON.stringify(now));
  // the previous audit: one finding fewer, another judged differently, a capability item fewer
  const gone = before.findings.splice(0, 1)[0]!;
  const changed = before.findings.find((f) => f.section === 'findings')!;
  changed.verdict = changed.verdict === 'keep' ? 'review' : 'keep';
  before.capabilities.find((c) => c.id === 'jsonb')!.items.pop();
  before.inventory = before.inventory.filter((x) => x.store !== gone.store);
  const previous: AuditMeta = { ...AUDIT, id: 0, collected_at: '2026-01-08 09:30:00', user: 'Mitchell Admin' };
  feed(toDashboardData(now, AUDIT, previous, diffReports(before, now)));
  const { app, action } = await mountOverview({});
  const panel = $('.o_pgcap_changes')!;
  expect(panel.querySelector('p')!.textContent).toBe('Compared with the previous audit, collected on 01/08/2026 09:30:00 (UTC) by Mitchell Admin.');
  expect(rowText(panel.querySelector('.o_pgcap_change_added')!)).toMatch(new RegExp(`^Appeared ${gone.module} .+ (Refuse|Replace|Keep|Review) (Critical|High|Medium|Low|Information)$`));
  expect(rowText(panel.querySelector('.o_pgcap_change_verdict')!)).toMatch(new RegExp(`^Verdict changed ${changed.module} `));
  // a capability by its title, not its id
  expect(rowText(panel.querySelector('.o_pgcap_change_capability')!)).toMatch(new RegExp(`^${now.capabilities.find((c) => c.id === 'jsonb')!.title} Used more or less\\. \\d+ \\d+$`));
  expect(panel.querySelector('.o_pgcap_change_store_added')!.textContent).toContain(now.inventory.find((x) => x.store === gone.store)!.title);
  expect(cardText('new_since_previous')).toBe('1 New since the previous audit Gone: 0. Changed: 1. Open these findings in the list.');
  (panel.querySelector('.o_pgcap_changes_new') as HTMLElement).click();
  await tick();
  expect(action.calls.at(-1)).toEqual([FINDINGS_ACTION, { additionalContext: { search_default_new_since_previous: 1 } }]);
  app.destroy();
  // no previous audit: said, not an empty panel
  feed(toDashboardData(now, AUDIT, null, null));
  const again = await mountOverview({});
  expect($('.o_pgcap_first_audit')!.textContent).toContain('This is the first audit kept here');
  expect($('.o_pgcap_card_new_since_previous')).toBeNull();
  again.app.destroy();
});

test('sortable headers are buttons with aria-sort, and the table sorts both ways', async () => {
  const { app } = await mountOverview({ pgcap_latest: async () => latest() });
  const th = () => $$('.o_pgcap_cap_jsonb th')[0]!;
  const column = () => $$('.o_pgcap_cap_jsonb tbody tr').map((r) => r.children[0]!.textContent);
  const button = th().querySelector('button')!;
  expect(button.type).toBe('button');
  expect(button.tabIndex).toBe(0);
  expect(th().getAttribute('aria-sort')).toBe('none');
  expect(button.getAttribute('aria-label')).toBe('Table: activate to sort ascending');
  button.click();
  await tick();
  expect(th().getAttribute('aria-sort')).toBe('ascending');
  const asc = column();
  expect(asc).toEqual([...asc].sort());
  th().querySelector('button')!.click();
  await tick();
  expect(th().getAttribute('aria-sort')).toBe('descending');
  expect(column()).toEqual([...asc].reverse());
  app.destroy();
});

test('what the admin arranged goes to the action state (URL) and comes back on reload and through the breadcrumb', async () => {
  const updates: Record<string, string | undefined>[] = [];
  const { app } = await mountOverview({ pgcap_latest: async () => latest() }, { props: { updateActionState: (s: Record<string, string | undefined>) => updates.push(s) } });
  // nothing arranged yet: no key has a value (Odoo's router leaves undefined keys out of the URL)
  expect(updates[0]).toStrictEqual({ pgcap_closed: undefined, pgcap_unused: undefined, pgcap_tables: undefined });
  $('.o_pgcap_section_inventory .o_pgcap_section_toggle')!.click();
  await tick();
  expect($('.o_pgcap_section_inventory .o_pgcap_section_body')).toBeNull();
  $('.o_pgcap_toggle_unused')!.click();
  await tick();
  $$('.o_pgcap_cap_jsonb th button')[1]!.click();
  await tick();
  const last = updates.at(-1)!;
  expect(last).toStrictEqual({ pgcap_closed: 'inventory', pgcap_unused: '1', pgcap_tables: 'jsonb~column~a~~0' });
  // back to the default: the key is handed over undefined, so that the router removes it
  $('.o_pgcap_section_inventory .o_pgcap_section_toggle')!.click();
  await tick();
  expect(updates.at(-1)).toStrictEqual({ pgcap_closed: undefined, pgcap_unused: '1', pgcap_tables: 'jsonb~column~a~~0' });
  app.destroy();
  // a reload: Odoo hands the URL's keys back in the action's context (params)
  const reloaded = await mountOverview({ pgcap_latest: async () => latest() }, { props: { action: { context: { params: last } } } });
  expect($('.o_pgcap_section_inventory .o_pgcap_section_body')).toBeNull();
  expect($('.o_pgcap_cap_partitioning')).not.toBeNull(); // not in use, shown
  expect($$('.o_pgcap_cap_jsonb th')[1]!.getAttribute('aria-sort')).toBe('ascending');
  reloaded.app.destroy();
  // the breadcrumb: Odoo 17 has no updateActionState; the router keeps the URL, props.state the rest
  const replaced: Record<string, unknown>[] = [];
  const localState = { add: jest.fn(), remove: jest.fn() };
  const back = await mountOverview({ pgcap_latest: async () => latest() }, {
    props: { state: { pgcap: { closed: ['charts'], unused: false, tables: {} } } },
    env: { __getLocalState__: localState },
    services: { router: { replaceState: (h: Record<string, unknown>) => replaced.push(h) } },
  });
  expect($('.o_pgcap_section_charts .o_pgcap_section_body')).toBeNull();
  expect($('.o_pgcap_section_inventory .o_pgcap_section_body')).not.toBeNull();
  await new Promise((r) => setTimeout(r, 150)); // Odoo 17: told after the action service's own push
  expect(replaced.at(-1)).toStrictEqual({ pgcap_closed: 'charts', pgcap_unused: undefined, pgcap_tables: undefined });
  const exported = localState.add.mock.calls[0]![1]();
  expect(exported).toEqual({ pgcap: expect.objectContaining({ closed: ['charts'] }) });
  back.app.destroy();
  expect(localState.remove).toHaveBeenCalled();
});

test('a reload that hands the action none of the URL\'s keys (Odoo 19 loads an action by id without them) reads them from the address', async () => {
  // Odoo 19: /odoo/action-165?pgcap_unused=1&pgcap_closed=charts; Odoo 17 keeps them in the hash
  for (const url of ['/odoo/action-165?pgcap_unused=1&pgcap_closed=charts', '/web#action=89&pgcap_unused=1&pgcap_closed=charts']) {
    window.history.replaceState({}, '', url);
    const { app } = await mountOverview({ pgcap_latest: async () => latest() }, { props: { action: { params: false, context: {} } } });
    expect($('.o_pgcap_section_charts .o_pgcap_section_body')).toBeNull();
    expect($('.o_pgcap_toggle_unused')!.getAttribute('aria-pressed')).toBe('true');
    app.destroy();
  }
  // keys handed by the action win over the address
  const { app } = await mountOverview({ pgcap_latest: async () => latest() }, { props: { action: { context: { params: { pgcap_closed: 'inventory' } } } } });
  expect($('.o_pgcap_section_charts .o_pgcap_section_body')).not.toBeNull();
  expect($('.o_pgcap_section_inventory .o_pgcap_section_body')).toBeNull();
  expect($('.o_pgcap_toggle_unused')!.getAttribute('aria-pressed')).toBe('false');
  app.destroy();
  window.history.replaceState({}, '', '/');
});

test('Rescan shows its progress, then the new audit and a notification', async () => {
  let release!: (v: unknown) => void;
  const { app, calls, notification } = await mountOverview({ pgcap_latest: async () => latest(), pgcap_rescan: () => new Promise((r) => { release = r; }) });
  $('.o_pgcap_rescan')!.click();
  await tick();
  expect($('.o_pgcap_rescan')!.hasAttribute('disabled')).toBe(true);
  expect($('.o_pgcap_rescan')!.textContent!.trim()).toBe('Scanning…');
  // the data layer's step (data.ts: pgcap_rescan collects on the server), with the seconds running
  expect($('.o_pgcap_progress')!.textContent).toMatch(/^Collecting a new snapshot of this database and its modules… Running for \d+ s\.$/);
  release({ ...latest(), collected_at: '2026-01-16 10:00:00' });
  await tick();
  await tick();
  expect($('.o_pgcap_rescan')!.hasAttribute('disabled')).toBe(false);
  expect($('.o_pgcap_progress')).toBeNull();
  expect($('.o_pgcap_source')!.textContent).toContain('01/16/2026 10:00:00');
  expect(notification.add).toHaveBeenLastCalledWith('The new audit, collected on 01/16/2026 10:00:00 (UTC), is shown.', { type: 'success' });
  // each audit is judged once in the browser and its report handed back (contract.ts): one rescan
  expect(calls).toEqual(['pgcap_latest', 'pgcap_store_report', 'pgcap_rescan', 'pgcap_store_report']);
  app.destroy();
});

test('empty and error states explain themselves', async () => {
  let { app } = await mountOverview({ pgcap_latest: async () => false });
  expect($('.o_pgcap_empty')!.textContent).toContain('No audit yet.');
  expect($('.o_pgcap_empty button')!.textContent).toBe('Collect a first audit');
  app.destroy();
  ({ app } = await mountOverview({ pgcap_latest: async () => { throw Object.assign(new Error('rpc'), { data: { message: 'Only administrators (Settings group) can audit PostgreSQL capabilities.' } }); } }));
  expect($('.o_pgcap_error')!.textContent).toContain('The audit could not be loaded.');
  expect($('.o_pgcap_error')!.textContent).toContain('Only administrators (Settings group)');
  app.destroy();
});

test('Export downloads exactly what pgcap report writes from the same snapshot, in the reader\'s language and time zone', async () => {
  // The module always applies the acceptances Odoo records (pg.capabilities.acceptance; none here),
  // and exports md and html in the reader's language and zone (pdf.ts userLocale: Odoo 17's user
  // service here). The same with pgcap: --accept with those acceptances (a file with no entry),
  // --locale and --time-zone. (Without --accept, pgcap knows of no acceptances and its JSON
  // summary has no "accepted" count; md and html are the same either way.)
  const { app } = await mountOverview({ pgcap_latest: async () => latest() }, { services: { user: { lang: 'fr_FR', tz: 'Europe/Paris' } } });
  downloads.length = 0;
  for (const cls of ['md', 'html', 'json']) {
    $('.o_pgcap_export_toggle')!.click();
    await tick();
    $(`.o_pgcap_export_${cls}`)!.click();
    await tick();
  }
  expect(downloads.map((d) => [d.filename, d.mimetype])).toEqual([
    ['pg-capabilities-odoo_demo-2026-01-15.md', 'text/markdown'],
    ['pg-capabilities-odoo_demo-2026-01-15.html', 'text/html'],
    ['pg-capabilities-odoo_demo-2026-01-15.json', 'application/json'],
  ]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-dashboard-export-'));
  try {
    const snapshot = path.join(dir, 'snapshot.json');
    const acceptFile = path.join(dir, 'accept.yml');
    fs.writeFileSync(snapshot, JSON.stringify(SNAPSHOT));
    fs.writeFileSync(acceptFile, ACCEPT_FILE_HEADER);
    const pgcap = (format: string) => {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/pgcap.mjs'), 'report', snapshot, '--format', format, '--accept', acceptFile, '--locale', 'fr-FR', '--time-zone', 'Europe/Paris', '--quiet'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return r.stdout;
    };
    const written = ['md', 'html', 'json'].map(pgcap);
    expect(written[0]).toContain('15 janvier 2026, 10:30 Europe/Paris'); // the reader's language and zone, not the default
    expect(downloads.map((d) => d.data)).toEqual(written);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  app.destroy();
});

test('PDF: the action the server returns is run; its UserError is left to Odoo\'s error dialog', async () => {
  const pdf = { type: 'ir.actions.report', report_name: 'pg_capabilities.engagement' };
  dataSource.pdfAction = async () => pdf;
  const { app, action } = await mountOverview({ pgcap_latest: async () => latest() });
  $('.o_pgcap_export_toggle')!.click();
  await tick();
  $('.o_pgcap_pdf')!.click();
  await tick();
  expect(action.calls.at(-1)).toEqual([pdf, undefined]);
  app.destroy();
  // a UserError propagates (Odoo's error service shows it), and the buttons come back
  const userError = Object.assign(new Error('UserError'), { data: { message: 'No PDF here: wkhtmltopdf is not installed.' } });
  dataSource.pdfAction = async () => { throw userError; };
  const again = await mountOverview({ pgcap_latest: async () => latest() });
  const component = (again.app as unknown as { root: { component: PgCapabilitiesDashboard } }).root.component;
  await expect(component.pdf()).rejects.toBe(userError);
  await tick();
  expect($('.o_pgcap_export_toggle')!.hasAttribute('disabled')).toBe(false);
  again.app.destroy();
});

test('a hostile name stays text, its invisible characters shown', async () => {
  const hostile: Snapshot = JSON.parse(JSON.stringify(SNAPSHOT));
  hostile.database!.probes.find((p) => p.id === 'jsonb_columns')!.rows[0]!.table_name = 'evil\u202E<img src=x>';
  const { app } = await mountOverview({ pgcap_latest: async () => latest(hostile) });
  expect(document.querySelector('img')).toBeNull();
  expect($('.o_pgcap_cap_jsonb tbody')!.textContent).toContain('evil<U+202E><img src=x>');
  expect($('.o_pgcap_cap_jsonb tbody')!.textContent).not.toContain('\u202E');
  app.destroy();
});

test('the templates the overview names are all in the module\'s XML', () => {
  for (const name of ['Dashboard', 'Section', 'Charts', 'ChartTable', 'DataTable', 'StoreInventory', 'ChangesPanel', 'ChangeModuleStore']) {
    expect(TEMPLATES).toContain(`t-name="pg_capabilities.${name}"`);
  }
});
