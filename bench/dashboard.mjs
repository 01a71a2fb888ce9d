// npm run bench:dashboard: the dashboard at 5,000 findings in real Chromium on a real Odoo, beside
// Odoo's own list view (Settings > Technical > Models) measured in the same run.
//
//   ODOO17_SRC=/path/to/odoo17 npm run bench:dashboard [-- --keep] [-- --runs N]
//
// For each Odoo tree (ODOO17_SRC or ODOO_SRC; ODOO18_SRC, ODOO19_SRC too when set): a fresh
// database (dropped first), base + web + pg_capabilities installed without demo data, a snapshot
// of 5,000 findings (bench/snapshot.ts) stored with SQL as a rescan stores it, Odoo served with
// workers=0, admin logged in in Chromium; then every figure below, printed as a table and written
// to bench/results/dashboard-<date>T<hh-mm>.json (UTC). The database is dropped at the end unless --keep.
//
// An interaction's time runs from its input event (event.timeStamp) to the first frame after the
// DOM settles: no request in flight and no DOM mutation for a quiet window; the time reported is
// that of the animation frame after the last mutation. The Event Timing API's duration of the same
// interaction (PerformanceObserver 'event', >= 16 ms only) is printed beside it.
//
// The dashboard is being re-architected (static_src/dashboard/contract.ts): the script detects
// which shape is installed (the model pg.capabilities.finding exists: new) and picks its selectors
// from SHAPES below; Odoo's own list view has the same selectors in the new shape's findings list.
// Environment: ODOO_DB_HOST/PORT/USER/PASSWORD (localhost 5432 odoo odoo), BENCH_DB
// (pgcap_bench_dashboard, _<series> added), BENCH_PORT (8740), ODOO_PYTHON (/usr/bin/python3: the
// Python that has Odoo's dependencies, as npm run test:odoo), CHROMIUM
// (/usr/bin/chromium).
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---- every selector and input the measurements use ---------------------------------------------
/** Odoo's own list view (ir.model; the new shape's findings list is one too). */
const ODOO_LIST = {
  ready: '.o_list_view .o_data_row',
  sortHeader: '.o_list_view th.o_column_sortable',
  nextPage: '.o_pager_next',
  search: '.o_searchview_input',
  facetRemove: '.o_searchview_facet .o_facet_remove',
  row: '.o_list_view .o_data_row .o_data_cell',
  form: '.o_form_view',
  searchToggler: '.o_searchview_dropdown_toggler',
  groupByItem: '.o_group_by_menu .o_menu_item',
  groupRow: '.o_list_view .o_group_header',
};
const BASELINE = {
  action: 'base.action_model_model', word: 'partner',
  // ir.model's search view has no group-by: Odoo's own group-by is measured on its fields list
  groupAction: 'base.action_model_fields', groupModel: 'ir.model.fields', groupFilter: 'group_by_ttype',
};
const SHAPES = {
  // today's: the whole snapshot sent and judged in the browser, a custom findings table
  old: {
    overviewAction: 'pg_capabilities.action_pg_capabilities_dashboard',
    overviewReady: '.o_pgcap_cards',
    loading: '.o_pgcap_loading',
    findings: {
      ready: '.o_pgcap_findings .o_pgcap_finding',
      sortHeader: '.o_pgcap_findings th[role="button"]',
      sortIndex: 2, // Module
      nextPage: '.o_pgcap_findings button:has-text("›")',
      search: '.o_pgcap_findings_filter',
      row: '.o_pgcap_findings .o_pgcap_finding',
      detail: '.o_pgcap_finding_detail',
    },
    word: 'redis',
  },
  // issue 10's: an overview client action, findings as pg.capabilities.finding records in Odoo's list
  new: {
    overviewAction: 'pg_capabilities.action_pg_capabilities_dashboard',
    overviewReady: '.o_action_manager [class*="o_pgcap_"]',
    loading: '.o_pgcap_loading',
    findingsAction: 'pg_capabilities.action_pg_capabilities_finding',
    findingModel: 'pg.capabilities.finding',
    groupFilter: 'group_store',
    word: 'redis',
  },
};
const GOALS = { interactionMs: 100, firstLoadMs: 1000, payloadBytes: 1_000_000, bundleBytes: 60_000 };
const QUIET_MS = { interaction: 120, load: 300 };
const TIMEOUT_MS = 60_000;

