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


def _tests(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from _tests(t)
        else:
            yield t


def main():
    suite = unittest.defaultTestLoader.discover(HERE, pattern="test_*.py", top_level_dir=HERE)
    # the fault and security suite: tests named test_attack_* (listed before the run empties the suite)
    tried = [t.id() for t in _tests(suite) if t.id().rsplit(".", 1)[-1].startswith("test_attack_")]
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    bad = {t.id() for t, _ in result.failures + result.errors + result.skipped}
    attacks = {"tried": len(tried), "held": len([t for t in tried if t not in bad])}
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    counts = {"passed": result.testsRun - failed - skipped, "failed": failed, "skipped": skipped, "attacks": attacks}
    print("python: %(passed)d passed, %(failed)d failed, %(skipped)d skipped" % counts)
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w") as f:
            json.dump(counts, f)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
