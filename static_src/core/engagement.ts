// The engagement report: what a consultant hands to a client, decided once, as an
// EngagementDocument (core/document-types.ts). First page (who, what, when, scope, what could not be
// checked), executive summary, next steps; then per finding observation, conclusion and
// recommendation; capabilities, store and module inventories, and an appendix on method. Markdown,
// HTML and the Odoo module's QWeb PDF render it without adding a sentence of their own.
// Every figure comes from the report (a statistic, a catalog row, a file:line) and is formatted for
// the reader's locale; no internal id reaches the prose; no absolute path of the auditor's machine.
import type { Block, EngagementDocument, Inline, Run } from './document-types';
import { formatBytes, formatDate, formatDateTime, formatFigure, formatNumber, knownLocale, knownTimeZone } from './format';
import type { Finding, Report } from './report-types';
import { verdictTitle } from './verdict-labels';
import { findingsScope, modulesInScope, rootLabels, statesKnown, withRootLabels } from './wording';
import {
  appendixBlocks, byConcern, capabilityBlocks, code, type Ctx, findingBlocks, findingsTable, inventoryBlocks, isAccepted, joinWords,
  moduleBlocks, otherFindingBlocks, plural, strong, text,
} from './engagement-sections';

export interface EngagementOptions {
  /** BCP 47 tag of number and date formats; default 'en'. */
  locale?: string;
  /** IANA time zone of the dates; default the runtime's own. */
  timeZone?: string;
}

function context(r: Report, opts: EngagementOptions): Ctx {
  const locale = knownLocale(opts.locale);
  const timeZone = knownTimeZone(opts.timeZone) ?? knownTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC';
  const roots = r.source.addonsRoots ?? [];
  return {
    r, locale, timeZone,
    num: (n) => (n == null || !Number.isFinite(n) ? '—' : formatNumber(n, locale)),
    figure: (n) => (n == null || !Number.isFinite(n) ? '—' : formatFigure(n, locale)),
    bytes: (n) => (n == null || !Number.isFinite(n) ? '—' : formatBytes(n, locale) || '0 B'),
    date: (iso) => formatDate(iso, locale, timeZone),
    dateTime: (iso) => formatDateTime(iso, locale, timeZone),
    clean: (s) => withRootLabels(String(s ?? ''), roots),
  };
}

// ---------------------------------------------------------------- first page

function statisticsWindow(c: Ctx): string {
  const src = c.r.source;
  if (!src.database) return 'no database audited';
  const since = src.statisticsSince;
  const stats = since
    ? `counters since ${c.date(since)} (${c.num(Math.max(0, (Date.parse(src.collectedAt) - Date.parse(since)) / 86_400_000))} days before the audit)`
    : 'counters never reset: their time window is unknown, so no per-day figures';
  return `${stats}${src.statementsSince ? `; pg_stat_statements since ${c.date(src.statementsSince)}` : ''}`;
}

function whoWhatWhen(c: Ctx): Block {
  const src = c.r.source;
  const db = src.database;
  const items: { term: string; value: Inline }[] = [
    { term: 'Database', value: db ? [code(db)] : [text('not audited (addons folders only)')] },
    { term: 'Odoo version', value: [text(src.odooVersion ?? (db ? 'unknown (not an Odoo database, or its module list could not be read)' : 'unknown (no database audited)'))] },
    { term: 'PostgreSQL version', value: [text(src.serverVersion ?? 'unknown (no database audited)')] },
    { term: 'Role', value: db ? [code(src.role ?? '?')] : [text('none (no database audited)')] },
    { term: 'Collected', value: [text(c.dateTime(src.collectedAt))] },
    { term: 'Collector', value: [text(src.collector)] },
    { term: 'Statistics window', value: [text(statisticsWindow(c))] },
  ];
  return { kind: 'facts', items };
}

