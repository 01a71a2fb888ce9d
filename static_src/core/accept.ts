// Accepted findings: a client accepts a finding by its stable id (`module:store`) with a reason
// and, optionally, an expiry; the next audit lists it as accepted instead of counting it. The
// acceptances come from `.pgcap-accept.yml` (pgcap) or the Odoo model pg.capabilities.acceptance
// (the module); both reach applyAcceptances as Acceptance objects. No I/O here.
//
// `.pgcap-accept.yml` is a strict subset of YAML, so that any YAML reader reads it alike and a
// typo is an error, not a silently ignored line:
//
//   # comments and blank lines anywhere
//   - id: sale_redis_cache:redis          # required: the finding's id, module:store
//     reason: "Derived cache, flushed on deploy; reviewed with the client"   # required
//     expires: 2026-12-31                 # optional: the last day the acceptance holds
//     by: Jane Auditor                    # optional: who accepted it
//
// A list of entries, each a `- key: value` line followed by `key: value` lines indented to the
// first key; keys id, reason, expires, by (anything else is an error); values on one line, plain
// or quoted ("..." with JSON escapes, '...' with '' for a quote); a ` #` after a plain value starts
// a comment. Tabs, anchors, flow collections, block scalars and multi-line values are refused.
import { redact } from './redact';
import type { Acceptance, Finding, Report, Severity, VerdictKind, Warning } from './report-types';
import { severityRank, VERDICTS } from './report-types';

/** The default file name, looked for in the current folder by pgcap. */
export const ACCEPT_FILE = '.pgcap-accept.yml';

/** A finding's stable id: the module's technical name and the store kind. */
export const ACCEPT_ID = /^[A-Za-z0-9_]+:[a-z0-9_]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEYS = ['id', 'reason', 'expires', 'by'] as const;
type Key = (typeof KEYS)[number];

/** A mistake in an accept file, at a line: `.pgcap-accept.yml:7: unknown key "reson" ...`. */
export class AcceptFileError extends Error {
  constructor(readonly source: string, readonly line: number, readonly reason: string) {
    super(`${source}:${line}: ${reason}`);
  }
}

/** YYYY-MM-DD of a real calendar day, or null. */
export function isoDay(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? text : null;
}

