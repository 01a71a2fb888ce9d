// SARIF 2.1.0, for code-scanning tools (GitHub code scanning, IDEs): one rule per store kind,
// one result per finding, located at its first evidence, the rest as related locations.
// Locations are relative URI references (RFC 3986) under their addons root; messages are plain text
// in which nothing from the data can form a placeholder or an embedded link.
import { catalog } from '../catalog';
import { displayText, jsonText, visible } from '../format';
import { redact } from '../redact';
import type { Evidence, Finding, Report, VerdictKind } from '../report-types';
import { verdictTitle } from '../verdict-labels';

/** The level follows the verdict, not the severity: refuse -> error (the store must go); replace and
 * review -> warning (PostgreSQL does it, or a person must decide); keep -> note (allowed, on conditions). */
export const VERDICT_LEVEL: Record<VerdictKind, 'error' | 'warning' | 'note'> = { refuse: 'error', replace: 'warning', review: 'warning', keep: 'note' };

/** Longest message shown; the JSON export keeps every value whole. */
export const SARIF_TEXT_MAX = 2000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encodeSegment = (s: string) =>
  encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A path (relative to an addons root, POSIX separators) as a relative URI reference that stays
 * under that root: `.` and `..` segments resolved (none climbs above the root) and each segment
 * percent-encoded, so that no space, `#`, `?`, `%`, `:`, backslash or non-ASCII character in a name
 * can change what it points to.
 */
export function relativeUri(path: string): string {
  const segments: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(encodeSegment(seg));
  }
  return segments.join('/');
}

/** An absolute folder as a file URI ending in a slash (SARIF's originalUriBaseIds). */
export function folderUri(path: string): string {
  const rel = relativeUri(path);
  return `file:///${rel}${rel ? '/' : ''}`;
}

/**
 * A datum in a plain text message: invisible characters shown, long values shortened, braces
 * doubled (SARIF reads {n} as a placeholder), and, where `](` could close an embedded link,
 * every backslash and square bracket escaped so that none opens one.
 */
export function sarifText(value: string): string {
  const t = displayText(redact(value), SARIF_TEXT_MAX).replace(/[{}]/g, '$&$&');
  return t.includes('](') ? t.replace(/[\\[\]]/g, '\\$&') : t;
}

function location(e: Evidence, root: number, index?: number) {
  return {
    ...(index !== undefined ? { id: index } : {}),
    physicalLocation: {
      artifactLocation: { uri: relativeUri(e.file), uriBaseId: `ADDONS${root}` },
      region: { startLine: Math.max(1, Math.trunc(Number(e.line)) || 1), snippet: { text: visible(redact(e.snippet)) } },
    },
  };
}

export function toSarif(r: Report): string {
  const roots = r.source.addonsRoots;
  const rootOf = (f: Finding) => Math.max(0, roots.indexOf(f.root));
  const used = new Set(r.findings.map((f) => f.store));
  const rules = catalog.stores.filter((s) => used.has(s.id)).map((s) => ({
    id: `external-store/${s.id}`,
    name: `ExternalStore${s.id.replace(/(^|_)([a-z0-9])/g, (_m, _u, c: string) => c.toUpperCase())}`,
    shortDescription: { text: sarifText(`Module uses ${s.title} (${s.category})`) },
    fullDescription: { text: sarifText(`A module talks to ${s.title}, a second datastore beside PostgreSQL.`) },
    help: { text: sarifText(s.replacement.text) },
    properties: { category: s.category, replacement: s.replacement.capability },
  }));
  const results = r.findings.map((f) => ({
    ruleId: `external-store/${f.store}`,
    level: VERDICT_LEVEL[f.verdict] ?? 'warning',
    message: { text: sarifText(`${verdictTitle(f.verdict)}: ${f.verdictText ? `${f.verdictText} ` : ''}${f.action ? `${f.action} ` : ''}${f.module} uses ${f.storeTitle} as ${f.role === 'unknown' ? 'a store of unknown role' : `an ${f.role === 'authoritative' ? 'authoritative' : 'derived'} store`}${f.dualWrite ? ', with a dual write' : ''}. ${f.roleReason} Recommendation: ${f.recommendation.text}`) },
    locations: [location(f.client, rootOf(f))],
    relatedLocations: [...f.evidence.filter((x) => x.file !== f.client.file || x.line !== f.client.line), ...f.dualWriteEvidence].map((e, i) => location(e, rootOf(f), i + 1)),
    partialFingerprints: { 'pgcapFinding/v1': f.id },
    properties: { verdict: f.verdict, verdictText: redact(f.verdictText ?? ''), action: redact(f.action ?? ''), reasons: (f.reasons ?? []).map((x) => ({ condition: x.condition, holds: x.holds })), models: (f.models ?? []).map((m) => m.model), severity: f.severity, section: f.section, origin: f.origin, role: f.role, dualWrite: f.dualWrite, module: f.module, odooCore: f.core, state: f.state },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'pgcap', informationUri: 'https://github.com/pg-capabilities/pg_capabilities', rules, properties: { collector: r.source.collector } } },
      // absolute addons roots become file URIs; relative ones (as the CLI was given them) stay descriptions
      originalUriBaseIds: Object.fromEntries(roots.map((p, i) => [`ADDONS${i}`, p.startsWith('/') ? { uri: folderUri(p) } : { description: { text: sarifText(p) } }])),
      results,
    }],
  };
  return jsonText(sarif);
}
