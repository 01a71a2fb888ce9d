// A sortable, filterable, paged table of report items (one capability's items).
import { Component, useState } from '@odoo/owl';
import { formatCell } from '../core/format';
import type { Column, Item } from '../core/report-types';
import { filterItems, paginate, sortRows, toggleSort, type SortState } from './view-model';

export const PAGE_SIZE = 50;

interface Props { columns: Column[]; items: Item[] }

export class DataTable extends Component<Props> {
  static override template = 'pg_capabilities.DataTable';
  static override props = ['*'];

  state!: { query: string; sort: SortState | null; page: number };

  override setup(): void {
    this.state = useState({ query: '', sort: null as SortState | null, page: 0 });
  }

  get page() {
    const rows = sortRows(filterItems(this.props.items, this.state.query), this.state.sort);
    return paginate(rows, this.state.page, PAGE_SIZE);
  }

  cell(item: Item, col: Column): string {
    return formatCell(item[col.key], col.kind);
  }

  isNumeric(col: Column): boolean {
    return col.kind === 'number' || col.kind === 'bytes';
  }

  sortIcon(col: Column): string {
    const s = this.state.sort;
    if (!s || s.key !== col.key) return 'fa fa-sort text-muted';
    return s.asc ? 'fa fa-sort-asc' : 'fa fa-sort-desc';
  }

  onSort(col: Column): void {
    this.state.sort = toggleSort(this.state.sort, col.key);
    this.state.page = 0;
  }

  onFilter(ev: Event): void {
    this.state.query = (ev.target as HTMLInputElement).value;
    this.state.page = 0;
  }

  goto(delta: number): void {
    this.state.page = this.page.page + delta;
  }
}
