// The parsed shape of one Python file (classes, functions, calls), read from tree-sitter's tree the
// way Python's `ast` shows it: parentheses are no nodes, `a = b = c` is one statement, `a and b and
// c` one node. Twin: python_structure in odoo_addon/pg_capabilities/collect/structure.py.
import type { CallFacts, ClassFacts, FieldFacts, FunctionFacts } from '../core/snapshot';
import type { PyNode } from './python-parser';
import type { Secrets } from './structure-secrets';
import { cutCodePoints, dotted, isAttributeChain, kids, MAX_STRING, operand, plainString, rootName, unwrap } from './structure-text';

const MAX_STRINGS = 10;

interface PythonLimits { maxCallsPerFunction: number }

const FUNCTION = 'function_definition';
const CLASS = 'class_definition';

/** A statement as `ast` sees it: a decorated def is the def. */
function definition(stmt: PyNode): PyNode {
  return stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') ?? stmt : stmt;
}

function decorators(stmt: PyNode): PyNode[] {
  if (stmt.type !== 'decorated_definition') return [];
  return kids(stmt).filter((c) => c.type === 'decorator').map((d) => unwrap(kids(d)[0] ?? null)).filter((d): d is PyNode => d !== null);
}

/** Python's end_lineno: the last line of the last token, trailing comments not included. */
function endLine(node: PyNode): number {
  let n = node;
  for (;;) {
    let next: PyNode | null = null;
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c && c.type !== 'comment' && c.type !== 'line_continuation' && c.endIndex > c.startIndex) {
        next = c;
        break;
      }
    }
    if (!next) return n.endPosition.row + 1;
    n = next;
  }
}

/** The statement an expression_statement holds (`x = 1` is an assignment statement), or itself. */
function statementOf(stmt: PyNode): PyNode {
  if (stmt.type !== 'expression_statement') return stmt;
  const inner = kids(stmt);
  return inner.length === 1 && (inner[0]!.type === 'assignment' || inner[0]!.type === 'augmented_assignment') ? inner[0]! : stmt;
}

/** An argument list as `ast` splits it: positional arguments (a `*x` included) and keywords (`**x` with name null). */
function callArguments(call: PyNode): { args: PyNode[]; keywords: { name: string | null; value: PyNode | null }[]; ordered: PyNode[] } {
  const list = call.childForFieldName('arguments');
  const args: PyNode[] = [];
  const keywords: { name: string | null; value: PyNode | null }[] = [];
  if (!list) return { args, keywords, ordered: [] };
  if (list.type === 'generator_expression') return { args: [list], keywords, ordered: [list] };
  const ordered = kids(list);
  for (const a of ordered) {
    if (a.type === 'keyword_argument') keywords.push({ name: a.childForFieldName('name')?.text ?? '', value: a.childForFieldName('value') });
    else if (a.type === 'dictionary_splat') keywords.push({ name: null, value: kids(a)[0] ?? null });
    else args.push(a);
  }
  return { args, keywords, ordered };
}

const TUPLES = new Set(['tuple', 'list', 'pattern_list', 'tuple_pattern', 'list_pattern', 'expression_list']);
const STARRED = new Set(['list_splat', 'list_splat_pattern']);

/** Names a target binds: x, (x, y), [x, *rest]; attributes and subscripts bind no name. */
function boundNames(target: PyNode | null): string[] {
  const t = unwrap(target);
  if (!t) return [];
  if (t.type === 'identifier') return [t.text];
  if (STARRED.has(t.type)) return boundNames(kids(t)[0] ?? null);
  if (TUPLES.has(t.type)) return kids(t).flatMap(boundNames);
  return [];
}

/** The call whose result an expression is (`call()` or `await call()`), else null. */
function resultCall(value: PyNode | null): PyNode | null {
  let v = unwrap(value);
  if (v && v.type === 'await') v = unwrap(kids(v)[0] ?? null);
  return v && v.type === 'call' ? v : null;
}

