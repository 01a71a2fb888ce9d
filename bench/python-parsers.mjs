// Measures the Python grammars pgcap could parse with (issue 9): @lezer/python and web-tree-sitter
// with tree-sitter-python's WASM grammar. Every .py file of an Odoo tree is parsed by each, in a
// child process of its own (so that peak RSS is the parser's), and the files each finds errors in
// are compared with those Python's own `ast` rejects.
//
//   node bench/python-parsers.mjs [ODOO_TREE_OR_ADDONS_FOLDER...]   (or ODOO17_SRC=<odoo 17 tree>)
//
// A folder holding odoo/addons or addons (an Odoo source tree) is read as those; any other folder
// as it is. A parser that is not installed is skipped with a line saying so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const require = createRequire(here);
const PARSERS = ['lezer', 'tree-sitter'];
const SAMPLE = 5;
// Python 2 and other code Python 3's ast rejects (Odoo's own tree has none): what a parser lets pass
// without an error node must be refused by pgcap's own checks (static_src/cli/structure-check.ts).
const REJECTED = [
  'print "x"\n', 'exec "x"\n', 'x = `a`\n', 'x = a <> b\n', 'x = 0777\n', 'x = 10L\n',
  'try:\n    pass\nexcept E, e:\n    pass\n', 'raise E, "m"\n', 'x = ur"a"\n', 'f(a=1, b)\n', 'f(**k, *a)\n',
  'x = b"a" "b"\n', 'async = 1\n', 'def f((a, b)):\n    pass\n', 'def f(:\n    pass\n', 'x = (1\n',
];

function addonsFolders(given) {
  const tree = ['odoo/addons', 'addons'].map((d) => path.join(given, d)).filter((d) => fs.existsSync(d));
  return tree.length > 0 ? tree : [given];
}

function pyFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.')) pyFiles(full, out);
    else if (e.isFile() && e.name.endsWith('.py')) out.push(full);
  }
  return out;
}

const decoder = new TextDecoder('utf-8');

/** Loads a parser: { parse: text -> tree, check: text -> first error line (1-based) or 0 }, or null
 * when not installed. */
async function loadParser(name) {
  if (name === 'lezer') {
    let mod;
    try { mod = await import('@lezer/python'); } catch { return null; }
    const { parser } = mod;
    return { parse: (text) => parser.parse(text), check: (text) => {
      let at = -1;
      parser.parse(text).iterate({ enter(n) { if (at < 0 && n.type.isError) at = n.from; return at < 0; } });
      return at < 0 ? 0 : lineOf(text, at);
    } };
  }
  let ts;
  let wasm;
  try {
    ts = await import('web-tree-sitter');
    wasm = require.resolve('tree-sitter-python/tree-sitter-python.wasm');
  } catch { return null; }
  await ts.Parser.init();
  const parser = new ts.Parser();
  parser.setLanguage(await ts.Language.load(wasm));
  return { parse: (text) => parser.parse(text).delete(), check: (text) => {
    const tree = parser.parse(text);
    try {
      if (!tree.rootNode.hasError) return 0;
      // the first error or missing node, depth first
      const c = tree.walk();
      for (;;) {
        const n = c.currentNode;
        if (n.isError || n.isMissing) return n.startPosition.row + 1;
        if (n.hasError && c.gotoFirstChild()) continue;
        while (!c.gotoNextSibling()) if (!c.gotoParent()) return 1;
      }
    } finally {
      tree.delete();
    }
  } };
}

