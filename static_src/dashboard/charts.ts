// Two charts with the Chart.js that Odoo ships as the lazy bundle web.chartjs_lib (never bundled
// here): findings per severity, and jsonb size per module. Each has its text alternative, the
// table under it, and an empty state that says why there is nothing to draw.
import { Component, onMounted, onWillStart, onWillUnmount, useRef } from '@odoo/owl';
import { loadBundle } from '@web/core/assets';
import { _t } from '@web/core/l10n/translation';
import type { Severity } from '../core/report-types';
import { integer, size } from './l10n';
import { severityTitle } from './labels';

interface ChartLike { destroy(): void }
type ChartCtor = new (canvas: HTMLCanvasElement, config: unknown) => ChartLike;

const SEVERITY_COLORS: Record<Severity, string> = { critical: '#a61b1b', high: '#c35a00', medium: '#b08800', low: '#1e6b30', info: '#5c636a' };

interface Props {
  severities: { severity: Severity; count: number }[];
  jsonb: { label: string; bytes: number }[];
  jsonbColumns: number;
}

export class Charts extends Component<Props> {
  static override template = 'pg_capabilities.Charts';
  static override props = ['*'];

  severityCanvas!: ReturnType<typeof useRef>;
  jsonbCanvas!: ReturnType<typeof useRef>;
  charts: ChartLike[] = [];

  override setup(): void {
    this.severityCanvas = useRef('severityCanvas');
    this.jsonbCanvas = useRef('jsonbCanvas');
    onWillStart(async () => {
      // without Chart.js (bundle missing or blocked) the tables under the charts still say it all
      await loadBundle('web.chartjs_lib').catch(() => undefined);
    });
    onMounted(() => this.draw());
    onWillUnmount(() => this.charts.forEach((c) => c.destroy()));
  }

  get chart(): ChartCtor | undefined {
    return (globalThis as { Chart?: ChartCtor }).Chart;
  }

  get hasFindings(): boolean {
    return this.props.severities.some((s) => s.count > 0);
  }

  /** Only columns holding data: a fresh database's empty columns are no chart from 0 B to 1 B. */
  get jsonbData(): { label: string; bytes: number }[] {
    return this.props.jsonb.filter((j) => j.bytes > 0);
  }

  get severityRows() {
    return this.props.severities.map((s) => ({ key: s.severity, label: severityTitle(s.severity), value: integer(s.count) }));
  }

  get jsonbRows() {
    return this.jsonbData.map((j) => ({ key: j.label, label: j.label, value: size(j.bytes) }));
  }

  get jsonbEmpty(): string {
    return this.props.jsonbColumns
      ? _t('No jsonb data yet: the %(count)s jsonb columns of this database hold no data PostgreSQL has measured.', { count: integer(this.props.jsonbColumns) })
      : _t('No jsonb data yet: this database has no jsonb column.');
  }

  get chartAlt(): string {
    return _t('Bar chart; the table under it gives the same figures.');
  }

  draw(): void {
    const Chart = this.chart;
    if (!Chart) return;
    const sev = this.props.severities;
    if (this.severityCanvas.el && this.hasFindings) {
      this.charts.push(new Chart(this.severityCanvas.el as HTMLCanvasElement, {
        type: 'bar',
        data: { labels: sev.map((s) => severityTitle(s.severity)), datasets: [{ label: _t('Findings'), data: sev.map((s) => s.count), backgroundColor: sev.map((s) => SEVERITY_COLORS[s.severity]) }] },
        options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0, callback: (v: number) => integer(v) } } } },
      }));
    }
    const jsonb = this.jsonbData;
    if (this.jsonbCanvas.el && jsonb.length) {
      this.charts.push(new Chart(this.jsonbCanvas.el as HTMLCanvasElement, {
        type: 'bar',
        data: { labels: jsonb.map((j) => j.label), datasets: [{ label: _t('jsonb size'), data: jsonb.map((j) => j.bytes), backgroundColor: '#714b67' }] },
        options: {
          indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false }, tooltip: { callbacks: { label: (ctx: { raw: number }) => size(ctx.raw) } } },
          scales: { x: { beginAtZero: true, ticks: { callback: (v: number) => size(v) } } },
        },
      }));
    }
  }
}
