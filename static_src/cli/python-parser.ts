// The Python grammar pgcap parses with: tree-sitter-python's WASM build run by web-tree-sitter
// (chosen by measurement over @lezer/python: bench/python-parsers.mjs, README "Scanner"). Both
// ship with pgcap; nothing is downloaded at run time. Loading is asynchronous (WASM).
// Where the WASM files come from depends on the build: the single file carries both inside itself;
// dist/pgcap.mjs has the grammar beside it (copied by build/cli.mjs, so that the npm package needs
// no tree-sitter-python and its native install script) and web-tree-sitter in node_modules; the
// sources under jest read tree-sitter-python's own.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser } from 'web-tree-sitter';
import { build } from './single-file';

export type { Node as PyNode, Parser as PyParser, Tree as PyTree } from 'web-tree-sitter';

const PYTHON_WASM = 'tree-sitter-python.wasm';

let loading: Promise<Parser> | null = null;

/** Where this code runs from: the bundle (ESM) or the sources under jest (CommonJS). */
function here(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

function pythonWasm(): Uint8Array {
  if (build.wasm) return build.wasm.python;
  const beside = path.join(path.dirname(here()), PYTHON_WASM);
  const file = fs.existsSync(beside) ? beside : createRequire(here()).resolve(`tree-sitter-python/${PYTHON_WASM}`);
  return fs.readFileSync(file);
}

/** One parser for the process, loaded (web-tree-sitter too) on first use. */
export function pythonParser(): Promise<Parser> {
  loading ??= (async () => {
    // loaded here, not with the CLI: most runs (no module flagged, or all cached) never parse
    const { Language, Parser } = await import('web-tree-sitter');
    // the single file hands over the runtime's bytes: there is no tree-sitter.wasm to locate
    await Parser.init(build.wasm ? { wasmBinary: build.wasm.runtime } : undefined);
    const parser = new Parser();
    // the bytes, not the path: web-tree-sitter would import node:fs dynamically (refused under jest)
    parser.setLanguage(await Language.load(pythonWasm()));
    return parser;
  })();
  return loading;
}
