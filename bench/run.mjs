// Builds bench/bench.ts with esbuild into dist/ (inside the package, so that its npm dependencies
// such as web-tree-sitter resolve) and runs it with --expose-gc; then bench/server.ts, which runs
// the built CLI (dist/pgcap.mjs, rebuilt first) against an embedded PostgreSQL.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
const out = path.join(root, 'dist', 'bench.mjs');
await build({ entryPoints: [path.join(root, 'bench/bench.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const r = spawnSync(process.execPath, ['--expose-gc', out, root], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;

const serverOut = path.join(root, 'dist', 'bench-server.mjs');
if (spawnSync(process.execPath, [path.join(root, 'build/cli.mjs')], { stdio: 'inherit' }).status !== 0) process.exitCode = 1;
await build({ entryPoints: [path.join(root, 'bench/server.ts')], outfile: serverOut, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const s = spawnSync(process.execPath, [serverOut, root], { stdio: 'inherit' });
if (s.status !== 0) process.exitCode = s.status ?? 1;
