# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The engagement report as a QWeb PDF: pgcap_pdf checks the document, keeps it and returns the
report action; the PDF is made by Odoo's own engine (wkhtmltopdf) and says what the document says;
without a working wkhtmltopdf the error says what to do; admins only."""
import json
import os
import shutil
import subprocess
import tempfile
from unittest.mock import patch

from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools.safe_eval import safe_eval, time

from ..models.pg_capabilities_report import PDF_STATES, REPORT
from .common import MODEL, plain_user

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "..", "..", "test", "fixtures", "engagement-document.json")


def load_fixture(test):
    if not os.path.exists(FIXTURE):  # the addon installed without the repository around it
        test.skipTest("test/fixtures/engagement-document.json is not beside the addon")
    with open(FIXTURE, encoding="utf-8") as f:
        return json.load(f)


@tagged("post_install", "-at_install")
class TestReportPdf(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plain = plain_user(cls.env)
        cls.audit = cls.env[MODEL].sudo().create({
            "collected_at": "2025-03-14 08:42:00",
            "payload": {"schema": "pg-capabilities/snapshot"},
        })
        cls.report = cls.env.ref(REPORT)

    def setUp(self):
        super().setUp()
        self.document = load_fixture(self)

    def with_state(self, state):
        return patch.object(type(self.env["ir.actions.report"]), "get_wkhtmltopdf_state", lambda self: state)

    def test_plain_user_is_refused(self):
        with self.assertRaises(AccessError):
            self.env[MODEL].with_user(self.plain).pgcap_pdf(self.audit.id, self.document)
        self.assertFalse(self.audit.document)
        # nor can a plain user read a stored document through the report route's rendering
        self.audit.sudo().write({"document": self.document})
        self.env.invalidate_all()  # as in a request of its own: nothing read yet
        # (an AccessError, which QWeb wraps in a QWebException in some versions)
        with self.assertRaises(Exception) as ctx:
            self.report.with_user(self.plain)._render_qweb_html(self.report.report_name, self.audit.ids)
        self.assertIn("not allowed to access", str(ctx.exception))

    def test_action_and_stored_document(self):
        with self.with_state("ok"):
            action = self.env[MODEL].pgcap_pdf(self.audit.id, self.document)
        self.assertEqual(action["type"], "ir.actions.report")
        self.assertEqual(action["report_type"], "qweb-pdf")
        self.assertEqual(action["report_name"], "pg_capabilities.report_engagement")
        self.assertEqual(action["context"]["active_ids"], [self.audit.id])
        self.assertEqual(self.audit.document, self.document)
        name = safe_eval(self.report.print_report_name, {"object": self.audit, "time": time})
        self.assertEqual(name, "pg_capabilities-%s-2025-03-14" % self.env.cr.dbname)

    def test_invalid_document_is_refused(self):
        self.document["blocks"].append({"kind": "raw_html", "html": "<script>alert(1)</script>"})
        with self.with_state("ok"), self.assertRaises(UserError) as ctx:
            self.env[MODEL].pgcap_pdf(self.audit.id, self.document)
        self.assertIn("unknown block kind 'raw_html'", str(ctx.exception))
        self.assertFalse(self.audit.document)
        with self.with_state("ok"), self.assertRaises(UserError):
            self.env[MODEL].pgcap_pdf(self.audit.id + 1000, load_fixture(self))
        with self.with_state("ok"), self.assertRaises(UserError):
            self.env[MODEL].pgcap_pdf("1; DROP TABLE x", load_fixture(self))

    def test_no_working_wkhtmltopdf_says_what_to_do(self):
        for state, says in (("install", "is not installed"), ("broken", "does not answer"), ("workers", "two workers")):
            with self.subTest(state=state), self.with_state(state), self.assertRaises(UserError) as ctx:
                self.env[MODEL].pgcap_pdf(self.audit.id, self.document)
            message = str(ctx.exception)
            self.assertIn(says, message)
            self.assertIn("HTML export prints to PDF from any browser", message)
            if state != "workers":
                self.assertIn("wkhtmltopdf 0.12.6", message)
        self.assertFalse(self.audit.document)

    def test_html_renders_every_block_inert(self):
        self.audit.sudo().write({"document": self.document})
        html = self.report._render_qweb_html(self.report.report_name, self.audit.ids)[0].decode()
        self.assertIn("&lt;script&gt;alert(&#39;inert&#39;)&lt;/script&gt;", html)
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<b>not bold</b>", html)
        self.assertIn('<h2 id="summary">Executive summary</h2>', html)
        self.assertIn('<ol>', html)
        self.assertIn('class="o_pgcap_page_break"', html)
        self.assertIn("<thead>", html)
        self.assertIn('<th class="o_pgcap_num">Call sites</th>', html)
        self.assertIn("<code>acme_sync</code>: keep sale orders", html)  # runs joined without a space
        self.assertIn('<span class="page"></span> of <span class="topage"></span>', html.replace("<span class=\"page\"/>", "<span class=\"page\"></span>"))

    def test_pdf_is_made_by_wkhtmltopdf(self):
        state = self.report.get_wkhtmltopdf_state()
        if state not in PDF_STATES:
            self.skipTest("wkhtmltopdf is %s here: test_no_working_wkhtmltopdf_says_what_to_do covers it" % state)
        action = self.env[MODEL].pgcap_pdf(self.audit.id, self.document)
        # wkhtmltopdf fetches Odoo's report style sheets over HTTP; from a test, the test server
        # would wait for this test's cursor while this test waits for wkhtmltopdf (seen on 18).
        # Port 9 (discard) refuses at once: the PDF comes out with the report's own style sheet.
        self.env["ir.config_parameter"].sudo().set_param("report.url", "http://127.0.0.1:9")
        # in test mode Odoo renders reports as HTML unless asked not to
        pdf, kind = self.report.with_context(force_report_rendering=True)._render_qweb_pdf(action["report_name"], self.audit.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF-"), pdf[:20])
        if not shutil.which("pdftotext"):
            self.skipTest("pdftotext (poppler-utils) is not installed: the PDF's text is not read")
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            text = subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, check=True, text=True).stdout
        pages = text.split("\f")
        self.assertIn("PostgreSQL capabilities audit: acme_prod", pages[0])
        self.assertIn("Executive summary", pages[0])
        self.assertIn("Next steps", pages[0])
        self.assertIn("Findings at a glance", pages[0])
        # the document's page break: the findings start a page
        self.assertNotIn("acme_sync writes sale orders", pages[0])
        self.assertIn("acme_sync writes sale orders to MongoDB", pages[1])
        self.assertIn("<script>alert('inert')</script>", text)
