// Code matches -> one finding per (module, store) whose own running code holds the store's client:
// role, dual write, severity, recommendation. What does not qualify becomes a mention, or joins
// the finding of the module that holds the client ("configured by", "used through").
import { catalog as defaultCatalog, STRONG_KINDS, type Catalog, type Role, type SignatureDef, type StoreDef } from './catalog';
import { originOf, type ModuleOrigin } from './origin';
import { moduleStates, nonRuntime, type ModuleState, type NonRuntime } from './scope';
import { probeRows, type ModuleStructure, type ScannedModule, type SignatureMatch, type Snapshot } from './snapshot';
import type { Evidence, Finding, Mention, MentionReason, ModuleEntry, Section, Severity, UsedBy } from './report-types';
import { severityRank } from './report-types';
import { analyseUsage, FILE_LIKE_NAMES, type Usage } from './usage';
import { judgeVerdict } from './verdict';
import { databaseFigures } from './workload';

const MAX_EVIDENCE = 20;
/** Evidence shown first: the client code, then what configures it, then traffic. */
const EVIDENCE_ORDER = ['client', 'import', 'url', 'manifest', 'config', 'write', 'read'];
/** `.write(` on a file or buffer is no ORM write (`f.write(data)`, `buf.write(...)`). */
const FILE_WRITE = new RegExp(`(?:^|[^A-Za-z0-9_.])(?:${FILE_LIKE_NAMES.join('|')})\\.write\\s*\\(`);
const ORM_CALL = /\.(?:create|unlink)\s*\(|\bsuper\(\)\.write\s*\(|\bcr\.execute\s*\(/i;

const PLACE: Record<NonRuntime, string> = { tests: 'tests', demo: 'demo data', docs: 'documentation', examples: 'examples' };
/** Names that an import of only an exception class binds (`from redis.exceptions import RedisError`). */
const EXCEPTION_NAME = /(?:Error|Exception|Warning|Timeout|exceptions|errors)$/;

export function severityFor(role: Role, dualWrite: boolean, core: boolean, active = true): Severity {
  if (core || !active) return 'info';
  if (role === 'authoritative') return dualWrite ? 'critical' : 'high';
  if (role === 'unknown') return dualWrite ? 'high' : 'medium';
  return dualWrite ? 'medium' : 'low';
}

function at(m: SignatureMatch): string {
  return `${m.file}:${m.line}`;
}

function decideRole(store: StoreDef, writes: SignatureMatch[], hints: SignatureMatch[]): { role: Role; reason: string } {
  if (store.category === 'cache') {
    const ttl = hints[0];
    return { role: 'derived', reason: `${store.title} is a cache: its entries can be flushed and rebuilt from PostgreSQL${ttl ? ` (expiry or rebuild at ${at(ttl)})` : ''}.` };
  }
  if (hints.length > 0) {
    const h = hints[0]!;
    return { role: 'derived', reason: `Written from code that rebuilds or caches (${h.scope || 'module level'}, ${at(h)}): looks like a projection of PostgreSQL data.` };
  }
  if (writes.length > 0) {
    const role = store.roleWhenWrites;
    const w = writes[0]!;
    const why = role === 'derived' ? `a ${store.category} projection fed from Odoo data` : role === 'authoritative' ? 'data written there has no visible path back from PostgreSQL' : `${store.category} traffic: whether the data can be rebuilt depends on the consumer`;
    return { role, reason: `Writes to ${store.title} (${at(w)}); ${why}.` };
  }
  const role = store.roleWhenReadOnly;
  return {
    role,
    reason: role === 'authoritative'
      ? `Reads from ${store.title}: that data lives outside PostgreSQL.`
      : `No writes to ${store.title} seen; cannot tell whether it is a rebuildable copy.`,
  };
}

/** The role from what the parsed code does with the store; null when the facts do not decide
 * (then the line-based rules above apply). */
function roleFromUsage(store: StoreDef, u: Usage): { role: Role; reason: string } | null {
  const at = (e: Evidence) => `${e.file}:${e.line}`;
  const session = u.sessions[0];
  if (session) return { role: 'authoritative', reason: `${store.title} holds HTTP sessions: ${session.kind === 'session_store' ? 'a session store class is given its client' : 'a session store class writes them'} (${at(session)}), Odoo's HTTP layer saves them, and PostgreSQL has no copy; losing them logs users out.` };
  const orm = u.readsBack.find((e) => e.kind === 'orm_write');
  if (orm) return { role: 'authoritative', reason: `Data read from ${store.title} flows into an ORM write (${orm.snippet.split(':')[0]}, ${orm.file}:${orm.line}): PostgreSQL gets it from the store, so the store holds data of its own.` };
  const consumed = u.consumes[0];
  if (consumed) return { role: 'authoritative', reason: `The module takes messages from ${store.title} (${consumed.kind === 'orm_write' ? consumed.snippet : consumed.snippet.trim().slice(0, 80)}, ${at(consumed)}): the queue feeds Odoo, so it is a source, not a copy of PostgreSQL.` };
  const attachment = store.category === 'object storage' ? u.attachments[0] : undefined;
  if (attachment) return { role: 'authoritative', reason: `${store.title} keeps the bytes of Odoo attachments (${attachment.kind === 'attachment_hook' ? `ir.attachment storage hook ${attachment.snippet.replace(/^def /, '')}` : attachment.snippet.trim().slice(0, 80)}, ${at(attachment)}): PostgreSQL keeps only the file name or URL.` };
  const task = store.category === 'queue' && u.dualWrites.length === 0 ? u.tasks[0] : undefined;
  if (task) return { role: 'authoritative', reason: `Tasks are put in ${store.title} (${at(task)}) with no Odoo record written on the same path: a pending job exists only in the broker.` };
  const r = u.rebuild;
  const rb = r.paths.find((e) => e.kind === 'rebuild');
  if (rb) return { role: 'derived', reason: `${rb.snippet.split(':')[0]} searches records and repopulates ${store.title} (${rb.file}:${rb.line}): it can be rebuilt from PostgreSQL.` };
  if (r.ttl[0]) return { role: 'derived', reason: `Entries written to ${store.title} expire (${r.ttl[0].file}:${r.ttl[0].line}): a cache of data PostgreSQL holds.` };
  if (r.invalidation[0]) return { role: 'derived', reason: `Entries of ${store.title} are deleted when records change (${r.invalidation[0].file}:${r.invalidation[0].line}): a copy that follows PostgreSQL.` };
  const writes = u.calls.filter((c) => c.kind === 'write');
  if (u.projection && writes.length > 0 && u.calls.every((c) => c.kind !== 'read')) {
    const w = writes[0]!.evidence;
    return { role: 'derived', reason: `${store.title} is only written, from changes of Odoo records (${w.file}:${w.line}), and never read back: a one-way projection of PostgreSQL data.` };
  }
  if (store.category === 'queue' && writes.length > 0 && u.models.length > 0) {
    const w = writes[0]!.evidence;
    return { role: 'derived', reason: `Messages are published to ${store.title} from Odoo records (${w.file}:${w.line}) and nothing in the module consumes them: a one-way feed of data PostgreSQL has.` };
  }
  return null;
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.file}:${e.line}:${e.signature}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A module's matches, each with its signature and the store it counts for (a driver's matches
 * count for the store the driver reaches, when the module names one). */
interface Seen { m: SignatureMatch; sig: SignatureDef; store: string | undefined; runtime: boolean; why: NonRuntime | null }

interface Candidate { module: ScannedModule; origin: ModuleOrigin; store: StoreDef; seen: Seen[] }

export interface FindingsResult { findings: Finding[]; mentions: Mention[]; modules: ModuleEntry[] }

export function buildFindings(s: Snapshot, inUse: Set<string>, cat: Catalog = defaultCatalog): FindingsResult {
  const scan = s.scan;
  const stateOf = moduleStates(s);
  const companies = probeRows(s, 'odoo_companies').map((r) => String(r.name));
  const dbRows = probeRows(s, 'odoo_modules');
  const dbRow = new Map(dbRows.map((r) => [String(r.name), r]));
  const origins = new Map<string, ModuleOrigin>();
  for (const m of scan?.modules ?? []) origins.set(m.name, originOf(m, dbRow.get(m.name), companies, cat));

  const findings: Finding[] = [];
  const mentions: Mention[] = [];
  if (scan) {
    const sigs = new Map(cat.signatures.map((g) => [g.id, g]));
    const stores = new Map(cat.stores.map((x) => [x.id, x]));
    const structures = new Map((scan.structure ?? []).map((x) => [x.module, x]));
    const byModule = new Map<string, SignatureMatch[]>();
    for (const m of scan.matches) {
      const list = byModule.get(m.module);
      if (list) list.push(m); else byModule.set(m.module, [m]);
    }
    const weak: Candidate[] = [];
    for (const mod of scan.modules) {
      const origin = origins.get(mod.name)!;
      const seen = seenIn(mod, byModule.get(mod.name) ?? [], sigs, stores, cat);
      const named = cat.stores.filter((st) => seen.some((x) => x.store === st.id && isStoreEvidence(x)));
      for (const store of named) {
        const own = seen.filter((x) => x.store === store.id);
        const running = own.filter((x) => x.runtime);
        const clients = running.filter((x) => isClient(x, seen, store));
        if (store.driverOnly) {
          if (running.length > 0) mentions.push(mention(mod, store, 'no_client_code', `uses ${store.title}, but names none of the stores it reaches (${store.driverFor!.join(', ')}); another PostgreSQL perhaps`, own));
        } else if (!mod.installable) {
          mentions.push(mention(mod, store, 'not_installable', 'its manifest says installable: False, so it cannot run', own));
        } else if (clients.length > 0) {
          findings.push(finding(s, mod, origin, store, seen, clients, inUse, stateOf(mod.name), cat, structures.get(mod.name)));
        } else if (running.some(isStoreEvidence)) {
          weak.push({ module: mod, origin, store, seen: running });
        } else {
          const places = [...new Set(own.map((x) => PLACE[x.why!]))].sort();
          const tests = places.length === 1 && own[0]!.why === 'tests';
          mentions.push(mention(mod, store, tests ? 'tests_only' : 'not_runtime', tests ? 'mentioned in tests only' : `mentioned only in ${places.join(' and ')}, which do not run in production`, own));
        }
      }
    }
    attachWeak(weak, findings, mentions, scan.modules, stateOf);
    const db = databaseFigures(s);
    for (const f of findings) Object.assign(f, judgeVerdict(f, s, stores.get(f.store)!, cat, inUse, db, structures.has(f.module)));
  }

  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.module, (counts.get(f.module) ?? 0) + 1);
  const modules: ModuleEntry[] = (scan?.modules ?? []).map((m) => {
    const { row } = stateOf(m.name);
    const origin = origins.get(m.name)!;
    return {
      name: m.name, origin: origin.origin, originBasis: origin.basis, state: row ? String(row.state) : null,
      version: m.version, path: m.path, installable: m.installable, findings: counts.get(m.name) ?? 0,
      // counted on disk; null when the snapshot predates the count
      lines: m.lines ? { ...m.lines } : null,
    };
  });
  const scanned = new Set(modules.map((m) => m.name));
  for (const r of dbRows) {
    const name = String(r.name);
    if (scanned.has(name) || !stateOf(name).active) continue;
    const o = originOf(undefined, r, companies, cat);
    modules.push({ name, origin: o.origin, originBasis: o.basis, state: String(r.state), version: String(r.version ?? ''), path: null, installable: true, findings: 0, lines: null });
  }
  modules.sort((a, b) => a.name.localeCompare(b.name));
  const rank = (x: Section) => ['findings', 'odoo', 'not_installed'].indexOf(x);
  findings.sort((a, b) => rank(a.section) - rank(b.section) || severityRank(b.severity) - severityRank(a.severity) || a.module.localeCompare(b.module) || a.store.localeCompare(b.store));
  mentions.sort((a, b) => a.module.localeCompare(b.module) || a.store.localeCompare(b.store));
  return { findings, mentions, modules };
}

function seenIn(mod: ScannedModule, matches: SignatureMatch[], sigs: Map<string, SignatureDef>, stores: Map<string, StoreDef>, cat: Catalog): Seen[] {
  const seen: Seen[] = matches.map((m) => {
    const sig = sigs.get(m.signature)!;
    const why = nonRuntime(m.file, mod.path, cat);
    return { m, sig, store: sig.store, runtime: why === null, why };
  });
  // a driver (ODBC, SQLAlchemy) reaches the stores the same module names: one connection, one
  // finding, for each store it names
  for (const driver of cat.stores.filter((st) => st.driverFor?.length)) {
    const targets = driver.driverFor!.filter((id) => stores.has(id) && seen.some((x) => x.store === id && x.runtime));
    if (targets.length === 0) continue;
    const own = seen.filter((x) => x.store === driver.id);
    for (const x of own) x.store = targets[0];
    for (const id of targets.slice(1)) seen.push(...own.map((x) => ({ ...x, store: id })));
  }
  return seen;
}

/** Evidence that a module names a store: an import, client, URL, manifest entry or configuration key. */
function isStoreEvidence(x: Seen): boolean {
  return Boolean(x.store) && STRONG_KINDS.has(x.sig.kind);
}

/** Client code: a client constructor or driver call, an import whose names the file uses (not only
 * an exception class), or, for a store that answers over HTTP, its URL or configured endpoint in a
 * Python file that makes HTTP requests. */
function isClient(x: Seen, all: Seen[], store: StoreDef): boolean {
  if (x.sig.kind === 'client') return true;
  if (x.sig.kind === 'import') return x.m.used !== false && !exceptionOnly(x.m);
  if ((x.sig.kind === 'url' || x.sig.kind === 'config') && store.httpApi && x.m.file.endsWith('.py')) {
    // a URL of the store's API anywhere in the file; a configuration key in the same function
    return all.some((y) => y.sig.kind === 'http_call' && y.m.file === x.m.file && y.runtime && (x.sig.kind === 'url' || y.m.scope === x.m.scope));
  }
  return false;
}

/** An import of exception classes only (`from redis.exceptions import RedisError`), or of a module
 * the file reads only exception classes from (`mysql.IntegrityError`): no client. */
function exceptionOnly(m: SignatureMatch): boolean {
  if (m.bound && m.bound.length > 0 && m.bound.every((n) => EXCEPTION_NAME.test(n))) return true;
  return Boolean(m.uses && m.uses.length > 0 && m.uses.every((u) => u !== '' && EXCEPTION_NAME.test(u)));
}

function evidenceOf(x: Seen): Evidence {
  return { file: x.m.file, line: x.m.line, snippet: x.m.snippet, signature: x.sig.id, kind: x.sig.kind };
}

function mention(mod: ScannedModule, store: StoreDef, reason: MentionReason, text: string, seen: Seen[]): Mention {
  return { module: mod.name, store: store.id, storeTitle: store.title, reason, text, evidence: seen.filter(isStoreEvidence).slice(0, 5).map(evidenceOf) };
}

function finding(
  s: Snapshot, mod: ScannedModule, origin: ModuleOrigin, store: StoreDef, seen: Seen[], clients: Seen[],
  inUse: Set<string>, state: ModuleState, cat: Catalog, structure: ModuleStructure | undefined,
): Finding {
  const notRunning = state.active ? null : state.why ?? 'not installed';
  const running = seen.filter((x) => x.runtime);
  const own = running.filter((x) => x.store === store.id);
  const files = new Set(own.map((x) => x.m.file));
  const lines = new Set(own.map((x) => at(x.m)));
  const scopes = new Set(own.map((x) => `${x.m.file}|${x.m.scope}`));
  const writes = own.filter((x) => x.sig.kind === 'write').map((x) => x.m);
  const hints = running.filter((x) => x.sig.kind === 'derived_hint' && (!x.store || x.store === store.id) && scopes.has(`${x.m.file}|${x.m.scope}`)).map((x) => x.m);
  const usage = structure ? analyseUsage(runtimeOnly(structure, mod.path, cat), store, own.map((x) => x.m), cat) : null;
  const { role, reason } = (usage && roleFromUsage(store, usage)) ?? decideRole(store, writes, hints);

  // with the parsed structure, a dual write is one entry path writing both; without, the line rule
  const dualWriteEvidence: Evidence[] = usage ? [...usage.dualWrites] : [];
  for (const w of usage ? [] : own.filter((x) => x.sig.kind === 'write')) {
    if (!w.m.scope) continue;
    const orm = running.find((x) => x.sig.kind === 'orm_write' && x.m.file === w.m.file && x.m.scope === w.m.scope && !lines.has(at(x.m))
      && !(FILE_WRITE.test(x.m.snippet) && !ORM_CALL.test(x.m.snippet)));
    if (orm && dualWriteEvidence.length < 6) dualWriteEvidence.push(evidenceOf(orm), evidenceOf(w));
  }
  const dualWrite = dualWriteEvidence.length > 0;
  const order = (x: Seen) => EVIDENCE_ORDER.indexOf(x.sig.kind);
  const evidence = own.filter((x) => x.sig.kind !== 'derived_hint' && files.has(x.m.file))
    .sort((a, b) => order(a) - order(b) || a.m.file.localeCompare(b.m.file) || a.m.line - b.m.line);
  const shown = dedupe(evidence.map(evidenceOf));
  const client = [...clients].sort((a, b) => order(a) - order(b) || a.m.file.localeCompare(b.m.file) || a.m.line - b.m.line)[0]!;
  const driver = own.find((x) => x.sig.store !== store.id)?.sig.store ?? null;
  const core = origin.origin === 'odoo';
  const section: Section = notRunning ? 'not_installed' : core ? 'odoo' : 'findings';
  return {
    id: `${mod.name}:${store.id}`,
    module: mod.name,
    path: mod.path,
    root: s.scan!.roots[mod.root]?.path ?? '',
    origin: origin.origin,
    originBasis: origin.basis,
    core,
    section,
    state: state.row ? String(state.row.state) : null,
    store: store.id,
    storeTitle: store.title,
    category: store.category,
    role,
    roleReason: notRunning ? `${reason} It does not run here: ${notRunning}.` : reason,
    severity: severityFor(role, dualWrite, core, !notRunning),
    dualWrite,
    dualWriteEvidence: dedupe(dualWriteEvidence),
    client: evidenceOf(client),
    driver,
    evidence: shown.slice(0, MAX_EVIDENCE),
    evidenceCount: shown.length,
    usedBy: [],
    recommendation: {
      capability: store.replacement.capability,
      title: cat.capabilities.find((c) => c.id === store.replacement.capability)?.title ?? store.replacement.capability,
      text: store.replacement.text,
      inUseHere: inUse.has(store.replacement.capability),
    },
    // core/verdict.ts fills in the verdict once every finding is known
    verdict: 'review', verdictText: '', reasons: [], action: '', workload: [],
    models: usage?.models ?? [], paths: usage?.paths ?? [],
    rebuild: usage?.rebuild ?? { paths: [], ttl: [], invalidation: [] },
    reconciliation: usage?.reconciliation ?? [], readsBack: usage?.readsBack ?? [],
  };
}

/** The module's structure without its tests, demo and examples: code that does not run in
 * production says nothing of what the store holds or of who writes it. */
function runtimeOnly(st: ModuleStructure, modulePath: string, cat: Catalog): ModuleStructure {
  const runs = (file: string) => nonRuntime(file, modulePath, cat) === null;
  return {
    ...st,
    classes: st.classes.filter((c) => runs(c.file)),
    functions: st.functions.filter((f) => runs(f.file)),
    moduleLevel: st.moduleLevel.filter((m) => runs(m.file)),
    actions: st.actions.filter((a) => runs(a.file)),
  };
}

/** A module that names a store without client code of its own joins the findings of the modules
 * that hold the client, among those it depends on or that depend on it; else it is a mention. */
function attachWeak(weak: Candidate[], findings: Finding[], mentions: Mention[], modules: ScannedModule[], stateOf: (name: string) => ModuleState): void {
  const depends = new Map(modules.map((m) => [m.name, m.depends]));
  const dependents = new Map<string, string[]>();
  for (const m of modules) for (const d of m.depends) dependents.set(d, [...(dependents.get(d) ?? []), m.name]);
  const closure = (start: string, edges: Map<string, string[]>) => {
    const out = new Set<string>();
    const todo = [...(edges.get(start) ?? [])];
    while (todo.length) {
      const n = todo.pop()!;
      if (out.has(n) || n === start) continue;
      out.add(n);
      todo.push(...(edges.get(n) ?? []));
    }
    return out;
  };
  for (const w of weak) {
    const related = new Set([...closure(w.module.name, depends), ...closure(w.module.name, dependents)]);
    const providers = findings.filter((f) => f.store === w.store.id && related.has(f.module));
    const evidence = w.seen.filter((x) => x.store === w.store.id && x.sig.kind !== 'derived_hint').slice(0, 5).map(evidenceOf);
    const configOnly = w.seen.filter((x) => x.store === w.store.id && isStoreEvidence(x)).every((x) => ['config', 'url', 'manifest'].includes(x.sig.kind));
    const relation: UsedBy['relation'] = configOnly ? 'configured by' : 'used through';
    const state = stateOf(w.module.name);
    if (!state.active) {
      mentions.push({ module: w.module.name, store: w.store.id, storeTitle: w.store.title, reason: 'not_installed', text: `names it without client code of its own, and does not run here: ${state.why}`, evidence });
      continue;
    }
    if (providers.length > 0) {
      for (const f of providers) f.usedBy.push({ module: w.module.name, relation, evidence });
      continue;
    }
    const imports = w.seen.filter((x) => x.store === w.store.id && x.sig.kind === 'import');
    const kinds = new Set(w.seen.filter((x) => x.store === w.store.id).map((x) => x.sig.kind));
    const text = imports.length > 0 && imports.every((x) => x.m.used === false)
      ? 'imports its client library but never uses it'
      : imports.length > 0 ? 'uses only exception classes of its client library'
        : kinds.size === 1 && kinds.has('url') ? 'only names its URLs (a link or a setting), with no client code of its own'
          : `${configOnly ? 'only configures it or lists it as a dependency' : 'names it'}, with no client code of its own; the client may live in a module that was not scanned`;
    mentions.push({ module: w.module.name, store: w.store.id, storeTitle: w.store.title, reason: 'no_client_code', text, evidence });
  }
}
