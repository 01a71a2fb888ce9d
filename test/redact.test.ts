import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../static_src/core/catalog';
import { redact, redactDeep, secretBlockLines, snippetOf } from '../static_src/core/redact';
import { readJson, ROOT } from './support/fixtures';

interface Vectors {
  redacted: [string, string][];
  untouched: string[];
  blocks: { lines: string[]; inside: number[] }[];
  snippets: { line: string; maxChars: number; snippet: string }[];
}
const vectors = readJson<Vectors>('test/fixtures/redaction-vectors.json');

describe('redaction of secrets in evidence (vectors shared with the Python collector)', () => {
  test.each(vectors.redacted)('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  test('leaves ordinary code, URLs without a password and non-secrets alone', () => {
    for (const s of vectors.untouched) expect(redact(s)).toBe(s);
  });

  test('marks the lines inside a multi-line private key, and only those', () => {
    for (const b of vectors.blocks) expect([...secretBlockLines(b.lines)].sort((x, y) => x - y)).toEqual(b.inside);
  });

  test('snippets are trimmed, redacted before they are cut, cut to the limit, and say when a long line was cut', () => {
    for (const s of vectors.snippets) expect(snippetOf(s.line, s.maxChars)).toBe(s.snippet);
    const s = snippetOf(`    url = "redis://:secret@h/0"  ${'x'.repeat(300)}`, 50);
    expect(s).toHaveLength(50);
    expect(s.startsWith('url = "redis://:***@h/0"')).toBe(true);
  });

  test('redacts every string of a JSON value, keys kept', () => {
    expect(redactDeep({ a: ['redis://:pw@h/0', 3, null], 'password=x': { b: "token='t'" } }))
      .toEqual({ a: ['redis://:***@h/0', 3, null], 'password=x': { b: "token='***'" } });
  });

  test('a rule\'s literals are in every text it matches (the prefilter never skips a secret)', () => {
    const lines: string[] = [...vectors.redacted.map((v) => v[0]), ...vectors.untouched, ...vectors.blocks.flatMap((b) => b.lines)];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.isFile() && fs.statSync(full).size < 200_000) lines.push(...fs.readFileSync(full, 'utf8').split('\n'));
      }
    };
    for (const dir of ['test/fixtures/secrets-addons', 'test/fixtures/addons', 'test/fixtures/addons-scope']) walk(path.join(ROOT, dir));
    const missed: string[] = [];
    for (const rule of catalog.redactions) {
      const re = new RegExp(rule.pattern, rule.flags ?? '');
      let matched = 0;
      for (const line of lines) {
        if (!re.test(line)) continue;
        matched++;
        if (!(rule.literals ?? []).some((l) => line.toLowerCase().includes(l))) missed.push(`${rule.id}: ${line}`);
      }
      expect({ rule: rule.id, matched: matched > 0 }).toEqual({ rule: rule.id, matched: true });
    }
    expect(missed).toEqual([]);
  });
});
