// Snapshot -> report. All judgement lives in static_src/core; both runtimes only collect facts.
import { buildCapabilities } from './capabilities';
import { catalog as defaultCatalog, type Catalog } from './catalog';
import { buildChannels } from './channels';
import { buildFindings } from './findings';
import { REPORT_SCHEMA, REPORT_VERSION, SEVERITIES, severityRank, type Report, type Severity, type Warning } from './report-types';
import { probeResult, probeRows, upgradeSnapshot, type Snapshot } from './snapshot';

const TIMEOUT_CODES: Record<string, string> = {
  '55P03': 'gave up waiting for a lock (lock_timeout): another session holds a conflicting lock, a migration perhaps; run again later',
  '57014': 'was cancelled by statement_timeout',
  '42501': 'was refused for lack of privilege',
};

function warnings(s: Snapshot, cat: Catalog): Warning[] {
  const out: Warning[] = [];
  if (!s.database) out.push({ level: 'info', source: 'database', message: 'No database was audited: capabilities are unknown; only code was scanned.' });
  for (const p of s.database?.probes ?? []) {
    const def = cat.probes.find((d) => d.id === p.id);
    if (p.status === 'error') {
      const why = (p.code && TIMEOUT_CODES[p.code]) ?? 'failed';
      out.push({ level: 'warning', source: `probe ${p.id}`, message: `${def?.description ?? p.id}: ${why} (${p.message ?? 'no message'}).` });
    } else if (p.status === 'skipped') {
      out.push({ level: 'info', source: `probe ${p.id}`, message: `${def?.description ?? p.id}: not run, ${p.message}.` });
    }
  }
  const server = probeRows(s, 'server')[0];
  if (server && !server.is_superuser && !server.has_pg_monitor && !server.has_read_all_stats) {
    const hidden = probeRows(s, 'listeners').filter((r) => r.hidden).length;
    out.push({
      level: 'warning', source: 'privilege',
      message: `Role ${server.role} is not a member of pg_monitor or pg_read_all_stats: sessions of other roles are hidden, so their LISTEN channels could not be seen${hidden ? ` (${hidden} hidden session${hidden === 1 ? '' : 's'})` : ''}. GRANT pg_monitor TO ${server.role}; shows them.`,
    });
  }
  if (!s.scan) out.push({ level: 'info', source: 'scan', message: 'No addons folder was scanned: external stores used by modules are unknown.' });
  const skipped = s.scan?.skipped ?? [];
  if (skipped.length > 0) {
    const reasons = new Map<string, number>();
    for (const f of skipped) {
      const r = f.reason.split(':')[0]!;
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    out.push({ level: 'info', source: 'scan', message: `${skipped.length} file${skipped.length === 1 ? '' : 's'} or folder${skipped.length === 1 ? '' : 's'} skipped: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}.` });
  }
  return out;
}

export function buildReport(snapshot: Snapshot, cat: Catalog = defaultCatalog): Report {
  const s = upgradeSnapshot(snapshot);
  const channels = buildChannels(s, cat);
  const capabilities = buildCapabilities(s, channels, cat);
  const inUse = new Set(capabilities.filter((c) => c.status === 'in_use').map((c) => c.id));
  const { findings: all, mentions, modules } = buildFindings(s, inUse, cat);
  // the summary counts what runs here and is not Odoo's own; the rest is listed apart
  const findings = all.filter((f) => f.section === 'findings');
  const server = probeRows(s, 'server')[0];
  const base = probeRows(s, 'odoo_modules').find((r) => r.name === 'base');
  const cap = (id: string) => capabilities.find((c) => c.id === id)!;
  const worst = findings.reduce<Severity | null>((w, f) => (w === null || severityRank(f.severity) > severityRank(w) ? f.severity : w), null);
  return {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    source: {
      collectedAt: s.collectedAt,
      collector: `${s.collector.name} ${s.collector.version} (${s.collector.runtime})`,
      database: server ? String(server.database) : null,
      serverVersion: server ? String(server.server_version) : null,
      role: server ? String(server.role) : null,
      odooVersion: base && base.version ? String(base.version).split('.').slice(0, 2).join('.') : probeResult(s, 'odoo_modules')?.status === 'ok' ? 'unknown' : null,
      addonsRoots: s.scan?.roots.map((r) => r.path) ?? [],
    },
    summary: {
      capabilitiesInUse: inUse.size,
      capabilitiesKnown: capabilities.length,
      jsonbColumns: cap('jsonb').items.length,
      jsonbBytes: Math.round(cap('jsonb').items.reduce((n, i) => n + (typeof i.size === 'number' ? i.size : 0), 0)),
      ftsIndexes: cap('full_text').items.filter((i) => i.kind === 'full-text index').length,
      trigramIndexes: cap('trigram').items.length,
      channels: channels.length,
      listeners: channels.reduce((n, c) => n + c.listeners, 0),
      findings: findings.length,
      odooFindings: all.filter((f) => f.section === 'odoo').length,
      notInstalledFindings: all.filter((f) => f.section === 'not_installed').length,
      mentions: mentions.length,
      dualWrites: findings.filter((f) => f.dualWrite).length,
      stores: [...new Set(findings.map((f) => f.store))].sort(),
      worstSeverity: worst,
      modulesScanned: s.scan?.modules.length ?? 0,
      filesScanned: s.scan?.filesScanned ?? 0,
    },
    capabilities,
    channels,
    findings: all,
    mentions,
    modules,
    warnings: warnings(s, cat),
    skipped: s.scan?.skipped ?? [],
  };
}

export function parseSeverity(v: string): Severity | null {
  return (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : null;
}
