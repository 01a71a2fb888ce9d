// pgcap eval: precision and recall of the scanner on labelled public modules.
import path from 'node:path';
import { COMMON, packageRoot, parse } from '../args';
import { UserError } from '../errors';
import { runEval } from '../eval';
import { build, needsPackage } from '../single-file';
import { readJsonFile, writeStdout } from '../output';
import { printHelp } from './finish';

export const HELP = `Usage: pgcap eval --repos DIR [--labels FILE] [--json]

Scans DIR (a folder of extracted addons repositories) and compares the modules flagged per store
kind with the labels in FILE (see test/corpus/labels.json). Prints precision and recall per store kind,
then, on the labelled pairs it found, role agreement and dual-write precision and recall against each
pair's role and dual_write labels, and every disagreement.

  --labels FILE       labelled modules (default test/corpus/labels.json; the single file, which
                      carries no labels, needs it)
  --repos DIR         folder holding the repositories named in the labels
  --json              print the figures as JSON`;

const ROLES = ['derived', 'authoritative', 'unknown'];

function pairsOk(pairs: unknown): boolean {
  if (pairs === undefined) return true;
  if (pairs === null || typeof pairs !== 'object' || Array.isArray(pairs)) return false;
  return Object.values(pairs).every((p) => {
    const x = p as { role?: unknown; dual_write?: unknown } | null;
    return x !== null && typeof x === 'object'
      && (x.role === undefined || ROLES.includes(x.role as string))
      && (x.dual_write === undefined || typeof x.dual_write === 'boolean' || x.dual_write === 'unknown');
  });
}

function checkLabels(data: unknown, file: string): void {
  const l = data as { repos?: unknown; modules?: unknown } | null;
  const ok = l !== null && typeof l === 'object' && Array.isArray(l.repos) && Array.isArray(l.modules)
    && l.repos.every((r) => typeof (r as { repo?: unknown })?.repo === 'string')
    && l.modules.every((m) => {
      const x = m as { repo?: unknown; module?: unknown; stores?: unknown; pairs?: unknown } | null;
      return typeof x?.repo === 'string' && typeof x.module === 'string' && Array.isArray(x.stores) && pairsOk(x.pairs);
    });
  if (!ok) throw new UserError(`${file} is not a labels file (repos: [{repo}], modules: [{repo, module, stores, pairs?: {store: {role?, dual_write?}}}])`);
}

export async function evalCommand(args: string[]): Promise<number> {
  const { values } = parse('eval', { args, strict: true, options: { ...COMMON, labels: { type: 'string' }, repos: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.help) return printHelp(HELP);
  if (!values.repos) throw new UserError('give --repos DIR, the folder of extracted repositories. Run "pgcap eval --help".');
  if (!values.labels && build.singleFile) throw new UserError(needsPackage('pgcap eval without --labels (the default labels, test/corpus/labels.json)'));
  const labels = values.labels ?? path.join(packageRoot(), 'test/corpus/labels.json');
  checkLabels(readJsonFile(labels), labels);
  await writeStdout(await runEval(labels, values.repos, Boolean(values.json)));
  return 0;
}
