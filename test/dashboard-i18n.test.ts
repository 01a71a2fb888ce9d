/**
 * @jest-environment jsdom
 */
// The module's translations against the sources: every _t("...") literal of the dashboard and
// every catalog label the dashboard translates at run time is a term of i18n/pg_capabilities.pot
// (what Odoo's extractor found, npm run i18n); the French .po translates every term, keeps its
// placeholders, and holds no fuzzy or obsolete entry; rendered with the French .po, the overview
// and a finding's details leave no term untranslated.
import { App } from '@odoo/owl';
import fs from 'node:fs';
import path from 'node:path';
import { diffReports } from '../static_src/core/diff';
import { buildReport } from '../static_src/core/report';
import type { Report } from '../static_src/core/report-types';
import { conditionText } from '../static_src/core/verdict-labels';
import { toDashboardData, type AuditMeta } from '../static_src/dashboard/contract';
import { dataSource } from '../static_src/dashboard/dashboard';
import { FindingDetails } from '../static_src/dashboard/finding-details';
import { conditionQuestion } from '../static_src/dashboard/labels';
import { $, tick } from './support/dom';
import { demoReport } from './support/judged';
import { setTranslator } from './support/odoo-web/translation';
import { AUDIT, mountOverview, ROOT, SNAPSHOT } from './support/overview';

const I18N = path.join(ROOT, 'odoo_addon/pg_capabilities/i18n');
/** Written by npm run build (build/dashboard.mjs; test/bundle.test.ts fails when it is stale). */
const CATALOG_TERMS = path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/i18n/catalog_terms.js');
/** The catalog's labels, as the terms file lists them ("catalog|<label>", labels.ts catalogLabel). */
const catalogKeys = (): string[] => [...fs.readFileSync(CATALOG_TERMS, 'utf8').matchAll(/^_t\((".*")\);$/gm)].map((m) => JSON.parse(m[1]!) as string);
const catalogTerms = (): string[] => catalogKeys().map((k) => k.replace(/^catalog\|/, ''));

interface Entry { msgid: string; msgstr: string; comments: string[]; fuzzy: boolean }

