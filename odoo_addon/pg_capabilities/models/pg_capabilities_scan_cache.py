# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Where a rescan keeps what it found per file (collect/scan_cache.py), so that the next rescan
reads only the files that changed: one row per database holding one compressed blob.

Why one blob in a table of the module's own, not a record per file nor an attachment: loading and
saving ~11,000 entries (Odoo 17's own tree) as one bytea costs one statement each way and a few
milliseconds of zlib and json, where 11,000 ORM records would cost seconds; an attachment would go
through the filestore and ir.attachment's access rules for no gain. The table is plain (the model
has _auto = False and creates it in init()), so Odoo still drops it when the module is uninstalled,
and it is read and written with plain SQL only, on the rescan's cursor and under its timeouts.
Administrators alone may read its rows through the ORM (security/ir.model.access.csv); nobody writes
them but the rescan.
"""
import logging

import psycopg2

from odoo import fields, models

from ..collect.scan_cache import ScanCache, stamp_for

_logger = logging.getLogger(__name__)

ROW = "addons"


class PgCapabilitiesScanCache(models.Model):
    _name = "pg.capabilities.scan.cache"
    _description = "PostgreSQL capabilities scan cache"
    _auto = False
    _log_access = False

    name = fields.Char(readonly=True)
    size = fields.Integer(readonly=True, help="Bytes of the compressed cache")
    written_at = fields.Datetime(readonly=True)

    def init(self):
        self.env.cr.execute("""CREATE TABLE IF NOT EXISTS pg_capabilities_scan_cache (
                                   id serial PRIMARY KEY,
                                   name varchar NOT NULL UNIQUE,
                                   data bytea NOT NULL,
                                   size integer,
                                   written_at timestamp)""")

    def _load_cache(self, catalog, version):
        """The cache of the last rescan, or an empty one: none yet, another catalog or module
        version, damaged, or its table not reachable (the module's code updated but not the
        module: init() has not run). Never a reason for the rescan to fail."""
        stamp = stamp_for(catalog, version)
        cr = self.env.cr
        try:
            with cr.savepoint():
                cr.execute("SELECT data FROM pg_capabilities_scan_cache WHERE name = %s", [ROW], log_exceptions=False)
                row = cr.fetchone()
        except psycopg2.Error as e:
            _logger.warning("pg_capabilities: the scan cache could not be read (%s): every file is read", e.pgcode)
            return ScanCache(stamp)
        return ScanCache.from_blob(row[0] if row else None, stamp)

    def _save_cache(self, cache, complete):
        """Keeps the cache for the next rescan (on the rescan's cursor: rolled back with it);
        nothing to write when no file changed."""
        if not cache.changed(complete):
            return
        blob = cache.to_blob(complete)
        cr = self.env.cr
        try:
            with cr.savepoint():
                cr.execute("""INSERT INTO pg_capabilities_scan_cache (name, data, size, written_at)
                              VALUES (%s, %s, %s, now() at time zone 'UTC')
                              ON CONFLICT (name) DO UPDATE
                                 SET data = EXCLUDED.data, size = EXCLUDED.size, written_at = EXCLUDED.written_at""",
                           [ROW, psycopg2.Binary(blob), len(blob)], log_exceptions=False)
        except psycopg2.Error as e:
            _logger.warning("pg_capabilities: the scan cache could not be saved (%s): the next rescan reads every file", e.pgcode)
