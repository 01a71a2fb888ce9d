// LISTEN/NOTIFY channels from every place they show: code, sessions, database functions,
// modules known to use them, and Odoo's bus traffic.
import { catalog as defaultCatalog, type Catalog } from './catalog';
import type { Channel, ChannelSource } from './report-types';
import { installedModules, runningMatches } from './scope';
import { probeRows, type ProbeRow, type Snapshot } from './snapshot';

const LISTEN_RE = /^\s*listen\s+"?([A-Za-z_][A-Za-z0-9_]*)/i;

/** An Odoo process seen listening from the postgres database, and what ties it to the audited database (empty: nothing). */
export interface OdooListener { application: string; connections: number; tiedBy: string }

function auditedDatabase(s: Snapshot): string | null {
  const db = probeRows(s, 'server')[0]?.database;
  return typeof db === 'string' ? db : null;
}

function inAuditedDatabase(s: Snapshot, r: ProbeRow): boolean {
  return typeof r.in_database === 'boolean' ? r.in_database : r.database === auditedDatabase(s);
}

/**
 * Odoo processes with connections to the postgres database (application_name odoo-<pid>): their
 * bus and cron threads listen there for every database the process serves. Such a listener is
 * server-level unless something ties it to the audited database: a session of the audited
 * database with the same application_name (Odoo names all its connections odoo-<pid>), or the
 * process that collected the snapshot (the Odoo module records its pid).
 */
export function odooListeners(s: Snapshot): OdooListener[] {
  const db = auditedDatabase(s) ?? 'the audited database';
  const byApp = new Map<string, OdooListener>();
  for (const r of probeRows(s, 'listeners')) {
    if (!r.odoo_bus_candidate) continue;
    const app = String(r.application_name);
    let p = byApp.get(app);
    if (!p) byApp.set(app, (p = { application: app, connections: 0, tiedBy: '' }));
    p.connections += 1;
    if (r.same_app_in_database === true) p.tiedBy = `the same process has a session in database ${db}`;
    else if (!p.tiedBy && s.collector.odooPid !== undefined && app === `odoo-${s.collector.odooPid}`) {
      p.tiedBy = `it is the Odoo process that collected this audit of ${db}`;
    }
  }
  return [...byApp.values()].sort((a, b) => a.application.localeCompare(b.application));
}

export function buildChannels(s: Snapshot, cat: Catalog = defaultCatalog): Channel[] {
  const byName = new Map<string, Channel>();
  const get = (name: string): Channel => {
    const key = name.toLowerCase();
    let c = byName.get(key);
    if (!c) byName.set(key, (c = { channel: key, sources: [], listeners: 0 }));
    return c;
  };
  const add = (name: string, src: ChannelSource) => {
    const c = get(name);
    if (!c.sources.some((x) => x.kind === src.kind && x.detail === src.detail)) c.sources.push(src);
  };

  const kinds = new Map(cat.signatures.map((g) => [g.id, g.kind]));
  for (const m of runningMatches(s, cat)) {
    const kind = kinds.get(m.signature);
    if ((kind === 'notify' || kind === 'listen') && m.capture) {
      add(m.capture, { kind: 'code', detail: `${kind === 'notify' ? 'NOTIFY' : 'LISTEN'} in ${m.file}:${m.line}` });
    }
  }
  for (const r of probeRows(s, 'listeners')) {
    const listen = LISTEN_RE.exec(String(r.query ?? ''));
    // a LISTEN hears only the NOTIFY of its own database (snapshots before in_database: by name)
    if (r.last_statement_listen && listen && inAuditedDatabase(s, r)) {
      get(listen[1]!).listeners += 1;
      add(listen[1]!, { kind: 'session', detail: `session ${r.pid} (${r.application_name || 'no application name'}) last ran LISTEN` });
    }
  }
  // Odoo listens from connections to the postgres database (the bus on imbus, cron threads on
  // cron_trigger) whose last statement is usually COMMIT, so they cannot be told apart: count one
  // bus listener per Odoo process, and name both channels; only when the process is tied to the
  // audited database (see odooListeners).
  for (const p of odooListeners(s).filter((x) => x.tiedBy)) {
    const detail = `Odoo process ${p.application}: ${p.connections} connection${p.connections === 1 ? '' : 's'} to database postgres, where Odoo's bus (imbus) and cron threads (cron_trigger) listen; ${p.tiedBy}`;
    get('imbus').listeners += 1;
    add('imbus', { kind: 'session', detail });
    add('cron_trigger', { kind: 'session', detail });
  }
  for (const r of probeRows(s, 'notify_functions')) {
    const names = [r.channels_a, r.channels_b].flatMap((v) => String(v ?? '').split(',')).filter(Boolean);
    const where = `function ${r.schema}.${r.function_name}${r.triggers ? ` (triggers ${r.triggers})` : ''}`;
    for (const n of names) add(n, { kind: 'function', detail: where });
    if (r.dynamic_channel && names.length === 0) add('(dynamic)', { kind: 'function', detail: `${where} computes the channel name` });
  }
  const installed = installedModules(s);
  for (const k of cat.knownChannels) {
    if (installed.has(k.module)) add(k.channel, { kind: 'module', detail: `installed module ${k.module} uses it` });
  }
  const bus = probeRows(s, 'odoo_bus_traffic')[0];
  if (bus && typeof bus.inserts === 'number' && bus.inserts > 0) {
    add('imbus', { kind: 'traffic', detail: `bus_bus: ${bus.inserts ?? 0} messages written${bus.since ? ` since ${bus.since}` : ' since its statistics began (never reset)'}, ${bus.live_rows ?? 0} kept` });
  }
  return [...byName.values()].sort((a, b) => a.channel.localeCompare(b.channel));
}
