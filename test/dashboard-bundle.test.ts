// The bundle Odoo loads with every backend page stays small and holds no judging code; the judge
// comes in its own bundle (pg_capabilities.assets_judge), loaded on demand.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './support/fixtures';

interface Built { dashboard: string; judge: string; dashboardInputs: string[]; judgeInputs: string[]; sizes: { dashboard: number; judge: number }; hash: string }

let built: Built | undefined;
/** build/dashboard.mjs is an ES module with top-level await: run in a Node of its own, as npm run build runs it. */
function build(): Built {
  if (built) return built;
  const script = `const m = await import(${JSON.stringify(path.join(ROOT, 'build/dashboard.mjs'))});
const b = await m.buildBundles();
process.stdout.write(JSON.stringify({ ...b, sizes: await m.minifiedSizes(), hash: m.judgeHash(b.judge) }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  built = JSON.parse(r.stdout) as Built;
  return built;
}

/** core's judging code, exporters and catalog: none of it belongs in the small bundle. */
const JUDGING = /^(static_src\/core\/(report|findings|usage|verdict|capabilities|channels|coverage|scope|origin|inventory|workload|redact|catalog|diff|accept|engagement|snapshot)\.ts|static_src\/core\/export\/(?!formats\.ts).*|manifest\.json)$/;

test('the small bundle is under 60 KB minified, and the judge bundle holds the judge', () => {
  const { sizes } = build();
  expect(sizes.dashboard).toBeLessThan(60 * 1024);
  expect(sizes.judge).toBeGreaterThan(sizes.dashboard);
});

test('the small bundle holds no judging code; the judge bundle does, and registers the JudgeApi', () => {
  const b = build();
  expect(b.dashboardInputs.filter((f) => JUDGING.test(f))).toEqual([]);
  expect(b.dashboardInputs).toContain('static_src/dashboard/data.ts');
  for (const f of ['static_src/core/report.ts', 'static_src/core/findings.ts', 'static_src/core/verdict.ts', 'static_src/core/diff.ts', 'static_src/core/export/index.ts', 'manifest.json']) {
    expect(b.judgeInputs).toContain(f);
  }
  expect(b.judge).toMatch(/registry\.category\("pg_capabilities"\)\.add\("judge"/);
});

test('the small bundle knows its judge by the judge bundle\'s hash, and both bundles are in the manifest', () => {
  const b = build();
  expect(b.dashboard).toContain(JSON.stringify(b.hash));
  const manifest = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/__manifest__.py'), 'utf8');
  expect(manifest).toMatch(/"web\.assets_backend": \[\s*"pg_capabilities\/static\/src\/dashboard\/\*\*\/\*",\s*\]/);
  expect(manifest).toMatch(/"pg_capabilities\.assets_judge": \[\s*"pg_capabilities\/static\/src\/judge\/\*\*\/\*",\s*\]/);
});
