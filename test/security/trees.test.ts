// Attacks from the addons tree a scan does not control (FIFOs, devices, links that leave the tree
// or loop, huge files and lines, bytes and names that are not UTF-8, files nobody may read, deep
// nesting). The tree is built by test/support/hostile_tree.py in a temporary folder; each
// collector scans it in a child process, bounded in time and memory, as an unprivileged user when
// the tests run as root. The Python twin: test/python/test_attacks_trees.py.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog } from '../../static_src/core/catalog';
import type { ScanFacts } from '../../static_src/core/snapshot';
import { decodeText, readRegularFile } from '../../static_src/cli/file-read';
import { displayName } from '../../static_src/cli/tree';
import { ROOT, readJson } from '../support/fixtures';

const PYTHON = process.env.PGCAP_PYTHON ?? '/usr/bin/python3';
const CLI = path.join(ROOT, 'dist/pgcap.mjs');
const TIME_LIMIT_MS = 60_000;
const RSS_LIMIT_KB = 300 * 1024;

const asRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
/** As root every file is readable: the children run as nobody, so that a refusal is seen. */
const dropPrivileges = asRoot && hasSetpriv ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-hostile-'));
const built = JSON.parse(execFileSync(PYTHON, [path.join(ROOT, 'test/support/hostile_tree.py'), base], { encoding: 'utf8' })) as { device: string };
const addons = path.join(base, 'addons');

interface Run { scan: ScanFacts; ms: number; rssKb: number }

