// SARIF 2.1.0, for code-scanning tools (GitHub code scanning, IDEs): one rule per store kind,
// one result per finding, located at its first evidence, the rest as related locations.
import { catalog } from '../catalog';
import { redact } from '../redact';
import type { Evidence, Finding, Report, Severity } from '../report-types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

function location(e: Evidence, root: number, index?: number) {
  return {
    ...(index !== undefined ? { id: index } : {}),
    physicalLocation: { artifactLocation: { uri: e.file, uriBaseId: `ADDONS${root}` }, region: { startLine: e.line, snippet: { text: redact(e.snippet) } } },
  };
}

export function toSarif(r: Report): string {
  const roots = r.source.addonsRoots;
  const rootOf = (f: Finding) => Math.max(0, roots.indexOf(f.root));
  const used = new Set(r.findings.map((f) => f.store));
  const rules = catalog.stores.filter((s) => used.has(s.id)).map((s) => ({
    id: `external-store/${s.id}`,
    name: `ExternalStore${s.id.replace(/(^|_)([a-z0-9])/g, (_m, _u, c: string) => c.toUpperCase())}`,
    shortDescription: { text: `Module uses ${s.title} (${s.category})` },
    fullDescription: { text: `A module talks to ${s.title}, a second datastore beside PostgreSQL.` },
    help: { text: s.replacement.text },
    properties: { category: s.category, replacement: s.replacement.capability },
  }));
  const results = r.findings.map((f) => ({
    ruleId: `external-store/${f.store}`,
    level: LEVEL[f.severity],
    message: { text: `${f.module} uses ${f.storeTitle} as ${f.role === 'unknown' ? 'a store of unknown role' : `an ${f.role === 'authoritative' ? 'authoritative' : 'derived'} store`}${f.dualWrite ? ', with a dual write' : ''}. ${f.roleReason} Recommendation: ${f.recommendation.text}` },
    locations: [location(f.client, rootOf(f))],
    relatedLocations: [...f.evidence.filter((x) => x.file !== f.client.file || x.line !== f.client.line), ...f.dualWriteEvidence].map((e, i) => location(e, rootOf(f), i + 1)),
    partialFingerprints: { 'pgcapFinding/v1': f.id },
    properties: { severity: f.severity, section: f.section, origin: f.origin, role: f.role, dualWrite: f.dualWrite, module: f.module, odooCore: f.core, state: f.state },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'pgcap', informationUri: 'https://github.com/pg-capabilities/pg_capabilities', rules, properties: { collector: r.source.collector } } },
      // absolute addons roots become file URIs; relative ones (as the CLI was given them) stay descriptions
      originalUriBaseIds: Object.fromEntries(roots.map((p, i) => [`ADDONS${i}`, p.startsWith('/') ? { uri: `file://${encodeURI(p.endsWith('/') ? p : `${p}/`)}` } : { description: { text: p } }])),
      results,
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
