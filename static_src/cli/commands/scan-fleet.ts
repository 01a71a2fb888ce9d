// pgcap scan over many databases (--all-databases, --db repeated, --db-file): one report per
// database into --out-dir, and the fleet summary (core/fleet.ts) beside them.
// Exit: 2 when a database or a server could not be audited (after every other one was, and all
// files were written), or when there was nothing to audit; else 1 when a finding of any database
// is at or above --fail-on; else 0.
import path from 'node:path';
import { exportReport, EXTENSION, type Format } from '../../core/export';
import type { EngagementOptions } from '../../core/engagement';
import { buildFleetSummary, exportFleet, FLEET_FORMATS, type FleetFormat, type FleetMember } from '../../core/fleet';
import { buildReport } from '../../core/report';
import type { Acceptance, Severity } from '../../core/report-types';
import { accepted } from '../accept-option';
import { saveAuditTo } from '../audit-store';
import { oneLine, UserError } from '../errors';
import { collectSnapshot } from '../collect';
import { auditOne, fleetTargets, reportFileName, runPool, type Target } from '../fleet';
import { prepareOutDir, writeFile } from '../output';
import type { Progress } from '../progress';
import { exitFor, seconds } from './finish';

export interface FleetOptions {
  targets: Target[];
  allDatabases: boolean;
  include: string[];
  exclude: string[];
  jobs: number;
  addons: string[];
  outDir: string;
  format: Format;
  failOn: Severity | null;
  report: EngagementOptions;
  acceptances: Acceptance[] | null;
  /** --save: the audit store's URL (checked writable before the scan); every audited database is saved there. */
  save?: string;
  /** The scan cache's folder for the addons scan (null: none). */
  cacheDir?: string | null;
}

/** The summary's format: the report's when it is md, html or json; json for the data formats (csv, sarif, cyclonedx). */
export function fleetFormatOf(format: Format): FleetFormat {
  return (FLEET_FORMATS as readonly string[]).includes(format) ? (format as FleetFormat) : 'json';
}

export async function scanFleet(o: FleetOptions, progress: Progress): Promise<number> {
  prepareOutDir(o.outDir);
  const started = Date.now();
  // the addons are scanned once; every database's snapshot shares the result
  let scanned = null;
  if (o.addons.length) {
    progress.update('scanning addons');
    scanned = (await collectSnapshot({ db: null, addons: o.addons, progress: progress.update, totals: progress.live, cacheDir: o.cacheDir, warn: progress.note })).scan;
  }
  progress.update(o.allDatabases ? `listing the databases of ${o.targets.length} server${o.targets.length === 1 ? '' : 's'}` : 'starting');
  const targets = await fleetTargets(o.targets, o);
  const todo = targets.filter((t) => t.target !== null);
  if (targets.length === 0) {
    throw new UserError(`no database to audit${o.include.length || o.exclude.length ? ' (--include and --exclude left none)' : ''}.`);
  }
  const members: FleetMember[] = targets.filter((t) => t.target === null)
    .map((t) => ({ server: t.server, database: null, report: null, error: t.error, collectedAt: new Date().toISOString() }));
  for (const m of members) progress.note(`server ${m.server}: ${m.error}`);
  const used = new Set<string>([`fleet.${fleetFormatOf(o.format)}`]);
  const ext = EXTENSION[o.format];
  let done = 0;
  let failOnHits = 0;
  let saveFailures = 0;
  progress.update(`databases: 0/${todo.length} done`);
  await runPool(todo, o.jobs, async (t) => {
    const r = await auditOne(t.target!, t.database!, scanned, o.addons);
    const member: FleetMember = { server: t.server, database: t.database, report: null, error: r.error, collectedAt: r.collectedAt };
    if (r.snapshot) {
      const report = accepted(buildReport(r.snapshot), o.acceptances);
      member.report = report;
      member.file = reportFileName(t.server, t.database!, ext, used);
      writeFile(path.join(o.outDir, member.file), exportReport(report, o.format, o.report));
      if (o.failOn && exitFor(report, o.failOn, true)) failOnHits += 1;
      if (o.save !== undefined) {
        // one connection and one transaction per audit: a store that fails takes no other database with it
        try {
          await saveAuditTo(o.save, { snapshot: r.snapshot, report, server: t.server });
        } catch (e) {
          saveFailures += 1;
          progress.note(`${t.server}/${t.database}: not saved in the store: ${oneLine((e as Error).message)}`);
        }
      }
    } else {
      progress.note(`${t.server}/${t.database}: ${r.error}`);
    }
    members.push(member);
    done += 1;
    progress.update(`databases: ${done}/${todo.length} done (${t.database})`);
  });
  const summary = buildFleetSummary(members);
  const fleetFile = path.join(o.outDir, `fleet.${fleetFormatOf(o.format)}`);
  writeFile(fleetFile, exportFleet(summary, fleetFormatOf(o.format), o.report));
  progress.note(`wrote ${fleetFile} and ${summary.totals.audited} report${summary.totals.audited === 1 ? '' : 's'} in ${o.outDir}`);
  const t = summary.totals;
  progress.note(`${t.targets} database${t.targets === 1 ? '' : 's'} on ${t.servers} server${t.servers === 1 ? '' : 's'}: ${t.audited} audited, ${t.failed} failed, `
    + `${t.odoo} Odoo; ${t.findings} external-store findings, ${t.dualWrites} dual writes, worst ${t.worstSeverity ?? 'none'}; in ${seconds(started)}.`);
  if (o.save !== undefined && saveFailures === 0) progress.note(`saved ${t.audited} audit${t.audited === 1 ? '' : 's'} in the store`);
  if (saveFailures > 0) {
    process.stderr.write(`pgcap: ${saveFailures} of ${t.audited} audit${t.audited === 1 ? '' : 's'} could not be saved in the store (said above)\n`);
    return 2;
  }
  if (t.failed > 0) {
    process.stderr.write(`pgcap: ${t.failed} of ${t.targets} database${t.targets === 1 ? '' : 's'} or servers could not be audited (listed in ${fleetFile})\n`);
    return 2;
  }
  if (failOnHits > 0) {
    process.stderr.write(`pgcap: ${failOnHits} database${failOnHits === 1 ? ' has' : 's have'} a finding at or above ${o.failOn}\n`);
    return 1;
  }
  return 0;
}
