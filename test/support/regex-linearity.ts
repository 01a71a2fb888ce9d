// A static check that a catalog pattern runs in time linear in the length of the text it searches,
// under a backtracking engine (Python `re`, JavaScript irregexp), with an unanchored search.
//
// A search tries the pattern at each start position; the time goes quadratic (or worse) when an
// unbounded quantifier can scan the same run of text from many start positions, or can stop at
// many places each followed by more unbounded work. So every unbounded quantifier X* / X+ / X{n,}
// must be over a single character class C and:
//  - its start is unique per run: the character before its first iteration can never be in C
//    (after a literal prefix made of C characters, the character before that prefix), which a
//    `^`, a `\b` before a word class or a lookbehind `(?<![...])` can also ensure; and
//  - it stops in one place, or what follows it is cheap: the characters that can follow it are
//    not in C, or nothing unbounded follows it;
//  - unless nothing after it can fail (it ends the pattern): then reaching it means a match, and
//    its run is consumed by that match.
// Quantifiers are never nested (a quantified group holds no quantifier, but for `?`), an unbounded
// quantifier applies to one character class (or a group only where it ends the pattern), and a
// bounded one stays small. Patterns are read in multiline mode, as the scanners try them on a
// whole file first: `^` may then follow a newline.

const SIZE = 130; // 0..127 ASCII, 128 any non-ASCII character, 129 a boundary (start or end of text)
const NON_ASCII = 128;
const BOUNDARY = 129;
const MAX_BOUNDED = 1024;
const MAX_BOUNDED_OVERLAPPING = 64;

type CharSet = boolean[];

function set(chars: Iterable<number> = []): CharSet {
  const s: CharSet = new Array(SIZE).fill(false);
  for (const c of chars) s[c] = true;
  return s;
}
const union = (a: CharSet, b: CharSet): CharSet => a.map((x, i) => x || b[i]!);
const inter = (a: CharSet, b: CharSet): CharSet => a.map((x, i) => x && b[i]!);
const minus = (a: CharSet, b: CharSet): CharSet => a.map((x, i) => x && !b[i]);
const empty = (a: CharSet): boolean => !a.some(Boolean);
const subset = (a: CharSet, b: CharSet): boolean => a.every((x, i) => !x || b[i]!);
const range = (lo: number, hi: number): number[] => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

const DIGIT = set([...range(48, 57), NON_ASCII]);
const WORD = set([...range(48, 57), ...range(65, 90), ...range(97, 122), 95, NON_ASCII]);
const SPACE = set([9, 10, 11, 12, 13, 32, NON_ASCII]);
const ALL_CHARS = set([...range(0, 127), NON_ASCII]);
const complement = (a: CharSet): CharSet => {
  const out = minus(ALL_CHARS, a);
  if (a[NON_ASCII]) out[NON_ASCII] = true; // both \s and \S hold some non-ASCII characters
  return out;
};
const NOT_WORD = complement(WORD);

