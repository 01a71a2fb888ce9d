# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Findings as Odoo records: a judged report stored by pgcap_store_report, replaced when the audit is
judged again, compared with the previous audit, accepted and expired; bounds and pruning."""
import copy
import logging
import re
import time
from datetime import date, timedelta

import psycopg2
from freezegun import freeze_time

from odoo import release
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, TransactionCase, tagged
from odoo.tools import mute_logger

from ..models.pg_capabilities_snapshot import KEEP_SNAPSHOTS
from .common import MODEL, plain_user

_logger = logging.getLogger(__name__)
FINDING = "pg.capabilities.finding"
ACCEPTANCE = "pg.capabilities.acceptance"
JUDGE = "test-judge-1"


def finding(module, store, verdict="review", severity="medium", **extra):
    """A finding as static_src/core/report-types.ts shapes it (the fields the records read)."""
    f = {
        "id": "%s:%s" % (module, store), "module": module, "path": module, "root": "/addons", "origin": "custom",
        "originBasis": "test", "core": False, "section": "findings", "state": "installed", "store": store,
        "storeTitle": store.title(), "category": "cache", "role": "derived", "roleReason": "", "severity": severity,
        "dualWrite": False, "dualWriteEvidence": [],
        "client": {"file": "%s/models/x.py" % module, "line": 12, "snippet": "import %s" % store, "signature": "s", "kind": "import"},
        "driver": None, "evidence": [], "evidenceCount": 1, "usedBy": [],
        "recommendation": {"capability": "unlogged_tables", "title": "UNLOGGED tables", "text": "", "inUseHere": False},
        "verdict": verdict, "verdictText": "Because.", "reasons": [], "models": [], "paths": [],
        "rebuild": {"paths": [], "ttl": [], "invalidation": []}, "reconciliation": [], "readsBack": [], "workload": [],
        "action": "Do this.",
    }
    f.update(extra)
    return f


def report(findings):
    return {"schema": "pg-capabilities/report", "version": 3, "source": {"collectedAt": "2026-01-01T00:00:00Z"},
            "summary": {"findings": len(findings)}, "capabilities": [], "channels": [], "findings": findings,
            "mentions": [], "modules": [], "inventory": [], "warnings": [], "skipped": []}


def data(snapshot_id, changes=None):
    audit = {"id": snapshot_id, "collected_at": "2026-01-01 00:00:00", "duration_ms": 1, "user": "", "database": "", "odoo_version": ""}
    return {"audit": audit, "overview": {"findings": [], "mentions": [], "skipped": []}, "severities": [],
            "previous": None, "changes": changes}


@tagged("post_install", "-at_install")
class TestFindings(TransactionCase):
    def _audit(self):
        """A stored audit, through the rescan's own storage (and its pruning), with a small payload."""
        return self.env[MODEL]._store({"schema": "pg-capabilities/snapshot", "version": 1}, 1, "test", ["storing"])["id"]

    def _findings(self, snapshot_id):
        return self.env[FINDING].search([("snapshot_id", "=", snapshot_id)])

    def test_store_report_creates_the_records_and_the_overview(self):
        sid = self._audit()
        mongo = finding("base", "mongodb", verdict="refuse", severity="critical", dualWrite=True,
                        models=[{"model": "res.partner", "table": "res_partner", "fields": [], "direction": "to_store", "evidence": []},
                                {"model": "no.such.model", "table": "x", "fields": [], "direction": "to_store", "evidence": []}])
        redis = finding("not_a_module_here", "redis", verdict="keep", severity="low")
        answer = self.env[MODEL].pgcap_store_report(sid, report([redis, mongo]), data(sid), JUDGE)
        self.assertEqual(answer["judged"], True)
        self.assertEqual(answer["data"]["audit"]["id"], sid)
        records = self._findings(sid)
        self.assertEqual(records.mapped("key"), ["base:mongodb", "not_a_module_here:redis"])  # worst verdict first
        m = records[0]
        self.assertEqual((m.verdict, m.severity, m.verdict_rank, m.severity_rank), ("refuse", "critical", 0, 0))
        self.assertEqual(m.module_id, self.env.ref("base.module_base"))
        self.assertEqual(m.model_ids.mapped("model"), ["res.partner"])
        self.assertTrue(m.dual_write)
        self.assertEqual(m.recommendation_title, "UNLOGGED tables")
        self.assertEqual(m.client_location, "base/models/x.py:12")
        self.assertEqual(m.details["id"], "base:mongodb")
        self.assertFalse(m.change)  # no previous audit to compare with
        self.assertFalse(records[1].module_id)
        # judged by this judge: the overview only; by another: the snapshot to judge again
        self.assertEqual(self.env[MODEL].pgcap_dashboard(JUDGE)["judged"], True)
        again = self.env[MODEL].pgcap_dashboard("another-judge")
        self.assertEqual(again["judged"], False)
        self.assertEqual(again["snapshot"]["schema"], "pg-capabilities/snapshot")
        self.assertEqual(self.env[MODEL].pgcap_full_report(sid)["findings"][0]["id"], "not_a_module_here:redis")

    def test_a_rejudged_audit_replaces_its_records(self):
        sid = self._audit()
        self.env[MODEL].pgcap_store_report(sid, report([finding("a", "redis"), finding("b", "redis")]), data(sid), JUDGE)
        first = self._findings(sid)
        self.env[MODEL].pgcap_store_report(sid, report([finding("b", "redis", verdict="refuse")]), data(sid), "judge-2")
        self.assertFalse(first.exists())
        records = self._findings(sid)
        self.assertEqual(records.mapped("key"), ["b:redis"])
        self.assertEqual(records.verdict, "refuse")
        self.assertEqual(self.env[MODEL].browse(sid).judged_with, "judge-2")

    def test_a_second_audit_marks_new_changed_and_same(self):
        first = self._audit()
        self.env[MODEL].pgcap_store_report(first, report([finding("a", "redis"), finding("b", "redis")]), data(first), JUDGE)
        second = self._audit()
        answer = self.env[MODEL].pgcap_dashboard(JUDGE)
        self.assertEqual(answer["judged"], False)
        self.assertEqual(answer["previous"]["audit"]["id"], first)
        self.assertEqual(len(answer["previous"]["report"]["findings"]), 2)
        # what core/diff.ts says of the two reports, cut as contract.ts's toDashboardData cuts it
        changes = {"findings": {"added": [{"id": "c:redis"}], "removed": [], "changed": [{"id": "b:redis"}]}}
        new = [finding("a", "redis"), finding("b", "redis", verdict="refuse"), finding("c", "redis")]
        self.env[MODEL].pgcap_store_report(second, report(new), data(second, changes), JUDGE)
        by_key = {f.key: f.change for f in self._findings(second)}
        self.assertEqual(by_key, {"a:redis": "same", "b:redis": "changed", "c:redis": "new"})
        latest = self.env[FINDING].search([("latest", "=", True)])
        self.assertEqual(set(latest.mapped("snapshot_id").ids), {second})
        self.assertEqual(self.env[FINDING].search([("latest", "=", True), ("change", "=", "new")]).mapped("key"), ["c:redis"])

    def test_acceptances_and_their_expiry(self):
        sid = self._audit()
        self.env[MODEL].pgcap_store_report(sid, report([finding("a", "redis"), finding("b", "redis"), finding("c", "redis")]), data(sid), JUDGE)
        today = date.today()
        self.env[ACCEPTANCE].create({"key": "a:redis", "reason": "A cache the client keeps", "expires": today + timedelta(days=30)})
        expired = self.env[ACCEPTANCE].create({"key": "b:redis", "reason": "Was kept until yesterday", "expires": today - timedelta(days=1)})
        records = {f.key: f for f in self._findings(sid)}
        self.assertEqual(records["a:redis"].acceptance_state, "accepted")
        self.assertEqual(records["b:redis"].acceptance_state, "expired")
        self.assertFalse(records["c:redis"].acceptance_state)
        search = lambda domain: sorted(self.env[FINDING].search([("snapshot_id", "=", sid)] + domain).mapped("key"))  # noqa: E731
        self.assertEqual(search([("acceptance_state", "=", "accepted")]), ["a:redis"])
        self.assertEqual(search([("acceptance_state", "=", "expired")]), ["b:redis"])
        self.assertEqual(search([("acceptance_state", "=", False)]), ["c:redis"])
        # the to_act_on filter of the search view: an expired acceptance counts again
        self.assertEqual(search([("section", "=", "findings"), ("acceptance_state", "!=", "accepted")]), ["b:redis", "c:redis"])
        self.assertTrue(expired.expired)
        self.assertEqual(self.env[ACCEPTANCE].search([("expired", "=", True)]), expired)
        listed = {a["id"]: a for a in self.env[MODEL].pgcap_acceptances()}
        self.assertEqual(listed["b:redis"]["expires"], str(today - timedelta(days=1)))
        self.assertEqual(listed["a:redis"]["reason"], "A cache the client keeps")
        self.assertTrue(listed["a:redis"]["source"].startswith("Odoo (pg.capabilities.acceptance "))
        # Accept… opens the existing acceptance, or a new one with the key filled
        action = records["a:redis"].action_accept()
        self.assertEqual((action["res_model"], action["target"], action["context"]["default_key"]), (ACCEPTANCE, "new", "a:redis"))
        self.assertEqual(action["res_id"], records["a:redis"].acceptance_id.id)
        self.assertFalse(records["c:redis"].action_accept()["res_id"])

    def test_the_overview_is_judged_again_when_the_acceptances_change(self):
        """The overview (DashboardData) counts accepted findings as the report was judged: a finding
        accepted, edited, no longer accepted or expired since must have the audit judged again."""
        sid = self._audit()
        dashboard = lambda: self.env[MODEL].pgcap_dashboard(JUDGE)  # noqa: E731
        store = lambda: self.env[MODEL].pgcap_store_report(sid, report([finding("a", "redis")]), data(sid), JUDGE)  # noqa: E731
        self.assertTrue(store()["judged"])
        self.assertTrue(dashboard()["judged"])
        acceptance = self.env[ACCEPTANCE].create({"key": "a:redis", "reason": "A cache the client keeps"})
        answer = dashboard()
        self.assertFalse(answer["judged"])
        self.assertEqual([a["id"] for a in answer["acceptances"]], ["a:redis"])
        self.assertTrue(store()["judged"])
        self.assertTrue(dashboard()["judged"])
        acceptance.write({"expires": date.today() + timedelta(days=1)})
        self.assertFalse(dashboard()["judged"])
        store()
        # the day after its last day, the acceptance has expired: the overview counts it again
        with freeze_time(date.today() + timedelta(days=2)):
            self.assertFalse(dashboard()["judged"])
        self.assertTrue(dashboard()["judged"])
        acceptance.unlink()
        self.assertFalse(dashboard()["judged"])
        self.assertTrue(store()["judged"])

    def test_an_audit_is_named_by_its_date(self):
        """A finding's form names its audit, not 'pg.capabilities.snapshot,1'."""
        audit = self.env[MODEL].with_context(lang="en_US").browse(self._audit())
        self.assertTrue(audit.display_name.startswith("Audit of "), audit.display_name)
        self.assertIn(str(audit.collected_at.year), audit.display_name)

    def test_accept_from_a_finding_keeps_its_id(self):
        """Accept… opens the acceptance form with the finding's id shown read-only; by hand (the
        Acceptances menu) the id is typed."""
        sid = self._audit()
        self.env[MODEL].pgcap_store_report(sid, report([finding("a", "redis")]), data(sid), JUDGE)
        action = self._findings(sid).action_accept()
        form = Form(self.env[ACCEPTANCE].with_context(action["context"]))
        self.assertEqual(form.key, "a:redis")
        with self.assertRaisesRegex(AssertionError, "readonly"):
            form.key = "b:redis"
        form.reason = "A cache the client keeps"
        self.assertEqual(form.save().key, "a:redis")
        by_hand = Form(self.env[ACCEPTANCE])
        by_hand.key = "c:redis"
        by_hand.reason = "Typed from the Acceptances menu"
        self.assertEqual(by_hand.save().key, "c:redis")
        self.assertIn("module:store", self.env[ACCEPTANCE].fields_get(["key"], ["help"])["key"]["help"])

    def test_every_field_a_finding_shows_has_a_label_and_a_help(self):
        """What the list and form show is labelled as a person reads it (not Odoo's 'Dual Write'
        made from the field name) and says what it is in its tooltip."""
        shown = set()
        for view_type in ("tree" if release.version_info[0] < 18 else "list", "form"):
            arch = self.env[FINDING].get_view(view_type=view_type)["arch"]
            shown |= set(re.findall(r'<field name="(\w+)"', arch))
        described = self.env[FINDING].fields_get(sorted(shown), ["string", "help"])
        self.assertEqual(described["dual_write"]["string"], "Dual write")
        for name in shown:
            with self.subTest(field=name):
                self.assertTrue(described[name].get("help"), "%s has no help" % name)
                if "_" in name:  # Odoo's own label from the name: "Dual Write"
                    self.assertNotEqual(described[name]["string"], name.replace("_", " ").title())

    def test_a_finding_is_accepted_once(self):
        self.env[ACCEPTANCE].create({"key": "a:redis", "reason": "one"})
        with self.assertRaises(psycopg2.IntegrityError), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            self.env[ACCEPTANCE].create({"key": "a:redis", "reason": "two"})

    def test_what_the_browser_sends_is_checked(self):
        sid = self._audit()
        store = self.env[MODEL].pgcap_store_report
        good = report([finding("a", "redis")])
        cases = {
            "not a report": ({"schema": "x", "findings": []}, data(sid), JUDGE),
            "unknown verdict": (report([finding("a", "redis", verdict="maybe")]), data(sid), JUDGE),
            "unknown severity": (report([finding("a", "redis", severity="dire")]), data(sid), JUDGE),
            "duplicate ids": (report([finding("a", "redis"), finding("a", "redis")]), data(sid), JUDGE),
            "overview of another audit": (good, data(sid + 1000), JUDGE),
            "no judge named": (good, data(sid), ""),
            "text that is not text": (report([finding("a", "redis", verdictText={"x": 1})]), data(sid), JUDGE),
        }
        for name, (rep, dat, judge) in cases.items():
            with self.subTest(name), self.assertRaises(UserError):
                store(sid, rep, dat, judge)
        with self.assertRaises(UserError):
            store(-1, good, data(-1), JUDGE)
        with self.assertRaises(UserError):
            self.env[MODEL].pgcap_full_report(sid)  # not judged yet
        self.assertFalse(self._findings(sid))

    def test_pruning_old_audits_drops_their_findings(self):
        first = self._audit()
        self.env[MODEL].pgcap_store_report(first, report([finding("a", "redis")]), data(first), JUDGE)
        self.assertEqual(len(self._findings(first)), 1)
        for _i in range(KEEP_SNAPSHOTS):
            self._audit()
        self.assertFalse(self.env[MODEL].browse(first).exists())
        self.env.cr.execute("SELECT count(*) FROM pg_capabilities_finding WHERE snapshot_id = %s", [first])
        self.assertEqual(self.env.cr.fetchone()[0], 0)

    def test_five_thousand_findings_are_stored_fast(self):
        sid = self._audit()
        base = finding("m", "redis", models=[{"model": "res.partner", "table": "res_partner", "fields": ["name"],
                                              "direction": "to_store", "evidence": []}],
                       evidence=[{"file": "m/models/x.py", "line": i, "snippet": "r.set('k', v)" * 5, "signature": "s", "kind": "client"}
                                 for i in range(5)])
        many = []
        for i in range(5000):
            f = copy.deepcopy(base)
            f["id"], f["module"] = "m%d:redis" % i, "m%d" % i
            many.append(f)
        started = time.time()
        self.env[MODEL].pgcap_store_report(sid, report(many), data(sid), JUDGE)
        elapsed = time.time() - started
        _logger.info("pg_capabilities: stored 5,000 findings in %.2f s", elapsed)
        self.assertEqual(len(self._findings(sid)), 5000)
        self.assertEqual(len(self._findings(sid).model_ids), 1)
        self.assertLess(elapsed, 15, "5,000 findings took %.1f s to store" % elapsed)


