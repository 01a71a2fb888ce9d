// A sortable, filterable, paged table of report items (one capability's items). Its state (sort,
// filter, page) belongs to the dashboard, which keeps it in the URL: the table reports changes
// through props.onChange. Headers are buttons (keyboard: Tab, Enter/Space) with aria-sort; a
// module, model or field cell is a button that opens Odoo's own record.
import { Component } from '@odoo/owl';
import { _t } from '@web/core/l10n/translation';
import type { Column, Item } from '../core/report-types';
import { integer, size } from './l10n';
import { catalogLabel } from './labels';
import type { RecordLink } from './links';
import { linkTitle } from './links';
import type { TableState } from './view-state';
import { filterItems, paginate, sortRows, toggleSort } from './view-model';

export const PAGE_SIZE = 50;

interface Props {
  id: string;
  caption: string;
  columns: Column[];
  items: Item[];
  state: TableState;
  onChange: (state: TableState) => void;
  onOpen: (link: RecordLink) => void;
}

export class DataTable extends Component<Props> {
  static override template = 'pg_capabilities.DataTable';
  static override props = ['*'];

  get page() {
    const rows = sortRows(filterItems(this.props.items, this.props.state.query), this.props.state.sort);
    return paginate(rows, this.props.state.page, PAGE_SIZE);
  }

  /** A column label from core's catalog, translated when the module's .po has it. */
  label(col: Column): string {
    return catalogLabel(col.label);
  }

  cell(item: Item, col: Column): string {
    const v = item[col.key];
    if (v == null) return '';
    if (col.kind === 'bytes' && typeof v === 'number') return size(v);
    if (col.kind === 'number' && typeof v === 'number') return integer(v);
    if (col.kind === 'bool' && typeof v === 'boolean') return v ? _t('yes') : _t('no');
    return String(v);
  }

  link(item: Item, col: Column): RecordLink | null {
    const v = item[col.key];
    if (typeof v !== 'string' || !v) return null;
    if (col.key === 'module') return { kind: 'module', name: v };
    if (col.key === 'model') return { kind: 'model', model: v };
    if (col.key === 'field' && typeof item.model === 'string' && item.model) return { kind: 'field', model: item.model, name: v };
    return null;
  }

  linkTitle(link: RecordLink): string {
    return linkTitle(link);
  }

  isNumeric(col: Column): boolean {
    return col.kind === 'number' || col.kind === 'bytes';
  }

  ariaSort(col: Column): 'ascending' | 'descending' | 'none' {
    const s = this.props.state.sort;
    return !s || s.key !== col.key ? 'none' : s.asc ? 'ascending' : 'descending';
  }

  sortIcon(col: Column): string {
    const a = this.ariaSort(col);
    return a === 'none' ? 'fa fa-sort text-muted' : a === 'ascending' ? 'fa fa-sort-asc' : 'fa fa-sort-desc';
  }

  sortLabel(col: Column): string {
    const a = this.ariaSort(col);
    const name = this.label(col);
    return a === 'ascending' ? _t('%(column)s: sorted ascending; activate to sort descending', { column: name })
      : a === 'descending' ? _t('%(column)s: sorted descending; activate to sort ascending', { column: name })
        : _t('%(column)s: activate to sort ascending', { column: name });
  }

  get filterLabel(): string {
    return _t('Filter the rows of %(table)s', { table: this.props.caption });
  }

  get countText(): string {
    return _t('%(shown)s of %(total)s rows', { shown: integer(this.page.total), total: integer(this.props.items.length) });
  }

  get pageText(): string {
    const p = this.page;
    return _t('Rows %(first)s to %(last)s of %(total)s', { first: integer(p.first), last: integer(p.last), total: integer(p.total) });
  }

  get previousLabel(): string { return _t('Previous page'); }
  get nextLabel(): string { return _t('Next page'); }

  onSort(col: Column): void {
    this.props.onChange({ ...this.props.state, sort: toggleSort(this.props.state.sort, col.key), page: 0 });
  }

  onFilter(ev: Event): void {
    this.props.onChange({ ...this.props.state, query: (ev.target as HTMLInputElement).value, page: 0 });
  }

  goto(delta: number): void {
    this.props.onChange({ ...this.props.state, page: this.page.page + delta });
  }
}
