/**
 * @jest-environment jsdom
 */
// The finding-details field widget (static_src/dashboard/finding-details.ts) of a finding's form,
// with npm OWL and the module's own template (finding_details.xml), shown the `details` Json of real
// judged findings: pgcap scans the fixture addons and a real PostgreSQL database shaped like Odoo 17,
// and the data layer judges that snapshot and hands the report to a stand-in of the server
// (test/support/odoo-server.ts), which keeps each finding whole as Odoo keeps it in `details`.
import { App } from '@odoo/owl';
import { registry } from '@web/core/registry';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { visible } from '../static_src/core/format';
import type { Evidence, Finding, Report, VerdictReason } from '../static_src/core/report-types';
import type { Snapshot } from '../static_src/core/snapshot';
import { loadDashboard } from '../static_src/dashboard/data';
import { cronName, FindingDetails } from '../static_src/dashboard/finding-details';
import { CatalogLabelField } from '../static_src/dashboard/catalog-label-field';
import { answerTitle, conditionQuestion, directionSentence, timingSentence } from '../static_src/dashboard/labels';
import { $$, tick } from './support/dom';
import { DETAILS_TEMPLATES, mountDetails } from './support/finding-details';
import { FIXTURE_ADDONS, ROOT, SAMPLE_SQL } from './support/fixtures';
import { setLocalization } from './support/odoo-web/localization';
import { setTranslator } from './support/odoo-web/translation';
import { FakeSnapshotModel } from './support/odoo-server';

let report: Report;
const ES = 'search_elastic_products:elasticsearch';
const REDIS = 'cache_redis_pricing:redis';
const finding = (id: string): Finding => report.findings.find((f) => f.id === id)!;

/** A fresh database on the test server (PGTEST_URL, set by the global setup) loaded with `sql`, made
 * by a child Node (the pg client needs Node's TextEncoder, which jsdom lacks); returns its URL. */