function scope(c: Ctx): Block[] {
  const r = c.r;
  const labels = rootLabels(r.source.addonsRoots ?? []);
  const inScope = modulesInScope(r);
  const counts = (['custom', 'third_party', 'oca', 'odoo'] as const).map((o) => [o, inScope.filter((m) => m.origin === o).length] as const);
  const names: Record<string, string> = { custom: 'custom', third_party: 'third party', oca: 'OCA', odoo: "Odoo's own" };
  const items: { term: string; value: Inline }[] = [
    {
      term: 'Addons folders',
      value: labels.length
        ? [...labels.flatMap((l, i) => [...(i ? [text(', ')] : []), code(l)]), text(`: ${c.num(r.summary.modulesScanned)} ${plural(r.summary.modulesScanned, 'module')} and ${c.num(r.summary.filesScanned)} ${plural(r.summary.filesScanned, 'file')} read`)]
        : [text('none scanned: which modules call a second store is unknown')],
    },
    {
      term: 'Modules in scope',
      value: [text(r.modules.length
        ? `${c.num(inScope.length)} ${plural(inScope.length, 'module')} ${statesKnown(r) ? 'installed in this database' : 'scanned (installation not checked)'}: ${counts.map(([o, n]) => `${c.num(n)} ${names[o]}`).join(', ')}`
        : 'none known')],
    },
    { term: 'Findings counted', value: [text(`external stores ${findingsScope(r)}`)] },
  ];
  return [{ kind: 'heading', level: 2, text: 'Scope', id: 'scope' }, { kind: 'facts', items }, ...notChecked(c)];
}

/** What could not be checked, each in a short line: capabilities, probes, privileges, the scan. */
function notChecked(c: Ctx): Block[] {
  const r = c.r;
  const lines: Inline[] = [];
  for (const cap of r.capabilities.filter((x) => x.status === 'not_checked')) {
    const gaps = cap.parts.filter((p) => p.status === 'not_checked').map((p) => `${p.part}: ${c.clean(p.reason)}`);
    lines.push([strong(cap.title), text(` (capability): ${gaps.join('; ') || 'not checked'}`)]);
  }
  const probes = r.audit?.probes ?? [];
  for (const p of probes.filter((x) => x.status === 'error')) lines.push([strong(p.description), text(` (probe): failed, ${c.clean(p.message) || 'no message'}`)]);
  if (r.audit?.seesOtherSessions === false) lines.push([strong('Other sessions'), text(`: ${c.clean(r.audit.visibilityReason)}; their LISTEN channels and statements could not be seen`)]);
  if (r.audit?.scanStoppedEarly) lines.push([strong('Addons scan'), text(`: stopped early (${c.clean(r.audit.scanStoppedEarly)}); modules after that point were not read`)]);
  if (r.skipped.length) lines.push([strong(`${c.num(r.skipped.length)} ${plural(r.skipped.length, 'file or folder', 'files or folders')} skipped`), text(' while scanning (listed in the appendix)')]);
  if (!r.source.database) lines.push([strong('Database'), text(': not audited, so no PostgreSQL capability could be checked')]);
  return [
    { kind: 'heading', level: 3, text: 'What could not be checked', id: 'not-checked' },
    lines.length ? { kind: 'list', ordered: false, items: lines } : { kind: 'paragraph', text: [text('Everything this audit looks for could be checked.')] },
  ];
}

// ---------------------------------------------------------------- executive summary

function capabilitySentence(c: Ctx): Inline {
  const r = c.r;
  const s = r.summary;
  const db = r.source.database;
  if (!db) return [text('No database was audited, so which PostgreSQL capabilities are already in use is unknown; only the addons code was read.')];
  const inUse = r.capabilities.filter((x) => x.status === 'in_use').map((x) => x.title);
  const figures = [
    `${c.num(s.jsonbColumns)} jsonb ${plural(s.jsonbColumns, 'column')} (about ${c.bytes(s.jsonbBytes)}, estimated from pg_stats)`,
    `${c.num(s.ftsIndexes)} full-text and ${c.num(s.trigramIndexes)} trigram ${plural(s.trigramIndexes, 'index', 'indexes')}`,
    `${c.num(s.channels)} LISTEN/NOTIFY ${plural(s.channels, 'channel')} with ${c.num(s.listeners)} listening ${plural(s.listeners, 'session')}${r.audit?.seesOtherSessions === false ? ` seen (the sessions of roles other than ${r.source.role ?? 'the audit\'s'} were not visible)` : ''}`,
  ];
  return [
    text('In database '), code(db), text(`, PostgreSQL already does ${c.num(s.capabilitiesInUse)} of the ${c.num(s.capabilitiesKnown)} things this audit looks for in its catalogs and statistics${inUse.length ? ` (${joinWords(inUse)})` : ''}: `),
    text(`${joinWords(figures)}.`),
  ];
}

