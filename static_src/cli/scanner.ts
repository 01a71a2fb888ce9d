// Walks addons folders and matches the catalog signatures line by line. Scanned code is data:
// it is read as text, never imported or executed. The Python twin is collect/scanner.py.
import fs from 'node:fs';
import path from 'node:path';
import { catalog as defaultCatalog, type Catalog, type SignatureDef } from '../core/catalog';
import { capLine, REDACTED, redact, secretBlockLines, snippetOf } from '../core/redact';
import type { ModuleStructure, ScanFacts, ScannedModule, SignatureMatch, SkippedFile } from '../core/snapshot';
import { importUsage, usageText as codeForUsage } from './import-usage';
import { inOdooTree, manifestFacts } from './module-facts';
import { codeLines, textKind } from './source-text';
import { COUNT_ONLY_ENDINGS, countCodeLines, countOnlyLines, emptyLines, lineKind } from './line-count';
import { cutLongLines, decodeText, readRegularFile } from './file-read';
import { pythonParser, type PyParser } from './python-parser';
import { moduleStructure, type SourceFile } from './structure';
import { bytePath, displayName, errReason, fsPath, inside, listEntries, realPath, type BytePath, type Entry } from './tree';

export interface ScanProgress { (event: { module: string; done: number; found: number }): void }

/** re: the signature as written, tried line by line; inText: the same in multiline mode, tried
 * once on a whole file first. A line match implies a match in the whole text, so a signature
 * absent from the file is skipped for all its lines: most files hold only a few. */