type Node =
  | { t: 'char'; set: CharSet }
  | { t: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { t: 'look'; behind: boolean; neg: boolean; body: Alt }
  | { t: 'group'; body: Alt }
  | { t: 'quant'; body: Node; min: number; max: number };
interface Alt { options: Node[][] }

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly icase: boolean) {}

  parse(): Alt {
    const alt = this.alt();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return alt;
  }

  private alt(): Alt {
    const options: Node[][] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.seq());
    }
    return { options };
  }

  private seq(): Node[] {
    const out: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      const q = this.quantifier();
      if (q) atom = { t: 'quant', body: atom, ...q };
      out.push(atom);
    }
    return out;
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.src[this.i];
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return null;
      this.i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
    }
    if (!q) return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: the same analysis
    if ('*+?{'.includes(this.src[this.i] ?? '_') && this.src[this.i] !== undefined) throw new Error(`stacked quantifier at ${this.i}`);
    return q;
  }

  private atom(): Node {
    const c = this.src[this.i]!;
    if (c === '(') {
      this.i++;
      let look: { behind: boolean; neg: boolean } | null = null;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
        look = { behind: false, neg: this.src[this.i + 1] === '!' };
        this.i += 2;
      } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
        look = { behind: true, neg: this.src[this.i + 2] === '!' };
        this.i += 3;
      } else if (this.src[this.i] === '?') throw new Error(`unsupported group at ${this.i}`);
      const body = this.alt();
      if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
      this.i++;
      return look ? { t: 'look', ...look, body } : { t: 'group', body };
    }
    if (c === '[') return { t: 'char', set: this.klass() };
    if (c === '.') {
      this.i++;
      return { t: 'char', set: minus(ALL_CHARS, set([10])) };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'assert', kind: c };
    }
    if (c === '\\') {
      const n = this.src[this.i + 1]!;
      if (n === 'b' || n === 'B') {
        this.i += 2;
        return { t: 'assert', kind: n };
      }
      if (/[1-9]/.test(n)) throw new Error('backreference');
      return { t: 'char', set: this.escape() };
    }
    if ('*+?{'.includes(c)) throw new Error(`quantifier without an atom at ${this.i}`);
    this.i++;
    return { t: 'char', set: this.caseSet([c.charCodeAt(0)]) };
  }

  /** One escape at this.i (a backslash), in or out of a class. */
  private escape(): CharSet {
    const n = this.src[this.i + 1]!;
    this.i += 2;
    switch (n) {
      case 's': return SPACE;
      case 'S': return complement(SPACE);
      case 'd': return DIGIT;
      case 'D': return complement(DIGIT);
      case 'w': return WORD;
      case 'W': return NOT_WORD;
      case 'n': return set([10]);
      case 'r': return set([13]);
      case 't': return set([9]);
      case 'f': return set([12]);
      case 'v': return set([11]);
      default:
        if (/[A-Za-z0-9]/.test(n)) throw new Error(`unsupported escape \\${n}`);
        return this.caseSet([n.charCodeAt(0)]);
    }
  }

  private klass(): CharSet {
    this.i++;
    const neg = this.src[this.i] === '^';
    if (neg) this.i++;
    let s = set();
    let first = true;
    while (this.src[this.i] !== ']' || first) {
      first = false;
      if (this.i >= this.src.length) throw new Error('unclosed class');
      let lo: number;
      if (this.src[this.i] === '\\') {
        const e = this.escape();
        const codes = e.map((x, k) => (x ? k : -1)).filter((k) => k >= 0);
        if (codes.length !== 1 || this.src[this.i] !== '-' || this.src[this.i + 1] === ']') {
          s = union(s, e);
          continue;
        }
        lo = codes[0]!;
      } else {
        lo = this.src.charCodeAt(this.i);
        this.i++;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.src[this.i] === '\\' ? this.escape().findIndex(Boolean) : this.src.charCodeAt(this.i++);
        s = union(s, this.caseSet(range(lo, Math.min(hi, 127)).concat(hi > 127 ? [NON_ASCII] : [])));
      } else {
        s = union(s, this.caseSet([lo]));
      }
    }
    this.i++;
    return neg ? complement(s) : s;
  }

  private caseSet(codes: number[]): CharSet {
    const out = set(codes.map((c) => (c > 127 ? NON_ASCII : c)));
    if (this.icase) {
      for (const c of codes) {
        if (c >= 65 && c <= 90) out[c + 32] = true;
        if (c >= 97 && c <= 122) out[c - 32] = true;
      }
    }
    return out;
  }
}

// --- the position graph (Glushkov): one position per character class or zero-width assertion ---

interface Pos {
  id: number;
  kind: 'char' | 'assert' | 'look' | 'start' | 'end';
  set: CharSet;
  /** For a repeated class: how many times at most (Infinity for * + {n,}). */
  max: number;
  assertKind?: '^' | '$' | 'b' | 'B';
  /** A lookbehind over one class: the class, and whether it is negative. */
  behind?: { only: CharSet | null; neg: boolean };
  next: Set<number>;
  /** A lookahead: the first positions of its body (its end is a success of its own). */
  enter: Set<number>;
}

