// Walks addons folders and matches the catalog signatures line by line. Scanned code is data:
// it is read as text, never imported or executed. The Python twin is collect/scanner.py.
import fs from 'node:fs';
import path from 'node:path';
import { catalog as defaultCatalog, type Catalog, type SignatureDef } from '../core/catalog';
import { capLine, REDACTED, redact, secretBlockLines, snippetOf } from '../core/redact';
import type { ScanFacts, ScannedModule, SignatureMatch, SkippedFile } from '../core/snapshot';
import { importUsage, usageText as codeForUsage } from './import-usage';
import { inOdooTree, manifestFacts } from './module-facts';
import { codeLines, textKind } from './source-text';

export interface ScanProgress { (event: { module: string; done: number; found: number }): void }

/** re: the signature as written, tried line by line; inText: the same in multiline mode, tried
 * once on a whole file first. A line match implies a match in the whole text, so a signature
 * absent from the file is skipped for all its lines: most files hold only a few. */
interface CompiledSignature { def: SignatureDef; order: number; keywords: string[]; re: RegExp; inText: RegExp }

const decoder = new TextDecoder('utf-8', { fatal: true });

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

  constructor(private readonly cat: Catalog = defaultCatalog, private readonly onProgress?: ScanProgress) {
    const keywords = new Map(cat.stores.map((st) => [st.id, st.keywords]));
    this.sigs = cat.signatures.map((def, order) => ({
      def, order, keywords: def.literals ?? (def.store ? keywords.get(def.store) ?? [] : []),
      re: new RegExp(def.pattern, def.flags ?? ''), inText: new RegExp(def.pattern, `${def.flags ?? ''}m`),
    }));
    this.storeOf = new Map(cat.signatures.filter((d) => d.store).map((d) => [d.id, d.store!]));
  }

  scan(roots: string[]): ScanFacts {
    const started = Date.now();
    const rootFacts = roots.map((root, index) => {
      const before = this.modules.length;
      if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
        throw new ScanRootError(`addons folder not found: ${root}`);
      }
      this.walkRoot(root, index);
      return { path: root, modules: this.modules.length - before };
    });
    return {
      roots: rootFacts,
      modules: this.modules,
      matches: this.matches,
      skipped: this.skipped,
      filesScanned: this.filesScanned,
      bytesScanned: this.bytesScanned,
      durationMs: Date.now() - started,
    };
  }

  private walkRoot(root: string, rootIndex: number): void {
    const seen = new Set<string>();
    const visit = (dir: string, rel: string): void => {
      const entries = this.listDir(dir, rel, seen);
      if (!entries) return;
      if (entries.some((e) => this.cat.scan.manifestFiles.includes(e))) {
        const name = path.basename(rel === '' ? path.resolve(root) : rel);
        // the audit tool itself: its catalog names every store
        if (this.cat.scan.selfModules.includes(name)) {
          this.skip(rel || '.', 'the audit tool itself');
          return;
        }
        this.scanModule(dir, rel === '' ? path.basename(path.resolve(root)) : rel, rootIndex, seen, entries);
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.') || this.cat.scan.skipDirs.includes(name)) continue;
        const full = path.join(dir, name);
        if (isDirectory(full)) visit(full, rel === '' ? name : `${rel}/${name}`);
      }
    };
    visit(root, '');
  }

  /** Sorted entry names, or null (recorded as skipped) for a loop or an unreadable folder. */
  private listDir(dir: string, rel: string, seen: Set<string>): string[] | null {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      this.skip(rel || '.', `unreadable: ${errCode(e)}`);
      return null;
    }
    if (seen.has(real)) {
      this.skip(rel || '.', 'symlink loop');
      return null;
    }
    seen.add(real);
    try {
      return fs.readdirSync(dir).sort();
    } catch (e) {
      this.skip(rel || '.', `unreadable: ${errCode(e)}`);
      return null;
    }
  }

  private scanModule(dir: string, relPath: string, rootIndex: number, seen: Set<string>, topEntries: string[]): void {
    const name = path.basename(relPath);
    const manifestFile = this.cat.scan.manifestFiles.find((f) => fs.existsSync(path.join(dir, f)))!;
    // free text of a module (author, summary, website...) is redacted like any snippet
    const manifest = redactFacts(manifestFacts(readText(path.join(dir, manifestFile)) ?? ''), this.cat);
    const module: ScannedModule = {
      name,
      path: relPath,
      root: rootIndex,
      ...manifest,
      inOdooTree: inOdooTree(dir),
      files: 0,
    };
    const moduleMatches: SignatureMatch[] = [];
    const walk = (d: string, rel: string, listed?: string[]): void => {
      const entries = listed ?? this.listDir(d, rel, seen);
      if (!entries) return;
      for (const entry of entries) {
        const full = path.join(d, entry);
        const relFile = `${rel}/${entry}`;
        if (isDirectory(full)) {
          if (!entry.startsWith('.') && !this.cat.scan.skipDirs.includes(entry)) walk(full, relFile);
        } else if (this.cat.scan.extensions.some((e) => entry.toLowerCase().endsWith(e))) {
          module.files += 1;
          this.scanFile(full, relFile, entry, name, moduleMatches);
        }
      }
    };
    walk(dir, relPath, topEntries);
    const limit = this.cat.limits.maxMatchesPerModule;
    if (moduleMatches.length > limit) {
      this.skip(relPath, `match limit reached: kept the first ${limit} of ${moduleMatches.length} matches`);
      moduleMatches.length = limit;
    }
    this.matches.push(...moduleMatches);
    this.modules.push(module);
    this.onProgress?.({ module: name, done: this.modules.length, found: this.matches.length });
  }

  private scanFile(full: string, relFile: string, fileName: string, module: string, out: SignatureMatch[]): void {
    let data: Buffer;
    try {
      const size = fs.statSync(full).size;
      if (size > this.cat.limits.maxFileBytes) {
        this.skip(relFile, `too large: ${size} bytes`);
        return;
      }
      data = fs.readFileSync(full);
    } catch (e) {
      this.skip(relFile, `unreadable: ${errCode(e)}`);
      return;
    }
    if (data.includes(0)) {
      this.skip(relFile, 'binary');
      return;
    }
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      this.skip(relFile, 'not UTF-8');
      return;
    }
    this.filesScanned += 1;
    this.bytesScanned += data.length;
    const applicable = this.signaturesFor(fileName);
    if (applicable.length === 0) return;
    // a line is looked at up to limits.maxLineChars: the patterns are linear, this bounds them further
    const maxLine = this.cat.limits.maxLineChars;
    const lines = codeLines(text, textKind(fileName)).map((l) => ({ ...l, code: capLine(l.code, maxLine) }));
    const codeText = lines.map((l) => l.code).join('\n');
    const lowerText = codeText.toLowerCase();
    const rawLines = text.split(/\r\n|\r|\n/);
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

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function readText(p: string): string | null {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

function errCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'symlink loop' : code ?? String(e);
}

export function scanAddons(roots: string[], cat?: Catalog, onProgress?: ScanProgress): ScanFacts {
  return new AddonsScanner(cat, onProgress).scan(roots);
}
