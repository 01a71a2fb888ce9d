# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""What a module's folder says about it, read as data (never evaluated): its manifest fields and
whether the folder is one of Odoo's own. Twin of static_src/cli/module-facts.ts.
"""
import os
import re

from .source_text import code_lines

# Python string literals, triple-quoted ones included; whitespace spelled out so that both twins
# read the same characters as whitespace (JavaScript's \s also takes U+FEFF, Python's ASCII \s not).
WS = r"[ \t\r\n\f\v]"
LITERAL = (
    r"'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\[\s\S]|\"(?!\"\"))*\"\"\""
    r"|'(?:[^'\\\n]|\\[\s\S])*'|\"(?:[^\"\\\n]|\\[\s\S])*\""
)
LITERAL_RE = re.compile(LITERAL)
ESCAPE = re.compile(r"\\([\s\S])")
DEPENDS = re.compile(r"['\"]depends['\"]%s*:%s*[\[(]([^\])]*)[\])]" % (WS, WS))
NOT_INSTALLABLE = re.compile(r"['\"]installable['\"]%s*:%s*(?:False|0)(?![A-Za-z0-9_.])" % (WS, WS))


def _literal_text(run):
    """The text of adjacent string literals ("a" "b" is "ab"), escapes reduced to their character."""
    out = []
    for m in LITERAL_RE.finditer(run):
        s = m.group(0)
        q = 3 if s.startswith("'''") or s.startswith('"""') else 1
        out.append(ESCAPE.sub(r"\1", s[q:len(s) - q]))
    return "".join(out)


def _field(code, key):
    """A string field: one literal, or a run of adjacent ones, in parentheses or not."""
    pattern = r"['\"]%s['\"]%s*:%s*\(?%s*((?:(?:%s)%s*)+)" % (re.escape(key), WS, WS, WS, LITERAL, WS)
    m = re.search(pattern, code)
    return _literal_text(m.group(1)) if m else ""


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
        "depends": [s for s in (_literal_text(m.group(0)) for m in LITERAL_RE.finditer(deps.group(1))) if s] if deps else [],
        "installable": not NOT_INSTALLABLE.search(code),
    }


HOOKS = ("post_init_hook", "pre_init_hook", "uninstall_hook")


def manifest_hooks(text):
    """The manifest's hooks that name a function (a string value), in HOOKS order."""
    code = "\n".join(c for c, _, _ in code_lines(text, "python"))
    return [{"hook": h, "function": f} for h, f in ((h, _field(code, h)) for h in HOOKS) if f]


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
