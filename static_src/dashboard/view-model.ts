// Pure helpers behind the overview: filtering, sorting and paging of capability tables, and the
// numbers the jsonb chart shows. No OWL, no DOM: tested directly. (Findings are Odoo records,
// paged, sorted and grouped by Odoo's own list view.)
import type { Cell, Item, Report } from '../core/report-types';

export interface SortState { key: string; asc: boolean }

export function compareCells(a: Cell | undefined, b: Cell | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // empty cells last, whichever the direction
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

export function sortRows<T extends Record<string, unknown>>(rows: T[], sort: SortState | null): T[] {
  if (!sort) return rows;
  const dir = sort.asc ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = x[sort.key] as Cell | undefined;
    const b = y[sort.key] as Cell | undefined;
    if (a == null || b == null) return compareCells(a, b);
    return dir * compareCells(a, b);
  });
}

/** Rows whose visible text contains every word of the query (case-insensitive). */
export function filterItems(items: Item[], query: string): Item[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const text = Object.values(item).map((v) => (v == null ? '' : String(v))).join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export interface Page<T> { rows: T[]; page: number; pages: number; total: number; first: number; last: number }

export function paginate<T>(rows: T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = rows.slice(p * size, (p + 1) * size);
  return { rows: slice, page: p, pages, total: rows.length, first: rows.length ? p * size + 1 : 0, last: p * size + slice.length };
}

export function toggleSort(current: SortState | null, key: string): SortState {
  return current && current.key === key ? { key, asc: !current.asc } : { key, asc: true };
}

/** jsonb size per owning Odoo module (or table when not an Odoo column), largest first. */
export function jsonbSizeByModule(report: Pick<Report, 'capabilities'>, top = 10): { label: string; bytes: number }[] {
  const sizes = new Map<string, number>();
  for (const item of report.capabilities.find((c) => c.id === 'jsonb')?.items ?? []) {
    const label = String(item.module ?? item.table ?? '?');
    sizes.set(label, (sizes.get(label) ?? 0) + (typeof item.size === 'number' ? item.size : 0));
  }
  return [...sizes].map(([label, bytes]) => ({ label, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, top);
}
