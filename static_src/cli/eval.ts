// `pgcap eval`: precision and recall on (module, store) pairs, per store kind and overall, against hand-made labels.
import fs from 'node:fs';
import path from 'node:path';
import { buildReport } from '../core/report';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION } from '../core/snapshot';
import { UserError } from './errors';
import { scanAddons } from './scanner';
import { VERSION } from './version';

export interface Labels {
  /** `complete`: every module of the repository that `modules` does not list uses no store, so the
   * scanner's findings in unlisted modules count as false positives. */
  repos: { repo: string; commit?: string; complete?: boolean; note?: string }[];
  modules: { repo: string; module: string; stores: string[]; note?: string }[];
}

export interface StoreScore { store: string; tp: number; fp: number; fn: number; precision: number | null; recall: number | null }

/** One (module, store) pair where scanner and labels disagree; `evidence` (file:line) for false positives. */
export interface PairError { repo: string; module: string; store: string; evidence: string[]; unlisted: boolean }

export interface EvalResult {
  /** Modules counted: labelled ones plus, in complete repositories, the unlisted ones (expected to use no store). */
  modules: number;
  /** Of `modules`, those not listed in the labels (from complete repositories). */
  unlisted: number;
  missing: string[];
  perStore: StoreScore[];
  overall: StoreScore;
  errors: { repo: string; module: string; expected: string[]; predicted: string[] }[];
  falsePositives: PairError[];
  falseNegatives: PairError[];
}

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
  const predicted = new Map<string, Map<string, string[]>>();
  const scanned = new Map<string, string[]>();
  const missing: string[] = [];
  for (const { repo } of labels.repos) {
    const dir = repoDir(reposDir, repo);
    if (!dir) { missing.push(repo); continue; }
    const scan = scanAddons([dir]);
    scanned.set(repo, scan.modules.map((m) => m.name));
    const report = buildReport({ schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, collectedAt: '', collector: { name: 'pgcap', version: VERSION, runtime: 'eval' }, catalogVersion: 1, database: null, scan });
    for (const f of report.findings) {
      const key = `${repo}|${f.module}`;
      if (!predicted.has(key)) predicted.set(key, new Map());
      const ev = predicted.get(key)!;
      ev.set(f.store, [...(ev.get(f.store) ?? []), ...f.evidence.map((e) => `${e.file}:${e.line}`)]);
    }
  }
  // What to compare: every labelled module of a repository found, and every other scanned module of a complete one.
  const expected: { repo: string; module: string; stores: string[]; unlisted: boolean }[] = [];
  const listed = new Set<string>();
  for (const m of labels.modules) {
    if (missing.includes(m.repo)) continue;
    listed.add(`${m.repo}|${m.module}`);
    expected.push({ repo: m.repo, module: m.module, stores: m.stores, unlisted: false });
  }
  for (const { repo, complete } of labels.repos) {
    if (!complete || !scanned.has(repo)) continue;
    for (const module of new Set(scanned.get(repo))) {
      if (!listed.has(`${repo}|${module}`)) expected.push({ repo, module, stores: [], unlisted: true });
    }
  }
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (store: string, k: 'tp' | 'fp' | 'fn') => {
    if (!counts.has(store)) counts.set(store, { tp: 0, fp: 0, fn: 0 });
    counts.get(store)![k] += 1;
  };
  const errors: EvalResult['errors'] = [];
  const falsePositives: PairError[] = [];
  const falseNegatives: PairError[] = [];
  for (const m of expected) {
    const got = predicted.get(`${m.repo}|${m.module}`) ?? new Map<string, string[]>();
    const want = new Set(m.stores);
    for (const s of [...want].sort()) {
      if (got.has(s)) bump(s, 'tp');
      else { bump(s, 'fn'); falseNegatives.push({ repo: m.repo, module: m.module, store: s, evidence: [], unlisted: m.unlisted }); }
    }
    for (const [s, ev] of [...got].sort(([a], [b]) => a.localeCompare(b))) {
      if (want.has(s)) continue;
      bump(s, 'fp');
      falsePositives.push({ repo: m.repo, module: m.module, store: s, evidence: ev, unlisted: m.unlisted });
    }
    if ([...want].some((s) => !got.has(s)) || [...got.keys()].some((s) => !want.has(s))) {
      errors.push({ repo: m.repo, module: m.module, expected: [...want].sort(), predicted: [...got.keys()].sort() });
    }
  }
  const perStore = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([s, c]) => score(s, c.tp, c.fp, c.fn));
  const sum = (k: 'tp' | 'fp' | 'fn') => perStore.reduce((n, s) => n + s[k], 0);
  return { modules: expected.length, unlisted: expected.filter((m) => m.unlisted).length, missing, perStore, overall: score('all', sum('tp'), sum('fp'), sum('fn')), errors, falsePositives, falseNegatives };
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
  const lines = [
    `${r.modules} modules in ${labels.repos.length - r.missing.length} repositories (${r.modules - r.unlisted} labelled, ${r.unlisted} unlisted in complete repositories, expected to use no store)${r.missing.length ? `; ${r.missing.length} repositories not found: ${r.missing.join(', ')}` : ''}`,
    '',
    'store           TP  FP  FN  precision  recall',
  ];
  for (const s of [...r.perStore, r.overall]) {
    lines.push(`${s.store.padEnd(14)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}     ${pct(s.precision)}  ${pct(s.recall)}`);
  }
  lines.push('', `Overall on (module, store) pairs: precision ${pct(r.overall.precision).trim()} (${r.overall.tp}/${r.overall.tp + r.overall.fp}), recall ${pct(r.overall.recall).trim()} (${r.overall.tp}/${r.overall.tp + r.overall.fn})`);
  if (r.falsePositives.length) {
    lines.push('', `False positives (${r.falsePositives.length}):`);
    for (const e of r.falsePositives) {
      const ev = e.evidence.slice(0, 3).join(', ') + (e.evidence.length > 3 ? `, +${e.evidence.length - 3} more` : '');
      lines.push(`  ${e.repo} ${e.module}${e.unlisted ? ' (unlisted)' : ''}: ${e.store} at ${ev || '?'}`);
    }
  }
  if (r.falseNegatives.length) {
    lines.push('', `False negatives (${r.falseNegatives.length}):`);
    for (const e of r.falseNegatives) lines.push(`  ${e.repo} ${e.module}: ${e.store}`);
  }
  return `${lines.join('\n')}\n`;
}
