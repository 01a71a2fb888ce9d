// CSV of the findings, one row each, for a spreadsheet. RFC 4180 quoting; cells a spreadsheet
// would run as a formula (= + - @, tab, carriage return first) get a leading apostrophe.
import { redact } from '../redact';
import type { Report } from '../report-types';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null): string {
  let s = value == null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'severity', 'module', 'path', 'state', 'odoo_core', 'store', 'category', 'role', 'role_reason',
  'dual_write', 'evidence_count', 'first_evidence', 'first_snippet', 'replace_with', 'recommendation',
] as const;

export function toCsv(r: Report): string {
  const rows = r.findings.map((f) => {
    const first = f.evidence[0];
    return [
      f.severity, f.module, f.path, f.state, f.core, f.store, f.category, f.role, f.roleReason,
      f.dualWrite, f.evidenceCount, first ? `${first.file}:${first.line}` : '', first ? redact(first.snippet) : '',
      f.recommendation.capability, f.recommendation.text,
    ].map(csvCell).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
