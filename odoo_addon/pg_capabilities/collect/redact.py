# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Secret redaction for evidence snippets; twin of static_src/core/redact.ts.

The rules are catalog data: the first capture group of each match becomes ***.
"""
from .catalog import compile_pattern

REDACTED = "***"


class Redactor:
    def __init__(self, rules):
        self._rules = [compile_pattern(r) for r in rules]

    def redact(self, text):
        out = text
        for rule in self._rules:
            spans = [m.span(1) for m in rule.finditer(out) if m.group(1) is not None and m.group(1) != REDACTED]
            for start, end in reversed(spans):
                out = out[:start] + REDACTED + out[end:]
        return out

    def snippet(self, line, max_chars):
        """Trim, redact, then cut to max_chars counted in UTF-16 units, as JavaScript counts."""
        red = self.redact(line.strip())
        units = red.encode("utf-16-le")
        if len(units) // 2 <= max_chars:
            return red
        return units[: 2 * (max_chars - 1)].decode("utf-16-le", errors="ignore") + "\u2026"
