# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""One record per finding of a judged audit, so that the findings are listed, searched, grouped and
paged by Odoo itself. Written only by pg.capabilities.snapshot.pgcap_store_report from the report
the browser judged with static_src/core (no judgement here: every value is the report's); read-only
for everyone else. Admins only."""
from odoo import _, api, fields, models, release
from odoo.exceptions import AccessError

VERDICTS = [("refuse", "Refuse"), ("review", "Review"), ("replace", "Replace"), ("keep", "Keep")]
SEVERITIES = [("critical", "Critical"), ("high", "High"), ("medium", "Medium"), ("low", "Low"), ("info", "Info")]
# worst first, as core/verdict-labels.ts's VERDICT_ORDER and core/report-types.ts's SEVERITIES
VERDICT_RANK = {v: i for i, (v, _label) in enumerate(VERDICTS)}
SEVERITY_RANK = {s: i for i, (s, _label) in enumerate(SEVERITIES)}
ORIGINS = [("odoo", "Odoo"), ("oca", "OCA"), ("third_party", "Third party"), ("custom", "Custom")]
SECTIONS = [("findings", "Findings"), ("odoo", "Odoo's own"), ("not_installed", "Not installed")]
ROLES = [("authoritative", "Authoritative"), ("derived", "Derived"), ("unknown", "Unknown")]
CHANGES = [("new", "New"), ("changed", "Changed"), ("same", "Same")]


class PgCapabilitiesFinding(models.Model):
    _name = "pg.capabilities.finding"
    _description = "PostgreSQL capabilities finding"
    _order = "verdict_rank, severity_rank, module, store, id"

    # every field says what it is to an administrator reading the list or the form (Odoo would
    # otherwise label dual_write "Dual Write" and leave the help empty)
    snapshot_id = fields.Many2one("pg.capabilities.snapshot", string="Audit", required=True, ondelete="cascade",
                                  index=True, readonly=True, help="The audit this finding was judged in.")
    name = fields.Char(string="Finding", readonly=True, help="The module and the store it uses.")
    key = fields.Char(string="Finding id", required=True, index=True, readonly=True,
                      help="The finding's stable id, module:store: what an acceptance names, and what pgcap's "
                           "report and .pgcap-accept.yml call it.")
    module = fields.Char(string="Module", readonly=True, help="The technical name of the module whose code uses the store.")
    module_id = fields.Many2one("ir.module.module", string="Module record", readonly=True, ondelete="set null",
                                help="The module in Apps, when this database knows it.")
    store = fields.Char(string="Store kind", readonly=True, help="The store's technical name (redis, mongodb, elasticsearch…).")
    store_title = fields.Char(string="Store", readonly=True, help="The datastore outside PostgreSQL that the module uses.")
    category = fields.Char(string="Store category", readonly=True,
                           help="What kind of store it is: cache, document, search, queue, graph, vector or relational.")
    origin = fields.Selection(ORIGINS, string="Origin", readonly=True,
                              help="Where the module comes from: Odoo itself, the OCA, a third party, or custom code.")
    section = fields.Selection(SECTIONS, string="Section", readonly=True,
                               help="Where the report lists the finding: with the findings to act on (modules installed "
                                    "here that are not Odoo's own), apart with Odoo's own modules, or apart with the "
                                    "modules not installed.")
    state = fields.Char(string="Module state", readonly=True, help="The module's state in this database when it was audited.")
    role = fields.Selection(ROLES, string="Role", readonly=True,
                            help="Authoritative: the store holds data of its own, which PostgreSQL does not have. Derived: "
                                 "a copy PostgreSQL can rebuild. Unknown: the code does not say.")
    severity = fields.Selection(SEVERITIES, string="Severity", readonly=True, help="How serious the finding is, from critical to info.")
    severity_rank = fields.Integer(string="Severity rank", readonly=True, help="0 for critical, 4 for info: for ordering, worst first.")
    verdict = fields.Selection(VERDICTS, string="Verdict", readonly=True,
                               help="Refuse: remove the store. Review: the audit could not decide, a person must. Replace: "
                                    "a PostgreSQL capability does the same job. Keep: a derived copy that may stay.")
    verdict_rank = fields.Integer(string="Verdict rank", readonly=True, help="0 for refuse, then review, replace, keep: for ordering, worst first.")
    verdict_text = fields.Text(string="Verdict summary", readonly=True, help="The verdict and its main reason, for this deployment.")
    action = fields.Text(string="What to do", readonly=True,
                         help="What to do about the store here: the data that would be lost, or the PostgreSQL change that replaces it.")
    dual_write = fields.Boolean(string="Dual write", readonly=True,
                                help="One change is written to PostgreSQL and to this store with no transaction spanning "
                                     "both: when one write fails, the two disagree.")
    recommendation_title = fields.Char(string="Replace with", readonly=True, help="The PostgreSQL capability that can do the store's job.")
    model_ids = fields.Many2many("ir.model", "pg_capabilities_finding_ir_model_rel", "finding_id", "model_id",
                                 string="Models", readonly=True, help="The Odoo models whose data goes to or comes from the store.")
    client_location = fields.Char(string="In the code", readonly=True,
                                  help="file:line of the code that reaches the store (an import, a client, a driver or an "
                                       "HTTP call), on which this finding rests.")
    change = fields.Selection(CHANGES, string="Since the previous audit", readonly=True,
                              help="New, changed (verdict, severity, role, dual write…) or the same as in the previous "
                                   "audit; empty when there is no previous audit.")
    acceptance_id = fields.Many2one("pg.capabilities.acceptance", string="Acceptance record", compute="_compute_acceptance",
                                    help="The acceptance recorded for this finding's id, if any.")
    acceptance_state = fields.Selection([("accepted", "Accepted"), ("expired", "Acceptance expired")],
                                        string="Acceptance", compute="_compute_acceptance", search="_search_acceptance_state",
                                        help="Accepted by the client: listed, but no longer counted among the findings to "
                                             "act on until the acceptance expires.")
    details = fields.Json(string="Details", readonly=True, prefetch=False, help="The whole finding as the report holds it")
    latest = fields.Boolean(string="In the latest audit", compute="_compute_latest", search="_search_latest",
                            help="The finding belongs to the latest judged audit")

    def _latest_audit(self):
        return self.env["pg.capabilities.snapshot"].search([("judged_with", "!=", False)], limit=1)

    @api.depends("snapshot_id")
    def _compute_latest(self):
        latest = self._latest_audit()
        for rec in self:
            rec.latest = rec.snapshot_id == latest

    def _search_latest(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(_("Unsupported search on the latest audit: %s", operator))
        latest = self._latest_audit().id or 0
        return [("snapshot_id", "=" if (operator == "=") == bool(value) else "!=", latest)]

    def _check_system(self):
        if not self.env.is_system():
            raise AccessError(_("Only administrators (Settings group) can audit PostgreSQL capabilities."))

    @api.depends("key")
    def _compute_acceptance(self):
        found = self.env["pg.capabilities.acceptance"].search([("key", "in", list(set(self.mapped("key"))))])
        by_key = {a.key: a for a in found}
        today = fields.Date.context_today(self)
        for rec in self:
            acc = by_key.get(rec.key)
            rec.acceptance_id = acc
            rec.acceptance_state = (acc.expires and acc.expires < today and "expired" or "accepted") if acc else False

    def _search_acceptance_state(self, operator, value):
        if operator not in ("=", "!=", "in", "not in"):
            raise NotImplementedError(_("Unsupported search on the acceptance: %s", operator))
        # 19 hands '=' over as 'in' with an OrderedSet
        wanted = {value} if value is None or isinstance(value, (str, bool)) else set(value)
        today = fields.Date.context_today(self)
        acceptances = self.env["pg.capabilities.acceptance"].search([])
        keys = {
            "accepted": [a.key for a in acceptances if not a.expires or a.expires >= today],
            "expired": [a.key for a in acceptances if a.expires and a.expires < today],
        }
        any_key = keys["accepted"] + keys["expired"]
        selected = []
        for state in wanted:
            selected += keys.get(state, []) if state else []
        if False in wanted or None in wanted:  # not accepted at all
            positive = ["|", ("key", "in", selected), ("key", "not in", any_key)] if selected else [("key", "not in", any_key)]
        else:
            positive = [("key", "in", selected)]
        return positive if operator in ("=", "in") else ["!"] + positive

    def action_accept(self):
        """Opens this finding's acceptance in a dialog: the existing one, or a new one with the key filled."""
        self._check_system()
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Accept %(finding)s", finding=self.key),
            "res_model": "pg.capabilities.acceptance",
            "res_id": self.acceptance_id.id or False,
            "views": [[False, "form"]],
            "target": "new",
            # the acceptance form shows the key read-only when it comes from a finding
            "context": {"default_key": self.key, "pgcap_from_finding": True},
        }

    def write(self, vals):
        self._check_system()
        return super().write(vals)

    def unlink(self):
        self._check_system()
        return super().unlink()


