// What pgcap knows about the way it was built: dist/pgcap.mjs (npm package, dependencies in
// node_modules) or build/pgcap.mjs (npm run build:single, one file with everything inside, copied
// alone to a jump host). The single file's entry (single.ts) fills this in before the CLI starts.
export const build: {
  /** true in build/pgcap.mjs: no node_modules and no package folder beside it */
  singleFile: boolean;
  /** the tree-sitter WASM files embedded in the single file */
  wasm: { runtime: Uint8Array; python: Uint8Array } | null;
} = { singleFile: false, wasm: null };

/** What the single file cannot do, and where to get the npm package that can. */
export function needsPackage(what: string): string {
  return `${what} needs the npm package, which this single file cannot carry: install pgcap with npm (README, "Install the CLI": npm pack, then npm install -g ./pg-capabilities-VERSION.tgz)`;
}
