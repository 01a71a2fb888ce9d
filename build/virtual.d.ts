// Module made by the build (build/cli.mjs) and by jest (test/support/probe-sql.ts):
// the text of every odoo_addon/pg_capabilities/sql/*.sql probe, by file name.
declare module 'virtual:probe-sql' {
  const sql: Record<string, string>;
  export default sql;
}

// Text files bundled as strings (esbuild "text" loader; jest: test/support/text-transform).
declare module '*.sql' {
  const text: string;
  export default text;
}

// WASM files bundled as bytes into the single-file build (esbuild "binary" loader).
declare module '*.wasm' {
  const bytes: Uint8Array;
  export default bytes;
}
