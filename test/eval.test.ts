import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate, scoreFacts, type Labels, type PairLabel } from '../static_src/cli/eval';
import { scanAddonsParsed } from '../static_src/cli/scanner';
import { VERSION } from '../static_src/cli/version';
import { buildReport } from '../static_src/core/report';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION } from '../static_src/core/snapshot';
import { FIXTURE_ADDONS } from './support/fixtures';

test('precision and recall per store kind against labels, module by module', async () => {
  const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-eval-'));
  fs.symlinkSync(FIXTURE_ADDONS, path.join(repos, 'example+addons'));
  const labels: Labels = {
    repos: [{ repo: 'example/addons' }, { repo: 'example/missing' }],
    modules: [
      { repo: 'example/addons', module: 'cache_redis_pricing', stores: ['redis'] },
      { repo: 'example/addons', module: 'mongo_customer_profiles', stores: ['mongodb', 'kafka'] },
      { repo: 'example/addons', module: 'search_elastic_products', stores: [] },
      { repo: 'example/addons', module: 'trap_http_api', stores: [] },
      { repo: 'example/missing', module: 'anything', stores: ['s3'] },
    ],
  };
  const r = await evaluate(labels, repos);
  expect(r.missing).toEqual(['example/missing']);
  expect(r.modules).toBe(4);
  const byStore = Object.fromEntries(r.perStore.map((s) => [s.store, s]));
  expect(byStore.redis).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  expect(byStore.kafka).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0 });
  expect(byStore.elasticsearch).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
  expect(r.overall).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3 });
  expect(r.errors.map((e) => e.module)).toEqual(['mongo_customer_profiles', 'search_elastic_products']);
});

test('a complete repository counts findings in its unlisted modules as false positives', async () => {
  const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-eval-complete-'));
  const addModule = (repo: string, module: string, files: Record<string, string>) => {
    const dir = path.join(repos, repo, module);
    fs.mkdirSync(path.join(dir, 'models'), { recursive: true });
    fs.writeFileSync(path.join(dir, '__manifest__.py'), `{"name": "${module}", "version": "17.0.1.0.0", "depends": ["base"]}\n`);
    fs.writeFileSync(path.join(dir, '__init__.py'), 'from . import models\n');
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  };
  const redisCode = 'import redis\n\n\ndef client(url):\n    return redis.Redis.from_url(url)\n';
  const mongoCode = 'from pymongo import MongoClient\n\n\ndef collection(url):\n    return MongoClient(url)["odoo"]["events"]\n';
  addModule('acme+complete', 'listed_redis', { 'models/cache.py': redisCode });
  addModule('acme+complete', 'unlisted_clean', { 'models/partner.py': 'from odoo import models\n' });
  addModule('acme+complete', 'unlisted_mongo', { 'models/events.py': mongoCode });
  addModule('acme+partial', 'partial_listed', { 'models/partner.py': 'from odoo import models\n' });
  addModule('acme+partial', 'partial_unlisted_mongo', { 'models/events.py': mongoCode });
  const labels: Labels = {
    repos: [{ repo: 'acme/complete', complete: true }, { repo: 'acme/partial' }],
    modules: [
      { repo: 'acme/complete', module: 'listed_redis', stores: ['redis'], note: 'redis client in models/cache.py' },
      { repo: 'acme/partial', module: 'partial_listed', stores: [], note: 'no store' },
    ],
  };
  const r = await evaluate(labels, repos);
  // 2 listed modules + 2 unlisted modules of the complete repository; the partial repository's unlisted module is not counted.
  expect(r.modules).toBe(4);
  expect(r.unlisted).toBe(2);
  expect(r.overall).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  expect(r.falsePositives).toHaveLength(1);
  expect(r.falsePositives[0]).toMatchObject({ repo: 'acme/complete', module: 'unlisted_mongo', store: 'mongodb', unlisted: true });
  expect(r.falsePositives[0]!.evidence[0]).toMatch(/unlisted_mongo\/models\/events\.py:\d+$/);
  expect(r.falseNegatives).toEqual([]);
  expect(r.errors.map((e) => e.module)).toEqual(['unlisted_mongo']);
});

test('false negatives are listed per (module, store) pair', async () => {
  const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-eval-fn-'));
  const dir = path.join(repos, 'acme+settings', 'store_settings');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '__manifest__.py'), '{"name": "store_settings", "depends": ["base"]}\n');
  const labels: Labels = { repos: [{ repo: 'acme/settings', complete: true }], modules: [{ repo: 'acme/settings', module: 'store_settings', stores: ['s3', 'redis'] }] };
  const r = await evaluate(labels, repos);
  expect(r.falseNegatives.map((e) => `${e.module}:${e.store}`)).toEqual(['store_settings:redis', 'store_settings:s3']);
  expect(r.overall).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: null, recall: 0 });
});

