// Walks addons folders and matches the catalog signatures line by line. Scanned code is data:
// it is read as text, never imported or executed. The Python twin is collect/scanner.py.
import fs from 'node:fs';
import path from 'node:path';
import { catalog as defaultCatalog, type Catalog, type SignatureDef } from '../core/catalog';
import { capLine, REDACTED, redact, secretBlockLines, snippetOf } from '../core/redact';
import type { ModuleStructure, ScanFacts, ScannedModule, SignatureMatch, SkippedFile } from '../core/snapshot';
import { importUsage, usageText as codeForUsage } from './import-usage';
import { inOdooTree, manifestFacts, manifestHooks } from './module-facts';
import { codeLines, codeOnly, textKind } from './source-text';
import { COUNT_ONLY_ENDINGS, countCode, emptyLines, lineKind } from './line-count';
import { cutLongLines, decodeText, readRegularFile } from './file-read';
import { pythonParser, type PyParser } from './python-parser';
import { moduleStructure, type SourceFile } from './structure';
import { bytePath, displayName, entriesOf, errReason, fsPath, inside, listEntries, realPath, type BytePath, type Entry } from './tree';
import { KeywordSet } from './keywords';
import { countOnlyBytes, quietLines } from './byte-lines';
import {
  cacheFileOf, catalogHash, currentKey, openCacheDir, RACY_MS, RootCache, statKey, structureKey, TYPE_LETTERS, typeOfLetter,
  type CachedMatch, type FileResult, type ManifestResult,
} from './scan-cache';
import { untrustedCacheDir } from './cache-dir';

export interface ScanProgress { (event: { module: string; done: number; found: number }): void }

/** re: the signature as written, tried line by line; inText: the same in multiline mode, tried
 * once on a whole file first. A line match implies a match in the whole text, so a signature
 * absent from the file is skipped for all its lines: most files hold only a few. keywords: its
 * literals as indexes into the scanner's KeywordSet. */
interface CompiledSignature { def: SignatureDef; order: number; keywords: number[]; re: RegExp; inText: RegExp }

export interface ScanOptions {
  /** The scan cache's folder (scan-cache.ts); none by default. */
  cacheDir?: string | null;
  /** Something the user should know that does not stop the scan (a cache not written). */
  onWarning?: (message: string) => void;
}

/** What the scan did, beside what it found: for tests and the benchmark. */
export interface ScanWork { filesRead: number; cacheHits: number; modulesParsed: number; structureHits: number }

/** A .py or .xml file of a module, for the structure pass; key: its cache key when it has one. */
type ParseableFile = SourceFile & { key: string | null };

/** A manifest file is data: only the signatures that name it apply to it. */
function appliesTo(sig: SignatureDef, fileName: string, manifestFiles: string[]): boolean {
  const files = sig.files ?? ['.py'];
  if (manifestFiles.includes(fileName)) return files.includes(fileName);
  const lower = fileName.toLowerCase();
  return files.some((f) => (f.startsWith('.') ? lower.endsWith(f) : fileName === f));
}

export class AddonsScanner {
  private readonly sigs: CompiledSignature[];
  private readonly byFileKind = new Map<string, CompiledSignature[]>();
  /** Signature id -> its store, for the signatures that have one. */
  private readonly storeOf: Map<string, string>;
  private readonly skipped: SkippedFile[] = [];
  private readonly matches: SignatureMatch[] = [];
  private readonly modules: ScannedModule[] = [];
  private filesScanned = 0;
  private bytesScanned = 0;
  /** Per module scanned: its .py and .xml files as walked, its manifest's hooks and cache key,
   * whether a store matched, the cache of its addons folder. */
  private readonly sources: { files: ParseableFile[]; hooks: ManifestResult['hooks']; manifestKey: string | null; store: boolean; cache: RootCache | null }[] = [];
  /** Every literal of the catalog once: which of them a file holds is found in one pass. */
  private readonly keywords: KeywordSet;
  /** Per file kind (signaturesFor's key): the literals that can make a match start in it, or null
   * when a signature without literals can (the file always gets the full reading). */
  private readonly quietByKind = new Map<string, KeywordSet | null>();
  readonly work: ScanWork = { filesRead: 0, cacheHits: 0, modulesParsed: 0, structureHits: 0 };
  private readonly caches: RootCache[] = [];
  private readonly cacheDir: string | null;
  /** Files changed after this (ns since the epoch) are not kept in the cache: they may change
   * again within the same timestamp. */
  private racyNs = 0n;

