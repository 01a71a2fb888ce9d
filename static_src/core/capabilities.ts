// Probe rows and code matches -> the items of each capability.
import { catalog as defaultCatalog, type Catalog } from './catalog';
import { odooListeners } from './channels';
import { codePart, databaseCounters, describeWindow, overallStatus, part, probeGap, statementCounters, statsVisibility } from './coverage';
import type { CapabilityPart, Channel, CapabilityReport, Column, Item, Report } from './report-types';
import { runningMatches } from './scope';
import { probeResult, probeRows, type ProbeRow, type SignatureMatch, type Snapshot } from './snapshot';

const T = (key: string, label: string): Column => ({ key, label, kind: 'text' });
const N = (key: string, label: string): Column => ({ key, label, kind: 'number' });
const B = (key: string, label: string): Column => ({ key, label, kind: 'bytes' });
const Y = (key: string, label: string): Column => ({ key, label, kind: 'bool' });

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const qualified = (r: ProbeRow, key: string): string =>
  r.schema && r.schema !== 'public' ? `${str(r.schema)}.${str(r[key])}` : str(r[key]);

/** parts: where the capability was looked for; by default, one part per probe of the catalog. */
interface Extracted { items: Item[]; columns: Column[]; notes?: string[]; parts?: CapabilityPart[] }
type Extractor = (s: Snapshot, ctx: Context) => Extracted;

/** What every extractor may use; `running` (code that runs here) is worked out once per report. */
interface Context { cat: Catalog; channels: Channel[]; running: SignatureMatch[] }

const indexes = (s: Snapshot) => probeRows(s, 'indexes');
const opclassIn = (r: ProbeRow, names: string[]) => str(r.opclasses).split(',').some((o) => names.includes(o));
const INDEX_COLS = [T('table', 'Table'), T('index', 'Index'), T('method', 'Method'), T('columns', 'Columns'), B('size', 'Size'), N('scans', 'Scans')];
const indexItem = (r: ProbeRow): Item => ({
  table: qualified(r, 'table_name'), index: str(r.index_name), method: str(r.method), columns: str(r.columns),
  size: num(r.bytes_estimate), scans: num(r.scans), definition: str(r.definition),
});
const installedExtension = (s: Snapshot, name: string) =>
  probeRows(s, 'extensions').find((r) => r.name === name && r.installed === true);
const gap = probeGap;
const none = (s: Snapshot, id: string) => probeGap(s, id, { skippedMeansNone: true });

// Notes that speak of the server rather than the audited database: the fleet summary
// (core/fleet.ts) reads them back from reports to say them once per server.
const QUEUE_NOTE = 'Notification queue usage (server-wide):';
const ODOO_SERVER_NOTE = 'An Odoo server on this PostgreSQL listens';
const AVAILABLE_NOTE = ' is available on this server but not installed.';

/** The notes of a report about the whole server: the notification queue, Odoo processes listening from database postgres. */
export function serverWideNotes(r: Report): string[] {
  return (r.capabilities.find((c) => c.id === 'listen_notify')?.notes ?? []).filter((n) => n.startsWith(QUEUE_NOTE) || n.startsWith(ODOO_SERVER_NOTE));
}

/** Extensions a report shows the server has: installed in the database (and still on the server), or notable and available. */
export function serverExtensions(r: Report): string[] {
  const ext = r.capabilities.find((c) => c.id === 'extensions');
  if (!ext) return [];
  const installed = ext.items.filter((i) => i.available !== null).map((i) => String(i.name));
  const available = ext.notes.filter((n) => n.endsWith(AVAILABLE_NOTE)).map((n) => n.slice(0, -AVAILABLE_NOTE.length));
  return [...installed, ...available];
}

