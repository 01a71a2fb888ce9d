/** @odoo-module **/
// pg_capabilities dashboard, built from static_src/dashboard and static_src/core by
// build/dashboard.mjs (npm run build). Do not edit: edit the TypeScript sources.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

import { registry as registry2 } from "@web/core/registry";

import { Component as Component5, onMounted as onMounted2, onWillStart as onWillStart2, onWillUnmount as onWillUnmount2, useExternalListener, useRef as useRef2, useState as useState2 } from "@odoo/owl";
import { _t as _t8 } from "@web/core/l10n/translation";
import { useService } from "@web/core/utils/hooks";
import { Layout } from "@web/search/layout";

function formatBytes(n) {
  if (n == null || !Number.isFinite(n)) return "";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return "".concat(u === 0 ? Math.round(v) : v.toFixed(v < 10 ? 1 : 0), " ").concat(units[u]);
}
function formatNumber(n) {
  if (n == null || !Number.isFinite(n)) return "";
  return Math.round(n).toLocaleString("en-US");
}
function formatCell(value, kind) {
  if (value == null) return "";
  if (kind === "bytes") return typeof value === "number" ? formatBytes(value) : String(value);
  if (kind === "number") return typeof value === "number" ? formatNumber(value) : String(value);
  if (kind === "bool") return value === true ? "yes" : value === false ? "no" : String(value);
  return String(value);
}
var PART_STATUS = { in_use: "in use", not_in_use: "none found", not_checked: "not checked" };
function describeParts(parts) {
  const looked = parts.filter((p) => p.status !== "not_checked").map((p) => "".concat(p.part, " (").concat(PART_STATUS[p.status], ")"));
  const notChecked = parts.filter((p) => p.status === "not_checked").map((p) => "".concat(p.part, " (").concat(p.reason, ")"));
  return [looked.length ? "Looked at: ".concat(looked.join(", "), ".") : "", notChecked.length ? "Not checked: ".concat(notChecked.join("; "), ".") : ""].filter(Boolean).join(" ");
}
var INVISIBLE = /(?!\t)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;
var INVISIBLE_IN_JSON = /[\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;
var codePoint = (c) => "U+".concat(c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0"));
function visible(s) {
  return s.replace(INVISIBLE, (c) => "<".concat(codePoint(c), ">"));
}
function shorten(s, max) {
  if (s.length <= max) return s;
  let head = Math.ceil((max - 1) * 0.6);
  let tail = s.length - (max - 1 - head);
  if (/[\uD800-\uDBFF]/.test(s[head - 1] ?? "")) head -= 1;
  if (/[\uDC00-\uDFFF]/.test(s[tail] ?? "")) tail += 1;
  return "".concat(s.slice(0, head), "…").concat(s.slice(tail));
}
function displayText(s, max) {
  return shorten(visible(s), max);
}
function jsonText(value) {
  const text3 = JSON.stringify(value, null, 2).replace(INVISIBLE_IN_JSON, (c) => [...Array(c.length).keys()].map((i) => "\\u".concat(c.charCodeAt(i).toString(16).padStart(4, "0"))).join(""));
  return "".concat(text3, "\n");
}
var HAS_INVISIBLE = new RegExp(INVISIBLE.source, "u");
function visibleCopy(value) {
  const walk = (v) => {
    if (typeof v === "string") return HAS_INVISIBLE.test(v) ? visible(v) : v;
    if (Array.isArray(v)) {
      let out = null;
      v.forEach((x, i) => {
        const w = walk(x);
        if (w !== x) (out ?? (out = [...v]))[i] = w;
      });
      return out ?? v;
    }
    if (v && typeof v === "object") {
      let out = null;
      for (const [k, x] of Object.entries(v)) {
        const w = k === "id" ? x : walk(x);
        if (w !== x) (out ?? (out = { ...v }))[k] = w;
      }
      return out ?? v;
    }
    return v;
  };
  return walk(value);
}

import { Component, onMounted, onWillStart, onWillUnmount, useRef } from "@odoo/owl";
import { loadBundle } from "@web/core/assets";
import { _t as _t3 } from "@web/core/l10n/translation";

import { _t } from "@web/core/l10n/translation";
import { deserializeDateTime, formatDateTime } from "@web/core/l10n/dates";
import { formatFloat, formatInteger } from "@web/views/fields/formatters";
function integer(n) {
  return n == null || !Number.isFinite(n) ? "" : formatInteger(Math.round(n));
}
function size(bytes2) {
  if (bytes2 == null || !Number.isFinite(bytes2)) return "";
  let v = bytes2;
  let u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    u += 1;
  }
  const n = u === 0 ? integer(v) : formatFloat(v, { digits: [16, v < 10 ? 1 : 0] });
  switch (u) {
    case 0:
      return _t("%(size)s B", { size: n });
    case 1:
      return _t("%(size)s kB", { size: n });
    case 2:
      return _t("%(size)s MB", { size: n });
    case 3:
      return _t("%(size)s GB", { size: n });
    default:
      return _t("%(size)s TB", { size: n });
  }
}
function dateTime(utc) {
  if (!utc) return "";
  try {
    const dt = deserializeDateTime(String(utc).replace("T", " ").replace(/(\.\d+)?Z?$/, ""));
    if (!dt.isValid) return String(utc);
    return _t("%(date)s (%(zone)s)", { date: formatDateTime(dt), zone: dt.toFormat("ZZZZ") });
  } catch {
    return String(utc);
  }
}

import { _t as _t2 } from "@web/core/l10n/translation";
function verdictTitle(v) {
  switch (v) {
    case "refuse":
      return _t2("Refuse");
    case "replace":
      return _t2("Replace");
    case "keep":
      return _t2("Keep");
    case "review":
      return _t2("Review");
    default:
      return v ? String(v) : _t2("No verdict");
  }
}
function severityTitle(s) {
  switch (s) {
    case "critical":
      return _t2("Critical");
    case "high":
      return _t2("High");
    case "medium":
      return _t2("Medium");
    case "low":
      return _t2("Low");
    case "info":
      return _t2("Information");
    default:
      return s ? String(s) : "";
  }
}
function roleTitle(r) {
  switch (r) {
    case "derived":
      return _t2("Derived (rebuildable from PostgreSQL)");
    case "authoritative":
      return _t2("Authoritative (holds data of its own)");
    case "unknown":
      return _t2("Role unknown");
    default:
      return r ? String(r) : _t2("None");
  }
}
function badgeClass(kind, value) {
  return value ? "badge o_pgcap_badge o_pgcap_".concat(kind, "_").concat(value) : "badge o_pgcap_badge o_pgcap_badge_none";
}

var SEVERITY_COLORS = { critical: "#a61b1b", high: "#c35a00", medium: "#b08800", low: "#1e6b30", info: "#5c636a" };
var Charts = class extends Component {
  constructor() {
    super(...arguments);
    __publicField(this, "severityCanvas");
    __publicField(this, "jsonbCanvas");
    __publicField(this, "charts", []);
  }
  setup() {
    this.severityCanvas = useRef("severityCanvas");
    this.jsonbCanvas = useRef("jsonbCanvas");
    onWillStart(async () => {
      await loadBundle("web.chartjs_lib").catch(() => void 0);
    });
    onMounted(() => this.draw());
    onWillUnmount(() => this.charts.forEach((c) => c.destroy()));
  }
  get chart() {
    return globalThis.Chart;
  }
  get hasFindings() {
    return this.props.severities.some((s) => s.count > 0);
  }
  /** Only columns holding data: a fresh database's empty columns are no chart from 0 B to 1 B. */
  get jsonbData() {
    return this.props.jsonb.filter((j) => j.bytes > 0);
  }
  get severityRows() {
    return this.props.severities.map((s) => ({ key: s.severity, label: severityTitle(s.severity), value: integer(s.count) }));
  }
  get jsonbRows() {
    return this.jsonbData.map((j) => ({ key: j.label, label: j.label, value: size(j.bytes) }));
  }
  get jsonbEmpty() {
    return this.props.jsonbColumns ? _t3("No jsonb data yet: the %(count)s jsonb columns of this database hold no data PostgreSQL has measured.", { count: integer(this.props.jsonbColumns) }) : _t3("No jsonb data yet: this database has no jsonb column.");
  }
  get chartAlt() {
    return _t3("Bar chart; the table under it gives the same figures.");
  }
  draw() {
    const Chart = this.chart;
    if (!Chart) return;
    const sev2 = this.props.severities;
    if (this.severityCanvas.el && this.hasFindings) {
      this.charts.push(new Chart(this.severityCanvas.el, {
        type: "bar",
        data: { labels: sev2.map((s) => severityTitle(s.severity)), datasets: [{ label: _t3("Findings"), data: sev2.map((s) => s.count), backgroundColor: sev2.map((s) => SEVERITY_COLORS[s.severity]) }] },
        options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0, callback: (v) => integer(v) } } } }
      }));
    }
    const jsonb = this.jsonbData;
    if (this.jsonbCanvas.el && jsonb.length) {
      this.charts.push(new Chart(this.jsonbCanvas.el, {
        type: "bar",
        data: { labels: jsonb.map((j) => j.label), datasets: [{ label: _t3("jsonb size"), data: jsonb.map((j) => j.bytes), backgroundColor: "#714b67" }] },
        options: {
          indexAxis: "y",
          maintainAspectRatio: false,
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: (ctx) => size(ctx.raw) } } },
          scales: { x: { beginAtZero: true, ticks: { callback: (v) => size(v) } } }
        }
      }));
    }
  }
};
__publicField(Charts, "template", "pg_capabilities.Charts");
__publicField(Charts, "props", ["*"]);

import { Component as Component2 } from "@odoo/owl";
import { _t as _t5 } from "@web/core/l10n/translation";

import { _t as _t4 } from "@web/core/l10n/translation";
var TARGET = {
  module: (l) => ({ model: "ir.module.module", domain: [["name", "=", l.name]] }),
  model: (l) => ({ model: "ir.model", domain: [["model", "=", l.model]] }),
  field: (l) => ({ model: "ir.model.fields", domain: [["model", "=", l.model], ["name", "=", l.name]] })
};
function linkTarget(link) {
  return TARGET[link.kind](link);
}
function linkTitle(link) {
  if (link.kind === "module") return _t4("Open the module %(name)s in Apps", { name: link.name });
  if (link.kind === "model") return _t4("Open the model %(model)s", { model: link.model });
  return _t4("Open the field %(name)s of %(model)s", { name: link.name, model: link.model });
}
async function openRecord(link, svc) {
  const { model, domain } = linkTarget(link);
  const [found] = await svc.orm.searchRead(model, domain, ["id"], { limit: 1 });
  if (!found) {
    const name2 = link.kind === "model" ? link.model : link.kind === "field" ? "".concat(link.model, ".").concat(link.name) : link.name;
    svc.notification.add(_t4("%(name)s is not known to this database (removed since the audit, or never installed).", { name: name2 }), { type: "warning" });
    return;
  }
  await svc.action.doAction({ type: "ir.actions.act_window", res_model: model, res_id: found.id, views: [[false, "form"]], target: "current" });
}

var ChangesPanel = class extends Component2 {
  get since() {
    const p = this.props.previous;
    return p.user ? _t5("Compared with the previous audit, collected on %(date)s by %(user)s.", { date: dateTime(p.collected_at), user: p.user }) : _t5("Compared with the previous audit, collected on %(date)s.", { date: dateTime(p.collected_at) });
  }
  get added() {
    return this.props.changes.findings.added;
  }
  get removed() {
    return this.props.changes.findings.removed;
  }
  get verdicts() {
    return this.props.changes.verdicts;
  }
  /** Changes other than the verdict's (severity, role, dual write, state, section, origin). */
  get otherChanges() {
    return this.props.changes.findings.changed.map((c) => ({ ...c, keys: Object.keys(c.to).filter((k) => k !== "verdict") })).filter((c) => c.keys.length);
  }
  get capabilities() {
    return this.props.changes.capabilities;
  }
  get inventory() {
    return this.props.changes.inventory;
  }
  get channels() {
    return this.props.changes.channels;
  }
  get nothing() {
    const c = this.props.changes;
    return !c.findings.added.length && !c.findings.removed.length && !c.findings.changed.length && !c.capabilities.started.length && !c.capabilities.stopped.length && !c.capabilities.items.length && !c.inventory.added.length && !c.inventory.removed.length && !c.inventory.changed.length && !c.channels.added.length && !c.channels.removed.length;
  }
  verdict(v) {
    return verdictTitle(v);
  }
  severity(s) {
    return severityTitle(s);
  }
  badge(kind, v) {
    return badgeClass(kind, v);
  }
  store(s) {
    return this.props.storeTitle(s);
  }
  capability(id) {
    return this.props.capabilityTitle(id);
  }
  count(n) {
    return integer(n);
  }
  role(r) {
    return roleTitle(r);
  }
  moduleLink(name2) {
    return { kind: "module", name: name2 };
  }
  linkTitle(l) {
    return linkTitle(l);
  }
  /** "Severity: Medium → High", one phrase per property that changed. */
  describe(c) {
    return c.keys.map((k) => {
      const show = (v) => k === "severity" ? severityTitle(String(v)) : k === "role" ? roleTitle(String(v)) : k === "dualWrite" ? v ? _t5("yes") : _t5("no") : String(v ?? "");
      const what = k === "severity" ? _t5("Severity") : k === "role" ? _t5("Role") : k === "dualWrite" ? _t5("Dual write") : k === "state" ? _t5("Module state") : k === "section" ? _t5("Listed under") : k === "origin" ? _t5("Origin") : k;
      return _t5("%(what)s: %(before)s → %(after)s", { what, before: show(c.from[k]), after: show(c.to[k]) });
    }).join("; ");
  }
  inventoryChange(c) {
    const parts = [];
    if (c.from.verdict !== c.to.verdict) parts.push(_t5("Verdict: %(before)s → %(after)s", { before: verdictTitle(c.from.verdict), after: verdictTitle(c.to.verdict) }));
    if (c.from.role !== c.to.role) parts.push(_t5("Role: %(before)s → %(after)s", { before: roleTitle(c.from.role), after: roleTitle(c.to.role) }));
    return _t5("%(store)s: %(change)s", { store: c.title, change: parts.join("; ") });
  }
  get toLabel() {
    return _t5("changed to");
  }
};
__publicField(ChangesPanel, "template", "pg_capabilities.ChangesPanel");
__publicField(ChangesPanel, "props", ["*"]);

var JUDGE_BUNDLE = "pg_capabilities.assets_judge";
var SNAPSHOT_MODEL = "pg.capabilities.snapshot";
var FINDINGS_ACTION = "pg_capabilities.action_pg_capabilities_finding";
function toDashboardData(report, audit, previous, changes) {
  const main = report.findings.filter((f) => f.section === "findings");
  const order = ["critical", "high", "medium", "low", "info"];
  const cut = (list2) => list2.map(({ id, module, store, verdict, severity }) => ({ id, module, store, verdict, severity }));
  return {
    audit,
    overview: { ...report, findings: [], mentions: [], skipped: [] },
    severities: order.map((severity) => ({ severity, count: main.filter((f) => f.severity === severity).length })),
    previous,
    changes: changes && {
      ...changes,
      findings: { ...changes.findings, added: cut(changes.findings.added), removed: cut(changes.findings.removed) }
    }
  };
}

import { Component as Component3 } from "@odoo/owl";
import { _t as _t6 } from "@web/core/l10n/translation";

var REPORT_SCHEMA = "pg-capabilities/report";
var REPORT_VERSION = 3;
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
var VERDICTS = ["refuse", "replace", "keep", "review"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}

