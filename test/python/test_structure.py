# Part of pg_capabilities. License LGPL-3.0-or-later.
"""The structure pass (collect/structure.py): the shared vectors, the normalisation rules one by
one, and hostile files (deep nesting, a 1 MB line, bytes that are not UTF-8, a record never closed)."""
import ast
import os
import shutil
import tempfile
import textwrap
import time
import unittest

from support import ROOT, read_json

from collect.budget import Deadline, scan_addons_within
from collect.catalog import load_catalog
from collect.redact import Redactor
from collect.scanner import scan_addons
from collect.structure import (
    SYNTAX_ERROR, TOO_DEEP, TOO_LARGE, Secrets, dotted, module_structure, parse_python, python_structure, too_deep,
    xml_actions, xml_text,
)

CATALOG = load_catalog()
LIMITS = CATALOG["limits"]
REDACTOR = Redactor.from_catalog(CATALOG)
# a hostile file is parsed within this (it takes well under a second here)
TIME_LIMIT_S = 60


def facts(source, limits=LIMITS):
    text = textwrap.dedent(source)
    tree, reason = parse_python(text, limits["maxDepth"])
    assert reason is None, reason
    return python_structure(tree, "m/f.py", limits, Secrets(REDACTOR, text))


def only_function(source):
    classes, functions, _ = facts(source)
    return functions[0]


def expr(text):
    return ast.parse(text, mode="eval").body


class TestSharedVectors(unittest.TestCase):
    def test_structure_is_the_vectors(self):
        expected = read_json("test/fixtures/expected-structure.json")
        scan = scan_addons([os.path.join(ROOT, r) for r in expected["roots"]], CATALOG)
        self.assertEqual(scan["structure"], expected["structure"])

    def test_modules_parsed_are_those_with_a_store_match(self):
        expected = read_json("test/fixtures/expected-structure.json")
        matches = read_json("test/fixtures/expected-matches.json")
        stores = {s["id"] for s in CATALOG["signatures"] if s.get("store")}
        with_store = sorted({m["module"] for m in matches["matches"] if m["signature"] in stores})
        self.assertEqual([m["module"] for m in expected["structure"]], with_store)
        self.assertIn("structure_cases", with_store)
        self.assertNotIn("clean_sale_extension", with_store)

    def test_no_secret_in_the_structure(self):
        text = str(read_json("test/fixtures/expected-structure.json"))
        for secret in ("hunter2", "s3cretPass", "Sup3rSecret"):
            self.assertNotIn(secret, text)


class TestDottedText(unittest.TestCase):
    def test_forms(self):
        cases = {
            "self": "self",
            "self.env.cr.postcommit.add": "self.env.cr.postcommit.add",
            "self.with_delay().push": "self.with_delay().push",
            "self.env['res.partner'].search": 'self.env["res.partner"].search',
            "a[0].b": "a[].b",
            "a[k]": "a[]",
            "a['x\"y\\n']": 'a["x\\"y\\n"]',
            "a['é']": 'a["é"]',
            "(a or b).c": "?.c",
            "(lambda: 1)()": "?()",
            "'x'.join": "?.join",
            "f'{x}'.strip": "?.strip",
            "(a.b)()": "a.b()",
        }
        for source, text in cases.items():
            self.assertEqual(dotted(expr(source)), text, source)

    def test_cut_to_200_code_points(self):
        text = dotted(expr("a" + ".bé" * 150))
        self.assertEqual(len(text), 200)
        self.assertTrue(text.startswith("a.bé.bé"))


