# Part of pg_capabilities. License LGPL-3.0-or-later.
"""The scan cache (collect/scan_cache.py): a scan from it is the scan without it, byte for byte, and
reads only what changed since. Real files in a temporary copy of the fixtures; reads are counted
by wrapping the collector's own read functions (they still read)."""
import json
import os
import shutil
import tempfile
import time
import unittest
from contextlib import contextmanager

from support import ROOT

import collect.scanner as scanner_module
import collect.structure as structure_module
from collect.catalog import load_catalog
from collect.scan_cache import RACY_NS, ScanCache, stamp_for
from collect.scanner import AddonsScanner

FIXTURE_ROOTS = ["addons", "secrets-addons", "addons-scope", "odoo-tree"]
LATER = 60 * 10**9  # a scan that starts a minute from now: the copied files are not racy for it


def comparable(scan):
    return json.dumps(dict(scan, durationMs=0), sort_keys=True)


@contextmanager
def counted_reads():
    """The paths the collector opens to read, in order."""
    paths = []
    line_read, struct_read = scanner_module.read_regular_file_stat, structure_module.read_regular_file

    def line(path, cap):
        paths.append(os.fsdecode(path))
        return line_read(path, cap)

    def struct(path, cap):
        paths.append(os.fsdecode(path))
        return struct_read(path, cap)

    scanner_module.read_regular_file_stat, structure_module.read_regular_file = line, struct
    try:
        yield paths
    finally:
        scanner_module.read_regular_file_stat, structure_module.read_regular_file = line_read, struct_read


