// The engagement report read as the client reads it: on the demo's database (a real PostgreSQL
// shaped like Odoo 17) and the fixture addons, each sentence true for this audit, every figure in
// the reader's locale, no internal identifier in the prose, tables readable on A4.
import fs from 'node:fs';
import path from 'node:path';
import { collectSnapshot } from '../static_src/cli/collect';
import type { Block, EngagementDocument, Inline } from '../static_src/core/document-types';
import { buildEngagement } from '../static_src/core/engagement';
import { toHtml } from '../static_src/core/export/html';
import { buildReport } from '../static_src/core/report';
import type { Report } from '../static_src/core/report-types';
import { freshDatabase } from './support/db';
import { FIXTURE_ADDONS } from './support/fixtures';

const SETUP = fs.readFileSync(path.join(__dirname, 'fixtures/demo/odoo17-sample.sql'), 'utf8');
const AT = '2026-12-01T05:25:00.000Z';
let report: Report;

beforeAll(async () => {
  const url = await freshDatabase('pgcap_engagement_client', SETUP);
  const snap = await collectSnapshot({ db: url, addons: [FIXTURE_ADDONS] });
  report = buildReport({ ...snap, collectedAt: AT });
}, 60_000);

const plain = (runs: Inline) => runs.map((r) => r.t).join('');
const copy = (r: Report): Report => JSON.parse(JSON.stringify(r));
const en = (r: Report = report) => buildEngagement(r, { locale: 'en', timeZone: 'UTC' });
function section(doc: EngagementDocument, title: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const level = (doc.blocks[start] as { level: number }).level;
  const end = doc.blocks.findIndex((b, i) => i > start && ((b.kind === 'heading' && b.level <= level) || b.kind === 'page_break'));
  return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}
const listItems = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'list' ? b.items.map(plain) : []));

test('HTML tables wrap identifiers at _ . / and not inside words, so that an A4 column stays readable', () => {
  const html = toHtml(report, { locale: 'en', timeZone: 'UTC' });
  // the jsonb table's first column: a table name broken only after its underscores
  expect(html).toContain('<td>account_<wbr>move_<wbr>line</td>');
  // a state word is never split: no break opportunity inside it, and cells do not wrap anywhere
  expect(html).toMatch(/<td>installed<\/td>/);
  expect(html).toContain('td,td code{overflow-wrap:normal;word-break:normal}');
  expect(html).not.toMatch(/td[^{}]*\{[^}]*overflow-wrap:anywhere/);
  // a long run without a break point still gets one every 20 characters (a hostile 200-character name)
  const r = copy(report);
  r.modules.find((m) => m.origin === 'third_party')!.name = 'x'.repeat(200);
  const long = toHtml(r, { locale: 'en', timeZone: 'UTC' });
  expect(long).toContain(`<td>${Array(10).fill('x'.repeat(20)).join('<wbr>')}</td>`);
});

test('a store\'s operational checklist is titled in words, not by the catalog\'s keys (pitr, version)', () => {
  const doc = en();
  const items = listItems(section(doc, 'MongoDB: what it adds to operations'));
  expect(items.map((x) => x.split(':')[0])).toEqual(['Backup', 'Monitoring', 'Credentials', 'Upgrades', 'Point-in-time recovery']);
  expect(items.join('\n')).not.toMatch(/^(pitr|backup|version):/m);
});

test('the summary counts listening sessions only as seen, when other roles\' sessions were not visible', () => {
  const r = copy(report);
  r.audit!.seesOtherSessions = false;
  r.audit!.visibilityReason = 'role auditor does not have the privileges of pg_monitor or pg_read_all_stats';
  r.source.role = 'auditor';
  const doc = en(r);
  const summary = plain((section(doc, 'Executive summary')[0] as { text: Inline }).text);
  expect(summary).toMatch(new RegExp(`with ${report.summary.listeners} listening sessions? seen \\(the sessions of roles other than auditor were not visible\\)`));
  // a superuser sees them all: no reservation
  const full = copy(report);
  full.audit!.seesOtherSessions = true;
  expect(plain((section(en(full), 'Executive summary')[0] as { text: Inline }).text)).not.toContain('were not visible');
});

