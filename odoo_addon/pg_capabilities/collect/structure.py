# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""The structure pass: the parsed shape of a module's Python files (classes, methods, calls) and the
cron and server-action records of its XML files; twin of static_src/cli/structure.ts.

The contract is ModuleStructure in static_src/core/snapshot.ts; both twins are held to
test/fixtures/expected-structure.json. Code is parsed with `ast`, never compiled or run.

Nesting depth, counted alike by both twins, is the shape of Python's `ast`: a module's statements
are at depth 1; a statement in the body of another, or an expression directly under a statement or
an expression, is one deeper. Helper nodes (keyword, comprehension clause, arguments, except
handler, with item, match case) are not counted: their children are one deeper than the statement
or expression holding them. An `elif` is at the depth of its `if`. Parentheses are not nodes;
`a and b and c` is one node; `'a' 'b'` is one node; match patterns are not counted.

What the contract leaves open, decided here (the TypeScript twin follows):
- Text: the scanner's decoding (file_read.decode_text), lines not cut; \\r\\n, \\r and \\n end lines.
  ast.parse failing on nesting (RecursionError, MemoryError, "too many nested parentheses", "too
  many levels of indentation") is
  `too deeply nested`; any other failure (a NUL byte included) is `syntax error`. A file the line
  scan could not read is not listed (scan.skipped has it); one over maxFileBytes is `too large`.
- Parentheses are transparent: `(a.b)()` is a.b(), `(a or b).c` is ?.c.
- A function's calls: its body only (its own decorators and defaults are not), everything under
  nested defs, lambdas and classes included. moduleLevel: every call of a top-level statement that
  is not a class or def (a def inside a top-level if/try included); at most maxCallsPerFunction per file.
- refs and strings read the arguments in source order: positional ones (not *x) and keyword
  values (not **x). strings: a str literal, the str elements of a list/tuple/set, the str keys of a
  dict, at most 10, each cut to 80 after redaction (class Secrets): the literal redacted by the
  catalog's rules when they change it; else *** when the redacted line (cut to maxLineChars) no
  longer holds the literal's source text on one of its lines, or the line is in a secret block;
  else *** for a keyword's value when the redactor changes `<keyword>="<value>"` (JSON-quoted). names: every Name under
  any argument, *x and **x included.
- targets: Name targets only (tuples, lists and *x flattened in order), of `=` (every target),
  annotated `=`, `:=`, `for` (statements and comprehension clauses), `with ... as`; the value is the
  call itself or `await` of it.
- attributes: `name.attr` read (not an assignment or del target, not the callee of a call) where
  name is self or the Name target of a `for` or comprehension clause over an expression whose root
  name (through attributes, calls, subscripts) is self; anywhere in the function, nested defs included.
- keys: `name["k"]` in any context and `name.get("k", ...)`; k cut to 80. returns: `return` of the
  function itself (not of nested defs or lambdas): a Name, or the Names of a tuple.
- Class body: assignments with one Name target, the last one wins; `_inherit` a list/tuple only
  when every element is a string. String literal values (model, inherit, table, compute, inverse,
  related, decoratorStrings) are cut to 80; decoratorStrings are redacted too.
- XML: trimmed of " \\t\\r\\n"; a field of empty text counts as absent (function, model, interval);
  the first field of a name wins; model_id with a ref wins over the model field; attribute values
  are taken as written; an entity that is not a character (NUL, surrogate, past U+10FFFF) stays as
  written; a self-closing record is skipped; a record (or field) with no closing tag after it ends
  the file's records. name is redacted; code is redacted line by line, then cut to 500.
- Sorted lists sort by code point (the same as JavaScript's default sort for BMP text).
"""
import ast
import json
import re
import warnings

from .file_read import decode_text, read_regular_file
from .module_facts import manifest_hooks
from .source_text import code_lines, split_lines, text_kind

MAX_DOTTED = 200
MAX_STRING = 80
MAX_STRINGS = 10
MAX_CODE = 500
UNKNOWN = "?"

# the reasons a file is in `unparsed`, worded alike by both twins (parsers word errors differently)
TOO_LARGE = "too large"
SYNTAX_ERROR = "syntax error"
TOO_DEEP = "too deeply nested"

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


class TooDeep(Exception):
    pass


def cut(text, size):
    """Cut by code points (the TypeScript twin: Array.from(s).slice(0, size).join(''))."""
    return text if len(text) <= size else text[:size]


def plain_string(node):
    """The value of a str literal ('a' 'b' is one), not bytes nor an f-string; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_string(text):
    """JSON.stringify's text of a string: non-ASCII kept, a lone surrogate escaped."""
    return _SURROGATE.sub(lambda m: "\\u%04x" % ord(m.group(0)), json.dumps(text, ensure_ascii=False))


# ---- dotted text -------------------------------------------------------------------------------

def _dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return "%s.%s" % (_dotted(node.value), node.attr)
    if isinstance(node, ast.Call):
        return _dotted(node.func) + "()"
    if isinstance(node, ast.Subscript):
        key = plain_string(node.slice)
        return "%s[%s]" % (_dotted(node.value), json_string(key) if key is not None else "")
    return UNKNOWN


def dotted(node):
    """The normalised text of an expression (snapshot.ts, "dotted text"), cut to 200 code points."""
    return cut(_dotted(node), MAX_DOTTED)


def root_name(node):
    """The name a chain of attributes, calls and subscripts starts from (self in self.a().b), or None."""
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def is_attribute_chain(node):
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


# ---- nesting -----------------------------------------------------------------------------------

def _is_elif(parent, child):
    return (isinstance(parent, ast.If) and isinstance(child, ast.If) and len(parent.orelse) == 1
            and parent.orelse[0] is child and child.col_offset == parent.col_offset)


def too_deep(tree, limit):
    """Whether a statement or expression lies deeper than limit (counted as the module docstring
    says). Iterative: it runs before anything recursive looks at the tree."""
    stack = [(s, 1) for s in tree.body]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.expr, ast.stmt)):
                stack.append((child, depth if _is_elif(node, child) else depth + 1))
            elif not isinstance(child, (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)):
                # a helper node: its children are one deeper than the node holding it
                stack.append((child, depth))
    return False


