// What changed between two audits of the same deployment, object by object: findings added,
// removed or changed (verdict, severity, acceptance...), capability items (this index, this jsonb
// column, this extension, this channel) that appeared or went, modules that appeared, went or
// changed version or state, stores of the inventory, channels, and the summary figures.
// Serialisable and bounded: each list of capability items and modules holds at most DIFF_LIST_MAX
// entries and says how many it left out.
import { escapeHtml, HTML_TEXT_MAX } from './export/html';
import { mdText } from './export/markdown';
import { catalog } from './catalog';
import { displayText, formatBytes, formatDateTime, formatNumber, jsonText } from './format';
import { ORIGIN_TITLES } from './origin';
import { acceptSourceName } from './wording';
import { redact, redactDeep } from './redact';
import type { Finding, FindingAcceptance, Item, ModuleEntry, Report, Severity, VerdictKind, InventoryEntry } from './report-types';
import { severityRank, VERDICTS } from './report-types';
import { verdictRank, verdictTitle } from './verdict-labels';

/** accepted: the finding is accepted (not expired) in the newer audit. */
export interface FindingChange { id: string; module: string; store: string; from: Partial<Finding>; to: Partial<Finding>; accepted: boolean }

/** A finding whose verdict changed between the two audits (both audits made by a version with verdicts). */
export interface VerdictChange { id: string; module: string; store: string; from: VerdictKind; to: VerdictKind }

export interface InventoryChange { id: string; title: string; from: Pick<InventoryEntry, 'verdict' | 'role'>; to: Pick<InventoryEntry, 'verdict' | 'role'> }

/** A capability's items that appeared or went, each named by its stable key (capabilityItemKey). */
export interface CapabilityItemChange { id: string; title: string; added: string[]; removed: string[]; omitted: number }

export interface ModuleChange { name: string; from: Pick<ModuleEntry, 'version' | 'state'>; to: Pick<ModuleEntry, 'version' | 'state'> }
type ModuleBrief = Pick<ModuleEntry, 'name' | 'version' | 'state' | 'origin'>;

/** At most this many entries in each list of capability items and of modules. */
export const DIFF_LIST_MAX = 200;

export interface ReportDiff {
  schema: 'pg-capabilities/diff';
  /** 3: capability items and modules object by object, acceptances. */
  version: 3;
  old: { collectedAt: string; database: string | null };
  new: { collectedAt: string; database: string | null };
  findings: { added: Finding[]; removed: Finding[]; changed: FindingChange[] };
  /** Verdict changes per finding, worst first (the same changes are among findings.changed). */
  verdicts: VerdictChange[];
  /** Stores outside PostgreSQL that appeared, went, or changed verdict or role; compared: false when
   * either report predates the inventory (version < 3), whose absence says nothing. */
  inventory: { compared: boolean; added: InventoryEntry[]; removed: InventoryEntry[]; changed: InventoryChange[] };
  capabilities: { started: string[]; stopped: string[]; items: { id: string; from: number; to: number }[]; changes: CapabilityItemChange[] };
  /** Modules (scanned or installed) that appeared, went, or changed version or state. */
  modules: { added: ModuleBrief[]; removed: ModuleBrief[]; changed: ModuleChange[]; omitted: number };
  channels: { added: string[]; removed: string[] };
  summary: Record<string, { from: number; to: number }>;
}

const COMPARED: (keyof Finding)[] = ['verdict', 'severity', 'role', 'dualWrite', 'state', 'section', 'origin', 'acceptance'];

/** What of an acceptance counts as a change: whether there is one, and its status. */
const acceptanceOf = (f: Finding): FindingAcceptance['status'] | null => f.acceptance?.status ?? null;
const differs = (o: Finding, f: Finding, k: keyof Finding) => (k === 'acceptance' ? acceptanceOf(o) !== acceptanceOf(f) : o[k] !== f[k]);

/** The columns that name a capability item (a table, an index, a column, an extension, a channel,
 * a place in code), as opposed to what is measured or described about it. */
