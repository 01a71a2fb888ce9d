// Whether a tree-sitter tree is one Python's `ast.parse` accepts, and how deep it nests, counted as
// the Python twin counts (too_deep in collect/structure.py): a module's statements at depth 1, a
// statement in another's body or an expression under a statement or expression one deeper; helper
// nodes (keyword, comprehension clause, arguments, except handler, with item, match case) not
// counted; an elif at its if's depth; parentheses no nodes; `a and b and c` one node, 'a' 'b' one.
// Iterative: it runs before anything recursive looks at the tree.
import type { PyNode, PyTree } from './python-parser';
import { stringPrefix } from './structure-text';

export const TOO_LARGE = 'too large';
export const SYNTAX_ERROR = 'syntax error';
export const TOO_DEEP = 'too deeply nested';

// CPython's tokenizer caps, which the Python twin reads as too deep: more than 200 open brackets
// ("too many nested parentheses"), 100 indentation levels ("too many levels of indentation").
const MAX_BRACKETS = 200;
const MAX_INDENT = 100;

/** Statements and expressions: nodes of `ast` (the others are helpers or tokens). */
const COUNTED = new Set([
  'expression_statement', 'assignment', 'augmented_assignment', 'return_statement', 'delete_statement',
  'pass_statement', 'break_statement', 'continue_statement', 'raise_statement', 'global_statement',
  'nonlocal_statement', 'assert_statement', 'import_statement', 'import_from_statement',
  'future_import_statement', 'if_statement', 'for_statement', 'while_statement', 'try_statement',
  'with_statement', 'function_definition', 'class_definition', 'decorated_definition', 'match_statement',
  'type_alias_statement',
  'identifier', 'keyword_identifier', 'attribute', 'call', 'subscript', 'slice', 'string', 'concatenated_string',
  'interpolation', 'integer', 'float', 'true', 'false', 'none', 'ellipsis', 'binary_operator',
  'boolean_operator', 'comparison_operator', 'not_operator', 'unary_operator', 'lambda',
  'conditional_expression', 'named_expression', 'await', 'yield', 'list', 'tuple', 'set', 'dictionary',
  'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression',
  'expression_list', 'pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat', 'list_splat_pattern',
]);

/** Identifiers that are no expression: names imported, declared global, or given to a parameter. */
const NOT_NAMES = new Set(['dotted_name', 'aliased_import', 'global_statement', 'nonlocal_statement', 'import_from_statement',
  'import_statement', 'future_import_statement', 'parameters', 'lambda_parameters', 'keyword_argument', 'attribute']);

const PARAMETERS = new Set(['parameters', 'lambda_parameters']);

/** Whether n is a node of `ast` here, and how many levels it adds (an implicit tuple adds two). */
function levels(n: PyNode, parent: PyNode | null): number {
  const t = n.type;
  if (!COUNTED.has(t)) return 0;
  const p = parent?.type;
  switch (t) {
    case 'identifier':
    case 'keyword_identifier':
      return p && NOT_NAMES.has(p) ? 0 : 1;
    case 'expression_statement': {
      const inner = n.namedChildren.filter((c) => c && c.type !== 'comment');
      return inner.length === 1 && (inner[0]!.type === 'assignment' || inner[0]!.type === 'augmented_assignment') ? 0 : 1;
    }
    case 'assignment':
      return p === 'assignment' ? 0 : 1;
    case 'function_definition':
    case 'class_definition':
      return p === 'decorated_definition' ? 0 : 1;
    case 'string':
      return p === 'concatenated_string' ? 0 : 1;
    case 'expression_list':
      return p === 'delete_statement' ? 0 : 1;
    case 'list_splat_pattern':
      return p && PARAMETERS.has(p) ? 0 : 1;
    case 'boolean_operator':
      // a and b and c: one BoolOp; tree-sitter nests the left operand
      return p === 'boolean_operator' && n.equals(parent!.childForFieldName('left')!)
        && n.child(1)?.type === parent!.child(1)?.type ? 0 : 1;
    default:
      return 1;
  }
}

