# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""HTTP entry points for `pgcap pull`. Administrators only.

GET /pg_capabilities/snapshot: the latest stored snapshot as JSON; read-only, whatever it is given
  ({"snapshot": null} when none was collected yet).
POST /pg_capabilities/rescan: collects a new snapshot, stores it and answers as the GET does.

Authenticated the standard way: a session, or an API key in "Authorization: Bearer" where the
Odoo version has bearer routes (18+).

A rescan changes state, so it is never a GET, and it is safe from cross-site requests:
- Odoo 17 (no bearer routes): the POST route is a session route with Odoo's CSRF check (a form
  carries csrf_token); pgcap pulls over JSON-RPC with the API key instead.
- Odoo 18+: Odoo checks CSRF tokens before authentication, and a key holder has no session and so
  no token: the route leaves Odoo's check off and takes the API key only, refusing a request that
  comes with the session cookie alone. A browser adds no Authorization header by itself, and a
  cross-site script cannot add one without a CORS preflight, which Odoo does not answer. In the
  browser, the dashboard rescans through JSON-RPC (orm.call), under Odoo's own protection.
"""
import re

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request

from odoo.addons.base.models.ir_http import IrHttp

AUTH = "bearer" if hasattr(IrHttp, "_auth_method_bearer") else "user"
MODEL = "pg.capabilities.snapshot"


def _has_api_key():
    return bool(re.match(r"^bearer\s+\S", request.httprequest.headers.get("Authorization", ""), re.IGNORECASE))


def _error(message, status):
    return request.make_json_response({"error": message}, status=status)


def _call(method):
    """The model's answer, or the error as JSON: 403 not an administrator, 409 a rescan running or
    a table locked by another transaction."""
    try:
        return getattr(request.env[MODEL], method)(), None
    except AccessError as e:
        return None, _error(str(e), 403)
    except UserError as e:
        return None, _error(str(e), 409)


class PgCapabilitiesController(http.Controller):
    @http.route("/pg_capabilities/snapshot", type="http", auth=AUTH, methods=["GET"], csrf=False)
    def snapshot(self, rescan=None, **kwargs):
        if rescan is not None:
            # an older pgcap asking for a rescan: refused, not ignored (it would take a stale snapshot
            # for a new one), and not done (a GET changes nothing)
            return _error("A GET does not rescan: POST /pg_capabilities/rescan does (pgcap pull --rescan; "
                          "update pgcap if it sent ?rescan=1).", 400)
        data, error = _call("pgcap_latest")
        if error:
            return error
        if not data:
            return request.make_json_response({
                "snapshot": None,
                "message": "No snapshot has been collected yet: POST /pg_capabilities/rescan, or Rescan in the dashboard.",
            })
        return request.make_json_response(data)

    @http.route("/pg_capabilities/rescan", type="http", auth=AUTH, methods=["POST"], csrf=AUTH != "bearer")
    def rescan(self, **kwargs):
        if AUTH == "bearer" and not _has_api_key():
            return _error("A rescan over HTTP takes an API key in the Authorization header (Bearer); "
                          "in the browser, use Rescan in the dashboard.", 403)
        data, error = _call("pgcap_rescan")
        return error or request.make_json_response(data)
