// The Odoo module under stress, where its behaviour lives outside Odoo: a role that cannot read
// Odoo's metadata (the TypeScript collector on the real PostgreSQL of the test setup), a scan cut
// short by the rescan's time budget (core), and `pgcap pull` asking for a rescan only by POST (a
// tiny HTTP server on 127.0.0.1 playing Odoo). The module's own side is in
// odoo_addon/pg_capabilities/tests/test_attacks.py (npm run test:odoo).
import http from 'node:http';
import type net from 'node:net';
import Ajv from 'ajv';
import { buildReport } from '../../static_src/core/report';
import { catalog } from '../../static_src/core/catalog';
import type { CapabilityReport, Report } from '../../static_src/core/report-types';
import { SNAPSHOT_SCHEMA, type ProbeResult, type Snapshot } from '../../static_src/core/snapshot';
import { runProbes } from '../../static_src/cli/collector';
import { connect } from '../../static_src/cli/collect';
import { pullSnapshot } from '../../static_src/cli/remote';
import { freshDatabase, urlFor, withClient } from '../support/db';
import { readJson, SAMPLE_SQL } from '../support/fixtures';

const ODOO_PROBES = catalog.probes.filter((p) => p.requires === 'odoo').map((p) => p.id);

function snapshotOf(probes: ProbeResult[]): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA, version: 2, collectedAt: '2026-01-01T00:00:00.000Z', collector: { name: 'test', version: '0', runtime: 'jest' },
    catalogVersion: catalog.catalogVersion, database: { probes, durationMs: 0 }, scan: null,
  };
}

async function probe(url: string): Promise<ProbeResult[]> {
  const c = await connect(url);
  try {
    return (await runProbes(c)).probes;
  } finally {
    await c.end();
  }
}

const cap = (r: Report, id: string): CapabilityReport => r.capabilities.find((c) => c.id === id)!;
const text = (r: Report): string => JSON.stringify(r);

