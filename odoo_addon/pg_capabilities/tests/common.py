# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import release
from odoo.tests.common import new_test_user

MODEL = "pg.capabilities.snapshot"
ACTION = "pg_capabilities.action_pg_capabilities_dashboard"


def dashboard_url():
    if release.version_info[0] >= 18:
        return "/odoo/action-%s" % ACTION
    return "/web#action=%s" % ACTION


def plain_user(env):
    return new_test_user(env, login="pgcap_plain", groups="base.group_user", password="pgcap_plain_pw")