test('the most serious dual write counts its entry paths as "at least" only when the evidence was capped', () => {
  const summary = plain((section(en(), 'Executive summary')[0] as { text: Inline }).text);
  const mongo = report.findings.find((f) => f.id === 'mongo_customer_profiles:mongodb')!;
  expect(mongo.dualWriteEvidence.length).toBe(6);
  expect(summary).toContain('at least 3 entry paths write both res.partner and MongoDB');
  const r = copy(report);
  r.findings.find((f) => f.id === 'mongo_customer_profiles:mongodb')!.dualWriteEvidence.splice(2);
  expect(plain((section(en(r), 'Executive summary')[0] as { text: Inline }).text)).toMatch(/: 1 entry path writes both res\.partner and MongoDB/);
});

test('an observation lists a file:line once, though it stands for two facts', () => {
  const f = report.findings.find((x) => x.id === 'search_elastic_products:elasticsearch')!;
  // the rebuild path searches and pushes on one line: two pieces of evidence, one place
  expect(f.rebuild!.paths.map((e) => `${e.file}:${e.line}`)).toEqual(['search_elastic_products/models/product_index.py:28', 'search_elastic_products/models/product_index.py:28']);
  const obs = listItems(en().blocks);
  expect(obs).toContain('Rebuilds the store from PostgreSQL: search_elastic_products/models/product_index.py:28');
});

test('the method counts the probes that ran, and says how many were not run', () => {
  const probes = report.audit!.probes;
  const ran = probes.filter((p) => p.status === 'ok' || p.status === 'error').length;
  expect(ran).toBeLessThan(probes.length); // pg_stat_statements and vector are not installed on the test server
  const method = listItems(section(en(), 'Method'))[0]!;
  expect(method).toContain(`The database was read, never written: ${ran} probes of the catalog (${probes.length - ran} more not run, see Probes below), each in a READ ONLY transaction`);
});

test('a size threshold reads as its source says ("around 100 GB"), in the binary units sizes are shown in', () => {
  const doc = en();
  const conclusion = listItems(doc.blocks).find((x) => x.startsWith('Workload beyond what PostgreSQL does well? no: product_template:') && x.includes('kB'))!;
  expect(conclusion).toContain('threshold 100 GB; source: Around 100 GB');
  expect(conclusion).not.toMatch(/\b93 GB/);
});

test('the demo database names the model of every jsonb column it holds (product_pricelist.name is product.pricelist\'s)', () => {
  const jsonb = report.capabilities.find((c) => c.id === 'jsonb')!;
  const row = jsonb.items.find((i) => i.table === 'product_pricelist' && i.column === 'name')!;
  expect(row).toMatchObject({ model: 'product.pricelist', field: 'name' });
  // no table is attributed to ir.model but its own
  expect(jsonb.items.filter((i) => i.model === 'ir.model').map((i) => i.table)).toEqual(['ir_model']);
});

test('pgcap diff speaks the reader\'s words: dates, capability titles, figure names, origins, field names', () => {
  const { diffReports, diffToMarkdown } = require('../static_src/core/diff') as typeof import('../static_src/core/diff');
  const after = copy(report);
  after.source.collectedAt = '2026-12-08T09:30:00.000Z';
  const trgm = after.capabilities.find((c) => c.id === 'trigram')!;
  trgm.items = trgm.items.slice(1);
  after.summary.trigramIndexes -= 1;
  after.summary.jsonbBytes += 2048;
  after.modules.push({ ...after.modules.find((m) => m.origin === 'third_party')!, name: 'sale_extra', origin: 'third_party' });
  after.findings.find((f) => f.id === 'search_elastic_products:elasticsearch')!.dualWrite = false;
  const md = diffToMarkdown(diffReports(report, after));
  expect(md).toContain('From December 1, 2026, 05:25 UTC (pgcap_engagement_client) to December 8, 2026, 09:30 UTC (pgcap_engagement_client).');
  expect(md).toContain('- Trigram indexes (pg_trgm): 2 → 1 items');
  expect(md).toMatch(/- \*\*new\*\* sale_extra \S+ \(third party, installed\)/);
  expect(md).toMatch(/search_elastic_products → elasticsearch: dual write yes → no/);
  expect(md).toContain('| trigram indexes | 2 | 1 |');
  expect(md).toMatch(/\| jsonb data \(estimated size\) \| \d+ kB \| \d+ kB \|/);
  expect(md).not.toMatch(/trigramIndexes|jsonbBytes|third_party|dualWrite|T\d\d:\d\d:\d\d/);
});
