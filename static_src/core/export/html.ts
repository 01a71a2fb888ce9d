// Self-contained HTML report: inline CSS, no script, no external request; every value escaped,
// its invisible characters shown as <U+XXXX>, and a very long one shortened; any long word wraps.
import { describeParts, displayText, formatBytes, formatCell, formatNumber, visible } from '../format';
import { redact } from '../redact';
import { ORIGIN_TITLES } from '../origin';
import type { CapabilityReport, Evidence, Finding, Report, Severity, TableWorkload, VerdictKind } from '../report-types';
import { VERDICTS } from '../report-types';
import { conditionText, holdsText, modelText, pathText, statisticText, VERDICT_COLORS, verdictCounts, verdictTitle } from '../verdict-labels';
import { findingsScope, INVENTORY_INTRO, INVENTORY_KIND_TITLES, inventorySentence, listedModules, moduleState, sectionIntro } from '../wording';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Longest datum shown; the JSON export keeps every value whole. */
export const HTML_TEXT_MAX = 1000;
/** A datum as element text. */
const e = (s: string | number | null | undefined) => escapeHtml(displayText(redact(String(s ?? '')), HTML_TEXT_MAX));
/** A datum inside a quoted attribute value (an anchor), whole so that anchors stay distinct. */
const attr = (s: string) => escapeHtml(visible(redact(s)));

const CSS = `
:root{--fg:#212529;--muted:#6c757d;--line:#dee2e6;--bg:#f8f9fa;--accent:#714b67}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}
header{background:var(--accent);color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.85}
main{padding:16px 32px 48px;max-width:1400px}h2{margin:32px 0 12px;font-size:18px;border-bottom:1px solid var(--line);padding-bottom:6px}
h3{font-size:15px;margin:20px 0 8px}.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px;margin-top:16px}
.card{border:1px solid var(--line);border-radius:6px;padding:12px 14px;background:var(--bg)}.card b{display:block;font-size:22px}.card>span{color:var(--muted);font-size:12px}
table{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:var(--bg);padding:1px 4px;border-radius:3px;word-break:break-all}
.sev{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;color:#fff}
.sev-critical{background:#a61b1b}.sev-high{background:#d9480f}.sev-medium{background:#e8a100;color:#212529}.sev-low{background:#2b8a3e}.sev-info{background:#6c757d}
.status{font-size:12px;font-weight:600;border-radius:10px;padding:1px 8px;margin-left:6px}.st-in_use{background:#2b8a3e;color:#fff}.st-not_in_use{background:var(--bg);color:var(--muted);border:1px solid var(--line)}.st-not_checked{background:#ffe8a1;color:#6b4e00;border:1px dashed #b38600}.parts{font-size:12px;color:var(--muted);margin:2px 0 6px}.finding{border:1px solid var(--line);border-radius:6px;padding:10px 14px;margin:10px 0}
.finding dl{display:grid;grid-template-columns:140px 1fr;gap:4px 12px;margin:8px 0}.finding dt{color:var(--muted)}.finding dd{margin:0}
ul.ev{margin:4px 0;padding-left:18px}.verdict{display:inline-block;white-space:nowrap;overflow-wrap:normal;border-radius:4px;padding:1px 8px;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
p.verdict-text{font-size:15px;margin:6px 0}h4{font-size:13px;margin:12px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}td,dd,li,h1,h3,p,summary{overflow-wrap:anywhere}.warn{color:#a61b1b}.muted{color:var(--muted)}details summary{cursor:pointer}
${VERDICTS.map((v) => `.v-${v}{background:${VERDICT_COLORS[v].bg};color:${VERDICT_COLORS[v].fg}}`).join('')}
`;

function verdictBadge(v: VerdictKind | null | undefined): string {
  return v ? `<span class="verdict v-${attr(v)}">${e(verdictTitle(v))}</span>` : '<span class="muted">—</span>';
}

function sev(s: Severity | null): string {
  return s ? `<span class="sev sev-${attr(s)}">${e(s)}</span>` : '<span class="muted">none</span>';
}

