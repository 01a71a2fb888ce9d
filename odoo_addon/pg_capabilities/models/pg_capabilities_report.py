# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The engagement report as a PDF through Odoo's own report engine (QWeb PDF, wkhtmltopdf).

The document (static_src/core/document-types.ts) is decided in core and built in the browser; the
server checks it (report/document.py), keeps it on the audit it describes, and renders it with
report/pg_capabilities_report_templates.xml, which writes plain strings only. Admins only.
"""
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..report.document import DocumentError, validate_document

REPORT = "pg_capabilities.action_report_pg_capabilities_engagement"
# what ir.actions.report.get_wkhtmltopdf_state() answers in 17, 18 and 19 when it makes a PDF;
# 'install', 'broken' and 'workers' make Odoo's web client show the HTML instead
PDF_STATES = ("ok", "upgrade")


class PgCapabilitiesSnapshot(models.Model):
    _inherit = "pg.capabilities.snapshot"

    document = fields.Json(
        readonly=True,
        prefetch=False,
        help="The engagement document last printed from this audit (static_src/core/document-types.ts)",
    )

    @api.model
    def _pdf_refusal(self, state):
        """Why no PDF can be made here, for a wkhtmltopdf state other than PDF_STATES."""
        html = _("Meanwhile, the HTML export prints to PDF from any browser (File > Print > Save as PDF).")
        if state == "workers":
            return "%s %s" % (_(
                "Odoo makes PDFs with wkhtmltopdf, which loads the report's style sheets from this Odoo "
                "server while it renders: that needs at least two workers, and this server runs with "
                "workers = 1. Start Odoo with --workers=2 or more (or 0, the threaded mode)."), html)
        if state == "broken":
            what = _("wkhtmltopdf is installed on the Odoo server but does not answer (wkhtmltopdf --version fails).")
        else:
            what = _("wkhtmltopdf is not installed on the Odoo server, so Odoo cannot make PDFs.")
        return "%s %s %s" % (what, _(
            "Install the wkhtmltopdf 0.12.6 build \"with patched qt\" that Odoo recommends "
            "(https://github.com/wkhtmltopdf/packaging/releases; Debian's and Ubuntu's own package "
            "leaves out headers, footers and page numbers), then restart Odoo."), html)

    @api.model
    def pgcap_pdf(self, snapshot_id, document):
        """Stores the engagement document on audit snapshot_id and returns the QWeb PDF report
        action that prints it; a UserError when this Odoo cannot make a PDF or the document is not
        one (it comes from the browser: checked by report/document.py)."""
        self._check_system()
        report = self.env.ref(REPORT)
        state = report.get_wkhtmltopdf_state()
        if state not in PDF_STATES:
            raise UserError(self._pdf_refusal(state))
        if type(snapshot_id) is not int:
            raise UserError(_("No audit to print: the audit id is not a number."))
        audit = self.browse(snapshot_id).exists()
        if not audit:
            raise UserError(_("This audit no longer exists (only the latest five are kept): reload the dashboard."))
        try:
            clean = validate_document(document)
        except DocumentError as e:
            raise UserError(_("The report sent for printing is not a valid engagement document (%s).", str(e))) from None
        # the snapshot table is written by rescans only (no write access, even for admins)
        audit.sudo().write({"document": clean})
        # config=False: no document-layout wizard first, the report does not use the company's layout
        return report.report_action(audit, config=False)
