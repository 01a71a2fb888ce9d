# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Admins only: a plain user is refused by every method and by the route, and sees no menu."""
import json

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from ..controllers.main import AUTH
from .common import MODEL, plain_user


@tagged("post_install", "-at_install")
class TestAccess(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plain = plain_user(cls.env)
        cls.env[MODEL].pgcap_rescan()

    def test_plain_user_is_refused_by_the_methods(self):
        model = self.env[MODEL].with_user(self.plain)
        for method in ("pgcap_rescan", "pgcap_latest"):
            with self.assertRaises(AccessError, msg=method):
                getattr(model, method)()
        with self.assertRaises(AccessError):
            model.search([])

    def test_plain_user_sees_no_menu(self):
        menu = self.env.ref("pg_capabilities.menu_pg_capabilities")
        visible = self.env["ir.ui.menu"].with_user(self.plain)._visible_menu_ids()
        self.assertNotIn(menu.id, visible)
        admin_visible = self.env["ir.ui.menu"].with_user(self.env.ref("base.user_admin"))._visible_menu_ids()
        self.assertIn(menu.id, admin_visible)

    def _get(self, headers=None):
        return self.url_open("/pg_capabilities/snapshot", headers=headers or {}, allow_redirects=False)

    # A browser navigation: what Odoo 18's bearer routes require of a session without API key.
    BROWSER = {"Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "none", "Sec-Fetch-User": "?1"}

    def test_route_serves_the_snapshot_to_an_admin(self):
        self.authenticate("admin", "admin")
        resp = self._get(self.BROWSER)
        self.assertEqual(resp.status_code, 200, resp.text[:300])
        data = json.loads(resp.text)
        self.assertEqual(data["snapshot"]["schema"], "pg-capabilities/snapshot")

    def test_route_refuses_a_plain_user(self):
        self.authenticate("pgcap_plain", "pgcap_plain_pw")
        resp = self._get(self.BROWSER)
        self.assertEqual(resp.status_code, 403)
        self.assertNotIn("snapshot", json.loads(resp.text))

    def test_route_refuses_anonymous(self):
        resp = self._get()
        self.assertIn(resp.status_code, (303, 401, 403))
        self.assertNotIn("pg-capabilities/snapshot", resp.text)

    def test_route_with_an_api_key(self):
        if AUTH != "bearer":
            self.skipTest("this Odoo version has no bearer routes; pgcap uses JSON-RPC with the key instead")
        admin = self.env.ref("base.user_admin")
        apikeys = self.env["res.users.apikeys"].with_user(admin)
        try:
            key = apikeys._generate(None, "pgcap test", None)
        except TypeError:
            key = apikeys._generate(None, "pgcap test")
        resp = self._get({"Authorization": "Bearer %s" % key})
        self.assertEqual(resp.status_code, 200, resp.text[:300])
        self.assertEqual(json.loads(resp.text)["snapshot"]["version"], 2)
        bad = self._get({"Authorization": "Bearer not-a-key"})
        self.assertEqual(bad.status_code, 401)
