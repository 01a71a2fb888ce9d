// The store inventory as a CycloneDX 1.6 JSON BOM: one `service` per store outside PostgreSQL (its
// endpoints, the data of each Odoo model flowing to or from it, its trust zone, and pgcap's facts as
// `pg-capabilities:*` properties), so that tools that read SBOMs see every second store.
// Written by hand (it runs in the dashboard bundle too); test/cyclonedx.test.ts validates it against
// the official schema shipped by @cyclonedx/cyclonedx-library.
import { jsonText, visible } from '../format';
import { inInventory } from '../inventory';
import { redact } from '../redact';
import type { Role } from '../catalog';
import type { Finding, InventoryEntry, ModelUse, Report } from '../report-types';
import { uuidV5 } from '../uuid';
import { PGCAP_VERSION } from '../version';

/** The namespace of pgcap's name-based UUIDs (a random v4, fixed once). */
const PGCAP_NAMESPACE = 'f915d43b-1146-4d58-a036-6fc31057378f';

type Flow = 'inbound' | 'outbound' | 'bi-directional' | 'unknown';
interface Property { name: string; value: string }

/** Direction relative to the service (CycloneDX): data written to the store enters it (inbound). */
const FLOW: Record<ModelUse['direction'], Flow> = { to_store: 'inbound', from_store: 'outbound', both: 'bi-directional' };

/** What the data in the store is, by the finding's role: CycloneDX's free-text data classification. */
const CLASSIFICATION: Record<Role, string> = {
  authoritative: 'authoritative: Odoo data held only in this store',
  derived: 'derived: a projection of PostgreSQL data, rebuildable',
  unknown: 'unclassified: role not established',
};

const text = (s: string) => visible(redact(s));

/**
 * A datum as an IRI reference (the format of `endpoints`): redacted, characters an IRI cannot hold
 * percent-encoded, and a colon that would read as a scheme it is not encoded too.
 */
export function iriReference(value: string): string {
  const s = redact(value).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const [head = '', ...rest] = s.split('#');
  const fragment = rest.length ? `#${encodeURIComponent(rest.join('#')).replace(/%2F/g, '/').replace(/%3F/g, '?').replace(/%3A/g, ':').replace(/%40/g, '@')}` : '';
  let iri = encodeURI(head).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri)) iri = iri.replace(/^[^/?]*/, (seg) => seg.replace(/:/g, '%3A'));
  return iri + fragment;
}

/** The findings an inventory row was made of (the same rule as buildInventory). */
function findingsOf(r: Report, x: InventoryEntry): Finding[] {
  return r.findings.filter((f) => f.store === x.store && inInventory(f));
}

function dataFlows(r: Report, x: InventoryEntry) {
  const uses = findingsOf(r, x).flatMap((f) => (f.models ?? []).map((m) => ({ m, role: f.role })));
  const classification = x.kind === 'odoo' ? `Odoo's own ${x.title.toLowerCase()}, kept outside PostgreSQL` : CLASSIFICATION[x.role ?? 'unknown'] ?? CLASSIFICATION.unknown;
  const models = x.models.length ? x.models : [];
  if (models.length === 0) return [{ flow: 'unknown' as Flow, classification: text(classification), name: text(x.title), description: text(`Data of ${x.modules.join(', ') || 'Odoo'}`) }];
  return models.map((model) => {
    const seen = uses.filter((u) => u.m.model === model);
    const flows = [...new Set(seen.map((u) => FLOW[u.m.direction] ?? 'unknown'))];
    const flow: Flow = x.kind === 'odoo' ? 'bi-directional' : flows.length === 1 ? flows[0]! : flows.length > 1 ? 'bi-directional' : 'unknown';
    const fields = [...new Set(seen.flatMap((u) => u.m.fields))].sort();
    return {
      flow,
      classification: text(classification),
      name: text(model),
      description: text(`Odoo model ${model}${fields.length ? `, fields ${fields.join(', ')}` : ''}`),
    };
  });
}

function properties(r: Report, x: InventoryEntry): Property[] {
  const p = (name: string, value: string | null | undefined): Property[] => (value == null || value === '' ? [] : [{ name: `pg-capabilities:${name}`, value: text(value) }]);
  return [
    ...p('kind', x.kind),
    ...p('store', x.store),
    ...p('role', x.role),
    ...p('verdict', x.verdict),
    ...x.modules.flatMap((m) => p('module', m)),
    ...x.models.flatMap((m) => p('model', m)),
    ...findingsOf(r, x).flatMap((f) => p('finding', `${f.id}: ${f.verdict}`)),
    ...x.facts.flatMap((f) => p('fact', f)),
    ...x.settings.flatMap((s) => p('setting', s)),
    ...x.checklist.flatMap((c) => p(`checklist:${c.item}`, c.text)),
  ];
}

function service(r: Report, x: InventoryEntry) {
  return {
    'bom-ref': text(`store:${x.id}`),
    ...(x.kind === 'odoo' ? { group: 'odoo' } : {}),
    name: text(x.title),
    description: text(x.kind === 'odoo' ? `${x.title}: Odoo's own store outside PostgreSQL` : `${x.title}, called by ${x.modules.join(', ') || 'no module'}`),
    endpoints: [...new Set(x.endpoints.map(iriReference).filter(Boolean))],
    // an external store is reached over the network, outside PostgreSQL's trust boundary
    'x-trust-boundary': x.kind === 'external',
    trustZone: x.kind === 'odoo' ? 'odoo server' : 'external store',
    data: dataFlows(r, x),
    properties: properties(r, x),
  };
}

/** A serial number that the same report always gets: made from its source and inventory. */
export function serialNumber(r: Report): string {
  return `urn:uuid:${uuidV5(jsonText({ source: r.source, inventory: r.inventory ?? [] }), PGCAP_NAMESPACE)}`;
}

export function toCycloneDx(r: Report): string {
  const src = r.source;
  const deployment = src.database ? `Odoo database ${src.database}` : 'Odoo deployment (addons scanned, no database audited)';
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: serialNumber(r),
    version: 1,
    metadata: {
      timestamp: src.collectedAt,
      tools: { components: [{ type: 'application', group: 'pg-capabilities', name: 'pgcap', version: PGCAP_VERSION, description: text(`Audit of the PostgreSQL capabilities and external stores of an Odoo deployment; collected by ${src.collector}`) }] },
      component: {
        type: 'application',
        'bom-ref': 'deployment',
        name: text(src.database ?? 'odoo'),
        ...(src.odooVersion ? { version: text(src.odooVersion) } : {}),
        description: text(`${deployment}${src.odooVersion ? `, Odoo ${src.odooVersion}` : ''}${src.serverVersion ? `, PostgreSQL ${src.serverVersion}` : ''}`),
        properties: [
          ...(src.serverVersion ? [{ name: 'pg-capabilities:postgresql', value: text(src.serverVersion) }] : []),
          ...(src.statisticsSince ? [{ name: 'pg-capabilities:statisticsSince', value: text(src.statisticsSince) }] : []),
          ...Object.entries(r.summary.verdicts ?? {}).map(([v, n]) => ({ name: `pg-capabilities:verdicts:${v}`, value: String(Number(n)) })),
        ],
      },
    },
    services: (r.inventory ?? []).map((x) => service(r, x)),
  };
  return jsonText(bom);
}
