// Pulls the snapshot stored by the pg_capabilities module of a running Odoo (Odoo.sh gives no
// database access). Odoo 18+: GET /pg_capabilities/snapshot with the API key as a bearer token,
// and POST /pg_capabilities/rescan to collect a new one first (a GET never changes anything).
// Odoo 17 (no bearer routes): JSON-RPC, authenticate with database, login and API key, then call
// pg.capabilities.snapshot's methods. Node's fetch; nothing else.
//
// The API key goes to the --odoo origin and nowhere else: redirects are followed by hand, on the
// same origin only; a redirect to the login page is a refusal, not a page to parse. Every request
// gives up after the timeout, and whatever answers (HTML, an error page, a foreign JSON) is said
// in one line.
import type { Snapshot } from '../core/snapshot';
import { oneLine, UserError } from './errors';
import { MAX_INPUT_BYTES } from './output';
import { checkSnapshot } from './snapshot-check';

export interface RemoteOptions {
  url: string;
  apiKey: string;
  database?: string;
  login?: string;
  rescan: boolean;
  /** Milliseconds each HTTP request may take, answer included. */
  timeoutMs: number;
  progress?: (message: string) => void;
}

const MODEL = 'pg.capabilities.snapshot';
const MAX_REDIRECTS = 5;

/** The --odoo URL without a trailing slash, query or fragment; http(s) only. */
export function odooRoot(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`--odoo is not a URL: ${url} (write it as https://erp.example.com)`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UserError(`--odoo is not an http(s) URL: ${url}`);
  if (u.username || u.password) throw new UserError('--odoo takes no user name or password in the URL: the API key is the credential');
  return u.origin + u.pathname.replace(/\/+$/, '');
}

class LoginRedirect extends Error {}

