// The report: what static_src/core makes of a snapshot. Shared by the CLI, exporters and dashboard.
import type { Role } from './catalog';
import type { Origin } from './origin';
import type { SkippedFile } from './snapshot';

export const REPORT_SCHEMA = 'pg-capabilities/report';
export const REPORT_VERSION = 3;

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Cell = string | number | boolean | null;
export type Item = Record<string, Cell>;
export interface Column { key: string; label: string; kind: 'text' | 'number' | 'bytes' | 'bool' }

/** in_use: seen; not_in_use: looked and found none; not_checked: could not look (reason given). */
export type CapabilityStatus = 'in_use' | 'not_in_use' | 'not_checked';

/** One place a capability is looked for (code, sessions, functions, statistics...), and what came of it. */
export interface CapabilityPart {
  part: string;
  status: CapabilityStatus;
  /** Why it could not be looked at (not_checked); empty otherwise. */
  reason: string;
}

export interface CapabilityReport {
  id: string;
  title: string;
  description: string;
  /** in_use if any item; not_in_use only if every part was looked at; else not_checked. */
  status: CapabilityStatus;
  /** The status as shown: "3 items", "not in use" or "not checked". */
  summary: string;
  parts: CapabilityPart[];
  columns: Column[];
  items: Item[];
  notes: string[];
}

export interface ChannelSource {
  kind: 'code' | 'session' | 'function' | 'module' | 'traffic';
  detail: string;
}

export interface Channel {
  channel: string;
  sources: ChannelSource[];
  /** Sessions seen listening (certain: last statement LISTEN; probable: Odoo bus connection). */
  listeners: number;
}

export interface Evidence { file: string; line: number; snippet: string; signature: string; kind: string }

/** Where a finding is listed: the findings proper, Odoo's own modules (context), or modules that
 * are on disk but do not run in the audited database. Only `findings` counts in the summary. */
export type Section = 'findings' | 'odoo' | 'not_installed';

/** A module whose own code holds no client of the store but configures it or calls it through
 * the module that does. */
export interface UsedBy { module: string; relation: 'configured by' | 'used through'; evidence: Evidence[] }

export interface Finding {
  id: string;
  module: string;
  path: string;
  root: string;
  origin: Origin;
  originBasis: string;
  /** origin === 'odoo'. */
  core: boolean;
  section: Section;
  /** State in ir_module_module when the database was audited, else null. */
  state: string | null;
  store: string;
  storeTitle: string;
  category: string;
  role: Role;
  roleReason: string;
  severity: Severity;
  dualWrite: boolean;
  dualWriteEvidence: Evidence[];
  /** The client code this finding rests on: an import that is used, a client, a driver or an HTTP API call. */
  client: Evidence;
  /** The driver the store is reached through (odbc), when there is one. */
  driver: string | null;
  evidence: Evidence[];
  evidenceCount: number;
  usedBy: UsedBy[];
  recommendation: { capability: string; title: string; text: string; inUseHere: boolean };
  /** Version 3: should this store exist? (core/verdict.ts) */
  verdict: VerdictKind;
  /** One or two sentences: the verdict and its main reason, for this deployment. */
  verdictText: string;
  /** Each condition the verdict rests on, with its evidence. */
  reasons: VerdictReason[];
  /** Odoo models whose data goes to or comes from the store. */
  models: ModelUse[];
  /** Methods that write to the store, how they are triggered and when the call runs. */
  paths: StorePath[];
  rebuild: RebuildFacts;
  /** Crons or methods that compare or repair the two sides: a second permanent cost, not a fix. */
  reconciliation: Evidence[];
  /** Store reads whose result flows into an ORM write: the store is then a source, not a projection. */
  readsBack: Evidence[];
  /** Statistics of the models' tables, when a database was audited. */
  workload: TableWorkload[];
  /** refuse: the data that would be lost if the store vanished; replace: the PostgreSQL change for this
   * case (index, table, channel, with the table's figures); keep: what must stay true; review: what is missing. */
  action: string;
  /** Accepted by the client (core/accept.ts): from `.pgcap-accept.yml` or the Odoo model
   * pg.capabilities.acceptance, matched by this finding's stable id; null when not accepted. */
  acceptance?: FindingAcceptance | null;
}

