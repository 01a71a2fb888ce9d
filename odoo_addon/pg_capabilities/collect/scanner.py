# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Walks addons folders and matches the catalog signatures line by line; twin of
static_src/cli/scanner.ts. Scanned code is data: read as text, never imported or executed.
"""
import errno
import os
import re
import time

from .catalog import compile_pattern
from .import_usage import import_usage, usage_text as code_for_usage
from .module_facts import in_odoo_tree, manifest_facts
from .redact import REDACTED, Redactor
from .source_text import code_lines, split_lines, text_kind


class ScanRootError(Exception):
    pass


def _err_reason(exc):
    code = getattr(exc, "errno", None)
    if code == errno.EACCES:
        return "permission denied"
    if code == errno.ELOOP:
        return "symlink loop"
    return errno.errorcode.get(code, str(exc)) if code is not None else str(exc)


class AddonsScanner:
    def __init__(self, catalog, on_progress=None):
        self.cat = catalog
        self.on_progress = on_progress
        # each signature as written (tried line by line), in multiline mode (tried once on a whole
        # file first), and the keywords one of which any line it matches contains
        keywords = {st["id"]: st["keywords"] for st in catalog["stores"]}
        self.sigs = [
            {
                "def": s, "order": order, "re": compile_pattern(s), "in_text": compile_pattern(s, re.MULTILINE),
                "keywords": s.get("literals") or (keywords.get(s["store"], []) if s.get("store") else []),
            }
            for order, s in enumerate(catalog["signatures"])
        ]
        self.redactor = Redactor.from_catalog(catalog)
        self.manifest_files = catalog["scan"]["manifestFiles"]
        self.self_modules = set(catalog["scan"]["selfModules"])
        self.extensions = tuple(catalog["scan"]["extensions"])
        self.skip_dirs = set(catalog["scan"]["skipDirs"])
        self.limits = catalog["limits"]
        self._by_file_kind = {}
        self.store_of = {s["id"]: s["store"] for s in catalog["signatures"] if s.get("store")}
        self.skipped, self.matches, self.modules = [], [], []
        self.files_scanned = 0
        self.bytes_scanned = 0

    def scan(self, roots):
        started = time.time()
        root_facts = []
        for index, root in enumerate(roots):
            before = len(self.modules)
            if not os.path.isdir(root):
                raise ScanRootError("addons folder not found: %s" % root)
            self._walk_root(root, index)
            root_facts.append({"path": root, "modules": len(self.modules) - before})
        return {
            "roots": root_facts,
            "modules": self.modules,
            "matches": self.matches,
            "skipped": self.skipped,
            "filesScanned": self.files_scanned,
            "bytesScanned": self.bytes_scanned,
            "durationMs": int(round((time.time() - started) * 1000)),
        }

    def _skip(self, file, reason):
        self.skipped.append({"file": file, "reason": reason})

    def _list_dir(self, path, rel, seen):
        try:
            real = os.path.realpath(path, strict=True)
        except OSError as e:
            self._skip(rel or ".", "unreadable: %s" % _err_reason(e))
            return None
        if real in seen:
            self._skip(rel or ".", "symlink loop")
            return None
        seen.add(real)
        try:
            return sorted(os.listdir(path))
        except OSError as e:
            self._skip(rel or ".", "unreadable: %s" % _err_reason(e))
            return None

    def _walk_root(self, root, root_index):
        seen = set()

        def visit(path, rel):
            entries = self._list_dir(path, rel, seen)
            if entries is None:
                return
            if any(e in self.manifest_files for e in entries):
                module_path = rel if rel else os.path.basename(os.path.abspath(root))
                # the audit tool itself: its catalog names every store
                if os.path.basename(module_path) in self.self_modules:
                    self._skip(rel or ".", "the audit tool itself")
                    return
                self._scan_module(path, module_path, root_index, seen, entries)
                return
            for name in entries:
                if name.startswith(".") or name in self.skip_dirs:
                    continue
                full = os.path.join(path, name)
                if os.path.isdir(full):
                    visit(full, name if rel == "" else "%s/%s" % (rel, name))

        visit(root, "")

    def _scan_module(self, path, rel_path, root_index, seen, top_entries):
        name = os.path.basename(rel_path)
        manifest_file = next(f for f in self.manifest_files if os.path.exists(os.path.join(path, f)))
        try:
            with open(os.path.join(path, manifest_file), encoding="utf-8", errors="replace") as f:
                manifest_text = f.read()
        except OSError:
            manifest_text = ""
        module = {"name": name, "path": rel_path, "root": root_index}
        # free text of a module (author, summary, website...) is redacted like any snippet
        module.update(self._redact_facts(manifest_facts(manifest_text)))
        module["inOdooTree"] = in_odoo_tree(path)
        module["files"] = 0
        module_matches = []

        def walk(d, rel, listed=None):
            entries = listed if listed is not None else self._list_dir(d, rel, seen)
            if entries is None:
                return
            for entry in entries:
                full = os.path.join(d, entry)
                rel_file = "%s/%s" % (rel, entry)
                if os.path.isdir(full):
                    if not entry.startswith(".") and entry not in self.skip_dirs:
                        walk(full, rel_file)
                elif entry.lower().endswith(self.extensions):
                    module["files"] += 1
                    self._scan_file(full, rel_file, entry, name, module_matches)

        walk(path, rel_path, top_entries)
        limit = self.limits["maxMatchesPerModule"]
        if len(module_matches) > limit:
            self._skip(rel_path, "match limit reached: kept the first %d of %d matches" % (limit, len(module_matches)))
            del module_matches[limit:]
        self.matches.extend(module_matches)
        self.modules.append(module)
        if self.on_progress:
            self.on_progress(name, len(self.modules), len(self.matches))

    def _redact_facts(self, facts):
        redact = self.redactor.redact
        return {
            k: redact(v) if isinstance(v, str) else [redact(x) if isinstance(x, str) else x for x in v] if isinstance(v, list) else v
            for k, v in facts.items()
        }

    def _applies(self, sig, file_name):
        files = sig.get("files", [".py"])
        if file_name in self.manifest_files:  # a manifest is data: only signatures naming it apply
            return file_name in files
        lower = file_name.lower()
        return any(lower.endswith(f) if f.startswith(".") else file_name == f for f in files)

    def _signatures_for(self, file_name):
        """Signatures that apply to this kind of file. Catalog endings all start with a dot and
        hold no other: the last dot suffix decides."""
        lower = file_name.lower()
        key = file_name if file_name in self.manifest_files else lower[lower.rfind("."):]
        if key not in self._by_file_kind:
            self._by_file_kind[key] = [s for s in self.sigs if self._applies(s["def"], file_name)]
        return self._by_file_kind[key]

    def _scan_file(self, full, rel_file, file_name, module, out):
        try:
            size = os.stat(full).st_size
            if size > self.limits["maxFileBytes"]:
                self._skip(rel_file, "too large: %d bytes" % size)
                return
            with open(full, "rb") as f:
                data = f.read()
        except OSError as e:
            self._skip(rel_file, "unreadable: %s" % _err_reason(e))
            return
        if b"\0" in data:
            self._skip(rel_file, "binary")
            return
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            self._skip(rel_file, "not UTF-8")
            return
        self.files_scanned += 1
        self.bytes_scanned += len(data)
        applicable = self._signatures_for(file_name)
        if not applicable:
            return
        # a line is looked at up to limits.maxLineChars: the patterns are linear, this bounds them further
        cap = self.redactor.cap
        lines = [(cap(code), scope, prose) for code, scope, prose in code_lines(text, text_kind(file_name))]
        code_text = "\n".join(code for code, _, _ in lines)
        lower_text = code_text.lower()
        raw_lines = split_lines(text)
        secret_lines = []  # lines inside a multi-line secret (a PEM private key), computed once

        def snippet(index):
            if not secret_lines:
                secret_lines.append(self.redactor.block_lines(raw_lines))
            if index in secret_lines[0]:
                return REDACTED
            return self.redactor.snippet(raw_lines[index], self.limits["maxSnippetChars"])
        found = []  # (line, order, match)
        is_python = text_kind(file_name) == "python"
        usage_text = []  # computed once, for the first import match

        def match_lines(sigs):
            for index, (code, scope, prose) in enumerate(lines):
                if code.strip() == "":
                    continue
                for sig in sigs:
                    # store evidence is code: examples in docstrings and help texts do not count
                    if prose and sig["def"].get("store"):
                        continue
                    m = sig["re"].search(code)
                    if not m:
                        continue
                    match = {"module": module, "file": rel_file, "line": index + 1, "signature": sig["def"]["id"]}
                    capture = next((g for g in m.groups() if g), None)
                    if capture is not None:
                        match["capture"] = self.redactor.redact(capture)
                    match["scope"] = scope
                    if sig["def"]["kind"] == "import" and is_python:
                        if not usage_text:
                            usage_text.append(code_for_usage("\n".join(c for c, _, p in lines if not p)))
                        match.update(import_usage(lines, usage_text[0], index))
                    match["snippet"] = snippet(index)
                    found.append((index, sig["order"], match))

        # A signature is tried line by line only where the whole file can match it: one of its
        # keywords is there and the pattern (multiline) matches somewhere. A line match implies both.
        def in_file(sig):
            kws = sig["keywords"]
            return (not kws or any(k in lower_text for k in kws)) and sig["in_text"].search(code_text)

        match_lines([s for s in applicable if not s["def"].get("context") and in_file(s)])
        # Context signatures (writes, reads, hints) count only beside evidence of a store: their own
        # store's, or any store's for store-less ones (ORM writes, generic rebuild hints).
        stores_seen = {self.store_of[m["signature"]] for _, _, m in found if m["signature"] in self.store_of}
        if stores_seen:
            match_lines([
                s for s in applicable
                if s["def"].get("context") and (not s["def"].get("store") or s["def"]["store"] in stores_seen)
                and s["in_text"].search(code_text)
            ])
        found.sort(key=lambda f: (f[0], f[1]))
        out.extend(m for _, _, m in found)


def scan_addons(roots, catalog, on_progress=None):
    return AddonsScanner(catalog, on_progress).scan(roots)
