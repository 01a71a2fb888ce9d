/**
 * @jest-environment jsdom
 */
// Exports that cannot be turned against their reader. Each attack puts one hostile text into every
// datum of a snapshot (test/security/hostile-snapshot.ts: module names, folders, files, snippets,
// channel names, jsonb tables and columns, warnings, the server's names...), renders every format
// (Markdown, HTML, CSV, JSON, SARIF, and the diff as Markdown, HTML and JSON) and the dashboard, and
// checks that each stays inert (test/security/inert.ts): no markup, link, formula, line or cell
// of the data's making, no invisible character, no URI that leaves its base; and that the
// structure is the one the same snapshot gives with a harmless text in its place.
import fs from 'node:fs';
import path from 'node:path';
import { diffReports, diffToHtml, diffToJson, diffToMarkdown, type ReportDiff } from '../../static_src/core/diff';
import { exportReport } from '../../static_src/core/export';
import { CELL_RUN_MAX } from '../../static_src/core/export/html';
import { CSV_COLUMNS } from '../../static_src/core/export/csv';
import { MD_CELL_MAX } from '../../static_src/core/export/markdown';
import { visible } from '../../static_src/core/format';
import { buildReport } from '../../static_src/core/report';
import type { Finding, Report } from '../../static_src/core/report-types';
import type { Snapshot } from '../../static_src/core/snapshot';
import { loadDashboard } from '../../static_src/dashboard/data';
import { mountDetails } from '../support/finding-details';
import { FakeSnapshotModel } from '../support/odoo-server';
import { mountOverview } from '../support/overview';
import { hostileSnapshot, HOSTILE_ROOT } from './hostile-snapshot';
import { csvProblems, domProblems, domShape, htmlProblems, jsonProblems, mdProblems, mdShape, parseCsv, parseHtml, sarifProblems } from './inert';

const ROOT = path.resolve(__dirname, '../..');
const DEMO: Snapshot = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/demo/snapshot.json'), 'utf8'));

interface Rendered {
  report: Report;
  md: string; html: string; csv: string; json: string; sarif: string; cyclonedx: string;
  diffs: { data: ReportDiff; md: string; html: string; json: string }[];
}

/** The verdict fields and the store inventory carrying `p` too (core/verdict.ts and core/inventory.ts
 * fill them from facts; here every text they could show is the payload). */
function withVerdicts(report: Report, p: string): Report {
  const ev = { file: `${p}.py`, line: 1, snippet: p, signature: 'hand', kind: p };
  for (const f of report.findings) {
    Object.assign(f, {
      verdictText: p, action: p, // the verdict itself stays core's: the diffs below compare it
      reasons: [{ condition: p, holds: null, text: p, evidence: [ev], statistic: { table: p, metric: p, value: 1, threshold: 2, source: p } }],
      models: [{ model: p, table: p, fields: [p], direction: 'both', evidence: [ev] }],
      paths: [{ method: p, model: p, trigger: 'cron', detail: p, timing: 'unknown', evidence: [ev] }],
      rebuild: { paths: [ev], ttl: [ev], invalidation: [ev] }, reconciliation: [ev], readsBack: [ev],
      workload: [{ table: p, model: p, rows: 1, tableBytes: 1, indexBytes: 1, insertsPerDay: 1, updatesPerDay: 1, deletesPerDay: 1, seqScansPerDay: 1, idxScansPerDay: 1, capabilityInUse: null, detail: p }],
    });
  }
  report.inventory = [{ id: p, kind: 'external', store: p, title: p, endpoints: [p, `redis://${p}@${p}:6379`], modules: [p], models: [p], role: 'unknown', verdict: 'refuse', facts: [p], checklist: [{ item: p, text: p }], settings: [p] }];
  return report;
}