class TestCalls(unittest.TestCase):
    def test_order_outer_first_then_by_position(self):
        f = only_function("""
            def f(self):
                x = a.b().c(d(1)); e()
                g(
                  h())
        """)
        self.assertEqual([(c["line"], c["callee"]) for c in f["calls"]],
                         [(3, "a.b().c"), (3, "a.b"), (3, "d"), (3, "e"), (4, "g"), (5, "h")])
        self.assertEqual(f["calls"][0]["targets"], ["x"])
        self.assertEqual(f["calls"][1]["targets"], [])

    def test_non_ascii_before_a_call_keeps_the_order(self):
        f = only_function("""
            def f():
                s = "€€€€€€€€"; a(); b()
        """)
        self.assertEqual([c["callee"] for c in f["calls"]], ["a", "b"])

    def test_arguments(self):
        f = only_function("""
            def f(self):
                self.c.push(x, self.a.b, 'k' 'ey', b'raw', f'{y}', [1, 'l'], {'dk': v, 2: 'no'}, *star,
                            kw=z, other="s", **rest)
        """)
        call = f["calls"][0]
        self.assertEqual(call["names"], ["rest", "self", "star", "v", "x", "y", "z"])
        self.assertEqual(call["keywords"], ["kw", "other", "**"])
        self.assertEqual(call["refs"], ["x", "self.a.b", "z"])
        self.assertEqual(call["strings"], ["key", "l", "dk", "s"])

    def test_strings_cut_limited_and_redacted(self):
        f = only_function("""
            def f():
                g('%s', 'redis://:pw123@h/0', password='plain', token='t0k', name='ok', *[], **{})
                h(%s)
        """ % ("é" * 100, ", ".join("'s%d'" % i for i in range(12))))
        g, h = f["calls"]
        self.assertEqual(g["strings"], ["é" * 80, "redis://:***@h/0", "***", "***", "ok"])
        self.assertEqual(h["strings"], ["s%d" % i for i in range(10)])

    def test_positional_secrets_redacted_as_the_line_is(self):
        f = only_function('''
            def f(self):
                r = redis.Redis('cache.internal', 6379, 0, 'fake-PLANTED09')
                p = self.env['ir.config_parameter'].get_param('redis.password', 'fake-PLANTED13')
                sign("""-----BEGIN RSA PRIVATE KEY-----
            MIIBOgIBAAJBAKj34GkxFhD9
            -----END RSA PRIVATE KEY-----""",  # the block's end line is redacted whole
                     'ok')
        ''')
        self.assertEqual([c["strings"] for c in f["calls"]],
                         [["cache.internal", "***"], ["redis.password", "***"], ["***", "ok"]])

    def test_targets(self):
        f = only_function("""
            async def f(self):
                a, [b, *c] = one()
                d = e = two()
                g: int = three()
                for h in four(): pass
                with five() as i, six() as (j, k): pass
                l = await seven()
                if (m := eight()): pass
                self.n = nine()
                o = [p for p in ten()]
                q = eleven() or {}
        """)
        self.assertEqual({c["callee"]: c["targets"] for c in f["calls"]}, {
            "one": ["a", "b", "c"], "two": ["d", "e"], "three": ["g"], "four": ["h"], "five": ["i"],
            "six": ["j", "k"], "seven": ["l"], "eight": ["m"], "nine": [], "ten": ["p"], "eleven": [],
        })

    def test_nested_defs_lambdas_and_classes_belong_to_the_function(self):
        f = only_function("""
            @deco(x())
            def f(self, d=default()):
                def inner(y=dflt()):
                    return a()
                k = lambda: b()
                class C:
                    def m(self):
                        c()
                return inner
        """)
        self.assertEqual([c["callee"] for c in f["calls"]], ["dflt", "a", "b", "c"])
        self.assertEqual(f["returns"], ["inner"])

    def test_calls_per_function_bounded(self):
        limits = dict(LIMITS, maxCallsPerFunction=5)
        text = "def f():\n" + "".join("    c%d()\n" % i for i in range(50))
        tree, _ = parse_python(text, 64)
        _, functions, _ = python_structure(tree, "f.py", limits, Secrets(REDACTOR, text))
        self.assertEqual([c["callee"] for c in functions[0]["calls"]], ["c0", "c1", "c2", "c3", "c4"])