// manifest.json
var manifest_default = {
  $schema: "./schema/manifest.schema.json",
  catalogVersion: 1,
  limits: {
    statementTimeoutMs: 5e3,
    lockTimeoutMs: 1e3,
    maxFileBytes: 1048576,
    maxLineChars: 2e4,
    maxDepth: 64,
    maxSnippetChars: 200,
    maxMatchesPerModule: 2e3,
    maxCallsPerFunction: 2e3
  },
  scan: {
    manifestFiles: [
      "__manifest__.py",
      "__openerp__.py"
    ],
    extensions: [
      ".py",
      ".xml",
      ".conf",
      ".cfg",
      ".ini",
      ".env",
      ".yml",
      ".yaml",
      ".toml"
    ],
    skipDirs: [
      ".git",
      ".hg",
      ".svn",
      "node_modules",
      "__pycache__",
      ".tox",
      ".venv",
      "venv"
    ],
    selfModules: [
      "pg_capabilities"
    ],
    nonRuntime: {
      dirs: [
        "tests",
        "test",
        "demo",
        "doc",
        "docs",
        "example",
        "examples",
        "sample",
        "samples"
      ],
      filePatterns: [
        "^test_[^/]*\\.py$",
        "^conftest\\.py$"
      ]
    }
  },
  capabilities: [
    {
      id: "jsonb",
      title: "jsonb columns",
      description: "Schemaless data stored as jsonb: Odoo 16+ keeps translated fields, properties and fields.Json this way.",
      probes: [
        "jsonb_columns",
        "odoo_jsonb_fields",
        "jsonb_indexes"
      ],
      replaces: [
        "document"
      ]
    },
    {
      id: "jsonb_indexes",
      title: "Indexes on jsonb",
      description: "Indexes on jsonb columns or on expressions of them: GIN (jsonb_ops, jsonb_path_ops) for containment and keys, btree on a path (data ->> 'x') for equality and sorting.",
      probes: [
        "jsonb_indexes"
      ],
      replaces: [
        "document"
      ]
    },
    {
      id: "full_text",
      title: "Full-text search",
      description: "tsvector columns, to_tsvector expression indexes and text search configurations.",
      probes: [
        "tsvector_columns",
        "indexes",
        "text_search_configs"
      ],
      replaces: [
        "search"
      ]
    },
    {
      id: "trigram",
      title: "Trigram indexes (pg_trgm)",
      description: "gin_trgm_ops/gist_trgm_ops indexes: fast ILIKE and fuzzy search (Odoo index='trigram').",
      probes: [
        "indexes",
        "extensions"
      ],
      replaces: [
        "search"
      ]
    },
    {
      id: "unaccent",
      title: "unaccent",
      description: "Accent-insensitive search with the unaccent extension (Odoo's --unaccent option).",
      probes: [
        "extensions",
        "unaccent_function",
        "indexes"
      ],
      replaces: [
        "search"
      ]
    },
    {
      id: "listen_notify",
      title: "LISTEN/NOTIFY",
      description: "Channels notified and listened to: Odoo's bus (imbus), queue_job, custom channels.",
      probes: [
        "listeners",
        "notify_functions",
        "notification_queue",
        "odoo_bus_traffic",
        "odoo_modules"
      ],
      replaces: [
        "queue",
        "cache"
      ]
    },
    {
      id: "extensions",
      title: "Extensions",
      description: "Extensions installed in the database, and the ones the server could install.",
      probes: [
        "extensions"
      ],
      replaces: []
    },
    {
      id: "partitioning",
      title: "Partitioned tables",
      description: "Declarative partitioning, the PostgreSQL answer to time series and very large append-only tables.",
      probes: [
        "partitions"
      ],
      replaces: [
        "time series",
        "document"
      ]
    },
    {
      id: "brin",
      title: "BRIN indexes",
      description: "Block-range indexes: tiny indexes for naturally ordered data such as timestamps.",
      probes: [
        "indexes"
      ],
      replaces: [
        "time series"
      ]
    },
    {
      id: "materialized_views",
      title: "Materialized views",
      description: "Precomputed query results refreshed on demand: a derived cache inside PostgreSQL.",
      probes: [
        "matviews"
      ],
      replaces: [
        "cache",
        "search"
      ]
    },
    {
      id: "unlogged_tables",
      title: "UNLOGGED tables",
      description: "Tables without WAL: fast scratch and cache storage that PostgreSQL truncates after a crash.",
      probes: [
        "unlogged_tables"
      ],
      replaces: [
        "cache"
      ]
    },
    {
      id: "advisory_locks",
      title: "Advisory locks",
      description: "Application-defined locks held now, and code that takes them.",
      probes: [
        "advisory_locks"
      ],
      replaces: [
        "cache"
      ]
    },
    {
      id: "skip_locked",
      title: "SKIP LOCKED queues",
      description: "Job queues that let workers claim rows with FOR UPDATE SKIP LOCKED (Odoo cron, OCA queue_job).",
      probes: [
        "statements_skip_locked",
        "statements_info"
      ],
      replaces: [
        "queue"
      ]
    },
    {
      id: "pgvector",
      title: "pgvector",
      description: "Embedding columns (vector, halfvec, sparsevec) and their HNSW/IVFFlat indexes.",
      probes: [
        "vector_columns",
        "extensions",
        "indexes"
      ],
      replaces: [
        "vector"
      ]
    },
    {
      id: "large_objects",
      title: "Binary data in PostgreSQL",
      description: "bytea columns and large objects: files kept inside the database and its backups.",
      probes: [
        "binary_storage"
      ],
      replaces: [
        "object storage"
      ]
    }
  ],
  probes: [
    {
      id: "server",
      file: "server.sql",
      description: "Server version, current role and its privileges"
    },
    {
      id: "statistics",
      file: "statistics.sql",
      description: "Since when the statistics counters of the audited database run"
    },
    {
      id: "extensions",
      file: "extensions.sql",
      description: "Installed and available extensions"
    },
    {
      id: "unaccent_function",
      file: "unaccent_function.sql",
      description: "Functions named unaccent with one argument and their volatility (Odoo's --unaccent)"
    },
    {
      id: "jsonb_columns",
      file: "jsonb_columns.sql",
      description: "jsonb columns with size and row estimates from statistics"
    },
    {
      id: "odoo_jsonb_fields",
      file: "odoo_jsonb_fields.sql",
      description: "Odoo model, field, type, translate flag and owning modules of each jsonb column",
      requires: "odoo"
    },
    {
      id: "odoo_modules",
      file: "odoo_modules.sql",
      description: "Odoo modules known to the database (ir_module_module)",
      requires: "odoo"
    },
    {
      id: "odoo_companies",
      file: "odoo_companies.sql",
      description: "Company names of the Odoo database (a module by the audited company is custom code)",
      requires: "odoo"
    },
    {
      id: "indexes",
      file: "indexes.sql",
      description: "GIN, GiST, BRIN, SP-GiST and HNSW/IVFFlat indexes with operator classes, size and scan counts"
    },
    {
      id: "jsonb_indexes",
      file: "jsonb_indexes.sql",
      description: "Every index on a jsonb column or on an expression of it, with method, operator class, validity, size and scans"
    },
    {
      id: "tsvector_columns",
      file: "tsvector_columns.sql",
      description: "tsvector columns"
    },
    {
      id: "text_search_configs",
      file: "text_search_configs.sql",
      description: "Text search configurations and the default one"
    },
    {
      id: "listeners",
      file: "listeners.sql",
      description: "Sessions of any database that listen for notifications"
    },
    {
      id: "notify_functions",
      file: "notify_functions.sql",
      description: "Database functions whose body calls pg_notify or NOTIFY, and their triggers"
    },
    {
      id: "notification_queue",
      file: "notification_queue.sql",
      description: "Fill level of the notification queue"
    },
    {
      id: "odoo_bus_traffic",
      file: "odoo_bus_traffic.sql",
      description: "Traffic of Odoo's bus_bus table from statistics",
      requires: "odoo"
    },
    {
      id: "partitions",
      file: "partitions.sql",
      description: "Partitioned tables with their partitions"
    },
    {
      id: "matviews",
      file: "matviews.sql",
      description: "Materialized views"
    },
    {
      id: "unlogged_tables",
      file: "unlogged_tables.sql",
      description: "UNLOGGED tables"
    },
    {
      id: "advisory_locks",
      file: "advisory_locks.sql",
      description: "Advisory locks held now in the audited database"
    },
    {
      id: "statements_info",
      file: "statements_info.sql",
      description: "pg_stat_statements of the audited database: since when it counts, statements the role may not read",
      requires: "extension:pg_stat_statements"
    },
    {
      id: "statements_skip_locked",
      file: "statements_skip_locked.sql",
      description: "Statements using SKIP LOCKED, from pg_stat_statements",
      requires: "extension:pg_stat_statements"
    },
    {
      id: "vector_columns",
      file: "vector_columns.sql",
      description: "pgvector columns",
      requires: "extension:vector"
    },
    {
      id: "binary_storage",
      file: "binary_storage.sql",
      description: "bytea columns and large objects"
    },
    {
      id: "table_activity",
      file: "table_activity.sql",
      description: "Workload of each table from statistics (row estimate, table and index size, inserts, updates, deletes and scans since the statistics were reset, UNLOGGED, partitioned, GIN, trigram, full-text and BRIN indexes); at most the 10,000 most active, then largest, tables"
    },
    {
      id: "odoo_attachments",
      file: "odoo_attachments.sql",
      description: "Odoo attachments from statistics: how many in the filestore and in the database, the table's size, and the ir_attachment.location parameter",
      requires: "odoo"
    },
    {
      id: "odoo_config_keys",
      file: "odoo_config_keys.sql",
      description: "Keys (never values) of Odoo's system parameters (ir_config_parameter); at most 2,000",
      requires: "odoo"
    }
  ],
  categories: [
    "cache",
    "search",
    "document",
    "queue",
    "object storage",
    "time series",
    "vector",
    "graph",
    "relational"
  ],
  stores: [
    {
      id: "redis",
      title: "Redis",
      category: "cache",
      replacement: {
        capability: "unlogged_tables",
        text: "Keep cached values in PostgreSQL (an UNLOGGED table, or Odoo's own ormcache for per-worker memoization); use LISTEN/NOTIFY for pub/sub and a table read with FOR UPDATE SKIP LOCKED for job queues."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "derived",
      keywords: [
        "redis",
        "walrus",
        "rq"
      ]
    },
    {
      id: "memcached",
      title: "Memcached",
      category: "cache",
      replacement: {
        capability: "unlogged_tables",
        text: "Keep cached values in PostgreSQL (an UNLOGGED table) or in Odoo's ormcache; a cache in front of PostgreSQL is rarely needed for Odoo workloads."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "derived",
      keywords: [
        "memcache",
        "pylibmc",
        "hashclient",
        "pooledclient"
      ]
    },
    {
      id: "elasticsearch",
      title: "Elasticsearch / OpenSearch",
      category: "search",
      replacement: {
        capability: "full_text",
        text: "Search inside PostgreSQL: tsvector columns or to_tsvector expression indexes with GIN for full text, pg_trgm GIN indexes (index='trigram' in Odoo) for fuzzy and ILIKE search, unaccent for accent-insensitive matching."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "elastic",
        "opensearch",
        ":9200"
      ],
      httpApi: true
    },
    {
      id: "solr",
      title: "Apache Solr",
      category: "search",
      replacement: {
        capability: "full_text",
        text: "Search inside PostgreSQL: tsvector + GIN for full text, pg_trgm for fuzzy matching, unaccent for accents."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "solr",
        "sunburnt",
        ":8983"
      ],
      httpApi: true
    },
    {
      id: "algolia",
      title: "Algolia",
      category: "search",
      replacement: {
        capability: "full_text",
        text: "Search inside PostgreSQL: tsvector + GIN for full text, pg_trgm for typo-tolerant matching, unaccent for accents."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "algolia",
        "searchclient"
      ],
      httpApi: true
    },
    {
      id: "typesense",
      title: "Typesense",
      category: "search",
      replacement: {
        capability: "full_text",
        text: "Search inside PostgreSQL: tsvector + GIN for full text, pg_trgm for typo-tolerant matching."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "typesense",
        ":8108"
      ],
      httpApi: true
    },
    {
      id: "meilisearch",
      title: "Meilisearch",
      category: "search",
      replacement: {
        capability: "full_text",
        text: "Search inside PostgreSQL: tsvector + GIN for full text, pg_trgm for typo-tolerant matching."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "meili",
        ":7700"
      ],
      httpApi: true
    },
    {
      id: "mongodb",
      title: "MongoDB",
      category: "document",
      replacement: {
        capability: "jsonb",
        text: "Store documents as jsonb in PostgreSQL (Odoo fields.Json, or a jsonb column) with a GIN index (jsonb_path_ops) for containment queries, in the same transaction as the Odoo records."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "mongo",
        "motor",
        "bson"
      ]
    },
    {
      id: "couchdb",
      title: "CouchDB / Couchbase",
      category: "document",
      replacement: {
        capability: "jsonb",
        text: "Store documents as jsonb in PostgreSQL with a GIN index, in the same transaction as the Odoo records."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "couch",
        "cloudant",
        ":5984"
      ],
      httpApi: true
    },
    {
      id: "cassandra",
      title: "Cassandra / ScyllaDB",
      category: "document",
      replacement: {
        capability: "partitioning",
        text: "Keep wide or append-heavy tables in PostgreSQL with declarative partitioning and BRIN indexes."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "cassandra",
        "cqlengine",
        "cluster",
        "scylla"
      ]
    },
    {
      id: "dynamodb",
      title: "Amazon DynamoDB",
      category: "document",
      replacement: {
        capability: "jsonb",
        text: "Store items as rows with a jsonb column in PostgreSQL, keyed like the DynamoDB table, in the same transaction as the Odoo records."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "dynamodb",
        "pynamodb"
      ],
      httpApi: true
    },
    {
      id: "s3",
      title: "Amazon S3 / S3-compatible (MinIO)",
      category: "object storage",
      replacement: {
        capability: "large_objects",
        text: "Keep attachments in Odoo's filestore (or as bytea in PostgreSQL for small files), backed up together with the database; if object storage is kept, treat it as derived (a backup or CDN copy) and keep the authoritative bytes where the database backup reaches them."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "s3",
        "minio",
        "boto",
        "smart_open",
        "django-storages"
      ],
      httpApi: true
    },
    {
      id: "gcs",
      title: "Google Cloud Storage",
      category: "object storage",
      replacement: {
        capability: "large_objects",
        text: "Keep attachments in Odoo's filestore backed up with the database; treat cloud storage as a derived copy."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "storage",
        "gcs",
        "gs://"
      ],
      httpApi: true
    },
    {
      id: "azure_blob",
      title: "Azure Blob Storage",
      category: "object storage",
      replacement: {
        capability: "large_objects",
        text: "Keep attachments in Odoo's filestore backed up with the database; treat blob storage as a derived copy."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "azure",
        "blob",
        "containerclient",
        "accountkey"
      ],
      httpApi: true
    },
    {
      id: "swift",
      title: "OpenStack Swift",
      category: "object storage",
      replacement: {
        capability: "large_objects",
        text: "Keep attachments in Odoo's filestore backed up with the database; treat Swift as a derived copy."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "swift",
        "/v1/auth_"
      ],
      httpApi: true
    },
    {
      id: "kafka",
      title: "Apache Kafka",
      category: "queue",
      replacement: {
        capability: "listen_notify",
        text: "Write events to an outbox table in the same transaction as the Odoo change; wake consumers with LISTEN/NOTIFY and let workers claim rows with FOR UPDATE SKIP LOCKED (OCA queue_job works this way). Publish to Kafka, if at all, from the outbox after commit."
      },
      roleWhenWrites: "unknown",
      roleWhenReadOnly: "unknown",
      keywords: [
        "kafka",
        "faust",
        "serializingproducer",
        "deserializingconsumer",
        ":9092",
        "bootstrap"
      ]
    },
    {
      id: "rabbitmq",
      title: "RabbitMQ / AMQP (pika, kombu, Celery)",
      category: "queue",
      replacement: {
        capability: "skip_locked",
        text: "Use a job table claimed with FOR UPDATE SKIP LOCKED and woken by LISTEN/NOTIFY (OCA queue_job, or Odoo's ir.cron triggers) so that enqueuing commits with the business change."
      },
      roleWhenWrites: "unknown",
      roleWhenReadOnly: "unknown",
      keywords: [
        "pika",
        "kombu",
        "celery",
        "amqp",
        "dramatiq",
        "rabbitmq",
        "broker_url"
      ]
    },
    {
      id: "influxdb",
      title: "InfluxDB",
      category: "time series",
      replacement: {
        capability: "brin",
        text: "Keep time series in PostgreSQL: a table partitioned by time range with BRIN indexes on the timestamp (or TimescaleDB where it is allowed)."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "influx",
        ":8086"
      ],
      httpApi: true
    },
    {
      id: "clickhouse",
      title: "ClickHouse",
      category: "time series",
      replacement: {
        capability: "partitioning",
        text: "For analytics inside PostgreSQL: partitioned tables with BRIN indexes and materialized views refreshed CONCURRENTLY."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "clickhouse",
        "aiochclient",
        ":8123"
      ],
      httpApi: true
    },
    {
      id: "vector_db",
      title: "Vector database (Qdrant, Pinecone, Weaviate, Chroma, Milvus)",
      category: "vector",
      replacement: {
        capability: "pgvector",
        text: "Store embeddings in PostgreSQL with pgvector (vector columns, HNSW or IVFFlat indexes) next to the records they describe, so they change in the same transaction."
      },
      roleWhenWrites: "derived",
      roleWhenReadOnly: "unknown",
      keywords: [
        "qdrant",
        "pinecone",
        "weaviate",
        "chroma",
        "milvus",
        "lancedb",
        ":6333",
        ":19530"
      ],
      httpApi: true
    },
    {
      id: "neo4j",
      title: "Neo4j",
      category: "graph",
      replacement: {
        capability: "extensions",
        text: "Model the graph in PostgreSQL tables and walk it with recursive CTEs (WITH RECURSIVE); ltree for hierarchies, as Odoo does with parent_path."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "unknown",
      keywords: [
        "neo4j",
        "py2neo",
        "neomodel",
        "graphdatabase",
        "bolt"
      ]
    },
    {
      id: "mysql",
      title: "MySQL / MariaDB",
      category: "relational",
      replacement: {
        capability: "extensions",
        text: "Move the data into PostgreSQL, or read it in place through a foreign data wrapper (mysql_fdw) instead of a second client connection in Python."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "authoritative",
      keywords: [
        "mysql",
        "mariadb"
      ]
    },
    {
      id: "mssql",
      title: "Microsoft SQL Server",
      category: "relational",
      replacement: {
        capability: "extensions",
        text: "Move the data into PostgreSQL, or read it in place through a foreign data wrapper (tds_fdw)."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "authoritative",
      keywords: [
        "mssql",
        "tds",
        "sql server",
        "sqlserver",
        "sql_server"
      ]
    },
    {
      id: "oracle",
      title: "Oracle Database",
      category: "relational",
      replacement: {
        capability: "extensions",
        text: "Move the data into PostgreSQL, or read it in place through a foreign data wrapper (oracle_fdw)."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "authoritative",
      keywords: [
        "oracle"
      ]
    },
    {
      id: "sqlite",
      title: "SQLite",
      category: "relational",
      replacement: {
        capability: "unlogged_tables",
        text: "Keep the data in PostgreSQL tables (UNLOGGED if it is a rebuildable scratch area); a local SQLite file is invisible to backups and to the other Odoo workers."
      },
      roleWhenWrites: "unknown",
      roleWhenReadOnly: "authoritative",
      keywords: [
        "sqlite",
        "apsw"
      ]
    },
    {
      id: "odbc",
      title: "ODBC data source",
      category: "relational",
      replacement: {
        capability: "extensions",
        text: "Move the data into PostgreSQL, or read it in place through a foreign data wrapper (odbc_fdw)."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "authoritative",
      keywords: [
        "odbc"
      ],
      driverFor: [
        "mssql",
        "mysql",
        "oracle",
        "sqlite"
      ]
    },
    {
      id: "sqlalchemy",
      title: "SQLAlchemy engine",
      category: "relational",
      replacement: {
        capability: "extensions",
        text: "Move the data into PostgreSQL, or read it in place through a foreign data wrapper (postgres_fdw, mysql_fdw, tds_fdw, oracle_fdw)."
      },
      roleWhenWrites: "authoritative",
      roleWhenReadOnly: "authoritative",
      keywords: [
        "sqlalchemy",
        "create_engine"
      ],
      driverFor: [
        "mssql",
        "mysql",
        "oracle",
        "sqlite"
      ],
      driverOnly: true
    }
  ],
  signatures: [
    {
      id: "redis.import",
      store: "redis",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:redis|aioredis|walrus|rq|redis_lock)\\b|from\\s+(?:redis|aioredis|walrus|rq|redis_lock)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "redis.client",
      store: "redis",
      kind: "client",
      pattern: "\\b(?:redis\\.(?:StrictRedis|Redis|ConnectionPool|Sentinel|from_url)|StrictRedis|Redis\\.from_url|aioredis\\.from_url)\\s*\\("
    },
    {
      id: "redis.url",
      store: "redis",
      kind: "url",
      pattern: "\\brediss?://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "redis.manifest",
      store: "redis",
      kind: "manifest",
      pattern: "['\"](?:redis|hiredis|aioredis|rq|walrus|python-redis-lock)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "redis.config",
      store: "redis",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:redis))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "redis.config_xml",
      store: "redis",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:redis)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "redis.config_file",
      store: "redis",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:redis))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "redis.write",
      store: "redis",
      kind: "write",
      pattern: "\\.(?:setex|psetex|hset|hmset|hsetnx|lpush|rpush|sadd|zadd|xadd|mset|msetnx|incr|incrby|decr|publish)\\s*\\(|\\.set\\s*\\([^()\\n]*\\b(?:ex|px|nx)\\s*=",
      context: true
    },
    {
      id: "redis.read",
      store: "redis",
      kind: "read",
      pattern: "\\.(?:hget|hgetall|mget|lrange|smembers|zrange|xread|blpop|brpop|subscribe)\\s*\\(",
      context: true
    },
    {
      id: "redis.derived_hint",
      store: "redis",
      kind: "derived_hint",
      pattern: "\\.(?:setex|psetex|expire|pexpire|expireat|flushdb|flushall)\\s*\\(|\\b(?:ex|px)\\s*=\\s*[A-Za-z0-9_]",
      context: true
    },
    {
      id: "memcached.import",
      store: "memcached",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:pymemcache|memcache|pylibmc|bmemcached)\\b|from\\s+(?:pymemcache|memcache|pylibmc|bmemcached)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "memcached.client",
      store: "memcached",
      kind: "client",
      pattern: "\\b(?:memcache\\.Client|pylibmc\\.Client|bmemcached\\.Client|HashClient|PooledClient)\\s*\\(|\\bpymemcache\\.client(?:\\.[A-Za-z0-9_]+)?\\.Client\\s*\\("
    },
    {
      id: "memcached.url",
      store: "memcached",
      kind: "url",
      pattern: "\\bmemcached?://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "memcached.manifest",
      store: "memcached",
      kind: "manifest",
      pattern: "['\"](?:pymemcache|python-memcached|memcache|pylibmc|python-binary-memcached|bmemcached)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "memcached.config",
      store: "memcached",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:memcache))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "memcached.config_xml",
      store: "memcached",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:memcache)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "memcached.config_file",
      store: "memcached",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:memcache))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "memcached.write",
      store: "memcached",
      kind: "write",
      pattern: "\\.(?:set|add|replace|set_many|set_multi|incr|decr|touch)\\s*\\(",
      context: true
    },
    {
      id: "elasticsearch.import",
      store: "elasticsearch",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:elasticsearch|elasticsearch7|elasticsearch8|elasticsearch_dsl|opensearchpy|opensearch_dsl)\\b|from\\s+(?:elasticsearch|elasticsearch7|elasticsearch8|elasticsearch_dsl|opensearchpy|opensearch_dsl)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "elasticsearch.client",
      store: "elasticsearch",
      kind: "client",
      pattern: "\\b(?:Elasticsearch|AsyncElasticsearch|OpenSearch|AsyncOpenSearch)\\s*\\("
    },
    {
      id: "elasticsearch.url",
      store: "elasticsearch",
      kind: "url",
      pattern: "https?://[^\\s'\"/]*(?:elastic|opensearch)[^\\s'\"]*|[A-Za-z0-9.-]:9200\\b",
      flags: "i",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "elasticsearch.manifest",
      store: "elasticsearch",
      kind: "manifest",
      pattern: "['\"](?:elasticsearch|elasticsearch7|elasticsearch8|elasticsearch-dsl|elasticsearch_dsl|opensearch-py|opensearchpy|opensearch-dsl)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "elasticsearch.config",
      store: "elasticsearch",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:elasticsearch|opensearch|elastic_))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "elasticsearch.config_xml",
      store: "elasticsearch",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:elasticsearch|opensearch|elastic_)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "elasticsearch.config_file",
      store: "elasticsearch",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:elasticsearch|opensearch|elastic_))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "elasticsearch.write",
      store: "elasticsearch",
      kind: "write",
      pattern: "\\.(?:index)\\s*\\(\\s*(?:index\\s*=|['\"])|\\.(?:bulk|update_by_query|delete_by_query|put_mapping|create_index)\\s*\\(|helpers\\.(?:bulk|streaming_bulk|parallel_bulk)\\s*\\(|\\.indices\\.(?:create|delete|put_mapping)\\s*\\(",
      context: true
    },
    {
      id: "elasticsearch.read",
      store: "elasticsearch",
      kind: "read",
      pattern: "\\.(?:msearch|scroll|mget)\\s*\\(|\\.search\\s*\\(\\s*(?:index|body|query)\\s*=",
      context: true
    },
    {
      id: "elasticsearch.derived_hint",
      store: "elasticsearch",
      kind: "derived_hint",
      pattern: "\\b(?=[A-Za-z_]*(?![A-Za-z0-9_]))[A-Za-z_]*?(?:reindex|re_index|rebuild_index|recreate_index|index_records|index_documents|sync_index)",
      flags: "i",
      context: true
    },
    {
      id: "solr.import",
      store: "solr",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:pysolr|solrq|SolrClient|sunburnt)\\b|from\\s+(?:pysolr|solrq|SolrClient|sunburnt)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "solr.client",
      store: "solr",
      kind: "client",
      pattern: "\\bpysolr\\.Solr\\s*\\(|\\bSolr\\s*\\("
    },
    {
      id: "solr.url",
      store: "solr",
      kind: "url",
      pattern: "https?://[^\\s'\"]{0,256}(?::8983\\b|/solr/)",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "solr.manifest",
      store: "solr",
      kind: "manifest",
      pattern: "['\"](?:pysolr|solrq|SolrClient)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "solr.config",
      store: "solr",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:solr))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "solr.config_xml",
      store: "solr",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:solr)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "solr.config_file",
      store: "solr",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:solr))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "solr.write",
      store: "solr",
      kind: "write",
      pattern: "\\.(?:add|commit|optimize|delete)\\s*\\(",
      context: true
    },
    {
      id: "algolia.import",
      store: "algolia",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:algoliasearch)\\b|from\\s+(?:algoliasearch)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "algolia.client",
      store: "algolia",
      kind: "client",
      pattern: "\\bSearchClient\\.create\\s*\\(|\\balgoliasearch\\.Client\\s*\\("
    },
    {
      id: "algolia.url",
      store: "algolia",
      kind: "url",
      pattern: "algolia(?:net)?\\.(?:net|com|io)\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "algolia.manifest",
      store: "algolia",
      kind: "manifest",
      pattern: "['\"](?:algoliasearch)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "algolia.config",
      store: "algolia",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:algolia))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "algolia.config_xml",
      store: "algolia",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:algolia)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "algolia.config_file",
      store: "algolia",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:algolia))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "algolia.write",
      store: "algolia",
      kind: "write",
      pattern: "\\.(?:save_objects|save_object|partial_update_objects|partial_update_object|replace_all_objects|delete_objects|add_objects)\\s*\\(",
      context: true
    },
    {
      id: "typesense.import",
      store: "typesense",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:typesense)\\b|from\\s+(?:typesense)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "typesense.client",
      store: "typesense",
      kind: "client",
      pattern: "\\btypesense\\.Client\\s*\\("
    },
    {
      id: "typesense.url",
      store: "typesense",
      kind: "url",
      pattern: "\\btypesense\\.net\\b|[A-Za-z0-9.-]:8108\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "typesense.manifest",
      store: "typesense",
      kind: "manifest",
      pattern: "['\"](?:typesense)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "typesense.config",
      store: "typesense",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:typesense))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "typesense.config_xml",
      store: "typesense",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:typesense)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "typesense.config_file",
      store: "typesense",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:typesense))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "typesense.write",
      store: "typesense",
      kind: "write",
      pattern: "\\.documents\\.(?:create|upsert|import_|update|delete)\\s*\\(",
      context: true
    },
    {
      id: "meilisearch.import",
      store: "meilisearch",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:meilisearch|meilisearch_python_sdk)\\b|from\\s+(?:meilisearch|meilisearch_python_sdk)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "meilisearch.client",
      store: "meilisearch",
      kind: "client",
      pattern: "\\bmeilisearch\\.Client\\s*\\("
    },
    {
      id: "meilisearch.url",
      store: "meilisearch",
      kind: "url",
      pattern: "\\bmeilisearch\\.(?:io|com)\\b|[A-Za-z0-9.-]:7700\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "meilisearch.manifest",
      store: "meilisearch",
      kind: "manifest",
      pattern: "['\"](?:meilisearch|meilisearch-python-sdk)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "meilisearch.config",
      store: "meilisearch",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:meili))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "meilisearch.config_xml",
      store: "meilisearch",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:meili)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "meilisearch.config_file",
      store: "meilisearch",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:meili))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "meilisearch.write",
      store: "meilisearch",
      kind: "write",
      pattern: "\\.(?:add_documents|update_documents|delete_documents|delete_all_documents)\\s*\\(",
      context: true
    },
    {
      id: "mongodb.import",
      store: "mongodb",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:pymongo|motor|mongoengine|bson)\\b|from\\s+(?:pymongo|motor|mongoengine|bson)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "mongodb.client",
      store: "mongodb",
      kind: "client",
      pattern: "\\b(?:MongoClient|AsyncIOMotorClient)\\s*\\(|\\bmongoengine\\.connect\\s*\\("
    },
    {
      id: "mongodb.url",
      store: "mongodb",
      kind: "url",
      pattern: "\\bmongodb(?:\\+srv)?://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "mongodb.manifest",
      store: "mongodb",
      kind: "manifest",
      pattern: "['\"](?:pymongo|motor|mongoengine)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "mongodb.config",
      store: "mongodb",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:mongo))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "mongodb.config_xml",
      store: "mongodb",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:mongo)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "mongodb.config_file",
      store: "mongodb",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:mongo))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "mongodb.write",
      store: "mongodb",
      kind: "write",
      pattern: "\\.(?:insert_one|insert_many|update_one|update_many|replace_one|delete_one|delete_many|find_one_and_update|find_one_and_replace|bulk_write)\\s*\\(",
      context: true
    },
    {
      id: "mongodb.read",
      store: "mongodb",
      kind: "read",
      pattern: "\\.(?:find_one|aggregate|count_documents|distinct)\\s*\\(|\\.find\\s*\\(\\s*\\{",
      context: true
    },
    {
      id: "couchdb.import",
      store: "couchdb",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:couchdb|cloudant|pycouchdb|couchbase)\\b|from\\s+(?:couchdb|cloudant|pycouchdb|couchbase)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "couchdb.client",
      store: "couchdb",
      kind: "client",
      pattern: "\\bcouchdb\\.Server\\s*\\(|\\bCloudant\\s*\\(|\\bpycouchdb\\.Server\\s*\\("
    },
    {
      id: "couchdb.url",
      store: "couchdb",
      kind: "url",
      pattern: "\\bcouchdb?://|\\bcouchbases?://|[A-Za-z0-9.-]:5984\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "couchdb.manifest",
      store: "couchdb",
      kind: "manifest",
      pattern: "['\"](?:couchdb|CouchDB|cloudant|pycouchdb|couchbase)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "couchdb.config",
      store: "couchdb",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:couchdb|couchbase))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "couchdb.config_xml",
      store: "couchdb",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:couchdb|couchbase)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "couchdb.config_file",
      store: "couchdb",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:couchdb|couchbase))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "couchdb.write",
      store: "couchdb",
      kind: "write",
      pattern: "\\.(?:save|put_attachment|upsert|bulk_docs)\\s*\\(",
      context: true
    },
    {
      id: "cassandra.import",
      store: "cassandra",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:cassandra|cqlengine)\\b|from\\s+(?:cassandra|cqlengine)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "cassandra.client",
      store: "cassandra",
      kind: "client",
      pattern: "\\bCluster\\s*\\(\\s*\\[|\\bcassandra\\.cluster\\.Cluster\\s*\\("
    },
    {
      id: "cassandra.manifest",
      store: "cassandra",
      kind: "manifest",
      pattern: "['\"](?:cassandra-driver|cassandra|scylla-driver)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "cassandra.config",
      store: "cassandra",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:cassandra|scylla))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "cassandra.config_xml",
      store: "cassandra",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:cassandra|scylla)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "cassandra.config_file",
      store: "cassandra",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:cassandra|scylla))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "cassandra.write",
      store: "cassandra",
      kind: "write",
      pattern: "\\.execute(?:_async)?\\s*\\(\\s*[A-Za-z]?['\"]\\s*(?:INSERT|UPDATE|DELETE)\\b",
      flags: "i",
      context: true
    },
    {
      id: "dynamodb.import",
      store: "dynamodb",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:pynamodb|boto3\\.dynamodb)\\b|from\\s+(?:pynamodb|boto3\\.dynamodb)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "dynamodb.client",
      store: "dynamodb",
      kind: "client",
      pattern: "\\b(?:client|resource)\\s*\\(\\s*['\"]dynamodb['\"]|^[^\\S\\n]*(?:service_name\\s*=\\s*)?['\"]dynamodb['\"]\\s*,"
    },
    {
      id: "dynamodb.url",
      store: "dynamodb",
      kind: "url",
      pattern: "\\bdynamodb\\.[a-z0-9-]+\\.amazonaws\\.com\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "dynamodb.manifest",
      store: "dynamodb",
      kind: "manifest",
      pattern: "['\"](?:pynamodb)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "dynamodb.config",
      store: "dynamodb",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:dynamodb))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "dynamodb.config_xml",
      store: "dynamodb",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:dynamodb)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "dynamodb.config_file",
      store: "dynamodb",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:dynamodb))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "dynamodb.write",
      store: "dynamodb",
      kind: "write",
      pattern: "\\.(?:put_item|update_item|delete_item|batch_write_item|batch_writer)\\s*\\(",
      context: true
    },
    {
      id: "dynamodb.read",
      store: "dynamodb",
      kind: "read",
      pattern: "\\.(?:get_item|batch_get_item)\\s*\\(",
      context: true
    },
    {
      id: "s3.import",
      store: "s3",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:minio|s3fs|boto|smart_open)\\b|from\\s+(?:minio|s3fs|boto|smart_open)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "s3.client",
      store: "s3",
      kind: "client",
      pattern: "\\b(?:client|resource)\\s*\\(\\s*['\"]s3['\"]|^[^\\S\\n]*(?:service_name\\s*=\\s*)?['\"]s3['\"]\\s*,|\\bMinio\\s*\\(|\\bs3fs\\.S3FileSystem\\s*\\(|\\bboto\\.connect_s3\\s*\\("
    },
    {
      id: "s3.url",
      store: "s3",
      kind: "url",
      pattern: "\\bs3a?://|s3[.-][A-Za-z0-9.-]{0,64}?amazonaws\\.com\\b|\\bs3\\.amazonaws\\.com\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "s3.manifest",
      store: "s3",
      kind: "manifest",
      pattern: "['\"](?:boto|minio|s3fs|smart_open|django-storages)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "s3.config",
      store: "s3",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:s3_|_s3|s3\\.|minio))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "s3.config_xml",
      store: "s3",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:s3_|_s3|s3\\.|minio)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "s3.config_file",
      store: "s3",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:s3_|_s3|s3\\.|minio))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "s3.write",
      store: "s3",
      kind: "write",
      pattern: "\\.(?:upload_file|upload_fileobj|put_object|copy_object|delete_object|delete_objects|fput_object)\\s*\\(",
      context: true
    },
    {
      id: "s3.read",
      store: "s3",
      kind: "read",
      pattern: "\\.(?:download_file|download_fileobj|get_object|fget_object|list_objects|list_objects_v2|generate_presigned_url)\\s*\\(",
      context: true
    },
    {
      id: "s3.derived_hint",
      store: "s3",
      kind: "derived_hint",
      pattern: "\\b(?=[A-Za-z_]*(?![A-Za-z0-9_]))[A-Za-z_]*?(?:backup|export|archive|mirror|replica|cdn)",
      flags: "i",
      context: true
    },
    {
      id: "gcs.import",
      store: "gcs",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:from\\s+google\\.cloud\\s+import\\s[^\\n]*\\bstorage\\b|import\\s+google\\.cloud\\.storage\\b|from\\s+google\\.cloud\\.storage\\b|import\\s+gcsfs\\b|from\\s+gcsfs\\b)"
    },
    {
      id: "gcs.client",
      store: "gcs",
      kind: "client",
      pattern: "\\bstorage\\.Client\\s*\\(|\\bgcsfs\\.GCSFileSystem\\s*\\("
    },
    {
      id: "gcs.url",
      store: "gcs",
      kind: "url",
      pattern: "\\bgs://|\\bstorage\\.googleapis\\.com\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "gcs.manifest",
      store: "gcs",
      kind: "manifest",
      pattern: "['\"](?:google-cloud-storage|google\\.cloud\\.storage|gcsfs)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "gcs.config",
      store: "gcs",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:gcs_|_gcs|google_cloud_storage|gcs\\.))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "gcs.config_xml",
      store: "gcs",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:gcs_|_gcs|google_cloud_storage|gcs\\.)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "gcs.config_file",
      store: "gcs",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:gcs_|_gcs|google_cloud_storage|gcs\\.))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "gcs.write",
      store: "gcs",
      kind: "write",
      pattern: "\\.(?:upload_from_string|upload_from_filename|upload_from_file|delete_blob)\\s*\\(",
      context: true
    },
    {
      id: "gcs.derived_hint",
      store: "gcs",
      kind: "derived_hint",
      pattern: "\\b(?=[A-Za-z_]*(?![A-Za-z0-9_]))[A-Za-z_]*?(?:backup|export|archive|mirror|replica|cdn)",
      flags: "i",
      context: true
    },
    {
      id: "azure_blob.import",
      store: "azure_blob",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:azure\\.storage\\.blob|azure\\.storage)\\b|from\\s+(?:azure\\.storage\\.blob|azure\\.storage)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "azure_blob.client",
      store: "azure_blob",
      kind: "client",
      pattern: "\\b(?:BlobServiceClient|BlobClient|ContainerClient)(?:\\.from_connection_string)?\\s*\\("
    },
    {
      id: "azure_blob.url",
      store: "azure_blob",
      kind: "url",
      pattern: "\\.blob\\.core\\.windows\\.net\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "azure_blob.manifest",
      store: "azure_blob",
      kind: "manifest",
      pattern: "['\"](?:azure-storage-blob|azure\\.storage\\.blob)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "azure_blob.config",
      store: "azure_blob",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:azure_storage|azure_blob|blob_storage|AccountKey))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "azure_blob.config_xml",
      store: "azure_blob",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:azure_storage|azure_blob|blob_storage|AccountKey)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "azure_blob.config_file",
      store: "azure_blob",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:azure_storage|azure_blob|blob_storage|AccountKey))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "azure_blob.write",
      store: "azure_blob",
      kind: "write",
      pattern: "\\.(?:upload_blob|delete_blob|stage_block|commit_block_list)\\s*\\(",
      context: true
    },
    {
      id: "azure_blob.derived_hint",
      store: "azure_blob",
      kind: "derived_hint",
      pattern: "\\b(?=[A-Za-z_]*(?![A-Za-z0-9_]))[A-Za-z_]*?(?:backup|export|archive|mirror|replica|cdn)",
      flags: "i",
      context: true
    },
    {
      id: "swift.import",
      store: "swift",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:swiftclient)\\b|from\\s+(?:swiftclient)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "swift.client",
      store: "swift",
      kind: "client",
      pattern: "\\bswiftclient\\.(?:client\\.)?Connection\\s*\\("
    },
    {
      id: "swift.url",
      store: "swift",
      kind: "url",
      pattern: "/v1/AUTH_[A-Za-z0-9]",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "swift.manifest",
      store: "swift",
      kind: "manifest",
      pattern: "['\"](?:python-swiftclient|swiftclient)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "swift.config",
      store: "swift",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:swift_|_swift|swift\\.))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "swift.config_xml",
      store: "swift",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:swift_|_swift|swift\\.)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "swift.config_file",
      store: "swift",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:swift_|_swift|swift\\.))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "swift.write",
      store: "swift",
      kind: "write",
      pattern: "\\.(?:put_object|put_container|delete_object|post_object)\\s*\\(",
      context: true
    },
    {
      id: "kafka.import",
      store: "kafka",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:kafka|confluent_kafka|aiokafka|faust)\\b|from\\s+(?:kafka|confluent_kafka|aiokafka|faust)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "kafka.client",
      store: "kafka",
      kind: "client",
      pattern: "\\b(?:KafkaProducer|KafkaConsumer|AIOKafkaProducer|AIOKafkaConsumer|SerializingProducer|DeserializingConsumer)\\s*\\(|\\bconfluent_kafka\\.(?:Producer|Consumer)\\s*\\("
    },
    {
      id: "kafka.url",
      store: "kafka",
      kind: "url",
      pattern: "\\bkafka://|[A-Za-z0-9.-]:9092\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "kafka.manifest",
      store: "kafka",
      kind: "manifest",
      pattern: "['\"](?:kafka-python|kafka|confluent-kafka|confluent_kafka|aiokafka|faust)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "kafka.config",
      store: "kafka",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:kafka|bootstrap_servers|bootstrap\\.servers))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "kafka.config_xml",
      store: "kafka",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:kafka|bootstrap_servers|bootstrap\\.servers)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "kafka.config_file",
      store: "kafka",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:kafka|bootstrap_servers|bootstrap\\.servers))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "kafka.write",
      store: "kafka",
      kind: "write",
      pattern: "\\.(?:send|produce|send_and_wait)\\s*\\(",
      context: true
    },
    {
      id: "kafka.read",
      store: "kafka",
      kind: "read",
      pattern: "\\.(?:poll|subscribe|getmany)\\s*\\(",
      context: true
    },
    {
      id: "rabbitmq.import",
      store: "rabbitmq",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:pika|kombu|celery|amqp|aio_pika|amqpstorm|dramatiq)\\b|from\\s+(?:pika|kombu|celery|amqp|aio_pika|amqpstorm|dramatiq)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "rabbitmq.client",
      store: "rabbitmq",
      kind: "client",
      pattern: "\\bpika\\.(?:BlockingConnection|SelectConnection|URLParameters|ConnectionParameters)\\s*\\(|\\bCelery\\s*\\(|\\bkombu\\.Connection\\s*\\(|\\baio_pika\\.connect(?:_robust)?\\s*\\("
    },
    {
      id: "rabbitmq.url",
      store: "rabbitmq",
      kind: "url",
      pattern: "\\bamqps?://|\\bpyamqp://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "rabbitmq.manifest",
      store: "rabbitmq",
      kind: "manifest",
      pattern: "['\"](?:pika|kombu|celery|amqp|aio-pika|aio_pika|amqpstorm|dramatiq)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "rabbitmq.config",
      store: "rabbitmq",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:rabbitmq|amqp|celery|broker_url))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "rabbitmq.config_xml",
      store: "rabbitmq",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:rabbitmq|amqp|celery|broker_url)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "rabbitmq.config_file",
      store: "rabbitmq",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:rabbitmq|amqp|celery|broker_url))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "rabbitmq.write",
      store: "rabbitmq",
      kind: "write",
      pattern: "\\.(?:basic_publish|publish|delay|apply_async|send_task)\\s*\\(",
      context: true
    },
    {
      id: "rabbitmq.read",
      store: "rabbitmq",
      kind: "read",
      pattern: "\\.(?:basic_consume|basic_get|start_consuming)\\s*\\(",
      context: true
    },
    {
      id: "influxdb.import",
      store: "influxdb",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:influxdb|influxdb_client)\\b|from\\s+(?:influxdb|influxdb_client)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "influxdb.client",
      store: "influxdb",
      kind: "client",
      pattern: "\\bInfluxDBClient\\s*\\("
    },
    {
      id: "influxdb.url",
      store: "influxdb",
      kind: "url",
      pattern: "\\binfluxdata\\.com\\b|[A-Za-z0-9.-]:8086\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "influxdb.manifest",
      store: "influxdb",
      kind: "manifest",
      pattern: "['\"](?:influxdb|influxdb-client|influxdb_client)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "influxdb.config",
      store: "influxdb",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:influx))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "influxdb.config_xml",
      store: "influxdb",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:influx)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "influxdb.config_file",
      store: "influxdb",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:influx))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "influxdb.write",
      store: "influxdb",
      kind: "write",
      pattern: "\\.(?:write_points|write)\\s*\\(|\\bwrite_api\\s*\\(",
      context: true
    },
    {
      id: "clickhouse.import",
      store: "clickhouse",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:clickhouse_driver|clickhouse_connect|clickhouse|aiochclient)\\b|from\\s+(?:clickhouse_driver|clickhouse_connect|clickhouse|aiochclient)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "clickhouse.client",
      store: "clickhouse",
      kind: "client",
      pattern: "\\bclickhouse_connect\\.get_client\\s*\\(|\\bclickhouse_driver\\.Client\\s*\\("
    },
    {
      id: "clickhouse.url",
      store: "clickhouse",
      kind: "url",
      pattern: "\\bclickhouse(?:\\+[a-z]+)?://|[A-Za-z0-9.-]:8123\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "clickhouse.manifest",
      store: "clickhouse",
      kind: "manifest",
      pattern: "['\"](?:clickhouse-driver|clickhouse_driver|clickhouse-connect|clickhouse_connect)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "clickhouse.config",
      store: "clickhouse",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:clickhouse))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "clickhouse.config_xml",
      store: "clickhouse",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:clickhouse)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "clickhouse.config_file",
      store: "clickhouse",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:clickhouse))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "clickhouse.write",
      store: "clickhouse",
      kind: "write",
      pattern: "\\.(?:insert|insert_df|insert_arrow)\\s*\\(",
      context: true
    },
    {
      id: "vector_db.import",
      store: "vector_db",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:qdrant_client|pinecone|weaviate|chromadb|pymilvus|lancedb)\\b|from\\s+(?:qdrant_client|pinecone|weaviate|chromadb|pymilvus|lancedb)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "vector_db.client",
      store: "vector_db",
      kind: "client",
      pattern: "\\b(?:QdrantClient|Pinecone|MilvusClient)\\s*\\(|\\bweaviate\\.(?:Client|connect_to_[a-z_]+)\\s*\\(|\\bpinecone\\.init\\s*\\(|\\bchromadb\\.(?:Client|PersistentClient|HttpClient)\\s*\\("
    },
    {
      id: "vector_db.url",
      store: "vector_db",
      kind: "url",
      pattern: "[A-Za-z0-9.-]:6333\\b|[A-Za-z0-9-]\\.pinecone\\.io\\b|\\bweaviate\\.(?:network|cloud)\\b|[A-Za-z0-9.-]:19530\\b",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "vector_db.manifest",
      store: "vector_db",
      kind: "manifest",
      pattern: "['\"](?:qdrant-client|qdrant_client|pinecone|pinecone-client|weaviate-client|weaviate|chromadb|pymilvus|lancedb)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "vector_db.config",
      store: "vector_db",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:qdrant|pinecone|weaviate|chroma|milvus))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "vector_db.config_xml",
      store: "vector_db",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:qdrant|pinecone|weaviate|chroma|milvus)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "vector_db.config_file",
      store: "vector_db",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:qdrant|pinecone|weaviate|chroma|milvus))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "vector_db.write",
      store: "vector_db",
      kind: "write",
      pattern: "\\.(?:upsert|add|insert|upload_points|add_documents)\\s*\\(",
      context: true
    },
    {
      id: "neo4j.import",
      store: "neo4j",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:neo4j|py2neo|neomodel)\\b|from\\s+(?:neo4j|py2neo|neomodel)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "neo4j.client",
      store: "neo4j",
      kind: "client",
      pattern: "\\bGraphDatabase\\.driver\\s*\\(|\\bpy2neo\\.Graph\\s*\\("
    },
    {
      id: "neo4j.url",
      store: "neo4j",
      kind: "url",
      pattern: "\\bneo4j(?:\\+s|\\+ssc)?://|\\bbolt(?:\\+s|\\+ssc)?://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "neo4j.manifest",
      store: "neo4j",
      kind: "manifest",
      pattern: "['\"](?:neo4j|neo4j-driver|py2neo|neomodel)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "neo4j.config",
      store: "neo4j",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:neo4j))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "neo4j.config_xml",
      store: "neo4j",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:neo4j)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "neo4j.config_file",
      store: "neo4j",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:neo4j))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "neo4j.write",
      store: "neo4j",
      kind: "write",
      pattern: "\\.(?:run|execute_write|write_transaction)\\s*\\(",
      context: true
    },
    {
      id: "mysql.import",
      store: "mysql",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:MySQLdb|pymysql|mysql\\.connector|aiomysql|mariadb)\\b|from\\s+(?:MySQLdb|pymysql|mysql\\.connector|aiomysql|mariadb)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "mysql.client",
      store: "mysql",
      kind: "client",
      pattern: "\\b(?:MySQLdb|pymysql|mysql\\.connector|mariadb|aiomysql)\\.connect\\s*\\("
    },
    {
      id: "mysql.url",
      store: "mysql",
      kind: "url",
      pattern: "\\bmysql(?:\\+[a-z]+)?://|\\bmariadb(?:\\+[a-z]+)?://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "mysql.manifest",
      store: "mysql",
      kind: "manifest",
      pattern: "['\"](?:mysqlclient|MySQLdb|pymysql|PyMySQL|mysql-connector-python|mysql\\.connector|mysql|mariadb|aiomysql)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "mysql.config",
      store: "mysql",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:mysql|mariadb))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "mysql.config_xml",
      store: "mysql",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:mysql|mariadb)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "mysql.config_file",
      store: "mysql",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:mysql|mariadb))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "mysql.write",
      store: "mysql",
      kind: "write",
      pattern: "\\b(?:INSERT|REPLACE)\\s+INTO\\b|\\bUPDATE\\s+[A-Za-z_`]+\\s+SET\\b",
      flags: "i",
      context: true
    },
    {
      id: "mysql.name",
      store: "mysql",
      kind: "config",
      pattern: "['\"](?:mysql|mariadb)['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "mssql.import",
      store: "mssql",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:pymssql|pytds|_mssql)\\b|from\\s+(?:pymssql|pytds|_mssql)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "mssql.client",
      store: "mssql",
      kind: "client",
      pattern: "\\b(?:pymssql|pytds)\\.connect\\s*\\(|DRIVER=\\{?ODBC Driver [0-9]+ for SQL Server|\\bSQL Server Native Client"
    },
    {
      id: "mssql.url",
      store: "mssql",
      kind: "url",
      pattern: "\\bmssql(?:\\+[a-z]+)?://|\\bsqlserver://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "mssql.manifest",
      store: "mssql",
      kind: "manifest",
      pattern: "['\"](?:pymssql|python-tds|pytds)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "mssql.config",
      store: "mssql",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:mssql|sqlserver|sql_server))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "mssql.name",
      store: "mssql",
      kind: "config",
      pattern: "['\"](?=[^'\"\\n]*?\\bSQL Server\\b)[^'\"\\n]*['\"]",
      files: [
        ".py"
      ]
    },
    {
      id: "mssql.config_xml",
      store: "mssql",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:mssql|sqlserver|sql_server)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "mssql.config_file",
      store: "mssql",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:mssql|sqlserver|sql_server))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "mssql.write",
      store: "mssql",
      kind: "write",
      pattern: "\\b(?:INSERT|MERGE)\\s+INTO\\b|\\bUPDATE\\s+[A-Za-z_\\[\\]]+\\s+SET\\b",
      flags: "i",
      context: true
    },
    {
      id: "oracle.import",
      store: "oracle",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:cx_Oracle|oracledb)\\b|from\\s+(?:cx_Oracle|oracledb)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "oracle.client",
      store: "oracle",
      kind: "client",
      pattern: "\\b(?:cx_Oracle|oracledb)\\.(?:connect|SessionPool|create_pool|makedsn)\\s*\\("
    },
    {
      id: "oracle.url",
      store: "oracle",
      kind: "url",
      pattern: "\\boracle(?:\\+[a-z]+)?://",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "oracle.manifest",
      store: "oracle",
      kind: "manifest",
      pattern: "['\"](?:cx_Oracle|cx-Oracle|cx_oracle|oracledb)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "oracle.config",
      store: "oracle",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:oracle))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "oracle.config_xml",
      store: "oracle",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:oracle)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "oracle.config_file",
      store: "oracle",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:oracle))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "oracle.write",
      store: "oracle",
      kind: "write",
      pattern: "\\b(?:INSERT|MERGE)\\s+INTO\\b|\\bUPDATE\\s+[A-Za-z_]+\\s+SET\\b",
      flags: "i",
      context: true
    },
    {
      id: "oracle.name",
      store: "oracle",
      kind: "config",
      pattern: "['\"]oracle['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "sqlite.import",
      store: "sqlite",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:sqlite3|aiosqlite|apsw|sqlitedict)\\b|from\\s+(?:sqlite3|aiosqlite|apsw|sqlitedict)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "sqlite.client",
      store: "sqlite",
      kind: "client",
      pattern: "\\bsqlite3\\.connect\\s*\\(|\\baiosqlite\\.connect\\s*\\(|\\bSqliteDict\\s*\\("
    },
    {
      id: "sqlite.url",
      store: "sqlite",
      kind: "url",
      pattern: "\\bsqlite(?:\\+[a-z]+)?:///",
      files: [
        ".py",
        ".xml",
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "sqlite.manifest",
      store: "sqlite",
      kind: "manifest",
      pattern: "['\"](?:aiosqlite|apsw|sqlitedict)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "sqlite.write",
      store: "sqlite",
      kind: "write",
      pattern: "\\b(?:INSERT|REPLACE)\\s+INTO\\b|\\bUPDATE\\s+[A-Za-z_]+\\s+SET\\b",
      flags: "i",
      context: true
    },
    {
      id: "sqlite.name",
      store: "sqlite",
      kind: "config",
      pattern: "['\"]sqlite3?['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "odbc.import",
      store: "odbc",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+(?:pyodbc|pypyodbc|turbodbc)\\b|from\\s+(?:pyodbc|pypyodbc|turbodbc)(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "odbc.client",
      store: "odbc",
      kind: "client",
      pattern: "\\b(?:pyodbc|pypyodbc|turbodbc)\\.connect\\s*\\("
    },
    {
      id: "odbc.manifest",
      store: "odbc",
      kind: "manifest",
      pattern: "['\"](?:pyodbc|pypyodbc|turbodbc)(?:\\s*[<>=!~;\\[][^'\"]*)?['\"]",
      files: [
        "__manifest__.py",
        "__openerp__.py"
      ]
    },
    {
      id: "odbc.config",
      store: "odbc",
      kind: "config",
      pattern: "(?:config|get_param|set_param|environ|getenv)[^'\"\\n]{0,120}['\"](?=[A-Za-z0-9_.-]*?(?:odbc))[A-Za-z0-9_.-]*['\"]",
      flags: "i",
      files: [
        ".py"
      ]
    },
    {
      id: "odbc.config_xml",
      store: "odbc",
      kind: "config",
      pattern: "<field\\s+name=[\"']key[\"']\\s*>[^<]*(?:odbc)",
      flags: "i",
      files: [
        ".xml"
      ]
    },
    {
      id: "odbc.config_file",
      store: "odbc",
      kind: "config",
      pattern: "^[^\\S\\n]*(?=[A-Za-z0-9_.-]*?(?:odbc))[A-Za-z0-9_.-]+[^\\S\\n]*[=:]",
      flags: "i",
      files: [
        ".conf",
        ".cfg",
        ".ini",
        ".env",
        ".yml",
        ".yaml",
        ".toml"
      ]
    },
    {
      id: "odbc.write",
      store: "odbc",
      kind: "write",
      pattern: "\\b(?:INSERT|MERGE)\\s+INTO\\b|\\bUPDATE\\s+[A-Za-z_\\[\\]]+\\s+SET\\b",
      flags: "i",
      context: true
    },
    {
      id: "sqlalchemy.import",
      store: "sqlalchemy",
      kind: "import",
      pattern: "^[^\\S\\n]*(?:import\\s+sqlalchemy\\b|from\\s+sqlalchemy(?:\\.[A-Za-z0-9_.]+)?\\s+import\\b)"
    },
    {
      id: "sqlalchemy.client",
      store: "sqlalchemy",
      kind: "client",
      pattern: "\\bcreate_engine\\s*\\("
    },
    {
      id: "pg.notify",
      kind: "notify",
      literals: [
        "notify",
        "select"
      ],
      pattern: "(?:\\bpg_notify|\\bSELECT\\s+(?:\\{\\}|%s))\\s*\\(\\s*'([A-Za-z_][A-Za-z0-9_]*)'|\\bexecute\\s*\\(\\s*[A-Za-z]?[\"']{1,3}\\s*NOTIFY\\s+([A-Za-z_][A-Za-z0-9_]*)",
      flags: "i"
    },
    {
      id: "pg.listen",
      kind: "listen",
      literals: [
        "listen"
      ],
      pattern: "\\bexecute\\s*\\(\\s*[A-Za-z]?[\"']{1,3}\\s*LISTEN\\s+([A-Za-z_][A-Za-z0-9_]*)",
      flags: "i"
    },
    {
      id: "pg.skip_locked",
      kind: "skip_locked",
      literals: [
        "skip"
      ],
      pattern: "\\bSKIP\\s+LOCKED\\b",
      flags: "i"
    },
    {
      id: "pg.advisory_lock",
      kind: "advisory_lock",
      literals: [
        "advisory"
      ],
      pattern: "\\bpg_(?:try_)?advisory_(?:xact_)?lock(?:_shared)?\\s*\\("
    },
    {
      id: "http.call",
      kind: "http_call",
      pattern: "\\b(?:requests|httpx|urllib\\.request|urllib3|aiohttp)\\.(?:get|post|put|patch|delete|head|request|urlopen)\\s*\\(|\\b(?:urlopen|urllib3\\.PoolManager\\(\\)\\.request)\\s*\\(|\\.request\\s*\\(\\s*['\"](?:GET|POST|PUT|PATCH|DELETE|HEAD)['\"]",
      context: true,
      literals: [
        "requests",
        "httpx",
        "urllib",
        "aiohttp",
        "urlopen",
        ".request"
      ]
    },
    {
      id: "odoo.orm_write",
      kind: "orm_write",
      context: true,
      pattern: "\\.(?:create|write|unlink)\\s*\\(|\\bcr\\.execute\\s*\\(\\s*[A-Za-z]?[\"']{1,3}\\s*(?:INSERT|UPDATE|DELETE)\\b",
      flags: "i"
    },
    {
      id: "hint.derived",
      kind: "derived_hint",
      context: true,
      pattern: "\\b(?=[A-Za-z_]*(?![A-Za-z0-9_]))[A-Za-z_]*?(?:cache|caching|cached|ttl|invalidate|reindex|rebuild|resync|backfill|projection|denormali[sz]e)",
      flags: "i"
    }
  ],
  usage: {
    description: "How core/usage.ts reads the parsed structure of a store module: which calls on a store client write, read, delete or set an expiry (by the first word of the called method, after the catalog's write/read signatures), what marks a TTL, an ORM write or read, a queued or after-commit call, a button, and which attribute names are not fields. General words of the client libraries and of Odoo, never names of particular modules. Also how a store's role shows in Odoo's own extension points: a session store (a subclass of werkzeug's SessionStore, which Odoo's http layer saves), ir.attachment storage hooks that Odoo's ORM calls while writing an attachment (the bytes then live in the store), queue consumers and the handlers that receive messages, and task calls that put a job in the broker.",
    verbs: {
      expire: [
        "expire",
        "pexpire",
        "expireat",
        "pexpireat",
        "touch",
        "persist"
      ],
      delete: [
        "delete",
        "del",
        "remove",
        "hdel",
        "srem",
        "zrem",
        "lrem",
        "unlink",
        "flushdb",
        "flushall",
        "drop",
        "purge",
        "evict",
        "invalidate",
        "clear",
        "truncate",
        "destroy",
        "abort"
      ],
      write: [
        "set",
        "setnx",
        "mset",
        "msetnx",
        "hset",
        "hmset",
        "hsetnx",
        "lpush",
        "rpush",
        "sadd",
        "zadd",
        "xadd",
        "incr",
        "incrby",
        "decr",
        "decrby",
        "append",
        "index",
        "bulk",
        "streaming",
        "parallel",
        "insert",
        "put",
        "upsert",
        "update",
        "replace",
        "save",
        "add",
        "push",
        "publish",
        "send",
        "produce",
        "create",
        "upload",
        "write",
        "store",
        "post",
        "patch",
        "copy",
        "commit",
        "reindex",
        "fput",
        "stage"
      ],
      read: [
        "get",
        "mget",
        "hget",
        "hgetall",
        "hmget",
        "exists",
        "keys",
        "scan",
        "find",
        "search",
        "msearch",
        "count",
        "query",
        "fetch",
        "download",
        "fget",
        "list",
        "read",
        "load",
        "lrange",
        "smembers",
        "sismember",
        "zrange",
        "zscore",
        "xread",
        "blpop",
        "brpop",
        "poll",
        "consume",
        "subscribe",
        "aggregate",
        "distinct",
        "head",
        "ttl",
        "select",
        "retrieve",
        "lookup",
        "stat"
      ]
    },
    bulkVerbs: [
      "bulk",
      "streaming_bulk",
      "parallel_bulk",
      "mset",
      "insert_many",
      "update_many",
      "bulk_write",
      "put_objects",
      "save_objects",
      "add_documents",
      "index_documents",
      "upsert",
      "batch_write_item",
      "replace_all_objects"
    ],
    ttlVerbs: [
      "setex",
      "psetex",
      "getex",
      "set_with_ttl"
    ],
    ttlKeywords: [
      "ex",
      "px",
      "exat",
      "pxat",
      "ttl",
      "expire",
      "expires",
      "expiry",
      "expiration",
      "expire_time",
      "expires_in"
    ],
    cacheTtlKeywords: [
      "timeout",
      "time"
    ],
    ormWrite: [
      "create",
      "write",
      "unlink"
    ],
    ormRead: [
      "search",
      "search_read",
      "search_count",
      "search_fetch",
      "read",
      "read_group",
      "_read_group",
      "browse",
      "mapped",
      "filtered",
      "exists"
    ],
    ormSearch: [
      "search",
      "search_read",
      "search_fetch"
    ],
    sqlWrite: [
      "INSERT",
      "UPDATE",
      "DELETE"
    ],
    fieldReaders: [
      "read",
      "search_read",
      "mapped",
      "read_group",
      "_read_group",
      "export_data"
    ],
    valsNames: [
      "vals",
      "values",
      "vals_list",
      "new_vals",
      "record_vals"
    ],
    nonFields: [
      "env",
      "id",
      "ids",
      "pool",
      "_context",
      "_cr",
      "_uid",
      "_name",
      "_ids",
      "_origin",
      "_fields",
      "_table"
    ],
    queuedCallees: [
      "with_delay",
      "delayable",
      "delay",
      "apply_async"
    ],
    jobDecorators: [
      "job",
      "queue_job.job",
      "api.job"
    ],
    afterCommitCallees: [
      "postcommit.add",
      "after_commit",
      "add_after_commit",
      "on_commit"
    ],
    afterCommitAfter: "commit",
    buttonPrefixes: [
      "action_",
      "button_"
    ],
    routeDecorators: [
      "http.route",
      "route"
    ],
    controllerBases: [
      "http.Controller",
      "Controller"
    ],
    onchangeDecorators: [
      "api.onchange",
      "onchange"
    ],
    reconcileHints: [
      "reconcile",
      "reconciliation",
      "compare",
      "consisten",
      "drift",
      "verify",
      "check_sync",
      "diff"
    ],
    sessionStoreBases: [
      "SessionStore",
      "FilesystemSessionStore"
    ],
    recordWriteHooks: {
      "ir.attachment": [
        "_file_write",
        "_store_file_write",
        "_inverse_datas",
        "_set_attachment_data",
        "_get_datas_related_values"
      ]
    },
    attachmentStorage: {
      model: "ir.attachment",
      hooks: [
        "_file_write",
        "_file_read",
        "_file_delete",
        "_store_file_write",
        "_store_file_read",
        "_store_file_delete",
        "_inverse_datas",
        "_get_datas_related_values",
        "_generate_cloud_storage_url",
        "_generate_cloud_storage_upload_info",
        "_generate_cloud_storage_download_info"
      ]
    },
    consumeVerbs: [
      "poll",
      "consume",
      "subscribe",
      "basic_consume",
      "basic_get",
      "receive",
      "receive_messages",
      "xreadgroup"
    ],
    consumerClients: [
      "KafkaConsumer",
      "AIOKafkaConsumer",
      "SimpleConsumer",
      "BlockingConsumer"
    ],
    messageParams: [
      "message",
      "msg",
      "messages",
      "payload"
    ],
    mutators: [
      "update",
      "append",
      "extend",
      "setdefault",
      "insert"
    ],
    taskVerbs: [
      "apply_async",
      "delay",
      "send_task",
      "enqueue"
    ]
  },
  knownChannels: [
    {
      module: "bus",
      channel: "imbus"
    },
    {
      module: "base",
      channel: "cron_trigger"
    },
    {
      module: "queue_job",
      channel: "queue_job"
    }
  ],
  redactions: [
    {
      id: "pem_private_key",
      pattern: "-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----([^\\n]+)",
      literals: [
        "-----begin "
      ]
    },
    {
      id: "url_password",
      pattern: "(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,30}://[^\\s/?#:'\\\"]{0,256}:(?![0-9]{1,5}(?:[/?#'\\\"\\s]|$))((?:(?!://)[^\\n]){1,512})@",
      literals: [
        "://"
      ]
    },
    {
      id: "aws_access_key",
      pattern: "\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b",
      literals: [
        "akia",
        "asia"
      ]
    },
    {
      id: "bearer_token",
      flags: "i",
      pattern: "\\bBearer\\s+([A-Za-z0-9._~+/=-]{8,})",
      literals: [
        "bearer"
      ]
    },
    {
      id: "basic_auth_header",
      pattern: "\\bBasic\\s+(?=[A-Za-z]{0,100}[0-9+/=])([A-Za-z0-9+/]{6,}={0,2})",
      literals: [
        "basic"
      ]
    },
    {
      id: "jwt",
      pattern: "\\b(eyJ[A-Za-z0-9_.+/=-]{8,})",
      literals: [
        "eyj"
      ]
    },
    {
      id: "secret_line",
      flags: "i",
      pattern: "^[^\\S\\n]*(?:export[^\\S\\n]+)?[a-z0-9_.-]{0,64}?(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|account[_-]?key|shared[_-]?access[_-]?(?:key|signature)|(?<![a-z0-9])(?:auth|pass|sig|sas)(?![a-z0-9]))[a-z0-9_.-]{0,40}[^\\S\\n]*(?:=|:(?=[^\\S\\n]))[^\\S\\n]*(?![\\s'\\\"]|\\*\\*\\*|(?:none|false|true|null)\\b|fields\\.)(?![a-z_][a-z0-9_]{0,64}[.\\[(])([^\\n]+)",
      literals: [
        "pass",
        "pwd",
        "secret",
        "token",
        "key",
        "credential",
        "shared",
        "auth",
        "sig",
        "sas"
      ]
    },
    {
      id: "secret_assignment",
      flags: "i",
      pattern: "(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|account[_-]?key|shared[_-]?access[_-]?(?:key|signature)|(?<![a-z0-9])(?:auth|pass|sig|sas)(?![a-z0-9]))[a-z0-9_.-]{0,40}(?:(?:['\\\"]?\\]?\\s*(?:[=!:]=|=)|['\\\"]\\]?\\s*:(?!:)|\\]?\\s*:(?=[^\\S\\n]|['\\\"]))\\s*|['\\\"]?\\s*,\\s*(?:default\\s*=\\s*)?(?![a-z_][a-z0-9_]{0,64}\\s*=|['\\\"]?[a-z0-9_.-]{0,64}?(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|account[_-]?key|shared[_-]?access[_-]?(?:key|signature))[a-z0-9_.-]{0,40}['\\\"]?\\s*,))(?:'((?:[^'\\\\\\n]|\\\\.)+)|\"((?:[^\"\\\\\\n]|\\\\.)+)|\\{([^}\\n]+)|[(\\[]([^)\\]\\n]+)|(?!fields\\.)[a-z_][a-z0-9_.]{0,64}\\(([^)\\n]+)|(?!(?:none|false|true|null)\\b)(?![a-z_][a-z0-9_.]{0,64}[(\\[])([^\\s'\\\"(),;&}\\]\\[<>]+))",
      literals: [
        "pass",
        "pwd",
        "secret",
        "token",
        "key",
        "credential",
        "shared",
        "auth",
        "sig",
        "sas"
      ]
    },
    {
      id: "xml_secret_field",
      flags: "i",
      pattern: "<field\\s+name=[\\\"'][^\\\"'<>\\n]{0,64}?(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|account[_-]?key|shared[_-]?access[_-]?(?:key|signature)|(?<![a-z0-9])(?:auth|pass|sig|sas)(?![a-z0-9]))[^\\\"'<>\\n]{0,64}[\\\"'][^>\\n]{0,64}>([^<\\n]+)",
      literals: [
        "pass",
        "pwd",
        "secret",
        "token",
        "key",
        "credential",
        "shared",
        "auth",
        "sig",
        "sas"
      ]
    },
    {
      id: "xml_secret_parameter",
      flags: "i",
      pattern: "<field\\s+name=[\\\"']key[\\\"']\\s*>(?=[^<\\n]{0,64}?(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|account[_-]?key|shared[_-]?access[_-]?(?:key|signature)|(?<![a-z0-9])(?:auth|pass|sig|sas)(?![a-z0-9])))[^<\\n]{0,128}</field>\\s*<field\\s+name=[\\\"']value[\\\"'][^>\\n]{0,64}>([^<\\n]+)",
      literals: [
        "pass",
        "pwd",
        "secret",
        "token",
        "key",
        "credential",
        "shared",
        "auth",
        "sig",
        "sas"
      ]
    },
    {
      id: "client_positional",
      pattern: "(?:Redis|Sentinel|ConnectionPool|Client|connect|connect_s3|Connection|Server|Cloudant|Minio|Solr|driver|Graph|SessionPool|create_pool|SearchClient\\.create)\\s*\\([^\\n]{0,256}?,\\s*(?=[A-Za-z]{0,2}['\\\"])([^\\n]+)",
      literals: [
        "redis",
        "sentinel",
        "client",
        "connect",
        "server",
        "cloudant",
        "minio",
        "solr",
        "driver",
        "graph",
        "sessionpool",
        "create_pool"
      ]
    },
    {
      id: "credential_helper",
      pattern: "(?:Credentials|AuthProvider|BasicAuth|DigestAuth|ApiKey)\\s*\\(([^)\\n]+)",
      literals: [
        "credentials",
        "authprovider",
        "basicauth",
        "digestauth",
        "apikey"
      ]
    },
    {
      id: "oracle_easy_connect",
      pattern: "connect\\s*\\(\\s*[A-Za-z]{0,2}['\\\"][^'\\\"/\\s@]{1,64}/([^'\\\"\\s@]{1,256})@",
      literals: [
        "connect"
      ]
    }
  ],
  redactionBlocks: [
    {
      id: "pem_private_key",
      begin: "-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY",
      end: "-----END [A-Z0-9 ]{0,40}PRIVATE KEY"
    }
  ],
  origin: {
    odooAuthors: [
      "Odoo S.A.",
      "Odoo SA",
      "OpenERP SA",
      "OpenERP S.A."
    ],
    odooLicenses: [
      "OEEL-1"
    ],
    ocaAuthorPattern: "Odoo Community Association|\\bOCA\\b",
    ocaWebsitePattern: "github\\.com/OCA(?:/|$)|odoo-community\\.org"
  },
  workload: {
    description: "Where PostgreSQL stops being comfortable for the work each kind of second store does: below these figures the store is to be replaced by the PostgreSQL capability of its kind; at or above them a derived, rebuildable store may be kept. Each is measured on the tables of the Odoo models the store's code touches, from statistics (rows: pg_class.reltuples; total_bytes: table, TOAST and indexes; reads_per_second: sequential and index scans, and writes_per_second: rows inserted, updated and deleted, averaged since the statistics were reset). They are orders of magnitude, not limits: a starting point for a consultant to argue with the figures of the client's hardware and queries.",
    thresholds: [
      {
        category: "cache",
        metric: "reads_per_second",
        threshold: 5e3,
        unit: "reads/s",
        description: "A cache earns its place by load: PostgreSQL answers primary-key lookups from shared_buffers at tens of thousands per second on one server (pgbench --select-only, PostgreSQL docs, pgbench), and an UNLOGGED table (docs, CREATE TABLE: UNLOGGED) skips the WAL. Below a few thousand reads per second on the cached models' tables, the cache saves less than it costs to run and keep coherent."
      },
      {
        category: "cache",
        metric: "writes_per_second",
        threshold: 1e3,
        unit: "writes/s",
        description: "Invalidations follow writes: at more than about a thousand writes per second to the cached models, an UNLOGGED cache table in PostgreSQL adds dead tuples and autovacuum work (docs, 'Routine Vacuuming') on the same server that does the writes; a separate in-memory cache may then be the cheaper place for it."
      },
      {
        category: "search",
        metric: "rows",
        threshold: 1e7,
        unit: "rows",
        description: "Full-text search with a GIN index (PostgreSQL docs, 'Full Text Search': 'Preferred Index Types for Text Search') and trigram indexes (docs, pg_trgm) stay fast into the tens of millions of documents; past that, ranking (ts_rank reads the tsvector of every match, docs 'Ranking Search Results') and relevance tuning, facets and fuzzy matching at scale are what a search engine such as Elasticsearch does better."
      },
      {
        category: "search",
        metric: "total_bytes",
        threshold: 1e11,
        unit: "bytes",
        description: "Around 100 GB of searched text and its GIN indexes, the index no longer fits the memory of a typical Odoo database server and GIN's pending-list flushes (docs, GIN: 'Fast Update Technique') show in write latency; a dedicated search cluster scales that out."
      },
      {
        category: "document",
        metric: "rows",
        threshold: 1e8,
        unit: "rows",
        description: "jsonb with a GIN index (docs, 'JSON Types': 'jsonb Indexing') serves document lookups into the hundreds of millions of rows; the real limit is the size of each document, since an update rewrites the whole value and large ones go through TOAST (docs, 'TOAST'): a document store is worth discussing only beyond that scale, or for very large, often partially updated documents."
      },
      {
        category: "queue",
        metric: "writes_per_second",
        threshold: 1e3,
        unit: "writes/s",
        description: "A job table read with SELECT ... FOR UPDATE SKIP LOCKED (docs, SELECT: 'The Locking Clause'), as OCA's queue_job does, with LISTEN/NOTIFY (docs, NOTIFY) to wake the workers: graphile-worker, a queue built that way, reports over 100,000 jobs per second with batching on a well-specced server (worker.graphile.org/docs/performance), and some 700 per second in its first, unbatched versions. An Odoo job runs ORM code and is limited far earlier by its own work. Past about a thousand enqueued jobs per second, dead tuples and vacuum on the queue table become the work to tune, and a broker such as RabbitMQ or Kafka may be justified."
      },
      {
        category: "object storage",
        metric: "total_bytes",
        threshold: 1e12,
        unit: "bytes",
        description: "Odoo's filestore and bytea columns (at most 1 GB a value, docs, appendix 'PostgreSQL Limits') are backed up with the database (Odoo's database manager zips the dump and the filestore); beyond about a terabyte of files, backup and restore times grow to hours and object storage with its own versioning and lifecycle rules becomes the simpler way to keep them."
      },
      {
        category: "time series",
        metric: "rows",
        threshold: 1e9,
        unit: "rows",
        description: "Declarative partitioning by time (docs, 'Table Partitioning') with BRIN indexes on the timestamp (docs, 'BRIN Indexes'), and partitions dropped as they age, keep PostgreSQL comfortable into the billions of rows; past that, continuous ingestion and aggregation are what a column store such as ClickHouse or a time-series database is built for."
      },
      {
        category: "time series",
        metric: "writes_per_second",
        threshold: 1e4,
        unit: "writes/s",
        description: "PostgreSQL ingests tens of thousands of rows per second into a partitioned table with few indexes (batched INSERT or COPY, docs, 'Populating a Database'); sustained ingestion beyond about ten thousand rows per second from Odoo's own tables is where a dedicated time-series store starts to pay."
      },
      {
        category: "vector",
        metric: "rows",
        threshold: 1e7,
        unit: "rows",
        description: "pgvector's HNSW index (github.com/pgvector/pgvector README, 'HNSW') serves approximate nearest-neighbour search into the tens of millions of vectors, as long as the index fits in memory (its build needs maintenance_work_mem); beyond that scale, or with heavy filtering and re-indexing, a dedicated vector database may be justified."
      },
      {
        category: "graph",
        metric: "rows",
        threshold: 5e7,
        unit: "rows",
        description: "Hierarchies and graphs of a few hops are recursive queries over an edge table with a btree index (docs, WITH queries: 'Recursive Queries'), as Odoo's own parent_path hierarchies are; with tens of millions of edges and traversals of many hops, a graph database answers such queries without exploring every path."
      },
      {
        category: "relational",
        metric: "rows",
        threshold: 1e9,
        unit: "rows",
        description: "A second SQL database is seldom about scale: PostgreSQL holds tables of billions of rows and up to 32 TB (docs, appendix 'PostgreSQL Limits'), and foreign data wrappers (docs, postgres_fdw; and the mysql_fdw, tds_fdw and oracle_fdw extensions) read another one in place. Below a billion rows, it is about integration with another system, not about workload."
      }
    ]
  },
  operations: {
    cache: [
      {
        item: "backup",
        text: "A cache needs no backup if it can be flushed and rebuilt from PostgreSQL; check that it can, and how long a cold start takes."
      },
      {
        item: "monitoring",
        text: "Watch memory use, evictions and the hit rate; a cache that is down or full slows every request that falls through to PostgreSQL."
      },
      {
        item: "credentials",
        text: "Its address, user and password live outside Odoo's database: keep them in the same vault as other credentials and change them on a schedule; keep its port off public networks."
      },
      {
        item: "version",
        text: "The cache server and its client library are one more product to upgrade and patch."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the cache: flush it after a restore, or it serves values from after the restore point."
      }
    ],
    search: [
      {
        item: "backup",
        text: "A search index is rebuilt from PostgreSQL by a reindex; if nothing can rebuild it, it must be backed up with snapshots of its own."
      },
      {
        item: "monitoring",
        text: "Watch cluster health, indexing lag behind Odoo's writes, disk use and query latency."
      },
      {
        item: "credentials",
        text: "Its API keys or users and TLS certificates are kept outside Odoo's database and need rotating."
      },
      {
        item: "version",
        text: "The search engine, its client library and any plugins are one more product to upgrade, often in step."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the index: reindex after a restore, or searches find records that no longer exist."
      }
    ],
    document: [
      {
        item: "backup",
        text: "A document store that holds data of its own needs its own backups, taken at the same moments as PostgreSQL's, or the two cannot be restored together."
      },
      {
        item: "monitoring",
        text: "Watch replication, disk use, slow queries and the drift between its documents and Odoo's records."
      },
      {
        item: "credentials",
        text: "Its users, passwords or connection strings live outside Odoo's database: keep them secret and rotate them."
      },
      {
        item: "version",
        text: "The database server and its driver are one more product to upgrade and patch."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore its documents: after a restore the two disagree, and whatever exists only there is not rolled back with Odoo."
      }
    ],
    queue: [
      {
        item: "backup",
        text: "A broker holds messages in flight: decide whether they must survive a loss (durable queues, its own backups) or can be re-sent from PostgreSQL."
      },
      {
        item: "monitoring",
        text: "Watch queue depth, consumer lag, dead letters and redeliveries."
      },
      {
        item: "credentials",
        text: "Its user accounts, virtual hosts and TLS certificates live outside Odoo's database and need rotating."
      },
      {
        item: "version",
        text: "The broker and its client library are one more product to upgrade and patch."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the queue: messages sent after the restore point are still delivered, and those in flight at that point are lost."
      }
    ],
    "object storage": [
      {
        item: "backup",
        text: "Files in a bucket need versioning or a backup of their own; Odoo's database backup does not include them."
      },
      {
        item: "monitoring",
        text: "Watch storage growth, failed uploads and downloads, and objects no record points to any more."
      },
      {
        item: "credentials",
        text: "Access keys and bucket policies live outside Odoo's database: scope them to the bucket and rotate them."
      },
      {
        item: "version",
        text: "The storage client library (and the server, when self-hosted, such as MinIO) is one more product to keep current."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the bucket: records may point to objects deleted or overwritten since, unless the bucket keeps versions."
      }
    ],
    "time series": [
      {
        item: "backup",
        text: "A time-series store that holds measurements of its own needs its own backups and retention rules."
      },
      {
        item: "monitoring",
        text: "Watch ingestion lag, disk use, retention jobs and query latency."
      },
      {
        item: "credentials",
        text: "Its tokens or users live outside Odoo's database: keep them secret and rotate them."
      },
      {
        item: "version",
        text: "The time-series server and its client library are one more product to upgrade."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore its series: after a restore they hold points written after the restore point."
      }
    ],
    vector: [
      {
        item: "backup",
        text: "Vectors computed from Odoo's records can be recomputed; anything else in the vector store needs its own backups."
      },
      {
        item: "monitoring",
        text: "Watch index build time, memory, query latency and recall, and the embeddings of records changed since."
      },
      {
        item: "credentials",
        text: "Its API keys live outside Odoo's database: keep them secret and rotate them."
      },
      {
        item: "version",
        text: "The vector database and its client library are one more product to upgrade."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the vector store: vectors of records created after the restore point remain, so re-embed after a restore."
      }
    ],
    graph: [
      {
        item: "backup",
        text: "A graph database that holds relations of its own needs its own backups, taken together with PostgreSQL's."
      },
      {
        item: "monitoring",
        text: "Watch query latency, memory and the drift between its nodes and Odoo's records."
      },
      {
        item: "credentials",
        text: "Its users and passwords live outside Odoo's database: keep them secret and rotate them."
      },
      {
        item: "version",
        text: "The graph server and its driver are one more product to upgrade."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the graph: the two disagree after a restore."
      }
    ],
    relational: [
      {
        item: "backup",
        text: "The other database is backed up on its own schedule; a backup of Odoo's does not include it."
      },
      {
        item: "monitoring",
        text: "Watch its availability and the queries Odoo sends it; a slow or unreachable server stalls the Odoo workers that call it."
      },
      {
        item: "credentials",
        text: "Its users, passwords and connection strings live outside Odoo's database (often in odoo.conf or system parameters): keep them secret and rotate them."
      },
      {
        item: "version",
        text: "The other server, its driver (ODBC, client libraries) and any SQL toolkit are more products to keep current."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the other database: rows written there after the restore point stay."
      }
    ],
    filestore: [
      {
        item: "backup",
        text: "Odoo keeps attachments (store_fname) as files under its data directory: back up the filestore together with the database, since a dump alone has the records without their files."
      },
      {
        item: "monitoring",
        text: "Watch the disk of the data directory: a full disk makes every upload and every report that stores a PDF fail."
      },
      {
        item: "credentials",
        text: "The filestore is readable by the user Odoo runs as: restrict the folder's permissions, since it holds every document uploaded."
      },
      {
        item: "version",
        text: "Files are written by Odoo itself; there is no separate server to upgrade, but the disk and its mount (local, NFS, a volume) are to be kept healthy."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore the filestore: records restored may point to files deleted since (Odoo's garbage collector removes unreferenced files), and files added after the restore point stay as orphans."
      }
    ],
    sessions: [
      {
        item: "backup",
        text: "Odoo's sessions need no backup: losing them logs users out, nothing more."
      },
      {
        item: "monitoring",
        text: "Watch the number of session files and the disk they are on; Odoo removes expired sessions itself (session_gc)."
      },
      {
        item: "credentials",
        text: "Session files let whoever reads them act as the logged-in user: keep the folder readable by Odoo's user only."
      },
      {
        item: "version",
        text: "The session store is Odoo's own; a custom one (Redis, a database) is one more product to upgrade."
      },
      {
        item: "pitr",
        text: "A point-in-time restore of PostgreSQL does not restore sessions: users logged in after the restore point stay logged in with sessions that may name records that no longer exist."
      }
    ]
  }
};

var WORKLOAD_METRICS = ["rows", "total_bytes", "reads_per_second", "writes_per_second"];
var catalog = manifest_default;
var STRONG_KINDS = /* @__PURE__ */ new Set(["import", "client", "url", "manifest", "config"]);
function storeById(id, cat = catalog) {
  return cat.stores.find((s) => s.id === id);
}
function checklistOf(key, cat = catalog) {
  return cat.operations[key] ?? [];
}

var V1_MODULE_DEFAULTS = { license: "", website: "", depends: [], installable: true, inOdooTree: false };
function upgradeSnapshot(s) {
  if (!s.scan || s.version >= 2) return s;
  return {
    ...s,
    scan: {
      ...s.scan,
      modules: s.scan.modules.map((m) => ({ ...V1_MODULE_DEFAULTS, ...m }))
    }
  };
}
function probeResult(snapshot, id) {
  return snapshot.database?.probes.find((p) => p.id === id);
}
function probeRows(snapshot, id) {
  const p = probeResult(snapshot, id);
  return p && p.status === "ok" ? p.rows : [];
}

var RECENT_RESET_DAYS = 7;
var ERROR_REASONS = {
  "57014": "the probe was cancelled by statement_timeout",
  "55P03": "the probe gave up waiting for a lock (lock_timeout)",
  "42501": "the role lacks the privilege to read it",
  "42P01": "a relation it reads does not exist here",
  "55000": "pg_stat_statements is not loaded (shared_preload_libraries)"
};
function probeGap(s, id, opts = {}) {
  if (!s.database) return "no database was audited";
  const p = probeResult(s, id);
  if (!p) return "probe ".concat(id, " was not run by this collector");
  if (p.status === "ok") return null;
  if (p.status === "skipped") return opts.skippedMeansNone ? null : p.message ?? "not run";
  const why = (p.code && ERROR_REASONS[p.code]) ?? "the probe failed";
  return "".concat(why, " (").concat(p.message ?? p.code ?? "no message", ")");
}
function statsVisibility(s) {
  const server = probeRows(s, "server")[0];
  if (!server) return { visible: false, reason: "the role's privileges are unknown" };
  const role = String(server.role ?? "?");
  if (server.is_superuser === true || server.has_read_all_stats === true) return { visible: true, reason: "" };
  const version2 = typeof server.server_version_num === "number" ? server.server_version_num : 0;
  const member = server.member_read_all_stats === true;
  if (member && version2 > 0 && version2 < 15e4) return { visible: true, reason: "" };
  if (member) {
    return {
      visible: false,
      reason: "role ".concat(role, " was granted pg_monitor or pg_read_all_stats without inheriting its privileges (NOINHERIT), and PostgreSQL 15+ asks for the privileges")
    };
  }
  return { visible: false, reason: "role ".concat(role, " does not have the privileges of pg_monitor or pg_read_all_stats") };
}
function window2(since, now) {
  if (typeof since !== "string" || !since) return { since: null, recent: false, days: null };
  const ms = Date.parse(now) - Date.parse(since);
  if (!Number.isFinite(ms)) return { since, recent: false, days: null };
  const days = Math.max(0, ms / 864e5);
  return { since, recent: days < RECENT_RESET_DAYS, days };
}
function databaseCounters(s) {
  return window2(probeRows(s, "statistics")[0]?.stats_reset, s.collectedAt);
}
function statementCounters(s) {
  return window2(probeRows(s, "statements_info")[0]?.stats_reset, s.collectedAt);
}
function describeWindow(w) {
  if (!w.since) return "never reset";
  const days = w.days === null ? "" : w.days < 1 ? " (less than a day before the audit)" : " (".concat(Math.floor(w.days), " day").concat(Math.floor(w.days) === 1 ? "" : "s", " before the audit)");
  return "since ".concat(w.since).concat(days);
}
function part(name2, found, gap2, noneProvesNothing = null) {
  if (found) return { part: name2, status: "in_use", reason: "" };
  if (gap2) return { part: name2, status: "not_checked", reason: gap2 };
  if (noneProvesNothing) return { part: name2, status: "not_checked", reason: noneProvesNothing };
  return { part: name2, status: "not_in_use", reason: "" };
}
function codePart(s, found) {
  if (!s.scan) return part("code", found, "no addons folder was scanned");
  return part("code", found, s.scan.stoppedEarly ? "the addons scan stopped early (".concat(s.scan.stoppedEarly, ")") : null);
}
function overallStatus(items, parts) {
  if (items > 0) return "in_use";
  return parts.every((p) => p.status === "not_in_use") ? "not_in_use" : "not_checked";
}

function thresholdsOf(cat) {
  return cat.workload?.thresholds ?? [];
}
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
var sum = (...xs) => xs.some((x) => x === null) ? null : xs.reduce((a, b) => a + b, 0);
function capabilityOnTable(capability2, row, inUse) {
  const n = (k) => num(row?.[k]) ?? 0;
  switch (capability2) {
    case "full_text":
    case "trigram":
    case "unaccent":
      return row ? n("fts_indexes") + n("trigram_indexes") > 0 : null;
    case "jsonb":
    case "jsonb_indexes":
      return row ? n("gin_indexes") > 0 : null;
    case "brin":
      return row ? n("brin_indexes") > 0 : null;
    case "partitioning":
      return row ? row.partitioned === true : null;
    default:
      return inUse.has(capability2);
  }
}
function databaseFigures(s) {
  const window3 = databaseCounters(s);
  const rowsByTable = /* @__PURE__ */ new Map();
  for (const r of probeRows(s, "table_activity")) {
    const table2 = String(r.table_name);
    if (!rowsByTable.has(table2) || r.schema === "public") rowsByTable.set(table2, r);
  }
  const seconds = window3.days !== null && window3.days > 0 ? window3.days * 86400 : null;
  const started = probeRows(s, "statistics")[0]?.server_started;
  const uptime = typeof started === "string" ? (Date.parse(s.collectedAt) - Date.parse(started)) / 1e3 : NaN;
  const boundSeconds = window3.since === null && Number.isFinite(uptime) && uptime > 0 ? uptime : null;
  return { gap: probeGap(s, "table_activity"), rowsByTable, window: window3, seconds, rateOver: seconds ?? boundSeconds };
}
function measureWorkload(db, models, store, cat, inUse) {
  const { window: window3, seconds, rateOver } = db;
  const thresholds = thresholdsOf(cat).filter((t) => t.category === store.category);
  if (db.gap) return { tables: [], comparisons: [], gap: db.gap, window: window3, thresholds };
  const tables = [];
  const comparisons = [];
  const seen = /* @__PURE__ */ new Set();
  for (const m of models) {
    if (seen.has(m.table)) continue;
    seen.add(m.table);
    const row = db.rowsByTable.get(m.table);
    const perDay = (k) => {
      const v = num(row?.[k]);
      return v === null || window3.days === null || window3.days <= 0 ? null : v / window3.days;
    };
    const count = row ? num(row.rows_estimate) ?? num(row.live_rows) : null;
    const tableBytes = row ? num(row.table_bytes) : null;
    const indexBytes = row ? num(row.index_bytes) : null;
    const capabilityInUse = capabilityOnTable(store.replacement.capability, row, inUse);
    const w = {
      table: m.table,
      model: m.model,
      rows: count,
      tableBytes,
      indexBytes,
      insertsPerDay: perDay("inserts"),
      updatesPerDay: perDay("updates"),
      deletesPerDay: perDay("deletes"),
      seqScansPerDay: perDay("seq_scans"),
      idxScansPerDay: perDay("idx_scans"),
      capabilityInUse,
      detail: row ? "".concat(m.table, ": about ").concat(Math.round(count ?? 0).toLocaleString("en-US"), " rows, ").concat(formatBytes(tableBytes ?? 0), " of table and ").concat(formatBytes(indexBytes ?? 0), " of indexes").concat(window3.days === null ? "; the statistics window is unknown (never reset), so no per-day figures" : "") : "".concat(m.table, ": no such table in the audited database")
    };
    tables.push(w);
    if (!row) continue;
    const reads = sum(num(row.seq_scans), num(row.idx_scans));
    const writes = sum(num(row.inserts), num(row.updates), num(row.deletes));
    const values = {
      rows: count,
      total_bytes: sum(tableBytes, indexBytes),
      reads_per_second: reads === null || rateOver === null ? null : reads / rateOver,
      writes_per_second: writes === null || rateOver === null ? null : writes / rateOver
    };
    for (const t of thresholds) {
      const value = values[t.metric];
      const atMost = seconds === null && t.metric.endsWith("per_second") && value !== null;
      const exceeded = value === null ? null : value < t.threshold ? false : atMost ? null : true;
      comparisons.push({ table: m.table, model: m.model, metric: t.metric, value, threshold: t.threshold, unit: t.unit, source: t.description, exceeded, atMost });
    }
  }
  return { tables, comparisons, gap: null, window: window3, thresholds };
}
function describeValue(metric, value) {
  if (metric === "total_bytes") return formatBytes(value);
  if (metric === "rows") {
    const n = value >= 1e6 ? "".concat(+(value / 1e6).toFixed(1), "M") : value >= 1e4 ? "".concat(Math.round(value / 1e3), "k") : Math.round(value).toLocaleString("en-US");
    return "".concat(n, " rows");
  }
  const unit = metric === "reads_per_second" ? "reads/s" : "writes/s";
  return "".concat(value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(value >= 1 ? 1 : 2), " ").concat(unit);
}

var VERDICT_TITLES = { refuse: "Refuse", replace: "Replace", keep: "Keep", review: "Review" };
var VERDICT_COLORS = {
  refuse: { bg: "#a61b1b", fg: "#ffffff" },
  review: { bg: "#ffe8a1", fg: "#5c4300" },
  replace: { bg: "#0b5394", fg: "#ffffff" },
  keep: { bg: "#1e6b30", fg: "#ffffff" }
};
var VERDICT_ORDER = ["refuse", "review", "replace", "keep"];
function verdictTitle2(v) {
  return v ? VERDICT_TITLES[v] ?? String(v) : "—";
}
function verdictCounts(r) {
  const counts = r.summary.verdicts ?? {};
  return VERDICTS.map((v) => "".concat(Number(counts[v] ?? 0), " ").concat(v)).join(", ");
}
var TIMING_TITLES = {
  in_transaction: "inside the ORM transaction",
  after_commit: "after commit",
  queued: "deferred through a queue",
  unknown: "timing unknown"
};
var DIRECTION_TITLES = {
  to_store: "to the store",
  from_store: "from the store",
  both: "both ways"
};
var CONDITION_QUESTIONS = {
  role: "A rebuildable copy of PostgreSQL data?",
  dual_write: "Written together with Odoo records (dual write)?",
  rebuild: "A path that rebuilds it from PostgreSQL?",
  reads_back: "Read back into Odoo records?",
  workload: "Workload beyond what PostgreSQL does well?",
  reconciliation: "A reconciliation job?",
  ttl: "Entries expire?"
};
function conditionText(condition) {
  return CONDITION_QUESTIONS[condition] ?? condition;
}
function holdsText(h) {
  return h === true ? "yes" : h === false ? "no" : "undecided";
}
function statisticText(s) {
  const known = WORKLOAD_METRICS.includes(s.metric);
  const n = (x) => !Number.isFinite(Number(x)) ? String(x) : known ? describeValue(s.metric, Number(x)) : "".concat(formatNumber(Number(x)), " ").concat(s.metric);
  return "".concat(s.table, ": ").concat(n(s.value), " (threshold ").concat(n(s.threshold), "; source: ").concat(s.source, ")");
}
function pathText(p) {
  return "".concat(p.method).concat(p.model ? " on ".concat(p.model) : "", ": ").concat(p.trigger).concat(p.detail ? " (".concat(p.detail, ")") : "", ", ").concat(TIMING_TITLES[p.timing] ?? p.timing);
}
function modelText(m) {
  return "".concat(m.model, " (").concat(m.table, ") ").concat(DIRECTION_TITLES[m.direction] ?? m.direction).concat(m.fields.length ? ": ".concat(m.fields.join(", ")) : "");
}

function compareCells(a, b) {
  if (a === b) return 0;
  if (a === null || a === void 0) return 1;
  if (b === null || b === void 0) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), void 0, { numeric: true, sensitivity: "base" });
}
function sortRows(rows, sort) {
  if (!sort) return rows;
  const dir = sort.asc ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = x[sort.key];
    const b = y[sort.key];
    if (a == null || b == null) return compareCells(a, b);
    return dir * compareCells(a, b);
  });
}
function filterItems(items, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const text3 = Object.values(item).map((v) => v == null ? "" : String(v)).join(" ").toLowerCase();
    return words.every((w) => text3.includes(w));
  });
}
function paginate(rows, page, size3) {
  const pages = Math.max(1, Math.ceil(rows.length / size3));
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = rows.slice(p * size3, (p + 1) * size3);
  return { rows: slice, page: p, pages, total: rows.length, first: rows.length ? p * size3 + 1 : 0, last: p * size3 + slice.length };
}
function toggleSort(current, key) {
  return current && current.key === key ? { key, asc: !current.asc } : { key, asc: true };
}
function jsonbSizeByModule(report, top = 10) {
  const sizes = /* @__PURE__ */ new Map();
  for (const item of report.capabilities.find((c) => c.id === "jsonb")?.items ?? []) {
    const label = String(item.module ?? item.table ?? "?");
    sizes.set(label, (sizes.get(label) ?? 0) + (typeof item.size === "number" ? item.size : 0));
  }
  return [...sizes].map(([label, bytes2]) => ({ label, bytes: bytes2 })).sort((a, b) => b.bytes - a.bytes).slice(0, top);
}