function render(p: string): Rendered {
  const report = withVerdicts(buildReport(hostileSnapshot(p)), p);
  // the audit before the hostile modules came; and one in which the same findings were milder
  const before = buildReport(DEMO);
  const milder = JSON.parse(JSON.stringify(report)) as Report;
  for (const f of milder.findings) Object.assign(f, { severity: 'info', role: 'unknown', dualWrite: false });
  const diffs = [diffReports(before, report), diffReports(report, before), diffReports(milder, report)]
    .map((data) => ({ data, md: diffToMarkdown(data), html: diffToHtml(data), json: diffToJson(data) }));
  return {
    report,
    md: exportReport(report, 'md'), html: exportReport(report, 'html'), csv: exportReport(report, 'csv'),
    json: exportReport(report, 'json'), sarif: exportReport(report, 'sarif'), cyclonedx: exportReport(report, 'cyclonedx'), diffs,
  };
}

/** What one shape has that the other lacks, for a readable failure. */
function shapeProblems(where: string, got: string[], want: string[]): string[] {
  const count = (list: string[]) => list.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());
  const g = count(got);
  const w = count(want);
  const extra = [...g].filter(([s, n]) => n > (w.get(s) ?? 0)).map(([s]) => s);
  const missing = [...w].filter(([s, n]) => n > (g.get(s) ?? 0)).map(([s]) => s);
  return extra.length || missing.length ? [`${where}: structure differs from the harmless render; extra ${JSON.stringify(extra.slice(0, 3))}, missing ${JSON.stringify(missing.slice(0, 3))}`] : [];
}

const HARMLESS = 'x';
/** Where the module's name is in a CSV row. */
const MODULE_COLUMN = CSV_COLUMNS.indexOf('module');
let harmless: Rendered;
let harmlessDashboard: string[];

/** Every export of the snapshot carrying `p`, checked; [] when all are inert. */
function exportProblems(out: Rendered): string[] {
  return [
    ...mdProblems(out.md),
    ...shapeProblems('markdown', mdShape(out.md), mdShape(harmless.md)),
    ...htmlProblems(out.html),
    ...shapeProblems('html', domShape(parseHtml(out.html)), domShape(parseHtml(harmless.html))),
    ...csvProblems(out.csv, CSV_COLUMNS.length, out.report.findings.length + 1),
    ...jsonProblems(out.json, out.report),
    ...sarifProblems(out.sarif),
    ...jsonProblems(out.cyclonedx, JSON.parse(out.cyclonedx), 'cyclonedx'),
    ...out.diffs.flatMap((d, i) => [
      ...mdProblems(d.md).map((x) => `diff ${i}: ${x}`),
      ...shapeProblems(`diff ${i} markdown`, mdShape(d.md), mdShape(harmless.diffs[i]!.md)),
      ...htmlProblems(d.html).map((x) => `diff ${i}: ${x}`),
      ...shapeProblems(`diff ${i} html`, domShape(parseHtml(d.html)), domShape(parseHtml(harmless.diffs[i]!.html))),
      ...jsonProblems(d.json, d.data, `diff ${i} json`),
    ]),
  ];
}

// ---- the dashboard, where it shows findings now: the overview client action (fed through the
// contract's methods by a stand-in of the server, test/support/odoo-server.ts, as in Odoo: the data
// layer judges the audit with the judge bundle and stores the report) and the finding-details
// widget of a finding's form (the `details` Json: the whole finding as pgcap_store_report stored it)

/** OWL renders on the next animation frame: wait until the page shows what was asked. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 30));
  if (!done()) throw new Error('the dashboard did not render in time');
}

interface DashboardRender { problems: string[]; shape: string[]; texts: string[]; unwrapped: string[]; longWords: string[]; stored: Report }

/** Text with a word of 200 characters or more outside an element that wraps it (Bootstrap's
 * text-break, or code, which Bootstrap breaks): a hostile name that would push the page sideways. */
function unwrapped(root: Element, where: string, longWords: string[] = []): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (!/\S{200,}/.test(n.textContent!)) continue;
    longWords.push(where.replace(/, store \d+ open| \d+$/, ''));
    if (!el.closest('.text-break, code')) out.push(`${where}: <${el.tagName.toLowerCase()} class="${el.className}"> holds a long word that does not wrap`);
  }
  return out;
}

/** The overview of the audit of hostileSnapshot(p), the demo's audit before it (so that the changes
 * panel lists what came), with every section open, the capabilities not in use shown, and each
 * store's checklist opened in turn. Returns also the report the data layer stored. */