interface CompiledSignature { def: SignatureDef; order: number; keywords: string[]; re: RegExp; inText: RegExp }

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
  /** Per module scanned: its .py and .xml files as walked, its manifest, whether a store matched. */
  private readonly sources: { files: SourceFile[]; manifest: string; store: boolean }[] = [];

  constructor(private readonly cat: Catalog = defaultCatalog, private readonly onProgress?: ScanProgress) {
    const keywords = new Map(cat.stores.map((st) => [st.id, st.keywords]));
    this.sigs = cat.signatures.map((def, order) => ({
      def, order, keywords: def.literals ?? (def.store ? keywords.get(def.store) ?? [] : []),
      re: new RegExp(def.pattern, def.flags ?? ''), inText: new RegExp(def.pattern, `${def.flags ?? ''}m`),
    }));
    this.storeOf = new Map(cat.signatures.filter((d) => d.store).map((d) => [d.id, d.store!]));
  }

  /** The line scan of the roots; with a parser, then the structure pass (the second pass). */
  scan(roots: string[], parser?: PyParser): ScanFacts {
    const started = Date.now();
    const rootFacts = roots.map((root, index) => {
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
      this.walkRoot(displayName(path.basename(given)), rootReal, index);
      return { path: root, modules: this.modules.length - before };
    });
    const structure = parser ? this.structure(parser) : undefined;
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

  /** The modules where a store's signature matched, parsed, by module name. */
  private structure(parser: PyParser): ModuleStructure[] {
    const todo = this.sources.map((src, i) => ({ src, module: this.modules[i]! })).filter((m) => m.src.store);
    todo.sort((a, b) => (a.module.name < b.module.name ? -1 : a.module.name > b.module.name ? 1 : 0));
    return todo.map(({ src, module }) => moduleStructure(module.name, src.files, src.manifest, this.cat, parser));
  }

  private walkRoot(rootName: string, rootReal: BytePath, rootIndex: number): void {
    const seen = new Set<string>();
    const visit = (dir: BytePath, rel: string, depth: number): void => {
      const entries = this.listDir(dir, rel, seen, rootReal);
      if (!entries) return;
      if (entries.some((e) => this.cat.scan.manifestFiles.includes(e.display))) {
        const name = rel === '' ? rootName : rel.slice(rel.lastIndexOf('/') + 1);
        // the audit tool itself: its catalog names every store
        if (this.cat.scan.selfModules.includes(name)) {
          this.skip(rel || '.', 'the audit tool itself');
          return;
        }
        this.scanModule(dir, rel === '' ? rootName : rel, name, rootIndex, seen, entries, rootReal, depth);
        return;
      }
      for (const e of entries) {
        if (e.type !== 'dir' || e.display.startsWith('.') || this.cat.scan.skipDirs.includes(e.display)) continue;
        const relDir = rel === '' ? e.display : `${rel}/${e.display}`;
        if (this.enterable(e, relDir, depth + 1)) visit(e.open, relDir, depth + 1);
      }
    };
    visit(rootReal, '', 0);
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
  private listDir(dir: BytePath, rel: string, seen: Set<string>, rootReal: BytePath): Entry[] | null {
    let real: BytePath;
    try {
      real = realPath(dir);
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
    try {
      return listEntries(dir, rootReal);
    } catch (e) {
      this.skip(rel || '.', errReason(e));
      return null;
    }
  }

  private scanModule(dir: BytePath, relPath: string, name: string, rootIndex: number, seen: Set<string>,
    topEntries: Entry[], rootReal: BytePath, depth: number): void {
    // the manifest is read like any file (a FIFO or a link to /dev/zero is not); the walk below
    // says why when it cannot be
    const manifestEntry = this.cat.scan.manifestFiles.map((f) => topEntries.find((e) => e.display === f)).find((e) => e)!;
    let manifestText = '';
    if (manifestEntry.type === 'file' && !manifestEntry.problem) {
      const read = readRegularFile(manifestEntry.open, this.cat.limits.maxFileBytes);
      if ('data' in read) manifestText = cutLongLines(decodeText(read.data), this.cat.limits.maxLineChars).text;
    }
    const module: ScannedModule = {
      name,
      path: relPath,
      root: rootIndex,
      // free text of a module (author, summary, website...) is redacted like any snippet
      ...redactFacts(manifestFacts(manifestText), this.cat),
      inOdooTree: inOdooTree(dir),
      files: 0,
      lines: emptyLines(),
    };
    const moduleMatches: SignatureMatch[] = [];
    const parseable: SourceFile[] = [];
    const walk = (d: BytePath, rel: string, level: number, listed?: Entry[]): void => {
      const entries = listed ?? this.listDir(d, rel, seen, rootReal);
      if (!entries) return;
      for (const e of entries) {
        const relFile = `${rel}/${e.display}`;
        if (e.type === 'dir') {
          if (e.display.startsWith('.') || this.cat.scan.skipDirs.includes(e.display)) continue;
          if (this.enterable(e, relFile, level + 1)) walk(e.open, relFile, level + 1);
        } else if (this.cat.scan.extensions.some((x) => e.display.toLowerCase().endsWith(x))) {
          module.files += 1;
          // only regular files are opened: a FIFO would block, a device never ends
          if (e.problem) this.skip(relFile, e.problem);
          else if (e.type !== 'file') this.skip(relFile, `not a regular file: ${e.type}`);
          else {
            this.scanFile(e.open, relFile, e.display, module, moduleMatches);
            const kind = textKind(e.display);
            if (kind === 'python' || kind === 'xml') parseable.push({ rel: relFile, open: e.open });
          }
        } else if (COUNT_ONLY_ENDINGS.some((x) => e.display.toLowerCase().endsWith(x))) {
          // read for its lines of code only: not a file of the line scan (files, filesScanned)
          if (e.problem) this.skip(relFile, e.problem);
          else if (e.type !== 'file') this.skip(relFile, `not a regular file: ${e.type}`);
          else this.countFile(e.open, relFile, e.display, module);
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
    this.sources.push({ files: parseable, manifest: manifestText, store: moduleMatches.some((m) => this.storeOf.has(m.signature)) });
    this.onProgress?.({ module: name, done: this.modules.length, found: this.matches.length });
  }

  /** A file read only for its lines of code (javascript, stylesheets, csv); skipped as any file is. */
  /** The file's bytes, or null when it is skipped (too large, unreadable, binary), with the reason. */
  private read(full: BytePath, relFile: string): Buffer | null {
    const read = readRegularFile(full, this.cat.limits.maxFileBytes);
    if ('reason' in read) {
      this.skip(relFile, read.reason);
      return null;
    }
    if (read.data.includes(0)) {
      this.skip(relFile, 'binary');
      return null;
    }
    return read.data;
  }

  /** A file read only for its lines of code (javascript, stylesheets, csv). */
  private countFile(full: BytePath, relFile: string, fileName: string, module: ScannedModule): void {
    const data = this.read(full, relFile);
    if (data) module.lines![lineKind(fileName)] += countOnlyLines(decodeText(data), fileName);
  }

  private scanFile(full: BytePath, relFile: string, fileName: string, scanned: ScannedModule, out: SignatureMatch[]): void {
    const module = scanned.name;
    const data = this.read(full, relFile);
    if (!data) return;
    // not UTF-8: U+FFFD where it is not, the rest still read; lines past the cap are cut
    const maxLine = this.cat.limits.maxLineChars;
    const decoded = decodeText(data);
    const { text, cut, first } = cutLongLines(decoded, maxLine);
    if (cut > 0) this.skip(relFile, `long lines cut: ${cut} line${cut === 1 ? '' : 's'} over ${maxLine} characters, the first at line ${first}`);
    this.filesScanned += 1;
    this.bytesScanned += data.length;
    const code = codeLines(text, textKind(fileName));
    scanned.lines![lineKind(fileName)] += countCodeLines(code);
    const applicable = this.signaturesFor(fileName);
    if (applicable.length === 0) return;
    const lines = code.map((l) => ({ ...l, code: capLine(l.code, maxLine) }));
    const codeText = lines.map((l) => l.code).join('\n');
    const lowerText = codeText.toLowerCase();
    // snippets come from the uncut lines, so that one of a cut line says it was cut
    const rawLines = decoded.split(/\r\n|\r|\n/);
    // lines inside a multi-line secret (a PEM private key) come out redacted whole
    let secretLines: Set<number> | null = null;
    const snippet = (index: number): string => {
      secretLines ??= secretBlockLines(rawLines, this.cat.redactionBlocks);
      if (secretLines.has(index)) return REDACTED;
      return snippetOf(rawLines[index]!, this.cat.limits.maxSnippetChars, this.cat.redactions, maxLine);
    };
    let usageText: string | null = null;
    const found: { order: number; match: SignatureMatch }[] = [];
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
          if (sig.def.kind === 'import' && textKind(fileName) === 'python') {
            usageText ??= codeForUsage(lines.filter((l) => !l.prose).map((l) => l.code).join('\n'));
            usage = importUsage(lines, usageText, index);
          }
          found.push({
            order: sig.order,
            match: {
              module, file: relFile, line: index + 1, signature: sig.def.id,
              ...(capture !== undefined ? { capture: redact(capture, this.cat.redactions) } : {}),
              scope: line.scope,
              ...usage,
              snippet: snippet(index),
            },
          });
        }
      });
    };
    // A signature is tried line by line only where the whole file can match it: one of its
    // keywords is there and the pattern (multiline) matches somewhere. A line match implies both.
    const inFile = (sig: CompiledSignature) =>
      (sig.keywords.length === 0 || sig.keywords.some((k) => lowerText.includes(k))) && sig.inText.test(codeText);
    matchLines(applicable.filter((s) => !s.def.context && inFile(s)));
    // Context signatures (writes, reads, hints) count only beside evidence of a store: their own
    // store's, or any store's for store-less ones (ORM writes, generic rebuild hints).
    const storesSeen = new Set(found.map((f) => this.storeOf.get(f.match.signature)).filter((x): x is string => Boolean(x)));
    if (storesSeen.size > 0) {
      matchLines(applicable.filter((s) => s.def.context && (!s.def.store || storesSeen.has(s.def.store)) && s.inText.test(codeText)));
    }
    found.sort((a, b) => a.match.line - b.match.line || a.order - b.order);
    out.push(...found.map((f) => f.match));
  }

  /** Catalog endings all start with a dot and hold no other: the last dot suffix decides. */
  private signaturesFor(fileName: string): CompiledSignature[] {
    const manifest = this.cat.scan.manifestFiles.includes(fileName);
    const lower = fileName.toLowerCase();
    const key = manifest ? fileName : lower.slice(lower.lastIndexOf('.'));
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
export async function scanAddonsParsed(roots: string[], cat?: Catalog, onProgress?: ScanProgress): Promise<ScanFacts> {
  const parser = await pythonParser();
  return new AddonsScanner(cat, onProgress).scan(roots, parser);
}
