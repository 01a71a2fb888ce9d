// `pgcap eval`: module-level precision and recall per store kind against hand-made labels.
import fs from 'node:fs';
import path from 'node:path';
import { buildReport } from '../core/report';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION } from '../core/snapshot';
import { UserError } from './errors';
import { scanAddons } from './scanner';
import { VERSION } from './version';

export interface Labels {
  repos: { repo: string; commit?: string }[];
  modules: { repo: string; module: string; stores: string[]; note?: string }[];
}

export interface StoreScore { store: string; tp: number; fp: number; fn: number; precision: number | null; recall: number | null }

export interface EvalResult { modules: number; missing: string[]; perStore: StoreScore[]; overall: StoreScore; errors: { repo: string; module: string; expected: string[]; predicted: string[] }[] }

export function repoDir(reposDir: string, repo: string): string | null {
  const [owner, name] = repo.split('/');
  for (const cand of [`${owner}+${name}`, `${owner}__${name}`, name!, repo]) {
    const p = path.join(reposDir, cand);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

function score(store: string, tp: number, fp: number, fn: number): StoreScore {
  return { store, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : null, recall: tp + fn ? tp / (tp + fn) : null };
}

export function evaluate(labels: Labels, reposDir: string): EvalResult {
  const predicted = new Map<string, Set<string>>();
  const missing: string[] = [];
  for (const { repo } of labels.repos) {
    const dir = repoDir(reposDir, repo);
    if (!dir) { missing.push(repo); continue; }
    const scan = scanAddons([dir]);
    const report = buildReport({ schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, collectedAt: '', collector: { name: 'pgcap', version: VERSION, runtime: 'eval' }, catalogVersion: 1, database: null, scan });
    for (const f of report.findings) {
      const key = `${repo}|${f.module}`;
      if (!predicted.has(key)) predicted.set(key, new Set());
      predicted.get(key)!.add(f.store);
    }
  }
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (store: string, k: 'tp' | 'fp' | 'fn') => {
    if (!counts.has(store)) counts.set(store, { tp: 0, fp: 0, fn: 0 });
    counts.get(store)![k] += 1;
  };
  const errors: EvalResult['errors'] = [];
  let modules = 0;
  for (const m of labels.modules) {
    if (missing.includes(m.repo)) continue;
    modules += 1;
    const got = predicted.get(`${m.repo}|${m.module}`) ?? new Set<string>();
    const want = new Set(m.stores);
    for (const s of want) bump(s, got.has(s) ? 'tp' : 'fn');
    for (const s of got) if (!want.has(s)) bump(s, 'fp');
    if ([...want].some((s) => !got.has(s)) || [...got].some((s) => !want.has(s))) {
      errors.push({ repo: m.repo, module: m.module, expected: [...want].sort(), predicted: [...got].sort() });
    }
  }
  const perStore = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([s, c]) => score(s, c.tp, c.fp, c.fn));
  const sum = (k: 'tp' | 'fp' | 'fn') => perStore.reduce((n, s) => n + s[k], 0);
  return { modules, missing, perStore, overall: score('all', sum('tp'), sum('fp'), sum('fn')), errors };
}

const pct = (v: number | null) => (v === null ? '   -  ' : `${(v * 100).toFixed(1).padStart(5)}%`);

export function runEval(labelsFile: string, reposDir: string, json: boolean): string {
  let labels: Labels;
  try {
    labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as Labels;
  } catch (e) {
    throw new UserError(`cannot read labels ${labelsFile}: ${(e as Error).message}`);
  }
  if (!fs.existsSync(reposDir)) throw new UserError(`repositories folder not found: ${reposDir}`);
  const r = evaluate(labels, reposDir);
  if (r.modules === 0) throw new UserError(`none of the ${labels.repos.length} labelled repositories is under ${reposDir}`);
  if (json) return `${JSON.stringify(r, null, 2)}\n`;
  const lines = [`${r.modules} labelled modules in ${labels.repos.length - r.missing.length} repositories${r.missing.length ? ` (${r.missing.length} not found: ${r.missing.join(', ')})` : ''}`, '', 'store           TP  FP  FN  precision  recall'];
  for (const s of [...r.perStore, r.overall]) {
    lines.push(`${s.store.padEnd(14)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}     ${pct(s.precision)}  ${pct(s.recall)}`);
  }
  if (r.errors.length) {
    lines.push('', 'Disagreements:');
    for (const e of r.errors) lines.push(`  ${e.repo} ${e.module}: labelled [${e.expected.join(', ')}], flagged [${e.predicted.join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}
