import { redact, snippetOf } from '../static_src/core/redact';
import { readJson } from './support/fixtures';

const vectors = readJson<{ redacted: [string, string][]; untouched: string[] }>('test/fixtures/redaction-vectors.json');

describe('redaction of secrets in evidence (vectors shared with the Python collector)', () => {
  test.each(vectors.redacted)('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  test('leaves ordinary code and URLs alone', () => {
    for (const s of vectors.untouched) expect(redact(s)).toBe(s);
  });

  test('snippets are trimmed, redacted before they are cut, and cut to the limit', () => {
    const s = snippetOf(`    url = "redis://:secret@h/0"  ${'x'.repeat(300)}`, 50);
    expect(s).toHaveLength(50);
    expect(s.startsWith('url = "redis://:***@h/0"')).toBe(true);
  });
});
