# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Which names an import binds, and whether the file uses any of them again: an import never used
is no client. Twin of static_src/cli/import-usage.ts.
"""
import re

MAX_STATEMENT_LINES = 20
FROM_RE = re.compile(r"^\s*from\s+\S+\s+import\s+(.*)$")
PLAIN_RE = re.compile(r"^\s*import\s+(.*)$")
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CONTINUED = re.compile(r"\\\s*$")
# a one-line string literal: names inside it are text, not uses (a one-line docstring); an
# f-string's braces hold code, so f-strings are kept
STRING_LITERAL = re.compile(r"(?<![fF])(?<![fF][rR])(?:'(?:[^'\\\n]|\\[\s\S])*'|\"(?:[^\"\\\n]|\\[\s\S])*\")")
# characters that continue a Python identifier (ASCII word characters and any non-ASCII one)
IDENT = "A-Za-z0-9_\u0080-\U0010ffff"


def usage_text(code):
    """The code a name must appear in to count as used: string literals blanked."""
    return STRING_LITERAL.sub('""', code)


def _statement_at(lines, index):
    """The import statement starting at `index`, joined over parentheses and backslashes."""
    text = lines[index][0]
    end = index

    def is_open():
        return text.count("(") > text.count(")") or CONTINUED.search(text) is not None

    while is_open() and end + 1 < len(lines) and end - index < MAX_STATEMENT_LINES:
        end += 1
        text = "%s %s" % (CONTINUED.sub("", text), lines[end][0])
    return text


def bound_names(statement):
    """Names bound by `import a.b as c, d` (c, d) or `from x import (a, b as c)` (a, c); None for *."""
    m = FROM_RE.match(statement) or PLAIN_RE.match(statement)
    if not m:
        return []
    names = []
    for part in re.sub(r"[()]", " ", m.group(1)).split(","):
        words = part.split()
        if not words:
            continue
        if words[0] == "*":
            return None
        name = words[2] if len(words) >= 3 and words[1] == "as" else words[0].split(".")[0]
        if NAME_RE.match(name):
            names.append(name)
    return names


def _uses_in(text, name):
    """How `name` is used in `text`: each attribute read on it (`mysql.IntegrityError` gives
    IntegrityError) or '' for a bare use, with the number of times."""
    uses = {}
    pattern = r"(?<![%s])%s(?![%s])(?:[ \t]*\.[ \t]*([A-Za-z_][A-Za-z0-9_]*))?" % (IDENT, re.escape(name), IDENT)
    for m in re.finditer(pattern, text):
        key = m.group(1) or ""
        uses[key] = uses.get(key, 0) + 1
    return uses


def import_usage(lines, usage, index):
    """The import at line `index`: the names it binds, whether any appears elsewhere in `usage` (the
    file's code without comments, docstrings and string literals, as `usage_text` makes it; it
    holds the statement too), and how: the attributes read on them, '' for a bare use (sorted)."""
    text = _statement_at(lines, index)
    names = bound_names(text)
    if names is None:
        return {"bound": ["*"], "used": True, "uses": [""]}
    own = usage_text(text)
    uses = set()
    for n in names:
        in_statement = _uses_in(own, n)
        for key, times in _uses_in(usage, n).items():
            if times > in_statement.get(key, 0):
                uses.add(key)
    return {"bound": names, "used": bool(uses), "uses": sorted(uses)}
