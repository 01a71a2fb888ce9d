// pgcap diff: what changed between two audits (snapshots or JSON reports).
import { diffReports, diffToHtml, diffToJson, diffToMarkdown, regressions } from '../../core/diff';
import { buildReport } from '../../core/report';
import { SEVERITIES, type Report } from '../../core/report-types';
import { ACCEPT_HELP, ACCEPT_OPTION, acceptancesFrom, accepted } from '../accept-option';
import { COMMON, formatOf, parse, severityOf } from '../args';
import { UserError } from '../errors';
import { checkOutFile, emitText, readJsonFile } from '../output';
import { progressReporter } from '../progress';
import { checkReport, checkSnapshot, isReportJson } from '../snapshot-check';
import { printHelp } from './finish';

export const HELP = `Usage: pgcap diff OLD.json NEW.json [--format md|json|html] [--out FILE] [--fail-on-new SEVERITY]

Compares two audits of the same deployment: each file a snapshot (pgcap scan --snapshot, pgcap
pull --snapshot, the Odoo module) or a JSON report (--format json). Lists findings added, removed
or changed (verdict, severity, role, dual write, state), each verdict change, stores that entered
or left the store inventory, capabilities that came into or went out of use, channels, and the
figures that moved.

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

export async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parse('diff', { args, strict: true, allowPositionals: true, options: { ...COMMON,
    format: { type: 'string' }, out: { type: 'string' }, 'fail-on-new': { type: 'string' }, quiet: { type: 'boolean' }, ...ACCEPT_OPTION,
  } });
  if (values.help) return printHelp(HELP);
  if (positionals.length !== 2) throw new UserError('give two files, the older audit first. Run "pgcap diff --help".');
  const format = formatOf(values.format, ['md', 'json', 'html']);
  const failOn = severityOf(values['fail-on-new'], '--fail-on-new');
  if (values.out !== undefined) checkOutFile(values.out, '--out');
  const acceptances = acceptancesFrom(values.accept, Boolean(values.quiet));
  const d = diffReports(accepted(readReport(positionals[0]!), acceptances), accepted(readReport(positionals[1]!), acceptances));
  const text = format === 'json' ? diffToJson(d) : format === 'html' ? diffToHtml(d) : diffToMarkdown(d);
  await emitText(text, values.out, progressReporter(Boolean(values.quiet)).note);
  const worse = failOn ? regressions(d, failOn) : [];
  if (worse.length) process.stderr.write(`pgcap: ${worse.length} new or worse finding${worse.length === 1 ? '' : 's'} at or above ${failOn}: ${worse.join(', ')}\n`);
  return worse.length ? 1 : 0;
}