/** Identifiers that are no Name in `ast`: an attribute's name, a keyword's, a lambda's parameters. */
function isNameNode(n: PyNode): boolean {
  if (n.type !== 'identifier') return false;
  const p = n.parent;
  if (!p) return true;
  if (p.type === 'attribute') return !n.equals(p.childForFieldName('attribute')!);
  if (p.type === 'keyword_argument') return !n.equals(p.childForFieldName('name')!);
  if (p.type === 'lambda_parameters') return false;
  if ((p.type === 'default_parameter' || p.type === 'typed_default_parameter') && n.equals(p.childForFieldName('name')!)) return p.parent?.type !== 'lambda_parameters';
  if ((p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') && p.parent?.type === 'lambda_parameters') return false;
  return true;
}

function namesIn(root: PyNode, out: Set<string>): void {
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isNameNode(n)) out.add(n.text);
    for (const c of n.namedChildren) if (c) stack.push(c);
  }
}

/** Every call under the statements it visits, what each binds its result to, and the facts a
 * function reads: attributes on self (or on a loop over self), keys of subscripts, names returned. */
class CallVisitor {
  private readonly calls: PyNode[] = [];
  private readonly targets = new Map<number, string[]>();
  private readonly called = new Set<number>();
  private readonly stored = new Set<number>();
  private readonly reads = new Set<string>(); // name \0 attribute
  private readonly loopNames = new Set(['self']);
  readonly keys = new Set<string>();
  readonly returns = new Set<string>();
  private nested = 0;

  constructor(private readonly secrets: Secrets) {}

  private bind(value: PyNode | null, names: string[]): void {
    const call = resultCall(value);
    if (call && names.length > 0) {
      const list = this.targets.get(call.id) ?? [];
      list.push(...names);
      this.targets.set(call.id, list);
    }
  }

  private loop(target: PyNode | null, iterable: PyNode | null): void {
    this.bind(iterable, boundNames(target));
    const t = unwrap(target);
    if (t && t.type === 'identifier' && rootName(iterable) === 'self') this.loopNames.add(t.text);
  }

  /** Attributes assigned or deleted are not read (their ctx is Store or Del). */
  private store(target: PyNode | null): void {
    const t = unwrap(target);
    if (!t) return;
    if (t.type === 'attribute') this.stored.add(t.id);
    else if (STARRED.has(t.type) || TUPLES.has(t.type)) for (const c of kids(t)) this.store(c);
  }