  constructor(private readonly cat: Catalog = defaultCatalog, private readonly onProgress?: ScanProgress,
    private readonly options: ScanOptions = {}) {
    const storeKeywords = new Map(cat.stores.map((st) => [st.id, st.keywords]));
    const literals = cat.signatures.map((def) => def.literals ?? (def.store ? storeKeywords.get(def.store) ?? [] : []));
    const words = [...new Set(literals.flat())];
    this.keywords = new KeywordSet(words);
    const index = new Map(words.map((w, i) => [w, i]));
    this.sigs = cat.signatures.map((def, order) => ({
      def, order, keywords: literals[order]!.map((w) => index.get(w)!),
      re: new RegExp(def.pattern, def.flags ?? ''), inText: new RegExp(def.pattern, `${def.flags ?? ''}m`),
    }));
    this.storeOf = new Map(cat.signatures.filter((d) => d.store).map((d) => [d.id, d.store!]));
    this.cacheDir = options.cacheDir ?? null;
  }

  /** The line scan of the roots; with a parser, then the structure pass (the second pass). */
  scan(roots: string[], parser?: PyParser): ScanFacts {
    const started = Date.now();
    const rootFacts = this.lineScan(roots);
    const structure = parser ? this.structure(() => parser) : undefined;
    return this.finish(rootFacts, started, structure);
  }

  /** The line scan, then the structure pass; the parser is loaded only when a module needs it. */
  async scanParsed(roots: string[], load: () => Promise<PyParser> = pythonParser): Promise<ScanFacts> {
    const started = Date.now();
    const rootFacts = this.lineScan(roots);
    const parser = this.needsParser() ? await load() : null;
    return this.finish(rootFacts, started, this.structure(() => parser!));
  }

  private lineScan(roots: string[]): ScanFacts['roots'] {
    this.racyNs = (BigInt(Date.now()) - BigInt(RACY_MS)) * 1_000_000n;
    const cacheDir = this.openCache();
    const hash = cacheDir ? catalogHash(this.cat) : '';
    const signatureIds = new Set(this.cat.signatures.map((d) => d.id));
    return roots.map((root, index) => {
      const before = this.modules.length;
      // the root itself may be a symlink: resolved first, symlinks below stay inside its real path
      const given = bytePath(path.resolve(root));
      let rootReal: BytePath;
      try {
        rootReal = realPath(given);
        if (!fs.statSync(fsPath(rootReal)).isDirectory()) throw new Error('not a folder');
      } catch {
        throw new ScanRootError(`addons folder not found: ${root}`);
      }
      let cache: RootCache | null = null;
      if (cacheDir) {
        cache = new RootCache(cacheFileOf(cacheDir, rootReal), rootReal, hash, signatureIds);
        if (cache.ignored && cache.ignored !== 'made with another catalog or pgcap') {
          this.options.onWarning?.(`scan cache of ${root} ignored (${cache.ignored}): ${cache.file}`);
        }
        this.caches.push(cache);
      }
      this.walkRoot(displayName(path.basename(given)), rootReal, index, cache);
      return { path: root, modules: this.modules.length - before };
    });
  }

  /** The cache folder, or null (said why) when it may not be trusted or cannot be created. */
  private openCache(): string | null {
    if (!this.cacheDir) return null;
    const why = untrustedCacheDir(this.cacheDir);
    if (why !== null) {
      this.options.onWarning?.(`scan cache not used: ${this.cacheDir} is ${why}`);
      return null;
    }
    try {
      return openCacheDir(this.cacheDir);
    } catch (e) {
      this.options.onWarning?.(`scan cache not used: cannot create ${this.cacheDir} (${errReason(e)})`);
      return null;
    }
  }

