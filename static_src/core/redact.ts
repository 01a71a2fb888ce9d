// Secret redaction for evidence snippets. The rules are catalog data (manifest.json "redactions"),
// applied the same way by the Python collector: the first capture group of each match becomes ***.
import { catalog, type RedactionDef } from './catalog';

export const REDACTED = '***';

const compiled = new Map<RedactionDef[], RegExp[]>();

function rules(defs: RedactionDef[]): RegExp[] {
  let res = compiled.get(defs);
  if (!res) {
    res = defs.map((d) => new RegExp(d.pattern, `${d.flags ?? ''}gd`));
    compiled.set(defs, res);
  }
  return res;
}

export function redact(text: string, defs: RedactionDef[] = catalog.redactions): string {
  let out = text;
  for (const re of rules(defs)) {
    re.lastIndex = 0;
    const spans: [number, number][] = [];
    for (const m of out.matchAll(re)) {
      const span = m.indices?.[1];
      if (span && m[1] !== REDACTED) spans.push(span);
    }
    for (let i = spans.length - 1; i >= 0; i--) {
      const [start, end] = spans[i]!;
      out = out.slice(0, start) + REDACTED + out.slice(end);
    }
  }
  return out;
}

/** Trim, redact and cut a source line for display; the cut happens after redaction. */
export function snippetOf(line: string, maxChars: number, defs: RedactionDef[] = catalog.redactions): string {
  const red = redact(line.trim(), defs);
  return red.length > maxChars ? `${red.slice(0, maxChars - 1)}…` : red;
}
