# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Host facts of the Odoo module, as pure functions: files counted under a folder (bounded by a
deadline and a number of files, symlinks not followed), the session store, option names only."""
import os
import tempfile
import unittest

from support import read_json

from collect.budget import Deadline
from collect.host_facts import count_files, server_option_names, session_facts, store_keywords


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


def tree(root, files):
    for rel, size in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(b"x" * size)


class TestCountFiles(unittest.TestCase):
    def test_files_and_bytes_of_every_folder(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {"a1/f1": 10, "a1/f2": 20, "b2/c3/f3": 5, "f4": 0})
            self.assertEqual(count_files(root), {"files": 4, "bytes": 35, "complete": True})

    def test_symlinks_are_not_followed(self):
        with tempfile.TemporaryDirectory() as root, tempfile.TemporaryDirectory() as outside:
            tree(root, {"a/f": 7})
            tree(outside, {"big": 1000})
            os.symlink(outside, os.path.join(root, "link-to-folder"))
            os.symlink(os.path.join(outside, "big"), os.path.join(root, "link-to-file"))
            self.assertEqual(count_files(root), {"files": 1, "bytes": 7, "complete": True})

    def test_no_folder_is_no_file_and_a_file_is_not_a_filestore(self):
        with tempfile.TemporaryDirectory() as root:
            self.assertEqual(count_files(os.path.join(root, "missing")), {"files": 0, "bytes": 0, "complete": True})
            tree(root, {"plain": 3})
            self.assertIsNone(count_files(os.path.join(root, "plain")))

    def test_bounded_by_a_number_of_files(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {"d/f%d" % i: 1 for i in range(30)})
            got = count_files(root, max_files=10)
            self.assertEqual((got["files"], got["bytes"], got["complete"]), (10, 10, False))
            self.assertEqual(got["reason"], "stopped after 10 files (the bound of a count)")

    def test_bounded_by_a_deadline(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {"d%d/f%d" % (i % 7, i): 1 for i in range(2000)})
            # each look at the clock takes a second: the deadline passes during the walk
            deadline = Deadline(3, clock=FakeClock())
            got = count_files(root, deadline)
            self.assertFalse(got["complete"])
            self.assertLess(got["files"], 2000)
            self.assertRegex(got["reason"], r"^the rescan's time budget of 3 s ran out after \d+ files$")
            spent = Deadline(0)
            self.assertEqual(count_files(root, spent), {"files": 0, "bytes": 0, "complete": False,
                                                        "reason": "not counted: the rescan's time budget of 0 s ran out"})

    def test_a_part_of_the_budget(self):
        clock = FakeClock()
        rescan = Deadline(100, clock=clock)
        part = rescan.within(10, "the time given to counting files")
        self.assertLess(part.at, rescan.at)
        self.assertEqual(part.reason(), "the time given to counting files of 10 s ran out")
        self.assertIs(rescan.within(1000, "x"), rescan, "never past the rescan's own deadline")


class Store:
    def __init__(self, path):
        self.path = path


class FilesystemSessionStore(Store):
    pass


class RedisSessionStore:
    pass


class TestSessionsAndOptions(unittest.TestCase):
    def test_odoo_file_sessions_are_counted(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {"ab/ab12": 100, "cd/cd34": 90})
            self.assertEqual(session_facts(FilesystemSessionStore(root), FilesystemSessionStore), {"kind": "filesystem", "files": 2})

    def test_another_store_is_named_by_its_class(self):
        self.assertEqual(session_facts(RedisSessionStore(), FilesystemSessionStore), {"kind": "RedisSessionStore", "files": None})
        self.assertIsNone(session_facts(None, FilesystemSessionStore))

    def test_option_names_that_contain_a_store_keyword(self):
        keywords = store_keywords(read_json("manifest.json"))
        self.assertIn("redis", keywords)
        names = ["db_host", "db_password", "redis_host", "Redis_Session_URL", "ELASTICSEARCH_url", "s3_bucket", "data_dir", "smtp_server", "http_port"]
        self.assertEqual(server_option_names(names, keywords), ["ELASTICSEARCH_url", "Redis_Session_URL", "redis_host", "s3_bucket"])


if __name__ == "__main__":
    unittest.main()
