# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Runs the Python unittest suite (under /usr/bin/python3 with Debian's python3-* packages) and
writes its counts as JSON to the file named by the first argument, for test/run-all.mjs."""
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "odoo_addon", "pg_capabilities"))
sys.path.insert(0, HERE)


def main():
    suite = unittest.defaultTestLoader.discover(HERE, pattern="test_*.py", top_level_dir=HERE)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    counts = {"passed": result.testsRun - failed - skipped, "failed": failed, "skipped": skipped}
    print("python: %(passed)d passed, %(failed)d failed, %(skipped)d skipped" % counts)
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w") as f:
            json.dump(counts, f)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
