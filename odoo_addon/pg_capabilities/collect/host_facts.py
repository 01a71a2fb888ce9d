# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Facts only the Odoo module can see, beside the database: the filestore on disk, the session
store, the names of server options that point at a store (snapshot `odoo`, OdooHostFacts in
static_src/core/snapshot.ts). Pure functions: models/ hands them the paths, the session store
object and the option names, so that plain Python can test them.

Counting files is bounded: by a deadline (collect.budget.Deadline) and by a number of files; a
count cut short says so (complete: false, reason). Names and sizes only: no file is opened, no
option value is read.
"""
import os
import stat

# a filestore holds one file per attachment: a million is a large production; past it the count
# stops rather than hold up the rescan
MAX_FILESTORE_FILES = 1000000
MAX_SESSION_FILES = 200000


def count_files(root, deadline=None, max_files=MAX_FILESTORE_FILES):
    """{files, bytes, complete[, reason]} of the regular files under root (symlinks not followed),
    or None when root is something else than a folder or cannot be looked at; no folder at all is
    no file (Odoo creates it with the first attachment it writes). Stops at max_files or when the
    deadline has passed."""
    try:
        if not stat.S_ISDIR(os.lstat(root).st_mode):
            return None
    except FileNotFoundError:
        return {"files": 0, "bytes": 0, "complete": True}
    except OSError:
        return None
    if deadline is not None and deadline.passed():
        return _cut(0, 0, "not counted: %s" % deadline.reason())
    files = size = seen = 0
    unreadable = 0
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if files >= max_files:
                        return _cut(files, size, "stopped after %d files (the bound of a count)" % max_files)
                    seen += 1
                    if deadline is not None and seen % 500 == 0 and deadline.passed():
                        return _cut(files, size, "%s after %d files" % (deadline.reason(), files))
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
                        elif entry.is_file(follow_symlinks=False):
                            files += 1
                            size += entry.stat(follow_symlinks=False).st_size
                    except OSError:
                        unreadable += 1
        except OSError:
            unreadable += 1
    if unreadable:
        return _cut(files, size, "%d file%s or folder%s could not be read" % (
            unreadable, "" if unreadable == 1 else "s", "" if unreadable == 1 else "s"))
    return {"files": files, "bytes": size, "complete": True}


def _cut(files, size, reason):
    return {"files": files, "bytes": size, "complete": False, "reason": reason}


def session_facts(store, filesystem_class=None, deadline=None, max_files=MAX_SESSION_FILES):
    """{kind, files} of Odoo's session store: kind 'filesystem' for Odoo's own
    FilesystemSessionStore (filesystem_class), else the store's class name; files: the session
    files in its folder when it keeps them in one and they could all be counted, else None."""
    if store is None:
        return None
    cls = type(store)
    kind = "filesystem" if filesystem_class is not None and cls is filesystem_class else cls.__name__
    path = getattr(store, "path", None)
    files = None
    if isinstance(path, str):
        counted = count_files(path, deadline, max_files)
        if counted and counted["complete"]:
            files = counted["files"]
    return {"kind": kind, "files": files}


def server_option_names(names, keywords):
    """The option names (never values) that contain one of the store keywords, sorted, unique."""
    words = [k.lower() for k in keywords if k and k[0].isalnum()]
    return sorted({n for n in names if isinstance(n, str) and any(w in n.lower() for w in words)})


def store_keywords(catalog):
    """Every store keyword of the catalog (lowercase substrings such as 'redis', 'elastic', 's3')."""
    return sorted({k for s in catalog["stores"] for k in s["keywords"]})


def host_facts(filestore, sessions, server_options):
    return {"filestore": filestore, "sessions": sessions, "serverOptions": server_options}
