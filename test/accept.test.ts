// Accepted findings: the accept file's strict subset of YAML (every mistake named with its line),
// applying acceptances on a date (the last day holds, the day after has expired), and the CLI end
// to end against the real PostgreSQL of the suite: pgcap accept, --accept, ./.pgcap-accept.yml,
// --fail-on, and pgcap diff object by object.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import path from 'node:path';
import { AcceptFileError, applyAcceptances, parseAcceptFile } from '../static_src/core/accept';
import { capabilityItemKey, diffReports, diffToHtml, diffToMarkdown, regressions } from '../static_src/core/diff';
import { buildReport } from '../static_src/core/report';
import type { Report } from '../static_src/core/report-types';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../static_src/core/snapshot';
import { scanAddons } from '../static_src/cli/scanner';
import { freshDatabase } from './support/db';
import { FIXTURE_ADDONS, ROOT, SAMPLE_SQL } from './support/fixtures';

const CLI = path.join(ROOT, 'dist/pgcap.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-accept-'));

function pgcap(args: string[], cwd = tmp) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: clean, cwd, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = `# accepted by the client
- id: cache_redis_pricing:redis
  reason: Derived cache, flushed on deploy   # a comment after a plain value
  expires: 2026-06-30
  by: "Jane \\"JD\\" Auditor"

-   id: mongo_customer_profiles:mongodb
    reason: 'It''s the client''s call'
`;

