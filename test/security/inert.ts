// Checks that an export is inert: what a hostile datum could turn into, format by format. Each
// checker returns the problems it finds (empty: inert), and, where the format has a structure, a
// shape to compare with the same export of a harmless datum (the data may change the text, never
// the structure).

/** Characters that show nothing but change how text reads; \r too (a line break the eye does not see).
 * Newline and tab are left to the structural checks. */
export const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]|\uDB40[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const hidden = (where: string, s: string): string[] => {
  const m = HIDDEN.exec(s);
  return m ? [`${where}: raw U+${m[0].codePointAt(0)!.toString(16).toUpperCase()} near ${JSON.stringify(s.slice(Math.max(0, m.index - 30), m.index + 30))}`] : [];
};

// ---------------------------------------------------------------- Markdown

const PUNCT = /[!-/:-@[-`{-~]/;
const ALNUM = /[A-Za-z0-9]/;
/** Markup characters that, unescaped outside a code span, would make a datum markup. */
const MARKUP = new Set(['<', '>', '[', ']', '*', '~', '$', '&', '#', '|']);
/** Of those, the ones our own templates never write. */
const NEVER_OURS = new Set(['<', '>', '[', ']', '~', '$', '&', 'stray `', '://', 'www.']);

/** The markup tokens of inline Markdown outside code spans, as GFM would read them. */
function inlineTokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && PUNCT.test(text[i + 1]!)) { i += 2; continue; }
    if (c === '`') {
      let n = 0;
      while (text[i + n] === '`') n += 1;
      // the closing run: the next run of exactly n backticks
      let j = i + n;
      let close = -1;
      while (j < text.length) {
        if (text[j] !== '`') { j += 1; continue; }
        let m = 0;
        while (text[j + m] === '`') m += 1;
        if (m === n) { close = j; break; }
        j += m;
      }
      if (close < 0) { out.push('stray `'); i += n; } else { out.push('code'); i = close + n; }
      continue;
    }
    if (MARKUP.has(c)) out.push(c);
    if (c === '_' && !(ALNUM.test(text[i - 1] ?? '') && ALNUM.test(text[i + 1] ?? ''))) out.push('_');
    if (text.startsWith('://', i)) out.push('://');
    if (/^www\./i.test(text.slice(i, i + 4)) && !ALNUM.test(text[i - 1] ?? '')) out.push('www.');
    i += 1;
  }
  return out;
}

/** GFM splits a table row on pipes that no backslash precedes, before it reads the cells. */
const tableCells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);

const BLOCK_START = /^(?: {0,3}(?:#{1,6}(?= |$)|>|[-*+](?= |$)|\d{1,9}[.)](?= |$)|```|~~~|=+\s*$|-+\s*$|<)| {4,}|\t)/;

function mdLineShape(line: string): string {
  const block = BLOCK_START.exec(line)?.[0] ?? '';
  if (line.startsWith('|')) {
    const cells = tableCells(line);
    return `table ${cells.length}: ${cells.map((c) => inlineTokens(c).join('')).join(' / ')}`;
  }
  return `${JSON.stringify(block)} ${inlineTokens(line.slice(block.length)).join(' ')}`;
}

/** The structure of a Markdown document: one shape per line (its block and its inline markup), sorted. */
export function mdShape(md: string): string[] {
  return md.split('\n').map(mdLineShape).sort();
}

export function mdProblems(md: string): string[] {
  const problems = hidden('markdown', md);
  const lines = md.split('\n');
  // tables: every row has the header's number of cells
  let header = 0;
  lines.forEach((line, n) => {
    if (!line.startsWith('|')) { header = 0; return; }
    const cells = tableCells(line).length;
    if (header === 0) header = cells;
    else if (cells !== header) problems.push(`markdown line ${n + 1}: ${cells} cells in a table of ${header}: ${line.slice(0, 120)}`);
  });
  lines.forEach((line, n) => {
    const tokens = line.startsWith('|') ? tableCells(line).flatMap(inlineTokens) : inlineTokens(line.replace(BLOCK_START, ''));
    for (const t of tokens.filter((x) => NEVER_OURS.has(x))) problems.push(`markdown line ${n + 1}: unescaped ${t}: ${line.slice(0, 160)}`);
  });
  return problems;
}

// ---------------------------------------------------------------- HTML (a DOM: jsdom's DOMParser)

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Tag names and attribute names of every element, sorted: what markup the page holds. */
export function domShape(root: Document | Element): string[] {
  // <wbr> is a line-break opportunity the HTML export puts in table cells after _ . / (more of them
  // for a text that holds more of those): no markup of the data's, left out of the shape
  const all = [...(root instanceof Document ? root.documentElement : root).querySelectorAll('*')].filter((el) => el.tagName !== 'WBR');
  return all.map((el) => `${el.tagName.toLowerCase()}[${[...el.attributes].map((a) => a.name).sort().join(',')}]`).sort();
}

const ACTIVE = 'script,img,iframe,frame,object,embed,svg,math,form,link,base,video,audio,source,track,picture,template,noscript,portal,applet';

/** An element or attribute that could act: script, media, frames, forms, event handlers, URLs that run
 * (the dashboard's own inputs and selects are held by the comparison with the harmless render). */
export function domProblems(root: Document | Element, where: string): string[] {
  const problems: string[] = [];
  const scope = root instanceof Document ? root.documentElement : root;
  for (const el of scope.querySelectorAll(ACTIVE)) problems.push(`${where}: <${el.tagName.toLowerCase()}> element`);
  for (const el of scope.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) problems.push(`${where}: ${a.name} attribute on <${el.tagName.toLowerCase()}>`);
      if (/^\s*(?:javascript|data|vbscript):/i.test(a.value)) problems.push(`${where}: ${a.name}="${a.value.slice(0, 40)}"`);
      if (['href', 'src', 'action', 'formaction', 'srcset', 'xlink:href', 'background', 'poster'].includes(a.name) && !a.value.startsWith('#')) problems.push(`${where}: ${a.name}="${a.value.slice(0, 40)}" leaves the page`);
      problems.push(...hidden(`${where} attribute ${a.name}`, a.value));
    }
  }
  problems.push(...hidden(`${where} text`, scope.textContent ?? ''));
  return problems;
}

