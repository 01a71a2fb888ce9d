// The snapshot: raw facts collected by either runtime (pgcap in Node, the Odoo module in Python).
// No judgement here; static_src/core/report.ts turns it into a report.
import type { ModuleLines } from './report-types';

export const SNAPSHOT_SCHEMA = 'pg-capabilities/snapshot';
export const SNAPSHOT_VERSION = 3;

export type ProbeValue = string | number | boolean | null;
export type ProbeRow = Record<string, ProbeValue>;

export interface ProbeResult {
  id: string;
  status: 'ok' | 'error' | 'skipped';
  rows: ProbeRow[];
  /** Error message (status error) or why it did not run (status skipped). */
  message?: string;
  /** SQLSTATE of the error, when the server gave one (57014 timeout, 55P03 lock timeout, 42501 privilege). */
  code?: string;
  durationMs: number;
}

export interface ScannedModule {
  name: string;
  /** Module folder relative to the addons root it was found under. */
  path: string;
  /** Index into scan.roots. */
  root: number;
  version: string;
  /** The manifest's author; empty when it names none (Odoo then stamps "Odoo S.A." in the database). */
  author: string;
  summary: string;
  license: string;
  website: string;
  depends: string[];
  /** False when the manifest says `installable: False`: such a module cannot run. */
  installable: boolean;
  /** The folder lies in Odoo's own source tree (an addons folder beside odoo-bin or release.py). */
  inOdooTree: boolean;
  /** Files of the line scan (catalog scan.extensions), skipped ones included. */
  files: number;
  /** Lines of code (not blank, not only a comment) per language, counted from the text the scanner
   * reads (cli/line-count.ts says which files count where); absent in snapshots made before. */
  lines?: ModuleLines;
}

export interface SignatureMatch {
  /** Module name (its folder name). */
  module: string;
  /** File relative to the addons root, POSIX separators. */
  file: string;
  line: number;
  signature: string;
  /** First non-empty capture group of the signature (a channel name, for notify/listen). */
  capture?: string;
  /** Enclosing Python class/function, dotted ("ResPartner.write"); empty at module level. */
  scope: string;
  /** Import matches in Python: the names the statement binds, whether the file uses one again,
   * and how: the attributes read on them ('' for a bare use). */
  bound?: string[];
  used?: boolean;
  uses?: string[];
  /** The source line, trimmed, redacted and truncated. */
  snippet: string;
}

export interface SkippedFile { file: string; reason: string }

export interface ScanFacts {
  roots: { path: string; modules: number }[];
  modules: ScannedModule[];
  matches: SignatureMatch[];
  skipped: SkippedFile[];
  filesScanned: number;
  bytesScanned: number;
  durationMs: number;
  /** Present when the scan was cut short (the Odoo module's rescan time budget): why, in words. */
  stoppedEarly?: string;
  /** Version 3: the parsed structure of each module whose files hold a match of a store's signature
   * (the line scan is the first pass; only those modules are parsed). Absent in older snapshots. */
  structure?: ModuleStructure[];
}

// ---- Structure facts (version 3) -------------------------------------------------------------
// Collected by parsing Python (never running it): the Python collector with `ast`, pgcap with a
// Python grammar. Both emit exactly the same JSON for the same files (test/fixtures/
// expected-structure.json holds them to it). Facts only: core/usage.ts judges what they mean.
//
// Normalised text of an expression ("dotted text"), used for callees, decorators, bases, refs:
//   Name                 -> its identifier                         self
//   Attribute            -> <value>.<attr>                         self.env.cr.postcommit.add
//   Call                 -> <func>()  (arguments dropped)           self.with_delay().push
//   Subscript, key a plain string literal -> <value>["<key>"]  (JSON string escaping)
//                                                                  self.env["res.partner"].search
//   Subscript, other key -> <value>[]
//   anything else (literal, lambda, parenthesised non-name, f-string, ...) -> ?
//   A text longer than 200 characters is cut to 200.

export interface ModuleStructure {
  module: string;
  /** Python files of the module that could not be parsed (syntax error, too large, too deep). */
  unparsed: SkippedFile[];
  /** Classes at the top level of the module's Python files, in file then line order. */
  classes: ClassFacts[];
  /** Functions at the top level of the module's Python files (not in a class). */
  functions: FunctionFacts[];
  /** Calls at the top level of each Python file, outside any def or class (`CLIENT = redis.Redis(...)`),
   * one entry per file that has any, in file order. */
  moduleLevel: { file: string; calls: CallFacts[] }[];
  /** ir.cron and ir.actions.server records of the module's XML data files. */
  actions: DataAction[];
  /** Manifest hooks that name a function: post_init_hook, pre_init_hook, uninstall_hook. */
  hooks: { hook: string; function: string }[];
}

export interface ClassFacts {
  /** File relative to the addons root, POSIX separators (as in SignatureMatch). */
  file: string;
  line: number;
  endLine: number;
  name: string;
  /** Dotted text of each base class expression: models.Model, http.Controller. */
  bases: string[];
  /** The class body's `_name = '...'` string, else null. */
  model: string | null;
  /** `_inherit = '...'` or a list/tuple of strings; [] when absent. */
  inherit: string[];
  /** `_table = '...'`, else null. */
  table: string | null;
  /** Class-level `name = fields.Type(...)` assignments. */
  fields: FieldFacts[];
  /** Functions defined in the class body (methods), in line order: directly, or inside the body's
   * if/elif/else and try/except/else/finally branches (one definition per Odoo version or import). */
  methods: FunctionFacts[];
}

