# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Attacks on the Python scanner from the addons tree it does not control; twin of
test/security/trees.test.ts. The tree is built by test/support/hostile_tree.py in a temporary
folder; the scanner runs on it in a child process (test/support/scan_child.py), bounded in time and
memory, as nobody when the tests run as root (so that a refusal is seen)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

from support import ROOT, PostgresServer, read_json

from collect.catalog import load_catalog
from collect.file_read import decode_text, read_regular_file
from collect.tree import display_name

sys.path.insert(0, os.path.join(ROOT, "test", "support"))
import hostile_tree  # noqa: E402

TIME_LIMIT_S = 60
RSS_LIMIT_KB = 300 * 1024
AS_ROOT = os.geteuid() == 0
HAS_SETPRIV = shutil.which("setpriv") is not None
DROP = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if AS_ROOT and HAS_SETPRIV else []


def scan_in_child(root):
    """(scan, seconds, peak RSS in KB) of the Python scanner on root, in a child process that a
    hang or a runaway read cannot keep alive past twice the time limit."""
    started = time.time()
    proc = subprocess.run(
        DROP + [sys.executable, os.path.join(ROOT, "test", "support", "scan_child.py"), root],
        capture_output=True, timeout=2 * TIME_LIMIT_S, check=False,
    )
    seconds = time.time() - started
    if proc.returncode != 0:
        raise AssertionError("scanner child exited %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:]))
    out = json.loads(proc.stdout)
    return out["scan"], seconds, out["maxRssKb"]


class TestAttacksTrees(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.catalog = load_catalog()
        cls.base = tempfile.mkdtemp(prefix="pgcap-hostile-")
        cls.built = hostile_tree.build(cls.base)
        cls.addons = os.path.join(cls.base, "addons")
        cls.scan, cls.seconds, cls.rss_kb = scan_in_child(cls.addons)

    @classmethod
    def tearDownClass(cls):
        # shutil.rmtree recurses once per level: too deep for the 1,000 nested folders
        subprocess.run(["rm", "-rf", cls.base], check=False)

    def reasons(self, file, scan=None):
        return [s["reason"] for s in (scan or self.scan)["skipped"] if s["file"] == file]

    def matched(self, scan=None):
        return {m["file"] for m in (scan or self.scan)["matches"]}

    def test_attack_fifo_does_not_hang_the_scan(self):
        self.assertEqual(self.reasons("hostile/models/fifo.py"), ["not a regular file: fifo"])
        self.assertEqual(self.reasons("fifo_manifest/__manifest__.py"), ["not a regular file: fifo"])
        self.assertIn("fifo_manifest", [m["name"] for m in self.scan["modules"]])

    def test_attack_socket_is_skipped_never_opened(self):
        self.assertEqual(self.reasons("hostile/models/socket.py"), ["not a regular file: socket"])

    def test_attack_character_device_is_never_read(self):
        if self.built["device"] != "created":
            self.skipTest("device not built: %s" % self.built["device"])
        self.assertEqual(self.reasons("hostile/models/device.py"), ["not a regular file: character device"])

    def test_attack_symlink_to_dev_zero_is_not_followed(self):
        self.assertEqual(self.reasons("hostile/models/zero.py"), ["symlink outside the addons folder: /dev/zero"])
        self.assertEqual(self.reasons("zero_manifest/__manifest__.py"), ["symlink outside the addons folder: /dev/zero"])

    def test_attack_symlink_to_etc_passwd_brings_nothing_of_etc(self):
        self.assertEqual(self.reasons("hostile/models/passwd.py"), ["symlink outside the addons folder: /etc/passwd"])
        self.assertNotIn("root:x:0", json.dumps(self.scan))
        self.assertEqual([f for f in self.matched() if f.startswith("hostile/etc/")], [])

    def test_attack_symlinked_folder_outside_is_not_walked(self):
        self.assertEqual(self.reasons("hostile/etc"), ["symlink outside the addons folder: /etc"])
        self.assertEqual([s for s in self.scan["skipped"] if s["file"].startswith("hostile/etc/")], [])

    def test_attack_symlinked_module_folder_outside_is_not_scanned(self):
        target = os.path.join(os.path.realpath(self.base), "elsewhere", "outside_module")
        self.assertEqual(self.reasons("outside_module"), ["symlink outside the addons folder: %s" % target])
        self.assertNotIn("outside_module", [m["name"] for m in self.scan["modules"]])

    def test_attack_symlinked_root_is_resolved_first(self):
        via_link, _, _ = scan_in_child(os.path.join(self.base, "root-link"))
        for key in ("modules", "matches", "skipped", "filesScanned", "bytesScanned"):
            self.assertEqual(via_link[key], self.scan[key], key)
        self.assertIn("hostile/models/inside.py", self.matched(via_link))

    def test_attack_symlink_loops_are_skipped(self):
        self.assertEqual(self.reasons("hostile/loop"), ["symlink loop"])
        self.assertEqual(self.reasons("hostile/models/self.py"), ["symlink loop"])

    def test_attack_50_mb_file_is_skipped_unread(self):
        self.assertEqual(self.reasons("hostile/models/huge.py"), ["too large: %d bytes" % (50 * 1024 * 1024)])
        self.assertLess(self.scan["bytesScanned"], 2 * self.catalog["limits"]["maxFileBytes"])

    def test_attack_file_longer_than_its_size_is_read_up_to_the_cap(self):
        # /proc files say 0 bytes and hold more: the read stops at cap + 1 bytes
        self.assertEqual(read_regular_file("/proc/self/maps", 64), (None, "too large: more than 64 bytes"))
        small = os.path.join(self.base, "out", "small.py")
        with open(small, "wb") as f:
            f.write(b"import redis\n")
        self.assertEqual(read_regular_file(small, 64), (b"import redis\n", None))
        self.assertEqual(read_regular_file(small, 5), (None, "too large: 13 bytes"))

    def test_attack_1_mb_line_is_cut_and_said_so(self):
        limit = self.catalog["limits"]["maxLineChars"]
        self.assertEqual(
            self.reasons("hostile/models/long_line.py"),
            ["long lines cut: 1 line over %d characters, the first at line 1" % limit],
        )
        found = {"%d:%s" % (m["line"], m["signature"]) for m in self.scan["matches"] if m["file"] == "hostile/models/long_line.py"}
        self.assertLessEqual({"1:redis.client", "2:redis.import"}, found)
        self.assertFalse(any(f.startswith("1:mongodb") for f in found))

    def test_attack_latin1_file_is_read_not_dropped(self):
        self.assertEqual(self.reasons("hostile/models/latin1.py"), [])
        snippets = {m["signature"]: m["snippet"] for m in self.scan["matches"] if m["file"] == "hostile/models/latin1.py"}
        self.assertEqual(snippets.get("redis.client"), 'r = redis.Redis(host="caf\ufffd")')

    def test_attack_invalid_utf8_decodes_like_javascript(self):
        vectors = read_json("test/fixtures/utf8-vectors.json")
        for hex_bytes, text in vectors["text"]:
            self.assertEqual(decode_text(bytes.fromhex(hex_bytes)), text, hex_bytes)
        for hex_bytes, name in vectors["names"]:
            self.assertEqual(display_name(bytes.fromhex(hex_bytes)), name, hex_bytes)

    def test_attack_non_utf8_names_are_scanned_and_escaped(self):
        files = self.matched()
        self.assertIn("hostile/models/caf\\xe9.py", files)
        self.assertIn("hostile/d\\xff/x.py", files)
        self.assertIn("m\\xe9od/models.py", files)
        # no lone surrogate: encodes as UTF-8, as psycopg2 and PostgreSQL need
        json.dumps(self.scan, ensure_ascii=False).encode("utf-8")

    def test_attack_non_utf8_names_store_as_jsonb(self):
        # what Odoo's Json field does with the snapshot: psycopg2's Json into a jsonb column
        import psycopg2
        from psycopg2.extras import Json

        server = PostgresServer()
        conn = psycopg2.connect(server.start())
        try:
            cr = conn.cursor()
            cr.execute("CREATE TEMP TABLE snapshot (payload jsonb)")
            cr.execute("INSERT INTO snapshot VALUES (%s)", [Json(self.scan)])
            cr.execute("SELECT payload FROM snapshot")
            self.assertEqual(cr.fetchone()[0]["matches"], self.scan["matches"])
        finally:
            conn.close()
            server.stop()

    def test_attack_unreadable_file_is_skipped_with_its_reason(self):
        if AS_ROOT and not HAS_SETPRIV:
            self.skipTest("as root without setpriv every file is readable")
        self.assertEqual(self.reasons("hostile/models/unreadable.py"), ["unreadable: permission denied"])
        self.assertNotIn("hostile/models/unreadable.py", self.matched())

    def test_attack_deep_nesting_stops_at_max_depth(self):
        limit = self.catalog["limits"]["maxDepth"]
        deep = [s for s in self.scan["skipped"] if s["reason"].startswith("too deep")]
        self.assertEqual(deep, [{"file": "hostile" + "/d" * limit, "reason": "too deep: more than %d nested folders" % limit}])

    def test_attack_hostile_tree_time_and_memory_bounded(self):
        self.assertLess(self.seconds, TIME_LIMIT_S)
        self.assertLess(self.rss_kb, RSS_LIMIT_KB)
        self.assertEqual([m["name"] for m in self.scan["modules"]], ["fifo_manifest", "hostile", "m\\xe9od", "zero_manifest"])
        self.assertIn("hostile/models/ok.py", self.matched())


if __name__ == "__main__":
    unittest.main()