// ---- command line --------------------------------------------------------------------------------
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}
const KEEP = argv.includes('--keep');
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) > 0 && argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 5;
const DB = { host: process.env.ODOO_DB_HOST ?? 'localhost', port: Number(process.env.ODOO_DB_PORT ?? 5432), user: process.env.ODOO_DB_USER ?? 'odoo', password: process.env.ODOO_DB_PASSWORD ?? 'odoo' };
const PYTHON = process.env.ODOO_PYTHON ?? '/usr/bin/python3';
const PORT = Number(process.env.BENCH_PORT ?? 8740);

/** Series -> Odoo tree, from ODOO<NN>_SRC and ODOO_SRC (its series read from its release.py). */
function odooTrees() {
  const trees = new Map();
  const major = (src) => Number(fs.readFileSync(path.join(src, 'odoo/release.py'), 'utf8').match(/^version_info = \((\d+),/m)?.[1]);
  for (const [k, v] of Object.entries(process.env)) {
    const m = k.match(/^ODOO(\d+)_SRC$/);
    if (m && v && ['17', '18', '19'].includes(m[1])) trees.set(Number(m[1]), path.resolve(v));
  }
  if (process.env.ODOO_SRC) trees.set(major(process.env.ODOO_SRC), path.resolve(process.env.ODOO_SRC));
  for (const [n, src] of trees) {
    if (!fs.existsSync(path.join(src, 'odoo-bin'))) throw new Error(`ODOO${n}_SRC=${src} holds no odoo-bin`);
    if (major(src) !== n) throw new Error(`${src} is Odoo ${major(src)}, not ${n}`);
  }
  return [...trees].sort(([a], [b]) => a - b);
}

// ---- statistics and formatting ---------------------------------------------------------------------
const median = (xs) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null; };
const max = (xs) => { const s = xs.filter((x) => x !== null); return s.length ? Math.max(...s) : null; };
const stats = (xs) => ({ median: median(xs), max: max(xs), runs: xs });
const ms = (x) => (x === null || x === undefined ? '—' : `${Math.round(x)} ms`);
const kb = (x) => (x === null || x === undefined ? '—' : x >= 1e6 ? `${(x / 1e6).toFixed(2)} MB` : `${(x / 1e3).toFixed(1)} KB`);

// ---- database and Odoo -------------------------------------------------------------------------------
async function withClient(database, fn) {
  const c = new pg.Client({ ...DB, database });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

async function recreateDatabase(name) {
  await withClient('postgres', async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  });
}

