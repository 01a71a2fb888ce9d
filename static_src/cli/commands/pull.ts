// pgcap pull: the snapshot stored by the module of a running Odoo, rendered like pgcap scan.
import { FORMATS } from '../../core/export';
import { SEVERITIES } from '../../core/report-types';
import { COMMON, DEFAULT_TIMEOUT_S, distinctFiles, formatOf, parse, severityOf, timeoutOf, REPORT_HELP, REPORT_OPTIONS, reportOptionsOf } from '../args';
import { UserError } from '../errors';
import { checkOutFile } from '../output';
import { progressReporter, withProgress } from '../progress';
import { odooRoot, pullSnapshot } from '../remote';
import { ACCEPT_HELP, ACCEPT_OPTION, acceptancesFrom } from '../accept-option';
import { finish, printHelp, seconds, totalsLine } from './finish';

export const HELP = `Usage: pgcap pull --odoo URL [--odoo-db DB --login LOGIN] [options]

Fetches the snapshot stored by the pg_capabilities module of a running Odoo (no database access
needed, as on Odoo.sh) and renders it like "pgcap scan". The API key of an administrator is read
from the PGCAP_ODOO_API_KEY environment variable (or --api-key, which shell history keeps).
Odoo 18 and later: GET /pg_capabilities/snapshot with the key as a bearer token (--rescan: POST
/pg_capabilities/rescan first). Odoo 17: JSON-RPC, which needs --odoo-db and --login as well. The key goes to the --odoo address only: a redirect to
another host is not followed, and a redirect to the login page means the key was refused.

  --odoo URL          the Odoo base URL, e.g. https://erp.example.com
  --api-key KEY       an API key of an administrator (default: $PGCAP_ODOO_API_KEY)
  --odoo-db DB        the database (Odoo 17)
  --login LOGIN       the key's user login (Odoo 17)
  --rescan            collect a new snapshot first (it takes a while on a large addons path)
  --timeout SECONDS   give up on a request Odoo has not answered in SECONDS (default ${DEFAULT_TIMEOUT_S})
  --format FORMAT     ${FORMATS.join(', ')} (default md)
  --out FILE          write the report to FILE instead of standard output (its folder must exist)
  --snapshot FILE     also save the snapshot
${REPORT_HELP}
  --fail-on SEVERITY  exit 1 when a finding not accepted is at or above: ${SEVERITIES.join(', ')}
${ACCEPT_HELP}
  --quiet             nothing on stderr but errors and the --fail-on verdict
  --debug             stack traces on errors`;

export async function pull(args: string[]): Promise<number> {
  const { values } = parse('pull', { args, strict: true, options: { ...COMMON, ...REPORT_OPTIONS,
    odoo: { type: 'string' }, 'api-key': { type: 'string' }, 'odoo-db': { type: 'string' }, login: { type: 'string' },
    rescan: { type: 'boolean' }, timeout: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
    snapshot: { type: 'string' }, 'fail-on': { type: 'string' }, quiet: { type: 'boolean' }, ...ACCEPT_OPTION,
  } });
  if (values.help) return printHelp(HELP);
  const format = formatOf(values.format);
  const failOn = severityOf(values['fail-on']);
  const reportOptions = reportOptionsOf(values);
  const timeoutMs = timeoutOf(values.timeout);
  if (!values.odoo) throw new UserError('give --odoo URL. Run "pgcap pull --help".');
  const root = odooRoot(values.odoo);
  const apiKey = values['api-key'] ?? process.env.PGCAP_ODOO_API_KEY;
  if (!apiKey) throw new UserError('give the API key of an administrator in PGCAP_ODOO_API_KEY (or --api-key).');
  if (values.out !== undefined) checkOutFile(values.out, '--out');
  if (values.snapshot !== undefined) checkOutFile(values.snapshot, '--snapshot');
  distinctFiles({ option: '--out', file: values.out }, { option: '--snapshot', file: values.snapshot });

  const acceptances = acceptancesFrom(values.accept, Boolean(values.quiet));
  const progress = progressReporter(Boolean(values.quiet));
  const started = Date.now();
  const snapshot = await withProgress(progress, () => pullSnapshot({
    url: root, apiKey, database: values['odoo-db'], login: values.login, rescan: Boolean(values.rescan), timeoutMs,
    progress: progress.update,
  }));
  const what = `pulled from ${root} in ${seconds(started)} (collected ${snapshot.collectedAt}: ${totalsLine(snapshot)})`;
  return finish(snapshot, { out: values.out, snapshot: values.snapshot, format, failOn, report: reportOptions, acceptances }, progress, what);
}