  private finish(rootFacts: ScanFacts['roots'], started: number, structure?: ModuleStructure[]): ScanFacts {
    for (const cache of this.caches) {
      try {
        cache.save();
      } catch (e) {
        this.options.onWarning?.(`scan cache not written: ${cache.file} (${errReason(e)})`);
      }
    }
    return {
      roots: rootFacts,
      modules: this.modules,
      matches: this.matches,
      skipped: this.skipped,
      filesScanned: this.filesScanned,
      bytesScanned: this.bytesScanned,
      durationMs: Date.now() - started,
      ...(structure ? { structure } : {}),
    };
  }

  /** The modules the structure pass parses: those where a store's signature matched, by name. */
  private structureTodo() {
    const todo = this.sources.map((src, i) => ({ src, module: this.modules[i]! })).filter((m) => m.src.store);
    todo.sort((a, b) => (a.module.name < b.module.name ? -1 : a.module.name > b.module.name ? 1 : 0));
    return todo.map((m) => ({ ...m, key: this.structureKeyOf(m.module.name, m.src) }));
  }

  /** A module's structure is cached while its manifest and every file it parses are unchanged. */
  private structureKeyOf(name: string, src: AddonsScanner['sources'][number]): string | null {
    if (!src.cache || src.manifestKey === null || src.files.some((f) => f.key === null)) return null;
    return structureKey(name, src.manifestKey, src.files as (SourceFile & { key: string })[]);
  }

  private needsParser(): boolean {
    return this.structureTodo().some((m) => !(m.key && m.src.cache!.peekStructure(m.key)));
  }

  private structure(parser: () => PyParser): ModuleStructure[] {
    return this.structureTodo().map(({ src, module, key }) => {
      const hit = key ? src.cache!.structure(key) : null;
      if (hit) {
        this.work.structureHits += 1;
        return hit;
      }
      this.work.modulesParsed += 1;
      const built = moduleStructure(module.name, src.files.map(({ rel, open }) => ({ rel, open })), src.hooks, this.cat, parser());
      if (key) src.cache!.keepStructure(key, built);
      return built;
    });
  }

  private walkRoot(rootName: string, rootReal: BytePath, rootIndex: number, cache: RootCache | null): void {
    const seen = new Set<string>();
    const visit = (dir: BytePath, rel: string, depth: number): void => {
      const entries = this.listDir(dir, rel, seen, rootReal, cache);
      if (!entries) return;
      if (entries.some((e) => this.cat.scan.manifestFiles.includes(e.display))) {
        const name = rel === '' ? rootName : rel.slice(rel.lastIndexOf('/') + 1);
        // the audit tool itself: its catalog names every store
        if (this.cat.scan.selfModules.includes(name)) {
          this.skip(rel || '.', 'the audit tool itself');
          return;
        }
        this.scanModule(dir, rel === '' ? rootName : rel, name, rootIndex, seen, entries, rootReal, depth, cache);
        return;
      }
      for (const e of entries) {
        if (!this.dirToWalk(e)) continue;
        const relDir = rel === '' ? e.display : `${rel}/${e.display}`;
        if (this.enterable(e, relDir, depth + 1)) visit(e.open, relDir, depth + 1);
      }
    };
    visit(rootReal, '', 0);
  }

  /** A folder the walks enter (unless its symlink leaves the addons folder or it lies too deep). */
  private dirToWalk(e: Entry): boolean {
    return e.type === 'dir' && !e.display.startsWith('.') && !this.cat.scan.skipDirs.includes(e.display);
  }

  /** A file of the line scan (by its name: a folder or a FIFO so named is not read). */
  private lineScanned(display: string): boolean {
    const lower = display.toLowerCase();
    return this.cat.scan.extensions.some((x) => lower.endsWith(x));
  }

  private countOnly(display: string): boolean {
    const lower = display.toLowerCase();
    return COUNT_ONLY_ENDINGS.some((x) => lower.endsWith(x));
  }