var PAGE_SIZE = 50;
var DataTable = class extends Component3 {
  get page() {
    const rows = sortRows(filterItems(this.props.items, this.props.state.query), this.props.state.sort);
    return paginate(rows, this.props.state.page, PAGE_SIZE);
  }
  /** A column label from core's catalog, through _t (translated when the module's .po has it). */
  label(col) {
    return _t6(col.label);
  }
  cell(item, col) {
    const v = item[col.key];
    if (v == null) return "";
    if (col.kind === "bytes" && typeof v === "number") return size(v);
    if (col.kind === "number" && typeof v === "number") return integer(v);
    if (col.kind === "bool" && typeof v === "boolean") return v ? _t6("yes") : _t6("no");
    return String(v);
  }
  link(item, col) {
    const v = item[col.key];
    if (typeof v !== "string" || !v) return null;
    if (col.key === "module") return { kind: "module", name: v };
    if (col.key === "model") return { kind: "model", model: v };
    if (col.key === "field" && typeof item.model === "string" && item.model) return { kind: "field", model: item.model, name: v };
    return null;
  }
  linkTitle(link) {
    return linkTitle(link);
  }
  isNumeric(col) {
    return col.kind === "number" || col.kind === "bytes";
  }
  ariaSort(col) {
    const s = this.props.state.sort;
    return !s || s.key !== col.key ? "none" : s.asc ? "ascending" : "descending";
  }
  sortIcon(col) {
    const a = this.ariaSort(col);
    return a === "none" ? "fa fa-sort text-muted" : a === "ascending" ? "fa fa-sort-asc" : "fa fa-sort-desc";
  }
  sortLabel(col) {
    const a = this.ariaSort(col);
    const name2 = this.label(col);
    return a === "ascending" ? _t6("%(column)s: sorted ascending; activate to sort descending", { column: name2 }) : a === "descending" ? _t6("%(column)s: sorted descending; activate to sort ascending", { column: name2 }) : _t6("%(column)s: activate to sort ascending", { column: name2 });
  }
  get filterLabel() {
    return _t6("Filter the rows of %(table)s", { table: this.props.caption });
  }
  get countText() {
    return _t6("%(shown)s of %(total)s rows", { shown: integer(this.page.total), total: integer(this.props.items.length) });
  }
  get pageText() {
    const p = this.page;
    return _t6("Rows %(first)s to %(last)s of %(total)s", { first: integer(p.first), last: integer(p.last), total: integer(p.total) });
  }
  get previousLabel() {
    return _t6("Previous page");
  }
  get nextLabel() {
    return _t6("Next page");
  }
  onSort(col) {
    this.props.onChange({ ...this.props.state, sort: toggleSort(this.props.state.sort, col.key), page: 0 });
  }
  onFilter(ev) {
    this.props.onChange({ ...this.props.state, query: ev.target.value, page: 0 });
  }
  goto(delta) {
    this.props.onChange({ ...this.props.state, page: this.page.page + delta });
  }
};
__publicField(DataTable, "template", "pg_capabilities.DataTable");
__publicField(DataTable, "props", ["*"]);