function freshDatabase(name: string, sql: string): string {
  const url = new URL(process.env.PGTEST_URL!);
  url.pathname = `/${name}`;
  const script = `const pg = require('pg');
(async () => {
  const admin = new pg.Client({ connectionString: process.env.PGTEST_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS ${name} WITH (FORCE)');
  await admin.query('CREATE DATABASE ${name}');
  await admin.end();
  const c = new pg.Client({ connectionString: process.argv[1] });
  await c.connect();
  await c.query(require('fs').readFileSync(0, 'utf8'));
  await c.end();
})().catch((e) => { console.error(e.message); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script, url.toString()], { cwd: ROOT, input: sql, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return url.toString();
}

beforeAll(async () => {
  const url = freshDatabase('pgcap_finding_details', SAMPLE_SQL);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-finding-details-'));
  try {
    const file = path.join(dir, 'snapshot.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/pgcap.mjs'), 'scan', '--db', url, '--addons', FIXTURE_ADDONS,
      '--snapshot', file, '--format', 'json', '--out', path.join(dir, 'report.json'), '--quiet'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const server = new FakeSnapshotModel();
    server.add(JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot);
    await loadDashboard({ call: server.call });
    report = server.audits[0]!.report!;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

afterEach(() => {
  setTranslator(null);
  setLocalization(null);
  document.body.innerHTML = '';
});

/** An element's text as a person reads it: blocks (list items, headings, paragraphs) apart, runs of
 * spaces and line breaks as one space (a narrow no-break space kept: French digit grouping). */
function read(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const block of copy.querySelectorAll('li, ul, h5, p, div')) {
    block.before(' ');
    block.after(' ');
  }
  return copy.textContent!.replace(/[ \t\r\n]+/g, ' ').trim();
}
const items = (sel: string) => $$(`${sel} > li`).map(read);
const where = (e: Evidence) => visible(`${e.file}:${e.line}`);
const evidenceLine = (e: Evidence) => `${where(e)} ${visible(e.snippet)}`.trim();
// what the widget says of a reason: its condition as a question, then the answer (labels.ts)
const said = (r: VerdictReason) => `${conditionQuestion(r.condition)} ${answerTitle(r.holds)}`;

test('the fixture\'s findings carry every part the widget shows', () => {
  const es = finding(ES);
  expect(es.verdict).toBe('replace');
  expect(es.models.map((m) => m.model)).toEqual(['product.template']);
  expect(es.paths.filter((p) => p.trigger === 'cron').map(cronName)).toEqual(['Reindex products in Elasticsearch', 'Reconcile the product index']);
  expect(es.rebuild!.paths.length).toBeGreaterThan(0);
  expect(es.evidence.length).toBeGreaterThan(0);
  expect(es.workload.map((w) => w.table)).toEqual(['product_template']);
  expect(es.workload[0]!.rows).toBeGreaterThanOrEqual(1000); // the sample's 1,500 products (pg_class's estimate)
  const redis = finding(REDIS);
  expect(redis.rebuild!.ttl.length).toBeGreaterThan(0);
  expect(redis.rebuild!.invalidation.length).toBeGreaterThan(0);
});

test('it shows a real judged finding: why the verdict, its models, write paths, rebuild, evidence and the tables\' workload', async () => {
  for (const id of [ES, REDIS, 'mongo_customer_profiles:mongodb']) {
    const f = finding(id);
    const { app } = await mountDetails(f);
    // why: each reason, whether it holds, its evidence
    expect(items('.o_pgcap_reasons')).toEqual(f.reasons.map((r) => [`${said(r)} ${visible(r.text)}`, ...r.evidence.map(evidenceLine)].join(' ')));
    expect($$('.o_pgcap_reasons > li').map((li) => [...li.querySelectorAll('ul > li')].map(read)))
      .toEqual(f.reasons.map((r) => r.evidence.map(evidenceLine)));
    // the models, each a link to its ir.model (archived records found too: a module's crons may ship inactive)
    expect(items('.o_pgcap_models')).toEqual(f.models.map((m) => `${m.model} ${directionSentence(m.direction, m.table)}${m.fields.length ? ` Fields: ${m.fields.join(', ')}.` : ''}`));
    expect($$('.o_pgcap_open_model').map(read)).toEqual(f.models.map((m) => m.model));
    // where the store is written; a cron's path offers its scheduled action
    expect(items('.o_pgcap_paths')).toEqual(f.paths.map((p) => `${p.method}: ${visible(p.detail)}. ${timingSentence(p.timing)}${p.trigger === 'cron' ? 'Open the scheduled action' : ''}`));
    // rebuild from PostgreSQL: its paths, expiry and invalidation, each a file:line
    // each place once (a search and a bulk push on one line are one place)
    const line = (label: string, none: string, ev: Evidence[]) => (ev.length ? `${label}: ${[...new Set(ev.map(where))].join(' ')}` : none);
    expect(items('.o_pgcap_rebuild')).toEqual(f.rebuild ? [
      line('Rebuild paths', 'No rebuild path was found.', f.rebuild.paths),
      line('Expiry (TTL)', 'No expiry (TTL) was found.', f.rebuild.ttl),
      line('Invalidation', 'No invalidation was found.', f.rebuild.invalidation),
    ] : []);
    // every piece of evidence, file:line and the (redacted) snippet
    expect(items('.o_pgcap_evidence')).toEqual(f.evidence.map(evidenceLine));
    // the tables' workload, figures in the user's language ('?' where the statistics have none)
    const n = (x: number | null) => (x == null ? '?' : x.toLocaleString('en-US'));
    expect(items('.o_pgcap_workload')).toEqual(f.workload.map((w) => `${w.table}: ${n(w.rows)} rows, ${sizeOf(w.tableBytes)}; per day: ${n(w.insertsPerDay)} inserts, ${n(w.updatesPerDay)} updates, ${n(w.idxScansPerDay)} index scans${w.detail ? `; ${visible(w.detail)}` : ''}`));
    app.destroy();
  }
  // the Elasticsearch finding as a reader sees it
  const { app } = await mountDetails(finding(ES));
  expect(items('.o_pgcap_models')).toEqual(['product.template Table product_template: data goes both ways between it and the store. Fields: list_price, name.']);
  expect(items('.o_pgcap_paths')).toEqual(expect.arrayContaining([
    expect.stringMatching(/^ProductTemplate\._reindex_all: cron 'Reindex products in Elasticsearch' \(search_elastic_products\/data\/ir_cron\.xml:3\), every day\. Written [\w ]+\.Open the scheduled action$/),
  ]));
  expect(items('.o_pgcap_workload')[0]).toMatch(/^product_template: \d,\d{3} rows, \d+ kB; per day: /);
  expect($$('.o_pgcap_finding_details h5').map(read)).toEqual(['Why this verdict', 'Models', 'Where the store is written', 'Rebuild from PostgreSQL', 'Evidence', 'Workload of the tables']);
  app.destroy();
});

/** A size as the overview writes it (l10n.ts): the largest unit under 1024, one decimal under 10. */
function sizeOf(bytes: number | null): string {
  if (bytes == null) return '?';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < 4) { v /= 1024; u += 1; }
  return `${u === 0 ? Math.round(v).toLocaleString('en-US') : v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

test('numbers follow the user\'s language (French groups digits with a narrow space)', async () => {
  setLocalization({ code: 'fr_FR', thousandsSep: '\u202f', decimalPoint: ',' });
  const w = finding(ES).workload[0]!;
  const { app } = await mountDetails(finding(ES));
  const rows = String(w.rows).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  expect(rows).toMatch(/^\d\u202f\d{3}$/);
  expect(items('.o_pgcap_workload')[0]).toContain(`product_template: ${rows} rows, `);
  app.destroy();
});

test('a model opens its ir.model form and a scheduled action its ir.cron form, the ids found by name', async () => {
  const records = { 'ir.model': { 'product.template': 42 }, 'ir.cron': { 'Reindex products in Elasticsearch': 7, 'Reconcile the product index': 8 } };
  const { app, searches, action, notification } = await mountDetails(finding(ES), { records });
  $$('.o_pgcap_open_model')[0]!.click();
  await tick();
  for (const link of $$('.o_pgcap_open_cron')) {
    link.click();
    await tick();
  }
  expect(searches).toEqual([
    { model: 'ir.model', method: 'search', args: [[['model', '=', 'product.template']]], kwargs: { limit: 1, context: { active_test: false } } },
    { model: 'ir.cron', method: 'search', args: [[['cron_name', '=', 'Reindex products in Elasticsearch']]], kwargs: { limit: 1, context: { active_test: false } } },
    { model: 'ir.cron', method: 'search', args: [[['cron_name', '=', 'Reconcile the product index']]], kwargs: { limit: 1, context: { active_test: false } } },
  ]);
  const form = (model: string, id: number) => ({ type: 'ir.actions.act_window', res_model: model, res_id: id, views: [[false, 'form']], target: 'current' });
  expect(action.calls).toEqual([form('ir.model', 42), form('ir.cron', 7), form('ir.cron', 8)]);
  expect(notification.add).not.toHaveBeenCalled();
  // only a cron's path has the link
  expect($$('.o_pgcap_paths > li').filter((li) => li.querySelector('.o_pgcap_open_cron')).length).toBe(finding(ES).paths.filter((p) => p.trigger === 'cron').length);
  app.destroy();
});

test('a model or scheduled action not in this database is said so, and nothing opens', async () => {
  const { app, action, notification } = await mountDetails(finding(ES), { records: {} });
  $$('.o_pgcap_open_model')[0]!.click();
  await tick();
  $$('.o_pgcap_open_cron')[0]!.click();
  await tick();
  expect(action.calls).toEqual([]);
  expect(notification.add.mock.calls).toEqual([
    ['The model product.template is not in this database.', { type: 'warning' }],
    ['No scheduled action named Reindex products in Elasticsearch is in this database.', { type: 'warning' }],
  ]);
  app.destroy();
});

/** Every string of a finding as the widget shows data: invisible characters made visible, file:line,
 * a model's fields joined. */
function dataTexts(f: Finding): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(visible(v).trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.file === 'string' && typeof o.line === 'number') out.add(visible(`${o.file}:${o.line}`));
      if (Array.isArray(o.fields)) out.add(visible(o.fields.join(', ')));
      Object.values(o).forEach(walk);
    }
  };
  walk(f);
  return out;
}

