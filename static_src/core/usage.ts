// What one store finding touches, read from the parsed structure of its module (snapshot version 3):
// the calls on the store's client, the methods holding them and how they are reached (entry points,
// triggers, timing), the Odoo models and fields involved, whether the store can be rebuilt from
// PostgreSQL, whether something reconciles the two sides, and whether the store is read back into
// the ORM. Facts only, from the structure and the line scan; findings.ts and verdict.ts judge them.
import type { Catalog, SignatureDef, StoreDef, UsageDef } from './catalog';
import type { Evidence, ModelUse, RebuildFacts, StorePath, Timing, Trigger } from './report-types';
import type { CallFacts, ClassFacts, FunctionFacts, ModuleStructure, SignatureMatch } from './snapshot';

export type StoreCallKind = 'write' | 'read' | 'delete' | 'expire';

export interface Fn { id: string; f: FunctionFacts; cls: ClassFacts | null; label: string }

export interface StoreCall { fn: Fn; call: CallFacts; kind: StoreCallKind; ttl: boolean; bulk: boolean; evidence: Evidence }

export interface Usage {
  calls: StoreCall[];
  models: ModelUse[];
  paths: StorePath[];
  rebuild: RebuildFacts;
  reconciliation: Evidence[];
  readsBack: Evidence[];
  /** Entry paths that write both an Odoo record and the store: the ORM write, then the store write. */
  dualWrites: Evidence[];
  /** Writing paths reached from record changes (create/write/unlink/compute/inverse/onchange): the store follows the ORM. */
  projection: boolean;
  /** Store calls made by an HTTP session store class (a SessionStore subclass): the store holds sessions. */
  sessions: Evidence[];
  /** ir.attachment storage hooks overridden, or store calls reached from an ir.attachment class: attachment bytes. */
  attachments: Evidence[];
  /** The module takes messages from the store: consumer calls or clients, and handlers whose message becomes an ORM write. */
  consumes: Evidence[];
  /** Task calls that put a job in the broker (apply_async). */
  tasks: Evidence[];
}

type EdgeTiming = 'in_transaction' | 'after_commit' | 'queued';
interface Edge { to: Fn; timing: EdgeTiming; call: CallFacts }

const MAX_PATHS = 20;
const MAX_EVIDENCE = 6;
const ORM_TRIGGERS: ReadonlySet<Trigger> = new Set(['create', 'write', 'unlink', 'compute', 'inverse', 'onchange']);
const FIELD = /^[a-z][a-z0-9_]*$/;
const TIMING_RANK: Record<EdgeTiming, number> = { in_transaction: 0, after_commit: 1, queued: 2 };

const lastSegment = (callee: string): string => {
  const m = /([A-Za-z_][A-Za-z0-9_]*)$/.exec(callee);
  return m ? m[1]! : '';
};
const rootOf = (callee: string): string => /^[A-Za-z_][A-Za-z0-9_]*/.exec(callee)?.[0] ?? '';
/** The receiver of a method call: `self.env["x"].search` -> `self.env["x"]`. */
const receiverOf = (callee: string): string => {
  const name = lastSegment(callee);
  return callee.endsWith(`.${name}`) ? callee.slice(0, -name.length - 1) : '';
};
const worse = (a: EdgeTiming, b: EdgeTiming): EdgeTiming => (TIMING_RANK[a] >= TIMING_RANK[b] ? a : b);