function child(argv: string[]): { stdout: string; stderr: string; ms: number } {
  const cmd = [...dropPrivileges, ...argv];
  const started = Date.now();
  // a hang (a FIFO opened for reading) or a runaway read (/dev/zero) is killed, not waited for
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', timeout: 2 * TIME_LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 });
  const ms = Date.now() - started;
  if (r.status !== 0) throw new Error(`${argv.slice(0, 3).join(' ')}… ${r.signal ? `killed by ${r.signal} after ${ms} ms` : `exited ${r.status}`}: ${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, stderr: r.stderr, ms };
}

function scanTs(root: string): Run {
  const out = path.join(base, 'out', `ts-${path.basename(root)}.json`);
  const r = child([process.execPath, '--max-old-space-size=256', '-r', path.join(ROOT, 'test/support/report-rss.cjs'),
    CLI, 'scan', '--no-db', '--addons', root, '--snapshot', out, '--out', '/dev/null', '--quiet']);
  const rss = /pgcap-max-rss-kb (\d+)/.exec(r.stderr);
  return { scan: JSON.parse(fs.readFileSync(out, 'utf8')).scan as ScanFacts, ms: r.ms, rssKb: rss ? Number(rss[1]) : Infinity };
}

function scanPy(root: string): Run {
  const r = child([PYTHON, path.join(ROOT, 'test/support/scan_child.py'), root]);
  const out = JSON.parse(r.stdout) as { scan: ScanFacts; maxRssKb: number };
  return { scan: out.scan, ms: r.ms, rssKb: out.maxRssKb };
}

let ts: Run;
let py: Run;

beforeAll(() => {
  ts = scanTs(addons);
  py = scanPy(addons);
}, 6 * TIME_LIMIT_MS);

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

const reasonOf = (scan: ScanFacts, file: string) => scan.skipped.filter((s) => s.file === file).map((s) => s.reason);
const matchedFiles = (scan: ScanFacts) => new Set(scan.matches.map((m) => m.file));

test('attack: a FIFO in the addons tree does not hang the scan', () => {
  expect(reasonOf(ts.scan, 'hostile/models/fifo.py')).toEqual(['not a regular file: fifo']);
  // a FIFO as a module's manifest: the module is still listed, the manifest skipped
  expect(reasonOf(ts.scan, 'fifo_manifest/__manifest__.py')).toEqual(['not a regular file: fifo']);
  expect(ts.scan.modules.map((m) => m.name)).toContain('fifo_manifest');
});

test('attack: a socket in the addons tree is skipped, never opened', () => {
  expect(reasonOf(ts.scan, 'hostile/models/socket.py')).toEqual(['not a regular file: socket']);
});

(built.device === 'created' ? test : test.skip)(`attack: a character device in the addons tree is never read${built.device === 'created' ? '' : ` (not built: ${built.device})`}`, () => {
  expect(reasonOf(ts.scan, 'hostile/models/device.py')).toEqual(['not a regular file: character device']);
});

test('attack: a symlink to /dev/zero is not followed (a file, a manifest)', () => {
  expect(reasonOf(ts.scan, 'hostile/models/zero.py')).toEqual(['symlink outside the addons folder: /dev/zero']);
  expect(reasonOf(ts.scan, 'zero_manifest/__manifest__.py')).toEqual(['symlink outside the addons folder: /dev/zero']);
});

test('attack: a symlink to /etc/passwd brings nothing of /etc into the evidence', () => {
  expect(reasonOf(ts.scan, 'hostile/models/passwd.py')).toEqual(['symlink outside the addons folder: /etc/passwd']);
  const text = JSON.stringify(ts.scan);
  expect(text).not.toContain('root:x:0');
  expect(ts.scan.matches.filter((m) => m.file.startsWith('hostile/etc/'))).toEqual([]);
});

test('attack: a symlinked folder that leaves the addons folder is not walked', () => {
  expect(reasonOf(ts.scan, 'hostile/etc')).toEqual(['symlink outside the addons folder: /etc']);
  expect(ts.scan.skipped.filter((s) => s.file.startsWith('hostile/etc/'))).toEqual([]);
});

test('attack: a symlinked module folder that leaves the addons folder is not scanned', () => {
  expect(reasonOf(ts.scan, 'outside_module')).toEqual([`symlink outside the addons folder: ${fs.realpathSync(base)}/elsewhere/outside_module`]);
  expect(ts.scan.modules.map((m) => m.name)).not.toContain('outside_module');
  expect([...matchedFiles(ts.scan)].filter((f) => f.startsWith('outside_module'))).toEqual([]);
});

test('attack: a symlinked addons root is resolved first, and links inside it still followed', () => {
  const viaLink = scanTs(path.join(base, 'root-link'));
  const { roots: _a, durationMs: _b, ...facts } = viaLink.scan;
  const { roots: _c, durationMs: _d, ...direct } = ts.scan;
  expect(facts).toEqual(direct);
  expect(matchedFiles(viaLink.scan)).toContain('hostile/models/inside.py');
}, 3 * TIME_LIMIT_MS);

test('attack: symlink loops are skipped (a folder linked to its parent, a link to itself)', () => {
  expect(reasonOf(ts.scan, 'hostile/loop')).toEqual(['symlink loop']);
  expect(reasonOf(ts.scan, 'hostile/models/self.py')).toEqual(['symlink loop']);
});

test('attack: a 50 MB file is skipped by its size, unread', () => {
  expect(reasonOf(ts.scan, 'hostile/models/huge.py')).toEqual([`too large: ${50 * 1024 * 1024} bytes`]);
  expect(ts.scan.bytesScanned).toBeLessThan(2 * catalog.limits.maxFileBytes);
});

test('attack: a file longer than its size says is read only up to the cap', () => {
  // /proc files say 0 bytes and hold more: the read stops at cap + 1 bytes
  expect(readRegularFile('/proc/self/maps', 64)).toEqual({ reason: 'too large: more than 64 bytes' });
  const small = path.join(base, 'out', 'small.py');
  fs.writeFileSync(small, 'import redis\n');
  expect(readRegularFile(small, 64)).toEqual({ data: Buffer.from('import redis\n') });
  expect(readRegularFile(small, 5)).toEqual({ reason: 'too large: 13 bytes' });
});

test('attack: a 1 MB line is cut at limits.maxLineChars, said so, and the rest of the file still read', () => {
  const max = catalog.limits.maxLineChars;
  expect(reasonOf(ts.scan, 'hostile/models/long_line.py')).toEqual([`long lines cut: 1 line over ${max} characters, the first at line 1`]);
  const found = ts.scan.matches.filter((m) => m.file === 'hostile/models/long_line.py').map((m) => `${m.line}:${m.signature}`);
  // before the cut (line 1), on the next line (2); the MongoClient past the cut is not seen
  expect(found).toEqual(expect.arrayContaining(['1:redis.client', '2:redis.import']));
  expect(found.some((f) => f.startsWith('1:mongodb'))).toBe(false);
  for (const m of ts.scan.matches) expect(m.snippet.length).toBeLessThanOrEqual(catalog.limits.maxSnippetChars);
});

test('attack: a latin-1 file is read with U+FFFD, not dropped', () => {
  expect(reasonOf(ts.scan, 'hostile/models/latin1.py')).toEqual([]);
  const latin = ts.scan.matches.filter((m) => m.file === 'hostile/models/latin1.py');
  expect(latin.map((m) => m.signature)).toEqual(expect.arrayContaining(['redis.import', 'redis.client']));
  expect(latin.find((m) => m.signature === 'redis.client')!.snippet).toBe('r = redis.Redis(host="caf\ufffd")');
});

test('attack: invalid UTF-8 decodes to the same U+FFFD as the Python collector (maximal subparts)', () => {
  const vectors = readJson<{ text: [string, string][]; names: [string, string][] }>('test/fixtures/utf8-vectors.json');
  for (const [hex, text] of vectors.text) expect([hex, decodeText(Buffer.from(hex, 'hex'))]).toEqual([hex, text]);
  for (const [hex, name] of vectors.names) expect([hex, displayName(Buffer.from(hex, 'hex').toString('latin1'))]).toEqual([hex, name]);
  const snippet = (scan: ScanFacts) => scan.matches.find((m) => m.file === 'hostile/models/invalid_utf8.py' && m.line === 2)?.snippet;
  expect(snippet(ts.scan)).toContain('\ufffd');
  expect(snippet(py.scan)).toBe(snippet(ts.scan));
});

test('attack: file and folder names that are not UTF-8 are scanned and shown as \\xNN', () => {
  const files = matchedFiles(ts.scan);
  expect(files).toContain('hostile/models/caf\\xe9.py');
  expect(files).toContain('hostile/d\\xff/x.py');
  expect(files).toContain('m\\xe9od/models.py');
  expect(ts.scan.modules.map((m) => m.name)).toContain('m\\xe9od');
  // nothing a JSON or jsonb writer would refuse: no lone surrogate anywhere
  expect(JSON.stringify(ts.scan)).not.toMatch(/\\ud[89a-f]/i);
});

(asRoot && !hasSetpriv ? test.skip : test)(`attack: a file nobody may read is skipped with "permission denied"${asRoot && !hasSetpriv ? ' (as root without setpriv every file is readable)' : ''}`, () => {
  expect(reasonOf(ts.scan, 'hostile/models/unreadable.py')).toEqual(['unreadable: permission denied']);
  expect(matchedFiles(ts.scan)).not.toContain('hostile/models/unreadable.py');
});

test('attack: folders nested 1,000 deep stop at limits.maxDepth with a reason', () => {
  const max = catalog.limits.maxDepth;
  const deep = ts.scan.skipped.filter((s) => s.reason.startsWith('too deep'));
  expect(deep).toEqual([{ file: `hostile${'/d'.repeat(max)}`, reason: `too deep: more than ${max} nested folders` }]);
});

test('attack: the hostile tree is scanned within 60 s and 300 MB by each collector', () => {
  expect(ts.ms).toBeLessThan(TIME_LIMIT_MS);
  expect(ts.rssKb).toBeLessThan(RSS_LIMIT_KB);
  expect(py.ms).toBeLessThan(TIME_LIMIT_MS);
  expect(py.rssKb).toBeLessThan(RSS_LIMIT_KB);
  // and what could be read was: every module, the plain file among the traps
  expect(ts.scan.modules.map((m) => m.name)).toEqual(['fifo_manifest', 'hostile', 'm\\xe9od', 'zero_manifest']);
  expect(matchedFiles(ts.scan)).toContain('hostile/models/ok.py');
});

test('attack: both collectors give identical scan facts on the hostile tree, each skip with its reason', () => {
  const { durationMs: _a, ...tsFacts } = ts.scan;
  const { durationMs: _b, ...pyFacts } = py.scan;
  expect(pyFacts).toEqual(tsFacts);
  for (const s of ts.scan.skipped) expect(s.reason).toMatch(/^[a-z][^:]*(: .+)?$/);
});
