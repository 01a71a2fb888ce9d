// core/format.ts visible() against the shared vectors that also hold its Python twin
// (odoo_addon/pg_capabilities/report/text.py, test/python/test_visible.py) to the same output.
import fs from 'node:fs';
import path from 'node:path';
import { visible } from '../static_src/core/format';

const { vectors } = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/visible-vectors.json'), 'utf8')) as { vectors: [string, string][] };

test('the vectors are what visible() makes of each string', () => {
  expect(vectors.length).toBeGreaterThan(20);
  for (const [given, shown] of vectors) expect(visible(given)).toBe(shown);
  // the vectors hold both kinds: strings changed and strings left alone
  expect(vectors.filter(([a, b]) => a !== b).length).toBeGreaterThan(10);
  expect(vectors.filter(([a, b]) => a === b).length).toBeGreaterThan(3);
});
