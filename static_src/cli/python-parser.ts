// The Python grammar pgcap parses with: tree-sitter-python's WASM build run by web-tree-sitter
// (chosen by measurement over @lezer/python: bench/python-parsers.mjs, README "Scanner"). Both
// come from npm with pgcap; nothing is downloaded at run time. Loading is asynchronous (WASM).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

export type { Node as PyNode, Parser as PyParser, Tree as PyTree } from 'web-tree-sitter';

let loading: Promise<Parser> | null = null;

/** Where this code runs from: the bundle (ESM) or the sources under jest (CommonJS). */
function here(): string {
  return typeof __filename === 'string' ? __filename : import.meta.url;
}

/** One parser for the process, loaded on first use. */
export function pythonParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init();
    const wasm = createRequire(here()).resolve('tree-sitter-python/tree-sitter-python.wasm');
    const parser = new Parser();
    // the bytes, not the path: web-tree-sitter would import node:fs dynamically (refused under jest)
    parser.setLanguage(await Language.load(fs.readFileSync(wasm)));
    return parser;
  })();
  return loading;
}
