// The overview client action (Settings > Technical > PostgreSQL Capabilities): Odoo's control panel
// and breadcrumbs (Layout), the latest audit's summary as cards that open the findings list
// filtered, charts with their tables, the store inventory, what changed since the previous audit,
// and the PostgreSQL capabilities. It shows DashboardData (contract.ts) and judges nothing: the
// data comes from one place, dataSource below (data.ts). Findings themselves are Odoo records
// (pg.capabilities.finding) with Odoo's own list, search, filters and group-by.
import { Component, onMounted, onWillStart, onWillUnmount, useExternalListener, useRef, useState } from '@odoo/owl';
import { _t } from '@web/core/l10n/translation';
import { useService, type ActionService, type NotificationService, type OrmService } from '@web/core/utils/hooks';
import { Layout } from '@web/search/layout';
import type { Format } from '../core/export';
import { visibleCopy } from '../core/format';
import type { CapabilityReport } from '../core/report-types';
import { Charts } from './charts';
import { ChangesPanel } from './changes-panel';
import { FINDINGS_ACTION, type DashboardData } from './contract';
import { DataTable } from './data-table';
import { dateTime, integer, size } from './l10n';
import { catalogLabel, severityTitle } from './labels';
import { openRecord, type RecordLink } from './links';
import { StoreInventory } from './store-inventory';
import { jsonbSizeByModule } from './view-model';
import { emptyTable, initialViewState, toUrl, type TableState, type ViewState } from './view-state';

import { downloadExport, loadDashboard } from './data';
import { pdfAction, userLocale } from './pdf';

async function acquire(orm: OrmService, opts: { rescan: boolean; onProgress: (message: string) => void }): Promise<DashboardData | null> {
  return loadDashboard(orm, opts);
}

/** formats: the reader's language and time zone (pdf.ts userLocale), for the md and html exports. */
async function exportFile(orm: OrmService, snapshotId: number, format: Format, formats?: { locale: string; timeZone: string }): Promise<void> {
  return downloadExport(orm, snapshotId, format, formats);
}

/** Where the overview's data comes from and goes to: the one place to swap (tests swap it too). */
export const dataSource = { acquire, exportFile, pdfAction };

