# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The engagement document (static_src/core/document-types.ts) as the server accepts it.

The document is built in the browser and sent to pg.capabilities.snapshot.pgcap_pdf: whatever it
holds is checked here before it is stored or rendered. Known block kinds and keys only, texts are
strings, flags are booleans, and every size and count is bounded; anything else is refused with a
DocumentError that says where (blocks[3].rows[0][2][0].t). Pure Python, no `odoo` import, so that
test/python tests it without an Odoo.

validate_document returns a copy holding only the known keys, in which every invisible character
(controls, bidi overrides, zero-width characters, lone surrogates) is shown as its code point,
<U+202E>, as the HTML export shows it (report/text.py), and U+FFFE/U+FFFF, which XML 1.0 cannot
carry, become U+FFFD: a module name holding one must not make lxml refuse the whole PDF.
"""
import re

from .text import visible

# Bounds: a 5,000-finding report's document stays well inside them; a document past them is not a
# report but an attempt to make wkhtmltopdf or the database work for nothing.
MAX_TEXT = 20000            # characters in one string (a paragraph's run, a cell)
MAX_SHORT = 1000            # a title, subtitle, heading, term, caption, column label
MAX_RUNS = 200              # runs in one Inline
MAX_BLOCKS = 60000
MAX_ITEMS = 2000            # list items, facts
MAX_COLUMNS = 20
MAX_ROWS = 20000            # rows of one table
MAX_TOTAL_TEXT = 8000000    # characters in the whole document
MAX_LOCALE = 35

BLOCK_KEYS = {
    "heading": ({"kind", "level", "text"}, {"id"}),
    "paragraph": ({"kind", "text"}, {"tone"}),
    "list": ({"kind", "ordered", "items"}, set()),
    "facts": ({"kind", "items"}, set()),
    "table": ({"kind", "columns", "rows"}, {"caption"}),
    "page_break": ({"kind"}, set()),
}
TONES = ("muted", "warning")
ANCHOR = re.compile(r"^[a-z0-9-]{1,100}$")
LOCALE = re.compile(r"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
# what XML 1.0 cannot carry (lxml refuses it): C0 controls but \t \n \r, surrogates, U+FFFE/U+FFFF
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class DocumentError(ValueError):
    """The document is not an EngagementDocument within bounds; str(e) says where and why."""


class _Checker:
    def __init__(self):
        self.total = 0

    def fail(self, where, why):
        raise DocumentError("%s: %s" % (where, why))

    def obj(self, value, where, required, optional=frozenset()):
        if not isinstance(value, dict):
            self.fail(where, "an object was expected")
        unknown = set(value) - set(required) - set(optional)
        if unknown:
            self.fail(where, "unknown key %s" % ", ".join(sorted(repr(k) for k in unknown)))
        missing = set(required) - set(value)
        if missing:
            self.fail(where, "missing %s" % ", ".join(sorted(missing)))
        return value

    def array(self, value, where, most, least=0):
        if not isinstance(value, list):
            self.fail(where, "a list was expected")
        if len(value) > most:
            self.fail(where, "%d items, at most %d allowed" % (len(value), most))
        if len(value) < least:
            self.fail(where, "at least %d item(s) required" % least)
        return value

    def text(self, value, where, most=MAX_TEXT):
        if not isinstance(value, str):
            self.fail(where, "a string was expected")
        if len(value) > most:
            self.fail(where, "%d characters, at most %d allowed" % (len(value), most))
        self.total += len(value)
        if self.total > MAX_TOTAL_TEXT:
            self.fail(where, "the document holds more than %d characters" % MAX_TOTAL_TEXT)
        # shown as the HTML export shows it: an invisible character as its code point, never applied
        # (controls and lone surrogates then read <U+0000>; what is left that XML cannot carry,
        # U+FFFE and U+FFFF, becomes U+FFFD)
        return NOT_XML.sub("\ufffd", visible(value))

    def flag(self, value, where):
        if not isinstance(value, bool):
            self.fail(where, "true or false was expected")
        return value

    def inline(self, value, where):
        runs = []
        for i, run in enumerate(self.array(value, where, MAX_RUNS)):
            at = "%s[%d]" % (where, i)
            self.obj(run, at, {"t"}, {"code", "strong"})
            clean = {"t": self.text(run["t"], at + ".t")}
            for key in ("code", "strong"):
                if key in run:
                    clean[key] = self.flag(run[key], "%s.%s" % (at, key))
            runs.append(clean)
        return runs

    def block(self, block, where, anchors):
        if not isinstance(block, dict):
            self.fail(where, "an object was expected")
        kind = block.get("kind")
        if not isinstance(kind, str) or kind not in BLOCK_KEYS:
            self.fail(where + ".kind", "unknown block kind %r" % (kind if isinstance(kind, str) else type(kind).__name__))
        required, optional = BLOCK_KEYS[kind]
        self.obj(block, where, required, optional)
        out = {"kind": kind}
        if kind == "heading":
            level = block["level"]
            if type(level) is not int or level not in (1, 2, 3, 4):
                self.fail(where + ".level", "1, 2, 3 or 4 was expected")
            out["level"] = level
            out["text"] = self.text(block["text"], where + ".text", MAX_SHORT)
            if "id" in block:
                anchor = block["id"]
                if not isinstance(anchor, str) or not ANCHOR.match(anchor):
                    self.fail(where + ".id", "an anchor of a-z, 0-9 and - was expected")
                if anchor in anchors:
                    self.fail(where + ".id", "anchor %r is used twice" % anchor)
                anchors.add(anchor)
                out["id"] = anchor
        elif kind == "paragraph":
            out["text"] = self.inline(block["text"], where + ".text")
            if "tone" in block:
                if block["tone"] not in TONES:
                    self.fail(where + ".tone", "'muted' or 'warning' was expected")
                out["tone"] = block["tone"]
        elif kind == "list":
            out["ordered"] = self.flag(block["ordered"], where + ".ordered")
            out["items"] = [self.inline(item, "%s.items[%d]" % (where, i))
                            for i, item in enumerate(self.array(block["items"], where + ".items", MAX_ITEMS))]
        elif kind == "facts":
            items = []
            for i, item in enumerate(self.array(block["items"], where + ".items", MAX_ITEMS)):
                at = "%s.items[%d]" % (where, i)
                self.obj(item, at, {"term", "value"})
                items.append({"term": self.text(item["term"], at + ".term", MAX_SHORT),
                              "value": self.inline(item["value"], at + ".value")})
            out["items"] = items
        elif kind == "table":
            if "caption" in block:
                out["caption"] = self.text(block["caption"], where + ".caption", MAX_SHORT)
            columns = []
            for i, col in enumerate(self.array(block["columns"], where + ".columns", MAX_COLUMNS, 1)):
                at = "%s.columns[%d]" % (where, i)
                self.obj(col, at, {"label"}, {"numeric"})
                clean = {"label": self.text(col["label"], at + ".label", MAX_SHORT)}
                if "numeric" in col:
                    clean["numeric"] = self.flag(col["numeric"], at + ".numeric")
                columns.append(clean)
            rows = []
            for r, row in enumerate(self.array(block["rows"], where + ".rows", MAX_ROWS)):
                at = "%s.rows[%d]" % (where, r)
                self.array(row, at, len(columns))
                if len(row) != len(columns):
                    self.fail(at, "%d cells for %d columns" % (len(row), len(columns)))
                rows.append([self.inline(cell, "%s[%d]" % (at, c)) for c, cell in enumerate(row)])
            out["columns"] = columns
            out["rows"] = rows
        return out


def validate_document(document):
    """An EngagementDocument received from a browser, checked and copied; DocumentError if not one."""
    check = _Checker()
    check.obj(document, "document", {"locale", "title", "subtitle", "blocks"})
    locale = check.text(document["locale"], "document.locale", MAX_LOCALE)
    if not LOCALE.match(locale):
        check.fail("document.locale", "a BCP 47 tag such as 'en' or 'fr-FR' was expected")
    anchors = set()
    return {
        "locale": locale,
        "title": check.text(document["title"], "document.title", MAX_SHORT),
        "subtitle": check.text(document["subtitle"], "document.subtitle", MAX_SHORT),
        "blocks": [check.block(block, "document.blocks[%d]" % i, anchors)
                   for i, block in enumerate(check.array(document["blocks"], "document.blocks", MAX_BLOCKS))],
    }
