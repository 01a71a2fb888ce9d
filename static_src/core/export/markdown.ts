// The engagement report (core/engagement.ts) as Markdown: pasteable into a ticket, a wiki or a
// client report. It renders the document's blocks and adds no sentence of its own.
// Every text node is text, never markup: invisible characters shown as <U+XXXX>, long values
// shortened, Markdown and HTML syntax backslash-escaped (GFM reads any escaped ASCII punctuation as
// itself), code runs in code spans that their content cannot close.
import type { Block, EngagementDocument, Inline, Run } from '../document-types';
import { buildEngagement, type EngagementOptions } from '../engagement';
import { displayText, visible } from '../format';
import { redact } from '../redact';
import type { Report } from '../report-types';

/** Longest datum shown: a name (in a table cell, a heading), a sentence in a table cell, a code span,
 * running text; the JSON and HTML exports keep more. */
export const MD_NAME_MAX = 200;
export const MD_CELL_MAX = 500;
export const MD_CODE_MAX = 400;
export const MD_TEXT_MAX = 2000;

/**
 * A datum as inline Markdown text, safe in a table cell, a list item or a heading: no HTML, link,
 * image, autolink, emphasis, code span, entity, math, table cell or line break can come of it, and it
 * cannot open a block (heading, quote, list) where it starts a line.
 */
export function mdText(value: unknown, max = MD_NAME_MAX): string {
  return displayText(redact(String(value ?? '')), max)
    .replace(/[\\`*[\]<>|~$&#]/g, '\\$&')
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    // GFM's extended autolinks: scheme:// and www.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    // a list item, a setext underline or thematic break, an ordered list item, had it started a line
    .replace(/^([-+=])(?=[-= ]|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}

/**
 * A datum as a code span whose fence is longer than any run of backticks inside (so nothing in it
 * can close it early); in a table, its pipes are escaped, which GFM undoes inside the cell.
 */
export function mdCode(value: unknown, inTable = false, max = MD_CODE_MAX): string {
  let t = displayText(redact(String(value ?? '')), max);
  if (inTable) t = t.replace(/\|/g, '\\|');
  if (t === '') return '';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}


/** Where a line has room for this many characters of text, its runs share them: a short run (our
 * own words) keeps its length, the long ones (data) are cut alike. */
function shares(runs: Run[], room: number): number[] {
  const lengths = runs.map((r) => visible(redact(r.t)).length);
  const caps = new Array<number>(runs.length).fill(0);
  let left = room;
  const order = [...lengths.keys()].sort((a, b) => lengths[a]! - lengths[b]!);
  order.forEach((i, k) => {
    const share = Math.max(20, Math.floor(left / (order.length - k)));
    caps[i] = Math.min(lengths[i]!, share);
    left -= caps[i]!;
  });
  return caps.map((cap, i) => Math.max(cap, Math.min(lengths[i]!, 20)));
}

/** Inline runs as Markdown, within `room` characters of text; in a table cell, pipes cannot split
 * it. Consecutive strong runs share one pair of asterisks. */
function inline(runs: Inline, room: number, inTable = false): string {
  // a code span's fences and a strong run's asterisks take room too
  const caps = shares(runs, room - runs.filter((r) => r.code).length * 8 - runs.filter((r) => r.strong).length * 4);
  const parts = runs.map((r, i) => {
    const max = Math.max(1, caps[i]!);
    if (r.t === '') return '';
    return r.code ? mdCode(r.t, inTable, Math.min(max, MD_CODE_MAX)) : mdText(r.t, max);
  });
  let out = '';
  runs.forEach((r, i) => {
    const open = r.strong && !runs[i - 1]?.strong;
    const close = r.strong && !runs[i + 1]?.strong;
    out += `${open ? '**' : ''}${parts[i]}${close ? '**' : ''}`;
  });
  return out;
}

/** A table; a caption above it in bold. */
function table(b: Extract<Block, { kind: 'table' }>): string {
  if (b.rows.length === 0) return '';
  const head = `| ${b.columns.map((c) => mdText(c.label, MD_NAME_MAX)).join(' | ')} |`;
  const rule = `|${b.columns.map((c) => (c.numeric ? ' ---: ' : ' --- ')).join('|')}|`;
  const rows = b.rows.map((r) => `| ${b.columns.map((_, i) => inline(r[i] ?? [], MD_CELL_MAX, true) || '—').join(' | ')} |`);
  return [...(b.caption ? [`**${mdText(b.caption, MD_NAME_MAX)}**`, ''] : []), head, rule, ...rows].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading': return `${'#'.repeat(b.level)} ${mdText(b.text, MD_NAME_MAX)}`;
    // leading blanks of the data would make an indented code block
    case 'paragraph': return `${b.tone === 'warning' ? '> ' : ''}${inline(b.text, MD_TEXT_MAX * 2).replace(/^[ \t]+/, '')}`;
    case 'list': return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item, MD_TEXT_MAX * 2)}`).join('\n');
    case 'facts': return b.items.map((f) => `- **${mdText(f.term, MD_NAME_MAX)}:** ${inline(f.value, MD_TEXT_MAX)}`).join('\n');
    case 'table': return table(b);
    // nothing on screen; a printed Markdown file has no pages to break
    case 'page_break': return '';
  }
}

/** An engagement document as Markdown. */
export function renderMarkdown(doc: EngagementDocument): string {
  const out = [`# ${mdText(doc.title, MD_NAME_MAX)}`, mdText(doc.subtitle, MD_TEXT_MAX), ...doc.blocks.map(block)].filter((x) => x !== '');
  return `${out.join('\n\n')}\n`;
}

export function toMarkdown(r: Report, opts: EngagementOptions = {}): string {
  return renderMarkdown(buildEngagement(r, opts));
}
