// Markdown engagement summary: pasteable into a ticket, a wiki or a client report.
import { describeParts, formatBytes, formatCell } from '../format';
import { redact } from '../redact';
import { ORIGIN_TITLES } from '../origin';
import type { CapabilityReport, Finding, Report } from '../report-types';
import { findingsScope, inventorySentence, listedModules, moduleState, SECTION_TITLES, sectionIntro } from '../wording';

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
    `- **Module:** ${code(f.path)}${f.state ? `, ${cell(f.state)}` : ''}; origin ${ORIGIN_TITLES[f.origin]} (${cell(f.originBasis)})`,
    `- **Store:** ${cell(f.storeTitle)} (${f.category})${f.driver ? `, through ${cell(f.driver)}` : ''}`,
    `- **Client code:** ${code(`${f.client.file}:${f.client.line}`)} ${code(f.client.snippet)}`,
    `- **Role:** ${f.role}. ${cell(f.roleReason)}`,
    `- **Dual write:** ${f.dualWrite ? 'yes, an Odoo write and a store write in the same function:' : 'none seen'}`,
    ...f.dualWriteEvidence.map((e) => `  - ${code(`${e.file}:${e.line}`)} ${code(e.snippet)}`),
    `- **Recommendation** (${cell(f.recommendation.title)}): ${cell(f.recommendation.text)}${f.recommendation.inUseHere ? ' This PostgreSQL capability is already in use in this database.' : ''}`,
    `- **Evidence** (${f.evidenceCount}):`,
    ...f.evidence.map((e) => `  - ${code(`${e.file}:${e.line}`)} ${e.kind}: ${code(e.snippet)}`),
  ];
  if (f.evidenceCount > f.evidence.length) lines.push(`  - … ${f.evidenceCount - f.evidence.length} more`);
  for (const u of f.usedBy) {
    lines.push(`- **${u.relation === 'configured by' ? 'Configured by' : 'Used through it by'}** ${code(u.module)}:`, ...u.evidence.map((e) => `  - ${code(`${e.file}:${e.line}`)} ${e.kind}: ${code(e.snippet)}`));
  }
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
    `- LISTEN/NOTIFY channels: **${s.channels}** (${src.database ? `${s.listeners} listening session${s.listeners === 1 ? '' : 's'}` : 'listening sessions not checked: no database audited'})`,
    `- External stores ${findingsScope(r)}: **${s.findings}** finding${s.findings === 1 ? '' : 's'}${s.stores.length ? ` (${s.stores.join(', ')})` : ''}, ${s.dualWrites} dual write${s.dualWrites === 1 ? '' : 's'}, worst severity **${s.worstSeverity ?? 'none'}**`,
    ...(s.odooFindings || s.notInstalledFindings ? [`- Listed apart: ${s.odooFindings} in Odoo's own modules, ${s.notInstalledFindings} in modules on disk that the audited database has not installed`] : []),
  ].join('\n'));
  for (const section of ['findings', 'odoo', 'not_installed'] as const) {
    const list = r.findings.filter((f) => f.section === section);
    if (list.length === 0) continue;
    out.push(`## ${SECTION_TITLES[section]}`);
    if (sectionIntro(r, section)) out.push(sectionIntro(r, section));
    if (section === 'findings') {
      out.push(table(['Severity', 'Module', 'Origin', 'Store', 'Role', 'Dual write', 'Replace with'],
        list.map((f) => [f.severity, cell(f.module), ORIGIN_TITLES[f.origin], cell(f.store), f.role, f.dualWrite ? 'yes' : 'no', cell(f.recommendation.title)])));
      out.push(...list.map(finding));
    } else {
      out.push(table(['Module', 'Origin', 'Store', 'Role', 'Client code', 'Used by'],
        list.map((f) => [cell(f.module), ORIGIN_TITLES[f.origin], cell(f.store), f.role, code(`${f.client.file}:${f.client.line}`), cell(f.usedBy.map((u) => `${u.module} (${u.relation})`).join(', '))])));
    }
  }
  if (r.mentions.length) {
    out.push('## Mentioned, not findings');
    out.push('Stores that modules name where no client code of theirs runs in production.');
    out.push(table(['Module', 'Store', 'Why it is not a finding', 'Where'],
      r.mentions.map((m) => [cell(m.module), cell(m.storeTitle), cell(m.text), m.evidence[0] ? code(`${m.evidence[0].file}:${m.evidence[0].line}`) : ''])));
  }
  out.push('## PostgreSQL capabilities');
  out.push(...r.capabilities.map((c) => capability(c, limit)));
  if (r.modules.length) {
    out.push('## Modules');
    out.push(inventorySentence(r));
    const listed = listedModules(r);
    out.push(table(['Module', 'Origin', 'State', 'Version', 'Findings', 'How origin was decided'],
      listed.slice(0, limit * 4).map((m) => [cell(m.name), ORIGIN_TITLES[m.origin], cell(moduleState(r, m)), cell(m.version), String(m.findings), cell(m.originBasis)])));
    if (listed.length > limit * 4) out.push(`_${listed.length - limit * 4} more in the JSON export._`);
  }
  if (r.warnings.length) {
    out.push('## Warnings');
    out.push(r.warnings.map((w) => `- **${w.level}** (${cell(w.source)}): ${cell(w.message)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
