// The engagement report (core/engagement.ts) on reports judged end to end: pgcap's collector reads
// a real PostgreSQL database shaped like Odoo's and the fixture addons, core judges them, and the
// document says what a consultant hands over: first page, executive summary, next steps, findings,
// appendix; in the reader's locale and time zone; never an absolute path of the auditor's machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectSnapshot } from '../static_src/cli/collect';
import { scanAddons } from '../static_src/cli/scanner';
import type { Block, EngagementDocument, Inline } from '../static_src/core/document-types';
import { buildEngagement } from '../static_src/core/engagement';
import { exportReport } from '../static_src/core/export';
import { buildReport } from '../static_src/core/report';
import type { Report } from '../static_src/core/report-types';
import { SNAPSHOT_SCHEMA } from '../static_src/core/snapshot';
import { freshDatabase } from './support/db';
import { FIXTURE_ADDONS } from './support/fixtures';

/** The demo's database shaped like Odoo 17 (pgcap demo loads the same file). */
const SETUP = fs.readFileSync(path.join(__dirname, 'fixtures/demo/odoo17-sample.sql'), 'utf8');

const AT = '2026-12-01T05:25:00.000Z';
let report: Report;

beforeAll(async () => {
  const url = await freshDatabase('pgcap_engagement', SETUP);
  const snap = await collectSnapshot({ db: url, addons: [FIXTURE_ADDONS] });
  expect(snap.database!.probes.find((p) => p.id === 'odoo_modules')?.status).toBe('ok');
  report = buildReport({ ...snap, collectedAt: AT });
}, 60_000);

const plain = (runs: Inline) => runs.map((r) => r.t).join('');
const copy = (r: Report): Report => JSON.parse(JSON.stringify(r));
function section(doc: EngagementDocument, title: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const level = (doc.blocks[start] as { level: number }).level;
  const end = doc.blocks.findIndex((b, i) => i > start && ((b.kind === 'heading' && b.level <= level) || b.kind === 'page_break'));
  return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}
const summaryText = (doc: EngagementDocument) => plain((section(doc, 'Executive summary')[0] as { text: Inline }).text);
const steps = (doc: EngagementDocument) => ((section(doc, 'Next steps')[0] as { items: Inline[] }).items ?? []).map(plain);

test('the first page: who/what/when, scope, what could not be checked, summary, next steps, then a page break', () => {
  const doc = buildEngagement(report, { locale: 'en', timeZone: 'UTC' });
  const heads = doc.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind));
  expect(heads.slice(0, 9)).toEqual(['facts', 'Scope', 'facts', 'What could not be checked', 'list', 'Executive summary', 'paragraph', 'Next steps', 'list']);
  expect(heads[9]).toBe('page_break');
  const facts = (doc.blocks[0] as Extract<Block, { kind: 'facts' }>).items.map((i) => [i.term, plain(i.value)]);
  expect(facts).toEqual(expect.arrayContaining([
    ['Database', 'pgcap_engagement'], ['Odoo version', '17.0'], ['Collected', 'December 1, 2026, 05:25 UTC'],
    ['Statistics window', expect.stringMatching(/^counters since December 1, 2026 \(0 days before the audit\)$|never reset/)],
  ]));
  expect(facts.find(([t]) => t === 'PostgreSQL version')![1]).toBe(report.source.serverVersion);
  const scope = (doc.blocks[2] as Extract<Block, { kind: 'facts' }>).items.map((i) => plain(i.value));
  expect(scope[0]).toBe(`addons: ${report.summary.modulesScanned} modules and ${report.summary.filesScanned} files read`);
  expect(scope[1]).toBe(`12 modules installed in this database: 0 custom, 4 third party, 0 OCA, 8 Odoo's own`);
  // pg_stat_statements is not installed on the test server: SKIP LOCKED queues could not be checked, and it says why
  const gaps = (doc.blocks[4] as Extract<Block, { kind: 'list' }>).items.map(plain);
  for (const c of report.capabilities.filter((x) => x.status === 'not_checked')) expect(gaps.join('\n')).toContain(c.title);
});

