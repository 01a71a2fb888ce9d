// Markdown engagement summary: pasteable into a ticket, a wiki or a client report.
// Every datum is text, never markup: invisible characters shown as <U+XXXX>, long values shortened,
// Markdown and HTML syntax backslash-escaped (GFM reads any escaped ASCII punctuation as itself),
// snippets and paths in code spans that their content cannot close.
import { describeParts, displayText, formatBytes, formatCell, formatNumber } from '../format';
import { redact } from '../redact';
import { ORIGIN_TITLES } from '../origin';
import type { CapabilityReport, Evidence, Finding, Report, VerdictReason } from '../report-types';
import { conditionText, holdsText, modelText, pathText, statisticText, verdictCounts, verdictTitle } from '../verdict-labels';
import { findingsScope, INVENTORY_INTRO, INVENTORY_KIND_TITLES, inventorySentence, listedModules, moduleState, SECTION_TITLES, sectionIntro } from '../wording';

/** Longest datum shown: a name (in a table cell, a heading), a sentence in a table cell, a code span,
 * running text; the JSON and HTML exports keep more. */
export const MD_NAME_MAX = 200;
export const MD_CELL_MAX = 500;
export const MD_CODE_MAX = 400;
export const MD_TEXT_MAX = 2000;

/**
 * A datum as inline Markdown text, safe in a table cell, a list item or a heading: no HTML, link,
 * image, autolink, emphasis, code span, entity, math, table cell or line break can come of it, and it
 * cannot open a block (heading, quote, list) where it starts a line.
 */