function storeSentence(c: Ctx, active: Finding[]): Inline {
  const stores = [...new Set(active.map((f) => f.storeTitle))];
  if (active.length === 0) {
    return [text(`No second store is used ${findingsScope(c.r)} (${c.num(c.r.summary.modulesScanned)} ${plural(c.r.summary.modulesScanned, 'module')} read)${c.r.findings.some((f) => f.section === 'findings') ? ', apart from the accepted findings below' : ''}.`)];
  }
  const n = (v: Finding['verdict']) => active.filter((f) => f.verdict === v).length;
  return [text(`${c.num(stores.length)} second ${plural(stores.length, 'store is', 'stores are')} used ${findingsScope(c.r)} (${joinWords(stores)}), in ${c.num(active.length)} ${plural(active.length, 'finding')}: `
    + `${c.num(n('refuse'))} to refuse, ${c.num(n('replace'))} to replace with PostgreSQL, ${c.num(n('keep'))} to keep and ${c.num(n('review'))} to review.`)];
}

function dualWriteSentence(c: Ctx, active: Finding[]): Inline | null {
  const dual = active.filter((x) => x.dualWrite);
  const f = [...dual].sort(byConcern)[0];
  if (!f) return active.length ? [text('No dual write (one change written to PostgreSQL and to a second store) was seen in these modules.')] : null;
  // evidence comes in pairs: where the Odoo record is written (an entry method, an ORM write), then the store write
  const entries = f.dualWriteEvidence.filter((e) => e.kind !== 'write');
  const first = entries[0] ?? f.dualWriteEvidence[0] ?? f.client;
  const n = Math.max(1, entries.length);
  // findings.ts keeps at most three pairs: three may stand for more
  const atLeast = f.dualWriteEvidence.length >= 6 ? 'at least ' : '';
  const models = (f.models ?? []).map((m) => m.model);
  return [
    text(`The most serious of ${c.num(dual.length)} dual ${plural(dual.length, 'write')} is in `), code(f.module), text(` (${verdictTitle(f.verdict)}, ${f.severity}): `),
    text(`${atLeast}${c.num(n)} entry ${plural(n, 'path writes', 'paths write')} both ${models.length ? joinWords(models) : 'Odoo records'} and ${f.storeTitle}, the first at `), code(`${first.file}:${first.line}`),
    text('; with no transaction spanning both, a failure between the two writes leaves them apart.'),
  ];
}

function acceptedSentence(c: Ctx): Inline | null {
  const main = c.r.findings.filter((f) => f.section === 'findings');
  const accepted = main.filter(isAccepted).length;
  const expired = main.filter((f) => f.acceptance?.status === 'expired').length;
  if (!accepted && !expired) return null;
  const parts = [
    accepted ? `${c.num(accepted)} ${plural(accepted, 'finding was', 'findings were')} accepted by the client and ${plural(accepted, 'is', 'are')} not counted above` : '',
    expired ? `${c.num(expired)} ${plural(expired, 'acceptance has', 'acceptances have')} expired, so ${plural(expired, 'its finding counts', 'their findings count')} again` : '',
  ].filter(Boolean);
  return [text(`${parts.join('; ')} (each marked in its section).`)];
}

function summaryBlocks(c: Ctx, active: Finding[]): Block[] {
  const sentences = [capabilitySentence(c), storeSentence(c, active), dualWriteSentence(c, active), acceptedSentence(c)].filter((x): x is Inline => x !== null);
  const gaps = c.r.capabilities.filter((x) => x.status === 'not_checked').length;
  if (gaps && c.r.source.database && sentences.length < 6) sentences.push([text(`${c.num(gaps)} ${plural(gaps, 'capability', 'capabilities')} could not be checked (see What could not be checked).`)]);
  return [
    { kind: 'heading', level: 2, text: 'Executive summary', id: 'summary' },
    { kind: 'paragraph', text: sentences.flatMap((s, i) => (i ? [text(' '), ...s] : s)) },
  ];
}

