# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Pure Python collector: no `odoo` import, so plain Python can test it.

It gathers raw facts (probe rows, signature matches) into a snapshot with the same schema as the
TypeScript collector of pgcap; all judgement happens in static_src/core (TypeScript).
"""
from .catalog import load_catalog  # noqa: F401
from .probes import run_probes  # noqa: F401
from .scanner import scan_addons  # noqa: F401
from .snapshot import build_snapshot  # noqa: F401