export function htmlProblems(html: string): string[] {
  const doc = parseHtml(html);
  const problems = domProblems(doc, 'html');
  const csp = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
  if (csp.length !== 1 || !/default-src 'none'/.test(csp[0]!.getAttribute('content') ?? '')) problems.push('html: the Content-Security-Policy is not the page\'s own');
  return problems;
}

// ---------------------------------------------------------------- CSV

/** RFC 4180: rows of cells; quoted cells may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Cells a spreadsheet would run as a formula (OWASP's list, and the full-width forms). */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvProblems(csv: string, columns: number, rows: number): string[] {
  const parsed = parseCsv(csv);
  const problems: string[] = [];
  if (parsed.length !== rows) problems.push(`csv: ${parsed.length} rows, expected ${rows}`);
  parsed.forEach((r, n) => {
    if (r.length !== columns) problems.push(`csv row ${n + 1}: ${r.length} cells, expected ${columns}`);
    r.forEach((c, k) => {
      if (FORMULA_START.test(c)) problems.push(`csv row ${n + 1} cell ${k + 1} starts a formula: ${JSON.stringify(c.slice(0, 40))}`);
      if (/[\r\n]/.test(c)) problems.push(`csv row ${n + 1} cell ${k + 1} holds a line break`);
      if (c.length > 32767) problems.push(`csv row ${n + 1} cell ${k + 1}: ${c.length} characters, more than a spreadsheet cell holds`);
      problems.push(...hidden(`csv row ${n + 1} cell ${k + 1}`, c));
    });
  });
  return problems;
}

// ---------------------------------------------------------------- JSON and SARIF

/** JSON text that parses to exactly `data`, with no invisible character raw in the text. */
export function jsonProblems(text: string, data: unknown, where = 'json'): string[] {
  const problems = hidden(where, text);
  try {
    if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(data)) problems.push(`${where}: does not read back as the data`);
  } catch (e) {
    problems.push(`${where}: not JSON (${(e as Error).message})`);
  }
  return problems;
}

// RFC 3986 relative-ref with a path only: path-noscheme (no ":" in the first segment) or path-empty
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=@:]|%[0-9A-F]{2})";
const SEG_NC = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=@]|%[0-9A-F]{2})";
const RELATIVE_PATH = new RegExp(`^(?:${SEG_NC}+(?:/${PCHAR}*)*)?$`);
const FILE_FOLDER = new RegExp(`^file:///(?:${PCHAR}|/)*$`);
export const SARIF_BASE = 'file:///audit/ADDONS/';

interface SarifLocation { id?: number; physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; snippet: { text: string } } } }
interface SarifLog {
  runs: {
    tool: { driver: { rules: { shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] } };
    originalUriBaseIds: Record<string, { uri?: string; description?: { text: string } }>;
    results: { message: { text: string }; locations: SarifLocation[]; relatedLocations: SarifLocation[] }[];
  }[];
}

/** A plain text message: no raw invisible character, braces doubled, no embedded link. */
function messageProblems(where: string, text: string): string[] {
  const problems = hidden(where, text);
  if (/[{}]/.test(text.replace(/\{\{|\}\}/g, ''))) problems.push(`${where}: a single brace (a placeholder): ${text.slice(0, 80)}`);
  if (/(?<!\\)\]\(/.test(text.replace(/\\\\/g, ''))) problems.push(`${where}: an embedded link: ${text.slice(0, 80)}`);
  return problems;
}

export function sarifProblems(text: string): string[] {
  const problems = hidden('sarif', text);
  const log = JSON.parse(text) as SarifLog;
  for (const run of log.runs) {
    for (const [id, base] of Object.entries(run.originalUriBaseIds)) {
      if (base.uri !== undefined) {
        if (!FILE_FOLDER.test(base.uri) || !base.uri.endsWith('/')) problems.push(`sarif ${id}: not an absolute file URI of a folder: ${base.uri.slice(0, 80)}`);
        else if (new URL(base.uri).protocol !== 'file:') problems.push(`sarif ${id}: not a file URI`);
      } else problems.push(...messageProblems(`sarif ${id} description`, base.description?.text ?? ''));
    }
    for (const rule of run.tool.driver.rules) for (const m of [rule.shortDescription, rule.fullDescription, rule.help]) problems.push(...messageProblems('sarif rule', m.text));
    for (const r of run.results) {
      problems.push(...messageProblems('sarif message', r.message.text));
      for (const loc of [...r.locations, ...r.relatedLocations]) {
        const { uri, uriBaseId } = loc.physicalLocation.artifactLocation;
        if (!RELATIVE_PATH.test(uri)) problems.push(`sarif: ${JSON.stringify(uri.slice(0, 80))} is not a relative reference`);
        const resolved = new URL(uri, SARIF_BASE).href;
        if (!resolved.startsWith(SARIF_BASE)) problems.push(`sarif: ${JSON.stringify(uri.slice(0, 80))} resolves outside its base: ${resolved.slice(0, 80)}`);
        if (!(uriBaseId in run.originalUriBaseIds)) problems.push(`sarif: unknown uriBaseId ${uriBaseId}`);
        problems.push(...hidden('sarif snippet', loc.physicalLocation.region.snippet.text));
      }
    }
  }
  return problems;
}
