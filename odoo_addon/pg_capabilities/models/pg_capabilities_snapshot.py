# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Thin Odoo glue: collect a snapshot with the pure collector, store it, hand it out. Admins only.

A rescan is bounded on a production database:
- one at a time per database: a transaction-level advisory lock taken on a connection of its own,
  so that it goes whatever happens to the request's cursor (an error, a rollback, a closed
  connection: the lock ends with that connection's transaction, never left on a pooled one);
- every statement it runs on the request's cursor (Odoo's own reads, storing the snapshot) runs
  under the catalog's lock_timeout and statement_timeout, in a savepoint: a table locked by another
  transaction (a migration) ends the rescan with a UserError saying what it could not do;
- the probes and the scan share a time budget (ir.config_parameter
  pg_capabilities.rescan_budget_seconds); a scan cut short is stored, and says so (scan.stoppedEarly).
"""
import json
import logging
import math
import os
import time
from contextlib import contextmanager

import psycopg2
from psycopg2.extras import Json, execute_values

from odoo import _, api, fields, models, release, sql_db
from odoo.exceptions import AccessError, UserError
from odoo.modules.module import adapt_version, get_manifest
from odoo.tools.misc import format_datetime

from ..report.text import visible
from ..collect import build_snapshot, load_catalog, run_probes
from ..collect.budget import Deadline, scan_addons_within
from ..collect.host_facts import count_files, host_facts, server_option_names, session_facts, store_keywords
from .pg_capabilities_finding import ORIGINS, ROLES, SECTIONS, SEVERITY_RANK, VERDICT_RANK

_logger = logging.getLogger(__name__)

# advisory lock key: one rescan at a time per database ("pgca" in ASCII); sql/advisory_locks.sql
# leaves it out, so that a rescan does not report its own lock
RESCAN_LOCK = 0x70676361
KEEP_SNAPSHOTS = 5
BUDGET_PARAM = "pg_capabilities.rescan_budget_seconds"
# A first scan of Odoo 17-19's ~600 modules takes 5-6 s on an idle 2-CPU machine, several times
# that when it is busy; later rescans read only changed files (pg.capabilities.scan.cache, < 1 s).
# 45 s lets a first scan finish, and stays under Odoo's default limit_time_cpu (60 s), past which a
# worker is killed and nothing at all is stored
DEFAULT_BUDGET_SECONDS = 45
# counting the filestore and the sessions may take this long at most, within the rescan's budget:
# a filestore of a million files on a slow disk must not leave the addons scan no time
HOST_FACTS_SECONDS = 10
# what the rescan was doing on the request's cursor when it met a lock or a timeout
LOCK_CODES = {"55P03": "lock_timeout", "57014": "statement_timeout"}
# What pgcap_store_report takes from the browser: a judged report (7.5 MB at 5,000 findings) and its
# overview (DashboardData, well under 1 MB at 5,000 findings: no findings in it)
MAX_REPORT_BYTES = 64 * 1024 * 1024
MAX_DATA_BYTES = 8 * 1024 * 1024
MAX_FINDINGS = 100000
MAX_KEY_CHARS = 1024
FINDING_COLUMNS = (
    "snapshot_id", "name", "key", "module", "module_id", "store", "store_title", "category", "origin", "section",
    "state", "role", "severity", "severity_rank", "verdict", "verdict_rank", "verdict_text", "action", "dual_write",
    "recommendation_title", "client_location", "change", "details", "create_uid", "create_date", "write_uid", "write_date",
)


def _module_version():
    """This module's version, from its manifest: no read of ir_module_module (a migration may lock it)."""
    try:
        return adapt_version(get_manifest("pg_capabilities").get("version") or "")
    except Exception:  # noqa: BLE001 - a version is a nicety, never a reason to fail a rescan
        return ""


class _QuietCursor:
    """The probes' cursor as run_probes sees it: a probe that fails (a lock, a timeout, a missing
    privilege) is recorded in the snapshot, not logged by Odoo as a bad query."""

    def __init__(self, cr):
        self._cr = cr

    def execute(self, query, params=None):
        return self._cr.execute(query, params, log_exceptions=False)

    def __getattr__(self, name):
        return getattr(self._cr, name)


