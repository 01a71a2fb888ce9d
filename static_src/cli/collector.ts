// Runs the catalog probes over a pg connection: each in its own READ ONLY transaction with
// statement_timeout and lock_timeout, rolled back. A failing probe is recorded, the rest go on.
import type { Client } from 'pg';
import probeSql from 'virtual:probe-sql';
import { catalog as defaultCatalog, type Catalog, type ProbeDef } from '../core/catalog';
import { redact } from '../core/redact';
import type { ProbeResult, ProbeRow } from '../core/snapshot';

export interface ProbeProgress { (event: { probe: string; done: number; total: number }): void }

/** Why a probe cannot run on this database, or null when it can. */
export function probeGate(def: ProbeDef, results: ProbeResult[]): string | null {
  if (!def.requires) return null;
  const server = results.find((r) => r.id === 'server')?.rows[0];
  if (def.requires === 'odoo') return server?.is_odoo === true ? null : 'not an Odoo database';
  const ext = def.requires.replace(/^extension:/, '');
  const installed = results.find((r) => r.id === 'extensions')?.rows.some((r) => r.name === ext && r.installed === true);
  return installed ? null : `extension ${ext} is not installed`;
}

/**
 * Why an Odoo probe cannot read Odoo's tables although they are there (the role lacks USAGE on their
 * schema or SELECT on them), or null. Such a probe is recorded as refused for lack of privilege
 * (42501), not skipped as if the database were not Odoo's.
 */
export function odooDenied(def: ProbeDef, results: ProbeResult[]): string | null {
  if (def.requires !== 'odoo') return null;
  const server = results.find((r) => r.id === 'server')?.rows[0];
  if (!server || server.is_odoo === true || !server.odoo_unreadable) return null;
  return `could not read ${String(server.odoo_unreadable)}: permission denied`;
}

export async function runProbes(
  client: Client,
  cat: Catalog = defaultCatalog,
  onProgress?: ProbeProgress,
): Promise<{ probes: ProbeResult[]; durationMs: number }> {
  const started = Date.now();
  const results: ProbeResult[] = [];
  for (const def of cat.probes) {
    onProgress?.({ probe: def.id, done: results.length, total: cat.probes.length });
    const denied = odooDenied(def, results);
    if (denied) {
      results.push({ id: def.id, status: 'error', rows: [], message: denied, code: '42501', durationMs: 0 });
      continue;
    }
    const gate = probeGate(def, results);
    if (gate) {
      results.push({ id: def.id, status: 'skipped', rows: [], message: gate, durationMs: 0 });
      continue;
    }
    results.push(await runProbe(client, def, cat));
  }
  return { probes: results, durationMs: Date.now() - started };
}

async function runProbe(client: Client, def: ProbeDef, cat: Catalog): Promise<ProbeResult> {
  const sql = probeSql[def.file];
  if (sql === undefined) throw new Error(`probe file missing from the build: ${def.file}`);
  const t0 = Date.now();
  await client.query('BEGIN TRANSACTION READ ONLY');
  try {
    await client.query(`SET LOCAL statement_timeout = ${Math.trunc(cat.limits.statementTimeoutMs)}`);
    await client.query(`SET LOCAL lock_timeout = ${Math.trunc(cat.limits.lockTimeoutMs)}`);
    const res = await client.query<ProbeRow>(sql);
    return { id: def.id, status: 'ok', rows: res.rows.map((r) => redactRow(r, cat)), durationMs: Date.now() - t0 };
  } catch (e) {
    const err = e as { message?: string; code?: string };
    if (!err.code) throw e; // not a server error: the connection itself is gone
    return {
      id: def.id, status: 'error', rows: [], message: redact(err.message ?? String(e), cat.redactions), code: err.code,
      durationMs: Date.now() - t0,
    };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
  }
}

/** Text a probe reads from the server (a session's last statement, an index definition) may hold
 * a secret: it is redacted before it enters the snapshot, as code snippets are. */
function redactRow(row: ProbeRow, cat: Catalog): ProbeRow {
  const out: ProbeRow = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' ? redact(v, cat.redactions) : v;
  return out;
}
