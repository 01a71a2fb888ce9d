# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
from . import test_access, test_attacks, test_collect, test_dashboard, test_findings, test_host_facts, test_overview
from . import test_report_pdf
from . import test_i18n
