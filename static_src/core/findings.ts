// Code matches -> one finding per (module, store): role, dual write, severity, recommendation.
import { catalog as defaultCatalog, STRONG_KINDS, type Catalog, type Role, type SignatureDef, type StoreDef } from './catalog';
import { probeRows, type SignatureMatch, type Snapshot } from './snapshot';
import type { Evidence, Finding, Severity } from './report-types';
import { severityRank } from './report-types';

const MAX_EVIDENCE = 20;
/** Evidence shown first: code that talks to the store, then what configures it, then traffic. */
const EVIDENCE_ORDER = ['import', 'client', 'manifest', 'url', 'config', 'write', 'read'];

function evidenceOf(m: SignatureMatch, sig: SignatureDef): Evidence {
  return { file: m.file, line: m.line, snippet: m.snippet, signature: sig.id, kind: sig.kind };
}

/** Tests, demo data and recorded fixtures show that a store is used, but not how production uses it. */
export function isTestFile(file: string): boolean {
  return /(?:^|\/)(?:tests?|demo)\//.test(file) || /(?:^|\/)test_[^/]*$/.test(file);
}

function at(m: SignatureMatch): string {
  return `${m.file}:${m.line}`;
}

/** ir_module_module states in which a module's code runs. */
const ACTIVE_STATES = new Set(['installed', 'to upgrade', 'to remove']);

export function severityFor(role: Role, dualWrite: boolean, core: boolean, active = true): Severity {
  if (core || !active) return 'info';
  if (role === 'authoritative') return dualWrite ? 'critical' : 'high';
  if (role === 'unknown') return dualWrite ? 'high' : 'medium';
  return dualWrite ? 'medium' : 'low';
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

export function buildFindings(s: Snapshot, inUse: Set<string>, cat: Catalog = defaultCatalog): Finding[] {
  const scan = s.scan;
  if (!scan) return [];
  const sigs = new Map(cat.signatures.map((g) => [g.id, g]));
  const dbModules = new Map(probeRows(s, 'odoo_modules').map((r) => [String(r.name), r]));
  const rootHasCore = new Map<number, boolean>();
  for (const m of scan.modules) if (m.name === 'base' || m.name === 'web') rootHasCore.set(m.root, true);

  const byModule = new Map<string, SignatureMatch[]>();
  for (const m of scan.matches) {
    const list = byModule.get(m.module);
    if (list) list.push(m); else byModule.set(m.module, [m]);
  }
  const findings: Finding[] = [];
  for (const mod of scan.modules) {
    const matches = byModule.get(mod.name) ?? [];
    const stores = new Set(matches.filter((m) => STRONG_KINDS.has(sigs.get(m.signature)!.kind) && sigs.get(m.signature)!.store).map((m) => sigs.get(m.signature)!.store!));
    const db = dbModules.get(mod.name);
    const author = db ? String(db.author) : mod.author;
    // a module the database knows but has not installed runs no code: reported, at info
    const active = !db || ACTIVE_STATES.has(String(db.state));
    const core = cat.scan.coreAuthors.some((a) => author.includes(a)) || (!mod.author && !db && rootHasCore.get(mod.root) === true);
    for (const storeId of cat.stores.map((x) => x.id).filter((id) => stores.has(id))) {
      const store = cat.stores.find((x) => x.id === storeId)!;
      const own = matches.filter((m) => sigs.get(m.signature)!.store === storeId);
      const storeFiles = new Set(own.map((m) => m.file));
      const storeLines = new Set(own.map((m) => `${m.file}:${m.line}`));
      const scopes = new Set(own.map((m) => `${m.file}|${m.scope}`));
      const kindOf = (m: SignatureMatch) => sigs.get(m.signature)!.kind;
      const writes = own.filter((m) => kindOf(m) === 'write' && !isTestFile(m.file));
      const hints = matches.filter((m) => kindOf(m) === 'derived_hint' && !isTestFile(m.file) && (!sigs.get(m.signature)!.store || sigs.get(m.signature)!.store === storeId) && scopes.has(`${m.file}|${m.scope}`));
      const { role, reason } = decideRole(store, writes, hints);

      const dualWriteEvidence: Evidence[] = [];
      for (const w of writes) {
        if (!w.scope) continue;
        const orm = matches.find((m) => kindOf(m) === 'orm_write' && m.file === w.file && m.scope === w.scope && !storeLines.has(`${m.file}:${m.line}`));
        if (orm && dualWriteEvidence.length < 6) dualWriteEvidence.push(evidenceOf(orm, sigs.get(orm.signature)!), evidenceOf(w, sigs.get(w.signature)!));
      }
      const dualWrite = dualWriteEvidence.length > 0;
      const evidence = own.filter((m) => kindOf(m) !== 'derived_hint' && storeFiles.has(m.file))
        .sort((a, b) => Number(isTestFile(a.file)) - Number(isTestFile(b.file)) || EVIDENCE_ORDER.indexOf(kindOf(a)) - EVIDENCE_ORDER.indexOf(kindOf(b)) || a.file.localeCompare(b.file) || a.line - b.line);
      findings.push({
        id: `${mod.name}:${storeId}`,
        module: mod.name,
        path: mod.path,
        root: scan.roots[mod.root]?.path ?? '',
        core,
        state: db ? String(db.state) : null,
        store: storeId,
        storeTitle: store.title,
        category: store.category,
        role,
        roleReason: active ? reason : `${reason} The module is ${String(db!.state)} in this database, so it has no effect until it is installed.`,
        severity: severityFor(role, dualWrite, core, active),
        dualWrite,
        dualWriteEvidence: dedupe(dualWriteEvidence),
        evidence: evidence.slice(0, MAX_EVIDENCE).map((m) => evidenceOf(m, sigs.get(m.signature)!)),
        evidenceCount: evidence.length,
        recommendation: {
          capability: store.replacement.capability,
          text: store.replacement.text,
          inUseHere: inUse.has(store.replacement.capability),
        },
      });
    }
  }
  return findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.module.localeCompare(b.module) || a.store.localeCompare(b.store));
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
