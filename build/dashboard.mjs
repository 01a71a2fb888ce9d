// Builds the dashboard (static_src/dashboard) into the addon's
// static/src/dashboard/dashboard.bundle.js, in the shape Odoo's regex transpiler
// (odoo/tools/js_transpiler.py) accepts: ESM, first bytes "/** @odoo-module **/", not minified,
// only @odoo/owl and @web/* left as imports, no dynamic import, no import.meta, no require,
// and no export. `node build/dashboard.mjs --check` fails when the committed bundle is stale.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(root, 'odoo_addon/pg_capabilities/static/src/dashboard/dashboard.bundle.js');
const HEADER = '/** @odoo-module **/\n// pg_capabilities dashboard, built from static_src/dashboard and static_src/core by\n// build/dashboard.mjs (npm run build). Do not edit: edit the TypeScript sources.\n';

export async function buildDashboard() {
  const result = await build({
    entryPoints: [path.join(root, 'static_src/dashboard/main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: false,
    legalComments: 'none',
    // Odoo minifies bundles with rjsmin, which does not know template literals and would
    // collapse the spaces inside them: let esbuild write plain string concatenation.
    supported: { 'template-literal': false },
    charset: 'utf8',
    external: ['@odoo/owl', '@web/*'],
    logLevel: 'warning',
  });
  const body = result.outputFiles[0].text.replace(/^\/\/ static_src\/.*\n/gm, '');
  const code = HEADER + keepTranslationCalls(body);
  const problems = checkTranspilable(code);
  if (problems.length) throw new Error(`the bundle would not survive Odoo's transpiler:\n${problems.join('\n')}`);
  return code;
}

/** Odoo's term extractor (odoo-bin --i18n-export) finds _t("...") calls by name only; esbuild
 * imports _t once per source file and renames the second and later ones (_t as _t2): those
 * imports are dropped and their calls written _t again, so that every term is extracted. Refused
 * when something else in the bundle is named _t or _tN. */
export function keepTranslationCalls(code) {
  const IMPORT = /^import \{ _t as (_t\d+) \} from "@web\/core\/l10n\/translation";\n/gm;
  const aliases = [...code.matchAll(IMPORT)].map((m) => m[1]);
  if (!aliases.length) return code;
  const out = code.replace(IMPORT, '');
  const names = new RegExp(`\\b(?:${aliases.join('|')})\\b`, 'g');
  const declared = /\b(?:var|let|const|function|class)\s+(_t\d*)\b/.exec(out);
  if (declared) throw new Error(`the bundle declares ${declared[1]} besides Odoo's _t: rename it, or _t("...") calls would not all be extracted`);
  return out.replace(names, '_t');
}

/** What odoo/tools/js_transpiler.py cannot digest, line by line. */
export function checkTranspilable(code) {
  const problems = [];
  if (!code.startsWith('/** @odoo-module **/')) problems.push('does not start with /** @odoo-module **/');
  code.split('\n').forEach((line, i) => {
    const where = `line ${i + 1}: ${line.trim().slice(0, 80)}`;
    if (/^\s*import\b/.test(line) && !/^import \{[^}]*\} from "(?:@odoo\/owl|@web\/[^"]+)";$/.test(line)) problems.push(`unexpected import, ${where}`);
    if (/^\s*export\b/.test(line)) problems.push(`export, ${where}`);
    if (/\bimport\s*\(|\bimport\.meta\b/.test(line)) problems.push(`dynamic import or import.meta, ${where}`);
    if (/\brequire\s*\(\s*["']/.test(line)) problems.push(`require(), ${where}`);
    if (/^\s*await\b/.test(line) && !/^\s{2,}/.test(line)) problems.push(`top-level await, ${where}`);
  });
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const code = await buildDashboard();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(BUNDLE) ? fs.readFileSync(BUNDLE, 'utf8') : '';
    if (committed !== code) {
      console.error(`${path.relative(root, BUNDLE)} is stale: run npm run build and commit it`);
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
    fs.writeFileSync(BUNDLE, code);
  }
}
