// Errors a person can act on: each becomes one line on stderr and exit code 2.
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

interface PgError { code?: string; message?: string; address?: string; port?: number; hostname?: string }

/** Turns a pg/network error at connect time into one clear sentence. */
export function connectError(e: unknown, where: string): UserError {
  const err = e as PgError;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused (is the server running, and listening on that host and port?)',
    ENOTFOUND: `host ${err.hostname ?? ''} not found`.replace('  ', ' '),
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: 'connection timed out',
    ECONNRESET: 'connection reset by the server',
    EHOSTUNREACH: 'host unreachable',
    '28P01': `authentication failed: ${err.message}`,
    '28000': `not allowed to connect: ${err.message}`,
    '3D000': `${err.message}`,
    '53300': 'too many connections on the server',
    '57P03': 'the server is starting up or shutting down',
  };
  // pg's own words (SCRAM) or the server's (password, md5) when no password was found anywhere
  const noPassword = /password must be a string|empty password returned by client/.test(err.message ?? '')
    ? 'the server asks for a password and none was given (in the URL, PGPASSWORD or ~/.pgpass)' : '';
  const reason = noPassword || (err.code && reasons[err.code]) || err.message || String(e);
  return new UserError(`cannot connect to PostgreSQL ${where}: ${reason}`);
}

/** True for an error of the connection itself (dropped, reset, unusable), not of one statement. */
export function isConnectionLost(e: unknown): boolean {
  const err = e as PgError;
  if (typeof err?.code === 'string' && /^E[A-Z]+$/.test(err.code)) return true;
  return /connection terminated|not queryable|connection error|connection ended/i.test(err?.message ?? '');
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EEXIST: 'it already exists',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ENXIO: 'no such device (a FIFO without a reader?)',
  EINVAL: 'invalid argument',
  EFBIG: 'file too large',
  EDQUOT: 'disk quota exceeded',
};

/** The reason of a file-system error, in words ("permission denied"), without Node's decoration. */
export function describeErrno(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return (err?.code && ERRNO[err.code]) || err?.code || (err as Error)?.message || String(e);
}

/** "cannot write FILE: permission denied" */
export function fileError(e: unknown, action: string, file: string): UserError {
  return new UserError(`cannot ${action} ${file}: ${describeErrno(e)}`);
}

/** One line for the terminal: control characters (a newline in a file name, a server's message) shown escaped. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
