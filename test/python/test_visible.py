# Part of pg_capabilities. License LGPL-3.0-or-later.
"""report/text.py visible() is core/format.ts visible(): test/fixtures/visible-vectors.json."""
import unittest

from support import read_json

from report.text import visible

VECTORS = read_json("test/fixtures/visible-vectors.json")["vectors"]


class TestVisible(unittest.TestCase):
    def test_both_twins_show_the_same_characters(self):
        self.assertGreater(len(VECTORS), 20)
        for given, shown in VECTORS:
            with self.subTest(given=given):
                self.assertEqual(visible(given), shown)

    def test_a_value_that_is_not_text_is_returned_as_it_is(self):
        self.assertIsNone(visible(None))
        self.assertEqual(visible(3), 3)