  /** An entry either walk looks at: a folder it enters, a manifest, a file it reads. A folder's
   * cached listing keeps these only: the walks pass over the others without a trace. */
  private walked(e: Entry): boolean {
    return this.dirToWalk(e) || this.cat.scan.manifestFiles.includes(e.display) || (e.type !== 'dir' && (this.lineScanned(e.display) || this.countOnly(e.display)));
  }

  /** A folder is entered unless its symlink leaves the addons folder or it lies too deep. */
  private enterable(e: Entry, rel: string, depth: number): boolean {
    if (e.problem) {
      this.skip(rel, e.problem);
      return false;
    }
    if (depth > this.cat.limits.maxDepth) {
      this.skip(rel, `too deep: more than ${this.cat.limits.maxDepth} nested folders`);
      return false;
    }
    return true;
  }

  /** The folder's entries, or null (recorded as skipped) for a loop or an unreadable folder. */
  private listDir(dir: BytePath, rel: string, seen: Set<string>, rootReal: BytePath, cache: RootCache | null): Entry[] | null {
    let real: BytePath;
    let key: string | null = null;
    try {
      // every folder is reached by its real path (the root resolved, a link's target resolved
      // when listed, the rest named inside them): one lstat checks it is still a folder, not a
      // link put there since; only then is it resolved (a realpath costs a call per component)
      const st = fs.lstatSync(fsPath(dir), { bigint: true });
      if (st.isDirectory()) {
        real = dir;
        // a folder's listing is cached under its key: an entry added, removed, renamed or
        // replaced changes the folder's times (its files' contents are checked one by one)
        if (cache) key = this.settled(st) ? statKey(st) : null;
      } else real = realPath(dir);
    } catch (e) {
      this.skip(rel || '.', errReason(e));
      return null;
    }
    if (seen.has(real)) {
      this.skip(rel || '.', 'symlink loop');
      return null;
    }
    // a folder swapped for a link since it was listed
    if (!inside(real, rootReal)) {
      this.skip(rel || '.', `symlink outside the addons folder: ${displayName(real)}`);
      return null;
    }
    seen.add(real);
    const hit = key && !cache!.empty ? cache!.dirs.lookup(dir, key) : null;
    if (hit) return entriesOf(dir, hit.names, Array.from(hit.types, typeOfLetter));
    try {
      const { entries, links } = listEntries(dir, rootReal);
      if (key && !links) {
        const walked = entries.filter((e) => this.walked(e));
        cache!.dirs.keep(dir, key, { names: walked.map((e) => e.name), types: walked.map((e) => TYPE_LETTERS[e.type!]).join('') });
      }
      return entries;
    } catch (e) {
      this.skip(rel || '.', errReason(e));
      return null;
    }
  }