# List views: Odoo 17 names them <tree> (view_mode tree), 18 and 19 <list> (view_mode list), and
# neither accepts the other's. One folder serves the three, so they are loaded here, under their
# xml ids, by a <function> of views/pg_capabilities_finding_views.xml, with the root this Odoo takes.
FINDING_LIST = """<{root} string="Findings" create="false" edit="false" delete="false">
    <field name="verdict" widget="badge" decoration-danger="verdict == 'refuse'" decoration-warning="verdict == 'review'"
           decoration-info="verdict == 'replace'" decoration-success="verdict == 'keep'"/>
    <field name="severity" widget="badge" decoration-danger="severity in ('critical', 'high')"
           decoration-warning="severity == 'medium'" decoration-muted="severity in ('low', 'info')"/>
    <field name="module"/>
    <field name="store_title"/>
    <field name="origin"/>
    <field name="role"/>
    <field name="dual_write"/>
    <field name="recommendation_title" widget="pgcap_catalog_label"/>
    <field name="acceptance_state" widget="badge" decoration-success="acceptance_state == 'accepted'"
           decoration-warning="acceptance_state == 'expired'"/>
    <field name="change" widget="badge" decoration-info="change == 'new'" decoration-warning="change == 'changed'"
           decoration-muted="change == 'same'"/>
    <field name="section" optional="hide"/>
    <field name="category" optional="hide"/>
    <field name="client_location" optional="hide"/>
    <field name="snapshot_id" optional="hide" options="{{'no_open': True}}"/>
</{root}>"""