const IDENTITY = ['kind', 'table', 'column', 'index', 'name', 'view', 'channel', 'model', 'field', 'module', 'location', 'source'];

/** A capability item's stable key: its identifying columns, in IDENTITY order; an item with none
 * of them is named by all its text. */
export function capabilityItemKey(item: Item): string {
  const own = IDENTITY.filter((k) => k in item && item[k] !== null && item[k] !== '').map((k) => `${k}=${String(item[k])}`);
  return (own.length ? own : Object.entries(item).filter(([, v]) => typeof v === 'string' && v !== '').map(([k, v]) => `${k}=${v}`)).join(', ');
}

function capabilityChanges(a: Report, b: Report): CapabilityItemChange[] {
  const keys = (r: Report, id: string) => new Set((r.capabilities.find((c) => c.id === id)?.items ?? []).map(capabilityItemKey));
  const out: CapabilityItemChange[] = [];
  for (const id of [...new Set([...a.capabilities, ...b.capabilities].map((c) => c.id))]) {
    const ka = keys(a, id);
    const kb = keys(b, id);
    const added = [...kb].filter((k) => !ka.has(k)).sort();
    const removed = [...ka].filter((k) => !kb.has(k)).sort();
    if (!added.length && !removed.length) continue;
    const title = (b.capabilities.find((c) => c.id === id) ?? a.capabilities.find((c) => c.id === id))!.title;
    const omitted = Math.max(0, added.length - DIFF_LIST_MAX) + Math.max(0, removed.length - DIFF_LIST_MAX);
    out.push({ id, title, added: added.slice(0, DIFF_LIST_MAX), removed: removed.slice(0, DIFF_LIST_MAX), omitted });
  }
  return out;
}

function moduleChanges(a: Report, b: Report): ReportDiff['modules'] {
  const brief = (m: ModuleEntry): ModuleBrief => ({ name: m.name, version: m.version, state: m.state, origin: m.origin });
  const oldM = new Map((a.modules ?? []).map((m) => [m.name, m]));
  const newM = new Map((b.modules ?? []).map((m) => [m.name, m]));
  const added = (b.modules ?? []).filter((m) => !oldM.has(m.name)).map(brief);
  const removed = (a.modules ?? []).filter((m) => !newM.has(m.name)).map(brief);
  const changed: ModuleChange[] = [];
  for (const [name, m] of newM) {
    const o = oldM.get(name);
    if (o && (o.version !== m.version || o.state !== m.state)) changed.push({ name, from: { version: o.version, state: o.state }, to: { version: m.version, state: m.state } });
  }
  const omitted = [added, removed, changed].reduce((n, l) => n + Math.max(0, l.length - DIFF_LIST_MAX), 0);
  return { added: added.slice(0, DIFF_LIST_MAX), removed: removed.slice(0, DIFF_LIST_MAX), changed: changed.slice(0, DIFF_LIST_MAX), omitted };
}

/** Reports older than version 3 carry no verdicts: a verdict that appears there is no change. */
const hasVerdict = (f: Finding) => (VERDICTS as readonly string[]).includes(f.verdict);

function diffInventory(a: Report, b: Report): ReportDiff['inventory'] {
  if (!Array.isArray(a.inventory) || !Array.isArray(b.inventory)) return { compared: false, added: [], removed: [], changed: [] };
  const oldI = new Map(a.inventory.map((x) => [x.id, x]));
  const newI = new Map(b.inventory.map((x) => [x.id, x]));
  const changed: InventoryChange[] = [];
  for (const [id, x] of newI) {
    const o = oldI.get(id);
    if (o && (o.verdict !== x.verdict || o.role !== x.role)) changed.push({ id, title: x.title, from: { verdict: o.verdict, role: o.role }, to: { verdict: x.verdict, role: x.role } });
  }
  return { compared: true, added: b.inventory.filter((x) => !oldI.has(x.id)), removed: a.inventory.filter((x) => !newI.has(x.id)), changed };
}

