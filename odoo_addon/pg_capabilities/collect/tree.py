# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""How the scanner walks a customer's tree that it does not control; twin of static_src/cli/tree.ts.

Names are bytes as the file system holds them (not always UTF-8) and shown escaped; an entry is a
regular file, a folder, or a FIFO, socket or device that is never opened; symlinks are followed
only while they stay inside the addons folder.
"""
import errno
import os
from operator import attrgetter
import stat


def display_name(name):
    """A name for the snapshot: UTF-8 as it is, each byte outside valid UTF-8 as \\xNN."""
    return name.decode("utf-8", "backslashreplace")


def err_reason(exc):
    """Why a file system call failed, in words both collectors use."""
    code = getattr(exc, "errno", None)
    if code == errno.ELOOP:
        return "symlink loop"
    if code == errno.EACCES:
        return "unreadable: permission denied"
    return "unreadable: %s" % (errno.errorcode.get(code, str(exc)) if code is not None else str(exc))


def type_of(mode):
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    return "other"


def real_path(path):
    return os.path.realpath(path, strict=True)


def inside(real, root_real):
    """Real paths inside root_real (itself real)."""
    sep = os.sep.encode()
    return real == root_real or real.startswith(root_real if root_real.endswith(sep) else root_real + sep)


class Entry:
    """A folder entry: what it is, the path to open it by (a symlink's real target), or why it is
    not followed (a broken link, a loop, a target outside the addons folder)."""

    __slots__ = ("name", "display", "type", "open", "problem")

    def __init__(self, name, display, type_, open_path, problem=None):
        self.name = name
        self.display = display
        self.type = type_
        self.open = open_path
        self.problem = problem


def list_entries(directory, root_real):
    """The entries of a folder (bytes path), sorted by their bytes (the same order in both
    collectors). Raises the file system's error."""
    with os.scandir(directory) as it:
        dirents = sorted(it, key=attrgetter("name"))
    entries = []
    for d in dirents:
        full = d.path  # os.path.join(directory, d.name), joined in C
        entry = Entry(d.name, display_name(d.name), None, full)
        entries.append(entry)
        try:
            link = d.is_symlink()
            if link:
                pass
            elif d.is_dir(follow_symlinks=False):
                entry.type = "dir"
            elif d.is_file(follow_symlinks=False):
                entry.type = "file"
            else:
                entry.type = type_of(d.stat(follow_symlinks=False).st_mode)
        except OSError as e:
            entry.problem = err_reason(e)
            continue
        if not link:
            continue
        # a symlink: its type is its target's (stat only looks, it never opens), and it is followed
        # only when the target's real path stays inside the addons folder
        try:
            entry.type = type_of(os.stat(full).st_mode)
            entry.open = real_path(full)
        except OSError as e:
            entry.type = None
            entry.problem = err_reason(e)
            continue
        if not inside(entry.open, root_real):
            entry.problem = "symlink outside the addons folder: %s" % display_name(entry.open)
    return entries
