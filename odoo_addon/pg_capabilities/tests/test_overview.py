# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The overview in a real browser: a phone's width without sideways scrolling, and sortable
headers that are keyboard-operable buttons whose state is announced (aria-sort)."""
import unittest

from odoo import release
from odoo.tests import HttpCase, tagged

from .common import MODEL, dashboard_url

# Waits for the overview, then runs CHECK (a function body returning an error text or '').
WAIT_THEN = r"""
const started = Date.now();
(function wait() {
    const root = document.querySelector('.o_pgcap_overview');
    if (!root || !root.querySelector('.o_pgcap_cards') || !root.querySelector('.o_pgcap_capability')) {
        if (Date.now() - started > 30000) { console.error('the overview did not render'); return; }
        return setTimeout(wait, 200);
    }
    setTimeout(async () => {
        const error = await (async () => { %s })();
        if (error) console.error(error); else console.log('test successful');
    }, 500);
})();
"""

PHONE = r"""
const width = document.documentElement.scrollWidth;
if (window.innerWidth > 400) return 'the test browser is not at phone width: innerWidth ' + window.innerWidth;
if (width > window.innerWidth) {
    const wide = [...document.querySelectorAll('.o_pgcap_overview *')]
        .filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-responsive'))
        .slice(0, 3).map((e) => e.tagName + '.' + [...e.classList].join('.'));
    return 'the page scrolls sideways at 390 px: scrollWidth ' + width + ' (' + wide.join(', ') + ')';
}
const loose = [...document.querySelectorAll('.o_pgcap_overview table')].filter((t) => !t.closest('.table-responsive'));
if (loose.length) return loose.length + ' table(s) outside a scrolling container';
return '';
"""

KEYBOARD = r"""
const th = document.querySelector('.o_pgcap_capability th[aria-sort]');
if (!th) return 'no sortable header';
const button = th.querySelector('button.o_pgcap_sort');
if (!button || button.type !== 'button' || button.tabIndex < 0) return 'the sortable header holds no focusable button';
button.focus();
if (document.activeElement !== button) return 'the sort button does not take the focus';
// (the focus ring shows on keyboard focus, :focus-visible: test/odoo/overview-shots.mjs presses Tab)
if (th.getAttribute('aria-sort') !== 'none') return 'aria-sort is ' + th.getAttribute('aria-sort') + ' before sorting';
button.click();  // what Enter and Space do on a button
await new Promise((r) => setTimeout(r, 300));
const after = document.querySelector('.o_pgcap_capability th[aria-sort]');
if (after.getAttribute('aria-sort') !== 'ascending') return 'aria-sort after sorting: ' + after.getAttribute('aria-sort');
const unlabelled = [...document.querySelectorAll('.o_pgcap_overview input, .o_pgcap_overview select')]
    .filter((e) => !e.getAttribute('aria-label') && !(e.id && document.querySelector('label[for="' + e.id + '"]')));
if (unlabelled.length) return unlabelled.length + ' input(s) without a label';
return '';
"""


@tagged("post_install", "-at_install")
class TestOverviewPhone(HttpCase):
    browser_size = "390x844"

    # Odoo 17's test browser takes browser_size as a window size and opened at innerWidth 780 when
    # asked for 390; 18 and 19 emulate the device (Emulation.setDeviceMetricsOverride). On 17 the
    # phone layout is checked by test/odoo/overview-shots.mjs (Playwright, a 390 px viewport).
    @unittest.skipIf(release.version_info[0] < 18, "Odoo 17's test browser does not open at 390 px")
    def test_no_sideways_scrolling_at_390_px(self):
        self.env[MODEL].pgcap_rescan()
        self.browser_js(dashboard_url(), WAIT_THEN % PHONE, login="admin", timeout=120)


@tagged("post_install", "-at_install")
class TestOverviewKeyboard(HttpCase):
    def test_sortable_headers_are_keyboard_buttons(self):
        self.env[MODEL].pgcap_rescan()
        self.browser_js(dashboard_url(), WAIT_THEN % KEYBOARD, login="admin", timeout=120)
