// "scanner vs floor": the addons scan as a user runs it (the built CLI, one process per run) and the
// Python collector, against the floor: listing the files that hold any literal of the catalog
// (what no scanner can do without). Each figure is a ratio to the floor measured in the same run,
// with files/s, MB/s and the peak RSS of the process. It reports; it fails nothing.
//
//   PGCAP_BENCH_TREE=<addons folder>   the tree (else the generated one, with a note)
//   PGCAP_PYTHON=<python>              the Python collector's interpreter (default /usr/bin/python3)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog } from '../static_src/core/catalog';

const RUNS = 3;
const TIME = '/usr/bin/time';
const PYTHON = process.env.PGCAP_PYTHON ?? '/usr/bin/python3';

interface Run { ms: number; rssMb: number | null; ok: boolean; stderr: string }

/** One child process, timed; its peak RSS from /usr/bin/time when there is one. */
function spawnTimed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const timed = fs.existsSync(TIME);
  const t = process.hrtime.bigint();
  const r = timed
    ? spawnSync(TIME, ['-f', '%M', cmd, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const kb = timed ? Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1]) : NaN;
  return { ms, rssMb: Number.isFinite(kb) ? kb / 1024 : null, ok: r.status === 0, stderr: r.stderr ?? '' };
}

function best(runs: number, fn: () => Run): Run {
  let out: Run | null = null;
  for (let i = 0; i < runs; i++) {
    const r = fn();
    if (!r.ok) return r;
    if (!out || r.ms < out.ms) out = { ...r, rssMb: Math.max(r.rssMb ?? 0, out?.rssMb ?? 0) || null };
  }
  return out!;
}

const literals = (): string[] => {
  const byStore = new Map(catalog.stores.map((s) => [s.id, s.keywords]));
  return [...new Set(catalog.signatures.flatMap((d) => d.literals ?? (d.store ? byStore.get(d.store) ?? [] : [])))];
};

/** The files of the line scan's endings under `tree` (not hidden folders), with their size. */
function scanFiles(tree: string): { files: string[]; bytes: number } {
  const files: string[] = [];
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || catalog.scan.skipDirs.includes(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && catalog.scan.extensions.some((x) => e.name.toLowerCase().endsWith(x))) {
        files.push(p);
        bytes += fs.statSync(p).size;
      }
    }
  };
  walk(tree);
  return { files, bytes };
}

