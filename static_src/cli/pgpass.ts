// The password file of libpq (~/.pgpass, or the file PGPASSFILE names), read the way libpq reads
// it, for connections that carry no password (not in the URL, no PGPASSWORD). pg 8 reads it too,
// but deprecates that (a warning on stderr) and drops it in pg 9; so pgcap hands pg a password
// function instead.
//   hostname:port:database:username:password   one entry a line, the first that matches wins;
//   * matches anything, \: and \\ escape, a line starting with # is a comment. A file that group
//   or others may read or write is ignored with a warning, as libpq does (not on Windows).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PgpassTarget { host?: string | null; port?: number | string | null; database?: string | null; user?: string | null }

/** A password file is a few lines: one larger is not read (a link to a huge file, or a mistake). */
const PGPASS_MAX_BYTES = 1024 * 1024;

export function pgpassFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PGPASSFILE) return env.PGPASSFILE;
  if (process.platform === 'win32') return path.join(env.APPDATA ?? '', 'postgresql', 'pgpass.conf');
  return path.join(env.HOME ?? os.homedir(), '.pgpass');
}

/** The fields of one line, unescaped; null for a comment, a blank or a line with fewer than five fields. */
export function parsePgpassLine(line: string): string[] | null {
  if (line.startsWith('#') || line.trim() === '') return null;
  const fields: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
    } else if (c === ':' && fields.length < 4) {
      fields.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  fields.push(cur);
  return fields.length === 5 ? fields : null;
}

/** The password of the first entry matching the target in the file's text, or undefined. */
export function pgpassLookup(text: string, t: PgpassTarget): string | undefined {
  // libpq matches a Unix socket (no host, or a folder) as "localhost"
  const host = !t.host || t.host.startsWith('/') ? 'localhost' : t.host;
  const want = [host, String(t.port || 5432), t.database ?? '', t.user ?? ''];
  for (const line of text.split('\n')) {
    const f = parsePgpassLine(line.replace(/\r$/, ''));
    if (f && want.every((w, i) => f[i] === '*' || f[i] === w)) return f[4];
  }
  return undefined;
}

/**
 * The password file's text, or null when there is none or it must be ignored: not a plain file, or
 * open to group or others (then `warn` says why, once per file and process).
 */
export function readPgpass(file: string, warn: (line: string) => void): string | null {
  // one descriptor for the checks and the read: the file cannot be swapped in between; O_NONBLOCK:
  // a FIFO put there does not block the open
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) {
      warnOnce(file, `password file ${file} is not a plain file: ignored`, warn);
      return null;
    }
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
      warnOnce(file, `password file ${file} has group or world access: ignored (permissions should be u=rw, chmod 0600)`, warn);
      return null;
    }
    if (st.size > PGPASS_MAX_BYTES) {
      warnOnce(file, `password file ${file} is larger than ${PGPASS_MAX_BYTES / 1024 / 1024} MB: ignored`, warn);
      return null;
    }
    const buf = Buffer.allocUnsafe(PGPASS_MAX_BYTES + 1);
    let got = 0;
    for (let n; got < buf.length && (n = fs.readSync(fd, buf, got, buf.length - got, null)) > 0;) got += n;
    if (got > PGPASS_MAX_BYTES) return null; // grew past the cap since: not read
    return buf.subarray(0, got).toString('utf8');
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

const warned = new Set<string>();
function warnOnce(file: string, line: string, warn: (line: string) => void): void {
  if (warned.has(file)) return;
  warned.add(file);
  warn(line);
}

/** The password for a connection from the password file, or undefined (then the server decides). */
export function pgpassPassword(t: PgpassTarget, warn: (line: string) => void, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const text = readPgpass(pgpassFile(env), warn);
  return text === null ? undefined : pgpassLookup(text, t);
}
