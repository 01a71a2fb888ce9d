// pgcap report: a saved snapshot rendered as a report.
import { exportReport, FORMATS } from '../../core/export';
import { buildReport } from '../../core/report';
import { SEVERITIES } from '../../core/report-types';
import { ACCEPT_HELP, ACCEPT_OPTION, acceptancesFrom, accepted } from '../accept-option';
import { auditIdOf, loadAudit, withStore } from '../audit-store';
import { COMMON, dbUrlOf, formatOf, parse, severityOf, REPORT_HELP, REPORT_OPTIONS, reportOptionsOf } from '../args';
import { UserError } from '../errors';
import { checkOutFile, emitText, readJsonFile } from '../output';
import { progressReporter } from '../progress';
import { checkSnapshot } from '../snapshot-check';
import { exitFor, printHelp } from './finish';

export const HELP = `Usage: pgcap report SNAPSHOT.json [--format FORMAT] [--out FILE] [--fail-on SEVERITY]
       pgcap report --from URL ID [same options]

Renders a snapshot saved by "pgcap scan --snapshot" (or by the Odoo module) as a report. A file
that is not a snapshot, or a damaged one, is refused with what is wrong in it. With --from, the
audit ID saved in the store at URL (the id "pgcap history" shows), judged from its snapshot by
this pgcap as a file would be.

  --from URL          the audit store (postgresql://user:password@host:port/dbname; the password
                      may come from PGPASSWORD or ~/.pgpass, never printed)
  --format FORMAT     ${FORMATS.join(', ')} (default md)
  --out FILE          write to FILE instead of standard output (its folder must exist)
${REPORT_HELP}
  --fail-on SEVERITY  exit 1 when a finding not accepted is at or above: ${SEVERITIES.join(', ')}
${ACCEPT_HELP}
  --quiet             no "wrote FILE" on stderr
  --debug             stack traces on errors`;

export async function report(args: string[]): Promise<number> {
  const { values, positionals } = parse('report', { args, strict: true, allowPositionals: true, options: { ...COMMON, ...REPORT_OPTIONS,
    from: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'fail-on': { type: 'string' }, quiet: { type: 'boolean' }, ...ACCEPT_OPTION,
  } });
  if (values.help) return printHelp(HELP);
  const store = values.from === undefined ? undefined : dbUrlOf(values.from, '--from');
  if (positionals.length !== 1) throw new UserError(`give exactly one ${store === undefined ? 'snapshot file' : 'audit id'}. Run "pgcap report --help".`);
  const id = store === undefined ? 0 : auditIdOf(positionals[0]!);
  const format = formatOf(values.format);
  const failOn = severityOf(values['fail-on']);
  const reportOptions = reportOptionsOf(values);
  if (values.out !== undefined) checkOutFile(values.out, '--out');
  const file = positionals[0]!;
  const acceptances = acceptancesFrom(values.accept, Boolean(values.quiet));
  const snapshot = store === undefined ? checkSnapshot(readJsonFile(file), file) : (await withStore(store, (s) => loadAudit(s, id))).snapshot;
  const r = accepted(buildReport(snapshot), acceptances);
  await emitText(exportReport(r, format, reportOptions), values.out, progressReporter(Boolean(values.quiet)).note);
  return exitFor(r, failOn);
}
