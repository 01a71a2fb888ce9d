// pgcap scan: a database and/or addons folders on disk, audited into one report.
import path from 'node:path';
import { FORMATS, type Format } from '../../core/export';
import type { EngagementOptions } from '../../core/engagement';
import { SEVERITIES, type Severity } from '../../core/report-types';
import { ACCEPT_HELP, ACCEPT_OPTION, acceptancesFrom } from '../accept-option';
import { addonsOf, COMMON, dbUrlOf, distinctFiles, formatOf, parse, severityOf, REPORT_HELP, REPORT_OPTIONS, reportOptionsOf } from '../args';
import { checkStoreWritable, serverOf } from '../audit-store';
import { collectSnapshot, describeTarget } from '../collect';
import { UserError } from '../errors';
import { DEFAULT_JOBS, globRegex, jobsOf, MAX_JOBS, parseDbFile, type Target } from '../fleet';
import { checkOutFile, readInput } from '../output';
import { progressReporter, withProgress } from '../progress';
import { defaultCacheDir } from '../scan-cache';
import { finish, printHelp, seconds, totalsLine } from './finish';
import { scanFleet } from './scan-fleet';

export const HELP = `Usage: pgcap scan [--db URL] [--addons DIR ...] [options]
       pgcap scan --all-databases [--db URL ...] [--db-file FILE] --out-dir DIR [options]

Audits a PostgreSQL database (read-only: catalog and statistics, each probe in a READ ONLY
transaction with statement_timeout and lock_timeout) and/or addons folders on disk (read as text,
never executed). At least one of the two is needed.

  --db URL            postgresql://user:password@host:port/dbname (postgres:// too; nothing else).
                      Without --db, the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER,
                      PGPASSWORD) are used when PGDATABASE or PGHOST is set. Without a password
                      (none in the URL, no PGPASSWORD), the one of ~/.pgpass or PGPASSFILE is
                      used (ignored, with a warning, if group or others may read it: chmod 0600).
  --no-db             do not connect even if PG* variables are set
  --addons DIR        an addons folder (every folder below it with a __manifest__.py is a module);
                      repeat, or separate with commas, for several; a folder named twice is
                      scanned once
  --format FORMAT     ${FORMATS.join(', ')} (default md)
  --out FILE          write the report to FILE instead of standard output (its folder must exist)
  --snapshot FILE     also save the raw snapshot (JSON) for "pgcap report" or a later diff
  --save URL          also save the audit (snapshot and report) in the audit store at URL, made by
                      "pgcap init-store"; checked before the scan starts. The store may be another
                      database or server: it is the only one written (INSERT into pgcap.audit), the
                      audited database stays read-only. With many databases, each one audited is
                      saved as its own audit. See "pgcap history --help" and "pgcap fleet --help"
  --cache-dir DIR     keep what each file gave the addons scan in DIR, so that a rescan reads
                      only the files that changed (default $XDG_CACHE_HOME/pgcap, else
                      ~/.cache/pgcap; created with mode 0700; a folder of another user, or one
                      others may write, is not used). It holds what the snapshot holds
                      (matches with redacted snippets, counts), never source code
  --no-cache          neither read nor write the scan cache
${REPORT_HELP}
  --fail-on SEVERITY  exit 1 when a finding not accepted is at or above: ${SEVERITIES.join(', ')}
${ACCEPT_HELP}
  --quiet             nothing on stderr but errors and the --fail-on verdict: no progress (shown
                      when stderr is a terminal), no closing summary line, no "wrote FILE"
  --debug             stack traces on errors

Many databases (one report per database and a fleet summary, written into --out-dir):
  --all-databases     audit every database of the server(s) this role may connect to
                      (datallowconn, CONNECT privilege), templates left out; --db (or the PG*
                      variables) then names the server, and its database (postgres when none is
                      named) is where the list is read
  --include GLOB      with --all-databases: only databases whose name matches (* ? [a-z] [!x]);
                      repeat for several
  --exclude GLOB      with --all-databases: leave out databases whose name matches; repeatable
  --db URL --db URL   several servers (with --all-databases) or several databases (without)
  --db-file FILE      the same, one URL a line (# comments, blank lines); a password in it is
                      used but never shown: the summary names only host:port and the database
  --jobs N            databases audited at the same time, one connection each (default ${DEFAULT_JOBS},
                      at most ${MAX_JOBS})
  --out-dir DIR       where to write <host>_<port>__<database>.<format> per database and
                      fleet.md, fleet.html or fleet.json (the summary: in --format when it is md,
                      html or json, else json); created if missing (its parent must exist)
  The addons folders are scanned once and judged against every database. A database or server
  that fails (refused, unreachable, bad credentials, lost) is listed in the summary with its error
  and the others go on. Exit 2 when any database or server could not be audited (or none was
  left to audit), else 1 when a finding of any database is at or above --fail-on, else 0.
  On a terminal, stderr counts: "databases: 3/20 done (name)".`;