  private scanModule(dir: BytePath, relPath: string, name: string, rootIndex: number, seen: Set<string>,
    topEntries: Entry[], rootReal: BytePath, depth: number, cache: RootCache | null): void {
    const manifestEntry = this.cat.scan.manifestFiles.map((f) => topEntries.find((e) => e.display === f)).find((e) => e)!;
    const manifest = this.manifest(manifestEntry, cache);
    const module: ScannedModule = {
      name,
      path: relPath,
      root: rootIndex,
      ...manifest.facts,
      inOdooTree: inOdooTree(dir),
      files: 0,
      lines: emptyLines(),
    };
    const moduleMatches: SignatureMatch[] = [];
    const parseable: ParseableFile[] = [];
    /** A file's result, from the cache or read, applied to the module. */
    const take = (e: Entry, relFile: string, countOnly: boolean): string | null => {
      const { result, key } = this.fileResult(e, relFile, countOnly, cache);
      for (const reason of result.skips) this.skip(relFile, reason);
      if (result.bytes !== undefined) {
        this.filesScanned += 1;
        this.bytesScanned += result.bytes;
      }
      module.lines![lineKind(e.display)] += result.lines;
      for (const m of result.matches) moduleMatches.push({ module: name, file: relFile, ...m });
      return key;
    };
    const walk = (d: BytePath, rel: string, level: number, listed?: Entry[]): void => {
      const entries = listed ?? this.listDir(d, rel, seen, rootReal, cache);
      if (!entries) return;
      for (const e of entries) {
        const relFile = `${rel}/${e.display}`;
        if (e.type === 'dir') {
          if (this.dirToWalk(e) && this.enterable(e, relFile, level + 1)) walk(e.open, relFile, level + 1);
        } else if (this.lineScanned(e.display)) {
          module.files += 1;
          // only regular files are opened: a FIFO would block, a device never ends
          if (e.problem) this.skip(relFile, e.problem);
          else if (e.type !== 'file') this.skip(relFile, `not a regular file: ${e.type}`);
          else {
            const key = take(e, relFile, false);
            const kind = textKind(e.display);
            if (kind === 'python' || kind === 'xml') parseable.push({ rel: relFile, open: e.open, key });
          }
        } else if (this.countOnly(e.display)) {
          // read for its lines of code only: not a file of the line scan (files, filesScanned)
          if (e.problem) this.skip(relFile, e.problem);
          else if (e.type !== 'file') this.skip(relFile, `not a regular file: ${e.type}`);
          else take(e, relFile, true);
        }
      }
    };
    walk(dir, relPath, depth, topEntries);
    const limit = this.cat.limits.maxMatchesPerModule;
    if (moduleMatches.length > limit) {
      this.skip(relPath, `match limit reached: kept the first ${limit} of ${moduleMatches.length} matches`);
      moduleMatches.length = limit;
    }
    this.matches.push(...moduleMatches);
    this.modules.push(module);
    this.sources.push({
      files: parseable, hooks: manifest.hooks, manifestKey: manifest.key, cache,
      store: moduleMatches.some((m) => this.storeOf.has(m.signature)),
    });
    this.onProgress?.({ module: name, done: this.modules.length, found: this.matches.length });
  }

  /** The manifest's facts (free text redacted like any snippet) and hooks, from the cache or read.
   * It is read like any file (a FIFO or a link to /dev/zero is not); the walk says why when it
   * cannot be. */
  private manifest(entry: Entry, cache: RootCache | null): ManifestResult & { key: string | null } {
    const readable = entry.type === 'file' && !entry.problem;
    if (readable && cache && !cache.empty) {
      const key = currentKey(entry.open);
      const hit = key ? cache.manifests.lookup(entry.open, key) : null;
      if (hit) return { ...hit, key };
    }
    let text = '';
    let key: string | null = null;
    if (readable) {
      const read = readRegularFile(entry.open, this.cat.limits.maxFileBytes, cache !== null);
      if ('data' in read) text = cutLongLines(decodeText(read.data), this.cat.limits.maxLineChars).text;
      key = this.keyToKeep(read.stat);
    }
    const result: ManifestResult = { facts: redactFacts(manifestFacts(text), this.cat), hooks: manifestHooks(text) };
    if (cache && key) cache.manifests.keep(entry.open, key, result);
    return { ...result, key };
  }

  /** The cache key of a file just opened, unless it changed too recently to be kept. */
  private keyToKeep(stat: fs.BigIntStats | undefined): string | null {
    return stat && this.settled(stat) ? statKey(stat) : null;
  }

  /** Its content not changed in the last RACY_MS before the scan (ctime is in the key, so a file
   * rewritten later under an old mtime is read again; the Python twin also waits on ctime). */
  private settled(st: fs.BigIntStats): boolean {
    return st.mtimeNs < this.racyNs;
  }

  /** How a file is read depends on the name it is listed by, not only on its content: one real
   * file reached as models.py and as zz.js (a symlink) gives two results, each kept apart. */
  private readingOf(fileName: string, countOnly: boolean): string {
    if (countOnly) return `count${fileName.slice(fileName.lastIndexOf('.')).toLowerCase()}`;
    if (this.cat.scan.manifestFiles.includes(fileName)) return `manifest:${fileName}`;
    return `scan${fileName.slice(fileName.lastIndexOf('.')).toLowerCase()}`;
  }