async function dropDatabase(name) {
  await withClient('postgres', (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Odoo's data dir (filestore, sessions) of this run: a temporary folder, removed with the database. */
const DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-bench-odoo-'));
process.on('exit', () => { if (!KEEP) fs.rmSync(DATA_DIR, { recursive: true, force: true }); });

function odooArgs(series, src, db) {
  const addons = [path.join(src, 'addons'), path.join(src, 'odoo/addons')].filter((p) => fs.existsSync(p));
  return [path.join(src, 'odoo-bin'), `--addons-path=${[...addons, path.join(root, 'odoo_addon')].join(',')}`, '-d', db,
    `--db_host=${DB.host}`, `--db_port=${DB.port}`, `--db_user=${DB.user}`, `--db_password=${DB.password}`, `--data-dir=${DATA_DIR}`,
    series >= 19 ? '--without-demo' : '--without-demo=all'];
}

function installModule(series, src, db) {
  const r = spawnSync(PYTHON, [...odooArgs(series, src, db), '-i', 'pg_capabilities', '--stop-after-init', '--log-level=warn'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing pg_capabilities on Odoo ${series} failed:\n${r.stderr.slice(-3000)}`);
}

async function serveOdoo(series, src, db, port) {
  const log = path.join(root, 'bench/results', `odoo${series}.log`);
  const out = fs.openSync(log, 'w');
  const child = spawn(PYTHON, [...odooArgs(series, src, db), `--http-port=${port}`, '--workers=0', `--db-filter=^${db}$`,
    '--log-level=warn', '--max-cron-threads=0'], { stdio: ['ignore', out, out] });
  const base = `http://localhost:${port}`;
  const until = Date.now() + TIMEOUT_MS;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`Odoo ${series} exited (${child.exitCode}); see ${log}`);
    try { if ((await fetch(`${base}/web/login`)).ok) return { child, base, log }; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`Odoo ${series} did not answer on ${base} within ${TIMEOUT_MS / 1000} s; see ${log}`);
}

async function stopOdoo(server) {
  if (!server || server.child.exitCode !== null) return;
  const gone = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

/** Which dashboard is installed: the new shape has the finding model (contract.ts FINDING_MODEL). */
async function detectShape(db) {
  return withClient(db, async (c) => ((await c.query("SELECT 1 FROM ir_model WHERE model = 'pg.capabilities.finding'")).rowCount ? 'new' : 'old'));
}

/** A new snapshot, as a rescan stores it (the payload column; model _store): the latest row. */
async function storeSnapshot(db, text) {
  await withClient(db, async (c) => {
    const admin = (await c.query("SELECT res_id FROM ir_model_data WHERE module = 'base' AND name = 'user_admin'")).rows[0].res_id;
    await c.query(`INSERT INTO pg_capabilities_snapshot (collected_at, duration_ms, user_id, payload, create_uid, create_date, write_uid, write_date)
                   VALUES (now() AT TIME ZONE 'UTC', 30000, $1, $2::jsonb, $1, now() AT TIME ZONE 'UTC', $1, now() AT TIME ZONE 'UTC')`, [admin, text]);
  });
}

// ---- the page: settle detection, event timing, bytes received ------------------------------------
/** Runs in every page before Odoo's code: counts requests in flight, records the first input event
 * after arm(), mutations, and Event Timing entries. */
function pageProbe() {
  const b = (window.__bench = { pending: 0, t0: null, armed: false, last: 0, frame: null, events: [] });
  const XHR = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...a) {
    b.pending++;
    this.addEventListener('loadend', () => b.pending--, { once: true });
    return XHR.apply(this, a);
  };
  const f = window.fetch;
  window.fetch = function (...a) { b.pending++; return f.apply(this, a).finally(() => b.pending--); };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'click']) {
    window.addEventListener(type, (e) => { if (b.armed && b.t0 === null) b.t0 = e.timeStamp; }, true);
  }
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId }); })
      .observe({ type: 'event', buffered: true, durationThreshold: 16 });
    b.eventTiming = true;
  } catch { b.eventTiming = false; }
  const onMutation = () => {
    b.last = performance.now();
    requestAnimationFrame(() => { b.frame = performance.now(); });
  };
  b.arm = () => { b.armed = true; b.t0 = null; b.frame = null; b.last = performance.now(); };
  /** Resolves when ready (a selector present, another absent), nothing in flight and no mutation
   * for quiet ms: the time of the frame after the last mutation. */
  b.settle = (quiet, ready, gone, timeout) => new Promise((resolve, reject) => {
    const since = performance.now();
    const check = () => {
      const now = performance.now();
      const ok = (!ready || document.querySelector(ready)) && (!gone || !document.querySelector(gone)) && b.pending === 0;
      if (ok && now - b.last >= quiet && (b.frame !== null || now - since >= quiet)) {
        b.armed = false;
        resolve({ t0: b.t0, frame: b.frame ?? b.last, eventTiming: b.eventTiming });
      } else if (now - since > timeout) reject(new Error(`not settled after ${timeout} ms (ready ${ready}: ${!!document.querySelector(ready || 'html')}, in flight ${b.pending})`));
      else setTimeout(check, 10);
    };
    check();
  });
  new MutationObserver(onMutation).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Bytes received per kind (encodedDataLength, headers included) while fn runs. */