interface Frag { first: Set<number>; last: Set<number>; nullable: boolean }

class Graph {
  readonly pos: Pos[] = [];
  readonly problems: string[] = [];

  add(kind: Pos['kind'], extra: Partial<Pos> = {}): Pos {
    const p: Pos = { id: this.pos.length, kind, set: set(), max: 1, next: new Set(), enter: new Set(), ...extra };
    this.pos.push(p);
    return p;
  }

  link(from: Iterable<number>, to: Iterable<number>): void {
    for (const f of from) for (const t of to) this.pos[f]!.next.add(t);
  }

  alt(a: Alt): Frag {
    const parts = a.options.map((o) => this.seq(o));
    return {
      first: new Set(parts.flatMap((p) => [...p.first])),
      last: new Set(parts.flatMap((p) => [...p.last])),
      nullable: parts.some((p) => p.nullable),
    };
  }

  seq(nodes: Node[]): Frag {
    let frag: Frag = { first: new Set(), last: new Set(), nullable: true };
    for (const n of nodes) {
      const f = this.node(n);
      this.link(frag.last, f.first);
      frag = {
        first: frag.nullable ? new Set([...frag.first, ...f.first]) : frag.first,
        last: f.nullable ? new Set([...frag.last, ...f.last]) : f.last,
        nullable: frag.nullable && f.nullable,
      };
    }
    return frag;
  }

  node(n: Node): Frag {
    switch (n.t) {
      case 'char': {
        const p = this.add('char', { set: n.set });
        return { first: new Set([p.id]), last: new Set([p.id]), nullable: false };
      }
      case 'assert': {
        const p = this.add('assert', { assertKind: n.kind });
        return { first: new Set([p.id]), last: new Set([p.id]), nullable: false };
      }
      case 'look': {
        if (n.behind) {
          const o = n.body.options;
          const only = o.length === 1 && o[0]!.length === 1 && o[0]![0]!.t === 'char' ? o[0]![0]!.set : null;
          const p = this.add('look', { behind: { only, neg: n.neg } });
          return { first: new Set([p.id]), last: new Set([p.id]), nullable: false };
        }
        const p = this.add('look');
        // the body is entered from the lookahead and ends in a success of its own (lookarounds are atomic)
        const body = this.alt(n.body);
        const end = this.add('end');
        for (const id of body.first) p.enter.add(id);
        this.link(body.last, [end.id]);
        if (body.nullable) p.enter.add(end.id);
        return { first: new Set([p.id]), last: new Set([p.id]), nullable: false };
      }
      case 'group': return this.alt(n.body);
      case 'quant': {
        if (n.body.t === 'char') {
          const p = this.add('char', { set: n.body.set, max: n.max });
          if (n.max > 1) this.link([p.id], [p.id]);
          return { first: new Set([p.id]), last: new Set([p.id]), nullable: n.min === 0 };
        }
        if (n.max > 1 && hasQuantifier(n.body)) this.problems.push('nested quantifier: a repeated group holds a quantifier');
        if (n.max > MAX_BOUNDED && n.max !== Infinity) this.problems.push(`bounded quantifier over ${MAX_BOUNDED}`);
        const f = this.node(n.body);
        if (n.max > 1) this.link(f.last, f.first);
        const frag = { ...f, nullable: f.nullable || n.min === 0 };
        if (n.max === Infinity) this.groupLoops.push(frag);
        return frag;
      }
    }
  }

  /** Unbounded repetitions of a group: allowed only where nothing after them can fail. */
  readonly groupLoops: Frag[] = [];
}

function hasQuantifier(n: Node): boolean {
  switch (n.t) {
    case 'char': case 'assert': return false;
    case 'look': case 'group': return n.body.options.some((o) => o.some(hasQuantifier));
    case 'quant': return n.max > 1 || hasQuantifier(n.body);
  }
}

/** A position that the run of class C cannot cross: a character never in C, a line start when C
 * holds no newline, a word boundary when C holds only word characters, a lookbehind that rules
 * out C. */