@tagged("post_install", "-at_install")
class TestFindingsAccess(TransactionCase):
    def test_plain_user_is_refused_everywhere(self):
        plain = plain_user(self.env)
        model = self.env[MODEL].with_user(plain)
        calls = {
            "pgcap_dashboard": lambda: model.pgcap_dashboard(JUDGE),
            "pgcap_store_report": lambda: model.pgcap_store_report(1, report([]), data(1), JUDGE),
            "pgcap_full_report": lambda: model.pgcap_full_report(1),
            "pgcap_acceptances": lambda: model.pgcap_acceptances(),
            "pgcap_rescan": lambda: model.pgcap_rescan(JUDGE),
            "finding search": lambda: self.env[FINDING].with_user(plain).search([]),
            "acceptance search": lambda: self.env[ACCEPTANCE].with_user(plain).search([]),
            "acceptance create": lambda: self.env[ACCEPTANCE].with_user(plain).create({"key": "a:b", "reason": "r"}),
        }
        for name, call in calls.items():
            with self.subTest(name), self.assertRaises(AccessError):
                call()
        acc = self.env[ACCEPTANCE].create({"key": "a:b", "reason": "r"})
        with self.assertRaises(AccessError):
            acc.with_user(plain).write({"reason": "mine"})
        with self.assertRaises(AccessError):
            acc.with_user(plain).unlink()
        for xml_id in ("menu_pg_capabilities_finding", "menu_pg_capabilities_acceptance"):
            menu = self.env.ref("pg_capabilities.%s" % xml_id)
            self.assertNotIn(menu.id, self.env["ir.ui.menu"].with_user(plain)._visible_menu_ids())
