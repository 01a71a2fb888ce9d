// The engagement report's sections after the first page: findings (observation, conclusion,
// recommendation), capabilities, the store and module inventories, and the appendix on method.
// Helpers shared with core/engagement.ts (the first page) live here too.
import type { Block, Inline, Run } from './document-types';
import { catalog } from './catalog';
import { ORIGIN_TITLES } from './origin';
import type { Evidence, Finding, Report } from './report-types';
import { severityRank } from './report-types';
import { conditionText, holdsText, modelText, pathSentence, statisticText, verdictRank, verdictTitle } from './verdict-labels';
import {
  acceptSourceName, CAPABILITY_STATUS_TITLES, CHECKLIST_TITLES, INVENTORY_INTRO, INVENTORY_KIND_TITLES, inventorySentence, listedModules, moduleState, PROBE_STATUS_TITLES,
  roleTitle, sectionIntro, SECTION_TITLES, statesKnown,
} from './wording';

/** What every part of the document is written with: the report, and the reader's formats. */
export interface Ctx {
  r: Report;
  locale: string;
  timeZone: string;
  num(n: number | null | undefined): string;
  figure(n: number | null | undefined): string;
  bytes(n: number | null | undefined): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  /** A text of the report with the addons roots' absolute paths replaced by their labels. */
  clean(s: string): string;
}