/** The day of a Date on the local calendar, YYYY-MM-DD (the auditor's today). */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** One value on one line: quoted, or plain up to a ` #` comment. */
function scalar(raw: string, fail: (why: string) => never): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const end = /^"(?:[^"\\]|\\.)*"/.exec(text);
    if (!end) fail('a double-quoted value is not closed on its line');
    const rest = text.slice(end[0].length).trim();
    if (rest !== '' && !rest.startsWith('#')) fail(`unexpected text after the quoted value: ${rest}`);
    try {
      return JSON.parse(end[0]) as string;
    } catch {
      return fail('a double-quoted value has an escape JSON does not know (use \\" \\\\ \\n \\t \\uXXXX)');
    }
  }
  if (text.startsWith("'")) {
    const end = /^'(?:[^']|'')*'/.exec(text);
    if (!end) fail('a single-quoted value is not closed on its line');
    const rest = text.slice(end[0].length).trim();
    if (rest !== '' && !rest.startsWith('#')) fail(`unexpected text after the quoted value: ${rest}`);
    return end[0].slice(1, -1).replace(/''/g, "'");
  }
  const value = text.replace(/(^|\s)#.*$/, '').trim();
  if (/^[[\]{}&*!|>%@`,]/.test(value)) fail(`a value starting with ${value[0]} must be quoted`);
  if (/:(\s|$)/.test(value)) fail('a value holding ": " must be quoted');
  // what YAML reads as null, a boolean or a number is no text: quoted, it is
  if (/^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.inf|\.nan|0x[0-9a-f]+|0o[0-7]+))$/i.test(value)) {
    fail(`"${value}" reads as ${/^(?:~|null)$/i.test(value) ? 'null' : /^[-+.\d]|^0/.test(value) ? 'a number' : 'a boolean'} in YAML: quote it`);
  }
  return value;
}

/** The acceptances of an accept file; an AcceptFileError names the first mistake and its line. */
export function parseAcceptFile(text: string, sourceName: string): Acceptance[] {
  const out: Acceptance[] = [];
  const seen = new Map<string, number>();
  let entry: { line: number; indent: number; values: Partial<Record<Key, { value: string; line: number }>> } | null = null;
  const close = () => {
    if (!entry) return;
    const e = entry;
    const fail = (line: number, why: string): never => { throw new AcceptFileError(sourceName, line, why); };
    if (!e.values.id) fail(e.line, 'this entry has no id (the finding\'s id, module:store)');
    if (!e.values.reason) fail(e.line, 'this entry has no reason: say why the finding is accepted');
    const id = e.values.id!.value;
    const previous = seen.get(id);
    if (previous !== undefined) fail(e.values.id!.line, `${id} is accepted twice (also at line ${previous})`);
    seen.set(id, e.values.id!.line);
    out.push({
      id, reason: e.values.reason!.value, expires: e.values.expires?.value ?? null, by: e.values.by?.value ?? '',
      source: `${sourceName}:${e.line}`,
    });
    entry = null;
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const n = i + 1;
    const fail = (why: string): never => { throw new AcceptFileError(sourceName, n, why); };
    if (/^\s*(#.*)?$/.test(line)) return;
    if (line.includes('\t')) fail('a tab: indent with spaces');
    let rest: string;
    let indent: number;
    const item = /^- +/.exec(line);
    if (item) {
      close();
      indent = item[0].length;
      entry = { line: n, indent, values: {} };
      rest = line.slice(indent);
    } else {
      indent = line.length - line.trimStart().length;
      if (!entry) fail(indent === 0 && /^[A-Za-z_]+\s*:/.test(line) ? 'each entry starts with "- ", as in "- id: module:store"' : 'expected an entry starting with "- "');
      if (indent !== entry!.indent) fail(`indent the keys of an entry by ${entry!.indent} spaces, under its first key`);
      rest = line.slice(indent);
    }
    const kv = /^([A-Za-z_][A-Za-z0-9_-]*)\s*:(?:\s+(.*))?$/.exec(rest);
    if (!kv) fail(rest.startsWith('-') ? 'a nested list is not part of the format' : 'expected "key: value"');
    const key = kv![1]!;
    if (!(KEYS as readonly string[]).includes(key)) fail(`unknown key "${key}" (the keys are ${KEYS.join(', ')})`);
    const k = key as Key;
    if (entry!.values[k]) fail(`"${k}" given twice in one entry (first at line ${entry!.values[k]!.line})`);
    const value = scalar(kv![2] ?? '', fail);
    if (k === 'id' && !ACCEPT_ID.test(value)) fail(`"${value}" is not a finding id: write module:store, e.g. sale_redis_cache:redis`);
    if (k === 'reason' && value === '') fail('the reason is empty: say why the finding is accepted');
    if (k === 'expires' && value !== '' && !isoDay(value)) fail(`expires takes a date as YYYY-MM-DD, not "${value}"`);
    if (k === 'expires' && value === '') return;
    entry!.values[k] = { value, line: n };
  });
  close();
  return out;
}

/** The summary's figures that count what is to act on: section findings not accepted. */
function counted(findings: Finding[]): Pick<Report['summary'], 'dualWrites' | 'verdicts' | 'worstSeverity' | 'accepted'> {
  const main = findings.filter((f) => f.section === 'findings');
  const open = main.filter((f) => f.acceptance?.status !== 'accepted');
  const worst = open.reduce<Severity | null>((w, f) => (w === null || severityRank(f.severity) > severityRank(w) ? f.severity : w), null);
  return {
    dualWrites: open.filter((f) => f.dualWrite).length,
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, open.filter((f) => f.verdict === v).length])) as Record<VerdictKind, number>,
    worstSeverity: worst,
    accepted: main.length - open.length,
  };
}

/**
 * A new report where each finding named by an acceptance carries it (accepted, or expired when
 * `today` is past its last day), and the summary's verdicts, worst severity and dual writes count
 * only the section findings not accepted (summary.accepted counts the others). Acceptances already
 * on the report are replaced. An acceptance matching no finding, and an expired one, are warnings.
 */
export function applyAcceptances(report: Report, acceptances: Acceptance[], today: Date): Report {
  const day = localDay(today);
  const byId = new Map<string, Acceptance>();
  for (const a of acceptances) if (!byId.has(a.id)) byId.set(a.id, a);
  const used = new Set<string>();
  const warnings: Warning[] = [];
  const findings = report.findings.map((f) => {
    const a = byId.get(f.id);
    if (!a) return f.acceptance ? { ...f, acceptance: null } : f;
    used.add(a.id);
    const status = a.expires !== null && a.expires < day ? 'expired' : 'accepted';
    if (status === 'expired') {
      warnings.push({ level: 'warning', source: redact(a.source), message: `the acceptance of ${f.id} expired on ${a.expires}: the finding counts again (${redact(a.reason)})` });
    }
    return { ...f, acceptance: { reason: redact(a.reason), expires: a.expires, by: redact(a.by), source: redact(a.source), status } as const };
  });
  for (const a of byId.values()) {
    if (!used.has(a.id)) warnings.push({ level: 'warning', source: redact(a.source), message: `${a.id} is accepted but this audit has no such finding: remove the acceptance, or check the id` });
  }
  // applied again to a report that already carries them (the module's exports apply today's
  // acceptances to the stored judged report): a warning is said once
  const said = new Set(report.warnings.map((w) => `${w.source}\n${w.message}`));
  const fresh = warnings.filter((w) => !said.has(`${w.source}\n${w.message}`));
  return { ...report, findings, summary: { ...report.summary, ...counted(findings) }, warnings: [...report.warnings, ...fresh] };
}

/** A finding the client accepted (and that has not expired): listed, not counted, not failing a build. */
export function isAccepted(f: Pick<Finding, 'acceptance'>): boolean {
  return f.acceptance?.status === 'accepted';
}

/** A well-formed entry of an accept file, values double-quoted (JSON escapes are YAML's too). */
export function acceptEntry(a: Omit<Acceptance, 'source'>): string {
  const q = (s: string) => JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return [`- id: ${a.id}`, `  reason: ${q(a.reason)}`, ...(a.expires ? [`  expires: ${a.expires}`] : []), ...(a.by ? [`  by: ${q(a.by)}`] : [])].join('\n') + '\n';
}

/** The first lines of a new accept file. */
export const ACCEPT_FILE_HEADER = `# Findings accepted by the client: pgcap lists them as accepted instead of counting them.
# Each entry: id (the finding's id, module:store), reason (required), expires (YYYY-MM-DD, the
# last day it holds; optional), by (optional). Written by "pgcap accept"; see pgcap's README.
`;
