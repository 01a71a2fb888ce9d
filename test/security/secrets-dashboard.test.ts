/**
 * @jest-environment jsdom
 */
// Fault and security suite, part 1 (secrets), the dashboard: the snapshot of the planted-secrets
// tree (test/fixtures/secrets-addons), as pgcap writes it, shown by the OWL dashboard with every
// finding's evidence opened in turn, and downloaded in every format it offers.
import { App } from '@odoo/owl';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Snapshot } from '../../static_src/core/snapshot';
import { PgCapabilitiesDashboard } from '../../static_src/dashboard/dashboard';
import type { AuditMeta } from '../../static_src/dashboard/contract';
import { actionService, contractOrm } from '../support/odoo-server';
type LatestSnapshot = AuditMeta & { snapshot: Snapshot };

import { downloads } from '../support/odoo-web/download';

const ROOT = path.resolve(__dirname, '../..');
const TEMPLATES = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/dashboard.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');
const MARKER = /PLANTED[0-9]{2}/g;
const markers = (text: string) => [...new Set(text.match(MARKER) ?? [])].sort();
const tick = () => new Promise((r) => setTimeout(r, 40));

function plantedSnapshot(): Snapshot {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-secrets-dash-'));
  const file = path.join(dir, 'snapshot.json');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/pgcap.mjs'), 'scan', '--no-db', '--addons', path.join(ROOT, 'test/fixtures/secrets-addons'),
    '--snapshot', file, '--out', path.join(dir, 'report.md'), '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  fs.rmSync(dir, { recursive: true, force: true });
  return snapshot;
}

test('attack: the dashboard shows no planted secret, with every finding\'s evidence open, nor in its downloads', async () => {
  const snapshot = plantedSnapshot();
  const latest: LatestSnapshot = { id: 1, collected_at: '2026-01-15 09:30:00', duration_ms: 812, user: 'Administrator', database: 'odoo_demo', odoo_version: '17.0', snapshot };
  const services = { orm: contractOrm({ pgcap_latest: async () => latest }), notification: { add: jest.fn() }, action: actionService() };
  document.body.innerHTML = '<div id="root"></div>';
  const app = new App(PgCapabilitiesDashboard, { env: { services }, templates: TEMPLATES, test: true });
  await app.mount(document.getElementById('root')!);
  const seen: Record<string, string[]> = { page: markers(document.body.innerHTML) };
  const section = document.querySelector('.o_pgcap_section_filter') as HTMLSelectElement;
  section.value = '';
  section.dispatchEvent(new Event('change'));
  await tick();
  const rows = () => [...document.querySelectorAll('.o_pgcap_finding')] as HTMLElement[];
  const count = rows().length;
  expect(count).toBeGreaterThanOrEqual(15);
  let opened = 0;
  for (let i = 0; i < count; i++) {
    rows()[i]!.click();
    await tick();
    const evidence = document.querySelector('.o_pgcap_evidence');
    if (evidence && /\*\*\*/.test(evidence.textContent ?? '')) opened++;
    seen[`finding ${i}`] = markers(document.body.innerHTML);
    rows()[i]!.click(); // close it again
    await tick();
  }
  expect(opened).toBeGreaterThanOrEqual(10); // the evidence shown carries redacted secrets
  downloads.length = 0;
  for (const cls of ['md', 'html', 'json', 'csv']) (document.querySelector(`.o_pgcap_export_${cls}`) as HTMLElement).click();
  for (const d of downloads) seen[d.filename] = markers(String(d.data));
  expect(downloads).toHaveLength(4);
  expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  app.destroy();
});
