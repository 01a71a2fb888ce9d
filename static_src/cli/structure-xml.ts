// ir.cron and ir.actions.server records of a module's XML data files, read from the text (comments
// blanked, lines kept) with plain searches: linear on any input, never an XML parser's entity
// expansion. Twin: xml_actions in odoo_addon/pg_capabilities/collect/structure.py.
import type { DataAction } from '../core/snapshot';
import { codeLines } from './source-text';
import { cutCodePoints } from './structure-text';

const MAX_CODE = 500;
const RECORD_CLOSE = '</record>';
const FIELD_CLOSE = '</field>';
// Python's \w and \s are Unicode-aware: spelled out so that both read the same characters
const TAG_END = /[\s>/]/u;
const ATTRIBUTE = /([A-Za-z_][\p{L}\p{N}_.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;
const ENTITY = /&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';
const KINDS = new Map<string, DataAction['kind']>([['ir.cron', 'cron'], ['ir.actions.server', 'server_action']]);

type Attributes = Map<string, string>;

function attributes(text: string): Attributes {
  const out: Attributes = new Map();
  for (const m of text.matchAll(ATTRIBUTE)) if (!out.has(m[1]!)) out.set(m[1]!, m[2] ?? m[3]!);
  return out;
}

function entity(whole: string, name: string): string {
  if (name in NAMED) return NAMED[name]!;
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  // not a character (NUL, a surrogate, past U+10FFFF): left as written
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return whole;
  return String.fromCodePoint(code);
}

const decodeEntities = (s: string): string => s.replace(ENTITY, entity);

/** A field's text: entities decoded outside CDATA sections, CDATA unwrapped (an unclosed one runs to the end). */
function xmlText(raw: string): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf(CDATA_OPEN, at);
    if (start < 0) {
      out.push(decodeEntities(raw.slice(at)));
      return out.join('');
    }
    out.push(decodeEntities(raw.slice(at, start)));
    const end = raw.indexOf(CDATA_CLOSE, start + CDATA_OPEN.length);
    if (end < 0) {
      out.push(raw.slice(start + CDATA_OPEN.length));
      return out.join('');
    }
    out.push(raw.slice(start + CDATA_OPEN.length, end));
    at = end + CDATA_CLOSE.length;
  }
}

/** The next <name ...> tag from `at`: its start, attribute text and the offset after it; null when
 * there is none (or no `>` closes it: then no later one is closed either). */
function openTag(text: string, name: string, at: number): { start: number; attrs: string; after: number } | null {
  const tag = `<${name}`;
  for (;;) {
    const start = text.indexOf(tag, at);
    if (start < 0) return null;
    const after = start + tag.length;
    if (after < text.length && TAG_END.test(text[after]!)) {
      const gt = text.indexOf('>', after);
      return gt < 0 ? null : { start, attrs: text.slice(after, gt), after: gt + 1 };
    }
    at = after;
  }
}

/** The fields of a record by name (the first of each name): attributes and raw text. */
function fieldsOf(body: string): Map<string, { attrs: Attributes; raw: string }> {
  const out = new Map<string, { attrs: Attributes; raw: string }>();
  let at = 0;
  for (;;) {
    const tag = openTag(body, 'field', at);
    if (!tag) return out;
    let raw = '';
    if (tag.attrs.endsWith('/')) {
      at = tag.after;
    } else {
      const end = body.indexOf(FIELD_CLOSE, tag.after);
      if (end < 0) return out;
      raw = body.slice(tag.after, end);
      at = end + FIELD_CLOSE.length;
    }
    const attrs = attributes(tag.attrs);
    const name = attrs.get('name');
    if (name !== undefined && !out.has(name)) out.set(name, { attrs, raw });
  }
}

const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** A field's text trimmed, or null when absent or empty. */
function textOf(fields: ReturnType<typeof fieldsOf>, name: string): string | null {
  const f = fields.get(name);
  if (!f) return null;
  return xmlText(f.raw).replace(XML_SPACE, '') || null;
}

function modelRef(fields: ReturnType<typeof fieldsOf>): string | null {
  const ref = fields.get('model_id')?.attrs.get('ref');
  if (ref !== undefined) {
    const last = ref.slice(ref.lastIndexOf('.') + 1);
    return last.startsWith('model_') ? last.slice('model_'.length) : last;
  }
  return textOf(fields, 'model');
}

/** ir.cron and ir.actions.server records of an XML file, in line order. */
export function xmlActions(text: string, file: string, redact: (s: string) => string): DataAction[] {
  const code = codeLines(text, 'xml').map((l) => l.code).join('\n'); // comments blanked, lines kept
  const closes: number[] = [];
  for (let i = code.indexOf(RECORD_CLOSE); i >= 0; i = code.indexOf(RECORD_CLOSE, i + RECORD_CLOSE.length)) closes.push(i);
  const actions: DataAction[] = [];
  let closeAt = 0;
  let at = 0;
  let line = 1;
  let lineAt = 0; // lines counted as the records go, once over the text
  for (;;) {
    const tag = openTag(code, 'record', at);
    if (!tag) break;
    if (tag.attrs.endsWith('/')) {
      at = tag.after;
      continue;
    }
    while (closeAt < closes.length && closes[closeAt]! < tag.after) closeAt += 1;
    if (closeAt === closes.length) break; // no closing tag after it: neither this record nor a later one is closed
    const end = closes[closeAt]!;
    at = end + RECORD_CLOSE.length;
    const attrs = attributes(tag.attrs);
    const kind = KINDS.get(attrs.get('model') ?? '');
    if (!kind) continue;
    for (let i = lineAt; i < tag.start; i++) if (code.charCodeAt(i) === 10) line += 1;
    lineAt = tag.start;
    const fields = fieldsOf(code.slice(tag.after, end));
    const interval = [textOf(fields, 'interval_number'), textOf(fields, 'interval_type')].filter((t) => t).join(' ');
    const body = (textOf(fields, 'code') ?? '').split('\n').map(redact).join('\n');
    actions.push({
      file,
      line,
      id: attrs.get('id') ?? '',
      kind,
      name: redact(textOf(fields, 'name') ?? ''),
      modelRef: modelRef(fields),
      code: cutCodePoints(body, MAX_CODE),
      function: textOf(fields, 'function'),
      interval: interval || null,
    });
  }
  return actions;
}
