# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The module speaks French: i18n/fr.po loaded as Odoo loads a language, then a field label, a
Python message (a whole sentence, its step in French too), the PDF's own words and the dashboard's
terms (what /web/webclient/translations serves to the browser) come out in French."""
from unittest.mock import patch

from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from ..models.pg_capabilities_report import REPORT
from .common import MODEL
from .test_attacks import locked

LANG = "fr_FR"


@tagged("post_install", "-at_install")
class TestFrench(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang(LANG)
        cls.env["ir.module.module"]._load_module_terms(["pg_capabilities"], [LANG], overwrite=True)
        cls.fr = cls.env(context=dict(cls.env.context, lang=LANG))

    def test_field_label(self):
        fields = self.fr[MODEL].fields_get(["collected_at"], ["string"])
        self.assertEqual(fields["collected_at"]["string"], "Collecté le")
        self.assertEqual(self.fr.ref(REPORT).name, "Rapport d'audit PostgreSQL")
        finding = self.fr["pg.capabilities.finding"].fields_get(["dual_write", "client_location"], ["string"])
        self.assertEqual((finding["dual_write"]["string"], finding["client_location"]["string"]), ("Double écriture", "Dans le code"))
        audit = self.fr[MODEL].sudo().create({"collected_at": "2025-03-14 08:42:00", "payload": {"schema": "pg-capabilities/snapshot"}})
        self.assertTrue(audit.display_name.startswith("Audit du "), audit.display_name)

    def test_python_message(self):
        audit = self.env[MODEL].sudo().create({"collected_at": "2025-03-14 08:42:00", "payload": {"schema": "pg-capabilities/snapshot"}})
        report_model = type(self.env["ir.actions.report"])
        with patch.object(report_model, "get_wkhtmltopdf_state", lambda self: "install"), \
                self.assertRaises(UserError) as ctx:
            self.fr[MODEL].pgcap_pdf(audit.id, {})
        self.assertIn("wkhtmltopdf n'est pas installé sur le serveur Odoo", str(ctx.exception))
        self.assertIn("l'export HTML s'imprime en PDF depuis n'importe quel navigateur", str(ctx.exception))

    def test_pdf_template_words(self):
        audit = self.env[MODEL].sudo().create({"collected_at": "2025-03-14 08:42:00", "payload": {"schema": "pg-capabilities/snapshot"}})
        report = self.fr.ref(REPORT)
        html = report._render_qweb_html(report.report_name, audit.ids)[0].decode()
        self.assertIn('Page <span class="page"></span> sur <span class="topage"></span>', html)
        self.assertIn("imprimez-le depuis le tableau de bord", html)

    def test_webclient_translations(self):
        http = self.env["ir.http"]
        # the model method behind /web/webclient/translations: public in 17 and 18, private in 19
        serve = getattr(http, "get_translations_for_webclient", None) or http._get_translations_for_webclient
        modules, lang_params = serve(["pg_capabilities"], LANG)
        self.assertEqual(lang_params["code"], LANG)
        messages = {m["id"]: m["string"] for m in modules["pg_capabilities"]["messages"]}
        # terms of the dashboard's OWL templates, of the bundle's _t() calls (sentences with their
        # placeholders), and of the catalog's labels the dashboard translates at run time
        self.assertEqual(messages.get("Rescan"), "Relancer l'analyse")
        self.assertEqual(messages.get("Store inventory"), "Inventaire des stockages")
        self.assertEqual(messages.get("Why this verdict"), "Pourquoi ce verdict")
        self.assertEqual(messages.get("Rows %(first)s to %(last)s of %(total)s"), "Lignes %(first)s à %(last)s sur %(total)s")
        self.assertEqual(messages.get("catalog|jsonb columns"), "Colonnes jsonb")
        self.assertEqual(messages.get("catalog|Table"), "Table")
        self.assertEqual(messages.get("severity|Medium"), "Moyenne")
        # no fragment of the former wording is served any more
        for gone in ("holds", "does not hold", "none found", "in use", "changed to"):
            self.assertNotIn(gone, messages)
        # Python-only messages stay on the server
        self.assertNotIn("Only administrators (Settings group) can audit PostgreSQL capabilities.", messages)

    def test_a_lock_stops_the_dashboard_in_one_french_sentence(self):
        """A migration's lock met while reading the stored snapshot: one whole French sentence,
        the step it stopped at in French too (no English fragment glued in)."""
        with locked(self.env.cr.dbname, "pg_capabilities_snapshot"), mute_logger("odoo.sql_db"), \
                self.assertRaises(UserError) as ctx:
            self.fr[MODEL].pgcap_latest()
        message = str(ctx.exception)
        self.assertTrue(message.startswith(
            "Le module Fonctionnalités PostgreSQL s'est arrêté pendant la lecture de l'instantané enregistré "
            "(table pg_capabilities_snapshot) : une autre transaction y tient un verrou"), message)
        self.assertTrue(message.endswith("Réessayez plus tard."), message)
