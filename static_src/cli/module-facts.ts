// What a module's folder says about it, read as data (never evaluated): its manifest fields and
// whether the folder is one of Odoo's own. Twin: odoo_addon/pg_capabilities/collect/module_facts.py.
import fs from 'node:fs';
import path from 'node:path';
import type { ScannedModule } from '../core/snapshot';
import { codeLines } from './source-text';
import { fsPath, realPath, type BytePath } from './tree';

export type ManifestFacts = Pick<ScannedModule, 'version' | 'author' | 'summary' | 'license' | 'website' | 'depends' | 'installable'>;

// Python string literals, triple-quoted ones included; whitespace spelled out so that both twins
// read the same characters as whitespace (JavaScript's \s also takes U+FEFF, Python's ASCII \s not).
const WS = '[ \\t\\r\\n\\f\\v]';
const LITERAL = `'''(?:[^'\\\\]|\\\\[\\s\\S]|'(?!''))*'''|"""(?:[^"\\\\]|\\\\[\\s\\S]|"(?!""))*"""|'(?:[^'\\\\\\n]|\\\\[\\s\\S])*'|"(?:[^"\\\\\\n]|\\\\[\\s\\S])*"`;
const LITERAL_RE = new RegExp(LITERAL, 'g');

/** The text of adjacent string literals ("a" "b" is "ab"), escapes reduced to their character. */
function literalText(run: string): string {
  return [...run.matchAll(LITERAL_RE)].map((m) => {
    const s = m[0];
    const q = s.startsWith("'''") || s.startsWith('"""') ? 3 : 1;
    return s.slice(q, s.length - q).replace(/\\([\s\S])/g, '$1');
  }).join('');
}

/** A string field: one literal, or a run of adjacent ones, in parentheses or not. */
function field(code: string, key: string): string {
  const m = new RegExp(`['"]${key}['"]${WS}*:${WS}*\\(?${WS}*((?:(?:${LITERAL})${WS}*)+)`).exec(code);
  return m ? literalText(m[1]!) : '';
}

/** The manifest's literal fields; comments are blanked first, so a commented-out key is absent. */
export function manifestFacts(text: string): ManifestFacts {
  const code = codeLines(text, 'python').map((l) => l.code).join('\n');
  const deps = new RegExp(`['"]depends['"]${WS}*:${WS}*[[(]([^\\])]*)[\\])]`).exec(code);
  return {
    version: field(code, 'version'),
    author: field(code, 'author'),
    summary: field(code, 'summary'),
    license: field(code, 'license'),
    website: field(code, 'website'),
    depends: deps ? [...deps[1]!.matchAll(LITERAL_RE)].map((m) => literalText(m[0])).filter(Boolean) : [],
    installable: !new RegExp(`['"]installable['"]${WS}*:${WS}*(?:False|0)(?![A-Za-z0-9_.])`).test(code),
  };
}

const HOOKS = ['post_init_hook', 'pre_init_hook', 'uninstall_hook'];

/** The manifest's hooks that name a function (a string value), in HOOKS order. */
export function manifestHooks(text: string): { hook: string; function: string }[] {
  const code = codeLines(text, 'python').map((l) => l.code).join('\n');
  return HOOKS.map((hook) => ({ hook, function: field(code, hook) })).filter((h) => h.function);
}

/** A module folder inside Odoo's own source tree: its parent is an `addons` folder beside
 * `odoo-bin` (the tree's addons/) or beside `release.py` (odoo/addons, also when Odoo is
 * installed as a Python package). Resolved through symlinks: where the module really lives. */
export function inOdooTree(moduleDir: BytePath): boolean {
  let parent: BytePath;
  try {
    parent = path.dirname(realPath(moduleDir));
  } catch {
    return false;
  }
  if (path.basename(parent) !== 'addons') return false;
  const above = path.dirname(parent);
  return fs.existsSync(fsPath(path.join(above, 'odoo-bin'))) || fs.existsSync(fsPath(path.join(above, 'release.py')));
}
