// Should this store exist? A second store earns its place only when it is derived (can be flushed
// and rebuilt from PostgreSQL) AND its measured workload exceeds what PostgreSQL does well.
//   refuse:  authoritative, or dual-written without a rebuild path;
//   replace: derived, and the workload of its tables is within the catalog's thresholds;
//   keep:    derived, rebuildable, and a figure reaches a threshold;
//   review:  the evidence does not decide (no database, unknown role, no model, no threshold).
import type { Catalog, StoreDef } from './catalog';
import { describeWindow } from './coverage';
import { formatBytes } from './format';
import type { Evidence, Finding, Severity, VerdictKind, VerdictReason } from './report-types';
import { severityRank } from './report-types';
import type { Snapshot } from './snapshot';
import { describeValue, measureWorkload, type Comparison, type DatabaseFigures, type WorkloadResult } from './workload';

const at = (e: Evidence) => `${e.file}:${e.line}`;
const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Dual-write evidence comes as (ORM write, store write) pairs. */
function pairs(e: Evidence[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < e.length; i += 2) out.push(`${at(e[i]!)} with ${e[i + 1]!.line === e[i]!.line ? 'the store write on the same line' : `line ${e[i + 1]!.line}`}`);
  return out;
}

export interface VerdictOut {
  verdict: VerdictKind;
  verdictText: string;
  reasons: VerdictReason[];
  action: string;
  severity: Severity;
  workload: Finding['workload'];
}

/** The models as "res.partner (category_id, profile_score)". */
function modelsText(f: Finding): string {
  return list(f.models.map((m) => (m.fields.length ? `${m.model} (${m.fields.join(', ')})` : m.model)));
}

function figures(w: WorkloadResult, table: string): string {
  const t = w.tables.find((x) => x.table === table);
  if (!t || t.rows === null) return '';
  const size = (t.tableBytes ?? 0) + (t.indexBytes ?? 0);
  const reads = t.seqScansPerDay !== null && t.idxScansPerDay !== null ? `, ${Math.round(t.seqScansPerDay + t.idxScansPerDay).toLocaleString('en-US')} scans a day` : '';
  return `${describeValue('rows', t.rows)}, ${formatBytes(size)}${reads}`;
}

/** The PostgreSQL change for this case, naming its tables and figures. */
function sketch(f: Finding, store: StoreDef, w: WorkloadResult, cat: Catalog): string {
  const cap = store.replacement.capability;
  const m = f.models[0]!;
  const fig = figures(w, m.table);
  const tail = fig ? `; ${m.table} here: ${fig}` : '';
  const inUse = w.tables.find((t) => t.table === m.table)?.capabilityInUse;
  const rebuild = f.paths.find((p) => p.trigger === 'cron' && f.rebuild.paths.length > 0) ?? null;
  switch (cap) {
    case 'full_text':
    case 'trigram': {
      const textField = m.fields.find((x) => /name|title|description|text|body|content|ref|code/.test(x)) ?? m.fields[0] ?? 'name';
      return `Search ${m.model} inside PostgreSQL: a trigram GIN index on ${m.table}.${textField} (pg_trgm; index='trigram' on the field in Odoo 16+) and Odoo's search with ilike, or a tsvector GIN index for ranked full-text search${inUse ? ` (${m.table} already has such an index)` : ''}${tail}. Then drop the index writes${rebuild ? ` and the cron of ${rebuild.method}` : ''}.`;
    }
    case 'unlogged_tables':
      return `Keep the cached values in PostgreSQL: an UNLOGGED table keyed like the cache entries (or a materialized view${rebuild ? ` refreshed by the existing cron of ${rebuild.method}` : ''}), or Odoo's ormcache for per-worker memoization; the source ${m.model} is in ${m.table}${fig ? ` (${fig})` : ''}${inUse ? '; this database already uses UNLOGGED tables' : ''}.`;
    case 'jsonb':
    case 'jsonb_indexes':
      return `Store the documents as jsonb next to ${m.model}: a fields.Json column on ${m.table} (or a table keyed by its id) with a GIN index, written in the same transaction${tail}.`;
    case 'listen_notify':
    case 'skip_locked':
      return `Write the events of ${m.model} to an outbox table in the same transaction and wake consumers with LISTEN/NOTIFY on a channel, or claim them with FOR UPDATE SKIP LOCKED like queue_job${tail}.`;
    case 'brin':
    case 'partitioning':
      return `Keep the series in PostgreSQL: a table partitioned by time with BRIN indexes on the timestamp, beside ${m.table}${tail}.`;
    case 'pgvector':
      return `Store the embeddings of ${m.model} in a vector column (pgvector, HNSW index) on ${m.table} or a side table${tail}.`;
    default:
      return `${store.replacement.text}${tail ? ` (${tail.slice(2)})` : ''} — ${cat.capabilities.find((c) => c.id === cap)?.title ?? cap}.`;
  }
}

