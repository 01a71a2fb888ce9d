import fs from 'node:fs';

export default async function globalTeardown() {
  if (globalThis.__PGCAP_TEST_CACHE__) fs.rmSync(globalThis.__PGCAP_TEST_CACHE__, { recursive: true, force: true });
  const started = globalThis.__PGCAP_TEST_SERVER__;
  if (!started) return;
  await started.server.stop();
  fs.rmSync(started.dir, { recursive: true, force: true });
}
