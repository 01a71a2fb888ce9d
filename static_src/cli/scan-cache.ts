// The scan cache: what each file gave the line scan (and each flagged module the structure pass,
// and each folder's listing), kept between runs so that a rescan reads only what changed. One JSON
// file per addons folder in the cache folder, written whole (temporary file, then rename). It holds
// only what the snapshot holds (matches with their redacted snippets and captures, skip reasons,
// counts) and names: no source. A file's or folder's entry stands while its size, times, inode and
// mode are those it had when read; the whole cache stands only for the catalog and the pgcap it
// was made with. A cache file that does not read as one is ignored, never trusted: the scan reads
// everything again and replaces it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Catalog } from '../core/catalog';
import type { ModuleStructure, SignatureMatch } from '../core/snapshot';
import type { ManifestFacts } from './module-facts';
import { fsPath, type BytePath, type EntryType } from './tree';
import { VERSION } from './version';

const FORMAT = 'pgcap-scan-cache';
const FORMAT_VERSION = 3;
/** A cache file larger than this is not read (Odoo 17's whole tree makes about 3 MB). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** A file changed less than this before the scan started may change again within the same
 * timestamp tick: it is read every time until it is older (git's "racy" files). */
export const RACY_MS = 2000;

/** A match as cached: its module and file are those of the path it is found under. */
export type CachedMatch = Omit<SignatureMatch, 'module' | 'file'>;

/** What one file gives the scan. */
export interface FileResult {
  /** Why it was skipped, or what was cut, in order. */
  skips: string[];
  /** Its size when the line scan read it (filesScanned, bytesScanned); absent for a file read
   * only for its lines of code, or skipped. */
  bytes?: number;
  lines: number;
  matches: CachedMatch[];
}

/** The default folder: $XDG_CACHE_HOME/pgcap, else ~/.cache/pgcap. */
export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'pgcap');
}

