// The scan cache: what each file gave the line scan (and each flagged module the structure pass),
// kept between runs so that a rescan reads only what changed. One JSON file per addons folder in
// the cache folder, written whole (temporary file, then rename). It holds only what the snapshot
// holds (matches with their redacted snippets and captures, skip reasons, counts): no source.
// A file's entry stands while its size, times, inode and mode are those it had when read; the
// whole cache stands only for the catalog and the pgcap it was made with. A cache file that does
// not read as one is ignored, never trusted: the scan reads everything again and replaces it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Catalog } from '../core/catalog';
import type { ModuleStructure, SignatureMatch } from '../core/snapshot';
import type { ManifestFacts } from './module-facts';
import { fsPath, type BytePath } from './tree';
import { VERSION } from './version';

const FORMAT = 'pgcap-scan-cache';
const FORMAT_VERSION = 1;
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

/** The catalog's content and pgcap's version, hashed: a cache made with others is stale. */
export function catalogHash(cat: Catalog): string {
  return crypto.createHash('sha256').update(`${VERSION}\n${JSON.stringify(cat)}`).digest('hex');
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

function validResult(r: unknown, signatures: Set<string>): r is FileResult {
  if (!isObj(r) || !strings(r.skips) || !isCount(r.lines) || !Array.isArray(r.matches)) return false;
  if (r.bytes !== undefined && !isCount(r.bytes)) return false;
  return r.matches.every((m) => validMatch(m, signatures));
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

interface CacheFile {
  format: typeof FORMAT;
  version: number;
  catalog: string;
  root: string;
  files: Record<string, [string, FileResult]>;
  manifests: Record<string, [string, ManifestResult]>;
  structure: Record<string, ModuleStructure>;
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

  /** The section read from a cache file, or false when an entry is not a [key, value] pair. */
  load(section: Record<string, unknown>, valid: (v: unknown) => v is T): boolean {
    for (const [p, entry] of Object.entries(section)) {
      if (!Array.isArray(entry) || entry.length !== 2 || !isStr(entry[0]) || !valid(entry[1])) return false;
      this.old.set(p, entry as [string, T]);
    }
    return true;
  }
}

/** The cache of one addons folder: what was read before, and what this scan keeps (entries it
 * did not meet are dropped when it is saved). */
export class RootCache {
  readonly files = new Keyed<FileResult>();
  readonly manifests = new Keyed<ManifestResult>();
  private readonly oldStructure = new Map<string, ModuleStructure>();
  private readonly nowStructure = new Map<string, ModuleStructure>();
  /** Why the cache file there was not used (null: used, or none yet). */
  readonly ignored: string | null = null;
  private loaded = false;

  constructor(readonly file: string, private readonly rootReal: BytePath, private readonly hash: string, signatures: Set<string>) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return; // none yet
    }
    this.ignored = this.load(text, signatures);
    this.loaded = !this.ignored;
    if (this.ignored) {
      this.files.old.clear();
      this.manifests.old.clear();
      this.oldStructure.clear();
    }
  }

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
    if (!isObj(data.files) || !isObj(data.manifests) || !isObj(data.structure)) return 'damaged';
    if (!this.files.load(data.files, (r): r is FileResult => validResult(r, signatures))) return 'damaged';
    if (!this.manifests.load(data.manifests, validManifest)) return 'damaged';
    for (const [k, st] of Object.entries(data.structure)) {
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
    return !this.ignored && this.loaded && this.files.same && this.manifests.same
      && !this.structureChanged && this.nowStructure.size === this.oldStructure.size;
  }

  /** Writes what this scan kept: a temporary file beside it, then rename (never half a file).
   * Not written when nothing changed. */
  save(): void {
    if (this.unchanged) return;
    const data: CacheFile = {
      format: FORMAT, version: FORMAT_VERSION, catalog: this.hash, root: this.rootReal,
      files: Object.fromEntries(this.files.now), manifests: Object.fromEntries(this.manifests.now),
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
