// What a module's folder says about it, read as data (never evaluated): its manifest fields and
// whether the folder is one of Odoo's own. Twin: odoo_addon/pg_capabilities/collect/module_facts.py.
import fs from 'node:fs';
import path from 'node:path';
import type { ScannedModule } from '../core/snapshot';
import { codeLines } from './source-text';
import { fsPath, realPath, type BytePath } from './tree';

export type ManifestFacts = Pick<ScannedModule, 'version' | 'author' | 'summary' | 'license' | 'website' | 'depends' | 'installable'>;

const STRING = /(['"])(.*?)\1/g;

function field(code: string, key: string): string {
  const m = new RegExp(`['"]${key}['"]\\s*:\\s*(['"])(.*?)\\1`).exec(code);
  return m ? m[2]! : '';
}

/** The manifest's literal fields; comments are blanked first, so a commented-out key is absent. */
export function manifestFacts(text: string): ManifestFacts {
  const code = codeLines(text, 'python').map((l) => l.code).join('\n');
  const deps = /['"]depends['"]\s*:\s*[[(]([^\])]*)[\])]/.exec(code);
  return {
    version: field(code, 'version'),
    author: field(code, 'author'),
    summary: field(code, 'summary'),
    license: field(code, 'license'),
    website: field(code, 'website'),
    depends: deps ? [...deps[1]!.matchAll(STRING)].map((m) => m[2]!).filter(Boolean) : [],
    installable: !/['"]installable['"]\s*:\s*(?:False|0)\b/.test(code),
  };
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