async function countBytes(cdp, fn) {
  const kinds = new Map();
  const sizes = { data: 0, js: 0, css: 0, other: 0 };
  const requests = [];
  const onResponse = (e) => kinds.set(e.requestId, { url: e.response.url, kind: kindOf(e.response.url, e.type) });
  const onDone = (e) => {
    const k = kinds.get(e.requestId);
    if (!k) return;
    sizes[k.kind] += e.encodedDataLength;
    if (k.kind === 'data') requests.push({ url: new URL(k.url).pathname, bytes: e.encodedDataLength });
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onDone);
  try {
    const value = await fn();
    await new Promise((r) => setTimeout(r, 100)); // the last loadingFinished events
    return { value, bytes: sizes, requests };
  } finally {
    cdp.off('Network.responseReceived', onResponse);
    cdp.off('Network.loadingFinished', onDone);
  }
}

function kindOf(url, type) {
  const p = new URL(url).pathname;
  if (/\.js$/.test(p) || type === 'Script') return 'js';
  if (/\.css$/.test(p) || type === 'Stylesheet') return 'css';
  if (type === 'XHR' || type === 'Fetch' || /^\/(web\/(dataset|action|webclient)|json)\//.test(p)) return 'data';
  return 'other';
}

function actionUrl(base, series, xmlid) {
  return series >= 18 ? `${base}/odoo/action-${xmlid}` : `${base}/web#action=${xmlid}`;
}

/** One interaction: arm, act (the input), settle; its time and its Event Timing duration. */
async function interaction(page, act, ready, gone) {
  await page.evaluate(() => window.__bench.arm());
  await act();
  const r = await page.evaluate(([q, ready, gone, t]) => window.__bench.settle(q, ready, gone, t), [QUIET_MS.interaction, ready ?? null, gone ?? null, TIMEOUT_MS])
    .catch(async (e) => { await failure(page, e); });
  if (r.t0 === null) throw new Error('no input event seen');
  await page.waitForTimeout(50); // Event Timing entries are delivered after the frame
  const et = await page.evaluate((t0) => {
    const own = window.__bench.events.filter((e) => e.start >= t0 - 1 && e.id > 0);
    return own.length ? Math.max(...own.map((e) => e.duration)) : 0;
  }, r.t0);
  // eventMs 0: no entry, i.e. under the API's 16 ms threshold (printed < 16 ms)
  return { ms: r.frame - r.t0, eventMs: r.eventTiming ? et : null, eventTiming: r.eventTiming };
}

/** repeats an interaction: median and max of both figures. */
async function repeat(runs, fn) {
  const xs = [];
  for (let i = 0; i < runs; i++) xs.push(await fn(i));
  return { settle: stats(xs.map((x) => x.ms)), event: stats(xs.map((x) => x.eventMs)), eventTiming: xs.some((x) => x.eventTiming) };
}

/** Saves what the page shows, then throws: a selector of SHAPES that no longer matches shows here. */
async function failure(page, e) {
  const shot = path.join(root, 'bench/results', `failure-${Date.now()}.png`);
  await page.screenshot({ path: shot }).catch(() => {});
  throw new Error(`${e.message}\nat ${page.url()}; the page: ${path.relative(root, shot)}`);
}

/** A navigation to url until ready: ms from navigation start to the frame after it settles. */
async function firstLoad(page, cdp, url, ready, gone) {
  const { value, bytes, requests } = await countBytes(cdp, async () => {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => !!window.__bench, null, { timeout: TIMEOUT_MS });
    const r = await page.evaluate(([q, ready, gone, t]) => window.__bench.settle(q, ready, gone, t), [QUIET_MS.load, ready, gone ?? null, TIMEOUT_MS])
      .catch(async (e) => { await failure(page, e); });
    return r.frame; // performance.now() counts from the navigation's start
  });
  return { ms: value, bytes, requests };
}

async function login(page, base, db) {
  await page.goto(`${base}/web/login?db=${encodeURIComponent(db)}`);
  await page.fill('input[name="login"]', 'admin');
  await page.fill('input[name="password"]', 'admin');
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/web/login')), page.click('button[type="submit"]')]);
}