test('every label goes through _t: the template\'s texts (OWL\'s translateFn, Odoo\'s _t) and the sentences of the code; the data as it is', async () => {
  const mark = (s: string) => `⟦${s}⟧`;
  setTranslator(mark);
  for (const id of [ES, REDIS]) {
    const f = finding(id);
    const data = dataTexts(f);
    const { app, root } = await mountDetails(f, { translateFn: mark });
    const unmarked: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let labels = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent!.trim();
      if (!text || /^[():;,.\s]+$/.test(text)) continue;
      if (/^⟦[\s\S]*⟧$/.test(text)) labels++;
      else if (!data.has(text)) unmarked.push(text);
    }
    expect(unmarked).toEqual([]);
    // headings, the holds labels, "none found", the workload sentence, the cron link: all marked
    expect(labels).toBeGreaterThanOrEqual(f.reasons.length + 6);
    expect($$('.o_pgcap_workload > li')[0]!.textContent).toMatch(/⟦\S+ rows, /);
    app.destroy();
  }
});

test('a sentence is translated whole, its values put in the translation\'s placeholders', async () => {
  const fr: Record<string, string> = {
    'Yes.': 'Oui.',
    '%(rows)s rows, %(size)s; per day: %(inserts)s inserts, %(updates)s updates, %(reads)s index scans':
      'par jour : %(reads)s parcours d\'index, %(inserts)s insertions, %(updates)s mises à jour ; %(rows)s lignes, %(size)s',
    'The model %(model)s is not in this database.': 'Le modèle %(model)s n\'est pas dans cette base.',
  };
  setTranslator((s) => fr[s] ?? s);
  const templates: Record<string, string> = { 'Why this verdict': 'Pourquoi ce verdict', 'Workload of the tables': 'Charge des tables' };
  const f = finding(ES);
  const { app, notification } = await mountDetails(f, { translateFn: (s) => templates[s] ?? s });
  expect($$('.o_pgcap_finding_details h5').map(read)).toEqual(expect.arrayContaining(['Pourquoi ce verdict', 'Charge des tables']));
  expect(items('.o_pgcap_reasons').filter((t) => t.includes(' Oui. ')).length).toBe(f.reasons.filter((r) => r.holds === true).length);
  expect(items('.o_pgcap_workload')[0]).toMatch(/^product_template: par jour : \? parcours d'index, \? insertions, \? mises à jour ; \d,\d{3} lignes, \d+ kB; /);
  $$('.o_pgcap_open_model')[0]!.click();
  await tick();
  expect(notification.add).toHaveBeenCalledWith('Le modèle product.template n\'est pas dans cette base.', { type: 'warning' });
  app.destroy();
});

test('no details, no reason, no evidence: each says so, and the parts a finding lacks are left out', async () => {
  let { app } = await mountDetails(false);
  expect(read(document.querySelector('.o_pgcap_finding_details')!)).toBe('No details were stored for this finding.');
  app.destroy();
  const bare: Finding = { ...finding(ES), reasons: [], models: [], paths: [], rebuild: null, evidence: [], workload: [] } as unknown as Finding;
  ({ app } = await mountDetails(bare));
  expect(read(document.querySelector('.o_pgcap_finding_details')!)).toBe('Why this verdict The report gives no reason. Evidence No evidence was kept.');
  app.destroy();
});

test('hostile text in a finding stays text, its invisible characters shown', async () => {
  const f: Finding = JSON.parse(JSON.stringify(finding(ES)));
  f.reasons[0]!.text = 'evil\u202E<img src=x onerror=alert(1)>';
  f.models[0]!.model = 'x\u200B<script>alert(1)</script>';
  f.evidence[0]!.snippet = '<b>bold</b>\u2066';
  const { app, root } = await mountDetails(f, { records: { 'ir.model': {} } });
  expect(root.querySelector('img, script, code *')).toBeNull();
  expect(items('.o_pgcap_reasons')[0]).toContain('evil<U+202E><img src=x onerror=alert(1)>');
  expect($$('.o_pgcap_open_model').map(read)).toEqual(['x<U+200B><script>alert(1)</script>']);
  expect(items('.o_pgcap_evidence')[0]).toContain('<b>bold</b><U+2066>');
  expect(root.textContent).not.toMatch(/[\u202E\u200B\u2066]/);
  // a long word breaks instead of pushing the form sideways
  expect(root.classList.contains('text-break')).toBe(true);
  app.destroy();
});

test('registered as the field widget of a Json field, and named so by the finding\'s form', () => {
  expect(registry.category('fields').get('pgcap_finding_details')).toEqual({ component: FindingDetails, supportedTypes: ['json'] });
  const views = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/views/pg_capabilities_finding_views.xml'), 'utf8');
  expect(views).toContain('<field name="details" widget="pgcap_finding_details" nolabel="1"/>');
  expect(DETAILS_TEMPLATES).toContain('t-name="pg_capabilities.FindingDetails"');
  expect(cronName({ method: 'M.x', model: 'm', trigger: 'cron', detail: "cron 'Reindex products' (data/ir_cron.xml:4), every 1 days", timing: 'unknown', evidence: [] })).toBe('Reindex products');
  expect(cronName({ method: 'M.write', model: 'm', trigger: 'write', detail: "cron 'Reindex products' (data/ir_cron.xml:4)", timing: 'unknown', evidence: [] })).toBeNull();
});

test('a finding\'s "Replace with" is the capability\'s title as the overview shows it: translated in French, the report\'s English otherwise', async () => {
  expect(registry.category('fields').get('pgcap_catalog_label')).toEqual({ component: CatalogLabelField, supportedTypes: ['char'] });
  const views = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/views/pg_capabilities_finding_views.xml'), 'utf8');
  const list = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/models/pg_capabilities_finding.py'), 'utf8');
  for (const arch of [views, list]) expect(arch).toContain('<field name="recommendation_title" widget="pgcap_catalog_label"/>');
  const mount = async (value: unknown) => {
    document.body.innerHTML = '<div id="root"></div>';
    const app = new App(CatalogLabelField, { env: {}, props: { record: { data: { recommendation_title: value } }, name: 'recommendation_title' }, templates: DETAILS_TEMPLATES, test: true });
    await app.mount(document.getElementById('root')!);
    return app;
  };
  // the French of the module's own .po, under the catalog's context
  const po = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/i18n/fr.po'), 'utf8');
  const french = (term: string) => {
    const entry = `\nmsgid ${JSON.stringify(term)}\nmsgstr "`;
    const at = po.indexOf(entry);
    return at < 0 ? term : po.slice(at + entry.length, po.indexOf('"\n', at + entry.length));
  };
  setTranslator(french);
  let app = await mount('jsonb columns');
  expect(document.querySelector('.o_pgcap_catalog_label')!.textContent).toBe('Colonnes jsonb');
  app.destroy();
  // a title the catalog does not know, hostile text, nothing: as it is, inert
  app = await mount('Not a catalog title <img src=x onerror=alert(1)>\u202E');
  expect(document.querySelector('.o_pgcap_catalog_label')!.textContent).toBe('Not a catalog title <img src=x onerror=alert(1)><U+202E>');
  expect(document.querySelector('#root img')).toBeNull();
  app.destroy();
  app = await mount(false);
  expect(document.querySelector('.o_pgcap_catalog_label')!.textContent).toBe('');
  app.destroy();
  setTranslator(null);
  app = await mount('jsonb columns');
  expect(document.querySelector('.o_pgcap_catalog_label')!.textContent).toBe('jsonb columns');
  app.destroy();
});
