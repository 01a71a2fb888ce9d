import { diffReports, diffToHtml, diffToMarkdown, regressions } from '../static_src/core/diff';
import { buildReport } from '../static_src/core/report';
import type { Snapshot } from '../static_src/core/snapshot';
import { readJson } from './support/fixtures';

const before = readJson<Snapshot>('test/fixtures/demo/snapshot.json');

function after(change: (s: Snapshot) => void): Snapshot {
  const s = JSON.parse(JSON.stringify(before)) as Snapshot;
  change(s);
  return s;
}

test('findings added, removed and changed; capabilities and channels; figures', () => {
  const next = after((s) => {
    s.scan!.matches = s.scan!.matches.filter((m) => m.module !== 'cache_redis_pricing');
    s.database!.probes.find((p) => p.id === 'odoo_modules')!.rows.find((r) => r.name === 'search_elastic_products')!.state = 'uninstalled';
    s.database!.probes.find((p) => p.id === 'matviews')!.rows.push({ schema: 'public', view_name: 'sale_report_mv', populated: true, rows_estimate: 10, bytes_estimate: 8192 });
    s.scan!.matches = s.scan!.matches.filter((m) => m.signature !== 'pg.notify' && m.signature !== 'pg.listen');
  });
  const d = diffReports(buildReport(before), buildReport(next));
  expect(d.findings.removed.map((f) => f.id)).toEqual(['cache_redis_pricing:redis']);
  expect(d.findings.added).toEqual([]);
  expect(d.findings.changed).toEqual([{ id: 'search_elastic_products:elasticsearch', module: 'search_elastic_products', store: 'elasticsearch', from: { severity: 'medium', state: 'installed', section: 'findings' }, to: { severity: 'info', state: 'uninstalled', section: 'not_installed' } }]);
  expect(d.capabilities.started).toEqual(['materialized_views']);
  expect(d.channels.removed).toEqual(['stock_sync']);
  expect(d.summary.findings).toEqual({ from: 3, to: 1 });
  expect(regressions(d, 'low')).toEqual([]);
  const md = diffToMarkdown(d);
  expect(md).toContain('- **gone**: cache_redis_pricing → redis (was low)');
  expect(md).toContain('- now in use: materialized_views');
  expect(diffToHtml(d)).not.toMatch(/<script/i);
});

test('regressions: a new or worse finding at or above the threshold', () => {
  const d = diffReports(buildReport(after((s) => {
    s.scan!.matches = s.scan!.matches.filter((m) => m.module !== 'mongo_customer_profiles');
  })), buildReport(before));
  expect(d.findings.added.map((f) => f.id)).toEqual(['mongo_customer_profiles:mongodb']);
  expect(regressions(d, 'critical')).toEqual(['mongo_customer_profiles:mongodb']);
});
