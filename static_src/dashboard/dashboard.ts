// The client action: loads the stored snapshot, judges it with static_src/core (the same code
// as pgcap), and shows it; Rescan collects a new one; Export writes the same files as the CLI.
import { Component, onWillStart, useState } from '@odoo/owl';
import { downloadFile } from '@web/core/network/download';
import { useService, type NotificationService, type OrmService } from '@web/core/utils/hooks';
import { EXTENSION, exportReport, MIME, type Format } from '../core/export';
import { describeParts, formatBytes, formatNumber, visible, visibleCopy } from '../core/format';
import { buildReport } from '../core/report';
import type { CapabilityReport, Report } from '../core/report-types';
import type { Snapshot } from '../core/snapshot';
import { Charts } from './charts';
import { DataTable } from './data-table';
import { FindingsTable } from './findings-table';
import { StoreInventory } from './store-inventory';
import { verdictCounts } from '../core/verdict-labels';
import { storesOf } from './view-model';

export const MODEL = 'pg.capabilities.snapshot';

export interface LatestSnapshot {
  id: number;
  collected_at: string;
  duration_ms: number;
  user: string;
  database: string;
  odoo_version: string;
  snapshot: Snapshot;
}

type Status = 'loading' | 'ready' | 'empty' | 'error';

interface DashboardState {
  status: Status;
  error: string;
  busy: boolean;
  latest: LatestSnapshot | null;
  /** The report as judged: what the exports write. */
  report: Report | null;
  /** The same for the screen: invisible characters shown as <U+XXXX> (see visibleCopy). */
  view: Report | null;
  showUnused: boolean;
}

export class PgCapabilitiesDashboard extends Component {
  static override template = 'pg_capabilities.Dashboard';
  static components = { Charts, DataTable, FindingsTable, StoreInventory };
  static override props = ['*'];

  orm!: OrmService;
  notification!: NotificationService;
  state!: DashboardState;

  override setup(): void {
    this.orm = useService('orm');
    this.notification = useService('notification');
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
      const latest = (await this.orm.call(MODEL, method, [])) as LatestSnapshot | false;
      if (!latest) {
        Object.assign(this.state, { status: 'empty', latest: null, report: null, view: null });
        return;
      }
      const report = buildReport(latest.snapshot);
      Object.assign(this.state, { status: 'ready', latest, report, view: visibleCopy(report), error: '' });
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

  get stores(): string[] {
    return this.state.view ? storesOf(this.state.view) : [];
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

  download(format: Format): void {
    const r = this.state.report;
    if (!r) return;
    const db = (r.source.database ?? 'odoo').replace(/[^A-Za-z0-9_.-]+/g, '_');
    const stamp = r.source.collectedAt.slice(0, 10);
    downloadFile(exportReport(r, format), `pg-capabilities-${db}-${stamp}.${EXTENSION[format]}`, MIME[format]);
  }

  toggleUnused(): void {
    this.state.showUnused = !this.state.showUnused;
  }
}

function errorMessage(e: unknown): string {
  const err = e as { data?: { message?: string }; message?: string };
  return err?.data?.message ?? err?.message ?? String(e);
}
