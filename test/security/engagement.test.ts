/**
 * @jest-environment jsdom
 */
// Attacks on the engagement report's new sections: the first page (database, role, versions),
// the summary and next steps (module names in prose), the module inventory (names, versions),
// a store's checklist, the acceptances read from a hostile .pgcap-accept.yml (reason, by, the
// file's path) and pgcap diff of hostile report JSON. In Markdown and HTML every datum stays text:
// no markup, link or autolink, no table broken, invisible characters shown, long values
// shortened, secrets redacted, no absolute path of the auditor's machine.
import fs from 'node:fs';
import path from 'node:path';
import { applyAcceptances, parseAcceptFile } from '../../static_src/core/accept';
import { diffReports, diffToHtml, diffToMarkdown } from '../../static_src/core/diff';
import { exportReport } from '../../static_src/core/export';
import { buildReport } from '../../static_src/core/report';
import type { Report } from '../../static_src/core/report-types';
import type { Snapshot } from '../../static_src/core/snapshot';
import { hostileSnapshot } from './hostile-snapshot';
import { htmlProblems, mdProblems, parseHtml } from './inert';

const DEMO: Snapshot = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/demo/snapshot.json'), 'utf8'));
const SECRET = 'hunter2-s3cr3t';
/** Markup, a Markdown link and autolink, a table break, bidi and zero-width characters, a secret. */
// (a URL glued to a word, as in "1.0redis://u:pw@h", is not redacted by the catalog's url_password rule:
// see the report; here the URL stands alone, as it does in code)
const PAYLOADS = [
  '<img src=x onerror=alert(1)><script>alert(1)</script>',
  '[click](javascript:alert(1)) ![i](http://evil.example/x.png) <http://evil.example> https://evil.example/a_b',
  '| a | b |\n| --- | --- |\n# heading\n> quote `tick` **bold** _em_ &amp; &#60;',
  'admin\u202Egnp.exe\u2066x\u200Bz\u0000\u001B[31m',
  ` redis://user:${SECRET}@cache.internal:6379/0 password=${SECRET} api_key="${SECRET}"`,
];
const FORMATS = [{ locale: 'en', timeZone: 'UTC' }, { locale: 'fr', timeZone: 'Europe/Paris' }];

/** A .pgcap-accept.yml whose reason and author carry p (as a JSON-quoted value, the file's own escapes). */
function acceptedReport(base: Report, p: string, source = '/home/auditor/clients/acme/.pgcap-accept.yml'): Report {
  const id = base.findings.find((f) => f.section === 'findings')!.id;
  const file = `- id: ${id}\n  reason: ${JSON.stringify(`${p} ${'long '.repeat(600)}`)}\n  by: ${JSON.stringify(p)}\n  expires: 2099-12-31\n`;
  return applyAcceptances(base, parseAcceptFile(file, source), new Date('2026-12-01T00:00:00Z'));
}

function hostileReport(p: string): Report {
  const r = buildReport(hostileSnapshot(p));
  // the module inventory's new columns and a checklist item the titles do not know
  for (const m of r.modules) Object.assign(m, { version: `1.0${p}`, lines: { python: 1, javascript: 2, xml: 3, other: 4 } });
  for (const x of r.inventory ?? []) x.checklist.push({ item: p, text: p });
  return acceptedReport(r, p);
}

function problems(md: string, html: string): string[] {
  const doc = parseHtml(html);
  const text = doc.body.textContent ?? '';
  return [
    ...mdProblems(md),
    ...htmlProblems(html),
    ...(md.includes(SECRET) || text.includes(SECRET) ? ['a secret reached the report'] : []),
    ...(md.includes('/home/auditor') || text.includes('/home/auditor') ? ['the auditor\'s home folder reached the report'] : []),
    ...(doc.querySelectorAll('a').length ? ['a link in the HTML'] : []),
  ];
}

describe.each(PAYLOADS)('attack: payload %j', (p) => {
  test.each(FORMATS)('attack: the first page, summary, next steps, inventories, acceptance and appendix stay inert (%j)', (opts) => {
    const r = hostileReport(p);
    const md = exportReport(r, 'md', opts);
    const html = exportReport(r, 'html', opts);
    expect(problems(md, html)).toEqual([]);
    // the acceptance is shown, shortened, and named by its file only
    const doc = parseHtml(html);
    const accepted = [...doc.querySelectorAll('p')].find((x) => x.textContent!.startsWith('Accepted by'))!;
    expect(accepted).toBeDefined();
    expect(accepted.textContent!.length).toBeLessThan(1200);
    expect(accepted.querySelector('code')!.textContent).toBe('.pgcap-accept.yml:1');
    expect(md).toMatch(/\(`\.pgcap-accept\.yml:1`\)/);
    // the hostile module name reaches the module inventory as one cell of its row
    expect(md.split('\n').filter((l) => l.startsWith('| ') && l.includes('1.0')).length).toBeGreaterThan(0);
  });

  test('attack: pgcap diff of hostile report JSON, with a hostile acceptance, stays inert', () => {
    const before = buildReport(DEMO);
    const after = hostileReport(p);
    // a report JSON given to pgcap diff is anyone's: its dates, ids and figure names too
    const forged = JSON.parse(JSON.stringify(after)) as Report & { summary: Record<string, unknown> };
    forged.source.collectedAt = p;
    forged.capabilities[0]!.id = p;
    (forged.summary as Record<string, unknown>).channels = 99;
    for (const [a, b] of [[before, forged], [forged, before], [before, after]] as const) {
      const d = diffReports(a, b);
      const md = diffToMarkdown(d);
      const html = diffToHtml(d);
      expect(problems(md, html)).toEqual([]);
    }
    const md = diffToMarkdown(diffReports(before, after));
    expect(md).toContain('.pgcap-accept.yml:1');
  });
});

test('attack: an acceptance file named by an absolute path shows its name only, in the report and the diff', () => {
  const base = buildReport(DEMO);
  const r = acceptedReport(base, 'reviewed', '/home/auditor/secret-client/.pgcap-accept.yml');
  for (const out of [exportReport(r, 'md'), exportReport(r, 'html'), diffToMarkdown(diffReports(base, r)), diffToHtml(diffReports(base, r))]) {
    expect(out).not.toContain('/home/auditor');
    expect(out).toContain('.pgcap-accept.yml:1');
  }
  // Windows paths too
  const w = acceptedReport(base, 'reviewed', 'C:\\Users\\auditor\\acme\\.pgcap-accept.yml');
  expect(exportReport(w, 'md')).not.toContain('Users');
});
