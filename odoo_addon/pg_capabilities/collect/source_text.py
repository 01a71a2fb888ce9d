# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""How the scanner reads a source file as data; twin of static_src/cli/source-text.ts.

Comments are blanked (strings kept) and Python class/def scopes are tracked. Both twins are held
to test/fixtures/expected-matches.json, so a change here needs the same change there.
"""
import re

CONFIG_ENDINGS = (".conf", ".cfg", ".ini", ".env", ".yml", ".yaml", ".toml")
DEF_RE = re.compile(r"^\s*(?:async\s+)?(?:def|class)\s+([A-Za-z_][A-Za-z0-9_]*)")
LINE_SPLIT = re.compile(r"\r\n|\r|\n")
CONFIG_COMMENT = re.compile(r"^\s*[#;]")


def text_kind(file_name):
    name = file_name.lower()
    if name.endswith(".py"):
        return "python"
    if name.endswith(".xml"):
        return "xml"
    if name.endswith(CONFIG_ENDINGS):
        return "config"
    return "plain"


def split_lines(text):
    # str.split where it can: LINE_SPLIT.split costs ten times more on a whole tree
    if "\r" not in text:
        return text.split("\n")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def one_break(text):
    r"""The text with each line break (\r\n, \r or \n) written \n."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# code_text()'s patterns: code_lines() read in one C-level pass over a whole text whose line
# breaks are \n. Python: a string (group 1, kept) or a comment (dropped), leftmost first; a
# triple-quoted string runs to its closing quotes (no escapes there) or the end of the text, a
# one-line string to its quote or the line's end, a backslash taking the next character along.
PY_PIECES = re.compile(
    r"""('''[\s\S]*?(?:'''|\Z)|\"\"\"[\s\S]*?(?:\"\"\"|\Z)"""
    r"""|'(?:[^'\\\n]|\\[^\n])*(?:'|\\)?|"(?:[^"\\\n]|\\[^\n])*(?:"|\\)?)"""
    r"|#[^\n]*"
)
XML_COMMENT = re.compile(r"<!--[\s\S]*?(?:-->|\Z)")
CONFIG_COMMENT_LINE = re.compile(r"^[^\S\n]*[#;][^\n]*", re.MULTILINE)


def _breaks_of(m):
    return "\n" * m.group(0).count("\n")


def code_text(text, kind):
    r""""\n".join of the code of code_lines(text, kind), without a line-by-line loop: the scanner
    needs the lines themselves only in the few files where a signature can match."""
    text = one_break(text)
    if kind == "python":
        if "#" not in text:
            return text  # strings are kept: only a comment changes a line
        return "".join(filter(None, PY_PIECES.split(text)))
    if kind == "xml":
        return XML_COMMENT.sub(_breaks_of, text) if "<!--" in text else text
    if kind == "config":
        return CONFIG_COMMENT_LINE.sub("", text)
    return text


def code_lines(text, kind):
    """List of (code, scope, prose) per line; prose: the line starts inside a multi-line string
    (a docstring or help text)."""
    lines = split_lines(text)
    if kind == "python":
        return _python_lines(lines)
    if kind == "xml":
        return _xml_lines(lines)
    if kind == "config":
        return [("" if CONFIG_COMMENT.match(line) else line, "", False) for line in lines]
    return [(line, "", False) for line in lines]


def _python_lines(lines):
    triple = None
    stack = []  # (indent, name)
    out = []
    for line in lines:
        starts_in_string = triple is not None
        code = []
        i, n = 0, len(line)
        if triple is None and "#" not in line and '"' not in line and "'" not in line:
            code.append(line)  # nothing to strip: the loop below would copy it unchanged
            i = n
        while i < n:
            if triple is not None:
                end = line.find(triple, i)
                if end < 0:
                    code.append(line[i:])
                    i = n
                    break
                code.append(line[i : end + 3])
                i = end + 3
                triple = None
                continue
            c = line[i]
            if c == "#":
                break
            if c in "\"'":
                if line.startswith(c * 3, i):
                    triple = c * 3
                    code.append(triple)
                    i += 3
                    continue
                j = i + 1
                while j < n and line[j] != c:
                    j += 2 if line[j] == "\\" else 1
                code.append(line[i : j + 1])
                i = j + 1
                continue
            code.append(c)
            i += 1
        code = "".join(code)
        if not starts_in_string and code.strip() != "":
            indent = len(code) - len(code.lstrip(" \t"))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            m = DEF_RE.match(code)
            if m:
                stack.append((indent, m.group(1)))
        out.append((code, ".".join(name for _, name in stack), starts_in_string))
    return out


def _xml_lines(lines):
    in_comment = False
    out = []
    for line in lines:
        code = []
        i, n = 0, len(line)
        while i < n:
            if in_comment:
                end = line.find("-->", i)
                if end < 0:
                    i = n
                    break
                i = end + 3
                in_comment = False
                continue
            start = line.find("<!--", i)
            if start < 0:
                code.append(line[i:])
                break
            code.append(line[i:start])
            i = start + 4
            in_comment = True
        out.append(("".join(code), "", False))
    return out
