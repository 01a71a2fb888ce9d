// The contract between the parts of the Odoo dashboard (issue 10), written before them:
// - the small bundle (web.assets_backend, goal < 60 KB minified): the overview client action, the
//   finding-details widget, and the data layer below; no judging code in it;
// - the judge bundle (asset bundle pg_capabilities.assets_judge, loaded on demand with
//   loadBundle): static_src/core (judge, exporters, diff, acceptances, engagement document), which
//   registers a JudgeApi under registry.category('pg_capabilities').get('judge').
//
// Flow: a rescan (or a snapshot pulled in by other means) is stored unjudged; the first client to
// need it loads the judge bundle, judges the snapshot once (acceptances applied), and hands the
// report back with pg.capabilities.snapshot.pgcap_store_report; the server keeps the report and
// creates one pg.capabilities.finding record per finding (list/search/group-by are then Odoo's
// own). Every later load is the overview only: summary, capabilities, inventory, changes.
import type { Format } from '../core/export';
import type { ReportDiff } from '../core/diff';
import type { EngagementDocument } from '../core/document-types';
import type { Acceptance, Finding, Report, Severity } from '../core/report-types';
import type { Snapshot } from '../core/snapshot';
import type { Catalog } from '../core/catalog';

/** Items per capability the overview carries (a table of the dashboard pages through them). */
export const OVERVIEW_ITEMS = 1000;

export const JUDGE_BUNDLE = 'pg_capabilities.assets_judge';
export const SNAPSHOT_MODEL = 'pg.capabilities.snapshot';
export const FINDING_MODEL = 'pg.capabilities.finding';
export const ACCEPTANCE_MODEL = 'pg.capabilities.acceptance';
/** xml ids of the window actions the overview opens (with search_default_<filter> in the context). */
export const FINDINGS_ACTION = 'pg_capabilities.action_pg_capabilities_finding';
export const ACCEPTANCES_ACTION = 'pg_capabilities.action_pg_capabilities_acceptance';
/** Filter names of the findings search view: search_default_<name>: 1 in an action's context. */
export const FINDING_FILTERS = [
  'to_act_on', // section findings, not accepted
  'verdict_refuse', 'verdict_replace', 'verdict_keep', 'verdict_review',
  'dual_write', 'severity_high', // high or critical
  'new_since_previous', 'changed_since_previous', 'accepted', 'acceptance_expired',
] as const;
export const FINDING_GROUP_BYS = ['group_severity', 'group_store', 'group_origin', 'group_verdict', 'group_module', 'group_section'] as const;

/** Everything core the judge bundle offers; the small bundle never imports core's judging code. */
export interface JudgeApi {
  buildReport(snapshot: Snapshot, catalog?: Catalog): Report;
  applyAcceptances(report: Report, acceptances: Acceptance[], today: Date): Report;
  diffReports(previous: Report, current: Report): ReportDiff;
  /** formats: the reader's locale and time zone for md and html (default en, the machine's zone). */
  exportReport(report: Report, format: Format, formats?: { locale: string; timeZone: string }): string;
  buildEngagement(report: Report, opts: { locale: string; timeZone: string }): EngagementDocument;
}

export interface AuditMeta { id: number; collected_at: string; duration_ms: number; user: string; database: string; odoo_version: string }

/** What the overview's first load receives: small whatever the number of findings. */
export interface DashboardData {
  audit: AuditMeta;
  /** The report without findings, mentions and skipped files (their counts are in summary). */
  overview: Omit<Report, 'findings' | 'mentions' | 'skipped'> & { findings: []; mentions: []; skipped: [] };
  /** Findings to act on (section findings not accepted by the client) per severity, most severe
   * first: what the findings list's to_act_on filter shows. */
  severities: { severity: Severity; count: number }[];
  /** The audit before this one, and what changed object by object, when there is one. Its findings
   * lists are cut to id/module/store/verdict/severity. */
  previous: AuditMeta | null;
  changes: ReportDiff | null;
}

/** Methods of pg.capabilities.snapshot (all check env.is_system()):
 * - pgcap_dashboard(judged_with): {audit, judged: true, data: DashboardData} when the latest audit
 *   holds a report judged by this judge version (judged_with), else {audit, judged: false,
 *   snapshot, previous: {audit, report} | null, acceptances: Acceptance[]}; false when none yet.
 * - pgcap_store_report(snapshot_id, report, data, judged_with): keeps the judged report and the
 *   DashboardData, creates the pg.capabilities.finding records; returns pgcap_dashboard's answer.
 * - pgcap_full_report(snapshot_id): the stored report, with today's acceptances applied by the caller.
 * - pgcap_acceptances(): every Acceptance recorded in Odoo.
 * - pgcap_pdf(snapshot_id, document): stores the EngagementDocument and returns the QWeb PDF report
 *   action, or raises a UserError saying why no PDF can be made here (no wkhtmltopdf). */
export const SNAPSHOT_METHODS = ['pgcap_dashboard', 'pgcap_store_report', 'pgcap_full_report', 'pgcap_acceptances', 'pgcap_pdf', 'pgcap_rescan'] as const;

/** The overview of a judged report: what DashboardData carries, without the findings' details. */
export function toDashboardData(report: Report, audit: AuditMeta, previous: AuditMeta | null, changes: ReportDiff | null): DashboardData {
  // as summary.verdicts and summary.dualWrites count them (core/accept.ts): accepted ones apart
  const main = report.findings.filter((f) => f.section === 'findings' && f.acceptance?.status !== 'accepted');
  const order: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
  const cut = <T extends { id: string; module: string; store: string; verdict: string; severity: string; acceptance?: Finding['acceptance'] }>(list: T[]) =>
    list.map(({ id, module, store, verdict, severity, acceptance }) => ({ id, module, store, verdict, severity, acceptance: acceptance ?? null }));
  return {
    audit,
    // small whatever the deployment: no module list (the overview shows none: the module
    // inventory is in the exports and the findings list), and at most OVERVIEW_ITEMS items per
    // capability, said in its notes
    overview: {
      ...report,
      findings: [], mentions: [], skipped: [],
      modules: [],
      capabilities: report.capabilities.map((c) => (c.items.length <= OVERVIEW_ITEMS ? c : {
        ...c, items: c.items.slice(0, OVERVIEW_ITEMS),
        notes: [...c.notes, `The dashboard shows the first ${OVERVIEW_ITEMS} of ${c.items.length} items; the exports hold them all.`],
      })),
    },
    severities: order.map((severity) => ({ severity, count: main.filter((f) => f.severity === severity).length })),
    previous,
    changes: changes && {
      ...changes,
      findings: { ...changes.findings, added: cut(changes.findings.added) as never, removed: cut(changes.findings.removed) as never },
    },
  };
}
