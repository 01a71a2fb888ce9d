// What `npm test` needs from the machine beyond node_modules, checked before any test runs:
// the Python suite's modules under /usr/bin/python3 (or PGCAP_PYTHON), from Debian's packages,
// and setpriv (util-linux), which a jest suite uses to drop root. On a fresh Debian machine, as
// root with apt-get, the missing packages are installed; otherwise one line names the command.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Python module -> the Debian package that provides it for /usr/bin/python3
export const PYTHON_MODULES = [
  ['psycopg2', 'python3-psycopg2'],
  ['jsonschema', 'python3-jsonschema'],
];
const DEBIAN_PYTHON = '/usr/bin/python3';

const which = (cmd) => (cmd.includes('/') ? [cmd] : (process.env.PATH ?? '').split(path.delimiter)
  .filter(Boolean).map((dir) => path.join(dir, cmd))).find((f) => fs.existsSync(f));
const onPath = (cmd) => which(cmd) !== undefined;
const realpath = (f) => { try { return fs.realpathSync(f); } catch { return undefined; } };
// Debian's interpreter (whatever name points at it), the one that apt's python3-* packages serve
const isDebianPython = (python) => {
  const exe = which(python);
  return exe !== undefined && realpath(exe) === realpath(DEBIAN_PYTHON);
};

/** What is missing: the interpreter itself, Python modules, commands, and the Debian packages for them */
export function missingDeps(python) {
  const noPython = spawnSync(python, ['-c', ''], { stdio: 'ignore' }).status !== 0;
  const modules = [];
  const tools = [];
  const packages = noPython ? ['python3'] : [];
  for (const [mod, pkg] of PYTHON_MODULES) {
    if (noPython || spawnSync(python, ['-c', `import ${mod}`], { stdio: 'ignore' }).status !== 0) {
      modules.push(mod);
      packages.push(pkg);
    }
  }
  if (process.getuid?.() === 0 && !onPath('setpriv')) { tools.push('setpriv'); packages.push('util-linux'); }
  return { noPython, modules, tools, packages };
}

/**
 * Makes sure the machine has what the suites need. Returns true when it does (installing what is
 * missing if it may); otherwise prints one line with the command to run and returns false.
 */
export function ensureSystemDeps(python) {
  const { noPython, modules, tools, packages } = missingDeps(python);
  if (!packages.length) return true;
  const root = process.getuid?.() === 0;
  const sudo = root ? '' : 'sudo ';
  const apt = `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const lacks = [
    noPython ? `${python} does not run` : modules.length ? `${python} cannot import ${modules.join(', ')}` : '',
    tools.length ? `no ${tools.join(', ')} on PATH` : '',
  ].filter(Boolean).join(' and ');
  const what = `${lacks}, which the tests need`;
  const debianPython = isDebianPython(python) || (python === DEBIAN_PYTHON && noPython);
  const canInstall = root && onPath('apt-get') && !process.env.PGCAP_NO_APT && (debianPython || !modules.length);
  if (!canInstall) {
    const how = debianPython || !modules.length
      ? `run: ${apt}`
      : `install ${noPython ? 'a Python' : modules.join(', ')} for PGCAP_PYTHON=${python}, or unset it to use Debian's ${DEBIAN_PYTHON} (${apt})`;
    console.error(`npm test: ${what}; ${how}`);
    return false;
  }
  console.log(`npm test: ${what}; installing: DEBIAN_FRONTEND=noninteractive ${apt}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...packages]]) {
    const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) {
      const err = (r.stderr || String(r.error ?? '')).trim().split('\n').slice(-3).join(' | ');
      console.error(`npm test: apt-get ${args[0]} failed (${err}); run: ${apt}`);
      return false;
    }
  }
  const left = missingDeps(python).packages;
  if (left.length) {
    console.error(`npm test: ${left.join(', ')} still missing after apt-get install ${packages.join(' ')}`);
    return false;
  }
  return true;
}
