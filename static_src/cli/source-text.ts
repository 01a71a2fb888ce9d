// How the scanner reads a source file as data: comments blanked, Python scopes tracked.
// odoo_addon/pg_capabilities/collect/source_text.py is the twin of this file; both are held to
// test/fixtures/expected-matches.json, so a change here needs the same change there.

export interface CodeLine {
  /** The line with comments removed (strings kept). */
  code: string;
  /** Enclosing Python class/def names, dotted. */
  scope: string;
  /** The line starts inside a multi-line string: a docstring or help text, prose rather than code. */
  prose: boolean;
}

export type TextKind = 'python' | 'xml' | 'config' | 'plain';

const CONFIG_ENDINGS = ['.conf', '.cfg', '.ini', '.env', '.yml', '.yaml', '.toml'];
const DEF_RE = /^\s*(?:async\s+)?(?:def|class)\s+([A-Za-z_][A-Za-z0-9_]*)/;

export function textKind(fileName: string): TextKind {
  const name = fileName.toLowerCase();
  if (name.endsWith('.py')) return 'python';
  if (name.endsWith('.xml')) return 'xml';
  if (CONFIG_ENDINGS.some((e) => name.endsWith(e))) return 'config';
  return 'plain';
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function codeLines(text: string, kind: TextKind): CodeLine[] {
  const lines = splitLines(text);
  switch (kind) {
    case 'python': return pythonLines(lines);
    case 'xml': return xmlLines(lines);
    case 'config': return lines.map((l) => ({ code: /^\s*[#;]/.test(l) ? '' : l, scope: '', prose: false }));
    default: return lines.map((l) => ({ code: l, scope: '', prose: false }));
  }
}

// Character codes looked at by pythonLines.
const HASH = 35;
const QUOTE = 34;
const APOS = 39;
const BACKSLASH = 92;

/** Where a Python line's code ends (its comment starts, or its end): the code is always a prefix
 * of the line. `open` is the quote of a triple-quoted string open at its start (0: none); the
 * result's `open`, the one still open at its end. */
function pythonCodeEnd(line: string, open: number): { end: number; open: number } {
  let triple = open;
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (triple !== 0) {
      const end = line.indexOf(triple === QUOTE ? '"""' : "'''", i);
      if (end < 0) return { end: n, open: triple };
      i = end + 3;
      triple = 0;
      continue;
    }
    const c = line.charCodeAt(i);
    if (c === HASH) return { end: i, open: 0 };
    if (c === QUOTE || c === APOS) {
      if (line.charCodeAt(i + 1) === c && line.charCodeAt(i + 2) === c) {
        triple = c;
        i += 3;
        continue;
      }
      let j = i + 1;
      while (j < n && line.charCodeAt(j) !== c) j += line.charCodeAt(j) === BACKSLASH ? 2 : 1;
      i = j + 1;
      continue;
    }
    i += 1;
  }
  return { end: n, open: triple };
}

/** The code of each line, as codeLines gives it, without scopes: what the scanner needs to know
 * whether a file can match at all (most that hold a literal cannot). */
export function codeOnly(text: string, kind: TextKind): string[] {
  if (kind !== 'python') return codeLines(text, kind).map((l) => l.code);
  let triple = 0;
  return splitLines(text).map((line) => {
    const cut = pythonCodeEnd(line, triple);
    triple = cut.open;
    return cut.end === line.length ? line : line.slice(0, cut.end);
  });
}

function pythonLines(lines: string[]): CodeLine[] {
  let triple = 0;
  const stack: { indent: number; name: string }[] = [];
  const out: CodeLine[] = [];
  let scope = '';
  for (const line of lines) {
    const startsInString = triple !== 0;
    const cut = pythonCodeEnd(line, triple);
    triple = cut.open;
    const code = cut.end === line.length ? line : line.slice(0, cut.end);
    if (!startsInString && code.trim() !== '') {
      const indent = code.length - code.replace(/^[ \t]+/, '').length;
      let changed = false;
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) {
        stack.pop();
        changed = true;
      }
      const def = DEF_RE.exec(code);
      if (def) {
        stack.push({ indent, name: def[1]! });
        changed = true;
      }
      if (changed) scope = stack.map((s) => s.name).join('.');
    }
    out.push({ code, scope, prose: startsInString });
  }
  return out;
}

function xmlLines(lines: string[]): CodeLine[] {
  let inComment = false;
  return lines.map((line) => {
    let code = '';
    let i = 0;
    while (i < line.length) {
      if (inComment) {
        const end = line.indexOf('-->', i);
        if (end < 0) { i = line.length; break; }
        i = end + 3;
        inComment = false;
        continue;
      }
      const start = line.indexOf('<!--', i);
      if (start < 0) { code += line.slice(i); break; }
      code += line.slice(i, start);
      i = start + 4;
      inComment = true;
    }
    return { code, scope: '', prose: false };
  });
}
