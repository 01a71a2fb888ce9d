import { exportReport } from '../static_src/core/export';
import { CSV_COLUMNS, csvCell } from '../static_src/core/export/csv';
import { escapeHtml } from '../static_src/core/export/html';
import { buildReport } from '../static_src/core/report';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../static_src/core/snapshot';
import { scanAddons } from '../static_src/cli/scanner';
import { FIXTURE_ADDONS } from './support/fixtures';

const snapshot: Snapshot = {
  schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: '2026-01-01T00:00:00.000Z', collector: { name: 'test', version: '0', runtime: 'jest' },
  catalogVersion: 1, database: null, scan: scanAddons([FIXTURE_ADDONS]),
};
// a hostile module name and snippet, as a scanned tree could carry
snapshot.scan!.matches.push({ module: 'cache_redis_pricing', file: 'cache_redis_pricing/x.py', line: 1, signature: 'redis.import', scope: '', snippet: '"><img src=x onerror=alert(1)> `rm` | pipe' });
const report = buildReport(snapshot);

describe('HTML export', () => {
  const html = exportReport(report, 'html');

  test('a <script> snippet is inert: escaped, never markup', () => {
    expect(html).toContain('&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  test('is self-contained: no external request, a CSP that forbids them', () => {
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|@import|url\(\s*['"]?(?:https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
  });

  test('shows every finding with its evidence and recommendation', () => {
    for (const f of report.findings) {
      expect(html).toContain(`id="finding-${escapeHtml(f.id)}"`);
      expect(html).toContain(escapeHtml(f.recommendation.text));
    }
  });
});

describe('Markdown export', () => {
  const md = exportReport(report, 'md');

  test('summarises findings in a table and details each one', () => {
    expect(md).toContain('| critical | mongo_customer_profiles | third party | mongodb | authoritative | yes | jsonb columns |');
    expect(md).toContain('- **Client code:** `mongo_customer_profiles/models/res_partner.py:14`');
    expect(md).toContain('### CRITICAL: mongo_customer_profiles → MongoDB');
    expect(md).toContain('**Dual write:** yes');
  });

  test('snippets cannot break the table or the code spans', () => {
    expect(md).toContain('``"><img src=x onerror=alert(1)> `rm` | pipe``');
  });

  test('says when the database was not audited', () => {
    expect(md).toContain('- **Database:** not audited');
    expect(md).toContain('No database was audited');
  });
});

describe('JSON export', () => {
  test('is the report itself', () => {
    expect(JSON.parse(exportReport(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('CSV export', () => {
  test('one row per finding; formulas neutralised; quotes, commas and newlines quoted', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('line<U+000A>break');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell(null)).toBe('');
    const csv = exportReport(report, 'csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines[1]).toMatch(/^findings,critical,mongo_customer_profiles,mongo_customer_profiles,,third_party,false,mongodb,/);
    expect(csv).not.toContain('Sup3rSecret');
  });
});

describe('SARIF export', () => {
  const sarif = JSON.parse(exportReport(report, 'sarif'));
  test('SARIF 2.1.0: one rule per store kind in use, one result per finding at its client code', () => {
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('pgcap');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual(['external-store/elasticsearch', 'external-store/mongodb', 'external-store/redis']);
    expect(run.results).toHaveLength(report.findings.length);
    const mongo = run.results.find((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['pgcapFinding/v1'] === 'mongo_customer_profiles:mongodb');
    expect(mongo).toMatchObject({ ruleId: 'external-store/mongodb', level: 'error' });
    expect(mongo.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'mongo_customer_profiles/models/res_partner.py', uriBaseId: 'ADDONS0' }, region: { startLine: 14 } });
    expect(run.originalUriBaseIds.ADDONS0.uri).toMatch(/^file:\/\/.*\/test\/fixtures\/addons\/$/);
    const ruleIds = new Set(run.tool.driver.rules.map((r: { id: string }) => r.id));
    for (const r of run.results) expect(ruleIds.has(r.ruleId)).toBe(true);
  });
});