/** What identifies a file's content without reading it: size, times (ns), inode, mode. */
export function statKey(st: fs.BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}:${st.mode}`;
}

/** The key of the file at p as it is now (not following a symlink put there), or null. */
export function currentKey(p: BytePath): string | null {
  const st = fs.lstatSync(fsPath(p), { bigint: true, throwIfNoEntry: false });
  return st ? statKey(st) : null;
}

/** The build's hash of its sources (build/cli.mjs defines PGCAP_BUILD); run from sources (jest), "source". */
declare const PGCAP_BUILD: string | undefined;
const BUILD = typeof PGCAP_BUILD === 'string' ? PGCAP_BUILD : 'source';

/** The catalog's content, pgcap's version and build, hashed: a cache made with others is stale. */
export function catalogHash(cat: Catalog): string {
  return crypto.createHash('sha256').update(`${VERSION}\n${BUILD}\n${JSON.stringify(cat)}`).digest('hex');
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): boolean => Array.isArray(x) && x.every(isStr);

const MATCH_KEYS = new Set(['line', 'signature', 'capture', 'scope', 'bound', 'used', 'uses', 'snippet']);

function validMatch(m: unknown, signatures: Set<string>): boolean {
  if (!isObj(m) || !isCount(m.line) || !isStr(m.signature) || !signatures.has(m.signature) || !isStr(m.scope) || !isStr(m.snippet)) return false;
  if (m.capture !== undefined && !isStr(m.capture)) return false;
  if (m.bound !== undefined && !strings(m.bound)) return false;
  if (m.uses !== undefined && !strings(m.uses)) return false;
  if (m.used !== undefined && typeof m.used !== 'boolean') return false;
  return Object.keys(m).every((k) => MATCH_KEYS.has(k));
}

/** A module's manifest as the scan uses it: its facts (redacted) and its hooks. */
export interface ManifestResult { facts: ManifestFacts; hooks: ModuleStructure['hooks'] }

const FACT_STRINGS = ['version', 'author', 'summary', 'license', 'website'] as const;

function validManifest(m: unknown): m is ManifestResult {
  if (!isObj(m) || !isObj(m.facts) || !Array.isArray(m.hooks)) return false;
  const f = m.facts;
  return FACT_STRINGS.every((k) => isStr(f[k])) && strings(f.depends) && typeof f.installable === 'boolean'
    && Object.keys(f).length === FACT_STRINGS.length + 2
    && m.hooks.every((h) => isObj(h) && isStr(h.hook) && isStr(h.function) && Object.keys(h).length === 2);
}

const STRUCTURE_LISTS = ['unparsed', 'classes', 'functions', 'moduleLevel', 'actions', 'hooks'] as const;

function validStructure(s: unknown): s is ModuleStructure {
  return isObj(s) && isStr(s.module) && STRUCTURE_LISTS.every((k) => Array.isArray(s[k]) && (s[k] as unknown[]).every(isObj))
    && Object.keys(s).length === STRUCTURE_LISTS.length + 1;
}

/** A folder's entries as listed (names as bytes, sorted) and their types, one letter each (TYPE_LETTERS). */
export interface DirListing { names: BytePath[]; types: string }

/** Entry types a cached listing can hold: what a listing tells without a stat. A folder holding a
 * symlink (whose target may change without the folder changing) or an entry of unknown type is
 * listed every time. */
export const TYPE_LETTERS: Partial<Record<EntryType, string>> = {
  dir: 'd', file: 'f', fifo: 'p', socket: 's', 'character device': 'c', 'block device': 'b',
};
const LETTER_TYPES = new Map(Object.entries(TYPE_LETTERS).map(([t, l]) => [l, t as EntryType]));
export const typeOfLetter = (letter: string): EntryType => LETTER_TYPES.get(letter)!;
const isTypes = (x: unknown): x is string => isStr(x) && /^[dfpscb]*$/.test(x);

/** The file as written: columns (one array per field, one row per path) rather than one object per
 * file, which JSON.parse reads several times faster. Paths are relative to the root when inside it. */
interface CacheFile {
  format: typeof FORMAT;
  version: number;
  catalog: string;
  root: string;
  /** Most files give lines and bytes only: skips and matches are kept for the others, by row. */
  files: { paths: string[]; keys: string[]; lines: number[]; bytes: (number | null)[]; more: [number, string[], CachedMatch[]][] };
  manifests: { paths: string[]; keys: string[]; results: ManifestResult[] };
  dirs: { paths: string[]; keys: string[]; names: string[][]; types: string[] };
  structure: Record<string, ModuleStructure>;
}

/** The cache file's text; null when it is not a regular file (a link to /dev/zero, a FIFO) or is
 * over MAX_CACHE_BYTES. Opened without following a symlink, checked on the open file. Throws when
 * there is none. */
function readCacheFile(file: string): string | null {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return null; // a symlink put there
    throw e;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > MAX_CACHE_BYTES) return null;
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Entries kept under a path while the path's key is unchanged. */
class Keyed<T> {
  readonly old = new Map<string, [string, T]>();
  readonly now = new Map<string, [string, T]>();

  lookup(p: BytePath, key: string): T | null {
    const hit = this.old.get(p);
    if (!hit || hit[0] !== key) return null;
    this.now.set(p, hit);
    return hit[1];
  }

  keep(p: BytePath, key: string, value: T): void {
    this.now.set(p, [key, value]);
    this.changed = true;
  }

  /** Whether this scan kept anything new, or met fewer paths than were kept before. */
  changed = false;

  get same(): boolean {
    return !this.changed && this.now.size === this.old.size;
  }

  /** The rows read from a cache file: paths and keys, the values already checked. */
  load(paths: string[], keys: string[], value: (row: number) => T, absolute: (p: string) => string): void {
    for (let i = 0; i < paths.length; i++) this.old.set(absolute(paths[i]!), [keys[i]!, value(i)]);
  }
}

const isCounts = (x: unknown): x is number[] => Array.isArray(x) && x.every(isCount);
/** Columns of one length: paths and keys (strings), and the section's own; besides them, `others`
 * lists of their own length. */
function columns(section: unknown, own: string[], others: string[] = []): section is Record<string, unknown[]> {
  if (!isObj(section) || Object.keys(section).length !== own.length + others.length + 2) return false;
  if (!others.every((k) => Array.isArray(section[k]))) return false;
  const { paths, keys } = section;
  return strings(paths) && strings(keys) && (keys as string[]).length === (paths as string[]).length
    && own.every((k) => Array.isArray(section[k]) && (section[k] as unknown[]).length === (paths as string[]).length);
}

/** The cache of one addons folder: what was read before, and what this scan keeps (entries it
 * did not meet are dropped when it is saved). */
export class RootCache {
  readonly files = new Keyed<FileResult>();
  readonly manifests = new Keyed<ManifestResult>();
  readonly dirs = new Keyed<DirListing>();
  private readonly oldStructure = new Map<string, ModuleStructure>();
  private readonly nowStructure = new Map<string, ModuleStructure>();
  /** Why the cache file there was not used (null: used, or none yet). */
  readonly ignored: string | null = null;
  private loaded = false;
  /** rootReal with a trailing separator: the prefix taken off the paths inside it. */
  private readonly prefix: string;

  constructor(readonly file: string, private readonly rootReal: BytePath, private readonly hash: string, signatures: Set<string>) {
    this.prefix = rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep;
    let text: string | null;
    try {
      text = readCacheFile(file);
    } catch {
      return; // none yet
    }
    this.ignored = text === null ? 'not a regular file, or too large' : this.load(text, signatures);
    this.loaded = !this.ignored;
    if (this.ignored) {
      this.files.old.clear();
      this.manifests.old.clear();
      this.dirs.old.clear();
      this.oldStructure.clear();
    }
  }

  private relative = (p: string): string => (p.startsWith(this.prefix) ? p.slice(this.prefix.length) : p);
  private absolute = (p: string): string => (path.isAbsolute(p) ? p : this.prefix + p);

  /** Why the text is not this folder's cache for this catalog, or null once loaded. */
  private load(text: string, signatures: Set<string>): string | null {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return 'not JSON';
    }
    if (!isObj(data) || data.format !== FORMAT) return 'not a pgcap scan cache';
    if (data.version !== FORMAT_VERSION || data.catalog !== this.hash) return 'made with another catalog or pgcap';
    if (data.root !== this.rootReal) return 'made for another folder';
    const { files, manifests, dirs, structure } = data;
    if (!columns(files, ['lines', 'bytes'], ['more']) || !isCounts(files.lines)
      || !files.bytes!.every((b) => b === null || isCount(b))) return 'damaged';
    const more = new Map<number, [string[], CachedMatch[]]>();
    for (const m of files.more!) {
      if (!Array.isArray(m) || m.length !== 3 || !isCount(m[0]) || m[0] >= files.paths!.length || more.has(m[0]) || !strings(m[1])
        || !Array.isArray(m[2]) || !m[2].every((x) => validMatch(x, signatures))) return 'damaged';
      more.set(m[0], [m[1] as string[], m[2] as CachedMatch[]]);
    }
    const { lines, bytes } = files as { lines: number[]; bytes: (number | null)[] };
    this.files.load(files.paths as string[], files.keys as string[], (i) => {
      const [skips, matches] = more.get(i) ?? [[], []];
      return { skips, ...(bytes[i] === null ? {} : { bytes: bytes[i]! }), lines: lines[i]!, matches };
    }, this.absolute);
    if (!columns(manifests, ['results']) || !manifests.results!.every(validManifest)) return 'damaged';
    this.manifests.load(manifests.paths as string[], manifests.keys as string[], (i) => manifests.results![i] as ManifestResult, this.absolute);
    if (!columns(dirs, ['names', 'types']) || !dirs.names!.every(strings) || !dirs.types!.every(isTypes)
      || !dirs.names!.every((n, i) => (n as string[]).length === (dirs.types![i] as string).length)) return 'damaged';
    this.dirs.load(dirs.paths as string[], dirs.keys as string[], (i) => ({ names: dirs.names![i] as string[], types: dirs.types![i] as string }), this.absolute);
    if (!isObj(structure)) return 'damaged';
    for (const [k, st] of Object.entries(structure)) {
      if (!validStructure(st)) return 'damaged';
      this.oldStructure.set(k, st);
    }
    return null;
  }

  /** Whether there is anything to look up (else the scan does not stat files for it). */
  get empty(): boolean {
    return this.files.old.size === 0;
  }

  /** Whether the structure is kept, without keeping it. */
  peekStructure(key: string): boolean {
    return this.oldStructure.has(key);
  }

  structure(key: string): ModuleStructure | null {
    const hit = this.oldStructure.get(key);
    if (hit) this.nowStructure.set(key, hit);
    return hit ?? null;
  }

  keepStructure(key: string, st: ModuleStructure): void {
    this.nowStructure.set(key, st);
    this.structureChanged = true;
  }

  private structureChanged = false;

  /** Nothing to write: the scan kept exactly what the file holds. */
  get unchanged(): boolean {
    return !this.ignored && this.loaded && this.files.same && this.manifests.same && this.dirs.same
      && !this.structureChanged && this.nowStructure.size === this.oldStructure.size;
  }

  /** Writes what this scan kept: a temporary file beside it, then rename (never half a file).
   * Not written when nothing changed. */
  save(): void {
    if (this.unchanged) return;
    const rows = <T>(keyed: Keyed<T>) => {
      const paths: string[] = [];
      const keys: string[] = [];
      const values: T[] = [];
      for (const [p, [key, value]] of keyed.now) {
        paths.push(this.relative(p));
        keys.push(key);
        values.push(value);
      }
      return { paths, keys, values };
    };
    const f = rows(this.files);
    const m = rows(this.manifests);
    const d = rows(this.dirs);
    const more: CacheFile['files']['more'] = [];
    f.values.forEach((r, i) => {
      if (r.skips.length > 0 || r.matches.length > 0) more.push([i, r.skips, r.matches]);
    });
    const data: CacheFile = {
      format: FORMAT, version: FORMAT_VERSION, catalog: this.hash, root: this.rootReal,
      files: { paths: f.paths, keys: f.keys, lines: f.values.map((r) => r.lines), bytes: f.values.map((r) => r.bytes ?? null), more },
      manifests: { paths: m.paths, keys: m.keys, results: m.values },
      dirs: { paths: d.paths, keys: d.keys, names: d.values.map((l) => l.names), types: d.values.map((l) => l.types) },
      structure: Object.fromEntries(this.nowStructure),
    };
    const tmp = `${this.file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.writeFileSync(tmp, JSON.stringify(data), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, this.file);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
  }
}

/** The cache folder, created (0700) when missing. */
export function openCacheDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** The cache file of an addons folder (by its real path). */
export function cacheFileOf(dir: string, rootReal: BytePath): string {
  return path.join(dir, `scan-${crypto.createHash('sha256').update(fsPath(rootReal)).digest('hex').slice(0, 32)}.json`);
}

/** The key of a module's structure: its name, its manifest's key and its files with their keys. */
export function structureKey(name: string, manifest: string | null, files: { rel: string; open: BytePath; key: string }[]): string {
  return crypto.createHash('sha256').update(JSON.stringify([name, manifest, files.map((f) => [f.rel, f.open, f.key])])).digest('hex');
}
