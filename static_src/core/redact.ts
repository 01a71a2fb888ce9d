// Secret redaction. The rules are catalog data (manifest.json "redactions" and "redactionBlocks"),
// applied the same way by the Python collector (collect/redact.py): every capture group that takes
// part in a match becomes ***. Rules run in catalog order, each on the text the previous one left.
// Every pattern is linear in the length of the text (test/catalog.test.ts checks them), and the
// scanners look at no more than limits.maxLineChars of a line.
import { catalog, type RedactionBlockDef, type RedactionDef } from './catalog';

export const REDACTED = '***';

interface Rule { re: RegExp; literals: string[] }

const compiled = new Map<RedactionDef[], Rule[]>();

function rules(defs: RedactionDef[]): Rule[] {
  let res = compiled.get(defs);
  if (!res) {
    res = defs.map((d) => ({ re: new RegExp(d.pattern, `${d.flags ?? ''}gd`), literals: d.literals ?? [] }));
    compiled.set(defs, res);
  }
  return res;
}

export function redact(text: string, defs: RedactionDef[] = catalog.redactions): string {
  let out = text;
  // a rule runs only on a text holding one of its literals; what a rule replaces (***) makes none
  const lower = text.toLowerCase();
  for (const { re, literals } of rules(defs)) {
    if (literals.length > 0 && !literals.some((l) => lower.includes(l))) continue;
    re.lastIndex = 0;
    const spans: [number, number][] = [];
    for (const m of out.matchAll(re)) {
      const indices = m.indices!;
      for (let g = 1; g < m.length; g++) {
        const span = indices[g];
        if (span && span[1] > span[0] && m[g] !== REDACTED) spans.push(span);
      }
    }
    if (spans.length === 0) continue;
    // one pass: replacing span by span would copy the text once per match
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of spans) {
      if (start < at) continue;
      parts.push(out.slice(at, start), REDACTED);
      at = end;
    }
    parts.push(out.slice(at));
    out = parts.join('');
  }
  return out;
}

/** The part of a line the scanners look at: its first maxLineChars characters (UTF-16 units). */
export function capLine(line: string, maxLineChars: number = catalog.limits.maxLineChars): string {
  return line.length > maxLineChars ? line.slice(0, maxLineChars) : line;
}

/** Trim, redact and cut a source line for display; the cut happens after redaction. A line longer
 * than maxLineChars is read up to there only, and the snippet says so. */
export function snippetOf(
  line: string, maxChars: number, defs: RedactionDef[] = catalog.redactions, maxLineChars: number = catalog.limits.maxLineChars,
): string {
  const long = line.length > maxLineChars;
  const red = redact(capLine(line, maxLineChars).trim(), defs);
  const note = long ? ` [line cut: ${line.length} chars]` : '';
  const room = maxChars - note.length;
  return red.length > room ? `${red.slice(0, room - 1)}…${note}` : `${red}${note}`;
}

/** Lines (0-based) that lie inside a multi-line secret block (a PEM private key): from the line
 * after its start to the line of its end, or to the end of the text when it has none. The start
 * line itself is left to the inline rules, which redact from the marker on. */
export function secretBlockLines(lines: string[], blocks: RedactionBlockDef[] = catalog.redactionBlocks): Set<number> {
  const inside = new Set<number>();
  for (const b of blocks) {
    const begin = new RegExp(b.begin, b.flags ?? '');
    const end = new RegExp(b.end, b.flags ?? '');
    let open = false;
    lines.forEach((line, i) => {
      if (open) {
        inside.add(i);
        if (end.test(line)) open = false;
        return;
      }
      const m = begin.exec(line);
      if (m && !end.test(line.slice(m.index + m[0].length))) open = true;
    });
  }
  return inside;
}

/** Every string in a JSON value redacted (object keys kept): for reports, snapshots and diffs
 * whose texts came from a deployment. */
export function redactDeep<T>(value: T, defs: RedactionDef[] = catalog.redactions): T {
  const seen = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let r = seen.get(v);
      if (r === undefined) {
        r = redact(v, defs);
        seen.set(v, r);
      }
      return r;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
