// Sentences about the scope of an audit, made once for every export and the dashboard: what the
// findings count, how the sections apart are introduced, and what the module inventory says.
import { ORIGIN_TITLES, ORIGINS } from './origin';
import type { Role } from './catalog';
import type { CapabilityStatus, ModuleEntry, ProbeRun, Report, Section } from './report-types';

const RUNNING_STATES = ['installed', 'to upgrade', 'to remove'];

/** The database's module list was read: installation states are known. */
export function statesKnown(r: Report): boolean {
  return r.modules.some((m) => m.state !== null);
}

/** What the summary's findings count. */
export function findingsScope(r: Report): string {
  return statesKnown(r)
    ? 'in modules that run in this database'
    : r.source.database ? 'in the scanned modules (the module list of the database could not be read: installation not checked)'
      : 'in the scanned modules (no database audited: installation not checked)';
}

export const SECTION_TITLES: Record<Section, string> = {
  findings: 'External stores',
  odoo: "External stores of Odoo's own modules",
  not_installed: 'On disk, not installed',
};

export function sectionIntro(r: Report, section: Section): string {
  if (section === 'odoo') return `Context, not findings to act on: modules of Odoo's own${statesKnown(r) ? ', installed in this database' : ''}.`;
  if (section === 'not_installed') return 'Modules found in the addons folders that do not run in the audited database: not counted in the summary.';
  return '';
}

/** A module's state as the inventory shows it. */
export function moduleState(r: Report, m: ModuleEntry): string {
  if (m.state) return m.state;
  if (!m.installable) return 'not installable';
  return statesKnown(r) ? 'not in this database' : 'on disk';
}

/** The modules in scope: installed in the audited database, or (without its module list) the installable ones scanned. */
export function modulesInScope(r: Report): ModuleEntry[] {
  return statesKnown(r) ? r.modules.filter((m) => m.state !== null && RUNNING_STATES.includes(m.state)) : r.modules.filter((m) => m.installable);
}

/** The inventory's first sentence: how many modules, of which origin. */
export function inventorySentence(r: Report): string {
  const list = modulesInScope(r);
  const counts = [...ORIGINS].reverse().map((o) => `${list.filter((m) => m.origin === o).length} ${ORIGIN_TITLES[o]}`);
  const what = statesKnown(r) ? 'installed in this database' : 'scanned (installation not checked)';
  return `${list.length} module${list.length === 1 ? '' : 's'} ${what}: ${counts.join(', ')}. Listed: every one that is not Odoo's own, and any with a finding.`;
}

/** The modules the inventory table lists. */
export function listedModules(r: Report): ModuleEntry[] {
  return r.modules.filter((m) => m.origin !== 'odoo' || m.findings > 0);
}

/** What the store inventory is, said once above its table in every export and the dashboard. */
export const INVENTORY_INTRO = 'Every store outside PostgreSQL this deployment relies on, Odoo\'s own included: each is another thing to back up, monitor, secure and keep current, and none is restored by a point-in-time recovery of PostgreSQL.';

/** An item of a store's operational checklist (the catalog's `operations` keys) as a reader says it. */
export const CHECKLIST_TITLES: Record<string, string> = {
  backup: 'Backup', monitoring: 'Monitoring', credentials: 'Credentials', version: 'Upgrades', pitr: 'Point-in-time recovery',
};

export const INVENTORY_KIND_TITLES: Record<'external' | 'odoo', string> = { external: 'external store', odoo: "Odoo's own" };

/** A capability's status as a reader says it. */
export const CAPABILITY_STATUS_TITLES: Record<CapabilityStatus, string> = { in_use: 'in use', not_in_use: 'not in use', not_checked: 'not checked' };

/** A probe's outcome as a reader says it. */
export const PROBE_STATUS_TITLES: Record<ProbeRun['status'], string> = { ok: 'ran', error: 'failed', skipped: 'not run', not_run: 'not run' };

/** A role as a reader says it. */
export const ROLE_TITLES: Record<Role, string> = { derived: 'derived (a rebuildable copy)', authoritative: 'authoritative (holds data of its own)', unknown: 'undecided' };

export function roleTitle(role: string | null | undefined): string {
  return role ? ROLE_TITLES[role as Role] ?? role : '—';
}

/**
 * The addons folders as a client reads them: each by its last folder names, as few as tell them
 * apart ("addons", "17/addons" beside "odoo/addons"), never the auditor's absolute path or home.
 */
export function rootLabels(roots: string[]): string[] {
  const parts = roots.map((r) => r.replace(/\\/g, '/').split('/').filter((x) => x !== '' && x !== '.'));
  return parts.map((p, i) => {
    for (let n = 1; n <= p.length; n++) {
      const tail = p.slice(-n).join('/');
      if (parts.every((q, j) => j === i || q.slice(-n).join('/') !== tail) || n === p.length) return tail.replace(/^(\.\.\/)+/, '') || '.';
    }
    return '.';
  });
}

/** A text with each addons root's absolute path replaced by its label (a warning, a skipped file's reason). */
export function withRootLabels(text: string, roots: string[]): string {
  const labels = rootLabels(roots);
  return roots
    .map((root, i) => ({ root: root.replace(/[\\/]+$/, ''), label: labels[i]! }))
    .filter((x) => x.root.length > 1)
    .sort((a, b) => b.root.length - a.root.length)
    .reduce((t, x) => t.split(x.root).join(x.label), text);
}

/** Where an acceptance comes from, without the folders of the auditor's machine: ".pgcap-accept.yml:3"
 * (pgcap records the path given to --accept, which may be absolute). */
export function acceptSourceName(source: string): string {
  return source.replace(/^.*[\\/]/, '');
}
