# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Lines of code per module; twin of static_src/cli/line-count.ts (which says which files count
where). Counted from the text the scanner reads anyway, never from a second read. Both twins are
held to the `lines` of each module in test/fixtures/expected-matches.json.
"""
import re

from .source_text import one_break, text_kind

JAVASCRIPT = (".js", ".mjs", ".ts")
C_STYLE_OTHER = (".css", ".scss", ".less")
# read only for their lines: no signature of the catalog applies to them
COUNT_ONLY_ENDINGS = JAVASCRIPT + C_STYLE_OTHER + (".csv",)

BLANK = " \t\f\v"  # a line of only these is blank
# comments and strings, leftmost first: a string (group 1) is kept, a // comment dropped, a block
# comment (group 2) becomes its line breaks
C_PIECES = re.compile(
    r"('[^'\\\r\n]*(?:\\[\s\S][^'\\\r\n]*)*'"
    r'|"[^"\\\r\n]*(?:\\[\s\S][^"\\\r\n]*)*"'
    r"|`[^`\\]*(?:\\[\s\S][^`\\]*)*`)"
    r"|//[^\r\n]*|(/\*(?:[\s\S]*?\*/|[\s\S]*))"
)
NOT_BREAK = re.compile(r"[^\r\n]")
BLANK_BYTES = BLANK.encode()


def empty_lines():
    return {"python": 0, "javascript": 0, "xml": 0, "other": 0}


def line_kind(file_name):
    """Where a file's lines count: python and xml as the scanner reads them (text_kind), else by ending."""
    kind = text_kind(file_name)
    if kind in ("python", "xml"):
        return kind
    return "javascript" if file_name.lower().endswith(JAVASCRIPT) else "other"


def count_code_lines(lines):
    """Lines of code among the scanner's (code, scope, prose) lines, comments already blanked."""
    return len([1 for code, _, _ in lines if code.strip(BLANK)])


def count_code_text(code):
    """Lines of code of code_text(): lines holding more than blanks. C-level: the blanks dropped,
    the lines left empty counted."""
    code = one_break(code)
    blank = code.encode("utf-8", "surrogatepass").translate(None, BLANK_BYTES).split(b"\n").count(b"")
    return code.count("\n") + 1 - blank


def count_only_lines(text, file_name):
    """Lines of code of a file read only to be counted (javascript, stylesheets, csv)."""
    if file_name.lower().endswith(".csv"):
        return count_code_text(text)
    # split, not sub with a function: a Python call per block comment only, none per string
    parts = C_PIECES.split(text)
    blocks = parts[2::3]
    if any(blocks):
        parts[2::3] = [NOT_BREAK.sub("", b) if b else None for b in blocks]
    return count_code_text("".join(filter(None, parts)))