  /** What a file gives the scan, from the cache when its key is unchanged, else read. key: the
   * key it is cached under, or null (not cached: too recent, unreadable, or no cache). */
  private fileResult(e: Entry, relFile: string, countOnly: boolean, cache: RootCache | null): { result: FileResult; key: string | null } {
    const reading = this.readingOf(e.display, countOnly);
    if (cache && !cache.empty) {
      const now = currentKey(e.open);
      const key = now && `${now}:${reading}`;
      const hit = key ? cache.files.lookup(e.open, key) : null;
      if (hit) {
        this.work.cacheHits += 1;
        return { result: hit, key };
      }
    }
    this.work.filesRead += 1;
    const read = readRegularFile(e.open, this.cat.limits.maxFileBytes, cache !== null);
    let result: FileResult;
    if ('reason' in read) result = { skips: [read.reason], lines: 0, matches: [] };
    else if (read.data.includes(0)) result = { skips: ['binary'], lines: 0, matches: [] };
    else if (countOnly) result = { skips: [], lines: countOnlyBytes(read.data, e.display), matches: [] };
    else result = this.scanFile(read.data, relFile, e.display);
    const stat = this.keyToKeep(read.stat);
    const key = stat && `${stat}:${reading}`;
    if (cache && key) cache.files.keep(e.open, key, result);
    return { result, key };
  }

  /** The line scan of one file's bytes (not binary). */
  private scanFile(data: Buffer, relFile: string, fileName: string): FileResult {
    const kind = textKind(fileName);
    const maxLine = this.cat.limits.maxLineChars;
    const skips: string[] = [];
    // most files hold no literal of any signature: their lines are counted from the bytes
    if ((kind === 'python' || kind === 'xml') && !this.cat.scan.manifestFiles.includes(fileName)) {
      const quiet = this.quietKeywords(fileName);
      const lines = quiet ? quietLines(data, kind, maxLine, quiet) : null;
      if (lines !== null) return { skips, bytes: data.length, lines, matches: [] };
    }
    // not UTF-8: U+FFFD where it is not, the rest still read; lines past the cap are cut
    const decoded = decodeText(data);
    const { text, cut, first } = cutLongLines(decoded, maxLine);
    if (cut > 0) skips.push(`long lines cut: ${cut} line${cut === 1 ? '' : 's'} over ${maxLine} characters, the first at line ${first}`);
    // the code of each line first: most files that hold a literal still cannot match, and need
    // no scopes (lines were cut above and code is never longer than its line: capLine is a safeguard)
    const codes = codeOnly(text, kind).map((c) => capLine(c, maxLine));
    const result: FileResult = { skips, bytes: data.length, lines: countCode(codes), matches: [] };
    const applicable = this.signaturesFor(fileName);
    if (applicable.length === 0) return result;
    const codeText = codes.join('\n');
    // A signature is tried line by line only where the whole file can match it: one of its
    // keywords is there (all of them found in one pass over the lower-cased code) and the pattern
    // (multiline) matches somewhere. A line match implies both.
    const present = this.keywords.present(codeText.toLowerCase());
    const inFile = (sig: CompiledSignature) =>
      (sig.keywords.length === 0 || sig.keywords.some((k) => present[k] === 1)) && sig.inText.test(codeText);
    const starters = applicable.filter((s) => !s.def.context && inFile(s));
    if (starters.length === 0) return result;
    const lines = codeLines(text, kind).map((l, i) => ({ ...l, code: codes[i]! }));
    // snippets come from the uncut lines, so that one of a cut line says it was cut
    let rawLines: string[] | null = null;
    // lines inside a multi-line secret (a PEM private key) come out redacted whole
    let secretLines: Set<number> | null = null;
    const snippet = (index: number): string => {
      rawLines ??= decoded.split(/\r\n|\r|\n/);
      secretLines ??= secretBlockLines(rawLines, this.cat.redactionBlocks);
      if (secretLines.has(index)) return REDACTED;
      return snippetOf(rawLines[index]!, this.cat.limits.maxSnippetChars, this.cat.redactions, maxLine);
    };
    let usageText: string | null = null;
    const found: { order: number; match: CachedMatch }[] = [];
    const matchLines = (sigs: CompiledSignature[]) => {
      lines.forEach((line, index) => {
        if (line.code.trim() === '') return;
        for (const sig of sigs) {
          // store evidence is code: examples in docstrings and help texts do not count
          if (line.prose && sig.def.store) continue;
          const m = sig.re.exec(line.code);
          if (!m) continue;
          const capture = m.slice(1).find((g) => g !== undefined && g !== '');
          let usage = {};
          if (sig.def.kind === 'import' && kind === 'python') {
            usageText ??= codeForUsage(lines.filter((l) => !l.prose).map((l) => l.code).join('\n'));
            usage = importUsage(lines, usageText, index);
          }
          found.push({
            order: sig.order,
            match: {
              line: index + 1, signature: sig.def.id,
              ...(capture !== undefined ? { capture: redact(capture, this.cat.redactions) } : {}),
              scope: line.scope,
              ...usage,
              snippet: snippet(index),
            },
          });
        }
      });
    };
    matchLines(starters);
    // Context signatures (writes, reads, hints) count only beside evidence of a store: their own
    // store's, or any store's for store-less ones (ORM writes, generic rebuild hints).
    const storesSeen = new Set(found.map((f) => this.storeOf.get(f.match.signature)).filter((x): x is string => Boolean(x)));
    if (storesSeen.size > 0) {
      matchLines(applicable.filter((s) => s.def.context && (!s.def.store || storesSeen.has(s.def.store)) && s.inText.test(codeText)));
    }
    found.sort((a, b) => a.match.line - b.match.line || a.order - b.order);
    result.matches = found.map((f) => f.match);
    return result;
  }