async function overview(p: string): Promise<DashboardRender> {
  const server = new FakeSnapshotModel();
  server.add(DEMO);
  await loadDashboard({ call: server.call }); // the previous audit, judged and stored
  server.add(hostileSnapshot(p), { collected_at: `2026-01-15 09:30:00${p}`, user: `Administrator${p}`, database: `odoo${p}`, odoo_version: `17.0${p}` });
  const { app } = await mountOverview({}, { services: { orm: { call: server.call, searchRead: async () => [] } } });
  await until(() => document.querySelector('.o_pgcap_cards') !== null && document.querySelector('.o_pgcap_changes_findings') !== null);
  (document.querySelector('.o_pgcap_toggle_unused') as HTMLElement).click();
  await until(() => /Hide/.test(document.querySelector('.o_pgcap_toggle_unused')!.textContent!));
  const problems = domProblems(document.body, 'overview');
  const shape = domShape(document.body);
  const texts = [document.body.textContent ?? ''];
  const longWords: string[] = [];
  const wraps = unwrapped(document.body, 'overview', longWords);
  const stores = document.querySelectorAll('.o_pgcap_store_toggle').length;
  for (let i = 0; i < stores; i++) {
    const toggle = document.querySelectorAll('.o_pgcap_store_toggle')[i] as HTMLElement;
    toggle.click();
    await until(() => toggle.getAttribute('aria-expanded') === 'true');
    const where = `overview, store ${i + 1} open`;
    problems.push(...domProblems(document.body, where));
    shape.push(...domShape(document.body).map((x) => `${where}: ${x}`));
    texts.push(document.querySelector('.o_pgcap_inventory')?.textContent ?? '');
    wraps.push(...unwrapped(document.body, where, longWords));
  }
  app.destroy();
  document.body.innerHTML = '';
  const stored = server.audits.at(-1)!.report!;
  expect(stored.findings.length).toBe(buildReport(hostileSnapshot(p)).findings.length);
  return { problems, shape, texts, unwrapped: wraps, longWords: [...new Set(longWords)], stored };
}

/** The finding-details widget of each finding, mounted in turn as its form would. */
async function details(findings: Finding[], where: string): Promise<Omit<DashboardRender, 'stored'>> {
  const out: Omit<DashboardRender, 'stored'> = { problems: [], shape: [], texts: [], unwrapped: [], longWords: [] };
  for (const [i, f] of findings.entries()) {
    const { app, root } = await mountDetails(f);
    expect(root.querySelector('.o_pgcap_evidence, .o_pgcap_reasons')).not.toBeNull(); // the details were shown
    out.problems.push(...domProblems(document.body, `${where} ${i + 1}`));
    out.shape.push(...domShape(root));
    out.texts.push(root.textContent ?? '');
    out.unwrapped.push(...unwrapped(root, `${where} ${i + 1}`, out.longWords));
    app.destroy();
  }
  document.body.innerHTML = '';
  return out;
}

/** The dashboard: the overview, then the details of every finding, each in its form: the findings
 * of the report the data layer stored (core's judgement of the hostile snapshot), and those of
 * the rendered report whose verdict fields (reasons, models, paths, rebuild, workload) all carry p. */
async function dashboardProblems(p: string, out: Rendered): Promise<Omit<DashboardRender, 'stored'>> {
  const o = await overview(p);
  const parts = [o, await details(o.stored.findings, 'finding details (stored)'), await details(out.report.findings, 'finding details (verdict fields)')];
  return {
    problems: parts.flatMap((x) => x.problems), shape: parts.flatMap((x) => x.shape),
    texts: parts.flatMap((x) => x.texts), unwrapped: parts.flatMap((x) => x.unwrapped), longWords: [...new Set(parts.flatMap((x) => x.longWords))],
  };
}

async function allProblems(p: string): Promise<{ out: Rendered; problems: string[]; dashboard: Omit<DashboardRender, 'stored'> }> {
  const out = render(p);
  const dash = await dashboardProblems(p, out);
  return {
    out,
    problems: [...exportProblems(out), ...dash.problems, ...shapeProblems('dashboard', dash.shape, harmlessDashboard)],
    dashboard: dash,
  };
}

