// Lines of code per module: the shared vectors of test/fixtures/expected-lines.json, which the
// Python suite asserts too (test/python/test_line_count.py).
import fs from 'node:fs';
import path from 'node:path';
import { countCodeLines, countOnlyLines, COUNT_ONLY_ENDINGS, lineKind } from '../static_src/cli/line-count';
import { scanAddons } from '../static_src/cli/scanner';
import { codeLines, textKind } from '../static_src/cli/source-text';
import { decodeText } from '../static_src/cli/file-read';
import { EXPECTED, ROOT, VECTOR_ROOTS } from './support/fixtures';

const LINES = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/expected-lines.json'), 'utf8'));

/** A file's count as the scanner makes it: count-only files, or the scanner's code lines. */
function count(file: string): number {
  const name = path.basename(file);
  const text = decodeText(fs.readFileSync(path.join(ROOT, file)));
  if (COUNT_ONLY_ENDINGS.some((e) => name.toLowerCase().endsWith(e))) return countOnlyLines(text, name);
  return countCodeLines(codeLines(text, textKind(name)));
}

type FileVector = { file: string; kind: string; lines: number };
test.each((LINES.files as FileVector[]).map((f): [string, FileVector] => [f.file, f]))('%s: lines of code as reviewed by hand', (_file, v) => {
  expect(lineKind(path.basename(v.file))).toBe(v.kind);
  expect(count(v.file)).toBe(v.lines);
});

test('each module of the scan carries its lines per language; the fixture modules as reviewed', () => {
  const scan = scanAddons(VECTOR_ROOTS);
  for (const m of scan.modules) expect(Object.keys(m.lines!).sort()).toEqual(['javascript', 'other', 'python', 'xml']);
  const byName = new Map(scan.modules.map((m) => [m.name, m]));
  for (const [name, lines] of Object.entries(LINES.modules)) expect(byName.get(name)!.lines).toEqual(lines);
  // the shared vectors of both scanners carry the same figures
  const vectors = new Map((EXPECTED.modules as { name: string; lines: unknown }[]).map((m) => [m.name, m.lines]));
  for (const [name, lines] of Object.entries(LINES.modules)) expect(vectors.get(name)).toEqual(lines);
  // a skipped file counts nothing, and says why; a count-only file is no file of the line scan
  expect(scan.skipped).toEqual(expect.arrayContaining(LINES.skipped));
  expect(byName.get('clean_sale_extension')!.files).toBe(4);
});

test('a file read only for its lines is opened once', () => {
  const calls: string[] = [];
  const real = fs.openSync;
  const spy = jest.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    calls.push(String(p));
    return (real as (...a: unknown[]) => number)(p, ...rest);
  }) as typeof fs.openSync);
  try {
    scanAddons([path.join(ROOT, 'test/fixtures/addons')]);
  } finally {
    spy.mockRestore();
  }
  const js = calls.filter((c) => c.endsWith('tags_widget.js'));
  expect(js).toHaveLength(1);
});
