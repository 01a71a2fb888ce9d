# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "PostgreSQL Capabilities",
    "summary": "See which PostgreSQL capabilities this database already uses, "
    "and which modules drag in a second datastore",
    "version": "1.0.0",
    "category": "Technical",
    "website": "https://github.com/pg-capabilities/pg_capabilities",
    "author": "pg_capabilities developers",
    "license": "LGPL-3",
    "depends": ["web"],
    "data": [
        "security/ir.model.access.csv",
        "views/pg_capabilities_finding_views.xml",
        "views/pg_capabilities_snapshot_views.xml",
        "report/pg_capabilities_report_templates.xml",
    ],
    "assets": {
        # the overview, the finding-details widget and the data layer: small, loaded with the backend
        "web.assets_backend": [
            "pg_capabilities/static/src/dashboard/**/*",
        ],
        # static_src/core's judge, exporters and diff: loaded on demand (loadBundle) when an audit
        # must be judged or exported
        "pg_capabilities.assets_judge": [
            "pg_capabilities/static/src/judge/**/*",
        ],
    },
    "installable": True,
    "application": False,
}
