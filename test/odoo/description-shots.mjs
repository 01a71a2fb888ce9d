// The screenshots of the module's static/description: the overview after a Rescan, in the visible
// viewport (not the full page) at desktop width (1280x800) and at phone width (390x844), in one
// language; with --extras also the findings list grouped by verdict, a finding's form and the
// store inventory (desktop). Waits for the page to settle: no progress, no spinner, notifications
// closed. Fails when the phone page overflows horizontally or the browser logs an error.
//   node test/odoo/description-shots.mjs URL DATABASE OUT_DIR [--lang fr_FR] [--extras]
// Writes OUT_DIR/screenshot_odoo<NN>_<en|fr>_<desktop|phone>.png (NN asked of the server) and,
// with --extras, screenshot_findings.png, screenshot_finding.png, screenshot_inventory.png.
// Logs in as admin/admin; installs the language if the database lacks it and sets it for admin.
// Uses Debian's chromium through playwright-core (no browser download); CHROMIUM overrides.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { loginAsAdmin, rpcOf, serverMajor } from './odoo-page.mjs';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const [base, db, outDir] = args.filter((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));
if (!base || !db || !outDir) {
  console.error('usage: node test/odoo/description-shots.mjs URL DATABASE OUT_DIR [--lang fr_FR] [--extras]');
  process.exit(2);
}
const lang = langAt >= 0 ? args[langAt + 1] : 'en_US';
const short = lang.slice(0, 2);
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const page = await browser.newPage({ viewport: desktop });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
const login = () => loginAsAdmin(page, base, db);
await login();

const rpc = rpcOf(page);
const major = await serverMajor(page);
const uid = (await rpc('res.users', 'search', [[['login', '=', 'admin']]]))[0];
// (a database created with --load-language may have English inactive)
if (!(await rpc('res.lang', 'search', [[['code', '=', lang]]])).length) {
  const langs = await rpc('res.lang', 'search', [[['code', '=', lang], ['active', 'in', [true, false]]]]);
  const wizard = await rpc('base.language.install', 'create', [{ lang_ids: [[6, 0, langs]] }]);
  await rpc('base.language.install', 'lang_install', [[wizard]]);
}
await rpc('res.users', 'write', [[uid], { lang }]);
// a new session: the session keeps the language of its login, which the menus are read in
await page.goto(`${base}/web/session/logout`);
await login();

// the page as a user sees it once it settles: no progress, no loading indicator, no notification
async function settle() {
  await page.waitForFunction(() => !document.querySelector('.o_pgcap_progress, .o_loading_indicator, .o_blockUI, .o-loading, .o_spinner'), null, { timeout: 180000 });
  await page.waitForTimeout(1500); // charts animate in
  for (let i = 0; i < 20; i++) {
    const close = page.locator('.o_notification .o_notification_close, .o_notification button.btn-close');
    if (!(await close.count())) break;
    await close.first().click().catch(() => undefined);
    await page.waitForTimeout(300);
  }
  await page.mouse.move(0, 0); // no hover effect or tooltip
  await page.evaluate(() => document.activeElement?.blur?.()); // no focus ring on a button
  await page.waitForTimeout(500);
}
const checks = { major, lang };
// opened under the Settings app (Settings > Technical > PostgreSQL Capabilities), as from its menu
const settings = (await rpc('ir.model.data', 'search_read', [[['module', '=', 'base'], ['name', '=', 'menu_administration']]], { fields: ['res_id'] }))[0].res_id;
const action = 'pg_capabilities.action_pg_capabilities_dashboard';
const url = major >= 18 ? `${base}/odoo/action-${action}?menu_id=${settings}` : `${base}/web#action=${action}&menu_id=${settings}`;
await page.goto(url);
await page.waitForSelector('.o_pgcap_cards, .o_pgcap_empty', { timeout: 60000 });
// a Rescan: the audit shown is the one just collected
await page.click('.o_pgcap_empty button, .o_control_panel .o_pgcap_rescan:visible');
await page.waitForSelector('.o_pgcap_progress', { timeout: 10000 }).catch(() => undefined);
await page.waitForSelector('.o_pgcap_cards', { timeout: 180000 });
await settle();
const name = (width) => `${outDir}/screenshot_odoo${major}_${short}_${width}.png`;
await page.screenshot({ path: name('desktop') });

if (args.includes('--extras')) {
  // the section's heading at the top of the scrolled content, in the viewport
  await page.evaluate(() => {
    const section = document.querySelector('.o_pgcap_inventory');
    (section.closest('.o_pgcap_section') ?? section).scrollIntoView({ block: 'start' });
  });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${outDir}/screenshot_inventory.png` });
  await page.evaluate(() => document.querySelector('.o_content')?.scrollTo(0, 0));
}

await page.setViewportSize(phone);
await page.reload();
await page.waitForSelector('.o_pgcap_cards', { timeout: 60000 });
await settle();
checks.phoneScrollWidth = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
checks.phoneOverflowing = await page.evaluate(() => [...document.querySelectorAll('.o_action_manager *')]
  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-responsive, .o_pgcap_table_scroll') && getComputedStyle(e).visibility !== 'hidden')
  .slice(0, 5).map((e) => `${e.tagName}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`));
await page.screenshot({ path: name('phone') });

if (args.includes('--extras')) {
  await page.setViewportSize(desktop);
  // the findings list grouped by verdict, its first group opened
  const finding = 'pg_capabilities.action_pg_capabilities_finding';
  await page.goto(major >= 18 ? `${base}/odoo/action-${finding}?menu_id=${settings}` : `${base}/web#action=${finding}&view_type=list&menu_id=${settings}`);
  await page.waitForSelector('.o_list_view', { timeout: 60000 });
  await page.evaluate((a) => odoo.__WOWL_DEBUG__.root.env.services.action.doAction(a, { clearBreadcrumbs: true, additionalContext: { search_default_group_verdict: 1 } }), finding);
  await page.waitForSelector('.o_group_header', { timeout: 60000 });
  const groups = await page.locator('.o_group_header').count();
  for (let i = 0; i < groups; i++) {
    await page.locator('.o_group_header').nth(i).click();
    await page.waitForTimeout(400);
  }
  await page.waitForSelector('.o_data_row', { timeout: 60000 });
  await settle();
  await page.screenshot({ path: `${outDir}/screenshot_findings.png` });
  // a finding's form: the first refused one
  await page.locator('.o_data_row .o_data_cell').first().click();
  await page.waitForSelector('.o_form_view', { timeout: 60000 });
  await page.waitForSelector('.o_form_view .o_pgcap_reasons, .o_form_view .o_field_pgcap_finding_details', { timeout: 60000 });
  await settle();
  // the verdict, what to do and the details widget in view, under the control panel
  await page.evaluate(() => document.querySelector('.o_form_view .o_group .o_horizontal_separator, .o_form_view .o_inner_group .o_horizontal_separator, .o_form_view .o_horizontal_separator')?.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${outDir}/screenshot_finding.png` });
}

checks.errors = errors;
console.log(JSON.stringify(checks, null, 2));
await browser.close();
if (errors.length || checks.phoneScrollWidth > phone.width || checks.phoneOverflowing.length) process.exit(1);
