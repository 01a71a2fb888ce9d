# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
from . import pg_capabilities_acceptance, pg_capabilities_finding, pg_capabilities_snapshot
from . import pg_capabilities_report, pg_capabilities_scan_cache
