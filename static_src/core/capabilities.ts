// Probe rows and code matches -> the items of each capability.
import { catalog as defaultCatalog, type Catalog } from './catalog';
import type { Channel, CapabilityReport, Column, Item } from './report-types';
import { probeResult, probeRows, type ProbeRow, type Snapshot } from './snapshot';

const T = (key: string, label: string): Column => ({ key, label, kind: 'text' });
const N = (key: string, label: string): Column => ({ key, label, kind: 'number' });
const B = (key: string, label: string): Column => ({ key, label, kind: 'bytes' });
const Y = (key: string, label: string): Column => ({ key, label, kind: 'bool' });

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const qualified = (r: ProbeRow, key: string): string =>
  r.schema && r.schema !== 'public' ? `${str(r.schema)}.${str(r[key])}` : str(r[key]);

interface Extracted { items: Item[]; columns: Column[]; notes?: string[] }
type Extractor = (s: Snapshot, ctx: Context) => Extracted;

interface Context { cat: Catalog; channels: Channel[] }

const indexes = (s: Snapshot) => probeRows(s, 'indexes');
const opclassIn = (r: ProbeRow, names: string[]) => str(r.opclasses).split(',').some((o) => names.includes(o));
const INDEX_COLS = [T('table', 'Table'), T('index', 'Index'), T('method', 'Method'), T('columns', 'Columns'), B('size', 'Size'), N('scans', 'Scans')];
const indexItem = (r: ProbeRow): Item => ({
  table: qualified(r, 'table_name'), index: str(r.index_name), method: str(r.method), columns: str(r.columns),
  size: num(r.bytes_estimate), scans: num(r.scans), definition: str(r.definition),
});
const installedExtension = (s: Snapshot, name: string) =>
  probeRows(s, 'extensions').find((r) => r.name === name && r.installed === true);

function codeItems(s: Snapshot, ctx: Context, kind: string): Item[] {
  const kinds = new Map(ctx.cat.signatures.map((g) => [g.id, g.kind]));
  return (s.scan?.matches ?? [])
    .filter((m) => kinds.get(m.signature) === kind)
    .map((m) => ({ source: 'code', module: m.module, location: `${m.file}:${m.line}`, snippet: m.snippet }));
}

