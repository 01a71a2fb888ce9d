// What scan and pull do once they hold a snapshot: save it if asked, render the report, say in one
// line what was audited, and pick the exit code.
import { exportReport, type Format } from '../../core/export';
import type { EngagementOptions } from '../../core/engagement';
import { buildReport } from '../../core/report';
import { severityRank, VERDICTS, type Report, type Severity } from '../../core/report-types';
import { redactDeep } from '../../core/redact';
import type { Snapshot } from '../../core/snapshot';
import { isAccepted } from '../../core/accept';
import type { Acceptance } from '../../core/report-types';
import { accepted } from '../accept-option';
import { saveAuditTo } from '../audit-store';
import { emitText, writeFile, writeStdout } from '../output';
import type { Progress } from '../progress';

export function summaryLine(r: Report): string {
  const s = r.summary;
  return `${s.capabilitiesInUse}/${s.capabilitiesKnown} PostgreSQL capabilities in use; ${s.jsonbColumns} jsonb columns, `
    + `${s.ftsIndexes} full-text and ${s.trigramIndexes} trigram indexes, ${s.channels} NOTIFY channels (${s.listeners} listening); `
    + `${s.findings} external-store findings${s.stores.length ? ` (${s.stores.join(', ')})` : ''}, ${s.dualWrites} dual writes, worst ${s.worstSeverity ?? 'none'}`
    + `${s.findings && s.verdicts ? `; verdicts: ${VERDICTS.map((v) => `${s.verdicts[v]} ${v}`).join(', ')}` : ''}`
    + `${s.accepted ? `; ${s.accepted} accepted (not counted)` : ''}`
    + `${s.odooFindings || s.notInstalledFindings ? `; apart: ${s.odooFindings} in Odoo's own modules, ${s.notInstalledFindings} not installed` : ''}.`;
}

/** "25 probes run (1 failed), 590 modules and 12000 files scanned (3 skipped)": the totals of a snapshot. */
export function totalsLine(s: Snapshot): string {
  const parts: string[] = [];
  if (s.database) {
    const failed = s.database.probes.filter((p) => p.status === 'error').length;
    parts.push(`${s.database.probes.length} probes run${failed ? ` (${failed} failed)` : ''}`);
  }
  if (s.scan) {
    const skipped = s.scan.skipped.length;
    parts.push(`${s.scan.modules.length} modules and ${s.scan.filesScanned} files scanned${skipped ? ` (${skipped} skipped)` : ''}`);
  }
  return parts.join(', ') || 'nothing collected';
}

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Exit 1, with the reason on stderr (also under --quiet; not when silent: the caller sums up), when a finding not accepted is at or above --fail-on. */
export function exitFor(report: Report, failOn: Severity | null, silent = false): number {
  if (!failOn) return 0;
  const hits = report.findings.filter((f) => f.section === 'findings' && !isAccepted(f) && severityRank(f.severity) >= severityRank(failOn));
  if (hits.length && !silent) process.stderr.write(`pgcap: ${hits.length} finding${hits.length === 1 ? '' : 's'} at or above ${failOn}\n`);
  return hits.length ? 1 : 0;
}

export interface FinishOptions {
  snapshot?: string; out?: string; format: Format; failOn: Severity | null; report?: EngagementOptions; acceptances?: Acceptance[] | null;
  /** --save: the audit store's URL, and host:port of the audited server. */
  save?: { url: string; server: string | null };
}

/** Saves the snapshot if asked, writes the report, saves the audit in the store if asked,
 * summarises in one line, and picks the exit code. */
export async function finish(snapshot: Snapshot, o: FinishOptions, progress: Progress, what: string): Promise<number> {
  if (o.snapshot) {
    // a snapshot pulled from an older module may carry what this version redacts: redact it again
    writeFile(o.snapshot, `${JSON.stringify(redactDeep(snapshot), null, 2)}\n`);
    progress.note(`wrote snapshot ${o.snapshot}`);
  }
  const report = accepted(buildReport(snapshot), o.acceptances ?? null);
  await emitText(exportReport(report, o.format, o.report), o.out, progress.note);
  if (o.save) {
    // after the report: a store that fails now does not take the report with it
    const saved = await saveAuditTo(o.save.url, { snapshot, report, server: o.save.server });
    progress.note(`saved audit ${saved.id} in the store ${saved.where}`);
  }
  progress.note(`${what}; ${summaryLine(report)}`);
  return exitFor(report, o.failOn);
}

export async function printHelp(text: string): Promise<number> {
  await writeStdout(`${text}\n`);
  return 0;
}