/** An Odoo-shaped database and a login role that may connect to it; grants is SQL run as the owner. */
async function auditedAs(db: string, role: string, grants: string): Promise<string> {
  const url = await freshDatabase(db, SAMPLE_SQL);
  await withClient(url, async (c) => {
    await c.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} LOGIN PASSWORD 'pw'; END IF;
    END $$`);
    await c.query(`GRANT CONNECT ON DATABASE ${db} TO ${role}`);
    await c.query(grants);
  });
  return urlFor(db, { name: role, password: 'pw' });
}

describe('a role that cannot read Odoo\'s metadata', () => {
  test('attack: a role without USAGE on the schema of Odoo\'s tables is told what it could not read, not "not an Odoo database"', async () => {
    // a hardened database: nothing in public for PUBLIC, the audit role was granted nothing there
    const url = await auditedAs('pgcap_nousage', 'pgcap_nousage', 'REVOKE ALL ON SCHEMA public FROM PUBLIC');
    const probes = await probe(url);
    const server = probes.find((p) => p.id === 'server')!.rows[0]!;
    expect(server.is_odoo).toBe(false); // to_regclass cannot see past the schema: the fact alone misleads
    expect(server.odoo_unreadable).toBe('public.ir_model_data (no USAGE on schema public), public.ir_model_fields (no USAGE on schema public), public.ir_module_module (no USAGE on schema public)');
    for (const id of ODOO_PROBES) {
      expect(probes.find((p) => p.id === id)).toMatchObject({ status: 'error', code: '42501', message: expect.stringMatching(/^could not read public\.ir_model_data .*: permission denied$/) });
    }
    const report = buildReport(snapshotOf(probes));
    expect(text(report)).not.toContain('not an Odoo database');
    expect(report.warnings).toContainEqual(expect.objectContaining({
      level: 'warning', source: 'probe odoo_modules', message: expect.stringContaining('was refused for lack of privilege (could not read public.ir_model_data'),
    }));
    // what rests on Odoo's metadata is not checked, with the reason; not "not in use"
    expect(cap(report, 'jsonb').parts).toContainEqual({ part: 'Odoo fields', status: 'not_checked', reason: expect.stringMatching(/^the role lacks the privilege to read it \(could not read .*public.ir_module_module \(no USAGE on schema public\)/) });
    expect(cap(report, 'listen_notify').parts).toContainEqual({ part: 'Odoo modules', status: 'not_checked', reason: expect.stringContaining('permission denied') });
    expect(cap(report, 'listen_notify').status).toBe('not_checked');
  });

  test('attack: a role without SELECT on ir_module_module is told it could not read ir_module_module (permission denied)', async () => {
    const url = await auditedAs('pgcap_noselect', 'pgcap_noselect', 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgcap_noselect; REVOKE SELECT ON ir_module_module FROM pgcap_noselect');
    const probes = await probe(url);
    const server = probes.find((p) => p.id === 'server')!.rows[0]!;
    expect(server).toMatchObject({ is_odoo: true, odoo_unreadable: 'public.ir_module_module (no SELECT)' });
    // the probe runs, and PostgreSQL's own refusal is recorded
    expect(probes.find((p) => p.id === 'odoo_modules')).toMatchObject({ status: 'error', code: '42501', message: 'permission denied for table ir_module_module' });
    expect(probes.find((p) => p.id === 'odoo_jsonb_fields')).toMatchObject({ status: 'ok' });
    const report = buildReport(snapshotOf(probes));
    expect(text(report)).not.toContain('not an Odoo database');
    expect(report.warnings).toContainEqual(expect.objectContaining({ source: 'probe odoo_modules', message: expect.stringContaining('was refused for lack of privilege (permission denied for table ir_module_module)') }));
    expect(cap(report, 'listen_notify').parts).toContainEqual({ part: 'Odoo modules', status: 'not_checked', reason: 'the role lacks the privilege to read it (permission denied for table ir_module_module)' });
    expect(report.source.odooVersion).toBeNull();
  });

  test('attack: a database that is not Odoo\'s is still said to be one, with nothing "could not read"', async () => {
    const url = await freshDatabase('pgcap_notodoo', 'CREATE TABLE ir_module_module_lookalike (id int)');
    const probes = await probe(url);
    expect(probes.find((p) => p.id === 'server')!.rows[0]).toMatchObject({ is_odoo: false, odoo_unreadable: null });
    for (const id of ODOO_PROBES) expect(probes.find((p) => p.id === id)).toMatchObject({ status: 'skipped', message: 'not an Odoo database' });
  });
});

describe('a rescan cut short by its time budget', () => {
  const demo = readJson<Snapshot>('test/fixtures/demo/snapshot.json');
  const stopped = (): Snapshot => ({
    ...demo,
    scan: { ...demo.scan!, modules: demo.scan!.modules.slice(0, 1), stoppedEarly: "the rescan's time budget of 45 s ran out after 1 module: the modules after them were not scanned" },
  });

  test('attack: a scan stopped early is a fact of the snapshot schema, and the report warns that it was cut short', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(readJson('schema/snapshot.schema.json') as object);
    expect(validate(stopped())).toBe(true);
    expect(validate({ ...demo, scan: { ...demo.scan!, stoppedEarly: 3 } })).toBe(false);
    const report = buildReport(stopped());
    expect(report.warnings).toContainEqual({
      level: 'warning', source: 'scan',
      message: expect.stringMatching(/^The addons scan stopped early \(the rescan's time budget of 45 s ran out .*\): 1 module was scanned, the rest not/),
    });
    expect(buildReport(demo).warnings.find((w) => w.source === 'scan' && w.level === 'warning')).toBeUndefined();
  });

  test('attack: code that a stopped scan did not reach is "not checked", never "not in use"', () => {
    const report = buildReport(stopped());
    const codeParts = report.capabilities.flatMap((c) => c.parts.filter((p) => p.part === 'code' && p.status !== 'in_use'));
    expect(codeParts.length).toBeGreaterThan(0);
    for (const p of codeParts) expect(p).toEqual({ part: 'code', status: 'not_checked', reason: expect.stringContaining('the addons scan stopped early') });
  });
});

describe('pgcap pull asks for a rescan by POST only', () => {
  const snapshot = readJson<Snapshot>('test/fixtures/demo/snapshot.json');
  const latest = { id: 1, collected_at: '2026-01-01 00:00:00', snapshot };
  let server: http.Server;
  let base: string;
  let seen: string[] = [];
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        seen.push(`${req.method} ${req.url}${body ? ` ${body}` : ''}`);
        const [, scenario, ...rest] = (req.url ?? '').split('/');
        const path = `/${rest.join('/')}`;
        const json = (status: number, data: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(data));
        if (scenario === 'odoo18') {
          if (req.headers.authorization !== 'Bearer k') return json(401, { error: 'Invalid apikey' });
          if (req.method === 'GET' && path === '/pg_capabilities/snapshot') return json(200, latest);
          if (req.method === 'POST' && path === '/pg_capabilities/rescan') return json(200, latest);
          return json(req.url?.includes('rescan=') ? 400 : 404, { error: 'not here' });
        }
        if (scenario === 'empty18') {
          if (req.method === 'GET' && path === '/pg_capabilities/snapshot') return json(200, { snapshot: null, message: 'No snapshot has been collected yet' });
          if (req.method === 'POST' && path === '/pg_capabilities/rescan') return json(200, latest);
          return json(404, {});
        }
        if (scenario === 'busy18') return json(409, { error: 'A rescan is already running; its result will show when it is done.' });
        if (scenario === 'odoo17') {
          if (path.startsWith('/pg_capabilities/')) return res.writeHead(303, { Location: `/${scenario}/web/login` }).end();
          if (path === '/jsonrpc') {
            const { params } = JSON.parse(body) as { params: { service: string; method: string; args: unknown[] } };
            const result = params.service === 'common' ? 2 : params.args[4] === 'pgcap_rescan' ? latest : false;
            return json(200, { jsonrpc: '2.0', id: 1, result });
          }
        }
        return json(404, {});
      });
    });
    server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });

  beforeEach(() => { seen = []; });

  const pull = (scenario: string, rescan: boolean, extra: object = {}) => pullSnapshot({ url: `${base}/${scenario}`, apiKey: 'k', rescan, timeoutMs: 10000, ...extra });

  test('attack: pull --rescan on Odoo 18+ POSTs to /pg_capabilities/rescan with the key, and sends no GET ?rescan=1', async () => {
    expect((await pull('odoo18', true)).schema).toBe(SNAPSHOT_SCHEMA);
    expect(seen).toEqual(['POST /odoo18/pg_capabilities/rescan']);
    await pull('odoo18', false);
    expect(seen).toEqual(['POST /odoo18/pg_capabilities/rescan', 'GET /odoo18/pg_capabilities/snapshot']);
  });

  test('attack: pull from an Odoo with no snapshot stored collects one by POST, the GET having changed nothing', async () => {
    const progress: string[] = [];
    expect((await pull('empty18', false, { progress: (m: string) => progress.push(m) })).schema).toBe(SNAPSHOT_SCHEMA);
    expect(seen).toEqual(['GET /empty18/pg_capabilities/snapshot', 'POST /empty18/pg_capabilities/rescan']);
    expect(progress).toContain('no snapshot stored yet: collecting one');
  });

  test('attack: a rescan refused because another one runs says so in one line', async () => {
    await expect(pull('busy18', true)).rejects.toThrow(`${base}/busy18 answered 409 Conflict: A rescan is already running; its result will show when it is done.`);
  });

  test('attack: pull --rescan on Odoo 17 (no bearer routes) rescans over JSON-RPC with the key', async () => {
    expect((await pull('odoo17', true, { database: 'db', login: 'admin' })).schema).toBe(SNAPSHOT_SCHEMA);
    expect(seen[0]).toBe('POST /odoo17/pg_capabilities/rescan');
    expect(seen.some((s) => s.startsWith('GET') && s.includes('rescan'))).toBe(false);
    expect(seen.at(-1)).toContain('"pgcap_rescan"');
  });
});
