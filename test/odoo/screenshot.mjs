// Takes screenshots of the dashboard in a running Odoo, as an admin sees it:
//   node test/odoo/screenshot.mjs http://localhost:8069 odoo17 out.png [login] [password] [--finding] [--inventory] [--export DIR]
// Uses Debian's chromium through playwright-core (no browser download).
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const exportAt = args.indexOf('--export');
const exportDir = exportAt >= 0 ? args[exportAt + 1] : undefined;
// positional arguments: everything but the flags and the folder after --export
const [base, db, out, login = 'admin', password = 'admin'] = args.filter((a, i) => !a.startsWith('--') && (exportAt < 0 || i !== exportAt + 1));
if (!base || !db || !out) {
  console.error('usage: node test/odoo/screenshot.mjs URL DATABASE OUT.png [LOGIN] [PASSWORD] [--finding] [--inventory] [--export DIR]');
  process.exit(2);
}
async function serverMajor() {
  const res = await fetch(`${base}/web/webclient/version_info`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: {} }),
  });
  const major = (await res.json()).result?.server_version_info?.[0];
  if (!Number.isInteger(major)) throw new Error(`no Odoo version from ${base}/web/webclient/version_info`);
  return major;
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`${base}/web/login?db=${encodeURIComponent(db)}`);
await page.fill('input[name="login"]', login);
await page.fill('input[name="password"]', password);
await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
// the series decides the URL (/web#action= on 17, /odoo/action- from 18): asked of the server
// (its JSON-RPC route answers on 17, 18 and 19), ODOO_MAJOR overrides
const major = Number(process.env.ODOO_MAJOR ?? await serverMajor());
const action = 'pg_capabilities.action_pg_capabilities_dashboard';
await page.goto(major >= 18 ? `${base}/odoo/action-${action}?debug=1` : `${base}/web?debug=1#action=${action}`);
await page.waitForSelector('.o_pgcap_cards, .o_pgcap_empty', { timeout: 60000 });
if (await page.$('.o_pgcap_empty')) {
  await page.click('.o_pgcap_empty button');
  await page.waitForSelector('.o_pgcap_cards', { timeout: 180000 });
}
await page.waitForTimeout(1500); // charts animate in
await page.screenshot({ path: out, fullPage: false });
if (args.includes('--finding')) {
  await page.click('.o_pgcap_finding');
  await page.waitForSelector('.o_pgcap_evidence');
  await page.locator('.o_pgcap_findings').scrollIntoViewIfNeeded();
  await page.screenshot({ path: out.replace(/\.png$/, '-finding.png') });
}
if (args.includes('--inventory')) {
  // the store inventory: every store outside PostgreSQL, Odoo's filestore included
  await page.locator('.o_pgcap_inventory').scrollIntoViewIfNeeded();
  await page.locator('.o_pgcap_inventory').screenshot({ path: out.replace(/\.png$/, '-inventory.png') });
}
if (exportDir) {
  // what an admin downloads from the dashboard, to compare with `pgcap report` of the same snapshot
  for (const fmt of ['md', 'html', 'json', 'csv']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.o_pgcap_export_${fmt}`)]);
    await download.saveAs(`${exportDir}/dashboard.${fmt}`);
  }
  console.log(`saved the dashboard's exports in ${exportDir}`);
}
await browser.close();
if (errors.length) {
  console.error(`console errors:\n${errors.join('\n')}`);
  process.exit(1);
}
console.log(`wrote ${out}`);
