// Mounting the finding-details field widget (static_src/dashboard/finding-details.ts) in jsdom as
// Odoo's form view would for a pg.capabilities.finding record: npm OWL, the module's own XML
// template, the record's `details` Json (the whole Finding, as pgcap_store_report stored it), and
// stand-in orm/action/notification services that record their calls.
import { App } from '@odoo/owl';
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../static_src/core/report-types';
import { FindingDetails } from '../../static_src/dashboard/finding-details';

const ROOT = path.resolve(__dirname, '../..');

export const DETAILS_TEMPLATES = fs.readFileSync(path.join(ROOT, 'odoo_addon/pg_capabilities/static/src/dashboard/finding_details.xml'), 'utf8').replace(/<\?xml[^>]*>/, '');

export interface DetailsOptions {
  /** Records the orm's search finds, per model: the searched value -> its id. */
  records?: Record<string, Record<string, number>>;
  /** OWL's translateFn (Odoo sets it to _t): the template's texts. */
  translateFn?: (s: string) => string;
}

/** The widget showing `details` (a Finding, or anything the Json field holds), mounted in #root. */
export async function mountDetails(details: Finding | unknown, opts: DetailsOptions = {}) {
  const searches: { model: string; method: string; args: unknown[]; kwargs: unknown }[] = [];
  const orm = {
    call: async (model: string, method: string, args: unknown[] = [], kwargs: unknown = {}) => {
      searches.push({ model, method, args, kwargs });
      if (method !== 'search') throw new Error(`no method ${method} in this stand-in`);
      const [[[, op, value]]] = args as [[[string, string, string]]];
      if (op !== '=') throw new Error(`unexpected operator ${op}`);
      const id = opts.records?.[model]?.[value];
      return id ? [id] : [];
    },
  };
  const action = { calls: [] as unknown[], doAction: async (a: unknown) => { action.calls.push(a); } };
  const notification = { add: jest.fn() };
  document.body.innerHTML = '<div id="root"></div>';
  // the form's record: the Json field's value as the server sends it (a copy, nothing shared)
  const record = { data: { details: details === undefined ? false : JSON.parse(JSON.stringify(details)) } };
  const app = new App(FindingDetails, {
    env: { services: { orm, action, notification } }, props: { record, name: 'details' }, templates: DETAILS_TEMPLATES, test: true,
    ...(opts.translateFn ? { translateFn: opts.translateFn } : {}),
  });
  await app.mount(document.getElementById('root')!);
  return { app, searches, action, notification, root: document.querySelector('.o_pgcap_finding_details') as HTMLElement };
}
