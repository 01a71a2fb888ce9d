// The fleet summary: many databases, on one or several PostgreSQL servers, each audited into its own
// report, summed up on one page. A pure function of the reports (no I/O, no clock): `pgcap scan
// --all-databases` feeds it what it just collected, and a summary of saved audits can feed it
// what was saved. Facts of the server (PostgreSQL version, role, extensions the server has,
// server-wide listeners) are said once per server, not once per database.
import type { Block, EngagementDocument, Inline } from './document-types';
import { formatDateTime, jsonText, knownLocale, knownTimeZone } from './format';
import { redact } from './redact';
import { VERDICTS, severityRank, type Report, type Severity, type VerdictKind } from './report-types';
import { code, text } from './engagement-sections';
import { renderHtml } from './export/html';
import { renderMarkdown } from './export/markdown';
import { serverWideNotes, serverExtensions } from './capabilities';

export const FLEET_SCHEMA = 'pg-capabilities/fleet';
export const FLEET_VERSION = 1;

/**
 * One database of the fleet, as the caller holds it: the report of its audit, or why there is none.
 * `server` is "host:port" (never a user or a password: the caller strips them); `database` is null
 * when the server itself could not be reached or listed, so none of its databases is known.
 */
export interface FleetMember {
  server: string;
  database: string | null;
  /** The audit's report; null when it failed. */
  report: Report | null;
  /** Why it failed, one line; null when it has a report. Redacted again here. */
  error: string | null;
  /** ISO 8601: when it was collected (or when it failed). */
  collectedAt: string;
  /** The file of its own report, relative to the summary; null or absent when none was written. */
  file?: string | null;
}

export interface FleetDatabase {
  database: string;
  status: 'audited' | 'failed';
  error: string | null;
  file: string | null;
  collectedAt: string;
  /** "17.0", or a sentence: "not an Odoo database", "Odoo, version unknown", "Odoo tables not readable (...)". */
  odoo: string;
  isOdoo: boolean | null;
  /** Titles of the PostgreSQL capabilities in use. */
  capabilitiesInUse: string[];
  /** External stores of the findings (modules that run in this database, not Odoo's own). */
  stores: string[];
  findings: number;
  verdicts: Record<VerdictKind, number>;
  worstSeverity: Severity | null;
  dualWrites: number;
}

export interface FleetServer {
  server: string;
  /** Why the server could not be listed (then `databases` is empty), else null. */
  error: string | null;
  postgresVersion: string | null;
  role: string | null;
  /** Whether the role sees other roles' sessions (pg_monitor / pg_read_all_stats); null when unknown. */
  seesOtherSessions: boolean | null;
  /** Extensions the server has, as far as the audits show: installed in an audited database, or notable and available. */
  extensions: string[];
  /** Server-wide facts: notification queue usage, Odoo processes listening from the postgres database. */
  notes: string[];
  databases: FleetDatabase[];
}

export interface FleetSummary {
  schema: typeof FLEET_SCHEMA;
  version: number;
  /** The latest collectedAt of the members (no clock is read). */
  collectedAt: string | null;
  totals: {
    servers: number;
    /** Databases known (audited or failed), plus servers that could not be listed (one each). */
    targets: number;
    audited: number;
    failed: number;
    odoo: number;
    findings: number;
    dualWrites: number;
    verdicts: Record<VerdictKind, number>;
    worstSeverity: Severity | null;
  };
  servers: FleetServer[];
}

const worse = (a: Severity | null, b: Severity | null): Severity | null =>
  a === null ? b : b === null ? a : severityRank(b) > severityRank(a) ? b : a;

const zeroVerdicts = (): Record<VerdictKind, number> => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<VerdictKind, number>;

/** A datum from a server or a file as one clean line: secrets redacted, line breaks flattened. */
const clean = (s: string): string => redact(s).replace(/\s*[\r\n]+\s*/g, ' ').trim();

function odooOf(r: Report): { odoo: string; isOdoo: boolean | null } {
  if (r.source.odooVersion && r.source.odooVersion !== 'unknown') return { odoo: r.source.odooVersion, isOdoo: true };
  if (r.source.odooVersion === 'unknown') return { odoo: 'Odoo, version unknown', isOdoo: true };
  const probe = r.audit?.probes.find((p) => p.id === 'odoo_modules');
  if (probe?.status === 'skipped') return { odoo: 'not an Odoo database', isOdoo: false };
  if (probe?.status === 'error') return { odoo: `Odoo tables not readable (${clean(probe.message)})`, isOdoo: null };
  return { odoo: 'unknown', isOdoo: null };
}

