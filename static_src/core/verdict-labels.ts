// How a verdict and the facts it rests on are named, made once for every export and the dashboard:
// labels, their colours (contrast >= 4.5:1, checked by test/export-verdict.test.ts), the order from
// worst to best, and short phrases for triggers, timings, directions and reasons.
import type { ModelUse, Report, StorePath, Timing, Trigger, VerdictKind, VerdictReason } from './report-types';
import { VERDICTS } from './report-types';
import { WORKLOAD_METRICS, type WorkloadMetric } from './catalog';
import { formatNumber } from './format';
import { describeValue } from './workload';

export const VERDICT_TITLES: Record<VerdictKind, string> = { refuse: 'Refuse', replace: 'Replace', keep: 'Keep', review: 'Review' };

/** Background and text colour of a verdict badge (HTML export and dashboard alike). */
export const VERDICT_COLORS: Record<VerdictKind, { bg: string; fg: string }> = {
  refuse: { bg: '#a61b1b', fg: '#ffffff' },
  review: { bg: '#ffe8a1', fg: '#5c4300' },
  replace: { bg: '#0b5394', fg: '#ffffff' },
  keep: { bg: '#1e6b30', fg: '#ffffff' },
};

/** Worst first: what must go, what is undecided, what PostgreSQL replaces, what may stay. */
export const VERDICT_ORDER: readonly VerdictKind[] = ['refuse', 'review', 'replace', 'keep'];

/** Higher is worse (for sorting): refuse 3, review 2, replace 1, keep 0; unknown values -1. */
export function verdictRank(v: VerdictKind | null | undefined): number {
  const i = v ? VERDICT_ORDER.indexOf(v) : -1;
  return i < 0 ? -1 : VERDICT_ORDER.length - 1 - i;
}

export function verdictTitle(v: VerdictKind | null | undefined): string {
  return v ? VERDICT_TITLES[v] ?? String(v) : '—';
}

/** "1 refuse, 1 replace, 0 keep, 1 review": the summary's verdict counts. */
export function verdictCounts(r: Report): string {
  const counts = r.summary.verdicts ?? ({} as Record<VerdictKind, number>);
  return VERDICTS.map((v) => `${Number(counts[v] ?? 0)} ${v}`).join(', ');
}

export const TIMING_TITLES: Record<Timing, string> = {
  in_transaction: 'inside the ORM transaction',
  after_commit: 'after commit',
  queued: 'deferred through a queue',
  unknown: 'timing unknown',
};

export const DIRECTION_TITLES: Record<ModelUse['direction'], string> = {
  to_store: 'to the store',
  from_store: 'from the store',
  both: 'both ways',
};

/** Each condition a verdict checks, as the question a reader asks; the answer is holdsText. */
const CONDITION_QUESTIONS: Record<string, string> = {
  role: 'A rebuildable copy of PostgreSQL data?',
  dual_write: 'Written together with Odoo records (dual write)?',
  rebuild: 'A path that rebuilds it from PostgreSQL?',
  reads_back: 'Read back into Odoo records?',
  workload: 'Workload beyond what PostgreSQL does well?',
  reconciliation: 'A reconciliation job?',
  ttl: 'Entries expire?',
  invalidation: 'Entries invalidated when records change?',
};

export function conditionText(condition: string): string {
  return CONDITION_QUESTIONS[condition] ?? condition;
}

/** "yes", "no" or "undecided": whether a reason's condition holds. */
export function holdsText(h: VerdictReason['holds']): string {
  return h === true ? 'yes' : h === false ? 'no' : 'undecided';
}

/** "product_template: 48k rows (threshold 10M rows; source: ...)", figures as the verdict words them. */
export function statisticText(s: NonNullable<VerdictReason['statistic']>): string {
  const known = (WORKLOAD_METRICS as readonly string[]).includes(s.metric);
  const n = (x: number) => (!Number.isFinite(Number(x)) ? String(x) : known ? describeValue(s.metric as WorkloadMetric, Number(x)) : `${formatNumber(Number(x))} ${s.metric}`);
  return `${s.table}: ${n(s.value)} (threshold ${n(s.threshold)}; source: ${s.source})`;
}

/** "ResPartner.write: write (overrides write), inside the ORM transaction". */
export function pathText(p: StorePath): string {
  return `${p.method}${p.model ? ` on ${p.model}` : ''}: ${p.trigger}${p.detail ? ` (${p.detail})` : ''}, ${TIMING_TITLES[p.timing] ?? p.timing}`;
}

/** "res.partner (res_partner) to the store: email, name". */
export function modelText(m: ModelUse): string {
  return `${m.model} (${m.table}) ${DIRECTION_TITLES[m.direction] ?? m.direction}${m.fields.length ? `: ${m.fields.join(', ')}` : ''}`;
}

/** How a store call is reached, as a reader says it (the engagement report). */
export const TRIGGER_TITLES: Record<Trigger, string> = {
  create: 'on create', write: 'on write', unlink: 'on delete', compute: 'in a computed field', inverse: 'in a field inverse',
  onchange: 'in an onchange', cron: 'by a scheduled action', controller: 'from an HTTP route', queue_job: 'in a queued job',
  server_action: 'by a server action', hook: 'in an install hook', button: 'from a button', method: 'in a method',
};

/** "ResPartner.write (res.partner), on write: overrides write; inside the ORM transaction". */
export function pathSentence(p: StorePath): string {
  return `${p.method}${p.model ? ` (${p.model})` : ''}, ${TRIGGER_TITLES[p.trigger] ?? p.trigger}${p.detail ? `: ${p.detail}` : ''}; ${TIMING_TITLES[p.timing] ?? p.timing}`;
}