const EXTRACTORS: Record<string, Extractor> = {
  jsonb: (s) => {
    const odoo = new Map(probeRows(s, 'odoo_jsonb_fields').map((r) => [`${str(r.schema)}.${str(r.table_name)}.${str(r.column_name)}`, r]));
    const indexed = new Set(indexes(s).filter((r) => str(r.column_types).includes('jsonb'))
      .flatMap((r) => str(r.columns).split(',').map((c) => `${str(r.schema)}.${str(r.table_name)}.${c}`)));
    const items = probeRows(s, 'jsonb_columns').map((r): Item => {
      const key = `${str(r.schema)}.${str(r.table_name)}.${str(r.column_name)}`;
      const f = odoo.get(key);
      const modules = f ? str(f.modules).split(',').filter(Boolean) : [];
      const translate = f ? str(f.translate) : '';
      return {
        table: qualified(r, 'table_name'), column: str(r.column_name),
        model: f ? str(f.model) : null, field: f ? str(f.column_name) : null, fieldType: f ? str(f.field_type) : null,
        translated: f ? translate !== '' && translate !== 'false' : null,
        module: modules[0] ?? null, modules: modules.join(', ') || null,
        rows: num(r.rows_estimate), size: num(r.column_bytes_estimate), indexed: indexed.has(key),
      };
    });
    return {
      items,
      columns: [T('table', 'Table'), T('column', 'Column'), T('model', 'Odoo model'), T('field', 'Field'), T('fieldType', 'Field type'),
        Y('translated', 'Translated'), T('module', 'Module'), N('rows', 'Rows (est.)'), B('size', 'Size (est.)'), Y('indexed', 'Indexed')],
    };
  },
  jsonb_indexes: (s) => ({
    items: indexes(s).filter((r) => opclassIn(r, ['jsonb_ops', 'jsonb_path_ops']) || (['gin', 'gist'].includes(str(r.method)) && str(r.column_types).includes('jsonb'))).map(indexItem),
    columns: INDEX_COLS,
  }),
  full_text: (s) => {
    const items: Item[] = [];
    for (const r of probeRows(s, 'tsvector_columns')) {
      items.push({ kind: 'tsvector column', name: `${qualified(r, 'table_name')}.${str(r.column_name)}`, detail: r.generated ? 'generated column' : '', size: null, scans: null });
    }
    const configs = new Set<string>();
    for (const r of indexes(s)) {
      const def = str(r.definition);
      if (!/to_tsvector\s*\(/i.test(def) && !str(r.column_types).includes('tsvector')) continue;
      for (const m of def.matchAll(/to_tsvector\s*\(\s*'([^']+)'/gi)) configs.add(m[1]!);
      items.push({ kind: 'full-text index', name: `${qualified(r, 'table_name')}.${str(r.index_name)}`, detail: `${str(r.method)} on ${str(r.columns)}`, size: num(r.bytes_estimate), scans: num(r.scans) });
    }
    const notes: string[] = [];
    for (const r of probeRows(s, 'text_search_configs')) {
      if (!r.builtin || configs.has(str(r.name)) || configs.has(`${str(r.schema)}.${str(r.name)}`)) {
        items.push({ kind: 'text search configuration', name: qualified(r, 'name'), detail: [r.builtin ? 'built in' : 'custom', r.is_default ? 'default' : '', configs.size && (configs.has(str(r.name)) || configs.has(`${str(r.schema)}.${str(r.name)}`)) ? 'used by an index' : ''].filter(Boolean).join(', '), size: null, scans: null });
      }
      if (r.is_default) notes.push(`Default text search configuration: ${qualified(r, 'name')}.`);
    }
    return { items, notes, columns: [T('kind', 'Kind'), T('name', 'Name'), T('detail', 'Detail'), B('size', 'Size'), N('scans', 'Scans')] };
  },
  trigram: (s) => {
    const items = indexes(s).filter((r) => opclassIn(r, ['gin_trgm_ops', 'gist_trgm_ops'])).map(indexItem);
    const ext = installedExtension(s, 'pg_trgm');
    const notes = ext ? [`pg_trgm ${str(ext.installed_version)} is installed.`] : probeResult(s, 'extensions')?.status === 'ok' ? ['pg_trgm is not installed.'] : [];
    return { items, notes, columns: INDEX_COLS };
  },
  unaccent: (s) => {
    const ext = installedExtension(s, 'unaccent');
    const items: Item[] = indexes(s).filter((r) => /unaccent\s*\(/i.test(str(r.definition))).map(indexItem);
    const notes = ext ? ['The unaccent extension is installed; Odoo uses it in searches when started with --unaccent (a server option the database cannot show).'] : [];
    if (ext) items.unshift({ table: '', index: 'extension unaccent', method: '', columns: '', size: null, scans: null, definition: str(ext.installed_version) });
    return { items, notes, columns: INDEX_COLS };
  },
  listen_notify: (s, ctx) => {
    const usage = probeRows(s, 'notification_queue')[0];
    const notes = usage ? [`Notification queue usage: ${((num(usage.usage) ?? 0) * 100).toFixed(2)}%.`] : [];
    return {
      items: ctx.channels.map((c) => ({ channel: c.channel, listeners: c.listeners, seenBy: [...new Set(c.sources.map((x) => x.kind))].join(', '), detail: c.sources.map((x) => x.detail).join('; ') })),
      notes,
      columns: [T('channel', 'Channel'), N('listeners', 'Listeners'), T('seenBy', 'Seen by'), T('detail', 'Detail')],
    };
  },
  extensions: (s) => ({
    items: probeRows(s, 'extensions').filter((r) => r.installed === true).map((r) => ({ name: str(r.name), version: str(r.installed_version), schema: str(r.schema) })),
    notes: ['pg_trgm', 'unaccent', 'vector', 'pg_stat_statements', 'postgres_fdw', 'btree_gin']
      .filter((n) => probeRows(s, 'extensions').some((r) => r.name === n && r.installed !== true))
      .map((n) => `${n} is available on this server but not installed.`),
    columns: [T('name', 'Extension'), T('version', 'Version'), T('schema', 'Schema')],
  }),
  partitioning: (s) => ({
    items: probeRows(s, 'partitions').map((r) => ({ table: qualified(r, 'table_name'), strategy: str(r.strategy), key: str(r.partition_key), partitions: num(r.partitions), rows: num(r.rows_estimate), size: num(r.bytes_estimate) })),
    columns: [T('table', 'Table'), T('strategy', 'Strategy'), T('key', 'Key'), N('partitions', 'Partitions'), N('rows', 'Rows (est.)'), B('size', 'Size (est.)')],
  }),
  brin: (s) => ({ items: indexes(s).filter((r) => r.method === 'brin').map(indexItem), columns: INDEX_COLS }),
  materialized_views: (s) => ({
    items: probeRows(s, 'matviews').map((r) => ({ view: qualified(r, 'view_name'), populated: r.populated === true, rows: num(r.rows_estimate), size: num(r.bytes_estimate) })),
    columns: [T('view', 'View'), Y('populated', 'Populated'), N('rows', 'Rows (est.)'), B('size', 'Size (est.)')],
  }),
  unlogged_tables: (s) => ({
    items: probeRows(s, 'unlogged_tables').map((r) => ({ table: qualified(r, 'table_name'), rows: num(r.rows_estimate), size: num(r.bytes_estimate) })),
    columns: [T('table', 'Table'), N('rows', 'Rows (est.)'), B('size', 'Size (est.)')],
  }),
  advisory_locks: (s, ctx) => ({
    items: [
      ...probeRows(s, 'advisory_locks').map((r) => ({ source: 'held now', module: null, location: `database ${str(r.database) || '(cluster)'}`, snippet: `${num(r.locks)} locks by ${num(r.sessions)} sessions, ${num(r.waiting)} waiting` })),
      ...codeItems(s, ctx, 'advisory_lock'),
    ],
    columns: [T('source', 'Seen'), T('module', 'Module'), T('location', 'Where'), T('snippet', 'Detail')],
  }),
  skip_locked: (s, ctx) => ({
    notes: probeResult(s, 'statements_skip_locked')?.status === 'ok' || s.scan
      ? []
      : ['SKIP LOCKED queries are seen only in pg_stat_statements (not installed here) or in module code (scan the addons).'],
    items: [
      ...probeRows(s, 'statements_skip_locked').map((r) => ({ source: 'pg_stat_statements', module: null, location: `${num(r.calls)} calls`, snippet: str(r.query) })),
      ...codeItems(s, ctx, 'skip_locked'),
    ],
    columns: [T('source', 'Seen'), T('module', 'Module'), T('location', 'Where'), T('snippet', 'Detail')],
  }),
  pgvector: (s) => ({
    items: [
      ...probeRows(s, 'vector_columns').map((r) => ({ kind: 'column', name: `${qualified(r, 'table_name')}.${str(r.column_name)}`, detail: str(r.column_type), size: null })),
      ...indexes(s).filter((r) => ['hnsw', 'ivfflat'].includes(str(r.method))).map((r) => ({ kind: 'index', name: `${qualified(r, 'table_name')}.${str(r.index_name)}`, detail: str(r.method), size: num(r.bytes_estimate) })),
    ],
    columns: [T('kind', 'Kind'), T('name', 'Name'), T('detail', 'Detail'), B('size', 'Size')],
  }),
  large_objects: (s) => {
    const rows = probeRows(s, 'binary_storage');
    const lo = num(rows[0]?.large_objects_estimate) ?? 0;
    return {
      items: rows.filter((r) => (num(r.column_bytes_estimate) ?? 0) > 0 || (num(r.rows_estimate) ?? 0) > 0)
        .map((r) => ({ table: qualified(r, 'table_name'), column: str(r.column_name), rows: num(r.rows_estimate), size: num(r.column_bytes_estimate) })),
      notes: lo > 0 ? [`About ${lo} large objects (pg_largeobject).`] : [],
      columns: [T('table', 'Table'), T('column', 'Column'), N('rows', 'Rows (est.)'), B('size', 'Size (est.)')],
    };
  },
};

/** Capabilities whose evidence comes from code as well as from the database. */
const CODE_EVIDENCE = new Set(['listen_notify', 'advisory_locks', 'skip_locked']);

export function buildCapabilities(s: Snapshot, channels: Channel[], cat: Catalog = defaultCatalog): CapabilityReport[] {
  return cat.capabilities.map((def) => {
    const extract = EXTRACTORS[def.id];
    if (!extract) throw new Error(`no extractor for capability ${def.id}`);
    const { items, columns, notes = [] } = extract(s, { cat, channels });
    const looked = def.probes.some((p) => probeResult(s, p)?.status === 'ok') || (CODE_EVIDENCE.has(def.id) && s.scan !== null);
    const status = items.length > 0 ? 'in_use' : looked ? 'not_in_use' : 'unknown';
    const summary = status === 'in_use' ? `${items.length} item${items.length === 1 ? '' : 's'}` : status === 'not_in_use' ? 'not in use' : 'not checked';
    return { id: def.id, title: def.title, description: def.description, status, summary, columns, items, notes };
  });
}
