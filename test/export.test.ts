import { exportReport } from '../static_src/core/export';
import { CSV_COLUMNS, csvCell } from '../static_src/core/export/csv';
import { escapeHtml } from '../static_src/core/export/html';
import { buildReport } from '../static_src/core/report';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../static_src/core/snapshot';
import { scanAddons } from '../static_src/cli/scanner';
import { FIXTURE_ADDONS } from './support/fixtures';
import { HOSTILE, judged } from './support/judged';
import { VERDICT_COLORS, VERDICT_ORDER } from '../static_src/core/verdict-labels';
import { VERDICT_LEVEL } from '../static_src/core/export/sarif';

const snapshot: Snapshot = {
  schema: SNAPSHOT_SCHEMA, version: 1, collectedAt: '2026-01-01T00:00:00.000Z', collector: { name: 'test', version: '0', runtime: 'jest' },
  catalogVersion: 1, database: null, scan: scanAddons([FIXTURE_ADDONS]),
};
// a hostile module name and snippet, as a scanned tree could carry
snapshot.scan!.matches.push({ module: 'cache_redis_pricing', file: 'cache_redis_pricing/x.py', line: 1, signature: 'redis.import', scope: '', snippet: '"><img src=x onerror=alert(1)> `rm` | pipe' });
// verdicts and inventory filled by hand (support/judged.ts), hostile text included
const report = judged(buildReport(snapshot));

describe('HTML export', () => {
  const html = exportReport(report, 'html');

  test('a hostile snippet is inert: escaped, never markup', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#96;rm&#96; | pipe');
  });

  test('is self-contained: no external request, a CSP that forbids them', () => {
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|@import|url\(\s*['"]?(?:https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
  });

  test('shows every finding with its action and the PostgreSQL capability by its title', () => {
    const main = report.findings.filter((f) => f.section === 'findings');
    main.forEach((f, n) => {
      expect(html).toContain(`id="finding-${n + 1}"`);
      expect(html).toContain(escapeHtml(f.action));
      expect(html).toContain(`PostgreSQL capability: <strong>${escapeHtml(f.recommendation.title)}</strong>`);
    });
  });
});

describe('Markdown export', () => {
  const md = exportReport(report, 'md');

  test('summarises findings in a table, worst verdict first, and details each one', () => {
    expect(md).toContain('| 1 | **Refuse** | critical | mongo_customer_profiles | third party | MongoDB | yes | jsonb columns |');
    expect(md).toContain('### 1\\. Refuse: mongo_customer_profiles → MongoDB');
    expect(md).toContain('Module `mongo_customer_profiles` calls MongoDB from `mongo_customer_profiles/models/res_partner.py:14`');
    expect(md).toContain('- **Verdict:** **Refuse**, severity critical, dual write');
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
    expect(lines[1]).toMatch(/^findings,refuse,"MongoDB owns customer profiles .*,critical,mongo_customer_profiles,mongo_customer_profiles,,third_party,false,mongodb,/);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => r[1])).toEqual(report.findings.map((f) => f.verdict));
    expect(lines[1]).toContain('role=yes; dual_write=yes; rebuild=no');
    expect(lines[1]).toContain('res.partner: email name');
    expect(lines[1]).toContain('ResPartner.create create in_transaction; ResPartner.write write in_transaction');
    // the hostile verdict text of the Redis finding: its formula-like start is inside a sentence, the cell quoted
    expect(csv).not.toMatch(/(^|,)=cmd/m);
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
    expect(mongo).toMatchObject({ ruleId: 'external-store/mongodb', level: 'error', properties: { verdict: 'refuse', models: ['res.partner'] } });
    expect(mongo.message.text).toMatch(/^Refuse: MongoDB owns customer profiles/);
    expect(mongo.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'mongo_customer_profiles/models/res_partner.py', uriBaseId: 'ADDONS0' }, region: { startLine: 14 } });
    expect(run.originalUriBaseIds.ADDONS0.uri).toMatch(/^file:\/\/.*\/test\/fixtures\/addons\/$/);
    const ruleIds = new Set(run.tool.driver.rules.map((r: { id: string }) => r.id));
    for (const r of run.results) expect(ruleIds.has(r.ruleId)).toBe(true);
  });
});