  /** The literals that can start a match in a file of this name (see quietByKind). */
  private quietKeywords(fileName: string): KeywordSet | null {
    const key = this.kindKey(fileName);
    if (!this.quietByKind.has(key)) {
      // context signatures match only beside a store's own match: their literals do not count
      const starters = this.signaturesFor(fileName).filter((s) => !s.def.context);
      const words = starters.some((s) => s.keywords.length === 0) ? null : [...new Set(starters.flatMap((s) => s.keywords))].map((k) => this.keywords.words[k]!);
      this.quietByKind.set(key, words ? new KeywordSet(words) : null);
    }
    return this.quietByKind.get(key)!;
  }

  private kindKey(fileName: string): string {
    const lower = fileName.toLowerCase();
    return this.cat.scan.manifestFiles.includes(fileName) ? fileName : lower.slice(lower.lastIndexOf('.'));
  }

  /** Catalog endings all start with a dot and hold no other: the last dot suffix decides. */
  private signaturesFor(fileName: string): CompiledSignature[] {
    const key = this.kindKey(fileName);
    let found = this.byFileKind.get(key);
    if (!found) {
      found = this.sigs.filter((s) => appliesTo(s.def, fileName, this.cat.scan.manifestFiles));
      this.byFileKind.set(key, found);
    }
    return found;
  }

  private skip(file: string, reason: string): void {
    this.skipped.push({ file, reason });
  }
}

export class ScanRootError extends Error {}

function redactFacts<T extends object>(facts: T, cat: Catalog): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) {
    out[k] = typeof v === 'string' ? redact(v, cat.redactions) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? redact(x, cat.redactions) : x)) : v;
  }
  return out as T;
}

/** The line scan only (no scan.structure). */
export function scanAddons(roots: string[], cat?: Catalog, onProgress?: ScanProgress): ScanFacts {
  return new AddonsScanner(cat, onProgress).scan(roots);
}

/** The line scan, then the structure pass over the modules it flags (what pgcap collects). */
export async function scanAddonsParsed(roots: string[], cat?: Catalog, onProgress?: ScanProgress, options?: ScanOptions): Promise<ScanFacts> {
  return new AddonsScanner(cat, onProgress, options).scanParsed(roots);
}
