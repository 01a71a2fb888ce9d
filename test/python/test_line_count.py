# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Lines of code per module: the shared vectors of test/fixtures/expected-lines.json, asserted by
the jest suite too (test/line-count.test.ts)."""
import os
import unittest

from support import ROOT, read_json

from collect.catalog import load_catalog
from collect.file_read import decode_text
from collect.line_count import COUNT_ONLY_ENDINGS, count_code_lines, count_only_lines, line_kind
from collect.scanner import scan_addons
from collect.source_text import code_lines, text_kind


def count(rel):
    """A file's count as the scanner makes it: count-only files, or the scanner's code lines."""
    name = os.path.basename(rel)
    with open(os.path.join(ROOT, rel), "rb") as f:
        text = decode_text(f.read())
    if name.lower().endswith(COUNT_ONLY_ENDINGS):
        return count_only_lines(text, name)
    return count_code_lines(code_lines(text, text_kind(name)))


class TestLineCount(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.vectors = read_json("test/fixtures/expected-lines.json")
        cls.expected = read_json("test/fixtures/expected-matches.json")
        cls.scan = scan_addons([os.path.join(ROOT, r) for r in cls.expected["roots"]], load_catalog())

    def test_files_as_reviewed_by_hand(self):
        for v in self.vectors["files"]:
            with self.subTest(file=v["file"]):
                self.assertEqual(line_kind(os.path.basename(v["file"])), v["kind"])
                self.assertEqual(count(v["file"]), v["lines"])

    def test_modules_carry_their_lines(self):
        by_name = {m["name"]: m for m in self.scan["modules"]}
        for m in self.scan["modules"]:
            self.assertEqual(sorted(m["lines"]), ["javascript", "other", "python", "xml"])
        vectors = {m["name"]: m["lines"] for m in self.expected["modules"]}
        for name, lines in self.vectors["modules"].items():
            self.assertEqual(by_name[name]["lines"], lines)
            self.assertEqual(vectors[name], lines)
        for s in self.vectors["skipped"]:
            self.assertIn(s, self.scan["skipped"])
        self.assertEqual(by_name["clean_sale_extension"]["files"], 4)


if __name__ == "__main__":
    unittest.main()
