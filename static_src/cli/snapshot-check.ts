// Snapshots and reports read from a file or pulled from an Odoo are untrusted input: a truncated,
// hand-edited or foreign JSON is refused with the first thing wrong in it ("scan.modules[3].files
// should be an integer, not a string"), before the report engine meets it.
// Snapshots are checked against schema/snapshot.schema.json itself (the subset of JSON Schema it
// uses: type, const, enum, properties, required, additionalProperties, items, oneOf, $ref,
// minimum); reports, which have no schema file, against the fields that `pgcap diff` reads.
import schema from '../../schema/snapshot.schema.json';
import { catalog } from '../core/catalog';
import { REPORT_SCHEMA, SEVERITIES, type Report } from '../core/report-types';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../core/snapshot';
import { UserError } from './errors';

interface Schema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  $ref?: string;
  minimum?: number;
}

const ROOT = schema as unknown as Schema & { definitions: Record<string, Schema> };

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function hasType(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
}

function article(t: string): string {
  if (t === 'null') return 'null';
  return `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`;
}

function where(path: string): string {
  return path === '' ? 'the file' : path;
}

/** The first problem of `v` against `s`, or null. */
function problem(v: unknown, s: Schema, path: string): string | null {
  if (s.$ref) {
    const name = s.$ref.replace('#/definitions/', '');
    const def = ROOT.definitions[name];
    if (!def) return `${where(path)}: unknown schema reference ${s.$ref}`;
    return problem(v, def, path);
  }
  if (s.oneOf) {
    const fitting = s.oneOf.filter((o) => !o.type || (Array.isArray(o.type) ? o.type : [o.type]).some((t) => hasType(v, t)));
    if (fitting.length === 0) {
      const types = s.oneOf.map((o) => o.type).flat().filter(Boolean) as string[];
      return `${where(path)} should be ${types.map(article).join(' or ')}, not ${article(typeOf(v))}`;
    }
    const results = fitting.map((o) => problem(v, o, path));
    return results.includes(null) ? null : results[0]!;
  }
  if (s.const !== undefined && v !== s.const) return `${where(path)} should be ${JSON.stringify(s.const)}`;
  if (s.enum && !s.enum.includes(v as never)) return `${where(path)} should be one of ${s.enum.map((x) => JSON.stringify(x)).join(', ')}`;
  if (s.type) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => hasType(v, t))) return `${where(path)} should be ${types.map(article).join(' or ')}, not ${article(typeOf(v))}`;
  }
  if (s.minimum !== undefined && typeof v === 'number' && v < s.minimum) return `${where(path)} should be at least ${s.minimum}`;
  if (typeOf(v) === 'object') {
    const o = v as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in o)) return `${where(path)} lacks "${key}"`;
    for (const [key, value] of Object.entries(o)) {
      const sub = s.properties?.[key];
      const at = path ? `${path}.${key}` : key;
      if (sub) {
        const p = problem(value, sub, at);
        if (p) return p;
      } else if (s.additionalProperties === false) {
        return `${where(path)} has an unexpected field ${JSON.stringify(key.slice(0, 60))}`;
      } else if (typeof s.additionalProperties === 'object') {
        const p = problem(value, s.additionalProperties, at);
        if (p) return p;
      }
    }
  }
  if (Array.isArray(v) && s.items) {
    for (let i = 0; i < v.length; i++) {
      const p = problem(v[i], s.items, `${path}[${i}]`);
      if (p) return p;
    }
  }
  return null;
}

/** A snapshot read from `source` (a file name or a URL), or a UserError saying what is wrong with it. */
export function checkSnapshot(data: unknown, source: string): Snapshot {
  const s = data as Partial<Snapshot> | null;
  if (typeOf(s) !== 'object' || s!.schema !== SNAPSHOT_SCHEMA) {
    throw new UserError(`${source} is not a pg_capabilities snapshot (no "schema": "${SNAPSHOT_SCHEMA}").`);
  }
  if (!Number.isInteger(s!.version) || (s!.version as number) < 1 || (s!.version as number) > SNAPSHOT_VERSION) {
    throw new UserError(`${source} is a snapshot of version ${JSON.stringify(s!.version)}; this pgcap reads versions 1 to ${SNAPSHOT_VERSION}.`);
  }
  const p = problem(s, ROOT, '');
  if (p) throw new UserError(`${source} is a damaged snapshot: ${p}`);
  // matches name catalog signatures: one this pgcap does not know comes from a newer catalog (or a hand)
  const known = new Set(catalog.signatures.map((x) => x.id));
  const unknown = (s as Snapshot).scan?.matches.find((m) => !known.has(m.signature));
  if (unknown) {
    throw new UserError(`${source} names the signature ${JSON.stringify(unknown.signature.slice(0, 60))}, which this pgcap's catalog (version ${catalog.catalogVersion}) does not know; the snapshot says catalog ${s!.catalogVersion}: use a pgcap as new as the collector`);
  }
  return s as Snapshot;
}

