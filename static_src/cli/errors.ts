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
  const reason = (err.code && reasons[err.code]) || err.message || String(e);
  return new UserError(`cannot connect to PostgreSQL ${where}: ${reason}`);
}
