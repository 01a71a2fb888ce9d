// The structure pass (static_src/cli/structure*.ts) held to the shared vectors that the Python twin
// (collect/structure.py, with `ast`) wrote: test/fixtures/expected-structure.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog } from '../static_src/core/catalog';
import type { ModuleStructure } from '../static_src/core/snapshot';
import { collectSnapshot } from '../static_src/cli/collect';
import { scanAddons, scanAddonsParsed } from '../static_src/cli/scanner';
import { EXPECTED, FIXTURE_ADDONS, readJson, VECTOR_ROOTS } from './support/fixtures';

const VECTORS = readJson<{ roots: string[]; structure: ModuleStructure[] }>('test/fixtures/expected-structure.json');

test('equals the shared structure vectors, key order included (the Python collector is held to the same file)', async () => {
  expect(VECTORS.roots).toEqual(EXPECTED.roots);
  const scan = await scanAddonsParsed(VECTOR_ROOTS);
  expect(scan.structure).toEqual(VECTORS.structure);
  expect(JSON.stringify(scan.structure)).toBe(JSON.stringify(VECTORS.structure));
});

test('parses only the modules where a store matched, sorted by name; the line scan is unchanged', async () => {
  const parsed = await scanAddonsParsed(VECTOR_ROOTS);
  const lineOnly = scanAddons(VECTOR_ROOTS);
  expect(lineOnly.structure).toBeUndefined();
  expect(parsed.matches).toEqual(lineOnly.matches);
  expect(parsed.skipped).toEqual(lineOnly.skipped);
  const storeSignatures = new Set(catalog.signatures.filter((s) => s.store).map((s) => s.id));
  const flagged = [...new Set(lineOnly.matches.filter((m) => storeSignatures.has(m.signature)).map((m) => m.module))].sort();
  expect(parsed.structure!.map((s) => s.module)).toEqual(flagged);
  expect(flagged).not.toContain('clean_sale_extension');
});

test('pgcap scan carries scan.structure in its snapshot', async () => {
  const snapshot = await collectSnapshot({ db: null, addons: [FIXTURE_ADDONS] });
  const structure = snapshot.scan!.structure!;
  const cases = structure.find((s) => s.module === 'structure_cases')!;
  expect(cases.unparsed).toEqual([{ file: 'structure_cases/legacy/old_py2.py', reason: 'syntax error' }]);
  expect(cases.hooks.map((h) => h.hook)).toEqual(['post_init_hook', 'uninstall_hook']);
  expect(Object.keys(snapshot.scan!).at(-1)).toBe('structure');
});

test("tree-sitter's misreadings are read as Python's ast reads them", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-structure-'));
  try {
    fs.mkdirSync(path.join(dir, 'quirks'));
    fs.writeFileSync(path.join(dir, 'quirks/__manifest__.py'), "{'name': 'q'}\n");
    fs.writeFileSync(path.join(dir, 'quirks/m.py'), [
      'import redis', '', '', 'class A:', '    def m(self):',
      '        x = [*self.vals.values()]', // tree-sitter: (*self.vals).values()
      '        with (redis.Redis() as r):', // parentheses around one with item
      '            pass',
      "        type(self).cache = r.get('k')", // tree-sitter: a type alias statement
      '        return x', '',
    ].join('\n'));
    const scan = await scanAddonsParsed([dir]);
    const m = scan.structure![0]!.classes[0]!.methods[0]!;
    // as the Python twin (Python 3.11's ast) gives them
    expect(m.calls.map((c) => [c.callee, c.line, c.targets])).toEqual([
      ['self.vals.values', 6, []], ['redis.Redis', 7, ['r']], ['type', 9, []], ['r.get', 9, []],
    ]);
    expect(m.attributes).toEqual(['vals']);
    expect(m.returns).toEqual(['x']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('what the Python parser accepts and tree-sitter alone would not refuse', () => {
  // each is a syntax error for Python 3 (checked against /usr/bin/python3 when writing them)
  const python2 = {
    'print statement': 'print "x"\n',
    'exec statement': 'exec "x"\n',
    backticks: 'x = `a`\n',
    'not equal <>': 'x = a <> b\n',
    'octal 0777': 'x = 0777\n',
    'long 10L': 'x = 10L\n',
    'except E, e': 'try:\n    pass\nexcept E, e:\n    pass\n',
    'raise E, m': 'raise E, "m"\n',
    'ur prefix': 'x = ur"a"\n',
    'positional after keyword': 'f(a=1, b)\n',
    '*x after **y': 'f(**k, *a)\n',
    'bytes and str joined': 'x = b"a" "b"\n',
    'async as a name': 'async = 1\n',
    'tuple parameter': 'def f((a, b)):\n    pass\n',
  };
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-structure-'));
    const mod = path.join(dir, 'py2_redis');
    fs.mkdirSync(mod);
    fs.writeFileSync(path.join(mod, '__manifest__.py'), "{'name': 'x', 'depends': ['base']}\n");
    fs.writeFileSync(path.join(mod, '__init__.py'), 'import redis\n');
    Object.values(python2).forEach((code, i) => fs.writeFileSync(path.join(mod, `case_${String(i).padStart(2, '0')}.py`), code));
    fs.writeFileSync(path.join(mod, 'fine.py'), 'print("x")\nexec("x")\nx = 0o777 + 0 + 00 + 1_000\ny = b"a" b"b"\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('each is unparsed as a syntax error, valid Python 3 beside them is not', async () => {
    const scan = await scanAddonsParsed([dir]);
    const mod = scan.structure!.find((s) => s.module === 'py2_redis')!;
    const expected = Object.keys(python2).map((_, i) => ({ file: `py2_redis/case_${String(i).padStart(2, '0')}.py`, reason: 'syntax error' }));
    expect(mod.unparsed).toEqual(expected);
    expect(mod.moduleLevel.map((m) => m.file)).toEqual(['py2_redis/fine.py']);
  });
});
