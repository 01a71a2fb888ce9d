// External-store findings: filters (text, severity, store, dual writes), sort, pages, and the
// evidence of one finding at a time, so that 5,000 findings stay responsive.
import { Component, useState } from '@odoo/owl';
import { ORIGIN_TITLES } from '../core/origin';
import type { Evidence, Finding, ModelUse, Section, Severity, StorePath, VerdictKind, VerdictReason } from '../core/report-types';
import { SEVERITIES } from '../core/report-types';
import { formatBytes, formatNumber } from '../core/format';
import { conditionText, holdsText, modelText, pathText, statisticText, VERDICT_COLORS, VERDICT_ORDER, verdictTitle } from '../core/verdict-labels';
import { filterFindings, paginate, sortFindings, toggleSort, type FindingFilter, type SortState } from './view-model';

export const FINDINGS_PAGE_SIZE = 50;

const SEVERITY_CLASS: Record<Severity, string> = {
  critical: 'bg-danger text-white',
  high: 'bg-warning text-dark',
  medium: 'bg-info text-dark',
  low: 'bg-success text-white',
  info: 'bg-secondary text-white',
};

interface Props { findings: Finding[]; stores: string[] }

export class FindingsTable extends Component<Props> {
  static override template = 'pg_capabilities.FindingsTable';
  static override props = ['*'];

  severities = [...SEVERITIES].reverse();
  verdicts = VERDICT_ORDER.map((v) => ({ value: v, label: verdictTitle(v) }));
  origins = ORIGIN_TITLES;
  sections: { value: Section | ''; label: string }[] = [
    { value: 'findings', label: 'Modules that run here' },
    { value: 'odoo', label: "Odoo's own modules" },
    { value: 'not_installed', label: 'On disk, not installed' },
    { value: '', label: 'All' },
  ];
  state!: FindingFilter & { verdict: VerdictKind | ''; sort: SortState | null; page: number; open: string };

  override setup(): void {
    this.state = useState({
      query: '', severity: '' as Severity | '', verdict: '' as VerdictKind | '', store: '', dualWriteOnly: false,
      // what to act on first; everything when nothing runs here
      section: (this.props.findings.some((f) => f.section === 'findings') ? 'findings' : '') as Section | '',
      // worst verdict first, by severity within a verdict
      sort: { key: 'verdict', asc: false } as SortState | null, page: 0, open: '',
    });
  }

  get page() {
    const rows = sortFindings(filterFindings(this.props.findings, this.state), this.state.sort);
    return paginate(rows, this.state.page, FINDINGS_PAGE_SIZE);
  }

  severityClass(s: Severity): string {
    return `badge rounded-pill ${SEVERITY_CLASS[s]}`;
  }

  verdictLabel(v: VerdictKind | null): string {
    return verdictTitle(v);
  }

  /** A verdict badge's colours: the same as the HTML export's, contrast >= 4.5:1. */
  verdictStyle(v: VerdictKind | null): string {
    const c = v ? VERDICT_COLORS[v] : undefined;
    return c ? `background-color: ${c.bg}; color: ${c.fg};` : '';
  }

  reasonHolds(r: VerdictReason): string {
    return holdsText(r.holds);
  }

  reasonQuestion(r: VerdictReason): string {
    return conditionText(r.condition);
  }

  reasonStatistic(r: VerdictReason): string {
    return r.statistic ? statisticText(r.statistic) : '';
  }

  modelLine(m: ModelUse): string {
    return modelText(m);
  }

  pathLine(p: StorePath): string {
    return pathText(p);
  }

  where(e: Evidence): string {
    return `${e.file}:${e.line}`;
  }

  figure(n: number | null): string {
    return n === null || n === undefined ? '—' : formatNumber(n);
  }

  size(n: number | null): string {
    return n === null || n === undefined ? '—' : formatBytes(n) || '0 B';
  }

  sortIcon(key: string): string {
    const s = this.state.sort;
    if (!s || s.key !== key) return 'fa fa-sort text-muted';
    return s.asc ? 'fa fa-sort-asc' : 'fa fa-sort-desc';
  }

  onSort(key: string): void {
    this.state.sort = toggleSort(this.state.sort, key);
    this.state.page = 0;
  }

  onQuery(ev: Event): void {
    this.state.query = (ev.target as HTMLInputElement).value;
    this.state.page = 0;
  }

  onSeverity(ev: Event): void {
    this.state.severity = (ev.target as HTMLSelectElement).value as Severity | '';
    this.state.page = 0;
  }

  onVerdict(ev: Event): void {
    this.state.verdict = (ev.target as HTMLSelectElement).value as VerdictKind | '';
    this.state.page = 0;
  }

  onStore(ev: Event): void {
    this.state.store = (ev.target as HTMLSelectElement).value;
    this.state.page = 0;
  }

  onSection(ev: Event): void {
    this.state.section = (ev.target as HTMLSelectElement).value as Section | '';
    this.state.page = 0;
  }

  onDualWrite(ev: Event): void {
    this.state.dualWriteOnly = (ev.target as HTMLInputElement).checked;
    this.state.page = 0;
  }

  toggle(f: Finding): void {
    this.state.open = this.state.open === f.id ? '' : f.id;
  }

  goto(delta: number): void {
    this.state.page = this.page.page + delta;
  }
}