ACCEPTANCE_LIST = """<{root} string="Acceptances">
    <field name="key"/>
    <field name="reason"/>
    <field name="expires" decoration-danger="expired"/>
    <field name="expired" column_invisible="True"/>
    <field name="user_id"/>
</{root}>"""


class PgCapabilitiesFindingViews(models.AbstractModel):
    _name = "pg.capabilities.views"
    _description = "PostgreSQL capabilities: list views for this Odoo series"

    @api.model
    def _load_list_views(self):
        root = "tree" if release.version_info[0] < 18 else "list"
        views = [
            ("pg_capabilities.view_pg_capabilities_finding_list", "pg.capabilities.finding", FINDING_LIST,
             "pg_capabilities.action_pg_capabilities_finding", "%s,form,pivot" % root),
            ("pg_capabilities.view_pg_capabilities_acceptance_list", "pg.capabilities.acceptance", ACCEPTANCE_LIST,
             "pg_capabilities.action_pg_capabilities_acceptance", "%s,form" % root),
        ]
        for xml_id, model, arch, action, view_mode in views:
            self.env["ir.ui.view"]._load_records([{
                "xml_id": xml_id,
                "noupdate": False,
                "values": {"name": "%s.list" % model, "model": model, "type": root, "priority": 10,
                           "arch": arch.format(root=root)},
            }], update=True)
            self.env.ref(action).write({"view_mode": view_mode})
