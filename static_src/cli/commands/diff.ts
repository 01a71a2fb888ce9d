// pgcap diff: what changed between two audits (snapshots or JSON reports).
import { diffReports, diffToHtml, diffToJson, diffToMarkdown, regressions } from '../../core/diff';
import { buildReport } from '../../core/report';
import { SEVERITIES, type Report } from '../../core/report-types';
import { ACCEPT_HELP, ACCEPT_OPTION, acceptancesFrom, accepted } from '../accept-option';
import { auditIdOf, loadAudit, withStore } from '../audit-store';
import { COMMON, dbUrlOf, formatOf, parse, severityOf } from '../args';
import { UserError } from '../errors';
import { checkOutFile, emitText, readJsonFile } from '../output';
import { progressReporter } from '../progress';
import { checkReport, checkSnapshot, isReportJson } from '../snapshot-check';
import { printHelp } from './finish';

export const HELP = `Usage: pgcap diff OLD.json NEW.json [--format md|json|html] [--out FILE] [--fail-on-new SEVERITY]
       pgcap diff --from URL OLD_ID NEW_ID [same options]

Compares two audits of the same deployment: each file a snapshot (pgcap scan --snapshot, pgcap
pull --snapshot, the Odoo module) or a JSON report (--format json); with --from, two audits saved
in the store at URL, by the ids "pgcap history" shows (both arguments are then ids, never files).
A saved audit is judged again from its snapshot by this pgcap, as a snapshot file is, so that the
diff shows what changed in the deployment, not in pgcap's judgement. Lists findings added, removed
or changed (verdict, severity, role, dual write, state), each verdict change, stores that entered
or left the store inventory, capabilities that came into or went out of use, channels, and the
figures that moved.

  --from URL               the audit store (postgresql://user:password@host:port/dbname; the
                           password may come from PGPASSWORD or ~/.pgpass, never printed)
  --format FORMAT          md, json or html (default md)
  --out FILE               write to FILE instead of standard output (its folder must exist)
  --fail-on-new SEVERITY   exit 1 when the new audit adds a finding, or makes one worse, at or
                           above: ${SEVERITIES.join(', ')}
${ACCEPT_HELP.replace(/^  --accept FILE       /, '  --accept FILE            ').replace(/\n {22}/g, '\n                           ')}
                           (applied to both audits, so that an accepted finding shows as
                           accepted, not as new)
  --quiet                  no "wrote FILE" on stderr
  --debug                  stack traces on errors`;

/** A report from a JSON report, or judged from a snapshot; either checked first. */
function readReport(file: string): Report {
  const data = readJsonFile(file);
  return isReportJson(data) ? checkReport(data, file) : buildReport(checkSnapshot(data, file));
}

/** A saved audit, judged from its snapshot. */
async function savedReport(store: Parameters<typeof loadAudit>[0], id: number): Promise<Report> {
  return buildReport((await loadAudit(store, id)).snapshot);
}

export async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parse('diff', { args, strict: true, allowPositionals: true, options: { ...COMMON,
    from: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'fail-on-new': { type: 'string' }, quiet: { type: 'boolean' }, ...ACCEPT_OPTION,
  } });
  if (values.help) return printHelp(HELP);
  const store = values.from === undefined ? undefined : dbUrlOf(values.from, '--from');
  if (positionals.length !== 2) {
    throw new UserError(`give two ${store === undefined ? 'files' : 'audit ids'}, the older audit first. Run "pgcap diff --help".`);
  }
  const ids = store === undefined ? [] : positionals.map(auditIdOf);
  const format = formatOf(values.format, ['md', 'json', 'html']);
  const failOn = severityOf(values['fail-on-new'], '--fail-on-new');
  if (values.out !== undefined) checkOutFile(values.out, '--out');
  const acceptances = acceptancesFrom(values.accept, Boolean(values.quiet));
  const [older, newer] = store === undefined ? positionals.map(readReport)
    : await withStore(store, async (s) => [await savedReport(s, ids[0]!), await savedReport(s, ids[1]!)]);
  const d = diffReports(accepted(older!, acceptances), accepted(newer!, acceptances));
  const text = format === 'json' ? diffToJson(d) : format === 'html' ? diffToHtml(d) : diffToMarkdown(d);
  await emitText(text, values.out, progressReporter(Boolean(values.quiet)).note);
  const worse = failOn ? regressions(d, failOn) : [];
  if (worse.length) process.stderr.write(`pgcap: ${worse.length} new or worse finding${worse.length === 1 ? '' : 's'} at or above ${failOn}: ${worse.join(', ')}\n`);
  return worse.length ? 1 : 0;
}