describe('the accept file', () => {
  test('a good file: entries, quoting, comments, the line of each entry as its source', () => {
    expect(parseAcceptFile(GOOD, '.pgcap-accept.yml')).toEqual([
      { id: 'cache_redis_pricing:redis', reason: 'Derived cache, flushed on deploy', expires: '2026-06-30', by: 'Jane "JD" Auditor', source: '.pgcap-accept.yml:2' },
      { id: 'mongo_customer_profiles:mongodb', reason: "It's the client's call", expires: null, by: '', source: '.pgcap-accept.yml:7' },
    ]);
    expect(parseAcceptFile('# nothing accepted yet\n\n', 'f')).toEqual([]);
  });

  const cases: [string, string, number, RegExp][] = [
    ['unknown key', '- id: a:redis\n  reason: x\n  reson: y\n', 3, /unknown key "reson"/],
    ['no reason', '# c\n- id: a:redis\n  by: me\n', 2, /no reason/],
    ['empty reason', '- id: a:redis\n  reason: ""\n', 2, /reason is empty/],
    ['no id', '- reason: x\n', 1, /no id/],
    ['id shape', '- id: redis\n  reason: x\n', 1, /not a finding id/],
    ['bad date', '- id: a:redis\n  reason: x\n  expires: 2026-02-30\n', 3, /YYYY-MM-DD/],
    ['tab', '- id: a:redis\n\treason: x\n', 2, /tab/],
    ['indent', '- id: a:redis\n    reason: x\n', 2, /indent/],
    ['no dash', 'id: a:redis\n', 1, /starts with "- "/],
    ['key twice', '- id: a:redis\n  reason: x\n  reason: y\n', 3, /given twice.*line 2/],
    ['id twice', '- id: a:redis\n  reason: first\n- id: a:redis\n  reason: second\n', 3, /accepted twice \(also at line 1\)/],
    ['unclosed quote', '- id: a:redis\n  reason: "x\n', 2, /not closed/],
    ['colon', '- id: a:redis\n  reason: because: reasons\n', 2, /": " must be quoted/],
    ['flow', '- id: a:redis\n  reason: [x]\n', 2, /must be quoted/],
    ['boolean', '- id: a:redis\n  reason: yes\n', 2, /boolean in YAML: quote it/],
    ['nested', '- id: a:redis\n  reason: x\n  - y\n', 3, /nested list|key: value/],
  ];
  test.each(cases)('%s: an error naming its line', (_name, text, line, message) => {
    let err: unknown;
    try {
      parseAcceptFile(text, 'acc.yml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AcceptFileError);
    expect((err as AcceptFileError).line).toBe(line);
    expect((err as Error).message).toMatch(new RegExp(`^acc\\.yml:${line}: `));
    expect((err as Error).message).toMatch(message);
  });
});

/** The fixture addons judged, without a database: every module's findings in the findings section. */
function fixtureReport(root = FIXTURE_ADDONS): Report {
  const snapshot: Snapshot = { schema: SNAPSHOT_SCHEMA, version: 3, collectedAt: '2026-06-30T10:00:00.000Z', collector: { name: 'test', version: '0', runtime: 'jest' }, catalogVersion: 1, database: null, scan: scanAddons([root]) };
  return buildReport(snapshot);
}

describe('applying acceptances', () => {
  const report = fixtureReport();
  const main = report.findings.filter((f) => f.section === 'findings');
  const target = main.find((f) => f.dualWrite) ?? main[0]!;
  const acc = { id: target.id, reason: 'accepted by the client', expires: '2026-06-30', by: 'JD', source: 'a.yml:1' };

  test('on its last day it holds: listed as accepted, left out of the verdicts, worst severity and dual writes', () => {
    const r = applyAcceptances(report, [acc], new Date(2026, 5, 30, 23, 59));
    const f = r.findings.find((x) => x.id === target.id)!;
    expect(f.acceptance).toEqual({ reason: 'accepted by the client', expires: '2026-06-30', by: 'JD', source: 'a.yml:1', status: 'accepted' });
    expect(r.summary.accepted).toBe(1);
    expect(r.summary.verdicts[target.verdict]).toBe(report.summary.verdicts[target.verdict] - 1);
    expect(r.summary.dualWrites).toBe(report.summary.dualWrites - (target.dualWrite ? 1 : 0));
    expect(r.summary.findings).toBe(report.summary.findings);
    // the report given is not changed
    expect(report.findings.find((x) => x.id === target.id)!.acceptance).toBeUndefined();
    // accepting every finding leaves no worst severity
    const all = applyAcceptances(report, main.map((x) => ({ ...acc, id: x.id })), new Date(2026, 0, 1));
    expect(all.summary.worstSeverity).toBeNull();
    expect(all.summary.accepted).toBe(main.length);
  });

  test('the day after, it has expired: the finding counts again and the report says so', () => {
    const r = applyAcceptances(report, [acc], new Date(2026, 6, 1, 0, 1));
    expect(r.findings.find((x) => x.id === target.id)!.acceptance!.status).toBe('expired');
    expect(r.summary.accepted).toBe(0);
    expect(r.summary.verdicts).toEqual(report.summary.verdicts);
    expect(r.summary.worstSeverity).toBe(report.summary.worstSeverity);
    expect(r.warnings).toContainEqual(expect.objectContaining({ source: 'a.yml:1', message: expect.stringContaining(`${target.id} expired on 2026-06-30`) }));
  });

  test('an acceptance matching no finding is a warning', () => {
    const r = applyAcceptances(report, [{ ...acc, id: 'gone_module:redis', source: 'a.yml:9' }], new Date(2026, 0, 1));
    expect(r.summary.accepted).toBe(0);
    expect(r.warnings).toContainEqual(expect.objectContaining({ source: 'a.yml:9', message: expect.stringContaining('gone_module:redis is accepted but this audit has no such finding') }));
  });

  test('applied again to a report that carries them (the module\'s exports), each warning is said once', () => {
    const acceptances = [acc, { ...acc, id: 'gone_module:redis', source: 'a.yml:9' }];
    const once = applyAcceptances(report, acceptances, new Date(2026, 6, 1));
    const twice = applyAcceptances(once, acceptances, new Date(2026, 6, 1));
    expect(once.warnings.length).toBe(report.warnings.length + 2);
    expect(twice.warnings).toEqual(once.warnings);
    expect(twice.findings).toEqual(once.findings);
    expect(twice.summary).toEqual(once.summary);
  });
});

test('a capability item is named by its identifying columns, not by what is measured', () => {
  expect(capabilityItemKey({ table: 'public.t', index: 't_brin', method: 'brin', columns: 'at', size: 8192, scans: 3 })).toBe('table=public.t, index=t_brin');
  expect(capabilityItemKey({ table: 'public.t', index: 't_brin', method: 'brin', columns: 'at', size: 16384, scans: 9 })).toBe('table=public.t, index=t_brin');
});

describe('end to end against PostgreSQL', () => {
  let url: string;
  const tree = path.join(tmp, 'addons');
  beforeAll(async () => {
    url = await freshDatabase('pgcap_accept_e2e', SAMPLE_SQL);
    fs.cpSync(FIXTURE_ADDONS, tree, { recursive: true, verbatimSymlinks: true });
  });

  test('pgcap accept writes a well-formed file; --accept and ./.pgcap-accept.yml apply it; diff object by object', async () => {
    const old = pgcap(['scan', '--db', url, '--addons', tree, '--format', 'json', '--out', 'old.json', '--quiet']);
    expect(old.code).toBe(0);
    const before: Report = JSON.parse(fs.readFileSync(path.join(tmp, 'old.json'), 'utf8'));
    const main = before.findings.filter((f) => f.section === 'findings');
    expect(main.length).toBeGreaterThan(1);

    // the second audit: a BRIN index in the database, a module gone, a module new, code that changes a verdict
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('CREATE TABLE accept_events (at timestamptz); CREATE INDEX accept_events_at_brin ON accept_events USING brin (at)');
    await c.end();
    const gone = main.find((f) => f.module === 'mongo_customer_profiles')!;
    fs.rmSync(path.join(tree, 'mongo_customer_profiles'), { recursive: true });
    fs.cpSync(path.join(FIXTURE_ADDONS, 'mongo_customer_profiles'), path.join(tree, 'mongo_profiles_copy'), { recursive: true });

    // pgcap accept: the file created with its header, an id of the wrong shape refused
    const accepted = main.find((f) => f.module !== 'mongo_customer_profiles')!;
    expect(pgcap(['accept', accepted.id, '--reason', 'Derived cache: flushed on deploy', '--by', 'Jane "JD"', '--expires', '2999-12-31']).code).toBe(0);
    expect(pgcap(['accept', 'mongo_profiles_copy:mongodb', '--reason', 'accepted before it was written']).code).toBe(0);
    const file = fs.readFileSync(path.join(tmp, '.pgcap-accept.yml'), 'utf8');
    expect(file.startsWith('# Findings accepted by the client')).toBe(true);
    expect(parseAcceptFile(file, 'f').map((a) => a.id)).toEqual([accepted.id, 'mongo_profiles_copy:mongodb']);
    const bad = pgcap(['accept', 'redis', '--reason', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"redis" is not a finding id: write module:store/);
    expect(pgcap(['accept', accepted.id, '--reason', 'again']).stderr).toMatch(/already accepted in \.pgcap-accept\.yml:5/);

    // the new scan picks ./.pgcap-accept.yml up and says so
    const now = pgcap(['scan', '--db', url, '--addons', tree, '--format', 'json', '--out', 'new.json', '--fail-on', 'info']);
    expect(now.stderr).toContain('using the accepted findings of ./.pgcap-accept.yml');
    const after: Report = JSON.parse(fs.readFileSync(path.join(tmp, 'new.json'), 'utf8'));
    expect(after.findings.find((f) => f.id === accepted.id)!.acceptance).toMatchObject({ status: 'accepted', by: 'Jane "JD"', source: '.pgcap-accept.yml:5' });
    // the copy is not installed in the database: accepted too, but listed apart, not in summary.accepted
    expect(after.findings.find((f) => f.id === 'mongo_profiles_copy:mongodb')).toMatchObject({ section: 'not_installed', acceptance: { status: 'accepted' } });
    expect(after.summary.accepted).toBe(1);

    // --fail-on ignores accepted findings: accepting every finding of the section passes
    const everything = path.join(tmp, 'all.yml');
    fs.writeFileSync(everything, after.findings.filter((f) => f.section === 'findings').map((f) => `- id: ${f.id}\n  reason: "all accepted"\n`).join(''));
    expect(pgcap(['scan', '--db', url, '--addons', tree, '--accept', everything, '--fail-on', 'info', '--out', '/dev/null', '--quiet']).code).toBe(0);
    expect(now.code).toBe(1);

    // a malformed file: file:line, exit 2
    fs.writeFileSync(path.join(tmp, 'broken.yml'), '- id: a:redis\n  reason: x\n  color: red\n');
    const broken = pgcap(['report', path.join(tmp, 'old.json'), '--accept', 'broken.yml']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^pgcap: broken\.yml:3: unknown key "color"/);

    // the diff, object by object (the accept file applies to both sides)
    const diffRun = pgcap(['diff', 'old.json', 'new.json', '--format', 'json', '--quiet', '--accept', '.pgcap-accept.yml']);
    expect(diffRun.code).toBe(0);
    const d = JSON.parse(diffRun.stdout);
    expect(d.version).toBe(3);
    const brin = d.capabilities.changes.find((x: { id: string }) => x.id === 'brin');
    expect(brin.added).toEqual([expect.stringContaining('index=accept_events_at_brin')]);
    expect(d.findings.removed.map((f: { id: string }) => f.id)).toContain(gone.id);
    const copy = d.findings.added.find((f: { id: string }) => f.id === 'mongo_profiles_copy:mongodb');
    expect(copy.acceptance.status).toBe('accepted');
    expect(d.modules.added.map((m: { name: string }) => m.name)).toEqual(['mongo_profiles_copy']);
    // its folder went, but the database still has it installed: still a module of the deployment
    expect(d.modules.removed).toEqual([]);
    // the old JSON report had no acceptance: the accept file applied to it too, so no change there
    expect(d.findings.changed.filter((x: { to: object }) => 'acceptance' in x.to)).toEqual([]);
    const md = pgcap(['diff', 'old.json', 'new.json', '--quiet']).stdout;
    expect(md).toContain('**accepted** (accepted before it was written');
    expect(md).toContain('- **new** BRIN indexes: table=accept_events, index=accept_events_at_brin');
    expect(md).toContain('- **gone**: mongo_customer_profiles → mongodb');
    expect(md).toContain('- **new** mongo_profiles_copy 1.0.3');
    // without the file on the old side: the acceptance itself is a change
    const plain = diffReports(before, after);
    expect(plain.findings.changed.find((x) => x.id === accepted.id)).toMatchObject({ accepted: true, from: { acceptance: null }, to: { acceptance: { status: 'accepted' } } });
    expect(regressions(plain, 'info')).not.toContain('mongo_profiles_copy:mongodb');
    expect(diffToMarkdown(plain)).toContain('acceptance not accepted → accepted');
  });
});

test('a verdict that changed and hostile text in the diff: shown, escaped in Markdown and HTML', () => {
  const a = fixtureReport();
  const b = JSON.parse(JSON.stringify(a)) as Report;
  const f = b.findings.find((x) => x.section === 'findings')!;
  const from = f.verdict;
  f.verdict = from === 'refuse' ? 'review' : 'refuse';
  b.capabilities[0]!.items.push({ table: '<img src=x onerror=alert(1)>', index: '*bold* [x](y)' });
  const d = diffReports(a, b);
  expect(d.verdicts).toEqual([expect.objectContaining({ id: f.id, from, to: f.verdict })]);
  expect(d.capabilities.changes[0]!.added).toHaveLength(1);
  const html = diffToHtml(d);
  expect(html).not.toContain('<img');
  expect(html).toContain('&#60;img');
  const md = diffToMarkdown(d);
  // Markdown: backslash-escaped, as the other exports do (test/security/exports.test.ts)
  expect(md).toContain('table=\\<img src=x onerror=alert(1)\\>, index=\\*bold\\* \\[x\\](y)');
  expect(md).not.toMatch(/(^|[^\\])<img/);
});