/** A Python 2 form, or one tree-sitter accepts and Python 3 does not, at this node. */
function python2(n: PyNode): boolean {
  switch (n.type) {
    case 'print_statement':
    case 'exec_statement':
    case '<>':
    case '`':
      return true;
    case 'integer': {
      const t = n.text;
      return /[lL]$/.test(t) || /^0_*[0-9]*[1-9]/.test(t) && !/^0[xXoObB]/.test(t);
    }
    case 'string_start':
      return !['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'].includes(stringPrefix(n.parent!));
    case 'identifier':
      return n.text === 'async' || n.text === 'await';
    case 'except_clause':
      return n.children.some((c) => c?.type === ',');
    case 'raise_statement':
      // raise E, "message": an unparenthesised tuple
      return n.namedChildren.some((c) => c?.type === 'expression_list');
    case 'argument_list': {
      // positional after keyword, *x after **x
      let keyword = false;
      let doubleStar = false;
      for (const c of n.namedChildren) {
        if (!c || c.type === 'comment') continue;
        if (c.type === 'keyword_argument') keyword = true;
        else if (c.type === 'dictionary_splat') doubleStar = true;
        else if (c.type === 'list_splat') { if (doubleStar) return true; }
        else if (keyword || doubleStar) return true;
      }
      return false;
    }
    case 'concatenated_string': {
      const bytes = n.namedChildren.map((c) => (c ? stringPrefix(c).includes('b') : false));
      return bytes.some((b) => b) && !bytes.every((b) => b);
    }
    case 'tuple_pattern':
      return n.parent?.type === 'parameters' || n.parent?.type === 'lambda_parameters';
    default:
      return false;
  }
}

/** Why the tree is not one `ast` would give, or null: a syntax error or nesting past `limit`. */
export function checkTree(tree: PyTree, text: string, limit: number): string | null {
  if (text.includes('\0')) return SYNTAX_ERROR;
  const root = tree.rootNode;
  // the first problem in the text decides, as in Python's parser
  let first = Infinity;
  let reason: string | null = null;
  const found = (at: number, why: string) => {
    if (at < first) {
      first = at;
      reason = why;
    }
  };
  let deepest = 0;
  // (node, depth of the nearest ast node holding it, open brackets, indentation)
  const stack: [PyNode, number, number, number][] = [[root, 0, 0, 0]];
  while (stack.length > 0) {
    const [n, holder, brackets, indent] = stack.pop()!;
    if (n.isError || n.isMissing || python2(n)) found(n.startIndex, SYNTAX_ERROR);
    let depth = holder + levels(n, n.parent);
    deepest = Math.max(deepest, depth);
    let level = indent;
    if (n.type === 'block' && n.startPosition.row > (n.previousSibling?.endPosition.row ?? -1)) {
      level += 1;
      if (level >= MAX_INDENT) found(n.startIndex, TOO_DEEP);
    }
    if (n.childCount === 0) continue;
    // an expression list under an expression statement (a, b) is a tuple: one level more
    if (n.type === 'expression_statement' && levels(n, n.parent) === 1 && n.namedChildren.filter((c) => c && c.type !== 'comment').length > 1) depth += 1;
    // a[1, 2]: the key is a tuple
    const tupleKey = n.type === 'subscript' && n.childrenForFieldName('subscript').length > 1;
    // brackets inside a string are the f-string's own, not the tokenizer's
    let open = n.type === 'string' ? 0 : brackets;
    n.children.forEach((c, i) => {
      if (!c) return;
      if (c.type === ')' || c.type === ']' || c.type === '}') open = Math.max(0, open - 1);
      stack.push([c, tupleKey && n.fieldNameForChild(i) === 'subscript' ? depth + 1 : depth, open, level]);
      if (c.type === '(' || c.type === '[' || c.type === '{') {
        open += 1;
        if (open > MAX_BRACKETS) found(c.startIndex, TOO_DEEP);
      }
    });
  }
  if (reason !== null) return reason;
  return deepest > limit ? TOO_DEEP : null;
}
