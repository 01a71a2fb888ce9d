// The dashboard's data layer (static_src/dashboard/data.ts) driving the real judge (the judge
// bundle's entry, "loaded" by the @web/core/assets stand-in) on a real snapshot
// (test/fixtures/demo/snapshot.json, written by `pgcap demo`), against the contract's server methods.
import fs from 'node:fs';
import path from 'node:path';
import { diffReports } from '../static_src/core/diff';
import { exportReport } from '../static_src/core/export';
import { buildReport } from '../static_src/core/report';
import type { Snapshot } from '../static_src/core/snapshot';
import { JUDGE_BUNDLE, toDashboardData } from '../static_src/dashboard/contract';
import { downloadExport, JUDGED_WITH, loadDashboard, loadFullReport } from '../static_src/dashboard/data';
import { judgeBundle, loadedBundles } from './support/odoo-web/assets';
import { downloads } from './support/odoo-web/download';
import { FakeSnapshotModel } from './support/odoo-server';
import { ROOT } from './support/fixtures';

const SNAPSHOT: Snapshot = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/demo/snapshot.json'), 'utf8'));
const TODAY = new Date('2026-02-01T12:00:00Z');

/** The demo snapshot without one of its store modules: an audit before that module came. */
function without(module: string): Snapshot {
  const s: Snapshot = JSON.parse(JSON.stringify(SNAPSHOT));
  s.scan!.modules = s.scan!.modules.filter((m) => m.name !== module);
  return s;
}

beforeEach(() => { loadedBundles.length = 0; downloads.length = 0; judgeBundle.fail = false; });

test('a first load judges the audit with the judge bundle, stores the report, and returns the overview', async () => {
  const server = new FakeSnapshotModel();
  server.add(SNAPSHOT);
  const progress: string[] = [];
  const data = await loadDashboard({ call: server.call }, { onProgress: (m) => progress.push(m), today: TODAY });
  expect(loadedBundles).toEqual([JUDGE_BUNDLE]);
  expect(server.calls.map((c) => c.method)).toEqual(['pgcap_dashboard', 'pgcap_store_report']);
  const [id, report, stored, judgedWith] = server.calls[1]!.args as [number, ReturnType<typeof buildReport>, unknown, string];
  expect(id).toBe(1);
  expect(judgedWith).toBe(JUDGED_WITH);
  // the judge's report exactly, and the overview cut from it by the contract
  const expected = buildReport(SNAPSHOT);
  expect(report.findings.map((f) => f.id)).toEqual(expected.findings.map((f) => f.id));
  expect(report.findings.length).toBeGreaterThan(0);
  expect(stored).toEqual(JSON.parse(JSON.stringify(toDashboardData(report, server.audits[0]!.audit, null, null))));
  expect(data!.overview.findings).toEqual([]);
  expect(data!.overview.summary.findings).toBe(expected.summary.findings);
  expect(data!.severities.reduce((n, s) => n + s.count, 0)).toBe(expected.findings.filter((f) => f.section === 'findings').length);
  // the audit's date as Odoo shows dates to this user (format and time zone), not the server's UTC text
  expect(progress).toEqual(['Loading the latest audit…', 'Loading the judge…', 'Judging the audit of 01/11/2026 09:30:00 (UTC)…', `Storing ${report.findings.length} findings…`]);
});

test('a judged audit loads as its overview only: no judge bundle, nothing stored', async () => {
  const server = new FakeSnapshotModel();
  server.add(SNAPSHOT);
  const first = await loadDashboard({ call: server.call }, { today: TODAY });
  loadedBundles.length = 0;
  server.calls.length = 0;
  const again = await loadDashboard({ call: server.call }, { today: TODAY });
  expect(again).toEqual(first);
  expect(loadedBundles).toEqual([]);
  expect(server.calls.map((c) => c.method)).toEqual(['pgcap_dashboard']);
  // the overview is much smaller than the report it was cut from
  expect(JSON.stringify(again).length).toBeLessThan(JSON.stringify(server.audits[0]!.report).length);
});

