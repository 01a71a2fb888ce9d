# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
from . import test_access, test_attacks, test_collect, test_dashboard, test_host_facts
from . import test_report_pdf
from . import test_i18n