/** An acceptance as written by the client: a finding's stable id (`module:store`), why, until when. */
export interface Acceptance {
  id: string;
  reason: string;
  /** YYYY-MM-DD, the last day it holds; null: no expiry. */
  expires: string | null;
  /** Who accepted it (a name or login), '' when not said. */
  by: string;
  /** Where it is written: `.pgcap-accept.yml:12`, or `Odoo (pg.capabilities.acceptance 7)`. */
  source: string;
}

/** An acceptance as applied to a finding on the audit's date: accepted, or expired (then the
 * finding counts again as if never accepted, and the report says so). */
export interface FindingAcceptance extends Omit<Acceptance, 'id'> { status: 'accepted' | 'expired' }

/** refuse: authoritative or dual-written without a rebuild path; replace: derived and well within
 * PostgreSQL; keep: derived, rebuildable and beyond the catalog's thresholds; review: not enough evidence. */
export const VERDICTS = ['refuse', 'replace', 'keep', 'review'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export interface VerdictReason {
  /** What is being checked: 'role', 'dual_write', 'rebuild', 'reads_back', 'workload', 'reconciliation', 'ttl'. */
  condition: string;
  /** Whether the condition holds; null when it could not be decided. */
  holds: boolean | null;
  text: string;
  evidence: Evidence[];
  /** The statistic and the catalog threshold it was compared with, for workload reasons. */
  statistic?: { table: string; metric: string; value: number; threshold: number; source: string };
}

export interface ModelUse {
  model: string;
  /** Its table (the class's _table, else the model name with dots as underscores). */
  table: string;
  /** Fields read or written where the code shows them, sorted. */
  fields: string[];
  direction: 'to_store' | 'from_store' | 'both';
  evidence: Evidence[];
}

export type Trigger = 'create' | 'write' | 'unlink' | 'compute' | 'inverse' | 'onchange' | 'cron' | 'controller'
  | 'queue_job' | 'server_action' | 'hook' | 'button' | 'method';
export type Timing = 'in_transaction' | 'after_commit' | 'queued' | 'unknown';

export interface StorePath {
  /** Class.method that holds the store call (or reaches it through helpers of the same module). */
  method: string;
  model: string | null;
  trigger: Trigger;
  /** How it is triggered, in words: "overrides write", "cron 'Reindex products' (data/cron.xml:4)". */
  detail: string;
  timing: Timing;
  /** The store call, and the entry point when it is not the same method. */
  evidence: Evidence[];
}

export interface RebuildFacts {
  /** A method that reads records from PostgreSQL and pushes them all to the store (reindex, resync, warm-up). */
  paths: Evidence[];
  /** Entries expire (TTL: setex, ex=, expire, ttl=). */
  ttl: Evidence[];
  /** Entries are deleted or overwritten when records change (a store delete in write/unlink). */
  invalidation: Evidence[];
}

export interface TableWorkload {
  table: string;
  model: string | null;
  rows: number | null;
  tableBytes: number | null;
  indexBytes: number | null;
  /** Per day since the statistics were reset; null when the window is unknown. */
  insertsPerDay: number | null;
  updatesPerDay: number | null;
  deletesPerDay: number | null;
  seqScansPerDay: number | null;
  idxScansPerDay: number | null;
  /** The capability that would replace the store, and whether this table already uses it (a GIN index...). */
  capabilityInUse: boolean | null;
  detail: string;
}

/** One row of the store inventory: an external store kind, or one of Odoo's own stores outside
 * PostgreSQL (filestore, sessions). */
export interface InventoryEntry {
  id: string;
  kind: 'external' | 'odoo';
  store: string;
  title: string;
  /** Hosts/URLs seen in code, data or configuration, credentials redacted. */
  endpoints: string[];
  modules: string[];
  models: string[];
  role: Role | null;
  /** The worst verdict among its findings (refuse > review > replace > keep); null for Odoo's own stores. */
  verdict: VerdictKind | null;
  /** Figures: filestore size and count, attachments in the database... */
  facts: string[];
  /** What this store adds to operations: backup, monitoring, credentials, version, what a PITR does not restore. */
  checklist: { item: string; text: string }[];
  /** Configuration names (ir.config_parameter keys, server options) pointing at it; names only. */
  settings: string[];
}

export type MentionReason = 'tests_only' | 'not_runtime' | 'not_installable' | 'not_installed' | 'no_client_code';

/** A store named by a module where it is not a finding: only in tests or docs, in a module that
 * cannot be installed, or without client code of the module's own. */
export interface Mention { module: string; store: string; storeTitle: string; reason: MentionReason; text: string; evidence: Evidence[] }

export interface ModuleEntry {
  name: string;
  origin: Origin;
  originBasis: string;
  /** ir_module_module state, or null without a database. */
  state: string | null;
  version: string;
  /** Folder relative to its addons root; null for a module seen only in the database. */
  path: string | null;
  installable: boolean;
  findings: number;
  /** Lines of code on disk (non-blank, not only a comment) per language; null when the module was
   * not scanned (seen only in the database) or the snapshot predates the count. */
  lines?: ModuleLines | null;
}

/** Lines of a module's own code: what a client pays to maintain. */
export interface ModuleLines { python: number; javascript: number; xml: number; other: number }

export interface Warning { level: 'warning' | 'info'; source: string; message: string }

/** A probe of the catalog as this audit ran it: ok, failed (error), not run for a reason (skipped),
 * or absent from the snapshot (not_run: no database, or a collector that predates the probe). */
export interface ProbeRun {
  id: string;
  description: string;
  status: 'ok' | 'error' | 'skipped' | 'not_run';
  /** The error or the reason it did not run; '' when it ran. */
  message: string;
  /** Rows it returned (status ok), else 0. */
  rows: number;
  durationMs: number | null;
}

/** How the audit itself went: what an appendix says about method and privileges. */
export interface AuditFacts {
  probes: ProbeRun[];
  /** Whether the role could see other roles' sessions and statements; null without a database. */
  seesOtherSessions: boolean | null;
  /** Why not, when it could not ('' otherwise). */
  visibilityReason: string;
  /** Why the addons scan stopped early, or null when it ran to the end (or did not run). */
  scanStoppedEarly: string | null;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  version: number;
  source: {
    collectedAt: string;
    collector: string;
    database: string | null;
    serverVersion: string | null;
    role: string | null;
    odooVersion: string | null;
    addonsRoots: string[];
    /** Since when the statistics counters of the audited database run (null: never reset, or unknown). */
    statisticsSince: string | null;
    /** Since when pg_stat_statements counts (null: not installed, or unknown). */
    statementsSince: string | null;
  };
  summary: {
    capabilitiesInUse: number;
    capabilitiesKnown: number;
    capabilitiesNotChecked: number;
    jsonbColumns: number;
    jsonbBytes: number;
    ftsIndexes: number;
    trigramIndexes: number;
    channels: number;
    listeners: number;
    /** Findings of modules that run here and are not Odoo's own: the ones to act on. */
    findings: number;
    /** Listed apart: Odoo's own modules, and modules on disk that the database has not installed. */
    odooFindings: number;
    notInstalledFindings: number;
    mentions: number;
    dualWrites: number;
    stores: string[];
    /** Findings (section findings) per verdict. */
    verdicts: Record<VerdictKind, number>;
    /** Findings (section findings) accepted by the client and not expired: listed, not counted in the verdicts above. */
    accepted?: number;
    worstSeverity: Severity | null;
    modulesScanned: number;
    filesScanned: number;
  };
  capabilities: CapabilityReport[];
  channels: Channel[];
  findings: Finding[];
  mentions: Mention[];
  modules: ModuleEntry[];
  /** Version 3: every store outside PostgreSQL this deployment relies on. */
  inventory: InventoryEntry[];
  warnings: Warning[];
  skipped: SkippedFile[];
  /** How the audit ran (probes, privileges, scan); absent in reports made before it was added. */
  audit?: AuditFacts;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}
