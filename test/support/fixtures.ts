import fs from 'node:fs';
import path from 'node:path';
import type { ScannedModule, SignatureMatch, SkippedFile } from '../../static_src/core/snapshot';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURE_ADDONS = path.join(ROOT, 'test/fixtures/addons');
export const SAMPLE_SQL = fs.readFileSync(path.join(ROOT, 'test/fixtures/demo/odoo17-sample.sql'), 'utf8');

export interface ExpectedScan {
  /** Folders scanned, in order, relative to the repository. */
  roots: string[];
  modules: ScannedModule[];
  matches: SignatureMatch[];
  skipped: SkippedFile[];
  filesScanned: number;
  bytesScanned: number;
}

export const EXPECTED: ExpectedScan = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/expected-matches.json'), 'utf8'));
/** The shared vectors' roots as absolute paths: fixture addons, scope cases, a stand-in Odoo tree, this addon. */
export const VECTOR_ROOTS = EXPECTED.roots.map((r) => path.join(ROOT, r));

export function readJson<T = unknown>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as T;
}