/** The floor without ripgrep: the same listing by Node, one file at a time. */
function nodeFloor(files: string[], words: string[]): number {
  const t = process.hrtime.bigint();
  let hits = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'latin1').toLowerCase();
    if (words.some((w) => text.includes(w))) hits += 1;
  }
  void hits;
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export function scannerVsFloor(root: string, generated: string): void {
  const given = process.env.PGCAP_BENCH_TREE;
  const tree = given ? path.resolve(given) : generated;
  console.log(`\nscanner vs floor: ${given ? tree : 'the generated tree (set PGCAP_BENCH_TREE to an addons folder, such as Odoo 17\'s odoo/addons, for the figures that matter)'}`);
  const cli = path.join(root, 'dist/pgcap.mjs');
  if (!fs.existsSync(cli)) {
    console.log('  dist/pgcap.mjs is missing: run npm run build first');
    return;
  }
  const { files, bytes } = scanFiles(tree);
  const words = literals();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-bench-floor-'));
  try {
    const mb = bytes / 1e6;
    const rg = spawnSync('rg', ['--version']).status === 0;
    let floor: Run;
    let floorName: string;
    if (rg) {
      const list = path.join(work, 'literals.txt');
      fs.writeFileSync(list, `${words.join('\n')}\n`);
      const globs = catalog.scan.extensions.flatMap((x) => ['-g', `*${x}`]);
      floor = best(RUNS, () => {
        const r = spawnTimed('rg', ['-F', '-i', '-l', '-f', list, ...globs, tree]);
        return { ...r, ok: true }; // rg exits 1 when nothing matches
      });
      floorName = 'rg -F -i -l';
    } else {
      floor = { ms: Math.min(...Array.from({ length: RUNS }, () => nodeFloor(files, words))), rssMb: null, ok: true, stderr: '' };
      floorName = 'Node literal scan';
    }
    const line = (name: string, r: Run) => {
      if (!r.ok) {
        console.log(`  ${name.padEnd(34)} failed: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
        return;
      }
      const s = r.ms / 1000;
      console.log(`  ${name.padEnd(34)} ${r.ms.toFixed(0).padStart(7)} ms  ${(r.ms / floor.ms).toFixed(1).padStart(5)}x floor  `
        + `${Math.round(files.length / s).toString().padStart(7)} files/s  ${(mb / s).toFixed(1).padStart(6)} MB/s  `
        + `peak RSS ${r.rssMb === null ? '-' : `${r.rssMb.toFixed(0)} MB`}`);
    };
    console.log(`  ${files.length} files of the line scan's endings, ${mb.toFixed(1)} MB; best of ${RUNS} runs; the floor lists those`
      + ` holding any of the catalog's ${words.length} literals${rg ? ' (ripgrep)' : ' (Node: ripgrep is not installed)'}`);
    line(`floor: ${floorName}`, floor);
    const scanArgs = (...extra: string[]) => [cli, 'scan', '--no-db', '--addons', tree, '--format', 'json', '--out', path.join(work, 'report.json'), '--quiet', ...extra];
    const cliCold = best(RUNS, () => spawnTimed(process.execPath, scanArgs('--no-cache')));
    line('pgcap scan, cold (--no-cache)', cliCold);
    const cacheDir = path.join(work, 'cache');
    const withCache = () => spawnTimed(process.execPath, scanArgs('--cache-dir', cacheDir));
    withCache(); // fills the cache
    line('pgcap scan, warm (nothing changed)', best(RUNS, withCache));
    // one file touched (its times moved by a second, then put back): read again, the rest cached
    const touched = files.find((f) => f.endsWith('.py')) ?? files[0];
    if (touched) {
      const st = fs.statSync(touched);
      const touchedRun = best(RUNS, () => {
        fs.utimesSync(touched, st.atime, new Date(st.mtimeMs + 1000 + Math.random() * 1000));
        return withCache();
      });
      fs.utimesSync(touched, st.atime, st.mtime);
      line('pgcap scan, one file touched', touchedRun);
    }
    // the Python collector as the module runs it, through its bench entry (collect/bench_scan.py):
    // cold, then with a cache file as a rescan inside Odoo keeps it in its table
    const pkg = path.join(root, 'odoo_addon/pg_capabilities');
    const pyCache = path.join(work, 'py-cache.bin');
    const py = (...extra: string[]) => spawnTimed(PYTHON, ['-B', '-m', 'collect.bench_scan', tree, ...extra], { ...process.env, PYTHONPATH: pkg });
    if (!fs.existsSync(PYTHON)) console.log(`  Python collector: ${PYTHON} not found`);
    else {
      const pyCold = best(RUNS, () => py());
      line('Python collector, cold', pyCold);
      py('--cache', pyCache); // fills the cache
      line('Python collector, warm (cache)', best(RUNS, () => py('--cache', pyCache)));
      if (touched) {
        const st = fs.statSync(touched);
        const touchedRun = best(RUNS, () => {
          fs.utimesSync(touched, st.atime, new Date(st.mtimeMs + 1000 + Math.random() * 1000));
          return py('--cache', pyCache);
        });
        fs.utimesSync(touched, st.atime, st.mtime);
        line('Python collector, one file touched', touchedRun);
      }
      if (pyCold.ok && cliCold.ok) console.log(`  Python collector cold / pgcap scan cold: ${(pyCold.ms / cliCold.ms).toFixed(1)}x (goal <= 2x)`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