/** A note on an extension a capability needs: installed, available to install, or absent from the server. */
function extensionNote(s: Snapshot, name: string, purpose: string): string[] {
  if (probeResult(s, 'extensions')?.status !== 'ok') return [];
  const row = probeRows(s, 'extensions').find((r) => r.name === name);
  if (row?.installed === true) {
    const outdated = row.available_version && row.installed_version !== row.available_version;
    return [`${name} ${str(row.installed_version)} is installed${outdated ? ` (the server has ${str(row.available_version)}: ALTER EXTENSION ${name} UPDATE)` : ''}.`];
  }
  if (row) return [`${name} is not installed; the server has it (${str(row.available_version)}): CREATE EXTENSION ${name} for ${purpose}.`];
  return [`${name} is not available on this server: its package must be installed before CREATE EXTENSION ${name} (${purpose}).`];
}

/** Indexes covering a jsonb column, from the jsonb_indexes probe (not the ones using it only in a predicate or INCLUDE). */
const jsonbIndexRows = (s: Snapshot) => probeRows(s, 'jsonb_indexes').filter((r) => r.via === 'column' || r.via === 'expression');

function codeItems(ctx: Context, kind: string): Item[] {
  const kinds = new Map(ctx.cat.signatures.map((g) => [g.id, g.kind]));
  return ctx.running
    .filter((m) => kinds.get(m.signature) === kind)
    .map((m) => ({ source: 'code', module: m.module, location: `${m.file}:${m.line}`, snippet: m.snippet }));
}