function delimits(p: Pos, c: CharSet): boolean {
  switch (p.kind) {
    case 'char': return empty(inter(p.set, c));
    case 'assert': return (p.assertKind === '^' && !c[10]) || (p.assertKind === 'b' && subset(c, WORD));
    case 'look': return p.behind?.only ? (p.behind.neg ? subset(c, p.behind.only) : empty(inter(c, p.behind.only))) : false;
    default: return false;
  }
}

/** Positions reachable from `from` (exclusive) through positions that do not delimit C. */
function reach(g: Graph, from: Iterable<number>, c: CharSet | null, skip: number): Set<number> {
  const seen = new Set<number>();
  const todo = [...from];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id) || id === skip) continue;
    const p = g.pos[id]!;
    if (c && delimits(p, c)) continue;
    seen.add(id);
    todo.push(...p.next, ...p.enter);
  }
  return seen;
}

/** The characters that can come right after position q (its own repetition aside), seen through
 * zero-width positions; BOUNDARY for the end. */
function followChars(g: Graph, q: Pos): CharSet {
  let out = set();
  const seen = new Set<number>();
  const todo = [...q.next].filter((id) => id !== q.id);
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const p = g.pos[id]!;
    if (p.kind === 'char') out = union(out, p.set);
    else if (p.kind === 'end') out[BOUNDARY] = true;
    else if (p.kind === 'assert' || p.kind === 'look') todo.push(...p.next);
  }
  return out;
}

/** Nothing after q can fail: an end is reachable from q through nothing (q is a last position). */
function terminal(q: Pos, g: Graph): boolean {
  return [...q.next].some((id) => g.pos[id]!.kind === 'end');
}

/** Problems that make a pattern super-linear; [] when it is linear. */
export function linearityProblems(pattern: string, flags = ''): string[] {
  let ast: Alt;
  try {
    ast = new Parser(pattern, flags.includes('i')).parse();
  } catch (e) {
    return [`cannot read: ${(e as Error).message}`];
  }
  const g = new Graph();
  const start = g.add('start');
  const top = g.alt(ast);
  const end = g.add('end');
  g.link([start.id], top.first);
  g.link(top.last, [end.id]);
  if (top.nullable) g.link([start.id], [end.id]);
  const problems = [...g.problems];
  for (const loop of g.groupLoops) {
    if (![...loop.last].every((id) => terminal(g.pos[id]!, g))) problems.push('unbounded quantifier over a group that does not end the pattern');
  }
  for (const q of g.pos) {
    if (q.kind !== 'char' || q.max <= MAX_BOUNDED_OVERLAPPING) continue;
    if (q.max !== Infinity && q.max > MAX_BOUNDED) {
      problems.push(`bounded quantifier over ${MAX_BOUNDED}`);
      continue;
    }
    if (terminal(q, g)) continue;
    const c = q.set;
    const after = [...q.next].filter((id) => id !== q.id);
    // stops in many places, each followed by more repetition that can scan the same text again
    if (!empty(inter(followChars(g, q), c))) {
      const more = g.pos.filter((r) => r.kind === 'char' && r.id !== q.id && r.max > MAX_BOUNDED_OVERLAPPING && !terminal(r, g) && reach(g, after, r.set, -1).has(r.id));
      if (more.length > 0) {
        problems.push(q.max === Infinity
          ? 'unbounded quantifier that can stop in many places, followed by more repetition'
          : `large bounded quantifier {,${q.max}} that can stop in many places, followed by more repetition`);
      }
    }
    if (q.max !== Infinity) continue;
    // many starts: a path from the start of the pattern reaches it without crossing a delimiter
    const clean = reach(g, [start.id], c, q.id);
    const preds = g.pos.filter((p) => p.id !== q.id && p.next.has(q.id));
    if (preds.some((p) => clean.has(p.id))) problems.push('unbounded quantifier whose run can start at many places (nothing before it stops the run)');
  }
  return [...new Set(problems)];
}
