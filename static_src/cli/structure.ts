// The structure pass: the parsed shape of a module's Python files (classes, methods, calls) and the
// cron and server-action records of its XML files. The line scan is the first pass and says which
// modules to parse (those where a store's signature matched); code is parsed, never run. Contract:
// ModuleStructure in core/snapshot.ts; twin: odoo_addon/pg_capabilities/collect/structure.py, both
// held to test/fixtures/expected-structure.json.
import type { Catalog } from '../core/catalog';
import { redact } from '../core/redact';
import type { ModuleStructure } from '../core/snapshot';
import { decodeText, readRegularFile } from './file-read';
import { manifestHooks } from './module-facts';
import type { PyParser } from './python-parser';
import { textKind } from './source-text';
import { checkTree, SYNTAX_ERROR, TOO_DEEP, TOO_LARGE } from './structure-check';
import { pythonStructure } from './structure-python';
import { Secrets } from './structure-secrets';
import { xmlActions } from './structure-xml';
import type { BytePath } from './tree';

export interface SourceFile { rel: string; open: BytePath }


/** ModuleStructure of one module. files: its .py and .xml files as the line scan walked them. */
export function moduleStructure(name: string, files: SourceFile[], manifestText: string,
  cat: Pick<Catalog, 'redactions' | 'redactionBlocks' | 'limits'>, parser: PyParser): ModuleStructure {
  const limits = cat.limits;
  const out: ModuleStructure = {
    module: name, unparsed: [], classes: [], functions: [], moduleLevel: [], actions: [], hooks: manifestHooks(manifestText),
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
    const source = text.replace(/\r\n?/g, '\n');
    const tree = parser.parse(source);
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