export function diffReports(a: Report, b: Report): ReportDiff {
  const oldF = new Map(a.findings.map((f) => [f.id, f]));
  const newF = new Map(b.findings.map((f) => [f.id, f]));
  const changed: FindingChange[] = [];
  for (const [id, f] of newF) {
    const o = oldF.get(id);
    if (!o) continue;
    const keys = COMPARED.filter((k) => differs(o, f, k) && (k !== 'verdict' || (hasVerdict(o) && hasVerdict(f))));
    const pick = (x: Finding) => Object.fromEntries(keys.map((k) => [k, k === 'acceptance' ? x.acceptance ?? null : x[k]]));
    if (keys.length) changed.push({ id, module: f.module, store: f.store, from: pick(o), to: pick(f), accepted: acceptanceOf(f) === 'accepted' });
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
  const verdicts: VerdictChange[] = changed.filter((c) => 'verdict' in c.to)
    .map((c) => ({ id: c.id, module: c.module, store: c.store, from: c.from.verdict!, to: c.to.verdict! }))
    .sort((x, y) => verdictRank(y.to) - verdictRank(x.to) || x.id.localeCompare(y.id));
  if ((a.summary.accepted ?? 0) !== (b.summary.accepted ?? 0)) summary.accepted = { from: a.summary.accepted ?? 0, to: b.summary.accepted ?? 0 };
  if (a.summary.verdicts && b.summary.verdicts) {
    for (const v of VERDICTS) if (a.summary.verdicts[v] !== b.summary.verdicts[v]) summary[`verdicts.${v}`] = { from: a.summary.verdicts[v], to: b.summary.verdicts[v] };
  }
  // either side may be a JSON report written by an older version: its texts are redacted again
  return redactDeep({
    schema: 'pg-capabilities/diff',
    version: 3,
    old: { collectedAt: a.source.collectedAt, database: a.source.database },
    new: { collectedAt: b.source.collectedAt, database: b.source.database },
    findings: {
      added: b.findings.filter((f) => !oldF.has(f.id)),
      removed: a.findings.filter((f) => !newF.has(f.id)),
      changed,
    },
    verdicts,
    inventory: diffInventory(a, b),
    capabilities: {
      started: [...ub].filter((id) => !ua.has(id)),
      stopped: [...ua].filter((id) => !ub.has(id)),
      items: b.capabilities.filter((c) => count(a, c.id) !== count(b, c.id)).map((c) => ({ id: c.id, from: count(a, c.id), to: count(b, c.id) })),
      changes: capabilityChanges(a, b),
    },
    modules: moduleChanges(a, b),
    channels: { added: [...chB].filter((c) => !chA.has(c)).sort(), removed: [...chA].filter((c) => !chB.has(c)).sort() },
    summary,
  } satisfies ReportDiff);
}

/** Findings the new audit adds, or makes worse, at or above a severity. */
export function regressions(d: ReportDiff, atLeast: Severity): string[] {
  const worse = d.findings.changed.filter((c) => c.to.severity && c.from.severity && severityRank(c.to.severity) > severityRank(c.from.severity));
  // an accepted finding (also one accepted since the older audit) is no regression
  return [
    ...d.findings.added.filter((f) => (f.section ?? 'findings') === 'findings' && f.acceptance?.status !== 'accepted' && severityRank(f.severity) >= severityRank(atLeast)).map((f) => f.id),
    ...worse.filter((c) => severityRank(c.to.severity!) >= severityRank(atLeast) && !c.accepted).map((c) => c.id),
  ];
}

type Show = (value: unknown) => string;

/** The summary's figures as a reader says them (ReportDiff.summary keys). */
const FIGURE_TITLES: Record<string, string> = {
  capabilitiesInUse: 'PostgreSQL capabilities in use', jsonbColumns: 'jsonb columns', jsonbBytes: 'jsonb data (estimated size)',
  ftsIndexes: 'full-text indexes', trigramIndexes: 'trigram indexes', channels: 'LISTEN/NOTIFY channels', listeners: 'listening sessions',
  findings: 'findings', dualWrites: 'dual writes', accepted: 'accepted findings',
  'verdicts.refuse': 'findings to refuse', 'verdicts.replace': 'findings to replace', 'verdicts.keep': 'findings to keep', 'verdicts.review': 'findings to review',
};
/** A finding's compared fields (COMPARED) as a reader says them. */
const FIELD_TITLES: Record<string, string> = { dualWrite: 'dual write', state: 'module state', section: 'section', origin: 'origin', acceptance: 'acceptance' };
const capabilityTitle = (id: string) => catalog.capabilities.find((c) => c.id === id)?.title ?? id;
const originTitle = (o: unknown) => ORIGIN_TITLES[o as keyof typeof ORIGIN_TITLES] ?? o;
const figure = (key: string, n: number) => (typeof n !== 'number' ? n : key === 'jsonbBytes' ? formatBytes(n, 'en') : formatNumber(n, 'en'));
/** Dates in English and UTC, named ("December 1, 2026, 06:01 UTC"): pgcap diff takes no --locale. */
const when = (iso: unknown) => formatDateTime(String(iso ?? ''), 'en', 'UTC');

/** The diff as lines of Markdown; every datum (the reports compared may be anyone's JSON) goes through `show`. */
function diffLines(d: ReportDiff, show: Show): string[] {
  const out = [`# PostgreSQL capabilities: what changed`, '', `From ${show(when(d.old.collectedAt))} (${show(d.old.database ?? 'no database')}) to ${show(when(d.new.collectedAt))} (${show(d.new.database ?? 'no database')}).`, ''];
  const f = d.findings;
  out.push('## External stores', '');
  if (!f.added.length && !f.removed.length && !f.changed.length) out.push('No change.', '');
  const verdictOf = (x: Finding) => (hasVerdict(x) ? `${show(verdictTitle(x.verdict))}, ` : '');
  const acceptedText = (a: FindingAcceptance) => `${show(a.reason)}${a.expires ? `, until ${show(a.expires)}` : ''}${a.by ? `, by ${show(a.by)}` : ''}; ${show(acceptSourceName(a.source))}`;
  for (const x of f.added) {
    const head = x.acceptance?.status === 'accepted' ? `**accepted** (${acceptedText(x.acceptance)})` : '**new**';
    out.push(`- ${head} ${verdictOf(x)}${show(x.severity)}: ${show(x.module)} → ${show(x.store)} (${show(x.role)}${x.dualWrite ? ', dual write' : ''})`);
  }
  for (const x of f.removed) out.push(`- **gone**: ${show(x.module)} → ${show(x.store)} (was ${verdictOf(x)}${show(x.severity)})`);
  const value = (k: string, v: unknown) => (k === 'acceptance' ? (v ? (v as FindingAcceptance).status : 'not accepted')
    : k === 'verdict' ? verdictTitle(v as VerdictKind) : k === 'origin' ? originTitle(v) : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v);
  for (const x of f.changed) {
    const what = Object.keys(x.to).map((k) => `${show(FIELD_TITLES[k] ?? k)} ${show(value(k, (x.from as Record<string, unknown>)[k]))} → ${show(value(k, (x.to as Record<string, unknown>)[k]))}`).join(', ');
    const acc = x.to.acceptance && x.to.acceptance.status === 'accepted' ? ` (${acceptedText(x.to.acceptance)})` : '';
    out.push(`- **${x.accepted ? 'changed, accepted' : 'changed'}** ${show(x.module)} → ${show(x.store)}: ${what}${acc}`);
  }
  out.push('', '## Verdicts', '');
  if (!d.verdicts.length) out.push('No verdict changed.');
  for (const v of d.verdicts) out.push(`- ${show(v.module)} → ${show(v.store)}: **${show(verdictTitle(v.from))} → ${show(verdictTitle(v.to))}**`);
  const inv = d.inventory;
  out.push('', '## Store inventory', '');
  if (!inv.compared) out.push('Not compared: one of the reports has no store inventory (made before version 3).');
  else if (!inv.added.length && !inv.removed.length && !inv.changed.length) out.push('No change.');
  for (const x of inv.added) out.push(`- **new store** ${show(x.title)} (${show(x.kind)}${x.verdict ? `, ${show(verdictTitle(x.verdict))}` : ''})${x.modules.length ? `, used by ${x.modules.map(show).join(', ')}` : ''}`);
  for (const x of inv.removed) out.push(`- **store gone** ${show(x.title)} (${show(x.kind)})`);
  for (const x of inv.changed) out.push(`- **changed** ${show(x.title)}: ${x.from.verdict !== x.to.verdict ? `verdict ${show(verdictTitle(x.from.verdict))} → ${show(verdictTitle(x.to.verdict))}` : ''}${x.from.verdict !== x.to.verdict && x.from.role !== x.to.role ? ', ' : ''}${x.from.role !== x.to.role ? `role ${show(x.from.role ?? '—')} → ${show(x.to.role ?? '—')}` : ''}`);
  out.push('', '## PostgreSQL capabilities', '');
  const c = d.capabilities;
  if (!c.started.length && !c.stopped.length && !c.items.length) out.push('No change.');
  if (c.started.length) out.push(`- now in use: ${c.started.map((x) => show(capabilityTitle(x))).join(', ')}`);
  if (c.stopped.length) out.push(`- no longer in use: ${c.stopped.map((x) => show(capabilityTitle(x))).join(', ')}`);
  for (const i of c.items) out.push(`- ${show(capabilityTitle(i.id))}: ${show(i.from)} → ${show(i.to)} items`);
  for (const x of c.changes ?? []) {
    for (const k of x.added) out.push(`- **new** ${show(x.title)}: ${show(k)}`);
    for (const k of x.removed) out.push(`- **gone** ${show(x.title)}: ${show(k)}`);
    if (x.omitted) out.push(`- ${show(x.title)}: ${show(x.omitted)} more not listed`);
  }
  const m = d.modules;
  if (m) {
    out.push('', '## Modules', '');
    if (!m.added.length && !m.removed.length && !m.changed.length) out.push('No change.');
    for (const x of m.added) out.push(`- **new** ${show(x.name)} ${show(x.version)} (${show(originTitle(x.origin))}${x.state ? `, ${show(x.state)}` : ''})`);
    for (const x of m.removed) out.push(`- **gone** ${show(x.name)} ${show(x.version)} (${show(originTitle(x.origin))}${x.state ? `, ${show(x.state)}` : ''})`);
    for (const x of m.changed) {
      const parts = [x.from.version !== x.to.version ? `version ${show(x.from.version)} → ${show(x.to.version)}` : '', x.from.state !== x.to.state ? `state ${show(x.from.state ?? '—')} → ${show(x.to.state ?? '—')}` : ''].filter(Boolean);
      out.push(`- **changed** ${show(x.name)}: ${parts.join(', ')}`);
    }
    if (m.omitted) out.push(`- ${show(m.omitted)} more not listed`);
  }
  if (d.channels.added.length || d.channels.removed.length) {
    out.push('', '## LISTEN/NOTIFY channels', '');
    if (d.channels.added.length) out.push(`- new: ${d.channels.added.map(show).join(', ')}`);
    if (d.channels.removed.length) out.push(`- gone: ${d.channels.removed.map(show).join(', ')}`);
  }
  const s = Object.entries(d.summary);
  if (s.length) out.push('', '## Figures', '', '| figure | before | after |', '| --- | --- | --- |', ...s.map(([k, v]) => `| ${show(FIGURE_TITLES[k] ?? k)} | ${show(figure(k, v.from))} | ${show(figure(k, v.to))} |`));
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
