// What an administrator arranged on the overview (sections closed, capabilities not in use shown,
// each capability table's sort, filter and page), kept where Odoo keeps a client action's state:
// - in the URL, so that a reload and the browser's back/forward keep it: Odoo 18/19 give a client
//   action props.updateActionState (the keys land in the URL's query, and come back on reload in
//   the action's context.params on 18; 19 hands them over no more, and they are read from the
//   address); Odoo 17 has the router service (keys in the URL's hash, back in
//   action.context.params on reload);
// - in the action's local state (env.__getLocalState__, handed back as props.state), so that coming
//   back through the breadcrumb from the findings list keeps it (all three versions).
import type { SortState } from './view-model';

export interface TableState { sort: SortState | null; query: string; page: number }
export interface ViewState { closed: string[]; unused: boolean; tables: Record<string, TableState> }

/** The URL keys (strings only: that is what a URL keeps). A key whose value is the default is
 * undefined, not '': Odoo's router drops undefined keys (17's hash, 18/19's query), so the address
 * holds only what the admin changed, and a key set before is removed when it is back to default. */
export interface UrlState { pgcap_closed: string | undefined; pgcap_unused: string | undefined; pgcap_tables: string | undefined }

export const emptyTable = (): TableState => ({ sort: null, query: '', page: 0 });
export const defaultViewState = (): ViewState => ({ closed: [], unused: false, tables: {} });

const enc = encodeURIComponent;
const dec = (s: string) => { try { return decodeURIComponent(s); } catch { return ''; } };

export function toUrl(v: ViewState): UrlState {
  const tables = Object.entries(v.tables)
    .filter(([, t]) => t.sort || t.query || t.page)
    .map(([id, t]) => [id, t.sort ? t.sort.key : '', t.sort ? (t.sort.asc ? 'a' : 'd') : '', t.query, String(t.page)].map(enc).join('~'));
  return {
    pgcap_closed: v.closed.length ? v.closed.map(enc).join(',') : undefined,
    pgcap_unused: v.unused ? '1' : undefined,
    pgcap_tables: tables.length ? tables.join(';') : undefined,
  };
}

/** Reads back what toUrl wrote; anything else (a hand-edited URL) falls back to the defaults. */
export function fromUrl(u: Partial<Record<keyof UrlState, unknown>> | null | undefined): ViewState {
  const v = defaultViewState();
  if (!u) return v;
  const str = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');
  v.closed = str(u.pgcap_closed).split(',').filter(Boolean).map(dec).filter(Boolean);
  v.unused = str(u.pgcap_unused) === '1';
  for (const entry of str(u.pgcap_tables).split(';').filter(Boolean)) {
    const [id, key, dir, query, page] = entry.split('~').map(dec);
    if (!id) continue;
    const p = Number(page);
    v.tables[id] = { sort: key ? { key, asc: dir !== 'd' } : null, query: query ?? '', page: Number.isInteger(p) && p > 0 ? p : 0 };
  }
  return v;
}

interface ActionProps {
  action?: { params?: Record<string, unknown> | false | null; context?: { params?: Record<string, unknown> } };
  state?: { pgcap?: ViewState };
}

const URL_KEYS: (keyof UrlState)[] = ['pgcap_closed', 'pgcap_unused', 'pgcap_tables'];

/** The view state's keys in the address itself: Odoo 18/19 keep them in the query, 17 in the hash.
 * Read when the action is handed none of them: Odoo 19 loads an action named by id in the URL
 * (a reload of /odoo/action-165?pgcap_unused=1) without the URL's other keys. */
export function urlParams(loc: { search: string; hash: string } = window.location): Partial<UrlState> {
  const out: Partial<UrlState> = {};
  for (const part of [loc.hash.replace(/^#/, ''), loc.search.replace(/^\?/, '')]) {
    const params = new URLSearchParams(part);
    for (const key of URL_KEYS) {
      const value = params.get(key);
      if (value !== null) out[key] = value;
    }
  }
  return out;
}

/** The state to start from: the breadcrumb's (props.state), else the URL's as the action is handed
 * it, else as the address holds it, else the defaults. */
export function initialViewState(props: ActionProps): ViewState {
  if (props.state?.pgcap) return structuredCloneSafe(props.state.pgcap);
  // an ir.actions.client record has a params field of its own (often false): the URL's keys are in
  // context.params when the action was loaded by id or path (Odoo 17, 18), in params when by tag
  const a = props.action;
  const fromContext = a?.context?.params;
  const given = (fromContext && typeof fromContext === 'object' ? fromContext : a?.params && typeof a.params === 'object' ? a.params : undefined) as Record<string, unknown> | undefined;
  return fromUrl(given && URL_KEYS.some((k) => k in given) ? given as Partial<UrlState> : urlParams());
}

function structuredCloneSafe(v: ViewState): ViewState {
  return fromUrl(toUrl(v));
}