export const text = (s: string): Run => ({ t: s });
export const code = (s: string): Run => ({ t: s, code: true });
export const strong = (s: string): Run => ({ t: s, strong: true });
export const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** "a, b and c". */
export function joinWords(list: string[]): string {
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** Accepted by the client and not expired: listed, marked, not counted. */
export const isAccepted = (f: Finding) => f.acceptance?.status === 'accepted';

/** Worst verdict first, then severity, then module and store. */
export function byConcern(a: Finding, b: Finding): number {
  return verdictRank(b.verdict) - verdictRank(a.verdict) || severityRank(b.severity) - severityRank(a.severity)
    || a.module.localeCompare(b.module) || a.store.localeCompare(b.store);
}

/** Evidence lists are cut to this many items; the JSON export has them all. */
export const EVIDENCE_MAX = 5;
/** Rows of a capability's table; the JSON export has them all. */
export const CAPABILITY_ROWS_MAX = 50;
/** Rows of the module inventory and of the skipped files. */
export const MODULE_ROWS_MAX = 400;
export const SKIPPED_MAX = 20;

const where = (e: { file: string; line: number }): Run => code(`${e.file}:${e.line}`);
const origin = (o: string) => ORIGIN_TITLES[o as keyof typeof ORIGIN_TITLES] ?? o;

/** At most EVIDENCE_MAX items, then "… and N more (JSON export)". */
function bounded<T>(list: T[], item: (x: T) => Inline): Inline[] {
  const out = list.slice(0, EVIDENCE_MAX).map(item);
  if (list.length > EVIDENCE_MAX) out.push([text(`… and ${list.length - EVIDENCE_MAX} more (in the JSON export)`)]);
  return out;
}

const list = (items: Inline[]): Block[] => (items.length ? [{ kind: 'list', ordered: false, items }] : []);
const heading = (level: 2 | 3 | 4, t: string, id?: string): Block => ({ kind: 'heading', level, text: t, ...(id ? { id } : {}) });
const paragraph = (t: Inline, tone?: 'muted' | 'warning'): Block => ({ kind: 'paragraph', text: t, ...(tone ? { tone } : {}) });

// ---------------------------------------------------------------- findings

export function findingsTable(c: Ctx, main: Finding[]): Block {
  return {
    kind: 'table', caption: 'Findings, worst verdict first',
    columns: [{ label: '#', numeric: true }, { label: 'Verdict' }, { label: 'Severity' }, { label: 'Module' }, { label: 'Origin' }, { label: 'Store' }, { label: 'Dual write' }, { label: 'PostgreSQL instead' }],
    rows: main.map((f, i) => [[text(c.num(i + 1))], [strong(verdictTitle(f.verdict)), ...(isAccepted(f) ? [text(' (accepted)')] : [])], [text(f.severity)], [text(f.module)], [text(origin(f.origin))], [text(f.storeTitle)], [text(f.dualWrite ? 'yes' : 'no')], [text(f.recommendation.title)]]),
  };
}

function acceptanceBlock(c: Ctx, f: Finding): Block[] {
  const a = f.acceptance;
  if (!a) return [];
  const who = a.by ? ` by ${a.by}` : '';
  const until = a.expires ? (a.status === 'expired' ? `; expired on ${c.date(a.expires)}` : ` until ${c.date(a.expires)}`) : ', with no expiry';
  return [paragraph([
    strong(a.status === 'accepted' ? 'Accepted' : 'Acceptance expired'), text(`${who}${until}: ${a.reason || 'no reason given'} (`), code(acceptSourceName(a.source)), text(')'),
    text(a.status === 'accepted' ? '. Not counted in the summary.' : '. Counted again, as if never accepted.'),
  ], a.status === 'accepted' ? 'muted' : 'warning')];
}

function observation(c: Ctx, f: Finding): Block[] {
  const rb = f.rebuild ?? { paths: [], ttl: [], invalidation: [] };
  const evidenceItem = (label: string, all: Evidence[]): Inline[] => {
    // the same file:line once, though it stands for two facts (a search and a push on one line)
    const evidence = all.filter((e, i) => all.findIndex((x) => x.file === e.file && x.line === e.line) === i);
    return evidence.length ? [[text(`${label}: `), ...evidence.slice(0, EVIDENCE_MAX).flatMap((e, i) => [...(i ? [text(', ')] : []), where(e)]), ...(evidence.length > EVIDENCE_MAX ? [text(` and ${evidence.length - EVIDENCE_MAX} more`)] : [])]] : [];
  };
  const facts: Inline[] = [
    ...bounded(f.paths ?? [], (p) => [text(`Writes to the store: ${pathSentence(p)}`), ...(p.evidence[0] ? [text(' ('), where(p.evidence[0]), text(')')] : [])]),
    ...bounded(f.models ?? [], (m) => [text(`Odoo model: ${modelText(m)}`), ...(m.evidence[0] ? [text(' ('), where(m.evidence[0]), text(')')] : [])]),
    ...(f.dualWrite ? evidenceItem('An Odoo write and a store write in one entry path', f.dualWriteEvidence) : []),
    ...evidenceItem('Rebuilds the store from PostgreSQL', rb.paths),
    ...evidenceItem('Entries expire (TTL)', rb.ttl),
    ...evidenceItem('Entries invalidated when records change', rb.invalidation),
    ...evidenceItem('Reconciliation job (a second permanent cost, not a fix)', f.reconciliation ?? []),
    ...evidenceItem('Store data read back into Odoo records', f.readsBack ?? []),
    ...f.usedBy.map((u) => [text(`${u.relation === 'configured by' ? 'Configured by' : 'Used through it by'} `), code(u.module), ...(u.evidence[0] ? [text(' ('), where(u.evidence[0]), text(')')] : [])]),
  ];
  return [
    heading(4, 'Observation'),
    paragraph([text('Module '), code(f.module), text(` calls ${f.storeTitle}${f.driver ? ` through ${f.driver}` : ''} from `), where(f.client), text(': '), code(f.client.snippet)]),
    ...list(facts),
  ];
}

function conclusion(f: Finding): Block[] {
  return [
    heading(4, 'Conclusion'),
    paragraph([strong(`${verdictTitle(f.verdict)}.`), text(` ${f.verdictText} Role of the store: ${roleTitle(f.role)}.`)]),
    ...list((f.reasons ?? []).map((x) => [strong(conditionText(x.condition)), text(` ${holdsText(x.holds)}: ${x.text}${x.statistic ? ` (${statisticText(x.statistic)})` : ''}`)])),
  ];
}

function workloadTable(c: Ctx, f: Finding): Block[] {
  if (!f.workload?.length) return [];
  return [
    {
      kind: 'table', caption: 'This deployment\'s tables (from statistics)',
      columns: [{ label: 'Table' }, { label: 'Rows', numeric: true }, { label: 'Table size', numeric: true }, { label: 'Index size', numeric: true }, { label: 'Writes per day', numeric: true }, { label: 'Scans per day', numeric: true }, { label: 'Already uses the capability' }],
      rows: f.workload.map((w) => {
        const writes = [w.insertsPerDay, w.updatesPerDay, w.deletesPerDay].every((x) => x == null) ? null : (w.insertsPerDay ?? 0) + (w.updatesPerDay ?? 0) + (w.deletesPerDay ?? 0);
        const scans = w.seqScansPerDay == null && w.idxScansPerDay == null ? null : (w.seqScansPerDay ?? 0) + (w.idxScansPerDay ?? 0);
        return [[code(w.table)], [text(c.num(w.rows))], [text(c.bytes(w.tableBytes))], [text(c.bytes(w.indexBytes))], [text(c.figure(writes))], [text(c.figure(scans))], [text(w.capabilityInUse === null ? 'unknown' : w.capabilityInUse ? 'yes' : 'no')]];
      }),
    },
    ...list(f.workload.map((w) => [text(w.detail)])),
  ];
}

function recommendation(c: Ctx, f: Finding): Block[] {
  const rec = f.recommendation;
  return [
    heading(4, 'Recommendation'),
    paragraph([text(f.action || rec.text)]),
    paragraph([text('PostgreSQL capability: '), strong(rec.title), text(`${rec.inUseHere ? ', already in use in this database' : c.r.source.database ? ', not yet in use in this database' : ''}. ${rec.text}`)]),
    ...workloadTable(c, f),
  ];
}

export function findingBlocks(c: Ctx, f: Finding, i: number): Block[] {
  return [
    heading(3, `${i + 1}. ${verdictTitle(f.verdict)}: ${f.module} → ${f.storeTitle}`, `finding-${i + 1}`),
    ...acceptanceBlock(c, f),
    {
      kind: 'facts', items: [
        { term: 'Verdict', value: [strong(verdictTitle(f.verdict)), text(`, severity ${f.severity}${f.dualWrite ? ', dual write' : ''}`)] },
        { term: 'Module', value: [code(f.path), text(`: ${origin(f.origin)}, ${f.state ?? (c.r.source.database ? 'state unknown' : 'installation not checked')}`)] },
        { term: 'Store', value: [text(`${f.storeTitle} (${f.category})`)] },
      ],
    },
    ...observation(c, f),
    ...conclusion(f),
    ...recommendation(c, f),
    heading(4, `Evidence (${c.num(f.evidenceCount)} ${plural(f.evidenceCount, 'match', 'matches')})`),
    ...list(bounded(f.evidence, (e) => [where(e), text(` ${e.kind}: `), code(e.snippet)])),
  ];
}

/** Odoo's own modules, modules not installed, and stores named where no client code runs: context. */
export function otherFindingBlocks(c: Ctx): Block[] {
  const r = c.r;
  const out: Block[] = [];
  for (const section of ['odoo', 'not_installed'] as const) {
    const found = r.findings.filter((f) => f.section === section).sort(byConcern);
    if (!found.length) continue;
    out.push(heading(3, SECTION_TITLES[section]), paragraph([text(sectionIntro(r, section))], 'muted'), {
      kind: 'table',
      columns: [{ label: 'Module' }, { label: 'Origin' }, { label: 'Store' }, { label: 'Verdict' }, { label: 'Client code' }],
      rows: found.map((f) => [[text(f.module)], [text(origin(f.origin))], [text(f.storeTitle)], [text(verdictTitle(f.verdict))], [where(f.client)]]),
    });
  }
  if (r.mentions.length) {
    out.push(heading(3, 'Mentioned, not findings'), paragraph([text('Stores that modules name where no client code of theirs runs in production.')], 'muted'), {
      kind: 'table',
      columns: [{ label: 'Module' }, { label: 'Store' }, { label: 'Why it is not a finding' }, { label: 'Where' }],
      rows: r.mentions.map((m) => [[text(m.module)], [text(m.storeTitle)], [text(m.text)], m.evidence[0] ? [where(m.evidence[0])] : [text('—')]]),
    });
  }
  return out;
}

// ---------------------------------------------------------------- capabilities

export function capabilityBlocks(c: Ctx): Block[] {
  const caps = c.r.capabilities;
  const status = (x: Report['capabilities'][number]) => (x.status === 'in_use' ? `in use (${c.num(x.items.length)} ${plural(x.items.length, 'item')})` : CAPABILITY_STATUS_TITLES[x.status] ?? x.status);
  const out: Block[] = [
    heading(2, 'PostgreSQL capabilities', 'capabilities'),
    paragraph([text(c.r.source.database ? 'What PostgreSQL already does in this database, read from its catalogs and statistics; each capability is one a second store would otherwise provide.' : 'No database was audited: only what the addons code shows is known.')]),
    {
      kind: 'table', caption: 'Capabilities',
      columns: [{ label: 'Capability' }, { label: 'Status' }, { label: 'Where it was looked for' }],
      rows: caps.map((x) => [[strong(x.title)], [text(status(x))], [text(x.parts.map((p) => `${p.part}: ${p.status === 'not_checked' ? `not checked (${c.clean(p.reason)})` : CAPABILITY_STATUS_TITLES[p.status]}`).join('; '))]]),
    },
  ];
  for (const x of caps.filter((y) => y.items.length > 0)) {
    out.push(heading(3, x.title), paragraph([text(x.description)], 'muted'), ...list(x.notes.map((n) => [text(c.clean(n))])), {
      kind: 'table',
      columns: x.columns.map((col) => ({ label: col.label, ...(col.kind === 'number' || col.kind === 'bytes' ? { numeric: true } : {}) })),
      rows: x.items.slice(0, CAPABILITY_ROWS_MAX).map((item) => x.columns.map((col) => {
        const v = item[col.key];
        if (v == null) return [text('—')];
        if (typeof v === 'number') return [text(col.kind === 'bytes' ? c.bytes(v) : col.kind === 'number' ? c.num(v) : String(v))];
        if (typeof v === 'boolean') return [text(v ? 'yes' : 'no')];
        return [text(c.clean(v))];
      })),
    });
    if (x.items.length > CAPABILITY_ROWS_MAX) out.push(paragraph([text(`${c.num(x.items.length - CAPABILITY_ROWS_MAX)} more in the JSON export.`)], 'muted'));
  }
  return out;
}

// ---------------------------------------------------------------- inventories

export function inventoryBlocks(c: Ctx): Block[] {
  const inv = c.r.inventory ?? [];
  if (!inv.length) return [];
  const names = (xs: string[]): Inline => [text(xs.join(', ') || '—')];
  return [
    heading(2, 'Store inventory', 'inventory'),
    paragraph([text(INVENTORY_INTRO)]),
    {
      kind: 'table', caption: 'Stores outside PostgreSQL',
      columns: [{ label: 'Store' }, { label: 'Kind' }, { label: 'Endpoints' }, { label: 'Modules' }, { label: 'Role' }, { label: 'Verdict' }, { label: 'Facts' }],
      rows: inv.map((x) => [[strong(x.title)], [text(INVENTORY_KIND_TITLES[x.kind] ?? x.kind)], x.endpoints.length ? x.endpoints.flatMap((e, i) => [...(i ? [text(' ')] : []), code(c.clean(e))]) : [text('—')], names(x.modules), [text(x.role ? roleTitle(x.role) : '—')], [text(verdictTitle(x.verdict))], [text(x.facts.join(' ') || '—')]]),
    },
    ...inv.filter((x) => x.checklist.length).flatMap((x): Block[] => [
      heading(3, `${x.title}: what it adds to operations`),
      ...list(x.checklist.map((item) => [strong(`${CHECKLIST_TITLES[item.item] ?? item.item}:`), text(` ${item.text}`)])),
      ...(x.settings.length ? [paragraph([text('Configured by: '), ...x.settings.flatMap((s, i) => [...(i ? [text(', ')] : []), code(s)])], 'muted')] : []),
    ]),
  ];
}

export function moduleBlocks(c: Ctx): Block[] {
  const r = c.r;
  if (!r.modules.length) return [];
  const listed = listedModules(r);
  const order = ['custom', 'third_party', 'oca', 'odoo'];
  const sorted = [...listed].sort((a, b) => order.indexOf(a.origin) - order.indexOf(b.origin) || a.name.localeCompare(b.name));
  const counted = r.modules.filter((m) => m.origin === 'custom' && m.lines);
  const total = (k: 'python' | 'javascript' | 'xml' | 'other') => counted.reduce((n, m) => n + (m.lines?.[k] ?? 0), 0);
  const all = total('python') + total('javascript') + total('xml') + total('other');
  const customs = r.modules.filter((m) => m.origin === 'custom').length;
  const lines = (n: number | undefined) => [text(n == null ? '—' : c.num(n))];
  return [
    heading(2, 'Module inventory', 'modules'),
    paragraph([text(inventorySentence(r))]),
    ...(counted.length ? [paragraph([text(`Custom code to maintain: ${c.num(all)} ${plural(all, 'line')} in ${c.num(counted.length)} of the ${c.num(customs)} custom ${plural(customs, 'module')} (Python ${c.num(total('python'))}, JavaScript ${c.num(total('javascript'))}, XML ${c.num(total('xml'))}, other ${c.num(total('other'))}; non-blank lines that are not only a comment, counted on disk).`)])] : []),
    {
      kind: 'table', caption: 'Modules',
      columns: [{ label: 'Module' }, { label: 'Origin' }, { label: 'State' }, { label: 'Version' }, { label: 'Python lines', numeric: true }, { label: 'JavaScript lines', numeric: true }, { label: 'XML lines', numeric: true }, { label: 'Other lines', numeric: true }, { label: 'Findings', numeric: true }],
      rows: sorted.slice(0, MODULE_ROWS_MAX).map((m) => [[text(m.name)], [text(origin(m.origin))], [text(moduleState(r, m))], [text(m.version || '—')], lines(m.lines?.python), lines(m.lines?.javascript), lines(m.lines?.xml), lines(m.lines?.other), [text(c.num(m.findings))]]),
    },
    ...(sorted.length > MODULE_ROWS_MAX ? [paragraph([text(`${c.num(sorted.length - MODULE_ROWS_MAX)} more in the JSON export.`)], 'muted')] : []),
    ...(statesKnown(r) || r.modules.some((m) => m.lines) ? [] : [paragraph([text('Lines of code: — where the module was not read on disk.')], 'muted')]),
  ];
}

// ---------------------------------------------------------------- appendix

function method(c: Ctx): Block[] {
  const r = c.r;
  const lim = catalog.limits;
  const probes = r.audit?.probes ?? [];
  const ran = probes.filter((p) => p.status === 'ok' || p.status === 'error');
  const ms = ran.reduce((n, p) => n + (p.durationMs ?? 0), 0);
  return [
    heading(3, 'Method'),
    ...list([
      r.source.database
        ? [text(`The database was read, never written: ${r.audit ? `${c.num(ran.length)} ${plural(ran.length, 'probe')}` : 'the probes'} of the catalog${probes.length > ran.length ? ` (${c.num(probes.length - ran.length)} more not run, see Probes below)` : ''}, each in a READ ONLY transaction with a statement timeout of ${c.num(lim.statementTimeoutMs)} ms and a lock timeout of ${c.num(lim.lockTimeoutMs)} ms, reading the system catalogs and statistics views (never the rows of user tables)${r.audit ? `; ${c.num(ms)} ms of queries in all` : ''}.`)]
        : [text('No database was read.')],
      (r.source.addonsRoots ?? []).length
        ? [text(`The addons folders were read as text, never imported or run: ${c.num(r.summary.modulesScanned)} ${plural(r.summary.modulesScanned, 'module')}, ${c.num(r.summary.filesScanned)} ${plural(r.summary.filesScanned, 'file')}; files above ${c.bytes(lim.maxFileBytes)}, binary or unreadable files and folders nested more than ${c.num(lim.maxDepth)} deep were skipped with a reason; Python was parsed, not executed.`)]
        : [text('No addons folder was read.')],
      [text('Secrets in snippets (passwords in URLs and connection strings, API keys, tokens) are replaced by *** before they enter the report.')],
      [text('Verdicts and recommendations follow the catalog\'s rules and thresholds (manifest.json), the same for every audit; figures come from PostgreSQL statistics, which estimate.')],
    ]),
  ];
}

function privileges(c: Ctx): Block[] {
  const r = c.r;
  if (!r.source.database) return [];
  const sees = r.audit?.seesOtherSessions;
  return [
    heading(3, 'Privileges used'),
    {
      kind: 'facts', items: [
        { term: 'Role', value: [code(r.source.role ?? '?')] },
        { term: 'Other roles\' sessions and statements', value: [text(sees === true ? 'visible (a superuser, or the privileges of pg_read_all_stats)' : sees === false ? `not visible: ${c.clean(r.audit!.visibilityReason)}` : 'unknown (this report predates the record of it)')] },
        { term: 'Writes', value: [text('none: every probe ran in a READ ONLY transaction')] },
      ],
    },
  ];
}

function probeTable(c: Ctx): Block[] {
  const probes = c.r.audit?.probes ?? [];
  if (!probes.length) return [heading(3, 'Probes'), paragraph([text('This report predates the record of each probe: see the warnings below.')], 'muted')];
  return [
    heading(3, 'Probes'),
    {
      kind: 'table', caption: 'Probes of the catalog and what came of each',
      columns: [{ label: 'What it reads' }, { label: 'Query' }, { label: 'Outcome' }, { label: 'Rows', numeric: true }, { label: 'Time (ms)', numeric: true }],
      rows: probes.map((p) => [[text(p.description)], [code(`${p.id}.sql`)], [text(`${PROBE_STATUS_TITLES[p.status] ?? p.status}${p.message ? `: ${c.clean(p.message)}` : ''}`)], [text(p.status === 'ok' ? c.num(p.rows) : '—')], [text(c.num(p.durationMs))]]),
    },
  ];
}

function skippedBlocks(c: Ctx): Block[] {
  const skipped = c.r.skipped;
  if (!skipped.length) return [];
  const reasons = new Map<string, string[]>();
  for (const f of skipped) {
    const reason = c.clean(f.reason.split(':')[0]!);
    reasons.set(reason, [...(reasons.get(reason) ?? []), f.file]);
  }
  return [
    heading(3, 'Skipped files'),
    {
      kind: 'table',
      columns: [{ label: 'Reason' }, { label: 'Files', numeric: true }, { label: 'For example' }],
      rows: [...reasons].slice(0, SKIPPED_MAX).map(([reason, files]) => [[text(reason)], [text(c.num(files.length))], files.slice(0, 3).flatMap((f, i) => [...(i ? [text(', ')] : []), code(c.clean(f))])]),
    },
  ];
}

export function appendixBlocks(c: Ctx): Block[] {
  const warnings = c.r.warnings;
  return [
    heading(2, 'Appendix', 'appendix'),
    ...method(c),
    ...privileges(c),
    ...probeTable(c),
    heading(3, 'Warnings'),
    ...(warnings.length ? list(warnings.map((w) => [strong(w.level === 'warning' ? 'Warning' : 'Note'), text(`: ${c.clean(w.message)}`)])) : [paragraph([text('None.')])]),
    ...skippedBlocks(c),
  ];
}
