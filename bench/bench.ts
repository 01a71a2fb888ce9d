// npm run bench: speed and memory of the scanner and the report engine, each as a ratio to a
// baseline measured in the same run on the same data, so machines of any speed compare.
//   scan ratio   = scanning a tree / only reading its files and splitting lines (line scan alone,
//                  then with the structure pass that parses the modules naming a store, as pgcap scan does)
//   report ratio = buildReport on a snapshot with 5,000 findings (bench/snapshot.ts) / JSON.parse of that snapshot
//   memory       = heap growth of buildReport / size of the snapshot JSON
//   scanner vs floor = pgcap scan (built CLI, a process per run: cold, warm cache, one file touched)
//                  and the Python collector / listing the files that hold a catalog literal
//                  (ripgrep when installed, else a Node literal scan), on PGCAP_BENCH_TREE (an addons
//                  folder such as Odoo's odoo/addons) or else the generated tree above
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildReport } from '../static_src/core/report';
import type { Snapshot } from '../static_src/core/snapshot';
import { scanAddons, scanAddonsParsed } from '../static_src/cli/scanner';
import { generateSnapshot } from './snapshot';
import { scannerVsFloor } from './scanner-floor';

const root = process.argv[2] ?? '.';
const fixtures = path.join(root, 'test/fixtures/addons');

function time<T>(fn: () => T, runs = 5): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    value = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: best, value };
}

// A tree of 400 modules: the fixture modules copied 50 times.
const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-bench-'));
for (let i = 0; i < 50; i++) {
  for (const m of fs.readdirSync(fixtures)) {
    if (m === 'odd_files') continue;
    fs.cpSync(path.join(fixtures, m), path.join(tree, `${m}_${i}`), { recursive: true });
  }
}
const readAll = () => {
  let lines = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else lines += fs.readFileSync(p, 'utf8').split(/\r\n|\r|\n/).length;
    }
  };
  walk(tree);
  return lines;
};
const base = time(readAll);
const scan = time(() => scanAddons([tree]));
console.log(`scan: ${scan.value.modules.length} modules, ${scan.value.filesScanned} files in ${scan.ms.toFixed(0)} ms; read-only baseline ${base.ms.toFixed(0)} ms; ratio ${(scan.ms / base.ms).toFixed(1)}x`);
let parsedMs = Infinity;
let parsedModules = 0;
for (let i = 0; i < 5; i++) {
  const t = process.hrtime.bigint();
  parsedModules = (await scanAddonsParsed([tree])).structure?.length ?? 0;
  parsedMs = Math.min(parsedMs, Number(process.hrtime.bigint() - t) / 1e6);
}
console.log(`scan with the structure pass (${parsedModules} modules parsed): ${parsedMs.toFixed(0)} ms; ratio ${(parsedMs / base.ms).toFixed(1)}x`);

// 5,000 findings (bench/snapshot.ts: the fixtures' store modules copied and installed)
const snapshot: Snapshot = await generateSnapshot(root, 5000);
const text = JSON.stringify(snapshot);
const parse = time(() => JSON.parse(text) as Snapshot);
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const report = time(() => buildReport(parse.value), 3);
const heapAfter = process.memoryUsage().heapUsed;
console.log(`report: ${report.value.findings.length} findings in ${report.ms.toFixed(0)} ms; JSON.parse baseline ${parse.ms.toFixed(0)} ms; ratio ${(report.ms / parse.ms).toFixed(1)}x`);
console.log(`memory: heap grew ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB for a ${(text.length / 1e6).toFixed(1)} MB snapshot; ratio ${((heapAfter - heapBefore) / text.length).toFixed(1)}x${global.gc ? '' : ' (run node with --expose-gc for a steadier figure)'}`);
scannerVsFloor(root, tree);
fs.rmSync(tree, { recursive: true, force: true });
