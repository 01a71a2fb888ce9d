# Part of pg_capabilities. License LGPL-3.0-or-later.
"""The engagement document the browser sends for the PDF: what the server accepts and refuses
(report/document.py, used by pg.capabilities.snapshot.pgcap_pdf)."""
import copy
import unittest

from support import read_json

from report.document import MAX_BLOCKS, MAX_ROWS, MAX_SHORT, MAX_TEXT, DocumentError, validate_document

FIXTURE = read_json("test/fixtures/engagement-document.json")


def doc_with(*blocks):
    return {"locale": "en", "title": "t", "subtitle": "s", "blocks": list(blocks)}


class TestValidateDocument(unittest.TestCase):
    def refused(self, document, where):
        with self.assertRaises(DocumentError) as ctx:
            validate_document(document)
        self.assertIn(where, str(ctx.exception))
        return str(ctx.exception)

    def test_the_fixture_is_accepted_unchanged(self):
        self.assertEqual(validate_document(copy.deepcopy(FIXTURE)), FIXTURE)
        kinds = {b["kind"] for b in FIXTURE["blocks"]}
        self.assertEqual(kinds, {"heading", "paragraph", "list", "facts", "table", "page_break"})

    def test_unknown_block_kind_is_refused(self):
        msg = self.refused(doc_with({"kind": "html", "html": "<script>x</script>"}), "document.blocks[0].kind")
        self.assertIn("unknown block kind 'html'", msg)
        self.refused(doc_with({"kind": ["heading"]}), "document.blocks[0].kind")
        self.refused(doc_with({"level": 1, "text": "no kind"}), "document.blocks[0].kind")

    def test_unknown_keys_are_refused(self):
        msg = self.refused(doc_with({"kind": "page_break", "style": "color:red"}), "document.blocks[0]")
        self.assertIn("'style'", msg)
        self.refused(doc_with({"kind": "paragraph", "text": [{"t": "x", "html": True}]}), "document.blocks[0].text[0]")
        extra = dict(doc_with(), template="web.external_layout")
        self.refused(extra, "document")

    def test_non_strings_are_refused(self):
        self.refused(doc_with({"kind": "heading", "level": 2, "text": 42}), "document.blocks[0].text")
        self.refused(doc_with({"kind": "paragraph", "text": [{"t": {"__html": "<b>"}}]}), "document.blocks[0].text[0].t")
        self.refused(doc_with({"kind": "paragraph", "text": "a bare string, not runs"}), "document.blocks[0].text")
        self.refused(doc_with({"kind": "facts", "items": [{"term": None, "value": []}]}), "document.blocks[0].items[0].term")
        table = {"kind": "table", "columns": [{"label": "A"}], "rows": [[[{"t": 1}]]]}
        self.refused(doc_with(table), "document.blocks[0].rows[0][0][0].t")
        self.refused(dict(doc_with(), title=["x"]), "document.title")

    def test_flags_and_enumerations_are_checked(self):
        self.refused(doc_with({"kind": "paragraph", "text": [{"t": "x", "code": "yes"}]}), "document.blocks[0].text[0].code")
        self.refused(doc_with({"kind": "paragraph", "text": [], "tone": "danger"}), "document.blocks[0].tone")
        self.refused(doc_with({"kind": "heading", "level": 7, "text": "x"}), "document.blocks[0].level")
        self.refused(doc_with({"kind": "heading", "level": True, "text": "x"}), "document.blocks[0].level")
        self.refused(doc_with({"kind": "heading", "level": 2, "text": "x", "id": "Not An Anchor"}), "document.blocks[0].id")
        twice = {"kind": "heading", "level": 2, "text": "x", "id": "a"}
        self.refused(doc_with(twice, dict(twice)), "document.blocks[1].id")
        self.refused(dict(doc_with(), locale="en\" onload=\"x"), "document.locale")

    def test_table_rows_match_the_columns(self):
        table = {"kind": "table", "columns": [{"label": "A"}, {"label": "B"}], "rows": [[[{"t": "only one"}]]]}
        self.refused(doc_with(table), "document.blocks[0].rows[0]")
        self.refused(doc_with({"kind": "table", "columns": [], "rows": []}), "document.blocks[0].columns")

    def test_oversized_is_refused(self):
        self.refused(doc_with({"kind": "paragraph", "text": [{"t": "x" * (MAX_TEXT + 1)}]}), "document.blocks[0].text[0].t")
        self.refused(doc_with({"kind": "heading", "level": 1, "text": "x" * (MAX_SHORT + 1)}), "document.blocks[0].text")
        self.refused(doc_with(*[{"kind": "page_break"}] * (MAX_BLOCKS + 1)), "document.blocks")
        rows = [[[{"t": "r"}]]] * (MAX_ROWS + 1)
        self.refused(doc_with({"kind": "table", "columns": [{"label": "A"}], "rows": rows}), "document.blocks[0].rows")
        # many strings each within bounds, together past the document's total
        big = {"kind": "paragraph", "text": [{"t": "x" * MAX_TEXT}] * 100}
        msg = self.refused(doc_with(*[big] * 5), "document.blocks[3]")  # 4 x 2M characters and the title
        self.assertIn("more than", msg)

    def test_not_an_object_is_refused(self):
        for bad in (None, [], "{}", 3):
            self.refused(bad, "document")

    def test_characters_xml_cannot_carry_are_shown_or_replaced(self):
        out = validate_document(doc_with({"kind": "paragraph", "text": [{"t": "a\x00b\x1bc\ud800d\tok\n\ufffe"}]}))
        self.assertEqual(out["blocks"][0]["text"][0]["t"], "a<U+0000>b<U+001B>c<U+D800>d\tok<U+000A>\ufffd")

    def test_invisible_characters_are_shown_never_applied(self):
        out = validate_document(doc_with({"kind": "paragraph", "text": [{"t": "evil\u202egnp.exe \u200bzero"}]}))
        self.assertEqual(out["blocks"][0]["text"][0]["t"], "evil<U+202E>gnp.exe <U+200B>zero")

    def test_markup_stays_a_string(self):
        out = validate_document(FIXTURE)
        last = out["blocks"][-1]["text"][0]["t"]
        self.assertIn("<script>", last)  # kept as text: the template escapes it (tests/test_report_pdf.py)


if __name__ == "__main__":
    unittest.main()
