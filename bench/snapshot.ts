// A snapshot of a large deployment for the benchmarks (npm run bench, npm run bench:dashboard):
// the test fixtures' store modules (test/fixtures/addons, addons-scope, secrets-addons: Redis,
// Elasticsearch, MongoDB, S3, Azure, Kafka, SQL bridges...) scanned by pgcap's own scanner with the
// structure pass, then copied under new names until the real core judges exactly `count` findings,
// every copy installed in the snapshot's module list and written by an author of its own (custom,
// OCA, third party), over the demo's database probes. Deterministic: the same input, the same
// snapshot.
import fs from 'node:fs';
import path from 'node:path';
import { buildReport } from '../static_src/core/report';
import type { ProbeRow, ScanFacts, ScannedModule, SignatureMatch, Snapshot } from '../static_src/core/snapshot';
import { scanAddonsParsed } from '../static_src/cli/scanner';

const ROOTS = ['test/fixtures/addons', 'test/fixtures/addons-scope', 'test/fixtures/secrets-addons'];
/** Authors the copies are written by, so that origins and modules vary as in a real deployment. */
const AUTHORS = ['Odoo Community Association (OCA)', 'Example Integrator', 'Acme Logistics', 'Northwind IT', 'Contoso Retail'];
/** The audited company (probe odoo_companies): its modules are custom code. */
const COMPANY = 'Acme Logistics';

/** Renames a module in a path or a dotted name, wherever it appears as a whole word. */
function renamer(from: string, to: string): (s: string) => string {
  const re = new RegExp(`\\b${from}\\b`, 'g');
  return (s) => s.replace(re, to);
}

/** A module's scanned facts (module, matches, structure) under another name. */
function copyModule(scan: ScanFacts, name: string, to: string, author: string) {
  const rename = renamer(name, to);
  const mod = scan.modules.find((m) => m.name === name)!;
  const module: ScannedModule = { ...mod, name: to, path: rename(mod.path), author };
  const matches: SignatureMatch[] = scan.matches.filter((m) => m.module === name)
    .map((m) => ({ ...m, module: to, file: rename(m.file) }));
  const structure = (scan.structure ?? []).filter((x) => x.module === name)
    .map((x) => JSON.parse(rename(JSON.stringify(x))) as NonNullable<ScanFacts['structure']>[number]);
  return { module, matches, structure };
}

/** root: the repository (the fixtures and the demo snapshot are read from it). */
export async function generateSnapshot(root: string, count = 5000): Promise<Snapshot> {
  const base: Snapshot = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/demo/snapshot.json'), 'utf8'));
  const scan = await scanAddonsParsed(ROOTS.map((r) => path.join(root, r)));
  // the templates: the fixture modules the core judges into findings, when installed
  const installed = (name: string, author: string): ProbeRow => ({ name, state: 'installed', author, version: '17.0.1.0.0', license: 'LGPL-3' });
  const probe = base.database!.probes.find((p) => p.id === 'odoo_modules')!;
  const trial: Snapshot = {
    ...base,
    scan: { ...scan, roots: scan.roots },
    database: { ...base.database!, probes: base.database!.probes.map((p) => p.id === 'odoo_modules'
      ? { ...p, rows: [...p.rows, ...scan.modules.map((m) => installed(m.name, m.author))] } : p) },
  };
  const perModule = new Map<string, number>();
  for (const f of buildReport(trial).findings) perModule.set(f.module, (perModule.get(f.module) ?? 0) + 1);
  const templates = [...perModule.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (!templates.length) throw new Error('no fixture module gives a finding: the benchmark snapshot would be empty');

  const out: ScanFacts = { ...scan, modules: [], matches: [], structure: [], skipped: [], filesScanned: 0, bytesScanned: 0 };
  const rows: ProbeRow[] = [...probe.rows];
  let findings = 0;
  let copies = 0;
  for (let i = 0; findings < count; i++) {
    const [name, n] = templates[i % templates.length]!;
    if (findings + n > count) {
      // the last copies: a template with as few findings as still fit
      const fit = templates.find(([, k]) => findings + k <= count);
      if (!fit) throw new Error(`cannot reach exactly ${count} findings with the fixture modules`);
      templates.splice(0, templates.length, fit);
      i = -1;
      continue;
    }
    const author = AUTHORS[copies % AUTHORS.length]!;
    const to = `${name}_${String(copies++).padStart(4, '0')}`;
    const copy = copyModule(scan, name, to, author);
    out.modules.push(copy.module);
    out.matches.push(...copy.matches);
    out.structure!.push(...copy.structure);
    out.filesScanned += copy.module.files;
    rows.push(installed(to, author));
    findings += n;
  }
  out.bytesScanned = Math.round(scan.bytesScanned * out.modules.length / Math.max(1, scan.modules.length));
  const probes = base.database!.probes.filter((p) => p.id !== 'odoo_companies')
    .map((p) => (p.id === 'odoo_modules' ? { ...p, rows } : p));
  probes.push({ id: 'odoo_companies', status: 'ok', rows: [{ name: COMPANY }], durationMs: 1 });
  return { ...base, scan: out, database: { ...base.database!, probes } };
}
