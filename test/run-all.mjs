// `npm test`: build, type-check, the jest suites and the Python unittest suite, then one closing
// line "N passed, N failed, N skipped" summed over both runners. Exit 1 if anything failed.
// First, what the machine needs (Debian's Python packages): installed as root, else exit 1 with
// the command to run, before any test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemDeps } from './support/system-deps.mjs';

const python = process.env.PGCAP_PYTHON ?? '/usr/bin/python3';
if (!ensureSystemDeps(python)) process.exit(1);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-run-'));
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts }).status;

const totals = { passed: 0, failed: 0, skipped: 0 };
// the fault and security suite: jest tests titled "attack: ...", Python tests named test_attack_*
const attacks = { tried: 0, held: 0 };
let broken = [];

if (run(process.execPath, ['build/cli.mjs']) !== 0) broken.push('build');
if (run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0) broken.push('type check');

const jestJson = path.join(tmp, 'jest.json');
run(bin('jest'), ['--json', `--outputFile=${jestJson}`, ...process.argv.slice(2)]);
if (fs.existsSync(jestJson)) {
  const j = JSON.parse(fs.readFileSync(jestJson, 'utf8'));
  totals.passed += j.numPassedTests;
  totals.failed += j.numFailedTests;
  totals.skipped += j.numPendingTests + j.numTodoTests;
  if (j.numRuntimeErrorTestSuites > 0) broken.push(`${j.numRuntimeErrorTestSuites} jest suite(s) did not run`);
  for (const suite of j.testResults) {
    for (const t of suite.assertionResults) {
      if (!t.title.startsWith('attack: ')) continue;
      attacks.tried += 1;
      if (t.status === 'passed') attacks.held += 1;
    }
  }
} else broken.push('jest');

const pyJson = path.join(tmp, 'python.json');
// the CLI the Python tests start keeps its scan cache in the run's folder, not ~/.cache/pgcap
run(python, ['test/python/run.py', pyJson], { env: { ...process.env, XDG_CACHE_HOME: path.join(tmp, 'cache') } });
if (fs.existsSync(pyJson)) {
  const p = JSON.parse(fs.readFileSync(pyJson, 'utf8'));
  totals.passed += p.passed;
  totals.failed += p.failed;
  totals.skipped += p.skipped;
  attacks.tried += p.attacks?.tried ?? 0;
  attacks.held += p.attacks?.held ?? 0;
} else broken.push(`python suite (${python})`);

fs.rmSync(tmp, { recursive: true, force: true });
if (broken.length) console.log(`\nnot run or broken: ${broken.join(', ')}`);
console.log(`\nfault and security suite: attacks tried ${attacks.tried}, held ${attacks.held}`);
console.log(`\n${totals.passed} passed, ${totals.failed + broken.length} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed + broken.length > 0 ? 1 : 0;
