// Many databases in one run: the targets (--db repeated, --db-file), the databases of a server
// (--all-databases, --include, --exclude), and a bounded pool of audits (--jobs), each with one
// connection of its own, read-only and time-bounded like a single scan. A database that fails is
// recorded with its error and the others go on.
import type pg from 'pg';
import { redact } from '../core/redact';
import type { Snapshot } from '../core/snapshot';
import { dbUrlOf } from './args';
import { serverOf } from './audit-store';
import { collectSnapshot, connect, describeTarget } from './collect';
import { oneLine, UserError } from './errors';

/** A server or a database to audit: a URL, or {} for the libpq variables (PGHOST, PGPORT...). */
export type Target = string | pg.ClientConfig;

export const DEFAULT_JOBS = 2;
export const MAX_JOBS = 8;

/** --jobs N: a whole number from 1 to MAX_JOBS (each job holds one connection). */
export function jobsOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_JOBS;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) throw new UserError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, not ${JSON.stringify(value)}.`);
  return n;
}

/** The URLs of a --db-file: one a line, # comments and blank lines ignored. A bad line is named by its number, never echoed (it may hold a password). */
export function parseDbFile(text: string, file: string): string[] {
  const urls: string[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      urls.push(dbUrlOf(line));
    } catch (e) {
      throw new UserError(`${file} line ${i + 1}: ${(e as Error).message.replace(/^--db /, 'not a URL: ').replace(/^--db/, 'the URL')}`);
    }
  });
  if (urls.length === 0) throw new UserError(`${file} names no database URL (one postgresql:// URL a line; # starts a comment).`);
  return urls;
}

/** A glob on a database name: * any run of characters, ? one character, [abc] [a-z] [!abc] a set; case-sensitive, whole name. */
export function globMatch(pattern: string, name: string): boolean {
  return globRegex(pattern).test(name);
}

/** The glob as a regular expression; a UserError for one that cannot be (a range out of order: [z-a]). */
export function globRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[' && pattern.indexOf(']', i + 2) > 0) {
      const end = pattern.indexOf(']', i + 2);
      let set = pattern.slice(i + 1, end);
      const negate = set.startsWith('!');
      if (negate) set = set.slice(1);
      re += `[${negate ? '^' : ''}${set.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`, 'u');
  } catch {
    throw new UserError(`${JSON.stringify(pattern)} is not a pattern of database names (a range out of order?): use *, ?, [abc], [a-z], [!abc].`);
  }
}

/** Databases kept by --include (any, when given) and --exclude (none may match). */
export function selectDatabases(names: string[], include: string[], exclude: string[]): string[] {
  const inc = include.map(globRegex);
  const exc = exclude.map(globRegex);
  return names.filter((n) => (inc.length === 0 || inc.some((re) => re.test(n))) && !exc.some((re) => re.test(n)));
}

function parsedUrl(url: string): URL {
  for (const candidate of [url, encodeURI(url).replace(/%25([0-9a-f]{2})/gi, '%$1')]) {
    try {
      return new URL(candidate);
    } catch {
      // next spelling
    }
  }
  throw new UserError(`cannot read the database name out of a --db URL ${describeTarget(url)}: give it as postgresql://user@host:port/dbname`);
}

/** The database a target names (for a server: the one to list the others from; postgres when it names none). */
export function databaseOf(t: Target): string {
  if (typeof t === 'string') {
    const raw = parsedUrl(t).pathname.replace(/^\//, '');
    try {
      return decodeURIComponent(raw) || 'postgres';
    } catch {
      return raw; // a % that escapes nothing (d%zz) is the name's own, as a single scan reads it
    }
  }
  return t.database ?? process.env.PGDATABASE ?? 'postgres';
}

const LIST_SQL = `SELECT datname::text AS name FROM pg_database
 WHERE datallowconn AND NOT datistemplate AND has_database_privilege(datname, 'CONNECT')
 ORDER BY datname`;

/** The databases of a server this role may connect to, templates left out; read in a READ ONLY, time-bounded transaction. */
export async function listDatabases(server: Target): Promise<string[]> {
  const client = await connect(server, databaseOf(server));
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query('SET LOCAL statement_timeout = 10000');
    const res = await client.query<{ name: string }>(LIST_SQL);
    return res.rows.map((r) => r.name);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/** Why a target failed, in one line with nothing secret: the error's message, redacted. */
export function failureOf(e: unknown): string {
  const message = e instanceof UserError ? e.message : `unexpected error: ${String((e as Error)?.message ?? e)}`;
  return oneLine(redact(message.replace(/^cannot connect to PostgreSQL at \S+: /, 'cannot connect: ')));
}

/**
 * A file name for a database's report from its server and name: letters, digits, _ and - as they
 * are, every other character (a dot first, /, spaces, anything a server may hold) as %XX of its
 * UTF-8 bytes; at most ~120 characters; unique in `used` regardless of case (macOS, Windows).
 */
export function reportFileName(server: string, database: string, ext: string, used: Set<string>): string {
  const safe = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9_-]/.test(c) || (c === '.' && b !== 0) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('').replace(/^\./, '%2E');
  let stem = `${safe(server.replace(/:/g, '_'))}__${safe(database)}`;
  if (stem.length > 120) stem = `${stem.slice(0, 100)}~${Buffer.from(database).toString('hex').slice(-16)}`;
  let name = `${stem}.${ext}`;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}.${ext}`;
  used.add(name.toLowerCase());
  return name;
}

/** Runs `fn` on every item, at most `jobs` at a time, in order of the items. */
export async function runPool<T>(items: T[], jobs: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

/** A database to audit: the target of its server and its name; or a server that could not be listed (database and target null). */
export interface FleetTarget { server: string; database: string | null; target: Target | null; error: string | null }

/**
 * The databases to audit. With allDatabases, each target is a server whose databases are listed
 * and filtered (a server that cannot be listed becomes one failed entry, database null); without,
 * each target is one database.
 */
export async function fleetTargets(targets: Target[], o: { allDatabases: boolean; include: string[]; exclude: string[] }): Promise<FleetTarget[]> {
  const out: FleetTarget[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    const server = await serverOf(t);
    const add = (database: string) => {
      if (seen.has(`${server}\0${database}`)) return; // a server given twice is audited once
      seen.add(`${server}\0${database}`);
      out.push({ server, database, target: t, error: null });
    };
    if (!o.allDatabases) {
      add(databaseOf(t));
      continue;
    }
    try {
      for (const name of selectDatabases(await listDatabases(t), o.include, o.exclude)) add(name);
    } catch (e) {
      out.push({ server, database: null, target: null, error: failureOf(e) });
    }
  }
  return out;
}

/** One audit of the fleet: the snapshot of one database (the shared addons scan inside), or its failure. */
export async function auditOne(target: Target, database: string, scanned: Snapshot['scan'], addons: string[]): Promise<{ snapshot: Snapshot | null; error: string | null; collectedAt: string }> {
  try {
    const snapshot = await collectSnapshot({ db: target, database, addons, scanned });
    return { snapshot, error: null, collectedAt: snapshot.collectedAt };
  } catch (e) {
    return { snapshot: null, error: failureOf(e), collectedAt: new Date().toISOString() };
  }
}
