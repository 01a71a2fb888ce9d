# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Text as shown to a person, the Python twin of static_src/core/format.ts visible(): every
character that shows nothing yet changes how the text around it reads (Trojan Source, spoofed
names) is written as its code point, <U+202E>. Used where the server shows report data itself:
the finding records of Odoo's list and form views, and the QWeb PDF. Pure Python, no `odoo`
import; test/fixtures/visible-vectors.json holds both twins to the same output."""
import unicodedata

# format.ts INVISIBLE: C0 and C1 controls but tab, format characters, line and paragraph
# separators, surrogates, and the invisible fillers listed there
_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs"}
_FILLERS = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0}


def _invisible(ch):
    return ch != "\t" and (unicodedata.category(ch) in _CATEGORIES or ord(ch) in _FILLERS)


def visible(text):
    """text with every invisible character shown as <U+XXXX>; other values returned as they are."""
    if not isinstance(text, str):
        return text
    if not any(_invisible(ch) for ch in text):
        return text
    return "".join("<U+%04X>" % ord(ch) if _invisible(ch) else ch for ch in text)
