// The cyclonedx export: the store inventory as CycloneDX 1.6 services, validated against the official
// JSON schema by @cyclonedx/cyclonedx-library's own validator (its bundled schemas: no network).
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { exportReport } from '../static_src/core/export';
import { iriReference, serialNumber } from '../static_src/core/export/cyclonedx';
import { buildReport } from '../static_src/core/report';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../static_src/core/snapshot';
import { PGCAP_VERSION } from '../static_src/core/version';
import { scanAddons } from '../static_src/cli/scanner';
import { FIXTURE_ADDONS } from './support/fixtures';
import { demoReport, HOSTILE, judged } from './support/judged';

const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
async function expectValid(json: string) {
  expect(await validator.validate(json)).toBeNull();
}

interface Service { name: string; endpoints: string[]; data: { flow: string; classification: string; name?: string }[]; trustZone: string; 'x-trust-boundary': boolean; properties: { name: string; value: string }[] }
const prop = (s: Service, name: string) => s.properties.filter((p) => p.name === `pg-capabilities:${name}`).map((p) => p.value);

describe('cyclonedx export', () => {
  const report = demoReport();
  const text = exportReport(report, 'cyclonedx');
  const bom = JSON.parse(text);

  test('is valid CycloneDX 1.6 (strict schema)', async () => {
    await expectValid(text);
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
  });

  test('the validator does reject what breaks the schema', async () => {
    const broken = JSON.parse(text);
    broken.services[0].data[0].flow = 'sideways';
    expect(await validator.validate(JSON.stringify(broken))).not.toBeNull();
  });

  test('metadata: collection time, pgcap as the tool, the audited deployment as the component', () => {
    expect(bom.metadata.timestamp).toBe('2026-01-15T09:30:00.000Z');
    expect(bom.metadata.tools.components[0]).toMatchObject({ type: 'application', name: 'pgcap', version: PGCAP_VERSION });
    expect(bom.metadata.component).toMatchObject({ type: 'application', name: 'odoo_demo', version: '17.0' });
    expect(bom.metadata.component.properties).toContainEqual({ name: 'pg-capabilities:verdicts:refuse', value: '1' });
  });

  test('serial number: a v5 urn:uuid, the same for the same report, another for another report', () => {
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(exportReport(demoReport(), 'cyclonedx')).serialNumber).toBe(bom.serialNumber);
    expect(serialNumber({ ...report, source: { ...report.source, collectedAt: '2026-02-01T00:00:00.000Z' } })).not.toBe(bom.serialNumber);
  });

  test('one service per inventory entry, Odoo\'s own stores included, with role, verdict, modules and models', () => {
    const services: Service[] = bom.services;
    expect(services.map((s) => s.name)).toEqual(report.inventory.map((x) => x.title));
    const mongo = services.find((s) => s.name === 'MongoDB')!;
    expect(mongo.endpoints).toEqual(['mongodb+srv://odoo:***@cluster0.example.net/profiles?retryWrites=true']);
    expect(mongo.trustZone).toBe('external store');
    expect(mongo['x-trust-boundary']).toBe(true);
    expect(prop(mongo, 'role')).toEqual(['authoritative']);
    expect(prop(mongo, 'verdict')).toEqual(['refuse']);
    expect(prop(mongo, 'module')).toEqual(['mongo_customer_profiles']);
    expect(prop(mongo, 'model')).toEqual(['res.partner']);
    expect(prop(mongo, 'checklist:pitr')[0]).toContain('point-in-time');
    // res.partner is written to MongoDB: data enters the service
    expect(mongo.data).toEqual([expect.objectContaining({ flow: 'inbound', name: 'res.partner', classification: expect.stringMatching(/^authoritative/) })]);
    const es = services.find((s) => s.name.startsWith('Elasticsearch'))!;
    expect(es.data[0]).toMatchObject({ flow: 'bi-directional', classification: expect.stringMatching(/^derived/) });
    const redis = services.find((s) => s.name === 'Redis')!;
    expect(redis.data[0]!.flow).toBe('outbound');
    expect(redis.endpoints[0]).not.toContain('Sup3rSecret');
    const filestore = services.find((s) => s.name === 'Filestore')!;
    expect(filestore.trustZone).toBe('odoo server');
    expect(filestore['x-trust-boundary']).toBe(false);
    expect(prop(filestore, 'fact')).toContain('1,284 attachments in the filestore (store_fname), 2.1 GB on disk');
    expect(prop(filestore, 'verdict')).toEqual([]);
    const sessions = services.find((s) => s.name === 'Sessions')!;
    expect(sessions.data).toEqual([expect.objectContaining({ flow: 'unknown' })]);
  });

  test('hostile endpoints become valid IRI references; secrets stay redacted', async () => {
    const es: Service = bom.services.find((s: Service) => s.name.startsWith('Elasticsearch'));
    expect(es.endpoints[1]).not.toMatch(/[<>`| {}]/);
    expect(iriReference('cache.internal:6379')).toBe('cache.internal:6379');
    expect(iriReference('redis://:Sup3rSecret@cache.internal:6379/0')).toBe('redis://:***@cache.internal:6379/0');
    expect(iriReference('a b#c#d')).toBe('a%20b#c%23d');
    expect(iriReference('\uD800x: y')).toBe('%EF%BF%BDx%3A%20y');
    const hostile = judged(report, {}, [{ ...report.inventory[0]!, id: HOSTILE, title: HOSTILE, endpoints: [HOSTILE, 'http://[::1]:9200', 'mongodb://u:p4ss@h1,h2/db'], facts: [HOSTILE], settings: ['\u202Eevil'] }]);
    const out = exportReport(hostile, 'cyclonedx');
    await expectValid(out);
    expect(out).not.toContain('p4ss');
    expect(out).toContain('<U+202E>evil');
  });

  test('a report without a database or an inventory is still a valid BOM', async () => {
    const snapshot: Snapshot = { schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: '2026-01-01T00:00:00.000Z', collector: { name: 'test', version: '0', runtime: 'jest' }, catalogVersion: 1, database: null, scan: scanAddons([FIXTURE_ADDONS]) };
    const out = exportReport(buildReport(snapshot), 'cyclonedx');
    await expectValid(out);
    expect(JSON.parse(out).metadata.component.name).toBe('odoo');
  });
});

test('SHA-1 and version 5 UUIDs match the published values', () => {
  const { sha1Hex, uuidV5 } = require('../static_src/core/uuid') as typeof import('../static_src/core/uuid');
  expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  expect(sha1Hex('a'.repeat(1000))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
  expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
});

test('UTF-8 of any text, lone surrogates included, as TextEncoder gives it', () => {
  const { sha1Hex } = require('../static_src/core/uuid') as typeof import('../static_src/core/uuid');
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  for (const t of ['é€😀', '\uD800x\uDC00', 'a'.repeat(119), '\u07FF\u0800\uFFFF\u{10000}\u{10FFFF}']) {
    expect(sha1Hex(t)).toBe(createHash('sha1').update(Buffer.from(new TextEncoder().encode(t))).digest('hex'));
  }
});
