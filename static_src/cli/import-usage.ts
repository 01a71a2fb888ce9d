// Which names an import binds, and whether the file uses any of them again: an import never used
// is no client. Twin: odoo_addon/pg_capabilities/collect/import_usage.py.
import type { CodeLine } from './source-text';

const MAX_STATEMENT_LINES = 20;
/** A one-line string literal: names inside it are text, not uses (a one-line docstring); an
 * f-string's braces hold code, so f-strings are kept. */
const STRING_LITERAL = /(?<![fF])(?<![fF][rR])(?:'(?:[^'\\\n]|\\[\s\S])*'|"(?:[^"\\\n]|\\[\s\S])*")/g;
/** Characters that continue a Python identifier (ASCII word characters and any non-ASCII one). */
const IDENT = 'A-Za-z0-9_\\u0080-\\uffff';

/** The code a name must appear in to count as used: string literals blanked. */
export function usageText(code: string): string {
  return code.replace(STRING_LITERAL, '""');
}

/** The import statement starting at `index`, joined over parentheses and backslashes. */
function statementAt(lines: CodeLine[], index: number): { text: string; end: number } {
  let text = lines[index]!.code;
  let end = index;
  const open = () => (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0) || /\\\s*$/.test(text);
  while (open() && end + 1 < lines.length && end - index < MAX_STATEMENT_LINES) {
    end += 1;
    text = `${text.replace(/\\\s*$/, '')} ${lines[end]!.code}`;
  }
  return { text, end };
}

/** Names bound by `import a.b as c, d` (c, d) or `from x import (a, b as c)` (a, c); null for `*`. */
export function boundNames(statement: string): string[] | null {
  const from = /^\s*from\s+\S+\s+import\s+(.*)$/.exec(statement);
  const plain = /^\s*import\s+(.*)$/.exec(statement);
  const list = from?.[1] ?? plain?.[1];
  if (list === undefined) return [];
  const names: string[] = [];
  for (const part of list.replace(/[()]/g, ' ').split(',')) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    if (words[0] === '*') return null;
    const name = words.length >= 3 && words[1] === 'as' ? words[2]! : words[0]!.split('.')[0]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) names.push(name);
  }
  return names;
}

/** How `name` is used in `text`: each attribute read on it (`mysql.IntegrityError` gives
 * IntegrityError) or '' for a bare use, with the number of times. */
function usesIn(text: string, name: string): Map<string, number> {
  const uses = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`(?<![${IDENT}])${name}(?![${IDENT}])(?:[ \\t]*\\.[ \\t]*([A-Za-z_][A-Za-z0-9_]*))?`, 'g'))) {
    const key = m[1] ?? '';
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return uses;
}

/** The import at line `index`: the names it binds, whether any appears elsewhere in `usage` (the
 * file's code without comments, docstrings and string literals, as `usageText` makes it; it holds
 * the statement too), and how: the attributes read on them, '' for a bare use (sorted). */
export function importUsage(lines: CodeLine[], usage: string, index: number): { bound: string[]; used: boolean; uses: string[] } {
  const { text } = statementAt(lines, index);
  const names = boundNames(text);
  if (names === null) return { bound: ['*'], used: true, uses: [''] };
  const own = usageText(text);
  const uses = new Set<string>();
  for (const n of names) {
    const inStatement = usesIn(own, n);
    for (const [key, times] of usesIn(usage, n)) if (times > (inStatement.get(key) ?? 0)) uses.add(key);
  }
  return { bound: names, used: uses.size > 0, uses: [...uses].sort() };
}
