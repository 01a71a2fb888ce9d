// Whether a tree-sitter tree is one Python's `ast.parse` accepts, and how deep it nests, counted as
// the Python twin counts (too_deep in collect/structure.py): a module's statements at depth 1, a
// statement in another's body or an expression under a statement or expression one deeper; helper
// nodes (keyword, comprehension clause, arguments, except handler, with item, match case) not
// counted; an elif at its if's depth; parentheses no nodes; `a and b and c` one node, 'a' 'b' one.
// Iterative: it runs before anything recursive looks at the tree.
import type { PyNode, PyTree } from './python-parser';

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

/** One node on the walk's path from the root: what its children need to know of it. */
interface Frame {
  type: string;
  /** Depth of the nearest ast node holding its children. */
  depth: number;
  /** Brackets open before its next child, and indentation levels. */
  open: number;
  indent: number;
  /** The row its previous child ended on (a block after a line end is indented). */
  lastRow: number;
  /** argument_list: a keyword or **x seen; concatenated_string: bytes and str parts seen. */
  keyword: boolean;
  doubleStar: boolean;
  bytes: boolean;
  str: boolean;
  /** subscript with a tuple key (a[1, 2]): its keys one level deeper. */
  tupleKey: boolean;
  /** boolean_operator: its operator. */
  operator: string;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const PY2_TOKENS = new Set(['print_statement', 'exec_statement', '<>', '`']);

function namedInner(n: PyNode): PyNode[] {
  return n.namedChildren.filter((c): c is PyNode => c !== null && c.type !== 'comment');
}

/** Why the tree is not one `ast` would give, or null: a syntax error or nesting past `limit`.
 * One walk with a cursor (nodes are built only where a rule needs one): a million nodes in seconds. */
export function checkTree(tree: PyTree, text: string, limit: number): string | null {
  if (text.includes('\0')) return SYNTAX_ERROR;
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
  const cursor = tree.walk();
  const path: Frame[] = [];
  try {
    for (;;) {
      const type = cursor.nodeType;
      const parent = path[path.length - 1];
      const at = cursor.startIndex;
      const p = parent?.type;
      if (type === 'ERROR' || cursor.nodeIsMissing || PY2_TOKENS.has(type)) found(at, SYNTAX_ERROR);
      // a[1, 2]: the key is a tuple, its elements one level deeper
      let depth = (parent ? parent.depth : 0) + (parent?.tupleKey && cursor.currentFieldName === 'subscript' ? 1 : 0);
      let indent = parent ? parent.indent : 0;
      const open = parent ? parent.open : 0;
      let tupleKey = false;
      let operator = '';
      if (COUNTED.has(type)) {
        let adds = 1;
        switch (type) {
          case 'identifier':
          case 'keyword_identifier': {
            if (p && NOT_NAMES.has(p)) adds = 0;
            const len = cursor.endIndex - at;
            if (len === 5 || len === 6) {
              const word = text.slice(at, cursor.endIndex);
              if (word === 'async' || word === 'await') found(at, SYNTAX_ERROR);
            }
            break;
          }
          case 'expression_statement': {
            const inner = namedInner(cursor.currentNode);
            if (inner.length === 1 && (inner[0]!.type === 'assignment' || inner[0]!.type === 'augmented_assignment')) adds = 0;
            // a, b as a statement: an expression statement holding a tuple
            else if (inner.length > 1) adds = 2;
            break;
          }
          case 'assignment':
            if (p === 'assignment') adds = 0;
            break;
          case 'function_definition':
          case 'class_definition':
            if (p === 'decorated_definition') adds = 0;
            break;
          case 'string':
            if (p === 'concatenated_string') adds = 0;
            break;
          case 'expression_list':
            if (p === 'delete_statement') adds = 0;
            if (p === 'raise_statement') found(at, SYNTAX_ERROR); // raise E, "message"
            break;
          case 'list_splat_pattern':
            if (p && PARAMETERS.has(p)) adds = 0;
            break;
          case 'tuple_pattern':
            if (p && PARAMETERS.has(p)) found(at, SYNTAX_ERROR); // def f((a, b))
            break;
          case 'subscript':
            tupleKey = cursor.currentNode.childrenForFieldName('subscript').length > 1;
            break;
          case 'boolean_operator':
            // a and b and c: one BoolOp; tree-sitter nests the left operand
            operator = cursor.currentNode.child(1)?.type ?? '';
            if (p === 'boolean_operator' && cursor.currentFieldName === 'left' && parent!.operator === operator) adds = 0;
            break;
          case 'integer': {
            const t = text.slice(at, cursor.endIndex);
            if (/[lL]$/.test(t) || (/^0_*[0-9]*[1-9]/.test(t) && !/^0[xXoObB]/.test(t))) found(at, SYNTAX_ERROR); // 10L, 0777
            break;
          }
          default:
            break;
        }
        depth += adds;
        deepest = Math.max(deepest, depth);
      }
      if (type === 'block' && parent && cursor.startPosition.row > parent.lastRow) {
        indent += 1;
        if (indent >= MAX_INDENT) found(at, TOO_DEEP);
      }
      if (parent) {
        if (OPEN.has(type)) {
          parent.open += 1;
          if (parent.open > MAX_BRACKETS && p !== 'interpolation') found(at, TOO_DEEP);
        } else if (CLOSE.has(type)) {
          parent.open = Math.max(0, parent.open - 1);
        } else if (p === 'except_clause' && type === ',') {
          found(at, SYNTAX_ERROR); // except E, e
        } else if (p === 'argument_list' && cursor.nodeIsNamed && type !== 'comment') {
          // positional after keyword, *x after **x
          if (type === 'keyword_argument') parent.keyword = true;
          else if (type === 'dictionary_splat') parent.doubleStar = true;
          else if (type === 'list_splat' ? parent.doubleStar : parent.keyword || parent.doubleStar) found(at, SYNTAX_ERROR);
        } else if (type === 'string_start') {
          const prefix = text.slice(at, cursor.endIndex).replace(/['"]+$/, '').toLowerCase();
          if (!PREFIXES.has(prefix)) found(at, SYNTAX_ERROR); // ur''
          const outer = path[path.length - 2];
          if (outer?.type === 'concatenated_string') {
            if (prefix.includes('b')) outer.bytes = true;
            else outer.str = true;
            if (outer.bytes && outer.str) found(at, SYNTAX_ERROR); // b'a' 'b'
          }
        }
      }
      if (cursor.gotoFirstChild()) {
        // (no previous child yet: a first child is never taken for an indented block)
        path.push({
          type, depth, open: type === 'string' ? 0 : open, indent, lastRow: Number.MAX_SAFE_INTEGER,
          keyword: false, doubleStar: false, bytes: false, str: false, tupleKey, operator,
        });
        continue;
      }
      // a leaf: on to the next sibling, or up until there is one
      for (;;) {
        const row = cursor.endPosition.row;
        if (path.length > 0) path[path.length - 1]!.lastRow = row;
        if (cursor.gotoNextSibling()) break;
        if (!cursor.gotoParent()) return reason ?? (deepest > limit ? TOO_DEEP : null);
        path.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
