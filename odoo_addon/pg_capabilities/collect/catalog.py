# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The audit catalog, embedded in the module as data/catalog.json (a copy of the root manifest.json)."""
import json
import os

MODULE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG_PATH = os.path.join(MODULE_DIR, "data", "catalog.json")
SQL_DIR = os.path.join(MODULE_DIR, "sql")


def load_catalog(path=CATALOG_PATH):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


_COMPILED = {}


def compile_pattern(entry, extra_flags=0):
    """Catalog patterns use the regex subset Python and JavaScript read alike; flags: "" or "i".
    Compiled once per process: re's own cache (512 patterns, shared with all of Odoo) may have
    dropped them by the next rescan, and compiling the catalog costs a quarter of a second."""
    import re

    flags = (re.IGNORECASE if "i" in entry.get("flags", "") else 0) | extra_flags
    key = (entry["pattern"], flags)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = re.compile(entry["pattern"], flags)
    return compiled