/** The entries of a .po/.pot file (the header and obsolete #~ entries left out). */
function readPo(file: string): { entries: Entry[]; obsolete: number } {
  const text = fs.readFileSync(file, 'utf8');
  const unquote = (lines: string[]) => lines.map((l) => JSON.parse(l.replace(/^(msgid|msgstr) /, ''))).join('');
  const entries: Entry[] = [];
  let obsolete = 0;
  for (const block of text.split(/\n\n+/)) {
    const lines = block.split('\n').filter(Boolean);
    if (lines.some((l) => l.startsWith('#~'))) { obsolete += 1; continue; }
    const id = lines.findIndex((l) => l.startsWith('msgid '));
    const str = lines.findIndex((l) => l.startsWith('msgstr '));
    if (id < 0 || str < 0) continue;
    const msgid = unquote(lines.slice(id, str));
    if (!msgid) continue;
    entries.push({ msgid, msgstr: unquote(lines.slice(str)), comments: lines.slice(0, id), fuzzy: lines.some((l) => /^#,.*\bfuzzy\b/.test(l)) });
  }
  return { entries, obsolete };
}

const pot = readPo(path.join(I18N, 'pg_capabilities.pot'));
const fr = readPo(path.join(I18N, 'fr.po'));
const FR = new Map(fr.entries.filter((e) => e.msgstr && !e.fuzzy).map((e) => [e.msgid, e.msgstr]));

/** The string literals of the _t("...") calls in the dashboard's TypeScript. */
function tLiterals(): string[] {
  const dir = path.join(ROOT, 'static_src/dashboard');
  const out = new Set<string>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/\b_t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
      const lit = m[1]!;
      out.add(lit.startsWith("'") ? JSON.parse(`"${lit.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) : JSON.parse(lit));
    }
  }
  return [...out].sort();
}

afterEach(() => {
  setTranslator(null);
  document.body.innerHTML = '';
});

test('every _t("...") literal of the dashboard and every catalog label is a JavaScript term of the .pot', () => {
  const js = new Set(pot.entries.filter((e) => e.comments.includes('#. odoo-javascript')).map((e) => e.msgid));
  const literals = tLiterals();
  expect(literals.length).toBeGreaterThan(150);
  expect(literals.filter((t) => !js.has(t))).toEqual([]);
  expect(catalogKeys().filter((t) => !js.has(t))).toEqual([]);
});

test('the catalog terms file names every capability title, column label and part a report shows', () => {
  const terms = new Set(catalogTerms());
  expect(terms.size).toBeGreaterThan(40);
  const empty = { ...SNAPSHOT, probes: [], scan: null } as typeof SNAPSHOT;
  for (const report of [buildReport(SNAPSHOT), buildReport(empty), demoReport()]) {
    const shown = report.capabilities.flatMap((c) => [c.title, ...c.columns.map((col) => col.label), ...c.parts.map((p) => p.part)]);
    expect(shown.filter((t) => !terms.has(t))).toEqual([]);
  }
});

test('the French .po translates every term of the .pot, keeps its placeholders, and carries nothing stale', () => {
  const ids = new Set(pot.entries.map((e) => e.msgid));
  expect(pot.entries.length).toBeGreaterThan(200);
  expect(pot.entries.filter((e) => !FR.has(e.msgid)).map((e) => e.msgid)).toEqual([]);
  expect(fr.entries.filter((e) => !ids.has(e.msgid)).map((e) => e.msgid)).toEqual([]);
  expect(fr.entries.filter((e) => e.fuzzy).map((e) => e.msgid)).toEqual([]);
  expect(fr.obsolete).toBe(0);
  const placeholders = (s: string) => (s.match(/%\([a-z_]+\)[sd]|%[sd]/g) ?? []).sort();
  expect(fr.entries.filter((e) => placeholders(e.msgid).join() !== placeholders(e.msgstr).join()).map((e) => [e.msgid, e.msgstr])).toEqual([]);
});

test('a reason\'s question is core\'s, word for word', () => {
  for (const c of ['role', 'dual_write', 'rebuild', 'reads_back', 'workload', 'reconciliation', 'ttl', 'invalidation', 'something_new']) {
    expect(conditionQuestion(c)).toBe(conditionText(c));
  }
});

/** Text nodes and labelling attributes of root that a translator never saw (data marked o_pgcap_d and code aside). */
function missing(root: HTMLElement, mark: RegExp): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent!.trim();
    if (!text || /^[—·:;,.()/\-–→\s]+$/.test(text)) continue;
    if (n.parentElement!.closest('.o_pgcap_d, .breadcrumb, code')) continue;
    if (!mark.test(text)) out.push(text);
  }
  return out;
}

/** The French .po as the translator; a term it does not translate comes out marked ⟪…⟫. */
const french = (s: string) => FR.get(s) ?? (/\p{L}/u.test(s) ? `⟪${s}⟫` : s);

test('rendered with the French .po, the overview shows no term the .po leaves untranslated', async () => {
  const now = buildReport(SNAPSHOT);
  const before: Report = JSON.parse(JSON.stringify(now));
  before.findings.splice(0, 1);
  before.findings.find((f) => f.section === 'findings')!.verdict = 'review';
  before.capabilities.find((c) => c.id === 'jsonb')!.items.pop();
  const previous: AuditMeta = { ...AUDIT, id: 0, collected_at: '2026-01-08 09:30:00' };
  dataSource.acquire = async () => toDashboardData(now, AUDIT, previous, diffReports(before, now));
  setTranslator(french);
  const { app } = await mountOverview({}, { translateFn: french, props: { action: { context: { params: { pgcap_unused: '1' } } } } });
  $('.o_pgcap_store_toggle')!.click();
  await tick();
  // a capability's description is core's report text, English by design (_t finds no translation)
  const english = new Set(now.capabilities.map((c) => `⟪${c.description}⟫`));
  const untranslated = [...document.body.textContent!.matchAll(/⟪[^⟫]*⟫/g)].map((m) => m[0]).filter((t) => !english.has(t));
  expect(untranslated).toEqual([]);
  expect($('.o_pgcap_section_inventory .o_pgcap_section_toggle')!.textContent!.trim()).toBe('Inventaire des stockages');
  expect($('.o_pgcap_cap_jsonb h3')!.textContent).toBe(FR.get('catalog|jsonb columns'));
  app.destroy();
});

test('a finding\'s details: every label goes through _t, and in French no term is left untranslated', async () => {
  const finding = demoReport().findings.find((f) => f.id === 'mongo_customer_profiles:mongodb')!;
  const templates = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/finding_details.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');
  const services = { orm: { call: jest.fn() }, action: { doAction: jest.fn() }, notification: { add: jest.fn() } };
  for (const [translate, mark] of [[(s: string) => `⟦${s}⟧`, /⟦[\s\S]*⟧/], [french, /^/]] as const) {
    setTranslator(translate);
    document.body.innerHTML = '<div id="root"></div>';
    const app = new App(FindingDetails, { env: { services }, props: { record: { data: { details: finding } }, name: 'details' }, templates, test: true, translateFn: translate });
    await app.mount(document.getElementById('root')!);
    const root = $('.o_pgcap_finding_details')!;
    expect(root.querySelectorAll('.o_pgcap_reasons > li').length).toBeGreaterThan(0);
    if (translate === french) {
      expect(root.innerHTML.match(/⟪[^⟫]*⟫/g) ?? []).toEqual([]);
      expect(root.textContent).toContain(FR.get('Why this verdict'));
    } else {
      expect(missing(root, mark)).toEqual([]);
    }
    app.destroy();
  }
});
