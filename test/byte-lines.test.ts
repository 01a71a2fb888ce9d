// The scanner's readings from bytes (static_src/cli/byte-lines.ts) against the readings from text
// they stand in for: the same lines of code on every fixture file and on hostile texts.
import fs from 'node:fs';
import path from 'node:path';
import { countOnlyBytes, quietLines } from '../static_src/cli/byte-lines';
import { decodeText } from '../static_src/cli/file-read';
import { KeywordSet } from '../static_src/cli/keywords';
import { COUNT_ONLY_ENDINGS, countCodeLines, countOnlyLines } from '../static_src/cli/line-count';
import { codeLines, textKind } from '../static_src/cli/source-text';
import { ROOT } from './support/fixtures';

const NONE = new KeywordSet([]);

function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(path.join(ROOT, 'test/fixtures'));
  walk(path.join(ROOT, 'odoo_addon'));
  return out;
}

// line breaks of every kind, comments and strings cut by them, escapes, a byte order mark, bytes
// that are not UTF-8, characters that are not ASCII, and blanks that are not ASCII
const HOSTILE = [
  'a\r\n/* x */\nb', "'a\\\r\nb'", '`a\nb`\n', 'x//y\r\nz', '/* open\n\nq', "'open\n'q'", '"a\\"b" // c\n',
  '\ufeff\n \n', '`x\\`y` z', '\\', "'\\", 'a\r/* c\r\n */\r\nb', ' \t\f\v\n\u00a0\n\u2028\n',
  'x = """doc\n# not a comment\n"""  # comment\n\n  # c\ny', "s = '#' # c\n'''\n\n'''", 'a = "\\\\" # c\r\r\n b',
  '<a><!-- c\n\n --> </a>\n<!-- x --><!-- y -->\n <b/><!--', '\u00e9\n\t\n\ud83d\ude00 # x', 'r"""\\"""\n"""',
];
const BYTES = [Buffer.from([0xff, 0x0a, 0x23, 0x80, 0x0a]), Buffer.from([0xe2, 0x28, 0xa1, 0x27, 0x0a, 0x27])];

function samples(): { name: string; data: Buffer }[] {
  const out = fixtureFiles().map((f) => ({ name: path.basename(f), data: fs.readFileSync(f) })).filter((s) => !s.data.includes(0));
  for (const name of ['x.py', 'x.xml', 'x.js', 'x.css', 'x.csv']) {
    for (const t of HOSTILE) out.push({ name, data: Buffer.from(t) });
    for (const b of BYTES) out.push({ name, data: b });
  }
  return out;
}

test('count-only files: the lines countOnlyLines finds in the decoded text', () => {
  let n = 0;
  for (const { name, data } of samples()) {
    if (!COUNT_ONLY_ENDINGS.some((e) => name.toLowerCase().endsWith(e))) continue;
    expect({ name, text: data.toString('latin1'), lines: countOnlyBytes(data, name) })
      .toEqual({ name, text: data.toString('latin1'), lines: countOnlyLines(decodeText(data), name) });
    n += 1;
  }
  expect(n).toBeGreaterThan(50);
});

test('Python and XML files with no keyword: the lines codeLines finds in the decoded text', () => {
  let n = 0;
  for (const { name, data } of samples()) {
    const kind = textKind(name);
    if (kind !== 'python' && kind !== 'xml') continue;
    const lines = quietLines(data, kind, 20000, NONE);
    expect(lines).not.toBeNull();
    expect({ name, text: data.toString('latin1'), lines }).toEqual({ name, text: data.toString('latin1'), lines: countCodeLines(codeLines(decodeText(data), kind)) });
    n += 1;
  }
  expect(n).toBeGreaterThan(100);
});

test('a keyword in the code, a line that may be cut, or a letter that lower-cases to ASCII sends the file to the full reading', () => {
  const kw = new KeywordSet(['redis', 'sql server']);
  expect(quietLines(Buffer.from('import REDIS\n'), 'python', 100, kw)).toBeNull();
  expect(quietLines(Buffer.from('x = 1  # redis in a comment\n'), 'python', 100, kw)).toBe(1);
  expect(quietLines(Buffer.from('<a>re<!-- c -->dis</a>\n'), 'xml', 100, kw)).toBeNull();
  expect(quietLines(Buffer.from('<a>re<!-- c\n -->dis</a>\n'), 'xml', 100, kw)).toBe(2);
  expect(quietLines(Buffer.from(`x = '${'a'.repeat(101)}'\n`), 'python', 100, kw)).toBeNull();
  expect(quietLines(Buffer.from('x = "\u0130"\n'), 'python', 100, kw)).toBeNull();
  expect(quietLines(Buffer.from('x = "\u212a"\n'), 'python', 100, kw)).toBeNull();
  expect(quietLines(Buffer.from('SQL  SERVER\nsql server\n'), 'python', 100, kw)).toBeNull();
});

test('KeywordSet finds what includes finds', () => {
  const words = ['rq', 'redis', 's3', 'sql server', ':9200', 'gs://', 'select', 'elastic', 'la'];
  const kw = new KeywordSet(words);
  for (const text of ['', 'redis', 'xredisx', 'rrq', 'es3', 'sql  server', 'sql server', 'host:9200/', 'gs://b', 'seleselect', 'elastielastic', 'REDIS', 'ré\u0130dis']) {
    const found = kw.present(text);
    expect({ text, found: words.filter((_, i) => found[i] === 1) }).toEqual({ text, found: words.filter((w) => text.includes(w)) });
  }
  expect(() => new KeywordSet(['Redis'])).toThrow(/lower-case ASCII/);
});
