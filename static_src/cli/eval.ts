// `pgcap eval`: precision and recall on (module, store) pairs, per store kind and overall, against hand-made labels.
import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '../core/catalog';
import { buildReport } from '../core/report';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION } from '../core/snapshot';
import { UserError } from './errors';
import { scanAddonsParsed } from './scanner';
import { VERSION } from './version';

export interface Labels {
  /** `complete`: every module of the repository that `modules` does not list uses no store, so the
   * scanner's findings in unlisted modules count as false positives. */
  repos: { repo: string; commit?: string; complete?: boolean; note?: string }[];
  modules: { repo: string; module: string; stores: string[]; note?: string; pairs?: Record<string, PairLabel> }[];
}

/** What a (module, store) pair is, read from the code by hand; 'unknown' is left out of the scores. */
export interface PairLabel {
  role?: Role;
  dual_write?: boolean | 'unknown';
  role_note?: string;
  dual_write_note?: string;
}

/** Role agreement and dual-write precision and recall, over the labelled pairs the scanner found. */
export interface FactScores {
  role: { agree: number; total: number; rate: number | null };
  dualWrite: { tp: number; fp: number; fn: number; tn: number; precision: number | null; recall: number | null };
  /** Found pairs with neither a role nor a dual-write label other than 'unknown' (not scored). */
  unlabelled: number;
  disagreements: FactDisagreement[];
}

export interface FactDisagreement {
  repo: string; module: string; store: string;
  fact: 'role' | 'dual_write';
  label: string; predicted: string;
  note: string;
  /** For dual writes: where the scanner saw them (file:line). */
  evidence: string[];
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
  facts: FactScores;
}