function capabilitySection(c: CapabilityReport, limit: number): string {
  const head = `<h3 id="cap-${attr(c.id)}">${e(c.title)} <span class="status st-${attr(c.status)}">${e(c.summary)}</span></h3><p class="muted">${e(c.description)}</p>`;
  const parts = c.parts?.length ? `<p class="parts">${e(describeParts(c.parts))}</p>` : '';
  const notes = c.notes.length ? `<ul>${c.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '';
  if (c.items.length === 0) return head + parts + notes;
  const rows = c.items.slice(0, limit).map((i) => `<tr>${c.columns.map((col) => `<td${col.kind === 'number' || col.kind === 'bytes' ? ' class="num"' : ''}>${e(formatCell(i[col.key], col.kind))}</td>`).join('')}</tr>`).join('');
  const more = c.items.length > limit ? `<p class="muted">${c.items.length - limit} more in the JSON export.</p>` : '';
  return `${head}${parts}${notes}<table><thead><tr>${c.columns.map((col) => `<th>${e(col.label)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>${more}`;
}

const where = (x: { file: string; line: number }) => `<code>${e(`${x.file}:${x.line}`)}</code>`;
const evList = (list: Evidence[]) => (list.length ? `<ul class="ev">${list.map((x) => `<li>${where(x)} <code>${e(x.snippet)}</code></li>`).join('')}</ul>` : '');
const figure = (n: number | null) => (n === null || n === undefined ? '—' : e(formatNumber(n)));
const size = (n: number | null) => (n === null || n === undefined ? '—' : e(formatBytes(n) || '0 B'));

function workloadTable(list: TableWorkload[]): string {
  return `<table><thead><tr><th>Table</th><th>Model</th><th>Rows</th><th>Table size</th><th>Index size</th><th>Inserts/day</th><th>Updates/day</th><th>Deletes/day</th><th>Seq scans/day</th><th>Index scans/day</th><th>Capability in use</th><th>Detail</th></tr></thead><tbody>${list.map((w) => `<tr><td><code>${e(w.table)}</code></td><td>${e(w.model ?? '—')}</td><td class="num">${figure(w.rows)}</td><td class="num">${size(w.tableBytes)}</td><td class="num">${size(w.indexBytes)}</td><td class="num">${figure(w.insertsPerDay)}</td><td class="num">${figure(w.updatesPerDay)}</td><td class="num">${figure(w.deletesPerDay)}</td><td class="num">${figure(w.seqScansPerDay)}</td><td class="num">${figure(w.idxScansPerDay)}</td><td>${w.capabilityInUse === null ? 'unknown' : w.capabilityInUse ? 'yes' : 'no'}</td><td>${e(w.detail)}</td></tr>`).join('')}</tbody></table>`;
}

/** The verdict first (label, sentence, action, reasons), then what the store touches, then the evidence. */
function verdictPart(f: Finding): string {
  const rb = f.rebuild ?? { paths: [], ttl: [], invalidation: [] };
  const count = (list: Evidence[], one: string, many: string) => (list.length ? `${list.length} ${list.length === 1 ? one : many}` : 'none seen');
  return `<p class="verdict-text"><b>Verdict: ${e(verdictTitle(f.verdict))}.</b> ${e(f.verdictText)}</p><dl>
<dt>Action</dt><dd><b>${e(f.action || '—')}</b></dd>
<dt>Reasons</dt><dd>${f.reasons?.length ? `<ul class="ev reasons">${f.reasons.map((x) => `<li><b>${e(conditionText(x.condition))}</b> ${e(holdsText(x.holds))}: ${e(x.text)}${x.statistic ? ` <span class="muted">Statistic: ${e(statisticText(x.statistic))}</span>` : ''}${evList(x.evidence)}</li>`).join('')}</ul>` : 'none given'}</dd>
<dt>Models</dt><dd>${f.models?.length ? `<ul class="ev">${f.models.map((m) => `<li>${e(modelText(m))}${evList(m.evidence)}</li>`).join('')}</ul>` : 'none seen'}</dd>
<dt>Paths that write to the store</dt><dd>${f.paths?.length ? `<ul class="ev">${f.paths.map((p) => `<li>${e(pathText(p))}${evList(p.evidence)}</li>`).join('')}</ul>` : 'none seen'}</dd>
<dt>Rebuild from PostgreSQL</dt><dd>${count(rb.paths, 'path', 'paths')}${evList(rb.paths)}</dd>
<dt>TTL</dt><dd>${rb.ttl.length ? 'entries expire' : 'none seen'}${evList(rb.ttl)}</dd>
<dt>Invalidation on write</dt><dd>${rb.invalidation.length ? 'yes' : 'none seen'}${evList(rb.invalidation)}</dd>
<dt>Reconciliation</dt><dd>${count(f.reconciliation ?? [], 'job', 'jobs')} <span class="muted">(a second permanent cost, not a fix)</span>${evList(f.reconciliation ?? [])}</dd>
<dt>Reads back into the ORM</dt><dd>${f.readsBack?.length ? '<b class="warn">yes</b>: the store is then a source, not a projection' : 'none seen'}${evList(f.readsBack ?? [])}</dd>
<dt>Workload</dt><dd>${f.workload?.length ? workloadTable(f.workload) : 'no statistics (no database audited, or no table found)'}</dd>
</dl>`;
}

function findingSection(f: Finding): string {
  const ev = (list: Finding['evidence']) => `<ul class="ev">${list.map((x) => `<li><code>${e(`${x.file}:${x.line}`)}</code> <span class="muted">${e(x.kind)}</span> <code>${e(x.snippet)}</code></li>`).join('')}</ul>`;
  return `<div class="finding" id="finding-${attr(f.id)}"><h3>${verdictBadge(f.verdict)} ${e(f.module)} → ${e(f.storeTitle)} ${sev(f.severity)}</h3>
${verdictPart(f)}<h4>Evidence</h4><dl>
<dt>Module</dt><dd><code>${e(f.path)}</code>${f.state ? ` — ${e(f.state)}` : ''}</dd>
<dt>Origin</dt><dd>${e(ORIGIN_TITLES[f.origin] ?? f.origin)} <span class="muted">(${e(f.originBasis)})</span></dd>
<dt>Store</dt><dd>${e(f.storeTitle)} (${e(f.category)})${f.driver ? ` through ${e(f.driver)}` : ''}</dd>
<dt>Client code</dt><dd><code>${e(`${f.client.file}:${f.client.line}`)}</code> <code>${e(f.client.snippet)}</code></dd>
<dt>Role</dt><dd><b>${e(f.role)}</b> — ${e(f.roleReason)}</dd>
<dt>Dual write</dt><dd>${f.dualWrite ? `<b class="warn">yes</b>: an Odoo write and a store write in the same function${ev(f.dualWriteEvidence)}` : 'none seen'}</dd>
<dt>Recommendation</dt><dd><b>${e(f.recommendation.title)}</b>: ${e(f.recommendation.text)}${f.recommendation.inUseHere ? ' <i>Already in use in this database.</i>' : ''}</dd>
<dt>Evidence</dt><dd>${Number(f.evidenceCount)} match${f.evidenceCount === 1 ? '' : 'es'}${ev(f.evidence)}${f.evidenceCount > f.evidence.length ? `<span class="muted">… ${f.evidenceCount - f.evidence.length} more</span>` : ''}</dd>
${f.usedBy.map((u) => `<dt>${u.relation === 'configured by' ? 'Configured by' : 'Used through it by'}</dt><dd><code>${e(u.module)}</code>${ev(u.evidence)}</dd>`).join('\n')}
</dl></div>`;
}

/** Every store outside PostgreSQL: one row each, then what each adds to operations. */
function inventorySection(r: Report): string {
  const list = r.inventory ?? [];
  if (list.length === 0) return '';
  const names = (xs: string[]) => (xs.length ? e(xs.join(', ')) : '—');
  return `<h2 id="inventory">Store inventory</h2><p class="muted">${e(INVENTORY_INTRO)}</p>
<table class="inventory"><thead><tr><th>Store</th><th>Kind</th><th>Endpoints</th><th>Modules</th><th>Models</th><th>Role</th><th>Verdict</th><th>Facts</th><th>Settings</th></tr></thead><tbody>${list.map((x) => `<tr id="store-${attr(x.id)}"><td><b>${e(x.title)}</b></td><td>${e(INVENTORY_KIND_TITLES[x.kind] ?? x.kind)}</td><td>${x.endpoints.length ? x.endpoints.map((p) => `<code>${e(p)}</code>`).join(' ') : '—'}</td><td>${names(x.modules)}</td><td>${names(x.models)}</td><td>${e(x.role ?? '—')}</td><td>${verdictBadge(x.verdict)}</td><td>${x.facts.length ? `<ul class="ev">${x.facts.map((t) => `<li>${e(t)}</li>`).join('')}</ul>` : '—'}</td><td>${names(x.settings)}</td></tr>`).join('')}</tbody></table>
${list.filter((x) => x.checklist.length).map((x) => `<h3>${e(x.title)}: operational checklist</h3><ul>${x.checklist.map((c) => `<li><b>${e(c.item)}</b>: ${e(c.text)}</li>`).join('')}</ul>`).join('\n')}`;
}

function findingsTable(list: Finding[]): string {
  return `<table><thead><tr><th>Verdict</th><th>Severity</th><th>Module</th><th>Origin</th><th>Store</th><th>Role</th><th>Dual write</th><th>Replace with</th></tr></thead><tbody>${list.map((f) => `<tr><td>${verdictBadge(f.verdict)}</td><td>${sev(f.severity)}</td><td><a href="#finding-${attr(f.id)}">${e(f.module)}</a></td><td>${e(ORIGIN_TITLES[f.origin] ?? f.origin)}</td><td>${e(f.storeTitle)}</td><td>${e(f.role)}</td><td>${f.dualWrite ? '<b class="warn">yes</b>' : 'no'}</td><td>${e(f.recommendation.title)}</td></tr>`).join('')}</tbody></table>`;
}

function apartTable(list: Finding[]): string {
  return `<table><thead><tr><th>Module</th><th>Origin</th><th>Store</th><th>Role</th><th>Client code</th><th>Used by</th></tr></thead><tbody>${list.map((f) => `<tr><td>${e(f.module)}</td><td>${e(ORIGIN_TITLES[f.origin])}</td><td>${e(f.storeTitle)}</td><td>${e(f.role)}</td><td><code>${e(`${f.client.file}:${f.client.line}`)}</code> <code>${e(f.client.snippet)}</code></td><td>${e(f.usedBy.map((u) => `${u.module} (${u.relation})`).join(', '))}</td></tr>`).join('')}</tbody></table>`;
}

function apartSections(r: Report): string {
  const odoo = r.findings.filter((f) => f.section === 'odoo');
  const off = r.findings.filter((f) => f.section === 'not_installed');
  return [
    odoo.length ? `<h3>Odoo's own modules</h3><p class="muted">${e(sectionIntro(r, 'odoo'))}</p>${apartTable(odoo)}` : '',
    off.length ? `<h3>On disk, not installed</h3><p class="muted">${e(sectionIntro(r, 'not_installed'))}</p>${apartTable(off)}` : '',
    r.mentions.length ? `<h3>Mentioned, not findings</h3><p class="muted">Stores that modules name where no client code of theirs runs in production.</p><table><thead><tr><th>Module</th><th>Store</th><th>Why it is not a finding</th><th>Where</th></tr></thead><tbody>${r.mentions.map((m) => `<tr><td>${e(m.module)}</td><td>${e(m.storeTitle)}</td><td>${e(m.text)}</td><td>${m.evidence[0] ? `<code>${e(`${m.evidence[0].file}:${m.evidence[0].line}`)}</code>` : ''}</td></tr>`).join('')}</tbody></table>` : '',
  ].join('\n');
}

function modulesSection(r: Report, limit: number): string {
  if (r.modules.length === 0) return '';
  const listed = listedModules(r);
  return `<h2>Modules</h2><p>${e(inventorySentence(r))}</p>
${listed.length ? `<table><thead><tr><th>Module</th><th>Origin</th><th>State</th><th>Version</th><th>Findings</th><th>How origin was decided</th></tr></thead><tbody>${listed.slice(0, limit).map((m) => `<tr><td>${e(m.name)}</td><td>${e(ORIGIN_TITLES[m.origin] ?? m.origin)}</td><td>${e(moduleState(r, m))}</td><td>${e(m.version)}</td><td class="num">${Number(m.findings)}</td><td class="muted">${e(m.originBasis)}</td></tr>`).join('')}</tbody></table>` : ''}`;
}

export function toHtml(r: Report, opts: { maxItems?: number } = {}): string {
  const limit = opts.maxItems ?? 500;
  const s = r.summary;
  const src = r.source;
  const card = (value: string, label: string) => `<div class="card"><b>${value}</b><span>${e(label)}</span></div>`;
  const main = r.findings.filter((f) => f.section === 'findings');
  const title = `PostgreSQL capabilities audit${src.database ? `: ${src.database}` : ''}`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(title)}</title><style>${CSS}</style></head><body>
<header><h1>${e(title)}</h1><p>${src.database ? `PostgreSQL ${e(src.serverVersion)} · role ${e(src.role)}${src.odooVersion ? ` · Odoo ${e(src.odooVersion)}` : ''} · statistics ${src.statisticsSince ? `since ${e(src.statisticsSince)}` : 'never reset'} · ` : ''}collected ${e(src.collectedAt)} by ${e(src.collector)}</p></header>
<main>
<div class="cards">
${card(`${Number(s.capabilitiesInUse)}/${Number(s.capabilitiesKnown)}`, `capabilities in use${s.capabilitiesNotChecked ? `, ${Number(s.capabilitiesNotChecked)} not checked` : ''}`)}
${card(`${Number(s.jsonbColumns)}`, `jsonb columns (${formatBytes(s.jsonbBytes) || '0 B'})`)}
${card(`${Number(s.ftsIndexes)} / ${Number(s.trigramIndexes)}`, 'full-text / trigram indexes')}
${card(`${Number(s.channels)}`, `NOTIFY channels, ${src.database ? `${Number(s.listeners)} listening` : 'listeners not checked'}`)}
${card(`${Number(s.findings)}`, `external store findings ${findingsScope(r)}, ${Number(s.dualWrites)} dual write${s.dualWrites === 1 ? '' : 's'}`)}
${card(sev(s.worstSeverity), 'worst severity')}
${card(`${Number(s.verdicts?.refuse ?? 0)}`, `to refuse; verdicts: ${verdictCounts(r)}`)}
</div>
${src.addonsRoots.length ? `<p class="muted">Addons scanned: ${src.addonsRoots.map((p) => `<code>${e(p)}</code>`).join(', ')} — ${Number(s.modulesScanned)} modules, ${Number(s.filesScanned)} files.</p>` : '<p class="muted">No addons folder scanned.</p>'}
<h2>External stores</h2>
${main.length ? `${findingsTable(main)}${main.map(findingSection).join('\n')}` : `<p>No external store ${e(findingsScope(r))}.</p>`}
${apartSections(r)}
${inventorySection(r)}
<h2>PostgreSQL capabilities</h2>
${r.capabilities.map((c) => capabilitySection(c, limit)).join('\n')}
${modulesSection(r, limit)}
<h2>Warnings</h2>
${r.warnings.length ? `<ul>${r.warnings.map((w) => `<li class="${w.level === 'warning' ? 'warn' : ''}"><b>${e(w.source)}</b>: ${e(w.message)}</li>`).join('')}</ul>` : '<p>None.</p>'}
${r.skipped.length ? `<details><summary>${r.skipped.length} skipped files</summary><ul>${r.skipped.map((x) => `<li><code>${e(x.file)}</code> — ${e(x.reason)}</li>`).join('')}</ul></details>` : ''}
</main></body></html>
`;
}
