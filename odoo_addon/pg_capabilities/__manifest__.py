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
        "views/pg_capabilities_snapshot_views.xml",
        "report/pg_capabilities_report_templates.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "pg_capabilities/static/src/**/*",
        ],
    },
    "installable": True,
    "application": False,
}