import { Component as Component4, useState } from "@odoo/owl";
import { _t as _t7 } from "@web/core/l10n/translation";
var StoreInventory = class extends Component4 {
  constructor() {
    super(...arguments);
    __publicField(this, "state");
  }
  setup() {
    this.state = useState({ open: "" });
  }
  kindTitle(x) {
    return x.kind === "odoo" ? _t7("Odoo's own") : _t7("External store");
  }
  verdictLabel(x) {
    return x.verdict ? verdictTitle(x.verdict) : _t7("No verdict: Odoo needs it");
  }
  verdictClass(x) {
    return badgeClass("verdict", x.verdict);
  }
  role(x) {
    return roleTitle(x.role);
  }
  moduleLink(name2) {
    return { kind: "module", name: name2 };
  }
  modelLink(model) {
    return { kind: "model", model };
  }
  linkTitle(l) {
    return linkTitle(l);
  }
  toggleLabel(x) {
    return this.state.open === x.id ? _t7("Hide the operational checklist of %(store)s", { store: x.title }) : _t7("Show the operational checklist of %(store)s", { store: x.title });
  }
  toggle(x) {
    this.state.open = this.state.open === x.id ? "" : x.id;
  }
};
__publicField(StoreInventory, "template", "pg_capabilities.StoreInventory");
__publicField(StoreInventory, "props", ["*"]);

var emptyTable = () => ({ sort: null, query: "", page: 0 });
var defaultViewState = () => ({ closed: [], unused: false, tables: {} });
var enc = encodeURIComponent;
var dec = (s) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
};
function toUrl(v) {
  const tables = Object.entries(v.tables).filter(([, t]) => t.sort || t.query || t.page).map(([id, t]) => [id, t.sort ? t.sort.key : "", t.sort ? t.sort.asc ? "a" : "d" : "", t.query, String(t.page)].map(enc).join("~"));
  return { pgcap_closed: v.closed.map(enc).join(","), pgcap_unused: v.unused ? "1" : "", pgcap_tables: tables.join(";") };
}
function fromUrl(u) {
  const v = defaultViewState();
  if (!u) return v;
  const str2 = (x) => typeof x === "string" ? x : typeof x === "number" ? String(x) : "";
  v.closed = str2(u.pgcap_closed).split(",").filter(Boolean).map(dec).filter(Boolean);
  v.unused = str2(u.pgcap_unused) === "1";
  for (const entry of str2(u.pgcap_tables).split(";").filter(Boolean)) {
    const [id, key, dir, query, page] = entry.split("~").map(dec);
    if (!id) continue;
    const p = Number(page);
    v.tables[id] = { sort: key ? { key, asc: dir !== "d" } : null, query: query ?? "", page: Number.isInteger(p) && p > 0 ? p : 0 };
  }
  return v;
}
function initialViewState(props) {
  if (props.state?.pgcap) return structuredCloneSafe(props.state.pgcap);
  const a = props.action;
  const fromContext = a?.context?.params;
  const url = fromContext && typeof fromContext === "object" ? fromContext : a?.params && typeof a.params === "object" ? a.params : void 0;
  return fromUrl(url);
}
function structuredCloneSafe(v) {
  return fromUrl(toUrl(v));
}

import { loadBundle as loadBundle2 } from "@web/core/assets";
import { downloadFile } from "@web/core/network/download";
import { localization } from "@web/core/l10n/localization";
import { registry } from "@web/core/registry";

var REDACTED = "***";
var compiled = /* @__PURE__ */ new Map();
function rules(defs) {
  let res = compiled.get(defs);
  if (!res) {
    res = defs.map((d) => ({ re: new RegExp(d.pattern, "".concat(d.flags ?? "", "gd")), literals: d.literals ?? [] }));
    compiled.set(defs, res);
  }
  return res;
}
function redact(text3, defs = catalog.redactions) {
  let out = text3;
  const lower = text3.toLowerCase();
  for (const { re, literals } of rules(defs)) {
    if (literals.length > 0 && !literals.some((l) => lower.includes(l))) continue;
    re.lastIndex = 0;
    const spans = [];
    for (const m of out.matchAll(re)) {
      const indices = m.indices;
      for (let g = 1; g < m.length; g++) {
        const span = indices[g];
        if (span && span[1] > span[0] && m[g] !== REDACTED) spans.push(span);
      }
    }
    if (spans.length === 0) continue;
    const parts = [];
    let at3 = 0;
    for (const [start, end] of spans) {
      if (start < at3) continue;
      parts.push(out.slice(at3, start), REDACTED);
      at3 = end;
    }
    parts.push(out.slice(at3));
    out = parts.join("");
  }
  return out;
}
function redactDeep(value, defs = catalog.redactions) {
  const seen = /* @__PURE__ */ new Map();
  const walk = (v) => {
    if (typeof v === "string") {
      let r = seen.get(v);
      if (r === void 0) {
        r = redact(v, defs);
        seen.set(v, r);
      }
      return r;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      const out = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value);
}

var FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
var CSV_CELL_MAX = 32e3;
function csvCell(value) {
  let s = value == null ? "" : displayText(String(value), CSV_CELL_MAX);
  if (FORMULA_START.test(s)) s = "'".concat(s);
  return /[",\r\n]/.test(s) ? '"'.concat(s.replace(/"/g, '""'), '"') : s;
}
var CSV_COLUMNS = [
  "section",
  "verdict",
  "verdict_text",
  "action",
  "reasons",
  "models",
  "write_paths",
  "rebuild_paths",
  "reconciliation",
  "severity",
  "module",
  "path",
  "state",
  "origin",
  "odoo_core",
  "store",
  "category",
  "role",
  "role_reason",
  "dual_write",
  "client_code",
  "evidence_count",
  "first_evidence",
  "first_snippet",
  "replace_with",
  "recommendation"
];
function toCsv(r) {
  const rows = r.findings.map((f) => {
    const first = f.evidence[0];
    return [
      f.section,
      f.verdict,
      f.verdictText,
      f.action,
      // "condition=yes|no|undecided" per reason; "model.name: fields"; "Class.method trigger timing"; file:line
      (f.reasons ?? []).map((x) => "".concat(x.condition, "=").concat(holdsText(x.holds))).join("; "),
      (f.models ?? []).map((m) => "".concat(m.model).concat(m.fields.length ? ": ".concat(m.fields.join(" ")) : "")).join("; "),
      (f.paths ?? []).map((p) => "".concat(p.method, " ").concat(p.trigger, " ").concat(p.timing)).join("; "),
      (f.rebuild?.paths ?? []).map((x) => "".concat(x.file, ":").concat(x.line)).join("; "),
      (f.reconciliation ?? []).map((x) => "".concat(x.file, ":").concat(x.line)).join("; "),
      f.severity,
      f.module,
      f.path,
      f.state,
      f.origin,
      f.core,
      f.store,
      f.category,
      f.role,
      f.roleReason,
      f.dualWrite,
      "".concat(f.client.file, ":").concat(f.client.line),
      f.evidenceCount,
      first ? "".concat(first.file, ":").concat(first.line) : "",
      first ? redact(first.snippet) : "",
      f.recommendation.capability,
      f.recommendation.text
    ].map(csvCell).join(",");
  });
  return "".concat([CSV_COLUMNS.join(","), ...rows].join("\r\n"), "\r\n");
}

var ROLE_RANK = ["authoritative", "unknown", "derived"];
var MAX_ENDPOINTS = 20;
var URL_RE = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s'"`<>()[\]{},;]+/gi;
var HOST_PORT_RE = /["']((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?:\d{2,5})["']/gi;
function endpointsOf(e2, cat) {
  if (e2.kind !== "url" && e2.kind !== "config") return [];
  const text3 = redact(e2.snippet, cat.redactions);
  const out = [];
  for (const m of text3.matchAll(URL_RE)) out.push(m[0].replace(/[.…]+$/, ""));
  for (const m of text3.matchAll(HOST_PORT_RE)) if (!out.some((u) => u.includes(m[1]))) out.push(m[1]);
  return out.filter((u) => !u.endsWith("…"));
}
function sorted(values) {
  return [...new Set(values)].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function plural(n, word) {
  return "".concat(formatNumber(n), " ").concat(word).concat(n === 1 ? "" : "s");
}
function settingsFor(keywords, s) {
  const words = keywords.map((k) => k.toLowerCase()).filter((k) => /^[a-z0-9]/.test(k));
  const keys = probeRows(s, "odoo_config_keys").map((r) => String(r.key));
  const options = s.odoo?.serverOptions ?? [];
  const named = (name2) => words.some((w) => name2.toLowerCase().includes(w));
  return sorted([...keys.filter(named).map((k) => "ir.config_parameter ".concat(k)), ...options.filter(named).map((o) => "server option ".concat(o))]);
}
function externalEntry(store, findings, s, cat) {
  const def = storeById(store, cat);
  const first = findings[0];
  const evidence = findings.flatMap((f) => [...f.evidence, f.client, ...f.usedBy.flatMap((u) => u.evidence)]);
  const endpoints = sorted(evidence.flatMap((e2) => endpointsOf(e2, cat))).slice(0, MAX_ENDPOINTS);
  const modules = sorted(findings.flatMap((f) => [f.module, ...f.usedBy.map((u) => u.module)]));
  const role = ROLE_RANK.find((r) => findings.some((f) => f.role === r)) ?? null;
  const verdict = VERDICT_ORDER.find((v) => findings.some((f) => f.verdict === v)) ?? null;
  const facts = [];
  const own = findings.filter((f) => f.section === "findings");
  const odoo = findings.filter((f) => f.section === "odoo");
  if (own.length) facts.push("Called by ".concat(plural(own.length, "module"), " that run").concat(own.length === 1 ? "s" : "", " here: ").concat(sorted(own.map((f) => f.module)).join(", "), "."));
  if (odoo.length) facts.push("Called by Odoo's own ".concat(odoo.length === 1 ? "module" : "modules", " ").concat(sorted(odoo.map((f) => f.module)).join(", "), "."));
  const dual = findings.filter((f) => f.dualWrite);
  if (dual.length) facts.push("Dual write (one change sent to PostgreSQL and to ".concat(first.storeTitle, ") in ").concat(sorted(dual.map((f) => f.module)).join(", "), "."));
  const tables = new Map(findings.flatMap((f) => f.workload).map((w) => [w.table, w]));
  for (const w of [...tables.values()].sort((a, b) => a.table < b.table ? -1 : 1)) {
    const size3 = w.tableBytes == null ? "" : ", ".concat(formatBytes(w.tableBytes + (w.indexBytes ?? 0)), " with indexes");
    facts.push("Table ".concat(w.table).concat(w.model ? " (".concat(w.model, ")") : "", ": ").concat(w.rows == null ? "rows not estimated (never analysed)" : plural(w.rows, "row")).concat(size3, "."));
  }
  if (endpoints.length === 0) facts.push("No host or URL seen in code or data files: it is configured elsewhere (environment, odoo.conf, system parameters).");
  return {
    id: store,
    kind: "external",
    store,
    title: first.storeTitle,
    endpoints,
    modules,
    models: sorted(findings.flatMap((f) => f.models.map((m) => m.model))),
    role,
    verdict,
    facts,
    checklist: checklistOf(def?.category ?? first.category, cat),
    settings: settingsFor(def?.keywords ?? [store], s)
  };
}
function filestoreEntry(s, cat) {
  const isOdoo = probeRows(s, "server")[0]?.is_odoo === true;
  const host = s.odoo?.filestore;
  if (!isOdoo && !s.odoo) return null;
  const facts = [];
  const att = probeResult(s, "odoo_attachments");
  const row = att?.status === "ok" ? att.rows[0] : void 0;
  if (row) {
    const n = (v) => typeof v === "number" ? v : null;
    const total = n(row.rows_estimate);
    const inFiles = n(row.in_filestore_estimate);
    const inDb = n(row.in_database_estimate);
    if (total == null) facts.push("Attachments: ir_attachment was never analysed, so there is no estimate of its rows.");
    else {
      facts.push("Attachments: about ".concat(plural(total, "record"), " in ir_attachment (").concat(formatBytes(n(row.table_bytes)), " in the database for the table itself)."));
      facts.push(inFiles == null ? "Attachments in the filestore (store_fname): not estimated, the column has no statistics yet." : "About ".concat(formatNumber(inFiles), " kept as files in the filestore (store_fname)."));
      facts.push(inDb == null ? "Attachments in the database (db_datas): not estimated, the column has no statistics yet." : "About ".concat(formatNumber(inDb), " kept in the database itself (db_datas), restored with it."));
    }
    const loc = typeof row.location === "string" ? row.location : null;
    facts.push(loc === null ? "Location (ir_attachment.location): not set, so Odoo writes new attachments to the filestore ('file')." : "Location (ir_attachment.location): '".concat(redact(loc, cat.redactions), "'").concat(loc === "file" ? ", new attachments go to the filestore" : loc === "db" ? ", new attachments go to the database" : ", a custom storage: new attachments go where its module puts them", "."));
  } else if (!s.database) facts.push("Attachments not counted: no database was audited.");
  else facts.push("Attachments not counted: ".concat(att ? att.message ?? att.status : "the collector did not read ir_attachment", "."));
  if (host) {
    const cut = host.complete ? "" : " at least (count cut short: ".concat(host.reason ?? "no reason given", ")");
    facts.push("On disk: ".concat(plural(host.files, "file"), ", ").concat(formatBytes(host.bytes)).concat(cut, ", counted by the Odoo module in this database's filestore."));
  } else if (s.odoo) facts.push("On disk: the Odoo module could not look at the filestore folder.");
  else facts.push("On disk: not measured. pgcap reads the database, not the Odoo server's data directory; the Odoo module (a rescan) measures the filestore's size and file count.");
  return {
    id: "filestore",
    kind: "odoo",
    store: "filestore",
    title: "Odoo filestore",
    endpoints: [],
    modules: ["base"],
    models: ["ir.attachment"],
    // the files exist nowhere else: the database holds only their names
    role: "authoritative",
    verdict: null,
    facts,
    checklist: checklistOf("filestore", cat),
    settings: sorted(probeRows(s, "odoo_config_keys").map((r) => String(r.key)).filter((k) => k.startsWith("ir_attachment.")).map((k) => "ir.config_parameter ".concat(k)))
  };
}
function sessionsEntry(s, cat) {
  const sessions = s.odoo?.sessions;
  if (!sessions) return null;
  const facts = [sessions.kind === "filesystem" ? "Kind: files on the Odoo server's disk (Odoo's FilesystemSessionStore, under the data directory)." : "Kind: a session store replaced by a module (".concat(sessions.kind, "); where it keeps sessions is that module's choice.")];
  if (sessions.files != null) facts.push("".concat(plural(sessions.files, "session file"), " now."));
  return {
    id: "sessions",
    kind: "odoo",
    store: "sessions",
    title: "Odoo sessions",
    endpoints: [],
    modules: ["base"],
    models: [],
    role: null,
    verdict: null,
    facts,
    checklist: checklistOf("sessions", cat),
    settings: sorted((s.odoo?.serverOptions ?? []).filter((o) => o.toLowerCase().includes("session")).map((o) => "server option ".concat(o)))
  };
}
function inInventory(f) {
  return f.section === "findings" || f.section === "odoo";
}
function buildInventory(findings, snapshot, cat = catalog) {
  const byStore = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!inInventory(f)) continue;
    const list2 = byStore.get(f.store);
    if (list2) list2.push(f);
    else byStore.set(f.store, [f]);
  }
  const rank = (e2) => e2.verdict === null ? VERDICT_ORDER.length : VERDICT_ORDER.indexOf(e2.verdict);
  const external = [...byStore].map(([store, list2]) => externalEntry(store, list2, snapshot, cat)).sort((a, b) => rank(a) - rank(b) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const own = [filestoreEntry(snapshot, cat), sessionsEntry(snapshot, cat)].filter((e2) => e2 !== null);
  return [...external, ...own];
}

function sha1(bytes2) {
  const bitLength = bytes2.length * 8;
  const padded = new Uint8Array(bytes2.length + 9 + 63 >> 6 << 6);
  padded.set(bytes2);
  padded[bytes2.length] = 128;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = [1732584193, 4023233417, 2562383102, 271733878, 3285377520];
  const w = new Uint32Array(80);
  const rotl = (x, n) => x << n | x >>> 32 - n;
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e2] = h;
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? b & c | ~b & d : i < 40 ? b ^ c ^ d : i < 60 ? b & c | b & d | c & d : b ^ c ^ d;
      const k = i < 20 ? 1518500249 : i < 40 ? 1859775393 : i < 60 ? 2400959708 : 3395469782;
      const t = rotl(a, 5) + f + e2 + k + w[i] >>> 0;
      e2 = d;
      d = c;
      c = rotl(b, 30) >>> 0;
      b = a;
      a = t;
    }
    h[0] = h[0] + a >>> 0;
    h[1] = h[1] + b >>> 0;
    h[2] = h[2] + c >>> 0;
    h[3] = h[3] + d >>> 0;
    h[4] = h[4] + e2 >>> 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  h.forEach((x, i) => ov.setUint32(i * 4, x));
  return out;
}
function utf8(s) {
  const out = [];
  for (const ch of s) {
    let c = ch.codePointAt(0);
    if (c >= 55296 && c <= 57343) c = 65533;
    if (c < 128) out.push(c);
    else if (c < 2048) out.push(192 | c >> 6, 128 | c & 63);
    else if (c < 65536) out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
    else out.push(240 | c >> 18, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63);
  }
  return new Uint8Array(out);
}
var hex = (b) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
function uuidV5(name2, namespace) {
  const ns = namespace.replace(/-/g, "").match(/../g).map((x) => parseInt(x, 16));
  const digest = sha1(new Uint8Array([...ns, ...utf8(name2)])).slice(0, 16);
  digest[6] = digest[6] & 15 | 80;
  digest[8] = digest[8] & 63 | 128;
  const h = hex(digest);
  return "".concat(h.slice(0, 8), "-").concat(h.slice(8, 12), "-").concat(h.slice(12, 16), "-").concat(h.slice(16, 20), "-").concat(h.slice(20));
}

// package.json
var version = "0.1.0";

var PGCAP_VERSION = version;

var PGCAP_NAMESPACE = "f915d43b-1146-4d58-a036-6fc31057378f";
var FLOW = { to_store: "inbound", from_store: "outbound", both: "bi-directional" };
var CLASSIFICATION = {
  authoritative: "authoritative: Odoo data held only in this store",
  derived: "derived: a projection of PostgreSQL data, rebuildable",
  unknown: "unclassified: role not established"
};
var text = (s) => visible(redact(s));
function iriReference(value) {
  const s = redact(value).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "�");
  const [head = "", ...rest] = s.split("#");
  const fragment = rest.length ? "#".concat(encodeURIComponent(rest.join("#")).replace(/%2F/g, "/").replace(/%3F/g, "?").replace(/%3A/g, ":").replace(/%40/g, "@")) : "";
  let iri = encodeURI(head).replace(/%25([0-9A-Fa-f]{2})/g, "%$1");
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri)) iri = iri.replace(/^[^/?]*/, (seg) => seg.replace(/:/g, "%3A"));
  return iri + fragment;
}
function findingsOf(r, x) {
  return r.findings.filter((f) => f.store === x.store && inInventory(f));
}
function dataFlows(r, x) {
  const uses = findingsOf(r, x).flatMap((f) => (f.models ?? []).map((m) => ({ m, role: f.role })));
  const classification = x.kind === "odoo" ? "Odoo's own ".concat(x.title.toLowerCase(), ", kept outside PostgreSQL") : CLASSIFICATION[x.role ?? "unknown"] ?? CLASSIFICATION.unknown;
  const models = x.models.length ? x.models : [];
  if (models.length === 0) return [{ flow: "unknown", classification: text(classification), name: text(x.title), description: text("Data of ".concat(x.modules.join(", ") || "Odoo")) }];
  return models.map((model) => {
    const seen = uses.filter((u) => u.m.model === model);
    const flows = [...new Set(seen.map((u) => FLOW[u.m.direction] ?? "unknown"))];
    const flow = x.kind === "odoo" ? "bi-directional" : flows.length === 1 ? flows[0] : flows.length > 1 ? "bi-directional" : "unknown";
    const fields = [...new Set(seen.flatMap((u) => u.m.fields))].sort();
    return {
      flow,
      classification: text(classification),
      name: text(model),
      description: text("Odoo model ".concat(model).concat(fields.length ? ", fields ".concat(fields.join(", ")) : ""))
    };
  });
}
function properties(r, x) {
  const p = (name2, value) => value == null || value === "" ? [] : [{ name: "pg-capabilities:".concat(name2), value: text(value) }];
  return [
    ...p("kind", x.kind),
    ...p("store", x.store),
    ...p("role", x.role),
    ...p("verdict", x.verdict),
    ...x.modules.flatMap((m) => p("module", m)),
    ...x.models.flatMap((m) => p("model", m)),
    ...findingsOf(r, x).flatMap((f) => p("finding", "".concat(f.id, ": ").concat(f.verdict))),
    ...x.facts.flatMap((f) => p("fact", f)),
    ...x.settings.flatMap((s) => p("setting", s)),
    ...x.checklist.flatMap((c) => p("checklist:".concat(c.item), c.text))
  ];
}
function service(r, x) {
  return {
    "bom-ref": text("store:".concat(x.id)),
    ...x.kind === "odoo" ? { group: "odoo" } : {},
    name: text(x.title),
    description: text(x.kind === "odoo" ? "".concat(x.title, ": Odoo's own store outside PostgreSQL") : "".concat(x.title, ", called by ").concat(x.modules.join(", ") || "no module")),
    endpoints: [...new Set(x.endpoints.map(iriReference).filter(Boolean))],
    // an external store is reached over the network, outside PostgreSQL's trust boundary
    "x-trust-boundary": x.kind === "external",
    trustZone: x.kind === "odoo" ? "odoo server" : "external store",
    data: dataFlows(r, x),
    properties: properties(r, x)
  };
}
function serialNumber(r) {
  return "urn:uuid:".concat(uuidV5(jsonText({ source: r.source, inventory: r.inventory ?? [] }), PGCAP_NAMESPACE));
}
function toCycloneDx(r) {
  const src = r.source;
  const deployment = src.database ? "Odoo database ".concat(src.database) : "Odoo deployment (addons scanned, no database audited)";
  const bom = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: serialNumber(r),
    version: 1,
    metadata: {
      timestamp: src.collectedAt,
      tools: { components: [{ type: "application", group: "pg-capabilities", name: "pgcap", version: PGCAP_VERSION, description: text("Audit of the PostgreSQL capabilities and external stores of an Odoo deployment; collected by ".concat(src.collector)) }] },
      component: {
        type: "application",
        "bom-ref": "deployment",
        name: text(src.database ?? "odoo"),
        ...src.odooVersion ? { version: text(src.odooVersion) } : {},
        description: text("".concat(deployment).concat(src.odooVersion ? ", Odoo ".concat(src.odooVersion) : "").concat(src.serverVersion ? ", PostgreSQL ".concat(src.serverVersion) : "")),
        properties: [
          ...src.serverVersion ? [{ name: "pg-capabilities:postgresql", value: text(src.serverVersion) }] : [],
          ...src.statisticsSince ? [{ name: "pg-capabilities:statisticsSince", value: text(src.statisticsSince) }] : [],
          ...Object.entries(r.summary.verdicts ?? {}).map(([v, n]) => ({ name: "pg-capabilities:verdicts:".concat(v), value: String(Number(n)) }))
        ]
      }
    },
    services: (r.inventory ?? []).map((x) => service(r, x))
  };
  return jsonText(bom);
}

var ORIGINS = ["odoo", "oca", "third_party", "custom"];
var ORIGIN_TITLES = { odoo: "Odoo", oca: "OCA", third_party: "third party", custom: "custom" };
function originOf(scanned, db, companies, cat = catalog) {
  const rules2 = cat.origin;
  const author = (scanned ? scanned.author : String(db?.author ?? "")).trim();
  const license = scanned?.license || String(db?.license ?? "");
  const website = scanned?.website || String(db?.website ?? "");
  const odooAuthor = rules2.odooAuthors.some((a) => author.toLowerCase() === a.toLowerCase());
  const company = companies.find((c) => c.trim() !== "" && c.trim().toLowerCase() === author.toLowerCase());
  if (scanned?.inOdooTree) {
    return { origin: "odoo", basis: "its folder is in Odoo's own source tree".concat(author && !odooAuthor ? " (author ".concat(author, ")") : "") };
  }
  if ((odooAuthor || author === "") && rules2.odooLicenses.includes(license)) {
    return { origin: "odoo", basis: "Odoo's enterprise licence ".concat(license).concat(author ? " and author ".concat(author) : " and no other author") };
  }
  if (new RegExp(rules2.ocaAuthorPattern, "i").test(author)) {
    return { origin: "oca", basis: "its author names the Odoo Community Association" };
  }
  if (website && new RegExp(rules2.ocaWebsitePattern, "i").test(website)) {
    return { origin: "oca", basis: "its website is under the OCA's organisation" };
  }
  if (company) return { origin: "custom", basis: "its author is the audited company (".concat(company, ")") };
  if (!scanned) {
    if (author === "") return { origin: "custom", basis: "no author in the database" };
    if (odooAuthor) {
      return { origin: "odoo", basis: "from the database only: author ".concat(author, ", which Odoo also writes for a manifest without an author (scan the addons to tell)") };
    }
    return { origin: "third_party", basis: "from the database only: author ".concat(author) };
  }
  if (author === "") return { origin: "custom", basis: "its manifest names no author" };
  if (odooAuthor) return { origin: "third_party", basis: "names ".concat(author, " as author but lives outside Odoo's source tree") };
  return {
    origin: "third_party",
    basis: db || companies.length ? "author ".concat(author) : "author ".concat(author, " (no database audited: whether that is the client's own company could not be checked)")
  };
}

var RUNNING_STATES = ["installed", "to upgrade", "to remove"];
function statesKnown(r) {
  return r.modules.some((m) => m.state !== null);
}
function findingsScope(r) {
  return statesKnown(r) ? "in modules that run in this database" : r.source.database ? "in the scanned modules (the module list of the database could not be read: installation not checked)" : "in the scanned modules (no database audited: installation not checked)";
}
var SECTION_TITLES = {
  findings: "External stores",
  odoo: "External stores of Odoo's own modules",
  not_installed: "On disk, not installed"
};
function sectionIntro(r, section) {
  if (section === "odoo") return "Context, not findings to act on: modules of Odoo's own".concat(statesKnown(r) ? ", installed in this database" : "", ".");
  if (section === "not_installed") return "Modules found in the addons folders that do not run in the audited database: not counted in the summary.";
  return "";
}
function moduleState(r, m) {
  if (m.state) return m.state;
  if (!m.installable) return "not installable";
  return statesKnown(r) ? "not in this database" : "on disk";
}
function running(r) {
  return statesKnown(r) ? r.modules.filter((m) => m.state !== null && RUNNING_STATES.includes(m.state)) : r.modules.filter((m) => m.installable);
}
function inventorySentence(r) {
  const list2 = running(r);
  const counts = [...ORIGINS].reverse().map((o) => "".concat(list2.filter((m) => m.origin === o).length, " ").concat(ORIGIN_TITLES[o]));
  const what = statesKnown(r) ? "installed in this database" : "scanned (installation not checked)";
  return "".concat(list2.length, " module").concat(list2.length === 1 ? "" : "s", " ").concat(what, ": ").concat(counts.join(", "), ". Listed: every one that is not Odoo's own, and any with a finding.");
}
function listedModules(r) {
  return r.modules.filter((m) => m.origin !== "odoo" || m.findings > 0);
}
var INVENTORY_INTRO = "Every store outside PostgreSQL this deployment relies on, Odoo's own included: each is another thing to back up, monitor, secure and keep current, and none is restored by a point-in-time recovery of PostgreSQL.";
var INVENTORY_KIND_TITLES = { external: "external store", odoo: "Odoo's own" };

