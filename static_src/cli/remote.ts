// Pulls the snapshot stored by the pg_capabilities module of a running Odoo (Odoo.sh gives no
// database access). Odoo 18+: GET /pg_capabilities/snapshot with the API key as a bearer token.
// Odoo 17 (no bearer routes): JSON-RPC, authenticate with database, login and API key, then call
// pg.capabilities.snapshot's methods. Node's fetch; nothing else.
import { SNAPSHOT_SCHEMA, type Snapshot } from '../core/snapshot';
import { UserError } from './errors';

export interface RemoteOptions {
  url: string;
  apiKey: string;
  database?: string;
  login?: string;
  rescan: boolean;
  progress?: (message: string) => void;
}

const MODEL = 'pg.capabilities.snapshot';

function base(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`not a URL: ${url}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UserError(`not an http(s) URL: ${url}`);
  return u.origin + u.pathname.replace(/\/+$/, '');
}

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(300_000) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(`cannot reach Odoo at ${new URL(url).origin}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
}

function asSnapshot(data: unknown, origin: string): Snapshot {
  const s = (data as { snapshot?: Snapshot } | null)?.snapshot;
  if (!s || s.schema !== SNAPSHOT_SCHEMA) throw new UserError(`${origin} answered, but not with a pg_capabilities snapshot`);
  return s;
}

async function viaRoute(root: string, opts: RemoteOptions): Promise<Snapshot | 'no-bearer'> {
  const resp = await request(`${root}/pg_capabilities/snapshot${opts.rescan ? '?rescan=1' : ''}`, {
    headers: { Authorization: `Bearer ${opts.apiKey}`, Accept: 'application/json' },
  });
  if (resp.status === 200) return asSnapshot(await resp.json().catch(() => null), root);
  if (resp.status >= 300 && resp.status < 400) return 'no-bearer'; // Odoo 17: redirected to the login page
  if (resp.status === 401) throw new UserError(`${root} refused the API key (401): check it, and that it belongs to an administrator`);
  if (resp.status === 403) throw new UserError(`${root} refused access (403): the API key's user is not an administrator (Settings group)`);
  if (resp.status === 404) throw new UserError(`${root} has no /pg_capabilities/snapshot (404): is the pg_capabilities module installed in that database?`);
  const body = await resp.text().catch(() => '');
  const error = /"error":\s*"([^"]+)"/.exec(body)?.[1];
  throw new UserError(`${root} answered ${resp.status}${error ? `: ${error}` : ''}`);
}

async function rpc(root: string, service: string, method: string, args: unknown[]): Promise<unknown> {
  const resp = await request(`${root}/jsonrpc`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', id: 1, params: { service, method, args } }),
  });
  if (resp.status !== 200) throw new UserError(`${root}/jsonrpc answered ${resp.status}`);
  const data = (await resp.json().catch(() => null)) as { result?: unknown; error?: { data?: { message?: string }; message?: string } } | null;
  if (!data) throw new UserError(`${root}/jsonrpc did not answer JSON`);
  if (data.error) throw new UserError(`Odoo: ${data.error.data?.message ?? data.error.message ?? 'error'}`);
  return data.result;
}

async function viaJsonRpc(root: string, opts: RemoteOptions): Promise<Snapshot> {
  if (!opts.database || !opts.login) {
    throw new UserError(`${root} has no bearer routes (Odoo 17): give --odoo-db and --login too, to use the API key over JSON-RPC`);
  }
  const uid = await rpc(root, 'common', 'authenticate', [opts.database, opts.login, opts.apiKey, {}]);
  if (!uid) throw new UserError(`${root} refused login ${opts.login} with that API key on database ${opts.database}`);
  const method = opts.rescan ? 'pgcap_rescan' : 'pgcap_latest';
  let data = await rpc(root, 'object', 'execute_kw', [opts.database, uid, opts.apiKey, MODEL, method, []]);
  if (!data) {
    opts.progress?.('no snapshot stored yet: collecting one');
    data = await rpc(root, 'object', 'execute_kw', [opts.database, uid, opts.apiKey, MODEL, 'pgcap_rescan', []]);
  }
  return asSnapshot(data, root);
}

export async function pullSnapshot(opts: RemoteOptions): Promise<Snapshot> {
  const root = base(opts.url);
  opts.progress?.(`asking ${root} for its pg_capabilities snapshot`);
  const viaBearer = await viaRoute(root, opts);
  return viaBearer === 'no-bearer' ? viaJsonRpc(root, opts) : viaBearer;
}
