// What the audit could look at: probes that failed or did not run, what the role may see of other
// roles' sessions and statements, and since when the statistics counters run. Capabilities turn
// these into parts that are in_use, not_in_use (looked, found none) or not_checked (with the reason).
import type { CapabilityPart, CapabilityStatus } from './report-types';
import { probeResult, probeRows, type Snapshot } from './snapshot';

/** Counters reset less than this long before the audit cover too short a time to show "not in use". */
export const RECENT_RESET_DAYS = 7;

const ERROR_REASONS: Record<string, string> = {
  '57014': 'the probe was cancelled by statement_timeout',
  '55P03': 'the probe gave up waiting for a lock (lock_timeout)',
  '42501': 'the role lacks the privilege to read it',
  '42P01': 'a relation it reads does not exist here',
  '55000': 'pg_stat_statements is not loaded (shared_preload_libraries)',
};

export interface GapOptions {
  /** A skipped probe (its extension absent, not an Odoo database) means nothing there to find. */
  skippedMeansNone?: boolean;
}

/** Why a probe's answer cannot be relied on, or null when it ran. */
export function probeGap(s: Snapshot, id: string, opts: GapOptions = {}): string | null {
  if (!s.database) return 'no database was audited';
  const p = probeResult(s, id);
  if (!p) return `probe ${id} was not run by this collector`;
  if (p.status === 'ok') return null;
  if (p.status === 'skipped') return opts.skippedMeansNone ? null : p.message ?? 'not run';
  const why = (p.code && ERROR_REASONS[p.code]) ?? 'the probe failed';
  return `${why} (${p.message ?? p.code ?? 'no message'})`;
}

export interface Visibility { visible: boolean; reason: string }

/**
 * Whether the role sees other roles' sessions (their statements) and statements in
 * pg_stat_statements. PostgreSQL 15+ asks for the privileges of pg_read_all_stats (a grant with
 * NOINHERIT holds the role without them); 14 and older, membership alone.
 */
export function statsVisibility(s: Snapshot): Visibility {
  const server = probeRows(s, 'server')[0];
  if (!server) return { visible: false, reason: 'the role\'s privileges are unknown' };
  const role = String(server.role ?? '?');
  if (server.is_superuser === true || server.has_read_all_stats === true) return { visible: true, reason: '' };
  const version = typeof server.server_version_num === 'number' ? server.server_version_num : 0;
  const member = server.member_read_all_stats === true;
  if (member && version > 0 && version < 150000) return { visible: true, reason: '' };
  if (member) {
    return {
      visible: false,
      reason: `role ${role} was granted pg_monitor or pg_read_all_stats without inheriting its privileges (NOINHERIT), and PostgreSQL 15+ asks for the privileges`,
    };
  }
  return { visible: false, reason: `role ${role} does not have the privileges of pg_monitor or pg_read_all_stats` };
}

export interface CounterWindow { since: string | null; recent: boolean; days: number | null }

function window(since: unknown, now: string): CounterWindow {
  if (typeof since !== 'string' || !since) return { since: null, recent: false, days: null };
  const ms = Date.parse(now) - Date.parse(since);
  if (!Number.isFinite(ms)) return { since, recent: false, days: null };
  const days = Math.max(0, ms / 86_400_000);
  return { since, recent: days < RECENT_RESET_DAYS, days };
}

/** Since when the counters of the audited database (pg_stat_database) run. */
export function databaseCounters(s: Snapshot): CounterWindow {
  return window(probeRows(s, 'statistics')[0]?.stats_reset, s.collectedAt);
}

/** Since when pg_stat_statements counts (pg_stat_statements_info, version 1.9+). */
export function statementCounters(s: Snapshot): CounterWindow {
  return window(probeRows(s, 'statements_info')[0]?.stats_reset, s.collectedAt);
}

export function describeWindow(w: CounterWindow): string {
  if (!w.since) return 'never reset';
  const days = w.days === null ? '' : w.days < 1 ? ' (less than a day before the audit)' : ` (${Math.floor(w.days)} day${Math.floor(w.days) === 1 ? '' : 's'} before the audit)`;
  return `since ${w.since}${days}`;
}

/** A part: found something, could not look (gap, or a reason why finding nothing proves nothing), or looked and found none. */
export function part(name: string, found: boolean, gap: string | null, noneProvesNothing: string | null = null): CapabilityPart {
  if (found) return { part: name, status: 'in_use', reason: '' };
  if (gap) return { part: name, status: 'not_checked', reason: gap };
  if (noneProvesNothing) return { part: name, status: 'not_checked', reason: noneProvesNothing };
  return { part: name, status: 'not_in_use', reason: '' };
}

/** The code part of a capability also seen in module code. */
export function codePart(s: Snapshot, found: boolean): CapabilityPart {
  if (!s.scan) return part('code', found, 'no addons folder was scanned');
  // a scan cut short found nothing in the modules it did not reach: not a "not in use"
  return part('code', found, s.scan.stoppedEarly ? `the addons scan stopped early (${s.scan.stoppedEarly})` : null);
}

/** in_use if any item; not_in_use only if every part was looked at; else not_checked. */
export function overallStatus(items: number, parts: CapabilityPart[]): CapabilityStatus {
  if (items > 0) return 'in_use';
  return parts.every((p) => p.status === 'not_in_use') ? 'not_in_use' : 'not_checked';
}