function escapeHtml(s) {
  return s.replace(/[&<>"'`]/g, (c) => "&#".concat(c.charCodeAt(0), ";"));
}
var HTML_TEXT_MAX = 1e3;
var e = (s) => escapeHtml(displayText(redact(String(s ?? "")), HTML_TEXT_MAX));
var attr = (s) => escapeHtml(visible(redact(s)));
var CSS = '\n:root{--fg:#212529;--muted:#6c757d;--line:#dee2e6;--bg:#f8f9fa;--accent:#714b67}\n*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}\nheader{background:var(--accent);color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.85}\nmain{padding:16px 32px 48px;max-width:1400px}h2{margin:32px 0 12px;font-size:18px;border-bottom:1px solid var(--line);padding-bottom:6px}\nh3{font-size:15px;margin:20px 0 8px}.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px;margin-top:16px}\n.card{border:1px solid var(--line);border-radius:6px;padding:12px 14px;background:var(--bg)}.card b{display:block;font-size:22px}.card>span{color:var(--muted);font-size:12px}\ntable{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}\nth{background:var(--bg);font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:var(--bg);padding:1px 4px;border-radius:3px;word-break:break-all}\n.sev{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;color:#fff}\n.sev-critical{background:#a61b1b}.sev-high{background:#d9480f}.sev-medium{background:#e8a100;color:#212529}.sev-low{background:#2b8a3e}.sev-info{background:#6c757d}\n.status{font-size:12px;font-weight:600;border-radius:10px;padding:1px 8px;margin-left:6px}.st-in_use{background:#2b8a3e;color:#fff}.st-not_in_use{background:var(--bg);color:var(--muted);border:1px solid var(--line)}.st-not_checked{background:#ffe8a1;color:#6b4e00;border:1px dashed #b38600}.parts{font-size:12px;color:var(--muted);margin:2px 0 6px}.finding{border:1px solid var(--line);border-radius:6px;padding:10px 14px;margin:10px 0}\n.finding dl{display:grid;grid-template-columns:140px 1fr;gap:4px 12px;margin:8px 0}.finding dt{color:var(--muted)}.finding dd{margin:0}\nul.ev{margin:4px 0;padding-left:18px}.verdict{display:inline-block;white-space:nowrap;overflow-wrap:normal;border-radius:4px;padding:1px 8px;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}\np.verdict-text{font-size:15px;margin:6px 0}h4{font-size:13px;margin:12px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}td,dd,li,h1,h3,p,summary{overflow-wrap:anywhere}.warn{color:#a61b1b}.muted{color:var(--muted)}details summary{cursor:pointer}\n'.concat(VERDICTS.map((v) => ".v-".concat(v, "{background:").concat(VERDICT_COLORS[v].bg, ";color:").concat(VERDICT_COLORS[v].fg, "}")).join(""), "\n");
function verdictBadge(v) {
  return v ? '<span class="verdict v-'.concat(attr(v), '">').concat(e(verdictTitle2(v)), "</span>") : '<span class="muted">—</span>';
}
function sev(s) {
  return s ? '<span class="sev sev-'.concat(attr(s), '">').concat(e(s), "</span>") : '<span class="muted">none</span>';
}
function capabilitySection(c, limit) {
  const head = '<h3 id="cap-'.concat(attr(c.id), '">').concat(e(c.title), ' <span class="status st-').concat(attr(c.status), '">').concat(e(c.summary), '</span></h3><p class="muted">').concat(e(c.description), "</p>");
  const parts = c.parts?.length ? '<p class="parts">'.concat(e(describeParts(c.parts)), "</p>") : "";
  const notes = c.notes.length ? "<ul>".concat(c.notes.map((n) => "<li>".concat(e(n), "</li>")).join(""), "</ul>") : "";
  if (c.items.length === 0) return head + parts + notes;
  const rows = c.items.slice(0, limit).map((i) => "<tr>".concat(c.columns.map((col) => "<td".concat(col.kind === "number" || col.kind === "bytes" ? ' class="num"' : "", ">").concat(e(formatCell(i[col.key], col.kind)), "</td>")).join(""), "</tr>")).join("");
  const more = c.items.length > limit ? '<p class="muted">'.concat(c.items.length - limit, " more in the JSON export.</p>") : "";
  return "".concat(head).concat(parts).concat(notes, "<table><thead><tr>").concat(c.columns.map((col) => "<th>".concat(e(col.label), "</th>")).join(""), "</tr></thead><tbody>").concat(rows, "</tbody></table>").concat(more);
}
var where = (x) => "<code>".concat(e("".concat(x.file, ":").concat(x.line)), "</code>");
var evList = (list2) => list2.length ? '<ul class="ev">'.concat(list2.map((x) => "<li>".concat(where(x), " <code>").concat(e(x.snippet), "</code></li>")).join(""), "</ul>") : "";
var figure = (n) => n === null || n === void 0 ? "—" : e(formatNumber(n));
var size2 = (n) => n === null || n === void 0 ? "—" : e(formatBytes(n) || "0 B");
function workloadTable(list2) {
  return "<table><thead><tr><th>Table</th><th>Model</th><th>Rows</th><th>Table size</th><th>Index size</th><th>Inserts/day</th><th>Updates/day</th><th>Deletes/day</th><th>Seq scans/day</th><th>Index scans/day</th><th>Capability in use</th><th>Detail</th></tr></thead><tbody>".concat(list2.map((w) => "<tr><td><code>".concat(e(w.table), "</code></td><td>").concat(e(w.model ?? "—"), '</td><td class="num">').concat(figure(w.rows), '</td><td class="num">').concat(size2(w.tableBytes), '</td><td class="num">').concat(size2(w.indexBytes), '</td><td class="num">').concat(figure(w.insertsPerDay), '</td><td class="num">').concat(figure(w.updatesPerDay), '</td><td class="num">').concat(figure(w.deletesPerDay), '</td><td class="num">').concat(figure(w.seqScansPerDay), '</td><td class="num">').concat(figure(w.idxScansPerDay), "</td><td>").concat(w.capabilityInUse === null ? "unknown" : w.capabilityInUse ? "yes" : "no", "</td><td>").concat(e(w.detail), "</td></tr>")).join(""), "</tbody></table>");
}
function verdictPart(f) {
  const rb = f.rebuild ?? { paths: [], ttl: [], invalidation: [] };
  const count = (list2, one, many) => list2.length ? "".concat(list2.length, " ").concat(list2.length === 1 ? one : many) : "none seen";
  return '<p class="verdict-text"><b>Verdict: '.concat(e(verdictTitle2(f.verdict)), ".</b> ").concat(e(f.verdictText), "</p><dl>\n<dt>Action</dt><dd><b>").concat(e(f.action || "—"), "</b></dd>\n<dt>Reasons</dt><dd>").concat(f.reasons?.length ? '<ul class="ev reasons">'.concat(f.reasons.map((x) => "<li><b>".concat(e(conditionText(x.condition)), "</b> ").concat(e(holdsText(x.holds)), ": ").concat(e(x.text)).concat(x.statistic ? ' <span class="muted">Statistic: '.concat(e(statisticText(x.statistic)), "</span>") : "").concat(evList(x.evidence), "</li>")).join(""), "</ul>") : "none given", "</dd>\n<dt>Models</dt><dd>").concat(f.models?.length ? '<ul class="ev">'.concat(f.models.map((m) => "<li>".concat(e(modelText(m))).concat(evList(m.evidence), "</li>")).join(""), "</ul>") : "none seen", "</dd>\n<dt>Paths that write to the store</dt><dd>").concat(f.paths?.length ? '<ul class="ev">'.concat(f.paths.map((p) => "<li>".concat(e(pathText(p))).concat(evList(p.evidence), "</li>")).join(""), "</ul>") : "none seen", "</dd>\n<dt>Rebuild from PostgreSQL</dt><dd>").concat(count(rb.paths, "path", "paths")).concat(evList(rb.paths), "</dd>\n<dt>TTL</dt><dd>").concat(rb.ttl.length ? "entries expire" : "none seen").concat(evList(rb.ttl), "</dd>\n<dt>Invalidation on write</dt><dd>").concat(rb.invalidation.length ? "yes" : "none seen").concat(evList(rb.invalidation), "</dd>\n<dt>Reconciliation</dt><dd>").concat(count(f.reconciliation ?? [], "job", "jobs"), ' <span class="muted">(a second permanent cost, not a fix)</span>').concat(evList(f.reconciliation ?? []), "</dd>\n<dt>Reads back into the ORM</dt><dd>").concat(f.readsBack?.length ? '<b class="warn">yes</b>: the store is then a source, not a projection' : "none seen").concat(evList(f.readsBack ?? []), "</dd>\n<dt>Workload</dt><dd>").concat(f.workload?.length ? workloadTable(f.workload) : "no statistics (no database audited, or no table found)", "</dd>\n</dl>");
}
function findingSection(f) {
  const ev = (list2) => '<ul class="ev">'.concat(list2.map((x) => "<li><code>".concat(e("".concat(x.file, ":").concat(x.line)), '</code> <span class="muted">').concat(e(x.kind), "</span> <code>").concat(e(x.snippet), "</code></li>")).join(""), "</ul>");
  return '<div class="finding" id="finding-'.concat(attr(f.id), '"><h3>').concat(verdictBadge(f.verdict), " ").concat(e(f.module), " → ").concat(e(f.storeTitle), " ").concat(sev(f.severity), "</h3>\n").concat(verdictPart(f), "<h4>Evidence</h4><dl>\n<dt>Module</dt><dd><code>").concat(e(f.path), "</code>").concat(f.state ? " — ".concat(e(f.state)) : "", "</dd>\n<dt>Origin</dt><dd>").concat(e(ORIGIN_TITLES[f.origin] ?? f.origin), ' <span class="muted">(').concat(e(f.originBasis), ")</span></dd>\n<dt>Store</dt><dd>").concat(e(f.storeTitle), " (").concat(e(f.category), ")").concat(f.driver ? " through ".concat(e(f.driver)) : "", "</dd>\n<dt>Client code</dt><dd><code>").concat(e("".concat(f.client.file, ":").concat(f.client.line)), "</code> <code>").concat(e(f.client.snippet), "</code></dd>\n<dt>Role</dt><dd><b>").concat(e(f.role), "</b> — ").concat(e(f.roleReason), "</dd>\n<dt>Dual write</dt><dd>").concat(f.dualWrite ? '<b class="warn">yes</b>: an Odoo write and a store write in the same function'.concat(ev(f.dualWriteEvidence)) : "none seen", "</dd>\n<dt>Recommendation</dt><dd><b>").concat(e(f.recommendation.title), "</b>: ").concat(e(f.recommendation.text)).concat(f.recommendation.inUseHere ? " <i>Already in use in this database.</i>" : "", "</dd>\n<dt>Evidence</dt><dd>").concat(Number(f.evidenceCount), " match").concat(f.evidenceCount === 1 ? "" : "es").concat(ev(f.evidence)).concat(f.evidenceCount > f.evidence.length ? '<span class="muted">… '.concat(f.evidenceCount - f.evidence.length, " more</span>") : "", "</dd>\n").concat(f.usedBy.map((u) => "<dt>".concat(u.relation === "configured by" ? "Configured by" : "Used through it by", "</dt><dd><code>").concat(e(u.module), "</code>").concat(ev(u.evidence), "</dd>")).join("\n"), "\n</dl></div>");
}
function inventorySection(r) {
  const list2 = r.inventory ?? [];
  if (list2.length === 0) return "";
  const names = (xs) => xs.length ? e(xs.join(", ")) : "—";
  return '<h2 id="inventory">Store inventory</h2><p class="muted">'.concat(e(INVENTORY_INTRO), '</p>\n<table class="inventory"><thead><tr><th>Store</th><th>Kind</th><th>Endpoints</th><th>Modules</th><th>Models</th><th>Role</th><th>Verdict</th><th>Facts</th><th>Settings</th></tr></thead><tbody>').concat(list2.map((x) => '<tr id="store-'.concat(attr(x.id), '"><td><b>').concat(e(x.title), "</b></td><td>").concat(e(INVENTORY_KIND_TITLES[x.kind] ?? x.kind), "</td><td>").concat(x.endpoints.length ? x.endpoints.map((p) => "<code>".concat(e(p), "</code>")).join(" ") : "—", "</td><td>").concat(names(x.modules), "</td><td>").concat(names(x.models), "</td><td>").concat(e(x.role ?? "—"), "</td><td>").concat(verdictBadge(x.verdict), "</td><td>").concat(x.facts.length ? '<ul class="ev">'.concat(x.facts.map((t) => "<li>".concat(e(t), "</li>")).join(""), "</ul>") : "—", "</td><td>").concat(names(x.settings), "</td></tr>")).join(""), "</tbody></table>\n").concat(list2.filter((x) => x.checklist.length).map((x) => "<h3>".concat(e(x.title), ": operational checklist</h3><ul>").concat(x.checklist.map((c) => "<li><b>".concat(e(c.item), "</b>: ").concat(e(c.text), "</li>")).join(""), "</ul>")).join("\n"));
}
function findingsTable(list2) {
  return "<table><thead><tr><th>Verdict</th><th>Severity</th><th>Module</th><th>Origin</th><th>Store</th><th>Role</th><th>Dual write</th><th>Replace with</th></tr></thead><tbody>".concat(list2.map((f) => "<tr><td>".concat(verdictBadge(f.verdict), "</td><td>").concat(sev(f.severity), '</td><td><a href="#finding-').concat(attr(f.id), '">').concat(e(f.module), "</a></td><td>").concat(e(ORIGIN_TITLES[f.origin] ?? f.origin), "</td><td>").concat(e(f.storeTitle), "</td><td>").concat(e(f.role), "</td><td>").concat(f.dualWrite ? '<b class="warn">yes</b>' : "no", "</td><td>").concat(e(f.recommendation.title), "</td></tr>")).join(""), "</tbody></table>");
}
function apartTable(list2) {
  return "<table><thead><tr><th>Module</th><th>Origin</th><th>Store</th><th>Role</th><th>Client code</th><th>Used by</th></tr></thead><tbody>".concat(list2.map((f) => "<tr><td>".concat(e(f.module), "</td><td>").concat(e(ORIGIN_TITLES[f.origin]), "</td><td>").concat(e(f.storeTitle), "</td><td>").concat(e(f.role), "</td><td><code>").concat(e("".concat(f.client.file, ":").concat(f.client.line)), "</code> <code>").concat(e(f.client.snippet), "</code></td><td>").concat(e(f.usedBy.map((u) => "".concat(u.module, " (").concat(u.relation, ")")).join(", ")), "</td></tr>")).join(""), "</tbody></table>");
}
function apartSections(r) {
  const odoo = r.findings.filter((f) => f.section === "odoo");
  const off = r.findings.filter((f) => f.section === "not_installed");
  return [
    odoo.length ? '<h3>Odoo\'s own modules</h3><p class="muted">'.concat(e(sectionIntro(r, "odoo")), "</p>").concat(apartTable(odoo)) : "",
    off.length ? '<h3>On disk, not installed</h3><p class="muted">'.concat(e(sectionIntro(r, "not_installed")), "</p>").concat(apartTable(off)) : "",
    r.mentions.length ? '<h3>Mentioned, not findings</h3><p class="muted">Stores that modules name where no client code of theirs runs in production.</p><table><thead><tr><th>Module</th><th>Store</th><th>Why it is not a finding</th><th>Where</th></tr></thead><tbody>'.concat(r.mentions.map((m) => "<tr><td>".concat(e(m.module), "</td><td>").concat(e(m.storeTitle), "</td><td>").concat(e(m.text), "</td><td>").concat(m.evidence[0] ? "<code>".concat(e("".concat(m.evidence[0].file, ":").concat(m.evidence[0].line)), "</code>") : "", "</td></tr>")).join(""), "</tbody></table>") : ""
  ].join("\n");
}
function modulesSection(r, limit) {
  if (r.modules.length === 0) return "";
  const listed = listedModules(r);
  return "<h2>Modules</h2><p>".concat(e(inventorySentence(r)), "</p>\n").concat(listed.length ? "<table><thead><tr><th>Module</th><th>Origin</th><th>State</th><th>Version</th><th>Findings</th><th>How origin was decided</th></tr></thead><tbody>".concat(listed.slice(0, limit).map((m) => "<tr><td>".concat(e(m.name), "</td><td>").concat(e(ORIGIN_TITLES[m.origin] ?? m.origin), "</td><td>").concat(e(moduleState(r, m)), "</td><td>").concat(e(m.version), '</td><td class="num">').concat(Number(m.findings), '</td><td class="muted">').concat(e(m.originBasis), "</td></tr>")).join(""), "</tbody></table>") : "");
}
function toHtml(r, opts = {}) {
  const limit = opts.maxItems ?? 500;
  const s = r.summary;
  const src = r.source;
  const card = (value, label) => '<div class="card"><b>'.concat(value, "</b><span>").concat(e(label), "</span></div>");
  const main = r.findings.filter((f) => f.section === "findings");
  const title = "PostgreSQL capabilities audit".concat(src.database ? ": ".concat(src.database) : "");
  return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n<title>'.concat(e(title), "</title><style>").concat(CSS, "</style></head><body>\n<header><h1>").concat(e(title), "</h1><p>").concat(src.database ? "PostgreSQL ".concat(e(src.serverVersion), " · role ").concat(e(src.role)).concat(src.odooVersion ? " · Odoo ".concat(e(src.odooVersion)) : "", " · statistics ").concat(src.statisticsSince ? "since ".concat(e(src.statisticsSince)) : "never reset", " · ") : "", "collected ").concat(e(src.collectedAt), " by ").concat(e(src.collector), '</p></header>\n<main>\n<div class="cards">\n').concat(card("".concat(Number(s.capabilitiesInUse), "/").concat(Number(s.capabilitiesKnown)), "capabilities in use".concat(s.capabilitiesNotChecked ? ", ".concat(Number(s.capabilitiesNotChecked), " not checked") : "")), "\n").concat(card("".concat(Number(s.jsonbColumns)), "jsonb columns (".concat(formatBytes(s.jsonbBytes) || "0 B", ")")), "\n").concat(card("".concat(Number(s.ftsIndexes), " / ").concat(Number(s.trigramIndexes)), "full-text / trigram indexes"), "\n").concat(card("".concat(Number(s.channels)), "NOTIFY channels, ".concat(src.database ? "".concat(Number(s.listeners), " listening") : "listeners not checked")), "\n").concat(card("".concat(Number(s.findings)), "external store findings ".concat(findingsScope(r), ", ").concat(Number(s.dualWrites), " dual write").concat(s.dualWrites === 1 ? "" : "s")), "\n").concat(card(sev(s.worstSeverity), "worst severity"), "\n").concat(card("".concat(Number(s.verdicts?.refuse ?? 0)), "to refuse; verdicts: ".concat(verdictCounts(r))), "\n</div>\n").concat(src.addonsRoots.length ? '<p class="muted">Addons scanned: '.concat(src.addonsRoots.map((p) => "<code>".concat(e(p), "</code>")).join(", "), " — ").concat(Number(s.modulesScanned), " modules, ").concat(Number(s.filesScanned), " files.</p>") : '<p class="muted">No addons folder scanned.</p>', "\n<h2>External stores</h2>\n").concat(main.length ? "".concat(findingsTable(main)).concat(main.map(findingSection).join("\n")) : "<p>No external store ".concat(e(findingsScope(r)), ".</p>"), "\n").concat(apartSections(r), "\n").concat(inventorySection(r), "\n<h2>PostgreSQL capabilities</h2>\n").concat(r.capabilities.map((c) => capabilitySection(c, limit)).join("\n"), "\n").concat(modulesSection(r, limit), "\n<h2>Warnings</h2>\n").concat(r.warnings.length ? "<ul>".concat(r.warnings.map((w) => '<li class="'.concat(w.level === "warning" ? "warn" : "", '"><b>').concat(e(w.source), "</b>: ").concat(e(w.message), "</li>")).join(""), "</ul>") : "<p>None.</p>", "\n").concat(r.skipped.length ? "<details><summary>".concat(r.skipped.length, " skipped files</summary><ul>").concat(r.skipped.map((x) => "<li><code>".concat(e(x.file), "</code> — ").concat(e(x.reason), "</li>")).join(""), "</ul></details>") : "", "\n</main></body></html>\n");
}

var MD_NAME_MAX = 200;
var MD_CELL_MAX = 500;
var MD_CODE_MAX = 400;
var MD_TEXT_MAX = 2e3;
function mdText(value, max = MD_NAME_MAX) {
  return displayText(redact(String(value ?? "")), max).replace(/[\\`*[\]<>|~$&#]/g, "\\$&").replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_").replace(/:(?=\/\/)/g, "\\:").replace(/\b(www)\./gi, "$1\\.").replace(/^([-+=])(?=[-= ]|$)/, "\\$1").replace(/^(\d{1,9})([.)])(?= |$)/, "$1\\$2");
}
function mdCode(value, inTable = false, max = MD_CODE_MAX) {
  let t = displayText(redact(String(value ?? "")), max);
  if (inTable) t = t.replace(/\|/g, "\\|");
  if (t === "") return "";
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? " " : "";
  return "".concat(fence).concat(pad).concat(t).concat(pad).concat(fence);
}
var text2 = (v) => mdText(v, MD_TEXT_MAX);
var name = (v) => mdText(v, MD_NAME_MAX);
var cellText = (v) => mdText(v, MD_CELL_MAX);
var code = (v) => mdCode(v, false);
var codeCell = (v) => mdCode(v, true);
function table(headers, rows) {
  if (rows.length === 0) return "";
  return ["| ".concat(headers.join(" | "), " |"), "|".concat(headers.map(() => " --- ").join("|"), "|"), ...rows.map((r) => "| ".concat(r.join(" | "), " |"))].join("\n");
}
function capability(c, limit) {
  const head = "### ".concat(name(c.title), " — ").concat(c.status === "not_checked" ? "**not checked**" : name(c.summary), "\n\n").concat(text2(c.description));
  const parts = c.parts?.length ? "_".concat(text2(describeParts(c.parts)), "_") : "";
  const notes = c.notes.map((n) => "- ".concat(text2(n))).join("\n");
  const rows = c.items.slice(0, limit).map((i) => c.columns.map((col) => cellText(formatCell(i[col.key], col.kind))));
  const more = c.items.length > limit ? "\n\n_".concat(c.items.length - limit, " more in the JSON or HTML export._") : "";
  return [head, parts, notes, table(c.columns.map((col) => name(col.label)), rows) + more].filter(Boolean).join("\n\n");
}
var where2 = (e2) => code("".concat(e2.file, ":").concat(e2.line));
var evidenceItems = (list2, indent = "  ") => list2.map((e2) => "".concat(indent, "- ").concat(where2(e2), " ").concat(code(e2.snippet)));
var num2 = (n) => n === null || n === void 0 ? "—" : name(formatNumber(n));
var bytes = (n) => n === null || n === void 0 ? "—" : name(formatBytes(n) || "0 B");
function reason(x) {
  const stat = x.statistic ? " Statistic: ".concat(text2(statisticText(x.statistic))) : "";
  return ["  - **".concat(text2(conditionText(x.condition)), "** ").concat(holdsText(x.holds), ": ").concat(text2(x.text)).concat(stat), ...evidenceItems(x.evidence, "    ")];
}
function workloadTable2(f) {
  return table(
    ["Table", "Model", "Rows", "Table size", "Index size", "Inserts/day", "Updates/day", "Deletes/day", "Seq scans/day", "Index scans/day", "Capability in use", "Detail"],
    f.workload.map((w) => [codeCell(w.table), name(w.model ?? "—"), num2(w.rows), bytes(w.tableBytes), bytes(w.indexBytes), num2(w.insertsPerDay), num2(w.updatesPerDay), num2(w.deletesPerDay), num2(w.seqScansPerDay), num2(w.idxScansPerDay), w.capabilityInUse === null ? "unknown" : w.capabilityInUse ? "yes" : "no", cellText(w.detail)])
  );
}
function finding(f) {
  const rb = f.rebuild ?? { paths: [], ttl: [], invalidation: [] };
  const lines = [
    "### ".concat(name(verdictTitle2(f.verdict)), ": ").concat(name(f.module), " → ").concat(name(f.storeTitle), " (").concat(name(f.severity), ")"),
    "",
    "**Verdict: ".concat(name(verdictTitle2(f.verdict)), ".** ").concat(text2(f.verdictText)),
    "",
    "- **Action:** ".concat(text2(f.action || "—")),
    "- **Reasons:**".concat(f.reasons?.length ? "" : " none given"),
    ...(f.reasons ?? []).flatMap(reason),
    "- **Models:**".concat(f.models?.length ? "" : " none seen"),
    ...(f.models ?? []).flatMap((m) => ["  - ".concat(text2(modelText(m))), ...evidenceItems(m.evidence, "    ")]),
    "- **Paths that write to the store:**".concat(f.paths?.length ? "" : " none seen"),
    ...(f.paths ?? []).flatMap((p) => ["  - ".concat(text2(pathText(p))), ...evidenceItems(p.evidence, "    ")]),
    "- **Rebuild from PostgreSQL:** ".concat(rb.paths.length ? "".concat(rb.paths.length, " path").concat(rb.paths.length === 1 ? "" : "s") : "none seen"),
    ...evidenceItems(rb.paths),
    "- **TTL:** ".concat(rb.ttl.length ? "entries expire" : "none seen"),
    ...evidenceItems(rb.ttl),
    "- **Invalidation on write:** ".concat(rb.invalidation.length ? "yes" : "none seen"),
    ...evidenceItems(rb.invalidation),
    "- **Reconciliation** (a second permanent cost, not a fix): ".concat(f.reconciliation?.length ? "".concat(f.reconciliation.length, " job").concat(f.reconciliation.length === 1 ? "" : "s") : "none seen"),
    ...evidenceItems(f.reconciliation ?? []),
    "- **Reads back into the ORM:** ".concat(f.readsBack?.length ? "yes, the store is then a source, not a projection" : "none seen"),
    ...evidenceItems(f.readsBack ?? []),
    "- **Workload:** ".concat(f.workload?.length ? "see the table below" : "no statistics (no database audited, or no table found)"),
    "",
    "**Evidence**",
    "",
    "- **Module:** ".concat(code(f.path)).concat(f.state ? ", ".concat(name(f.state)) : "", "; origin ").concat(name(ORIGIN_TITLES[f.origin] ?? f.origin), " (").concat(text2(f.originBasis), ")"),
    "- **Store:** ".concat(name(f.storeTitle), " (").concat(name(f.category), ")").concat(f.driver ? ", through ".concat(name(f.driver)) : ""),
    "- **Client code:** ".concat(where2(f.client), " ").concat(code(f.client.snippet)),
    "- **Role:** ".concat(name(f.role), ". ").concat(text2(f.roleReason)),
    "- **Dual write:** ".concat(f.dualWrite ? "yes, an Odoo write and a store write in the same function:" : "none seen"),
    ...f.dualWriteEvidence.map((e2) => "  - ".concat(where2(e2), " ").concat(code(e2.snippet))),
    "- **Recommendation** (".concat(name(f.recommendation.title), "): ").concat(text2(f.recommendation.text)).concat(f.recommendation.inUseHere ? " This PostgreSQL capability is already in use in this database." : ""),
    "- **Evidence** (".concat(Number(f.evidenceCount), "):"),
    ...f.evidence.map((e2) => "  - ".concat(where2(e2), " ").concat(name(e2.kind), ": ").concat(code(e2.snippet)))
  ];
  if (f.evidenceCount > f.evidence.length) lines.push("  - … ".concat(f.evidenceCount - f.evidence.length, " more"));
  for (const u of f.usedBy) {
    lines.push("- **".concat(u.relation === "configured by" ? "Configured by" : "Used through it by", "** ").concat(code(u.module), ":"), ...u.evidence.map((e2) => "  - ".concat(where2(e2), " ").concat(name(e2.kind), ": ").concat(code(e2.snippet))));
  }
  if (f.workload?.length) lines.splice(lines.indexOf("**Evidence**") - 1, 0, "", workloadTable2(f));
  return lines.join("\n");
}
function inventory(r) {
  const list2 = r.inventory ?? [];
  if (list2.length === 0) return [];
  const join = (xs) => cellText(xs.join(", ") || "—");
  return [
    "## Store inventory",
    text2(INVENTORY_INTRO),
    table(
      ["Store", "Kind", "Endpoints", "Modules", "Models", "Role", "Verdict", "Facts", "Settings"],
      list2.map((x) => [name(x.title), name(INVENTORY_KIND_TITLES[x.kind] ?? x.kind), x.endpoints.length ? codeCell(x.endpoints.join(", ")) : "—", join(x.modules), join(x.models), name(x.role ?? "—"), name(verdictTitle2(x.verdict)), cellText(x.facts.join(" ") || "—"), join(x.settings)])
    ),
    ...list2.filter((x) => x.checklist.length).map((x) => ["### ".concat(name(x.title), ": operational checklist"), "", ...x.checklist.map((c) => "- **".concat(name(c.item), ":** ").concat(text2(c.text)))].join("\n"))
  ];
}
function toMarkdown(r, opts = {}) {
  const limit = opts.maxItems ?? 50;
  const s = r.summary;
  const src = r.source;
  const out = [];
  out.push("# PostgreSQL capabilities audit".concat(src.database ? ": ".concat(name(src.database)) : ""));
  out.push([
    "- **Collected:** ".concat(name(src.collectedAt), " by ").concat(name(src.collector)),
    src.database ? "- **Database:** ".concat(name(src.database), " on PostgreSQL ").concat(name(src.serverVersion ?? "?"), " as role ").concat(name(src.role ?? "?")).concat(src.odooVersion ? ", Odoo ".concat(name(src.odooVersion)) : "") : "- **Database:** not audited",
    src.database ? "- **Statistics:** counters ".concat(src.statisticsSince ? "since ".concat(name(src.statisticsSince)) : "never reset").concat(src.statementsSince ? "; pg_stat_statements since ".concat(name(src.statementsSince)) : "") : "",
    src.addonsRoots.length ? "- **Addons scanned:** ".concat(src.addonsRoots.map((p) => code(p)).join(", "), " (").concat(Number(s.modulesScanned), " modules, ").concat(Number(s.filesScanned), " files)") : "- **Addons:** not scanned"
  ].filter(Boolean).join("\n"));
  out.push("## Summary");
  out.push([
    "- PostgreSQL capabilities in use: **".concat(Number(s.capabilitiesInUse), "** of ").concat(Number(s.capabilitiesKnown)).concat(s.capabilitiesNotChecked ? ", **".concat(Number(s.capabilitiesNotChecked), "** not checked (see their reasons)") : ""),
    "- jsonb columns: **".concat(Number(s.jsonbColumns), "** (").concat(formatBytes(s.jsonbBytes) || "0 B", " estimated)"),
    "- Full-text indexes: **".concat(Number(s.ftsIndexes), "**, trigram indexes: **").concat(Number(s.trigramIndexes), "**"),
    "- LISTEN/NOTIFY channels: **".concat(Number(s.channels), "** (").concat(src.database ? "".concat(Number(s.listeners), " listening session").concat(s.listeners === 1 ? "" : "s") : "listening sessions not checked: no database audited", ")"),
    "- External stores ".concat(findingsScope(r), ": **").concat(Number(s.findings), "** finding").concat(s.findings === 1 ? "" : "s").concat(s.stores.length ? " (".concat(s.stores.map(name).join(", "), ")") : "", ", ").concat(Number(s.dualWrites), " dual write").concat(s.dualWrites === 1 ? "" : "s", ", worst severity **").concat(name(s.worstSeverity ?? "none"), "**"),
    "- Verdicts on these findings: ".concat(name(verdictCounts(r))),
    ...s.odooFindings || s.notInstalledFindings ? ["- Listed apart: ".concat(Number(s.odooFindings), " in Odoo's own modules, ").concat(Number(s.notInstalledFindings), " in modules on disk that the audited database has not installed")] : []
  ].join("\n"));
  for (const section of ["findings", "odoo", "not_installed"]) {
    const list2 = r.findings.filter((f) => f.section === section);
    if (list2.length === 0) continue;
    out.push("## ".concat(SECTION_TITLES[section]));
    if (sectionIntro(r, section)) out.push(sectionIntro(r, section));
    if (section === "findings") {
      out.push(table(
        ["Verdict", "Severity", "Module", "Origin", "Store", "Role", "Dual write", "Replace with"],
        list2.map((f) => ["**".concat(name(verdictTitle2(f.verdict)), "**"), name(f.severity), name(f.module), name(ORIGIN_TITLES[f.origin] ?? f.origin), name(f.store), name(f.role), f.dualWrite ? "yes" : "no", name(f.recommendation.title)])
      ));
      out.push(...list2.map(finding));
    } else {
      out.push(table(
        ["Module", "Origin", "Store", "Role", "Client code", "Used by"],
        list2.map((f) => [name(f.module), name(ORIGIN_TITLES[f.origin] ?? f.origin), name(f.store), name(f.role), codeCell("".concat(f.client.file, ":").concat(f.client.line)), cellText(f.usedBy.map((u) => "".concat(u.module, " (").concat(u.relation, ")")).join(", "))])
      ));
    }
  }
  if (r.mentions.length) {
    out.push("## Mentioned, not findings");
    out.push("Stores that modules name where no client code of theirs runs in production.");
    out.push(table(
      ["Module", "Store", "Why it is not a finding", "Where"],
      r.mentions.map((m) => [name(m.module), name(m.storeTitle), cellText(m.text), m.evidence[0] ? codeCell("".concat(m.evidence[0].file, ":").concat(m.evidence[0].line)) : ""])
    ));
  }
  out.push(...inventory(r));
  out.push("## PostgreSQL capabilities");
  out.push(...r.capabilities.map((c) => capability(c, limit)));
  if (r.modules.length) {
    out.push("## Modules");
    out.push(text2(inventorySentence(r)));
    const listed = listedModules(r);
    out.push(table(
      ["Module", "Origin", "State", "Version", "Findings", "How origin was decided"],
      listed.slice(0, limit * 4).map((m) => [name(m.name), name(ORIGIN_TITLES[m.origin] ?? m.origin), name(moduleState(r, m)), name(m.version), String(Number(m.findings)), cellText(m.originBasis)])
    ));
    if (listed.length > limit * 4) out.push("_".concat(listed.length - limit * 4, " more in the JSON export._"));
  }
  if (r.warnings.length) {
    out.push("## Warnings");
    out.push(r.warnings.map((w) => "- **".concat(name(w.level), "** (").concat(name(w.source), "): ").concat(text2(w.message))).join("\n"));
  }
  return "".concat(out.join("\n\n"), "\n");
}

var VERDICT_LEVEL = { refuse: "error", replace: "warning", review: "warning", keep: "note" };
var SARIF_TEXT_MAX = 2e3;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var encodeSegment = (s) => encodeURIComponent(s.replace(LONE_SURROGATE, "�")).replace(/[!'()*]/g, (c) => "%".concat(c.charCodeAt(0).toString(16).toUpperCase()));
function relativeUri(path) {
  const segments = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") segments.pop();
    else segments.push(encodeSegment(seg));
  }
  return segments.join("/");
}
function folderUri(path) {
  const rel = relativeUri(path);
  return "file:///".concat(rel).concat(rel ? "/" : "");
}
function sarifText(value) {
  const t = displayText(redact(value), SARIF_TEXT_MAX).replace(/[{}]/g, "$&$&");
  return t.includes("](") ? t.replace(/[\\[\]]/g, "\\$&") : t;
}
function location(e2, root, index) {
  return {
    ...index !== void 0 ? { id: index } : {},
    physicalLocation: {
      artifactLocation: { uri: relativeUri(e2.file), uriBaseId: "ADDONS".concat(root) },
      region: { startLine: Math.max(1, Math.trunc(Number(e2.line)) || 1), snippet: { text: visible(redact(e2.snippet)) } }
    }
  };
}
function toSarif(r) {
  const roots = r.source.addonsRoots;
  const rootOf2 = (f) => Math.max(0, roots.indexOf(f.root));
  const used = new Set(r.findings.map((f) => f.store));
  const rules2 = catalog.stores.filter((s) => used.has(s.id)).map((s) => ({
    id: "external-store/".concat(s.id),
    name: "ExternalStore".concat(s.id.replace(/(^|_)([a-z0-9])/g, (_m, _u, c) => c.toUpperCase())),
    shortDescription: { text: sarifText("Module uses ".concat(s.title, " (").concat(s.category, ")")) },
    fullDescription: { text: sarifText("A module talks to ".concat(s.title, ", a second datastore beside PostgreSQL.")) },
    help: { text: sarifText(s.replacement.text) },
    properties: { category: s.category, replacement: s.replacement.capability }
  }));
  const results = r.findings.map((f) => ({
    ruleId: "external-store/".concat(f.store),
    level: VERDICT_LEVEL[f.verdict] ?? "warning",
    message: { text: sarifText("".concat(verdictTitle2(f.verdict), ": ").concat(f.verdictText ? "".concat(f.verdictText, " ") : "").concat(f.action ? "".concat(f.action, " ") : "").concat(f.module, " uses ").concat(f.storeTitle, " as ").concat(f.role === "unknown" ? "a store of unknown role" : "an ".concat(f.role === "authoritative" ? "authoritative" : "derived", " store")).concat(f.dualWrite ? ", with a dual write" : "", ". ").concat(f.roleReason, " Recommendation: ").concat(f.recommendation.text)) },
    locations: [location(f.client, rootOf2(f))],
    relatedLocations: [...f.evidence.filter((x) => x.file !== f.client.file || x.line !== f.client.line), ...f.dualWriteEvidence].map((e2, i) => location(e2, rootOf2(f), i + 1)),
    partialFingerprints: { "pgcapFinding/v1": f.id },
    properties: { verdict: f.verdict, verdictText: redact(f.verdictText ?? ""), action: redact(f.action ?? ""), reasons: (f.reasons ?? []).map((x) => ({ condition: x.condition, holds: x.holds })), models: (f.models ?? []).map((m) => m.model), severity: f.severity, section: f.section, origin: f.origin, role: f.role, dualWrite: f.dualWrite, module: f.module, odooCore: f.core, state: f.state }
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "pgcap", informationUri: "https://github.com/pg-capabilities/pg_capabilities", rules: rules2, properties: { collector: r.source.collector } } },
      // absolute addons roots become file URIs; relative ones (as the CLI was given them) stay descriptions
      originalUriBaseIds: Object.fromEntries(roots.map((p, i) => ["ADDONS".concat(i), p.startsWith("/") ? { uri: folderUri(p) } : { description: { text: sarifText(p) } }])),
      results
    }]
  };
  return jsonText(sarif);
}

var MIME = {
  json: "application/json",
  md: "text/markdown",
  html: "text/html",
  csv: "text/csv",
  sarif: "application/sarif+json",
  cyclonedx: "application/vnd.cyclonedx+json"
};
var EXTENSION = { json: "json", md: "md", html: "html", csv: "csv", sarif: "sarif", cyclonedx: "cdx.json" };
function exportReport(report, format) {
  switch (format) {
    // the data exactly; invisible characters written as \u escapes so that none hides in the text
    case "json":
      return jsonText(report);
    case "md":
      return toMarkdown(report);
    case "html":
      return toHtml(report);
    case "csv":
      return toCsv(report);
    case "sarif":
      return toSarif(report);
    // the store inventory as a CycloneDX 1.6 BOM of services
    case "cyclonedx":
      return toCycloneDx(report);
  }
}

var ACTIVE_STATES = /* @__PURE__ */ new Set(["installed", "to upgrade", "to remove"]);
var DIR_KIND = {
  tests: "tests",
  test: "tests",
  demo: "demo",
  doc: "docs",
  docs: "docs",
  example: "examples",
  examples: "examples",
  sample: "examples",
  samples: "examples"
};
function nonRuntime(file, modulePath, cat = catalog) {
  const inside = file.startsWith("".concat(modulePath, "/")) ? file.slice(modulePath.length + 1) : file;
  const parts = inside.split("/");
  const name2 = parts.pop();
  for (const dir of parts) {
    if (cat.scan.nonRuntime.dirs.includes(dir)) return DIR_KIND[dir] ?? "examples";
  }
  if (cat.scan.nonRuntime.filePatterns.some((p) => new RegExp(p).test(name2))) return "tests";
  return null;
}
function moduleStates(s) {
  const known = probeResult(s, "odoo_modules")?.status === "ok";
  const rows = new Map(probeRows(s, "odoo_modules").map((r) => [String(r.name), r]));
  return (name2) => {
    if (!known) return { known, active: true };
    const row = rows.get(name2);
    if (!row) return { known, active: false, why: "it is on disk but not in the module list of this database" };
    const state = String(row.state);
    return ACTIVE_STATES.has(state) ? { known, row, active: true } : { known, row, active: false, why: "it is ".concat(state, " in this database") };
  };
}
function installedModules(s) {
  return new Set(probeRows(s, "odoo_modules").filter((r) => ACTIVE_STATES.has(String(r.state))).map((r) => String(r.name)));
}
function runningMatches(s, cat = catalog) {
  const scan = s.scan;
  if (!scan) return [];
  const stateOf = moduleStates(s);
  const modules = new Map(scan.modules.map((m) => [m.name, m]));
  return scan.matches.filter((m) => {
    const mod = modules.get(m.module);
    return mod !== void 0 && mod.installable && stateOf(m.module).active && nonRuntime(m.file, mod.path, cat) === null;
  });
}

var LISTEN_RE = /^\s*listen\s+"?([A-Za-z_][A-Za-z0-9_]*)/i;
function auditedDatabase(s) {
  const db = probeRows(s, "server")[0]?.database;
  return typeof db === "string" ? db : null;
}
function inAuditedDatabase(s, r) {
  return typeof r.in_database === "boolean" ? r.in_database : r.database === auditedDatabase(s);
}
function odooListeners(s) {
  const db = auditedDatabase(s) ?? "the audited database";
  const byApp = /* @__PURE__ */ new Map();
  for (const r of probeRows(s, "listeners")) {
    if (!r.odoo_bus_candidate) continue;
    const app = String(r.application_name);
    let p = byApp.get(app);
    if (!p) byApp.set(app, p = { application: app, connections: 0, tiedBy: "" });
    p.connections += 1;
    if (r.same_app_in_database === true) p.tiedBy = "the same process has a session in database ".concat(db);
    else if (!p.tiedBy && s.collector.odooPid !== void 0 && app === "odoo-".concat(s.collector.odooPid)) {
      p.tiedBy = "it is the Odoo process that collected this audit of ".concat(db);
    }
  }
  return [...byApp.values()].sort((a, b) => a.application.localeCompare(b.application));
}
function buildChannels(s, cat = catalog) {
  const byName = /* @__PURE__ */ new Map();
  const get = (name2) => {
    const key = name2.toLowerCase();
    let c = byName.get(key);
    if (!c) byName.set(key, c = { channel: key, sources: [], listeners: 0 });
    return c;
  };
  const add = (name2, src) => {
    const c = get(name2);
    if (!c.sources.some((x) => x.kind === src.kind && x.detail === src.detail)) c.sources.push(src);
  };
  const kinds = new Map(cat.signatures.map((g) => [g.id, g.kind]));
  for (const m of runningMatches(s, cat)) {
    const kind = kinds.get(m.signature);
    if ((kind === "notify" || kind === "listen") && m.capture) {
      add(m.capture, { kind: "code", detail: "".concat(kind === "notify" ? "NOTIFY" : "LISTEN", " in ").concat(m.file, ":").concat(m.line) });
    }
  }
  for (const r of probeRows(s, "listeners")) {
    const listen = LISTEN_RE.exec(String(r.query ?? ""));
    if (r.last_statement_listen && listen && inAuditedDatabase(s, r)) {
      get(listen[1]).listeners += 1;
      add(listen[1], { kind: "session", detail: "session ".concat(r.pid, " (").concat(r.application_name || "no application name", ") last ran LISTEN") });
    }
  }
  for (const p of odooListeners(s).filter((x) => x.tiedBy)) {
    const detail = "Odoo process ".concat(p.application, ": ").concat(p.connections, " connection").concat(p.connections === 1 ? "" : "s", " to database postgres, where Odoo's bus (imbus) and cron threads (cron_trigger) listen; ").concat(p.tiedBy);
    get("imbus").listeners += 1;
    add("imbus", { kind: "session", detail });
    add("cron_trigger", { kind: "session", detail });
  }
  for (const r of probeRows(s, "notify_functions")) {
    const names = [r.channels_a, r.channels_b].flatMap((v) => String(v ?? "").split(",")).filter(Boolean);
    const where3 = "function ".concat(r.schema, ".").concat(r.function_name).concat(r.triggers ? " (triggers ".concat(r.triggers, ")") : "");
    for (const n of names) add(n, { kind: "function", detail: where3 });
    if (r.dynamic_channel && names.length === 0) add("(dynamic)", { kind: "function", detail: "".concat(where3, " computes the channel name") });
  }
  const installed = installedModules(s);
  for (const k of cat.knownChannels) {
    if (installed.has(k.module)) add(k.channel, { kind: "module", detail: "installed module ".concat(k.module, " uses it") });
  }
  const bus = probeRows(s, "odoo_bus_traffic")[0];
  if (bus && typeof bus.inserts === "number" && bus.inserts > 0) {
    add("imbus", { kind: "traffic", detail: "bus_bus: ".concat(bus.inserts ?? 0, " messages written").concat(bus.since ? " since ".concat(bus.since) : " since its statistics began (never reset)", ", ").concat(bus.live_rows ?? 0, " kept") });
  }
  return [...byName.values()].sort((a, b) => a.channel.localeCompare(b.channel));
}

var T = (key, label) => ({ key, label, kind: "text" });
var N = (key, label) => ({ key, label, kind: "number" });
var B = (key, label) => ({ key, label, kind: "bytes" });
var Y = (key, label) => ({ key, label, kind: "bool" });
var num3 = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
var str = (v) => typeof v === "string" ? v : v == null ? "" : String(v);
var qualified = (r, key) => r.schema && r.schema !== "public" ? "".concat(str(r.schema), ".").concat(str(r[key])) : str(r[key]);
var indexes = (s) => probeRows(s, "indexes");
var opclassIn = (r, names) => str(r.opclasses).split(",").some((o) => names.includes(o));
var INDEX_COLS = [T("table", "Table"), T("index", "Index"), T("method", "Method"), T("columns", "Columns"), B("size", "Size"), N("scans", "Scans")];
var indexItem = (r) => ({
  table: qualified(r, "table_name"),
  index: str(r.index_name),
  method: str(r.method),
  columns: str(r.columns),
  size: num3(r.bytes_estimate),
  scans: num3(r.scans),
  definition: str(r.definition)
});
var installedExtension = (s, name2) => probeRows(s, "extensions").find((r) => r.name === name2 && r.installed === true);
var gap = probeGap;
var none = (s, id) => probeGap(s, id, { skippedMeansNone: true });
function extensionNote(s, name2, purpose) {
  if (probeResult(s, "extensions")?.status !== "ok") return [];
  const row = probeRows(s, "extensions").find((r) => r.name === name2);
  if (row?.installed === true) {
    const outdated = row.available_version && row.installed_version !== row.available_version;
    return ["".concat(name2, " ").concat(str(row.installed_version), " is installed").concat(outdated ? " (the server has ".concat(str(row.available_version), ": ALTER EXTENSION ").concat(name2, " UPDATE)") : "", ".")];
  }
  if (row) return ["".concat(name2, " is not installed; the server has it (").concat(str(row.available_version), "): CREATE EXTENSION ").concat(name2, " for ").concat(purpose, ".")];
  return ["".concat(name2, " is not available on this server: its package must be installed before CREATE EXTENSION ").concat(name2, " (").concat(purpose, ").")];
}
var jsonbIndexRows = (s) => probeRows(s, "jsonb_indexes").filter((r) => r.via === "column" || r.via === "expression");
function codeItems(ctx, kind) {
  const kinds = new Map(ctx.cat.signatures.map((g) => [g.id, g.kind]));
  return ctx.running.filter((m) => kinds.get(m.signature) === kind).map((m) => ({ source: "code", module: m.module, location: "".concat(m.file, ":").concat(m.line), snippet: m.snippet }));
}
var EXTRACTORS = {
  jsonb: (s) => {
    const odoo = new Map(probeRows(s, "odoo_jsonb_fields").map((r) => ["".concat(str(r.schema), ".").concat(str(r.table_name), ".").concat(str(r.column_name)), r]));
    const byColumn = /* @__PURE__ */ new Map();
    const addIndex = (key, text3) => byColumn.set(key, [...byColumn.get(key) ?? [], text3]);
    if (probeResult(s, "jsonb_indexes")) {
      for (const r of jsonbIndexRows(s)) {
        addIndex("".concat(str(r.schema), ".").concat(str(r.table_name), ".").concat(str(r.column_name)), "".concat(str(r.index_name), " (").concat(str(r.method), " ").concat(str(r.opclasses)).concat(r.via === "expression" ? " on an expression" : "").concat(r.is_valid === false ? ", INVALID" : "", ")"));
      }
    } else {
      for (const r of indexes(s).filter((x) => str(x.column_types).includes("jsonb"))) {
        for (const c of str(r.columns).split(",")) addIndex("".concat(str(r.schema), ".").concat(str(r.table_name), ".").concat(c), "".concat(str(r.index_name), " (").concat(str(r.method), " ").concat(str(r.opclasses), ")"));
      }
    }
    const items = probeRows(s, "jsonb_columns").map((r) => {
      const key = "".concat(str(r.schema), ".").concat(str(r.table_name), ".").concat(str(r.column_name));
      const f = odoo.get(key);
      const modules = f ? str(f.modules).split(",").filter(Boolean) : [];
      const translate = f ? str(f.translate) : "";
      return {
        table: qualified(r, "table_name"),
        column: str(r.column_name),
        model: f ? str(f.model) : null,
        field: f ? str(f.column_name) : null,
        fieldType: f ? str(f.field_type) : null,
        translated: f ? translate !== "" && translate !== "false" : null,
        module: modules[0] ?? null,
        modules: modules.join(", ") || null,
        rows: num3(r.rows_estimate),
        size: num3(r.column_bytes_estimate),
        indexed: byColumn.has(key),
        indexes: byColumn.get(key)?.join("; ") ?? null
      };
    });
    return {
      items,
      parts: [
        part("columns", items.length > 0, gap(s, "jsonb_columns")),
        part("Odoo fields", items.some((i) => i.model !== null), none(s, "odoo_jsonb_fields"))
      ],
      columns: [
        T("table", "Table"),
        T("column", "Column"),
        T("model", "Odoo model"),
        T("field", "Field"),
        T("fieldType", "Field type"),
        Y("translated", "Translated"),
        T("module", "Module"),
        N("rows", "Rows (est.)"),
        B("size", "Size (est.)"),
        T("indexes", "Indexes")
      ]
    };
  },
  jsonb_indexes: (s) => {
    const items = jsonbIndexRows(s).map((r) => ({
      table: qualified(r, "table_name"),
      column: str(r.column_name),
      index: str(r.index_name),
      method: str(r.method),
      opclass: str(r.opclasses),
      key: r.via === "column" ? str(r.column_name) : str(r.keys),
      valid: r.is_valid === true,
      size: num3(r.bytes_estimate),
      scans: num3(r.scans),
      definition: str(r.definition)
    }));
    const invalid = items.filter((i) => i.valid === false).map((i) => str(i.index));
    return {
      items,
      notes: invalid.length ? ["Invalid (a failed CREATE INDEX CONCURRENTLY; never used, still maintained): ".concat(invalid.join(", "), ".")] : [],
      parts: [part("indexes", items.length > 0, gap(s, "jsonb_indexes"))],
      columns: [
        T("table", "Table"),
        T("column", "Column"),
        T("index", "Index"),
        T("method", "Method"),
        T("opclass", "Operator class"),
        T("key", "Key"),
        Y("valid", "Valid"),
        B("size", "Size"),
        N("scans", "Scans")
      ]
    };
  },
  full_text: (s) => {
    const items = [];
    const columns = probeRows(s, "tsvector_columns").length;
    for (const r of probeRows(s, "tsvector_columns")) {
      items.push({ kind: "tsvector column", name: "".concat(qualified(r, "table_name"), ".").concat(str(r.column_name)), detail: r.generated ? "generated column" : "", size: null, scans: null });
    }
    const configs = /* @__PURE__ */ new Set();
    for (const r of indexes(s)) {
      const def = str(r.definition);
      if (!/to_tsvector\s*\(/i.test(def) && !str(r.column_types).includes("tsvector")) continue;
      for (const m of def.matchAll(/to_tsvector\s*\(\s*'([^']+)'/gi)) configs.add(m[1]);
      items.push({ kind: "full-text index", name: "".concat(qualified(r, "table_name"), ".").concat(str(r.index_name)), detail: "".concat(str(r.method), " on ").concat(str(r.columns)), size: num3(r.bytes_estimate), scans: num3(r.scans) });
    }
    const notes = [];
    for (const r of probeRows(s, "text_search_configs")) {
      if (!r.builtin || configs.has(str(r.name)) || configs.has("".concat(str(r.schema), ".").concat(str(r.name)))) {
        items.push({ kind: "text search configuration", name: qualified(r, "name"), detail: [r.builtin ? "built in" : "custom", r.is_default ? "default" : "", configs.size && (configs.has(str(r.name)) || configs.has("".concat(str(r.schema), ".").concat(str(r.name)))) ? "used by an index" : ""].filter(Boolean).join(", "), size: null, scans: null });
      }
      if (r.is_default) notes.push("Default text search configuration: ".concat(qualified(r, "name"), "."));
    }
    const ftsIndexes = items.filter((i) => i.kind === "full-text index").length;
    const configItems = items.filter((i) => i.kind === "text search configuration").length;
    return {
      items,
      notes,
      parts: [
        part("tsvector columns", columns > 0, gap(s, "tsvector_columns")),
        part("indexes", ftsIndexes > 0, gap(s, "indexes")),
        part("text search configurations", configItems > 0, gap(s, "text_search_configs"))
      ],
      columns: [T("kind", "Kind"), T("name", "Name"), T("detail", "Detail"), B("size", "Size"), N("scans", "Scans")]
    };
  },
  trigram: (s) => {
    const items = indexes(s).filter((r) => opclassIn(r, ["gin_trgm_ops", "gist_trgm_ops"])).map(indexItem);
    const notes = extensionNote(s, "pg_trgm", "trigram indexes (Odoo's index='trigram')");
    return { items, notes, parts: [part("indexes", items.length > 0, gap(s, "indexes"))], columns: INDEX_COLS };
  },
  unaccent: (s) => {
    const ext = installedExtension(s, "unaccent");
    const indexItems = indexes(s).filter((r) => /unaccent\s*\(/i.test(str(r.definition))).map(indexItem);
    const functions = probeRows(s, "unaccent_function");
    const odooFn = functions.find((r) => r.schema === "public");
    const fnItems = functions.filter((r) => r.schema === "public" || !r.extension).map((r) => ({ table: "", index: "function ".concat(str(r.schema), ".unaccent(").concat(str(r.arguments), ")"), method: str(r.volatility), columns: "", size: null, scans: null, definition: r.extension ? "from extension ".concat(str(r.extension)) : "".concat(str(r.language), " wrapper") }));
    const items = [
      ...ext ? [{ table: "", index: "extension unaccent", method: "", columns: "", size: null, scans: null, definition: str(ext.installed_version) }] : [],
      ...fnItems,
      ...indexItems
    ];
    const notes = extensionNote(s, "unaccent", "accent-insensitive search, Odoo's --unaccent");
    if (probeResult(s, "unaccent_function")?.status === "ok") {
      if (!odooFn) notes.push("Odoo's --unaccent finds no public.unaccent(text) here".concat(functions.length ? " (there is ".concat(functions.map((r) => "".concat(str(r.schema), ".unaccent")).join(", "), ", outside public)") : "", ": it would search without unaccent."));
      else if (odooFn.volatility === "immutable") notes.push("public.unaccent(text) is IMMUTABLE: with --unaccent, Odoo uses it in searches and in its trigram indexes.");
      else notes.push("public.unaccent(text) is ".concat(str(odooFn.volatility).toUpperCase(), ": with --unaccent, Odoo uses it in searches but not in its trigram indexes (Odoo 17 warns that it is not immutable); an IMMUTABLE wrapper named public.unaccent(text) makes it indexable."));
    }
    return {
      items,
      notes,
      parts: [
        part("extension", !!ext, gap(s, "extensions")),
        part("function", fnItems.length > 0, gap(s, "unaccent_function")),
        part("indexes", indexItems.length > 0, gap(s, "indexes"))
      ],
      columns: INDEX_COLS
    };
  },
  listen_notify: (s, ctx) => {
    const usage = probeRows(s, "notification_queue")[0];
    const notes = usage ? ["Notification queue usage (server-wide): ".concat(((num3(usage.usage) ?? 0) * 100).toFixed(2), "%.")] : [];
    for (const p of odooListeners(s).filter((x) => !x.tiedBy)) {
      notes.push("An Odoo server on this PostgreSQL listens on imbus (process ".concat(p.application, ", ").concat(p.connections, " connection").concat(p.connections === 1 ? "" : "s", " to database postgres); nothing ties it to this database, so it is not counted here."));
    }
    const from = (kind) => ctx.channels.some((c) => c.sources.some((x) => x.kind === kind));
    const vis = statsVisibility(s);
    const hidden = probeRows(s, "listeners").filter((r) => r.hidden === true && r.in_database !== false && !r.odoo_bus_candidate).length;
    const counters = databaseCounters(s);
    return {
      parts: [
        codePart(s, from("code")),
        part(
          "sessions",
          from("session"),
          gap(s, "listeners"),
          !vis.visible && hidden > 0 ? "".concat(hidden, " session").concat(hidden === 1 ? "" : "s", " of other roles in this database could not be read: ").concat(vis.reason) : null
        ),
        part("database functions", from("function"), gap(s, "notify_functions")),
        part("Odoo modules", from("module"), none(s, "odoo_modules")),
        part(
          "bus traffic",
          from("traffic"),
          none(s, "odoo_bus_traffic"),
          counters.recent && probeRows(s, "odoo_bus_traffic").length > 0 ? "statistics of this database were reset recently (".concat(describeWindow(counters), ")") : null
        )
      ],
      items: ctx.channels.map((c) => ({ channel: c.channel, listeners: c.listeners, seenBy: [...new Set(c.sources.map((x) => x.kind))].join(", "), detail: c.sources.map((x) => x.detail).join("; ") })),
      notes,
      columns: [T("channel", "Channel"), N("listeners", "Listeners"), T("seenBy", "Seen by"), T("detail", "Detail")]
    };
  },
  extensions: (s) => {
    const rows = probeRows(s, "extensions");
    const items = rows.filter((r) => r.installed === true).map((r) => ({
      name: str(r.name),
      version: str(r.installed_version),
      available: r.available_version == null ? null : str(r.available_version),
      outdated: r.available_version != null && r.installed_version !== r.available_version,
      schema: str(r.schema)
    }));
    const outdated = items.filter((i) => i.outdated);
    const gone = items.filter((i) => i.available === null);
    return {
      items,
      notes: [
        ...outdated.map((i) => "".concat(i.name, " ").concat(i.version, " is older than the server's ").concat(str(i.available), ": ALTER EXTENSION ").concat(i.name, " UPDATE.")),
        ...gone.map((i) => "".concat(i.name, " ").concat(i.version, " is installed but the server no longer has its files.")),
        ...["pg_trgm", "unaccent", "vector", "pg_stat_statements", "postgres_fdw", "btree_gin"].filter((n) => rows.some((r) => r.name === n && r.installed !== true)).map((n) => "".concat(n, " is available on this server but not installed."))
      ],
      parts: [part("extensions", items.length > 0, gap(s, "extensions"))],
      columns: [T("name", "Extension"), T("version", "Installed"), T("available", "Server has"), Y("outdated", "Outdated"), T("schema", "Schema")]
    };
  },
  partitioning: (s) => ({
    items: probeRows(s, "partitions").map((r) => ({ table: qualified(r, "table_name"), strategy: str(r.strategy), key: str(r.partition_key), partitions: num3(r.partitions), rows: num3(r.rows_estimate), size: num3(r.bytes_estimate) })),
    columns: [T("table", "Table"), T("strategy", "Strategy"), T("key", "Key"), N("partitions", "Partitions"), N("rows", "Rows (est.)"), B("size", "Size (est.)")]
  }),
  brin: (s) => ({ items: indexes(s).filter((r) => r.method === "brin").map(indexItem), columns: INDEX_COLS }),
  materialized_views: (s) => ({
    items: probeRows(s, "matviews").map((r) => ({ view: qualified(r, "view_name"), populated: r.populated === true, rows: num3(r.rows_estimate), size: num3(r.bytes_estimate) })),
    columns: [T("view", "View"), Y("populated", "Populated"), N("rows", "Rows (est.)"), B("size", "Size (est.)")]
  }),
  unlogged_tables: (s) => ({
    items: probeRows(s, "unlogged_tables").map((r) => ({ table: qualified(r, "table_name"), rows: num3(r.rows_estimate), size: num3(r.bytes_estimate) })),
    columns: [T("table", "Table"), N("rows", "Rows (est.)"), B("size", "Size (est.)")]
  }),
  advisory_locks: (s, ctx) => ({
    parts: [
      part("locks held now", probeRows(s, "advisory_locks").some((r) => (num3(r.locks) ?? 0) > 0), gap(s, "advisory_locks")),
      codePart(s, codeItems(ctx, "advisory_lock").length > 0)
    ],
    items: [
      ...probeRows(s, "advisory_locks").filter((r) => (num3(r.locks) ?? 0) > 0).map((r) => ({ source: "held now", module: null, location: "database ".concat(str(r.database) || "(cluster)"), snippet: "".concat(num3(r.locks), " locks by ").concat(num3(r.sessions), " sessions, ").concat(num3(r.waiting), " waiting") })),
      ...codeItems(ctx, "advisory_lock")
    ],
    columns: [T("source", "Seen"), T("module", "Module"), T("location", "Where"), T("snippet", "Detail")]
  }),
  skip_locked: (s, ctx) => ({
    notes: [
      ...probeResult(s, "statements_skip_locked")?.status === "ok" || s.scan ? [] : ["SKIP LOCKED queries are seen only in pg_stat_statements (not installed here) or in module code (scan the addons)."],
      ...probeResult(s, "statements_info")?.status === "ok" ? ["pg_stat_statements counts ".concat(describeWindow(statementCounters(s)), ".")] : []
    ],
    parts: [statementsPart(s), codePart(s, codeItems(ctx, "skip_locked").length > 0)],
    items: [
      ...probeRows(s, "statements_skip_locked").map((r) => ({ source: "pg_stat_statements", module: null, location: "".concat(num3(r.calls), " calls"), snippet: str(r.query) })),
      ...codeItems(ctx, "skip_locked")
    ],
    columns: [T("source", "Seen"), T("module", "Module"), T("location", "Where"), T("snippet", "Detail")]
  }),
  pgvector: (s) => ({
    notes: extensionNote(s, "vector", "embedding columns and their HNSW/IVFFlat indexes"),
    parts: [
      part("columns", probeRows(s, "vector_columns").length > 0, none(s, "vector_columns")),
      part("indexes", indexes(s).some((r) => ["hnsw", "ivfflat"].includes(str(r.method))), gap(s, "indexes"))
    ],
    items: [
      ...probeRows(s, "vector_columns").map((r) => ({ kind: "column", name: "".concat(qualified(r, "table_name"), ".").concat(str(r.column_name)), detail: str(r.column_type), size: null })),
      ...indexes(s).filter((r) => ["hnsw", "ivfflat"].includes(str(r.method))).map((r) => ({ kind: "index", name: "".concat(qualified(r, "table_name"), ".").concat(str(r.index_name)), detail: str(r.method), size: num3(r.bytes_estimate) }))
    ],
    columns: [T("kind", "Kind"), T("name", "Name"), T("detail", "Detail"), B("size", "Size")]
  }),
  large_objects: (s) => {
    const rows = probeRows(s, "binary_storage");
    const lo = num3(rows[0]?.large_objects_estimate) ?? 0;
    return {
      items: rows.filter((r) => (num3(r.column_bytes_estimate) ?? 0) > 0 || (num3(r.rows_estimate) ?? 0) > 0).map((r) => ({ table: qualified(r, "table_name"), column: str(r.column_name), rows: num3(r.rows_estimate), size: num3(r.column_bytes_estimate) })),
      notes: lo > 0 ? ["About ".concat(lo, " large objects (pg_largeobject).")] : [],
      columns: [T("table", "Table"), T("column", "Column"), N("rows", "Rows (est.)"), B("size", "Size (est.)")]
    };
  }
};
function statementsPart(s) {
  const found = probeRows(s, "statements_skip_locked").length > 0;
  const skipped = probeResult(s, "statements_skip_locked");
  const missing = skipped?.status === "skipped" ? "pg_stat_statements is not installed in this database" : null;
  const info = probeRows(s, "statements_info")[0];
  const vis = statsVisibility(s);
  const hidden = num3(info?.hidden_statements) ?? 0;
  const counters = statementCounters(s);
  const why = !vis.visible && hidden > 0 ? "".concat(hidden, " statement").concat(hidden === 1 ? "" : "s", " of other roles could not be read: ").concat(vis.reason) : counters.recent ? "pg_stat_statements was reset recently (".concat(describeWindow(counters), ")") : null;
  return part("statements", found, missing ?? gap(s, "statements_skip_locked"), why);
}
function buildCapabilities(s, channels, cat = catalog) {
  const ctx = { cat, channels, running: runningMatches(s, cat) };
  return cat.capabilities.map((def) => {
    const extract = EXTRACTORS[def.id];
    if (!extract) throw new Error("no extractor for capability ".concat(def.id));
    const { items, columns, notes = [], parts: found } = extract(s, ctx);
    const parts = found ?? def.probes.map((p) => part(p.replace(/_/g, " "), items.length > 0, gap(s, p)));
    const status = overallStatus(items.length, parts);
    const summary = status === "in_use" ? "".concat(items.length, " item").concat(items.length === 1 ? "" : "s") : status === "not_in_use" ? "not in use" : "not checked";
    return { id: def.id, title: def.title, description: def.description, status, summary, parts, columns, items, notes };
  });
}

var MAX_PATHS = 20;
var MAX_EVIDENCE = 6;
var ORM_TRIGGERS = /* @__PURE__ */ new Set(["create", "write", "unlink", "compute", "inverse", "onchange"]);
var FIELD = /^[a-z][a-z0-9_]*$/;
var TIMING_RANK = { in_transaction: 0, after_commit: 1, queued: 2 };
var lastSegment = (callee) => {
  const m = /([A-Za-z_][A-Za-z0-9_]*)$/.exec(callee);
  return m ? m[1] : "";
};
var rootOf = (callee) => /^[A-Za-z_][A-Za-z0-9_]*/.exec(callee)?.[0] ?? "";
var receiverOf = (callee) => {
  const name2 = lastSegment(callee);
  return callee.endsWith(".".concat(name2)) ? callee.slice(0, -name2.length - 1) : "";
};
var worse = (a, b) => TIMING_RANK[a] >= TIMING_RANK[b] ? a : b;
function envModels(text3) {
  return [...text3.matchAll(/env\["([^"\\]+)"\]/g)].map((m) => m[1]);
}
function modelOf(cls) {
  if (!cls) return null;
  return cls.model ?? cls.inherit[0] ?? null;
}
function tableOf(cls, model) {
  return cls?.table ?? model.replace(/\./g, "_");
}
function analyseUsage(structure, store, matches, cat) {
  return new UsageReader(structure, store, matches, cat).read();
}
var COMPILED = /* @__PURE__ */ new WeakMap();
function compiledCatalog(cat) {
  let c = COMPILED.get(cat);
  if (!c) {
    c = {
      sigs: new Map(cat.signatures.map((g) => [g.id, g])),
      patterns: cat.signatures.map((sig) => ({ sig, re: new RegExp(sig.pattern, (sig.flags ?? "").replace(/[gy]/g, "")) })),
      consumer: new RegExp("\\b(?:".concat(cat.usage.consumerClients.map(escapeRe).join("|"), ")\\s*\\("))
    };
    COMPILED.set(cat, c);
  }
  return c;
}
var UsageReader = class {
  constructor(s, store, matches, cat) {
    __publicField(this, "s", s);
    __publicField(this, "store", store);
    __publicField(this, "cat", cat);
    __publicField(this, "u");
    __publicField(this, "fns", []);
    __publicField(this, "byName", /* @__PURE__ */ new Map());
    __publicField(this, "sigs");
    __publicField(this, "clientPatterns");
    __publicField(this, "httpPatterns");
    __publicField(this, "callPatterns");
    /** Line-scan matches of this store, by file:line. */
    __publicField(this, "flagged", /* @__PURE__ */ new Map());
    __publicField(this, "helpers", /* @__PURE__ */ new Set());
    __publicField(this, "bound", /* @__PURE__ */ new Map());
    __publicField(this, "fileClients", /* @__PURE__ */ new Map());
    __publicField(this, "calls", []);
    __publicField(this, "edges", /* @__PURE__ */ new Map());
    __publicField(this, "callers", /* @__PURE__ */ new Map());
    __publicField(this, "storeCallKeys", /* @__PURE__ */ new Set());
    __publicField(this, "consumerRe");
    this.u = cat.usage;
    const compiled2 = compiledCatalog(cat);
    this.sigs = compiled2.sigs;
    const matched = new Set(matches.map((m) => m.signature));
    const own = (g) => g.store === store.id || g.store !== void 0 && matched.has(g.id);
    this.clientPatterns = compiled2.patterns.filter(({ sig }) => own(sig) && sig.kind === "client").map(({ re }) => re);
    this.httpPatterns = compiled2.patterns.filter(({ sig }) => sig.kind === "http_call").map(({ re }) => re);
    this.callPatterns = compiled2.patterns.filter(({ sig }) => own(sig) && (sig.kind === "write" || sig.kind === "read")).map(({ sig, re }) => ({ kind: sig.kind, re }));
    this.consumerRe = compiled2.consumer;
    for (const m of matches) {
      const k = "".concat(m.file, ":").concat(m.line);
      const list2 = this.flagged.get(k);
      if (list2) list2.push(m);
      else this.flagged.set(k, [m]);
    }
    for (const cls of s.classes) for (const f of cls.methods) this.addFn(f, cls);
    for (const f of s.functions) this.addFn(f, null);
  }
  addFn(f, cls) {
    const fn = { id: "".concat(f.file, ":").concat(f.line), f, cls, label: cls ? "".concat(cls.name, ".").concat(f.name) : f.name };
    this.fns.push(fn);
    const named = this.byName.get(f.name);
    if (named) named.push(fn);
    else this.byName.set(f.name, [fn]);
  }
  read() {
    this.findClients();
    this.findStoreCalls();
    this.buildGraph();
    const paths = this.paths();
    const models = this.models();
    const rebuildFns = this.rebuildPaths(new Set(models.filter((m) => m.direction !== "from_store").map((m) => m.model)));
    const rebuild = {
      paths: rebuildFns.flatMap((r) => r.evidence).slice(0, MAX_EVIDENCE),
      ttl: this.calls.filter((c) => c.ttl).map((c) => c.evidence).slice(0, MAX_EVIDENCE),
      invalidation: this.invalidation()
    };
    return {
      calls: this.calls,
      models,
      paths: paths.list,
      rebuild,
      reconciliation: this.reconciliation(new Set(rebuildFns.map((r) => r.fn.id))),
      readsBack: this.readsBack(),
      dualWrites: paths.dual,
      projection: paths.projection,
      sessions: this.sessions(),
      attachments: this.attachments(),
      consumes: this.store.category === "queue" ? this.consumes() : [],
      tasks: dedupe(this.calls.filter((c) => c.kind === "write" && this.u.taskVerbs.includes(lastSegment(c.call.callee))).map((c) => c.evidence)).slice(0, MAX_EVIDENCE)
    };
  }
  // ---- what the store holds: sessions, attachment bytes, messages consumed ---------------------
  isSessionClass(cls) {
    return Boolean(cls && cls.bases.some((b) => this.u.sessionStoreBases.includes(lastSegment(b))));
  }
  /** Store calls of a session store class, and session store classes built with the store's client
   * (`RedisSessionStore(redis=client)`, the class keeping it in self.redis). */
  sessions() {
    const out = this.calls.filter((c) => this.isSessionClass(c.fn.cls)).map((c) => c.evidence);
    const classes = new Set(this.s.classes.filter((c) => this.isSessionClass(c)).map((c) => c.name));
    for (const fn of this.fns) {
      const names = /* @__PURE__ */ new Set([...this.bound.get(fn.id) ?? [], ...this.fileClients.get(fn.f.file) ?? []]);
      for (const c of fn.f.calls) {
        if (classes.has(lastSegment(c.callee)) && c.names.some((n) => names.has(n))) {
          out.push({ file: fn.f.file, line: c.line, snippet: "".concat(c.callee, "(...) given the ").concat(this.store.title, " client"), signature: "structure", kind: "session_store" });
        }
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }
  /** Storage hooks of ir.attachment overridden, and store calls reached from an ir.attachment class. */
  attachments() {
    const { model, hooks } = this.u.attachmentStorage;
    const overrides = [];
    const calls = [];
    for (const fn of this.fns) {
      if (!fn.cls || !extendsModel(fn.cls, model)) continue;
      if (hooks.some((h) => nameExtends(fn.f.name, h))) overrides.push({ ...this.defEvidence(fn), kind: "attachment_hook" });
      for (const r of this.reach(fn).values()) {
        const c = this.calls.find((x) => x.fn.id === r.fn.id);
        if (c) calls.push(c.evidence);
      }
    }
    return dedupe([...overrides, ...calls]).slice(0, MAX_EVIDENCE);
  }
  /** Consumer calls (poll, basic_consume), consumer clients the line scan saw (even inside a string
   * given to eval), and message handlers whose message flows into an ORM write. */
  consumes() {
    const out = this.calls.filter((c) => c.kind === "read" && this.u.consumeVerbs.includes(lastSegment(c.call.callee))).map((c) => c.evidence);
    for (const list2 of this.flagged.values()) {
      for (const m of list2) if (this.consumerRe.test(m.snippet)) out.push({ file: m.file, line: m.line, snippet: m.snippet, signature: m.signature, kind: "consumer" });
    }
    for (const fn of this.fns) {
      const params = fn.f.params.filter((p) => this.u.messageParams.includes(p));
      if (params.length === 0) continue;
      const tainted = new Set(params);
      for (const c of fn.f.calls) {
        const carries = tainted.has(rootOf(c.callee)) || c.names.some((n) => tainted.has(n));
        if (!carries) continue;
        if (this.isOrmWrite(fn, c)) {
          out.push({ file: fn.f.file, line: c.line, snippet: "".concat(fn.label, "(").concat(params.join(", "), "): ").concat(c.callee, "(...) with data of the message").slice(0, 200), signature: "structure", kind: "orm_write" });
          continue;
        }
        for (const t of c.targets) tainted.add(t);
        if (this.u.mutators.includes(lastSegment(c.callee))) tainted.add(rootOf(c.callee));
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }
  // ---- clients ---------------------------------------------------------------------------------
  isConstructor(file, call) {
    const text3 = "".concat(call.callee, "(");
    if (this.clientPatterns.some((re) => re.test(text3))) return true;
    const here = this.flagged.get("".concat(file, ":").concat(call.line)) ?? [];
    if (here.some((m) => this.sigs.get(m.signature)?.kind === "client" && m.snippet.includes("".concat(lastSegment(call.callee), "(")) && !call.callee.includes("()"))) return true;
    const next = call.line > 0 && !call.callee.includes("()") ? this.flagged.get("".concat(file, ":").concat(call.line + 1)) ?? [] : [];
    return next.some((m) => this.sigs.get(m.signature)?.kind === "client" && !m.snippet.includes("("));
  }
  isHelperCall(callee) {
    const name2 = lastSegment(callee);
    if (!this.helpers.has(name2) || callee.startsWith("super()")) return false;
    return callee === name2 || callee.endsWith(".".concat(name2));
  }
  /** Client-valued expressions a callee may start with in `fn`: bound names, helper calls, constructors. */
  clientPrefix(fn, callee) {
    const names = this.bound.get(fn.id) ?? /* @__PURE__ */ new Set();
    const fileNames = this.fileClients.get(fn.f.file) ?? /* @__PURE__ */ new Set();
    const root = rootOf(callee);
    if ((names.has(root) || fileNames.has(root)) && callee.length > root.length && /^[.[]/.test(callee.slice(root.length))) return true;
    for (let i = callee.indexOf("()"); i >= 0; i = callee.indexOf("()", i + 2)) {
      const head = callee.slice(0, i);
      if (!/^[.[]/.test(callee.slice(i + 2))) continue;
      if (this.isHelperCall(head) || this.isConstructor(fn.f.file, { line: 0, callee: head, names: [], keywords: [], refs: [], strings: [], targets: [] })) return true;
    }
    return false;
  }
  /** Helpers returning a client (`def _redis(self): return redis.Redis(...)`), module-level clients, and
   * the names each function binds to a client. */
  findClients() {
    for (const { file, calls } of this.s.moduleLevel) {
      for (const c of calls) {
        if (!this.isConstructor(file, c)) continue;
        const set = this.fileClients.get(file) ?? /* @__PURE__ */ new Set();
        for (const t of c.targets) set.add(t);
        this.fileClients.set(file, set);
      }
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const fn of this.fns) {
        const names = this.bound.get(fn.id) ?? /* @__PURE__ */ new Set();
        this.bound.set(fn.id, names);
        let returnsClient = false;
        for (const c of fn.f.calls) {
          const handed = c.targets.length > 0 && this.clientPrefix(fn, c.callee) && this.classify(c.callee, c.keywords, null) === null;
          if (handed) {
            for (const t of c.targets) if (!names.has(t)) {
              names.add(t);
              changed = true;
            }
          }
          const made = this.isConstructor(fn.f.file, c) || this.isHelperCall(c.callee);
          if (!made) continue;
          for (const t of c.targets) if (!names.has(t)) {
            names.add(t);
            changed = true;
          }
          const chained = fn.f.calls.some((d) => d !== c && (d.callee.startsWith("".concat(c.callee, "().")) || d.callee.startsWith("".concat(c.callee, "()["))));
          if (c.targets.length === 0 && !chained || c.targets.some((t) => fn.f.returns.includes(t))) returnsClient = true;
        }
        const fileNames = this.fileClients.get(fn.f.file);
        if (fileNames && fn.f.returns.some((r) => fileNames.has(r))) returnsClient = true;
        this.bound.set(fn.id, names);
        if (returnsClient && !this.helpers.has(fn.f.name)) {
          this.helpers.add(fn.f.name);
          changed = true;
        }
      }
    }
  }
  // ---- store calls -----------------------------------------------------------------------------
  classify(callee, keywords, flaggedKind) {
    const verb = lastSegment(callee).toLowerCase();
    const first = verb.split("_").filter(Boolean)[0] ?? "";
    const v = this.u.verbs;
    const ttlKw = [...this.u.ttlKeywords, ...this.store.category === "cache" ? this.u.cacheTtlKeywords : []];
    const ttlArg = keywords.some((k) => ttlKw.includes(k));
    const bulk = this.u.bulkVerbs.includes(verb);
    const expiring = this.store.category !== "queue";
    const out = (kind) => ({ kind, ttl: expiring && (kind === "expire" || this.u.ttlVerbs.includes(verb) || kind === "write" && ttlArg), bulk });
    if (v.expire.includes(verb)) return out("expire");
    if (v.delete.includes(verb)) return out("delete");
    if (this.u.ttlVerbs.includes(verb)) return out("write");
    const sig = this.callPatterns.find((p) => p.re.test("".concat(callee, "(")));
    if (sig) return out(sig.kind);
    for (const kind of ["expire", "delete", "write", "read"]) {
      if (v[kind].includes(verb) || v[kind].includes(first)) return out(kind);
    }
    const words = verb.split("_").filter(Boolean).slice(1);
    for (const kind of ["delete", "write", "read"]) {
      if (words.some((w) => v[kind].includes(w))) return out(kind);
    }
    return flaggedKind ? out(flaggedKind) : null;
  }
  findStoreCalls() {
    for (const fn of this.fns) {
      const names = /* @__PURE__ */ new Set([...this.bound.get(fn.id) ?? [], ...this.fileClients.get(fn.f.file) ?? []]);
      for (const call of fn.f.calls) {
        const here = this.flagged.get("".concat(fn.f.file, ":").concat(call.line)) ?? [];
        const flaggedKind = here.map((m2) => this.sigs.get(m2.signature)?.kind).find((k) => k === "write" || k === "read") ?? null;
        let hit = null;
        if (this.httpCall(fn, call)) {
          hit = this.classify(call.callee, call.keywords, flaggedKind);
        } else if (this.clientPrefix(fn, call.callee)) {
          hit = this.classify(call.callee, call.keywords, flaggedKind);
        } else if (flaggedKind && (call.refs.some((r) => names.has(rootOf(r))) || this.callPatterns.some((p) => p.re.test("".concat(call.callee, "("))))) {
          hit = this.classify(call.callee, call.keywords, flaggedKind) ?? { kind: flaggedKind, ttl: false, bulk: false };
        }
        if (!hit) continue;
        const m = here.find((x) => ["write", "read", "derived_hint"].includes(this.sigs.get(x.signature)?.kind ?? "")) ?? here[0];
        const evidence = m ? { file: m.file, line: m.line, snippet: m.snippet, signature: m.signature, kind: hit.kind } : { file: fn.f.file, line: call.line, snippet: "".concat(call.callee, "(...)"), signature: "structure", kind: hit.kind };
        this.calls.push({ fn, call, ...hit, evidence });
        this.storeCallKeys.add("".concat(fn.id, "|").concat(call.line, "|").concat(call.callee));
      }
    }
  }
  /** For a store answering over HTTP: a requests/httpx call in a function that names the store's
   * configuration or URL, or in a file that names its URL. */
  httpCall(fn, call) {
    if (!this.store.httpApi || !this.httpPatterns.some((re) => re.test("".concat(call.callee, "(")))) return false;
    for (const list2 of this.flagged.values()) {
      for (const m of list2) {
        if (m.file !== fn.f.file) continue;
        const kind = this.sigs.get(m.signature)?.kind;
        if (kind === "url" || kind === "config" && m.line >= fn.f.line && m.line <= fn.f.endLine) return true;
      }
    }
    return false;
  }
  isStoreCall(fn, call) {
    return this.storeCallKeys.has("".concat(fn.id, "|").concat(call.line, "|").concat(call.callee));
  }
  // ---- call graph ------------------------------------------------------------------------------
  resolve(from, callee) {
    const name2 = lastSegment(callee);
    const cands = this.byName.get(name2);
    if (!cands || callee.startsWith("super()")) return [];
    if (callee === name2) return cands.filter((c) => !c.cls);
    const receiver = receiverOf(callee);
    if (!receiver) return [];
    const methods = cands.filter((c) => c.cls);
    const models = envModels(receiver);
    if (models.length > 0) return methods.filter((c) => models.some((m) => c.cls.model === m || c.cls.inherit.includes(m)));
    if (/^(?:self|cls)\b/.test(receiver) && from.cls) {
      const same = methods.filter((c) => c.cls === from.cls);
      if (same.length) return same;
      const model = modelOf(from.cls);
      const sameModel = methods.filter((c) => model && modelOf(c.cls) === model);
      if (sameModel.length) return sameModel;
    }
    return methods;
  }
  buildGraph() {
    for (const fn of this.fns) {
      const out = [];
      const afterCommit = fn.f.calls.some((c) => this.isAfterCommit(c));
      for (const call of fn.f.calls) {
        if (this.isStoreCall(fn, call)) continue;
        const queued = this.u.queuedCallees.some((q) => call.callee.includes(".".concat(q, "().")));
        const timing = queued ? "queued" : afterCommit ? "after_commit" : "in_transaction";
        for (const to of this.resolve(fn, call.callee)) if (to !== fn) out.push({ to, timing, call });
        if (this.isAfterCommit(call)) {
          for (const r of call.refs) for (const to of this.resolve(fn, r)) if (to !== fn) out.push({ to, timing: "after_commit", call });
        }
      }
      this.edges.set(fn.id, out);
      for (const e2 of out) {
        const callers = this.callers.get(e2.to.id);
        if (callers) callers.push(fn);
        else this.callers.set(e2.to.id, [fn]);
      }
    }
  }
  isAfterCommit(c) {
    if (this.u.afterCommitCallees.some((a) => c.callee === a || c.callee.endsWith(".".concat(a)))) return true;
    return c.callee.endsWith(".after") && c.strings[0] === this.u.afterCommitAfter;
  }
  /** The functions reachable from `start`, each with the latest timing on the way. */
  reach(start) {
    const own = this.isJob(start.f) ? "queued" : start.f.calls.some((c) => this.isAfterCommit(c)) ? "after_commit" : "in_transaction";
    const seen = /* @__PURE__ */ new Map([[start.id, { fn: start, timing: own, via: null }]]);
    const todo = [start];
    while (todo.length) {
      const at3 = todo.shift();
      const t = seen.get(at3.id).timing;
      for (const e2 of this.edges.get(at3.id) ?? []) {
        const timing = worse(t, this.isJob(e2.to.f) ? "queued" : e2.timing);
        const prev = seen.get(e2.to.id);
        if (prev && TIMING_RANK[prev.timing] >= TIMING_RANK[timing]) continue;
        seen.set(e2.to.id, { fn: e2.to, timing, via: at3 });
        todo.push(e2.to);
      }
    }
    return seen;
  }
  isJob(f) {
    return f.decorators.some((d) => this.u.jobDecorators.includes(d) || d.endsWith(".job"));
  }
  // ---- triggers and paths ----------------------------------------------------------------------
  trigger(fn) {
    const { f, cls } = fn;
    const model = modelOf(cls);
    const def = this.defEvidence(fn);
    if (cls && model && ["create", "write", "unlink"].includes(f.name)) {
      return { trigger: f.name, detail: "overrides ".concat(f.name, " of ").concat(model), evidence: def };
    }
    const hook = this.writeHook(fn);
    if (hook) return { trigger: "write", detail: "".concat(f.name, " runs inside create/write of ").concat(hook.model, " (the ORM calls ").concat(hook.hook, ")"), evidence: def };
    for (const field of cls?.fields ?? []) {
      if (field.compute === f.name) return { trigger: "compute", detail: "computes field ".concat(field.name, " of ").concat(model ?? cls.name), evidence: def };
      if (field.inverse === f.name) return { trigger: "inverse", detail: "inverse of field ".concat(field.name, " of ").concat(model ?? cls.name), evidence: def };
    }
    if (f.decorators.some((d) => this.u.onchangeDecorators.includes(d))) {
      return { trigger: "onchange", detail: "onchange of ".concat(f.decoratorStrings.join(", ") || "a field"), evidence: def };
    }
    for (const a of this.s.actions) {
      if (!this.actionCalls(a.code, a.function, a.modelRef, fn)) continue;
      const where3 = "".concat(a.file, ":").concat(a.line);
      const ev = { file: a.file, line: a.line, snippet: "".concat(a.kind === "cron" ? "cron" : "server action", " '").concat(a.name, "': ").concat(a.code || a.function || "").slice(0, 200), signature: "structure", kind: a.kind };
      return a.kind === "cron" ? { trigger: "cron", detail: "cron '".concat(a.name, "' (").concat(where3, ")").concat(a.interval ? ", every ".concat(a.interval) : ""), evidence: ev } : { trigger: "server_action", detail: "server action '".concat(a.name, "' (").concat(where3, ")"), evidence: ev };
    }
    if (f.decorators.some((d) => this.u.routeDecorators.includes(d)) && (!cls || cls.bases.some((b) => this.u.controllerBases.includes(b)))) {
      return { trigger: "controller", detail: "route ".concat(f.decoratorStrings[0] ?? "").trim(), evidence: def };
    }
    if (this.isJob(f)) return { trigger: "queue_job", detail: "a queue job (@job)", evidence: def };
    const manifestHook = this.s.hooks.find((h) => !cls && h.function === f.name);
    if (manifestHook) return { trigger: "hook", detail: "".concat(manifestHook.hook, " of the manifest"), evidence: def };
    if (cls && model && this.u.buttonPrefixes.some((p) => f.name.startsWith(p))) {
      return { trigger: "button", detail: "button or action ".concat(f.name, " of ").concat(model), evidence: def };
    }
    return { trigger: "method", detail: "".concat(fn.label, ", not called elsewhere in the module"), evidence: def };
  }
  /** Whether a cron's or server action's code (`model._reindex_all()`) or old `function` names this method. */
  actionCalls(code2, fun, modelRef, fn) {
    const model = modelOf(fn.cls);
    const named = [];
    for (const m of code2.matchAll(/(?:\benv\[\s*['"]([^'"]+)['"]\s*\]|\b(?:model|records?|self|object)\b)(?:\.(?:sudo|with_context|with_company|with_user)\([^)]*\))*\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) {
      named.push({ method: m[2], model: m[1] ?? null });
    }
    if (fun) named.push({ method: fun, model: null });
    return named.some((n) => {
      if (n.method !== fn.f.name || !fn.cls) return false;
      if (n.model) return model === n.model || fn.cls.inherit.includes(n.model);
      if (!modelRef || !model) return true;
      const refs = [model, ...fn.cls.inherit].map((x) => x.replace(/\./g, "_"));
      return refs.includes(modelRef);
    });
  }
  /** A method the ORM calls while writing records of its class's model (ir.attachment's _file_write),
   * overridden or extended under a longer name (_file_write_with_bucket). */
  writeHook(fn) {
    if (!fn.cls) return null;
    for (const [model, hooks] of Object.entries(this.u.recordWriteHooks)) {
      if (!extendsModel(fn.cls, model)) continue;
      const hook = hooks.find((h) => nameExtends(fn.f.name, h));
      if (hook) return { model, hook };
    }
    return null;
  }
  defEvidence(fn) {
    return { file: fn.f.file, line: fn.f.line, snippet: "def ".concat(fn.f.name, "(").concat(fn.f.params.join(", "), ")"), signature: "structure", kind: "def" };
  }
  isOrmWrite(fn, c) {
    if (this.isStoreCall(fn, c)) return false;
    const verb = lastSegment(c.callee);
    if (this.u.ormWrite.includes(verb)) {
      const receiver = receiverOf(c.callee);
      if (!receiver) return false;
      const root = rootOf(receiver);
      if (/(?:^|\.)[A-Z][A-Za-z0-9_]*\(\)$/.test(receiver)) return false;
      if (FILE_LIKE.test(root) || (this.bound.get(fn.id)?.has(root) ?? false) || this.clientPrefix(fn, c.callee)) return false;
      return true;
    }
    return /(?:^|\.)execute$/.test(c.callee) && c.strings.some((x) => this.u.sqlWrite.some((w) => x.trimStart().toUpperCase().startsWith(w)));
  }
  isOrmRead(fn, c, list2) {
    if (this.isStoreCall(fn, c)) return false;
    const receiver = receiverOf(c.callee);
    return Boolean(receiver) && list2.includes(lastSegment(c.callee)) && !this.clientPrefix(fn, c.callee);
  }
  paths() {
    const writers = new Set(this.calls.filter((c) => c.kind !== "read").map((c) => c.fn.id));
    const list2 = [];
    const dual = [];
    let projection = false;
    if (writers.size === 0) return { list: list2, dual, projection };
    for (const fn of this.fns) {
      const t = this.trigger(fn);
      const hasCallers = (this.callers.get(fn.id) ?? []).some((c) => c !== fn);
      if (t.trigger === "method" && hasCallers) continue;
      const reached = this.reach(fn);
      const hits = [...reached.values()].filter((r) => writers.has(r.fn.id));
      if (hits.length === 0) continue;
      const byTiming = /* @__PURE__ */ new Map();
      for (const r of hits) {
        for (const c of this.calls.filter((x) => x.fn.id === r.fn.id && x.kind !== "read")) {
          const same = byTiming.get(r.timing);
          if (same) same.push(c);
          else byTiming.set(r.timing, [c]);
        }
      }
      for (const [timing, calls] of byTiming) {
        if (list2.length >= MAX_PATHS) break;
        const evidence = calls.slice(0, 3).map((c) => c.evidence);
        if (calls.some((c) => c.fn !== fn) && t.evidence) evidence.push(t.evidence);
        else if (t.trigger === "cron" || t.trigger === "server_action") evidence.push(t.evidence);
        list2.push({ method: fn.label, model: modelOf(fn.cls), trigger: t.trigger, detail: t.detail, timing, evidence });
      }
      if (ORM_TRIGGERS.has(t.trigger)) projection = true;
      const storeWrites = hits.flatMap((r) => this.calls.filter((x) => x.fn.id === r.fn.id && x.kind === "write" && !this.isSessionClass(x.fn.cls)));
      if (storeWrites.length === 0 || dual.length >= MAX_EVIDENCE) continue;
      let orm = ["create", "write", "unlink"].includes(t.trigger) ? t.evidence : null;
      if (!orm) {
        for (const r of reached.values()) {
          const w = r.fn.f.calls.find((c) => this.isOrmWrite(r.fn, c));
          if (w) {
            orm = { file: r.fn.f.file, line: w.line, snippet: "".concat(w.callee, "(...)"), signature: "structure", kind: "orm_write" };
            break;
          }
        }
      }
      if (orm) dual.push(orm, storeWrites[0].evidence);
    }
    return { list: list2, dual: dedupe(dual), projection };
  }
  // ---- rebuild, reconciliation, reads back -----------------------------------------------------
  /** Functions that search records and, themselves or through helpers, write the store: reindex, resync, warm-up. */
  rebuildPaths(storeModels) {
    const writers = new Set(this.calls.filter((c) => c.kind === "write").map((c) => c.fn.id));
    const out = [];
    for (const fn of this.fns) {
      if (fn.cls && ["create", "write", "unlink"].includes(fn.f.name)) continue;
      const search = fn.f.calls.find((c) => this.isOrmRead(fn, c, this.u.ormSearch) && this.searchesStoreModel(fn, c, storeModels));
      if (!search) continue;
      const hit = [...this.reach(fn).values()].find((r) => writers.has(r.fn.id));
      if (!hit) continue;
      const write = this.calls.find((c) => c.fn.id === hit.fn.id && c.kind === "write");
      out.push({ fn, evidence: [{ file: fn.f.file, line: search.line, snippet: "".concat(fn.label, ": ").concat(search.callee, "(...)"), signature: "structure", kind: "rebuild" }, write.evidence] });
    }
    return out;
  }
  /** Whether a search may return records whose data goes to the store: its receiver names no model
   * (a variable), or names one of them (`self` in their class, `env["x"]`). */
  searchesStoreModel(fn, c, storeModels) {
    const receiver = receiverOf(c.callee);
    const named = envModels(receiver);
    if (named.length > 0) return named.some((m) => storeModels.has(m));
    if (/^self\b/.test(receiver) && fn.cls) return [modelOf(fn.cls), ...fn.cls.inherit].some((m) => m !== null && storeModels.has(m));
    return true;
  }
  invalidation() {
    const out = [];
    for (const fn of this.fns) {
      if (!fn.cls || !["write", "unlink"].includes(fn.f.name)) continue;
      for (const r of this.reach(fn).values()) {
        for (const c of this.calls) if (c.fn.id === r.fn.id && (c.kind === "delete" || c.kind === "expire")) out.push(c.evidence);
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }
  /** A cron or method that reads the store and the ORM, and then repairs: calls a rebuild path, or
   * writes the store under a name that says it compares. */
  reconciliation(rebuilders) {
    const out = [];
    for (const fn of this.fns) {
      if (fn.cls && ["create", "write", "unlink"].includes(fn.f.name)) continue;
      const reached = this.reach(fn);
      const storeRead = this.calls.find((c) => c.kind === "read" && (c.fn === fn || reached.has(c.fn.id) && this.helperOnly(c.fn)));
      const ormRead = fn.f.calls.find((c) => this.isOrmRead(fn, c, this.u.ormRead));
      if (!storeRead || !ormRead) continue;
      const callsRebuild = [...reached.values()].some((r) => r.fn !== fn && rebuilders.has(r.fn.id));
      const named = this.u.reconcileHints.some((h) => fn.f.name.toLowerCase().includes(h));
      const repairs = this.calls.some((c) => c.kind !== "read" && reached.has(c.fn.id));
      if (!callsRebuild && !(named && repairs)) continue;
      const t = this.trigger(fn);
      out.push({ ...t.evidence ?? this.defEvidence(fn), snippet: "".concat(fn.label, " (").concat(t.detail, ") compares ").concat(this.store.title, " with the ORM (").concat(ormRead.callee, ") and repairs it").slice(0, 200), kind: "reconciliation" }, storeRead.evidence);
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }
  helperOnly(fn) {
    return this.helpers.has(fn.f.name);
  }
  /** Store reads whose values flow (through assignments in the same function, or a helper returning
   * them) into the arguments of an ORM write. */
  readsBack() {
    const returnsData = /* @__PURE__ */ new Set();
    const taintedIn = (fn) => {
      const tainted = /* @__PURE__ */ new Set();
      for (const c of fn.f.calls) {
        const isRead = this.calls.some((x) => x.fn === fn && x.call === c && x.kind === "read");
        const fromHelper = this.resolve(fn, c.callee).some((to) => returnsData.has(to.id));
        if (isRead || fromHelper || c.names.some((n) => tainted.has(n))) for (const t of c.targets) tainted.add(t);
      }
      return tainted;
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (const fn of this.fns) {
        if (returnsData.has(fn.id)) continue;
        const tainted = taintedIn(fn);
        if (fn.f.returns.some((r) => tainted.has(r))) {
          returnsData.add(fn.id);
          changed = true;
        }
      }
    }
    const out = [];
    for (const fn of this.fns) {
      const tainted = taintedIn(fn);
      if (tainted.size === 0) continue;
      for (const c of fn.f.calls) {
        if (!this.isOrmWrite(fn, c) || !c.names.some((n) => tainted.has(n))) continue;
        const read = this.calls.find((x) => x.fn === fn && x.kind === "read");
        if (read) out.push(read.evidence);
        out.push({ file: fn.f.file, line: c.line, snippet: "".concat(fn.label, ": ").concat(c.callee, "(...) with ").concat(c.names.filter((n) => tainted.has(n)).join(", "), " read from ").concat(this.store.title), signature: "structure", kind: "orm_write" });
      }
    }
    return dedupe(out).slice(0, MAX_EVIDENCE);
  }
  // ---- models ----------------------------------------------------------------------------------
  models() {
    const touching = /* @__PURE__ */ new Map();
    for (const fn of this.fns) {
      const kinds = /* @__PURE__ */ new Set();
      for (const r of this.reach(fn).values()) for (const c of this.calls) if (c.fn.id === r.fn.id) kinds.add(c.kind);
      if (kinds.size) touching.set(fn.id, kinds);
    }
    const byModel = /* @__PURE__ */ new Map();
    const add = (model, cls, fn, kinds) => {
      const entry = byModel.get(model) ?? { model, table: tableOf(cls, model), fields: /* @__PURE__ */ new Set(), kinds: /* @__PURE__ */ new Set(), evidence: [] };
      if (cls?.table) entry.table = cls.table;
      for (const k of kinds) entry.kinds.add(k);
      const direct = this.calls.filter((c) => c.fn === fn);
      if (direct.length) {
        for (const x of this.fieldsOf(fn)) entry.fields.add(x);
        for (const c of fn.f.calls) for (const to of this.resolve(fn, c.callee)) if (!this.calls.some((s) => s.fn === to)) for (const x of this.fieldsOf(to)) entry.fields.add(x);
        if (entry.evidence.length < 3) entry.evidence.push(direct[0].evidence);
      }
      byModel.set(model, entry);
    };
    for (const fn of this.fns) {
      const kinds = touching.get(fn.id);
      if (!kinds) continue;
      const model = modelOf(fn.cls);
      if (model) add(model, fn.cls, fn, kinds);
      else for (const c of fn.f.calls) for (const m of envModels(c.callee)) add(m, null, fn, kinds);
    }
    return [...byModel.values()].map((e2) => {
      const w = [...e2.kinds].some((k) => k !== "read");
      const r = e2.kinds.has("read");
      const methods = new Set(this.fns.map((f) => f.f.name));
      const fields = [...e2.fields].filter((x) => !methods.has(x)).sort();
      return { model: e2.model, table: e2.table, fields, direction: w && r ? "both" : w ? "to_store" : "from_store", evidence: e2.evidence };
    }).sort((a, b) => a.model.localeCompare(b.model));
  }
  fieldsOf(fn) {
    const out = /* @__PURE__ */ new Set();
    for (const a of fn.f.attributes) if (FIELD.test(a) && !this.u.nonFields.includes(a)) out.add(a);
    for (const k of fn.f.keys) {
      const [base, key] = [k.slice(0, k.indexOf(".")), k.slice(k.indexOf(".") + 1)];
      if (this.u.valsNames.includes(base) && FIELD.test(key)) out.add(key);
    }
    for (const c of fn.f.calls) {
      const verb = lastSegment(c.callee);
      const onSelf = /^self\b/.test(receiverOf(c.callee));
      if (this.u.fieldReaders.includes(verb) && onSelf || this.isOrmWrite(fn, c)) {
        for (const x of c.strings) if (FIELD.test(x) && !this.u.nonFields.includes(x)) out.add(x);
      }
    }
    return [...out];
  }
};
function extendsModel(cls, model) {
  return cls.model === model || cls.inherit.includes(model);
}
function nameExtends(name2, hook) {
  return name2 === hook || name2.startsWith("".concat(hook, "_"));
}
var escapeRe = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var FILE_LIKE_NAMES = ["f", "fp", "fh", "fd", "fo", "file", "fileobj", "buf", "buffer", "bio", "out", "output", "stream", "tmp", "tmpfile", "temp", "writer", "zf", "zipf", "archive", "csvfile", "sock", "wfile", "stdout", "stderr"];
var FILE_LIKE = new RegExp("^(?:".concat([...FILE_LIKE_NAMES, "sys", "os", "io"].join("|"), ")$"));
function dedupe(list2) {
  const seen = /* @__PURE__ */ new Set();
  return list2.filter((e2) => {
    const k = "".concat(e2.file, ":").concat(e2.line, ":").concat(e2.kind);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

var at = (e2) => "".concat(e2.file, ":").concat(e2.line);
var list = (xs) => xs.length <= 1 ? xs.join("") : "".concat(xs.slice(0, -1).join(", "), " and ").concat(xs[xs.length - 1]);
function pairs(e2) {
  const out = [];
  for (let i = 0; i + 1 < e2.length; i += 2) out.push("".concat(at(e2[i]), " with ").concat(e2[i + 1].line === e2[i].line ? "the store write on the same line" : "line ".concat(e2[i + 1].line)));
  return out;
}
function modelsText(f) {
  return list(f.models.map((m) => m.fields.length ? "".concat(m.model, " (").concat(m.fields.join(", "), ")") : m.model));
}
function figures(w, table2) {
  const t = w.tables.find((x) => x.table === table2);
  if (!t || t.rows === null) return "";
  const size3 = (t.tableBytes ?? 0) + (t.indexBytes ?? 0);
  const reads = t.seqScansPerDay !== null && t.idxScansPerDay !== null ? ", ".concat(Math.round(t.seqScansPerDay + t.idxScansPerDay).toLocaleString("en-US"), " scans a day") : "";
  return "".concat(describeValue("rows", t.rows), ", ").concat(formatBytes(size3)).concat(reads);
}
function sketch(f, store, w, cat) {
  const cap = store.replacement.capability;
  const m = f.models[0];
  const fig = figures(w, m.table);
  const tail = fig ? "; ".concat(m.table, " here: ").concat(fig) : "";
  const inUse = w.tables.find((t) => t.table === m.table)?.capabilityInUse;
  const rebuild = f.paths.find((p) => p.trigger === "cron" && f.rebuild.paths.length > 0) ?? null;
  switch (cap) {
    case "full_text":
    case "trigram": {
      const textField = m.fields.find((x) => /name|title|description|text|body|content|ref|code/.test(x)) ?? m.fields[0] ?? "name";
      return "Search ".concat(m.model, " inside PostgreSQL: a trigram GIN index on ").concat(m.table, ".").concat(textField, " (pg_trgm; index='trigram' on the field in Odoo 16+) and Odoo's search with ilike, or a tsvector GIN index for ranked full-text search").concat(inUse ? " (".concat(m.table, " already has such an index)") : "").concat(tail, ". Then drop the index writes").concat(rebuild ? " and the cron of ".concat(rebuild.method) : "", ".");
    }
    case "unlogged_tables":
      return "Keep the cached values in PostgreSQL: an UNLOGGED table keyed like the cache entries (or a materialized view".concat(rebuild ? " refreshed by the existing cron of ".concat(rebuild.method) : "", "), or Odoo's ormcache for per-worker memoization; the source ").concat(m.model, " is in ").concat(m.table).concat(fig ? " (".concat(fig, ")") : "").concat(inUse ? "; this database already uses UNLOGGED tables" : "", ".");
    case "jsonb":
    case "jsonb_indexes":
      return "Store the documents as jsonb next to ".concat(m.model, ": a fields.Json column on ").concat(m.table, " (or a table keyed by its id) with a GIN index, written in the same transaction").concat(tail, ".");
    case "listen_notify":
    case "skip_locked":
      return "Write the events of ".concat(m.model, " to an outbox table in the same transaction and wake consumers with LISTEN/NOTIFY on a channel, or claim them with FOR UPDATE SKIP LOCKED like queue_job").concat(tail, ".");
    case "brin":
    case "partitioning":
      return "Keep the series in PostgreSQL: a table partitioned by time with BRIN indexes on the timestamp, beside ".concat(m.table).concat(tail, ".");
    case "pgvector":
      return "Store the embeddings of ".concat(m.model, " in a vector column (pgvector, HNSW index) on ").concat(m.table, " or a side table").concat(tail, ".");
    default:
      return "".concat(store.replacement.text).concat(tail ? " (".concat(tail.slice(2), ")") : "", " — ").concat(cat.capabilities.find((c) => c.id === cap)?.title ?? cap, ".");
  }
}
function comparisonReason(c, w) {
  const metric = c.metric.replace(/_/g, " ");
  const text3 = c.value === null ? "".concat(c.table, ": ").concat(metric, " unknown (").concat(w.window.since ? "no statistics row for the table" : "the statistics were never reset, so there is no window to divide by", "); threshold ").concat(describeValue(c.metric, c.threshold), ".") : c.atMost ? "".concat(c.table, ": at most ").concat(describeValue(c.metric, c.value), " on average, ").concat(c.exceeded === false ? "below" : "which does not prove it reaches", " the threshold of ").concat(describeValue(c.metric, c.threshold), " (the statistics were never reset: the counters were divided by the server's uptime, and they may have run longer, so the true rate is no higher).") : "".concat(c.table, ": ").concat(describeValue(c.metric, c.value), " ").concat(c.exceeded ? "reaches" : "is below", " the threshold of ").concat(describeValue(c.metric, c.threshold), " (statistics ").concat(describeWindow(w.window), ").");
  return {
    condition: "workload",
    holds: c.exceeded,
    text: text3,
    evidence: [],
    ...c.value === null ? {} : { statistic: { table: c.table, metric: c.metric, value: c.value, threshold: c.threshold, source: c.source } }
  };
}
function judgeVerdict(f, s, store, cat, inUse, figures2, parsed) {
  const reasons = [];
  const rebuildable = f.rebuild.paths.length > 0 || f.rebuild.ttl.length > 0;
  reasons.push({ condition: "role", holds: f.role === "derived" ? true : f.role === "authoritative" ? false : null, text: f.roleReason, evidence: [] });
  if (f.readsBack.length) {
    reasons.push({ condition: "reads_back", holds: true, text: "Data read from ".concat(f.storeTitle, " flows into ORM writes (").concat(list(f.readsBack.filter((e2) => e2.kind === "orm_write").map(at)), "): the store is a source, not a projection."), evidence: f.readsBack });
  }
  reasons.push({
    condition: "dual_write",
    holds: f.dualWrite,
    text: f.dualWrite ? "An entry path writes both an Odoo record and ".concat(f.storeTitle, " (").concat(list(pairs(f.dualWriteEvidence)), ")").concat(f.paths.some((p) => p.timing !== "in_transaction") ? "; some of these writes run after commit or in a queue, so a failure leaves the two apart" : ", inside the ORM transaction: a rollback in PostgreSQL does not undo the store write", ".") : "No entry path writes both an Odoo record and ".concat(f.storeTitle, "."),
    evidence: f.dualWriteEvidence
  });
  reasons.push({
    condition: "rebuild",
    holds: f.rebuild.paths.length > 0,
    text: f.rebuild.paths.length ? "A path repopulates ".concat(f.storeTitle, " from PostgreSQL (").concat(list(f.rebuild.paths.filter((e2) => e2.kind === "rebuild").map((e2) => e2.snippet.split(":")[0])), ", ").concat(list(f.rebuild.paths.filter((e2) => e2.kind === "rebuild").map(at)), ").") : "No path that searches records and repopulates ".concat(f.storeTitle, " was found."),
    evidence: f.rebuild.paths
  });
  if (f.rebuild.ttl.length) reasons.push({ condition: "ttl", holds: true, text: "Entries expire (".concat(list(f.rebuild.ttl.map(at)), ")."), evidence: f.rebuild.ttl });
  if (f.rebuild.invalidation.length) reasons.push({ condition: "invalidation", holds: true, text: "Entries are deleted when records change (".concat(list(f.rebuild.invalidation.map(at)), ")."), evidence: f.rebuild.invalidation });
  if (f.reconciliation.length) {
    const r = f.reconciliation[0];
    reasons.push({ condition: "reconciliation", holds: true, text: "A reconciliation job compares and repairs the two sides (".concat(r.snippet.split(" compares")[0], ", ").concat(at(r), "): not a fix, but a second permanent cost."), evidence: f.reconciliation });
  }
  const db = s.database ? s.database.probes.find((p) => p.id === "server")?.rows[0]?.database : void 0;
  const here = db ? "in database ".concat(db) : "here";
  const lost = () => {
    const back = f.readsBack.filter((e2) => e2.kind === "orm_write").map(at);
    const what = f.models.length ? "the ".concat(f.storeTitle, " data of ").concat(modelsText(f)) : "the data ".concat(f.module, " keeps in ").concat(f.storeTitle);
    return back.length ? "If ".concat(f.storeTitle, " vanished, ").concat(what, " would be lost: it is read back into the ORM at ").concat(list(back), ", and nothing in PostgreSQL holds it. Move it into PostgreSQL: ").concat(store.replacement.text) : "If ".concat(f.storeTitle, " vanished, ").concat(what, " written there would be lost").concat(f.dualWrite ? ": it is written alongside the Odoo records (".concat(list(f.dualWriteEvidence.filter((_, i) => i % 2 === 1).map(at)), ") with no path to rebuild it") : "", ". Move it into PostgreSQL: ").concat(store.replacement.text);
  };
  let verdict;
  let action;
  let text3;
  let workload = [];
  if (f.role === "authoritative") {
    verdict = "refuse";
    action = lost();
    text3 = "".concat(f.storeTitle, " owns data PostgreSQL does not have").concat(f.readsBack.length ? " (read back into the ORM)" : "", "; ").concat(f.models.length ? "models ".concat(list(f.models.map((m) => m.model))) : "no model named", ".");
  } else if (f.dualWrite && !parsed) {
    verdict = "review";
    action = "Missing: whether a path rebuilds ".concat(f.storeTitle, " from PostgreSQL. It is written alongside Odoo records (").concat(list(f.dualWriteEvidence.map(at)), "), and this snapshot has no parsed structure of ").concat(f.module, " to look for a rebuild path; collect it again with a current collector.");
    text3 = "".concat(f.storeTitle, " is dual-written; whether it can be rebuilt is unknown without the parsed code.");
  } else if (f.dualWrite && !rebuildable) {
    verdict = "refuse";
    action = lost();
    text3 = "".concat(f.storeTitle, " is written alongside the Odoo records").concat(f.models.length ? " of ".concat(list(f.models.map((m) => m.model))) : "", " with no rebuild path or expiry, so the two drift apart for good.");
  } else if (f.role === "unknown") {
    verdict = "review";
    action = "Missing: whether ".concat(f.storeTitle, " can be rebuilt from PostgreSQL. No rebuild path, expiry, invalidation or read back into the ORM was found").concat(f.models.length ? "" : ", nor an Odoo model whose data goes there", "; read the code of ").concat(f.module, " to decide.");
    text3 = "The role of ".concat(f.storeTitle, " in ").concat(f.module, " is unknown.");
  } else if (f.models.length === 0) {
    verdict = "review";
    action = "Missing: the Odoo models whose data goes to ".concat(f.storeTitle, "; none was found").concat(s.scan?.structure ? "" : " (this snapshot has no parsed structure of the code: collect it again with a current collector)", ", so no table can be measured.");
    text3 = "".concat(f.storeTitle, " looks derived, but no Odoo model whose data it holds was found.");
  } else {
    const w = measureWorkload(figures2, f.models, store, cat, inUse);
    workload = w.tables;
    const tables = list(f.models.map((m) => m.table));
    if (w.gap) {
      verdict = "review";
      action = "Missing: the workload of ".concat(tables, " (").concat(w.gap, "). Audit the database to compare it with the thresholds for ").concat(store.category, ".");
      text3 = "".concat(f.storeTitle, " is derived, but the workload of ").concat(tables, " is unknown: ").concat(w.gap, ".");
    } else if (w.thresholds.length === 0) {
      verdict = "review";
      action = "Missing: a threshold in the catalog for ".concat(store.category, " stores; the figures of ").concat(tables, " cannot be compared.");
      text3 = "".concat(f.storeTitle, " is derived; the catalog sets no workload threshold for ").concat(store.category, ".");
    } else {
      for (const c of w.comparisons) reasons.push(comparisonReason(c, w));
      const missing = f.models.filter((m) => !w.tables.find((t) => t.table === m.table && t.rows !== null)).map((m) => m.table);
      const over = w.comparisons.filter((c) => c.exceeded === true);
      const unknown = w.comparisons.filter((c) => c.exceeded === null);
      const overText = over.map((c) => "".concat(c.table, " ").concat(describeValue(c.metric, c.value), " against ").concat(describeValue(c.metric, c.threshold)));
      if (over.length && rebuildable) {
        verdict = "keep";
        action = "Keep ".concat(f.storeTitle, " while ").concat(list(overText), ". What must stay true: ").concat(list([
          ...f.rebuild.paths.length ? ["the rebuild path keeps working (".concat(list(f.rebuild.paths.filter((e2) => e2.kind === "rebuild").map(at)), ")")] : [],
          ...f.rebuild.ttl.length ? ["entries keep expiring (TTL)"] : [],
          "nothing reads ".concat(f.storeTitle, " back into the ORM")
        ]), ".");
        text3 = "".concat(f.storeTitle, " is a rebuildable copy of ").concat(list(f.models.map((m) => m.model)), ", and ").concat(here, " its workload reaches the threshold (").concat(list(overText), ").");
      } else if (over.length) {
        verdict = "review";
        action = "Missing: a rebuild path. The workload reaches the threshold (".concat(list(overText), "), but nothing repopulates ").concat(f.storeTitle, " from PostgreSQL: add one (a cron that searches the records and pushes them), then keep it.");
        text3 = "".concat(f.storeTitle, " looks derived and ").concat(here, " its workload reaches the threshold, but it cannot be rebuilt.");
      } else if (missing.length === f.models.length) {
        verdict = "review";
        action = "Missing: the tables ".concat(list(missing), " are not in the audited database, so their workload cannot be measured.");
        text3 = "The tables of ".concat(list(f.models.map((m) => m.model)), " were not found ").concat(here, ".");
      } else if (unknown.length && unknown.some((c) => c.metric.endsWith("per_second")) && w.thresholds.every((t) => t.metric.endsWith("per_second"))) {
        verdict = "review";
        action = "Missing: the rate of reads and writes on ".concat(tables, ": ").concat(w.window.since ? "no statistics row" : "the statistics of this database were never reset, so counters have no known window", ". Run pg_stat_reset() and audit again after a representative period.");
        text3 = "".concat(f.storeTitle, " is derived; ").concat(here, " the load on ").concat(tables, " cannot be measured yet.");
      } else {
        verdict = "replace";
        action = sketch(f, store, w, cat);
        const within = w.comparisons.filter((c) => c.exceeded === false).map((c) => "".concat(c.atMost ? "at most " : "").concat(describeValue(c.metric, c.value), " < ").concat(describeValue(c.metric, c.threshold)));
        text3 = "".concat(f.storeTitle, " is a derived copy of ").concat(list(f.models.map((m) => m.model)), ", and ").concat(here, " its workload is well within PostgreSQL (").concat(list([...new Set(within)]), ").");
      }
    }
  }
  if (f.section === "not_installed") text3 += " It does not run ".concat(here, ", so this is for when it is installed.");
  else if (f.section === "odoo") text3 += " This is Odoo's own module: listed for context.";
  let severity = f.severity;
  if (verdict === "refuse" && f.section === "findings" && severityRank(severity) < severityRank("high")) severity = "high";
  return { verdict, verdictText: text3, reasons, action, severity, workload };
}

var MAX_EVIDENCE2 = 20;
var EVIDENCE_ORDER = ["client", "import", "url", "manifest", "config", "write", "read"];
var FILE_WRITE = new RegExp("(?:^|[^A-Za-z0-9_.])(?:".concat(FILE_LIKE_NAMES.join("|"), ")\\.write\\s*\\("));
var ORM_CALL = /\.(?:create|unlink)\s*\(|\bsuper\(\)\.write\s*\(|\bcr\.execute\s*\(/i;
var PLACE = { tests: "tests", demo: "demo data", docs: "documentation", examples: "examples" };
var EXCEPTION_NAME = /(?:Error|Exception|Warning|Timeout|exceptions|errors)$/;
function severityFor(role, dualWrite, core, active = true) {
  if (core || !active) return "info";
  if (role === "authoritative") return dualWrite ? "critical" : "high";
  if (role === "unknown") return dualWrite ? "high" : "medium";
  return dualWrite ? "medium" : "low";
}
function at2(m) {
  return "".concat(m.file, ":").concat(m.line);
}
function decideRole(store, writes, hints) {
  if (store.category === "cache") {
    const ttl = hints[0];
    return { role: "derived", reason: "".concat(store.title, " is a cache: its entries can be flushed and rebuilt from PostgreSQL").concat(ttl ? " (expiry or rebuild at ".concat(at2(ttl), ")") : "", ".") };
  }
  if (hints.length > 0) {
    const h = hints[0];
    return { role: "derived", reason: "Written from code that rebuilds or caches (".concat(h.scope || "module level", ", ").concat(at2(h), "): looks like a projection of PostgreSQL data.") };
  }
  if (writes.length > 0) {
    const role2 = store.roleWhenWrites;
    const w = writes[0];
    const why = role2 === "derived" ? "a ".concat(store.category, " projection fed from Odoo data") : role2 === "authoritative" ? "data written there has no visible path back from PostgreSQL" : "".concat(store.category, " traffic: whether the data can be rebuilt depends on the consumer");
    return { role: role2, reason: "Writes to ".concat(store.title, " (").concat(at2(w), "); ").concat(why, ".") };
  }
  const role = store.roleWhenReadOnly;
  return {
    role,
    reason: role === "authoritative" ? "Reads from ".concat(store.title, ": that data lives outside PostgreSQL.") : "No writes to ".concat(store.title, " seen; cannot tell whether it is a rebuildable copy.")
  };
}
function roleFromUsage(store, u) {
  const at3 = (e2) => "".concat(e2.file, ":").concat(e2.line);
  const session = u.sessions[0];
  if (session) return { role: "authoritative", reason: "".concat(store.title, " holds HTTP sessions: ").concat(session.kind === "session_store" ? "a session store class is given its client" : "a session store class writes them", " (").concat(at3(session), "), Odoo's HTTP layer saves them, and PostgreSQL has no copy; losing them logs users out.") };
  const orm = u.readsBack.find((e2) => e2.kind === "orm_write");
  if (orm) return { role: "authoritative", reason: "Data read from ".concat(store.title, " flows into an ORM write (").concat(orm.snippet.split(":")[0], ", ").concat(orm.file, ":").concat(orm.line, "): PostgreSQL gets it from the store, so the store holds data of its own.") };
  const consumed = u.consumes[0];
  if (consumed) return { role: "authoritative", reason: "The module takes messages from ".concat(store.title, " (").concat(consumed.kind === "orm_write" ? consumed.snippet : consumed.snippet.trim().slice(0, 80), ", ").concat(at3(consumed), "): the queue feeds Odoo, so it is a source, not a copy of PostgreSQL.") };
  const attachment = store.category === "object storage" ? u.attachments[0] : void 0;
  if (attachment) return { role: "authoritative", reason: "".concat(store.title, " keeps the bytes of Odoo attachments (").concat(attachment.kind === "attachment_hook" ? "ir.attachment storage hook ".concat(attachment.snippet.replace(/^def /, "")) : attachment.snippet.trim().slice(0, 80), ", ").concat(at3(attachment), "): PostgreSQL keeps only the file name or URL.") };
  const task = store.category === "queue" && u.dualWrites.length === 0 ? u.tasks[0] : void 0;
  if (task) return { role: "authoritative", reason: "Tasks are put in ".concat(store.title, " (").concat(at3(task), ") with no Odoo record written on the same path: a pending job exists only in the broker.") };
  const r = u.rebuild;
  const rb = r.paths.find((e2) => e2.kind === "rebuild");
  if (rb) return { role: "derived", reason: "".concat(rb.snippet.split(":")[0], " searches records and repopulates ").concat(store.title, " (").concat(rb.file, ":").concat(rb.line, "): it can be rebuilt from PostgreSQL.") };
  if (r.ttl[0]) return { role: "derived", reason: "Entries written to ".concat(store.title, " expire (").concat(r.ttl[0].file, ":").concat(r.ttl[0].line, "): a cache of data PostgreSQL holds.") };
  if (r.invalidation[0]) return { role: "derived", reason: "Entries of ".concat(store.title, " are deleted when records change (").concat(r.invalidation[0].file, ":").concat(r.invalidation[0].line, "): a copy that follows PostgreSQL.") };
  const writes = u.calls.filter((c) => c.kind === "write");
  if (u.projection && writes.length > 0 && u.calls.every((c) => c.kind !== "read")) {
    const w = writes[0].evidence;
    return { role: "derived", reason: "".concat(store.title, " is only written, from changes of Odoo records (").concat(w.file, ":").concat(w.line, "), and never read back: a one-way projection of PostgreSQL data.") };
  }
  if (store.category === "queue" && writes.length > 0 && u.models.length > 0) {
    const w = writes[0].evidence;
    return { role: "derived", reason: "Messages are published to ".concat(store.title, " from Odoo records (").concat(w.file, ":").concat(w.line, ") and nothing in the module consumes them: a one-way feed of data PostgreSQL has.") };
  }
  return null;
}
function dedupe2(list2) {
  const seen = /* @__PURE__ */ new Set();
  return list2.filter((e2) => {
    const k = "".concat(e2.file, ":").concat(e2.line, ":").concat(e2.signature);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function buildFindings(s, inUse, cat = catalog) {
  const scan = s.scan;
  const stateOf = moduleStates(s);
  const companies = probeRows(s, "odoo_companies").map((r) => String(r.name));
  const dbRows = probeRows(s, "odoo_modules");
  const dbRow = new Map(dbRows.map((r) => [String(r.name), r]));
  const origins = /* @__PURE__ */ new Map();
  for (const m of scan?.modules ?? []) origins.set(m.name, originOf(m, dbRow.get(m.name), companies, cat));
  const findings = [];
  const mentions = [];
  if (scan) {
    const sigs = new Map(cat.signatures.map((g) => [g.id, g]));
    const stores = new Map(cat.stores.map((x) => [x.id, x]));
    const structures = new Map((scan.structure ?? []).map((x) => [x.module, x]));
    const byModule = /* @__PURE__ */ new Map();
    for (const m of scan.matches) {
      const list2 = byModule.get(m.module);
      if (list2) list2.push(m);
      else byModule.set(m.module, [m]);
    }
    const weak = [];
    for (const mod of scan.modules) {
      const origin = origins.get(mod.name);
      const seen = seenIn(mod, byModule.get(mod.name) ?? [], sigs, stores, cat);
      const named = cat.stores.filter((st) => seen.some((x) => x.store === st.id && isStoreEvidence(x)));
      for (const store of named) {
        const own = seen.filter((x) => x.store === store.id);
        const running2 = own.filter((x) => x.runtime);
        const clients = running2.filter((x) => isClient(x, seen, store));
        if (store.driverOnly) {
          if (running2.length > 0) mentions.push(mention(mod, store, "no_client_code", "uses ".concat(store.title, ", but names none of the stores it reaches (").concat(store.driverFor.join(", "), "); another PostgreSQL perhaps"), own));
        } else if (!mod.installable) {
          mentions.push(mention(mod, store, "not_installable", "its manifest says installable: False, so it cannot run", own));
        } else if (clients.length > 0) {
          findings.push(finding2(s, mod, origin, store, seen, clients, inUse, stateOf(mod.name), cat, structures.get(mod.name)));
        } else if (running2.some(isStoreEvidence)) {
          weak.push({ module: mod, origin, store, seen: running2 });
        } else {
          const places = [...new Set(own.map((x) => PLACE[x.why]))].sort();
          const tests = places.length === 1 && own[0].why === "tests";
          mentions.push(mention(mod, store, tests ? "tests_only" : "not_runtime", tests ? "mentioned in tests only" : "mentioned only in ".concat(places.join(" and "), ", which do not run in production"), own));
        }
      }
    }
    attachWeak(weak, findings, mentions, scan.modules, stateOf);
    const db = databaseFigures(s);
    for (const f of findings) Object.assign(f, judgeVerdict(f, s, stores.get(f.store), cat, inUse, db, structures.has(f.module)));
  }
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.module, (counts.get(f.module) ?? 0) + 1);
  const modules = (scan?.modules ?? []).map((m) => {
    const { row } = stateOf(m.name);
    const origin = origins.get(m.name);
    return {
      name: m.name,
      origin: origin.origin,
      originBasis: origin.basis,
      state: row ? String(row.state) : null,
      version: m.version,
      path: m.path,
      installable: m.installable,
      findings: counts.get(m.name) ?? 0
    };
  });
  const scanned = new Set(modules.map((m) => m.name));
  for (const r of dbRows) {
    const name2 = String(r.name);
    if (scanned.has(name2) || !stateOf(name2).active) continue;
    const o = originOf(void 0, r, companies, cat);
    modules.push({ name: name2, origin: o.origin, originBasis: o.basis, state: String(r.state), version: String(r.version ?? ""), path: null, installable: true, findings: 0 });
  }
  modules.sort((a, b) => a.name.localeCompare(b.name));
  const rank = (x) => ["findings", "odoo", "not_installed"].indexOf(x);
  findings.sort((a, b) => rank(a.section) - rank(b.section) || severityRank(b.severity) - severityRank(a.severity) || a.module.localeCompare(b.module) || a.store.localeCompare(b.store));
  mentions.sort((a, b) => a.module.localeCompare(b.module) || a.store.localeCompare(b.store));
  return { findings, mentions, modules };
}
function seenIn(mod, matches, sigs, stores, cat) {
  const seen = matches.map((m) => {
    const sig = sigs.get(m.signature);
    const why = nonRuntime(m.file, mod.path, cat);
    return { m, sig, store: sig.store, runtime: why === null, why };
  });
  for (const driver of cat.stores.filter((st) => st.driverFor?.length)) {
    const targets = driver.driverFor.filter((id) => stores.has(id) && seen.some((x) => x.store === id && x.runtime));
    if (targets.length === 0) continue;
    const own = seen.filter((x) => x.store === driver.id);
    for (const x of own) x.store = targets[0];
    for (const id of targets.slice(1)) seen.push(...own.map((x) => ({ ...x, store: id })));
  }
  return seen;
}
function isStoreEvidence(x) {
  return Boolean(x.store) && STRONG_KINDS.has(x.sig.kind);
}
function isClient(x, all, store) {
  if (x.sig.kind === "client") return true;
  if (x.sig.kind === "import") return x.m.used !== false && !exceptionOnly(x.m);
  if ((x.sig.kind === "url" || x.sig.kind === "config") && store.httpApi && x.m.file.endsWith(".py")) {
    return all.some((y) => y.sig.kind === "http_call" && y.m.file === x.m.file && y.runtime && (x.sig.kind === "url" || y.m.scope === x.m.scope));
  }
  return false;
}
function exceptionOnly(m) {
  if (m.bound && m.bound.length > 0 && m.bound.every((n) => EXCEPTION_NAME.test(n))) return true;
  return Boolean(m.uses && m.uses.length > 0 && m.uses.every((u) => u !== "" && EXCEPTION_NAME.test(u)));
}
function evidenceOf(x) {
  return { file: x.m.file, line: x.m.line, snippet: x.m.snippet, signature: x.sig.id, kind: x.sig.kind };
}
function mention(mod, store, reason2, text3, seen) {
  return { module: mod.name, store: store.id, storeTitle: store.title, reason: reason2, text: text3, evidence: seen.filter(isStoreEvidence).slice(0, 5).map(evidenceOf) };
}
function finding2(s, mod, origin, store, seen, clients, inUse, state, cat, structure) {
  const notRunning = state.active ? null : state.why ?? "not installed";
  const running2 = seen.filter((x) => x.runtime);
  const own = running2.filter((x) => x.store === store.id);
  const files = new Set(own.map((x) => x.m.file));
  const lines = new Set(own.map((x) => at2(x.m)));
  const scopes = new Set(own.map((x) => "".concat(x.m.file, "|").concat(x.m.scope)));
  const writes = own.filter((x) => x.sig.kind === "write").map((x) => x.m);
  const hints = running2.filter((x) => x.sig.kind === "derived_hint" && (!x.store || x.store === store.id) && scopes.has("".concat(x.m.file, "|").concat(x.m.scope))).map((x) => x.m);
  const usage = structure ? analyseUsage(runtimeOnly(structure, mod.path, cat), store, own.map((x) => x.m), cat) : null;
  const { role, reason: reason2 } = (usage && roleFromUsage(store, usage)) ?? decideRole(store, writes, hints);
  const dualWriteEvidence = usage ? [...usage.dualWrites] : [];
  for (const w of usage ? [] : own.filter((x) => x.sig.kind === "write")) {
    if (!w.m.scope) continue;
    const orm = running2.find((x) => x.sig.kind === "orm_write" && x.m.file === w.m.file && x.m.scope === w.m.scope && !lines.has(at2(x.m)) && !(FILE_WRITE.test(x.m.snippet) && !ORM_CALL.test(x.m.snippet)));
    if (orm && dualWriteEvidence.length < 6) dualWriteEvidence.push(evidenceOf(orm), evidenceOf(w));
  }
  const dualWrite = dualWriteEvidence.length > 0;
  const order = (x) => EVIDENCE_ORDER.indexOf(x.sig.kind);
  const evidence = own.filter((x) => x.sig.kind !== "derived_hint" && files.has(x.m.file)).sort((a, b) => order(a) - order(b) || a.m.file.localeCompare(b.m.file) || a.m.line - b.m.line);
  const shown = dedupe2(evidence.map(evidenceOf));
  const client = [...clients].sort((a, b) => order(a) - order(b) || a.m.file.localeCompare(b.m.file) || a.m.line - b.m.line)[0];
  const driver = own.find((x) => x.sig.store !== store.id)?.sig.store ?? null;
  const core = origin.origin === "odoo";
  const section = notRunning ? "not_installed" : core ? "odoo" : "findings";
  return {
    id: "".concat(mod.name, ":").concat(store.id),
    module: mod.name,
    path: mod.path,
    root: s.scan.roots[mod.root]?.path ?? "",
    origin: origin.origin,
    originBasis: origin.basis,
    core,
    section,
    state: state.row ? String(state.row.state) : null,
    store: store.id,
    storeTitle: store.title,
    category: store.category,
    role,
    roleReason: notRunning ? "".concat(reason2, " It does not run here: ").concat(notRunning, ".") : reason2,
    severity: severityFor(role, dualWrite, core, !notRunning),
    dualWrite,
    dualWriteEvidence: dedupe2(dualWriteEvidence),
    client: evidenceOf(client),
    driver,
    evidence: shown.slice(0, MAX_EVIDENCE2),
    evidenceCount: shown.length,
    usedBy: [],
    recommendation: {
      capability: store.replacement.capability,
      title: cat.capabilities.find((c) => c.id === store.replacement.capability)?.title ?? store.replacement.capability,
      text: store.replacement.text,
      inUseHere: inUse.has(store.replacement.capability)
    },
    // core/verdict.ts fills in the verdict once every finding is known
    verdict: "review",
    verdictText: "",
    reasons: [],
    action: "",
    workload: [],
    models: usage?.models ?? [],
    paths: usage?.paths ?? [],
    rebuild: usage?.rebuild ?? { paths: [], ttl: [], invalidation: [] },
    reconciliation: usage?.reconciliation ?? [],
    readsBack: usage?.readsBack ?? []
  };
}
function runtimeOnly(st, modulePath, cat) {
  const runs = (file) => nonRuntime(file, modulePath, cat) === null;
  return {
    ...st,
    classes: st.classes.filter((c) => runs(c.file)),
    functions: st.functions.filter((f) => runs(f.file)),
    moduleLevel: st.moduleLevel.filter((m) => runs(m.file)),
    actions: st.actions.filter((a) => runs(a.file))
  };
}
function attachWeak(weak, findings, mentions, modules, stateOf) {
  const depends = new Map(modules.map((m) => [m.name, m.depends]));
  const dependents = /* @__PURE__ */ new Map();
  for (const m of modules) for (const d of m.depends) dependents.set(d, [...dependents.get(d) ?? [], m.name]);
  const closure = (start, edges) => {
    const out = /* @__PURE__ */ new Set();
    const todo = [...edges.get(start) ?? []];
    while (todo.length) {
      const n = todo.pop();
      if (out.has(n) || n === start) continue;
      out.add(n);
      todo.push(...edges.get(n) ?? []);
    }
    return out;
  };
  for (const w of weak) {
    const related = /* @__PURE__ */ new Set([...closure(w.module.name, depends), ...closure(w.module.name, dependents)]);
    const providers = findings.filter((f) => f.store === w.store.id && related.has(f.module));
    const evidence = w.seen.filter((x) => x.store === w.store.id && x.sig.kind !== "derived_hint").slice(0, 5).map(evidenceOf);
    const configOnly = w.seen.filter((x) => x.store === w.store.id && isStoreEvidence(x)).every((x) => ["config", "url", "manifest"].includes(x.sig.kind));
    const relation = configOnly ? "configured by" : "used through";
    const state = stateOf(w.module.name);
    if (!state.active) {
      mentions.push({ module: w.module.name, store: w.store.id, storeTitle: w.store.title, reason: "not_installed", text: "names it without client code of its own, and does not run here: ".concat(state.why), evidence });
      continue;
    }
    if (providers.length > 0) {
      for (const f of providers) f.usedBy.push({ module: w.module.name, relation, evidence });
      continue;
    }
    const imports = w.seen.filter((x) => x.store === w.store.id && x.sig.kind === "import");
    const kinds = new Set(w.seen.filter((x) => x.store === w.store.id).map((x) => x.sig.kind));
    const text3 = imports.length > 0 && imports.every((x) => x.m.used === false) ? "imports its client library but never uses it" : imports.length > 0 ? "uses only exception classes of its client library" : kinds.size === 1 && kinds.has("url") ? "only names its URLs (a link or a setting), with no client code of its own" : "".concat(configOnly ? "only configures it or lists it as a dependency" : "names it", ", with no client code of its own; the client may live in a module that was not scanned");
    mentions.push({ module: w.module.name, store: w.store.id, storeTitle: w.store.title, reason: "no_client_code", text: text3, evidence });
  }
}

var TIMEOUT_CODES = {
  "55P03": "gave up waiting for a lock (lock_timeout): another session holds a conflicting lock, a migration perhaps; run again later",
  "57014": "was cancelled by statement_timeout",
  "42501": "was refused for lack of privilege"
};
var NOT_ASKED = ["no addons folder was scanned", "no database was audited"];
function warnings(s, cat, capabilities) {
  const out = [];
  if (!s.database) out.push({ level: "info", source: "database", message: "No database was audited: capabilities are unknown; only code was scanned." });
  for (const p of s.database?.probes ?? []) {
    const def = cat.probes.find((d) => d.id === p.id);
    if (p.status === "error") {
      const why = (p.code && TIMEOUT_CODES[p.code]) ?? "failed";
      out.push({ level: "warning", source: "probe ".concat(p.id), message: "".concat(def?.description ?? p.id, ": ").concat(why, " (").concat(p.message ?? "no message", ").") });
    } else if (p.status === "skipped") {
      out.push({ level: "info", source: "probe ".concat(p.id), message: "".concat(def?.description ?? p.id, ": not run, ").concat(p.message, ".") });
    }
  }
  const server = probeRows(s, "server")[0];
  const vis = statsVisibility(s);
  if (server && !vis.visible) {
    const hidden = probeRows(s, "listeners").filter((r) => r.hidden === true && r.in_database !== false && !r.odoo_bus_candidate).length;
    const noinherit = server.member_read_all_stats === true;
    out.push({
      level: "warning",
      source: "privilege",
      message: "".concat(vis.reason.charAt(0).toUpperCase()).concat(vis.reason.slice(1), ": sessions and pg_stat_statements entries of other roles are hidden, so their LISTEN channels and statements could not be seen").concat(hidden ? " (".concat(hidden, " hidden session").concat(hidden === 1 ? "" : "s", " in this database)") : "", ". ").concat(noinherit ? "ALTER ROLE ".concat(server.role, " INHERIT; (PostgreSQL 16+: GRANT pg_monitor TO ").concat(server.role, " WITH INHERIT TRUE;)") : "GRANT pg_monitor TO ".concat(server.role, ";"), " shows them.")
    });
  }
  const db = databaseCounters(s);
  if (db.recent) {
    out.push({ level: "warning", source: "statistics", message: "The statistics of this database were reset ".concat(describeWindow(db), ": counters (bus traffic, index scans) cover only that time, so what they do not show may still be in use.") });
  }
  const st = statementCounters(s);
  if (st.recent) {
    out.push({ level: "warning", source: "statistics", message: "pg_stat_statements was reset ".concat(describeWindow(st), ": statements not run since then are not seen.") });
  }
  for (const c of capabilities.filter((x) => x.status === "not_checked")) {
    const gaps = c.parts.filter((p) => p.status === "not_checked");
    if (gaps.every((p) => NOT_ASKED.includes(p.reason))) continue;
    out.push({
      level: "warning",
      source: "capability ".concat(c.id),
      message: "".concat(c.title, ": not checked, nothing was found where it could look: ").concat(gaps.map((p) => "".concat(p.part, ": ").concat(p.reason)).join("; "), ".")
    });
  }
  if (!s.scan) out.push({ level: "info", source: "scan", message: "No addons folder was scanned: external stores used by modules are unknown." });
  if (s.scan?.stoppedEarly) {
    const n = s.scan.modules.length;
    out.push({ level: "warning", source: "scan", message: "The addons scan stopped early (".concat(s.scan.stoppedEarly, "): ").concat(n, " module").concat(n === 1 ? " was" : "s were", " scanned, the rest not, so external stores used by the others are unknown and capabilities seen in code may be missing. Rescan with a larger budget (pg_capabilities.rescan_budget_seconds) or scan the addons folders with pgcap.") });
  }
  const skipped = s.scan?.skipped ?? [];
  if (skipped.length > 0) {
    const reasons = /* @__PURE__ */ new Map();
    for (const f of skipped) {
      const r = f.reason.split(":")[0];
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    out.push({ level: "info", source: "scan", message: "".concat(skipped.length, " file").concat(skipped.length === 1 ? "" : "s", " or folder").concat(skipped.length === 1 ? "" : "s", " skipped: ").concat([...reasons].map(([r, n]) => "".concat(r, " ").concat(n)).join(", "), ".") });
  }
  return out;
}
function buildReport(snapshot, cat = catalog) {
  return redactDeep(judge(snapshot, cat), cat.redactions);
}
function judge(snapshot, cat) {
  const s = upgradeSnapshot(snapshot);
  const channels = buildChannels(s, cat);
  const capabilities = buildCapabilities(s, channels, cat);
  const stats = databaseCounters(s);
  const statements = statementCounters(s);
  const inUse = new Set(capabilities.filter((c) => c.status === "in_use").map((c) => c.id));
  const { findings: all, mentions, modules } = buildFindings(s, inUse, cat);
  const findings = all.filter((f) => f.section === "findings");
  const server = probeRows(s, "server")[0];
  const base = probeRows(s, "odoo_modules").find((r) => r.name === "base");
  const cap = (id) => capabilities.find((c) => c.id === id);
  const worst = findings.reduce((w, f) => w === null || severityRank(f.severity) > severityRank(w) ? f.severity : w, null);
  return {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    source: {
      collectedAt: s.collectedAt,
      collector: "".concat(s.collector.name, " ").concat(s.collector.version, " (").concat(s.collector.runtime, ")"),
      database: server ? String(server.database) : null,
      serverVersion: server ? String(server.server_version) : null,
      role: server ? String(server.role) : null,
      odooVersion: base && base.version ? String(base.version).split(".").slice(0, 2).join(".") : probeResult(s, "odoo_modules")?.status === "ok" ? "unknown" : null,
      addonsRoots: s.scan?.roots.map((r) => r.path) ?? [],
      statisticsSince: stats.since,
      statementsSince: statements.since
    },
    summary: {
      capabilitiesInUse: inUse.size,
      capabilitiesKnown: capabilities.length,
      capabilitiesNotChecked: capabilities.filter((c) => c.status === "not_checked").length,
      jsonbColumns: cap("jsonb").items.length,
      jsonbBytes: Math.round(cap("jsonb").items.reduce((n, i) => n + (typeof i.size === "number" ? i.size : 0), 0)),
      ftsIndexes: cap("full_text").items.filter((i) => i.kind === "full-text index").length,
      trigramIndexes: cap("trigram").items.length,
      channels: channels.length,
      listeners: channels.reduce((n, c) => n + c.listeners, 0),
      findings: findings.length,
      odooFindings: all.filter((f) => f.section === "odoo").length,
      notInstalledFindings: all.filter((f) => f.section === "not_installed").length,
      mentions: mentions.length,
      dualWrites: findings.filter((f) => f.dualWrite).length,
      stores: [...new Set(findings.map((f) => f.store))].sort(),
      verdicts: Object.fromEntries(VERDICTS.map((v) => [v, findings.filter((f) => f.verdict === v).length])),
      worstSeverity: worst,
      modulesScanned: s.scan?.modules.length ?? 0,
      filesScanned: s.scan?.filesScanned ?? 0
    },
    capabilities,
    channels,
    findings: all,
    mentions,
    modules,
    inventory: buildInventory(all, s, cat),
    warnings: warnings(s, cat, capabilities),
    skipped: s.scan?.skipped ?? []
  };
}

var judgedReports = /* @__PURE__ */ new Map();
async function acquire(orm, opts) {
  if (opts.rescan) opts.onProgress(_t8("Collecting: reading the PostgreSQL catalog and statistics, and the code of every module."));
  const latest = await orm.call(SNAPSHOT_MODEL, opts.rescan ? "pgcap_rescan" : "pgcap_latest", []);
  if (!latest) return null;
  opts.onProgress(_t8("Judging the audit."));
  const { snapshot, ...audit } = latest;
  const report = buildReport(snapshot);
  judgedReports.set(audit.id, report);
  return toDashboardData(report, audit, null, null);
}
async function exportFile(_orm, snapshotId, format) {
  const r = judgedReports.get(snapshotId);
  if (!r) throw new Error(_t8("This audit is no longer loaded: reload the page."));
  const db = (r.source.database ?? "odoo").replace(/[^A-Za-z0-9_.-]+/g, "_");
  await downloadFile(exportReport(r, format), "pg-capabilities-".concat(db, "-").concat(r.source.collectedAt.slice(0, 10), ".").concat(EXTENSION[format]), MIME[format]);
}
async function pdfAction(orm, snapshotId) {
  await loadBundle2(JUDGE_BUNDLE);
  const judge2 = registry.category("pg_capabilities").get("judge");
  if (!judge2) throw new Error(_t8("The PDF needs the judging code, which did not load."));
  const report = await orm.call(SNAPSHOT_MODEL, "pgcap_full_report", [snapshotId]);
  const document = judge2.buildEngagement(report, { locale: localization.code.replace("_", "-"), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  return orm.call(SNAPSHOT_MODEL, "pgcap_pdf", [snapshotId, document]);
}
var dataSource = { acquire, exportFile, pdfAction };
var EXPORTS = [
  { format: "md", label: () => _t8("Markdown") },
  { format: "html", label: () => _t8("HTML") },
  { format: "csv", label: () => _t8("CSV") },
  { format: "json", label: () => _t8("JSON") },
  { format: "sarif", label: () => _t8("SARIF") },
  { format: "cyclonedx", label: () => _t8("CycloneDX") }
];
var PgCapabilitiesDashboard = class extends Component5 {
  constructor() {
    super(...arguments);
    __publicField(this, "orm");
    __publicField(this, "notification");
    __publicField(this, "action");
    __publicField(this, "state");
    __publicField(this, "timer", null);
    __publicField(this, "persistTimer", null);
    __publicField(this, "exportMenu");
    __publicField(this, "capabilityTitle", (id) => {
      const c = this.state.data?.overview.capabilities.find((x) => x.id === id);
      return c ? _t8(c.title) : id;
    });
    __publicField(this, "storeTitle", (store) => {
      const x = this.state.data?.overview.inventory?.find((i) => i.store === store);
      return x ? x.title : store;
    });
    __publicField(this, "onTable", (id) => (t) => {
      this.state.view.tables[id] = t;
      this.persist();
    });
  }
  setup() {
    this.orm = useService("orm");
    this.notification = useService("notification");
    this.action = useService("action");
    this.state = useState2({ status: "loading", error: "", busy: "", progress: "", elapsed: 0, exportOpen: false, data: null, view: initialViewState(this.props) });
    const env = this.env;
    onWillStart2(() => this.load(false));
    this.exportMenu = useRef2("exportMenu");
    useExternalListener(window, "click", (ev) => {
      if (this.state.exportOpen && !this.exportMenu.el?.contains(ev.target)) this.state.exportOpen = false;
    }, { capture: true });
    onMounted2(() => {
      env.__getLocalState__?.add(this, () => ({ pgcap: this.state.view }));
      if (typeof this.props.updateActionState === "function") this.persist();
      else this.persistTimer = setTimeout(() => this.persist(), 100);
    });
    onWillUnmount2(() => {
      env.__getLocalState__?.remove(this);
      this.stopTimer();
      if (this.persistTimer) clearTimeout(this.persistTimer);
    });
  }
  /** Odoo's control panel; no split-button menu beside Rescan (nothing goes in it: Export sits
   * in the control panel's actions, rendered once whatever the width). */
  get display() {
    return { controlPanel: { disableDropdown: true } };
  }
  // ---- data ----
  async load(rescan) {
    try {
      const data = await dataSource.acquire(this.orm, { rescan, onProgress: (m) => {
        this.state.progress = m;
      } });
      if (!data) {
        Object.assign(this.state, { status: "empty", data: null, error: "" });
        return;
      }
      Object.assign(this.state, { status: "ready", data: visibleCopy(data), error: "" });
      if (rescan) this.notification.add(_t8("The new audit, collected on %(date)s, is shown.", { date: dateTime(data.audit.collected_at) }), { type: "success" });
    } catch (e2) {
      const message = errorMessage(e2);
      if (this.state.data) this.notification.add(message, { type: "danger", title: _t8("The rescan failed; the previous audit is still shown.") });
      else Object.assign(this.state, { status: "error", error: message });
    }
  }
  async rescan() {
    if (this.state.busy) return;
    this.state.busy = "rescan";
    this.state.progress = _t8("Starting the rescan.");
    this.state.elapsed = 0;
    this.timer = setInterval(() => {
      this.state.elapsed += 1;
    }, 1e3);
    try {
      await this.load(true);
    } finally {
      this.stopTimer();
      this.state.busy = "";
      this.state.progress = "";
    }
  }
  stopTimer() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
  get progressText() {
    return _t8("%(step)s Running for %(seconds)s s.", { step: this.state.progress, seconds: integer(this.state.elapsed) });
  }
  get rescanLabel() {
    return this.state.busy === "rescan" ? _t8("Scanning…") : _t8("Rescan");
  }
  get exportsLabel() {
    return _t8("Download the report");
  }
  get exports() {
    return EXPORTS.map((e2) => ({ format: e2.format, label: e2.label(), title: _t8("Download the report as %(format)s", { format: e2.label() }) }));
  }
  get exportButton() {
    return _t8("Export");
  }
  toggleExport() {
    this.state.exportOpen = !this.state.exportOpen;
  }
  onExportKey(ev) {
    if (ev.key === "Escape" && this.state.exportOpen) {
      this.state.exportOpen = false;
      this.exportMenu.el?.querySelector(".o_pgcap_export_toggle")?.focus();
    }
  }
  async download(format) {
    const d = this.state.data;
    this.state.exportOpen = false;
    if (!d || this.state.busy) return;
    this.state.busy = "export";
    try {
      await dataSource.exportFile(this.orm, d.audit.id, format);
    } catch (e2) {
      this.notification.add(errorMessage(e2), { type: "danger", title: _t8("The export failed.") });
    } finally {
      this.state.busy = "";
    }
  }
  /** Odoo's PDF report action; a UserError (no wkhtmltopdf here) is left to Odoo's error dialog. */
  async pdf() {
    const d = this.state.data;
    this.state.exportOpen = false;
    if (!d || this.state.busy) return;
    this.state.busy = "pdf";
    try {
      const action = await dataSource.pdfAction(this.orm, d.audit.id);
      if (action) await this.action.doAction(action);
    } finally {
      this.state.busy = "";
    }
  }
  // ---- what the page says ----
  get auditLine() {
    const d = this.state.data;
    const a = d.audit;
    const src = d.overview.source;
    const values = {
      database: src.database ?? a.database,
      postgres: src.serverVersion ?? "",
      odoo: a.odoo_version || src.odooVersion || "",
      date: dateTime(a.collected_at),
      user: a.user,
      seconds: integer(Math.max(1, Math.round(a.duration_ms / 1e3)))
    };
    if (values.postgres && values.user) return _t8("Database %(database)s on PostgreSQL %(postgres)s, Odoo %(odoo)s. Audit collected on %(date)s by %(user)s in %(seconds)s s.", values);
    if (values.postgres) return _t8("Database %(database)s on PostgreSQL %(postgres)s, Odoo %(odoo)s. Audit collected on %(date)s in %(seconds)s s.", values);
    return _t8("Database %(database)s, Odoo %(odoo)s. Audit collected on %(date)s in %(seconds)s s.", values);
  }
  get findingCards() {
    const d = this.state.data;
    if (!d) return [];
    const s = d.overview.summary;
    const v = s.verdicts ?? { refuse: 0, replace: 0, keep: 0, review: 0 };
    const apart = s.odooFindings + s.notInstalledFindings;
    const highs = d.severities.filter((x) => x.severity === "high" || x.severity === "critical").reduce((n, x) => n + x.count, 0);
    const cards = [
      {
        key: "to_act_on",
        value: integer(s.findings),
        label: _t8("External-store findings to act on"),
        filter: "to_act_on",
        tone: s.findings ? "warning" : "",
        detail: s.accepted ? _t8("Accepted by the client and listed apart: %(count)s.", { count: integer(s.accepted) }) : apart ? _t8("Listed apart (Odoo's own modules, or not installed): %(count)s.", { count: integer(apart) }) : _t8("In modules that run in this database.")
      },
      { key: "refuse", value: integer(v.refuse), label: _t8("Stores to refuse"), filter: "verdict_refuse", tone: v.refuse ? "danger" : "", detail: _t8("A second store holding data of its own, or written together with Odoo: remove it.") },
      { key: "replace", value: integer(v.replace), label: _t8("Stores PostgreSQL can replace"), filter: "verdict_replace", tone: "", detail: _t8("A PostgreSQL capability does the same job.") },
      { key: "review", value: integer(v.review), label: _t8("Verdicts to review"), filter: "verdict_review", tone: v.review ? "warning" : "", detail: _t8("The audit could not decide: a person must look.") },
      { key: "keep", value: integer(v.keep), label: _t8("Stores that may stay"), filter: "verdict_keep", tone: "", detail: _t8("Derived copies PostgreSQL can rebuild.") },
      { key: "dual_write", value: integer(s.dualWrites), label: _t8("Dual writes"), filter: "dual_write", tone: s.dualWrites ? "danger" : "", detail: _t8("One change written to PostgreSQL and to another store, with no transaction spanning both.") },
      {
        key: "severity_high",
        value: integer(highs),
        label: _t8("High or critical findings"),
        filter: "severity_high",
        tone: highs ? "danger" : "",
        detail: s.worstSeverity ? _t8("The worst severity found: %(severity)s.", { severity: severityTitle(s.worstSeverity) }) : _t8("No external store found.")
      }
    ];
    if (d.previous && d.changes) {
      const c = d.changes.findings;
      cards.push({
        key: "new_since_previous",
        value: integer(c.added.length),
        label: _t8("New since the previous audit"),
        filter: "new_since_previous",
        tone: c.added.length ? "warning" : "",
        detail: _t8("Gone: %(gone)s. Changed: %(changed)s.", { gone: integer(c.removed.length), changed: integer(c.changed.length) })
      });
    }
    return cards;
  }
  get capabilityCards() {
    const d = this.state.data;
    if (!d) return [];
    const s = d.overview.summary;
    return [
      {
        key: "capabilities",
        value: _t8("%(used)s of %(known)s", { used: integer(s.capabilitiesInUse), known: integer(s.capabilitiesKnown) }),
        label: _t8("PostgreSQL capabilities in use"),
        filter: null,
        tone: s.capabilitiesNotChecked ? "warning" : "",
        detail: s.capabilitiesNotChecked ? _t8("Could not be checked: %(count)s (see why under PostgreSQL capabilities).", { count: integer(s.capabilitiesNotChecked) }) : _t8("Of the PostgreSQL features this audit looks for.")
      },
      {
        key: "jsonb",
        value: integer(s.jsonbColumns),
        label: _t8("jsonb columns"),
        filter: null,
        tone: "",
        detail: s.jsonbBytes ? _t8("Data they hold, estimated: %(size)s.", { size: size(s.jsonbBytes) }) : _t8("No jsonb data yet.")
      },
      { key: "fts", value: integer(s.ftsIndexes), label: _t8("Full-text search indexes"), filter: null, tone: "", detail: _t8("tsvector columns and to_tsvector expression indexes.") },
      { key: "trigram", value: integer(s.trigramIndexes), label: _t8("Trigram indexes"), filter: null, tone: "", detail: _t8("Fast LIKE and similarity search on text.") },
      {
        key: "channels",
        value: integer(s.channels),
        label: _t8("LISTEN/NOTIFY channels"),
        filter: null,
        tone: "",
        detail: d.overview.source.database ? _t8("Sessions seen listening: %(count)s.", { count: integer(s.listeners) }) : _t8("Listeners not checked: no database was audited.")
      }
    ];
  }
  cardClass(card) {
    return "card h-100 w-100 text-start o_pgcap_card o_pgcap_card_".concat(card.key).concat(card.tone ? " border-".concat(card.tone, " o_pgcap_card_").concat(card.tone) : "");
  }
  /** The findings list (Odoo's own list view) with one of its filters set. */
  async openFindings(filter) {
    await this.action.doAction(FINDINGS_ACTION, { additionalContext: { ["search_default_".concat(filter)]: 1 } });
  }
  async open(link) {
    await openRecord(link, { orm: this.orm, action: this.action, notification: this.notification });
  }
  get chartSeverities() {
    return this.state.data?.severities ?? [];
  }
  get chartJsonb() {
    return this.state.data ? jsonbSizeByModule(this.state.data.overview) : [];
  }
  // ---- capabilities ----
  get capabilities() {
    const all = this.state.data?.overview.capabilities ?? [];
    return this.state.view.unused ? all : all.filter((c) => c.status !== "not_in_use");
  }
  get unusedToggle() {
    const hidden = (this.state.data?.overview.capabilities ?? []).filter((c) => c.status === "not_in_use").length;
    return this.state.view.unused ? _t8("Hide the capabilities not in use (those not checked stay).") : _t8("Show the capabilities not in use (%(count)s).", { count: integer(hidden) });
  }
  capTitle(c) {
    return _t8(c.title);
  }
  capDescription(c) {
    return _t8(c.description);
  }
  capStatus(c) {
    return c.status === "in_use" ? _t8("In use: %(count)s items.", { count: integer(c.items.length) }) : c.status === "not_in_use" ? _t8("Not in use.") : _t8("Not checked.");
  }
  statusClass(c) {
    return c.status === "in_use" ? "badge o_pgcap_badge o_pgcap_status_in_use" : c.status === "not_in_use" ? "badge o_pgcap_badge o_pgcap_status_not_in_use" : "badge o_pgcap_badge o_pgcap_status_not_checked o_pgcap_not_checked";
  }
  partsText(c) {
    const looked = c.parts.filter((p) => p.status !== "not_checked");
    const notChecked = c.parts.filter((p) => p.status === "not_checked");
    const word = (s) => s === "in_use" ? _t8("in use") : _t8("none found");
    const out = [];
    if (looked.length) out.push(_t8("Looked at: %(parts)s.", { parts: looked.map((p) => _t8("%(part)s (%(status)s)", { part: p.part, status: word(p.status) })).join(", ") }));
    if (notChecked.length) out.push(_t8("Not checked: %(parts)s.", { parts: notChecked.map((p) => _t8("%(part)s (%(reason)s)", { part: p.part, reason: p.reason })).join("; ") }));
    return out.join(" ");
  }
  tableState(id) {
    return this.state.view.tables[id] ?? emptyTable();
  }
  toggleUnused() {
    this.state.view.unused = !this.state.view.unused;
    this.persist();
  }
  // ---- sections ----
  isOpen(id) {
    return !this.state.view.closed.includes(id);
  }
  toggleSection(id) {
    const closed = this.state.view.closed;
    this.state.view.closed = closed.includes(id) ? closed.filter((x) => x !== id) : [...closed, id];
    this.persist();
  }
  get sectionTitles() {
    return {
      changes: _t8("Changes since the previous audit"),
      charts: _t8("Findings and jsonb data at a glance"),
      inventory: _t8("Store inventory"),
      capabilities: _t8("PostgreSQL capabilities"),
      warnings: _t8("Warnings of the audit")
    };
  }
  warningText(w) {
    return _t8("%(source)s: %(message)s", { source: w.source, message: w.message });
  }
  /** The view state into the URL (and the breadcrumb's local state, read when it is exported). */
  persist() {
    const url = toUrl(this.state.view);
    const props = this.props;
    if (typeof props.updateActionState === "function") props.updateActionState({ ...url });
    else this.env.services.router?.replaceState?.({ ...url });
  }
};
__publicField(PgCapabilitiesDashboard, "template", "pg_capabilities.Dashboard");
__publicField(PgCapabilitiesDashboard, "components", { Layout, Charts, ChangesPanel, DataTable, StoreInventory });
__publicField(PgCapabilitiesDashboard, "props", ["*"]);
function errorMessage(e2) {
  const err = e2;
  return err?.data?.message ?? err?.message ?? String(e2);
}

registry2.category("actions").add("pg_capabilities.dashboard", PgCapabilitiesDashboard);
