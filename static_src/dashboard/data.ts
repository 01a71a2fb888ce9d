// The dashboard's data layer (small bundle): the overview of the latest audit, judged once in the
// browser by the judge bundle (loaded on demand) and stored by the server with one
// pg.capabilities.finding record per finding; the full report for the exports. No judging code
// here: everything core that judges comes through the JudgeApi (static_src/dashboard/contract.ts).
import { loadBundle } from '@web/core/assets';
import { _t } from '@web/core/l10n/translation';
import { downloadFile } from '@web/core/network/download';
import { registry } from '@web/core/registry';
import type { OrmService } from '@web/core/utils/hooks';
import { dateTime, integer } from './l10n';
import { EXTENSION, MIME, type Format } from '../core/export/formats';
import type { Acceptance, Report } from '../core/report-types';
import type { Snapshot } from '../core/snapshot';
import { JUDGE_BUNDLE, SNAPSHOT_MODEL, toDashboardData, type AuditMeta, type DashboardData, type JudgeApi } from './contract';

/** The one ORM method the data layer uses. */
type Orm = Pick<OrmService, 'call'>;

declare const __PGCAP_JUDGE__: string | undefined;

/** The judge this small bundle goes with: a hash of the judge bundle, set by build/dashboard.mjs
 * (an audit judged by another judge is judged again); 'source' when run from the sources (jest). */
export const JUDGED_WITH: string = typeof __PGCAP_JUDGE__ === 'string' ? __PGCAP_JUDGE__ : 'source';

/** pgcap_dashboard's answer (contract.ts). */
export type DashboardAnswer =
  | false
  | { audit: AuditMeta; judged: true; data: DashboardData }
  | { audit: AuditMeta; judged: false; snapshot: Snapshot; previous: { audit: AuditMeta; report: Report } | null; acceptances: Acceptance[] };

export interface LoadOptions {
  /** Collect a new snapshot first (pgcap_rescan). */
  rescan?: boolean;
  /** Told what is being done, a sentence at a time (translated). */
  onProgress?: (message: string) => void;
  /** The day acceptances are applied on (default: now). */
  today?: Date;
}

/** The judge bundle's JudgeApi, loaded the first time it is needed (loadBundle caches the bundle). */
export async function judgeApi(): Promise<JudgeApi> {
  await loadBundle(JUDGE_BUNDLE);
  const api = registry.category('pg_capabilities').get('judge') as JudgeApi | undefined;
  if (!api) throw new Error(String(_t('The judge (asset bundle %(bundle)s) did not load.', { bundle: JUDGE_BUNDLE })));
  return api;
}

/** Acceptances applied on `today` (an acceptance may expire between two loads). */
function accept(api: JudgeApi, report: Report, acceptances: Acceptance[], today: Date): Report {
  return api.applyAcceptances(report, acceptances, today);
}

/** The overview of the latest audit, or null when none was collected yet. Judges the audit in the
 * browser (judge bundle) and stores the report when the server holds no report of this judge. */
export async function loadDashboard(orm: Orm, { rescan = false, onProgress, today = new Date() }: LoadOptions = {}): Promise<DashboardData | null> {
  const progress = (message: unknown) => onProgress?.(String(message));
  progress(rescan ? _t('Collecting a new snapshot of this database and its modules…') : _t('Loading the latest audit…'));
  const answer = (await orm.call(SNAPSHOT_MODEL, rescan ? 'pgcap_rescan' : 'pgcap_dashboard', [JUDGED_WITH])) as DashboardAnswer;
  if (!answer) return null;
  if (answer.judged) return answer.data;
  progress(_t('Loading the judge…'));
  const api = await judgeApi();
  progress(_t('Judging the audit of %(date)s…', { date: dateTime(answer.audit.collected_at) }));
  let report = api.buildReport(answer.snapshot);
  if (answer.acceptances.length) progress(_t('Applying %(count)s acceptances…', { count: integer(answer.acceptances.length) }));
  report = accept(api, report, answer.acceptances, today);
  let changes = null;
  if (answer.previous) {
    progress(_t('Comparing with the audit of %(date)s…', { date: dateTime(answer.previous.audit.collected_at) }));
    changes = api.diffReports(answer.previous.report, report);
  }
  const data = toDashboardData(report, answer.audit, answer.previous?.audit ?? null, changes);
  progress(_t('Storing %(count)s findings…', { count: integer(report.findings.length) }));
  const stored = (await orm.call(SNAPSHOT_MODEL, 'pgcap_store_report', [answer.audit.id, report, data, JUDGED_WITH])) as DashboardAnswer;
  return stored && stored.judged ? stored.data : data;
}

/** The judged report of an audit with the acceptances as they stand today (an acceptance may have
 * expired, been added or removed since the audit was judged). */
export async function loadFullReport(orm: Orm, snapshotId: number, today: Date = new Date()): Promise<Report> {
  const [api, report, acceptances] = await Promise.all([
    judgeApi(),
    orm.call(SNAPSHOT_MODEL, 'pgcap_full_report', [snapshotId]) as Promise<Report>,
    orm.call(SNAPSHOT_MODEL, 'pgcap_acceptances', []) as Promise<Acceptance[]>,
  ]);
  return accept(api, report, acceptances, today);
}

/** Downloads an audit's report in an export format, as the CLI writes it. */
export async function downloadExport(orm: Orm, snapshotId: number, format: Format, formats?: { locale: string; timeZone: string }): Promise<void> {
  const [api, report] = await Promise.all([judgeApi(), loadFullReport(orm, snapshotId)]);
  const db = (report.source.database ?? 'odoo').replace(/[^A-Za-z0-9_.-]+/g, '_');
  const stamp = report.source.collectedAt.slice(0, 10);
  await downloadFile(api.exportReport(report, format, formats), `pg-capabilities-${db}-${stamp}.${EXTENSION[format]}`, MIME[format]);
}
