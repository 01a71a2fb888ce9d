# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""A time budget for a rescan inside Odoo: the scan stops at the first module boundary past the
deadline, and the snapshot says so as a fact (scan.stoppedEarly), with what was gathered until then.

The TypeScript collector has no budget: pgcap runs where a long scan holds up nobody.
"""
import time

from .scanner import AddonsScanner


class OutOfBudget(BaseException):
    """Raised from the scanner's progress callback to stop the walk.

    A BaseException, as KeyboardInterrupt is: a scanner that turns every Exception of a module into
    a skipped entry (hostile trees) must not swallow the stop and walk on.
    """


class Deadline:
    def __init__(self, seconds, clock=time.monotonic, what="the rescan's time budget"):
        self.seconds = seconds
        self.clock = clock
        self.at = clock() + seconds
        self.what = what

    def passed(self):
        return self.clock() >= self.at

    def reason(self):
        return "%s of %s s ran out" % (self.what, "%g" % self.seconds)

    def within(self, seconds, what):
        """A deadline for one part of the rescan (what: its name, for the reason): at most `seconds`
        from now, and never past this one, whose reason it then gives."""
        part = Deadline(seconds, self.clock, what)
        return self if part.at >= self.at else part


def scan_addons_within(roots, catalog, deadline, on_progress=None, cache=None):
    """scan_addons, stopped after the first module that ends past the deadline.

    A stopped scan keeps the modules scanned so far, lists every root with the modules found in it,
    and carries stoppedEarly: the reason, in words. cache: a ScanCache (collect/scan_cache.py) the
    scan reads from and brings up to date, or None.
    """

    def progress(name, modules, matches):
        if on_progress:
            on_progress(name, modules, matches)
        if deadline.passed():
            raise OutOfBudget()

    started = time.time()
    scanner = AddonsScanner(catalog, progress, deadline.passed, cache=cache)
    try:
        scan = scanner.scan(roots)
    except OutOfBudget:
        pass
    else:
        if scanner.structure_cut is None:
            return scan
        parsed, todo = scanner.structure_cut
        return _stopped(scan, "%s while parsing: %d of the %d modules to parse were parsed" % (
            deadline.reason(), parsed, todo))
    # what was gathered, in the scanner's own shape: a scan of no further root adds nothing to it
    # (and parses nothing: out_of_time is already true)
    scan = scanner.scan([])
    scan["roots"] = [
        {"path": root, "modules": sum(1 for m in scan["modules"] if m.get("root") == index)}
        for index, root in enumerate(roots)
    ]
    scan["durationMs"] = int(round((time.time() - started) * 1000))
    return _stopped(scan, "%s after %d module%s: the modules after them were not scanned" % (
        deadline.reason(), len(scan["modules"]), "" if len(scan["modules"]) == 1 else "s"))


def _stopped(scan, reason):
    """The scan with stoppedEarly, keys in the order of ScanFacts (snapshot.ts)."""
    out = {k: v for k, v in scan.items() if k != "structure"}
    out["stoppedEarly"] = reason
    out["structure"] = scan.get("structure", [])
    return out