function comparisonReason(c: Comparison, w: WorkloadResult): VerdictReason {
  const metric = c.metric.replace(/_/g, ' ');
  const text = c.value === null
    ? `${c.table}: ${metric} unknown (${w.window.since ? 'no statistics row for the table' : 'the statistics were never reset, so there is no window to divide by'}); threshold ${describeValue(c.metric, c.threshold)}.`
    : c.atMost
      ? `${c.table}: at most ${describeValue(c.metric, c.value)} on average, ${c.exceeded === false ? 'below' : 'which does not prove it reaches'} the threshold of ${describeValue(c.metric, c.threshold)} (the statistics were never reset: the counters were divided by the server's uptime, and they may have run longer, so the true rate is no higher).`
      : `${c.table}: ${describeValue(c.metric, c.value)} ${c.exceeded ? 'reaches' : 'is below'} the threshold of ${describeValue(c.metric, c.threshold)} (statistics ${describeWindow(w.window)}).`;
  return {
    condition: 'workload', holds: c.exceeded, text, evidence: [],
    ...(c.value === null ? {} : { statistic: { table: c.table, metric: c.metric, value: c.value, threshold: c.threshold, source: c.source } }),
  };
}

/** `parsed`: the snapshot holds the parsed structure of the finding's module; `figures`: the audited
 * database's statistics, read once per report. */