/** A search view filter's label (the group-by menu shows labels, not names). */
async function filterLabel(page, model, name) {
  const arch = await page.evaluate(async ([model]) => {
    const res = await fetch('/web/dataset/call_kw', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { model, method: 'get_views', args: [[[false, 'search']]], kwargs: {} } }),
    });
    const j = await res.json();
    return j.result.views.search.arch;
  }, [model]);
  const tag = arch.match(new RegExp(`<filter[^>]*name="${name}"[^>]*>`))?.[0];
  const label = tag?.match(/string="([^"]*)"/)?.[1];
  if (!label) throw new Error(`no filter ${name} in the search view of ${model}`);
  return label;
}

// ---- measurements: Odoo's own list ---------------------------------------------------------------
async function listFirstLoads(page, cdp, url, runs) {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await firstLoad(page, cdp, url, ODOO_LIST.ready));
  return { load: stats(loads.map((l) => l.ms)), bytes: loads.map((l) => l.bytes), requests: loads[loads.length - 1].requests };
}

async function listSort(page, runs, sel = ODOO_LIST) {
  const header = page.locator(sel.sortHeader).nth(sel.sortIndex ?? 0);
  return repeat(runs, () => interaction(page, () => header.click(), sel.ready));
}

async function listNextPage(page, runs, sel = ODOO_LIST) {
  return repeat(runs, () => interaction(page, () => page.locator(sel.nextPage).last().click(), sel.ready));
}

/** Typing a word in Odoo's search (each key), then Enter (the filter applied). */
async function listSearch(page, runs, word) {
  const keys = [];
  const apply = [];
  for (let i = 0; i < runs; i++) {
    await page.click(ODOO_LIST.search);
    for (const ch of word) keys.push(await interaction(page, () => page.keyboard.press(ch)));
    apply.push(await interaction(page, () => page.keyboard.press('Enter'), ODOO_LIST.ready));
    await interaction(page, () => page.locator(ODOO_LIST.facetRemove).last().click(), ODOO_LIST.ready);
  }
  return { key: summarise(keys), apply: summarise(apply) };
}

function summarise(xs) {
  return { settle: stats(xs.map((x) => x.ms)), event: stats(xs.map((x) => x.eventMs)), eventTiming: xs.some((x) => x.eventTiming) };
}

/** Grouping by a search view's group-by filter from the search menu; ungrouped between runs. */
async function listGroupBy(page, runs, label) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    if (!(await page.locator(ODOO_LIST.groupByItem).first().isVisible().catch(() => false))) await page.click(ODOO_LIST.searchToggler);
    const item = page.locator(ODOO_LIST.groupByItem).filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }).first();
    xs.push(await interaction(page, () => item.click(), ODOO_LIST.groupRow));
    await interaction(page, () => item.click(), ODOO_LIST.ready);
  }
  await page.keyboard.press('Escape');
  return summarise(xs);
}

/** Opening the first record's form; back to the list between runs. */
async function listOpenRecord(page, runs) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    xs.push(await interaction(page, () => page.locator(ODOO_LIST.row).nth(1).click(), ODOO_LIST.form));
    await interaction(page, () => page.goBack(), ODOO_LIST.ready).catch(async () => page.waitForSelector(ODOO_LIST.ready));
  }
  return summarise(xs);
}

/** Odoo's list view of an action: first loads, sort, next page, search, open a record, group-by
 * (on groupAction's list when given: ir.model's search view has no group-by). */
async function measureList(page, cdp, base, series, list) {
  const url = actionUrl(base, series, list.action);
  const first = await listFirstLoads(page, cdp, url, RUNS);
  const sort = await listSort(page, RUNS);
  const next = await listNextPage(page, RUNS);
  await page.goto(url); await page.waitForSelector(ODOO_LIST.ready);
  const search = await listSearch(page, RUNS, list.word);
  const open = await listOpenRecord(page, RUNS);
  await page.goto(actionUrl(base, series, list.groupAction ?? list.action)); await page.waitForSelector(ODOO_LIST.ready);
  const groupBy = await listGroupBy(page, RUNS, await filterLabel(page, list.groupModel, list.groupFilter));
  return { firstLoad: first, sort, nextPage: next, searchKey: search.key, searchApply: search.apply, groupBy, openRecord: open };
}