function databaseOf(m: FleetMember): FleetDatabase {
  // the name as it is (renderers show its invisible characters), only redacted
  const base = { database: redact(m.database ?? ''), file: m.file ?? null, collectedAt: m.collectedAt };
  const r = m.report;
  if (!r) {
    return {
      ...base, status: 'failed', error: clean(m.error ?? 'no report'), odoo: 'unknown', isOdoo: null, capabilitiesInUse: [], stores: [],
      findings: 0, verdicts: zeroVerdicts(), worstSeverity: null, dualWrites: 0,
    };
  }
  return {
    ...base, status: 'audited', error: null, ...odooOf(r),
    capabilitiesInUse: r.capabilities.filter((c) => c.status === 'in_use').map((c) => c.title),
    stores: [...r.summary.stores],
    findings: r.summary.findings,
    verdicts: { ...zeroVerdicts(), ...r.summary.verdicts },
    worstSeverity: r.summary.worstSeverity,
    dualWrites: r.summary.dualWrites,
  };
}

const isCount = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isText = (x: unknown) => x === null || x === undefined || typeof x === 'string';

/**
 * Why a report read from elsewhere (an audit store anyone with INSERT may write) cannot be
 * summarised, or null: the fields the summary counts and shows have their types, and the summary
 * of it alone is made without error. A report this pgcap judged always passes.
 */
export function fleetReportProblem(r: Report): string | null {
  const s = r.summary as unknown as Record<string, unknown>;
  const v = s.verdicts as Record<string, unknown> | undefined;
  if (!Array.isArray(s.stores) || !s.stores.every((x) => typeof x === 'string')) return 'summary.stores is not a list of names';
  if (!isCount(s.findings) || !isCount(s.dualWrites)) return 'summary.findings or summary.dualWrites is not a count';
  if (typeof v !== 'object' || v === null || !VERDICTS.every((k) => isCount(v[k]))) return 'summary.verdicts is not a count per verdict';
  if (s.worstSeverity !== null && (typeof s.worstSeverity !== 'string' || severityRank(s.worstSeverity as Severity) < 0)) return 'summary.worstSeverity is not a severity';
  if (!isText(r.source.odooVersion) || !isText(r.source.serverVersion) || !isText(r.source.role)) return 'source holds a version or role that is not text';
  if (!r.capabilities.every((c) => typeof c === 'object' && c !== null && isText(c.title))) return 'capabilities hold an entry without a title';
  try {
    buildFleetSummary([{ server: 's', database: 'd', report: r, error: null, collectedAt: r.source.collectedAt }]);
  } catch (e) {
    return `it cannot be summarised (${(e as Error).message})`;
  }
  return null;
}

/** The summary of a fleet. Members are grouped by server (in the order first met), databases by name. */
export function buildFleetSummary(members: FleetMember[]): FleetSummary {
  const servers = new Map<string, FleetServer>();
  const extensions = new Map<string, Set<string>>();
  const notes = new Map<string, Set<string>>();
  for (const m of members) {
    const key = clean(m.server);
    let s = servers.get(key);
    if (!s) {
      servers.set(key, (s = { server: key, error: null, postgresVersion: null, role: null, seesOtherSessions: null, extensions: [], notes: [], databases: [] }));
      extensions.set(key, new Set());
      notes.set(key, new Set());
    }
    if (m.database === null) {
      s.error = clean(m.error ?? 'not reached');
      continue;
    }
    s.databases.push(databaseOf(m));
    const r = m.report;
    if (!r) continue;
    s.postgresVersion ??= r.source.serverVersion;
    s.role ??= r.source.role;
    if (s.seesOtherSessions === null && r.audit) s.seesOtherSessions = r.audit.seesOtherSessions;
    for (const x of serverExtensions(r)) extensions.get(key)!.add(x);
    for (const n of serverWideNotes(r)) notes.get(key)!.add(clean(n));
  }
  for (const s of servers.values()) {
    s.extensions = [...extensions.get(s.server)!].sort();
    s.notes = [...notes.get(s.server)!];
    s.databases.sort((a, b) => (a.database < b.database ? -1 : a.database > b.database ? 1 : 0));
  }
  const all = [...servers.values()].flatMap((s) => s.databases);
  const audited = all.filter((d) => d.status === 'audited');
  const verdicts = zeroVerdicts();
  for (const d of audited) for (const v of VERDICTS) verdicts[v] += d.verdicts[v];
  const dates = members.map((m) => m.collectedAt).filter((d) => !Number.isNaN(Date.parse(d))).sort();
  const unlisted = [...servers.values()].filter((s) => s.error !== null).length;
  return {
    schema: FLEET_SCHEMA,
    version: FLEET_VERSION,
    collectedAt: dates.length ? dates[dates.length - 1]! : null,
    totals: {
      servers: servers.size,
      targets: all.length + unlisted,
      audited: audited.length,
      failed: all.length - audited.length + unlisted,
      odoo: audited.filter((d) => d.isOdoo === true).length,
      findings: audited.reduce((n, d) => n + d.findings, 0),
      dualWrites: audited.reduce((n, d) => n + d.dualWrites, 0),
      verdicts,
      worstSeverity: audited.reduce<Severity | null>((w, d) => worse(w, d.worstSeverity), null),
    },
    servers: [...servers.values()],
  };
}