class TestFunctionFacts(unittest.TestCase):
    def test_attributes_on_self_and_loops_over_self(self):
        f = only_function("""
            def f(self, other):
                self.a
                self.b = 1
                self.called()
                del self.gone
                for rec in self.filtered(lambda r: r.x):
                    rec.name
                    rec.write({})
                for line in other.lines:
                    line.no
                selfish.no
                [p.price for p in self]
        """)
        self.assertEqual(f["attributes"], ["a", "name", "price"])

    def test_keys_and_returns(self):
        f = only_function("""
            def f(vals, self):
                vals['a'] = vals.get('b') or vals.get('c', 1) or vals.get(key)
                self.env['res.partner']
                obj.attr['no']
                if vals:
                    return vals, x
                return (y)
        """)
        self.assertEqual(f["keys"], ["vals.a", "vals.b", "vals.c"])
        self.assertEqual(f["returns"], ["vals", "x", "y"])

    def test_decorators_and_params(self):
        f = only_function("""
            @api.depends('a', 'b.c')
            @http.route(['/x', '/y'], type='json')
            @staticmethod
            @pkg.deco()()
            def f(a, /, b, *args, c, d=1, **kw):
                pass
        """)
        self.assertEqual(f["decorators"], ["api.depends", "http.route", "staticmethod", "pkg.deco()"])
        self.assertEqual(f["decoratorStrings"], ["a", "b.c", "/x", "/y"])
        self.assertEqual(f["params"], ["a", "b", "args", "c", "d", "kw"])
        self.assertEqual((f["line"], f["endLine"]), (6, 7))


class TestClassFacts(unittest.TestCase):
    def test_model_fields_and_methods(self):
        classes, functions, module_calls = facts("""
            import redis
            CLIENT = redis.Redis(host='h')

            class P(models.Model, mixin.M):
                _name = 'x.y'
                _inherit = ['a', 'b']
                _table = 'x_y'
                f1 = fields.Char(compute='_c', inverse=_i, related=rel(), store=True)
                f2 = fields.Many2one('res.partner')
                f3 = other.fields.Char()
                call_in_body = setup()

                class Nested:
                    def hidden(self):
                        pass

                def m(self):
                    pass

            class Q:
                _inherit = ('a', name)
                _name = f'x'

            if True:
                def g():
                    h()
        """)
        p, q = classes
        self.assertEqual((p["name"], p["line"], p["endLine"], p["bases"]), ("P", 5, 19, ["models.Model", "mixin.M"]))
        self.assertEqual((p["model"], p["inherit"], p["table"]), ("x.y", ["a", "b"], "x_y"))
        self.assertEqual(p["fields"], [
            {"name": "f1", "line": 9, "type": "Char", "compute": "_c", "inverse": "_i", "related": None, "store": True},
            {"name": "f2", "line": 10, "type": "Many2one", "compute": None, "inverse": None, "related": None, "store": None},
        ])
        self.assertEqual([m["name"] for m in p["methods"]], ["m"])
        self.assertEqual((q["model"], q["inherit"]), (None, []))
        self.assertEqual(functions, [])
        self.assertEqual([(c["callee"], c["targets"]) for c in module_calls], [("redis.Redis", ["CLIENT"]), ("h", [])])


class TestNesting(unittest.TestCase):
    def test_elif_chains_are_not_nesting(self):
        source = "if a:\n    pass\n" + "".join("elif b%d:\n    x = f(g(h()))\n" % i for i in range(200))
        tree, reason = parse_python(source, 64)
        self.assertIsNone(reason)

    def test_nested_statements_count(self):
        def nested_ifs(n):
            return "".join("    " * i + "if a:\n" for i in range(n)) + "    " * n + "pass\n"

        # the innermost pass lies at depth n + 1
        self.assertEqual(parse_python(nested_ifs(63), 64)[1], None)
        self.assertEqual(parse_python(nested_ifs(64), 64)[1], TOO_DEEP)

    def test_expressions_count(self):
        # statement (1) > call (2) > list (3) ... : n lists inside the call put the last at n + 2
        self.assertIsNone(parse_python("f(" + "[" * 62 + "]" * 62 + ")", 64)[1])
        self.assertEqual(parse_python("f(" + "[" * 63 + "]" * 63 + ")", 64)[1], TOO_DEEP)
        # keyword values and comprehension clauses are not nodes of their own
        tree = ast.parse("f(k=[x for x in g(y)])")
        self.assertFalse(too_deep(tree, 5))  # f(...) 2, list comp 3, g(y) 4, y 5
        self.assertTrue(too_deep(tree, 4))

    def test_syntax_error(self):
        self.assertEqual(parse_python('print "x"\n', 64)[1], SYNTAX_ERROR)
        self.assertEqual(parse_python("x = 1\0\n", 64)[1], SYNTAX_ERROR)


