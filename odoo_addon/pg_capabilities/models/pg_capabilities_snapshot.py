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
import logging
import math
import os
import time
from contextlib import contextmanager

import psycopg2
from psycopg2.extras import Json

from odoo import _, api, fields, models, release, sql_db
from odoo.exceptions import AccessError, UserError
from odoo.modules.module import adapt_version, get_manifest

from ..collect import build_snapshot, load_catalog, run_probes
from ..collect.budget import Deadline, scan_addons_within
from ..collect.host_facts import count_files, host_facts, server_option_names, session_facts, store_keywords

_logger = logging.getLogger(__name__)

# advisory lock key: one rescan at a time per database ("pgca" in ASCII); sql/advisory_locks.sql
# leaves it out, so that a rescan does not report its own lock
RESCAN_LOCK = 0x70676361
KEEP_SNAPSHOTS = 5
BUDGET_PARAM = "pg_capabilities.rescan_budget_seconds"
# Odoo 17-19 scan their ~600 modules in 13-19 s on a 2-CPU machine, up to ~35 s when it is busy:
# 45 s lets a normal scan finish, and stays under Odoo's default limit_time_cpu (60 s), past which
# a worker is killed and nothing at all is stored
DEFAULT_BUDGET_SECONDS = 45
# counting the filestore and the sessions may take this long at most, within the rescan's budget:
# a filestore of a million files on a slow disk must not leave the addons scan no time
HOST_FACTS_SECONDS = 10
# what the rescan was doing on the request's cursor when it met a lock or a timeout
LOCK_CODES = {"55P03": "lock_timeout", "57014": "statement_timeout"}


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
    payload = fields.Json(required=True, readonly=True, help="The snapshot (schema/snapshot.schema.json)")

    def _check_system(self):
        if not self.env.is_system():
            raise AccessError(_("Only administrators (Settings group) can audit PostgreSQL capabilities."))

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
        scan = scan_addons_within(self._addons_roots(), catalog, deadline)
        snapshot = build_snapshot(
            catalog, database, scan,
            collector_name="pg_capabilities",
            collector_version=_module_version(),
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
            what = _("The rescan") if rescan else _("PostgreSQL Capabilities")
            then = _("Nothing was stored; run it again later.") if rescan else _("Try again later.")
            if e.pgcode == "55P03":
                raise UserError(_(
                    "%(what)s stopped while %(doing)s: another transaction holds a lock on it (a migration or "
                    "a module update perhaps), and it gave up after %(ms)d ms (lock_timeout) rather than "
                    "queue behind it. %(then)s",
                    what=what, doing=doing[0], ms=int(limits["lockTimeoutMs"]), then=then)) from None
            raise UserError(_(
                "%(what)s stopped while %(doing)s: it took more than %(ms)d ms (statement_timeout). %(then)s",
                what=what, doing=doing[0], ms=int(limits["statementTimeoutMs"]), then=then)) from None

    def _store(self, snapshot, duration, user_name, doing):
        """Stores the snapshot and keeps the latest KEEP_SNAPSHOTS; returns what pgcap_latest would.

        Plain SQL on the request's cursor: the ORM's create() reads Odoo's metadata first (ir_default
        joined to ir_model_fields), which a module update holds locked; this touches only this table."""
        cr = self.env.cr
        now = fields.Datetime.now()
        doing[0] = "storing the snapshot (table pg_capabilities_snapshot)"
        cr.execute("""INSERT INTO pg_capabilities_snapshot
                          (collected_at, duration_ms, user_id, payload, create_uid, create_date, write_uid, write_date)
                      VALUES (%s, %s, %s, %s, %s, %s, %s, %s) RETURNING id""",
                   [now, duration, self.env.uid, Json(snapshot), self.env.uid, now, self.env.uid, now])
        new_id = cr.fetchone()[0]
        doing[0] = "removing older snapshots (table pg_capabilities_snapshot)"
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
    def pgcap_rescan(self):
        """Collect a new snapshot and store it; returns what pgcap_latest returns."""
        self._check_system()
        doing = ["reading the rescan settings (ir_config_parameter)"]
        with self._bounded(doing):
            deadline = Deadline(self._rescan_budget())
            doing[0] = "reading who you are (res_users)"
            user_name = self.env.user.display_name or ""
            with self._rescan_lock():
                snapshot, duration = self._collect(deadline)
                # Each rescan adds a row; none is updated in place.
                latest = self._store(snapshot, duration, user_name, doing)
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
        with self._bounded(["reading the stored snapshot (table pg_capabilities_snapshot)"], rescan=False):
            return self._latest()

    def _latest(self):
        latest = self.sudo().search([], limit=1)
        if not latest:
            return False
        return {
            "id": latest.id,
            "collected_at": fields.Datetime.to_string(latest.collected_at),
            "duration_ms": latest.duration_ms,
            "user": latest.user_id.display_name or "",
            "database": self.env.cr.dbname,
            "odoo_version": release.version,
            "snapshot": latest.payload,
        }
