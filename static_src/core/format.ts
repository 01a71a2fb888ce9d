// Number and size formatting shared by the exporters and the dashboard.
import type { CapabilityPart, Cell, Column } from './report-types';

export function formatBytes(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u += 1; }
  return `${u === 0 ? Math.round(v) : v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

export function formatNumber(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '';
  return Math.round(n).toLocaleString('en-US');
}

export function formatCell(value: Cell | undefined, kind: Column['kind']): string {
  if (value == null) return '';
  if (kind === 'bytes') return typeof value === 'number' ? formatBytes(value) : String(value);
  if (kind === 'number') return typeof value === 'number' ? formatNumber(value) : String(value);
  if (kind === 'bool') return value === true ? 'yes' : value === false ? 'no' : String(value);
  return String(value);
}

const PART_STATUS: Record<CapabilityPart['status'], string> = { in_use: 'in use', not_in_use: 'none found', not_checked: 'not checked' };

/** Where a capability was looked for and what came of it, one sentence for every export and the dashboard. */
export function describeParts(parts: CapabilityPart[]): string {
  const looked = parts.filter((p) => p.status !== 'not_checked').map((p) => `${p.part} (${PART_STATUS[p.status]})`);
  const notChecked = parts.filter((p) => p.status === 'not_checked').map((p) => `${p.part} (${p.reason})`);
  return [looked.length ? `Looked at: ${looked.join(', ')}.` : '', notChecked.length ? `Not checked: ${notChecked.join('; ')}.` : ''].filter(Boolean).join(' ');
}
