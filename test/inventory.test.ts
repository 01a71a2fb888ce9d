// The store inventory (core/inventory.ts) on real probe rows: the Odoo-shaped demo database on the
// embedded PostgreSQL, the fixture addons scanned, and the host facts the Odoo module would add.
import { catalog } from '../static_src/core/catalog';
import { buildInventory } from '../static_src/core/inventory';
import { buildReport } from '../static_src/core/report';
import type { InventoryEntry, Report } from '../static_src/core/report-types';
import type { Snapshot } from '../static_src/core/snapshot';
import { collectSnapshot } from '../static_src/cli/collect';
import { freshDatabase } from './support/db';
import { FIXTURE_ADDONS, SAMPLE_SQL } from './support/fixtures';

const ITEMS = ['backup', 'monitoring', 'credentials', 'version', 'pitr'];
const byId = (r: Report) => Object.fromEntries(r.inventory.map((e) => [e.id, e])) as Record<string, InventoryEntry>;

describe('the store inventory', () => {
  let snapshot: Snapshot;
  let report: Report;
  let entries: Record<string, InventoryEntry>;

  beforeAll(async () => {
    const url = await freshDatabase('pgcap_inventory', SAMPLE_SQL);
    snapshot = await collectSnapshot({ db: url, addons: [FIXTURE_ADDONS] });
    report = buildReport(snapshot);
    entries = byId(report);
  });

  test('pgcap sees no host: the snapshot says so with odoo: null', () => {
    expect(snapshot.odoo).toBeNull();
  });

  test('one row per external store that code running here calls, then the filestore', () => {
    const stores = [...new Set(report.findings.filter((f) => f.section !== 'not_installed').map((f) => f.store))].sort();
    expect(report.inventory.filter((e) => e.kind === 'external').map((e) => e.store).sort()).toEqual(stores);
    expect(stores).toEqual(expect.arrayContaining(['elasticsearch', 'mongodb', 'redis']));
    expect(report.inventory.filter((e) => e.kind === 'odoo').map((e) => e.id)).toEqual(['filestore']);
    // modules that are on disk but not installed here add no row
    for (const f of report.findings.filter((x) => x.section === 'not_installed')) {
      if (!report.findings.some((x) => x.store === f.store && x.section !== 'not_installed')) expect(entries[f.store]).toBeUndefined();
    }
  });

  test('endpoints from code and data files, credentials redacted, each once', () => {
    expect(entries.elasticsearch!.endpoints).toContain('http://search.internal:9200');
    expect(entries.redis!.endpoints).toEqual(['redis://:***@cache.internal:6379/0']);
    expect(entries.mongodb!.endpoints).toEqual([expect.stringMatching(/^mongodb\+srv:\/\/odoo:\*\*\*@cluster0\.example\.net\//)]);
    const all = report.inventory.flatMap((e) => e.endpoints);
    expect(all.filter((e) => /:\/\/[^/]*:(?!\*\*\*@)[^/@]+@/.test(e))).toEqual([]);
  });

  test('role is the least safe of its findings, verdict the worst, modules named', () => {
    for (const e of report.inventory.filter((x) => x.kind === 'external')) {
      const fs = report.findings.filter((f) => f.store === e.store && f.section !== 'not_installed');
      const roles = fs.map((f) => f.role);
      const expected = roles.includes('authoritative') ? 'authoritative' : roles.includes('unknown') ? 'unknown' : 'derived';
      expect({ store: e.store, role: e.role }).toEqual({ store: e.store, role: expected });
      const order = ['refuse', 'review', 'replace', 'keep'];
      expect(e.verdict).toBe(order.find((v) => fs.some((f) => f.verdict === v)));
      expect(e.modules).toEqual(expect.arrayContaining(fs.map((f) => f.module)));
    }
    expect(entries.mongodb).toMatchObject({ role: 'authoritative', modules: ['mongo_customer_profiles'] });
  });

  test('settings: system parameter keys whose names point at the store, never their values', () => {
    expect(entries.redis!.settings).toEqual(['ir.config_parameter redis_cache.url']);
    expect(entries.elasticsearch!.settings).toEqual(['ir.config_parameter elasticsearch.host']);
    expect(entries.filestore!.settings).toEqual(['ir.config_parameter ir_attachment.location']);
    const text = JSON.stringify(report);
    for (const value of ['hunter2', 'not-a-real-secret']) expect(text).not.toContain(value);
  });

  test('each row carries the checklist of its category', () => {
    for (const e of report.inventory) {
      expect({ id: e.id, items: e.checklist.map((c) => c.item) }).toEqual({ id: e.id, items: ITEMS });
    }
    expect(entries.redis!.checklist).toEqual(catalog.operations.cache);
    expect(entries.filestore!.checklist).toEqual(catalog.operations.filestore);
  });

  test('the filestore from statistics and the attachment location; from the CLI the size on disk is said not measured', () => {
    const facts = entries.filestore!.facts.join('\n');
    expect(entries.filestore).toMatchObject({ kind: 'odoo', role: 'authoritative', verdict: null, models: ['ir.attachment'] });
    expect(facts).toMatch(/about 600 records in ir_attachment/);
    expect(facts).toMatch(/About 5\d\d kept as files in the filestore/);
    expect(facts).toMatch(/About \d\d kept in the database itself \(db_datas\)/);
    expect(facts).toContain("Location (ir_attachment.location): 'file'");
    expect(facts).toMatch(/On disk: not measured\. pgcap reads the database, not the Odoo server's data directory/);
  });

  test('with the Odoo module\'s host facts: the size on disk, a count cut short, the sessions and server options', () => {
    const odoo: Snapshot['odoo'] = {
      filestore: { files: 1234, bytes: 5 * 1024 * 1024, complete: false, reason: 'the time given to counting files of 10 s ran out after 1234 files' },
      sessions: { kind: 'filesystem', files: 7 },
      serverOptions: ['redis_session_url'],
    };
    const r = buildReport({ ...snapshot, odoo });
    const e = byId(r);
    expect(e.filestore!.facts).toContainEqual('On disk: 1,234 files, 5.0 MB at least (count cut short: the time given to counting files of 10 s ran out after 1234 files), counted by the Odoo module in this database\'s filestore.');
    expect(e.sessions).toMatchObject({ kind: 'odoo', store: 'sessions', verdict: null, settings: ['server option redis_session_url'] });
    expect(e.sessions!.facts).toEqual([expect.stringContaining("Odoo's FilesystemSessionStore"), '7 session files now.']);
    expect(e.redis!.settings).toEqual(['ir.config_parameter redis_cache.url', 'server option redis_session_url']);
    expect(r.inventory.map((x) => x.id).slice(-2)).toEqual(['filestore', 'sessions']);
  });

  test('sorted deterministically: worst verdict first, then title; the same input gives the same rows', () => {
    const rank = (v: string | null) => (v === null ? 4 : ['refuse', 'review', 'replace', 'keep'].indexOf(v));
    const ext = report.inventory.filter((e) => e.kind === 'external');
    for (let i = 1; i < ext.length; i += 1) {
      const [a, b] = [ext[i - 1]!, ext[i]!];
      expect(rank(a.verdict) < rank(b.verdict) || (rank(a.verdict) === rank(b.verdict) && a.title <= b.title)).toBe(true);
    }
    const reversed = [...report.findings].reverse();
    expect(buildInventory(reversed, snapshot)).toEqual(report.inventory);
  });

  test('without a database: no filestore row (nothing says Odoo runs there), the external stores still listed', async () => {
    const r = buildReport(await collectSnapshot({ db: null, addons: [FIXTURE_ADDONS] }));
    expect(r.inventory.some((e) => e.id === 'filestore')).toBe(false);
    expect(r.inventory.map((e) => e.store)).toEqual(expect.arrayContaining(['elasticsearch', 'mongodb', 'redis']));
  });

  test('a database that is not Odoo\'s has no filestore', async () => {
    const url = await freshDatabase('pgcap_inventory_plain', 'CREATE TABLE t (a int);');
    const r = buildReport(await collectSnapshot({ db: url, addons: [] }));
    expect(r.inventory).toEqual([]);
  });
});
