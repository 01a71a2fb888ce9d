// Snapshot -> report. All judgement lives in static_src/core; both runtimes only collect facts.
import { buildCapabilities } from './capabilities';
import { catalog as defaultCatalog, type Catalog } from './catalog';
import { buildChannels } from './channels';
import { databaseCounters, describeWindow, statementCounters, statsVisibility } from './coverage';
import { buildFindings } from './findings';
import { buildInventory } from './inventory';
import { REPORT_SCHEMA, REPORT_VERSION, SEVERITIES, VERDICTS, severityRank, type AuditFacts, type VerdictKind, type CapabilityReport, type Report, type Severity, type Warning } from './report-types';
import { redactDeep } from './redact';
import { probeResult, probeRows, upgradeSnapshot, type Snapshot } from './snapshot';

const TIMEOUT_CODES: Record<string, string> = {
  '55P03': 'gave up waiting for a lock (lock_timeout): another session holds a conflicting lock, a migration perhaps; run again later',
  '57014': 'was cancelled by statement_timeout',
  '42501': 'was refused for lack of privilege',
};

/** Reasons that come from what the user chose not to audit, rather than from what could not be read. */
const NOT_ASKED = ['no addons folder was scanned', 'no database was audited'];

function warnings(s: Snapshot, cat: Catalog, capabilities: CapabilityReport[]): Warning[] {
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
  const vis = statsVisibility(s);
  if (server && !vis.visible) {
    const hidden = probeRows(s, 'listeners').filter((r) => r.hidden === true && r.in_database !== false && !r.odoo_bus_candidate).length;
    const noinherit = server.member_read_all_stats === true;
    out.push({
      level: 'warning', source: 'privilege',
      message: `${vis.reason.charAt(0).toUpperCase()}${vis.reason.slice(1)}: sessions and pg_stat_statements entries of other roles are hidden, so their LISTEN channels and statements could not be seen${hidden ? ` (${hidden} hidden session${hidden === 1 ? '' : 's'} in this database)` : ''}. ${noinherit ? `ALTER ROLE ${server.role} INHERIT; (PostgreSQL 16+: GRANT pg_monitor TO ${server.role} WITH INHERIT TRUE;)` : `GRANT pg_monitor TO ${server.role};`} shows them.`,
    });
  }
  const db = databaseCounters(s);
  if (db.recent) {
    out.push({ level: 'warning', source: 'statistics', message: `The statistics of this database were reset ${describeWindow(db)}: counters (bus traffic, index scans) cover only that time, so what they do not show may still be in use.` });
  }
  const st = statementCounters(s);
  if (st.recent) {
    out.push({ level: 'warning', source: 'statistics', message: `pg_stat_statements was reset ${describeWindow(st)}: statements not run since then are not seen.` });
  }
  for (const c of capabilities.filter((x) => x.status === 'not_checked')) {
    // what the user chose not to audit is said once above (no database, no addons folder)
    const gaps = c.parts.filter((p) => p.status === 'not_checked');
    if (gaps.every((p) => NOT_ASKED.includes(p.reason))) continue;
    out.push({
      level: 'warning', source: `capability ${c.id}`,
      message: `${c.title}: not checked, nothing was found where it could look: ${gaps.map((p) => `${p.part}: ${p.reason}`).join('; ')}.`,
    });
  }
  if (!s.scan) out.push({ level: 'info', source: 'scan', message: 'No addons folder was scanned: external stores used by modules are unknown.' });
  if (s.scan?.stoppedEarly) {
    const n = s.scan.modules.length;
    out.push({ level: 'warning', source: 'scan', message: `The addons scan stopped early (${s.scan.stoppedEarly}): ${n} module${n === 1 ? ' was' : 's were'} scanned, the rest not, so external stores used by the others are unknown and capabilities seen in code may be missing. Rescan with a larger budget (pg_capabilities.rescan_budget_seconds) or scan the addons folders with pgcap.` });
  }
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

/** Every probe of the catalog with what came of it in this snapshot, the role's view of other
 * sessions, and whether the scan ran to its end. */
function auditFacts(s: Snapshot, cat: Catalog): AuditFacts {
  const vis = statsVisibility(s);
  return {
    probes: cat.probes.map((d) => {
      const p = probeResult(s, d.id);
      return {
        id: d.id, description: d.description, status: p ? p.status : 'not_run',
        message: p ? (p.status === 'ok' ? '' : p.message ?? p.code ?? '') : s.database ? 'not run by this collector' : 'no database was audited',
        rows: p?.status === 'ok' ? p.rows.length : 0, durationMs: p ? p.durationMs : null,
      };
    }),
    seesOtherSessions: s.database ? vis.visible : null,
    visibilityReason: s.database && !vis.visible ? vis.reason : '',
    scanStoppedEarly: s.scan?.stoppedEarly ?? null,
  };
}

/** The report of a snapshot. Every text it carries is redacted once more on the way out, whatever
 * collected the snapshot (an older collector, a hand-edited file): secrets never leave. */
export function buildReport(snapshot: Snapshot, cat: Catalog = defaultCatalog): Report {
  return redactDeep(judge(snapshot, cat), cat.redactions);
}

function judge(snapshot: Snapshot, cat: Catalog): Report {
  const s = upgradeSnapshot(snapshot);
  const channels = buildChannels(s, cat);
  const capabilities = buildCapabilities(s, channels, cat);
  const stats = databaseCounters(s);
  const statements = statementCounters(s);
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
      statisticsSince: stats.since,
      statementsSince: statements.since,
    },
    summary: {
      capabilitiesInUse: inUse.size,
      capabilitiesKnown: capabilities.length,
      capabilitiesNotChecked: capabilities.filter((c) => c.status === 'not_checked').length,
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
      verdicts: Object.fromEntries(VERDICTS.map((v) => [v, findings.filter((f) => f.verdict === v).length])) as Record<VerdictKind, number>,
      worstSeverity: worst,
      modulesScanned: s.scan?.modules.length ?? 0,
      filesScanned: s.scan?.filesScanned ?? 0,
    },
    capabilities,
    channels,
    findings: all,
    mentions,
    modules,
    inventory: buildInventory(all, s, cat),
    warnings: warnings(s, cat, capabilities),
    skipped: s.scan?.skipped ?? [],
    audit: auditFacts(s, cat),
  };
}

export function parseSeverity(v: string): Severity | null {
  return (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : null;
}
