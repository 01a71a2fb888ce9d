// Reports whose verdict and inventory fields are filled by hand (core/verdict.ts and core/inventory.ts
// are written apart): what the exporters, the diff and the dashboard are tested against. The values
// follow the fixture addons (test/fixtures/addons) and the demo database; some carry hostile text.
import { buildReport } from '../../static_src/core/report';
import type { Evidence, Finding, InventoryEntry, Report, VerdictKind } from '../../static_src/core/report-types';
import { VERDICTS } from '../../static_src/core/report-types';
import type { Snapshot } from '../../static_src/core/snapshot';
import { readJson } from './fixtures';

export const HOSTILE = '<img src=x onerror=alert(1)> `tick` | [link](javascript:alert(1)) {0} =cmd';

const ev = (file: string, line: number, snippet: string, kind = 'client'): Evidence => ({ file, line, snippet, signature: 'hand', kind });

type Judgement = Pick<Finding, 'verdict' | 'verdictText' | 'reasons' | 'models' | 'paths' | 'rebuild' | 'reconciliation' | 'readsBack' | 'workload' | 'action'>;

const MONGO = 'mongo_customer_profiles/models/res_partner.py';
const ES = 'search_elastic_products/models/product_index.py';
const REDIS = 'cache_redis_pricing/models/price_cache.py';