  visit(node: PyNode): void {
    switch (node.type) {
      case 'assignment': {
        if (node.parent?.type === 'assignment') break; // a = b = c(): one statement, seen from the top
        const annotated = node.childForFieldName('type') !== null;
        const lefts: PyNode[] = [];
        let cur: PyNode | null = node;
        let value: PyNode | null = null;
        while (cur && cur.type === 'assignment') {
          lefts.push(cur.childForFieldName('left')!);
          value = cur.childForFieldName('right');
          cur = annotated ? null : value;
        }
        lefts.forEach((l) => this.store(l));
        if (value) this.bind(value, lefts.flatMap(boundNames));
        break;
      }
      case 'augmented_assignment':
        this.store(node.childForFieldName('left'));
        break;
      case 'delete_statement':
        for (const t of kids(node)) {
          if (t.type === 'expression_list') kids(t).forEach((x) => this.store(x));
          else this.store(t);
        }
        break;
      case 'named_expression':
        this.bind(node.childForFieldName('value'), boundNames(node.childForFieldName('name')));
        break;
      case 'for_statement':
      case 'for_in_clause':
        this.store(node.childForFieldName('left'));
        this.loop(node.childForFieldName('left'), node.childForFieldName('right'));
        break;
      case 'with_item': {
        // with (a() as b): the parentheses are tree-sitter's, not a tuple
        const v = unwrap(node.childForFieldName('value'));
        if (v && v.type === 'as_pattern') {
          const alias = v.childForFieldName('alias');
          const target = alias ? kids(alias)[0] ?? null : null;
          this.store(target);
          this.bind(kids(v)[0] ?? null, boundNames(target));
        }
        break;
      }
      case 'function_definition':
      case 'lambda':
      case 'class_definition':
        this.nested += 1;
        this.children(node);
        this.nested -= 1;
        return;
      case 'return_statement': {
        const v = unwrap(kids(node)[0] ?? null);
        if (!this.nested && v) {
          const values = v.type === 'expression_list' || v.type === 'tuple' ? kids(v) : [v];
          for (const x of values) {
            const u = unwrap(x);
            if (u && u.type === 'identifier') this.returns.add(u.text);
          }
        }
        break;
      }
      case 'call': {
        this.calls.push(node);
        const func = operand(node.childForFieldName('function'));
        if (func) this.called.add(func.id);
        if (func && func.type === 'attribute' && func.childForFieldName('attribute')?.text === 'get') {
          const obj = operand(func.childForFieldName('object'));
          const first = callArguments(node).args[0];
          if (obj && obj.type === 'identifier' && first) {
            const key = plainString(first);
            if (key !== null) this.keys.add(`${obj.text}.${cutCodePoints(key, MAX_STRING)}`);
          }
        }
        break;
      }
      case 'subscript': {
        const subs = node.childrenForFieldName('subscript');
        const key = subs.length === 1 ? plainString(subs[0]!) : null;
        const value = operand(node.childForFieldName('value'));
        if (key !== null && value && value.type === 'identifier') this.keys.add(`${value.text}.${cutCodePoints(key, MAX_STRING)}`);
        break;
      }
      case 'attribute': {
        const obj = operand(node.childForFieldName('object'));
        if (obj && obj.type === 'identifier' && !this.stored.has(node.id) && !this.called.has(node.id)) {
          this.reads.add(`${obj.text}\0${node.childForFieldName('attribute')?.text ?? ''}`);
        }
        break;
      }
      default:
        break;
    }
    this.children(node);
  }

  private children(node: PyNode): void {
    for (const c of node.namedChildren) if (c && c.type !== 'comment') this.visit(c);
  }

  callFacts(limit: number): CallFacts[] {
    // pre-order visits an outer call before the one its callee starts with; sorting keeps that order
    const ordered = this.calls.map((c, i) => ({ c, i })).sort((a, b) => a.c.startIndex - b.c.startIndex || a.i - b.i).slice(0, limit);
    return ordered.map(({ c }) => this.facts(c));
  }

  attributes(): string[] {
    const out = new Set<string>();
    for (const r of this.reads) {
      const [name, attr] = r.split('\0') as [string, string];
      if (this.loopNames.has(name)) out.add(attr);
    }
    return [...out].sort();
  }

  private facts(call: PyNode): CallFacts {
    const { args, keywords, ordered } = callArguments(call);
    const names = new Set<string>();
    for (const a of args) namesIn(a, names);
    for (const k of keywords) if (k.value) namesIn(k.value, names);
    // positional arguments (not *x) and keyword values (not **x), in source order
    const values: { node: PyNode; keyword: string | null }[] = [];
    for (const a of ordered) {
      if (a.type === 'keyword_argument') {
        const v = a.childForFieldName('value');
        if (v) values.push({ node: v, keyword: a.childForFieldName('name')?.text ?? '' });
      } else if (a.type !== 'dictionary_splat' && a.type !== 'list_splat') {
        values.push({ node: a, keyword: null });
      }
    }
    return {
      line: call.startPosition.row + 1,
      callee: dotted(call.childForFieldName('function')),
      names: [...names].sort(),
      keywords: keywords.map((k) => (k.name === null ? '**' : k.name)),
      refs: values.filter((v) => isAttributeChain(v.node)).map((v) => dotted(v.node)),
      strings: this.strings(values),
      targets: this.targets.get(call.id) ?? [],
    };
  }

