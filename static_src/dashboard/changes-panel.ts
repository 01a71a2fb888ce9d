// What changed since the previous audit, object by object (DashboardData.changes): findings that
// appeared, went or changed verdict, capabilities that came into or went out of use, items per
// capability, stores of the inventory, NOTIFY channels.
import { Component } from '@odoo/owl';
import { _t } from '@web/core/l10n/translation';
import type { ReportDiff } from '../core/diff';
import type { AuditMeta } from './contract';
import { integer, dateTime } from './l10n';
import { badgeClass, roleTitle, severityTitle, verdictTitle } from './labels';
import { linkTitle, type RecordLink } from './links';

interface Props {
  changes: ReportDiff;
  previous: AuditMeta;
  capabilityTitle: (id: string) => string;
  storeTitle: (store: string) => string;
  onOpen: (link: RecordLink) => void;
  onFilter: (filter: string) => void;
}

type Cut = { id: string; module: string; store: string; verdict: string; severity: string };

export class ChangesPanel extends Component<Props> {
  static override template = 'pg_capabilities.ChangesPanel';
  static override props = ['*'];

  get since(): string {
    const p = this.props.previous;
    return p.user
      ? _t('Compared with the previous audit, collected on %(date)s by %(user)s.', { date: dateTime(p.collected_at), user: p.user })
      : _t('Compared with the previous audit, collected on %(date)s.', { date: dateTime(p.collected_at) });
  }

  get added(): Cut[] { return this.props.changes.findings.added as unknown as Cut[]; }
  get removed(): Cut[] { return this.props.changes.findings.removed as unknown as Cut[]; }
  get verdicts() { return this.props.changes.verdicts; }
  /** Changes other than the verdict's (severity, role, dual write, state, section, origin). */
  get otherChanges() {
    return this.props.changes.findings.changed
      .map((c) => ({ ...c, keys: Object.keys(c.to).filter((k) => k !== 'verdict') }))
      .filter((c) => c.keys.length);
  }
  get capabilities() { return this.props.changes.capabilities; }
  get inventory() { return this.props.changes.inventory; }
  get channels() { return this.props.changes.channels; }

  get nothing(): boolean {
    const c = this.props.changes;
    return !c.findings.added.length && !c.findings.removed.length && !c.findings.changed.length
      && !c.capabilities.started.length && !c.capabilities.stopped.length && !c.capabilities.items.length
      && !c.inventory.added.length && !c.inventory.removed.length && !c.inventory.changed.length
      && !c.channels.added.length && !c.channels.removed.length;
  }

  verdict(v: string): string { return verdictTitle(v); }
  severity(s: string): string { return severityTitle(s); }
  badge(kind: 'verdict' | 'severity', v: string): string { return badgeClass(kind, v); }
  store(s: string): string { return this.props.storeTitle(s); }
  capability(id: string): string { return this.props.capabilityTitle(id); }
  count(n: number): string { return integer(n); }
  role(r: string | null): string { return roleTitle(r); }
  moduleLink(name: string): RecordLink { return { kind: 'module', name }; }
  linkTitle(l: RecordLink): string { return linkTitle(l); }

  /** "Severity: Medium → High", one phrase per property that changed. */
  describe(c: { from: Record<string, unknown>; to: Record<string, unknown>; keys: string[] }): string {
    return c.keys.map((k) => {
      const show = (v: unknown) => (k === 'severity' ? severityTitle(String(v)) : k === 'role' ? roleTitle(String(v)) : k === 'dualWrite' ? (v ? _t('yes') : _t('no')) : String(v ?? ''));
      const what = k === 'severity' ? _t('Severity') : k === 'role' ? _t('Role') : k === 'dualWrite' ? _t('Dual write') : k === 'state' ? _t('Module state') : k === 'section' ? _t('Listed under') : k === 'origin' ? _t('Origin') : k;
      return _t('%(what)s: %(before)s → %(after)s', { what, before: show(c.from[k]), after: show(c.to[k]) });
    }).join('; ');
  }

  inventoryChange(c: ReportDiff['inventory']['changed'][number]): string {
    const parts: string[] = [];
    if (c.from.verdict !== c.to.verdict) parts.push(_t('Verdict: %(before)s → %(after)s', { before: verdictTitle(c.from.verdict), after: verdictTitle(c.to.verdict) }));
    if (c.from.role !== c.to.role) parts.push(_t('Role: %(before)s → %(after)s', { before: roleTitle(c.from.role), after: roleTitle(c.to.role) }));
    return _t('%(store)s: %(change)s', { store: c.title, change: parts.join('; ') });
  }

  /** What a verdict change says to a screen reader (the badges and the arrow are hidden from it). */
  verdictChange(f: { from: string; to: string }): string {
    return _t('The verdict changed from %(before)s to %(after)s.', { before: verdictTitle(f.from), after: verdictTitle(f.to) });
  }
}
