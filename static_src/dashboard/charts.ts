// Two charts with the Chart.js that Odoo ships as the lazy bundle web.chartjs_lib (never bundled
// here): findings per severity, and jsonb size per module.
import { Component, onMounted, onWillStart, onWillUnmount, useRef } from '@odoo/owl';
import { loadBundle } from '@web/core/assets';
import { formatBytes } from '../core/format';
import type { Report } from '../core/report-types';
import { jsonbSizeByModule, severityCounts } from './view-model';

interface ChartLike { destroy(): void }
type ChartCtor = new (canvas: HTMLCanvasElement, config: unknown) => ChartLike;

const SEVERITY_COLORS: Record<string, string> = { critical: '#dc3545', high: '#fd7e14', medium: '#ffc107', low: '#28a745', info: '#6c757d' };

export class Charts extends Component<{ report: Report }> {
  static override template = 'pg_capabilities.Charts';
  static override props = ['*'];

  severityCanvas!: ReturnType<typeof useRef>;
  jsonbCanvas!: ReturnType<typeof useRef>;
  charts: ChartLike[] = [];

  override setup(): void {
    this.severityCanvas = useRef('severityCanvas');
    this.jsonbCanvas = useRef('jsonbCanvas');
    onWillStart(async () => {
      // without Chart.js (bundle missing or blocked) the cards and tables still show
      await loadBundle('web.chartjs_lib').catch(() => undefined);
    });
    onMounted(() => this.draw());
    onWillUnmount(() => this.charts.forEach((c) => c.destroy()));
  }

  get chart(): ChartCtor | undefined {
    return (globalThis as { Chart?: ChartCtor }).Chart;
  }

  get severityData() {
    return severityCounts(this.props.report);
  }

  get jsonbData() {
    return jsonbSizeByModule(this.props.report);
  }

  draw(): void {
    const Chart = this.chart;
    if (!Chart) return;
    const sev = this.severityData;
    if (this.severityCanvas.el && this.props.report.findings.length) {
      this.charts.push(new Chart(this.severityCanvas.el as HTMLCanvasElement, {
        type: 'bar',
        data: { labels: sev.map((s) => s.severity), datasets: [{ label: 'Findings', data: sev.map((s) => s.count), backgroundColor: sev.map((s) => SEVERITY_COLORS[s.severity]) }] },
        options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      }));
    }
    const jsonb = this.jsonbData;
    if (this.jsonbCanvas.el && jsonb.length) {
      this.charts.push(new Chart(this.jsonbCanvas.el as HTMLCanvasElement, {
        type: 'bar',
        data: { labels: jsonb.map((j) => j.label), datasets: [{ label: 'jsonb size', data: jsonb.map((j) => j.bytes), backgroundColor: '#714b67' }] },
        options: {
          indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false }, tooltip: { callbacks: { label: (ctx: { raw: number }) => formatBytes(ctx.raw) } } },
          scales: { x: { ticks: { callback: (v: number) => formatBytes(v) } } },
        },
      }));
    }
  }
}