  private strings(values: { node: PyNode; keyword: string | null }[]): string[] {
    const out: string[] = [];
    for (const { node, keyword } of values) {
      const a = unwrap(node)!;
      let found: (PyNode | null)[];
      if (a.type === 'list' || a.type === 'tuple' || a.type === 'set') found = kids(a);
      else if (a.type === 'dictionary') found = kids(a).filter((p) => p.type === 'pair').map((p) => p.childForFieldName('key'));
      else found = [a];
      for (const f of found) {
        const n = unwrap(f);
        const s = plainString(n);
        if (n && s !== null && out.length < MAX_STRINGS) out.push(this.secrets.literal(n, s, keyword));
      }
    }
    return out;
  }
}

// ---- functions and classes ---------------------------------------------------------------------

function params(def: PyNode): string[] {
  const out: string[] = [];
  for (const p of kids(def.childForFieldName('parameters') ?? def)) {
    if (p.type === 'identifier') out.push(p.text);
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') out.push(p.childForFieldName('name')?.text ?? '');
    else if (p.type === 'typed_parameter' || p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
      let inner: PyNode | undefined = kids(p)[0];
      while (inner && inner.type !== 'identifier') inner = kids(inner)[0];
      if (inner) out.push(inner.text);
    }
  }
  return out;
}

function decoratorStrings(decos: PyNode[], secrets: Secrets): string[] {
  const out: string[] = [];
  for (const d of decos) {
    if (d.type !== 'call') continue;
    for (const a of callArguments(d).args) {
      const u = unwrap(a)!;
      const items = u.type === 'list' || u.type === 'tuple' ? kids(u) : [u];
      for (const item of items) {
        const n = unwrap(item);
        const s = plainString(n);
        if (n && s !== null) out.push(secrets.literal(n, s));
      }
    }
  }
  return out;
}

function bodyOf(def: PyNode): PyNode[] {
  const body = def.childForFieldName('body');
  return body ? kids(body) : [];
}

function functionFacts(stmt: PyNode, file: string, limits: PythonLimits, secrets: Secrets): FunctionFacts {
  const def = definition(stmt);
  const visitor = new CallVisitor(secrets);
  for (const s of bodyOf(def)) visitor.visit(s);
  const decos = decorators(stmt);
  return {
    file,
    name: def.childForFieldName('name')?.text ?? '',
    line: def.startPosition.row + 1,
    endLine: endLine(def),
    decorators: decos.map((d) => dotted(d.type === 'call' ? d.childForFieldName('function') : d)),
    decoratorStrings: decoratorStrings(decos, secrets),
    params: params(def),
    calls: visitor.callFacts(limits.maxCallsPerFunction),
    attributes: visitor.attributes(),
    keys: [...visitor.keys].sort(),
    returns: [...visitor.returns].sort(),
  };
}

function keywordOf(call: PyNode, name: string): PyNode | null | undefined {
  const k = callArguments(call).keywords.find((kw) => kw.name === name);
  return k ? k.value : undefined;
}

/** compute=/inverse=/related=: the string literal or the bare name's identifier, else null. */
function keywordName(call: PyNode, name: string): string | null {
  const v = keywordOf(call, name);
  if (!v) return null;
  const text = plainString(v);
  if (text !== null) return cutCodePoints(text, MAX_STRING);
  const u = unwrap(v);
  return u && u.type === 'identifier' ? u.text : null;
}

function keywordBool(call: PyNode, name: string): boolean | null {
  const v = unwrap(keywordOf(call, name) ?? null);
  return v && (v.type === 'true' || v.type === 'false') ? v.type === 'true' : null;
}

/** _inherit's value: a string, or a list/tuple of strings only; else []. */
function stringsOf(value: PyNode | null): string[] {
  const text = plainString(value);
  if (text !== null) return [cutCodePoints(text, MAX_STRING)];
  const v = unwrap(value);
  if (v && (v.type === 'list' || v.type === 'tuple')) {
    const texts = kids(v).map(plainString);
    if (texts.every((t) => t !== null)) return texts.map((t) => cutCodePoints(t!, MAX_STRING));
  }
  return [];
}