// ---- measurements: ours ---------------------------------------------------------------------------
/** The overview: cold (the first visit after a new snapshot) and warm (the visits after). */
async function overviewLoads(page, cdp, base, series, shape, db, snapshotText, runs) {
  const s = SHAPES[shape];
  const url = actionUrl(base, series, s.overviewAction);
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    await storeSnapshot(db, snapshotText);
    cold.push(await firstLoad(page, cdp, url, s.overviewReady, s.loading));
    warm.push(await firstLoad(page, cdp, url, s.overviewReady, s.loading));
  }
  return {
    cold: stats(cold.map((l) => l.ms)), warm: stats(warm.map((l) => l.ms)),
    coldBytes: cold.map((l) => l.bytes), warmBytes: warm.map((l) => l.bytes),
    coldRequests: cold[cold.length - 1].requests, warmRequests: warm[warm.length - 1].requests,
  };
}

/** Today's findings table: sort, next page, typing a word (each key filters), opening a finding. */
async function oldFindings(page) {
  const t = SHAPES.old.findings;
  await page.locator(t.ready).first().scrollIntoViewIfNeeded();
  const sort = await listSort(page, RUNS, t);
  const next = await listNextPage(page, RUNS, t);
  const keys = [];
  for (let i = 0; i < RUNS; i++) {
    await page.fill(t.search, '');
    await page.click(t.search);
    for (const ch of SHAPES.old.word) keys.push(await interaction(page, () => page.keyboard.press(ch)));
  }
  await page.fill(t.search, '');
  const open = [];
  for (let i = 0; i < RUNS; i++) {
    const row = page.locator(t.row).first();
    open.push(await interaction(page, () => row.click(), t.detail));
    await interaction(page, () => row.click(), null, t.detail);
  }
  return { sort, nextPage: next, searchKey: summarise(keys), searchApply: null, groupBy: null, openRecord: summarise(open) };
}

async function measureOurs(page, cdp, base, series, shape, db, snapshotText) {
  const overview = await overviewLoads(page, cdp, base, series, shape, db, snapshotText, RUNS);
  const s = SHAPES.new;
  const findings = shape === 'old' ? await oldFindings(page)
    : await measureList(page, cdp, base, series, { action: s.findingsAction, word: s.word, groupModel: s.findingModel, groupFilter: s.groupFilter });
  return { overview, findings };
}

/** The JS bundles on an empty cache: a fresh context's first visit of url. */
async function coldCacheBytes(browser, storageState, url, ready) {
  const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 1000 } });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const r = await firstLoad(page, cdp, url, ready);
  await context.close();
  return r.bytes;
}

// ---- bundle sizes ---------------------------------------------------------------------------------
/** Files of each pg_capabilities asset bundle (the manifest's globs), minified by esbuild, and
 * gzipped; and for web.assets_backend's share, what Odoo itself makes of it (its transpiler and
 * rjsmin, as its asset bundles do). */
async function bundleSizes(series, src) {
  const manifest = path.join(root, 'odoo_addon/pg_capabilities/__manifest__.py');
  const r = spawnSync(PYTHON, ['-c', 'import ast,json,sys; print(json.dumps(ast.literal_eval(open(sys.argv[1]).read()).get("assets", {})))', manifest], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`reading ${manifest}: ${r.stderr}`);
  const addons = path.join(root, 'odoo_addon');
  const out = {};
  for (const [bundle, entries] of Object.entries(JSON.parse(r.stdout))) {
    const files = entries.filter((e) => typeof e === 'string' && e.startsWith('pg_capabilities/')).flatMap((g) => globFiles(addons, g)).filter((f) => f.endsWith('.js'));
    out[bundle] = [];
    for (const file of [...new Set(files)]) {
      const code = fs.readFileSync(file, 'utf8');
      const min = await build({ stdin: { contents: code, loader: 'js' }, write: false, minify: true, format: 'esm', logLevel: 'silent' });
      const minified = min.outputFiles[0].contents;
      out[bundle].push({
        file: path.relative(root, file), bytes: Buffer.byteLength(code), esbuildMinified: minified.length,
        esbuildMinifiedGzip: zlib.gzipSync(minified).length, odooSends: odooMinified(series, src, file, path.relative(addons, file)),
      });
    }
  }
  return out;
}