// Role and dual write: each case says what the label and pgcap say; the expected figures are counted from the cases.
test('role agreement and dual-write precision and recall follow from the cases, unknown labels left out', async () => {
  type Case = { label: PairLabel; got: { role: 'derived' | 'authoritative' | 'unknown'; dualWrite: boolean } };
  const cases: Case[] = [
    { label: { role: 'derived', dual_write: true }, got: { role: 'derived', dualWrite: true } },
    { label: { role: 'derived', dual_write: false }, got: { role: 'unknown', dualWrite: true } },
    { label: { role: 'authoritative', dual_write: true }, got: { role: 'derived', dualWrite: false } },
    { label: { role: 'authoritative', dual_write: false }, got: { role: 'authoritative', dualWrite: false } },
    { label: { role: 'authoritative', dual_write: true }, got: { role: 'authoritative', dualWrite: true } },
    { label: { role: 'unknown', dual_write: 'unknown' }, got: { role: 'derived', dualWrite: true } },
    { label: {}, got: { role: 'authoritative', dualWrite: false } },
  ];
  const found = cases.map((c, i) => ({ repo: 'acme/x', module: `m${i}`, store: 'redis', label: { ...c.label, role_note: `note ${i}`, dual_write_note: `dw ${i}` }, got: { ...c.got, dualWriteEvidence: c.got.dualWrite ? [`m${i}/models/a.py:${i + 1}`] : [] } }));
  const r = scoreFacts(found);
  const roleScored = cases.filter((c) => c.label.role === 'derived' || c.label.role === 'authoritative');
  const roleAgree = roleScored.filter((c) => c.got.role === c.label.role);
  expect(r.role).toEqual({ agree: roleAgree.length, total: roleScored.length, rate: roleAgree.length / roleScored.length });
  const dwScored = cases.filter((c) => typeof c.label.dual_write === 'boolean');
  const count = (want: boolean, got: boolean) => dwScored.filter((c) => c.label.dual_write === want && c.got.dualWrite === got).length;
  const tp = count(true, true); const fp = count(false, true); const fn = count(true, false);
  expect(r.dualWrite).toEqual({ tp, fp, fn, tn: count(false, false), precision: tp / (tp + fp), recall: tp / (tp + fn) });
  // A pair with neither label, or only 'unknown' ones, is not scored at all.
  const scored = (c: Case) => roleScored.includes(c) || dwScored.includes(c);
  expect(r.unlabelled).toBe(cases.filter((c) => !scored(c)).length);
  const roleOff = cases.flatMap((c, i) => (c.label.role === 'derived' || c.label.role === 'authoritative') && c.got.role !== c.label.role ? [`m${i}:role`] : []);
  const dwOff = cases.flatMap((c, i) => typeof c.label.dual_write === 'boolean' && c.label.dual_write !== c.got.dualWrite ? [`m${i}:dual_write`] : []);
  expect(r.disagreements.map((d) => `${d.module}:${d.fact}`).sort()).toEqual([...roleOff, ...dwOff].sort());
  const fpCase = r.disagreements.find((d) => d.fact === 'dual_write' && d.label === 'false')!;
  expect(fpCase.note).toBe(`dw ${fpCase.module.slice(1)}`);
  expect(fpCase.evidence).toEqual([`${fpCase.module}/models/a.py:${Number(fpCase.module.slice(1)) + 1}`]);
});

test('evaluate scores role and dual write only on labelled pairs the scanner found', async () => {
  const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-eval-facts-'));
  fs.symlinkSync(FIXTURE_ADDONS, path.join(repos, 'example+addons'));
  // What pgcap says of the fixture addons, to build labels that agree with some pairs and not with others.
  const scan = await scanAddonsParsed([path.join(repos, 'example+addons')]);
  const report = buildReport({ schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, collectedAt: '', collector: { name: 'pgcap', version: VERSION, runtime: 'eval' }, catalogVersion: 1, database: null, scan });
  const byModule = new Map<string, typeof report.findings>();
  for (const f of report.findings) byModule.set(f.module, [...(byModule.get(f.module) ?? []), f]);
  const modules = [...byModule.keys()].sort();
  expect(modules.length).toBeGreaterThanOrEqual(2);
  const flip = (role: string) => (role === 'derived' ? 'authoritative' : 'derived');
  // Even modules: labels agree with pgcap; odd modules: labels contradict both facts.
  const labels: Labels = {
    repos: [{ repo: 'example/addons' }],
    modules: modules.map((module, i) => {
      const stores = [...new Set(byModule.get(module)!.map((f) => f.store))].sort();
      const pairs = Object.fromEntries(stores.map((s) => {
        const f = byModule.get(module)!.find((x) => x.store === s)!;
        const role = i % 2 === 0 && f.role !== 'unknown' ? f.role : flip(f.role);
        return [s, { role, dual_write: i % 2 === 0 ? f.dualWrite : !f.dualWrite, role_note: `${module} role`, dual_write_note: `${module} dw` }] as const;
      }));
      return { repo: 'example/addons', module, stores: [...stores, 'not_found_store'], pairs: { ...pairs, not_found_store: { role: 'derived' as const, dual_write: true } } };
    }),
  };
  const r = await evaluate(labels, repos);
  const pairs = modules.flatMap((module, i) => [...new Set(byModule.get(module)!.map((f) => f.store))].map((store) => ({ module, store, f: byModule.get(module)!.find((x) => x.store === store)!, agree: i % 2 === 0 })));
  const roleAgree = pairs.filter((p) => p.agree && p.f.role !== 'unknown').length;
  expect(r.facts.role).toMatchObject({ agree: roleAgree, total: pairs.length });
  const want = (p: typeof pairs[number]) => (p.agree ? p.f.dualWrite : !p.f.dualWrite);
  expect(r.facts.dualWrite).toMatchObject({
    tp: pairs.filter((p) => want(p) && p.f.dualWrite).length,
    fp: pairs.filter((p) => !want(p) && p.f.dualWrite).length,
    fn: pairs.filter((p) => want(p) && !p.f.dualWrite).length,
    tn: pairs.filter((p) => !want(p) && !p.f.dualWrite).length,
  });
  // The pair pgcap did not find is a store false negative, not a role or dual-write disagreement.
  expect(r.falseNegatives.map((e) => e.store)).toEqual(modules.map(() => 'not_found_store'));
  expect(r.facts.disagreements.every((d) => d.store !== 'not_found_store')).toBe(true);
  expect(r.facts.disagreements.filter((d) => d.fact === 'dual_write').map((d) => d.module).sort()).toEqual(pairs.filter((p) => !p.agree).map((p) => p.module).sort());
});
