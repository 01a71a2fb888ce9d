/** @odoo-module **/
// pg_capabilities dashboard, built from static_src/dashboard and static_src/core by
// build/dashboard.mjs (npm run build). Do not edit: edit the TypeScript sources.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

import { registry as registry3 } from "@web/core/registry";

import { Component as Component4, onWillStart as onWillStart2, useState as useState3 } from "@odoo/owl";
import { useService } from "@web/core/utils/hooks";

var DEFAULT_LOCALE = "en";
function knownLocale(locale) {
  if (!locale) return DEFAULT_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
var numberFormats = /* @__PURE__ */ new Map();
function numberFormat(locale, digits) {
  const key = "".concat(locale, "|").concat(digits);
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, f = new Intl.NumberFormat(knownLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return f;
}
function formatBytes(n, locale = "en-US") {
  if (n == null || !Number.isFinite(n)) return "";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return "".concat(numberFormat(locale, u === 0 || v >= 10 ? 0 : 1).format(u === 0 ? Math.round(v) : v), " ").concat(units[u]);
}
function formatNumber(n, locale = "en-US") {
  if (n == null || !Number.isFinite(n)) return "";
  return numberFormat(locale, 0).format(Math.round(n));
}
function formatCell(value, kind, locale = "en-US") {
  if (value == null) return "";
  if (kind === "bytes") return typeof value === "number" ? formatBytes(value, locale) : String(value);
  if (kind === "number") return typeof value === "number" ? formatNumber(value, locale) : String(value);
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
var codePoint = (c) => "U+".concat(c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0"));
function visible(s) {
  return s.replace(INVISIBLE, (c) => "<".concat(codePoint(c), ">"));
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

var SEVERITIES = ["info", "low", "medium", "high", "critical"];
var VERDICTS = ["refuse", "replace", "keep", "review"];

var VERDICT_TITLES = { refuse: "Refuse", replace: "Replace", keep: "Keep", review: "Review" };
var VERDICT_COLORS = {
  refuse: { bg: "#a61b1b", fg: "#ffffff" },
  review: { bg: "#ffe8a1", fg: "#5c4300" },
  replace: { bg: "#0b5394", fg: "#ffffff" },
  keep: { bg: "#1e6b30", fg: "#ffffff" }
};
function verdictTitle(v) {
  return v ? VERDICT_TITLES[v] ?? String(v) : "—";
}
function verdictCounts(r) {
  const counts = r.summary.verdicts ?? {};
  return VERDICTS.map((v) => "".concat(Number(counts[v] ?? 0), " ").concat(v)).join(", ");
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
    const text = Object.values(item).map((v) => v == null ? "" : String(v)).join(" ").toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
function paginate(rows, page, size) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = rows.slice(p * size, (p + 1) * size);
  return { rows: slice, page: p, pages, total: rows.length, first: rows.length ? p * size + 1 : 0, last: p * size + slice.length };
}
function toggleSort(current, key) {
  return current && current.key === key ? { key, asc: !current.asc } : { key, asc: true };
}
function severityCounts(report) {
  const main = report.findings.filter((f) => f.section === "findings");
  return [...SEVERITIES].reverse().map((severity) => ({ severity, count: main.filter((f) => f.severity === severity).length }));
}
function jsonbSizeByModule(report, top = 10) {
  const sizes = /* @__PURE__ */ new Map();
  for (const item of report.capabilities.find((c) => c.id === "jsonb")?.items ?? []) {
    const label = String(item.module ?? item.table ?? "?");
    sizes.set(label, (sizes.get(label) ?? 0) + (typeof item.size === "number" ? item.size : 0));
  }
  return [...sizes].map(([label, bytes]) => ({ label, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, top);
}

var SEVERITY_COLORS = { critical: "#dc3545", high: "#fd7e14", medium: "#ffc107", low: "#28a745", info: "#6c757d" };
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
  get severityData() {
    return severityCounts(this.props.report);
  }
  get jsonbData() {
    return jsonbSizeByModule(this.props.report);
  }
  draw() {
    const Chart = this.chart;
    if (!Chart) return;
    const sev = this.severityData;
    if (this.severityCanvas.el && this.props.report.findings.length) {
      this.charts.push(new Chart(this.severityCanvas.el, {
        type: "bar",
        data: { labels: sev.map((s) => s.severity), datasets: [{ label: "Findings", data: sev.map((s) => s.count), backgroundColor: sev.map((s) => SEVERITY_COLORS[s.severity]) }] },
        options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      }));
    }
    const jsonb = this.jsonbData;
    if (this.jsonbCanvas.el && jsonb.length) {
      this.charts.push(new Chart(this.jsonbCanvas.el, {
        type: "bar",
        data: { labels: jsonb.map((j) => j.label), datasets: [{ label: "jsonb size", data: jsonb.map((j) => j.bytes), backgroundColor: "#714b67" }] },
        options: {
          indexAxis: "y",
          maintainAspectRatio: false,
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: (ctx) => formatBytes(ctx.raw) } } },
          scales: { x: { ticks: { callback: (v) => formatBytes(v) } } }
        }
      }));
    }
  }
};
__publicField(Charts, "template", "pg_capabilities.Charts");
__publicField(Charts, "props", ["*"]);

import { Component as Component2, useState } from "@odoo/owl";
var PAGE_SIZE = 50;
var DataTable = class extends Component2 {
  constructor() {
    super(...arguments);
    __publicField(this, "state");
  }
  setup() {
    this.state = useState({ query: "", sort: null, page: 0 });
  }
  get page() {
    const rows = sortRows(filterItems(this.props.items, this.state.query), this.state.sort);
    return paginate(rows, this.state.page, PAGE_SIZE);
  }
  cell(item, col) {
    return formatCell(item[col.key], col.kind);
  }
  isNumeric(col) {
    return col.kind === "number" || col.kind === "bytes";
  }
  sortIcon(col) {
    const s = this.state.sort;
    if (!s || s.key !== col.key) return "fa fa-sort text-muted";
    return s.asc ? "fa fa-sort-asc" : "fa fa-sort-desc";
  }
  onSort(col) {
    this.state.sort = toggleSort(this.state.sort, col.key);
    this.state.page = 0;
  }
  onFilter(ev) {
    this.state.query = ev.target.value;
    this.state.page = 0;
  }
  goto(delta) {
    this.state.page = this.page.page + delta;
  }
};
__publicField(DataTable, "template", "pg_capabilities.DataTable");
__publicField(DataTable, "props", ["*"]);

import { Component as Component3, useState as useState2 } from "@odoo/owl";

var INVENTORY_INTRO = "Every store outside PostgreSQL this deployment relies on, Odoo's own included: each is another thing to back up, monitor, secure and keep current, and none is restored by a point-in-time recovery of PostgreSQL.";
var INVENTORY_KIND_TITLES = { external: "external store", odoo: "Odoo's own" };

var StoreInventory = class extends Component3 {
  constructor() {
    super(...arguments);
    __publicField(this, "intro", INVENTORY_INTRO);
    __publicField(this, "state");
  }
  setup() {
    this.state = useState2({ open: "" });
  }
  kindTitle(x) {
    return INVENTORY_KIND_TITLES[x.kind] ?? x.kind;
  }
  verdictLabel(v) {
    return verdictTitle(v);
  }
  verdictStyle(v) {
    const c = v ? VERDICT_COLORS[v] : void 0;
    return c ? "background-color: ".concat(c.bg, "; color: ").concat(c.fg, ";") : "";
  }
  list(xs) {
    return xs.length ? xs.join(", ") : "—";
  }
  toggle(x) {
    this.state.open = this.state.open === x.id ? "" : x.id;
  }
};
__publicField(StoreInventory, "template", "pg_capabilities.StoreInventory");
__publicField(StoreInventory, "props", ["*"]);

var OVERVIEW_ITEMS = 1e3;
var JUDGE_BUNDLE = "pg_capabilities.assets_judge";
var SNAPSHOT_MODEL = "pg.capabilities.snapshot";
var FINDINGS_ACTION = "pg_capabilities.action_pg_capabilities_finding";
function toDashboardData(report, audit, previous, changes) {
  const main = report.findings.filter((f) => f.section === "findings");
  const order = ["critical", "high", "medium", "low", "info"];
  const cut = (list) => list.map(({ id, module, store, verdict, severity, acceptance }) => ({ id, module, store, verdict, severity, acceptance: acceptance ?? null }));
  return {
    audit,
    // small whatever the deployment: modules with findings only (the full inventory is in the
    // exports), and at most OVERVIEW_ITEMS items per capability, said in its notes
    overview: {
      ...report,
      findings: [],
      mentions: [],
      skipped: [],
      modules: report.modules.filter((m) => m.findings > 0),
      capabilities: report.capabilities.map((c) => c.items.length <= OVERVIEW_ITEMS ? c : {
        ...c,
        items: c.items.slice(0, OVERVIEW_ITEMS),
        notes: [...c.notes, "The dashboard shows the first ".concat(OVERVIEW_ITEMS, " of ").concat(c.items.length, " items; the exports hold them all.")]
      })
    },
    severities: order.map((severity) => ({ severity, count: main.filter((f) => f.severity === severity).length })),
    previous,
    changes: changes && {
      ...changes,
      findings: { ...changes.findings, added: cut(changes.findings.added), removed: cut(changes.findings.removed) }
    }
  };
}

import { loadBundle as loadBundle2 } from "@web/core/assets";
import { _t } from "@web/core/l10n/translation";
import { downloadFile } from "@web/core/network/download";
import { registry } from "@web/core/registry";

var MIME = {
  json: "application/json",
  md: "text/markdown",
  html: "text/html",
  csv: "text/csv",
  sarif: "application/sarif+json",
  cyclonedx: "application/vnd.cyclonedx+json"
};
var EXTENSION = { json: "json", md: "md", html: "html", csv: "csv", sarif: "sarif", cyclonedx: "cdx.json" };

var JUDGED_WITH = true ? "553b1b5b5ecb30eb" : "source";
async function judgeApi() {
  await loadBundle2(JUDGE_BUNDLE);
  const api = registry.category("pg_capabilities").get("judge");
  if (!api) throw new Error(String(_t("The judge (asset bundle %(bundle)s) did not load.", { bundle: JUDGE_BUNDLE })));
  return api;
}
function accept(api, report, acceptances, today) {
  return api.applyAcceptances(report, acceptances, today);
}
async function loadDashboard(orm, { rescan = false, onProgress, today = /* @__PURE__ */ new Date() } = {}) {
  const progress = (message) => onProgress?.(String(message));
  progress(rescan ? _t("Collecting a new snapshot of this database and its modules…") : _t("Loading the latest audit…"));
  const answer = await orm.call(SNAPSHOT_MODEL, rescan ? "pgcap_rescan" : "pgcap_dashboard", [JUDGED_WITH]);
  if (!answer) return null;
  if (answer.judged) return answer.data;
  progress(_t("Loading the judge…"));
  const api = await judgeApi();
  progress(_t("Judging the audit of %(date)s…", { date: answer.audit.collected_at }));
  let report = api.buildReport(answer.snapshot);
  if (answer.acceptances.length) progress(_t("Applying %(count)s acceptances…", { count: answer.acceptances.length }));
  report = accept(api, report, answer.acceptances, today);
  let changes = null;
  if (answer.previous) {
    progress(_t("Comparing with the audit of %(date)s…", { date: answer.previous.audit.collected_at }));
    changes = api.diffReports(answer.previous.report, report);
  }
  const data = toDashboardData(report, answer.audit, answer.previous?.audit ?? null, changes);
  progress(_t("Storing %(count)s findings…", { count: report.findings.length }));
  const stored = await orm.call(SNAPSHOT_MODEL, "pgcap_store_report", [answer.audit.id, report, data, JUDGED_WITH]);
  return stored && stored.judged ? stored.data : data;
}
async function loadFullReport(orm, snapshotId, today = /* @__PURE__ */ new Date()) {
  const [api, report, acceptances] = await Promise.all([
    judgeApi(),
    orm.call(SNAPSHOT_MODEL, "pgcap_full_report", [snapshotId]),
    orm.call(SNAPSHOT_MODEL, "pgcap_acceptances", [])
  ]);
  return accept(api, report, acceptances, today);
}
async function downloadExport(orm, snapshotId, format) {
  const [api, report] = await Promise.all([judgeApi(), loadFullReport(orm, snapshotId)]);
  const db = (report.source.database ?? "odoo").replace(/[^A-Za-z0-9_.-]+/g, "_");
  const stamp = report.source.collectedAt.slice(0, 10);
  await downloadFile(api.exportReport(report, format), "pg-capabilities-".concat(db, "-").concat(stamp, ".").concat(EXTENSION[format]), MIME[format]);
}

var PgCapabilitiesDashboard = class extends Component4 {
  constructor() {
    super(...arguments);
    __publicField(this, "orm");
    __publicField(this, "notification");
    __publicField(this, "action");
    __publicField(this, "state");
  }
  setup() {
    this.orm = useService("orm");
    this.notification = useService("notification");
    this.action = useService("action");
    this.state = useState3({
      status: "loading",
      error: "",
      busy: false,
      latest: null,
      report: null,
      view: null,
      showUnused: false
    });
    onWillStart2(() => this.load("pgcap_latest"));
  }
  async load(method) {
    try {
      const data = await loadDashboard(this.orm, { rescan: method === "pgcap_rescan" });
      if (!data) {
        Object.assign(this.state, { status: "empty", latest: null, report: null, view: null });
        return;
      }
      const report = data.overview;
      Object.assign(this.state, { status: "ready", latest: data.audit, report, view: visibleCopy(report), error: "" });
    } catch (e) {
      const message = errorMessage(e);
      if (this.state.report) this.notification.add(message, { type: "danger", title: "Rescan failed" });
      else Object.assign(this.state, { status: "error", error: message });
    }
  }
  async rescan() {
    if (this.state.busy) return;
    this.state.busy = true;
    try {
      await this.load("pgcap_rescan");
    } finally {
      this.state.busy = false;
    }
  }
  openFindings() {
    void this.action.doAction(FINDINGS_ACTION);
  }
  /** A value from outside the report (the snapshot record), as shown: invisible characters visible. */
  show(value) {
    return visible(String(value ?? ""));
  }
  get capabilities() {
    const all = this.state.view?.capabilities ?? [];
    return this.state.showUnused ? all : all.filter((c) => c.status !== "not_in_use");
  }
  get hiddenCapabilities() {
    return (this.state.view?.capabilities ?? []).filter((c) => c.status === "not_in_use").length;
  }
  partsText(c) {
    return describeParts(c.parts ?? []);
  }
  get cards() {
    const r = this.state.view;
    if (!r) return [];
    const s = r.summary;
    return [
      { value: "".concat(s.capabilitiesInUse, "/").concat(s.capabilitiesKnown), label: "Capabilities in use", detail: s.capabilitiesNotChecked ? "".concat(s.capabilitiesNotChecked, " not checked: see why below") : "of the PostgreSQL features audited", tone: s.capabilitiesNotChecked ? "border-warning" : "" },
      { value: formatNumber(s.jsonbColumns), label: "jsonb columns", detail: "".concat(formatBytes(s.jsonbBytes) || "0 B", " estimated"), tone: "" },
      { value: "".concat(s.ftsIndexes, " / ").concat(s.trigramIndexes), label: "Full-text / trigram indexes", detail: "GIN and GiST", tone: "" },
      { value: formatNumber(s.channels), label: "NOTIFY channels", detail: r.source.database ? "".concat(s.listeners, " listening session").concat(s.listeners === 1 ? "" : "s") : "listeners not checked: no database", tone: "" },
      { value: formatNumber(s.findings), label: "External stores", detail: "".concat(s.stores.length ? s.stores.join(", ") : "none", "; ").concat(s.dualWrites, " dual write").concat(s.dualWrites === 1 ? "" : "s").concat(s.odooFindings + s.notInstalledFindings ? "; ".concat(s.odooFindings + s.notInstalledFindings, " more listed apart (Odoo's own, not installed)") : ""), tone: s.findings ? "border-warning" : "" },
      { value: formatNumber(s.verdicts?.refuse ?? 0), label: "Stores to refuse", detail: "verdicts: ".concat(verdictCounts(r)), tone: s.verdicts?.refuse ? "border-danger" : "" },
      { value: s.worstSeverity ?? "none", label: "Worst severity", detail: s.worstSeverity ? "see the findings below" : "no external store found", tone: s.worstSeverity === "critical" || s.worstSeverity === "high" ? "border-danger" : "" }
    ];
  }
  statusClass(c) {
    return c.status === "in_use" ? "bg-success text-white" : c.status === "not_in_use" ? "bg-light text-dark border" : "bg-warning text-dark o_pgcap_not_checked";
  }
  async download(format) {
    if (!this.state.latest) return;
    try {
      await downloadExport(this.orm, this.state.latest.id, format);
    } catch (e) {
      this.notification.add(errorMessage(e), { type: "danger", title: "Export failed" });
    }
  }
  toggleUnused() {
    this.state.showUnused = !this.state.showUnused;
  }
};
__publicField(PgCapabilitiesDashboard, "template", "pg_capabilities.Dashboard");
__publicField(PgCapabilitiesDashboard, "components", { Charts, DataTable, StoreInventory });
__publicField(PgCapabilitiesDashboard, "props", ["*"]);
function errorMessage(e) {
  const err = e;
  return err?.data?.message ?? err?.message ?? String(e);
}

import { Component as Component5 } from "@odoo/owl";
import { _t as _t2 } from "@web/core/l10n/translation";
import { registry as registry2 } from "@web/core/registry";
import { useService as useService2 } from "@web/core/utils/hooks";
function cronName(path) {
  if (path.trigger !== "cron") return null;
  const m = /^cron '(.+?)' \(/.exec(path.detail);
  return m ? m[1] : null;
}
var FindingDetails = class extends Component5 {
  constructor() {
    super(...arguments);
    __publicField(this, "orm");
    __publicField(this, "action");
    __publicField(this, "notification");
  }
  setup() {
    this.orm = useService2("orm");
    this.action = useService2("action");
    this.notification = useService2("notification");
  }
  get finding() {
    const value = this.props.record.data[this.props.name];
    return value && typeof value === "object" ? value : null;
  }
  /** Text from the report, as shown: invisible characters as <U+XXXX>. */
  text(value) {
    return visible(value == null ? "" : String(value));
  }
  where(e) {
    return this.text("".concat(e.file, ":").concat(e.line));
  }
  holds(r) {
    return r.holds === true ? _t2("holds") : r.holds === false ? _t2("does not hold") : _t2("undecided");
  }
  workloadFigures(w) {
    return _t2("%(rows)s rows, %(size)s; per day: %(inserts)s inserts, %(updates)s updates, %(reads)s index scans", {
      rows: formatNumber(w.rows) || "?",
      size: formatBytes(w.tableBytes) || "?",
      inserts: formatNumber(w.insertsPerDay) || "?",
      updates: formatNumber(w.updatesPerDay) || "?",
      reads: formatNumber(w.idxScansPerDay) || "?"
    });
  }
  cronName(path) {
    return cronName(path);
  }
  /** Opens a record found by a field's value, or says it is not in this database. */
  async open(model, field, value, missing) {
    const ids = await this.orm.call(model, "search", [[[field, "=", value]]], { limit: 1 });
    if (!ids.length) {
      this.notification.add(missing, { type: "warning" });
      return;
    }
    await this.action.doAction({ type: "ir.actions.act_window", res_model: model, res_id: ids[0], views: [[false, "form"]], target: "current" });
  }
  openModel(model) {
    return this.open("ir.model", "model", model, _t2("The model %(model)s is not in this database.", { model: visible(model) }));
  }
  openCron(name) {
    return this.open("ir.cron", "cron_name", name, _t2("No scheduled action named %(name)s is in this database.", { name: visible(name) }));
  }
};
__publicField(FindingDetails, "template", "pg_capabilities.FindingDetails");
__publicField(FindingDetails, "props", ["*"]);
registry2.category("fields").add("pgcap_finding_details", { component: FindingDetails, supportedTypes: ["json"] });

registry3.category("actions").add("pg_capabilities.dashboard", PgCapabilitiesDashboard);