def parse_python(text, limit):
    """(tree, None) or (None, reason)."""
    try:
        with warnings.catch_warnings():
            # invalid escapes and the like warn; a warnings filter set to error must not fail the parse
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except (RecursionError, MemoryError):
        return None, TOO_DEEP
    except SyntaxError as e:
        # the tokenizer's own caps: 200 nested brackets, 100 indentation levels
        nesting = any(m in str(e.msg) for m in ("too many nested", "too many levels of indentation"))
        return None, TOO_DEEP if nesting else SYNTAX_ERROR
    except ValueError:  # a NUL byte
        return None, SYNTAX_ERROR
    if too_deep(tree, limit):
        return None, TOO_DEEP
    return tree, None


# ---- secrets -----------------------------------------------------------------------------------

class Secrets:
    """Redaction of the literals of one file, as the line scan redacts its lines: a literal is ***
    when the redactor, run on a line the literal lies on (cut as the scanner cuts it), no longer
    shows the literal's text there, or when the line lies inside a secret block (a PEM key)."""

    def __init__(self, redactor, text):
        self.redactor = redactor
        self.lines = split_lines(text)
        self._redacted = {}
        self._blocks = None

    def redact(self, text):
        return self.redactor.redact(text)

    def _line(self, index):
        if index not in self._redacted:
            self._redacted[index] = self.redactor.redact(self.redactor.cap(self.lines[index]))
        return self._redacted[index]

    def hides(self, node):
        if self._blocks is None:
            self._blocks = self.redactor.block_lines(self.lines)
        for n in range(node.lineno, node.end_lineno + 1):
            if n - 1 in self._blocks:
                return True
            raw = self.lines[n - 1].encode("utf-8")  # ast's columns count UTF-8 bytes
            start = node.col_offset if n == node.lineno else 0
            end = node.end_col_offset if n == node.end_lineno else len(raw)
            if raw[start:end].decode("utf-8", "replace") not in self._line(n - 1):
                return True
        return False

    def literal(self, node, keyword=None):
        """The literal's text, redacted, cut to 80."""
        text = node.value
        redacted = self.redactor.redact(text)
        if redacted != text:  # a secret the literal shows by itself (a URL with a password)
            return cut(redacted, MAX_STRING)
        if self.hides(node):
            return "***"
        if keyword is not None:
            # a keyword named like a secret (password='...'): *** whatever the value looks like
            assigned = "%s=%s" % (keyword, json_string(text))
            if self.redactor.redact(assigned) != assigned:
                return "***"
        return cut(text, MAX_STRING)