// ---------------------------------------------------------------- next steps

interface Step { what: Inline; effort: string; risk: string }

const MAX_NAMED = 3;

function findingSteps(c: Ctx, active: Finding[], number: (f: Finding) => number): Step[] {
  const steps: Step[] = [];
  const named = (list: Finding[], make: (f: Finding) => Step, rest: (more: Finding[]) => Step) => {
    steps.push(...list.slice(0, MAX_NAMED).map(make));
    if (list.length > MAX_NAMED) steps.push(rest(list.slice(MAX_NAMED)));
  };
  const see = (list: Finding[]) => text(` (${plural(list.length, 'finding')} ${joinWords(list.map((f) => String(number(f))))}).`);
  const mod = (f: Finding): Run => ({ t: f.module, code: true, strong: true });
  const sorted = [...active].sort(byConcern);
  const refuse = sorted.filter((f) => f.verdict === 'refuse');
  named(refuse.filter((f) => f.dualWrite), (f) => ({
    what: [strong(`Stop the dual write to ${f.storeTitle} in `), mod(f), text(`: move its data into PostgreSQL (${f.recommendation.title})`), see([f])],
    effort: 'high: the data moves into PostgreSQL and every path that writes the store changes',
    risk: 'high until done: one change lands in two stores with no transaction spanning both',
  }), (more) => ({ what: [strong(`Stop ${c.num(more.length)} more dual ${plural(more.length, 'write')} to refuse`), see(more)], effort: 'high', risk: 'high until done' }));
  named(refuse.filter((f) => !f.dualWrite), (f) => ({
    what: [strong(`Move the data of ${f.storeTitle} in `), mod(f), strong(' into PostgreSQL'), text(` (${f.recommendation.title})`), see([f])],
    effort: 'high: the data the store holds moves into PostgreSQL',
    risk: 'high: the store holds data PostgreSQL does not have, which a PostgreSQL backup does not restore',
  }), (more) => ({ what: [strong(`Move the data of ${c.num(more.length)} more ${plural(more.length, 'store')} to refuse into PostgreSQL`), see(more)], effort: 'high', risk: 'high' }));
  const replace = sorted.filter((f) => f.verdict === 'replace');
  for (const inUse of [true, false]) {
    named(replace.filter((f) => f.recommendation.inUseHere === inUse), (f) => ({
      what: [strong(`Replace ${f.storeTitle} in `), mod(f), strong(` with ${f.recommendation.title}`), text(inUse ? ', already in use in this database' : ''), see([f])],
      effort: inUse ? 'low: PostgreSQL already does this here' : c.r.source.database ? `medium: ${f.recommendation.title} would be new to this database` : 'medium: whether this database already uses it is unknown (no database audited)',
      risk: `low: the store is a rebuildable copy; keep it until the PostgreSQL path is proven${f.dualWrite ? ' (until then its dual write can leave it stale)' : ''}`,
    }), (more) => ({ what: [strong(`Replace ${c.num(more.length)} more ${plural(more.length, 'store')} with PostgreSQL`), see(more)], effort: inUse ? 'low' : 'medium', risk: 'low' }));
  }
  const review = sorted.filter((f) => f.verdict === 'review');
  if (review.length) {
    steps.push({
      what: [strong(`Decide ${c.num(review.length)} ${plural(review.length, 'finding')} to review`), text(': each says which evidence is missing'), see(review)],
      effort: 'low: evidence to gather, no code to change yet',
      risk: 'unknown until decided',
    });
  }
  const keep = sorted.filter((f) => f.verdict === 'keep');
  if (keep.length) {
    steps.push({
      what: [strong(`Keep ${c.num(keep.length)} ${plural(keep.length, 'store')} under ${plural(keep.length, 'its', 'their')} conditions`), text(': each says what must stay true'), see(keep)],
      effort: 'low: conditions to check at each change of these modules',
      risk: 'low while the conditions hold',
    });
  }
  return steps;
}

