# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The dashboard in a real browser (judged there by the judge bundle, loaded on demand), and both
bundles through Odoo's own transpiler."""
import os
import re

from odoo.modules.module import get_module_path
from odoo.tests import HttpCase, tagged

from .common import MODEL, dashboard_url

STATIC = os.path.join(os.path.dirname(os.path.dirname(__file__)), "static", "src")
# what each bundle may import: OWL and modules of Odoo's web client (each must exist in this Odoo)
BUNDLES = {
    "dashboard/dashboard.bundle": {"@odoo/owl", "@web/core/registry", "@web/core/utils/hooks", "@web/core/assets",
                                   "@web/core/network/download", "@web/core/l10n/translation", "@web/core/l10n/dates",
                                   "@web/views/fields/formatters", "@web/search/layout"},
    "judge/judge.bundle": {"@web/core/registry"},
}

# Runs in the page: waits for the dashboard, checks what an admin must see, then reports.
CHECK_DASHBOARD = r"""
const started = Date.now();
(function check() {
    const root = document.querySelector('.o_pg_capabilities');
    const cards = root && root.querySelector('.o_pgcap_cards');
    if (!cards) {
        if (Date.now() - started > 30000) { console.error('dashboard did not render'); return; }
        return setTimeout(check, 200);
    }
    const text = root.textContent;
    const missing = ['jsonb columns', 'ir.model', 'imbus', 'PostgreSQL capabilities'].filter((t) => !text.includes(t));
    if (missing.length) { console.error('dashboard misses: ' + missing.join(', ')); return; }
    // the cards that open the findings list, filtered
    if (!root.querySelector('button.o_pgcap_card_to_act_on') || !root.querySelector('button.o_pgcap_card_verdict_refuse, button.o_pgcap_card_refuse')) {
        console.error('dashboard misses the cards that open the findings'); return;
    }
    // the minified bundle kept its spaces (rjsmin and template literals do not mix)
    if (!/\d+ items?/.test(text)) { console.error('capability counts lost their spaces: ' + text.slice(0, 400)); return; }
    // the store inventory shows Odoo's filestore with its size on disk, counted by the module
    const inventory = root.querySelector('.o_pgcap_inventory');
    const inv = inventory ? inventory.textContent : '';
    if (!/Odoo filestore/.test(inv) || !/On disk: [\d,]+ files?, [\d.,]+ (B|kB|MB|GB)/.test(inv)) {
        console.error('the store inventory misses the filestore and its size: ' + inv.slice(0, 600)); return;
    }
    console.log('test successful');
})();
"""


@tagged("post_install", "-at_install")
class TestDashboard(HttpCase):
    def test_bundles_are_odoo_modules_for_the_transpiler(self):
        from odoo.tools.js_transpiler import is_odoo_module, transpile_javascript

        for name, allowed in BUNDLES.items():
            with open(os.path.join(STATIC, name + ".js"), encoding="utf-8") as f:
                source = f.read()
            url = "/pg_capabilities/static/src/%s.js" % name
            try:
                self.assertTrue(is_odoo_module(url, source))  # Odoo 18+
            except TypeError:
                self.assertTrue(is_odoo_module(source))  # Odoo 17
            out = transpile_javascript(url, source)
            header = re.match(r"odoo\.define\('([^']+)', \[([^\]]*)\]", out)
            self.assertTrue(header, out[:200])
            self.assertEqual(header.group(1), "@pg_capabilities/%s" % name)
            deps = set(re.findall(r"'([^']+)'", header.group(2)))
            self.assertTrue(deps <= allowed, deps - allowed)
            web = os.path.join(get_module_path("web"), "static", "src")
            for dep in deps - {"@odoo/owl"}:
                self.assertTrue(os.path.isfile(os.path.join(web, dep[len("@web/"):] + ".js")), "%s is not in this Odoo" % dep)

    def test_dashboard_opens_without_console_errors(self):
        snapshot_id = self.env[MODEL].pgcap_rescan()["id"]
        self.browser_js(dashboard_url(), CHECK_DASHBOARD, login="admin", timeout=120)
        # judged in the browser by the judge bundle, and stored with its findings as records
        snapshot = self.env[MODEL].browse(snapshot_id)
        self.assertTrue(snapshot.judged_with)
        self.assertEqual(snapshot.report["schema"], "pg-capabilities/report")
        self.assertEqual(snapshot.dashboard_data["audit"]["id"], snapshot_id)
        keys = self.env["pg.capabilities.finding"].search([("snapshot_id", "=", snapshot_id)]).mapped("key")
        self.assertEqual(sorted(keys), sorted(f["id"] for f in snapshot.report["findings"]))
        if get_module_path("cache_redis_pricing", display_warning=False):  # test/fixtures/addons (npm run test:odoo)
            self.assertIn("cache_redis_pricing:redis", keys)
