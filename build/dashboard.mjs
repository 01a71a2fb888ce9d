// Builds the dashboard's two bundles into the addon:
// - static/src/dashboard/dashboard.bundle.js (entry static_src/dashboard/main.ts; web.assets_backend):
//   the overview, the finding-details widget and the data layer; no judging code (goal < 60 KB
//   minified, test/dashboard-bundle.test.ts);
// - static/src/judge/judge.bundle.js (entry static_src/dashboard/judge-entry.ts; the asset bundle
//   pg_capabilities.assets_judge, loaded on demand): static_src/core's judge, diff and exporters.
// The small bundle knows its judge by a hash of the judge bundle (JUDGED_WITH in data.ts): a stored
// report made by another judge is judged again.
// Both in the shape Odoo's regex transpiler
// (odoo/tools/js_transpiler.py) accepts: ESM, first bytes "/** @odoo-module **/", not minified,
// only @odoo/owl and @web/* left as imports, no dynamic import, no import.meta, no require,
// and no export. `node build/dashboard.mjs --check` fails when the committed bundle is stale.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
import { createHash } from 'node:crypto';

export const BUNDLE = path.join(root, 'odoo_addon/pg_capabilities/static/src/dashboard/dashboard.bundle.js');
export const JUDGE_BUNDLE = path.join(root, 'odoo_addon/pg_capabilities/static/src/judge/judge.bundle.js');
/** Not loaded by any asset bundle: the catalog's labels as _t("...") calls for Odoo's extractor. */
export const CATALOG_TERMS = path.join(root, 'odoo_addon/pg_capabilities/static/src/i18n/catalog_terms.js');
export const SMALL_ENTRY = path.join(root, 'static_src/dashboard/main.ts');
export const JUDGE_ENTRY = path.join(root, 'static_src/dashboard/judge-entry.ts');
const header = (what) => `/** @odoo-module **/\n// pg_capabilities ${what}, built from static_src/dashboard and static_src/core by\n// build/dashboard.mjs (npm run build). Do not edit: edit the TypeScript sources.\n`;

function options(entry, define = {}, minify = false) {
  return {
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify,
    legalComments: 'none',
    // Odoo minifies bundles with rjsmin, which does not know template literals and would
    // collapse the spaces inside them: let esbuild write plain string concatenation.
    supported: { 'template-literal': false },
    charset: 'utf8',
    external: ['@odoo/owl', '@web/*'],
    define,
    metafile: true,
    logLevel: 'warning',
  };
}

async function buildOne(entry, what, define) {
  const result = await build(options(entry, define));
  const body = result.outputFiles[0].text.replace(/^\/\/ static_src\/.*\n/gm, '');
  const code = header(what) + keepTranslationCalls(body);
  const problems = checkTranspilable(code);
  if (problems.length) throw new Error(`the ${what} bundle would not survive Odoo's transpiler:\n${problems.join('\n')}`);
  // the files that put code into the bundle (esbuild parses more, and drops what is not used)
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
  return { code, inputs };
}

/** The judge bundle's identity: what the small bundle sends as judged_with. */
export function judgeHash(judgeCode) {
  return createHash('sha256').update(judgeCode).digest('hex').slice(0, 16);
}

/** Both bundles: { dashboard, judge } (code), and the small bundle's input files (relative paths). */
export async function buildBundles() {
  const judge = await buildOne(JUDGE_ENTRY, 'judge', {});
  const define = { __PGCAP_JUDGE__: JSON.stringify(judgeHash(judge.code)) };
  const small = await buildOne(SMALL_ENTRY, 'dashboard', define);
  return { dashboard: small.code, judge: judge.code, dashboardInputs: small.inputs, judgeInputs: judge.inputs, define };
}

/** Minified size in bytes of each bundle, as esbuild minifies it (Odoo's rjsmin is less thorough). */
export async function minifiedSizes() {
  const { define } = await buildBundles();
  const size = async (entry, d) => (await build(options(entry, d, true))).outputFiles[0].contents.length;
  return { dashboard: await size(SMALL_ENTRY, define), judge: await size(JUDGE_ENTRY, {}) };
}

/** The labels core gives the dashboard, which it translates at run time with _t(label) (no literal
 * for Odoo's extractor to find): capability titles (manifest.json), column labels and the names of
 * the parts a capability is looked for in (static_src/core/capabilities.ts, coverage.ts; test/dashboard-i18n.test.ts
 * checks them against real reports). Core's
 * sentences (descriptions, verdicts, reasons, notes) stay English: they are the report's. */
export function catalogTerms() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const core = ['capabilities.ts', 'coverage.ts'].map((f) => fs.readFileSync(path.join(root, 'static_src/core', f), 'utf8')).join('\n');
  const terms = new Set(manifest.capabilities.map((c) => c.title));
  for (const m of core.matchAll(/\b[TNBY]\('[^']*', '([^']+)'\)/g)) terms.add(m[1]);
  for (const m of core.matchAll(/\bpart\('([^']+)'/g)) terms.add(m[1]);
  // a capability whose extractor names no parts is looked for in one part per probe (buildCapabilities)
  for (const c of manifest.capabilities) for (const p of c.probes) terms.add(p.replace(/_/g, ' '));
  return [...terms].sort((a, b) => a.localeCompare(b, 'en'));
}

export function catalogTermsFile() {
  return '// pg_capabilities: the catalog\'s labels that the dashboard shows and translates at run time, each\n'
    + '// under the key "catalog|<label>" (static_src/dashboard/labels.ts catalogLabel), written by build/dashboard.mjs (npm run build) so that Odoo\'s term extractor (npm run i18n)\n'
    + '// puts them in the .pot. No asset bundle loads this file. Do not edit.\n'
    + catalogTerms().map((t) => `_t(${JSON.stringify(`catalog|${t}`)});\n`).join('');
}

/** The small bundle's code (kept for callers of the one-bundle build). */
export async function buildDashboard() {
  return (await buildBundles()).dashboard;
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
  const built = await buildBundles();
  const files = [[BUNDLE, built.dashboard], [JUDGE_BUNDLE, built.judge], [CATALOG_TERMS, catalogTermsFile()]];
  if (process.argv.includes('--check')) {
    for (const [file, code] of files) {
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (committed !== code) {
        console.error(`${path.relative(root, file)} is stale: run npm run build and commit it`);
        process.exitCode = 1;
      }
    }
  } else {
    for (const [file, code] of files) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, code);
    }
    const sizes = await minifiedSizes();
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`dashboard bundle (web.assets_backend): ${kb(sizes.dashboard)} minified; judge bundle (pg_capabilities.assets_judge): ${kb(sizes.judge)} minified`);
  }
}