describe('verdicts in every export', () => {
  const md = exportReport(report, 'md');
  const html = exportReport(report, 'html');

  test('Markdown: each finding reads observation, conclusion (verdict and reasons), recommendation, then evidence', () => {
    const start = md.indexOf('Replace: search_elastic_products');
    const es = md.slice(start, md.indexOf('\n### ', start));
    const at = (x: string) => { const i = es.indexOf(x); expect(i).toBeGreaterThanOrEqual(0); return i; };
    expect(at('#### Observation')).toBeLessThan(at("by a scheduled action: cron 'Reindex products' (data/ir_cron.xml:4); timing unknown"));
    expect(at('- Reconciliation job (a second permanent cost, not a fix): `search_elastic_products/models/product_index.py:30`')).toBeLessThan(at('#### Conclusion'));
    expect(at('#### Conclusion')).toBeLessThan(at('**Replace.** Elasticsearch is a projection'));
    expect(at('- **Workload beyond what PostgreSQL does well?** no: product_template is far below the full-text threshold. (product_template: 6,400 rows (threshold 10M rows; source: PostgreSQL FTS with GIN')).toBeLessThan(at('#### Recommendation'));
    expect(at('#### Recommendation')).toBeLessThan(at('A trigram GIN index on product_template.name'));
    expect(at('PostgreSQL capability: **Full-text search**.')).toBeLessThan(at('| `product_template` | 6,400 | 5.0 MB | 2.0 MB |'));
    expect(at('| `product_template` | 6,400 | 5.0 MB | 2.0 MB |')).toBeLessThan(at('#### Evidence'));
  });

  test('Markdown: the summary counts verdicts; the store inventory lists every store with its checklist', () => {
    expect(md).toContain('in 4 findings: 1 to refuse, 1 to replace with PostgreSQL, 1 to keep and 1 to review.');
    expect(md).toContain('## Store inventory');
    expect(md).toContain('| **MongoDB** | external store | `mongodb+srv://odoo:***@cluster0.example.net/profiles?retryWrites=true` | mongo_customer_profiles | authoritative (holds data of its own) | Refuse | — |');
    expect(md).toContain("| **Filestore** | Odoo's own | `file:///var/lib/odoo/filestore/odoo_demo` | base | — | — | 1,284 attachments");
    expect(md).toContain("| **Sessions** | Odoo's own |");
    expect(md).toContain('### Filestore: what it adds to operations\n\n- **Backup:** Back up the filestore with the database dump');
    const order = ['## Findings', '## PostgreSQL capabilities', '## Store inventory', '## Module inventory', '## Appendix'].map((h) => md.indexOf(`${h}\n`));
    expect(order.every((x, k) => x > 0 && (k === 0 || x > order[k - 1]!))).toBe(true);
  });

  test('Markdown: hostile text in the new fields stays text', () => {
    // every hostile character escaped where it is text (verdict text, reason, statistic source)
    expect(md.split('\\<img src=x').length - 1).toBeGreaterThanOrEqual(4);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\`tick\\` \\| \\[link\\](javascript:alert(1))');
    // a hostile endpoint in the inventory table: a code span whose pipe cannot split the row
    expect(md).toContain('`http://search.internal:9200` ``<img src=x onerror=alert(1)> `tick` \\| [link](javascript:alert(1)) {0} =cmd search host``');
  });

  test('HTML: observation, conclusion, recommendation, then evidence; the findings table first', () => {
    const start = html.indexOf('id="finding-3"');
    const part = html.slice(start, html.indexOf('id="finding-4"', start));
    const at = (x: string) => { const i = part.indexOf(x); expect(i).toBeGreaterThanOrEqual(0); return i; };
    expect(part.slice(0, 80)).toContain('3. Replace: search_elastic_products');
    expect(at('<h4>Observation</h4>')).toBeLessThan(at('<h4>Conclusion</h4>'));
    expect(at('<h4>Conclusion</h4>')).toBeLessThan(at('<strong>Replace.</strong> Elasticsearch is a projection'));
    expect(at('(product_template: 6,400 rows (threshold 10M rows;')).toBeLessThan(at('<h4>Recommendation</h4>'));
    expect(at('<h4>Recommendation</h4>')).toBeLessThan(at('<h4>Evidence ('));
    expect(html).toContain('<th class="num">#</th><th>Verdict</th><th>Severity</th><th>Module</th>');
    expect(html.indexOf('<caption>Findings, worst verdict first</caption>')).toBeLessThan(start);
  });

  test('HTML: the store inventory, Odoo\'s own stores included, and the verdict counts in the summary', () => {
    const inv = html.slice(html.indexOf('<h2 id="inventory">'), html.indexOf('<h2 id="modules">')).replace(/<wbr>/g, ''); // table cells may wrap after _ . / (html.ts cellText)
    for (const x of report.inventory) expect(inv).toContain(`<strong>${escapeHtml(x.title)}</strong>`);
    expect(inv).toContain('1,284 attachments in the filestore (store_fname), 2.1 GB on disk');
    expect(inv).toContain('<h3>Redis: what it adds to operations</h3>');
    expect(html).toContain('1 to refuse, 1 to replace with PostgreSQL, 1 to keep and 1 to review.');
  });

  test('HTML: hostile text in the new fields is escaped', () => {
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(escapeHtml(HOSTILE));
  });

  test('verdict badges have a contrast of at least 4.5:1 (WCAG AA)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const v of VERDICT_ORDER) {
      const [a, b] = [lum(VERDICT_COLORS[v].bg), lum(VERDICT_COLORS[v].fg)].sort((x, y) => y - x);
      expect((a! + 0.05) / (b! + 0.05)).toBeGreaterThanOrEqual(4.5);
      expect(html).toContain(`.v-${v}{background:${VERDICT_COLORS[v].bg};color:${VERDICT_COLORS[v].fg}}`);
    }
  });

  test('SARIF: the level follows the verdict, which each result carries', () => {
    expect(VERDICT_LEVEL).toEqual({ refuse: 'error', replace: 'warning', review: 'warning', keep: 'note' });
    const results = JSON.parse(exportReport(report, 'sarif')).runs[0].results as { level: string; properties: { verdict: string }; partialFingerprints: Record<string, string> }[];
    for (const f of report.findings) {
      const r = results.find((x) => x.partialFingerprints['pgcapFinding/v1'] === f.id)!;
      expect([r.properties.verdict, r.level]).toEqual([f.verdict, VERDICT_LEVEL[f.verdict]]);
    }
    expect(results.map((r) => r.level)).toEqual(expect.arrayContaining(['error', 'warning', 'note']));
  });
});
