#!/usr/bin/env python3
# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Times the Python structure pass (parse + extraction only) over every .py file under the folders
given (Odoo's addons): files, failures by reason, seconds, peak RSS. Usage: structure-py.py DIR..."""
import os
import resource
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "odoo_addon", "pg_capabilities"))

from collect.catalog import load_catalog  # noqa: E402
from collect.file_read import decode_text  # noqa: E402
from collect.redact import Redactor  # noqa: E402
from collect.structure import Secrets, parse_python, python_structure  # noqa: E402


def main(dirs):
    catalog = load_catalog()
    limits, redactor = catalog["limits"], Redactor.from_catalog(catalog)
    texts = []
    for d in dirs:
        for base, subdirs, names in os.walk(d):
            subdirs.sort()
            texts += [os.path.join(base, n) for n in sorted(names) if n.endswith(".py")]
    texts = [(p, decode_text(open(p, "rb").read())) for p in texts]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reasons, calls, nbytes = {}, 0, sum(len(t) for _, t in texts)
    started = time.perf_counter()
    for path, text in texts:
        tree, reason = parse_python(text, limits["maxDepth"])
        if reason:
            reasons[reason] = reasons.get(reason, 0) + 1
            continue
        classes, functions, top = python_structure(tree, path, limits, Secrets(redactor, text))
        calls += len(top) + sum(len(f["calls"]) for f in functions) + sum(
            len(m["calls"]) for c in classes for m in c["methods"])
    seconds = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("%d files, %.1f MB of text, %d calls, unparsed %s: %.2f s, peak RSS %d MB (%d MB before parsing)" % (
        len(texts), nbytes / 1e6, calls, reasons or "none", seconds, rss // 1024, rss_before // 1024))


if __name__ == "__main__":
    main(sys.argv[1:])