/** The verdicts the issue expects on the fixture addons, by finding id. */
export const JUDGEMENTS: Record<string, Judgement> = {
  'mongo_customer_profiles:mongodb': {
    verdict: 'refuse',
    verdictText: 'MongoDB owns customer profiles that PostgreSQL does not have, written in create and write with no rebuild path.',
    reasons: [
      { condition: 'role', holds: true, text: 'Authoritative: profiles (interests, score) are written only to MongoDB.', evidence: [ev(MONGO, 20, 'self._profiles().insert_one({"partner_id": partner.id, "interests": [], "score": 0})')] },
      { condition: 'dual_write', holds: true, text: 'res.partner.write writes the partner and the profile in two stores with no transaction spanning both.', evidence: [ev(MONGO, 27, 'self._profiles().update_one(')] },
      { condition: 'rebuild', holds: false, text: 'No method reads partners from PostgreSQL and pushes them all to MongoDB.', evidence: [] },
    ],
    models: [{ model: 'res.partner', table: 'res_partner', fields: ['email', 'name'], direction: 'to_store', evidence: [ev(MONGO, 9, '_inherit = "res.partner"', 'class')] }],
    paths: [
      { method: 'ResPartner.create', model: 'res.partner', trigger: 'create', detail: 'overrides create', timing: 'in_transaction', evidence: [ev(MONGO, 20, 'insert_one(...)')] },
      { method: 'ResPartner.write', model: 'res.partner', trigger: 'write', detail: 'overrides write', timing: 'in_transaction', evidence: [ev(MONGO, 27, 'update_one(')] },
    ],
    rebuild: { paths: [], ttl: [], invalidation: [] },
    reconciliation: [],
    readsBack: [],
    workload: [{ table: 'res_partner', model: 'res.partner', rows: 48210, tableBytes: 31_457_280, indexBytes: 9_437_184, insertsPerDay: 120, updatesPerDay: 860, deletesPerDay: 2, seqScansPerDay: 14, idxScansPerDay: 91000, capabilityInUse: true, detail: 'jsonb columns in use on this table' }],
    action: 'If MongoDB vanished, the interests and score of 48,210 partners would be lost: move them to a jsonb column on res_partner.',
  },
  'search_elastic_products:elasticsearch': {
    verdict: 'replace',
    verdictText: 'Elasticsearch is a projection of product.template with a reindex cron, and 6,400 products are well within PostgreSQL full-text search.',
    reasons: [
      { condition: 'role', holds: true, text: 'Derived: documents are built from product.template records.', evidence: [ev(ES, 22, 'es.index(index=INDEX, id=product.id, document=product._document())')] },
      { condition: 'rebuild', holds: true, text: 'A reindex cron pushes every product from PostgreSQL.', evidence: [ev(ES, 28, 'helpers.bulk(es, (... for p in self.search([])))')] },
      { condition: 'workload', holds: false, text: 'product_template is far below the full-text threshold.', evidence: [], statistic: { table: 'product_template', metric: 'rows', value: 6400, threshold: 10_000_000, source: 'PostgreSQL FTS with GIN serves tens of millions of documents (manifest.json)' } },
      { condition: 'reconciliation', holds: true, text: 'A reconciliation cron compares the index with the table: a second permanent cost.', evidence: [ev(ES, 30, 'def _reconcile_index(self):', 'method')] },
    ],
    models: [{ model: 'product.template', table: 'product_template', fields: ['description_sale', 'name'], direction: 'both', evidence: [ev(ES, 15, 'def _document(self):', 'method')] }],
    paths: [
      { method: 'ProductTemplate.write', model: 'product.template', trigger: 'write', detail: 'overrides write', timing: 'in_transaction', evidence: [ev(ES, 22, 'es.index(...)')] },
      { method: 'ProductTemplate._reindex_all', model: 'product.template', trigger: 'cron', detail: "cron 'Reindex products' (data/ir_cron.xml:4)", timing: 'unknown', evidence: [ev(ES, 28, 'helpers.bulk(...)')] },
    ],
    rebuild: { paths: [ev(ES, 28, 'helpers.bulk(es, ...)', 'rebuild')], ttl: [], invalidation: [] },
    reconciliation: [ev(ES, 30, 'def _reconcile_index(self):', 'reconciliation')],
    readsBack: [],
    workload: [{ table: 'product_template', model: 'product.template', rows: 6400, tableBytes: 5_242_880, indexBytes: 2_097_152, insertsPerDay: 12, updatesPerDay: 40, deletesPerDay: null, seqScansPerDay: 3, idxScansPerDay: 2200, capabilityInUse: false, detail: 'no GIN index on product_template' }],
    action: "A trigram GIN index on product_template.name and Odoo's search with ilike; 6,400 rows, 7 MB.",
  },
  'cache_redis_pricing:redis': {
    verdict: 'keep',
    verdictText: `Redis caches prices with a TTL and a warm-up cron, and the measured reads exceed the cache threshold. ${HOSTILE}`,
    reasons: [
      { condition: 'ttl', holds: true, text: 'Entries expire.', evidence: [ev(REDIS, 22, 'self._redis().setex(f"price:{self.id}:{product_id}", CACHE_TTL, json.dumps(price))')] },
      { condition: 'reads_back', holds: false, text: 'No value read from Redis is written to the ORM.', evidence: [] },
      { condition: 'workload', holds: true, text: 'Index scans per day on product_pricelist_item exceed the threshold.', evidence: [], statistic: { table: 'product_pricelist_item', metric: 'idxScansPerDay', value: 400_000_000, threshold: 250_000_000, source: HOSTILE } },
      { condition: 'role', holds: null, text: HOSTILE, evidence: [ev(REDIS, 48, "self._redis().setex(\"<script>alert('x')</script>\", CACHE_TTL, \"1\")")] },
    ],
    models: [{ model: 'product.pricelist', table: 'product_pricelist', fields: [], direction: 'from_store', evidence: [] }],
    paths: [{ method: 'ProductPricelist._warm_price_cache', model: 'product.pricelist', trigger: 'cron', detail: `cron 'Warm price cache' ${HOSTILE}`, timing: 'after_commit', evidence: [ev(REDIS, 41, 'def _warm_price_cache(self):', 'method')] }],
    rebuild: { paths: [ev(REDIS, 41, 'def _warm_price_cache(self):', 'rebuild')], ttl: [ev(REDIS, 22, 'setex(..., CACHE_TTL, ...)', 'ttl')], invalidation: [ev(REDIS, 32, 'def write(self, vals):', 'invalidation')] },
    reconciliation: [],
    readsBack: [],
    workload: [{ table: 'product_pricelist_item', model: 'product.pricelist.item', rows: 2_100_000, tableBytes: 1_073_741_824, indexBytes: 536_870_912, insertsPerDay: 5000, updatesPerDay: 9000, deletesPerDay: 100, seqScansPerDay: 0, idxScansPerDay: 400_000_000, capabilityInUse: null, detail: HOSTILE }],
    action: 'Keep it while the warm-up cron, the TTL and the invalidation in write stay, and nothing read from Redis is written back.',
  },
};

