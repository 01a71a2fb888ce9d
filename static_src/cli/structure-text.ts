// Text of Python expressions as Python's `ast` sees them, read from tree-sitter nodes: string literal
// values (escapes decoded, implicit concatenation joined) and the "dotted text" of snapshot.ts.
// Twin: plain_string and dotted in odoo_addon/pg_capabilities/collect/structure.py.
import type { PyNode } from './python-parser';

const MAX_DOTTED = 200;
export const MAX_STRING = 80;
const UNKNOWN = '?';

/** Cut by code points, as Python's text[:size]. */
export function cutCodePoints(text: string, size: number): string {
  if (text.length <= size) return text;
  const points = Array.from(text);
  return points.length <= size ? text : points.slice(0, size).join('');
}

/** Named children, comments left out (tree-sitter keeps them in the tree, `ast` does not). */
export function kids(n: PyNode): PyNode[] {
  return n.namedChildren.filter((c): c is PyNode => c !== null && c.type !== 'comment' && c.type !== 'line_continuation');
}

/** Parentheses are not nodes in `ast`: the expression inside them. */
export function unwrap(n: PyNode | null): PyNode | null {
  while (n && n.type === 'parenthesized_expression') {
    const inner = kids(n);
    if (inner.length !== 1) return n;
    n = inner[0]!;
  }
  return n;
}

/** The object of an attribute, the callee of a call, the value of a subscript. tree-sitter reads
 * `[*m.values()]` as (*m).values(): `ast` has Starred(m.values()), so a star there is looked through. */
export function operand(n: PyNode | null): PyNode | null {
  let u = unwrap(n);
  while (u && u.type === 'list_splat') u = unwrap(kids(u)[0] ?? null);
  return u;
}

const ESCAPE = /\\(\n|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[A-Za-z0-9 -]+\})/g;

/** \N{NAME} escapes: JavaScript has no table of Unicode names. The names met in Odoo's own code and
 * the usual typographic ones (written with Python's unicodedata); any other stays as written. */
const UNICODE_NAMES: Record<string, number> = {
  'NO-BREAK SPACE': 0x00A0,
  'ZERO WIDTH NO-BREAK SPACE': 0xFEFF,
  'NARROW NO-BREAK SPACE': 0x202F,
  'ZERO WIDTH SPACE': 0x200B,
  'ZERO WIDTH JOINER': 0x200D,
  'ZERO WIDTH NON-JOINER': 0x200C,
  'EN DASH': 0x2013,
  'EM DASH': 0x2014,
  'EN SPACE': 0x2002,
  'EM SPACE': 0x2003,
  'THIN SPACE': 0x2009,
  'FIGURE SPACE': 0x2007,
  'HORIZONTAL ELLIPSIS': 0x2026,
  'BULLET': 0x2022,
  'EURO SIGN': 0x20AC,
  'DEGREE SIGN': 0x00B0,
  'MULTIPLICATION SIGN': 0x00D7,
  'DIVISION SIGN': 0x00F7,
  'LEFT-TO-RIGHT MARK': 0x200E,
  'RIGHT-TO-LEFT MARK': 0x200F,
  'LEFT-TO-RIGHT EMBEDDING': 0x202A,
  'RIGHT-TO-LEFT EMBEDDING': 0x202B,
  'POP DIRECTIONAL FORMATTING': 0x202C,
  'LEFT-TO-RIGHT OVERRIDE': 0x202D,
  'RIGHT-TO-LEFT OVERRIDE': 0x202E,
  'RIGHTWARDS ARROW': 0x2192,
  'LEFTWARDS ARROW': 0x2190,
  'CHECK MARK': 0x2713,
  'HEAVY CHECK MARK': 0x2714,
  'BALLOT X': 0x2717,
  'NON-BREAKING HYPHEN': 0x2011,
  'SOFT HYPHEN': 0x00AD,
  'RIGHT SINGLE QUOTATION MARK': 0x2019,
  'LEFT SINGLE QUOTATION MARK': 0x2018,
  'LEFT DOUBLE QUOTATION MARK': 0x201C,
  'RIGHT DOUBLE QUOTATION MARK': 0x201D,
  'COPYRIGHT SIGN': 0x00A9,
  'REGISTERED SIGN': 0x00AE,
  'TRADE MARK SIGN': 0x2122,
  'MIDDLE DOT': 0x00B7,
  'REPLACEMENT CHARACTER': 0xFFFD,
  'ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE ISOLATED FORM': 0xFEF5,
  'ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE FINAL FORM': 0xFEF6,
  'ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE ISOLATED FORM': 0xFEF7,
  'ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE FINAL FORM': 0xFEF8,
  'ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW ISOLATED FORM': 0xFEF9,
  'ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW FINAL FORM': 0xFEFA,
  'ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM': 0xFEFB,
  'ARABIC LIGATURE LAM WITH ALEF FINAL FORM': 0xFEFC,
  'ARABIC LIGATURE ALLAH ISOLATED FORM': 0xFDF2,
};
const SIMPLE: Record<string, string> = { '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function unescape(body: string): string {
  return body.replace(ESCAPE, (_, e: string) => {
    if (e in SIMPLE) return SIMPLE[e]!;
    if (e[0] === 'N') {
      const code = UNICODE_NAMES[e.slice(2, -1).toUpperCase()];
      return code === undefined ? `\\${e}` : String.fromCodePoint(code);
    }
    if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') {
      const code = parseInt(e.slice(1), 16);
      return code > 0x10ffff ? `\\${e}` : String.fromCodePoint(code);
    }
    return String.fromCodePoint(parseInt(e, 8));
  });
}

