# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""GET /pg_capabilities/snapshot: the latest snapshot as JSON, for `pgcap --odoo URL`.

Authenticated the standard way: a session, or an API key in "Authorization: Bearer" where the
Odoo version has bearer routes (18+). Administrators only.
"""
from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request

from odoo.addons.base.models.ir_http import IrHttp

AUTH = "bearer" if hasattr(IrHttp, "_auth_method_bearer") else "user"


class PgCapabilitiesController(http.Controller):
    @http.route("/pg_capabilities/snapshot", type="http", auth=AUTH, methods=["GET"], csrf=False)
    def snapshot(self, rescan=None, **kwargs):
        model = request.env["pg.capabilities.snapshot"]
        try:
            data = model.pgcap_rescan() if rescan in ("1", "true") else model.pgcap_latest()
            if not data:
                data = model.pgcap_rescan()
        except AccessError as e:
            return request.make_json_response({"error": str(e)}, status=403)
        except UserError as e:
            return request.make_json_response({"error": str(e)}, status=409)
        return request.make_json_response(data)