export function mdText(value: unknown, max = MD_NAME_MAX): string {
  return displayText(redact(String(value ?? '')), max)
    .replace(/[\\`*[\]<>|~$&#]/g, '\\$&')
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    // GFM's extended autolinks: scheme:// and www.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    // a list item, a setext underline or thematic break, an ordered list item, had it started a line
    .replace(/^([-+=])(?=[-= ]|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}

/**
 * A datum as a code span whose fence is longer than any run of backticks inside (so nothing in it
 * can close it early); in a table, its pipes are escaped, which GFM undoes inside the cell.
 */
export function mdCode(value: unknown, inTable = false, max = MD_CODE_MAX): string {
  let t = displayText(redact(String(value ?? '')), max);
  if (inTable) t = t.replace(/\|/g, '\\|');
  if (t === '') return '';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

const text = (v: unknown) => mdText(v, MD_TEXT_MAX);
const name = (v: unknown) => mdText(v, MD_NAME_MAX);
const cellText = (v: unknown) => mdText(v, MD_CELL_MAX);
const code = (v: unknown) => mdCode(v, false);
const codeCell = (v: unknown) => mdCode(v, true);

/** A table; headers and cells are Markdown already (escaped by the caller). */
function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function capability(c: CapabilityReport, limit: number): string {
  const head = `### ${name(c.title)} — ${c.status === 'not_checked' ? '**not checked**' : name(c.summary)}\n\n${text(c.description)}`;
  const parts = c.parts?.length ? `_${text(describeParts(c.parts))}_` : '';
  const notes = c.notes.map((n) => `- ${text(n)}`).join('\n');
  const rows = c.items.slice(0, limit).map((i) => c.columns.map((col) => cellText(formatCell(i[col.key], col.kind))));
  const more = c.items.length > limit ? `\n\n_${c.items.length - limit} more in the JSON or HTML export._` : '';
  return [head, parts, notes, table(c.columns.map((col) => name(col.label)), rows) + more].filter(Boolean).join('\n\n');
}

const where = (e: { file: string; line: number }) => code(`${e.file}:${e.line}`);
const evidenceItems = (list: Evidence[], indent = '  ') => list.map((e) => `${indent}- ${where(e)} ${code(e.snippet)}`);
const num = (n: number | null) => (n === null || n === undefined ? '—' : name(formatNumber(n)));
const bytes = (n: number | null) => (n === null || n === undefined ? '—' : name(formatBytes(n) || '0 B'));

function reason(x: VerdictReason): string[] {
  const stat = x.statistic ? ` Statistic: ${text(statisticText(x.statistic))}` : '';
  return [`  - **${text(conditionText(x.condition))}** ${holdsText(x.holds)}: ${text(x.text)}${stat}`, ...evidenceItems(x.evidence, '    ')];
}

function workloadTable(f: Finding): string {
  return table(['Table', 'Model', 'Rows', 'Table size', 'Index size', 'Inserts/day', 'Updates/day', 'Deletes/day', 'Seq scans/day', 'Index scans/day', 'Capability in use', 'Detail'],
    f.workload.map((w) => [codeCell(w.table), name(w.model ?? '—'), num(w.rows), bytes(w.tableBytes), bytes(w.indexBytes), num(w.insertsPerDay), num(w.updatesPerDay), num(w.deletesPerDay), num(w.seqScansPerDay), num(w.idxScansPerDay), w.capabilityInUse === null ? 'unknown' : w.capabilityInUse ? 'yes' : 'no', cellText(w.detail)]));
}

/** The verdict first (label, sentence, action, reasons), then what the store touches, then the evidence. */
function finding(f: Finding): string {
  const rb = f.rebuild ?? { paths: [], ttl: [], invalidation: [] };
  const lines = [
    `### ${name(verdictTitle(f.verdict))}: ${name(f.module)} → ${name(f.storeTitle)} (${name(f.severity)})`,
    '',
    `**Verdict: ${name(verdictTitle(f.verdict))}.** ${text(f.verdictText)}`,
    '',
    `- **Action:** ${text(f.action || '—')}`,
    `- **Reasons:**${f.reasons?.length ? '' : ' none given'}`,
    ...(f.reasons ?? []).flatMap(reason),
    `- **Models:**${f.models?.length ? '' : ' none seen'}`,
    ...(f.models ?? []).flatMap((m) => [`  - ${text(modelText(m))}`, ...evidenceItems(m.evidence, '    ')]),
    `- **Paths that write to the store:**${f.paths?.length ? '' : ' none seen'}`,
    ...(f.paths ?? []).flatMap((p) => [`  - ${text(pathText(p))}`, ...evidenceItems(p.evidence, '    ')]),
    `- **Rebuild from PostgreSQL:** ${rb.paths.length ? `${rb.paths.length} path${rb.paths.length === 1 ? '' : 's'}` : 'none seen'}`,
    ...evidenceItems(rb.paths),
    `- **TTL:** ${rb.ttl.length ? 'entries expire' : 'none seen'}`,
    ...evidenceItems(rb.ttl),
    `- **Invalidation on write:** ${rb.invalidation.length ? 'yes' : 'none seen'}`,
    ...evidenceItems(rb.invalidation),
    `- **Reconciliation** (a second permanent cost, not a fix): ${f.reconciliation?.length ? `${f.reconciliation.length} job${f.reconciliation.length === 1 ? '' : 's'}` : 'none seen'}`,
    ...evidenceItems(f.reconciliation ?? []),
    `- **Reads back into the ORM:** ${f.readsBack?.length ? 'yes, the store is then a source, not a projection' : 'none seen'}`,
    ...evidenceItems(f.readsBack ?? []),
    `- **Workload:** ${f.workload?.length ? 'see the table below' : 'no statistics (no database audited, or no table found)'}`,
    '',
    '**Evidence**',
    '',
    `- **Module:** ${code(f.path)}${f.state ? `, ${name(f.state)}` : ''}; origin ${name(ORIGIN_TITLES[f.origin] ?? f.origin)} (${text(f.originBasis)})`,
    `- **Store:** ${name(f.storeTitle)} (${name(f.category)})${f.driver ? `, through ${name(f.driver)}` : ''}`,
    `- **Client code:** ${where(f.client)} ${code(f.client.snippet)}`,
    `- **Role:** ${name(f.role)}. ${text(f.roleReason)}`,
    `- **Dual write:** ${f.dualWrite ? 'yes, an Odoo write and a store write in the same function:' : 'none seen'}`,
    ...f.dualWriteEvidence.map((e) => `  - ${where(e)} ${code(e.snippet)}`),
    `- **Recommendation** (${name(f.recommendation.title)}): ${text(f.recommendation.text)}${f.recommendation.inUseHere ? ' This PostgreSQL capability is already in use in this database.' : ''}`,
    `- **Evidence** (${Number(f.evidenceCount)}):`,
    ...f.evidence.map((e) => `  - ${where(e)} ${name(e.kind)}: ${code(e.snippet)}`),
  ];
  if (f.evidenceCount > f.evidence.length) lines.push(`  - … ${f.evidenceCount - f.evidence.length} more`);
  for (const u of f.usedBy) {
    lines.push(`- **${u.relation === 'configured by' ? 'Configured by' : 'Used through it by'}** ${code(u.module)}:`, ...u.evidence.map((e) => `  - ${where(e)} ${name(e.kind)}: ${code(e.snippet)}`));
  }
  // the workload table last but one: a table cannot sit inside a list item
  if (f.workload?.length) lines.splice(lines.indexOf('**Evidence**') - 1, 0, '', workloadTable(f));
  return lines.join('\n');
}

/** Every store outside PostgreSQL: one row each, then what each adds to operations. */
function inventory(r: Report): string[] {
  const list = r.inventory ?? [];
  if (list.length === 0) return [];
  const join = (xs: string[]) => cellText(xs.join(', ') || '—');
  return [
    '## Store inventory',
    text(INVENTORY_INTRO),
    table(['Store', 'Kind', 'Endpoints', 'Modules', 'Models', 'Role', 'Verdict', 'Facts', 'Settings'],
      list.map((x) => [name(x.title), name(INVENTORY_KIND_TITLES[x.kind] ?? x.kind), x.endpoints.length ? codeCell(x.endpoints.join(', ')) : '—', join(x.modules), join(x.models), name(x.role ?? '—'), name(verdictTitle(x.verdict)), cellText(x.facts.join(' ') || '—'), join(x.settings)])),
    ...list.filter((x) => x.checklist.length).map((x) => [`### ${name(x.title)}: operational checklist`, '', ...x.checklist.map((c) => `- **${name(c.item)}:** ${text(c.text)}`)].join('\n')),
  ];
}

export function toMarkdown(r: Report, opts: { maxItems?: number } = {}): string {
  const limit = opts.maxItems ?? 50;
  const s = r.summary;
  const src = r.source;
  const out: string[] = [];
  out.push(`# PostgreSQL capabilities audit${src.database ? `: ${name(src.database)}` : ''}`);
  out.push([
    `- **Collected:** ${name(src.collectedAt)} by ${name(src.collector)}`,
    src.database ? `- **Database:** ${name(src.database)} on PostgreSQL ${name(src.serverVersion ?? '?')} as role ${name(src.role ?? '?')}${src.odooVersion ? `, Odoo ${name(src.odooVersion)}` : ''}` : '- **Database:** not audited',
    src.database ? `- **Statistics:** counters ${src.statisticsSince ? `since ${name(src.statisticsSince)}` : 'never reset'}${src.statementsSince ? `; pg_stat_statements since ${name(src.statementsSince)}` : ''}` : '',
    src.addonsRoots.length ? `- **Addons scanned:** ${src.addonsRoots.map((p) => code(p)).join(', ')} (${Number(s.modulesScanned)} modules, ${Number(s.filesScanned)} files)` : '- **Addons:** not scanned',
  ].filter(Boolean).join('\n'));
  out.push('## Summary');
  out.push([
    `- PostgreSQL capabilities in use: **${Number(s.capabilitiesInUse)}** of ${Number(s.capabilitiesKnown)}${s.capabilitiesNotChecked ? `, **${Number(s.capabilitiesNotChecked)}** not checked (see their reasons)` : ''}`,
    `- jsonb columns: **${Number(s.jsonbColumns)}** (${formatBytes(s.jsonbBytes) || '0 B'} estimated)`,
    `- Full-text indexes: **${Number(s.ftsIndexes)}**, trigram indexes: **${Number(s.trigramIndexes)}**`,
    `- LISTEN/NOTIFY channels: **${Number(s.channels)}** (${src.database ? `${Number(s.listeners)} listening session${s.listeners === 1 ? '' : 's'}` : 'listening sessions not checked: no database audited'})`,
    `- External stores ${findingsScope(r)}: **${Number(s.findings)}** finding${s.findings === 1 ? '' : 's'}${s.stores.length ? ` (${s.stores.map(name).join(', ')})` : ''}, ${Number(s.dualWrites)} dual write${s.dualWrites === 1 ? '' : 's'}, worst severity **${name(s.worstSeverity ?? 'none')}**`,
    `- Verdicts on these findings: ${name(verdictCounts(r))}`,
    ...(s.odooFindings || s.notInstalledFindings ? [`- Listed apart: ${Number(s.odooFindings)} in Odoo's own modules, ${Number(s.notInstalledFindings)} in modules on disk that the audited database has not installed`] : []),
  ].join('\n'));
  for (const section of ['findings', 'odoo', 'not_installed'] as const) {
    const list = r.findings.filter((f) => f.section === section);
    if (list.length === 0) continue;
    out.push(`## ${SECTION_TITLES[section]}`);
    if (sectionIntro(r, section)) out.push(sectionIntro(r, section));
    if (section === 'findings') {
      out.push(table(['Verdict', 'Severity', 'Module', 'Origin', 'Store', 'Role', 'Dual write', 'Replace with'],
        list.map((f) => [`**${name(verdictTitle(f.verdict))}**`, name(f.severity), name(f.module), name(ORIGIN_TITLES[f.origin] ?? f.origin), name(f.store), name(f.role), f.dualWrite ? 'yes' : 'no', name(f.recommendation.title)])));
      out.push(...list.map(finding));
    } else {
      out.push(table(['Module', 'Origin', 'Store', 'Role', 'Client code', 'Used by'],
        list.map((f) => [name(f.module), name(ORIGIN_TITLES[f.origin] ?? f.origin), name(f.store), name(f.role), codeCell(`${f.client.file}:${f.client.line}`), cellText(f.usedBy.map((u) => `${u.module} (${u.relation})`).join(', '))])));
    }
  }
  if (r.mentions.length) {
    out.push('## Mentioned, not findings');
    out.push('Stores that modules name where no client code of theirs runs in production.');
    out.push(table(['Module', 'Store', 'Why it is not a finding', 'Where'],
      r.mentions.map((m) => [name(m.module), name(m.storeTitle), cellText(m.text), m.evidence[0] ? codeCell(`${m.evidence[0].file}:${m.evidence[0].line}`) : ''])));
  }
  out.push(...inventory(r));
  out.push('## PostgreSQL capabilities');
  out.push(...r.capabilities.map((c) => capability(c, limit)));
  if (r.modules.length) {
    out.push('## Modules');
    out.push(text(inventorySentence(r)));
    const listed = listedModules(r);
    out.push(table(['Module', 'Origin', 'State', 'Version', 'Findings', 'How origin was decided'],
      listed.slice(0, limit * 4).map((m) => [name(m.name), name(ORIGIN_TITLES[m.origin] ?? m.origin), name(moduleState(r, m)), name(m.version), String(Number(m.findings)), cellText(m.originBasis)])));
    if (listed.length > limit * 4) out.push(`_${listed.length - limit * 4} more in the JSON export._`);
  }
  if (r.warnings.length) {
    out.push('## Warnings');
    out.push(r.warnings.map((w) => `- **${name(w.level)}** (${name(w.source)}): ${text(w.message)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
