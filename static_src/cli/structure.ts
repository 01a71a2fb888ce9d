// The structure pass: the parsed shape of a module's Python files (classes, methods, calls) and the
// cron and server-action records of its XML files. The line scan is the first pass and says which
// modules to parse (those where a store's signature matched); code is parsed, never run. Contract:
// ModuleStructure in core/snapshot.ts; twin: odoo_addon/pg_capabilities/collect/structure.py, both
// held to test/fixtures/expected-structure.json.
import type { Catalog } from '../core/catalog';
import { redact } from '../core/redact';
import type { ModuleStructure } from '../core/snapshot';
import { decodeText, readRegularFile } from './file-read';
import type { PyParser, PyTree } from './python-parser';
import { textKind } from './source-text';
import { checkTree, SYNTAX_ERROR, TOO_DEEP, TOO_LARGE } from './structure-check';
import { pythonStructure } from './structure-python';
import { Secrets } from './structure-secrets';
import { xmlActions } from './structure-xml';
import type { BytePath } from './tree';

export interface SourceFile { rel: string; open: BytePath }


const TYPE_AT_LINE_START = /^[ \t]*type\b/m;

/** tree-sitter reads `type(self).x = 1` as a type alias (Python 3.12's `type X = int`): where the
 * alias names no plain name, `type` is a name, and is written `(type)` for the parse (same lines,
 * the same `ast`). */
function softTypeAsName(tree: PyTree, source: string): string {
  if (!TYPE_AT_LINE_START.test(source)) return source;
  const at: number[] = [];
  for (const alias of tree.rootNode.descendantsOfType('type_alias_statement')) {
    const left = alias?.childForFieldName('left');
    const named = left ? left.namedChildren.filter((c) => c && c.type !== 'comment') : [];
    const plain = named.length === 1 && (named[0]!.type === 'identifier' || named[0]!.type === 'generic_type');
    if (alias && !plain) at.push(alias.startIndex);
  }
  let out = source;
  for (const i of at.sort((a, b) => b - a)) out = `${out.slice(0, i)}(type)${out.slice(i + 4)}`;
  return out;
}

/** ModuleStructure of one module. files: its .py and .xml files as the line scan walked them;
 * hooks: its manifest's (manifestHooks). */
export function moduleStructure(name: string, files: SourceFile[], hooks: ModuleStructure['hooks'],
  cat: Pick<Catalog, 'redactions' | 'redactionBlocks' | 'limits'>, parser: PyParser): ModuleStructure {
  const limits = cat.limits;
  const out: ModuleStructure = {
    module: name, unparsed: [], classes: [], functions: [], moduleLevel: [], actions: [], hooks,
  };
  for (const { rel, open } of files) {
    const kind = textKind(rel);
    if (kind !== 'python' && kind !== 'xml') continue;
    const read = readRegularFile(open, limits.maxFileBytes);
    if ('reason' in read) {
      // unreadable: the line scan lists it in scan.skipped
      if (read.reason.startsWith(TOO_LARGE)) out.unparsed.push({ file: rel, reason: TOO_LARGE });
      continue;
    }
    const text = decodeText(read.data);
    if (kind === 'xml') {
      out.actions.push(...xmlActions(text, rel, (s) => redact(s, cat.redactions)));
      continue;
    }
    // Python reads \r\n and a lone \r as \n; tree-sitter counts lines at \n only
    let source = text.replace(/\r\n?/g, '\n');
    let tree = parser.parse(source);
    const fixed = tree ? softTypeAsName(tree, source) : source;
    if (tree && fixed !== source) {
      tree.delete();
      source = fixed;
      tree = parser.parse(source);
    }
    if (!tree) {
      out.unparsed.push({ file: rel, reason: SYNTAX_ERROR });
      continue;
    }
    try {
      const reason = checkTree(tree, source, limits.maxDepth);
      if (reason) {
        out.unparsed.push({ file: rel, reason });
        continue;
      }
      let facts: ReturnType<typeof pythonStructure>;
      try {
        facts = pythonStructure(tree.rootNode, rel, limits, new Secrets(cat, source));
      } catch (e) {
        // nesting the depth count does not see (match patterns)
        if (e instanceof RangeError) {
          out.unparsed.push({ file: rel, reason: TOO_DEEP });
          continue;
        }
        throw e;
      }
      out.classes.push(...facts.classes);
      out.functions.push(...facts.functions);
      if (facts.calls.length > 0) out.moduleLevel.push({ file: rel, calls: facts.calls });
    } finally {
      tree.delete();
    }
  }
  return out;
}
