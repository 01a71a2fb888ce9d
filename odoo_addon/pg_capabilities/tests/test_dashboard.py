# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The dashboard in a real browser, and its bundle through Odoo's own transpiler."""
import os
import re

from odoo.tests import HttpCase, tagged

from .common import MODEL, dashboard_url

BUNDLE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "static", "src", "dashboard", "dashboard.bundle.js")

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
    def test_bundle_is_an_odoo_module_for_the_transpiler(self):
        from odoo.tools.js_transpiler import is_odoo_module, transpile_javascript

        with open(BUNDLE, encoding="utf-8") as f:
            source = f.read()
        url = "/pg_capabilities/static/src/dashboard/dashboard.bundle.js"
        try:
            self.assertTrue(is_odoo_module(url, source))  # Odoo 18+
        except TypeError:
            self.assertTrue(is_odoo_module(source))  # Odoo 17
        out = transpile_javascript(url, source)
        header = re.match(r"odoo\.define\('([^']+)', \[([^\]]*)\]", out)
        self.assertTrue(header, out[:200])
        self.assertEqual(header.group(1), "@pg_capabilities/dashboard/dashboard.bundle")
        deps = set(re.findall(r"'([^']+)'", header.group(2)))
        self.assertTrue(deps <= {"@odoo/owl", "@web/core/registry", "@web/core/utils/hooks",
                                 "@web/core/assets", "@web/core/network/download"}, deps)

    def test_dashboard_opens_without_console_errors(self):
        self.env[MODEL].pgcap_rescan()
        self.browser_js(dashboard_url(), CHECK_DASHBOARD, login="admin", timeout=120)
