// pgcap fleet --from URL: the fleet summary of the audits kept in a store, the newest of each
// (server, database), rendered as "pgcap scan --all-databases" renders it after a scan.
import { buildFleetSummary, exportFleet, FLEET_FORMATS, fleetReportProblem, type FleetFormat, type FleetMember } from '../../core/fleet';
import { latestAudits, withStore } from '../audit-store';
import { COMMON, dbUrlOf, parse, REPORT_HELP, REPORT_OPTIONS, reportOptionsOf } from '../args';
import { UserError } from '../errors';
import { checkOutFile, emitText } from '../output';
import { progressReporter } from '../progress';
import { printHelp } from './finish';

export const HELP = `Usage: pgcap fleet --from URL [--server HOST:PORT] [--database NAME] [--format md|html|json] [--out FILE]

The fleet summary of the audits saved in the store at URL (by "pgcap scan --save", with or without
--all-databases, or "pgcap save"): for each server and database, its newest audit, as judged when it
was saved. Per database: the Odoo version, capabilities in use, second stores, verdicts, dual
writes; the server's facts once per server. Databases that failed in a past fleet scan are not
saved, so they do not appear here: the summary "pgcap scan --all-databases" writes lists them.
The role needs USAGE on schema pgcap and SELECT on its tables, nothing more.

  --from URL          the store (postgresql://user:password@host:port/dbname; the password may come
                      from PGPASSWORD or ~/.pgpass, and is never printed)
  --server HOST:PORT  only this server, as "pgcap history" shows it
  --database NAME     only this database
  --format FORMAT     ${FLEET_FORMATS.join(', ')} (default md)
  --out FILE          write the summary to FILE instead of standard output (its folder must exist)
${REPORT_HELP}
  --quiet             no "wrote FILE" on stderr
  --debug             stack traces on errors`;

export async function fleet(args: string[]): Promise<number> {
  const { values } = parse('fleet', { args, strict: true, options: { ...COMMON, ...REPORT_OPTIONS,
    from: { type: 'string' }, server: { type: 'string' }, database: { type: 'string' }, format: { type: 'string' },
    out: { type: 'string' }, quiet: { type: 'boolean' },
  } });
  if (values.help) return printHelp(HELP);
  if (values.from === undefined) throw new UserError('give the store with --from URL. Run "pgcap fleet --help".');
  const url = dbUrlOf(values.from, '--from');
  const format = (values.format ?? 'md') as FleetFormat;
  if (!(FLEET_FORMATS as readonly string[]).includes(format)) throw new UserError(`unknown --format ${values.format}; use one of ${FLEET_FORMATS.join(', ')}.`);
  const reportOptions = reportOptionsOf(values);
  if (values.out !== undefined) checkOutFile(values.out, '--out');
  const saved = await withStore(url, (store) => latestAudits(store, { server: values.server, database: values.database }));
  if (saved.length === 0) {
    throw new UserError(`no audit saved in the store${values.server !== undefined || values.database !== undefined ? ' for this server or database' : ''}: "pgcap scan --save URL" saves one.`);
  }
  // an audit saved without a server (pgcap save without --server, an addons-only scan) is grouped under a label
  // a saved report the summary cannot read (the store is written by every role that saves) is
  // listed as not summarised, with why; the others go on
  const members: FleetMember[] = saved.map((a) => {
    const problem = fleetReportProblem(a.report);
    return {
      server: a.server ?? 'server not recorded', database: a.database ?? a.report.source.database ?? 'database not recorded',
      report: problem ? null : a.report, error: problem ? `audit ${a.id}: its saved report is damaged: ${problem}` : null, collectedAt: a.collectedAt,
    };
  });
  const progress = progressReporter(Boolean(values.quiet));
  await emitText(exportFleet(buildFleetSummary(members), format, reportOptions), values.out, progress.note);
  return 0;
}
