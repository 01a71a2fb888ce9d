// Test databases on the real server named by PGTEST_URL (set by the global setup).
import pg from 'pg';

export function adminUrl(): string {
  const url = process.env.PGTEST_URL;
  if (!url) throw new Error('PGTEST_URL is not set: run the tests through jest (its global setup starts PostgreSQL)');
  return url;
}

export function urlFor(database: string, user?: { name: string; password: string }): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  if (user) {
    u.username = user.name;
    u.password = user.password;
  }
  return u.toString();
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates (or recreates) a database and runs setup SQL in it; returns its URL. */
export async function freshDatabase(name: string, setupSql = ''): Promise<string> {
  await withClient(adminUrl(), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const url = urlFor(name);
  if (setupSql) await withClient(url, (c) => c.query(setupSql));
  return url;
}

/** A connection held open for the duration of a test (a listener, a lock holder). */
export async function openSession(url: string, applicationName = 'pgcap-test-session'): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url, application_name: applicationName });
  await c.connect();
  return c;
}
