// Entry point of build/pgcap.mjs (npm run build:single): the whole CLI, pg and web-tree-sitter
// included, in one ESM file that runs on Node 20+ with nothing beside it. ESM evaluates these in
// order: the assets are registered before bin.ts starts the CLI.
import './single-assets';
import './bin';