# ---- calls -------------------------------------------------------------------------------------

def _bound_names(target):
    """Names a target binds: x, (x, y), [x, *rest]; attributes and subscripts bind no name."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Starred):
        return _bound_names(target.value)
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for elt in target.elts for n in _bound_names(elt)]
    return []


def _result_call(value):
    """The call whose result an expression is (`call()` or `await call()`), else None."""
    if isinstance(value, ast.Await):
        value = value.value
    return value if isinstance(value, ast.Call) else None


def _arguments(call):
    """Positional arguments (not *x) and keyword values (not **x), in source order."""
    args = [a for a in call.args if not isinstance(a, ast.Starred)]
    args += [k.value for k in call.keywords if k.arg is not None]
    return sorted(args, key=lambda a: (a.lineno, a.col_offset))


class CallVisitor(ast.NodeVisitor):
    """Every call under the nodes it visits, with what each binds its result to, and the facts a
    function reads: attributes on self (or on a loop over self), keys of subscripts, names returned."""

    def __init__(self, secrets):
        self.secrets = secrets
        self.calls = []  # (line, col, visit order, call)
        self.targets = {}  # id(call) -> names bound to its result
        self.called = set()  # id() of callee expressions: attributes called are methods, not reads
        self.reads = set()  # (name, attribute)
        self.loop_names = {"self"}
        self.keys = set()
        self.returns = set()
        self.nested = 0  # inside a nested def, lambda or class: its returns are not ours

    def _bind(self, value, names):
        call = _result_call(value)
        if call is not None and names:
            self.targets.setdefault(id(call), []).extend(names)

    def _loop(self, target, iterable):
        self._bind(iterable, _bound_names(target))
        if isinstance(target, ast.Name) and root_name(iterable) == "self":
            self.loop_names.add(target.id)

    def visit_Assign(self, node):
        self._bind(node.value, [n for t in node.targets for n in _bound_names(t)])
        self.generic_visit(node)

    def visit_AnnAssign(self, node):
        if node.value is not None:
            self._bind(node.value, _bound_names(node.target))
        self.generic_visit(node)

    def visit_NamedExpr(self, node):
        self._bind(node.value, _bound_names(node.target))
        self.generic_visit(node)

    def visit_For(self, node):
        self._loop(node.target, node.iter)
        self.generic_visit(node)

    visit_AsyncFor = visit_For

    def visit_comprehension(self, node):
        self._loop(node.target, node.iter)
        self.generic_visit(node)

    def visit_With(self, node):
        for item in node.items:
            if item.optional_vars is not None:
                self._bind(item.context_expr, _bound_names(item.optional_vars))
        self.generic_visit(node)

    visit_AsyncWith = visit_With

    def _nested(self, node):
        self.nested += 1
        self.generic_visit(node)
        self.nested -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = _nested

    def visit_Return(self, node):
        if not self.nested and node.value is not None:
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            self.returns.update(v.id for v in values if isinstance(v, ast.Name))
        self.generic_visit(node)

    def visit_Constant(self, node):
        pass  # a leaf (ast's own visit_Constant looks for deprecated visitors: slow)

    def visit_Call(self, node):
        self.calls.append((node.lineno, node.col_offset, len(self.calls), node))
        self.called.add(id(node.func))
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "get" and isinstance(func.value, ast.Name) and node.args:
            key = plain_string(node.args[0])
            if key is not None:
                self.keys.add("%s.%s" % (func.value.id, cut(key, MAX_STRING)))
        self.generic_visit(node)

    def visit_Subscript(self, node):
        key = plain_string(node.slice)
        if key is not None and isinstance(node.value, ast.Name):
            self.keys.add("%s.%s" % (node.value.id, cut(key, MAX_STRING)))
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if isinstance(node.value, ast.Name) and isinstance(node.ctx, ast.Load) and id(node) not in self.called:
            self.reads.add((node.value.id, node.attr))
        self.generic_visit(node)

    # -- results

    def call_facts(self, limit):
        ordered = sorted(self.calls, key=lambda c: c[:3])[:limit]
        return [self._facts(c[3]) for c in ordered]

    def attributes(self):
        return sorted({attr for name, attr in self.reads if name in self.loop_names})

    def _facts(self, call):
        args = _arguments(call)
        names = set()
        for a in call.args + [k.value for k in call.keywords]:
            names.update(n.id for n in ast.walk(a) if isinstance(n, ast.Name))
        return {
            "line": call.lineno,
            "callee": dotted(call.func),
            "names": sorted(names),
            "keywords": [k.arg if k.arg is not None else "**" for k in call.keywords],
            "refs": [dotted(a) for a in args if is_attribute_chain(a)],
            "strings": self._strings(call, args),
            "targets": self.targets.get(id(call), []),
        }

    def _strings(self, call, args):
        keyword_of = {id(k.value): k.arg for k in call.keywords if k.arg is not None}
        out = []
        for a in args:
            if isinstance(a, (ast.List, ast.Tuple, ast.Set)):
                found = a.elts
            elif isinstance(a, ast.Dict):
                found = [k for k in a.keys if k is not None]
            else:
                found = [a]
            for node in found:
                if plain_string(node) is not None and len(out) < MAX_STRINGS:
                    out.append(self.secrets.literal(node, keyword_of.get(id(a))))
        return out


# ---- functions and classes ---------------------------------------------------------------------

def _params(args):
    out = [a.arg for a in args.posonlyargs + args.args]
    if args.vararg:
        out.append(args.vararg.arg)
    out += [a.arg for a in args.kwonlyargs]
    if args.kwarg:
        out.append(args.kwarg.arg)
    return out


def _decorator_strings(decorators, secrets):
    out = []
    for d in decorators:
        if not isinstance(d, ast.Call):
            continue
        for a in d.args:
            items = a.elts if isinstance(a, (ast.List, ast.Tuple)) else [a]
            out.extend(secrets.literal(n) for n in items if plain_string(n) is not None)
    return out


def function_facts(node, file, limits, secrets):
    visitor = CallVisitor(secrets)
    for stmt in node.body:
        visitor.visit(stmt)
    return {
        "file": file,
        "name": node.name,
        "line": node.lineno,
        "endLine": node.end_lineno,
        "decorators": [dotted(d.func if isinstance(d, ast.Call) else d) for d in node.decorator_list],
        "decoratorStrings": _decorator_strings(node.decorator_list, secrets),
        "params": _params(node.args),
        "calls": visitor.call_facts(limits["maxCallsPerFunction"]),
        "attributes": visitor.attributes(),
        "keys": sorted(visitor.keys),
        "returns": sorted(visitor.returns),
    }


def _keyword_name(call, name):
    """compute=/inverse=/related=: the string literal or the bare name's identifier, else None."""
    for k in call.keywords:
        if k.arg == name:
            text = plain_string(k.value)
            if text is not None:
                return cut(text, MAX_STRING)
            return k.value.id if isinstance(k.value, ast.Name) else None
    return None


