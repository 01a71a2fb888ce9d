// The engagement report (core/engagement.ts) as one self-contained HTML page: inline CSS, no
// script, no external request; it renders the document's blocks and adds no sentence of its own.
// Every text node is escaped, its invisible characters shown as <U+XXXX>, a very long one shortened;
// any long word wraps. It prints well: A4 pages numbered in their margins, page breaks where the
// document says, table headers repeated and rows kept whole.
import type { Block, EngagementDocument, Inline } from '../document-types';
import { buildEngagement, type EngagementOptions } from '../engagement';
import { displayText } from '../format';
import { redact } from '../redact';
import type { Report } from '../report-types';
import { VERDICTS } from '../report-types';
import { VERDICT_COLORS } from '../verdict-labels';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Longest datum shown; the JSON export keeps every value whole. */
export const HTML_TEXT_MAX = 1000;
/** A datum as element text. */
const e = (s: string | number | null | undefined) => escapeHtml(displayText(redact(String(s ?? '')), HTML_TEXT_MAX));

/** Longest run of a table cell without a place to wrap: past it, a break is allowed anyway. */
export const CELL_RUN_MAX = 20;
/** A datum as table-cell text: may wrap after _ and /, after . : - unless a digit follows (2.1 GB
 * stays whole), and inside runs longer than CELL_RUN_MAX; never elsewhere, so that a narrow A4
 * column shows "account_move_|line", not "accoun|t_mov|e_line". */
function cellText(s: string | number | null | undefined): string {
  const chars = [...displayText(redact(String(s ?? '')), HTML_TEXT_MAX)];
  let out = '';
  let run = 0;
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) run = 0;
    else if (run === CELL_RUN_MAX) { out += '<wbr>'; run = 0; }
    out += escapeHtml(ch);
    if (/\s/.test(ch)) return;
    run += 1;
    const next = chars[i + 1];
    if (next && !/\s/.test(next) && (/[_/]/.test(ch) || (/[.:-]/.test(ch) && !/\d/.test(next)))) { out += '<wbr>'; run = 0; }
  });
  return out;
}

/** A text as a CSS string: every character but letters, digits and spaces written as a hex escape,
 * so that nothing in it can end the string or the style sheet. */
function cssString(s: string): string {
  return `"${[...displayText(redact(s), 90)].map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

const CSS = `
:root{--fg:#212529;--muted:#5c636a;--line:#dee2e6;--bg:#f8f9fa;--accent:#714b67}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}
header{background:var(--accent);color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.9}
main{padding:16px 32px 48px;max-width:1200px}h2{margin:28px 0 10px;font-size:18px;border-bottom:1px solid var(--line);padding-bottom:6px}
h3{font-size:15px;margin:22px 0 8px}h4{font-size:12px;margin:14px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
p{margin:6px 0}ul,ol{margin:6px 0;padding-left:22px}li{margin:2px 0}
dl.facts{display:grid;grid-template-columns:minmax(120px,max-content) 1fr;gap:3px 14px;margin:8px 0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
main>dl.facts:first-child{grid-template-columns:max-content 1fr max-content 1fr}
table{border-collapse:collapse;width:100%;margin:8px 0 6px;font-size:12.5px}caption{text-align:left;font-weight:600;font-size:12px;color:var(--muted);padding:2px 0 4px}
th,td{border-bottom:1px solid var(--line);padding:4px 7px;text-align:left;vertical-align:top}th{background:var(--bg);font-weight:600}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:var(--bg);padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
p.muted{color:var(--muted)}p.warn{border-left:3px solid #a61b1b;padding-left:8px}
dd,li,h1,h3,p,summary{overflow-wrap:anywhere}td,td code{overflow-wrap:normal;word-break:normal}
${VERDICTS.map((v) => `.v-${v}{background:${VERDICT_COLORS[v].bg};color:${VERDICT_COLORS[v].fg}}`).join('')}
.page-break{display:none}
@media print{
body{font-size:10pt;line-height:1.4}header{padding:0 0 6px;background:none;color:var(--fg);border-bottom:2px solid var(--accent)}header h1{color:var(--accent)}
main{padding:0;max-width:none}h2{break-after:avoid;margin:14px 0 6px;font-size:13pt}h3{margin:12px 0 6px}h3,h4{break-after:avoid}
.page-break{display:block;break-after:page}
table{font-size:8.5pt}thead{display:table-header-group}tr,dl.facts,li{break-inside:avoid}caption{break-after:avoid}
code{font-size:8pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** A4 pages, numbered; the title in the top margin (margin boxes: Chromium 131+, wkhtmltopdf ignores them). */
function pageCss(doc: EngagementDocument): string {
  return `@page{size:A4;margin:18mm 14mm 18mm 14mm;`
    + `@top-left{content:${cssString(doc.title)};font:8pt system-ui,sans-serif;color:#5c636a}`
    + `@bottom-left{content:${cssString(doc.subtitle)};font:8pt system-ui,sans-serif;color:#5c636a}`
    + '@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt system-ui,sans-serif;color:#5c636a}}';
}

function inline(runs: Inline, text: (s: string) => string = e): string {
  return runs.map((r) => {
    const body = r.code ? `<code>${text(r.t)}</code>` : text(r.t);
    return r.strong ? `<strong>${body}</strong>` : body;
  }).join('');
}

const anchor = (id: string | undefined) => (id ? ` id="${escapeHtml(id.replace(/[^a-z0-9-]/g, '-'))}"` : '');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading': return `<h${b.level}${anchor(b.id)}>${e(b.text)}</h${b.level}>`;
    case 'paragraph': return `<p${b.tone ? ` class="${b.tone === 'warning' ? 'warn' : 'muted'}"` : ''}>${inline(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${tag}>`;
    }
    case 'facts': return `<dl class="facts">${b.items.map((f) => `<dt>${e(f.term)}</dt><dd>${inline(f.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      if (b.rows.length === 0) return '';
      const num = (i: number) => (b.columns[i]?.numeric ? ' class="num"' : '');
      return `<table>${b.caption ? `<caption>${e(b.caption)}</caption>` : ''}<thead><tr>${b.columns.map((c, i) => `<th${num(i)}>${e(c.label)}</th>`).join('')}</tr></thead>`
        + `<tbody>${b.rows.map((r) => `<tr>${b.columns.map((_, i) => `<td${num(i)}>${inline(r[i] ?? [], cellText) || '—'}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    }
    case 'page_break': return '<div class="page-break"></div>';
  }
}

/** An engagement document as a self-contained HTML page. */
export function renderHtml(doc: EngagementDocument): string {
  const lang = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(doc.locale) ? doc.locale : 'en';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(doc.title)}</title><style>${CSS}${pageCss(doc)}</style></head><body>
<header><h1>${e(doc.title)}</h1><p>${e(doc.subtitle)}</p></header>
<main>
${doc.blocks.map(block).filter(Boolean).join('\n')}
</main></body></html>
`;
}

export function toHtml(r: Report, opts: EngagementOptions = {}): string {
  return renderHtml(buildEngagement(r, opts));
}
