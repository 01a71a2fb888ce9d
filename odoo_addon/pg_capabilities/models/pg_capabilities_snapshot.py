# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Thin Odoo glue: collect a snapshot with the pure collector, store it, hand it out. Admins only."""
import logging
import os
import time

from odoo import _, api, fields, models, release
from odoo.exceptions import AccessError, UserError

from ..collect import build_snapshot, load_catalog, run_probes, scan_addons

_logger = logging.getLogger(__name__)

# advisory lock key: one rescan at a time per database ("pgca" in ASCII); sql/advisory_locks.sql
# leaves it out, so that a rescan does not report its own lock
RESCAN_LOCK = 0x70676361
KEEP_SNAPSHOTS = 5


def _module_version(env):
    module = env["ir.module.module"].sudo().search([("name", "=", "pg_capabilities")], limit=1)
    return module.installed_version or module.latest_version or ""


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
    def _collect(self):
        catalog = load_catalog()
        started = time.time()
        # A cursor of its own: probes run in READ ONLY transactions that are rolled back, and
        # never share a transaction with the caller's.
        with self.env.registry.cursor() as probe_cr:
            database = run_probes(probe_cr, probe_cr.rollback, catalog)
        scan = scan_addons(self._addons_roots(), catalog)
        snapshot = build_snapshot(
            catalog, database, scan,
            collector_name="pg_capabilities",
            collector_version=_module_version(self.env),
            runtime="odoo %s" % release.version,
            # Odoo names its connections odoo-<pid>: the pid ties this process's bus listener
            # (on the postgres database) to the audited database
            odoo_pid=os.getpid(),
        )
        return snapshot, int((time.time() - started) * 1000)

    @api.model
    def pgcap_rescan(self):
        """Collect a new snapshot and store it; returns what pgcap_latest returns."""
        self._check_system()
        # A session lock, released as soon as the snapshot is stored: a second rescan meanwhile
        # is refused rather than run twice. Each rescan adds a row; none is updated in place.
        self.env.cr.execute("SELECT pg_try_advisory_lock(%s)", [RESCAN_LOCK])
        if not self.env.cr.fetchone()[0]:
            raise UserError(_("A rescan is already running; its result will show when it is done."))
        try:
            # In a savepoint: should collecting or storing fail (PostgreSQL refusing the payload,
            # say), the transaction is rolled back to here and stays usable, so the lock is
            # released below; otherwise the unlock fails in the aborted transaction and the lock
            # stays held by the pooled connection, refusing every later rescan.
            with self.env.cr.savepoint():
                snapshot, duration = self._collect()
                self.sudo().create({
                    "collected_at": fields.Datetime.now(),
                    "duration_ms": duration,
                    "user_id": self.env.uid,
                    "payload": snapshot,
                })
                self.sudo().search([], offset=KEEP_SNAPSHOTS).unlink()
        finally:
            self.env.cr.execute("SELECT pg_advisory_unlock(%s)", [RESCAN_LOCK])
        _logger.info("pg_capabilities: snapshot collected in %d ms", duration)
        return self.pgcap_latest()

    @api.model
    def pgcap_latest(self):
        """The latest stored snapshot with its metadata, or False when none was collected yet."""
        self._check_system()
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