export const SECTIONS = ['changes', 'charts', 'inventory', 'capabilities', 'warnings'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const EXPORTS: { format: Format; label: () => string }[] = [
  { format: 'md', label: () => _t('Markdown') },
  { format: 'html', label: () => _t('HTML') },
  { format: 'csv', label: () => _t('CSV') },
  { format: 'json', label: () => _t('JSON') },
  { format: 'sarif', label: () => _t('SARIF') },
  { format: 'cyclonedx', label: () => _t('CycloneDX') },
];

type Status = 'loading' | 'ready' | 'empty' | 'error';

interface State {
  status: Status;
  error: string;
  busy: '' | 'rescan' | 'export' | 'pdf';
  progress: string;
  elapsed: number;
  /** The Export menu of the control panel is open. */
  exportOpen: boolean;
  /** DashboardData as shown: invisible characters as <U+XXXX> (visibleCopy). */
  data: DashboardData | null;
  view: ViewState;
}

interface Card { key: string; value: string; label: string; detail: string; filter: string | null; tone: '' | 'warning' | 'danger' }

interface ActionEnv {
  services: { router?: { replaceState?(hash: Record<string, unknown>): void } };
  __getLocalState__?: { add(owner: unknown, cb: () => unknown): void; remove(owner: unknown): void };
}

export class PgCapabilitiesDashboard extends Component {
  static override template = 'pg_capabilities.Dashboard';
  static components = { Layout, Charts, ChangesPanel, DataTable, StoreInventory };
  static override props = ['*'];

  orm!: OrmService;
  notification!: NotificationService;
  action!: ActionService;
  state!: State;
  timer: ReturnType<typeof setInterval> | null = null;
  persistTimer: ReturnType<typeof setTimeout> | null = null;
  exportMenu!: ReturnType<typeof useRef>;

  override setup(): void {
    this.orm = useService('orm');
    this.notification = useService('notification');
    this.action = useService('action');
    this.state = useState<State>({ status: 'loading', error: '', busy: '', progress: '', elapsed: 0, exportOpen: false, data: null, view: initialViewState(this.props as never) });
    const env = this.env as unknown as ActionEnv;
    onWillStart(() => this.load(false));
    this.exportMenu = useRef('exportMenu');
    useExternalListener(window, 'click', (ev: Event) => {
      if (this.state.exportOpen && !this.exportMenu.el?.contains(ev.target as Node)) this.state.exportOpen = false;
    }, { capture: true });
    onMounted(() => {
      env.__getLocalState__?.add(this, () => ({ pgcap: this.state.view }));
      // Odoo 18/19: updateActionState before the action is mounted lands in the URL with it. Odoo
      // 17: the action service replaces the URL's hash once the action is mounted (after this
      // hook), so the router is told afterwards.
      if (typeof (this.props as { updateActionState?: unknown }).updateActionState === 'function') this.persist();
      else this.persistTimer = setTimeout(() => this.persist(), 100);
    });
    onWillUnmount(() => {
      env.__getLocalState__?.remove(this);
      this.stopTimer();
      if (this.persistTimer) clearTimeout(this.persistTimer);
    });
  }

  /** Odoo's control panel; no split-button menu beside Rescan (nothing goes in it: Export sits
   * in the control panel's actions, rendered once whatever the width). */
  get display() {
    return { controlPanel: { disableDropdown: true } };
  }

  // ---- data ----

  async load(rescan: boolean): Promise<void> {
    try {
      const data = await dataSource.acquire(this.orm, { rescan, onProgress: (m) => { this.state.progress = m; } });
      if (!data) {
        Object.assign(this.state, { status: 'empty', data: null, error: '' });
        return;
      }
      Object.assign(this.state, { status: 'ready', data: visibleCopy(data), error: '' });
      if (rescan) this.notification.add(_t('The new audit, collected on %(date)s, is shown.', { date: dateTime(data.audit.collected_at) }), { type: 'success' });
    } catch (e) {
      const message = errorMessage(e);
      if (this.state.data) this.notification.add(message, { type: 'danger', title: _t('The rescan failed; the previous audit is still shown.') });
      else Object.assign(this.state, { status: 'error', error: message });
    }
  }

  async rescan(): Promise<void> {
    if (this.state.busy) return;
    this.state.busy = 'rescan';
    this.state.progress = _t('Starting the rescan.');
    this.state.elapsed = 0;
    this.timer = setInterval(() => { this.state.elapsed += 1; }, 1000);
    try {
      await this.load(true);
    } finally {
      this.stopTimer();
      this.state.busy = '';
      this.state.progress = '';
    }
  }

  stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  get progressText(): string {
    return _t('%(step)s Running for %(seconds)s s.', { step: this.state.progress, seconds: integer(this.state.elapsed) });
  }

  get rescanLabel(): string {
    return this.state.busy === 'rescan' ? _t('Scanning…') : _t('Rescan');
  }

  get exportsLabel(): string {
    return _t('Download the report');
  }

  get exports() {
    return EXPORTS.map((e) => ({ format: e.format, label: e.label(), title: _t('Download the report as %(format)s', { format: e.label() }) }));
  }

  get exportButton(): string {
    return _t('Export');
  }

  toggleExport(): void {
    this.state.exportOpen = !this.state.exportOpen;
  }

  onExportKey(ev: KeyboardEvent): void {
    if (ev.key === 'Escape' && this.state.exportOpen) {
      this.state.exportOpen = false;
      (this.exportMenu.el?.querySelector('.o_pgcap_export_toggle') as HTMLElement | null)?.focus();
    }
  }

  async download(format: Format): Promise<void> {
    const d = this.state.data;
    this.state.exportOpen = false;
    if (!d || this.state.busy) return;
    this.state.busy = 'export';
    try {
      await dataSource.exportFile(this.orm, d.audit.id, format, userLocale(this.env as never));
    } catch (e) {
      this.notification.add(errorMessage(e), { type: 'danger', title: _t('The export failed.') });
    } finally {
      this.state.busy = '';
    }
  }

  /** Odoo's PDF report action; a UserError (no wkhtmltopdf here) is left to Odoo's error dialog. */
  async pdf(): Promise<void> {
    const d = this.state.data;
    this.state.exportOpen = false;
    if (!d || this.state.busy) return;
    this.state.busy = 'pdf';
    try {
      const action = await dataSource.pdfAction(this.orm, d.audit.id, userLocale(this.env as never));
      if (action) await this.action.doAction(action as Record<string, unknown>);
    } finally {
      this.state.busy = '';
    }
  }

  // ---- what the page says ----

  get auditLine(): string {
    const d = this.state.data!;
    const a = d.audit;
    const src = d.overview.source;
    const values = {
      database: src.database ?? a.database,
      postgres: src.serverVersion ?? '',
      odoo: a.odoo_version || src.odooVersion || '',
      date: dateTime(a.collected_at),
      user: a.user,
      seconds: integer(Math.max(1, Math.round(a.duration_ms / 1000))),
    };
    if (values.postgres && values.user) return _t('Database %(database)s on PostgreSQL %(postgres)s, Odoo %(odoo)s. Audit collected on %(date)s by %(user)s in %(seconds)s s.', values);
    if (values.postgres) return _t('Database %(database)s on PostgreSQL %(postgres)s, Odoo %(odoo)s. Audit collected on %(date)s in %(seconds)s s.', values);
    return _t('Database %(database)s, Odoo %(odoo)s. Audit collected on %(date)s in %(seconds)s s.', values);
  }

  get findingCards(): Card[] {
    const d = this.state.data;
    if (!d) return [];
    const s = d.overview.summary;
    const v = s.verdicts ?? { refuse: 0, replace: 0, keep: 0, review: 0 };
    const apart = s.odooFindings + s.notInstalledFindings;
    const highs = d.severities.filter((x) => x.severity === 'high' || x.severity === 'critical').reduce((n, x) => n + x.count, 0);
    // summary.findings counts the accepted ones too; the card, as its list (to_act_on), does not
    const toActOn = s.findings - (s.accepted ?? 0);
    const cards: Card[] = [
      { key: 'to_act_on', value: integer(toActOn), label: _t('External-store findings to act on'), filter: 'to_act_on', tone: toActOn ? 'warning' : '',
        detail: s.accepted ? _t('Accepted by the client and listed apart: %(count)s.', { count: integer(s.accepted) })
          : apart ? _t("Listed apart (Odoo's own modules, or not installed): %(count)s.", { count: integer(apart) })
            : _t('In modules that run in this database.') },
      { key: 'refuse', value: integer(v.refuse), label: _t('Stores to refuse'), filter: 'verdict_refuse', tone: v.refuse ? 'danger' : '', detail: _t('A second store holding data of its own, or written together with Odoo: remove it.') },
      { key: 'replace', value: integer(v.replace), label: _t('Stores PostgreSQL can replace'), filter: 'verdict_replace', tone: '', detail: _t('A PostgreSQL capability does the same job.') },
      { key: 'review', value: integer(v.review), label: _t('Verdicts to review'), filter: 'verdict_review', tone: v.review ? 'warning' : '', detail: _t('The audit could not decide: a person must look.') },
      { key: 'keep', value: integer(v.keep), label: _t('Stores that may stay'), filter: 'verdict_keep', tone: '', detail: _t('Derived copies PostgreSQL can rebuild.') },
      { key: 'dual_write', value: integer(s.dualWrites), label: _t('Dual writes'), filter: 'dual_write', tone: s.dualWrites ? 'danger' : '', detail: _t('One change written to PostgreSQL and to another store, with no transaction spanning both.') },
      { key: 'severity_high', value: integer(highs), label: _t('High or critical findings'), filter: 'severity_high', tone: highs ? 'danger' : '',
        detail: s.worstSeverity ? _t('The worst severity found: %(severity)s.', { severity: severityTitle(s.worstSeverity) }) : _t('No external store found.') },
    ];
    if (d.previous && d.changes) {
      const c = d.changes.findings;
      cards.push({ key: 'new_since_previous', value: integer(c.added.length), label: _t('New since the previous audit'), filter: 'new_since_previous', tone: c.added.length ? 'warning' : '',
        detail: _t('Gone: %(gone)s. Changed: %(changed)s.', { gone: integer(c.removed.length), changed: integer(c.changed.length) }) });
    }
    return cards;
  }

  get capabilityCards(): Card[] {
    const d = this.state.data;
    if (!d) return [];
    const s = d.overview.summary;
    return [
      { key: 'capabilities', value: _t('%(used)s of %(known)s', { used: integer(s.capabilitiesInUse), known: integer(s.capabilitiesKnown) }), label: _t('PostgreSQL capabilities in use'), filter: null, tone: s.capabilitiesNotChecked ? 'warning' : '',
        detail: s.capabilitiesNotChecked ? _t('Could not be checked: %(count)s (see why under PostgreSQL capabilities).', { count: integer(s.capabilitiesNotChecked) }) : _t('Of the PostgreSQL features this audit looks for.') },
      { key: 'jsonb', value: integer(s.jsonbColumns), label: _t('jsonb columns'), filter: null, tone: '',
        detail: s.jsonbBytes ? _t('Data they hold, estimated: %(size)s.', { size: size(s.jsonbBytes) }) : _t('No jsonb data yet.') },
      { key: 'fts', value: integer(s.ftsIndexes), label: _t('Full-text search indexes'), filter: null, tone: '', detail: _t('tsvector columns and to_tsvector expression indexes.') },
      { key: 'trigram', value: integer(s.trigramIndexes), label: _t('Trigram indexes'), filter: null, tone: '', detail: _t('Fast LIKE and similarity search on text.') },
      { key: 'channels', value: integer(s.channels), label: _t('LISTEN/NOTIFY channels'), filter: null, tone: '',
        detail: d.overview.source.database ? _t('Sessions seen listening: %(count)s.', { count: integer(s.listeners) }) : _t('Listeners not checked: no database was audited.') },
    ];
  }

  cardClass(card: Card): string {
    return `card h-100 w-100 text-start o_pgcap_card o_pgcap_card_${card.key}${card.tone ? ` border-${card.tone} o_pgcap_card_${card.tone}` : ''}`;
  }

  /** The findings list (Odoo's own list view) with one of its filters set. */
  async openFindings(filter: string): Promise<void> {
    await this.action.doAction(FINDINGS_ACTION, { additionalContext: { [`search_default_${filter}`]: 1 } });
  }

  async open(link: RecordLink): Promise<void> {
    await openRecord(link, { orm: this.orm, action: this.action, notification: this.notification });
  }

  get chartSeverities() {
    return this.state.data?.severities ?? [];
  }

  get chartJsonb() {
    return this.state.data ? jsonbSizeByModule(this.state.data.overview) : [];
  }

  capabilityTitle = (id: string): string => {
    const c = this.state.data?.overview.capabilities.find((x) => x.id === id);
    return c ? catalogLabel(c.title) : id;
  };

  storeTitle = (store: string): string => {
    const x = this.state.data?.overview.inventory?.find((i) => i.store === store);
    return x ? x.title : store;
  };

  // ---- capabilities ----

  get capabilities(): CapabilityReport[] {
    const all = this.state.data?.overview.capabilities ?? [];
    // not checked is no answer: shown with its reasons, hidden only with the ones not in use
    return this.state.view.unused ? all : all.filter((c) => c.status !== 'not_in_use');
  }

  get unusedToggle(): string {
    const hidden = (this.state.data?.overview.capabilities ?? []).filter((c) => c.status === 'not_in_use').length;
    return this.state.view.unused ? _t('Hide the capabilities not in use (those not checked stay).') : _t('Show the capabilities not in use (%(count)s).', { count: integer(hidden) });
  }

  capTitle(c: CapabilityReport): string { return catalogLabel(c.title); }
  capDescription(c: CapabilityReport): string { return _t(c.description); }

  capStatus(c: CapabilityReport): string {
    return c.status === 'in_use' ? _t('In use: %(count)s items.', { count: integer(c.items.length) }) : c.status === 'not_in_use' ? _t('Not in use.') : _t('Not checked.');
  }

  statusClass(c: CapabilityReport): string {
    return c.status === 'in_use' ? 'badge o_pgcap_badge o_pgcap_status_in_use' : c.status === 'not_in_use' ? 'badge o_pgcap_badge o_pgcap_status_not_in_use' : 'badge o_pgcap_badge o_pgcap_status_not_checked o_pgcap_not_checked';
  }

  partsText(c: CapabilityReport): string {
    const looked = c.parts.filter((p) => p.status !== 'not_checked');
    const notChecked = c.parts.filter((p) => p.status === 'not_checked');
    // a part's name is a catalog label (translated when the .po has it); its reason is the report's
    // (no _t call inside another's arguments: Odoo's extractor would miss the outer one's term)
    const lookedAt = (p: { part: string; status: string }) => {
      const part = catalogLabel(p.part);
      return p.status === 'in_use' ? _t('%(part)s (in use)', { part }) : _t('%(part)s (none found)', { part });
    };
    const unchecked = (p: { part: string; reason: string }) => {
      const part = catalogLabel(p.part);
      return _t('%(part)s (%(reason)s)', { part, reason: p.reason });
    };
    const out: string[] = [];
    if (looked.length) out.push(_t('Looked at: %(parts)s.', { parts: looked.map(lookedAt).join(', ') }));
    if (notChecked.length) out.push(_t('Not checked: %(parts)s.', { parts: notChecked.map(unchecked).join('; ') }));
    return out.join(' ');
  }

  tableState(id: string): TableState {
    return this.state.view.tables[id] ?? emptyTable();
  }

  onTable = (id: string) => (t: TableState): void => {
    this.state.view.tables[id] = t;
    this.persist();
  };

  toggleUnused(): void {
    this.state.view.unused = !this.state.view.unused;
    this.persist();
  }

  // ---- sections ----

  isOpen(id: SectionId): boolean {
    return !this.state.view.closed.includes(id);
  }

  toggleSection(id: SectionId): void {
    const closed = this.state.view.closed;
    this.state.view.closed = closed.includes(id) ? closed.filter((x) => x !== id) : [...closed, id];
    this.persist();
  }

  get sectionTitles(): Record<SectionId, string> {
    return {
      changes: _t('Changes since the previous audit'),
      charts: _t('Findings and jsonb data at a glance'),
      inventory: _t('Store inventory'),
      capabilities: _t('PostgreSQL capabilities'),
      warnings: _t('Warnings of the audit'),
    };
  }

  warningText(w: { source: string; message: string }): string {
    return _t('%(source)s: %(message)s', { source: w.source, message: w.message });
  }

  /** The view state into the URL (and the breadcrumb's local state, read when it is exported). */
  persist(): void {
    const url = toUrl(this.state.view);
    const props = this.props as { updateActionState?: (s: Record<string, string | undefined>) => void };
    if (typeof props.updateActionState === 'function') props.updateActionState({ ...url });
    else (this.env as unknown as ActionEnv).services.router?.replaceState?.({ ...url });
  }
}

function errorMessage(e: unknown): string {
  const err = e as { data?: { message?: string }; message?: string };
  return err?.data?.message ?? err?.message ?? String(e);
}

