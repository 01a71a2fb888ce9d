# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Fault and security suite, part 1 (secrets never leave), the Python collector: the planted-secrets
tree (test/fixtures/secrets-addons) scanned by the Python twin and rendered by pgcap in every format,
a 900 KB line, adversarial long lines against every catalog pattern, a PEM key across lines, and a
live session whose last statement holds a password. The jest side: test/security/secrets.test.ts."""
import json
import os
import re
import subprocess
import tempfile
import time
import unittest

import psycopg2

from support import ROOT, PostgresServer, read_json

from collect.catalog import compile_pattern, load_catalog
from collect.probes import run_probes
from collect.redact import REDACTED, Redactor
from collect.scanner import scan_addons
from collect.snapshot import build_snapshot

ADDONS = os.path.join(ROOT, "test", "fixtures", "secrets-addons")
CLI = os.path.join(ROOT, "dist", "pgcap.mjs")
MARKER = re.compile(r"PLANTED[0-9]{2}")
FORMATS = ["md", "html", "json", "csv", "sarif"]
NEVER_COLLECTED = {"PLANTED02", "PLANTED74", "PLANTED75", "PLANTED76"}  # a description; CSV files
IN_MANIFEST_FIELDS = {"PLANTED01", "PLANTED03", "PLANTED04", "PLANTED71", "PLANTED72", "PLANTED73"}
SERVER = PostgresServer()


def markers(text):
    return sorted(set(MARKER.findall(text)))


def plants():
    out = []
    for d, _, files in os.walk(ADDONS):
        for f in files:
            full = os.path.join(d, f)
            with open(full, encoding="utf-8") as fh:
                for i, line in enumerate(fh.read().split("\n"), 1):
                    for m in markers(line):
                        out.append((m, os.path.relpath(full, ADDONS), i))
    return out


def pgcap(*args):
    return subprocess.run(["node", CLI] + list(args), capture_output=True, text=True, check=False)


def render_everywhere(snapshot):
    """The report of a snapshot in every format, as pgcap writes it; plus the snapshot itself."""
    with tempfile.TemporaryDirectory() as tmp:
        snap = os.path.join(tmp, "snapshot.json")
        with open(snap, "w", encoding="utf-8") as f:
            json.dump(snapshot, f)
        outputs = {"snapshot": json.dumps(snapshot)}
        for fmt in FORMATS:
            out = os.path.join(tmp, "report." + fmt)
            r = pgcap("report", snap, "--format", fmt, "--out", out)
            if r.returncode != 0:
                raise AssertionError("pgcap report --format %s: %s" % (fmt, r.stderr))
            with open(out, encoding="utf-8") as f:
                outputs[fmt] = f.read()
    return outputs


class TestAttacksSecrets(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.catalog = load_catalog()
        cls.scan = scan_addons([ADDONS], cls.catalog)
        cls.snapshot = build_snapshot(cls.catalog, None, cls.scan, "pg_capabilities", "test", "python")

    def test_attack_planted_secrets_reach_snippets_but_not_the_python_snapshot(self):
        all_plants = plants()
        self.assertGreaterEqual(len({p[0] for p in all_plants}), 69)
        matched = {(m["file"], m["line"]) for m in self.scan["matches"]}
        unreached = [p for p in all_plants if p[0] not in NEVER_COLLECTED | IN_MANIFEST_FIELDS and (p[1], p[2]) not in matched]
        self.assertEqual(unreached, [])
        self.assertEqual(markers(json.dumps(self.snapshot)), [])

    def test_attack_python_and_typescript_scanners_redact_the_planted_tree_alike(self):
        with tempfile.TemporaryDirectory() as tmp:
            snap = os.path.join(tmp, "ts.json")
            r = pgcap("scan", "--no-db", "--addons", ADDONS, "--snapshot", snap, "--out", os.path.join(tmp, "r.md"), "--quiet")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(snap, encoding="utf-8") as f:
                ts = json.load(f)["scan"]
        self.assertEqual(self.scan["matches"], ts["matches"])
        self.assertEqual(self.scan["modules"], ts["modules"])

    def test_attack_planted_secrets_leak_in_no_format_from_the_python_snapshot(self):
        leaks = {k: markers(v) for k, v in render_everywhere(self.snapshot).items()}
        self.assertEqual(leaks, {k: [] for k in leaks})

    def test_attack_pem_key_split_across_lines_comes_out_whole(self):
        lines = [(m["line"], m["snippet"]) for m in self.scan["matches"]
                 if m["file"] == "secret_redis_cache/models/cache.py" and 15 <= m["line"] <= 17]
        self.assertEqual(lines, [(15, REDACTED), (16, REDACTED)])

    def test_attack_900kb_line_is_read_up_to_max_line_chars_in_bounded_time(self):
        with tempfile.TemporaryDirectory() as tmp:
            mod = os.path.join(tmp, "long_line")
            os.makedirs(os.path.join(mod, "models"))
            with open(os.path.join(mod, "__manifest__.py"), "w") as f:
                f.write("{'name': 'Long line', 'version': '17.0.1.0.0'}\n")
            line = "URL = 'redis://:fake-PLANTED95@cache:6379/0' + " + "'a:'://@" * (900000 // 8)
            with open(os.path.join(mod, "models", "long.py"), "w") as f:
                f.write("import redis\n%s\nr = redis.Redis('h', 6379, 0, 'fake-PLANTED96' + %s\n" % (line, '"@:/' * 25000))
            t0 = time.time()
            scan = scan_addons([tmp], self.catalog)
            took = time.time() - t0
        self.assertLess(took, 30)  # seconds, not minutes: the URL rule it replaces took over two minutes
        long = [m for m in scan["matches"] if m["file"] == "long_line/models/long.py" and m["line"] >= 2]
        self.assertGreaterEqual(len(long), 2)
        for m in long:
            self.assertRegex(m["snippet"], r" \[line cut: \d+ chars\]$")
            self.assertLessEqual(len(m["snippet"]), self.catalog["limits"]["maxSnippetChars"])
        self.assertEqual(markers(json.dumps(scan)), [])

    def test_attack_adversarial_long_lines_stay_linear_for_every_pattern(self):
        adv = read_json("test/fixtures/adversarial-lines.json")
        length = adv["length"]

        def fill(unit):
            return (unit * (length // len(unit) + 1))[:length]

        def words(pattern):
            return list(dict.fromkeys(re.findall(r"[A-Za-z_]{3,}", pattern)))

        generic = [fill(u) for u in adv["units"] + adv["texts"]]
        slow = []

        def timed(what, run):
            t0 = time.time()
            run()
            took = time.time() - t0
            # a linear pass over 200 KB takes milliseconds; the quadratic rules it replaces took minutes
            if took > 2:
                slow.append("%s: %.1f s" % (what, took))

        for sig in self.catalog["signatures"]:
            rx = compile_pattern(sig, re.MULTILINE)
            own = [fill(w + suffix) for w in words(sig["pattern"])[: adv["ownWords"]] for suffix in ("", "'")]
            for text in generic + own:
                timed("%s on %r" % (sig["id"], text[:12]), lambda: rx.search(text))
        redactor = Redactor.from_catalog(self.catalog)
        all_words = list(dict.fromkeys(w for r in self.catalog["redactions"] for w in words(r["pattern"])))
        for text in generic + [fill(w + suffix) for w in all_words for suffix in ("", "'")]:
            timed("redaction on %r" % text[:12], lambda: redactor.redact(text))
        self.assertEqual(slow, [])


class TestAttacksSecretsDatabase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        SERVER.start()
        admin = psycopg2.connect(SERVER.url)
        admin.autocommit = True
        with admin.cursor() as cr:
            cr.execute("DROP DATABASE IF EXISTS pgcap_py_secrets WITH (FORCE)")
            cr.execute("CREATE DATABASE pgcap_py_secrets")
        admin.close()

    @classmethod
    def tearDownClass(cls):
        SERVER.stop()

    def test_attack_session_statement_with_a_password_stays_out_of_snapshot_and_report(self):
        url = SERVER.url_for("pgcap_py_secrets")
        listener = psycopg2.connect(url, application_name="pgcap-secret-listener")
        listener.autocommit = True
        try:
            with listener.cursor() as cr:
                cr.execute("LISTEN pgcap_secret_chan /* password='fake-PLANTED91' token=fake-PLANTED97 */")
            conn = psycopg2.connect(url, application_name="pgcap-python-test")
            try:
                with conn.cursor() as cr:
                    database = run_probes(cr, conn.rollback, load_catalog())
            finally:
                conn.close()
        finally:
            listener.close()
        rows = next(p for p in database["probes"] if p["id"] == "listeners")["rows"]
        self.assertTrue(any(str(r.get("query")).startswith("LISTEN pgcap_secret_chan") for r in rows))
        snapshot = build_snapshot(load_catalog(), database, None, "pg_capabilities", "test", "python")
        leaks = {k: markers(v) for k, v in render_everywhere(snapshot).items()}
        self.assertEqual(leaks, {k: [] for k in leaks})


if __name__ == "__main__":
    unittest.main()
