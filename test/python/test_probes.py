# Part of pg_capabilities. License LGPL-3.0-or-later.
"""The Python probe runner on a real PostgreSQL: same rows as the TypeScript collector,
a snapshot valid against the schema, read-only and bounded by lock_timeout."""
import json
import os
import subprocess
import tempfile
import unittest

import psycopg2

from support import FIXTURE_ADDONS, ROOT, PostgresServer, read_json

from collect.catalog import load_catalog
from collect.probes import run_probes
from collect.scanner import scan_addons
from collect.snapshot import build_snapshot

SERVER = PostgresServer()
# cluster-wide or moment-to-moment facts, which differ between two runs a second apart
VOLATILE = {"listeners", "advisory_locks", "notification_queue"}
# counters that the other probes move (they read Odoo's small metadata tables), and with them the
# order of table_activity: compared without them, by table
COUNTERS = {"live_rows", "inserts", "updates", "deletes", "seq_scans", "idx_scans"}


def without_counters(probe):
    rows = [{k: v for k, v in r.items() if k not in COUNTERS} for r in probe["rows"]]
    return dict(probe, rows=sorted(rows, key=lambda r: (r["schema"], r["table_name"])))


def setUpModule():
    SERVER.start()
    with open(os.path.join(ROOT, "test", "fixtures", "demo", "odoo17-sample.sql"), encoding="utf-8") as f:
        sample = f.read()
    admin = psycopg2.connect(SERVER.url)
    admin.autocommit = True
    with admin.cursor() as cr:
        cr.execute("DROP DATABASE IF EXISTS pgcap_py WITH (FORCE)")
        cr.execute("CREATE DATABASE pgcap_py")
    admin.close()
    conn = psycopg2.connect(SERVER.url_for("pgcap_py"))
    conn.autocommit = True
    with conn.cursor() as cr:
        cr.execute(sample)
    conn.close()


def tearDownModule():
    SERVER.stop()


def python_probes():
    conn = psycopg2.connect(SERVER.url_for("pgcap_py"), application_name="pgcap-python-test")
    try:
        with conn.cursor() as cr:
            return run_probes(cr, conn.rollback, load_catalog())
    finally:
        conn.close()


class TestProbes(unittest.TestCase):
    def test_same_rows_as_the_typescript_collector(self):
        with tempfile.TemporaryDirectory() as tmp:
            snap = os.path.join(tmp, "snap.json")
            subprocess.run(
                ["node", os.path.join(ROOT, "dist", "pgcap.mjs"), "scan", "--db", SERVER.url_for("pgcap_py"),
                 "--snapshot", snap, "--format", "json", "--out", os.path.join(tmp, "r.json"), "--quiet"],
                check=True,
            )
            with open(snap, encoding="utf-8") as f:
                ts_snapshot = json.load(f)
            ts = {p["id"]: p for p in ts_snapshot["database"]["probes"]}
        from collect.snapshot import SNAPSHOT_VERSION

        self.assertEqual(SNAPSHOT_VERSION, ts_snapshot["version"], "both collectors write the same snapshot version")
        py = {p["id"]: p for p in python_probes()["probes"]}
        self.assertEqual(sorted(py), sorted(ts))
        for probe_id in sorted(py):
            if probe_id in VOLATILE:
                continue
            a, b = dict(py[probe_id]), dict(ts[probe_id])
            a.pop("durationMs"), b.pop("durationMs")
            if probe_id == "table_activity":
                a, b = without_counters(a), without_counters(b)
            # JSON round trip: the snapshot is what both sides exchange
            self.assertEqual(json.loads(json.dumps(a)), b, probe_id)

    def test_workload_facts_from_statistics(self):
        probes = {p["id"]: p for p in python_probes()["probes"]}
        activity = {r["table_name"]: r for r in probes["table_activity"]["rows"]}
        self.assertEqual(activity["res_partner"]["rows_estimate"], 2000)
        self.assertEqual(activity["res_partner"]["trigram_indexes"], 1)
        self.assertEqual(activity["res_partner"]["gin_indexes"], 1)
        self.assertEqual(activity["knowledge_note"]["fts_indexes"], 1)
        self.assertGreater(activity["res_partner"]["table_bytes"], 0)
        self.assertIsInstance(activity["res_partner"]["inserts"], int)  # float8, integral: written as JSON integers
        self.assertIs(activity["res_partner"]["unlogged"], False)
        [attachments] = probes["odoo_attachments"]["rows"]
        self.assertEqual(attachments["rows_estimate"], 600)
        self.assertEqual(attachments["location"], "file")
        self.assertAlmostEqual(attachments["in_filestore_estimate"], 540, delta=10)
        self.assertAlmostEqual(attachments["in_database_estimate"], 60, delta=10)
        keys = [r["key"] for r in probes["odoo_config_keys"]["rows"]]
        self.assertEqual(keys, sorted(keys))
        self.assertIn("redis_cache.url", keys)
        # names only: no value of a parameter but the attachment location is read
        text = json.dumps(probes)
        for value in ("hunter2", "cache.internal", "search.internal", "not-a-real-secret"):
            self.assertNotIn(value, text)

    def test_snapshot_matches_the_schema(self):
        import jsonschema

        catalog = load_catalog()
        snapshot = build_snapshot(catalog, python_probes(), scan_addons([FIXTURE_ADDONS], catalog),
                                  "pg_capabilities", "test", "python", odoo_pid=os.getpid())
        self.assertEqual(snapshot["collector"]["odooPid"], os.getpid())
        jsonschema.validate(json.loads(json.dumps(snapshot)), read_json("schema/snapshot.schema.json"))

    def test_lock_timeout_is_recorded_and_the_rest_goes_on(self):
        migration = psycopg2.connect(SERVER.url_for("pgcap_py"))
        try:
            with migration.cursor() as cr:
                cr.execute("LOCK TABLE ir_module_module IN ACCESS EXCLUSIVE MODE")
                probes = {p["id"]: p for p in python_probes()["probes"]}
        finally:
            migration.rollback()
            migration.close()
        self.assertEqual(probes["odoo_modules"]["status"], "error")
        self.assertEqual(probes["odoo_modules"]["code"], "55P03")
        self.assertEqual([p for p in probes if probes[p]["status"] == "error"], ["odoo_modules"])
        self.assertEqual(len(probes["jsonb_columns"]["rows"]), 8)

    def test_transactions_are_read_only(self):
        conn = psycopg2.connect(SERVER.url_for("pgcap_py"))
        seen = []

        class SpyCursor:
            def __init__(self, cr):
                self.cr = cr

            def execute(self, sql):
                if sql.startswith("SELECT") or sql.lstrip().startswith("--"):
                    self.cr.execute("SELECT current_setting('transaction_read_only')")
                    seen.append(self.cr.fetchone()[0])
                return self.cr.execute(sql)

            def __getattr__(self, name):
                return getattr(self.cr, name)

        try:
            with conn.cursor() as cr:
                run_probes(SpyCursor(cr), conn.rollback, load_catalog())
        finally:
            conn.close()
        self.assertTrue(seen)
        self.assertEqual(set(seen), {"on"})


if __name__ == "__main__":
    unittest.main()
