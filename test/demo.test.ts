// The README's main command, as a new user runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './support/fixtures';

test('pgcap demo audits the sample on an embedded PostgreSQL and writes both reports', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-demo-test-'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/pgcap.mjs'), 'demo', '--out-dir', out], { encoding: 'utf8', timeout: 120000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/critical mongo_customer_profiles -> mongodb \(authoritative, dual write\)/);
  expect(r.stdout).toMatch(/3 NOTIFY channels \(1 listening\)/);
  const md = fs.readFileSync(path.join(out, 'report.md'), 'utf8');
  expect(md).toContain('| imbus | 1 |');
  expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('search_elastic_products');
  // the server is gone: no postgres process left on the demo's data folder
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout;
  expect(ps).not.toMatch(/pgcap-demo-[A-Za-z0-9]+\/data/);
});
