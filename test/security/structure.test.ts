// Attacks on the structure pass (static_src/cli/structure*.ts): hostile Python and XML in a module
// the line scan flagged. Bounded time, no crash, and the same `unparsed` reasons as the Python twin
// (test/python/test_structure.py, TestAttacks, holds the same cases to the same answers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog } from '../../static_src/core/catalog';
import type { ModuleStructure } from '../../static_src/core/snapshot';
import { pythonParser, type PyParser } from '../../static_src/cli/python-parser';
import { moduleStructure } from '../../static_src/cli/structure';
import { bytePath } from '../../static_src/cli/tree';

const LIMITS = catalog.limits;
const TIME_LIMIT_MS = 20_000;

let dir: string;
let parser: PyParser;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-structure-attack-'));
  parser = await pythonParser();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function parseFile(name: string, data: Buffer | string): ModuleStructure {
  const full = path.join(dir, name);
  fs.writeFileSync(full, data);
  const started = Date.now();
  const out = moduleStructure('m', [{ rel: name, open: bytePath(full) }], [], catalog, parser);
  expect(Date.now() - started).toBeLessThan(TIME_LIMIT_MS);
  return out;
}

test('attack: deep nesting is too deeply nested, never a crash', () => {
  const cases: Record<string, string> = {
    'parens.py': `x = ${'('.repeat(1000)}1${')'.repeat(1000)}\n`,
    'lists.py': `x = ${'['.repeat(150)}${']'.repeat(150)}\n`,
    'unary.py': `x = ${'-'.repeat(200000)}1\n`,
    'attrs.py': `x = a${'.b'.repeat(200000)}\n`,
    'calls.py': `x = f${'()'.repeat(100000)}\n`,
    'sums.py': `x = ${'1 + '.repeat(200000)}1\n`,
    'blocks.py': `${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}if a:\n`).join('')}${' '.repeat(100)}pass\n`,
    'lambdas.py': `f = ${'lambda: '.repeat(500)}1\n`,
  };
  for (const [name, code] of Object.entries(cases)) {
    expect([name, parseFile(name, code).unparsed]).toEqual([name, [{ file: name, reason: 'too deeply nested' }]]);
  }
});

test('attack: nesting is counted as the Python twin counts it (the first depth refused, by Python 3.11)', () => {
  const lists = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  // [code with n nested lists, the first n Python's twin reports as too deeply nested]
  const cases: [string, (n: number) => string, number][] = [
    ['assign', (n) => `x = ${lists(n)}\n`, 64],
    ['chained assign', (n) => `x = y = ${lists(n)}\n`, 64],
    ['tuple statement', (n) => `a, ${lists(n)}\n`, 63],
    ['tuple key', (n) => `a[1, ${lists(n)}]\n`, 62],
    ['bool op', (n) => `x = a and a and a or ${lists(n)}\n`, 63],
    ['elif', (n) => `if a:\n  pass\nelif b:\n  x = ${lists(n)}\n`, 63],
    ['decorator', (n) => `@d(${lists(n)})\ndef f(): pass\n`, 63],
    ['implicit concatenation', (n) => `x = ${'['.repeat(n)}'a' 'b'${']'.repeat(n)}\n`, 63],
  ];
  for (const [name, code, first] of cases) {
    expect([name, parseFile('ok.py', code(first - 1)).unparsed]).toEqual([name, []]);
    expect([name, parseFile('deep.py', code(first)).unparsed]).toEqual([name, [{ file: 'deep.py', reason: 'too deeply nested' }]]);
  }
  // brackets: 200 around a name are no ast node and within the tokenizer's cap; 201 are not
  expect(parseFile('parens.py', `x = ${'('.repeat(200)}1${')'.repeat(200)}\n`).unparsed).toEqual([]);
  expect(parseFile('parens.py', `x = ${'('.repeat(201)}1${')'.repeat(201)}\n`).unparsed).toEqual([{ file: 'parens.py', reason: 'too deeply nested' }]);
});

test('attack: a one-megabyte line is bounded', () => {
  const line = `x = [${'f(1), '.repeat(Math.floor((LIMITS.maxFileBytes - 10) / 6))}]`;
  expect(line.length).toBeLessThanOrEqual(LIMITS.maxFileBytes);
  const out = parseFile('wide.py', line);
  expect(out.unparsed).toEqual([]);
  expect(out.moduleLevel[0]!.calls).toHaveLength(LIMITS.maxCallsPerFunction);
  const oneDef = `def f():\n    return '${'a'.repeat(LIMITS.maxFileBytes - 40)}'\n`;
  expect(parseFile('str.py', oneDef).functions[0]!.name).toBe('f');
  expect(parseFile('big.py', 'x = 1\n'.repeat(Math.floor(LIMITS.maxFileBytes / 6) + 1)).unparsed).toEqual([{ file: 'big.py', reason: 'too large' }]);
});

test('attack: bytes that are not UTF-8', () => {
  const out = parseFile('latin1.py', Buffer.from("# caf\xe9\ns = 'caf\xe9'\nf(s, '\xff\xfe')\n", 'latin1'));
  expect(out.unparsed).toEqual([]);
  expect(out.moduleLevel[0]!.calls[0]!.strings).toEqual(['\ufffd\ufffd']);
  expect(parseFile('code.py', Buffer.from('\xff\xfe = 1\n', 'latin1')).unparsed).toEqual([{ file: 'code.py', reason: 'syntax error' }]);
  expect(parseFile('nul.py', Buffer.from('x = 1\0\n', 'latin1')).unparsed).toEqual([{ file: 'nul.py', reason: 'syntax error' }]);
});

test('attack: records never closed', () => {
  const whole = `<odoo><record id="x" model="ir.cron"><field name="code">${'model.f()\n'.repeat(100000)}`;
  expect(parseFile('open.xml', whole).actions).toEqual([]);
  const many = `${'<record id="x" model="ir.cron">'.repeat(30000)}${"<field name='a'>".repeat(1000)}`;
  expect(parseFile('many.xml', many).actions).toEqual([]);
  expect(parseFile('tags.xml', '<record '.repeat(120000)).actions).toEqual([]);
  const fields = `<record id="x" model="ir.cron">${'<field name="code">'.repeat(50000)}</record>`;
  expect(parseFile('fields.xml', fields).actions).toHaveLength(1);
});
