# Part of pg_capabilities. License LGPL-3.0-or-later.
"""The Python scanner is held to the same vectors as the TypeScript one."""
import json
import os
import unittest

from support import ROOT, read_json

from collect.catalog import load_catalog
from collect.redact import Redactor
from collect.scanner import ScanRootError, scan_addons


class TestScannerSharedVectors(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.catalog = load_catalog()
        cls.expected = read_json("test/fixtures/expected-matches.json")
        cls.scan = scan_addons([os.path.join(ROOT, r) for r in cls.expected["roots"]], cls.catalog)

    def test_same_matches_as_typescript(self):
        self.assertEqual(self.scan["matches"], self.expected["matches"])

    def test_same_modules_skips_and_counts(self):
        self.assertEqual(self.scan["modules"], self.expected["modules"])
        self.assertEqual(self.scan["skipped"], self.expected["skipped"])
        self.assertEqual(self.scan["filesScanned"], self.expected["filesScanned"])
        self.assertEqual(self.scan["bytesScanned"], self.expected["bytesScanned"])

    def test_snippets_carry_no_secret(self):
        text = json.dumps(self.scan["matches"])
        for secret in ("s3cretPass", "Sup3rSecret", "AbCdEf0123456789"):
            self.assertNotIn(secret, text)

    def test_missing_root_is_an_error(self):
        with self.assertRaises(ScanRootError):
            scan_addons(["/nonexistent/addons"], self.catalog)


class TestRedactionSharedVectors(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.redactor = Redactor.from_catalog(load_catalog())
        cls.vectors = read_json("test/fixtures/redaction-vectors.json")

    def test_vectors(self):
        for case in self.vectors["redacted"]:
            self.assertEqual(self.redactor.redact(case[0]), case[1], case[0])

    def test_untouched(self):
        for text in self.vectors["untouched"]:
            self.assertEqual(self.redactor.redact(text), text)

    def test_secret_blocks(self):
        for block in self.vectors["blocks"]:
            self.assertEqual(sorted(self.redactor.block_lines(block["lines"])), block["inside"], block["lines"][0])

    def test_snippets(self):
        for case in self.vectors["snippets"]:
            self.assertEqual(self.redactor.snippet(case["line"], case["maxChars"]), case["snippet"])

    def test_snippet_cut_after_redaction(self):
        s = self.redactor.snippet('    url = "redis://:secret@h/0"  ' + "x" * 300, 50)
        self.assertEqual(len(s), 50)
        self.assertTrue(s.startswith('url = "redis://:***@h/0"'))

    def test_redact_deep(self):
        self.assertEqual(
            self.redactor.redact_deep({"a": ["redis://:pw@h/0", 3, None], "password=x": {"b": "token='t'"}}),
            {"a": ["redis://:***@h/0", 3, None], "password=x": {"b": "token='***'"}},
        )


class TestCatalog(unittest.TestCase):
    def test_embedded_catalog_is_the_root_manifest(self):
        with open(os.path.join(ROOT, "manifest.json"), "rb") as a, open(
            os.path.join(ROOT, "odoo_addon", "pg_capabilities", "data", "catalog.json"), "rb"
        ) as b:
            self.assertEqual(a.read(), b.read(), "run `npm run build` to embed the catalog into the addon")

    def test_patterns_compile_in_python(self):
        from collect.catalog import compile_pattern

        catalog = load_catalog()
        for entry in catalog["signatures"] + catalog["redactions"]:
            compile_pattern(entry)

    def test_catalog_matches_its_schema(self):
        try:
            import jsonschema
        except ImportError:  # never a silent skip: npm test installs it or says how
            self.fail("jsonschema is not importable: install Debian's python3-jsonschema")
        jsonschema.validate(load_catalog(), read_json("schema/manifest.schema.json"))


if __name__ == "__main__":
    unittest.main()
