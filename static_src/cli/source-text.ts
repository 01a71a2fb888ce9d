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

function pythonLines(lines: string[]): CodeLine[] {
  let triple: string | null = null;
  const stack: { indent: number; name: string }[] = [];
  const out: CodeLine[] = [];
  for (const line of lines) {
    const startsInString = triple !== null;
    let code = '';
    let i = 0;
    while (i < line.length) {
      if (triple !== null) {
        const end = line.indexOf(triple, i);
        if (end < 0) { code += line.slice(i); i = line.length; break; }
        code += line.slice(i, end + 3);
        i = end + 3;
        triple = null;
        continue;
      }
      const c = line[i]!;
      if (c === '#') break;
      if (c === '"' || c === "'") {
        if (line.startsWith(c.repeat(3), i)) { triple = c.repeat(3); code += triple; i += 3; continue; }
        let j = i + 1;
        while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
        code += line.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      code += c;
      i += 1;
    }
    if (!startsInString && code.trim() !== '') {
      const indent = code.length - code.replace(/^[ \t]+/, '').length;
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const def = DEF_RE.exec(code);
      if (def) stack.push({ indent, name: def[1]! });
    }
    out.push({ code, scope: stack.map((s) => s.name).join('.'), prose: startsInString });
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
