import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate, type Labels } from '../static_src/cli/eval';
import { FIXTURE_ADDONS } from './support/fixtures';

test('precision and recall per store kind against labels, module by module', () => {
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
  const r = evaluate(labels, repos);
  expect(r.missing).toEqual(['example/missing']);
  expect(r.modules).toBe(4);
  const byStore = Object.fromEntries(r.perStore.map((s) => [s.store, s]));
  expect(byStore.redis).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  expect(byStore.kafka).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0 });
  expect(byStore.elasticsearch).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
  expect(r.overall).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3 });
  expect(r.errors.map((e) => e.module)).toEqual(['mongo_customer_profiles', 'search_elastic_products']);
});

test('a complete repository counts findings in its unlisted modules as false positives', () => {
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
  const r = evaluate(labels, repos);
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

test('false negatives are listed per (module, store) pair', () => {
  const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-eval-fn-'));
  const dir = path.join(repos, 'acme+settings', 'store_settings');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '__manifest__.py'), '{"name": "store_settings", "depends": ["base"]}\n');
  const labels: Labels = { repos: [{ repo: 'acme/settings', complete: true }], modules: [{ repo: 'acme/settings', module: 'store_settings', stores: ['s3', 'redis'] }] };
  const r = evaluate(labels, repos);
  expect(r.falseNegatives.map((e) => `${e.module}:${e.store}`)).toEqual(['store_settings:redis', 'store_settings:s3']);
  expect(r.overall).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: null, recall: 0 });
});