const BRANCHING = new Set(['if_statement', 'elif_clause', 'else_clause', 'try_statement', 'except_clause', 'except_group_clause', 'finally_clause']);

/** Methods defined inside a class body's if/elif/else or try/except/else/finally branches (one
 * definition per Odoo version, or depending on an import), in source order. */
function conditionalDefs(stmt: PyNode): PyNode[] {
  const out: PyNode[] = [];
  for (const c of kids(stmt)) {
    if (c.type === 'block') {
      for (const inner of kids(c)) {
        if (definition(inner).type === FUNCTION) out.push(inner);
        else if (BRANCHING.has(inner.type)) out.push(...conditionalDefs(inner));
      }
    } else if (BRANCHING.has(c.type)) out.push(...conditionalDefs(c));
  }
  return out;
}

function classFacts(stmt: PyNode, file: string, limits: PythonLimits, secrets: Secrets): ClassFacts {
  const node = definition(stmt);
  const supers = node.childForFieldName('superclasses');
  const facts: ClassFacts = {
    file, line: node.startPosition.row + 1, endLine: endLine(node), name: node.childForFieldName('name')?.text ?? '',
    bases: (supers ? kids(supers) : []).filter((b) => b.type !== 'keyword_argument' && b.type !== 'dictionary_splat').map((b) => dotted(b)),
    model: null, inherit: [], table: null, fields: [], methods: [],
  };
  for (const s of bodyOf(node)) {
    if (definition(s).type === FUNCTION) {
      facts.methods.push(functionFacts(s, file, limits, secrets));
      continue;
    }
    if (BRANCHING.has(s.type)) {
      facts.methods.push(...conditionalDefs(s).map((d) => functionFacts(d, file, limits, secrets)));
      continue;
    }
    const a = statementOf(s);
    if (a.type !== 'assignment' || a.childForFieldName('type')) continue;
    const left = unwrap(a.childForFieldName('left'));
    const value = a.childForFieldName('right');
    if (!left || left.type !== 'identifier' || !value || value.type === 'assignment') continue;
    const name = left.text;
    if (name === '_name' || name === '_table') {
      const text = plainString(value);
      facts[name === '_name' ? 'model' : 'table'] = text !== null ? cutCodePoints(text, MAX_STRING) : null;
    } else if (name === '_inherit') {
      facts.inherit = stringsOf(value);
    } else {
      const call = unwrap(value);
      const func = call && call.type === 'call' ? unwrap(call.childForFieldName('function')) : null;
      if (call && func && func.type === 'attribute') {
        const type = func.childForFieldName('attribute')?.text ?? '';
        if (dotted(func) === `fields.${type}`) facts.fields.push(fieldFacts(name, a, call, type));
      }
    }
  }
  return facts;
}

function fieldFacts(name: string, stmt: PyNode, call: PyNode, type: string): FieldFacts {
  return {
    name,
    line: stmt.startPosition.row + 1,
    type,
    compute: keywordName(call, 'compute'),
    inverse: keywordName(call, 'inverse'),
    related: keywordName(call, 'related'),
    store: keywordBool(call, 'store'),
  };
}

/** Classes, functions and module-level calls of one parsed file (its tree already checked). */
export function pythonStructure(root: PyNode, file: string, limits: PythonLimits, secrets: Secrets):
  { classes: ClassFacts[]; functions: FunctionFacts[]; calls: CallFacts[] } {
  const classes: ClassFacts[] = [];
  const functions: FunctionFacts[] = [];
  const top = new CallVisitor(secrets);
  for (const stmt of kids(root)) {
    const def = definition(stmt);
    if (def.type === CLASS) classes.push(classFacts(stmt, file, limits, secrets));
    else if (def.type === FUNCTION) functions.push(functionFacts(stmt, file, limits, secrets));
    else top.visit(stmt);
  }
  return { classes, functions, calls: top.callFacts(limits.maxCallsPerFunction) };
}
