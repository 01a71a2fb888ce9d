// The store inventory: every store outside PostgreSQL (Odoo's own filestore and sessions included),
// one row each, and the operational checklist of the one opened.
import { Component, useState } from '@odoo/owl';
import type { InventoryEntry, VerdictKind } from '../core/report-types';
import { VERDICT_COLORS, verdictTitle } from '../core/verdict-labels';
import { INVENTORY_INTRO, INVENTORY_KIND_TITLES } from '../core/wording';

interface Props { inventory: InventoryEntry[] }

export class StoreInventory extends Component<Props> {
  static override template = 'pg_capabilities.StoreInventory';
  static override props = ['*'];

  intro = INVENTORY_INTRO;
  state!: { open: string };

  override setup(): void {
    this.state = useState({ open: '' });
  }

  kindTitle(x: InventoryEntry): string {
    return INVENTORY_KIND_TITLES[x.kind] ?? x.kind;
  }

  verdictLabel(v: VerdictKind | null): string {
    return verdictTitle(v);
  }

  verdictStyle(v: VerdictKind | null): string {
    const c = v ? VERDICT_COLORS[v] : undefined;
    return c ? `background-color: ${c.bg}; color: ${c.fg};` : '';
  }

  list(xs: string[]): string {
    return xs.length ? xs.join(', ') : '—';
  }

  toggle(x: InventoryEntry): void {
    this.state.open = this.state.open === x.id ? '' : x.id;
  }
}
