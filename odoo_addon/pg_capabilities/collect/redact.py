# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Secret redaction; twin of static_src/core/redact.ts.

The rules are catalog data ("redactions", "redactionBlocks"): every capture group that takes part
in a match becomes ***; rules run in catalog order, each on the text the previous one left. Every
pattern is linear in the length of the text, and the scanners look at no more than
limits.maxLineChars characters of a line (counted in UTF-16 units, as JavaScript counts).
"""
import re

from .catalog import compile_pattern

REDACTED = "***"


def utf16_len(text):
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def utf16_prefix(text, units):
    """The first `units` UTF-16 units of text (a surrogate pair cut in half is dropped)."""
    if len(text) <= units // 2 or (text.isascii() and len(text) <= units):
        return text
    if text.isascii():
        return text[:units]
    return text.encode("utf-16-le")[: 2 * units].decode("utf-16-le", errors="ignore")


class Redactor:
    def __init__(self, rules, blocks=(), max_line_chars=None):
        self._rules = [(compile_pattern(r), tuple(r.get("literals", ()))) for r in rules]
        self._blocks = [
            (re.compile(b["begin"], re.I if "i" in b.get("flags", "") else 0),
             re.compile(b["end"], re.I if "i" in b.get("flags", "") else 0))
            for b in blocks
        ]
        self.max_line_chars = max_line_chars

    @classmethod
    def from_catalog(cls, catalog):
        return cls(catalog["redactions"], catalog.get("redactionBlocks", ()), catalog["limits"].get("maxLineChars"))

    def redact(self, text):
        out = text
        # a rule runs only on a text holding one of its literals; what a rule replaces (***) makes none
        lower = text.lower()
        for rule, literals in self._rules:
            if literals and not any(lit in lower for lit in literals):
                continue
            spans = []
            for m in rule.finditer(out):
                for g in range(1, (rule.groups or 0) + 1):
                    start, end = m.span(g)
                    if start >= 0 and end > start and m.group(g) != REDACTED:
                        spans.append((start, end))
            if not spans:
                continue
            # one pass: replacing span by span would copy the text once per match
            parts, at = [], 0
            for start, end in spans:
                if start < at:
                    continue
                parts.append(out[at:start])
                parts.append(REDACTED)
                at = end
            parts.append(out[at:])
            out = "".join(parts)
        return out

    def cap(self, line):
        """The part of a line the scanners look at."""
        if self.max_line_chars is None:
            return line
        return utf16_prefix(line, self.max_line_chars)

    def snippet(self, line, max_chars):
        """Trim, redact, then cut to max_chars counted in UTF-16 units, as JavaScript counts. A line
        longer than maxLineChars is read up to there only, and the snippet says so."""
        length = utf16_len(line)
        long = self.max_line_chars is not None and length > self.max_line_chars
        red = self.redact(self.cap(line).strip())
        note = " [line cut: %d chars]" % length if long else ""
        room = max_chars - len(note)
        if utf16_len(red) <= room:
            return red + note
        return utf16_prefix(red, room - 1) + "\u2026" + note

    def block_lines(self, lines):
        """Indexes of the lines inside a multi-line secret block (a PEM private key): from the line
        after its start to the line of its end, or to the end of the text when it has none."""
        inside = set()
        for begin, end in self._blocks:
            open_ = False
            for i, line in enumerate(lines):
                if open_:
                    inside.add(i)
                    if end.search(line):
                        open_ = False
                    continue
                m = begin.search(line)
                if m and not end.search(line[m.end():]):
                    open_ = True
        return inside

    def redact_deep(self, value):
        """Every string in a JSON value redacted (object keys kept)."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, list):
            return [self.redact_deep(v) for v in value]
        if isinstance(value, dict):
            return {k: self.redact_deep(v) for k, v in value.items()}
        return value
