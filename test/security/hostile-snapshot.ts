// The injection fixture: the demo snapshot (a real audit, test/fixtures/demo/snapshot.json) with one
// hostile text carried by every datum an export or the dashboard shows: module names, folders,
// files, snippets, scopes, manifest facts, channel names (a notify function's probe row and a
// NOTIFY in code), jsonb table and column names, Odoo models, index and extension names, a probe
// error (a warning, a capability not checked), a skipped file, the server's database and role
// names, the collector and the dates. Rendered with a harmless text in its place, it gives the
// shape every export must keep.
import fs from 'node:fs';
import path from 'node:path';
import type { ProbeResult, ProbeRow, Snapshot } from '../../static_src/core/snapshot';

const DEMO: Snapshot = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/demo/snapshot.json'), 'utf8'));

/** A hostile addons root (absolute, so SARIF names it by a file: URI). */
export const HOSTILE_ROOT = (p: string) => `/srv/odoo/addons ${p}`;

export function hostileSnapshot(p: string): Snapshot {
  const s: Snapshot = JSON.parse(JSON.stringify(DEMO));
  s.collectedAt = `${s.collectedAt}${p}`;
  s.collector = { name: `pgcap${p}`, version: `0.1${p}`, runtime: `node${p}` };

  // ---- the database ----
  const probes = s.database!.probes;
  const probe = (id: string): ProbeResult => {
    let r = probes.find((x) => x.id === id);
    if (!r) probes.push((r = { id, status: 'ok', rows: [], durationMs: 1 }));
    return r;
  };
  const rows = (id: string, ...add: ProbeRow[]) => probe(id).rows.push(...add);
  // a role without pg_monitor: the privilege warning names it
  Object.assign(probe('server').rows[0]!, { database: `odoo${p}`, role: `auditor${p}`, server_version: `17.10${p}`, is_superuser: false, has_pg_monitor: false, has_read_all_stats: false });
  rows('statistics', { stats_reset: `2025-01-01${p}` });

  // the hostile text first, where a spreadsheet or a Markdown line would read it first
  const mod = { a: `${p}a`, b: `${p}b`, c: `${p}c`, d: `${p}d` };
  rows('odoo_modules',
    { name: mod.a, state: 'installed', author: `Evil${p}`, version: `17.0.1.0${p}`, license: `LGPL${p}` },
    { name: mod.b, state: 'installed', author: `Evil${p}`, version: `17.0.1.0${p}`, license: `LGPL${p}` },
    { name: mod.c, state: 'installed', author: `Evil${p}`, version: `17.0.1.0${p}`, license: `LGPL${p}` });
  rows('jsonb_columns', { schema: `s${p}`, table_name: `t${p}`, column_name: `c${p}`, rows_estimate: 10, table_bytes_estimate: 8192, avg_width: 20, null_frac: 0, column_bytes_estimate: 900000 });
  rows('odoo_jsonb_fields', { schema: `s${p}`, table_name: `t${p}`, column_name: `c${p}`, model: `x.model${p}`, field_type: `json${p}`, translate: 'false', matched_by: 'table name', modules: mod.a });
  rows('indexes', { schema: `s${p}`, table_name: `t${p}`, index_name: `i${p}`, method: 'gin', definition: `CREATE INDEX i${p} USING gin (c gin_trgm_ops)`, opclasses: 'gin_trgm_ops', column_types: 'text', columns: `c${p}`, bytes_estimate: 8192, scans: 3, is_valid: true });
  // channel names are listed comma-separated by the probe: one name cannot hold a comma
  rows('notify_functions', { schema: `s${p}`, function_name: `f${p}`, channels_a: `${p}ch`.replace(/,/g, ''), channels_b: null, dynamic_channel: false, triggers: `tr${p}` });
  rows('extensions', { name: `ext${p}`, installed: true, installed_version: `1.0${p}`, available_version: `1.1${p}`, schema: `s${p}` });
  Object.assign(probe('partitions'), { status: 'error', code: '57014', message: `canceling statement ${p}`, rows: [] });

  // ---- the addons ----
  const scan = s.scan!;
  scan.roots.push({ path: HOSTILE_ROOT(p), modules: 4 });
  const root = scan.roots.length - 1;
  const facts = { root, version: `1.0${p}`, author: `Evil${p}`, summary: `Summary${p}`, license: `LGPL-3`, website: `https://example.com/${p}`, installable: true, inOdooTree: false, files: 3 };
  scan.modules.push(
    { ...facts, name: mod.a, path: mod.a, depends: [] },
    { ...facts, name: mod.b, path: mod.b, depends: [mod.a] },
    { ...facts, name: mod.c, path: mod.c, depends: [] },
    { ...facts, name: mod.d, path: mod.d, depends: [] },
  );
  const py = `${mod.a}/models/m${p}.py`;
  const scope = `Model${p}.write`;
  scan.matches.push(
    { module: mod.a, file: py, line: 1, signature: 'redis.import', scope: '', bound: ['redis'], used: true, snippet: `import redis  # ${p}` },
    { module: mod.a, file: py, line: 10, signature: 'redis.client', scope, snippet: `${p} = redis.Redis(host="${p}")` },
    { module: mod.a, file: py, line: 11, signature: 'odoo.orm_write', scope, snippet: `res = super().write({"name": "${p}"})` },
    { module: mod.a, file: py, line: 12, signature: 'redis.write', scope, snippet: `r.set("${p}", 1)` },
    { module: mod.a, file: py, line: 20, signature: 'pg.notify', scope, capture: `${p}code`, snippet: `self.env.cr.execute("NOTIFY ${p}")` },
    { module: mod.b, file: `${mod.b}/data/p${p}.xml`, line: 3, signature: 'redis.config_xml', scope: '', snippet: `<field name="key">redis.url${p}</field>` },
    { module: mod.c, file: `${mod.c}/tests/t${p}.py`, line: 2, signature: 'redis.import', scope: '', bound: ['redis'], used: true, snippet: `import redis  # ${p}` },
    { module: mod.d, file: `${mod.d}/m${p}.py`, line: 5, signature: 'redis.client', scope: '', snippet: `redis.Redis("${p}")` },
  );
  scan.skipped.push({ file: `${mod.a}/static/b${p}.bin`, reason: `binary${p}: ${p}` });
  return s;
}
