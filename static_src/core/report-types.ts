// The report: what static_src/core makes of a snapshot. Shared by the CLI, exporters and dashboard.
import type { Role } from './catalog';
import type { SkippedFile } from './snapshot';

export const REPORT_SCHEMA = 'pg-capabilities/report';
export const REPORT_VERSION = 1;

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

export interface Finding {
  id: string;
  module: string;
  path: string;
  root: string;
  core: boolean;
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
  evidence: Evidence[];
  evidenceCount: number;
  recommendation: { capability: string; text: string; inUseHere: boolean };
}

export interface Warning { level: 'warning' | 'info'; source: string; message: string }

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
    findings: number;
    dualWrites: number;
    stores: string[];
    worstSeverity: Severity | null;
    modulesScanned: number;
    filesScanned: number;
  };
  capabilities: CapabilityReport[];
  channels: Channel[];
  findings: Finding[];
  warnings: Warning[];
  skipped: SkippedFile[];
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}
