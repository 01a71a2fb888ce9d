// Screenshots of the overview in a running Odoo, at desktop width and at 390 px, with the checks a
// person would make: no horizontal page overflow on a phone, a sortable header operated with the
// keyboard, the cards' filters. Optionally in French (installs fr_FR and sets it for the user).
//   node test/odoo/overview-shots.mjs URL DATABASE OUT_DIR [--lang fr_FR] [--rescan] [--prefix NAME]
// Uses Debian's chromium through playwright-core (no browser download).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { loginAsAdmin, rpcOf, serverMajor } from './odoo-page.mjs';

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const [base, db, outDir] = args.filter((a, i) => !a.startsWith('--') && !['--lang', '--prefix'].includes(args[i - 1]));
if (!base || !db || !outDir) {
  console.error('usage: node test/odoo/overview-shots.mjs URL DATABASE OUT_DIR [--lang fr_FR] [--rescan] [--prefix NAME]');
  process.exit(2);
}
const lang = flag('--lang') ?? 'en_US';
const prefix = flag('--prefix') ?? db;
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
const page = await context.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await loginAsAdmin(page, base, db);

const rpc = rpcOf(page);
const major = await serverMajor(page);
const uid = (await rpc('res.users', 'search', [[['login', '=', 'admin']]]))[0];
if (lang !== 'en_US') {
  const langs = await rpc('res.lang', 'search', [[['code', '=', lang], ['active', 'in', [true, false]]]]);
  const wizard = await rpc('base.language.install', 'create', [{ lang_ids: [[6, 0, langs]] }]);
  await rpc('base.language.install', 'lang_install', [[wizard]]);
}
await rpc('res.users', 'write', [[uid], { lang }]);

const action = 'pg_capabilities.action_pg_capabilities_dashboard';
const url = major >= 18 ? `${base}/odoo/action-${action}` : `${base}/web#action=${action}`;
await page.goto(url);
await page.waitForSelector('.o_pgcap_cards, .o_pgcap_empty', { timeout: 60000 });
if (await page.$('.o_pgcap_empty') || args.includes('--rescan')) {
  await page.click('.o_pgcap_empty button, .o_control_panel .o_pgcap_rescan:visible');
  await page.waitForSelector('.o_pgcap_progress', { timeout: 10000 }).catch(() => undefined);
  await page.waitForSelector('.o_pgcap_cards:not(:has(.o_pgcap_progress))', { timeout: 180000 });
  await page.waitForFunction(() => !document.querySelector('.o_pgcap_progress'), null, { timeout: 180000 });
}
await page.waitForTimeout(1500); // charts animate in
const report = { major, lang, checks: {} };
await page.screenshot({ path: `${outDir}/${prefix}-${lang}-desktop.png` });
// the whole overview: a tall window, as the content scrolls inside Odoo's action
await page.setViewportSize({ width: 1440, height: 4200 });
await page.waitForTimeout(800);
await page.screenshot({ path: `${outDir}/${prefix}-${lang}-desktop-full.png` });

// keyboard: Tab reaches the first sort button of a capability table; Enter sorts it
await page.setViewportSize({ width: 1440, height: 1000 });
const sortButton = page.locator('.o_pgcap_capability th button.o_pgcap_sort').first();
await sortButton.scrollIntoViewIfNeeded();
await page.locator('.o_pgcap_toggle_unused').focus();
let reached = false;
for (let i = 0; i < 60 && !reached; i++) {
  await page.keyboard.press('Tab');
  reached = await sortButton.evaluate((b) => document.activeElement === b);
}
report.checks.tabReachesSort = reached;
if (reached) {
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  report.checks.ariaSortAfterEnter = await page.locator('.o_pgcap_capability th').first().getAttribute('aria-sort');
  report.checks.urlAfterSort = page.url();
  const outline = await sortButton.evaluate((b) => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth);
  report.checks.focusOutline = outline;
  await page.screenshot({ path: `${outDir}/${prefix}-${lang}-keyboard.png` });
  // a reload keeps the sort
  await page.reload();
  await page.waitForSelector('.o_pgcap_cards', { timeout: 60000 });
  report.checks.ariaSortAfterReload = await page.locator('.o_pgcap_capability th').first().getAttribute('aria-sort');
}

// a phone
await page.setViewportSize({ width: 390, height: 844 });
await page.reload();
await page.waitForSelector('.o_pgcap_cards', { timeout: 60000 });
await page.waitForTimeout(1500);
report.checks.phoneScrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
report.checks.phoneWidest = await page.evaluate(() => [...document.querySelectorAll('.o_pgcap_overview *')]
  .filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-responsive')).slice(0, 5).map((e) => `${e.tagName}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`));
await page.screenshot({ path: `${outDir}/${prefix}-${lang}-phone.png` });
await page.setViewportSize({ width: 390, height: 5200 });
await page.waitForTimeout(800);
await page.screenshot({ path: `${outDir}/${prefix}-${lang}-phone-full.png` });

// a card opens the findings list filtered (when the findings action exists in this build)
await page.setViewportSize({ width: 1440, height: 1000 });
await page.click('button.o_pgcap_card_refuse');
await page.waitForTimeout(2000);
report.checks.afterCard = { url: page.url(), breadcrumbs: await page.locator('.o_control_panel .breadcrumb, .o_breadcrumb').first().textContent().catch(() => null), facets: await page.locator('.o_searchview_facet').allTextContents().catch(() => []) };
await page.screenshot({ path: `${outDir}/${prefix}-${lang}-card-click.png` });

report.errors = errors;
console.log(JSON.stringify(report, null, 2));
await browser.close();
