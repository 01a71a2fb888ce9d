// pgcap scan: a database and/or addons folders on disk, audited into one report.
import path from 'node:path';
import { FORMATS } from '../../core/export';
import { SEVERITIES } from '../../core/report-types';
import { ACCEPT_HELP, ACCEPT_OPTION, acceptancesFrom } from '../accept-option';
import { addonsOf, COMMON, dbUrlOf, distinctFiles, formatOf, parse, severityOf, REPORT_HELP, REPORT_OPTIONS, reportOptionsOf } from '../args';
import { collectSnapshot, describeTarget } from '../collect';
import { UserError } from '../errors';
import { checkOutFile } from '../output';
import { progressReporter, withProgress } from '../progress';
import { defaultCacheDir } from '../scan-cache';
import { finish, printHelp, seconds, totalsLine } from './finish';

export const HELP = `Usage: pgcap scan [--db URL] [--addons DIR ...] [options]

Audits a PostgreSQL database (read-only: catalog and statistics, each probe in a READ ONLY
transaction with statement_timeout and lock_timeout) and/or addons folders on disk (read as text,
never executed). At least one of the two is needed.

  --db URL            postgresql://user:password@host:port/dbname (postgres:// too; nothing else).
                      Without --db, the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER,
                      PGPASSWORD, ~/.pgpass) are used when PGDATABASE or PGHOST is set.
  --no-db             do not connect even if PG* variables are set
  --addons DIR        an addons folder (every folder below it with a __manifest__.py is a module);
                      repeat, or separate with commas, for several; a folder named twice is
                      scanned once
  --format FORMAT     ${FORMATS.join(', ')} (default md)
  --out FILE          write the report to FILE instead of standard output (its folder must exist)
  --snapshot FILE     also save the raw snapshot (JSON) for "pgcap report" or a later diff
  --cache-dir DIR     keep what each file gave the addons scan in DIR, so that a rescan reads
                      only the files that changed (default $XDG_CACHE_HOME/pgcap, else
                      ~/.cache/pgcap; created with mode 0700). It holds what the snapshot holds
                      (matches with redacted snippets, counts), never source code
  --no-cache          neither read nor write the scan cache
${REPORT_HELP}
  --fail-on SEVERITY  exit 1 when a finding not accepted is at or above: ${SEVERITIES.join(', ')}
${ACCEPT_HELP}
  --quiet             nothing on stderr but errors and the --fail-on verdict: no progress (shown
                      when stderr is a terminal), no closing summary line, no "wrote FILE"
  --debug             stack traces on errors`;

export async function scan(args: string[]): Promise<number> {
  const { values } = parse('scan', { args, strict: true, options: { ...COMMON, ...REPORT_OPTIONS,
    db: { type: 'string' }, 'no-db': { type: 'boolean' }, addons: { type: 'string', multiple: true },
    format: { type: 'string' }, out: { type: 'string' }, snapshot: { type: 'string' },
    'fail-on': { type: 'string' }, quiet: { type: 'boolean' }, ...ACCEPT_OPTION,
    'cache-dir': { type: 'string' }, 'no-cache': { type: 'boolean' },
  } });
  if (values.help) return printHelp(HELP);
  const format = formatOf(values.format);
  const failOn = severityOf(values['fail-on']);
  const reportOptions = reportOptionsOf(values);
  if (values.db !== undefined && values['no-db']) throw new UserError('give --db or --no-db, not both.');
  const addons = addonsOf(values.addons);
  const envDb = !values['no-db'] && (process.env.PGDATABASE || process.env.PGHOST) ? {} : null;
  const db = values['no-db'] ? null : values.db !== undefined ? dbUrlOf(values.db) : envDb;
  if (db === null && addons.length === 0) {
    throw new UserError('nothing to audit: give --db URL (or set PGDATABASE/PGHOST) and/or --addons DIR. Run "pgcap scan --help".');
  }
  if (values.out !== undefined) checkOutFile(values.out, '--out');
  if (values.snapshot !== undefined) checkOutFile(values.snapshot, '--snapshot');
  distinctFiles({ option: '--out', file: values.out }, { option: '--snapshot', file: values.snapshot });
  const acceptances = acceptancesFrom(values.accept, Boolean(values.quiet));
  if (values['cache-dir'] !== undefined && values['no-cache']) throw new UserError('give --cache-dir or --no-cache, not both.');
  if (values['cache-dir'] === '') throw new UserError('--cache-dir needs a folder.');
  const cacheDir = values['no-cache'] ? null : path.resolve(values['cache-dir'] ?? defaultCacheDir());

  const progress = progressReporter(Boolean(values.quiet));
  const started = Date.now();
  const snapshot = await withProgress(progress, () => collectSnapshot({
    db, addons, progress: progress.update, totals: progress.live, cacheDir, warn: progress.note,
  }));
  const what = `${db === null ? '' : `${describeTarget(db).replace(/^at /, '')}: `}${totalsLine(snapshot)} in ${seconds(started)}`;
  return finish(snapshot, { out: values.out, snapshot: values.snapshot, format, failOn, report: reportOptions, acceptances }, progress, what);
}