test('the executive summary: three to six sentences, each true of this report and scoped to its database', () => {
  const doc = buildEngagement(report, { locale: 'en', timeZone: 'UTC' });
  const text = summaryText(doc);
  const sentences = text.split(/(?<=\.) (?=[A-Z0-9])/);
  expect(sentences.length).toBeGreaterThanOrEqual(3);
  expect(sentences.length).toBeLessThanOrEqual(6);
  const s = report.summary;
  const inUse = report.capabilities.filter((c) => c.status === 'in_use');
  expect(sentences[0]).toContain(`In database pgcap_engagement, PostgreSQL already does ${s.capabilitiesInUse} of the ${s.capabilitiesKnown} things`);
  for (const c of inUse) expect(sentences[0]).toContain(c.title);
  expect(sentences[0]).toContain(`${s.jsonbColumns} jsonb column`);
  const main = report.findings.filter((f) => f.section === 'findings');
  const stores = new Set(main.map((f) => f.storeTitle));
  expect(text).toContain(`${stores.size} second stores are used in modules that run in this database`);
  expect(text).toContain(`${s.verdicts.refuse} to refuse, ${s.verdicts.replace} to replace with PostgreSQL, ${s.verdicts.keep} to keep and ${s.verdicts.review} to review`);
  // the most serious dual write: the worst verdict's, at a place its evidence names
  const worst = main.filter((f) => f.dualWrite).sort((a, b) => ['keep', 'replace', 'review', 'refuse'].indexOf(b.verdict) - ['keep', 'replace', 'review', 'refuse'].indexOf(a.verdict))[0]!;
  expect(worst.module).toBe('mongo_customer_profiles');
  const m = /The most serious of (\d+) dual writes is in (\S+) \(Refuse, critical\): .* the first at (\S+):(\d+);/.exec(text)!;
  expect(m).not.toBeNull();
  expect([Number(m[1]), m[2]]).toEqual([s.dualWrites, worst.module]);
  expect(worst.dualWriteEvidence.some((e) => e.file === m[3] && e.line === Number(m[4]))).toBe(true);
});

test('next steps: refusals with a dual write first, replacements whose capability is in use before the others, each with effort and risk', () => {
  const doc = buildEngagement(report, { locale: 'en', timeZone: 'UTC' });
  const list = steps(doc);
  const main = report.findings.filter((f) => f.section === 'findings');
  expect(list[0]).toMatch(/^Stop the dual write to MongoDB in mongo_customer_profiles: move its data into PostgreSQL \(jsonb columns\) \(finding 1\)\./);
  const replaceAt = (f: (typeof main)[number]) => list.findIndex((x) => x.startsWith(`Replace ${f.storeTitle} in ${f.module}`));
  const replaced = main.filter((f) => f.verdict === 'replace');
  expect(replaced.length).toBeGreaterThan(0);
  for (const a of replaced.filter((f) => f.recommendation.inUseHere)) {
    expect(list[replaceAt(a)]).toContain(`with ${a.recommendation.title}, already in use in this database`);
    expect(list[replaceAt(a)]).toContain('Effort: low: PostgreSQL already does this here.');
    for (const b of replaced.filter((f) => !f.recommendation.inUseHere)) expect(replaceAt(a)).toBeLessThan(replaceAt(b));
  }
  for (const step of list) expect(step).toMatch(/ Effort: [^.]+.* Risk: .+\.$/);
  // what could not be checked comes after the findings, with its reason
  const gap = report.capabilities.find((c) => c.status === 'not_checked');
  if (gap) expect(list.find((x) => x.startsWith('Check what could not be checked'))).toContain(gap.title);
});

test('an accepted finding is marked, left out of the summary counts and of the next steps; an expired one counts again', () => {
  const r = copy(report);
  const mongo = r.findings.find((f) => f.id === 'mongo_customer_profiles:mongodb')!;
  mongo.acceptance = { status: 'accepted', reason: 'Migration planned in Q3', expires: '2027-06-30', by: 'CFO', source: '.pgcap-accept.yml:3' };
  const doc = buildEngagement(r, { locale: 'en', timeZone: 'UTC' });
  expect(summaryText(doc)).toContain('1 finding was accepted by the client and is not counted above');
  expect(summaryText(doc)).toContain(`${r.findings.filter((f) => f.section === 'findings').length - 1} findings: 0 to refuse`);
  expect(steps(doc).join('\n')).not.toContain('mongo_customer_profiles');
  const md = exportReport(r, 'md', { locale: 'en', timeZone: 'UTC' });
  expect(md).toContain('**Accepted** by CFO until June 30, 2027: Migration planned in Q3 (`.pgcap-accept.yml:3`). Not counted in the summary.');
  // listed last, marked in the table
  expect(md).toMatch(/\| \*\*Refuse\*\* \(accepted\) \| critical \| mongo\\?_customer\\?_profiles \|/);
  mongo.acceptance = { ...mongo.acceptance, status: 'expired', expires: '2026-01-31' };
  const expired = buildEngagement(r, { locale: 'en', timeZone: 'UTC' });
  expect(summaryText(expired)).toContain('1 acceptance has expired, so its finding counts again');
  expect(steps(expired)[0]).toMatch(/^Stop the dual write to MongoDB in mongo_customer_profiles/);
  // absent or null: as before acceptances existed
  mongo.acceptance = null;
  expect(summaryText(buildEngagement(r, { locale: 'en', timeZone: 'UTC' }))).not.toMatch(/accepted|acceptance/);
});

