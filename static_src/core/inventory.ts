// The store inventory: every store outside PostgreSQL this deployment relies on. One row per
// external store kind that code running here calls (findings of sections 'findings' and 'odoo'),
// then Odoo's own stores outside the database: the filestore and the session store. Each row
// carries the operational checklist of the catalog: what a second store adds to backups,
// monitoring, credentials, upgrades, and what a point-in-time restore of PostgreSQL leaves out.
import { catalog as defaultCatalog, checklistOf, storeById, type Catalog, type Role } from './catalog';
import { formatBytes, formatNumber } from './format';
import { redact } from './redact';
import { VERDICT_ORDER } from './verdict-labels';
import type { Evidence, Finding, InventoryEntry } from './report-types';
import { probeResult, probeRows, type Snapshot } from './snapshot';

/** Least safe first: a store that owns data outranks one nobody could tell, which outranks a projection. */
const ROLE_RANK: Role[] = ['authoritative', 'unknown', 'derived'];
const MAX_ENDPOINTS = 20;

// a URL with a scheme (redis://, https://, mongodb+srv://), or a quoted host:port
const URL_RE = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s'"`<>()[\]{},;]+/gi;
const HOST_PORT_RE = /["']((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?:\d{2,5})["']/gi;

/** Hosts and URLs an evidence line names, credentials redacted. */
function endpointsOf(e: Evidence, cat: Catalog): string[] {
  if (e.kind !== 'url' && e.kind !== 'config') return [];
  const text = redact(e.snippet, cat.redactions);
  const out: string[] = [];
  for (const m of text.matchAll(URL_RE)) out.push(m[0].replace(/[.…]+$/, ''));
  for (const m of text.matchAll(HOST_PORT_RE)) if (!out.some((u) => u.includes(m[1]!))) out.push(m[1]!);
  return out.filter((u) => !u.endsWith('…'));
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function plural(n: number, word: string): string {
  return `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Names of settings (system parameter keys, server options) that contain one of the keywords. */
function settingsFor(keywords: string[], s: Snapshot): string[] {
  const words = keywords.map((k) => k.toLowerCase()).filter((k) => /^[a-z0-9]/.test(k));
  const keys = probeRows(s, 'odoo_config_keys').map((r) => String(r.key));
  const options = s.odoo?.serverOptions ?? [];
  const named = (name: string) => words.some((w) => name.toLowerCase().includes(w));
  return sorted([...keys.filter(named).map((k) => `ir.config_parameter ${k}`), ...options.filter(named).map((o) => `server option ${o}`)]);
}

function externalEntry(store: string, findings: Finding[], s: Snapshot, cat: Catalog): InventoryEntry {
  const def = storeById(store, cat);
  const first = findings[0]!;
  const evidence = findings.flatMap((f) => [...f.evidence, f.client, ...f.usedBy.flatMap((u) => u.evidence)]);
  const endpoints = sorted(evidence.flatMap((e) => endpointsOf(e, cat))).slice(0, MAX_ENDPOINTS);
  const modules = sorted(findings.flatMap((f) => [f.module, ...f.usedBy.map((u) => u.module)]));
  const role = ROLE_RANK.find((r) => findings.some((f) => f.role === r)) ?? null;
  const verdict = VERDICT_ORDER.find((v) => findings.some((f) => f.verdict === v)) ?? null;
  const facts: string[] = [];
  const own = findings.filter((f) => f.section === 'findings');
  const odoo = findings.filter((f) => f.section === 'odoo');
  if (own.length) facts.push(`Called by ${plural(own.length, 'module')} that run${own.length === 1 ? 's' : ''} here: ${sorted(own.map((f) => f.module)).join(', ')}.`);
  if (odoo.length) facts.push(`Called by Odoo's own ${odoo.length === 1 ? 'module' : 'modules'} ${sorted(odoo.map((f) => f.module)).join(', ')}.`);
  const dual = findings.filter((f) => f.dualWrite);
  if (dual.length) facts.push(`Dual write (one change sent to PostgreSQL and to ${first.storeTitle}) in ${sorted(dual.map((f) => f.module)).join(', ')}.`);
  const tables = new Map(findings.flatMap((f) => f.workload).map((w) => [w.table, w]));
  for (const w of [...tables.values()].sort((a, b) => (a.table < b.table ? -1 : 1))) {
    const size = w.tableBytes == null ? '' : `, ${formatBytes(w.tableBytes + (w.indexBytes ?? 0))} with indexes`;
    facts.push(`Table ${w.table}${w.model ? ` (${w.model})` : ''}: ${w.rows == null ? 'rows not estimated (never analysed)' : plural(w.rows, 'row')}${size}.`);
  }
  if (endpoints.length === 0) facts.push('No host or URL seen in code or data files: it is configured elsewhere (environment, odoo.conf, system parameters).');
  return {
    id: store,
    kind: 'external',
    store,
    title: first.storeTitle,
    endpoints,
    modules,
    models: sorted(findings.flatMap((f) => f.models.map((m) => m.model))),
    role,
    verdict,
    facts,
    checklist: checklistOf(def?.category ?? first.category, cat),
    settings: settingsFor(def?.keywords ?? [store], s),
  };
}

/** Odoo's filestore: attachments from statistics (both collectors), size on disk (the module only). */
function filestoreEntry(s: Snapshot, cat: Catalog): InventoryEntry | null {
  const isOdoo = probeRows(s, 'server')[0]?.is_odoo === true;
  const host = s.odoo?.filestore;
  if (!isOdoo && !s.odoo) return null;
  const facts: string[] = [];
  const att = probeResult(s, 'odoo_attachments');
  const row = att?.status === 'ok' ? att.rows[0] : undefined;
  if (row) {
    const n = (v: unknown) => (typeof v === 'number' ? v : null);
    const total = n(row.rows_estimate);
    const inFiles = n(row.in_filestore_estimate);
    const inDb = n(row.in_database_estimate);
    if (total == null) facts.push('Attachments: ir_attachment was never analysed, so there is no estimate of its rows.');
    else {
      facts.push(`Attachments: about ${plural(total, 'record')} in ir_attachment (${formatBytes(n(row.table_bytes))} in the database for the table itself).`);
      facts.push(inFiles == null ? 'Attachments in the filestore (store_fname): not estimated, the column has no statistics yet.' : `About ${formatNumber(inFiles)} kept as files in the filestore (store_fname).`);
      facts.push(inDb == null ? 'Attachments in the database (db_datas): not estimated, the column has no statistics yet.' : `About ${formatNumber(inDb)} kept in the database itself (db_datas), restored with it.`);
    }
    const loc = typeof row.location === 'string' ? row.location : null;
    facts.push(loc === null ? "Location (ir_attachment.location): not set, so Odoo writes new attachments to the filestore ('file')."
      : `Location (ir_attachment.location): '${redact(loc, cat.redactions)}'${loc === 'file' ? ', new attachments go to the filestore' : loc === 'db' ? ', new attachments go to the database' : ', a custom storage: new attachments go where its module puts them'}.`);
  } else if (!s.database) facts.push('Attachments not counted: no database was audited.');
  else facts.push(`Attachments not counted: ${att ? att.message ?? att.status : 'the collector did not read ir_attachment'}.`);
  if (host) {
    const cut = host.complete ? '' : ` at least (count cut short: ${host.reason ?? 'no reason given'})`;
    facts.push(`On disk: ${plural(host.files, 'file')}, ${formatBytes(host.bytes)}${cut}, counted by the Odoo module in this database's filestore.`);
  } else if (s.odoo) facts.push('On disk: the Odoo module could not look at the filestore folder.');
  else facts.push("On disk: not measured. pgcap reads the database, not the Odoo server's data directory; the Odoo module (a rescan) measures the filestore's size and file count.");
  return {
    id: 'filestore',
    kind: 'odoo',
    store: 'filestore',
    title: 'Odoo filestore',
    endpoints: [],
    modules: ['base'],
    models: ['ir.attachment'],
    // the files exist nowhere else: the database holds only their names
    role: 'authoritative',
    verdict: null,
    facts,
    checklist: checklistOf('filestore', cat),
    settings: sorted(probeRows(s, 'odoo_config_keys').map((r) => String(r.key)).filter((k) => k.startsWith('ir_attachment.')).map((k) => `ir.config_parameter ${k}`)),
  };
}

/** Odoo's session store, when the module saw it. */
function sessionsEntry(s: Snapshot, cat: Catalog): InventoryEntry | null {
  const sessions = s.odoo?.sessions;
  if (!sessions) return null;
  const facts = [sessions.kind === 'filesystem'
    ? "Kind: files on the Odoo server's disk (Odoo's FilesystemSessionStore, under the data directory)."
    : `Kind: a session store replaced by a module (${sessions.kind}); where it keeps sessions is that module's choice.`];
  if (sessions.files != null) facts.push(`${plural(sessions.files, 'session file')} now.`);
  return {
    id: 'sessions',
    kind: 'odoo',
    store: 'sessions',
    title: 'Odoo sessions',
    endpoints: [],
    modules: ['base'],
    models: [],
    role: null,
    verdict: null,
    facts,
    checklist: checklistOf('sessions', cat),
    settings: sorted((s.odoo?.serverOptions ?? []).filter((o) => o.toLowerCase().includes('session')).map((o) => `server option ${o}`)),
  };
}

/** A finding counts in the inventory when its code runs here: the findings proper and Odoo's own modules. */
export function inInventory(f: Finding): boolean {
  return f.section === 'findings' || f.section === 'odoo';
}

/** The inventory of stores outside PostgreSQL: external stores, worst verdict first, then Odoo's own. */
export function buildInventory(findings: Finding[], snapshot: Snapshot, cat: Catalog = defaultCatalog): InventoryEntry[] {
  const byStore = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!inInventory(f)) continue;
    const list = byStore.get(f.store);
    if (list) list.push(f); else byStore.set(f.store, [f]);
  }
  const rank = (e: InventoryEntry) => (e.verdict === null ? VERDICT_ORDER.length : VERDICT_ORDER.indexOf(e.verdict));
  const external = [...byStore].map(([store, list]) => externalEntry(store, list, snapshot, cat))
    .sort((a, b) => rank(a) - rank(b) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const own = [filestoreEntry(snapshot, cat), sessionsEntry(snapshot, cat)].filter((e): e is InventoryEntry => e !== null);
  return [...external, ...own];
}
