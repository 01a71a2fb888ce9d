# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""What the module sees beside the database (snapshot `odoo`): this database's filestore counted,
the session store, server option names; and never a value: neither an option's nor a parameter's."""
import json

from odoo import http
from odoo.tests import TransactionCase, tagged
from odoo.tools import config

from ..collect import load_catalog
from ..collect.budget import Deadline
from .common import MODEL

CONTENT = b"pg_capabilities counts this file, never reads it\n" * 40
OPTION = "pgcap_test_redis_url"
OPTION_VALUE = "redis://:pgcap-option-secret@cache.pgcap.invalid:6379/0"


@tagged("post_install", "-at_install")
class TestHostFacts(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # an attachment kept in the filestore (Odoo's default location): written to disk on create
        cls.attachment = cls.env["ir.attachment"].create({"name": "pgcap-host-facts.txt", "raw": CONTENT})
        # a server option whose name points at a store (odoo.conf may carry any key)
        config.options[OPTION] = OPTION_VALUE
        try:
            cls.data = cls.env[MODEL].pgcap_rescan()
        finally:
            del config.options[OPTION]
        cls.snapshot = cls.data["snapshot"]

    def test_the_filestore_is_counted(self):
        self.assertTrue(self.attachment.store_fname, "the test attachment is in the filestore")
        filestore = self.snapshot["odoo"]["filestore"]
        self.assertTrue(filestore["complete"], filestore.get("reason"))
        self.assertGreaterEqual(filestore["files"], 1)
        self.assertGreaterEqual(filestore["bytes"], len(CONTENT))

    def test_the_session_store(self):
        sessions = self.snapshot["odoo"]["sessions"]
        expected = "filesystem" if type(http.root.session_store) is http.FilesystemSessionStore else type(http.root.session_store).__name__
        self.assertEqual(sessions["kind"], expected)
        if expected == "filesystem":
            self.assertIsInstance(sessions["files"], int)

    def test_server_options_and_parameters_by_name_only(self):
        self.assertIn(OPTION, self.snapshot["odoo"]["serverOptions"])
        self.assertNotIn("db_password", self.snapshot["odoo"]["serverOptions"])
        probes = {p["id"]: p for p in self.snapshot["database"]["probes"]}
        keys = [r["key"] for r in probes["odoo_config_keys"]["rows"]]
        self.assertIn("database.secret", keys)
        [attachments] = probes["odoo_attachments"]["rows"]
        self.assertEqual(set(attachments), {"rows_estimate", "in_filestore_estimate", "in_database_estimate", "table_bytes", "location"})
        text = json.dumps(self.snapshot)
        params = self.env["ir.config_parameter"].sudo()
        for value in (OPTION_VALUE, "pgcap-option-secret", params.get_param("database.secret"), params.get_param("database.uuid"),
                      config["db_password"], config["admin_passwd"]):
            if value and len(value) > 5:
                self.assertNotIn(value, text)
        self.assertNotIn(self.attachment.store_fname, text, "no file name of the filestore is listed")
        self.assertNotIn(config.filestore(self.env.cr.dbname), text, "nor its path")

    def test_a_count_out_of_time_says_so(self):
        spent = Deadline(0)
        facts = self.env[MODEL]._host_facts(load_catalog(), spent)
        self.assertFalse(facts["filestore"]["complete"])
        self.assertIn("ran out", facts["filestore"]["reason"])