test('a rescan judges the new audit and compares it, finding by finding, with the previous one', async () => {
  const server = new FakeSnapshotModel();
  server.add(without('cache_redis_pricing'));
  await loadDashboard({ call: server.call }, { today: TODAY });
  server.nextSnapshot = SNAPSHOT;
  const progress: string[] = [];
  const data = await loadDashboard({ call: server.call }, { rescan: true, onProgress: (m) => progress.push(m), today: TODAY });
  expect(server.calls.map((c) => c.method)).toEqual(['pgcap_dashboard', 'pgcap_store_report', 'pgcap_rescan', 'pgcap_store_report']);
  expect(server.calls[2]!.args).toEqual([JUDGED_WITH]);
  expect(data!.audit.id).toBe(2);
  expect(data!.previous!.id).toBe(1);
  const expected = diffReports(buildReport(without('cache_redis_pricing')), buildReport(SNAPSHOT));
  expect(data!.changes!.findings.added.map((f) => f.id)).toEqual(expected.findings.added.map((f) => f.id));
  expect(data!.changes!.findings.added.map((f) => f.id)).toContain('cache_redis_pricing:redis');
  // the changes carry the findings cut to what the overview shows
  expect(Object.keys(data!.changes!.findings.added[0]!).sort()).toEqual(['acceptance', 'id', 'module', 'severity', 'store', 'verdict']);
  expect(progress).toContain('Comparing with the audit of 01/11/2026 09:30:00 (UTC)…');
});

test('no audit yet: null, and the judge is not loaded', async () => {
  const server = new FakeSnapshotModel();
  expect(await loadDashboard({ call: server.call })).toBeNull();
  expect(loadedBundles).toEqual([]);
});

test('a judge bundle that does not load is an error the dashboard can show, and nothing is stored', async () => {
  const server = new FakeSnapshotModel();
  server.add(SNAPSHOT);
  judgeBundle.fail = true;
  await expect(loadDashboard({ call: server.call })).rejects.toThrow(/assets_judge failed/);
  expect(server.calls.map((c) => c.method)).toEqual(['pgcap_dashboard']);
});

test('an export downloads what the judge exports from the stored report', async () => {
  const server = new FakeSnapshotModel();
  server.add(SNAPSHOT);
  await loadDashboard({ call: server.call }, { today: TODAY });
  await downloadExport({ call: server.call }, 1, 'md');
  expect(downloads).toHaveLength(1);
  const stored = server.audits[0]!.report!;
  expect(downloads[0]).toEqual({ data: exportReport(stored, 'md'), filename: `pg-capabilities-odoo_demo-${stored.source.collectedAt.slice(0, 10)}.md`, mimetype: 'text/markdown' });
  expect(server.calls.map((c) => c.method).slice(-2).sort()).toEqual(['pgcap_acceptances', 'pgcap_full_report']);
});

test('acceptances are applied when judging, and again with today\'s date for the full report', async () => {
  const server = new FakeSnapshotModel();
  server.add(SNAPSHOT);
  server.acceptances = [{ id: 'cache_redis_pricing:redis', reason: 'kept', expires: '2026-03-01', by: 'Administrator', source: 'Odoo (pg.capabilities.acceptance 1)' }];
  const data = await loadDashboard({ call: server.call }, { today: TODAY });
  expect(data!.overview.summary.accepted).toBe(1);
  const stored = server.audits[0]!.report!.findings.find((f) => f.id === 'cache_redis_pricing:redis')!;
  expect(stored.acceptance!.status).toBe('accepted');
  const later = await loadFullReport({ call: server.call }, 1, new Date('2026-04-01T12:00:00Z'));
  expect(later.findings.find((f) => f.id === 'cache_redis_pricing:redis')!.acceptance!.status).toBe('expired');
});
