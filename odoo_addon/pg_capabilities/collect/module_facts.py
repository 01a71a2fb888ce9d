# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""What a module's folder says about it, read as data (never evaluated): its manifest fields and
whether the folder is one of Odoo's own. Twin of static_src/cli/module-facts.ts.
"""
import os
import re

from .source_text import code_lines

STRING = re.compile(r"(['\"])(.*?)\1")
DEPENDS = re.compile(r"['\"]depends['\"]\s*:\s*[\[(]([^\])]*)[\])]")
NOT_INSTALLABLE = re.compile(r"['\"]installable['\"]\s*:\s*(?:False|0)\b")


def _field(code, key):
    m = re.search(r"['\"]%s['\"]\s*:\s*(['\"])(.*?)\1" % re.escape(key), code)
    return m.group(2) if m else ""


def manifest_facts(text):
    """The manifest's literal fields; comments are blanked first, so a commented-out key is absent."""
    code = "\n".join(c for c, _, _ in code_lines(text, "python"))
    deps = DEPENDS.search(code)
    return {
        "version": _field(code, "version"),
        "author": _field(code, "author"),
        "summary": _field(code, "summary"),
        "license": _field(code, "license"),
        "website": _field(code, "website"),
        "depends": [m.group(2) for m in STRING.finditer(deps.group(1)) if m.group(2)] if deps else [],
        "installable": not NOT_INSTALLABLE.search(code),
    }


def in_odoo_tree(module_dir):
    """A module folder inside Odoo's own source tree: its parent is an `addons` folder beside
    `odoo-bin` (the tree's addons/) or beside `release.py` (odoo/addons, also when Odoo is installed
    as a Python package). Resolved through symlinks: where the module really lives."""
    try:
        parent = os.path.dirname(os.path.realpath(os.fsdecode(module_dir), strict=True))
    except OSError:
        return False
    if os.path.basename(parent) != "addons":
        return False
    above = os.path.dirname(parent)
    return os.path.exists(os.path.join(above, "odoo-bin")) or os.path.exists(os.path.join(above, "release.py"))