/** A server's words (an error message, a status text) fit for one line: no control characters, not too long. */
function quote(s: string, max = 200): string {
  const t = oneLine(s).trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function isTimeout(e: unknown): boolean {
  const err = e as { name?: string; cause?: { name?: string } };
  return err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError';
}

function timeoutError(origin: string, ms: number): UserError {
  return new UserError(`Odoo at ${origin} did not answer within ${seconds(ms)} (give more with --timeout SECONDS)`);
}

interface Answer { resp: Response; url: URL; origin: string; timeoutMs: number }

/**
 * fetch with redirects followed by hand: same origin only (the key must not travel to another
 * host), at most MAX_REDIRECTS, and the login page recognised as a refusal.
 */
async function request(url: string, init: RequestInit, timeoutMs: number): Promise<Answer> {
  let current = new URL(url);
  const origin = current.origin;
  let method = init.method ?? 'GET';
  let body = init.body;
  for (let hop = 0; ; hop++) {
    let resp: Response;
    try {
      resp = await fetch(current, { ...init, method, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      if (isTimeout(e)) throw timeoutError(origin, timeoutMs);
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new UserError(`cannot reach Odoo at ${origin}: ${quote(cause?.code ?? cause?.message ?? (e as Error).message)}`);
    }
    if (resp.status < 300 || resp.status >= 400 || resp.status === 304) return { resp, url: current, origin, timeoutMs };
    await resp.body?.cancel().catch(() => undefined);
    const location = resp.headers.get('location');
    if (!location) throw new UserError(`${origin} answered ${resp.status} (a redirect) without saying where to`);
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw new UserError(`${origin} redirected to a malformed address: ${quote(location, 100)}`);
    }
    if (next.origin !== origin) {
      throw new UserError(`${origin} redirected to another host, ${quote(next.origin, 100)}: not followed, the API key stays with ${origin} (give --odoo the address Odoo answers on)`);
    }
    if (/\/web\/login\/?$/.test(next.pathname)) throw new LoginRedirect();
    if (hop >= MAX_REDIRECTS) throw new UserError(`${origin} redirected more than ${MAX_REDIRECTS} times: stopped`);
    if (resp.status === 303 || ((resp.status === 301 || resp.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
    current = next;
  }
}

/** The body as text, bounded in time (the request's timeout) and size. */
async function bodyText(a: Answer): Promise<string> {
  const reader = a.resp.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_INPUT_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new UserError(`${a.origin} answered more than ${MAX_INPUT_BYTES / 1024 / 1024} MiB: not a snapshot`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (isTimeout(e)) throw timeoutError(a.origin, a.timeoutMs);
    throw new UserError(`${a.origin} broke off its answer: ${quote((e as Error).message)}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function looksLikeHtml(a: Answer, text: string): boolean {
  return /text\/html/i.test(a.resp.headers.get('content-type') ?? '') || /^\s*<(!doctype|html|head|body)/i.test(text);
}

/** The JSON of a 200 answer, or a sentence saying what came instead. */
async function jsonOf(a: Answer, what: string): Promise<unknown> {
  const text = await bodyText(a);
  if (looksLikeHtml(a, text)) {
    throw new UserError(`${a.url.origin}${a.url.pathname} answered with an HTML page, not ${what}: is --odoo the address of the Odoo, with the pg_capabilities module installed?`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(`${a.url.origin}${a.url.pathname} did not answer JSON (${text.trim() === '' ? 'an empty answer' : 'a damaged or foreign answer'}), not ${what}`);
  }
}

/** "answered 500 Internal Server Error: <the error the module gave>" */
async function statusError(a: Answer, where: string): Promise<UserError> {
  const text = await bodyText(a).catch(() => '');
  let detail = '';
  try {
    const data = JSON.parse(text) as { error?: unknown };
    if (typeof data?.error === 'string') detail = `: ${quote(data.error)}`;
  } catch {
    // not JSON: the status says it
  }
  const statusText = a.resp.statusText ? ` ${quote(a.resp.statusText, 60)}` : '';
  return new UserError(`${where} answered ${a.resp.status}${statusText}${detail}`);
}

function asSnapshot(data: unknown, root: string): Snapshot {
  const inner = (data as { snapshot?: unknown } | null)?.snapshot;
  if (inner === undefined) throw new UserError(`${root} answered, but not with a pg_capabilities snapshot`);
  return checkSnapshot(inner, root);
}

/** What a route answers with a status other than 200, said in one line. */
async function routeError(a: Answer, root: string, path: string): Promise<UserError> {
  const { status } = a.resp;
  if ([401, 403, 404].includes(status)) await a.resp.body?.cancel().catch(() => undefined);
  if (status === 401) return new UserError(`${root} refused the API key (401): check it, and that it belongs to an administrator`);
  if (status === 403) return new UserError(`${root} refused access (403): the API key's user is not an administrator (Settings group)`);
  if (status === 404) return new UserError(`${root} has no ${path} (404): is the pg_capabilities module installed in that database, and up to date?`);
  return statusError(a, root);
}

/** A rescan changes state: a POST with the key (Odoo 18+), never a GET. */
async function rescanViaRoute(root: string, opts: RemoteOptions): Promise<Snapshot> {
  opts.progress?.(`asking ${root} to collect a new snapshot`);
  const a = await request(`${root}/pg_capabilities/rescan`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${opts.apiKey}`, Accept: 'application/json' },
  }, opts.timeoutMs);
  if (a.resp.status === 200) return asSnapshot(await jsonOf(a, 'a snapshot'), root);
  throw await routeError(a, root, '/pg_capabilities/rescan');
}

async function viaRoute(root: string, opts: RemoteOptions): Promise<Snapshot> {
  if (opts.rescan) return rescanViaRoute(root, opts);
  const a = await request(`${root}/pg_capabilities/snapshot`, {
    headers: { Authorization: `Bearer ${opts.apiKey}`, Accept: 'application/json' },
  }, opts.timeoutMs);
  if (a.resp.status !== 200) throw await routeError(a, root, '/pg_capabilities/snapshot');
  const data = await jsonOf(a, 'a snapshot');
  if ((data as { snapshot?: unknown } | null)?.snapshot === null) {
    opts.progress?.('no snapshot stored yet: collecting one');
    return rescanViaRoute(root, opts);
  }
  return asSnapshot(data, root);
}

async function rpc(root: string, service: string, method: string, args: unknown[], timeoutMs: number): Promise<unknown> {
  const a = await request(`${root}/jsonrpc`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', id: 1, params: { service, method, args } }),
  }, timeoutMs);
  if (a.resp.status !== 200) throw await statusError(a, `${root}/jsonrpc`);
  const data = (await jsonOf(a, 'a JSON-RPC answer')) as { result?: unknown; error?: { data?: { message?: unknown }; message?: unknown } } | null;
  if (!data || typeof data !== 'object') throw new UserError(`${root}/jsonrpc did not answer JSON-RPC`);
  if (data.error) throw new UserError(`Odoo: ${quote(String(data.error.data?.message ?? data.error.message ?? 'error'))}`);
  return data.result;
}

async function viaJsonRpc(root: string, opts: RemoteOptions): Promise<Snapshot> {
  const uid = await rpc(root, 'common', 'authenticate', [opts.database, opts.login, opts.apiKey, {}], opts.timeoutMs);
  if (!uid) throw new UserError(`${root} refused login ${opts.login} with that API key on database ${opts.database}`);
  const method = opts.rescan ? 'pgcap_rescan' : 'pgcap_latest';
  let data = await rpc(root, 'object', 'execute_kw', [opts.database, uid, opts.apiKey, MODEL, method, []], opts.timeoutMs);
  if (!data) {
    opts.progress?.('no snapshot stored yet: collecting one');
    data = await rpc(root, 'object', 'execute_kw', [opts.database, uid, opts.apiKey, MODEL, 'pgcap_rescan', []], opts.timeoutMs);
  }
  return asSnapshot(data, root);
}

export async function pullSnapshot(opts: RemoteOptions): Promise<Snapshot> {
  const root = odooRoot(opts.url);
  opts.progress?.(`asking ${root} for its pg_capabilities snapshot`);
  try {
    return await viaRoute(root, opts);
  } catch (e) {
    if (!(e instanceof LoginRedirect)) throw e;
    // Odoo 17 has no bearer routes: its route sends a request without a session to the login page
    if (!opts.database || !opts.login) {
      throw new UserError(`${root} redirected to login: the API key is wrong or the pg_capabilities module is not installed (on Odoo 17, which takes the key over JSON-RPC, give --odoo-db and --login too)`);
    }
  }
  opts.progress?.(`asking ${root} over JSON-RPC (Odoo 17)`);
  try {
    return await viaJsonRpc(root, opts);
  } catch (e) {
    if (e instanceof LoginRedirect) throw new UserError(`${root}/jsonrpc redirected to login: is --odoo the address of the Odoo?`);
    throw e;
  }
}
