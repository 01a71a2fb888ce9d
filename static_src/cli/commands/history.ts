// pgcap history: the audits saved in a store, newest first, as a table, JSON or CSV.
import { csvCell } from '../../core/export/csv';
import { displayText, jsonText } from '../../core/format';
import { VERDICTS } from '../../core/report-types';
import { listAudits, withStore, type AuditSummary } from '../audit-store';
import { COMMON, dbUrlOf, parse } from '../args';
import { UserError } from '../errors';
import { writeStdout } from '../output';
import { printHelp } from './finish';

const DEFAULT_LIMIT = 50;

export const HELP = `Usage: pgcap history --from URL [--server HOST:PORT] [--database NAME] [--limit N] [--format text|json|csv]

Lists the audits saved in the store at URL (by "pgcap scan --save" or "pgcap save"), newest first
by the time they were collected: id, time (UTC), server (host:port), database, Odoo version,
findings, their verdicts (refuse, replace, keep, review), accepted findings, dual writes and the
worst severity. The ids are what "pgcap diff --from URL OLD NEW" and "pgcap report --from URL ID"
take. The role needs USAGE on schema pgcap and SELECT on its two tables, nothing more.

  --from URL          the store (postgresql://user:password@host:port/dbname; the password may come
                      from PGPASSWORD or ~/.pgpass, and is never printed)
  --server HOST:PORT  only the audits of this server, as history shows it
  --database NAME     only the audits of this database
  --limit N           at most N audits (default ${DEFAULT_LIMIT}); 0 for all
  --format FORMAT     text (a table), json (every column) or csv (formulas neutralised); default text
  --debug             stack traces on errors`;

const NAME_MAX = 40;

/** Time as UTC to the second: 2026-12-01T09:30:12Z. */
function when(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

function table(rows: AuditSummary[]): string {
  const head = ['ID', 'COLLECTED (UTC)', 'SERVER', 'DATABASE', 'ODOO', 'FINDINGS', ...VERDICTS.map((v) => v.toUpperCase()), 'ACCEPTED', 'DUAL', 'WORST'];
  // names come from the audited servers: invisible characters shown, never sent to the terminal
  const name = (s: string | null) => (s === null || s === '' ? '-' : displayText(s, NAME_MAX));
  const body = rows.map((r) => [String(r.id), when(r.collectedAt), name(r.server), name(r.database), name(r.odooVersion),
    String(r.findings), ...VERDICTS.map((v) => String(r.verdicts[v])), String(r.accepted), String(r.dualWrites), r.worstSeverity ?? 'none']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [head, ...body].map((cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

const CSV_COLUMNS = ['id', 'collected_at', 'saved_at', 'server', 'database', 'postgresql_version', 'odoo_version', 'findings',
  ...VERDICTS, 'accepted', 'dual_writes', 'worst_severity', 'capabilities_in_use', 'capabilities_known', 'odoo_findings',
  'not_installed_findings', 'modules_scanned', 'catalog_version', 'collector', 'pgcap_version'];

function csv(rows: AuditSummary[]): string {
  const lines = rows.map((r) => [r.id, r.collectedAt, r.savedAt, r.server, r.database, r.postgresqlVersion, r.odooVersion, r.findings,
    ...VERDICTS.map((v) => r.verdicts[v]), r.accepted, r.dualWrites, r.worstSeverity, r.capabilitiesInUse, r.capabilitiesKnown,
    r.odooFindings, r.notInstalledFindings, r.modulesScanned, r.catalogVersion, r.collector, r.pgcapVersion].map(csvCell).join(','));
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

export async function history(args: string[]): Promise<number> {
  const { values } = parse('history', { args, strict: true, options: { ...COMMON,
    from: { type: 'string' }, server: { type: 'string' }, database: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' },
  } });
  if (values.help) return printHelp(HELP);
  if (values.from === undefined) throw new UserError('give the store with --from URL. Run "pgcap history --help".');
  const url = dbUrlOf(values.from, '--from');
  const format = values.format ?? 'text';
  if (!['text', 'json', 'csv'].includes(format)) throw new UserError(`unknown --format ${format}; use one of text, json, csv.`);
  const limit = values.limit === undefined ? DEFAULT_LIMIT : /^\s*\d{1,9}\s*$/.test(values.limit) ? Number(values.limit) : NaN;
  if (!Number.isInteger(limit)) throw new UserError(`--limit takes a whole number of audits (0 for all), not ${JSON.stringify(values.limit)}.`);
  const rows = await withStore(url, (store) => listAudits(store, { server: values.server, database: values.database, limit }));
  if (format === 'json') await writeStdout(jsonText(rows));
  else if (format === 'csv') await writeStdout(csv(rows));
  else await writeStdout(rows.length ? table(rows) : `No audit saved${values.server !== undefined || values.database !== undefined ? ' for this server or database' : ''}.\n`);
  return 0;
}