// ---------------------------------------------------------------- rendering

export interface FleetRenderOptions { locale?: string; timeZone?: string }

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const verdictLine = (v: Record<VerdictKind, number>) => VERDICTS.map((k) => `${v[k]} ${k}`).join(', ');

/** The summary as a document (headings, facts, tables), rendered by the report's own Markdown and HTML renderers. */
export function fleetDocument(f: FleetSummary, opts: FleetRenderOptions = {}): EngagementDocument {
  const locale = knownLocale(opts.locale);
  const timeZone = knownTimeZone(opts.timeZone) ?? 'UTC';
  const t = f.totals;
  const blocks: Block[] = [
    { kind: 'paragraph', text: [text(`${plural(t.targets, 'database')} on ${plural(t.servers, 'server')}: ${t.audited} audited, ${t.failed} could not be audited; `
      + `${plural(t.odoo, 'Odoo database')}. ${plural(t.findings, 'external-store finding')} (${verdictLine(t.verdicts)}), ${plural(t.dualWrites, 'dual write')}, `
      + `worst severity ${t.worstSeverity ?? 'none'}.`)] },
  ];
  if (t.failed > 0) {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: [text(`${plural(t.failed, 'database or server', 'databases or servers')} could not be audited: see "Not audited" below. Their reports are missing from this summary.`)] });
  }
  for (const s of f.servers) {
    blocks.push({ kind: 'heading', level: 2, text: `Server ${s.server}` });
    if (s.error !== null) {
      blocks.push({ kind: 'paragraph', tone: 'warning', text: [text(`Not audited: ${s.error}`)] });
      continue;
    }
    blocks.push({ kind: 'facts', items: [
      { term: 'PostgreSQL version', value: [text(s.postgresVersion ?? 'unknown (no database audited)')] },
      { term: 'Role', value: s.role ? [code(s.role)] : [text('unknown')] },
      { term: "Other roles' sessions", value: [text(s.seesOtherSessions === null ? 'unknown' : s.seesOtherSessions ? 'visible' : 'hidden (no pg_monitor or pg_read_all_stats)')] },
      { term: 'Extensions the server has', value: s.extensions.length ? s.extensions.flatMap((x, i) => [...(i ? [text(', ')] : []), code(x)]) : [text('none seen')] },
      ...s.notes.map((n) => ({ term: 'Server-wide', value: [text(n)] })),
    ] });
    const ok = s.databases.filter((d) => d.status === 'audited');
    if (ok.length) {
      blocks.push({ kind: 'table', caption: `Databases audited (${ok.length})`, columns: [
        { label: 'Database' }, { label: 'Odoo' }, { label: 'Capabilities in use' }, { label: 'Second stores' },
        { label: 'Findings', numeric: true }, { label: 'Verdicts' }, { label: 'Worst' }, { label: 'Dual writes', numeric: true }, { label: 'Report' },
      ], rows: ok.map((d): Inline[] => [
        [code(d.database)], [text(d.odoo)], [text(d.capabilitiesInUse.join(', '))], [text(d.stores.join(', '))],
        [text(String(d.findings))], [text(d.findings ? verdictLine(d.verdicts) : '')], [text(d.worstSeverity ?? 'none')],
        [text(String(d.dualWrites))], d.file ? [code(d.file)] : [],
      ]) });
    }
    const failed = s.databases.filter((d) => d.status === 'failed');
    if (failed.length) {
      blocks.push({ kind: 'table', caption: `Not audited (${failed.length})`, columns: [{ label: 'Database' }, { label: 'Error' }],
        rows: failed.map((d) => [[code(d.database)], [text(d.error ?? '')]]) });
    }
  }
  return {
    locale, title: 'PostgreSQL capabilities: fleet summary',
    subtitle: `${plural(t.targets, 'database')} on ${plural(t.servers, 'server')}${f.collectedAt ? ` · ${formatDateTime(f.collectedAt, locale, timeZone)}` : ''}`,
    blocks,
  };
}

export const FLEET_FORMATS = ['md', 'html', 'json'] as const;
export type FleetFormat = (typeof FLEET_FORMATS)[number];

export function exportFleet(f: FleetSummary, format: FleetFormat, opts: FleetRenderOptions = {}): string {
  switch (format) {
    case 'json': return jsonText(f);
    case 'md': return renderMarkdown(fleetDocument(f, opts));
    case 'html': return renderHtml(fleetDocument(f, opts));
  }
}
