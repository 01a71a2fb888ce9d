// pgcap init-store: creates the audit store (schema pgcap) in a database, or upgrades it.
import { initStore, STORE_SCHEMA, STORE_VERSION, withStore } from '../audit-store';
import { COMMON, dbUrlOf, parse } from '../args';
import { UserError } from '../errors';
import { progressReporter } from '../progress';
import { printHelp } from './finish';

export const HELP = `Usage: pgcap init-store URL [--quiet]

Creates the audit store in the PostgreSQL database URL names: a schema "${STORE_SCHEMA}" with the
table of audits (snapshot and report as jsonb, server, database, times, versions and summary
counts as columns, indexed for "pgcap history" and the latest audit per database) and a row giving
the store's schema version (${STORE_VERSION} for this pgcap). Run again, it does nothing; run by a
newer pgcap, it upgrades the store in one transaction; a store newer than this pgcap is refused.
The role needs CREATE on the database (or on an existing schema ${STORE_SCHEMA}); saving and reading
need far less: see "Audit history in PostgreSQL" in the README.

  URL                 postgresql://user:password@host:port/dbname; the password may instead come
                      from PGPASSWORD or ~/.pgpass, and is never printed
  --quiet             nothing on stderr but errors
  --debug             stack traces on errors`;

export async function initStoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse('init-store', { args, strict: true, allowPositionals: true, options: { ...COMMON, quiet: { type: 'boolean' } } });
  if (values.help) return printHelp(HELP);
  if (positionals.length !== 1) throw new UserError('give the URL of the database to hold the store. Run "pgcap init-store --help".');
  const url = dbUrlOf(positionals[0]!, 'the store URL');
  const progress = progressReporter(Boolean(values.quiet));
  await withStore(url, async (store) => {
    const { from, to } = await initStore(store);
    progress.note(from === to ? `the audit store ${store.where} is ready (schema ${STORE_SCHEMA}, version ${to}): nothing to do`
      : from === null ? `created the audit store ${store.where} (schema ${STORE_SCHEMA}, version ${to})`
        : `upgraded the audit store ${store.where} from version ${from} to ${to}`);
  });
  return 0;
}
