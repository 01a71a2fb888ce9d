// The audit catalog (manifest.json at the repository root): what to look for, as data.
import manifest from '../../manifest.json';

export type Category = string;
export type Role = 'derived' | 'authoritative' | 'unknown';

export interface CapabilityDef {
  id: string;
  title: string;
  description: string;
  probes: string[];
  replaces: Category[];
}

export interface ProbeDef {
  id: string;
  file: string;
  description: string;
  /** "odoo" (an Odoo database) or "extension:<name>" (installed in the database). */
  requires?: string;
}

export interface StoreDef {
  id: string;
  title: string;
  category: Category;
  replacement: { capability: string; text: string };
  roleWhenWrites: Role;
  roleWhenReadOnly: Role;
  /** Lowercase substrings, one of which every line matched by a non-context signature of this
   * store contains: a file holding none of them is not searched for that store (a prefilter). */
  keywords: string[];
  /** The store answers over HTTP: in a Python file that makes HTTP requests, its URL or its
   * configured endpoint is client code. */
  httpApi?: boolean;
  /** A driver (ODBC): reaches one of these stores, whose finding it then joins. */
  driverFor?: string[];
  /** Only a way to reach the stores of driverFor: never a finding of its own. */
  driverOnly?: boolean;
}

export type SignatureKind =
  | 'import' | 'client' | 'url' | 'manifest' | 'config'
  | 'write' | 'read' | 'derived_hint'
  | 'notify' | 'listen' | 'skip_locked' | 'advisory_lock' | 'orm_write' | 'http_call';

export interface SignatureDef {
  id: string;
  store?: string;
  kind: SignatureKind;
  pattern: string;
  flags?: string;
  /** File extensions (".py") or exact file names ("__manifest__.py"); default [".py"]. */
  files?: string[];
  /** Recorded only in files that also hold a store match of a non-context signature. */
  context?: boolean;
  /** Like a store's keywords, for a signature without a store. */
  literals?: string[];
}

/** A secret pattern: every capture group that takes part in a match becomes ***. literals:
 * lowercase substrings one of which every text it matches holds (a prefilter). */
export interface RedactionDef { id: string; pattern: string; flags?: string; literals?: string[] }

/** A secret that spans lines (a PEM private key): the lines after the one matching `begin`, up to
 * the one matching `end`, are redacted whole. */
export interface RedactionBlockDef { id: string; begin: string; end: string; flags?: string }

/** What a workload threshold measures, on the tables of the models a store's code touches. */
export const WORKLOAD_METRICS = ['rows', 'total_bytes', 'reads_per_second', 'writes_per_second'] as const;
export type WorkloadMetric = (typeof WORKLOAD_METRICS)[number];

/** Where PostgreSQL stops being comfortable for the work of a store category. description: the
 * source of the figure (documentation, benchmarks), for a consultant to read and argue. */
export interface WorkloadThreshold { category: Category; metric: WorkloadMetric; threshold: number; unit: string; description: string }

/** One line of the operational checklist a store implies: backup, monitoring, credentials,
 * version, pitr (what a point-in-time restore of PostgreSQL does not restore). */
export interface ChecklistItem { item: string; text: string }

export interface Catalog {
  catalogVersion: number;
  limits: {
    statementTimeoutMs: number;
    lockTimeoutMs: number;
    maxFileBytes: number;
    /** The scanners look at no more than this many characters of a line (UTF-16 units, as
     * JavaScript counts): longer lines are cut before matching, and their snippets say so. */
    maxLineChars: number;
    /** Folders nested deeper below an addons folder are not entered. */
    maxDepth: number;
    maxSnippetChars: number;
    maxMatchesPerModule: number;
    /** The structure pass records at most this many calls per parsed function. */
    maxCallsPerFunction: number;
  };
  scan: {
    manifestFiles: string[];
    extensions: string[];
    skipDirs: string[];
    /** This tool's own module: never scanned. */
    selfModules: string[];
    /** Where code does not run in production: folder names, and patterns on file names. */
    nonRuntime: { dirs: string[]; filePatterns: string[] };
  };
  origin: { odooAuthors: string[]; odooLicenses: string[]; ocaAuthorPattern: string; ocaWebsitePattern: string };
  capabilities: CapabilityDef[];
  probes: ProbeDef[];
  categories: Category[];
  stores: StoreDef[];
  signatures: SignatureDef[];
  knownChannels: { module: string; channel: string }[];
  redactions: RedactionDef[];
  redactionBlocks: RedactionBlockDef[];
  usage: UsageDef;
  workload: { description: string; thresholds: WorkloadThreshold[] };
  /** Keyed by store category, and 'filestore' and 'sessions' for Odoo's own stores outside PostgreSQL. */
  operations: Record<string, ChecklistItem[]>;
}

/** How core/usage.ts reads the parsed structure of a store module: general words of client
 * libraries and of Odoo (manifest.json `usage`). */
export interface UsageDef {
  description: string;
  /** First word of a client call's method name -> kind, tried in the order expire, delete, write, read. */
  verbs: { expire: string[]; delete: string[]; write: string[]; read: string[] };
  bulkVerbs: string[];
  /** Writes that set an expiry in the same call (setex). */
  ttlVerbs: string[];
  ttlKeywords: string[];
  /** Keywords that mean an expiry only for a cache (timeout= of a cache's set). */
  cacheTtlKeywords: string[];
  ormWrite: string[];
  ormRead: string[];
  ormSearch: string[];
  sqlWrite: string[];
  fieldReaders: string[];
  valsNames: string[];
  nonFields: string[];
  queuedCallees: string[];
  jobDecorators: string[];
  afterCommitCallees: string[];
  afterCommitAfter: string;
  buttonPrefixes: string[];
  routeDecorators: string[];
  controllerBases: string[];
  onchangeDecorators: string[];
  reconcileHints: string[];
  /** Last segment of a class base that makes the class an HTTP session store. */
  sessionStoreBases: string[];
  /** Per model, methods the ORM calls while writing its records (overrides and name extensions count). */
  recordWriteHooks: Record<string, string[]>;
  /** ir.attachment storage hooks: a class overriding them keeps attachment bytes in the store. */
  attachmentStorage: { model: string; hooks: string[] };
  consumeVerbs: string[];
  consumerClients: string[];
  messageParams: string[];
  mutators: string[];
  taskVerbs: string[];
}

export const catalog: Catalog = manifest as Catalog;

/** Signature kinds that on their own show that a module talks to a store. */
export const STRONG_KINDS: ReadonlySet<SignatureKind> = new Set(['import', 'client', 'url', 'manifest', 'config']);

export function storeById(id: string, cat: Catalog = catalog): StoreDef | undefined {
  return cat.stores.find((s) => s.id === id);
}

/** The operational checklist of a store category (or 'filestore', 'sessions'); [] when the catalog has none. */
export function checklistOf(key: string, cat: Catalog = catalog): ChecklistItem[] {
  return cat.operations[key] ?? [];
}