class TestXml(unittest.TestCase):
    def test_text(self):
        self.assertEqual(xml_text("a &lt;&amp;&gt; &#65;&#x42; &#0; &#xD800; &nbsp;"), "a <&> AB &#0; &#xD800; &nbsp;")
        self.assertEqual(xml_text("x<![CDATA[&lt; <b>]]>&amp;<![CDATA[open"), "x&lt; <b>&open")

    def test_records(self):
        text = textwrap.dedent("""\
            <odoo>
            <!-- <record id="c0" model="ir.cron"><field name="code">x</field></record> -->
            <record id="c1" model="ir.cron">
                <field name="name">  N &amp; M </field>
                <field name="model_id" ref="model_a_b"/>
                <field name="model">ignored</field>
                <field name="code" eval="False"/>
                <field name="interval_number">3</field>
                <field name="password">x</field>
            </record>
            <records id="no" model="ir.cron"></records>
            <record id="s1" model="ir.actions.server"><field name="code">url = "redis://:pw@h/0"
            env.cr.commit()</field></record>
            <record id="open" model="ir.cron"><field name="code">never closed
            """)
        actions = xml_actions(text, "m/d.xml", Secrets(REDACTOR, text))
        self.assertEqual(actions, [
            {"file": "m/d.xml", "line": 3, "id": "c1", "kind": "cron", "name": "N & M", "modelRef": "a_b",
             "code": "", "function": None, "interval": "3"},
            {"file": "m/d.xml", "line": 12, "id": "s1", "kind": "server_action", "name": "", "modelRef": None,
             "code": 'url = "redis://:***@h/0"\nenv.cr.commit()', "function": None, "interval": None},
        ])

    def test_code_cut_to_500(self):
        text = '<record id="c" model="ir.cron"><field name="code">%s</field></record>' % ("é" * 600)
        self.assertEqual(xml_actions(text, "d.xml", Secrets(REDACTOR, text))[0]["code"], "é" * 500)


