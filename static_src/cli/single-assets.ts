// The tree-sitter WASM files the single file carries (esbuild's binary loader: base64 inside
// build/pgcap.mjs, a Uint8Array here). Its own module so that they are in place before bin.ts runs.
import runtime from 'web-tree-sitter/tree-sitter.wasm';
import python from 'tree-sitter-python/tree-sitter-python.wasm';
import { build } from './single-file';

build.singleFile = true;
build.wasm = { runtime, python };