/** What Odoo serves for a file inside a minified bundle: transpiled (js_transpiler) then rjsmin. */
function odooMinified(series, src, file, url) {
  const code = `import sys
sys.path.insert(0, sys.argv[1])
from odoo.tools.js_transpiler import transpile_javascript
from rjsmin import jsmin
text = open(sys.argv[2], encoding="utf-8").read()
print(len(jsmin(transpile_javascript("/" + sys.argv[3], text)).encode("utf-8")))`;
  const r = spawnSync(PYTHON, ['-c', code, src, file, url], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

function globFiles(addons, glob) {
  const re = new RegExp(`^${glob.split('/').map((part) => (part === '**' ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))).join('/').replace(/\.\*\//g, '(?:.*/)?')}$`);
  const found = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (re.test(path.relative(addons, p))) found.push(p);
    }
  };
  walk(path.join(addons, glob.split('/')[0]));
  return found;
}

// ---- one series -----------------------------------------------------------------------------------
async function runSeries(series, src, snapshotText) {
  const db = `${process.env.BENCH_DB ?? 'pgcap_bench_dashboard'}_${series}`;
  const started = Date.now();
  const step = (what) => console.error(`[odoo ${series}, ${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);
  let server;
  let browser;
  try {
    step(`database ${db}: drop, create, install pg_capabilities`);
    await recreateDatabase(db);
    installModule(series, src, db);
    const shape = await detectShape(db);
    const models = await withClient(db, async (c) => Number((await c.query('SELECT count(*) FROM ir_model')).rows[0].count));
    step(`dashboard shape: ${shape}; serving on port ${PORT}`);
    server = await serveOdoo(series, src, db, PORT);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.addInitScript(pageProbe);
    const page = await context.newPage();
    await login(page, server.base, db);
    const storageState = await context.storageState();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    step('bytes on an empty cache');
    await storeSnapshot(db, snapshotText);
    const emptyCache = {
      odoo: await coldCacheBytes(browser, storageState, actionUrl(server.base, series, BASELINE.action), ODOO_LIST.ready),
      ours: await coldCacheBytes(browser, storageState, actionUrl(server.base, series, SHAPES[shape].overviewAction), SHAPES[shape].overviewReady),
    };
    step("Odoo's own list (ir.model)");
    const odoo = await measureList(page, cdp, server.base, series, BASELINE);
    step('ours');
    const ours = await measureOurs(page, cdp, server.base, series, shape, db, snapshotText);
    step('bundle sizes');
    const bundles = await bundleSizes(series, src);
    return { series, shape, database: db, models, seconds: Math.round((Date.now() - started) / 1000), emptyCache, odoo, ours, bundles };
  } finally {
    await browser?.close();
    await stopOdoo(server);
    if (!KEEP) await dropDatabase(db).catch((e) => console.error(`could not drop ${db}: ${e.message}`));
    else step(`kept database ${db} (Odoo's data dir: ${DATA_DIR})`);
  }
}

// ---- the table ------------------------------------------------------------------------------------
function rows(r) {
  const f = r.ours.findings;
  const o = r.odoo;
  const last = (xs) => xs[xs.length - 1];
  const both = (x) => (x ? `${ms(x.settle.median)} / ${ms(x.settle.max)}` : '—');
  const et = (v) => (v < 16 ? '< 16 ms' : ms(v));
  const ev = (x) => (!x ? '—' : !x.eventTiming ? 'n/a' : `${et(x.event.median)} / ${et(x.event.max)}`);
  const lt = (goal, unit) => `< ${unit(goal)}`;
  const inter = (label, ours, odoo) => [
    [`${label} (median / max)`, both(ours), both(odoo), lt(GOALS.interactionMs, ms)],
    [`  Event Timing duration`, ev(ours), ev(odoo), lt(GOALS.interactionMs, ms)],
  ];
  const loads = (x) => `${ms(x.median)} / ${ms(x.max)}`;
  const bundleRows = Object.entries(r.bundles).flatMap(([bundle, files]) => files.map((b) => [
    `bundle ${bundle}: ${path.basename(b.file)} (esbuild min / gzip; Odoo sends)`,
    `${kb(b.esbuildMinified)} / ${kb(b.esbuildMinifiedGzip)}; ${kb(b.odooSends)}`, '—', lt(GOALS.bundleBytes, kb),
  ]));
  return [
    [`first load, overview cold: judges (median / max)`, loads(r.ours.overview.cold), loads(o.firstLoad.load), lt(GOALS.firstLoadMs, ms)],
    [`first load, overview warm (median / max)`, loads(r.ours.overview.warm), loads(o.firstLoad.load), lt(GOALS.firstLoadMs, ms)],
    ...(f.firstLoad ? [[`first load, findings list (median / max)`, loads(f.firstLoad.load), loads(o.firstLoad.load), lt(GOALS.firstLoadMs, ms)]] : []),
    [`data RPCs received, overview cold`, kb(last(r.ours.overview.coldBytes).data), kb(last(o.firstLoad.bytes).data), lt(GOALS.payloadBytes, kb)],
    [`data RPCs received, overview warm`, kb(last(r.ours.overview.warmBytes).data), kb(last(o.firstLoad.bytes).data), lt(GOALS.payloadBytes, kb)],
    ...(f.firstLoad ? [[`data RPCs received, findings list`, kb(last(f.firstLoad.bytes).data), kb(last(o.firstLoad.bytes).data), lt(GOALS.payloadBytes, kb)]] : []),
    [`JS bundles received, empty cache`, kb(r.emptyCache.ours.js), kb(r.emptyCache.odoo.js), '—'],
    ...inter('sort findings by a column', f.sort, o.sort),
    ...inter('next page', f.nextPage, o.nextPage),
    ...inter('typing a word in the search, per key', f.searchKey, o.searchKey),
    ...inter('applying the search (Enter)', f.searchApply, o.searchApply),
    ...inter('group by (new shape; Odoo: fields by type)', f.groupBy, o.groupBy),
    ...inter('open a finding / a record', f.openRecord, o.openRecord),
    ...bundleRows,
  ];
}

function printTable(r) {
  const head = ['figure', `ours (${r.shape} shape)`, "Odoo's list", 'goal'];
  const body = rows(r);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => c.padEnd(width[i])).join('  ').trimEnd();
  console.log(`\nOdoo ${r.series}: ${RUNS} runs each, ${r.seconds} s; Odoo's list is Settings > Technical > Models (${r.models} ir.model records, 80 a page), its group-by the fields list by type`);
  console.log(line(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
  const rpcs = (list) => list.filter((q) => q.bytes >= 1000).map((q) => `${q.url.replace(/\/[0-9a-f]{32,}$/, '')} ${kb(q.bytes)}`).join(', ');
  console.log(`data RPCs of 1 KB or more: overview cold: ${rpcs(r.ours.overview.coldRequests)}; warm: ${rpcs(r.ours.overview.warmRequests)}; Odoo's list: ${rpcs(r.odoo.firstLoad.requests)}`);
}

// ---- main -----------------------------------------------------------------------------------------
async function generate() {
  const out = path.join(root, 'dist', 'bench-snapshot.mjs');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await build({ entryPoints: [path.join(root, 'bench/snapshot.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  const { generateSnapshot } = await import(out);
  return JSON.stringify(await generateSnapshot(root, 5000));
}

async function main() {
  const trees = odooTrees();
  if (!trees.length) {
    console.error('set ODOO17_SRC (or ODOO_SRC) to an Odoo source tree; ODOO18_SRC, ODOO19_SRC to run those too');
    process.exit(2);
  }
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  const snapshotText = await generate();
  console.error(`snapshot: 5,000 findings, ${kb(Buffer.byteLength(snapshotText))} of JSON`);
  const results = [];
  for (const [series, src] of trees) {
    const r = await runSeries(series, src, snapshotText);
    printTable(r);
    results.push(r);
  }
  // the date and the time (UTC): two runs of a day both kept
  const file = path.join(root, 'bench/results', `dashboard-${new Date().toISOString().slice(0, 16).replace(':', '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, goals: GOALS, snapshotBytes: Buffer.byteLength(snapshotText), results }, null, 1));
  console.log(`\nwrote ${path.relative(root, file)}`);
}

await main();
