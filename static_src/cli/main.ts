// pgcap: the command line. Picks the command (one module each under commands/) and maps failures
// to exit codes: 0 ok, 1 a finding at or above --fail-on, 2 usage, input, file, connection or
// authentication errors (one line on stderr), 3 an unexpected error, that is a bug.
import { accept, HELP as ACCEPT_HELP } from './commands/accept';
import { demo, HELP as DEMO_HELP } from './commands/demo';
import { diff, HELP as DIFF_HELP } from './commands/diff';
import { evalCommand, HELP as EVAL_HELP } from './commands/eval';
import { fleet, HELP as FLEET_HELP } from './commands/fleet';
import { history, HELP as HISTORY_HELP } from './commands/history';
import { initStoreCommand, HELP as INIT_STORE_HELP } from './commands/init-store';
import { printHelp } from './commands/finish';
import { pull, HELP as PULL_HELP } from './commands/pull';
import { report, HELP as REPORT_HELP } from './commands/report';
import { save, HELP as SAVE_HELP } from './commands/save';
import { scan, HELP as SCAN_HELP } from './commands/scan';
import { oneLine, UserError } from './errors';
import { writeStdout } from './output';
import { VERSION } from './version';

const MAIN_HELP = `pgcap ${VERSION}: how much PostgreSQL an Odoo deployment already uses, and which modules drag in a second datastore.

Usage:
  pgcap scan [--db URL] [--addons DIR ...] [options]   audit a database and/or addons folders
                                   [--save STORE_URL]  and keep the audit in an audit store
  pgcap scan --all-databases --out-dir DIR [options]   every database of a server (or of several)
  pgcap report SNAPSHOT.json [options]                 render a saved snapshot
  pgcap report --from STORE_URL ID [options]           render an audit kept in the store
  pgcap pull --odoo URL [options]                      fetch the snapshot of an Odoo that has the module installed
  pgcap diff OLD.json NEW.json [options]               what changed between two audits
  pgcap diff --from STORE_URL OLD_ID NEW_ID [options]  the same for two audits kept in the store
  pgcap init-store STORE_URL                           create (or upgrade) the audit store: schema pgcap in that database
  pgcap save SNAPSHOT.json --to STORE_URL              keep a snapshot file as an audit in the store
  pgcap history --from STORE_URL [options]             the audits kept in the store, newest first
  pgcap fleet --from STORE_URL [options]               the fleet summary of what the store keeps (newest audit per database)
  pgcap accept ID --reason TEXT [options]              accept a finding (.pgcap-accept.yml)
  pgcap demo [--out-dir DIR]                           audit a sample Odoo 17 database on an embedded PostgreSQL
  pgcap eval --repos DIR [--labels FILE]               precision and recall of the scanner on labelled modules

Run "pgcap COMMAND --help" for the options of a command.
Exit codes: 0 ok; 1 a finding at or above --fail-on; 2 bad arguments, a file that cannot be read or
written, a damaged snapshot, a server that cannot be reached, bad credentials, an audit store that
is not initialised or of another version (one line on stderr); 3 an unexpected error, a bug (run
again with --debug and report it); 129, 130, 143 pgcap demo stopped by SIGHUP, SIGINT (Ctrl-C) or
SIGTERM, its server shut down.`;

export const HELP: Record<string, string> = {
  main: MAIN_HELP, scan: SCAN_HELP, report: REPORT_HELP, pull: PULL_HELP, diff: DIFF_HELP, accept: ACCEPT_HELP, demo: DEMO_HELP, eval: EVAL_HELP,
  'init-store': INIT_STORE_HELP, save: SAVE_HELP, history: HISTORY_HELP, fleet: FLEET_HELP,
};

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  scan, report, pull, diff, accept, demo, eval: evalCommand, 'init-store': initStoreCommand, save, history, fleet,
};

/** The one line of an unexpected error, with its stack under --debug. */
export function reportBug(e: unknown, debug: boolean): number {
  const err = e as Error;
  process.stderr.write(`pgcap: unexpected error: ${oneLine(String(err?.message ?? e))}${debug ? `\n${err?.stack ?? ''}` : ' (run with --debug for details)'}\n`);
  return 3;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const debug = argv.includes('--debug');
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return await printHelp(MAIN_HELP);
    if (command === '--version' || command === '-v') {
      await writeStdout(`${VERSION}\n`);
      return 0;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UserError(`unknown command ${command}. Run "pgcap --help".`);
    return await run(rest);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`pgcap: ${oneLine(e.message)}\n`);
      if (debug) process.stderr.write(`${e.stack}\n`);
      return e.exitCode;
    }
    return reportBug(e, debug);
  }
}
