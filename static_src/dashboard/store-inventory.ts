// The store inventory: every store outside PostgreSQL (Odoo's own filestore and sessions included),
// one row each, and the operational checklist of the one opened. Modules open in Apps, models in
// ir.model.
import { Component, useState } from '@odoo/owl';
import { _t } from '@web/core/l10n/translation';
import type { InventoryEntry } from '../core/report-types';
import { badgeClass, roleTitle, verdictTitle } from './labels';
import { linkTitle, type RecordLink } from './links';

interface Props { inventory: InventoryEntry[]; onOpen: (link: RecordLink) => void }

export class StoreInventory extends Component<Props> {
  static override template = 'pg_capabilities.StoreInventory';
  static override props = ['*'];

  state!: { open: string };

  override setup(): void {
    this.state = useState({ open: '' });
  }

  kindTitle(x: InventoryEntry): string {
    return x.kind === 'odoo' ? _t("Odoo's own") : _t('External store');
  }

  verdictLabel(x: InventoryEntry): string {
    return x.verdict ? verdictTitle(x.verdict) : _t('No verdict: Odoo needs it');
  }

  verdictClass(x: InventoryEntry): string {
    return badgeClass('verdict', x.verdict);
  }

  role(x: InventoryEntry): string {
    return roleTitle(x.role);
  }

  moduleLink(name: string): RecordLink { return { kind: 'module', name }; }
  modelLink(model: string): RecordLink { return { kind: 'model', model }; }
  linkTitle(l: RecordLink): string { return linkTitle(l); }

  toggleLabel(x: InventoryEntry): string {
    return this.state.open === x.id ? _t('Hide the operational checklist of %(store)s', { store: x.title }) : _t('Show the operational checklist of %(store)s', { store: x.title });
  }

  toggle(x: InventoryEntry): void {
    this.state.open = this.state.open === x.id ? '' : x.id;
  }
}