function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Child: parse every file named in the list file with one parser, print JSON. */
async function child(name, listFile) {
  const parser = await loadParser(name);
  if (!parser) {
    process.stdout.write(JSON.stringify({ missing: true }));
    return;
  }
  const files = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  const texts = files.map((f) => decoder.decode(fs.readFileSync(f)));
  const errors = {};
  let started = process.hrtime.bigint();
  for (const t of texts) parser.parse(t);
  const parseSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  // parsing again, and looking for error nodes: what the structure pass does for each file
  started = process.hrtime.bigint();
  texts.forEach((t, i) => {
    const line = parser.check(t);
    if (line) errors[files[i]] = line;
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const passed = REJECTED.filter((code) => parser.check(code) === 0).length;
  process.stdout.write(JSON.stringify({ parseSeconds, seconds, maxRssKb: process.resourceUsage().maxRSS, errors, passed }));
}

/** Files Python's ast rejects (SyntaxError, ValueError on NUL bytes, RecursionError), with the line. */
function astRejects(files) {
  const script = [
    'import ast, json, sys',
    'out = {}',
    'for f in json.load(sys.stdin):',
    '    try:',
    '        ast.parse(open(f, "rb").read().decode("utf-8", "replace"), f)',
    '    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:',
    '        out[f] = getattr(e, "lineno", None) or 0',
    'json.dump(out, sys.stdout)',
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(files), maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3: ${r.stderr}`);
  return JSON.parse(r.stdout.toString());
}

async function main() {
  const given = process.argv.slice(2);
  if (given.length === 0 && process.env.ODOO17_SRC) given.push(process.env.ODOO17_SRC);
  if (given.length === 0) {
    console.error('usage: node bench/python-parsers.mjs <odoo tree or addons folder>... (or set ODOO17_SRC)');
    process.exit(2);
  }
  const folders = given.flatMap(addonsFolders);
  const files = folders.flatMap((d) => pyFiles(d)).sort();
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`${files.length} .py files, ${(bytes / 1e6).toFixed(1)} MB, in ${folders.join(', ')}`);
  const listFile = path.join(fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'pyparsers-')), 'files.json');
  fs.writeFileSync(listFile, JSON.stringify(files));
  const rejected = astRejects(files);
  const rejectedSet = new Set(Object.keys(rejected));
  console.log(`python3 ast rejects ${rejectedSet.size} file(s)`);
  const rel = (f) => path.relative(path.dirname(folders[0]), f);
  for (const name of PARSERS) {
    const r = spawnSync(process.execPath, [here, '--child', name, listFile], { maxBuffer: 1 << 28 });
    if (r.status !== 0) {
      console.log(`${name}: failed: ${r.stderr.toString().trim().split('\n').slice(-3).join(' | ')}`);
      continue;
    }
    const res = JSON.parse(r.stdout.toString());
    if (res.missing) {
      console.log(`${name}: not installed, skipped`);
      continue;
    }
    const erred = Object.keys(res.errors);
    const falseErrors = erred.filter((f) => !rejectedSet.has(f));
    const missed = [...rejectedSet].filter((f) => !(f in res.errors));
    console.log(`${name}: ${files.length} files parsed in ${res.parseSeconds.toFixed(2)} s (${Math.round(files.length / res.parseSeconds)} files/s), `
      + `parsed and checked for errors in ${res.seconds.toFixed(2)} s (${Math.round(files.length / res.seconds)} files/s), `
      + `peak RSS ${(res.maxRssKb / 1024).toFixed(0)} MB; error nodes in ${erred.length} file(s): `
      + `${erred.length - falseErrors.length} also rejected by ast, ${falseErrors.length} ast accepts, ${missed.length} ast rejects but ${name} does not`);
    console.log(`  of ${REJECTED.length} snippets ast rejects (Python 2 forms, broken code), ${res.passed} parse without an error node`);
    for (const f of falseErrors.slice(0, SAMPLE)) console.log(`  ${name} error, ast accepts: ${rel(f)}:${res.errors[f]}`);
    for (const f of missed.slice(0, SAMPLE)) console.log(`  ast rejects (line ${rejected[f]}), ${name} accepts: ${rel(f)}`);
  }
  fs.rmSync(path.dirname(listFile), { recursive: true, force: true });
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