/** The prefix letters of a string literal (r, b, f, u...), lower case. */
function stringPrefix(n: PyNode): string {
  const start = n.firstChild?.text ?? '';
  return start.replace(/['"]+$/, '').toLowerCase();
}

/** The value of one `string` node when it is a str literal (not bytes, not an f-string), else null. */
function stringPart(n: PyNode): string | null {
  const prefix = stringPrefix(n);
  if (prefix.includes('b') || prefix.includes('f')) return null;
  const first = n.firstChild;
  const last = n.lastChild;
  if (!first || !last || first.equals(last)) return null;
  const text = n.text;
  const body = text.slice(first.text.length, text.length - last.text.length);
  return prefix.includes('r') ? body : unescape(body);
}

/** The value of a plain str literal ('a' 'b' is one literal 'ab'); else null. */
export function plainString(node: PyNode | null): string | null {
  const n = unwrap(node);
  if (!n) return null;
  if (n.type === 'string') return stringPart(n);
  if (n.type === 'concatenated_string') {
    let out = '';
    for (const part of kids(n)) {
      const s = part.type === 'string' ? stringPart(part) : null;
      if (s === null) return null;
      out += s;
    }
    return out;
  }
  return null;
}

function dottedOf(node: PyNode | null): string {
  const n = unwrap(node);
  if (!n) return UNKNOWN;
  switch (n.type) {
    case 'identifier':
    case 'keyword_identifier':
      return n.text;
    case 'attribute':
      return `${dottedOf(operand(n.childForFieldName('object')))}.${n.childForFieldName('attribute')?.text ?? ''}`;
    case 'call':
      return `${dottedOf(operand(n.childForFieldName('function')))}()`;
    case 'subscript': {
      const keys = n.childrenForFieldName('subscript');
      const key = keys.length === 1 ? plainString(keys[0]!) : null;
      return `${dottedOf(operand(n.childForFieldName('value')))}[${key !== null ? JSON.stringify(key) : ''}]`;
    }
    default:
      return UNKNOWN;
  }
}

/** The normalised text of an expression (snapshot.ts, "dotted text"), cut to 200 code points. */
export function dotted(node: PyNode | null): string {
  return cutCodePoints(dottedOf(node), MAX_DOTTED);
}

/** The name a chain of attributes, calls and subscripts starts from (self in self.a().b), or null. */
export function rootName(node: PyNode | null): string | null {
  let n = unwrap(node);
  while (n && (n.type === 'attribute' || n.type === 'call' || n.type === 'subscript')) {
    n = operand(n.childForFieldName(n.type === 'attribute' ? 'object' : n.type === 'call' ? 'function' : 'value'));
  }
  return n && n.type === 'identifier' ? n.text : null;
}

export function isAttributeChain(node: PyNode | null): boolean {
  let n = unwrap(node);
  while (n && n.type === 'attribute') n = operand(n.childForFieldName('object'));
  return n !== null && n.type === 'identifier';
}
