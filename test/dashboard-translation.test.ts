/**
 * @jest-environment jsdom
 */
// Every label of the overview goes through Odoo's translation: _t in the TypeScript (the stand-in
// marks what it translated) and the templates' text nodes and translatable attributes (OWL's
// translateFn, which Odoo sets to _t). A page rendered with a marking translator shows no
// unmarked text but data (elements marked o_pgcap_d: names, figures, sentences of the report).
import { diffReports } from '../static_src/core/diff';
import { buildReport } from '../static_src/core/report';
import type { Report } from '../static_src/core/report-types';
import { toDashboardData, type AuditMeta } from '../static_src/dashboard/contract';
import { dataSource } from '../static_src/dashboard/dashboard';
import { $, tick } from './support/dom';
import { setTranslator } from './support/odoo-web/translation';
import { AUDIT, mountOverview, SNAPSHOT } from './support/overview';

const mark = (s: string) => `⟦${s}⟧`;
const original = { ...dataSource };

afterEach(() => {
  setTranslator(null);
  Object.assign(dataSource, original);
  document.body.innerHTML = '';
});

/** Text nodes and labelling attributes that reach a person and went through no translation. */
function untranslated(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent!.trim();
    const el = n.parentElement!;
    if (!text || /^[—·:;,.()/\-–→\s]+$/.test(text)) continue;
    if (el.closest('.o_pgcap_d, .breadcrumb')) continue; // data; the action's name (translated by the server)
    if (!/⟦[\s\S]*⟧/.test(text)) out.push(text);
  }
  for (const el of root.querySelectorAll('[title], [aria-label], [placeholder]')) {
    for (const attr of ['title', 'aria-label', 'placeholder']) {
      const v = el.getAttribute(attr);
      if (v && !v.includes('⟦')) out.push(`${attr}="${v}"`);
    }
  }
  return out;
}

test('with a marking translator, every visible label is marked: nothing escapes _t', async () => {
  const now = buildReport(SNAPSHOT);
  const before: Report = JSON.parse(JSON.stringify(now));
  before.findings.splice(0, 1);
  before.findings.find((f) => f.section === 'findings')!.verdict = 'review';
  before.capabilities.find((c) => c.id === 'jsonb')!.items.pop();
  before.channels = [];
  const previous: AuditMeta = { ...AUDIT, id: 0, collected_at: '2026-01-08 09:30:00' };
  dataSource.acquire = async () => toDashboardData(now, AUDIT, previous, diffReports(before, now));
  setTranslator(mark);
  const { app } = await mountOverview({}, { translateFn: mark, props: { action: { context: { params: { pgcap_unused: '1' } } } } });
  $('.o_pgcap_store_toggle')!.click();
  await tick();
  $('.o_pgcap_export_toggle')!.click(); // last: a click elsewhere closes the menu
  await tick();
  const missing = untranslated(document.body);
  expect(missing).toEqual([]);
  // and the page was not empty: sections, cards and tables were all there
  expect(document.querySelectorAll('.o_pgcap_card').length).toBeGreaterThan(10);
  expect(document.querySelector('.o_pgcap_changes_findings')).not.toBeNull();
  expect(document.querySelector('.o_pgcap_export_menu')).not.toBeNull();
  expect(document.querySelector('.o_pgcap_store_checklist')).not.toBeNull();
  app.destroy();
});

test('a sentence is translated whole, its values put in the translation\'s placeholders (French word order)', async () => {
  const fr: Record<string, string> = {
    'Stores to refuse': 'Stockages à refuser',
    '%(used)s of %(known)s': '%(used)s sur %(known)s',
    'Show the capabilities not in use (%(count)s).': 'Afficher les capacités non utilisées (%(count)s).',
    'Store inventory': 'Inventaire des stockages',
  };
  setTranslator((s) => fr[s] ?? s);
  const summary = buildReport(SNAPSHOT).summary;
  dataSource.acquire = async () => toDashboardData(buildReport(SNAPSHOT), AUDIT, null, null);
  const { app } = await mountOverview({}, { translateFn: (s) => fr[s] ?? s });
  expect($('.o_pgcap_card_refuse .o_pgcap_card_label')!.textContent).toBe('Stockages à refuser');
  expect($('.o_pgcap_card_capabilities .o_pgcap_card_value')!.textContent).toBe(`${summary.capabilitiesInUse} sur ${summary.capabilitiesKnown}`);
  expect($('.o_pgcap_toggle_unused')!.textContent).toMatch(/^Afficher les capacités non utilisées \(\d+\)\.$/);
  expect($('.o_pgcap_section_inventory .o_pgcap_section_toggle')!.textContent!.trim()).toBe('Inventaire des stockages');
  app.destroy();
});
