/**
 * @jest-environment jsdom
 */
// Fault and security suite, part 1 (secrets), the dashboard: the snapshot of the planted-secrets
// tree (test/fixtures/secrets-addons), as pgcap writes it, shown by the OWL overview (with every
// store's checklist opened) and by the finding-details widget of every finding's form (its
// evidence), and downloaded in every format the overview offers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Snapshot } from '../../static_src/core/snapshot';
import { mountDetails } from '../support/finding-details';
import { FakeSnapshotModel } from '../support/odoo-server';
import { mountOverview } from '../support/overview';

import { downloads } from '../support/odoo-web/download';

const ROOT = path.resolve(__dirname, '../..');
const MARKER = /PLANTED[0-9]{2}/g;
const markers = (text: string) => [...new Set(text.match(MARKER) ?? [])].sort();
/** OWL renders on the next animation frame: wait until the page shows what was asked. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 30));
  if (!done()) throw new Error('the dashboard did not render in time');
}

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

test('attack: the dashboard shows no planted secret, in its overview, in every finding\'s details with its evidence, nor in its downloads', async () => {
  const snapshot = plantedSnapshot();
  // the overview, fed through the contract's methods: the data layer judges the audit (judge
  // bundle) and hands the report to the server (pgcap_store_report), which keeps it
  const server = new FakeSnapshotModel();
  server.add(snapshot);
  const { app } = await mountOverview({}, { services: { orm: { call: server.call, searchRead: async () => [] } } });
  await until(() => document.querySelector('.o_pgcap_cards') !== null);
  (document.querySelector('.o_pgcap_toggle_unused') as HTMLElement).click();
  await until(() => /Hide/.test(document.querySelector('.o_pgcap_toggle_unused')!.textContent!));
  const seen: Record<string, string[]> = { overview: markers(document.body.innerHTML) };
  const stores = [...document.querySelectorAll('.o_pgcap_store_toggle')] as HTMLElement[];
  for (const [i, toggle] of stores.entries()) {
    toggle.click();
    await until(() => toggle.getAttribute('aria-expanded') === 'true');
    seen[`store ${i}`] = markers(document.body.innerHTML);
  }
  // the downloads: the stored report, exported by the judge bundle
  downloads.length = 0;
  const formats = ['md', 'html', 'json', 'csv', 'sarif', 'cyclonedx'];
  for (const [i, cls] of formats.entries()) {
    (document.querySelector('.o_pgcap_export_toggle') as HTMLElement).click();
    await until(() => document.querySelector(`.o_pgcap_export_${cls}`) !== null);
    (document.querySelector(`.o_pgcap_export_${cls}`) as HTMLElement).click();
    await until(() => downloads.length === i + 1);
  }
  for (const d of downloads) seen[d.filename] = markers(String(d.data));
  expect(downloads).toHaveLength(formats.length);
  app.destroy();
  // every finding's form: the widget showing its details, as the server stored them
  const stored = server.audits[0]!.report!;
  expect(stored.findings.length).toBeGreaterThanOrEqual(15);
  let opened = 0;
  for (const [i, f] of stored.findings.entries()) {
    const details = await mountDetails(f);
    const evidence = details.root.querySelector('.o_pgcap_evidence');
    if (evidence && /\*\*\*/.test(evidence.textContent ?? '')) opened++;
    seen[`finding ${i}`] = markers(document.body.innerHTML);
    details.app.destroy();
  }
  expect(opened).toBeGreaterThanOrEqual(10); // the evidence shown carries redacted secrets
  expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
});
