// The scanner's quick reading of a Python or XML file in which no signature can match: its lines of
// code counted from its bytes, with no decoding and no line objects. It gives the count that
// codeLines + countCodeLines (source-text.ts, line-count.ts) give on the decoded text, because what
// they look at is ASCII (quotes, #, <!-- -->, spaces, line breaks) and UTF-8 decoding keeps every
// ASCII byte as it is and turns every other byte into some character that is not ASCII (never a
// blank, never nothing but a leading byte order mark). A file it cannot vouch for (a line that may
// be cut, a keyword in its code) goes back to the full reading: null.
import type { KeywordSet } from './keywords';

const B = { Tab: 9, Lf: 10, Vt: 11, Ff: 12, Cr: 13, Space: 32, Quote: 34, Hash: 35, Apos: 39, Backslash: 92 } as const;

// Characters whose lower case holds ASCII letters (U+0130 -> i̇, U+212A KELVIN SIGN -> k): the
// prefilter compares lower-cased text, so where they are, the bytes cannot answer for it.
const LOWERS_TO_ASCII = [Buffer.from('\u0130'), Buffer.from('\u212a')];

function blankByte(c: number): boolean {
  return c === B.Space || c === B.Tab || c === B.Ff || c === B.Vt;
}

function hasNonBlank(d: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!blankByte(d[i]!)) return true;
  return false;
}

/** Lines of code of a .py (`kind` python) or .xml file, or null when it needs the full reading:
 * a line longer than maxLine bytes (it might be cut), a keyword of `keywords` in its code, or a
 * character that lower-cases to ASCII. */
export function quietLines(data: Buffer, kind: 'python' | 'xml', maxLine: number, keywords: KeywordSet): number | null {
  for (const b of LOWERS_TO_ASCII) if (data.indexOf(b) >= 0) return null;
  const n = data.length;
  // the decoder drops a leading byte order mark
  let ls = n >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  let count = 0;
  let triple = 0;
  let inComment = false;
  const opens = new Finder(data, OPEN);
  const closes = new Finder(data, CLOSE);
  // without a carriage return, line ends are found by the native search
  const lfOnly = data.indexOf(B.Cr) < 0;
  for (;;) {
    let le: number;
    if (lfOnly) {
      le = data.indexOf(B.Lf, ls);
      if (le < 0) le = n;
    } else {
      le = ls;
      while (le < n && data[le] !== B.Lf && data[le] !== B.Cr) le++;
    }
    if (le - ls > maxLine) return null;
    const code: LineCode | null = kind === 'python' ? pythonLine(data, ls, le, triple) : xmlLine(data, ls, le, inComment, keywords, opens, closes);
    if (code === null) return null;
    if (kind === 'python') {
      triple = code.state;
      if (keywords.scanBytes(data, ls, code.end, 0) < 0) return null;
    } else inComment = code.state === 1;
    if (code.nonBlank) count += 1;
    if (le >= n) return count;
    ls = le + (data[le] === B.Cr && data[le + 1] === B.Lf ? 2 : 1);
  }
}

interface LineCode { nonBlank: boolean; state: number; end: number }

/** One line as source-text.ts pythonLines reads it: the code is the line up to its comment (a
 * prefix); `state` is the quote of the triple-quoted string still open at its end, or 0. */