beforeAll(async () => {
  harmless = render(HARMLESS);
  harmlessDashboard = (await dashboardProblems(HARMLESS, harmless)).shape;
  // the harmless render is itself inert, and the fixture reaches every section an export has
  expect(exportProblems(harmless)).toEqual([]);
  const r = harmless.report;
  expect(r.findings.map((f) => f.section)).toEqual(expect.arrayContaining(['findings', 'not_installed']));
  expect(r.findings.find((f) => f.module === `${HARMLESS}a`)).toMatchObject({ dualWrite: true, usedBy: [expect.objectContaining({ module: `${HARMLESS}b` })] });
  expect(r.mentions.map((m) => m.module)).toContain(`${HARMLESS}c`);
  expect(r.channels.map((c) => c.channel)).toEqual(expect.arrayContaining([`${HARMLESS}ch`, `${HARMLESS}code`]));
  expect(r.warnings.map((w) => w.source)).toEqual(expect.arrayContaining(['probe partitions', 'privilege']));
  expect(harmless.diffs.map((d) => [d.data.findings.added.length, d.data.findings.removed.length, d.data.findings.changed.length, d.data.channels.added.length + d.data.channels.removed.length]))
    .toEqual([[2, 0, 0, 2], [0, 2, 0, 2], [0, 0, 5, 0]]);
});

test('attack: HTML and script in every datum stay text in every export and the dashboard', async () => {
  const p = `<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a><svg onload=alert(4)><iframe src="//evil.example"></iframe>"'\`<!--`;
  const { out, problems, dashboard } = await allProblems(p);
  expect(problems).toEqual([]);
  // shown as text, not dropped
  expect(parseHtml(out.html).body.textContent).toContain(`${p}a`);
  expect(dashboard.texts.join('')).toContain(`${p}a`);
});

test('attack: Markdown syntax in data makes no link, image, autolink, emphasis, code span or entity', async () => {
  const p = '](javascript:alert(1)) ![x](https://evil.example/p.png) <https://evil.example> [click](https://evil.example "t") **bold** _em_ ~~s~~ $x^2$ &#x202E; &lt;b&gt; https://evil.example www.evil.example {{x}} [^1] <b>b</b>';
  const { out, problems } = await allProblems(p);
  expect(problems).toEqual([]);
  // outside code spans every character that could open markup is escaped (GFM shows it as itself)
  for (const text of [out.md, ...out.diffs.map((d) => d.md)]) {
    expect(text).toContain('\\](javascript:alert(1)) !\\[x\\](https\\://evil.example/p.png) \\<https\\://evil.example\\> \\[click\\]');
    expect(text).toContain('\\&\\#x202E; \\&lt;b\\&gt; https\\://evil.example www\\.evil.example');
  }
});