test('numbers, sizes and dates in the reader\'s locale and time zone (en, fr)', () => {
  const en = exportReport(report, 'md', { locale: 'en', timeZone: 'UTC' });
  const fr = exportReport(report, 'md', { locale: 'fr', timeZone: 'Europe/Paris' });
  expect(en).toContain('December 1, 2026, 05:25 UTC');
  expect(fr).toContain('1 décembre 2026, 06:25 Europe/Paris (UTC+1)');
  // the workload table of the Elasticsearch finding: 1,500 rows (an estimate from pg_class)
  const rows = report.findings.find((f) => f.id === 'search_elastic_products:elasticsearch')!.workload[0]!.rows!;
  expect(rows).toBeGreaterThanOrEqual(1000);
  expect(en).toContain(`| \`product_template\` | ${rows.toLocaleString('en-US')} |`);
  expect(fr).toContain(`| \`product_template\` | ${rows.toLocaleString('fr')} |`);
  expect(rows.toLocaleString('fr')).toMatch(/^\d\u202f\d{3}$/u);
  // a size below 10 units keeps one decimal, in the locale's own mark (product_pricelist: one 8 kB page)
  expect(en).toMatch(/\| `product_pricelist` \| [\d,]+ \| 8\.0 kB \|/);
  expect(fr).toMatch(/\| `product_pricelist` \| [\d\u202f]+ \| 8,0 kB \|/);
  const html = exportReport(report, 'html', { locale: 'fr', timeZone: 'Europe/Paris' });
  expect(html).toContain('<html lang="fr">');
});

test('no absolute path of the auditor\'s machine, no home directory, in Markdown or HTML', () => {
  const r = copy(report);
  const home = os.homedir();
  const root = path.join(home, 'clients', 'acme', 'addons');
  r.source.addonsRoots = [root, '/srv/odoo/17/odoo/addons'];
  r.warnings.push({ level: 'warning', source: 'scan', message: `${root}/broken: permission denied` });
  r.skipped.push({ file: 'acme_x/data/big.csv', reason: `too large: ${root}/acme_x/data/big.csv` });
  for (const out of [exportReport(r, 'md', { timeZone: 'UTC' }), exportReport(r, 'html', { timeZone: 'UTC' }), exportReport(report, 'md'), exportReport(report, 'html')]) {
    expect(out).not.toContain(home);
    expect(out).not.toContain(FIXTURE_ADDONS);
    expect(out).not.toContain(path.dirname(FIXTURE_ADDONS));
    expect(out).not.toMatch(/\/(?:home|root|Users|srv|work)\//);
  }
  const md = exportReport(r, 'md', { timeZone: 'UTC' });
  expect(md).toContain('- **Addons folders:** `acme/addons`, `odoo/addons`');
  expect(md).toContain('acme/addons/broken: permission denied');
});

test('no internal id in the prose: capability, status, role and origin ids stay out of running text', () => {
  const md = exportReport(report, 'md', { locale: 'en', timeZone: 'UTC' });
  const prose = md.replace(/(`+)[^`]*?\1/g, '');
  const ids = /.{0,60}\b(?:unlogged_tables|skip_locked|in_use|not_in_use|not_checked|third_party|not_installed|after_commit|in_transaction|server_action)\b.{0,60}/g;
  expect(prose.match(ids)).toBeNull();
  expect(prose).not.toMatch(/\b(?:unlogged_tables|skip_locked|in_use|not_in_use|not_checked|third_party|not_installed|after_commit|in_transaction|server_action)\b/);
  const doc = buildEngagement(report, { locale: 'en', timeZone: 'UTC' });
  const findingHeads = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 3 && /^\d+\. /.test(b.text)).map((b) => (b as { text: string }).text);
  expect(findingHeads[0]).toBe('1. Refuse: mongo_customer_profiles → MongoDB');
  for (const f of report.findings.filter((x) => x.section === 'findings')) {
    expect(md).toContain(`PostgreSQL capability: **${f.recommendation.title}**`);
  }
});

test('addons only (no database): the summary says what is unknown, the next steps ask for the database', () => {
  const r = buildReport({ schema: SNAPSHOT_SCHEMA, version: 3, collectedAt: AT, collector: { name: 'test', version: '0', runtime: 'jest' }, catalogVersion: 1, database: null, scan: scanAddons([FIXTURE_ADDONS]) });
  const doc = buildEngagement(r, { locale: 'en', timeZone: 'UTC' });
  expect(summaryText(doc)).toMatch(/^No database was audited, so which PostgreSQL capabilities are already in use is unknown/);
  expect(summaryText(doc)).toContain('used in the scanned modules (no database audited: installation not checked)');
  expect(steps(doc).some((x) => x.startsWith('Audit the database too'))).toBe(true);
  expect(doc.subtitle).toBe('Addons folders only · December 1, 2026, 05:25 UTC');
});

test('HTML prints: A4 pages numbered in their margins, page breaks where the document says, headers repeated, rows whole, nothing interactive', () => {
  const doc = buildEngagement(report, { locale: 'en', timeZone: 'UTC' });
  const html = exportReport(report, 'html', { locale: 'en', timeZone: 'UTC' });
  expect(html).toMatch(/@page\{size:A4;margin:[^;]+;/);
  expect(html).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages)');
  expect(html).toContain('thead{display:table-header-group}');
  expect(html).toContain('tr,dl.facts,li{break-inside:avoid}');
  expect(html.split('<div class="page-break"></div>').length - 1).toBe(doc.blocks.filter((b) => b.kind === 'page_break').length);
  expect(html).not.toMatch(/<(?:details|script|input|select|button|form)\b/i);
});
