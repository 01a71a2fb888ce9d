# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Walks addons folders and matches the catalog signatures line by line; twin of
static_src/cli/scanner.ts. Scanned code is data: read as text, never imported or executed.
"""
import os
import re
import stat
import time

from .catalog import compile_pattern
from .file_read import cut_long_lines, decode_text, read_regular_file_stat
from .line_count import COUNT_ONLY_ENDINGS, count_code_text, count_only_lines, empty_lines, line_kind
from .import_usage import import_usage, usage_text as code_for_usage
from .module_facts import in_odoo_tree, manifest_facts
from .redact import REDACTED, Redactor
from .keywords import KeywordFinder
from .source_text import code_lines, code_text as source_code_text, split_lines, text_kind
from .structure import file_structure, module_structure
from .tree import display_name, err_reason, inside, list_entries, real_path


class ScanRootError(Exception):
    pass


def _key(path, name):
    return os.fsdecode(path) + "\0" + name if name else path


def _well_formed(found):
    """A cached result the scanner can replay (a damaged cache entry is read again instead)."""
    try:
        return (
            all(isinstance(r, str) for r in found.get("skip", ()))
            and isinstance(found.get("bytes", 0), int) and isinstance(found.get("lines", 0), int)
            and found.get("kind", "python") in ("python", "javascript", "xml", "other")
            and all(isinstance(m, dict) for m in found.get("matches", ()))
            and ("lines" not in found or "kind" in found)
        )
    except (AttributeError, TypeError):
        return False


class AddonsScanner:
    def __init__(self, catalog, on_progress=None, out_of_time=None, cache=None):
        """out_of_time: a callable, true when the structure pass must stop (the rescan's budget).
        cache: a ScanCache (collect/scan_cache.py) of earlier scans' per-file results, brought up to
        date by this scan, or None."""
        self.cat = catalog
        self.on_progress = on_progress
        self.out_of_time = out_of_time
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
        self._candidates_by_kind = {}
        self.keywords = KeywordFinder(k for s in self.sigs for k in s["keywords"])
        self.cache = cache
        self.files_read = 0  # files opened to be read (a cached result reads none)
        self._last_lines = 0
        self.store_of = {s["id"]: s["store"] for s in catalog["signatures"] if s.get("store")}
        self.skipped, self.matches, self.modules = [], [], []
        self.files_scanned = 0
        self.bytes_scanned = 0
        # per module scanned: its parseable files as walked, its manifest, whether a store matched
        self.sources = []
        # (modules parsed, modules to parse) when the structure pass ran out of time, else None
        self.structure_cut = None

    def scan(self, roots):
        started = time.time()
        root_facts = []
        for index, root in enumerate(roots):
            before = len(self.modules)
            # the root itself may be a symlink: resolved first, symlinks below stay inside its real path
            given = os.path.abspath(os.fsencode(root))
            try:
                root_real = real_path(given)
                if not os.path.isdir(root_real):
                    raise NotADirectoryError(root_real)
            except OSError:
                raise ScanRootError("addons folder not found: %s" % display_name(os.fsencode(root))) from None
            self._walk_root(display_name(os.path.basename(given)), root_real, index)
            root_facts.append({"path": display_name(os.fsencode(root)), "modules": len(self.modules) - before})
        structure = self.parse_structure()
        return {
            "roots": root_facts,
            "modules": self.modules,
            "matches": self.matches,
            "skipped": self.skipped,
            "filesScanned": self.files_scanned,
            "bytesScanned": self.bytes_scanned,
            "durationMs": int(round((time.time() - started) * 1000)),
            "structure": structure,
        }

    def parse_structure(self):
        """The second pass: the modules where a store's signature matched, parsed, by module name.
        Stops (and sets structure_cut) when out_of_time says so; a module half parsed is left out."""
        todo = sorted((i for i, src in enumerate(self.sources) if src["store"]), key=lambda i: self.modules[i]["name"])
        out = []
        for i in todo:
            src = self.sources[i]
            facts = None
            if not (self.out_of_time and self.out_of_time()):
                facts = self._structure(self.modules[i]["name"], src)
            if facts is None:
                self.structure_cut = (len(out), len(todo))
                break
            out.append(facts)
        return out

    def _structure(self, name, src):
        """module_structure of one module; a file unchanged since the last scan is not read again."""
        fps = dict(zip((full for _, full in src["files"]), src["fingerprints"]))

        def part_of(rel, full, kind):
            fp = fps.get(full)
            if self.cache is not None and fp is not None:
                found = self.cache.get("structure", _key(full, rel), fp)
                if isinstance(found, dict) and found.get("rel") == rel and isinstance(found.get("part"), dict):
                    return found["part"]
            self.files_read += 1
            part = file_structure(rel, full, kind, self.limits, self.redactor)
            if self.cache is not None:
                self.cache.put("structure", _key(full, rel), fp, {"rel": rel, "part": part})
            return part

        return module_structure(name, src["files"], src["manifest"], self.limits, self.redactor, self.out_of_time, part_of)

    def _skip(self, file, reason):
        self.skipped.append({"file": file, "reason": reason})

    def _list_dir(self, path, rel, seen, root_real):
        """The folder's entries, or None (recorded as skipped) for a loop or an unreadable folder."""
        try:
            # path is its parent's real path and a name listed there (or a link's real target): a
            # folder that is not a link is its own real path; realpath (a stat per component) only
            # for one swapped for a link since it was listed
            st = os.lstat(path)
            real = path if stat.S_ISDIR(st.st_mode) else real_path(path)
        except OSError as e:
            self._skip(rel or ".", err_reason(e))
            return None
        if real in seen:
            self._skip(rel or ".", "symlink loop")
            return None
        # a folder swapped for a link since it was listed
        if not inside(real, root_real):
            self._skip(rel or ".", "symlink outside the addons folder: %s" % display_name(real))
            return None
        seen.add(real)
        try:
            return list_entries(path, root_real)
        except OSError as e:
            self._skip(rel or ".", err_reason(e))
            return None

    def _enterable(self, entry, rel, depth):
        """A folder is entered unless its symlink leaves the addons folder or it lies too deep."""
        if entry.problem:
            self._skip(rel, entry.problem)
            return False
        if depth > self.limits["maxDepth"]:
            self._skip(rel, "too deep: more than %d nested folders" % self.limits["maxDepth"])
            return False
        return True

    def _walk_root(self, root_name, root_real, root_index):
        seen = set()

        def visit(path, rel, depth):
            entries = self._list_dir(path, rel, seen, root_real)
            if entries is None:
                return
            if any(e.display in self.manifest_files for e in entries):
                name = rel.rsplit("/", 1)[-1] if rel else root_name
                # the audit tool itself: its catalog names every store
                if name in self.self_modules:
                    self._skip(rel or ".", "the audit tool itself")
                    return
                self._scan_module(path, rel or root_name, name, root_index, seen, entries, root_real, depth)
                return
            for e in entries:
                if e.type != "dir" or e.display.startswith(".") or e.display in self.skip_dirs:
                    continue
                rel_dir = "%s/%s" % (rel, e.display) if rel else e.display
                if self._enterable(e, rel_dir, depth + 1):
                    visit(e.open, rel_dir, depth + 1)

        visit(root_real, "", 0)

    def _scan_module(self, path, rel_path, name, root_index, seen, top_entries, root_real, depth):
        # the manifest is read like any file (a FIFO or a link to /dev/zero is not); the walk below
        # says why when it cannot be
        by_name = {e.display: e for e in top_entries}
        manifest = next(by_name[f] for f in self.manifest_files if f in by_name)
        manifest_text = ""
        facts = None
        if manifest.type == "file" and not manifest.problem:
            found = self._cached("manifest", manifest.open)
            if found is not None and isinstance(found.get("text"), str) and isinstance(found.get("facts"), dict):
                manifest_text, facts = found["text"], found["facts"]
            else:
                self.files_read += 1
                data, _, st = read_regular_file_stat(manifest.open, self.limits["maxFileBytes"])
                if data is not None:
                    manifest_text = cut_long_lines(decode_text(data), self.limits["maxLineChars"])[0]
                    # free text of a module (author, summary, website...) is redacted like any snippet
                    facts = self._redact_facts(manifest_facts(manifest_text))
                    self._keep("manifest", manifest.open, st, {"text": manifest_text, "facts": facts})
        if facts is None:
            facts = self._redact_facts(manifest_facts(manifest_text))
        module = {"name": name, "path": rel_path, "root": root_index}
        module.update(facts)
        module["inOdooTree"] = in_odoo_tree(path)
        module["files"] = 0
        module["lines"] = empty_lines()
        module_matches = []
        parseable = []  # (relative path, full path) of the .py and .xml files read
        fingerprints = []  # theirs, for the structure's cache (None: one may not be cached)

        def walk(d, rel, level, listed=None):
            entries = listed if listed is not None else self._list_dir(d, rel, seen, root_real)
            if entries is None:
                return
            for e in entries:
                rel_file = "%s/%s" % (rel, e.display)
                if e.type == "dir":
                    if e.display.startswith(".") or e.display in self.skip_dirs:
                        continue
                    if self._enterable(e, rel_file, level + 1):
                        walk(e.open, rel_file, level + 1)
                elif e.display.lower().endswith(self.extensions):
                    module["files"] += 1
                    # only regular files are opened: a FIFO would block, a device never ends
                    if e.problem:
                        self._skip(rel_file, e.problem)
                    elif e.type != "file":
                        self._skip(rel_file, "not a regular file: %s" % e.type)
                    else:
                        self._scan_file(e.open, rel_file, e.display, module, module_matches)
                        if text_kind(e.display) in ("python", "xml"):
                            parseable.append((rel_file, e.open))
                            fingerprints.append(self._last_fp)
                elif e.display.lower().endswith(COUNT_ONLY_ENDINGS):
                    # read for its lines of code only: not a file of the line scan (files, filesScanned)
                    if e.problem:
                        self._skip(rel_file, e.problem)
                    elif e.type != "file":
                        self._skip(rel_file, "not a regular file: %s" % e.type)
                    else:
                        self._count_file(e.open, rel_file, e.display, module)

        walk(path, rel_path, depth, top_entries)
        limit = self.limits["maxMatchesPerModule"]
        if len(module_matches) > limit:
            self._skip(rel_path, "match limit reached: kept the first %d of %d matches" % (limit, len(module_matches)))
            del module_matches[limit:]
        self.matches.extend(module_matches)
        self.modules.append(module)
        self.sources.append({
            "files": parseable, "manifest": manifest_text, "path": path,
            "store": any(m["signature"] in self.store_of for m in module_matches),
            "fingerprints": fingerprints,
        })
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

    def _candidates(self, file_name, present):
        """The signatures of the first pass (not context ones) that apply to this kind of file and
        have no keyword or one of the keywords present, in catalog order."""
        lower = file_name.lower()
        key = file_name if file_name in self.manifest_files else lower[lower.rfind("."):]
        by = self._candidates_by_kind.get(key)
        if by is None:
            always, by_keyword = [], {}
            for sig in self._signatures_for(file_name):
                if sig["def"].get("context"):
                    continue
                if not sig["keywords"]:
                    always.append(sig)
                for k in sig["keywords"]:
                    by_keyword.setdefault(k, []).append(sig)
            by = self._candidates_by_kind[key] = (always, by_keyword)
        always, by_keyword = by
        if not present:
            return always
        chosen = {s["order"]: s for s in always}
        for k in present:
            for sig in by_keyword.get(k, ()):
                chosen[sig["order"]] = sig
        return [chosen[o] for o in sorted(chosen)]

    def _read(self, full, rel_file):
        """The file's bytes, or None when it is skipped (too large, unreadable, binary), with the
        reason; and the file's stat when its result may be cached (read, or too large), else None."""
        self.files_read += 1
        data, reason, st = read_regular_file_stat(full, self.limits["maxFileBytes"])
        if reason:
            self._skip(rel_file, reason)
            return None, st
        if b"\0" in data:
            self._skip(rel_file, "binary")
            return None, st
        return data, st

    def _cached(self, kind, full, name=""):
        """What an earlier scan found for this file, unchanged since, else None. Sets _last_fp (the
        file's fingerprint, None when it may not be cached). name: the name it was listed by, when
        the result depends on it (two links of other endings may lead to one file)."""
        self._last_fp = None
        if self.cache is None:
            return None
        try:
            st = os.stat(full, follow_symlinks=False)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        self._last_fp = self.cache.fingerprint(st)
        found = self.cache.get(kind, _key(full, name), self._last_fp)
        return found if found is not None and _well_formed(found) else None

    def _keep(self, kind, full, st, found, name=""):
        """Keeps a file's result, under the fingerprint of the file as it was read."""
        self._last_fp = None
        if st is not None and self.cache is not None:
            self._last_fp = self.cache.fingerprint(st)
            self.cache.put(kind, _key(full, name), self._last_fp, found)

    def _replay(self, rel_file, found, scanned, out):
        """A file's result from the cache, applied as _scan_file or _count_file would."""
        for reason in found.get("skip", ()):
            self._skip(rel_file, reason)
        if "bytes" in found:
            self.files_scanned += 1
            self.bytes_scanned += found["bytes"]
        if "lines" in found:
            scanned["lines"][found["kind"]] += found["lines"]
        for m in found.get("matches", ()):
            match = {"module": scanned["name"], "file": rel_file}
            match.update(m)
            out.append(match)

    def _count_file(self, full, rel_file, file_name, scanned):
        """A file read only for its lines of code (javascript, stylesheets, csv); skipped as any file is."""
        found = self._cached("count", full, file_name)
        if found is not None:
            self._replay(rel_file, found, scanned, None)
            return
        skipped = len(self.skipped)
        data, st = self._read(full, rel_file)
        found = {"skip": [s["reason"] for s in self.skipped[skipped:]]}
        if data is not None:
            found.update(kind=line_kind(file_name), lines=count_only_lines(decode_text(data), file_name))
            scanned["lines"][found["kind"]] += found["lines"]
        self._keep("count", full, st, found, file_name)

    def _scan_file(self, full, rel_file, file_name, scanned, out):
        found = self._cached("scan", full, file_name)
        if found is not None:
            self._replay(rel_file, found, scanned, out)
            return
        skipped, matches = len(self.skipped), len(out)
        data, st = self._read(full, rel_file)
        if data is not None:
            self._scan_text(data, rel_file, file_name, scanned, out)
        if st is not None and self.cache is not None:
            found = {"skip": [s["reason"] for s in self.skipped[skipped:]]}
            if data is not None:
                found["bytes"] = len(data)
                found["kind"] = line_kind(file_name)
                found["lines"] = self._last_lines
                found["matches"] = [{k: v for k, v in m.items() if k not in ("module", "file")} for m in out[matches:]]
            self._keep("scan", full, st, found, file_name)
        else:
            self._last_fp = None

    def _scan_text(self, data, rel_file, file_name, scanned, out):
        module = scanned["name"]
        # not UTF-8: U+FFFD where it is not, the rest still read; lines past the cap are cut
        max_line = self.limits["maxLineChars"]
        decoded = decode_text(data)
        text, cut, first = cut_long_lines(decoded, max_line)
        if cut:
            self._skip(rel_file, "long lines cut: %d line%s over %d characters, the first at line %d" % (
                cut, "" if cut == 1 else "s", max_line, first))
        self.files_scanned += 1
        self.bytes_scanned += len(data)
        kind = text_kind(file_name)
        # code_lines() joined, without its line-by-line loop. The scanners look at a line up to
        # limits.maxLineChars (redactor.cap): cut_long_lines left none longer, and a line's code is
        # part of the line, so the cap changes nothing here.
        code_text = source_code_text(text, kind)
        lines_of_code = count_code_text(code_text)
        self._last_lines = lines_of_code
        scanned["lines"][line_kind(file_name)] += lines_of_code
        applicable = self._signatures_for(file_name)
        if not applicable:
            return
        # A signature is tried line by line only where the whole file can match it: one of its
        # keywords is there and the pattern (multiline) matches somewhere. A line match implies both.
        first_pass = self._candidates(file_name, self.keywords.present(code_text))
        first_pass = [s for s in first_pass if s["in_text"].search(code_text)]
        if not first_pass:
            return  # no match: no store seen, so no context signature either
        code = code_lines(text, kind)
        # a line is looked at up to limits.maxLineChars: the patterns are linear, this bounds them further
        cap = self.redactor.cap
        lines = [(cap(c), scope, prose) for c, scope, prose in code]
        # snippets come from the uncut lines, so that one of a cut line says it was cut
        raw_lines = split_lines(decoded)
        secret_lines = []  # lines inside a multi-line secret (a PEM private key), computed once

        def snippet(index):
            if not secret_lines:
                secret_lines.append(self.redactor.block_lines(raw_lines))
            if index in secret_lines[0]:
                return REDACTED
            return self.redactor.snippet(raw_lines[index], self.limits["maxSnippetChars"])
        found = []  # (line, order, match)
        is_python = kind == "python"
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

        match_lines(first_pass)
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
