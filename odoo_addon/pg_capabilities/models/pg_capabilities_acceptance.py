# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""A finding accepted by the client: its stable id (module:store), why, until when. The next audit
shows it as accepted rather than as a finding to act on (static_src/core/accept.ts applies these to
the judged report; pg.capabilities.finding reads them by key). Admins only."""
import hashlib
import json

from odoo import _, api, fields, models
from odoo.exceptions import AccessError


class PgCapabilitiesAcceptance(models.Model):
    _name = "pg.capabilities.acceptance"
    _description = "Accepted PostgreSQL capabilities finding"
    _order = "key"
    _rec_name = "key"

    key = fields.Char(string="Finding id", required=True, index=True,
                      help="The finding's stable id, module:store (for example website_cache:redis): the Finding id "
                           "of the finding's form, of pgcap's report and of .pgcap-accept.yml. Accept… on a finding "
                           "fills it in.")
    reason = fields.Text(required=True, help="Why the client accepts this second store.")
    expires = fields.Date(help="The last day the acceptance holds; empty: no expiry.")
    user_id = fields.Many2one("res.users", string="Accepted by", default=lambda self: self.env.user, ondelete="set null",
                              help="Who recorded the acceptance.")
    expired = fields.Boolean(string="Expired", compute="_compute_expired", search="_search_expired",
                             help="The expiry date is past: the finding counts again among those to act on.")

    if hasattr(models, "Constraint"):  # Odoo 19
        _key_unique = models.Constraint("UNIQUE(key)", "A finding is accepted once: edit its acceptance instead.")
    else:
        _sql_constraints = [("key_unique", "UNIQUE(key)", "A finding is accepted once: edit its acceptance instead.")]

    def _check_system(self):
        if not self.env.is_system():
            raise AccessError(_("Only administrators (Settings group) can accept PostgreSQL capabilities findings."))

    @api.depends("expires")
    def _compute_expired(self):
        today = fields.Date.context_today(self)
        for rec in self:
            rec.expired = bool(rec.expires and rec.expires < today)

    def _search_expired(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(_("Unsupported search on expired: %s", operator))
        today = fields.Date.context_today(self)
        expired = [("expires", "!=", False), ("expires", "<", today)]
        if (operator == "=") == bool(value):
            return expired
        return ["|", ("expires", "=", False), ("expires", ">=", today)]

    @api.model_create_multi
    def create(self, vals_list):
        self._check_system()
        for vals in vals_list:
            if vals.get("key"):
                vals["key"] = vals["key"].strip()
        return super().create(vals_list)

    def write(self, vals):
        self._check_system()
        if vals.get("key"):
            vals["key"] = vals["key"].strip()
        return super().write(vals)

    def unlink(self):
        self._check_system()
        return super().unlink()

    @api.model
    def _fingerprint(self):
        """What the acceptances are today, in one short string: every acceptance's key, reason, expiry,
        author and whether it has expired. An audit judged under another fingerprint is judged again
        (pg.capabilities.snapshot._dashboard), so that the overview counts a finding accepted,
        edited, removed or expired since; the finding records read acceptances live anyway."""
        today = fields.Date.context_today(self)
        rows = sorted(
            (a.key, a.reason or "", fields.Date.to_string(a.expires) if a.expires else "", a.user_id.display_name or "",
             bool(a.expires and a.expires < today))
            for a in self.sudo().search([]))
        return hashlib.sha256(json.dumps(rows).encode()).hexdigest()

    def _to_contract(self):
        """As static_src/core/report-types.ts's Acceptance."""
        return [{
            "id": rec.key,
            "reason": rec.reason or "",
            "expires": fields.Date.to_string(rec.expires) if rec.expires else None,
            "by": rec.user_id.display_name or "",
            "source": "Odoo (pg.capabilities.acceptance %d)" % rec.id,
        } for rec in self]