export interface FieldFacts {
  name: string;
  line: number;
  /** The attribute called on `fields`: Char, Many2one, Json... */
  type: string;
  /** compute= / inverse= / related= keyword: the string literal, or the identifier of a bare name; else null. */
  compute: string | null;
  inverse: string | null;
  related: string | null;
  /** store= keyword when it is the literal True or False, else null. */
  store: boolean | null;
}

export interface FunctionFacts {
  file: string;
  name: string;
  /** Line of `def` (decorators not included) and the last line of the body. */
  line: number;
  endLine: number;
  /** Dotted text of each decorator's expression, call arguments dropped: api.depends, http.route. */
  decorators: string[];
  /** String literal arguments of the decorators, in order (field names of api.depends/onchange, route paths). */
  decoratorStrings: string[];
  /** Parameter names in order, self included. */
  params: string[];
  /** Every call in the body, nested functions, lambdas, comprehensions and classes defined inside it
   * included (their calls belong to this function; a class nested in a class body is ignored),
   * ordered by start position; a call starting where another starts
   * (`a.b().c()` holds `a.b()`) comes after the outer one. At most limits.maxCallsPerFunction. */
  calls: CallFacts[];
  /** Attribute names read on `self` or on the target of a `for` loop over an expression whose
   * dotted text starts with `self` (for rec in self: rec.name), excluding attributes that are
   * called (methods); sorted, unique. */
  attributes: string[];
  /** String keys of subscripts on plain names: vals['name'], vals.get('name') -> 'vals.name'; sorted, unique. */
  keys: string[];
  /** Plain names returned: `return x` -> ['x']; `return a, b` -> ['a','b']; sorted, unique. */
  returns: string[];
}

export interface CallFacts {
  line: number;
  /** Dotted text of the called expression. */
  callee: string;
  /** Identifiers (Name nodes) anywhere in the arguments, sorted, unique. */
  names: string[];
  /** Keyword argument names in source order (`**kw` shows as **). */
  keywords: string[];
  /** Arguments (positional or keyword values) that are a Name or Attribute chain: their dotted text, in order. */
  refs: string[];
  /** String literal arguments and string elements of list/tuple/set arguments, and string keys of
   * dict arguments, in order, each cut to 80 characters, at most 10. */
  strings: string[];
  /** Names bound to the result: `x = call()`, `x, y = call()`, `for x in call()`, `with call() as x`;
   * else []. Only for the outermost call of the assigned expression. */
  targets: string[];
}

export interface DataAction {
  file: string;
  line: number;
  /** XML id of the record. */
  id: string;
  kind: 'cron' | 'server_action';
  name: string;
  /** The model: model_id's ref with its `model_` prefix dropped (dots unknown: model_product_template),
   * or the `model` field of older crons; null when neither is given. */
  modelRef: string | null;
  /** The `code` field's text (trimmed, at most 500 characters), or '' when there is none. */
  code: string;
  /** Odoo 10-13 crons name a method in a `function` field; else null. */
  function: string | null;
  /** `interval_type` and `interval_number` fields as written, else null. */
  interval: string | null;
}

/** Facts only the Odoo module can see (it runs beside the filestore and sessions). */
export interface OdooHostFacts {
  /** Attachments on disk under the data directory, counted within a time budget. */
  filestore: { files: number; bytes: number; complete: boolean; reason?: string } | null;
  /** Odoo's session store: the kind ('filesystem' or the class name) and the number of sessions it holds when countable. */
  sessions: { kind: string; files: number | null } | null;
  /** Names (never values) of server options (odoo.tools.config) whose name points at a store. */
  serverOptions: string[];
}

export interface Snapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  version: number;
  collectedAt: string;
  /** odooPid: the process id of the Odoo server that collected it (the module, not pgcap): Odoo
   *  names its connections odoo-<pid>, which ties its bus listener to the audited database. */
  collector: { name: string; version: string; runtime: string; odooPid?: number };
  catalogVersion: number;
  /** Present when a database was audited. */
  database: { probes: ProbeResult[]; durationMs: number } | null;
  /** Present when addons folders were scanned. */
  scan: ScanFacts | null;
  /** Version 3, the Odoo module only: filestore, sessions and server options it sees. */
  odoo?: OdooHostFacts | null;
}

const V1_MODULE_DEFAULTS = { license: '', website: '', depends: [] as string[], installable: true, inOdooTree: false };

/** A snapshot of version 1 lacks the module facts added in 2: fill them in as unknown. */
export function upgradeSnapshot(s: Snapshot): Snapshot {
  if (!s.scan || s.version >= 2) return s;
  return {
    ...s,
    scan: {
      ...s.scan,
      modules: s.scan.modules.map((m) => ({ ...V1_MODULE_DEFAULTS, ...(m as Partial<ScannedModule>) }) as ScannedModule),
    },
  };
}

export function probeResult(snapshot: Snapshot, id: string): ProbeResult | undefined {
  return snapshot.database?.probes.find((p) => p.id === id);
}

export function probeRows(snapshot: Snapshot, id: string): ProbeRow[] {
  const p = probeResult(snapshot, id);
  return p && p.status === 'ok' ? p.rows : [];
}
