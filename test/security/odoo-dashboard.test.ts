/**
 * @jest-environment jsdom
 */
// The dashboard when a rescan meets the faults of test_attacks.py in Odoo: the module's UserError
// (a migration's lock, a rescan already running) comes through JSON-RPC and is shown; a snapshot
// cut short by the rescan's time budget shows as such. npm OWL with the module's own templates.
import { App } from '@odoo/owl';
import fs from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../../static_src/core/snapshot';
import { PgCapabilitiesDashboard } from '../../static_src/dashboard/dashboard';
import type { LatestSnapshot } from '../support/overview';
import { contractOrm } from '../support/odoo-server';
import { ROOT } from '../support/fixtures';

const TEMPLATES = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/dashboard.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');
const SNAPSHOT: Snapshot = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/demo/snapshot.json'), 'utf8'));
const LOCKED = 'The rescan stopped while storing the snapshot (table pg_capabilities_snapshot): another transaction holds a lock on it (a migration or a module update perhaps), and it gave up after 1000 ms (lock_timeout) rather than queue behind it. Nothing was stored; run it again later.';

function latest(snapshot: Snapshot = SNAPSHOT, at = '2026-01-15 09:30:00'): LatestSnapshot {
  return { id: 1, collected_at: at, duration_ms: 812, user: 'Administrator', database: 'odoo_demo', odoo_version: '18.0', snapshot };
}

/** What Odoo's orm service rejects with when the method raised a UserError. */
function rpcError(message: string): Error {
  return Object.assign(new Error('Odoo Server Error'), { data: { name: 'odoo.exceptions.UserError', message } });
}

async function mount(answers: Record<string, () => Promise<unknown>>) {
  const notification = { add: jest.fn() };
  document.body.innerHTML = '<div id="root"></div>';
  const svc = { orm: contractOrm(answers), notification, action: { doAction: jest.fn() } };
  const app = new App(PgCapabilitiesDashboard, { env: { services: svc }, templates: TEMPLATES, test: true });
  await app.mount(document.getElementById('root')!);
  return { app, notification };
}

const tick = () => new Promise((r) => setTimeout(r, 40));
const $ = (sel: string) => document.querySelector(sel) as HTMLElement | null;

afterEach(() => { document.body.innerHTML = ''; });

test('attack: a rescan stopped by a migration\'s lock shows the module\'s message, and the report on screen stays', async () => {
  const { app, notification } = await mount({ pgcap_latest: async () => latest(), pgcap_rescan: async () => { throw rpcError(LOCKED); } });
  $('.o_pgcap_rescan')!.click();
  await tick();
  await tick();
  expect(notification.add).toHaveBeenCalledWith(LOCKED, { type: 'danger', title: 'The rescan failed; the previous audit is still shown.' });
  expect($('.o_pgcap_source')!.textContent).toContain('01/15/2026 09:30:00');
  expect($('.o_pgcap_rescan')!.hasAttribute('disabled')).toBe(false);
  app.destroy();
});

test('attack: a first rescan stopped by a lock shows the message in place of the report', async () => {
  const { app } = await mount({ pgcap_latest: async () => { throw rpcError(LOCKED); } });
  expect(document.body.textContent).toContain(LOCKED);
  app.destroy();
});

test('attack: a snapshot whose scan ran out of its time budget says on the dashboard that it was cut short', async () => {
  const cut: Snapshot = { ...SNAPSHOT, scan: { ...SNAPSHOT.scan!, stoppedEarly: "the rescan's time budget of 45 s ran out after 1 module: the modules after them were not scanned" } };
  const { app } = await mount({ pgcap_latest: async () => latest(cut) });
  expect($('.o_pgcap_warnings')!.textContent).toContain('The addons scan stopped early (the rescan\'s time budget of 45 s ran out');
  app.destroy();
});