function auditSteps(c: Ctx): Step[] {
  const r = c.r;
  const steps: Step[] = [];
  const none = 'none to data: the audit only reads';
  if (r.audit?.seesOtherSessions === false) {
    const w = r.warnings.find((x) => x.source === 'privilege');
    steps.push({ what: [strong('Let the audit see other sessions'), text(`: ${c.clean(w?.message ?? `${r.audit.visibilityReason}; GRANT pg_monitor TO ${r.source.role};`)} Then audit again.`)], effort: 'low: one grant of read-only statistics', risk: none });
  }
  const gaps = r.capabilities.filter((x) => x.status === 'not_checked');
  if (gaps.length) {
    steps.push({
      what: [strong(`Check what could not be checked: ${joinWords(gaps.map((x) => x.title))}`), text(` (${gaps.map((x) => x.parts.filter((p) => p.status === 'not_checked').map((p) => c.clean(p.reason)).join('; ')).join('; ')}), then audit again.`)],
      effort: 'low to medium: an extension, a setting or a grant, some needing a server restart',
      risk: none,
    });
  }
  if (r.audit?.scanStoppedEarly) steps.push({ what: [strong('Scan every addons folder'), text(`: the scan stopped early (${c.clean(r.audit.scanStoppedEarly)}).`)], effort: 'low', risk: none });
  const failed = (r.audit?.probes ?? []).filter((p) => p.status === 'error');
  if (failed.length) steps.push({ what: [strong(`Run the ${c.num(failed.length)} failed ${plural(failed.length, 'probe')} again`), text(`: ${failed.map((p) => p.description).join('; ')}.`)], effort: 'low', risk: none });
  if (!r.source.database) steps.push({ what: [strong('Audit the database too'), text(': without it, which PostgreSQL capabilities are in use, and the workload of the tables the stores touch, are unknown.')], effort: 'low', risk: none });
  if (!(r.source.addonsRoots ?? []).length) steps.push({ what: [strong('Scan the addons folders too'), text(': without them, which modules call a second store is unknown.')], effort: 'low', risk: none });
  return steps;
}

function nextSteps(c: Ctx, active: Finding[], number: (f: Finding) => number): Block[] {
  const steps = [...findingSteps(c, active, number), ...auditSteps(c)];
  const items: Inline[] = steps.map((s) => [...s.what, text(` Effort: ${s.effort}. Risk: ${s.risk}.`)]);
  return [
    { kind: 'heading', level: 2, text: 'Next steps', id: 'next-steps' },
    items.length
      ? { kind: 'list', ordered: true, items }
      : { kind: 'paragraph', text: [text('Nothing to act on: no second store to refuse, replace, keep or review, and everything could be checked. Audit again when modules change.')] },
  ];
}

// ---------------------------------------------------------------- the document

export function buildEngagement(r: Report, opts: EngagementOptions = {}): EngagementDocument {
  const c = context(r, opts);
  const main = r.findings.filter((f) => f.section === 'findings').sort((a, b) => Number(isAccepted(a)) - Number(isAccepted(b)) || byConcern(a, b));
  const active = main.filter((f) => !isAccepted(f));
  const db = r.source.database;
  const title = `PostgreSQL capabilities audit${db ? `: ${db}` : ''}`;
  const blocks: Block[] = [
    whoWhatWhen(c),
    ...scope(c),
    ...summaryBlocks(c, active),
    ...nextSteps(c, active, (f) => main.indexOf(f) + 1),
    { kind: 'page_break' },
    { kind: 'heading', level: 2, text: 'Findings', id: 'findings' },
    { kind: 'paragraph', text: [text(main.length ? `External stores ${findingsScope(r)}, worst verdict first: for each, what the code does (observation), what it means (conclusion), and what to do (recommendation).` : `No external store ${findingsScope(r)}.`)] },
    ...(main.length ? [findingsTable(c, main)] : []),
    ...main.flatMap((f, i) => findingBlocks(c, f, i)),
    ...otherFindingBlocks(c),
    { kind: 'page_break' },
    ...capabilityBlocks(c),
    ...inventoryBlocks(c),
    ...moduleBlocks(c),
    { kind: 'page_break' },
    ...appendixBlocks(c),
  ];
  return {
    locale: c.locale,
    title,
    subtitle: `${db ? `Database ${db}` : 'Addons folders only'} · ${c.dateTime(r.source.collectedAt)}`,
    blocks,
  };
}