export const INVENTORY: InventoryEntry[] = [
  {
    id: 'external:mongodb', kind: 'external', store: 'mongodb', title: 'MongoDB',
    endpoints: ['mongodb+srv://odoo:***@cluster0.example.net/profiles?retryWrites=true'],
    modules: ['mongo_customer_profiles'], models: ['res.partner'], role: 'authoritative', verdict: 'refuse', facts: [],
    checklist: [
      { item: 'backup', text: 'Back up MongoDB apart from PostgreSQL; the two backups are never of the same instant.' },
      { item: 'pitr', text: 'A point-in-time restore of PostgreSQL does not restore the customer profiles.' },
      { item: 'credentials', text: 'A MongoDB user and password to rotate.' },
    ],
    settings: ['mongo_customer_profiles.url'],
  },
  {
    id: 'external:elasticsearch', kind: 'external', store: 'elasticsearch', title: 'Elasticsearch / OpenSearch',
    endpoints: ['http://search.internal:9200', `${HOSTILE} search host`],
    modules: ['search_elastic_products'], models: ['product.template'], role: 'derived', verdict: 'replace', facts: [],
    checklist: [{ item: 'monitoring', text: 'Cluster health and index lag to watch.' }, { item: 'version', text: 'Elasticsearch releases to keep current.' }],
    settings: ['search_elastic_products.es_url'],
  },
  {
    id: 'external:redis', kind: 'external', store: 'redis', title: 'Redis',
    endpoints: ['redis://:***@cache.internal:6379/0'],
    modules: ['cache_redis_pricing'], models: ['product.pricelist'], role: 'derived', verdict: 'keep', facts: [],
    checklist: [{ item: 'monitoring', text: 'Memory and evictions to watch.' }],
    settings: ['redis_url'],
  },
  {
    id: 'odoo:filestore', kind: 'odoo', store: 'filestore', title: 'Filestore',
    endpoints: ['file:///var/lib/odoo/filestore/odoo_demo'],
    modules: ['base'], models: ['ir.attachment'], role: null, verdict: null,
    facts: ['1,284 attachments in the filestore (store_fname), 2.1 GB on disk', '37 attachments kept in the database (db_datas)', 'ir_attachment.location = file'],
    checklist: [{ item: 'backup', text: 'Back up the filestore with the database dump: a PostgreSQL restore alone loses every attachment.' }, { item: 'pitr', text: 'A PITR of PostgreSQL does not restore the filestore.' }],
    settings: ['ir_attachment.location', 'data_dir'],
  },
  {
    id: 'odoo:sessions', kind: 'odoo', store: 'sessions', title: 'Sessions',
    endpoints: [], modules: ['base'], models: [], role: null, verdict: null,
    facts: ['Odoo keeps HTTP sessions as files under data_dir/sessions'],
    checklist: [{ item: 'backup', text: 'Not needed: losing sessions logs users out.' }],
    settings: ['data_dir'],
  },
];

/** A report whose findings carry the hand-made verdicts (review for any other finding) and inventory. */
export function judged(report: Report, judgements: Record<string, Judgement> = JUDGEMENTS, inventory: InventoryEntry[] = INVENTORY): Report {
  const r: Report = JSON.parse(JSON.stringify(report));
  r.findings = r.findings.map((f) => ({ ...f, ...(judgements[f.id] ?? { verdict: 'review', verdictText: 'No database statistics for these tables: the workload is unknown.', action: 'Audit with a database to decide.' }) }));
  const main = r.findings.filter((f) => f.section === 'findings');
  r.summary.verdicts = Object.fromEntries(VERDICTS.map((v) => [v, main.filter((f) => f.verdict === v).length])) as Record<VerdictKind, number>;
  r.inventory = JSON.parse(JSON.stringify(inventory));
  return r;
}

/** The demo snapshot (test/fixtures/demo/snapshot.json), judged by hand. */
export function demoReport(change?: (s: Snapshot) => void): Report {
  const s = readJson<Snapshot>('test/fixtures/demo/snapshot.json');
  change?.(s);
  return judged(buildReport(s));
}
