# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Runs the catalog probes (sql/*.sql) through a DB-API cursor; twin of static_src/cli/collector.ts.

Each probe runs in its own READ ONLY transaction with statement_timeout and lock_timeout, and is
rolled back. A probe that fails is recorded with its error and the rest go on.
"""
import os
import time

from .catalog import SQL_DIR
from .redact import Redactor


def _normalise(value):
    # float8 columns come back as float; write integral ones as JSON integers, as JavaScript does
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _redacted(value, redact):
    return redact(value) if isinstance(value, str) else value


def probe_gate(probe, results):
    """Why a probe cannot run on this database, or None when it can."""
    requires = probe.get("requires")
    if not requires:
        return None
    by_id = {r["id"]: r for r in results}
    server = (by_id.get("server") or {}).get("rows") or [{}]
    if requires == "odoo":
        return None if server[0].get("is_odoo") is True else "not an Odoo database"
    ext = requires.split(":", 1)[1]
    rows = (by_id.get("extensions") or {}).get("rows") or []
    installed = any(r.get("name") == ext and r.get("installed") is True for r in rows)
    return None if installed else "extension %s is not installed" % ext


def odoo_denied(probe, results):
    """Why an Odoo probe cannot read Odoo's tables although they are there (no USAGE on their
    schema, no SELECT on them), or None; twin of odooDenied in static_src/cli/collector.ts."""
    if probe.get("requires") != "odoo":
        return None
    server = next((r for r in results if r["id"] == "server"), {}).get("rows") or [{}]
    if server[0].get("is_odoo") is True or not server[0].get("odoo_unreadable"):
        return None
    return "could not read %s: permission denied" % server[0]["odoo_unreadable"]


def run_probes(cursor, rollback, catalog, sql_dir=SQL_DIR, on_progress=None, deadline=None):
    """cursor: a DB-API cursor on a connection in transaction mode; rollback(): ends its transaction.

    deadline (collect.budget.Deadline, inside Odoo): once it has passed, the remaining probes are
    recorded as errors that were not run, rather than run."""
    started = time.time()
    results = []
    limits = catalog["limits"]
    # text a probe reads from the server (a session's last statement, an index definition) may hold
    # a secret: it is redacted before it enters the snapshot, as code snippets are
    redact = Redactor.from_catalog(catalog).redact
    probes = catalog["probes"]
    for probe in probes:
        if on_progress:
            on_progress(probe["id"], len(results), len(probes))
        if deadline is not None and deadline.passed():
            results.append({"id": probe["id"], "status": "error", "rows": [], "message": "not run: %s" % deadline.reason(), "durationMs": 0})
            continue
        denied = odoo_denied(probe, results)
        if denied:
            results.append({"id": probe["id"], "status": "error", "rows": [], "message": denied, "code": "42501", "durationMs": 0})
            continue
        gate = probe_gate(probe, results)
        if gate:
            results.append({"id": probe["id"], "status": "skipped", "rows": [], "message": gate, "durationMs": 0})
            continue
        with open(os.path.join(sql_dir, probe["file"]), encoding="utf-8") as f:
            sql = f.read()
        t0 = time.time()
        try:
            cursor.execute("SET TRANSACTION READ ONLY")
            cursor.execute("SET LOCAL statement_timeout = %d" % int(limits["statementTimeoutMs"]))
            cursor.execute("SET LOCAL lock_timeout = %d" % int(limits["lockTimeoutMs"]))
            cursor.execute(sql)
            names = [d[0] for d in cursor.description]
            rows = [{n: _redacted(_normalise(v), redact) for n, v in zip(names, row)} for row in cursor.fetchall()]
            result = {"id": probe["id"], "status": "ok", "rows": rows}
        except Exception as e:  # noqa: BLE001 - any server error is recorded; others are re-raised
            code = getattr(e, "pgcode", None)
            if not code:
                raise
            diag = getattr(e, "diag", None)
            message = (getattr(diag, "message_primary", None) or str(e)).strip()
            result = {"id": probe["id"], "status": "error", "rows": [], "message": redact(message), "code": code}
        finally:
            rollback()
        result["durationMs"] = int(round((time.time() - t0) * 1000))
        results.append(result)
    return {"probes": results, "durationMs": int(round((time.time() - started) * 1000))}