export async function scan(args: string[]): Promise<number> {
  const { values } = parse('scan', { args, strict: true, options: { ...COMMON, ...REPORT_OPTIONS,
    db: { type: 'string', multiple: true }, 'no-db': { type: 'boolean' }, addons: { type: 'string', multiple: true },
    format: { type: 'string' }, out: { type: 'string' }, snapshot: { type: 'string' }, save: { type: 'string' },
    'fail-on': { type: 'string' }, quiet: { type: 'boolean' }, ...ACCEPT_OPTION,
    'all-databases': { type: 'boolean' }, include: { type: 'string', multiple: true }, exclude: { type: 'string', multiple: true },
    'db-file': { type: 'string' }, jobs: { type: 'string' }, 'out-dir': { type: 'string' },
    'cache-dir': { type: 'string' }, 'no-cache': { type: 'boolean' },
  } });
  if (values.help) return printHelp(HELP);
  const format = formatOf(values.format);
  const failOn = severityOf(values['fail-on']);
  const reportOptions = reportOptionsOf(values);
  const dbs = (values.db ?? []).map((url) => dbUrlOf(url));
  if (dbs.length && values['no-db']) throw new UserError('give --db or --no-db, not both.');
  const addons = addonsOf(values.addons);
  if (values['cache-dir'] !== undefined && values['no-cache']) throw new UserError('give --cache-dir or --no-cache, not both.');
  if (values['cache-dir'] === '') throw new UserError('--cache-dir needs a folder.');
  const cacheDir = values['no-cache'] ? null : path.resolve(values['cache-dir'] ?? defaultCacheDir());
  const fleet = Boolean(values['all-databases']) || dbs.length > 1 || values['db-file'] !== undefined;
  const store = values.save === undefined ? undefined : dbUrlOf(values.save, '--save');
  if (store !== undefined) await checkStoreWritable(store);
  if (fleet) return scanMany(values, dbs, addons, { format, failOn, reportOptions, store, cacheDir });
  for (const [option, given] of [['--include', values.include], ['--exclude', values.exclude], ['--jobs', values.jobs], ['--out-dir', values['out-dir']]] as const) {
    if (given !== undefined) throw new UserError(`${option} is for many databases: add --all-databases (or several --db, or --db-file).`);
  }
  const envDb = !values['no-db'] && (process.env.PGDATABASE || process.env.PGHOST) ? {} : null;
  const db = values['no-db'] ? null : dbs.length ? dbs[0]! : envDb;
  if (db === null && addons.length === 0) {
    throw new UserError('nothing to audit: give --db URL (or set PGDATABASE/PGHOST) and/or --addons DIR. Run "pgcap scan --help".');
  }
  if (values.out !== undefined) checkOutFile(values.out, '--out');
  if (values.snapshot !== undefined) checkOutFile(values.snapshot, '--snapshot');
  distinctFiles({ option: '--out', file: values.out }, { option: '--snapshot', file: values.snapshot });
  const acceptances = acceptancesFrom(values.accept, Boolean(values.quiet));

  const progress = progressReporter(Boolean(values.quiet));
  const started = Date.now();
  const snapshot = await withProgress(progress, () => collectSnapshot({
    db, addons, progress: progress.update, totals: progress.live, cacheDir, warn: progress.note,
  }));
  const what = `${db === null ? '' : `${describeTarget(db).replace(/^at /, '')}: `}${totalsLine(snapshot)} in ${seconds(started)}`;
  const save = store === undefined ? undefined : { url: store, server: db === null ? null : await serverOf(db) };
  return finish(snapshot, { out: values.out, snapshot: values.snapshot, format, failOn, report: reportOptions, acceptances, save }, progress, what);
}

interface ManyValues {
  'all-databases'?: boolean; include?: string[]; exclude?: string[]; 'db-file'?: string; jobs?: string; 'out-dir'?: string;
  out?: string; snapshot?: string; 'no-db'?: boolean; accept?: string; quiet?: boolean;
}

/** Many databases: the checks of the fleet options, then scanFleet. */
async function scanMany(values: ManyValues, dbs: string[], addons: string[], o: { format: Format; failOn: Severity | null; reportOptions: Required<EngagementOptions>; store?: string; cacheDir: string | null }): Promise<number> {
  if (values['no-db']) throw new UserError('--no-db audits no database: it does not go with --all-databases or --db-file.');
  for (const [option, given] of [['--out', values.out], ['--snapshot', values.snapshot]] as const) {
    if (given !== undefined) throw new UserError(`${option} names one file: with many databases, give --out-dir DIR (one report per database and a summary).`);
  }
  if (!values['all-databases'] && (values.include || values.exclude)) throw new UserError('--include and --exclude choose among the databases of a server: add --all-databases.');
  if (values['out-dir'] === undefined) throw new UserError('with many databases, give --out-dir DIR: one report per database and a summary are written there.');
  // a bad pattern is said now, not found once per server after connecting
  for (const pattern of [...(values.include ?? []), ...(values.exclude ?? [])]) globRegex(pattern);
  const jobs = jobsOf(values.jobs);
  const targets: Target[] = [...dbs, ...(values['db-file'] !== undefined ? parseDbFile(readInput(values['db-file']), values['db-file']) : [])];
  // --all-databases without --db: the server of the PG* variables
  if (targets.length === 0) targets.push({});
  const acceptances = acceptancesFrom(values.accept, Boolean(values.quiet));
  const progress = progressReporter(Boolean(values.quiet));
  return withProgress(progress, () => scanFleet({
    targets, allDatabases: Boolean(values['all-databases']), include: values.include ?? [], exclude: values.exclude ?? [], jobs, addons,
    outDir: path.resolve(values['out-dir']!), format: o.format, failOn: o.failOn, report: o.reportOptions, acceptances, save: o.store, cacheDir: o.cacheDir,
  }, progress));
}
