// What the audited database says about the tables of the models a store touches (probe
// table_activity: statistics only, never the tables), whether the PostgreSQL capability that would
// replace the store is already in use there, and how the figures compare with the catalog's
// thresholds for the store's category.
import type { Catalog, StoreDef, WorkloadMetric, WorkloadThreshold } from './catalog';
import { databaseCounters, probeGap, type CounterWindow } from './coverage';
import { formatBytes } from './format';
import type { ModelUse, TableWorkload } from './report-types';
import { probeRows, type ProbeRow, type Snapshot } from './snapshot';

type Metric = WorkloadMetric;
type Threshold = WorkloadThreshold;

/** The catalog's workload thresholds (manifest.json `workload`): the one place that reads them. */
export function thresholdsOf(cat: Catalog): Threshold[] {
  return cat.workload?.thresholds ?? [];
}

export interface Comparison {
  table: string;
  model: string | null;
  metric: Metric;
  /** null: the figure is unknown (no statistics row, or the statistics window is unknown). */
  value: number | null;
  threshold: number;
  unit: string;
  source: string;
  exceeded: boolean | null;
  /** The value is an upper bound (counters never reset: averaged over the server's uptime, while
   * they may have run longer), so it can prove a rate below a threshold, never above. */
  atMost: boolean;
}

export interface WorkloadResult {
  tables: TableWorkload[];
  comparisons: Comparison[];
  /** Why the statistics could not be read (no database, probe failed), else null. */
  gap: string | null;
  window: CounterWindow;
  thresholds: Threshold[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const sum = (...xs: (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, b) => a + b!, 0));

/** Whether the table already uses the capability that would replace the store (a trigram or
 * full-text index on it, a GIN index, BRIN, partitions), or, for capabilities not tied to one
 * table (UNLOGGED tables, LISTEN/NOTIFY, SKIP LOCKED), whether the database uses it at all. */
function capabilityOnTable(capability: string, row: ProbeRow | undefined, inUse: Set<string>): boolean | null {
  const n = (k: string) => num(row?.[k]) ?? 0;
  switch (capability) {
    case 'full_text':
    case 'trigram':
    case 'unaccent':
      return row ? n('fts_indexes') + n('trigram_indexes') > 0 : null;
    case 'jsonb':
    case 'jsonb_indexes':
      return row ? n('gin_indexes') > 0 : null;
    case 'brin':
      return row ? n('brin_indexes') > 0 : null;
    case 'partitioning':
      return row ? row.partitioned === true : null;
    default:
      return inUse.has(capability);
  }
}

/** What the statistics of the audited database say, read once per report: the table_activity
 * rows by table, the counters' window and the seconds a rate is divided by. */
export interface DatabaseFigures {
  /** Why table_activity could not be read (no database, probe failed), else null. */
  gap: string | null;
  rowsByTable: Map<string, ProbeRow>;
  window: CounterWindow;
  /** Seconds since the counters were reset, or null when never reset. */
  seconds: number | null;
  /** The seconds a rate is divided by: since the reset, or, never reset, the server's uptime
   * (the counters run at least that long, so the rate is an upper bound). */
  rateOver: number | null;
}

export function databaseFigures(s: Snapshot): DatabaseFigures {
  const window = databaseCounters(s);
  const rowsByTable = new Map<string, ProbeRow>();
  // the table in Odoo's schema (public) wins over a namesake elsewhere
  for (const r of probeRows(s, 'table_activity')) {
    const table = String(r.table_name);
    if (!rowsByTable.has(table) || r.schema === 'public') rowsByTable.set(table, r);
  }
  const seconds = window.days !== null && window.days > 0 ? window.days * 86_400 : null;
  const started = probeRows(s, 'statistics')[0]?.server_started;
  const uptime = typeof started === 'string' ? (Date.parse(s.collectedAt) - Date.parse(started)) / 1000 : NaN;
  const boundSeconds = window.since === null && Number.isFinite(uptime) && uptime > 0 ? uptime : null;
  return { gap: probeGap(s, 'table_activity'), rowsByTable, window, seconds, rateOver: seconds ?? boundSeconds };
}

export function measureWorkload(db: DatabaseFigures, models: ModelUse[], store: StoreDef, cat: Catalog, inUse: Set<string>): WorkloadResult {
  const { window, seconds, rateOver } = db;
  const thresholds = thresholdsOf(cat).filter((t) => t.category === store.category);
  if (db.gap) return { tables: [], comparisons: [], gap: db.gap, window, thresholds };
  const tables: TableWorkload[] = [];
  const comparisons: Comparison[] = [];
  const seen = new Set<string>();
  for (const m of models) {
    if (seen.has(m.table)) continue;
    seen.add(m.table);
    const row = db.rowsByTable.get(m.table);
    const perDay = (k: string) => {
      const v = num(row?.[k]);
      return v === null || window.days === null || window.days <= 0 ? null : v / window.days;
    };
    const count = row ? num(row.rows_estimate) ?? num(row.live_rows) : null;
    const tableBytes = row ? num(row.table_bytes) : null;
    const indexBytes = row ? num(row.index_bytes) : null;
    const capabilityInUse = capabilityOnTable(store.replacement.capability, row, inUse);
    const w: TableWorkload = {
      table: m.table, model: m.model, rows: count, tableBytes, indexBytes,
      insertsPerDay: perDay('inserts'), updatesPerDay: perDay('updates'), deletesPerDay: perDay('deletes'),
      seqScansPerDay: perDay('seq_scans'), idxScansPerDay: perDay('idx_scans'),
      capabilityInUse,
      detail: row
        ? `${m.table}: about ${Math.round(count ?? 0).toLocaleString('en-US')} rows, ${formatBytes(tableBytes ?? 0)} of table and ${formatBytes(indexBytes ?? 0)} of indexes${window.days === null ? '; the statistics window is unknown (never reset), so no per-day figures' : ''}`
        : `${m.table}: no such table in the audited database`,
    };
    tables.push(w);
    if (!row) continue;
    const reads = sum(num(row.seq_scans), num(row.idx_scans));
    const writes = sum(num(row.inserts), num(row.updates), num(row.deletes));
    const values: Record<Metric, number | null> = {
      rows: count,
      total_bytes: sum(tableBytes, indexBytes),
      reads_per_second: reads === null || rateOver === null ? null : reads / rateOver,
      writes_per_second: writes === null || rateOver === null ? null : writes / rateOver,
    };
    for (const t of thresholds) {
      const value = values[t.metric];
      const atMost = seconds === null && t.metric.endsWith('per_second') && value !== null;
      const exceeded = value === null ? null : value < t.threshold ? false : atMost ? null : true;
      comparisons.push({ table: m.table, model: m.model, metric: t.metric, value, threshold: t.threshold, unit: t.unit, source: t.description, exceeded, atMost });
    }
  }
  return { tables, comparisons, gap: null, window, thresholds };
}

/** A figure as a consultant reads it: 48k rows, 0.3 GB, 12.5 reads/s. */
export function describeValue(metric: Metric, value: number): string {
  if (metric === 'total_bytes') return formatBytes(value);
  if (metric === 'rows') {
    const n = value >= 1e6 ? `${+(value / 1e6).toFixed(1)}M` : value >= 10_000 ? `${Math.round(value / 1000)}k` : Math.round(value).toLocaleString('en-US');
    return `${n} rows`;
  }
  const unit = metric === 'reads_per_second' ? 'reads/s' : 'writes/s';
  return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(value >= 1 ? 1 : 2)} ${unit}`;
}
