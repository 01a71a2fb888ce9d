# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Times one scan of addons folders by the Python collector, cold or from a cache file, for
`npm run bench` and by hand; no Odoo needed. Run from odoo_addon/pg_capabilities:

    python3 -m collect.bench_scan ROOT [ROOT...] [--cache FILE] [--out SCAN.json]

--cache FILE: read what an earlier run kept there (none, damaged or made for another catalog or
collector: every file is read) and keep this scan's results there. Without it the scan is cold.
Prints one JSON line: ms (wall), cpuMs, filesRead, cacheHits, filesScanned, modules, matches, peakRssMB.
"""
import argparse
import json
import os
import resource
import sys
import time

from .catalog import load_catalog
from .scan_cache import ScanCache, stamp_for
from .scanner import AddonsScanner


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m collect.bench_scan", description=__doc__.split("\n\n")[0])
    parser.add_argument("roots", nargs="+", metavar="ROOT", help="an addons folder")
    parser.add_argument("--cache", metavar="FILE", help="a cache file, read if it is there and written after")
    parser.add_argument("--out", metavar="FILE", help="write the scan (JSON) there")
    args = parser.parse_args(argv)
    catalog = load_catalog()
    started, cpu = time.perf_counter(), time.process_time()
    cache = None
    if args.cache:
        blob = None
        try:
            with open(args.cache, "rb") as f:
                blob = f.read()
        except FileNotFoundError:
            pass
        cache = ScanCache.from_blob(blob, stamp_for(catalog))
    scanner = AddonsScanner(catalog, cache=cache)
    scan = scanner.scan(args.roots)
    if cache is not None and cache.changed():
        tmp = args.cache + ".tmp"
        with open(tmp, "wb") as f:
            f.write(cache.to_blob())
        os.replace(tmp, args.cache)
    ms = (time.perf_counter() - started) * 1000
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(scan, f)
    print(json.dumps({
        "ms": round(ms), "cpuMs": round((time.process_time() - cpu) * 1000), "filesRead": scanner.files_read, "cacheHits": cache.hits if cache else 0,
        "filesScanned": scan["filesScanned"], "modules": len(scan["modules"]), "matches": len(scan["matches"]),
        "peakRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
