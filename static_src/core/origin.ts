// Whose module is it: Odoo's own, the OCA's, a third party's, or the client's custom code.
// Decided from where the module lives and what it is, never from Odoo's default author alone:
// Odoo stamps "Odoo S.A." on every manifest that names no author.
import { catalog as defaultCatalog, type Catalog } from './catalog';
import type { ProbeRow, ScannedModule } from './snapshot';

export const ORIGINS = ['odoo', 'oca', 'third_party', 'custom'] as const;
export type Origin = (typeof ORIGINS)[number];

export interface ModuleOrigin {
  origin: Origin;
  /** How it was decided, in a sentence a client can check. */
  basis: string;
}

export const ORIGIN_TITLES: Record<Origin, string> = { odoo: 'Odoo', oca: 'OCA', third_party: 'third party', custom: 'custom' };

export function originOf(
  scanned: ScannedModule | undefined,
  db: ProbeRow | undefined,
  companies: string[],
  cat: Catalog = defaultCatalog,
): ModuleOrigin {
  const rules = cat.origin;
  const author = (scanned ? scanned.author : String(db?.author ?? '')).trim();
  const license = scanned?.license || String(db?.license ?? '');
  const website = scanned?.website || String(db?.website ?? '');
  const odooAuthor = rules.odooAuthors.some((a) => author.toLowerCase() === a.toLowerCase());
  const company = companies.find((c) => c.trim() !== '' && c.trim().toLowerCase() === author.toLowerCase());

  if (scanned?.inOdooTree) {
    // Odoo ships modules written with partners (l10n_* by ADHOC, Vauxoo...): the tree decides
    return { origin: 'odoo', basis: `its folder is in Odoo's own source tree${author && !odooAuthor ? ` (author ${author})` : ''}` };
  }
  if ((odooAuthor || author === '') && rules.odooLicenses.includes(license)) {
    // Odoo's enterprise modules often name no author; others publishing under OEEL-1 name theirs
    return { origin: 'odoo', basis: `Odoo's enterprise licence ${license}${author ? ` and author ${author}` : ' and no other author'}` };
  }
  if (new RegExp(rules.ocaAuthorPattern, 'i').test(author)) {
    return { origin: 'oca', basis: 'its author names the Odoo Community Association' };
  }
  if (website && new RegExp(rules.ocaWebsitePattern, 'i').test(website)) {
    return { origin: 'oca', basis: "its website is under the OCA's organisation" };
  }
  if (company) return { origin: 'custom', basis: `its author is the audited company (${company})` };
  if (!scanned) {
    // the database alone: its author is the manifest's, or Odoo's default when there was none
    if (author === '') return { origin: 'custom', basis: 'no author in the database' };
    if (odooAuthor) {
      return { origin: 'odoo', basis: `from the database only: author ${author}, which Odoo also writes for a manifest without an author (scan the addons to tell)` };
    }
    return { origin: 'third_party', basis: `from the database only: author ${author}` };
  }
  if (author === '') return { origin: 'custom', basis: 'its manifest names no author' };
  if (odooAuthor) return { origin: 'third_party', basis: `names ${author} as author but lives outside Odoo's source tree` };
  return {
    origin: 'third_party',
    basis: db || companies.length ? `author ${author}` : `author ${author} (no database audited: whether that is the client's own company could not be checked)`,
  };
}