class PgCapabilitiesSnapshot(models.Model):
    _name = "pg.capabilities.snapshot"
    _description = "PostgreSQL capabilities snapshot"
    _order = "id desc"

    collected_at = fields.Datetime(required=True, readonly=True)
    duration_ms = fields.Integer(readonly=True)
    user_id = fields.Many2one("res.users", readonly=True)
    # the JSON columns hold megabytes at 5,000 findings: never read along with the small fields
    # (an audit's name in the findings list, the latest audit's id), only when asked for by name
    payload = fields.Json(required=True, readonly=True, prefetch=False, help="The snapshot (schema/snapshot.schema.json)")
    report = fields.Json(readonly=True, prefetch=False, help="The report judged from the snapshot by static_src/core, in the browser")
    dashboard_data = fields.Json(readonly=True, prefetch=False, help="The overview the dashboard loads (static_src/dashboard/contract.ts DashboardData)")
    judged_with = fields.Char(readonly=True, help="The judge that made the report: another judge judges the snapshot again")
    judged_acceptances = fields.Char(string="Judged With Acceptances", readonly=True, help="The acceptances the report was judged with (a fingerprint): "
                                     "when they change (or one expires), the dashboard judges the snapshot again")
    finding_ids = fields.One2many("pg.capabilities.finding", "snapshot_id", string="Findings", readonly=True)

    def _check_system(self):
        if not self.env.is_system():
            raise AccessError(_("Only administrators (Settings group) can audit PostgreSQL capabilities."))

    @api.depends("collected_at")
    def _compute_display_name(self):
        # "Audit of 12/01/2026 06:04:39" in the reader's language and time zone, where a finding's
        # form names its audit (else Odoo shows "pg.capabilities.snapshot,1")
        for rec in self:
            rec.display_name = _("Audit of %(date)s", date=format_datetime(rec.env, rec.collected_at)) if rec.collected_at else _("Audit")

    @api.model
    def _addons_roots(self):
        """Every addons path Odoo knows, so modules installed or not are scanned."""
        import odoo.addons

        return [p for p in odoo.addons.__path__ if p]

    @api.model
    def _rescan_budget(self):
        """Seconds a rescan may take (ir.config_parameter pg_capabilities.rescan_budget_seconds)."""
        value = self.env["ir.config_parameter"].sudo().get_param(BUDGET_PARAM)
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            return DEFAULT_BUDGET_SECONDS
        return seconds if math.isfinite(seconds) and seconds > 0 else DEFAULT_BUDGET_SECONDS

    @api.model
    def _host_facts(self, catalog, deadline):
        """What the module sees beside the database: this database's filestore counted (files,
        bytes), the session store, and the names of server options that point at a store. Never a
        file's content, never an option's value."""
        from odoo import http
        from odoo.tools import config

        part = deadline.within(HOST_FACTS_SECONDS, "the time given to counting files")
        filestore = count_files(config.filestore(self.env.cr.dbname), part)
        try:
            store = http.root.session_store
        except Exception:  # noqa: BLE001 - a custom session store that fails to build is not ours to fix
            _logger.warning("pg_capabilities: could not reach the session store", exc_info=True)
            store = None
        sessions = session_facts(store, getattr(http, "FilesystemSessionStore", None), part)
        options = server_option_names(list(config.options), store_keywords(catalog))
        return host_facts(filestore, sessions, options)

    @api.model
    def _collect(self, deadline=None):
        catalog = load_catalog()
        started = time.time()
        deadline = deadline or Deadline(DEFAULT_BUDGET_SECONDS)
        # A cursor of its own: probes run in READ ONLY transactions that are rolled back, and
        # never share a transaction with the caller's.
        with self.env.registry.cursor() as probe_cr:
            database = run_probes(_QuietCursor(probe_cr), probe_cr.rollback, catalog, deadline=deadline)
        # before the scan, which takes whatever budget is left: a filestore counts in well under a
        # second up to tens of thousands of files, and at most HOST_FACTS_SECONDS when it is huge
        odoo_facts = self._host_facts(catalog, deadline)
        # what the last rescan found per file: only files changed since are read again
        version = _module_version()
        cache_model = self.env["pg.capabilities.scan.cache"]
        cache = cache_model._load_cache(catalog, version)
        scan = scan_addons_within(self._addons_roots(), catalog, deadline, cache=cache)
        cache_model._save_cache(cache, complete="stoppedEarly" not in scan)
        _logger.info("pg_capabilities: scan cache: %d results (files, manifests, parsed files) reused from the last rescan, "
                     "%d new or changed", cache.hits, cache.kept)
        snapshot = build_snapshot(
            catalog, database, scan,
            collector_name="pg_capabilities",
            collector_version=version,
            runtime="odoo %s" % release.version,
            # Odoo names its connections odoo-<pid>: the pid ties this process's bus listener
            # (on the postgres database) to the audited database
            odoo_pid=os.getpid(),
            odoo=odoo_facts,
        )
        return snapshot, int((time.time() - started) * 1000)

    @contextmanager
    def _rescan_lock(self):
        """Held while a rescan runs; a second rescan meanwhile is refused rather than run twice.

        pg_try_advisory_xact_lock on a connection of its own, in a transaction that only ends
        (rollback) when the rescan does: nothing the rescan does to the request's cursor can leave
        the lock behind, and a dead process's connection takes it along.
        """
        lock_cr = sql_db.db_connect(self.env.cr.dbname).cursor()
        try:
            lock_cr.execute("SELECT pg_try_advisory_xact_lock(%s)", [RESCAN_LOCK])
            if not lock_cr.fetchone()[0]:
                raise UserError(_("A rescan is already running; its result will show when it is done."))
            yield
        finally:
            try:
                lock_cr.rollback()
            except Exception:  # noqa: BLE001 - a broken connection: closing it drops the lock
                _logger.warning("pg_capabilities: the rescan lock's connection failed; closing it", exc_info=True)
            finally:
                lock_cr.close()

    @contextmanager
    def _bounded(self, doing, rescan=True):
        """Runs the block in a savepoint of the request's cursor under the catalog's lock_timeout
        and statement_timeout. doing: a one-item list the block keeps up to date with what it is
        doing, for the error. A lock or a timeout becomes a UserError; the savepoint is rolled
        back, so the request's transaction stays usable and nothing of the block is kept.
        rescan: the error speaks of a rescan (else of reading the stored snapshot)."""
        cr = self.env.cr
        limits = load_catalog()["limits"]
        try:
            with cr.savepoint():
                cr.execute("SELECT current_setting('lock_timeout'), current_setting('statement_timeout')")
                previous = cr.fetchone()
                cr.execute("SELECT set_config('lock_timeout', %s, true), set_config('statement_timeout', %s, true)",
                           ["%dms" % int(limits["lockTimeoutMs"]), "%dms" % int(limits["statementTimeoutMs"])])
                yield
                # the transaction goes on after the rescan (the request's, a test's): as it was
                cr.execute("SELECT set_config('lock_timeout', %s, true), set_config('statement_timeout', %s, true)", list(previous))
        except psycopg2.Error as e:
            if e.pgcode not in LOCK_CODES:
                raise
            self.env.invalidate_all()
            _logger.warning("pg_capabilities: stopped while %s: %s", doing[0], LOCK_CODES[e.pgcode])
            # one whole sentence per case (a translation agrees its verb with its subject); doing[0]
            # is already in the user's language
            if e.pgcode == "55P03":
                ms = int(limits["lockTimeoutMs"])
                if rescan:
                    raise UserError(_(
                        "The rescan stopped while %(doing)s: another transaction holds a lock on it (a migration or "
                        "a module update perhaps), and it gave up after %(ms)s ms (lock_timeout) rather than "
                        "queue behind it. Nothing was stored; run it again later.", doing=doing[0], ms=ms)) from None
                raise UserError(_(
                    "PostgreSQL Capabilities stopped while %(doing)s: another transaction holds a lock on it (a "
                    "migration or a module update perhaps), and it gave up after %(ms)s ms (lock_timeout) rather "
                    "than queue behind it. Try again later.", doing=doing[0], ms=ms)) from None
            ms = int(limits["statementTimeoutMs"])
            if rescan:
                raise UserError(_(
                    "The rescan stopped while %(doing)s: it took more than %(ms)s ms (statement_timeout). "
                    "Nothing was stored; run it again later.", doing=doing[0], ms=ms)) from None
            raise UserError(_(
                "PostgreSQL Capabilities stopped while %(doing)s: it took more than %(ms)s ms "
                "(statement_timeout). Try again later.", doing=doing[0], ms=ms)) from None

    def _store(self, snapshot, duration, user_name, doing):
        """Stores the snapshot and keeps the latest KEEP_SNAPSHOTS; returns what pgcap_latest would.

        Plain SQL on the request's cursor: the ORM's create() reads Odoo's metadata first (ir_default
        joined to ir_model_fields), which a module update holds locked; this touches only this table."""
        cr = self.env.cr
        now = fields.Datetime.now()
        doing[0] = _("storing the snapshot (table pg_capabilities_snapshot)")
        cr.execute("""INSERT INTO pg_capabilities_snapshot
                          (collected_at, duration_ms, user_id, payload, create_uid, create_date, write_uid, write_date)
                      VALUES (%s, %s, %s, %s, %s, %s, %s, %s) RETURNING id""",
                   [now, duration, self.env.uid, Json(snapshot), self.env.uid, now, self.env.uid, now])
        new_id = cr.fetchone()[0]
        doing[0] = _("removing older snapshots (table pg_capabilities_snapshot)")
        cr.execute("""DELETE FROM pg_capabilities_snapshot
                       WHERE id NOT IN (SELECT id FROM pg_capabilities_snapshot ORDER BY id DESC LIMIT %s)""",
                   [KEEP_SNAPSHOTS])
        self.invalidate_model()
        return {
            "id": new_id,
            "collected_at": fields.Datetime.to_string(now),
            "duration_ms": duration,
            "user": user_name,
            "database": cr.dbname,
            "odoo_version": release.version,
            "snapshot": snapshot,
        }

    @api.model
    def pgcap_rescan(self, judged_with=None):
        """Collect a new snapshot and store it; returns what pgcap_latest returns, or with judged_with
        (the dashboard) what pgcap_dashboard returns."""
        self._check_system()
        doing = [_("reading the rescan settings (ir_config_parameter)")]
        with self._bounded(doing):
            deadline = Deadline(self._rescan_budget())
            doing[0] = _("reading who you are (res_users)")
            user_name = self.env.user.display_name or ""
            with self._rescan_lock():
                snapshot, duration = self._collect(deadline)
                # Each rescan adds a row; none is updated in place.
                latest = self._store(snapshot, duration, user_name, doing)
            if judged_with is not None:
                doing[0] = _("reading the previous report and the acceptances")
                latest = self._dashboard(judged_with)
        stopped = (snapshot.get("scan") or {}).get("stoppedEarly")
        if stopped:
            _logger.warning("pg_capabilities: scan stopped early: %s (raise %s to scan everything)", stopped, BUDGET_PARAM)
        _logger.info("pg_capabilities: snapshot collected in %d ms", duration)
        return latest

    @api.model
    def pgcap_latest(self):
        """The latest stored snapshot with its metadata, or False when none was collected yet.
        Bounded as a rescan is: a locked snapshot table is said, not waited for."""
        self._check_system()
        with self._bounded([_("reading the stored snapshot (table pg_capabilities_snapshot)")], rescan=False):
            return self._latest()

    def _latest(self):
        latest = self.sudo().search([], limit=1)
        if not latest:
            return False
        return dict(latest._audit(), snapshot=latest.payload)

    # --- the judged report and its findings (static_src/dashboard/contract.ts) ---

    def _audit(self):
        """AuditMeta of contract.ts."""
        self.ensure_one()
        return {
            "id": self.id,
            "collected_at": fields.Datetime.to_string(self.collected_at),
            "duration_ms": self.duration_ms,
            "user": self.user_id.display_name or "",
            "database": self.env.cr.dbname,
            "odoo_version": release.version,
        }

    def _dashboard(self, judged_with):
        latest = self.sudo().search([], limit=1)
        if not latest:
            return False
        if (judged_with and latest.judged_with == judged_with and latest.dashboard_data
                and latest.judged_acceptances == self.env["pg.capabilities.acceptance"]._fingerprint()):
            return {"audit": latest._audit(), "judged": True, "data": latest.dashboard_data}
        previous = self.sudo().search([("id", "<", latest.id), ("judged_with", "!=", False)], limit=1)
        return {
            "audit": latest._audit(),
            "judged": False,
            "snapshot": latest.payload,
            "previous": {"audit": previous._audit(), "report": previous.report} if previous else None,
            "acceptances": self.env["pg.capabilities.acceptance"].sudo().search([])._to_contract(),
        }

    @api.model
    def pgcap_dashboard(self, judged_with):
        """The overview of the latest audit when it was judged by this judge (judged_with), else what
        the browser needs to judge it: the snapshot, the previous report and the acceptances. False
        when no audit was collected yet."""
        self._check_system()
        with self._bounded([_("reading the stored audits (table pg_capabilities_snapshot)")], rescan=False):
            return self._dashboard(judged_with)

    @api.model
    def pgcap_full_report(self, snapshot_id):
        """The judged report of an audit (its findings' details, for the exports)."""
        self._check_system()
        with self._bounded([_("reading the stored report (table pg_capabilities_snapshot)")], rescan=False):
            snap = self.sudo().browse(self._snapshot_id(snapshot_id)).exists()
            if not snap or not snap.judged_with:
                raise UserError(_("This audit has not been judged yet: open the PostgreSQL Capabilities dashboard first."))
            return snap.report

    @api.model
    def pgcap_acceptances(self):
        """Every acceptance recorded in Odoo, as core's Acceptance."""
        self._check_system()
        with self._bounded([_("reading the acceptances (table pg_capabilities_acceptance)")], rescan=False):
            return self.env["pg.capabilities.acceptance"].sudo().search([])._to_contract()

    @api.model
    def _snapshot_id(self, snapshot_id):
        if isinstance(snapshot_id, bool) or not isinstance(snapshot_id, int) or snapshot_id <= 0:
            raise UserError(_("An audit is named by its id, a positive number."))
        return snapshot_id

    @api.model
    def _check_report(self, snapshot_id, report, data, judged_with):
        """Refuses what is not a judged report and its overview of this audit, or is too big."""
        def bad(why, self=self):
            # self a local: Odoo 18+'s _() reads the user's language from the caller's self (without
            # a request, as in a test or a shell, it logs "no translation language detected")
            return UserError(_("The judged report was refused: %(why)s", why=why))
        if not isinstance(judged_with, str) or not judged_with or len(judged_with) > 128:
            raise bad(_("judged_with must name the judge (a string of at most 128 characters)."))
        if not isinstance(report, dict) or report.get("schema") != "pg-capabilities/report":
            raise bad(_("it is not a pg-capabilities report."))
        findings = report.get("findings")
        if not isinstance(findings, list) or len(findings) > MAX_FINDINGS:
            raise bad(_("its findings are not a list of at most %(max)d findings.", max=MAX_FINDINGS))
        if not isinstance(data, dict) or not isinstance(data.get("overview"), dict) or not isinstance(data.get("audit"), dict):
            raise bad(_("its overview is not the dashboard's data."))
        if data["audit"].get("id") != snapshot_id:
            raise bad(_("its overview is of another audit."))
        if data["overview"].get("findings"):
            raise bad(_("its overview holds findings."))
        if len(json.dumps(report)) > MAX_REPORT_BYTES or len(json.dumps(data)) > MAX_DATA_BYTES:
            raise bad(_("it is larger than %(report)d MB (report) or %(data)d MB (overview).",
                        report=MAX_REPORT_BYTES // (1024 * 1024), data=MAX_DATA_BYTES // (1024 * 1024)))
        seen = set()
        for f in findings:
            if not isinstance(f, dict):
                raise bad(_("a finding is not an object."))
            key = f.get("id")
            if not isinstance(key, str) or not key or len(key) > MAX_KEY_CHARS or key in seen:
                raise bad(_("a finding has no id, a too long one or the id of another finding."))
            seen.add(key)
            if f.get("severity") not in SEVERITY_RANK or f.get("verdict") not in VERDICT_RANK:
                raise bad(_("the finding %(id)s has no known severity or verdict.", id=key))
            for name, allowed in (("section", SECTIONS), ("origin", ORIGINS), ("role", ROLES)):
                if f.get(name) not in {v for v, _label in allowed}:
                    raise bad(_("the finding %(id)s has no known %(field)s.", id=key, field=name))
            for name in ("module", "store", "storeTitle", "category", "verdictText", "action"):
                if not isinstance(f.get(name, ""), str):
                    raise bad(_("the finding %(id)s has a %(field)s that is not text.", id=key, field=name))

    @api.model
    def pgcap_store_report(self, snapshot_id, report, data, judged_with):
        """Keeps the report the browser judged from an audit and its overview, and replaces that
        audit's pg.capabilities.finding records with one per finding. Returns pgcap_dashboard's answer."""
        self._check_system()
        snapshot_id = self._snapshot_id(snapshot_id)
        self._check_report(snapshot_id, report, data, judged_with)
        doing = [_("reading the audit (table pg_capabilities_snapshot)")]
        with self._bounded(doing, rescan=False):
            cr = self.env.cr
            cr.execute("SELECT id FROM pg_capabilities_snapshot WHERE id = %s", [snapshot_id])
            if not cr.fetchone():
                raise UserError(_("This audit is no longer stored (a newer rescan removed it): open the dashboard again."))
            now = fields.Datetime.now()
            # the acceptances as they stand now, which the browser judged with moments ago (one
            # changed in between goes unnoticed until the next change or rescan)
            doing[0] = _("reading the acceptances (table pg_capabilities_acceptance)")
            accepted = self.env["pg.capabilities.acceptance"]._fingerprint()
            doing[0] = _("storing the judged report (table pg_capabilities_snapshot)")
            cr.execute("""UPDATE pg_capabilities_snapshot SET report = %s, dashboard_data = %s, judged_with = %s,
                                 judged_acceptances = %s, write_uid = %s, write_date = %s WHERE id = %s""",
                       [Json(report), Json(data), judged_with, accepted, self.env.uid, now, snapshot_id])
            doing[0] = _("replacing the audit's findings (table pg_capabilities_finding)")
            self._store_findings(snapshot_id, report["findings"], data.get("changes"), now)
            self.invalidate_model()
            self.env["pg.capabilities.finding"].invalidate_model()
            doing[0] = _("reading the stored audits (table pg_capabilities_snapshot)")
            return self._dashboard(judged_with)

    def _store_findings(self, snapshot_id, findings, changes, now):
        """Plain SQL, in pages: 5,000 findings in well under the statement_timeout, and no read of
        Odoo's metadata tables (ir_default) that a module update may hold locked."""
        cr = self.env.cr
        cr.execute("DELETE FROM pg_capabilities_finding WHERE snapshot_id = %s", [snapshot_id])
        if not findings:
            return
        modules = sorted({f.get("module") for f in findings if isinstance(f.get("module"), str)})
        cr.execute("SELECT name, id FROM ir_module_module WHERE name = ANY(%s)", [modules])
        module_ids = dict(cr.fetchall())
        model_names = sorted({m.get("model") for f in findings for m in (f.get("models") or [])
                              if isinstance(m, dict) and isinstance(m.get("model"), str)})
        cr.execute("SELECT model, id FROM ir_model WHERE model = ANY(%s)", [model_names])
        model_ids = dict(cr.fetchall())
        change_of = {}
        if isinstance(changes, dict) and isinstance(changes.get("findings"), dict):
            for f in changes["findings"].get("changed") or []:
                change_of[f.get("id")] = "changed"
            for f in changes["findings"].get("added") or []:
                change_of[f.get("id")] = "new"
        compared = isinstance(changes, dict)
        uid = self.env.uid
        rows = []
        for f in findings:
            client = f.get("client") if isinstance(f.get("client"), dict) else {}
            location = "%s:%s" % (client["file"], client.get("line") or "") if client.get("file") else None
            recommendation = f.get("recommendation") if isinstance(f.get("recommendation"), dict) else {}
            title = f.get("storeTitle") or f.get("store") or ""
            # what Odoo's own list and form show is shown as the dashboard shows it: invisible
            # characters (bidi overrides, zero-width) as <U+XXXX>; the key and details stay exact
            rows.append((
                snapshot_id, visible("%s · %s" % (f.get("module") or "", title)), f["id"], visible(f.get("module")),
                module_ids.get(f.get("module")), visible(f.get("store")), visible(title), visible(f.get("category")), f.get("origin"),
                f.get("section"), visible(f.get("state")) if isinstance(f.get("state"), str) else None, f.get("role"),
                f["severity"], SEVERITY_RANK[f["severity"]], f["verdict"], VERDICT_RANK[f["verdict"]],
                visible(f.get("verdictText")), visible(f.get("action")), bool(f.get("dualWrite")),
                visible(recommendation.get("title")) if isinstance(recommendation.get("title"), str) else None,
                visible(location), change_of.get(f["id"], "same") if compared else None, Json(f), uid, now, uid, now,
            ))
        ids = execute_values(
            cr, "INSERT INTO pg_capabilities_finding (%s) VALUES %%s RETURNING id" % ", ".join('"%s"' % c for c in FINDING_COLUMNS),
            rows, page_size=500, fetch=True)
        links = []
        for (finding_id,), f in zip(ids, findings):
            for model in sorted({m.get("model") for m in (f.get("models") or []) if isinstance(m, dict)} & set(model_ids)):
                links.append((finding_id, model_ids[model]))
        if links:
            execute_values(cr, "INSERT INTO pg_capabilities_finding_ir_model_rel (finding_id, model_id) VALUES %s "
                               "ON CONFLICT DO NOTHING", links, page_size=1000)