const EXTRACTORS: Record<string, Extractor> = {
  jsonb: (s) => {
    const odoo = new Map(probeRows(s, 'odoo_jsonb_fields').map((r) => [`${str(r.schema)}.${str(r.table_name)}.${str(r.column_name)}`, r]));
    // indexes per column: every index on it or on an expression of it (jsonb_indexes); snapshots
    // without that probe: the GIN/GiST indexes whose key is the column itself
    const byColumn = new Map<string, string[]>();
    const addIndex = (key: string, text: string) => byColumn.set(key, [...(byColumn.get(key) ?? []), text]);
    if (probeResult(s, 'jsonb_indexes')) {
      for (const r of jsonbIndexRows(s)) {
        addIndex(`${str(r.schema)}.${str(r.table_name)}.${str(r.column_name)}`, `${str(r.index_name)} (${str(r.method)} ${str(r.opclasses)}${r.via === 'expression' ? ' on an expression' : ''}${r.is_valid === false ? ', INVALID' : ''})`);
      }
    } else {
      for (const r of indexes(s).filter((x) => str(x.column_types).includes('jsonb'))) {
        for (const c of str(r.columns).split(',')) addIndex(`${str(r.schema)}.${str(r.table_name)}.${c}`, `${str(r.index_name)} (${str(r.method)} ${str(r.opclasses)})`);
      }
    }
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
        rows: num(r.rows_estimate), size: num(r.column_bytes_estimate), indexed: byColumn.has(key),
        indexes: byColumn.get(key)?.join('; ') ?? null,
      };
    });
    return {
      items,
      parts: [
        part('columns', items.length > 0, gap(s, 'jsonb_columns')),
        part('Odoo fields', items.some((i) => i.model !== null), none(s, 'odoo_jsonb_fields')),
      ],
      columns: [T('table', 'Table'), T('column', 'Column'), T('model', 'Odoo model'), T('field', 'Field'), T('fieldType', 'Field type'),
        Y('translated', 'Translated'), T('module', 'Module'), N('rows', 'Rows (est.)'), B('size', 'Size (est.)'), T('indexes', 'Indexes')],
    };
  },
  jsonb_indexes: (s) => {
    const items: Item[] = jsonbIndexRows(s).map((r) => ({
      table: qualified(r, 'table_name'), column: str(r.column_name), index: str(r.index_name), method: str(r.method),
      opclass: str(r.opclasses), key: r.via === 'column' ? str(r.column_name) : str(r.keys),
      valid: r.is_valid === true, size: num(r.bytes_estimate), scans: num(r.scans), definition: str(r.definition),
    }));
    const invalid = items.filter((i) => i.valid === false).map((i) => str(i.index));
    return {
      items,
      notes: invalid.length ? [`Invalid (a failed CREATE INDEX CONCURRENTLY; never used, still maintained): ${invalid.join(', ')}.`] : [],
      parts: [part('indexes', items.length > 0, gap(s, 'jsonb_indexes'))],
      columns: [T('table', 'Table'), T('column', 'Column'), T('index', 'Index'), T('method', 'Method'), T('opclass', 'Operator class'),
        T('key', 'Key'), Y('valid', 'Valid'), B('size', 'Size'), N('scans', 'Scans')],
    };
  },
  full_text: (s) => {
    const items: Item[] = [];
    const columns = probeRows(s, 'tsvector_columns').length;
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
    const ftsIndexes = items.filter((i) => i.kind === 'full-text index').length;
    const configItems = items.filter((i) => i.kind === 'text search configuration').length;
    return {
      items, notes,
      parts: [
        part('tsvector columns', columns > 0, gap(s, 'tsvector_columns')),
        part('indexes', ftsIndexes > 0, gap(s, 'indexes')),
        part('text search configurations', configItems > 0, gap(s, 'text_search_configs')),
      ],
      columns: [T('kind', 'Kind'), T('name', 'Name'), T('detail', 'Detail'), B('size', 'Size'), N('scans', 'Scans')],
    };
  },
  trigram: (s) => {
    const items = indexes(s).filter((r) => opclassIn(r, ['gin_trgm_ops', 'gist_trgm_ops'])).map(indexItem);
    const notes = extensionNote(s, 'pg_trgm', "trigram indexes (Odoo's index='trigram')");
    return { items, notes, parts: [part('indexes', items.length > 0, gap(s, 'indexes'))], columns: INDEX_COLS };
  },
  unaccent: (s) => {
    const ext = installedExtension(s, 'unaccent');
    const indexItems: Item[] = indexes(s).filter((r) => /unaccent\s*\(/i.test(str(r.definition))).map(indexItem);
    const functions = probeRows(s, 'unaccent_function');
    // Odoo's --unaccent (odoo/modules/db.py has_unaccent): public.unaccent with one argument; used
    // in trigram indexes only when IMMUTABLE. A server option the database cannot show.
    const odooFn = functions.find((r) => r.schema === 'public');
    const fnItems: Item[] = functions.filter((r) => r.schema === 'public' || !r.extension)
      .map((r) => ({ table: '', index: `function ${str(r.schema)}.unaccent(${str(r.arguments)})`, method: str(r.volatility), columns: '', size: null, scans: null, definition: r.extension ? `from extension ${str(r.extension)}` : `${str(r.language)} wrapper` }));
    const items: Item[] = [
      ...(ext ? [{ table: '', index: 'extension unaccent', method: '', columns: '', size: null, scans: null, definition: str(ext.installed_version) }] : []),
      ...fnItems, ...indexItems,
    ];
    const notes = extensionNote(s, 'unaccent', "accent-insensitive search, Odoo's --unaccent");
    if (probeResult(s, 'unaccent_function')?.status === 'ok') {
      if (!odooFn) notes.push(`Odoo's --unaccent finds no public.unaccent(text) here${functions.length ? ` (there is ${functions.map((r) => `${str(r.schema)}.unaccent`).join(', ')}, outside public)` : ''}: it would search without unaccent.`);
      else if (odooFn.volatility === 'immutable') notes.push("public.unaccent(text) is IMMUTABLE: with --unaccent, Odoo uses it in searches and in its trigram indexes.");
      else notes.push(`public.unaccent(text) is ${str(odooFn.volatility).toUpperCase()}: with --unaccent, Odoo uses it in searches but not in its trigram indexes (Odoo 17 warns that it is not immutable); an IMMUTABLE wrapper named public.unaccent(text) makes it indexable.`);
    }
    return {
      items, notes,
      parts: [
        part('extension', !!ext, gap(s, 'extensions')),
        part('function', fnItems.length > 0, gap(s, 'unaccent_function')),
        part('indexes', indexItems.length > 0, gap(s, 'indexes')),
      ],
      columns: INDEX_COLS,
    };
  },
  listen_notify: (s, ctx) => {
    const usage = probeRows(s, 'notification_queue')[0];
    const notes = usage ? [`${QUEUE_NOTE} ${((num(usage.usage) ?? 0) * 100).toFixed(2)}%.`] : [];
    for (const p of odooListeners(s).filter((x) => !x.tiedBy)) {
      notes.push(`${ODOO_SERVER_NOTE} on imbus (process ${p.application}, ${p.connections} connection${p.connections === 1 ? '' : 's'} to database postgres); nothing ties it to this database, so it is not counted here.`);
    }
    const from = (kind: string) => ctx.channels.some((c) => c.sources.some((x) => x.kind === kind));
    const vis = statsVisibility(s);
    const hidden = probeRows(s, 'listeners').filter((r) => r.hidden === true && r.in_database !== false && !r.odoo_bus_candidate).length;
    const counters = databaseCounters(s);
    return {
      parts: [
        codePart(s, from('code')),
        part('sessions', from('session'), gap(s, 'listeners'),
          !vis.visible && hidden > 0 ? `${hidden} session${hidden === 1 ? '' : 's'} of other roles in this database could not be read: ${vis.reason}` : null),
        part('database functions', from('function'), gap(s, 'notify_functions')),
        part('Odoo modules', from('module'), none(s, 'odoo_modules')),
        part('bus traffic', from('traffic'), none(s, 'odoo_bus_traffic'),
          counters.recent && probeRows(s, 'odoo_bus_traffic').length > 0 ? `statistics of this database were reset recently (${describeWindow(counters)})` : null),
      ],
      items: ctx.channels.map((c) => ({ channel: c.channel, listeners: c.listeners, seenBy: [...new Set(c.sources.map((x) => x.kind))].join(', '), detail: c.sources.map((x) => x.detail).join('; ') })),
      notes,
      columns: [T('channel', 'Channel'), N('listeners', 'Listeners'), T('seenBy', 'Seen by'), T('detail', 'Detail')],
    };
  },
  extensions: (s) => {
    const rows = probeRows(s, 'extensions');
    const items = rows.filter((r) => r.installed === true).map((r) => ({
      name: str(r.name), version: str(r.installed_version), available: r.available_version == null ? null : str(r.available_version),
      outdated: r.available_version != null && r.installed_version !== r.available_version, schema: str(r.schema),
    }));
    const outdated = items.filter((i) => i.outdated);
    const gone = items.filter((i) => i.available === null);
    return {
      items,
      notes: [
        ...outdated.map((i) => `${i.name} ${i.version} is older than the server's ${str(i.available)}: ALTER EXTENSION ${i.name} UPDATE.`),
        ...gone.map((i) => `${i.name} ${i.version} is installed but the server no longer has its files.`),
        ...['pg_trgm', 'unaccent', 'vector', 'pg_stat_statements', 'postgres_fdw', 'btree_gin']
          .filter((n) => rows.some((r) => r.name === n && r.installed !== true))
          .map((n) => `${n}${AVAILABLE_NOTE}`),
      ],
      parts: [part('extensions', items.length > 0, gap(s, 'extensions'))],
      columns: [T('name', 'Extension'), T('version', 'Installed'), T('available', 'Server has'), Y('outdated', 'Outdated'), T('schema', 'Schema')],
    };
  },
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
    parts: [
      part('locks held now', probeRows(s, 'advisory_locks').some((r) => (num(r.locks) ?? 0) > 0), gap(s, 'advisory_locks')),
      codePart(s, codeItems(ctx, 'advisory_lock').length > 0),
    ],
    items: [
      ...probeRows(s, 'advisory_locks').filter((r) => (num(r.locks) ?? 0) > 0).map((r) => ({ source: 'held now', module: null, location: `database ${str(r.database) || '(cluster)'}`, snippet: `${num(r.locks)} locks by ${num(r.sessions)} sessions, ${num(r.waiting)} waiting` })),
      ...codeItems(ctx, 'advisory_lock'),
    ],
    columns: [T('source', 'Seen'), T('module', 'Module'), T('location', 'Where'), T('snippet', 'Detail')],
  }),
  skip_locked: (s, ctx) => ({
    notes: [
      ...(probeResult(s, 'statements_skip_locked')?.status === 'ok' || s.scan
        ? []
        : ['SKIP LOCKED queries are seen only in pg_stat_statements (not installed here) or in module code (scan the addons).']),
      ...(probeResult(s, 'statements_info')?.status === 'ok' ? [`pg_stat_statements counts ${describeWindow(statementCounters(s))}.`] : []),
    ],
    parts: [statementsPart(s), codePart(s, codeItems(ctx, 'skip_locked').length > 0)],
    items: [
      ...probeRows(s, 'statements_skip_locked').map((r) => ({ source: 'pg_stat_statements', module: null, location: `${num(r.calls)} calls`, snippet: str(r.query) })),
      ...codeItems(ctx, 'skip_locked'),
    ],
    columns: [T('source', 'Seen'), T('module', 'Module'), T('location', 'Where'), T('snippet', 'Detail')],
  }),
  pgvector: (s) => ({
    notes: extensionNote(s, 'vector', 'embedding columns and their HNSW/IVFFlat indexes'),
    parts: [
      part('columns', probeRows(s, 'vector_columns').length > 0, none(s, 'vector_columns')),
      part('indexes', indexes(s).some((r) => ['hnsw', 'ivfflat'].includes(str(r.method))), gap(s, 'indexes')),
    ],
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

/**
 * SKIP LOCKED statements from pg_stat_statements: not checked when it is not installed or cannot be
 * read, when the role cannot read other roles' statements, or when it was reset recently.
 */
function statementsPart(s: Snapshot): CapabilityPart {
  const found = probeRows(s, 'statements_skip_locked').length > 0;
  const skipped = probeResult(s, 'statements_skip_locked');
  const missing = skipped?.status === 'skipped' ? 'pg_stat_statements is not installed in this database' : null;
  const info = probeRows(s, 'statements_info')[0];
  const vis = statsVisibility(s);
  const hidden = num(info?.hidden_statements) ?? 0;
  const counters = statementCounters(s);
  const why = !vis.visible && hidden > 0
    ? `${hidden} statement${hidden === 1 ? '' : 's'} of other roles could not be read: ${vis.reason}`
    : counters.recent ? `pg_stat_statements was reset recently (${describeWindow(counters)})` : null;
  return part('statements', found, missing ?? gap(s, 'statements_skip_locked'), why);
}

export function buildCapabilities(s: Snapshot, channels: Channel[], cat: Catalog = defaultCatalog): CapabilityReport[] {
  const ctx: Context = { cat, channels, running: runningMatches(s, cat) };
  return cat.capabilities.map((def) => {
    const extract = EXTRACTORS[def.id];
    if (!extract) throw new Error(`no extractor for capability ${def.id}`);
    const { items, columns, notes = [], parts: found } = extract(s, ctx);
    const parts = found ?? def.probes.map((p) => part(p.replace(/_/g, ' '), items.length > 0, gap(s, p)));
    const status = overallStatus(items.length, parts);
    const summary = status === 'in_use' ? `${items.length} item${items.length === 1 ? '' : 's'}` : status === 'not_in_use' ? 'not in use' : 'not checked';
    return { id: def.id, title: def.title, description: def.description, status, summary, parts, columns, items, notes };
  });
}