def _keyword_bool(call, name):
    for k in call.keywords:
        if k.arg == name and isinstance(k.value, ast.Constant) and isinstance(k.value.value, bool):
            return k.value.value
    return None


def _field_facts(name, stmt):
    call = stmt.value
    return {
        "name": name,
        "line": stmt.lineno,
        "type": call.func.attr,
        "compute": _keyword_name(call, "compute"),
        "inverse": _keyword_name(call, "inverse"),
        "related": _keyword_name(call, "related"),
        "store": _keyword_bool(call, "store"),
    }


def _strings_of(value):
    """_inherit's value: a string, or a list/tuple of strings only; else []."""
    text = plain_string(value)
    if text is not None:
        return [cut(text, MAX_STRING)]
    if isinstance(value, (ast.List, ast.Tuple)):
        texts = [plain_string(e) for e in value.elts]
        if all(t is not None for t in texts):
            return [cut(t, MAX_STRING) for t in texts]
    return []


TRY = tuple(t for t in (getattr(ast, "Try", None), getattr(ast, "TryStar", None)) if t)


def conditional_defs(stmt):
    """Methods defined inside a class body's if/elif/else or try/except/else/finally branches (one
    definition per Odoo version, or depending on an import), in source order."""
    if isinstance(stmt, ast.If):
        blocks = [stmt.body, stmt.orelse]
    elif isinstance(stmt, TRY):
        blocks = [stmt.body] + [h.body for h in stmt.handlers] + [stmt.orelse, stmt.finalbody]
    else:
        return []
    out = []
    for block in blocks:
        for inner in block:
            if isinstance(inner, FUNCTIONS):
                out.append(inner)
            else:
                out.extend(conditional_defs(inner))
    return out