/** Model names a call addresses through `env["x"]`. */
function envModels(text: string): string[] {
  return [...text.matchAll(/env\["([^"\\]+)"\]/g)].map((m) => m[1]!);
}

export function modelOf(cls: ClassFacts | null): string | null {
  if (!cls) return null;
  return cls.model ?? cls.inherit[0] ?? null;
}

export function tableOf(cls: ClassFacts | null, model: string): string {
  return cls?.table ?? model.replace(/\./g, '_');
}

/** Everything usage works out for one (module, store). */
export function analyseUsage(structure: ModuleStructure, store: StoreDef, matches: SignatureMatch[], cat: Catalog): Usage {
  return new UsageReader(structure, store, matches, cat).read();
}

interface CompiledCatalog { sigs: Map<string, SignatureDef>; patterns: { sig: SignatureDef; re: RegExp }[]; consumer: RegExp }
const COMPILED = new WeakMap<Catalog, CompiledCatalog>();

/** The catalog's signatures as regexes and its consumer clients as one, compiled once per catalog
 * (a report analyses thousands of findings against the same catalog). */
function compiledCatalog(cat: Catalog): CompiledCatalog {
  let c = COMPILED.get(cat);
  if (!c) {
    c = {
      sigs: new Map(cat.signatures.map((g) => [g.id, g])),
      patterns: cat.signatures.map((sig) => ({ sig, re: new RegExp(sig.pattern, (sig.flags ?? '').replace(/[gy]/g, '')) })),
      consumer: new RegExp(`\\b(?:${cat.usage.consumerClients.map(escapeRe).join('|')})\\s*\\(`),
    };
    COMPILED.set(cat, c);
  }
  return c;
}

class UsageReader {
  private readonly u: UsageDef;
  private readonly fns: Fn[] = [];
  private readonly byName = new Map<string, Fn[]>();
  private readonly sigs: Map<string, SignatureDef>;
  private readonly clientPatterns: RegExp[];
  private readonly httpPatterns: RegExp[];
  private readonly callPatterns: { kind: 'write' | 'read'; re: RegExp }[];
  /** Line-scan matches of this store, by file:line. */
  private readonly flagged = new Map<string, SignatureMatch[]>();
  private readonly helpers = new Set<string>();
  private readonly bound = new Map<string, Set<string>>();
  private readonly fileClients = new Map<string, Set<string>>();
  private calls: StoreCall[] = [];
  private readonly edges = new Map<string, Edge[]>();
  private readonly callers = new Map<string, Fn[]>();
  private readonly storeCallKeys = new Set<string>();
  private readonly consumerRe: RegExp;

  constructor(private readonly s: ModuleStructure, private readonly store: StoreDef, matches: SignatureMatch[], private readonly cat: Catalog) {
    this.u = cat.usage;
    const compiled = compiledCatalog(cat);
    this.sigs = compiled.sigs;
    const matched = new Set(matches.map((m) => m.signature));
    const own = (g: SignatureDef) => g.store === store.id || (g.store !== undefined && matched.has(g.id));
    this.clientPatterns = compiled.patterns.filter(({ sig }) => own(sig) && sig.kind === 'client').map(({ re }) => re);
    this.httpPatterns = compiled.patterns.filter(({ sig }) => sig.kind === 'http_call').map(({ re }) => re);
    this.callPatterns = compiled.patterns.filter(({ sig }) => own(sig) && (sig.kind === 'write' || sig.kind === 'read'))
      .map(({ sig, re }) => ({ kind: sig.kind as 'write' | 'read', re }));
    this.consumerRe = compiled.consumer;
    for (const m of matches) {
      const k = `${m.file}:${m.line}`;
      const list = this.flagged.get(k);
      if (list) list.push(m); else this.flagged.set(k, [m]);
    }
    for (const cls of s.classes) for (const f of cls.methods) this.addFn(f, cls);
    for (const f of s.functions) this.addFn(f, null);
  }

  private addFn(f: FunctionFacts, cls: ClassFacts | null): void {
    const fn: Fn = { id: `${f.file}:${f.line}`, f, cls, label: cls ? `${cls.name}.${f.name}` : f.name };
    this.fns.push(fn);
    const named = this.byName.get(f.name);
    if (named) named.push(fn); else this.byName.set(f.name, [fn]);
  }

  read(): Usage {
    this.findClients();
    this.findStoreCalls();
    this.buildGraph();
    const paths = this.paths();
    const models = this.models();
    const rebuildFns = this.rebuildPaths(new Set(models.filter((m) => m.direction !== 'from_store').map((m) => m.model)));
    const rebuild: RebuildFacts = {
      paths: rebuildFns.flatMap((r) => r.evidence).slice(0, MAX_EVIDENCE),
      ttl: this.calls.filter((c) => c.ttl).map((c) => c.evidence).slice(0, MAX_EVIDENCE),
      invalidation: this.invalidation(),
    };
    return {
      calls: this.calls,
      models,
      paths: paths.list,
      rebuild,
      reconciliation: this.reconciliation(new Set(rebuildFns.map((r) => r.fn.id))),
      readsBack: this.readsBack(),
      dualWrites: paths.dual,
      projection: paths.projection,
      sessions: this.sessions(),
      attachments: this.attachments(),
      consumes: this.store.category === 'queue' ? this.consumes() : [],
      tasks: dedupe(this.calls.filter((c) => c.kind === 'write' && this.u.taskVerbs.includes(lastSegment(c.call.callee))).map((c) => c.evidence)).slice(0, MAX_EVIDENCE),
    };
  }

  // ---- what the store holds: sessions, attachment bytes, messages consumed ---------------------

  private isSessionClass(cls: ClassFacts | null): boolean {
    return Boolean(cls && cls.bases.some((b) => this.u.sessionStoreBases.includes(lastSegment(b))));
  }

  /** Store calls of a session store class, and session store classes built with the store's client
   * (`RedisSessionStore(redis=client)`, the class keeping it in self.redis). */
  private sessions(): Evidence[] {
    const out = this.calls.filter((c) => this.isSessionClass(c.fn.cls)).map((c) => c.evidence);
    const classes = new Set(this.s.classes.filter((c) => this.isSessionClass(c)).map((c) => c.name));
    for (const fn of this.fns) {
      const names = new Set([...(this.bound.get(fn.id) ?? []), ...(this.fileClients.get(fn.f.file) ?? [])]);
      for (const c of fn.f.calls) {
        if (classes.has(lastSegment(c.callee)) && c.names.some((n) => names.has(n))) {
          out.push({ file: fn.f.file, line: c.line, snippet: `${c.callee}(...) given the ${this.store.title} client`, signature: 'structure', kind: 'session_store' });
        }
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }

  /** Storage hooks of ir.attachment overridden, and store calls reached from an ir.attachment class. */
  private attachments(): Evidence[] {
    const { model, hooks } = this.u.attachmentStorage;
    const overrides: Evidence[] = [];
    const calls: Evidence[] = [];
    for (const fn of this.fns) {
      if (!fn.cls || !extendsModel(fn.cls, model)) continue;
      if (hooks.some((h) => nameExtends(fn.f.name, h))) overrides.push({ ...this.defEvidence(fn), kind: 'attachment_hook' });
      for (const r of this.reach(fn).values()) {
        const c = this.calls.find((x) => x.fn.id === r.fn.id);
        if (c) calls.push(c.evidence);
      }
    }
    return dedupe([...overrides, ...calls]).slice(0, MAX_EVIDENCE);
  }

  /** Consumer calls (poll, basic_consume), consumer clients the line scan saw (even inside a string
   * given to eval), and message handlers whose message flows into an ORM write. */
  private consumes(): Evidence[] {
    const out: Evidence[] = this.calls.filter((c) => c.kind === 'read' && this.u.consumeVerbs.includes(lastSegment(c.call.callee))).map((c) => c.evidence);
    for (const list of this.flagged.values()) {
      for (const m of list) if (this.consumerRe.test(m.snippet)) out.push({ file: m.file, line: m.line, snippet: m.snippet, signature: m.signature, kind: 'consumer' });
    }
    for (const fn of this.fns) {
      const params = fn.f.params.filter((p) => this.u.messageParams.includes(p));
      if (params.length === 0) continue;
      const tainted = new Set(params);
      for (const c of fn.f.calls) {
        const carries = tainted.has(rootOf(c.callee)) || c.names.some((n) => tainted.has(n));
        if (!carries) continue;
        if (this.isOrmWrite(fn, c)) {
          out.push({ file: fn.f.file, line: c.line, snippet: `${fn.label}(${params.join(', ')}): ${c.callee}(...) with data of the message`.slice(0, 200), signature: 'structure', kind: 'orm_write' });
          continue;
        }
        for (const t of c.targets) tainted.add(t);
        if (this.u.mutators.includes(lastSegment(c.callee))) tainted.add(rootOf(c.callee));
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }

  // ---- clients ---------------------------------------------------------------------------------

  private isConstructor(file: string, call: CallFacts): boolean {
    const text = `${call.callee}(`;
    if (this.clientPatterns.some((re) => re.test(text))) return true;
    const here = this.flagged.get(`${file}:${call.line}`) ?? [];
    // a constructor the line scan saw on this line whose name is this call's (a split or aliased call)
    if (here.some((m) => this.sigs.get(m.signature)?.kind === 'client' && m.snippet.includes(`${lastSegment(call.callee)}(`) && !call.callee.includes('()'))) return true;
    // boto3.client(\n "s3", ...): the argument that names the store, alone on the next line
    const next = call.line > 0 && !call.callee.includes('()') ? this.flagged.get(`${file}:${call.line + 1}`) ?? [] : [];
    return next.some((m) => this.sigs.get(m.signature)?.kind === 'client' && !m.snippet.includes('('));
  }

  private isHelperCall(callee: string): boolean {
    const name = lastSegment(callee);
    if (!this.helpers.has(name) || callee.startsWith('super()')) return false;
    return callee === name || callee.endsWith(`.${name}`);
  }

  /** Client-valued expressions a callee may start with in `fn`: bound names, helper calls, constructors. */
  private clientPrefix(fn: Fn, callee: string): boolean {
    const names = this.bound.get(fn.id) ?? new Set<string>();
    const fileNames = this.fileClients.get(fn.f.file) ?? new Set<string>();
    const root = rootOf(callee);
    if ((names.has(root) || fileNames.has(root)) && callee.length > root.length && /^[.[]/.test(callee.slice(root.length))) return true;
    // self._redis().get, MongoClient()["db"]["c"].insert_one, redis.Redis().set
    for (let i = callee.indexOf('()'); i >= 0; i = callee.indexOf('()', i + 2)) {
      const head = callee.slice(0, i);
      if (!/^[.[]/.test(callee.slice(i + 2))) continue;
      if (this.isHelperCall(head) || this.isConstructor(fn.f.file, { line: 0, callee: head, names: [], keywords: [], refs: [], strings: [], targets: [] })) return true;
    }
    return false;
  }

  /** Helpers returning a client (`def _redis(self): return redis.Redis(...)`), module-level clients, and
   * the names each function binds to a client. */
  private findClients(): void {
    for (const { file, calls } of this.s.moduleLevel) {
      for (const c of calls) {
        if (!this.isConstructor(file, c)) continue;
        const set = this.fileClients.get(file) ?? new Set<string>();
        for (const t of c.targets) set.add(t);
        this.fileClients.set(file, set);
      }
    }
    // to a fixed point: a helper may return what another helper returns
    for (let changed = true; changed;) {
      changed = false;
      for (const fn of this.fns) {
        const names = this.bound.get(fn.id) ?? new Set<string>();
        this.bound.set(fn.id, names);
        let returnsClient = false;
        for (const c of fn.f.calls) {
          // bucket.new_key(name): an object the client hands out is a client too
          const handed = c.targets.length > 0 && this.clientPrefix(fn, c.callee) && this.classify(c.callee, c.keywords, null) === null;
          if (handed) for (const t of c.targets) if (!names.has(t)) { names.add(t); changed = true; }
          const made = this.isConstructor(fn.f.file, c) || this.isHelperCall(c.callee);
          if (!made) continue;
          for (const t of c.targets) if (!names.has(t)) { names.add(t); changed = true; }
          const chained = fn.f.calls.some((d) => d !== c && (d.callee.startsWith(`${c.callee}().`) || d.callee.startsWith(`${c.callee}()[`)));
          if ((c.targets.length === 0 && !chained) || c.targets.some((t) => fn.f.returns.includes(t))) returnsClient = true;
        }
        const fileNames = this.fileClients.get(fn.f.file);
        if (fileNames && fn.f.returns.some((r) => fileNames.has(r))) returnsClient = true;
        this.bound.set(fn.id, names);
        if (returnsClient && !this.helpers.has(fn.f.name)) { this.helpers.add(fn.f.name); changed = true; }
      }
    }
  }

  // ---- store calls -----------------------------------------------------------------------------

  private classify(callee: string, keywords: string[], flaggedKind: 'write' | 'read' | null): { kind: StoreCallKind; ttl: boolean; bulk: boolean } | null {
    const verb = lastSegment(callee).toLowerCase();
    const first = verb.split('_').filter(Boolean)[0] ?? '';
    const v = this.u.verbs;
    const ttlKw = [...this.u.ttlKeywords, ...(this.store.category === 'cache' ? this.u.cacheTtlKeywords : [])];
    const ttlArg = keywords.some((k) => ttlKw.includes(k));
    const bulk = this.u.bulkVerbs.includes(verb);
    // a message's expiry on a queue is a delivery deadline (the message is dropped, not rebuilt):
    // it does not make the broker a projection of PostgreSQL
    const expiring = this.store.category !== 'queue';
    const out = (kind: StoreCallKind) => ({ kind, ttl: expiring && (kind === 'expire' || this.u.ttlVerbs.includes(verb) || (kind === 'write' && ttlArg)), bulk });
    if (v.expire.includes(verb)) return out('expire');
    if (v.delete.includes(verb)) return out('delete');
    if (this.u.ttlVerbs.includes(verb)) return out('write');
    const sig = this.callPatterns.find((p) => p.re.test(`${callee}(`));
    if (sig) return out(sig.kind);
    for (const kind of ['expire', 'delete', 'write', 'read'] as const) {
      if (v[kind].includes(verb) || v[kind].includes(first)) return out(kind);
    }
    // complete_multipart_upload: a later word says what the call does
    const words = verb.split('_').filter(Boolean).slice(1);
    for (const kind of ['delete', 'write', 'read'] as const) {
      if (words.some((w) => v[kind].includes(w))) return out(kind);
    }
    return flaggedKind ? out(flaggedKind) : null;
  }

  private findStoreCalls(): void {
    for (const fn of this.fns) {
      const names = new Set([...(this.bound.get(fn.id) ?? []), ...(this.fileClients.get(fn.f.file) ?? [])]);
      for (const call of fn.f.calls) {
        const here = this.flagged.get(`${fn.f.file}:${call.line}`) ?? [];
        const flaggedKind = here.map((m) => this.sigs.get(m.signature)?.kind).find((k): k is 'write' | 'read' => k === 'write' || k === 'read') ?? null;
        let hit: ReturnType<UsageReader['classify']> = null;
        if (this.httpCall(fn, call)) {
          hit = this.classify(call.callee, call.keywords, flaggedKind);
        } else if (this.clientPrefix(fn, call.callee)) {
          hit = this.classify(call.callee, call.keywords, flaggedKind);
        } else if (flaggedKind && (call.refs.some((r) => names.has(rootOf(r))) || this.callPatterns.some((p) => p.re.test(`${call.callee}(`)))) {
          // a call the line scan flagged, given the client (helpers.bulk(es, ...)) or named like the store's own calls
          hit = this.classify(call.callee, call.keywords, flaggedKind) ?? { kind: flaggedKind, ttl: false, bulk: false };
        }
        if (!hit) continue;
        const m = here.find((x) => ['write', 'read', 'derived_hint'].includes(this.sigs.get(x.signature)?.kind ?? '')) ?? here[0];
        const evidence: Evidence = m
          ? { file: m.file, line: m.line, snippet: m.snippet, signature: m.signature, kind: hit.kind }
          : { file: fn.f.file, line: call.line, snippet: `${call.callee}(...)`, signature: 'structure', kind: hit.kind };
        this.calls.push({ fn, call, ...hit, evidence });
        this.storeCallKeys.add(`${fn.id}|${call.line}|${call.callee}`);
      }
    }
  }

  /** For a store answering over HTTP: a requests/httpx call in a function that names the store's
   * configuration or URL, or in a file that names its URL. */
  private httpCall(fn: Fn, call: CallFacts): boolean {
    if (!this.store.httpApi || !this.httpPatterns.some((re) => re.test(`${call.callee}(`))) return false;
    for (const list of this.flagged.values()) {
      for (const m of list) {
        if (m.file !== fn.f.file) continue;
        const kind = this.sigs.get(m.signature)?.kind;
        if (kind === 'url' || (kind === 'config' && m.line >= fn.f.line && m.line <= fn.f.endLine)) return true;
      }
    }
    return false;
  }

  private isStoreCall(fn: Fn, call: CallFacts): boolean {
    return this.storeCallKeys.has(`${fn.id}|${call.line}|${call.callee}`);
  }

  // ---- call graph ------------------------------------------------------------------------------

  private resolve(from: Fn, callee: string): Fn[] {
    const name = lastSegment(callee);
    const cands = this.byName.get(name);
    if (!cands || callee.startsWith('super()')) return [];
    if (callee === name) return cands.filter((c) => !c.cls);
    const receiver = receiverOf(callee);
    if (!receiver) return [];
    const methods = cands.filter((c) => c.cls);
    const models = envModels(receiver);
    if (models.length > 0) return methods.filter((c) => models.some((m) => c.cls!.model === m || c.cls!.inherit.includes(m)));
    if (/^(?:self|cls)\b/.test(receiver) && from.cls) {
      const same = methods.filter((c) => c.cls === from.cls);
      if (same.length) return same;
      const model = modelOf(from.cls);
      const sameModel = methods.filter((c) => model && modelOf(c.cls) === model);
      if (sameModel.length) return sameModel;
    }
    return methods;
  }

  private buildGraph(): void {
    for (const fn of this.fns) {
      const out: Edge[] = [];
      const afterCommit = fn.f.calls.some((c) => this.isAfterCommit(c));
      for (const call of fn.f.calls) {
        if (this.isStoreCall(fn, call)) continue;
        const queued = this.u.queuedCallees.some((q) => call.callee.includes(`.${q}().`));
        const timing: EdgeTiming = queued ? 'queued' : afterCommit ? 'after_commit' : 'in_transaction';
        for (const to of this.resolve(fn, call.callee)) if (to !== fn) out.push({ to, timing, call });
        // callbacks handed to cr.postcommit.add(self._push) or a queue run later
        if (this.isAfterCommit(call)) {
          for (const r of call.refs) for (const to of this.resolve(fn, r)) if (to !== fn) out.push({ to, timing: 'after_commit', call });
        }
      }
      this.edges.set(fn.id, out);
      for (const e of out) {
        const callers = this.callers.get(e.to.id);
        if (callers) callers.push(fn); else this.callers.set(e.to.id, [fn]);
      }
    }
  }

  private isAfterCommit(c: CallFacts): boolean {
    if (this.u.afterCommitCallees.some((a) => c.callee === a || c.callee.endsWith(`.${a}`))) return true;
    return c.callee.endsWith('.after') && c.strings[0] === this.u.afterCommitAfter;
  }

  /** The functions reachable from `start`, each with the latest timing on the way. */
  private reach(start: Fn): Map<string, { fn: Fn; timing: EdgeTiming; via: Fn | null }> {
    const own: EdgeTiming = this.isJob(start.f) ? 'queued' : start.f.calls.some((c) => this.isAfterCommit(c)) ? 'after_commit' : 'in_transaction';
    const seen = new Map<string, { fn: Fn; timing: EdgeTiming; via: Fn | null }>([[start.id, { fn: start, timing: own, via: null }]]);
    const todo = [start];
    while (todo.length) {
      const at = todo.shift()!;
      const t = seen.get(at.id)!.timing;
      for (const e of this.edges.get(at.id) ?? []) {
        const timing = worse(t, this.isJob(e.to.f) ? 'queued' : e.timing);
        const prev = seen.get(e.to.id);
        if (prev && TIMING_RANK[prev.timing] >= TIMING_RANK[timing]) continue;
        seen.set(e.to.id, { fn: e.to, timing, via: at });
        todo.push(e.to);
      }
    }
    return seen;
  }

  private isJob(f: FunctionFacts): boolean {
    return f.decorators.some((d) => this.u.jobDecorators.includes(d) || d.endsWith('.job'));
  }

  // ---- triggers and paths ----------------------------------------------------------------------

  private trigger(fn: Fn): { trigger: Trigger; detail: string; evidence: Evidence | null } {
    const { f, cls } = fn;
    const model = modelOf(cls);
    const def = this.defEvidence(fn);
    if (cls && model && ['create', 'write', 'unlink'].includes(f.name)) {
      return { trigger: f.name as Trigger, detail: `overrides ${f.name} of ${model}`, evidence: def };
    }
    const hook = this.writeHook(fn);
    if (hook) return { trigger: 'write', detail: `${f.name} runs inside create/write of ${hook.model} (the ORM calls ${hook.hook})`, evidence: def };
    for (const field of cls?.fields ?? []) {
      if (field.compute === f.name) return { trigger: 'compute', detail: `computes field ${field.name} of ${model ?? cls!.name}`, evidence: def };
      if (field.inverse === f.name) return { trigger: 'inverse', detail: `inverse of field ${field.name} of ${model ?? cls!.name}`, evidence: def };
    }
    if (f.decorators.some((d) => this.u.onchangeDecorators.includes(d))) {
      return { trigger: 'onchange', detail: `onchange of ${f.decoratorStrings.join(', ') || 'a field'}`, evidence: def };
    }
    for (const a of this.s.actions) {
      if (!this.actionCalls(a.code, a.function, a.modelRef, fn)) continue;
      const where = `${a.file}:${a.line}`;
      const ev: Evidence = { file: a.file, line: a.line, snippet: `${a.kind === 'cron' ? 'cron' : 'server action'} '${a.name}': ${a.code || a.function || ''}`.slice(0, 200), signature: 'structure', kind: a.kind };
      return a.kind === 'cron'
        ? { trigger: 'cron', detail: `cron '${a.name}' (${where})${a.interval ? `, ${everyText(a.interval)}` : ''}`, evidence: ev }
        : { trigger: 'server_action', detail: `server action '${a.name}' (${where})`, evidence: ev };
    }
    if (f.decorators.some((d) => this.u.routeDecorators.includes(d)) && (!cls || cls.bases.some((b) => this.u.controllerBases.includes(b)))) {
      return { trigger: 'controller', detail: `route ${f.decoratorStrings[0] ?? ''}`.trim(), evidence: def };
    }
    if (this.isJob(f)) return { trigger: 'queue_job', detail: 'a queue job (@job)', evidence: def };
    const manifestHook = this.s.hooks.find((h) => !cls && h.function === f.name);
    if (manifestHook) return { trigger: 'hook', detail: `${manifestHook.hook} of the manifest`, evidence: def };
    if (cls && model && this.u.buttonPrefixes.some((p) => f.name.startsWith(p))) {
      return { trigger: 'button', detail: `button or action ${f.name} of ${model}`, evidence: def };
    }
    return { trigger: 'method', detail: `${fn.label}, not called elsewhere in the module`, evidence: def };
  }

  /** Whether a cron's or server action's code (`model._reindex_all()`) or old `function` names this method. */
  private actionCalls(code: string, fun: string | null, modelRef: string | null, fn: Fn): boolean {
    const model = modelOf(fn.cls);
    const named: { method: string; model: string | null }[] = [];
    for (const m of code.matchAll(/(?:\benv\[\s*['"]([^'"]+)['"]\s*\]|\b(?:model|records?|self|object)\b)(?:\.(?:sudo|with_context|with_company|with_user)\([^)]*\))*\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) {
      named.push({ method: m[2]!, model: m[1] ?? null });
    }
    if (fun) named.push({ method: fun, model: null });
    return named.some((n) => {
      if (n.method !== fn.f.name || !fn.cls) return false;
      if (n.model) return model === n.model || fn.cls.inherit.includes(n.model);
      if (!modelRef || !model) return true;
      const refs = [model, ...fn.cls.inherit].map((x) => x.replace(/\./g, '_'));
      return refs.includes(modelRef);
    });
  }

  /** A method the ORM calls while writing records of its class's model (ir.attachment's _file_write),
   * overridden or extended under a longer name (_file_write_with_bucket). */
  private writeHook(fn: Fn): { model: string; hook: string } | null {
    if (!fn.cls) return null;
    for (const [model, hooks] of Object.entries(this.u.recordWriteHooks)) {
      if (!extendsModel(fn.cls, model)) continue;
      const hook = hooks.find((h) => nameExtends(fn.f.name, h));
      if (hook) return { model, hook };
    }
    return null;
  }

  private defEvidence(fn: Fn): Evidence {
    return { file: fn.f.file, line: fn.f.line, snippet: `def ${fn.f.name}(${fn.f.params.join(', ')})`, signature: 'structure', kind: 'def' };
  }

  private isOrmWrite(fn: Fn, c: CallFacts): boolean {
    if (this.isStoreCall(fn, c)) return false;
    const verb = lastSegment(c.callee);
    if (this.u.ormWrite.includes(verb)) {
      const receiver = receiverOf(c.callee);
      if (!receiver) return false;
      // a file, buffer or the store's own client is no ORM
      const root = rootOf(receiver);
      // IndicesClient(es).create(...): a method of a class instance, not of a recordset
      if (/(?:^|\.)[A-Z][A-Za-z0-9_]*\(\)$/.test(receiver)) return false;
      if (FILE_LIKE.test(root) || (this.bound.get(fn.id)?.has(root) ?? false) || this.clientPrefix(fn, c.callee)) return false;
      return true;
    }
    return /(?:^|\.)execute$/.test(c.callee) && c.strings.some((x) => this.u.sqlWrite.some((w) => x.trimStart().toUpperCase().startsWith(w)));
  }

  private isOrmRead(fn: Fn, c: CallFacts, list: string[]): boolean {
    if (this.isStoreCall(fn, c)) return false;
    const receiver = receiverOf(c.callee);
    return Boolean(receiver) && list.includes(lastSegment(c.callee)) && !this.clientPrefix(fn, c.callee);
  }

  private paths(): { list: StorePath[]; dual: Evidence[]; projection: boolean } {
    const writers = new Set(this.calls.filter((c) => c.kind !== 'read').map((c) => c.fn.id));
    const list: StorePath[] = [];
    const dual: Evidence[] = [];
    let projection = false;
    if (writers.size === 0) return { list, dual, projection };
    for (const fn of this.fns) {
      const t = this.trigger(fn);
      const hasCallers = (this.callers.get(fn.id) ?? []).some((c) => c !== fn);
      if (t.trigger === 'method' && hasCallers) continue;
      const reached = this.reach(fn);
      const hits = [...reached.values()].filter((r) => writers.has(r.fn.id));
      if (hits.length === 0) continue;
      const byTiming = new Map<Timing, StoreCall[]>();
      for (const r of hits) {
        for (const c of this.calls.filter((x) => x.fn.id === r.fn.id && x.kind !== 'read')) {
          const same = byTiming.get(r.timing);
          if (same) same.push(c); else byTiming.set(r.timing, [c]);
        }
      }
      for (const [timing, calls] of byTiming) {
        if (list.length >= MAX_PATHS) break;
        const evidence = calls.slice(0, 3).map((c) => c.evidence);
        if (calls.some((c) => c.fn !== fn) && t.evidence) evidence.push(t.evidence);
        else if (t.trigger === 'cron' || t.trigger === 'server_action') evidence.push(t.evidence!);
        list.push({ method: fn.label, model: modelOf(fn.cls), trigger: t.trigger, detail: t.detail, timing, evidence });
      }
      if (ORM_TRIGGERS.has(t.trigger)) projection = true;
      // one entry path writing both an Odoo record and the store
      // a session store's writes are saved by the HTTP layer, not with a record
      const storeWrites = hits.flatMap((r) => this.calls.filter((x) => x.fn.id === r.fn.id && x.kind === 'write' && !this.isSessionClass(x.fn.cls)));
      if (storeWrites.length === 0 || dual.length >= MAX_EVIDENCE) continue;
      let orm: Evidence | null = ['create', 'write', 'unlink'].includes(t.trigger) ? t.evidence : null;
      if (!orm) {
        for (const r of reached.values()) {
          const w = r.fn.f.calls.find((c) => this.isOrmWrite(r.fn, c));
          if (w) { orm = { file: r.fn.f.file, line: w.line, snippet: `${w.callee}(...)`, signature: 'structure', kind: 'orm_write' }; break; }
        }
      }
      if (orm) dual.push(orm, storeWrites[0]!.evidence);
    }
    return { list, dual: dedupe(dual), projection };
  }

  // ---- rebuild, reconciliation, reads back -----------------------------------------------------

  /** Functions that search records and, themselves or through helpers, write the store: reindex, resync, warm-up. */
  private rebuildPaths(storeModels: Set<string>): { fn: Fn; evidence: Evidence[] }[] {
    const writers = new Set(this.calls.filter((c) => c.kind === 'write').map((c) => c.fn.id));
    const out: { fn: Fn; evidence: Evidence[] }[] = [];
    for (const fn of this.fns) {
      if (fn.cls && ['create', 'write', 'unlink'].includes(fn.f.name)) continue;
      // the search must be able to return the records the store holds: not a settings model's
      const search = fn.f.calls.find((c) => this.isOrmRead(fn, c, this.u.ormSearch) && this.searchesStoreModel(fn, c, storeModels));
      if (!search) continue;
      const hit = [...this.reach(fn).values()].find((r) => writers.has(r.fn.id));
      if (!hit) continue;
      const write = this.calls.find((c) => c.fn.id === hit.fn.id && c.kind === 'write')!;
      out.push({ fn, evidence: [{ file: fn.f.file, line: search.line, snippet: `${fn.label}: ${search.callee}(...)`, signature: 'structure', kind: 'rebuild' }, write.evidence] });
    }
    return out;
  }

  /** Whether a search may return records whose data goes to the store: its receiver names no model
   * (a variable), or names one of them (`self` in their class, `env["x"]`). */
  private searchesStoreModel(fn: Fn, c: CallFacts, storeModels: Set<string>): boolean {
    const receiver = receiverOf(c.callee);
    const named = envModels(receiver);
    if (named.length > 0) return named.some((m) => storeModels.has(m));
    if (/^self\b/.test(receiver) && fn.cls) return [modelOf(fn.cls), ...fn.cls.inherit].some((m) => m !== null && storeModels.has(m));
    return true;
  }

  private invalidation(): Evidence[] {
    const out: Evidence[] = [];
    for (const fn of this.fns) {
      if (!fn.cls || !['write', 'unlink'].includes(fn.f.name)) continue;
      for (const r of this.reach(fn).values()) {
        for (const c of this.calls) if (c.fn.id === r.fn.id && (c.kind === 'delete' || c.kind === 'expire')) out.push(c.evidence);
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }

  /** A cron or method that reads the store and the ORM, and then repairs: calls a rebuild path, or
   * writes the store under a name that says it compares. */
  private reconciliation(rebuilders: Set<string>): Evidence[] {
    const out: Evidence[] = [];
    for (const fn of this.fns) {
      if (fn.cls && ['create', 'write', 'unlink'].includes(fn.f.name)) continue;
      const reached = this.reach(fn);
      const storeRead = this.calls.find((c) => c.kind === 'read' && (c.fn === fn || (reached.has(c.fn.id) && this.helperOnly(c.fn))));
      const ormRead = fn.f.calls.find((c) => this.isOrmRead(fn, c, this.u.ormRead));
      if (!storeRead || !ormRead) continue;
      const callsRebuild = [...reached.values()].some((r) => r.fn !== fn && rebuilders.has(r.fn.id));
      const named = this.u.reconcileHints.some((h) => fn.f.name.toLowerCase().includes(h));
      const repairs = this.calls.some((c) => c.kind !== 'read' && reached.has(c.fn.id));
      if (!callsRebuild && !(named && repairs)) continue;
      const t = this.trigger(fn);
      out.push({ ...(t.evidence ?? this.defEvidence(fn)), snippet: `${fn.label} (${t.detail}) compares ${this.store.title} with the ORM (${ormRead.callee}) and repairs it`.slice(0, 200), kind: 'reconciliation' }, storeRead.evidence);
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }

  private helperOnly(fn: Fn): boolean {
    return this.helpers.has(fn.f.name);
  }

  /** Store reads whose values flow (through assignments in the same function, or a helper returning
   * them) into the arguments of an ORM write. */
  private readsBack(): Evidence[] {
    const returnsData = new Set<string>();
    const taintedIn = (fn: Fn): Set<string> => {
      const tainted = new Set<string>();
      for (const c of fn.f.calls) {
        const isRead = this.calls.some((x) => x.fn === fn && x.call === c && x.kind === 'read');
        const fromHelper = this.resolve(fn, c.callee).some((to) => returnsData.has(to.id));
        if (isRead || fromHelper || c.names.some((n) => tainted.has(n))) for (const t of c.targets) tainted.add(t);
      }
      return tainted;
    };
    for (let changed = true; changed;) {
      changed = false;
      for (const fn of this.fns) {
        if (returnsData.has(fn.id)) continue;
        const tainted = taintedIn(fn);
        if (fn.f.returns.some((r) => tainted.has(r))) { returnsData.add(fn.id); changed = true; }
      }
    }
    const out: Evidence[] = [];
    for (const fn of this.fns) {
      const tainted = taintedIn(fn);
      if (tainted.size === 0) continue;
      for (const c of fn.f.calls) {
        if (!this.isOrmWrite(fn, c) || !c.names.some((n) => tainted.has(n))) continue;
        const read = this.calls.find((x) => x.fn === fn && x.kind === 'read');
        if (read) out.push(read.evidence);
        out.push({ file: fn.f.file, line: c.line, snippet: `${fn.label}: ${c.callee}(...) with ${c.names.filter((n) => tainted.has(n)).join(', ')} read from ${this.store.title}`, signature: 'structure', kind: 'orm_write' });
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }

  // ---- models ----------------------------------------------------------------------------------

  private models(): ModelUse[] {
    const touching = new Map<string, Set<StoreCallKind>>();
    for (const fn of this.fns) {
      const kinds = new Set<StoreCallKind>();
      for (const r of this.reach(fn).values()) for (const c of this.calls) if (c.fn.id === r.fn.id) kinds.add(c.kind);
      if (kinds.size) touching.set(fn.id, kinds);
    }
    const byModel = new Map<string, { model: string; table: string; fields: Set<string>; kinds: Set<StoreCallKind>; evidence: Evidence[] }>();
    const add = (model: string, cls: ClassFacts | null, fn: Fn, kinds: Set<StoreCallKind>) => {
      const entry = byModel.get(model) ?? { model, table: tableOf(cls, model), fields: new Set<string>(), kinds: new Set<StoreCallKind>(), evidence: [] };
      if (cls?.table) entry.table = cls.table;
      for (const k of kinds) entry.kinds.add(k);
      const direct = this.calls.filter((c) => c.fn === fn);
      if (direct.length) {
        for (const x of this.fieldsOf(fn)) entry.fields.add(x);
        // helpers the store call's function hands records to (`product._document()`)
        for (const c of fn.f.calls) for (const to of this.resolve(fn, c.callee)) if (!this.calls.some((s) => s.fn === to)) for (const x of this.fieldsOf(to)) entry.fields.add(x);
        if (entry.evidence.length < 3) entry.evidence.push(direct[0]!.evidence);
      }
      byModel.set(model, entry);
    };
    for (const fn of this.fns) {
      const kinds = touching.get(fn.id);
      if (!kinds) continue;
      const model = modelOf(fn.cls);
      if (model) add(model, fn.cls, fn, kinds);
      else for (const c of fn.f.calls) for (const m of envModels(c.callee)) add(m, null, fn, kinds);
    }
    return [...byModel.values()].map((e) => {
      const w = [...e.kinds].some((k) => k !== 'read');
      const r = e.kinds.has('read');
      const methods = new Set(this.fns.map((f) => f.f.name));
      const fields = [...e.fields].filter((x) => !methods.has(x)).sort();
      return { model: e.model, table: e.table, fields, direction: w && r ? 'both' : w ? 'to_store' : 'from_store', evidence: e.evidence } satisfies ModelUse;
    }).sort((a, b) => a.model.localeCompare(b.model));
  }

  private fieldsOf(fn: Fn): string[] {
    const out = new Set<string>();
    for (const a of fn.f.attributes) if (FIELD.test(a) && !this.u.nonFields.includes(a)) out.add(a);
    for (const k of fn.f.keys) {
      const [base, key] = [k.slice(0, k.indexOf('.')), k.slice(k.indexOf('.') + 1)];
      if (this.u.valsNames.includes(base) && FIELD.test(key)) out.add(key);
    }
    for (const c of fn.f.calls) {
      const verb = lastSegment(c.callee);
      const onSelf = /^self\b/.test(receiverOf(c.callee));
      if ((this.u.fieldReaders.includes(verb) && onSelf) || this.isOrmWrite(fn, c)) for (const x of c.strings) if (FIELD.test(x) && !this.u.nonFields.includes(x)) out.add(x);
    }
    return [...out];
  }
}

function extendsModel(cls: ClassFacts, model: string): boolean {
  return cls.model === model || cls.inherit.includes(model);
}

/** `_file_write_with_bucket` extends `_file_write`. */
function nameExtends(name: string, hook: string): boolean {
  return name === hook || name.startsWith(`${hook}_`);
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Receivers that are files or buffers, not records (`f.write(data)`). */
/** Names of file-like objects, whose .write() is no ORM write (f.write(data), buf.write(...)). */
export const FILE_LIKE_NAMES = ['f', 'fp', 'fh', 'fd', 'fo', 'file', 'fileobj', 'buf', 'buffer', 'bio', 'out', 'output', 'stream', 'tmp', 'tmpfile', 'temp', 'writer', 'zf', 'zipf', 'archive', 'csvfile', 'sock', 'wfile', 'stdout', 'stderr'];
const FILE_LIKE = new RegExp(`^(?:${[...FILE_LIKE_NAMES, 'sys', 'os', 'io'].join('|')})$`);

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.file}:${e.line}:${e.kind}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A cron's interval as written in its XML (interval_number and interval_type), in words: '1 days'
 * is "every day", '6 hours' "every 6 hours"; anything else is quoted as written. */
export function everyText(interval: string): string {
  const m = /^(\d+)\s+(minutes|hours|days|weeks|months)$/.exec(interval.trim());
  if (!m) return `every ${interval}`;
  return m[1] === '1' ? `every ${m[2]!.slice(0, -1)}` : `every ${Number(m[1])} ${m[2]}`;
}