export function repoDir(reposDir: string, repo: string): string | null {
  const [owner, name] = repo.split('/');
  for (const cand of [`${owner}+${name}`, `${owner}__${name}`, name!, repo]) {
    const p = path.join(reposDir, cand);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

function rates(tp: number, fp: number, fn: number): { precision: number | null; recall: number | null } {
  return { precision: tp + fp ? tp / (tp + fp) : null, recall: tp + fn ? tp / (tp + fn) : null };
}

function score(store: string, tp: number, fp: number, fn: number): StoreScore {
  return { store, tp, fp, fn, ...rates(tp, fp, fn) };
}

/** Scans as `pgcap scan` does (line scan, then the structure pass): role and dual write rest on the structure. */
export async function evaluate(labels: Labels, reposDir: string): Promise<EvalResult> {
  const predicted = new Map<string, Map<string, string[]>>();
  const facts = new Map<string, PredictedFacts>();
  const scanned = new Map<string, string[]>();
  const missing: string[] = [];
  for (const { repo } of labels.repos) {
    const dir = repoDir(reposDir, repo);
    if (!dir) { missing.push(repo); continue; }
    const scan = await scanAddonsParsed([dir]);
    scanned.set(repo, scan.modules.map((m) => m.name));
    const report = buildReport({ schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, collectedAt: '', collector: { name: 'pgcap', version: VERSION, runtime: 'eval' }, catalogVersion: 1, database: null, scan });
    for (const f of report.findings) {
      const key = `${repo}|${f.module}`;
      if (!predicted.has(key)) predicted.set(key, new Map());
      const ev = predicted.get(key)!;
      ev.set(f.store, [...(ev.get(f.store) ?? []), ...f.evidence.map((e) => `${e.file}:${e.line}`)]);
      const pairKey = `${key}|${f.store}`;
      const seen = facts.get(pairKey);
      const dualWriteEvidence = f.dualWriteEvidence.map((e) => `${e.file}:${e.line}`);
      // Two findings for one pair (two roots): one role only if they agree; a dual write if either sees one.
      facts.set(pairKey, seen
        ? { role: seen.role === f.role ? f.role : 'unknown', dualWrite: seen.dualWrite || f.dualWrite, dualWriteEvidence: [...seen.dualWriteEvidence, ...dualWriteEvidence] }
        : { role: f.role, dualWrite: f.dualWrite, dualWriteEvidence });
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
  const found = labels.modules.filter((m) => !missing.includes(m.repo))
    .flatMap((m) => m.stores.filter((s) => predicted.get(`${m.repo}|${m.module}`)?.has(s))
      .map((store) => ({ repo: m.repo, module: m.module, store, label: m.pairs?.[store] ?? {}, got: facts.get(`${m.repo}|${m.module}|${store}`)! })));
  return { modules: expected.length, unlisted: expected.filter((m) => m.unlisted).length, missing, perStore, overall: score('all', sum('tp'), sum('fp'), sum('fn')), errors, falsePositives, falseNegatives, facts: scoreFacts(found) };
}

interface PredictedFacts { role: Role; dualWrite: boolean; dualWriteEvidence: string[] }

/** Scores role and dual write on pairs both the labels and the scanner have: a wrong store is scored above. */
export function scoreFacts(found: { repo: string; module: string; store: string; label: PairLabel; got: PredictedFacts }[]): FactScores {
  const role = { agree: 0, total: 0 };
  const dw = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const disagreements: FactDisagreement[] = [];
  let unlabelled = 0;
  for (const { repo, module, store, label, got } of found) {
    const roleLabelled = label.role === 'derived' || label.role === 'authoritative';
    const dualLabelled = typeof label.dual_write === 'boolean';
    if (!roleLabelled && !dualLabelled) unlabelled += 1;
    if (roleLabelled) {
      role.total += 1;
      if (got.role === label.role) role.agree += 1;
      else disagreements.push({ repo, module, store, fact: 'role', label: label.role!, predicted: got.role, note: label.role_note ?? '', evidence: [] });
    }
    if (dualLabelled) {
      const want = label.dual_write as boolean;
      dw[want ? (got.dualWrite ? 'tp' : 'fn') : (got.dualWrite ? 'fp' : 'tn')] += 1;
      if (want !== got.dualWrite) {
        disagreements.push({ repo, module, store, fact: 'dual_write', label: String(want), predicted: String(got.dualWrite), note: label.dual_write_note ?? '', evidence: got.dualWriteEvidence });
      }
    }
  }
  return {
    role: { ...role, rate: role.total ? role.agree / role.total : null },
    dualWrite: { ...dw, ...rates(dw.tp, dw.fp, dw.fn) },
    unlabelled,
    disagreements,
  };
}

const pct = (v: number | null) => (v === null ? '   -  ' : `${(v * 100).toFixed(1).padStart(5)}%`);

export async function runEval(labelsFile: string, reposDir: string, json: boolean): Promise<string> {
  let labels: Labels;
  try {
    labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as Labels;
  } catch (e) {
    throw new UserError(`cannot read labels ${labelsFile}: ${(e as Error).message}`);
  }
  if (!fs.existsSync(reposDir)) throw new UserError(`repositories folder not found: ${reposDir}`);
  const r = await evaluate(labels, reposDir);
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
  lines.push('', ...factLines(r.facts));
  return `${lines.join('\n')}\n`;
}

function factLines(f: FactScores): string[] {
  const d = f.dualWrite;
  const lines = [
    `Role on found pairs with a role label: ${f.role.agree}/${f.role.total} agree (${pct(f.role.rate).trim()})`,
    `Dual write on found pairs with a dual_write label: precision ${pct(d.precision).trim()} (${d.tp}/${d.tp + d.fp}), recall ${pct(d.recall).trim()} (${d.tp}/${d.tp + d.fn}); ${d.tn} true negatives`,
  ];
  if (f.unlabelled) lines.push(`${f.unlabelled} found pairs have no role or dual_write label, or only 'unknown' (not scored)`);
  if (f.disagreements.length) {
    lines.push('', `Disagreements (${f.disagreements.length}), label vs pgcap:`);
    for (const e of f.disagreements) {
      const ev = e.evidence.length ? ` [pgcap: ${e.evidence.slice(0, 3).join(', ')}${e.evidence.length > 3 ? `, +${e.evidence.length - 3} more` : ''}]` : '';
      lines.push(`  ${e.repo} ${e.module} ${e.store} ${e.fact}: ${e.label} vs ${e.predicted}: ${e.note}${ev}`);
    }
  }
  return lines;
}
