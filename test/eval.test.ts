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