class TestModule(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return (name, path)

    def test_unparsed_files_contribute_nothing(self):
        files = [
            self.write("big.py", b"x = 1\n" * (LIMITS["maxFileBytes"] // 6 + 1)),
            self.write("bad.py", b"def f(:\n    a()\n"),
            self.write("ok.py", b"def f():\n    a()\n"),
            self.write("notes.txt", b"ignored"),
            ("gone.py", os.path.join(self.tmp, "gone.py")),
        ]
        out = module_structure("m", files, '{"post_init_hook": "h"}', LIMITS, REDACTOR)
        self.assertEqual(out["unparsed"], [{"file": "big.py", "reason": TOO_LARGE}, {"file": "bad.py", "reason": SYNTAX_ERROR}])
        self.assertEqual([f["name"] for f in out["functions"]], ["f"])
        self.assertEqual(out["hooks"], [{"hook": "post_init_hook", "function": "h"}])

    def test_out_of_time_leaves_the_module_out(self):
        files = [self.write("ok.py", b"a()\n")]
        self.assertIsNone(module_structure("m", files, "", LIMITS, REDACTOR, stop=lambda: True))


class TestAttacks(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def parse_file(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        started = time.monotonic()
        out = module_structure("m", [(name, path)], "", LIMITS, REDACTOR)
        self.assertLess(time.monotonic() - started, TIME_LIMIT_S)
        return out

    def test_attack_deep_nesting_is_too_deeply_nested_never_a_crash(self):
        cases = {
            "parens.py": b"x = " + b"(" * 1000 + b"1" + b")" * 1000 + b"\n",
            "lists.py": b"x = " + b"[" * 150 + b"]" * 150 + b"\n",
            "unary.py": b"x = " + b"-" * 200000 + b"1\n",
            "attrs.py": b"x = a" + b".b" * 200000 + b"\n",
            "calls.py": b"x = f" + b"()" * 100000 + b"\n",
            "sums.py": b"x = " + b"1 + " * 200000 + b"1\n",
            "blocks.py": b"".join(b" " * i + b"if a:\n" for i in range(100)) + b" " * 100 + b"pass\n",
            "lambdas.py": b"f = " + b"lambda: " * 500 + b"1\n",
        }
        for name, data in cases.items():
            out = self.parse_file(name, data)
            self.assertEqual(out["unparsed"], [{"file": name, "reason": TOO_DEEP}], name)

    def test_attack_a_one_megabyte_line_is_bounded(self):
        line = b"x = [" + b"f(1), " * ((LIMITS["maxFileBytes"] - 10) // 6) + b"]"
        self.assertLessEqual(len(line), LIMITS["maxFileBytes"])
        out = self.parse_file("wide.py", line)
        self.assertEqual(out["unparsed"], [])
        self.assertEqual(len(out["moduleLevel"][0]["calls"]), LIMITS["maxCallsPerFunction"])
        one_def = b"def f():\n    return " + b"'" + b"a" * (LIMITS["maxFileBytes"] - 40) + b"'\n"
        self.assertEqual(self.parse_file("str.py", one_def)["functions"][0]["name"], "f")

    def test_attack_bytes_that_are_not_utf8(self):
        out = self.parse_file("latin1.py", b"# caf\xe9\ns = 'caf\xe9'\nf(s, '\xff\xfe')\n")
        self.assertEqual(out["unparsed"], [])
        self.assertEqual(out["moduleLevel"][0]["calls"][0]["strings"], ["\ufffd\ufffd"])
        out = self.parse_file("code.py", b"\xff\xfe = 1\n")
        self.assertEqual(out["unparsed"], [{"file": "code.py", "reason": SYNTAX_ERROR}])

    def test_attack_records_never_closed(self):
        whole = b'<odoo><record id="x" model="ir.cron"><field name="code">' + b"model.f()\n" * 100000
        self.assertEqual(self.parse_file("open.xml", whole)["actions"], [])
        many = b'<record id="x" model="ir.cron">' * 30000 + b"<field name='a'>" * 1000
        self.assertEqual(self.parse_file("many.xml", many)["actions"], [])
        tags = b"<record " * 120000
        self.assertEqual(self.parse_file("tags.xml", tags)["actions"], [])
        fields = b'<record id="x" model="ir.cron">' + b'<field name="code">' * 50000 + b"</record>"
        self.assertEqual(len(self.parse_file("fields.xml", fields)["actions"]), 1)

    def test_attack_structure_pass_stops_within_the_budget(self):
        class Clock:  # one second passes each time the time is read
            now = 0.0

            def __call__(self):
                self.now += 1
                return self.now

        fixtures = os.path.join(ROOT, "test", "fixtures", "addons")
        full = scan_addons([fixtures], CATALOG)
        # 9 modules: the line scan reads the time once after each, the structure pass before each file
        scan = scan_addons_within([fixtures], CATALOG, Deadline(12, clock=Clock()))
        self.assertEqual(scan["modules"], full["modules"])
        parsed = len(scan["structure"])
        self.assertLess(parsed, len(full["structure"]))
        self.assertEqual(scan["structure"], full["structure"][:parsed])
        self.assertEqual(scan["stoppedEarly"], "the rescan's time budget of 12 s ran out while parsing: "
                         "%d of the %d modules to parse were parsed" % (parsed, len(full["structure"])))
        self.assertEqual(list(scan)[-2:], ["stoppedEarly", "structure"])
