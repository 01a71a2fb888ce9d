// What changed between two audits of the same deployment: findings added, removed or changed,
// capabilities that came into or went out of use, channels, and the summary figures.
import { escapeHtml, HTML_TEXT_MAX } from './export/html';
import { mdText } from './export/markdown';
import { displayText, jsonText } from './format';
import { redact, redactDeep } from './redact';
import type { Finding, Report, Severity } from './report-types';
import { severityRank } from './report-types';

export interface FindingChange { id: string; module: string; store: string; from: Partial<Finding>; to: Partial<Finding> }

export interface ReportDiff {
  schema: 'pg-capabilities/diff';
  version: 1;
  old: { collectedAt: string; database: string | null };
  new: { collectedAt: string; database: string | null };
  findings: { added: Finding[]; removed: Finding[]; changed: FindingChange[] };
  capabilities: { started: string[]; stopped: string[]; items: { id: string; from: number; to: number }[] };
  channels: { added: string[]; removed: string[] };
  summary: Record<string, { from: number; to: number }>;
}

const COMPARED: (keyof Finding)[] = ['severity', 'role', 'dualWrite', 'state', 'section', 'origin'];

export function diffReports(a: Report, b: Report): ReportDiff {
  const oldF = new Map(a.findings.map((f) => [f.id, f]));
  const newF = new Map(b.findings.map((f) => [f.id, f]));
  const changed: FindingChange[] = [];
  for (const [id, f] of newF) {
    const o = oldF.get(id);
    if (!o) continue;
    const keys = COMPARED.filter((k) => o[k] !== f[k]);
    if (keys.length) changed.push({ id, module: f.module, store: f.store, from: Object.fromEntries(keys.map((k) => [k, o[k]])), to: Object.fromEntries(keys.map((k) => [k, f[k]])) });
  }
  const inUse = (r: Report) => new Set(r.capabilities.filter((c) => c.status === 'in_use').map((c) => c.id));
  const ua = inUse(a);
  const ub = inUse(b);
  const count = (r: Report, id: string) => r.capabilities.find((c) => c.id === id)?.items.length ?? 0;
  const chA = new Set(a.channels.map((c) => c.channel));
  const chB = new Set(b.channels.map((c) => c.channel));
  const summary: ReportDiff['summary'] = {};
  for (const key of ['capabilitiesInUse', 'jsonbColumns', 'jsonbBytes', 'ftsIndexes', 'trigramIndexes', 'channels', 'listeners', 'findings', 'dualWrites'] as const) {
    if (a.summary[key] !== b.summary[key]) summary[key] = { from: a.summary[key], to: b.summary[key] };
  }
  // either side may be a JSON report written by an older version: its texts are redacted again
  return redactDeep({
    schema: 'pg-capabilities/diff',
    version: 1,
    old: { collectedAt: a.source.collectedAt, database: a.source.database },
    new: { collectedAt: b.source.collectedAt, database: b.source.database },
    findings: {
      added: b.findings.filter((f) => !oldF.has(f.id)),
      removed: a.findings.filter((f) => !newF.has(f.id)),
      changed,
    },
    capabilities: {
      started: [...ub].filter((id) => !ua.has(id)),
      stopped: [...ua].filter((id) => !ub.has(id)),
      items: b.capabilities.filter((c) => count(a, c.id) !== count(b, c.id)).map((c) => ({ id: c.id, from: count(a, c.id), to: count(b, c.id) })),
    },
    channels: { added: [...chB].filter((c) => !chA.has(c)).sort(), removed: [...chA].filter((c) => !chB.has(c)).sort() },
    summary,
  } satisfies ReportDiff);
}

/** Findings the new audit adds, or makes worse, at or above a severity. */
export function regressions(d: ReportDiff, atLeast: Severity): string[] {
  const worse = d.findings.changed.filter((c) => c.to.severity && c.from.severity && severityRank(c.to.severity) > severityRank(c.from.severity));
  return [
    ...d.findings.added.filter((f) => (f.section ?? 'findings') === 'findings' && severityRank(f.severity) >= severityRank(atLeast)).map((f) => f.id),
    ...worse.filter((c) => severityRank(c.to.severity!) >= severityRank(atLeast)).map((c) => c.id),
  ];
}

type Show = (value: unknown) => string;

/** The diff as lines of Markdown; every datum (the reports compared may be anyone's JSON) goes through `show`. */
function diffLines(d: ReportDiff, show: Show): string[] {
  const out = [`# PostgreSQL capabilities: what changed`, '', `From ${show(d.old.collectedAt)} (${show(d.old.database ?? 'no database')}) to ${show(d.new.collectedAt)} (${show(d.new.database ?? 'no database')}).`, ''];
  const f = d.findings;
  out.push('## External stores', '');
  if (!f.added.length && !f.removed.length && !f.changed.length) out.push('No change.', '');
  for (const x of f.added) out.push(`- **new** ${show(x.severity)}: ${show(x.module)} → ${show(x.store)} (${show(x.role)}${x.dualWrite ? ', dual write' : ''})`);
  for (const x of f.removed) out.push(`- **gone**: ${show(x.module)} → ${show(x.store)} (was ${show(x.severity)})`);
  for (const x of f.changed) out.push(`- **changed** ${show(x.module)} → ${show(x.store)}: ${Object.keys(x.to).map((k) => `${show(k)} ${show((x.from as Record<string, unknown>)[k])} → ${show((x.to as Record<string, unknown>)[k])}`).join(', ')}`);
  out.push('', '## PostgreSQL capabilities', '');
  const c = d.capabilities;
  if (!c.started.length && !c.stopped.length && !c.items.length) out.push('No change.');
  if (c.started.length) out.push(`- now in use: ${c.started.map(show).join(', ')}`);
  if (c.stopped.length) out.push(`- no longer in use: ${c.stopped.map(show).join(', ')}`);
  for (const i of c.items) out.push(`- ${show(i.id)}: ${show(i.from)} → ${show(i.to)} items`);
  if (d.channels.added.length || d.channels.removed.length) {
    out.push('', '## LISTEN/NOTIFY channels', '');
    if (d.channels.added.length) out.push(`- new: ${d.channels.added.map(show).join(', ')}`);
    if (d.channels.removed.length) out.push(`- gone: ${d.channels.removed.map(show).join(', ')}`);
  }
  const s = Object.entries(d.summary);
  if (s.length) out.push('', '## Figures', '', '| figure | before | after |', '| --- | --- | --- |', ...s.map(([k, v]) => `| ${show(k)} | ${show(v.from)} | ${show(v.to)} |`));
  return out;
}

export function diffToMarkdown(d: ReportDiff): string {
  return `${diffLines(d, (v) => mdText(String(v ?? ''))).join('\n')}\n`;
}

/** The diff as JSON: the data exactly, no invisible character hidden in the text. */
export function diffToJson(d: ReportDiff): string {
  return jsonText(d);
}

export function diffToHtml(d: ReportDiff): string {
  // Markdown-like lines as preformatted, escaped text: a self-contained page with no markup of its
  // own to trust; data shown as itself (invisible characters as <U+XXXX>), not Markdown-escaped.
  const text = diffLines(d, (v) => displayText(redact(String(v ?? '')), HTML_TEXT_MAX)).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>PostgreSQL capabilities: what changed</title><style>body{font:14px/1.5 system-ui,sans-serif;margin:32px}pre{white-space:pre-wrap;overflow-wrap:anywhere}</style></head><body><pre>${escapeHtml(text)}</pre></body></html>\n`;
}
