# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The module under stress (the fault suite: test_attack_*): no state change on a GET, a rescan safe
from cross-site requests, bounded when a migration holds a lock, within its time budget, and its
lock released whatever fails."""
import json
from datetime import datetime, timedelta
import os
import re
import time
from contextlib import contextmanager
from unittest.mock import patch

from odoo import sql_db
from odoo.exceptions import AccessError, UserError
from odoo.modules.module import get_module_path
from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools import mute_logger

from ..collect.budget import Deadline
from ..controllers.main import AUTH
from ..models.pg_capabilities_snapshot import BUDGET_PARAM, DEFAULT_BUDGET_SECONDS, RESCAN_LOCK
from .common import MODEL, plain_user

# A browser navigation: what Odoo 18's bearer routes ask of a session that shows no API key.
BROWSER = {"Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "none", "Sec-Fetch-User": "?1"}
# A form on another site posting to the Odoo, with the admin's session cookie and no CSRF token.
CROSS_SITE = {"Origin": "https://evil.example", "Referer": "https://evil.example/", "Sec-Fetch-Dest": "document",
              "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-User": "?1"}
# The same, as a page of the Odoo itself would post it (passes Odoo 18's Sec-Fetch check).
SAME_ORIGIN = dict(CROSS_SITE, Origin="", Referer="", **{"Sec-Fetch-Site": "same-origin"})


def _tiny(snapshot=None):
    """A stand-in for _collect: a rescan in no time."""
    return patch.object(type_of_model(), "_collect", return_value=(snapshot or {"schema": "pg-capabilities/snapshot", "scan": None}, 1))


def type_of_model():
    from ..models.pg_capabilities_snapshot import PgCapabilitiesSnapshot
    return PgCapabilitiesSnapshot


def _api_key(env, user):
    apikeys = env["res.users.apikeys"].with_user(user)
    try:  # 18+: a key of a user who is not an administrator must expire
        return apikeys._generate(None, "pgcap test", datetime.now() + timedelta(days=1))
    except TypeError:
        return apikeys._generate(None, "pgcap test")


@tagged("post_install", "-at_install")
class TestAttackRoutes(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plain = plain_user(cls.env)

    def _count(self):
        self.env.invalidate_all()
        return self.env[MODEL].sudo().search_count([])

    def _post(self, headers=None, data=None):
        # a form field always: url_open sends a GET when data is empty
        return self.url_open("/pg_capabilities/rescan", data=dict(data or {}, pgcap="1"), headers=headers or {},
                             allow_redirects=False)

    def _csrf_token(self):
        """The CSRF token of the current session, as the web client gets it (Odoo 17)."""
        page = self.url_open("/web").text
        found = re.search(r"""csrf_token["']?\s*[:=]\s*["']([0-9a-f]+o[0-9]+)""", page)
        self.assertTrue(found, "no CSRF token on /web")
        return found.group(1)

    def test_attack_get_with_rescan_changes_nothing(self):
        self.authenticate("admin", "admin")
        with _tiny():
            self.env[MODEL].pgcap_rescan()
        before = self._count()
        # (a mock as a method of the model class would pass for an @api.ondelete hook: patch _collect)
        with patch.object(type_of_model(), "_collect", side_effect=AssertionError("a GET rescanned")):
            for query in ("?rescan=1", "?rescan=true", "?rescan=0"):
                resp = self.url_open("/pg_capabilities/snapshot" + query, headers=BROWSER, allow_redirects=False)
                self.assertEqual(resp.status_code, 400, resp.text[:300])
                self.assertIn("POST /pg_capabilities/rescan", json.loads(resp.text)["error"])
            self.assertEqual(self._count(), before)
        # with no snapshot stored, a GET says so, and collects none
        self.env[MODEL].sudo().search([]).unlink()
        with patch.object(type_of_model(), "_collect", side_effect=AssertionError("a GET rescanned")):
            resp = self.url_open("/pg_capabilities/snapshot", headers=BROWSER, allow_redirects=False)
        self.assertEqual(resp.status_code, 200, resp.text[:300])
        self.assertIsNone(json.loads(resp.text)["snapshot"])
        self.assertEqual(self._count(), 0)

    def test_attack_cross_site_post_without_csrf_token_is_refused(self):
        self.authenticate("admin", "admin")
        before = self._count()
        with _tiny(), mute_logger("odoo.http"):
            for headers in (CROSS_SITE, SAME_ORIGIN, {}):
                resp = self._post({k: v for k, v in headers.items() if v})
                # 17: Odoo's CSRF check (400); 18+: the session alone does not rescan (403; 19 refuses
                # a session without the Sec-Fetch headers of a navigation itself, with 401)
                self.assertIn(resp.status_code, (400, 401, 403), (headers, resp.status_code, resp.text[:300]))
                self.assertNotIn("pg-capabilities/snapshot", resp.text)
            resp = self._post(SAME_ORIGIN, data={"csrf_token": "0" * 40 + "o9999999999"})
            self.assertIn(resp.status_code, (400, 401, 403), resp.text[:300])
        self.assertEqual(self._count(), before)

    def test_attack_a_session_post_with_its_csrf_token_rescans_on_17(self):
        if AUTH == "bearer":
            self.skipTest("Odoo 18+: a POST rescan takes the API key; the browser rescans through JSON-RPC")
        self.authenticate("admin", "admin")
        before = self._count()
        with _tiny():
            resp = self._post(data={"csrf_token": self._csrf_token()})
        self.assertEqual(resp.status_code, 200, resp.text[:300])
        self.assertEqual(self._count(), before + 1)

    def test_attack_post_with_an_api_key_rescans_on_18(self):
        if AUTH != "bearer":
            self.skipTest("Odoo 17 has no bearer routes: pgcap rescans over JSON-RPC with the key")
        key = _api_key(self.env, self.env.ref("base.user_admin"))
        before = self._count()
        with _tiny():
            resp = self._post({"Authorization": "Bearer %s" % key})
        self.assertEqual(resp.status_code, 200, resp.text[:300])
        self.assertEqual(json.loads(resp.text)["snapshot"]["schema"], "pg-capabilities/snapshot")
        self.assertEqual(self._count(), before + 1)
        with _tiny():
            bad = self._post({"Authorization": "Bearer not-a-key"})
        self.assertEqual(bad.status_code, 401)
        self.assertEqual(self._count(), before + 1)

    def test_attack_plain_user_is_refused_by_the_rescan_route(self):
        before = self._count()
        with _tiny():
            if AUTH == "bearer":
                resp = self._post({"Authorization": "Bearer %s" % _api_key(self.env, self.plain)})
            else:
                self.authenticate("pgcap_plain", "pgcap_plain_pw")
                resp = self._post(data={"csrf_token": self._csrf_token()})
        self.assertEqual(resp.status_code, 403, resp.text[:300])
        self.assertNotIn("snapshot", json.loads(resp.text))
        self.assertEqual(self._count(), before)

    def test_attack_rescan_route_refuses_anonymous(self):
        before = self._count()
        with _tiny(), mute_logger("odoo.http"):
            resp = self._post()
        self.assertIn(resp.status_code, (303, 400, 401, 403))
        self.assertNotIn("pg-capabilities/snapshot", resp.text)
        self.assertEqual(self._count(), before)


@contextmanager
def locked(dbname, table):
    """Another transaction (a migration) holding ACCESS EXCLUSIVE on table."""
    other = sql_db.db_connect(dbname).cursor()
    try:
        other.execute("SET lock_timeout = '10s'")
        other.execute("LOCK TABLE %s IN ACCESS EXCLUSIVE MODE" % table)
        yield
    finally:
        other.rollback()
        other.close()


def lock_is_free(dbname):
    """Whether another connection can take the rescan lock now (it takes it and lets it go)."""
    with sql_db.db_connect(dbname).cursor() as other:
        other.execute("SELECT pg_try_advisory_xact_lock(%s)", [RESCAN_LOCK])
        free = other.fetchone()[0]
        other.rollback()
    return free


@tagged("post_install", "-at_install")
class TestAttackBounded(TransactionCase):
    """No setUpClass rescan: a lock the class's transaction held would block the other transactions."""

    def small_roots(self):
        # the folder holding this module only: the module skips itself, so the scan takes no time
        return patch.object(type_of_model(), "_addons_roots", return_value=[os.path.dirname(get_module_path("pg_capabilities"))])

    def probes_of(self, data):
        return {p["id"]: p for p in data["snapshot"]["database"]["probes"]}

    def test_attack_a_migration_locking_ir_module_module_costs_a_rescan_seconds(self):
        with self.small_roots(), locked(self.env.cr.dbname, "ir_module_module"):
            started = time.monotonic()
            data = self.env[MODEL].pgcap_rescan()
            elapsed = time.monotonic() - started
        self.assertLess(elapsed, 15, "the rescan queued behind the lock")
        probes = self.probes_of(data)
        self.assertEqual((probes["odoo_modules"]["status"], probes["odoo_modules"].get("code")), ("error", "55P03"))
        self.assertEqual(probes["server"]["status"], "ok")
        self.assertTrue(data["snapshot"]["collector"]["version"], "the version comes from the manifest, not the locked table")
        self.assertTrue(lock_is_free(self.env.cr.dbname))

    def test_attack_a_migration_locking_ir_model_fields_costs_a_rescan_seconds(self):
        with self.small_roots(), locked(self.env.cr.dbname, "ir_model_fields"):
            started = time.monotonic()
            data = self.env[MODEL].pgcap_rescan()
            elapsed = time.monotonic() - started
        self.assertLess(elapsed, 30, "the rescan queued behind the lock")
        probes = self.probes_of(data)
        self.assertEqual((probes["odoo_jsonb_fields"]["status"], probes["odoo_jsonb_fields"].get("code")), ("error", "55P03"))
        self.assertTrue(lock_is_free(self.env.cr.dbname))

    def test_attack_a_locked_snapshot_table_ends_the_rescan_with_a_clear_error(self):
        model = self.env[MODEL]
        # counted in a savepoint rolled back: its lock on the table goes with it (the migration's
        # LOCK TABLE below would otherwise wait for this very transaction)
        savepoint = self.env.cr.savepoint(flush=False)
        before = model.search_count([])
        savepoint.close(rollback=True)
        with self.small_roots(), locked(self.env.cr.dbname, "pg_capabilities_snapshot"), mute_logger("odoo.sql_db"):
            started = time.monotonic()
            with self.assertRaises(UserError) as caught:
                model.pgcap_rescan()
            elapsed = time.monotonic() - started
        self.assertLess(elapsed, 15, "the rescan queued behind the lock")
        message = str(caught.exception)
        self.assertIn("pg_capabilities_snapshot", message)
        self.assertIn("lock_timeout", message)
        self.assertIn("Nothing was stored", message)
        # the request's transaction is still usable, its limits as they were, and the lock is free
        self.assertEqual(model.search_count([]), before)
        self.env.cr.execute("SHOW lock_timeout")
        self.assertEqual(self.env.cr.fetchone()[0], "0")
        self.assertTrue(lock_is_free(self.env.cr.dbname))

    def test_attack_a_locked_snapshot_table_does_not_hang_the_dashboard(self):
        with locked(self.env.cr.dbname, "pg_capabilities_snapshot"), mute_logger("odoo.sql_db"):
            started = time.monotonic()
            with self.assertRaisesRegex(UserError, r"reading the stored snapshot \(table pg_capabilities_snapshot\).*lock_timeout"):
                self.env[MODEL].pgcap_latest()
            elapsed = time.monotonic() - started
        self.assertLess(elapsed, 10, "the read queued behind the lock")
        self.env[MODEL].pgcap_latest()  # and it reads again once the lock is gone

    def test_attack_a_failing_rescan_releases_its_lock(self):
        with patch.object(type_of_model(), "_collect", side_effect=RuntimeError("collector crashed")):
            with self.assertRaisesRegex(RuntimeError, "collector crashed"):
                self.env[MODEL].pgcap_rescan()
        self.assertTrue(lock_is_free(self.env.cr.dbname))

    def test_attack_a_broken_request_transaction_releases_the_lock_and_keeps_the_error(self):
        import psycopg2

        def break_the_request_cursor(*args, **kwargs):
            self.env.cr.execute("SELECT 1/0")  # the request's transaction is now aborted

        with patch.object(type_of_model(), "_collect", side_effect=break_the_request_cursor), mute_logger("odoo.sql_db"):
            with self.assertRaises(psycopg2.errors.DivisionByZero):
                self.env[MODEL].pgcap_rescan()
        self.assertTrue(lock_is_free(self.env.cr.dbname))
        self.env.cr.execute("SELECT 1")  # rolled back to the rescan's savepoint: the transaction goes on
        self.assertEqual(self.env.cr.fetchone()[0], 1)

    def test_attack_the_lock_is_released_even_when_its_connection_fails(self):
        # the lock's own connection dies during the rescan (a DBA's pg_terminate_backend)
        killed = []

        def kill_the_lock_connection(*args, **kwargs):
            with sql_db.db_connect(self.env.cr.dbname).cursor() as dba:
                dba.execute("""SELECT pg_terminate_backend(pid) FROM pg_locks
                                WHERE locktype = 'advisory' AND objid = %s AND database =
                                      (SELECT oid FROM pg_database WHERE datname = current_database())""",
                            [RESCAN_LOCK])
                killed.extend(dba.fetchall())
            return ({"schema": "pg-capabilities/snapshot", "scan": None}, 1)

        with patch.object(type_of_model(), "_collect", side_effect=kill_the_lock_connection), mute_logger("odoo.sql_db", __name__.rsplit(".", 2)[0] + ".models.pg_capabilities_snapshot"):
            self.env[MODEL].pgcap_rescan()
        self.assertEqual(killed, [(True,)])
        self.assertTrue(lock_is_free(self.env.cr.dbname))
        with _tiny():
            self.env[MODEL].pgcap_rescan()  # and the next rescan runs

    def test_attack_plain_user_is_refused_before_any_lock_or_read(self):
        user = plain_user(self.env)
        with patch.object(type_of_model(), "_collect", side_effect=AssertionError("collected for a plain user")):
            with self.assertRaises(AccessError):
                self.env[MODEL].with_user(user).pgcap_rescan()
        self.assertTrue(lock_is_free(self.env.cr.dbname))


@tagged("post_install", "-at_install")
class TestAttackBudget(TransactionCase):
    def test_attack_a_rescan_out_of_budget_stops_and_says_so(self):
        self.env["ir.config_parameter"].sudo().set_param(BUDGET_PARAM, "3")
        started = time.monotonic()
        data = self.env[MODEL].pgcap_rescan()
        elapsed = time.monotonic() - started
        scan = data["snapshot"]["scan"]
        self.assertLess(elapsed, 3 + 10)
        self.assertIn("time budget of 3 s ran out", scan["stoppedEarly"])
        self.assertGreater(len(scan["modules"]), 0)
        self.assertEqual(sum(r["modules"] for r in scan["roots"]), len(scan["modules"]))
        self.assertTrue(lock_is_free(self.env.cr.dbname))

    def test_attack_a_budget_spent_before_the_probes_leaves_them_not_run(self):
        model = self.env[MODEL]
        with patch.object(type_of_model(), "_addons_roots", return_value=[os.path.dirname(get_module_path("pg_capabilities"))]):
            snapshot, _ = model._collect(Deadline(0))
        probes = snapshot["database"]["probes"]
        self.assertTrue(all(p["status"] == "error" and "time budget" in p["message"] for p in probes), probes[:2])

    def test_attack_a_bad_budget_setting_falls_back_to_the_default(self):
        model = self.env[MODEL]
        params = self.env["ir.config_parameter"].sudo()
        self.assertEqual(model._rescan_budget(), DEFAULT_BUDGET_SECONDS)
        for value, expected in (("abc", DEFAULT_BUDGET_SECONDS), ("-5", DEFAULT_BUDGET_SECONDS), ("0", DEFAULT_BUDGET_SECONDS),
                                ("nan", DEFAULT_BUDGET_SECONDS), ("inf", DEFAULT_BUDGET_SECONDS), ("120", 120.0), ("2.5", 2.5)):
            params.set_param(BUDGET_PARAM, value)
            self.assertEqual(model._rescan_budget(), expected, value)

    def test_attack_a_normal_scan_fits_the_default_budget(self):
        # the default is meant to let a whole Odoo scan finish on a small machine
        data = self.env[MODEL].pgcap_rescan()
        self.assertNotIn("stoppedEarly", data["snapshot"]["scan"])
        self.assertLess(data["duration_ms"], DEFAULT_BUDGET_SECONDS * 1000)