function pythonLine(d: Uint8Array, ls: number, le: number, open: number): LineCode {
  let triple = open;
  let nonBlank = false;
  let i = ls;
  let end = le;
  while (i < le) {
    if (triple !== 0) {
      let k = i;
      while (k + 2 < le && !(d[k] === triple && d[k + 1] === triple && d[k + 2] === triple)) k++;
      if (k + 2 >= le) {
        if (hasNonBlank(d, i, le)) nonBlank = true;
        break;
      }
      nonBlank = true; // the closing quotes are code
      i = k + 3;
      triple = 0;
      continue;
    }
    const c = d[i]!;
    if (c === B.Hash) {
      end = i;
      break;
    }
    if (c === B.Quote || c === B.Apos) {
      nonBlank = true;
      if (i + 2 < le && d[i + 1] === c && d[i + 2] === c) {
        triple = c;
        i += 3;
        continue;
      }
      let j = i + 1;
      while (j < le && d[j] !== c) j += d[j] === B.Backslash ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (!blankByte(c)) nonBlank = true;
    i += 1;
  }
  return { nonBlank, state: triple, end };
}

/** The next place of a byte sequence at or after a position, searched natively and remembered:
 * lines ask in order, so a file is searched once from start to end (never once per line). */
class Finder {
  private found = -2;
  private from = 0;

  constructor(private readonly data: Buffer, private readonly seq: Buffer) {}

  /** Where the sequence starts at or after i and before le (the line's end), or -1. */
  at(i: number, le: number): number {
    if (this.found === -2 || i < this.from || (this.found >= 0 && this.found < i)) {
      this.found = this.data.indexOf(this.seq, i);
      this.from = i;
    }
    return this.found >= 0 && this.found < le ? this.found : -1;
  }
}

const OPEN = Buffer.from('<!--');
const CLOSE = Buffer.from('-->');

/** One line as source-text.ts xmlLines reads it: comments taken out (what is left of the line
 * joins up, so a keyword is looked for across a comment); `state` 1 while a comment is open.
 * null when a keyword is in the code. A sequence never holds a line break, so one found before
 * the line's end lies in the line. */
function xmlLine(d: Buffer, ls: number, le: number, open: boolean, keywords: KeywordSet, opens: Finder, closes: Finder): LineCode | null {
  let inComment = open;
  let nonBlank = false;
  let scan = 0;
  let i = ls;
  while (i < le) {
    if (inComment) {
      const end = closes.at(i, le);
      if (end < 0) break;
      i = end + 3;
      inComment = false;
      continue;
    }
    const start = opens.at(i, le);
    const stop = start < 0 ? le : start;
    if (!nonBlank && hasNonBlank(d, i, stop)) nonBlank = true;
    scan = keywords.scanBytes(d, i, stop, scan);
    if (scan < 0) return null;
    if (start < 0) break;
    i = start + 4;
    inComment = true;
  }
  return { nonBlank, state: inComment ? 1 : 0, end: le };
}

const SLASH = 47;
const STAR = 42;
const BACKTICK = 96;

/** Lines of code of a file read only to be counted (line-count.ts countOnlyLines), from its bytes:
 * the same tokens, leftmost first (a // comment to the line's end, a block comment to its end or
 * the file's, a '' or "" string on one line unless a backslash carries it on, a `` string over any
 * lines; a quote that opens no string is text), strings kept, comments taken out but for their
 * line breaks. Where a \r and a \n that the text joins come from two tokens they count as two
 * breaks: the line between is empty, and empty lines do not count. */
export function countOnlyBytes(data: Buffer, fileName: string): number {
  const n = data.length;
  let i = n >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  const csv = fileName.toLowerCase().endsWith('.csv');
  let count = 0;
  let has = false;
  /** Bytes [from, to) kept as they are: their line breaks end lines. */
  const keep = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const b = data[k]!;
      if (b === B.Lf || b === B.Cr) {
        if (has) count += 1;
        has = false;
        if (b === B.Cr && k + 1 < to && data[k + 1] === B.Lf) k += 1;
      } else if (!has && !blankByte(b)) has = true;
    }
  };
  if (csv) {
    keep(i, n);
    return has ? count + 1 : count;
  }
  while (i < n) {
    const c = data[i]!;
    if (c === SLASH && data[i + 1] === SLASH) {
      i += 2;
      while (i < n && data[i] !== B.Lf && data[i] !== B.Cr) i += 1;
      continue;
    }
    if (c === SLASH && data[i + 1] === STAR) {
      const end = data.indexOf('*/', i + 2, 'latin1');
      const stop = end < 0 ? n : end + 2;
      // only its line breaks stay
      for (let k = i + 2; k < stop; k++) {
        const b = data[k]!;
        if (b === B.Lf || b === B.Cr) {
          if (has) count += 1;
          has = false;
          if (b === B.Cr && k + 1 < stop && data[k + 1] === B.Lf) k += 1;
        }
      }
      i = stop;
      continue;
    }
    if (c === B.Quote || c === B.Apos || c === BACKTICK) {
      let j = i + 1;
      let end = -1;
      while (j < n) {
        const b = data[j]!;
        if (b === c) {
          end = j + 1;
          break;
        }
        if (b === B.Backslash) {
          if (j + 1 >= n) break;
          j += 2;
          continue;
        }
        if (c !== BACKTICK && (b === B.Lf || b === B.Cr)) break;
        j += 1;
      }
      if (end > 0) {
        keep(i, end);
        i = end;
        continue;
      }
    }
    if (c === B.Lf || c === B.Cr) {
      if (has) count += 1;
      has = false;
      i += c === B.Cr && data[i + 1] === B.Lf ? 2 : 1;
      continue;
    }
    if (!has && !blankByte(c)) has = true;
    i += 1;
  }
  return has ? count + 1 : count;
}
