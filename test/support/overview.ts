// Mounting the overview client action in jsdom as Odoo's action service would: npm OWL, the
// module's own XML templates, stand-in orm/action/notification services that record their calls.
import { App } from '@odoo/owl';
import fs from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../../static_src/core/snapshot';
import type { AuditMeta } from '../../static_src/dashboard/contract';
import { PgCapabilitiesDashboard } from '../../static_src/dashboard/dashboard';
import { contractOrm } from './odoo-server';

/** What the tests answer for the latest audit: its metadata and snapshot (served through the contract). */
export type LatestSnapshot = AuditMeta & { snapshot: Snapshot };

export const ROOT = path.resolve(__dirname, '../..');
export const TEMPLATES = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/dashboard.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');
export const SNAPSHOT: Snapshot = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/demo/snapshot.json'), 'utf8'));
export const AUDIT: AuditMeta = { id: 1, collected_at: '2026-01-15 09:30:00', duration_ms: 812, user: 'Administrator', database: 'odoo_demo', odoo_version: '17.0' };

export function latest(snapshot: Snapshot = SNAPSHOT): LatestSnapshot {
  return { ...AUDIT, snapshot };
}

export interface MountOptions {
  /** Record ids searchRead finds, per model (any name); a model not listed finds nothing. */
  ids?: Record<string, number>;
  props?: Record<string, unknown>;
  env?: Record<string, unknown>;
  services?: Record<string, unknown>;
  translateFn?: (s: string) => string;
}

export async function mountOverview(answers: Record<string, () => Promise<unknown>>, opts: MountOptions = {}) {
  const calls: string[] = [];
  const contract = contractOrm(answers, { push: (c: { method: string }) => calls.push(c.method) } as unknown as { method: string }[]);
  const searches: [string, unknown[]][] = [];
  const action = { calls: [] as unknown[][], doAction: async (...args: unknown[]) => { action.calls.push(args.length === 1 ? [args[0], undefined] : args); } };
  const notification = { add: jest.fn() };
  const orm = {
    call: contract.call,
    searchRead: async (model: string, domain: unknown[]) => { searches.push([model, domain]); return opts.ids?.[model] ? [{ id: opts.ids[model] }] : []; },
  };
  document.body.innerHTML = '<div id="root"></div>';
  const env = { services: { orm, action, notification, ...opts.services }, ...opts.env };
  const app = new App(PgCapabilitiesDashboard, { env, props: opts.props ?? {}, templates: TEMPLATES, test: true, ...(opts.translateFn ? { translateFn: opts.translateFn } : {}) });
  await app.mount(document.getElementById('root')!);
  return { app, calls, searches, action, notification };
}
