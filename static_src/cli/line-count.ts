// Lines of code per module: what a client pays to maintain. Counted from the text the scanner
// reads anyway (one read per file), never from a second read. Twin:
// odoo_addon/pg_capabilities/collect/line_count.py; both are held to the `lines` of each module in
// test/fixtures/expected-matches.json.
//
// A line counts when it is neither blank (only spaces, tabs, form feeds, vertical tabs) nor only a
// comment:
// - python (.py): `#` comments; docstrings are code (the scanner's own reading, source-text.ts);
// - javascript (.js .mjs .ts): `//` and `/* */` comments; strings ('', "", ``) are recognised so
//   that a `//` or `/*` inside one is not a comment; regular-expression literals are not;
// - xml (.xml): `<!-- -->` comments;
// - other: the scanner's configuration files (.conf .cfg .ini .env .yml .yaml .toml; lines starting
//   with `#` or `;` are comments), stylesheets (.css .scss .less; `//` and `/* */` as in
//   JavaScript) and .csv (every non-blank line).
// A file the scanner skips (too large, binary, unreadable, not a regular file) counts nothing.
import type { ModuleLines } from '../core/report-types';
import { splitLines, textKind, type CodeLine } from './source-text';

export type LineKind = keyof ModuleLines;

const JAVASCRIPT = ['.js', '.mjs', '.ts'];
const C_STYLE_OTHER = ['.css', '.scss', '.less'];
/** Read only for their lines: no signature of the catalog applies to them. */
export const COUNT_ONLY_ENDINGS = [...JAVASCRIPT, ...C_STYLE_OTHER, '.csv'];

const BLANK = /^[ \t\f\v]*$/;
// Comments and strings, leftmost first; a string is kept, a comment becomes its line breaks. An
// unterminated block comment runs to the end of the file. Whitespace is spelled out so that both
// twins read the same characters.
const C_TOKENS = /\/\/[^\r\n]*|\/\*(?:[\s\S]*?\*\/|[\s\S]*)|'[^'\\\r\n]*(?:\\[\s\S][^'\\\r\n]*)*'|"[^"\\\r\n]*(?:\\[\s\S][^"\\\r\n]*)*"|`[^`\\]*(?:\\[\s\S][^`\\]*)*`/g;
const NOT_BREAK = /[^\r\n]/g;

export function emptyLines(): ModuleLines {
  return { python: 0, javascript: 0, xml: 0, other: 0 };
}

/** Where a file's lines count: python and xml as the scanner reads them (textKind), else by ending. */
export function lineKind(fileName: string): LineKind {
  const kind = textKind(fileName);
  if (kind === 'python' || kind === 'xml') return kind;
  const name = fileName.toLowerCase();
  return JAVASCRIPT.some((e) => name.endsWith(e)) ? 'javascript' : 'other';
}

/** Lines of code among the scanner's code lines (comments already blanked: python, xml, config). */
export function countCodeLines(lines: CodeLine[]): number {
  return countCode(lines.map((l) => l.code));
}

/** The same from the lines' code alone (source-text.ts codeOnly). */
export function countCode(codes: string[]): number {
  let n = 0;
  for (const c of codes) if (!BLANK.test(c)) n += 1;
  return n;
}

function countText(text: string): number {
  let n = 0;
  for (const line of splitLines(text)) if (!BLANK.test(line)) n += 1;
  return n;
}

/** Lines of code of a file read only to be counted (javascript, stylesheets, csv). */
export function countOnlyLines(text: string, fileName: string): number {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return countText(text);
  return countText(text.replace(C_TOKENS, (m) => (m[0] !== '/' ? m : m[1] === '/' ? '' : m.replace(NOT_BREAK, ''))));
}
