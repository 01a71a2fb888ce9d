# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Runs the Python scanner on the addons folders named on the command line and prints
{"scan": ..., "maxRssKb": ...} as JSON, the peak memory of this process included: attack tests run
it as a child process, bounded in time, possibly as an unprivileged user."""
import json
import os
import resource
import sys

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "odoo_addon", "pg_capabilities"))

from collect import load_catalog, scan_addons  # noqa: E402

scan = scan_addons(sys.argv[1:], load_catalog())
print(json.dumps({"scan": scan, "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
