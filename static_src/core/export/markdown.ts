// Markdown engagement summary: pasteable into a ticket, a wiki or a client report.
import { describeParts, formatBytes, formatCell } from '../format';
import { redact } from '../redact';
import type { CapabilityReport, Finding, Report } from '../report-types';

const cell = (s: string) => redact(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => {
  const t = cell(s);
  const fence = t.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${t}${fence.length > 1 ? ' ' : ''}${fence}`;
};

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function capability(c: CapabilityReport, limit: number): string {
  const head = `### ${c.title} — ${c.status === 'not_checked' ? '**not checked**' : c.summary}\n\n${c.description}`;
  const parts = c.parts?.length ? `_${cell(describeParts(c.parts))}_` : '';
  const notes = c.notes.map((n) => `- ${cell(n)}`).join('\n');
  const rows = c.items.slice(0, limit).map((i) => c.columns.map((col) => cell(formatCell(i[col.key], col.kind))));
  const more = c.items.length > limit ? `\n\n_${c.items.length - limit} more in the JSON or HTML export._` : '';
  return [head, parts, notes, table(c.columns.map((col) => col.label), rows) + more].filter(Boolean).join('\n\n');
}

function finding(f: Finding): string {
  const lines = [
    `### ${f.severity.toUpperCase()}: ${cell(f.module)} → ${cell(f.storeTitle)}`,
    '',
    `- **Module:** ${code(f.path)}${f.core ? ' (Odoo\'s own)' : ''}${f.state ? `, ${cell(f.state)}` : ''}`,
    `- **Store:** ${cell(f.storeTitle)} (${f.category})`,
    `- **Role:** ${f.role}. ${cell(f.roleReason)}`,
    `- **Dual write:** ${f.dualWrite ? 'yes, an Odoo write and a store write in the same function:' : 'none seen'}`,
    ...f.dualWriteEvidence.map((e) => `  - ${code(`${e.file}:${e.line}`)} ${code(e.snippet)}`),
    `- **Recommendation:** ${cell(f.recommendation.text)}${f.recommendation.inUseHere ? ' This PostgreSQL capability is already in use in this database.' : ''}`,
    `- **Evidence** (${f.evidenceCount}):`,
    ...f.evidence.map((e) => `  - ${code(`${e.file}:${e.line}`)} ${e.kind}: ${code(e.snippet)}`),
  ];
  if (f.evidenceCount > f.evidence.length) lines.push(`  - … ${f.evidenceCount - f.evidence.length} more`);
  return lines.join('\n');
}

export function toMarkdown(r: Report, opts: { maxItems?: number } = {}): string {
  const limit = opts.maxItems ?? 50;
  const s = r.summary;
  const src = r.source;
  const out: string[] = [];
  out.push(`# PostgreSQL capabilities audit${src.database ? `: ${cell(src.database)}` : ''}`);
  out.push([
    `- **Collected:** ${src.collectedAt} by ${cell(src.collector)}`,
    src.database ? `- **Database:** ${cell(src.database)} on PostgreSQL ${cell(src.serverVersion ?? '?')} as role ${cell(src.role ?? '?')}${src.odooVersion ? `, Odoo ${cell(src.odooVersion)}` : ''}` : '- **Database:** not audited',
    src.database ? `- **Statistics:** counters ${src.statisticsSince ? `since ${src.statisticsSince}` : 'never reset'}${src.statementsSince ? `; pg_stat_statements since ${src.statementsSince}` : ''}` : '',
    src.addonsRoots.length ? `- **Addons scanned:** ${src.addonsRoots.map(code).join(', ')} (${s.modulesScanned} modules, ${s.filesScanned} files)` : '- **Addons:** not scanned',
  ].filter(Boolean).join('\n'));
  out.push('## Summary');
  out.push([
    `- PostgreSQL capabilities in use: **${s.capabilitiesInUse}** of ${s.capabilitiesKnown}${s.capabilitiesNotChecked ? `, **${s.capabilitiesNotChecked}** not checked (see their reasons)` : ''}`,
    `- jsonb columns: **${s.jsonbColumns}** (${formatBytes(s.jsonbBytes) || '0 B'} estimated)`,
    `- Full-text indexes: **${s.ftsIndexes}**, trigram indexes: **${s.trigramIndexes}**`,
    `- LISTEN/NOTIFY channels: **${s.channels}** (${s.listeners} listening session${s.listeners === 1 ? '' : 's'})`,
    `- External stores: **${s.findings}** finding${s.findings === 1 ? '' : 's'}${s.stores.length ? ` (${s.stores.join(', ')})` : ''}, ${s.dualWrites} dual write${s.dualWrites === 1 ? '' : 's'}, worst severity **${s.worstSeverity ?? 'none'}**`,
  ].join('\n'));
  if (r.findings.length) {
    out.push('## External stores');
    out.push(table(['Severity', 'Module', 'Store', 'Role', 'Dual write', 'Replace with'],
      r.findings.map((f) => [f.severity, cell(f.module), cell(f.store), f.role, f.dualWrite ? 'yes' : 'no', cell(f.recommendation.capability)])));
    out.push(...r.findings.map(finding));
  }
  out.push('## PostgreSQL capabilities');
  out.push(...r.capabilities.map((c) => capability(c, limit)));
  if (r.warnings.length) {
    out.push('## Warnings');
    out.push(r.warnings.map((w) => `- **${w.level}** (${cell(w.source)}): ${cell(w.message)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
