// LISTEN/NOTIFY channels from every place they show: code, sessions, database functions,
// modules known to use them, and Odoo's bus traffic.
import { catalog as defaultCatalog, type Catalog } from './catalog';
import type { Channel, ChannelSource } from './report-types';
import { probeRows, type Snapshot } from './snapshot';

const LISTEN_RE = /^\s*listen\s+"?([A-Za-z_][A-Za-z0-9_]*)/i;

export function installedModules(s: Snapshot): Set<string> {
  return new Set(probeRows(s, 'odoo_modules').filter((r) => r.state === 'installed' || r.state === 'to upgrade').map((r) => String(r.name)));
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
  for (const m of s.scan?.matches ?? []) {
    const kind = kinds.get(m.signature);
    if ((kind === 'notify' || kind === 'listen') && m.capture) {
      add(m.capture, { kind: 'code', detail: `${kind === 'notify' ? 'NOTIFY' : 'LISTEN'} in ${m.file}:${m.line}` });
    }
  }
  const odooProcesses = new Map<string, number>();
  for (const r of probeRows(s, 'listeners')) {
    const listen = LISTEN_RE.exec(String(r.query ?? ''));
    if (r.last_statement_listen && listen) {
      get(listen[1]!).listeners += 1;
      add(listen[1]!, { kind: 'session', detail: `session ${r.pid} on database ${r.database} (${r.application_name || 'no application name'}) last ran LISTEN` });
    } else if (r.odoo_bus_candidate) {
      const app = String(r.application_name);
      odooProcesses.set(app, (odooProcesses.get(app) ?? 0) + 1);
    }
  }
  // Odoo listens from connections to the postgres database (the bus on imbus, cron threads on
  // cron_trigger) whose last statement is usually COMMIT, so they cannot be told apart: count one
  // bus listener per Odoo process, and name both channels.
  for (const [app, n] of odooProcesses) {
    const detail = `Odoo process ${app}: ${n} connection${n === 1 ? '' : 's'} to database postgres, where Odoo's bus (imbus) and cron threads (cron_trigger) listen`;
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
  if (bus) {
    add('imbus', { kind: 'traffic', detail: `bus_bus: ${bus.inserts ?? 0} messages written${bus.since ? ` since ${bus.since}` : ' since statistics were reset'}, ${bus.live_rows ?? 0} kept` });
  }
  return [...byName.values()].sort((a, b) => a.channel.localeCompare(b.channel));
}