def class_facts(node, file, limits, secrets):
    facts = {
        "file": file, "line": node.lineno, "endLine": node.end_lineno, "name": node.name,
        "bases": [dotted(b) for b in node.bases], "model": None, "inherit": [], "table": None,
        "fields": [], "methods": [],
    }
    for stmt in node.body:
        if isinstance(stmt, FUNCTIONS):
            facts["methods"].append(function_facts(stmt, file, limits, secrets))
            continue
        branched = conditional_defs(stmt)
        if branched:
            facts["methods"].extend(function_facts(d, file, limits, secrets) for d in branched)
            continue
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id
        if name in ("_name", "_table"):
            text = plain_string(stmt.value)
            facts["model" if name == "_name" else "table"] = cut(text, MAX_STRING) if text is not None else None
        elif name == "_inherit":
            facts["inherit"] = _strings_of(stmt.value)
        elif isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Attribute) \
                and dotted(stmt.value.func) == "fields." + stmt.value.func.attr:
            facts["fields"].append(_field_facts(name, stmt))
    return facts


def python_structure(tree, file, limits, secrets):
    """(classes, functions, module-level calls) of one parsed file."""
    classes, functions = [], []
    top = CallVisitor(secrets)
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef):
            classes.append(class_facts(stmt, file, limits, secrets))
        elif isinstance(stmt, FUNCTIONS):
            functions.append(function_facts(stmt, file, limits, secrets))
        else:
            top.visit(stmt)
    return classes, functions, top.call_facts(limits["maxCallsPerFunction"])


# ---- XML data: crons and server actions --------------------------------------------------------

