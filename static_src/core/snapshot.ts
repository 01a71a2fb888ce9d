// The snapshot: raw facts collected by either runtime (pgcap in Node, the Odoo module in Python).
// No judgement here; static_src/core/report.ts turns it into a report.

export const SNAPSHOT_SCHEMA = 'pg-capabilities/snapshot';
export const SNAPSHOT_VERSION = 2;

export type ProbeValue = string | number | boolean | null;
export type ProbeRow = Record<string, ProbeValue>;

export interface ProbeResult {
  id: string;
  status: 'ok' | 'error' | 'skipped';
  rows: ProbeRow[];
  /** Error message (status error) or why it did not run (status skipped). */
  message?: string;
  /** SQLSTATE of the error, when the server gave one (57014 timeout, 55P03 lock timeout, 42501 privilege). */
  code?: string;
  durationMs: number;
}

export interface ScannedModule {
  name: string;
  /** Module folder relative to the addons root it was found under. */
  path: string;
  /** Index into scan.roots. */
  root: number;
  version: string;
  /** The manifest's author; empty when it names none (Odoo then stamps "Odoo S.A." in the database). */
  author: string;
  summary: string;
  license: string;
  website: string;
  depends: string[];
  /** False when the manifest says `installable: False`: such a module cannot run. */
  installable: boolean;
  /** The folder lies in Odoo's own source tree (an addons folder beside odoo-bin or release.py). */
  inOdooTree: boolean;
  files: number;
}

export interface SignatureMatch {
  /** Module name (its folder name). */
  module: string;
  /** File relative to the addons root, POSIX separators. */
  file: string;
  line: number;
  signature: string;
  /** First non-empty capture group of the signature (a channel name, for notify/listen). */
  capture?: string;
  /** Enclosing Python class/function, dotted ("ResPartner.write"); empty at module level. */
  scope: string;
  /** Import matches in Python: the names the statement binds, whether the file uses one again,
   * and how: the attributes read on them ('' for a bare use). */
  bound?: string[];
  used?: boolean;
  uses?: string[];
  /** The source line, trimmed, redacted and truncated. */
  snippet: string;
}

export interface SkippedFile { file: string; reason: string }

export interface ScanFacts {
  roots: { path: string; modules: number }[];
  modules: ScannedModule[];
  matches: SignatureMatch[];
  skipped: SkippedFile[];
  filesScanned: number;
  bytesScanned: number;
  durationMs: number;
  /** Present when the scan was cut short (the Odoo module's rescan time budget): why, in words. */
  stoppedEarly?: string;
}

export interface Snapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  version: number;
  collectedAt: string;
  /** odooPid: the process id of the Odoo server that collected it (the module, not pgcap): Odoo
   *  names its connections odoo-<pid>, which ties its bus listener to the audited database. */
  collector: { name: string; version: string; runtime: string; odooPid?: number };
  catalogVersion: number;
  /** Present when a database was audited. */
  database: { probes: ProbeResult[]; durationMs: number } | null;
  /** Present when addons folders were scanned. */
  scan: ScanFacts | null;
}

const V1_MODULE_DEFAULTS = { license: '', website: '', depends: [] as string[], installable: true, inOdooTree: false };

/** A snapshot of version 1 lacks the module facts added in 2: fill them in as unknown. */
export function upgradeSnapshot(s: Snapshot): Snapshot {
  if (!s.scan || s.version >= 2) return s;
  return {
    ...s,
    scan: {
      ...s.scan,
      modules: s.scan.modules.map((m) => ({ ...V1_MODULE_DEFAULTS, ...(m as Partial<ScannedModule>) }) as ScannedModule),
    },
  };
}

export function probeResult(snapshot: Snapshot, id: string): ProbeResult | undefined {
  return snapshot.database?.probes.find((p) => p.id === id);
}

export function probeRows(snapshot: Snapshot, id: string): ProbeRow[] {
  const p = probeResult(snapshot, id);
  return p && p.status === 'ok' ? p.rows : [];
}
