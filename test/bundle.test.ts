// The dashboard bundle is committed (the addon folder installs as is): it must match the sources.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './support/fixtures';

test('the committed dashboard bundle is the build of the current sources', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'build/dashboard.mjs'), '--check'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
