// What belongs to the audited deployment: code that runs (not tests, demo data, docs or examples)
// of modules that run (installable, and installed in the audited database when one was audited).
import { catalog as defaultCatalog, type Catalog } from './catalog';
import { probeResult, probeRows, type ProbeRow, type SignatureMatch, type Snapshot } from './snapshot';

/** ir_module_module states in which a module's code runs. */
const ACTIVE_STATES = new Set(['installed', 'to upgrade', 'to remove']);

export type NonRuntime = 'tests' | 'demo' | 'docs' | 'examples';

const DIR_KIND: Record<string, NonRuntime> = {
  tests: 'tests', test: 'tests', demo: 'demo', doc: 'docs', docs: 'docs',
  example: 'examples', examples: 'examples', sample: 'examples', samples: 'examples',
};

/** Why a file's code does not run in production, or null when it does. `file` is relative to the
 * addons root and `modulePath` is the module's folder, so only folders inside the module count. */
export function nonRuntime(file: string, modulePath: string, cat: Catalog = defaultCatalog): NonRuntime | null {
  const inside = file.startsWith(`${modulePath}/`) ? file.slice(modulePath.length + 1) : file;
  const parts = inside.split('/');
  const name = parts.pop()!;
  for (const dir of parts) {
    if (cat.scan.nonRuntime.dirs.includes(dir)) return DIR_KIND[dir] ?? 'examples';
  }
  if (cat.scan.nonRuntime.filePatterns.some((p) => new RegExp(p).test(name))) return 'tests';
  return null;
}

export interface ModuleState {
  /** The database's module list was read. */
  known: boolean;
  row?: ProbeRow;
  /** Its code runs in the audited database (always true when no database was audited). */
  active: boolean;
  /** Sentence for a module that does not run here. */
  why?: string;
}

export function moduleStates(s: Snapshot): (name: string) => ModuleState {
  const known = probeResult(s, 'odoo_modules')?.status === 'ok';
  const rows = new Map(probeRows(s, 'odoo_modules').map((r) => [String(r.name), r]));
  return (name) => {
    if (!known) return { known, active: true };
    const row = rows.get(name);
    if (!row) return { known, active: false, why: 'it is on disk but not in the module list of this database' };
    const state = String(row.state);
    return ACTIVE_STATES.has(state) ? { known, row, active: true } : { known, row, active: false, why: `it is ${state} in this database` };
  };
}

/** Installed modules of the audited database, by name. */
export function installedModules(s: Snapshot): Set<string> {
  return new Set(probeRows(s, 'odoo_modules').filter((r) => ACTIVE_STATES.has(String(r.state))).map((r) => String(r.name)));
}

/** Code matches that count as use in the audited deployment: in files that run, of modules that
 * run (installable, and installed in the audited database when one was audited). */
export function runningMatches(s: Snapshot, cat: Catalog = defaultCatalog): SignatureMatch[] {
  const scan = s.scan;
  if (!scan) return [];
  const stateOf = moduleStates(s);
  const modules = new Map(scan.modules.map((m) => [m.name, m]));
  return scan.matches.filter((m) => {
    const mod = modules.get(m.module);
    return mod !== undefined && mod.installable && stateOf(m.module).active && nonRuntime(m.file, mod.path, cat) === null;
  });
}