type Shape = 'string' | 'string?' | 'number' | 'number?' | 'boolean' | 'boolean?' | 'array' | 'object' | 'severity' | 'null|string';

function shapeProblem(v: unknown, shape: Shape, path: string): string | null {
  const t = typeOf(v);
  const ok = {
    string: t === 'string', 'string?': t === 'string' || v === undefined || v === null,
    number: t === 'number' || t === 'integer', 'number?': t === 'number' || t === 'integer' || v === undefined || v === null,
    boolean: t === 'boolean', 'boolean?': t === 'boolean' || v === undefined,
    array: t === 'array', object: t === 'object',
    severity: (SEVERITIES as readonly unknown[]).includes(v), 'null|string': t === 'string' || t === 'null',
  }[shape];
  if (ok) return null;
  if (v === undefined) return `${path} is missing`;
  const wanted = shape === 'severity' ? `one of ${SEVERITIES.join(', ')}` : article(shape.replace('?', '').replace('null|string', 'string or null'));
  return `${path} should be ${wanted}, not ${article(t)}`;
}

function fields(o: unknown, path: string, spec: Record<string, Shape>): string | null {
  for (const [key, shape] of Object.entries(spec)) {
    const p = shapeProblem((o as Record<string, unknown>)[key], shape, `${path}.${key}`);
    if (p) return p;
  }
  return null;
}

function each(list: unknown, path: string, spec: Record<string, Shape>): string | null {
  const items = list as unknown[];
  for (let i = 0; i < items.length; i++) {
    const p = shapeProblem(items[i], 'object', `${path}[${i}]`) ?? fields(items[i], `${path}[${i}]`, spec);
    if (p) return p;
  }
  return null;
}

/** A JSON report (pgcap --format json) read for `pgcap diff`: the fields the diff reads, checked. */
export function checkReport(data: unknown, source: string): Report {
  const r = data as Record<string, unknown>;
  const p = fields(r, 'report', { source: 'object', summary: 'object', findings: 'array', capabilities: 'array', channels: 'array' })
    ?? fields(r.source, 'source', { collectedAt: 'string', database: 'null|string' })
    ?? fields(r.summary, 'summary', { capabilitiesInUse: 'number?', jsonbColumns: 'number?', jsonbBytes: 'number?', ftsIndexes: 'number?', trigramIndexes: 'number?', channels: 'number?', listeners: 'number?', findings: 'number?', dualWrites: 'number?' })
    ?? each(r.findings, 'findings', { id: 'string', module: 'string', store: 'string', severity: 'severity', role: 'string', dualWrite: 'boolean?', section: 'string?', state: 'string?', origin: 'string?', verdict: 'string?' })
    // version 3: the store inventory (older reports have none, and the diff says so)
    ?? (r.inventory === undefined ? null : shapeProblem(r.inventory, 'array', 'inventory') ?? each(r.inventory, 'inventory', { id: 'string', title: 'string', kind: 'string', verdict: 'string?', role: 'string?', modules: 'array' }))
    ?? each(r.capabilities, 'capabilities', { id: 'string', status: 'string', items: 'array' })
    ?? each(r.channels, 'channels', { channel: 'string' });
  if (p) throw new UserError(`${source} is a damaged report: ${p.replace(/^report\./, '')}`);
  return data as Report;
}

/** A report from a JSON report, or judged from a snapshot (pgcap diff takes either). */
export function isReportJson(data: unknown): boolean {
  return typeOf(data) === 'object' && (data as { schema?: unknown }).schema === REPORT_SCHEMA;
}
