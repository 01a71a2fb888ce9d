// Builds the pgcap CLI into dist/pgcap.mjs: one ESM file, the probe SQL and the catalog inside,
// npm dependencies left external (they are installed with the package).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sqlDir = path.join(root, 'odoo_addon/pg_capabilities/sql');

/** virtual:probe-sql: every probe's text keyed by file name. */
const probeSql = {
  name: 'probe-sql',
  setup(b) {
    b.onResolve({ filter: /^virtual:probe-sql$/ }, () => ({ path: 'probe-sql', namespace: 'probe-sql' }));
    b.onLoad({ filter: /.*/, namespace: 'probe-sql' }, () => {
      const files = fs.readdirSync(sqlDir).filter((f) => f.endsWith('.sql')).sort();
      const map = Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(sqlDir, f), 'utf8')]));
      return { contents: `export default ${JSON.stringify(map)};`, loader: 'js', watchFiles: files.map((f) => path.join(sqlDir, f)) };
    });
  },
};

await build({
  entryPoints: [path.join(root, 'static_src/cli/bin.ts')],
  outfile: path.join(root, 'dist/pgcap.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  loader: { '.sql': 'text' },
  banner: { js: '#!/usr/bin/env node\n// pgcap, built from static_src/cli by build/cli.mjs. Do not edit.' },
  plugins: [probeSql],
  logLevel: 'warning',
});
fs.chmodSync(path.join(root, 'dist/pgcap.mjs'), 0o755);

// The addon carries its own copy of the catalog (it must install from its folder alone);
// test/python/test_catalog.py fails when the committed copy differs from manifest.json.
fs.copyFileSync(path.join(root, 'manifest.json'), path.join(root, 'odoo_addon/pg_capabilities/data/catalog.json'));
