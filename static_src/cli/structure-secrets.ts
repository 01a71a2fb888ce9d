// Redaction of the literals of one file, as the line scan redacts its lines: the literal redacted
// by the catalog's rules when they change it; else *** when the redactor, run on a line the literal
// lies on (cut as the scanner cuts it), no longer shows the literal's source text there, or when
// the line lies inside a secret block (a PEM key); else *** for the value of a keyword named like
// a secret.
// Twin: Secrets in odoo_addon/pg_capabilities/collect/structure.py.
import { capLine, redact, REDACTED, secretBlockLines } from '../core/redact';
import type { Catalog } from '../core/catalog';
import type { PyNode } from './python-parser';
import { cutCodePoints, MAX_STRING } from './structure-text';

export class Secrets {
  private readonly lines: string[];
  private readonly starts: number[] = [];
  private readonly redacted = new Map<number, string>();
  private blocks: Set<number> | null = null;

  /** source: the text parsed (line ends already \n). */
  constructor(private readonly cat: Pick<Catalog, 'redactions' | 'redactionBlocks' | 'limits'>, source: string) {
    this.lines = source.split('\n');
    let at = 0;
    for (const l of this.lines) {
      this.starts.push(at);
      at += l.length + 1;
    }
  }

  redact(text: string): string {
    return redact(text, this.cat.redactions);
  }

  private line(index: number): string {
    let out = this.redacted.get(index);
    if (out === undefined) {
      out = this.redact(capLine(this.lines[index]!, this.cat.limits.maxLineChars));
      this.redacted.set(index, out);
    }
    return out;
  }

  private hides(node: PyNode): boolean {
    this.blocks ??= secretBlockLines(this.lines, this.cat.redactionBlocks);
    const first = node.startPosition.row;
    const last = node.endPosition.row;
    for (let n = first; n <= last; n++) {
      if (this.blocks.has(n)) return true;
      const raw = this.lines[n] ?? '';
      const start = n === first ? node.startIndex - this.starts[n]! : 0;
      const end = n === last ? node.endIndex - this.starts[n]! : raw.length;
      if (!this.line(n).includes(raw.slice(start, end))) return true;
    }
    return false;
  }

  /** A literal's text, redacted, cut to 80; `keyword`: the keyword it is the value of. */
  literal(node: PyNode, text: string, keyword: string | null = null): string {
    const redacted = this.redact(text);
    // a secret the literal shows by itself (a URL with a password)
    if (redacted !== text) return cutCodePoints(redacted, MAX_STRING);
    if (this.hides(node)) return REDACTED;
    if (keyword !== null) {
      // a keyword named like a secret (password='...'): *** whatever the value looks like
      const assigned = `${keyword}=${JSON.stringify(text)}`;
      if (this.redact(assigned) !== assigned) return REDACTED;
    }
    return cutCodePoints(text, MAX_STRING);
  }
}