export function judgeVerdict(f: Finding, s: Snapshot, store: StoreDef, cat: Catalog, inUse: Set<string>, figures: DatabaseFigures, parsed: boolean): VerdictOut {
  const reasons: VerdictReason[] = [];
  const rebuildable = f.rebuild.paths.length > 0 || f.rebuild.ttl.length > 0;
  // without the parsed structure, rebuild paths are unknown rather than absent
  reasons.push({ condition: 'role', holds: f.role === 'derived' ? true : f.role === 'authoritative' ? false : null, text: f.roleReason, evidence: [] });
  if (f.readsBack.length) {
    reasons.push({ condition: 'reads_back', holds: true, text: `Data read from ${f.storeTitle} flows into ORM writes (${list(f.readsBack.filter((e) => e.kind === 'orm_write').map(at))}): the store is a source, not a projection.`, evidence: f.readsBack });
  }
  reasons.push({
    condition: 'dual_write', holds: f.dualWrite,
    text: f.dualWrite
      ? `An entry path writes both an Odoo record and ${f.storeTitle} (${list(pairs(f.dualWriteEvidence))})${f.paths.some((p) => p.timing !== 'in_transaction') ? '; some of these writes run after commit or in a queue, so a failure leaves the two apart' : ', inside the ORM transaction: a rollback in PostgreSQL does not undo the store write'}.`
      : `No entry path writes both an Odoo record and ${f.storeTitle}.`,
    evidence: f.dualWriteEvidence,
  });
  reasons.push({
    condition: 'rebuild', holds: f.rebuild.paths.length > 0,
    text: f.rebuild.paths.length
      ? `A path repopulates ${f.storeTitle} from PostgreSQL (${list(f.rebuild.paths.filter((e) => e.kind === 'rebuild').map((e) => e.snippet.split(':')[0]!))}, ${list(f.rebuild.paths.filter((e) => e.kind === 'rebuild').map(at))}).`
      : `No path that searches records and repopulates ${f.storeTitle} was found.`,
    evidence: f.rebuild.paths,
  });
  if (f.rebuild.ttl.length) reasons.push({ condition: 'ttl', holds: true, text: `Entries expire (${list(f.rebuild.ttl.map(at))}).`, evidence: f.rebuild.ttl });
  if (f.rebuild.invalidation.length) reasons.push({ condition: 'invalidation', holds: true, text: `Entries are deleted when records change (${list(f.rebuild.invalidation.map(at))}).`, evidence: f.rebuild.invalidation });
  if (f.reconciliation.length) {
    const r = f.reconciliation[0]!;
    reasons.push({ condition: 'reconciliation', holds: true, text: `A reconciliation job compares and repairs the two sides (${r.snippet.split(' compares')[0]}, ${at(r)}): not a fix, but a second permanent cost.`, evidence: f.reconciliation });
  }

  const db = s.database ? (s.database.probes.find((p) => p.id === 'server')?.rows[0]?.database as string | undefined) : undefined;
  const here = db ? `in database ${db}` : 'here';
  const lost = () => {
    const back = f.readsBack.filter((e) => e.kind === 'orm_write').map(at);
    const what = f.models.length ? `the ${f.storeTitle} data of ${modelsText(f)}` : `the data ${f.module} keeps in ${f.storeTitle}`;
    return back.length
      ? `If ${f.storeTitle} vanished, ${what} would be lost: it is read back into the ORM at ${list(back)}, and nothing in PostgreSQL holds it. Move it into PostgreSQL: ${store.replacement.text}`
      : `If ${f.storeTitle} vanished, ${what} written there would be lost${f.dualWrite ? `: it is written alongside the Odoo records (${list(f.dualWriteEvidence.filter((_, i) => i % 2 === 1).map(at))}) with no path to rebuild it` : ''}. Move it into PostgreSQL: ${store.replacement.text}`;
  };

  let verdict: VerdictKind;
  let action: string;
  let text: string;
  let workload: Finding['workload'] = [];
  if (f.role === 'authoritative') {
    verdict = 'refuse';
    action = lost();
    text = `${f.storeTitle} owns data PostgreSQL does not have${f.readsBack.length ? ' (read back into the ORM)' : ''}; ${f.models.length ? `models ${list(f.models.map((m) => m.model))}` : 'no model named'}.`;
  } else if (f.dualWrite && !parsed) {
    verdict = 'review';
    action = `Missing: whether a path rebuilds ${f.storeTitle} from PostgreSQL. It is written alongside Odoo records (${list(f.dualWriteEvidence.map(at))}), and this snapshot has no parsed structure of ${f.module} to look for a rebuild path; collect it again with a current collector.`;
    text = `${f.storeTitle} is dual-written; whether it can be rebuilt is unknown without the parsed code.`;
  } else if (f.dualWrite && !rebuildable) {
    verdict = 'refuse';
    action = lost();
    text = `${f.storeTitle} is written alongside the Odoo records${f.models.length ? ` of ${list(f.models.map((m) => m.model))}` : ''} with no rebuild path or expiry, so the two drift apart for good.`;
  } else if (f.role === 'unknown') {
    verdict = 'review';
    action = `Missing: whether ${f.storeTitle} can be rebuilt from PostgreSQL. No rebuild path, expiry, invalidation or read back into the ORM was found${f.models.length ? '' : ', nor an Odoo model whose data goes there'}; read the code of ${f.module} to decide.`;
    text = `The role of ${f.storeTitle} in ${f.module} is unknown.`;
  } else if (f.models.length === 0) {
    verdict = 'review';
    action = `Missing: the Odoo models whose data goes to ${f.storeTitle}; none was found${s.scan?.structure ? '' : ' (this snapshot has no parsed structure of the code: collect it again with a current collector)'}, so no table can be measured.`;
    text = `${f.storeTitle} looks derived, but no Odoo model whose data it holds was found.`;
  } else {
    const w = measureWorkload(figures, f.models, store, cat, inUse);
    workload = w.tables;
    const tables = list(f.models.map((m) => m.table));
    if (w.gap) {
      verdict = 'review';
      action = `Missing: the workload of ${tables} (${w.gap}). Audit the database to compare it with the thresholds for ${store.category}.`;
      text = `${f.storeTitle} is derived, but the workload of ${tables} is unknown: ${w.gap}.`;
    } else if (w.thresholds.length === 0) {
      verdict = 'review';
      action = `Missing: a threshold in the catalog for ${store.category} stores; the figures of ${tables} cannot be compared.`;
      text = `${f.storeTitle} is derived; the catalog sets no workload threshold for ${store.category}.`;
    } else {
      for (const c of w.comparisons) reasons.push(comparisonReason(c, w));
      const missing = f.models.filter((m) => !w.tables.find((t) => t.table === m.table && t.rows !== null)).map((m) => m.table);
      const over = w.comparisons.filter((c) => c.exceeded === true);
      const unknown = w.comparisons.filter((c) => c.exceeded === null);
      const overText = over.map((c) => `${c.table} ${describeValue(c.metric, c.value!)} against ${describeValue(c.metric, c.threshold)}`);
      if (over.length && rebuildable) {
        verdict = 'keep';
        action = `Keep ${f.storeTitle} while ${list(overText)}. What must stay true: ${list([
          ...(f.rebuild.paths.length ? [`the rebuild path keeps working (${list(f.rebuild.paths.filter((e) => e.kind === 'rebuild').map(at))})`] : []),
          ...(f.rebuild.ttl.length ? ['entries keep expiring (TTL)'] : []),
          `nothing reads ${f.storeTitle} back into the ORM`,
        ])}.`;
        text = `${f.storeTitle} is a rebuildable copy of ${list(f.models.map((m) => m.model))}, and ${here} its workload reaches the threshold (${list(overText)}).`;
      } else if (over.length) {
        verdict = 'review';
        action = `Missing: a rebuild path. The workload reaches the threshold (${list(overText)}), but nothing repopulates ${f.storeTitle} from PostgreSQL: add one (a cron that searches the records and pushes them), then keep it.`;
        text = `${f.storeTitle} looks derived and ${here} its workload reaches the threshold, but it cannot be rebuilt.`;
      } else if (missing.length === f.models.length) {
        verdict = 'review';
        action = `Missing: the tables ${list(missing)} are not in the audited database, so their workload cannot be measured.`;
        text = `The tables of ${list(f.models.map((m) => m.model))} were not found ${here}.`;
      } else if (unknown.length && unknown.some((c) => c.metric.endsWith('per_second')) && w.thresholds.every((t) => t.metric.endsWith('per_second'))) {
        verdict = 'review';
        action = `Missing: the rate of reads and writes on ${tables}: ${w.window.since ? 'no statistics row' : 'the statistics of this database were never reset, so counters have no known window'}. Run pg_stat_reset() and audit again after a representative period.`;
        text = `${f.storeTitle} is derived; ${here} the load on ${tables} cannot be measured yet.`;
      } else {
        verdict = 'replace';
        action = sketch(f, store, w, cat);
        const within = w.comparisons.filter((c) => c.exceeded === false).map((c) => `${c.atMost ? 'at most ' : ''}${describeValue(c.metric, c.value!)} < ${describeValue(c.metric, c.threshold)}`);
        text = `${f.storeTitle} is a derived copy of ${list(f.models.map((m) => m.model))}, and ${here} its workload is well within PostgreSQL (${list([...new Set(within)])}).`;
      }
    }
  }
  if (f.section === 'not_installed') text += ` It does not run ${here}, so this is for when it is installed.`;
  else if (f.section === 'odoo') text += ' This is Odoo\'s own module: listed for context.';
  let severity = f.severity;
  if (verdict === 'refuse' && f.section === 'findings' && severityRank(severity) < severityRank('high')) severity = 'high';
  return { verdict, verdictText: text, reasons, action, severity, workload };
}
