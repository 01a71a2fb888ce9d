# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The collector inside Odoo, on the real database and the real addons paths."""
import os
import shutil
import tempfile
from unittest.mock import patch

import odoo
from odoo.exceptions import UserError
from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from ..models.pg_capabilities_snapshot import KEEP_SNAPSHOTS, RESCAN_LOCK
from .common import MODEL

TRANSLATED = ("true", "standard", "html_translate", "xml_translate")
UNTRANSLATED = ("false", None)


@tagged("post_install", "-at_install")
class TestCollect(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.data = cls.env[MODEL].pgcap_rescan()
        cls.snapshot = cls.data["snapshot"]
        cls.probes = {p["id"]: p for p in cls.snapshot["database"]["probes"]}

    def test_snapshot_shape(self):
        self.assertEqual(self.snapshot["schema"], "pg-capabilities/snapshot")
        self.assertEqual(self.snapshot["version"], 3)
        self.assertEqual(self.snapshot["collector"]["name"], "pg_capabilities")
        self.assertEqual(self.data["database"], self.env.cr.dbname)
        failed = {k: p.get("message") for k, p in self.probes.items() if p["status"] == "error"}
        self.assertEqual(failed, {})

    def test_sees_an_odoo_database(self):
        server = self.probes["server"]["rows"][0]
        self.assertTrue(server["is_odoo"])
        modules = {r["name"]: r["state"] for r in self.probes["odoo_modules"]["rows"]}
        self.assertEqual(modules["pg_capabilities"], "installed")

    def test_translated_jsonb_fields_with_their_model(self):
        rows = self.probes["odoo_jsonb_fields"]["rows"]
        by_key = {(r["model"], r["column_name"]): r for r in rows}
        # ir_model_fields.translate: a boolean up to 18 ("true"), a selection from 19
        # ("standard", "html_translate", "xml_translate"); the core reads any value but
        # "false" and NULL as translated
        self.assertIn(by_key[("ir.model", "name")]["translate"], TRANSLATED)
        self.assertIn(by_key[("ir.ui.view", "arch_db")]["translate"], TRANSLATED)
        self.assertIn(by_key[(MODEL, "payload")]["translate"], UNTRANSLATED)
        self.assertIn("base", by_key[("ir.model", "name")]["modules"].split(","))
        # a model with its own _table is mapped too
        self.assertIn(("ir.actions.client", "name"), by_key)
        columns = {(r["table_name"], r["column_name"]) for r in self.probes["jsonb_columns"]["rows"]}
        self.assertEqual(columns, {(r["table_name"], r["column_name"]) for r in rows})

    def test_trigram_indexes_when_mail_is_installed(self):
        if self.env["ir.module.module"]._get("mail").state != "installed":
            self.skipTest("mail is not installed: no trigram index to expect")
        trigram = [r for r in self.probes["indexes"]["rows"] if "gin_trgm_ops" in (r["opclasses"] or "")]
        self.assertTrue(trigram, "Odoo's index='trigram' fields should show as gin_trgm_ops indexes")

    def test_bus_channel_from_code(self):
        notify = [m for m in self.snapshot["scan"]["matches"] if m["signature"] == "pg.notify" and m["module"] == "bus"]
        self.assertEqual({m.get("capture") for m in notify}, {"imbus"})

    def test_every_addons_path_is_scanned_but_this_tool(self):
        names = {m["name"] for m in self.snapshot["scan"]["modules"]}
        self.assertTrue({"base", "web", "bus"} <= names)
        # its catalog names every store: scanning it would accuse it of all of them
        self.assertNotIn("pg_capabilities", names)
        self.assertIn({"file": "pg_capabilities", "reason": "the audit tool itself"}, self.snapshot["scan"]["skipped"])

    def test_odoo_modules_are_found_in_odoo_source_tree(self):
        modules = {m["name"]: m for m in self.snapshot["scan"]["modules"]}
        for name in ("base", "web", "bus"):
            self.assertTrue(modules[name]["inOdooTree"], name)
        if "cache_redis_pricing" in modules:  # test/fixtures/addons, outside Odoo's tree
            self.assertFalse(modules["cache_redis_pricing"]["inOdooTree"])
            self.assertEqual(modules["cache_redis_pricing"]["author"], "Example Integrator")

    def test_custom_redis_module_in_an_extra_addons_path(self):
        if not get_module_path("cache_redis_pricing", display_warning=False):
            self.skipTest("test/fixtures/addons is not in the addons path (npm run test:odoo puts it there)")
        redis = {m["signature"] for m in self.snapshot["scan"]["matches"] if m["module"] == "cache_redis_pricing"}
        self.assertIn("redis.import", redis)
        text = str(self.snapshot["scan"]["matches"])
        self.assertNotIn("s3cretPass", text)

    def test_a_second_rescan_reads_no_file_and_scans_the_same(self):
        from ..collect import scanner, structure

        reads = []

        def counted(read):
            def wrapper(path, cap):
                reads.append(path)
                return read(path, cap)
            return wrapper

        with patch.object(scanner, "read_regular_file_stat", counted(scanner.read_regular_file_stat)), \
                patch.object(structure, "read_regular_file", counted(structure.read_regular_file)):
            again = self.env[MODEL].pgcap_rescan()["snapshot"]["scan"]
        # the class's rescan read every file (a new database: no cache yet) and kept what it found
        self.assertEqual(reads, [])
        self.assertGreater(again["filesScanned"], 1000)
        self.assertEqual(dict(again, durationMs=0), dict(self.snapshot["scan"], durationMs=0))
        self.assertEqual(self.env["pg.capabilities.scan.cache"].search_count([]), 1)

    def test_only_the_latest_snapshots_are_kept(self):
        model = self.env[MODEL]
        tiny = dict(self.snapshot, scan=None)
        with patch.object(type(model), "_collect", return_value=(tiny, 1)):
            for _ in range(KEEP_SNAPSHOTS + 2):
                model.pgcap_rescan()
        self.assertEqual(model.search_count([]), KEEP_SNAPSHOTS)
        self.assertEqual(model.pgcap_latest()["snapshot"], tiny)

    def test_concurrent_rescan_is_refused_not_mixed(self):
        before = self.env[MODEL].search_count([])
        # another connection holds the rescan lock, as a rescan running elsewhere would
        with odoo.sql_db.db_connect(self.env.cr.dbname).cursor() as other:
            # try, not wait: a lock left held by an earlier rescan fails here instead of hanging
            other.execute("SELECT pg_try_advisory_lock(%s)", [RESCAN_LOCK])
            self.assertTrue(other.fetchone()[0], "the rescan lock is held by an earlier rescan")
            try:
                with self.assertRaises(UserError):
                    self.env[MODEL].pgcap_rescan()
            finally:
                other.execute("SELECT pg_advisory_unlock(%s)", [RESCAN_LOCK])
        self.assertEqual(self.env[MODEL].search_count([]), before)

    def test_a_rescan_does_not_report_its_own_lock(self):
        held = [r for r in self.probes["advisory_locks"]["rows"] if r["database"] == self.env.cr.dbname]
        self.assertEqual(held, [], "the rescan lock itself was reported as an advisory lock in use")

    def test_a_rescan_survives_file_names_that_are_not_utf8(self):
        # a customer's file named in latin-1: shown escaped, and the snapshot stores (jsonb refuses
        # the lone surrogate that Python's file system decoding would put in its str)
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        module = os.path.join(os.fsencode(tmp), b"latin_names")
        os.makedirs(os.path.join(module, b"models"))
        with open(os.path.join(module, b"__manifest__.py"), "wb") as f:
            f.write(b"{'name': 'Latin names'}\n")
        with open(os.path.join(module, b"models", b"caf\xe9.py"), "wb") as f:
            f.write(b"import redis\nr = redis.Redis()\n")
        model = self.env[MODEL]
        with patch.object(type(model), "_addons_roots", return_value=[tmp]):
            data = model.pgcap_rescan()
        files = {m["file"] for m in data["snapshot"]["scan"]["matches"]}
        self.assertIn("latin_names/models/caf\\xe9.py", files)

    def test_a_failed_rescan_releases_its_lock(self):
        model = self.env[MODEL]
        # what the scanner once produced for such a name: a str that PostgreSQL's jsonb refuses
        bad = dict(self.snapshot, scan=dict(self.snapshot["scan"], skipped=[{"file": "caf\udce9.py", "reason": "x"}]))
        with patch.object(type(model), "_collect", return_value=(bad, 1)), mute_logger("odoo.sql_db"):
            with self.assertRaises(Exception):
                model.pgcap_rescan()
        with odoo.sql_db.db_connect(self.env.cr.dbname).cursor() as other:
            other.execute("SELECT pg_try_advisory_lock(%s)", [RESCAN_LOCK])
            self.assertTrue(other.fetchone()[0], "a failed rescan left the rescan lock held")
            other.execute("SELECT pg_advisory_unlock(%s)", [RESCAN_LOCK])
        tiny = dict(self.snapshot, scan=None)
        with patch.object(type(model), "_collect", return_value=(tiny, 1)):
            self.assertEqual(model.pgcap_rescan()["snapshot"], tiny)
