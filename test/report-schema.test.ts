// schema/report.schema.json describes the JSON report (pgcap --format json): real reports validate
// against it (the fixture addons and the demo database, judged by core and by hand), and a report
// that breaks the contract of version 3 does not.
import Ajv from 'ajv';
import { exportReport } from '../static_src/core/export';
import { buildReport } from '../static_src/core/report';
import type { Report } from '../static_src/core/report-types';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../static_src/core/snapshot';
import { scanAddons } from '../static_src/cli/scanner';
import { FIXTURE_ADDONS, readJson } from './support/fixtures';
import { demoReport } from './support/judged';

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(readJson('schema/report.schema.json') as object);
const check = (r: unknown) => (validate(r) ? null : validate.errors);
const asJson = (r: Report) => JSON.parse(exportReport(r, 'json'));

test('a report of the fixture addons (no database) validates', () => {
  const snapshot: Snapshot = { schema: SNAPSHOT_SCHEMA, version: 3, collectedAt: '2026-01-01T00:00:00.000Z', collector: { name: 'test', version: '0', runtime: 'jest' }, catalogVersion: 1, database: null, scan: scanAddons([FIXTURE_ADDONS]) };
  const r = asJson(buildReport(snapshot));
  expect(r.findings.length).toBeGreaterThan(0);
  expect(check(r)).toBeNull();
});

test('the demo database report validates, as core judges it and with every verdict field filled', () => {
  expect(check(asJson(buildReport(readJson<Snapshot>('test/fixtures/demo/snapshot.json'))))).toBeNull();
  const r = asJson(demoReport());
  expect(r.findings.some((f: { reasons: unknown[] }) => f.reasons.length > 0)).toBe(true);
  expect(r.inventory.length).toBeGreaterThan(0);
  expect(check(r)).toBeNull();
});

test('what breaks version 3 is refused: an unknown verdict, a missing inventory, a reason without evidence', () => {
  const bad = (change: (r: Record<string, any>) => void) => { const r = asJson(demoReport()); change(r); return check(r); };
  expect(bad((r) => { r.findings[0].verdict = 'maybe'; })).not.toBeNull();
  expect(bad((r) => { delete r.inventory; })).not.toBeNull();
  expect(bad((r) => { delete r.findings[0].reasons[0].evidence; })).not.toBeNull();
  expect(bad((r) => { r.inventory[0].kind = 'cloud'; })).not.toBeNull();
  expect(bad((r) => { r.findings[0].paths[0].timing = 'later'; })).not.toBeNull();
  expect(bad((r) => { delete r.summary.verdicts.keep; })).not.toBeNull();
  expect(bad((r) => { r.audit.probes[0].status = 'maybe'; })).not.toBeNull();
});
