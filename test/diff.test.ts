import { diffReports, diffToHtml, diffToJson, diffToMarkdown, regressions } from '../static_src/core/diff';
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
  expect(d.findings.changed).toEqual([{ id: 'search_elastic_products:elasticsearch', module: 'search_elastic_products', store: 'elasticsearch', from: { severity: 'medium', state: 'installed', section: 'findings' }, to: { severity: 'info', state: 'uninstalled', section: 'not_installed' }, accepted: false }]);
  expect(d.capabilities.started).toEqual(['materialized_views']);
  expect(d.channels.removed).toEqual(['stock_sync']);
  expect(d.summary.findings).toEqual({ from: 3, to: 1 });
  expect(regressions(d, 'low')).toEqual([]);
  const md = diffToMarkdown(d);
  // the verdict is core/verdict.ts's to give: any of the four
  expect(md).toMatch(/- \*\*gone\*\*: cache_redis_pricing → redis \(was (Refuse|Replace|Keep|Review), low\)/);
  expect(md).toContain('- now in use: Materialized views');
  expect(diffToHtml(d)).not.toMatch(/<script/i);
});

test('regressions: a new or worse finding at or above the threshold', () => {
  const d = diffReports(buildReport(after((s) => {
    s.scan!.matches = s.scan!.matches.filter((m) => m.module !== 'mongo_customer_profiles');
  })), buildReport(before));
  expect(d.findings.added.map((f) => f.id)).toEqual(['mongo_customer_profiles:mongodb']);
  expect(regressions(d, 'critical')).toEqual(['mongo_customer_profiles:mongodb']);
});

describe('verdicts and the store inventory', () => {
  const { judged, JUDGEMENTS, INVENTORY } = require('./support/judged') as typeof import('./support/judged');
  const base = buildReport(before);
  const old = judged(base);
  // the next audit: Redis now reads prices back into the ORM (keep -> refuse), Elasticsearch is gone
  // from the inventory, a Kafka store appears, and the filestore's role is unchanged
  const next = judged(base, {
    ...JUDGEMENTS,
    'cache_redis_pricing:redis': { ...JUDGEMENTS['cache_redis_pricing:redis']!, verdict: 'refuse' },
    'search_elastic_products:elasticsearch': { ...JUDGEMENTS['search_elastic_products:elasticsearch']!, verdict: 'review' },
  }, [
    ...INVENTORY.filter((x) => x.store !== 'elasticsearch').map((x) => (x.store === 'redis' ? { ...x, verdict: 'refuse' as const, role: 'authoritative' as const } : x)),
    { id: 'external:kafka', kind: 'external', store: 'kafka', title: 'Kafka', endpoints: ['kafka.internal:9092'], modules: ['stock_events'], models: ['stock.move'], role: 'unknown', verdict: 'review', facts: [], checklist: [], settings: [] },
  ]);
  const d = diffReports(old, next);

  test('verdict changes per finding, worst first, also among the changed findings', () => {
    expect(d.verdicts).toEqual([
      { id: 'cache_redis_pricing:redis', module: 'cache_redis_pricing', store: 'redis', from: 'keep', to: 'refuse' },
      { id: 'search_elastic_products:elasticsearch', module: 'search_elastic_products', store: 'elasticsearch', from: 'replace', to: 'review' },
    ]);
    expect(d.findings.changed.find((c) => c.id === 'cache_redis_pricing:redis')).toMatchObject({ from: { verdict: 'keep' }, to: { verdict: 'refuse' } });
    expect(d.summary['verdicts.refuse']).toEqual({ from: 1, to: 2 });
    expect(d.summary['verdicts.keep']).toEqual({ from: 1, to: 0 });
  });

  test('stores added, removed and changed in the inventory', () => {
    expect(d.inventory.compared).toBe(true);
    expect(d.inventory.added.map((x) => x.id)).toEqual(['external:kafka']);
    expect(d.inventory.removed.map((x) => x.id)).toEqual(['external:elasticsearch']);
    expect(d.inventory.changed).toEqual([{ id: 'external:redis', title: 'Redis', from: { verdict: 'keep', role: 'derived' }, to: { verdict: 'refuse', role: 'authoritative' } }]);
  });

  test('in every diff format: Markdown, HTML and JSON', () => {
    const md = diffToMarkdown(d);
    expect(md).toContain('## Verdicts\n\n- cache_redis_pricing → redis: **Keep → Refuse**\n- search_elastic_products → elasticsearch: **Replace → Review**');
    expect(md).toContain('- **new store** Kafka (external, Review), used by stock_events');
    expect(md).toContain('- **store gone** Elasticsearch / OpenSearch (external)');
    expect(md).toContain('- **changed** Redis: verdict Keep → Refuse, role derived → authoritative');
    expect(md).toContain('| findings to refuse | 1 | 2 |');
    const html = diffToHtml(d);
    expect(html).toContain('cache_redis_pricing → redis: **Keep → Refuse**');
    expect(html).toContain('**new store** Kafka');
    const json = JSON.parse(diffToJson(d));
    expect(json.version).toBe(3);
    expect(json.verdicts).toEqual(JSON.parse(JSON.stringify(d.verdicts)));
    expect(json.inventory.added[0].id).toBe('external:kafka');
  });

  test('new and gone findings carry their verdict', () => {
    const without = judged(buildReport(after((s) => { s.scan!.matches = s.scan!.matches.filter((m) => m.module !== 'mongo_customer_profiles'); })));
    expect(diffToMarkdown(diffReports(without, old))).toContain('- **new** Refuse, critical: mongo_customer_profiles → mongodb (authoritative, dual write)');
    expect(diffToMarkdown(diffReports(old, without))).toContain('- **gone**: mongo_customer_profiles → mongodb (was Refuse, critical)');
  });

  test('a report made before verdicts and the inventory (version 2): no invented change, said so', () => {
    const v2 = JSON.parse(JSON.stringify(old));
    delete v2.inventory;
    delete v2.summary.verdicts;
    for (const f of v2.findings) delete f.verdict;
    const d2 = diffReports(v2, old);
    expect(d2.verdicts).toEqual([]);
    expect(d2.findings.changed).toEqual([]);
    expect(d2.inventory).toEqual({ compared: false, added: [], removed: [], changed: [] });
    expect(diffToMarkdown(d2)).toContain('Not compared: one of the reports has no store inventory (made before version 3).');
  });

  test('hostile store names stay text in the diff', () => {
    const hostile = judged(base, JUDGEMENTS, [{ ...INVENTORY[0]!, id: 'x', title: '<script>alert(1)</script> [a](javascript:x)' }]);
    const dh = diffReports(old, hostile);
    expect(diffToHtml(dh)).not.toMatch(/<script/i);
    expect(diffToMarkdown(dh)).toContain('\\<script\\>alert(1)\\</script\\> \\[a\\](javascript:x)');
  });
});
