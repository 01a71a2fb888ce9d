// pgcap save: a snapshot file saved as an audit in the store.
import { buildReport } from '../../core/report';
import { ACCEPT_HELP, ACCEPT_OPTION, acceptancesFrom, accepted } from '../accept-option';
import { saveAuditTo } from '../audit-store';
import { COMMON, dbUrlOf, parse } from '../args';
import { UserError } from '../errors';
import { readJsonFile, writeStdout } from '../output';
import { progressReporter } from '../progress';
import { checkSnapshot } from '../snapshot-check';
import { printHelp } from './finish';

export const HELP = `Usage: pgcap save SNAPSHOT.json --to URL [--server HOST:PORT] [--accept FILE] [--quiet]

Saves a snapshot (from "pgcap scan --snapshot", "pgcap pull --snapshot" or the Odoo module) and its
report as one audit in the store at URL (created by "pgcap init-store"), in one transaction, and
prints the new audit's id on standard output. The snapshot is checked first, as "pgcap report"
does, and redacted again before it is stored. A snapshot does not say which server it came from:
--server names it, so that "pgcap history --server" and the latest audit per database group it
with the scans of that server ("pgcap scan --save" records it itself).

  --to URL            the store (postgresql://user:password@host:port/dbname; the password may come
                      from PGPASSWORD or ~/.pgpass, and is never printed). The role needs
                      USAGE on schema pgcap, SELECT on pgcap.store_version, INSERT and SELECT
                      on pgcap.audit (see "Audit history in PostgreSQL" in the README)
  --server HOST:PORT  the audited server, as "pgcap history" shows it (default: none, shown as -)
${ACCEPT_HELP}
                      (the saved report counts them as the scan would)
  --quiet             nothing on stderr but errors
  --debug             stack traces on errors`;

export async function save(args: string[]): Promise<number> {
  const { values, positionals } = parse('save', { args, strict: true, allowPositionals: true, options: { ...COMMON,
    to: { type: 'string' }, server: { type: 'string' }, quiet: { type: 'boolean' }, ...ACCEPT_OPTION,
  } });
  if (values.help) return printHelp(HELP);
  if (positionals.length !== 1) throw new UserError('give exactly one snapshot file. Run "pgcap save --help".');
  if (values.to === undefined) throw new UserError('give the store with --to URL. Run "pgcap save --help".');
  const url = dbUrlOf(values.to, '--to');
  const server = values.server === undefined ? null : values.server.trim();
  if (server === '' || (server !== null && /[\r\n]/.test(server))) throw new UserError('--server takes one line, such as db.example.com:5432.');
  const file = positionals[0]!;
  const snapshot = checkSnapshot(readJsonFile(file), file);
  const report = accepted(buildReport(snapshot), acceptancesFrom(values.accept, Boolean(values.quiet)));
  const saved = await saveAuditTo(url, { snapshot, report, server });
  progressReporter(Boolean(values.quiet)).note(`saved ${file} as audit ${saved.id} in the store ${saved.where}`);
  await writeStdout(`${saved.id}\n`);
  return 0;
}
