// The engagement document: what the client report says, decided once in core
// (core/engagement.ts), as plain data. Markdown, HTML and the Odoo module's QWeb PDF each render
// it without adding a sentence of their own; every text in it is plain text (renderers escape).

/** A run of text: plain, or shown as code (a path, an identifier) or strong. */
export interface Run { t: string; code?: boolean; strong?: boolean }

export type Inline = Run[];

export type Block =
  /** id: an anchor, unique in the document ([a-z0-9-]). */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string }
  | { kind: 'paragraph'; text: Inline; tone?: 'muted' | 'warning' }
  | { kind: 'list'; ordered: boolean; items: Inline[] }
  /** A term/value list: the first page's who/what/when, a finding's observation fields. */
  | { kind: 'facts'; items: { term: string; value: Inline }[] }
  /** numeric: right-aligned column. A cell is an Inline. badge: a verdict or severity shown as a badge. */
  | { kind: 'table'; caption?: string; columns: { label: string; numeric?: boolean }[]; rows: Inline[][] }
  /** A page break in print (before the next block); nothing on screen. */
  | { kind: 'page_break' };

export interface EngagementDocument {
  /** BCP 47 tag of the number and date formats (the --locale option), e.g. 'en', 'fr-FR'. */
  locale: string;
  title: string;
  /** One line under the title: database, date. */
  subtitle: string;
  blocks: Block[];
}
