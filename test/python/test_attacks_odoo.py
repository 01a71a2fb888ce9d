# Part of pg_capabilities. License LGPL-3.0-or-later.
"""The Python collector's side of the Odoo module under stress: the rescan's time budget (a scan
stopped at a module boundary, probes not run past the deadline) and a role that cannot read Odoo's
metadata (a real PostgreSQL). The module itself: odoo_addon/pg_capabilities/tests/test_attacks.py."""
import unittest
from unittest.mock import patch

import psycopg2

from support import FIXTURE_ADDONS, PostgresServer

from collect.budget import Deadline, OutOfBudget, scan_addons_within
from collect.catalog import load_catalog
from collect.probes import run_probes
from collect.scanner import AddonsScanner, scan_addons

SERVER = PostgresServer()
CATALOG = load_catalog()


class FakeClock:
    """Time that moves only when a module is scanned."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def setUpModule():
    SERVER.start()


def tearDownModule():
    SERVER.stop()


class TestBudget(unittest.TestCase):
    def test_attack_a_scan_past_its_budget_stops_at_a_module_boundary_and_says_so(self):
        clock = FakeClock()
        deadline = Deadline(2.5, clock=clock)

        def one_second_per_module(name, modules, matches):
            clock.now += 1

        full = scan_addons([FIXTURE_ADDONS], CATALOG)
        scan = scan_addons_within([FIXTURE_ADDONS], CATALOG, deadline, on_progress=one_second_per_module)
        self.assertGreater(len(full["modules"]), 3)
        self.assertEqual([m["name"] for m in scan["modules"]], [m["name"] for m in full["modules"][:3]])
        self.assertEqual(scan["roots"], [{"path": FIXTURE_ADDONS, "modules": 3}])
        self.assertEqual(scan["stoppedEarly"],
                         "the rescan's time budget of 2.5 s ran out after 3 modules: the modules after them were not scanned")
        # what the three modules hold is all there, in the scanner's own shape
        names = {m["name"] for m in scan["modules"]}
        self.assertEqual(scan["matches"], [m for m in full["matches"] if m["module"] in names])
        self.assertEqual(set(scan), set(full) | {"stoppedEarly"})

    def test_attack_a_scan_within_its_budget_is_the_plain_scan(self):
        scan = scan_addons_within([FIXTURE_ADDONS], CATALOG, Deadline(3600))
        full = scan_addons([FIXTURE_ADDONS], CATALOG)
        self.assertNotIn("stoppedEarly", scan)
        scan.pop("durationMs"), full.pop("durationMs")
        self.assertEqual(scan, full)

    def test_attack_a_scanner_that_turns_errors_into_skips_cannot_swallow_the_stop(self):
        # the hostile-tree hardening may catch every Exception of a module: the stop is no Exception
        original = AddonsScanner._scan_module

        def forgiving(self, *args, **kwargs):
            try:
                return original(self, *args, **kwargs)
            except Exception as e:  # noqa: BLE001 - what a forgiving scanner does
                self._skip(args[1], "error: %s" % e)

        self.assertFalse(issubclass(OutOfBudget, Exception))
        with patch.object(AddonsScanner, "_scan_module", forgiving):
            scan = scan_addons_within([FIXTURE_ADDONS], CATALOG, Deadline(0))
        self.assertEqual(len(scan["modules"]), 1)
        self.assertIn("stoppedEarly", scan)

    def test_attack_probes_past_the_deadline_are_not_run(self):
        class NoCursor:
            def __getattr__(self, name):
                raise AssertionError("a probe ran past the deadline")

        result = run_probes(NoCursor(), lambda: None, CATALOG, deadline=Deadline(0))
        self.assertEqual(len(result["probes"]), len(CATALOG["probes"]))
        for p in result["probes"]:
            self.assertEqual((p["status"], p["message"]), ("error", "not run: the rescan's time budget of 0 s ran out"))


class TestUnreadableOdoo(unittest.TestCase):
    """Twin of the jest attacks in test/security/odoo-stress.test.ts: same SQL, same verdicts."""

    @classmethod
    def setUpClass(cls):
        from support import ROOT
        import os

        with open(os.path.join(ROOT, "test", "fixtures", "demo", "odoo17-sample.sql"), encoding="utf-8") as f:
            sample = f.read()
        admin = psycopg2.connect(SERVER.url)
        admin.autocommit = True
        with admin.cursor() as cr:
            cr.execute("DROP DATABASE IF EXISTS pgcap_py_hardened WITH (FORCE)")
            cr.execute("CREATE DATABASE pgcap_py_hardened")
            cr.execute("""DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgcap_py_audit') THEN
                  CREATE ROLE pgcap_py_audit LOGIN PASSWORD 'pw';
                END IF; END $$""")
        admin.close()
        conn = psycopg2.connect(SERVER.url_for("pgcap_py_hardened"))
        conn.autocommit = True
        with conn.cursor() as cr:
            cr.execute(sample)
            cr.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
            cr.execute("GRANT CONNECT ON DATABASE pgcap_py_hardened TO pgcap_py_audit")
        conn.close()

    def probes_as_the_audit_role(self):
        base, _, _ = SERVER.url.rpartition("/")
        scheme, _, rest = base.partition("://")
        host = rest.rpartition("@")[2]
        conn = psycopg2.connect("%s://pgcap_py_audit:pw@%s/pgcap_py_hardened" % (scheme, host))
        try:
            with conn.cursor() as cr:
                return {p["id"]: p for p in run_probes(cr, conn.rollback, CATALOG)["probes"]}
        finally:
            conn.close()

    def test_attack_a_role_without_usage_on_odoos_schema_is_not_told_not_an_odoo_database(self):
        probes = self.probes_as_the_audit_role()
        server = probes["server"]["rows"][0]
        self.assertIs(server["is_odoo"], False)
        self.assertIn("public.ir_module_module (no USAGE on schema public)", server["odoo_unreadable"])
        for probe in CATALOG["probes"]:
            if probe.get("requires") != "odoo":
                continue
            got = probes[probe["id"]]
            self.assertEqual((got["status"], got.get("code")), ("error", "42501"), probe["id"])
            self.assertTrue(got["message"].startswith("could not read public.ir_model_data"), got["message"])
            self.assertTrue(got["message"].endswith(": permission denied"), got["message"])


if __name__ == "__main__":
    unittest.main()
