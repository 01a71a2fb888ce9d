# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""What earlier scans found per file, so that a rescan reads only the files that changed.

A file's result (its skipped reasons, lines of code, matches; a manifest's text; a module's parsed
structure) is kept under its path with the file's fingerprint: size, mtime and ctime in ns, inode.
A file changed since (or touched, renamed over, its mode changed) has another fingerprint and is
read again. A file whose mtime or ctime lies within RACY_NS of the scan's start (or after it) is
not kept: it may still be being written within the clock's granularity.

The whole cache is valid for one catalog and one collector only (stamp_for): another catalog, a
changed collector source or module version makes it empty. A cache that cannot be read (damaged,
another format) is empty too: the scan then reads every file, as without a cache.

Storage is the caller's: to_blob() / from_blob() give and take bytes (the Odoo module keeps them in
a table of its own, models/pg_capabilities_scan_cache.py; collect.bench_scan in a file).
"""
import hashlib
import json
import os
import time
import zlib

FORMAT = 1
RACY_NS = 2 * 10**9
_HERE = os.path.dirname(os.path.abspath(__file__))


def collector_digest():
    """A digest of the collector's own source: a change to how files are read changes results."""
    h = hashlib.sha256()
    for name in sorted(os.listdir(_HERE)):
        if name.endswith(".py"):
            with open(os.path.join(_HERE, name), "rb") as f:
                h.update(name.encode() + b"\0" + f.read() + b"\0")
    return h.hexdigest()


def stamp_for(catalog, version=""):
    """What a cache is valid for: the catalog (its version and content), the collector's source and
    the caller's version (the module's)."""
    h = hashlib.sha256(json.dumps(catalog, sort_keys=True, ensure_ascii=True).encode())
    return "%s|%s|%s|%s|%s" % (FORMAT, catalog.get("catalogVersion"), h.hexdigest(), collector_digest(), version)


# Odoo 17's whole tree gives a few MB of JSON: a blob inflating past this is not a cache of ours
# (a decompression bomb planted in the table), and is dropped before it fills the memory.
MAX_INFLATED = 256 * 1024 * 1024


def _inflate(blob):
    d = zlib.decompressobj()
    out = d.decompress(blob, MAX_INFLATED)
    if d.unconsumed_tail or not d.eof:
        raise ValueError("scan cache too large or truncated")
    return out


class ScanCache:
    def __init__(self, stamp, entries=None, started_ns=None):
        self.stamp = stamp
        self.old = entries if isinstance(entries, dict) else {}
        self.new = {}
        self.started_ns = time.time_ns() if started_ns is None else started_ns
        self.hits = 0
        self.kept = 0  # results added or changed by this scan

    @classmethod
    def from_blob(cls, blob, stamp, started_ns=None):
        """The cache saved by to_blob(), or an empty one when blob is None, damaged, or was made
        for another stamp. started_ns: when the scan started (time.time_ns(), the default)."""
        entries = None
        if blob:
            try:
                data = json.loads(_inflate(bytes(blob)).decode("utf-8", "surrogatepass"))
                if isinstance(data, dict) and data.get("stamp") == stamp and isinstance(data.get("entries"), dict):
                    entries = data["entries"]
            except (ValueError, TypeError, zlib.error, UnicodeDecodeError, RecursionError, MemoryError):
                entries = None
        return cls(stamp, entries, started_ns)

    def to_blob(self, complete=True):
        """Bytes for from_blob(). complete: the scan walked every root, so the entries of files it
        did not meet (removed) are dropped; a scan stopped early keeps the earlier ones too."""
        entries = self.new if complete else dict(self.old, **self.new)
        text = json.dumps({"stamp": self.stamp, "entries": entries}, separators=(",", ":"))
        return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)

    def fingerprint(self, st):
        """The file's fingerprint, or None when it changed too recently to be trusted."""
        if self.started_ns - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
            return None
        return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]

    @staticmethod
    def _key(kind, path):
        return "%s:%s" % (kind, os.fsdecode(path) if isinstance(path, bytes) else path)

    def get(self, kind, path, fp):
        """The result kept for (kind, path) with this fingerprint, else None. A hit is kept for the
        next scan."""
        if fp is None:
            return None
        key = self._key(kind, path)
        entry = self.old.get(key)
        if not isinstance(entry, list) or len(entry) != 2 or entry[0] != fp or not isinstance(entry[1], dict):
            return None
        self.new[key] = entry
        self.hits += 1
        return entry[1]

    def put(self, kind, path, fp, value):
        if fp is not None:
            self.new[self._key(kind, path)] = [fp, value]
            self.kept += 1

    def changed(self, complete=True):
        """Whether to_blob(complete) would differ from what was loaded: results added or changed,
        or (complete) some that this scan did not meet."""
        return bool(self.kept) or (complete and len(self.new) != len(self.old))
