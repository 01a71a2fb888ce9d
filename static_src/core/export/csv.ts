// CSV of the findings, one row each, for a spreadsheet. RFC 4180 quoting; invisible characters
// (line breaks included) shown as <U+XXXX>, so a row is one line; a cell a spreadsheet would run as
// a formula (= + - @, their full-width forms, tab or carriage return first) gets a leading apostrophe.
import { displayText } from '../format';
import { redact } from '../redact';
import type { Report } from '../report-types';
import { holdsText } from '../verdict-labels';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A spreadsheet cell holds at most 32,767 characters (Excel, LibreOffice): longer ones are shortened. */
export const CSV_CELL_MAX = 32_000;

export function csvCell(value: string | number | boolean | null): string {
  let s = value == null ? '' : displayText(String(value), CSV_CELL_MAX);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'section', 'verdict', 'verdict_text', 'action', 'reasons', 'models', 'write_paths', 'rebuild_paths', 'reconciliation', 'severity', 'module', 'path', 'state', 'origin', 'odoo_core', 'store', 'category', 'role', 'role_reason',
  'dual_write', 'client_code', 'evidence_count', 'first_evidence', 'first_snippet', 'replace_with', 'recommendation',
] as const;

export function toCsv(r: Report): string {
  const rows = r.findings.map((f) => {
    const first = f.evidence[0];
    return [
      f.section, f.verdict, f.verdictText, f.action,
      // "condition=yes|no|undecided" per reason; "model.name: fields"; "Class.method trigger timing"; file:line
      (f.reasons ?? []).map((x) => `${x.condition}=${holdsText(x.holds)}`).join('; '),
      (f.models ?? []).map((m) => `${m.model}${m.fields.length ? `: ${m.fields.join(' ')}` : ''}`).join('; '),
      (f.paths ?? []).map((p) => `${p.method} ${p.trigger} ${p.timing}`).join('; '),
      (f.rebuild?.paths ?? []).map((x) => `${x.file}:${x.line}`).join('; '),
      (f.reconciliation ?? []).map((x) => `${x.file}:${x.line}`).join('; '),
      f.severity, f.module, f.path, f.state, f.origin, f.core, f.store, f.category, f.role, f.roleReason,
      f.dualWrite, `${f.client.file}:${f.client.line}`, f.evidenceCount, first ? `${first.file}:${first.line}` : '', first ? redact(first.snippet) : '',
      f.recommendation.capability, f.recommendation.text,
    ].map(csvCell).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