test('attack: pipes, line breaks, backticks and leading #, >, - cannot break a table, a line or a code span', async () => {
  const p = '| x || y |\n# heading\r\n> quote\n- item\n1. one\n\n| a | b |\n| --- | --- |\n===\n```\n`` ` `code`\\|\\`\n    indented';
  const { out, problems } = await allProblems(p);
  expect(problems).toEqual([]);
  expect(out.md.split('\n')).toHaveLength(harmless.md.split('\n').length);
  for (const [i, d] of out.diffs.entries()) expect(d.md.split('\n')).toHaveLength(harmless.diffs[i]!.md.split('\n').length);
  expect(parseCsv(out.csv)).toHaveLength(out.report.findings.length + 1);
  // a snippet with runs of backticks sits in a longer fence
  expect(out.md).toMatch(/````[^`]*```<U\+000A>`` ` `code`\\\|\\`<U\+000A>    indented````/);
});

test('attack: bidi overrides and isolates are shown as code points, never applied', async () => {
  const p = 'admin\u202Egnp.exe\u202C\u2066x\u2069\u2067y\u2069\u2068z\u2069\u202Aa\u202Bb\u202Dc\u200E\u200F\u061C';
  const { out, problems, dashboard } = await allProblems(p);
  expect(problems).toEqual([]);
  const shown = 'admin<U+202E>gnp.exe<U+202C><U+2066>x<U+2069>';
  expect(parseHtml(out.html).body.textContent).toContain(shown);
  expect(out.md).toContain('admin\\<U+202E\\>gnp.exe');
  expect(parseCsv(out.csv).map((r) => r[MODULE_COLUMN])).toContain(`${shown}<U+2067>y<U+2069><U+2068>z<U+2069><U+202A>a<U+202B>b<U+202D>c<U+200E><U+200F><U+061C>a`);
  expect(dashboard.texts.join('')).toContain(shown);
  // JSON keeps the data exact, the characters written as escapes
  expect(out.json).toContain('admin\\u202egnp.exe');
  expect(JSON.parse(out.json).findings.map((f: { module: string }) => f.module)).toContain(`${p}a`);
  expect(JSON.parse(out.sarif).runs[0].results.map((r: { message: { text: string } }) => r.message.text).join('')).toContain(shown);
});

test('attack: zero-width characters, controls, tag characters and lone surrogates are shown, never hidden', async () => {
  const p = 're\u200Bdis\u200C\u200D\uFEFF\u00AD\u2060\u180E\u{E0041}\u0007\u001B[31m\u0085\u009B\u2028\u2029\u000B\u000C\uDFFFx\uD800';
  const { out, problems, dashboard } = await allProblems(p);
  expect(problems).toEqual([]);
  const shown = 're<U+200B>dis<U+200C><U+200D><U+FEFF><U+00AD><U+2060><U+180E><U+E0041><U+0007><U+001B>[31m<U+0085><U+009B><U+2028><U+2029><U+000B><U+000C><U+DFFF>x<U+D800>a';
  expect(parseHtml(out.html).body.textContent).toContain(shown);
  expect(parseCsv(out.csv).map((r) => r[MODULE_COLUMN])).toContain(shown);
  expect(dashboard.texts.join('')).toContain(shown);
  expect(JSON.parse(out.json).findings.map((f: { module: string }) => f.module)).toContain(`${p}a`);
});

test('attack: cells that start a formula (=, +, -, @, tab, CR, full-width) are neutralised in the CSV', async () => {
  const payloads = ['=HYPERLINK("http://evil.example","x")', '@SUM(1+1)*cmd|\' /C calc\'!A0', '+cmd|\' /C calc\'!A0', '-1+1', '\t=1+1', '\r=1+1', '\uFF1D1+1', '=cmd,"x"\r\n=2'];
  for (const p of payloads) {
    const out = render(p);
    expect(exportProblems(out)).toEqual([]);
    const rows = parseCsv(out.csv);
    const cells = rows.slice(1).flat();
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
    // the module's cell reads as the data, behind the apostrophe
    const shown = `${visible(p)}a`;
    expect(rows.map((r) => r[MODULE_COLUMN])).toContain(/^[=+\-@\t\uFF1D]/.test(shown) ? `'${shown}` : shown);
  }
  const { problems } = await allProblems(payloads[0]!);
  expect(problems).toEqual([]);
});

test('attack: a 5,000-character module name, path and snippet are shortened or wrap, and tables hold', async () => {
  const p = 'A'.repeat(5000);
  const { out, problems, dashboard } = await allProblems(p);
  expect(problems).toEqual([]);
  // Markdown and HTML show a head and a tail with an ellipsis; the JSON keeps the whole name
  const cells = out.md.split('\n').filter((l) => l.startsWith('|')).flatMap((l) => l.split(/(?<!\\)\|/));
  expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(MD_CELL_MAX + 2);
  expect(out.md).toMatch(/\| A{100,}…A{50,}a \|/);
  expect(Math.max(...out.md.split('\n').map((l) => l.length))).toBeLessThan(6500); // a prose line: its text is cut at MD_TEXT_MAX, then a label and a statistic
  expect(parseHtml(out.html).documentElement.textContent).not.toContain('A'.repeat(1001)); // (anchors keep whole ids)
  // prose wraps anywhere; a table cell may wrap at <wbr>, placed at least every CELL_RUN_MAX characters of a run
  expect(out.html).toMatch(/dd,li,h1,h3,p,summary\{overflow-wrap:anywhere\}/);
  const tds = [...parseHtml(out.html).querySelectorAll('td')];
  const runs = tds.flatMap((td) => {
    const texts: string[] = [];
    const walker = td.ownerDocument.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(...n.textContent!.split(/\s+/));
    return texts;
  });
  expect(tds.some((td) => td.textContent!.includes('A'.repeat(100)))).toBe(true);
  expect(runs.filter((r) => [...r].length > CELL_RUN_MAX)).toEqual([]);
  expect(JSON.parse(out.json).findings.map((f: { module: string }) => f.module)).toContain(`${p}a`);
  // the dashboard wraps long words in its tables and in every finding's details
  expect(dashboard.unwrapped).toEqual([]);
  // (and there were long words to wrap: in the overview's tables and in the details)
  expect(dashboard.longWords).toEqual(expect.arrayContaining(['overview', 'finding details (stored)', 'finding details (verdict fields)']));
});

test('attack: paths with spaces, #, ?, %, :, backslashes, non-ASCII and .. stay relative URIs under their SARIF base', async () => {
  const p = '/../../../etc/passwd/ x#y?z%41:é\\..\\..\\w/./..';
  const { out, problems } = await allProblems(p);
  expect(problems).toEqual([]);
  const run = JSON.parse(out.sarif).runs[0];
  const uris: string[] = run.results.flatMap((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri));
  // `..` resolved within the root, every other character percent-encoded
  // (the file `${p}a/models/m${p}.py`: its `..` climb out of m, models and `..a`, no further)
  expect(uris).toContain('etc/passwd/%20x%23y%3Fz%2541%3A%C3%A9%5C..%5C..%5Cw/etc/passwd/%20x%23y%3Fz%2541%3A%C3%A9%5C..%5C..%5Cw/...py');
  // the root `/srv/odoo/addons /../../../etc/passwd/ x#…\\w/./..` is the folder /etc/passwd
  expect(HOSTILE_ROOT(p)).toMatch(/^\/srv\/odoo\/addons \/\.\.\//);
  expect(run.originalUriBaseIds.ADDONS1.uri).toBe('file:///etc/passwd/');
  // a root with characters that mean something in a URI reads back as itself
  const root = render(' x#y?z%41:é');
  expect(sarifProblems(root.sarif)).toEqual([]);
  const base = JSON.parse(root.sarif).runs[0].originalUriBaseIds.ADDONS1.uri;
  expect(base).toBe('file:///srv/odoo/addons%20%20x%23y%3Fz%2541%3A%C3%A9/');
  expect(decodeURIComponent(new URL(base).pathname)).toBe(`${HOSTILE_ROOT(' x#y?z%41:é')}/`);
  // a scheme or a drive cannot be smuggled in as the first segment
  const scheme = render('javascript:alert(1)//');
  expect(sarifProblems(scheme.sarif)).toEqual([]);
  expect(JSON.parse(scheme.sarif).runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^javascript%3Aalert%281%29a?\//);
});

test('attack: a report JSON given to pgcap diff carries markup in the fields pgcap computes', async () => {
  const p = '<img src=x onerror=alert(1)>|\n# [x](javascript:alert(1))\u202E';
  const report = buildReport(hostileSnapshot(p));
  const forged = JSON.parse(JSON.stringify(report)) as Report;
  for (const f of forged.findings) Object.assign(f, { severity: p, role: p, state: p, dualWrite: p });
  forged.capabilities = forged.capabilities.map((c) => ({ ...c, id: `${c.id}${p}`, items: [] }));
  (forged.summary as unknown as Record<string, unknown>).findings = p;
  forged.source.database = p;
  for (const d of [diffReports(forged, report), diffReports(report, forged)]) {
    const md = diffToMarkdown(d);
    expect(mdProblems(md)).toEqual([]);
    expect(md.split('\n').filter((l) => /^#/.test(l))).toEqual(['# PostgreSQL capabilities: what changed', '## External stores', '## Verdicts', '## Store inventory', '## PostgreSQL capabilities', '## Modules', '## LISTEN/NOTIFY channels', '## Figures'].filter((h) => md.includes(`${h}\n`)));
    expect(htmlProblems(diffToHtml(d))).toEqual([]);
    expect(jsonProblems(diffToJson(d), d)).toEqual([]);
  }
});
