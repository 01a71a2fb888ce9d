// The client action: the overview of the latest audit through the data layer (data.ts: judged
// once by the judge bundle, stored by the server); Rescan collects a new one; Export writes the
// same files as the CLI. The findings themselves are Odoo records (Open the findings).
import { Component, onWillStart, useState } from '@odoo/owl';
import { useService, type NotificationService, type OrmService } from '@web/core/utils/hooks';
import type { Format } from '../core/export/formats';
import { describeParts, formatBytes, formatNumber, visible, visibleCopy } from '../core/format';
import type { CapabilityReport, Report } from '../core/report-types';
import { Charts } from './charts';
import { DataTable } from './data-table';
import { StoreInventory } from './store-inventory';
import { verdictCounts } from '../core/verdict-labels';
import { FINDINGS_ACTION, type AuditMeta } from './contract';
import { downloadExport, loadDashboard } from './data';

type Status = 'loading' | 'ready' | 'empty' | 'error';

interface DashboardState {
  status: Status;
  error: string;
  busy: boolean;
  latest: AuditMeta | null;
  /** The judged report's overview (no findings): DashboardData.overview. */
  report: Report | null;
  /** The same for the screen: invisible characters shown as <U+XXXX> (see visibleCopy). */
  view: Report | null;
  showUnused: boolean;
}

export class PgCapabilitiesDashboard extends Component {
  static override template = 'pg_capabilities.Dashboard';
  static components = { Charts, DataTable, StoreInventory };
  static override props = ['*'];

  orm!: OrmService;
  notification!: NotificationService;
  action!: { doAction(action: string, options?: Record<string, unknown>): Promise<unknown> };
  state!: DashboardState;

  override setup(): void {
    this.orm = useService('orm');
    this.notification = useService('notification');
    this.action = useService('action') as DashboardComponentAction;
    this.state = useState<DashboardState>({
      status: 'loading',
      error: '',
      busy: false,
      latest: null,
      report: null,
      view: null,
      showUnused: false,
    });
    onWillStart(() => this.load('pgcap_latest'));
  }


  async load(method: 'pgcap_latest' | 'pgcap_rescan'): Promise<void> {
    try {
      const data = await loadDashboard(this.orm, { rescan: method === 'pgcap_rescan' });
      if (!data) {
        Object.assign(this.state, { status: 'empty', latest: null, report: null, view: null });
        return;
      }
      const report = data.overview as Report;
      Object.assign(this.state, { status: 'ready', latest: data.audit, report, view: visibleCopy(report), error: '' });
    } catch (e) {
      const message = errorMessage(e);
      if (this.state.report) this.notification.add(message, { type: 'danger', title: 'Rescan failed' });
      else Object.assign(this.state, { status: 'error', error: message });
    }
  }

  async rescan(): Promise<void> {
    if (this.state.busy) return;
    this.state.busy = true;
    try {
      await this.load('pgcap_rescan');
    } finally {
      this.state.busy = false;
    }
  }

  openFindings(): void {
    void this.action.doAction(FINDINGS_ACTION);
  }

  /** A value from outside the report (the snapshot record), as shown: invisible characters visible. */
  show(value: unknown): string {
    return visible(String(value ?? ''));
  }

  get capabilities(): CapabilityReport[] {
    const all = this.state.view?.capabilities ?? [];
    // not checked is no answer: shown with its reasons, hidden only with the ones not in use
    return this.state.showUnused ? all : all.filter((c) => c.status !== 'not_in_use');
  }

  get hiddenCapabilities(): number {
    return (this.state.view?.capabilities ?? []).filter((c) => c.status === 'not_in_use').length;
  }

  partsText(c: CapabilityReport): string {
    return describeParts(c.parts ?? []);
  }

  get cards(): { value: string; label: string; detail: string; tone: string }[] {
    const r = this.state.view;
    if (!r) return [];
    const s = r.summary;
    return [
      { value: `${s.capabilitiesInUse}/${s.capabilitiesKnown}`, label: 'Capabilities in use', detail: s.capabilitiesNotChecked ? `${s.capabilitiesNotChecked} not checked: see why below` : 'of the PostgreSQL features audited', tone: s.capabilitiesNotChecked ? 'border-warning' : '' },
      { value: formatNumber(s.jsonbColumns), label: 'jsonb columns', detail: `${formatBytes(s.jsonbBytes) || '0 B'} estimated`, tone: '' },
      { value: `${s.ftsIndexes} / ${s.trigramIndexes}`, label: 'Full-text / trigram indexes', detail: 'GIN and GiST', tone: '' },
      { value: formatNumber(s.channels), label: 'NOTIFY channels', detail: r.source.database ? `${s.listeners} listening session${s.listeners === 1 ? '' : 's'}` : 'listeners not checked: no database', tone: '' },
      { value: formatNumber(s.findings), label: 'External stores', detail: `${s.stores.length ? s.stores.join(', ') : 'none'}; ${s.dualWrites} dual write${s.dualWrites === 1 ? '' : 's'}${s.odooFindings + s.notInstalledFindings ? `; ${s.odooFindings + s.notInstalledFindings} more listed apart (Odoo's own, not installed)` : ''}`, tone: s.findings ? 'border-warning' : '' },
      { value: formatNumber(s.verdicts?.refuse ?? 0), label: 'Stores to refuse', detail: `verdicts: ${verdictCounts(r)}`, tone: s.verdicts?.refuse ? 'border-danger' : '' },
      { value: s.worstSeverity ?? 'none', label: 'Worst severity', detail: s.worstSeverity ? 'see the findings below' : 'no external store found', tone: s.worstSeverity === 'critical' || s.worstSeverity === 'high' ? 'border-danger' : '' },
    ];
  }

  statusClass(c: CapabilityReport): string {
    return c.status === 'in_use' ? 'bg-success text-white' : c.status === 'not_in_use' ? 'bg-light text-dark border' : 'bg-warning text-dark o_pgcap_not_checked';
  }

  async download(format: Format): Promise<void> {
    if (!this.state.latest) return;
    try {
      await downloadExport(this.orm, this.state.latest.id, format);
    } catch (e) {
      this.notification.add(errorMessage(e), { type: 'danger', title: 'Export failed' });
    }
  }

  toggleUnused(): void {
    this.state.showUnused = !this.state.showUnused;
  }
}

type DashboardComponentAction = PgCapabilitiesDashboard['action'];

function errorMessage(e: unknown): string {
  const err = e as { data?: { message?: string }; message?: string };
  return err?.data?.message ?? err?.message ?? String(e);
}