class TestScanCache(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.catalog = load_catalog()
        cls.stamp = stamp_for(cls.catalog, "test")

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.roots = []
        for name in FIXTURE_ROOTS:
            dest = os.path.join(self.tmp, name)
            shutil.copytree(os.path.join(ROOT, "test", "fixtures", name), dest, symlinks=True)
            self.roots.append(dest)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def scan(self, blob=None, started_ns=None):
        """(scan, paths read, the cache's blob after)."""
        cache = ScanCache.from_blob(blob, self.stamp, time.time_ns() + LATER if started_ns is None else started_ns)
        with counted_reads() as reads:
            result = AddonsScanner(self.catalog, cache=cache).scan(self.roots)
        return result, reads, cache.to_blob()

    def test_a_scan_from_the_cache_is_the_scan_without_it_and_reads_nothing(self):
        # files over maxFileBytes are opened (to learn so), not read: that too is kept
        too_large = b"x = 1\n" * (self.catalog["limits"]["maxFileBytes"] // 6 + 1)
        for name in ("big.py", "big.js"):
            with open(os.path.join(self.roots[0], "odd_files", "data", name), "wb") as f:
                f.write(too_large)
        plain = AddonsScanner(self.catalog).scan(self.roots)
        self.assertEqual(len([s for s in plain["skipped"] if s["reason"].startswith("too large")]), 2)
        cold, cold_reads, blob = self.scan()
        warm, warm_reads, _ = self.scan(blob)
        self.assertGreater(len(cold_reads), 50)
        self.assertTrue(plain["structure"], "the fixtures have a module with a store: the structure pass runs")
        self.assertEqual(comparable(cold), comparable(plain))
        self.assertEqual(comparable(warm), comparable(plain))
        self.assertEqual(warm_reads, [])

    def test_a_changed_file_alone_is_read_again(self):
        _, _, blob = self.scan()
        changed = os.path.join(self.roots[0], "cache_redis_pricing", "models", "price_cache.py")
        self.assertTrue(os.path.isfile(changed))
        with open(changed, "a", encoding="utf-8") as f:
            f.write("\nimport pymongo\nclient = pymongo.MongoClient('mongodb://db:27017')\n")
        warm, reads, _ = self.scan(blob)
        # read twice: by the line scan, then by the structure pass of its module (a store's)
        self.assertEqual(sorted(set(reads)), [changed])
        self.assertEqual(comparable(warm), comparable(AddonsScanner(self.catalog).scan(self.roots)))
        self.assertIn("mongodb", {m["signature"].split(".")[0] for m in warm["matches"] if m["file"].endswith("price_cache.py")})

    def test_a_removed_file_leaves_the_cache(self):
        _, _, blob = self.scan()
        gone = os.path.join(self.roots[0], "cache_redis_pricing", "models", "price_cache.py")
        os.remove(gone)
        warm, reads, blob2 = self.scan(blob)
        self.assertEqual(reads, [])
        self.assertEqual(comparable(warm), comparable(AddonsScanner(self.catalog).scan(self.roots)))
        self.assertNotIn(gone, blob_text(blob2))

    def test_another_catalog_or_collector_version_reads_everything(self):
        _, cold_reads, blob = self.scan()
        other = json.loads(json.dumps(self.catalog))
        other["signatures"][0]["pattern"] += "|never_there_xyz"
        for stamp in (stamp_for(other, "test"), stamp_for(self.catalog, "another module version")):
            cache = ScanCache.from_blob(blob, stamp, time.time_ns() + LATER)
            with counted_reads() as reads:
                AddonsScanner(self.catalog, cache=cache).scan(self.roots)
            self.assertEqual(len(reads), len(cold_reads))
            self.assertEqual(cache.hits, 0)

    def test_a_damaged_cache_is_ignored(self):
        plain = AddonsScanner(self.catalog).scan(self.roots)
        _, cold_reads, blob = self.scan()
        import zlib

        entries = json.loads(zlib.decompress(blob))
        # entries of the right stamp whose results are not what the scanner writes
        for key in entries["entries"]:
            entries["entries"][key][1] = {"skip": [1, 2], "lines": "many", "text": 3, "rel": None}
        wrong_shape = zlib.compress(json.dumps(entries).encode())
        for damaged in (blob[: len(blob) // 2], b"not zlib at all", zlib.compress(b"{not json"), wrong_shape, b""):
            result, reads, _ = self.scan(damaged)
            self.assertEqual(comparable(result), comparable(plain))
            self.assertEqual(len(reads), len(cold_reads))

    def test_attack_a_decompression_bomb_in_the_table_is_dropped_unread(self):
        # whoever could write the cache's row plants a blob that inflates past any real cache
        import zlib

        import collect.scan_cache as scan_cache_module

        stamp = stamp_for(self.catalog)
        small = ScanCache(stamp)
        small.put("scan", "/x", [1, 2, 3, 4], {"n": 1})
        good = small.to_blob()
        self.assertEqual(ScanCache.from_blob(good, stamp).old, small.new)
        saved = scan_cache_module.MAX_INFLATED
        scan_cache_module.MAX_INFLATED = 1024 * 1024  # the same check, a bomb 1000x smaller than a real one
        try:
            bomb = zlib.compress(b'{"stamp": "' + b" " * (8 * 1024 * 1024) + b'"}', 9)
            self.assertLess(len(bomb), 64 * 1024)
            self.assertEqual(ScanCache.from_blob(bomb, stamp).old, {})
            self.assertEqual(ScanCache.from_blob(good, stamp).old, small.new)
        finally:
            scan_cache_module.MAX_INFLATED = saved

    def test_links_of_other_endings_to_one_file_are_read_as_each_name_says(self):
        module = os.path.join(self.roots[0], "cache_redis_pricing", "models")
        os.symlink("price_cache.py", os.path.join(module, "price_cache.xml"))
        os.symlink("price_cache.py", os.path.join(module, "price_cache.cfg"))
        _, _, blob = self.scan()
        warm, reads, _ = self.scan(blob)
        self.assertEqual(reads, [])
        self.assertEqual(comparable(warm), comparable(AddonsScanner(self.catalog).scan(self.roots)))

    def test_a_file_changed_just_before_the_scan_is_not_kept(self):
        _, _, blob = self.scan(started_ns=time.time_ns() + RACY_NS // 2)
        self.assertEqual(ScanCache.from_blob(blob, self.stamp).old, {})


class TestBenchScan(unittest.TestCase):
    def test_a_second_run_with_the_cache_file_reads_no_file(self):
        import contextlib
        import io

        from collect import bench_scan

        root = os.path.join(ROOT, "test", "fixtures", "addons")
        with tempfile.TemporaryDirectory() as tmp:
            cache, out = os.path.join(tmp, "scan.cache"), os.path.join(tmp, "scan.json")
            runs = []
            for _ in range(2):
                printed = io.StringIO()
                with contextlib.redirect_stdout(printed):
                    bench_scan.main([root, "--cache", cache, "--out", out])
                runs.append(json.loads(printed.getvalue()))
            with open(out, encoding="utf-8") as f:
                scan = json.load(f)
        self.assertGreater(runs[0]["filesRead"], 0)
        self.assertEqual(runs[1]["filesRead"], 0)
        self.assertEqual(runs[1]["filesScanned"], scan["filesScanned"])
        self.assertEqual(comparable(scan), comparable(AddonsScanner(load_catalog()).scan([root])))


def blob_text(blob):
    import zlib

    return zlib.decompress(blob).decode("utf-8", "surrogatepass")


if __name__ == "__main__":
    unittest.main()
