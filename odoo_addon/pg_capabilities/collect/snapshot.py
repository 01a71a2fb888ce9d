# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Assembles a snapshot (schema/snapshot.schema.json, version 3) from probe results and a scan."""
from datetime import datetime, timezone

SNAPSHOT_SCHEMA = "pg-capabilities/snapshot"
SNAPSHOT_VERSION = 3


def iso_now():
    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (now.microsecond // 1000)


def build_snapshot(catalog, database, scan, collector_name, collector_version, runtime, odoo_pid=None, odoo=None):
    """odoo_pid: the pid of the Odoo process collecting (os.getpid() inside Odoo), a fact that ties
    Odoo's bus listener (application_name odoo-<pid> on the postgres database) to this database.
    odoo: the host facts only the module sees (collect.host_facts), else None."""
    collector = {"name": collector_name, "version": collector_version, "runtime": runtime}
    if odoo_pid is not None:
        collector["odooPid"] = int(odoo_pid)
    return {
        "schema": SNAPSHOT_SCHEMA,
        "version": SNAPSHOT_VERSION,
        "collectedAt": iso_now(),
        "collector": collector,
        "catalogVersion": catalog["catalogVersion"],
        "database": database,
        "scan": scan,
        "odoo": odoo,
    }