RECORD_CLOSE = "</record>"
FIELD_CLOSE = "</field>"
TAG_END = re.compile(r"[\s>/]")
ATTRIBUTE = re.compile(r"([A-Za-z_][\w.:-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
ENTITY = re.compile(r"&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
CDATA_OPEN, CDATA_CLOSE = "<![CDATA[", "]]>"
XML_SPACE = " \t\r\n"
KINDS = {"ir.cron": "cron", "ir.actions.server": "server_action"}


def _attributes(text):
    out = {}
    for m in ATTRIBUTE.finditer(text):
        out.setdefault(m.group(1), m.group(2) if m.group(2) is not None else m.group(3))
    return out


def _entity(m):
    name = m.group(1)
    if name in NAMED:
        return NAMED[name]
    code = int(name[2:], 16) if name.startswith("#x") else int(name[1:])
    # not a character (NUL, a surrogate, past U+10FFFF): left as written
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return m.group(0)
    return chr(code)


def xml_text(raw):
    """A field's text: entities decoded outside CDATA sections, CDATA unwrapped (an unclosed one
    runs to the end)."""
    out, at = [], 0
    while True:
        start = raw.find(CDATA_OPEN, at)
        if start < 0:
            out.append(ENTITY.sub(_entity, raw[at:]))
            return "".join(out)
        out.append(ENTITY.sub(_entity, raw[at:start]))
        end = raw.find(CDATA_CLOSE, start + len(CDATA_OPEN))
        if end < 0:
            out.append(raw[start + len(CDATA_OPEN):])
            return "".join(out)
        out.append(raw[start + len(CDATA_OPEN):end])
        at = end + len(CDATA_CLOSE)


def _open_tag(text, name, at):
    """(start, attributes text, end) of the next <name ...> tag from at, or None when there is none
    (or no `>` closes it: then no later one is closed either). Plain finds: linear on any input."""
    tag = "<" + name
    while True:
        start = text.find(tag, at)
        if start < 0:
            return None
        after = start + len(tag)
        if after < len(text) and TAG_END.match(text, after):
            gt = text.find(">", after)
            return None if gt < 0 else (start, text[after:gt], gt + 1)
        at = after


def _fields(body):
    """{name: (attributes, raw text)} of a record's fields, the first of each name."""
    out = {}
    at = 0
    while True:
        tag = _open_tag(body, "field", at)
        if tag is None:
            return out
        _, attrs, after = tag
        if attrs.endswith("/"):
            raw, at = "", after
        else:
            end = body.find(FIELD_CLOSE, after)
            if end < 0:
                return out
            raw, at = body[after:end], end + len(FIELD_CLOSE)
        parsed = _attributes(attrs)
        if "name" in parsed:
            out.setdefault(parsed["name"], (parsed, raw))


def _text_of(fields, name):
    """A field's text trimmed, or None when absent or empty."""
    if name not in fields:
        return None
    return xml_text(fields[name][1]).strip(XML_SPACE) or None


def _model_ref(fields):
    ref = fields.get("model_id", ({}, ""))[0].get("ref")
    if ref is not None:
        last = ref.rsplit(".", 1)[-1]
        return last[len("model_"):] if last.startswith("model_") else last
    return _text_of(fields, "model")


def xml_actions(text, file, secrets):
    """ir.cron and ir.actions.server records of an XML file, in line order."""
    code = "\n".join(c for c, _, _ in code_lines(text, "xml"))  # comments blanked, lines kept
    closes = [m.start() for m in re.finditer(re.escape(RECORD_CLOSE), code)]
    actions, close_at, at = [], 0, 0
    line, line_at = 1, 0  # lines counted as the records go, once over the text
    while True:
        tag = _open_tag(code, "record", at)
        if tag is None:
            break
        start, attrs_text, after = tag
        if attrs_text.endswith("/"):
            at = after
            continue
        while close_at < len(closes) and closes[close_at] < after:
            close_at += 1
        if close_at == len(closes):
            break  # no closing tag after it: neither this record nor a later one is closed
        end = closes[close_at]
        at = end + len(RECORD_CLOSE)
        attrs = _attributes(attrs_text)
        kind = KINDS.get(attrs.get("model"))
        if kind is None:
            continue
        line += code.count("\n", line_at, start)
        line_at = start
        fields = _fields(code[after:end])
        number, unit = _text_of(fields, "interval_number"), _text_of(fields, "interval_type")
        body = "\n".join(secrets.redact(x) for x in (_text_of(fields, "code") or "").split("\n"))
        actions.append({
            "file": file,
            "line": line,
            "id": attrs.get("id", ""),
            "kind": kind,
            "name": secrets.redact(_text_of(fields, "name") or ""),
            "modelRef": _model_ref(fields),
            "code": cut(body, MAX_CODE),
            "function": _text_of(fields, "function"),
            "interval": " ".join(t for t in (number, unit) if t) or None,
        })
    return actions


# ---- a module ----------------------------------------------------------------------------------

def file_structure(rel, full, kind, limits, redactor):
    """What one .py or .xml file adds to its module's ModuleStructure: a dict of lists (unparsed,
    classes, functions, moduleLevel, actions), empty when the file cannot be read (the line scan
    lists it in scan.skipped). A file's part depends on that file alone."""
    out = {}
    data, reason = read_regular_file(full, limits["maxFileBytes"])
    if reason:
        if reason.startswith(TOO_LARGE):
            out["unparsed"] = [{"file": rel, "reason": TOO_LARGE}]
        return out
    text = decode_text(data)
    secrets = Secrets(redactor, text)
    if kind == "xml":
        out["actions"] = xml_actions(text, rel, secrets)
        return out
    tree, reason = parse_python(text, limits["maxDepth"])
    if reason:
        out["unparsed"] = [{"file": rel, "reason": reason}]
        return out
    try:
        classes, functions, calls = python_structure(tree, rel, limits, secrets)
    except RecursionError:  # nesting the depth count does not see (match patterns)
        out["unparsed"] = [{"file": rel, "reason": TOO_DEEP}]
        return out
    out["classes"] = classes
    out["functions"] = functions
    if calls:
        out["moduleLevel"] = [{"file": rel, "calls": calls}]
    return out


def module_structure(name, files, manifest_text, limits, redactor, stop=None, part_of=None):
    """ModuleStructure of one module. files: (relative path, full path) of its .py and .xml files
    as the line scan walked them. redactor: the scanner's (collect/redact.py). stop: a callable, true when time is up (the structure is then
    None: a module half parsed would say less than it seems to). part_of: a callable (rel, full,
    kind) giving a file's part as file_structure does (the scanner's cache), else file_structure."""
    out = {"module": name, "unparsed": [], "classes": [], "functions": [], "moduleLevel": [], "actions": [],
           "hooks": manifest_hooks(manifest_text)}
    for rel, full in files:
        kind = text_kind(rel)
        if kind not in ("python", "xml"):
            continue
        if stop is not None and stop():
            return None
        part = part_of(rel, full, kind) if part_of else file_structure(rel, full, kind, limits, redactor)
        for key in ("unparsed", "classes", "functions", "moduleLevel", "actions"):
            out[key].extend(part.get(key, ()))
    return out
