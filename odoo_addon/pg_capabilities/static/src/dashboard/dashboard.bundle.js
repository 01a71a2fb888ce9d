/** @odoo-module **/
// pg_capabilities dashboard, built from static_src/dashboard and static_src/core by
// build/dashboard.mjs (npm run build). Do not edit: edit the TypeScript sources.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

import { registry as registry4 } from "@web/core/registry";

import { Component as Component5, onMounted as onMounted2, onWillStart as onWillStart2, onWillUnmount as onWillUnmount2, useExternalListener, useRef as useRef2, useState as useState2 } from "@odoo/owl";
import { useService } from "@web/core/utils/hooks";
import { Layout } from "@web/search/layout";

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

import { _t } from "@web/core/l10n/translation";
import { deserializeDateTime, formatDateTime } from "@web/core/l10n/dates";
import { formatFloat, formatInteger } from "@web/views/fields/formatters";
function integer(n) {
  return n == null || !Number.isFinite(n) ? "" : formatInteger(Math.round(n));
}
function figure(n) {
  if (n == null || !Number.isFinite(n)) return "";
  return Number.isInteger(n) || Math.abs(n) >= 10 ? integer(n) : formatFloat(n, { digits: [16, 1] });
}
function size(bytes) {
  if (bytes == null || !Number.isFinite(bytes)) return "";
  let v = bytes;
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

function verdictTitle(v) {
  switch (v) {
    case "refuse":
      return _t("Refuse");
    case "replace":
      return _t("Replace");
    case "keep":
      return _t("Keep");
    case "review":
      return _t("Review");
    default:
      return v ? String(v) : _t("No verdict");
  }
}
function inContext(translated, key, english) {
  return translated === key ? english : translated;
}
function catalogLabel(label) {
  const key = "catalog|".concat(label);
  return inContext(_t(key), key, label);
}
function severityTitle(s) {
  switch (s) {
    case "critical":
      return _t("Critical");
    case "high":
      return _t("High");
    case "medium":
      return inContext(_t("severity|Medium"), "severity|Medium", "Medium");
    case "low":
      return _t("Low");
    case "info":
      return _t("Information");
    default:
      return s ? String(s) : "";
  }
}
function roleTitle(r) {
  switch (r) {
    case "derived":
      return _t("Derived (rebuildable from PostgreSQL)");
    case "authoritative":
      return _t("Authoritative (holds data of its own)");
    case "unknown":
      return _t("Role unknown");
    default:
      return r ? String(r) : _t("None");
  }
}
function badgeClass(kind, value) {
  return value ? "badge o_pgcap_badge o_pgcap_".concat(kind, "_").concat(value) : "badge o_pgcap_badge o_pgcap_badge_none";
}
function conditionQuestion(c) {
  switch (c) {
    case "role":
      return _t("A rebuildable copy of PostgreSQL data?");
    case "dual_write":
      return _t("Written together with Odoo records (dual write)?");
    case "rebuild":
      return _t("A path that rebuilds it from PostgreSQL?");
    case "reads_back":
      return _t("Read back into Odoo records?");
    case "workload":
      return _t("Workload beyond what PostgreSQL does well?");
    case "reconciliation":
      return _t("A reconciliation job?");
    case "ttl":
      return _t("Entries expire?");
    case "invalidation":
      return _t("Entries invalidated when records change?");
    default:
      return c;
  }
}
function answerTitle(holds) {
  return holds === true ? _t("Yes.") : holds === false ? _t("No.") : _t("Undecided.");
}
function timingSentence(t) {
  switch (t) {
    case "in_transaction":
      return _t("Written inside the ORM transaction.");
    case "after_commit":
      return _t("Written after the commit.");
    case "queued":
      return _t("Deferred through a queue.");
    default:
      return _t("When it is written is unknown.");
  }
}
function directionSentence(direction, table) {
  switch (direction) {
    case "to_store":
      return _t("Table %(table)s: its data is sent to the store.", { table });
    case "from_store":
      return _t("Table %(table)s: it receives data from the store.", { table });
    default:
      return _t("Table %(table)s: data goes both ways between it and the store.", { table });
  }
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
    return this.props.jsonbColumns ? _t("No jsonb data yet: the %(count)s jsonb columns of this database hold no data PostgreSQL has measured.", { count: integer(this.props.jsonbColumns) }) : _t("No jsonb data yet: this database has no jsonb column.");
  }
  get chartAlt() {
    return _t("Bar chart; the table under it gives the same figures.");
  }
  draw() {
    const Chart = this.chart;
    if (!Chart) return;
    const sev = this.props.severities;
    if (this.severityCanvas.el && this.hasFindings) {
      this.charts.push(new Chart(this.severityCanvas.el, {
        type: "bar",
        data: { labels: sev.map((s) => severityTitle(s.severity)), datasets: [{ label: _t("Findings"), data: sev.map((s) => s.count), backgroundColor: sev.map((s) => SEVERITY_COLORS[s.severity]) }] },
        options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0, callback: (v) => integer(v) } } } }
      }));
    }
    const jsonb = this.jsonbData;
    if (this.jsonbCanvas.el && jsonb.length) {
      this.charts.push(new Chart(this.jsonbCanvas.el, {
        type: "bar",
        data: { labels: jsonb.map((j) => j.label), datasets: [{ label: _t("jsonb size"), data: jsonb.map((j) => j.bytes), backgroundColor: "#714b67" }] },
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

var TARGET = {
  module: (l) => ({ model: "ir.module.module", domain: [["name", "=", l.name]] }),
  model: (l) => ({ model: "ir.model", domain: [["model", "=", l.model]] }),
  field: (l) => ({ model: "ir.model.fields", domain: [["model", "=", l.model], ["name", "=", l.name]] })
};
function linkTarget(link) {
  return TARGET[link.kind](link);
}
function linkTitle(link) {
  if (link.kind === "module") return _t("Open the module %(name)s in Apps", { name: link.name });
  if (link.kind === "model") return _t("Open the model %(model)s", { model: link.model });
  return _t("Open the field %(name)s of %(model)s", { name: link.name, model: link.model });
}
async function openRecord(link, svc) {
  const { model, domain } = linkTarget(link);
  const [found] = await svc.orm.searchRead(model, domain, ["id"], { limit: 1 });
  if (!found) {
    const name = link.kind === "model" ? link.model : link.kind === "field" ? "".concat(link.model, ".").concat(link.name) : link.name;
    svc.notification.add(_t("%(name)s is not known to this database (removed since the audit, or never installed).", { name }), { type: "warning" });
    return;
  }
  await svc.action.doAction({ type: "ir.actions.act_window", res_model: model, res_id: found.id, views: [[false, "form"]], target: "current" });
}

var ChangesPanel = class extends Component2 {
  get since() {
    const p = this.props.previous;
    return p.user ? _t("Compared with the previous audit, collected on %(date)s by %(user)s.", { date: dateTime(p.collected_at), user: p.user }) : _t("Compared with the previous audit, collected on %(date)s.", { date: dateTime(p.collected_at) });
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
  moduleLink(name) {
    return { kind: "module", name };
  }
  linkTitle(l) {
    return linkTitle(l);
  }
  /** "Severity: Medium → High", one phrase per property that changed. */
  describe(c) {
    return c.keys.map((k) => {
      const show = (v) => k === "severity" ? severityTitle(String(v)) : k === "role" ? roleTitle(String(v)) : k === "dualWrite" ? v ? _t("yes") : _t("no") : String(v ?? "");
      const what = k === "severity" ? _t("Severity") : k === "role" ? _t("Role") : k === "dualWrite" ? _t("Dual write") : k === "state" ? _t("Module state") : k === "section" ? _t("Listed under") : k === "origin" ? _t("Origin") : k;
      return _t("%(what)s: %(before)s → %(after)s", { what, before: show(c.from[k]), after: show(c.to[k]) });
    }).join("; ");
  }
  inventoryChange(c) {
    const parts = [];
    if (c.from.verdict !== c.to.verdict) parts.push(_t("Verdict: %(before)s → %(after)s", { before: verdictTitle(c.from.verdict), after: verdictTitle(c.to.verdict) }));
    if (c.from.role !== c.to.role) parts.push(_t("Role: %(before)s → %(after)s", { before: roleTitle(c.from.role), after: roleTitle(c.to.role) }));
    return _t("%(store)s: %(change)s", { store: c.title, change: parts.join("; ") });
  }
  /** What a verdict change says to a screen reader (the badges and the arrow are hidden from it). */
  verdictChange(f) {
    return _t("The verdict changed from %(before)s to %(after)s.", { before: verdictTitle(f.from), after: verdictTitle(f.to) });
  }
};
__publicField(ChangesPanel, "template", "pg_capabilities.ChangesPanel");
__publicField(ChangesPanel, "props", ["*"]);

var OVERVIEW_ITEMS = 1e3;
var JUDGE_BUNDLE = "pg_capabilities.assets_judge";
var SNAPSHOT_MODEL = "pg.capabilities.snapshot";
var FINDINGS_ACTION = "pg_capabilities.action_pg_capabilities_finding";
function toDashboardData(report, audit, previous, changes) {
  const main = report.findings.filter((f) => f.section === "findings" && f.acceptance?.status !== "accepted");
  const order = ["critical", "high", "medium", "low", "info"];
  const cut = (list) => list.map(({ id, module, store, verdict, severity, acceptance }) => ({ id, module, store, verdict, severity, acceptance: acceptance ?? null }));
  return {
    audit,
    // small whatever the deployment: no module list (the overview shows none: the module
    // inventory is in the exports and the findings list), and at most OVERVIEW_ITEMS items per
    // capability, said in its notes
    overview: {
      ...report,
      findings: [],
      mentions: [],
      skipped: [],
      modules: [],
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

import { Component as Component3 } from "@odoo/owl";

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
function paginate(rows, page, size2) {
  const pages = Math.max(1, Math.ceil(rows.length / size2));
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = rows.slice(p * size2, (p + 1) * size2);
  return { rows: slice, page: p, pages, total: rows.length, first: rows.length ? p * size2 + 1 : 0, last: p * size2 + slice.length };
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
  return [...sizes].map(([label, bytes]) => ({ label, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, top);
}

var PAGE_SIZE = 50;
var DataTable = class extends Component3 {
  get page() {
    const rows = sortRows(filterItems(this.props.items, this.props.state.query), this.props.state.sort);
    return paginate(rows, this.props.state.page, PAGE_SIZE);
  }
  /** A column label from core's catalog, translated when the module's .po has it. */
  label(col) {
    return catalogLabel(col.label);
  }
  cell(item, col) {
    const v = item[col.key];
    if (v == null) return "";
    if (col.kind === "bytes" && typeof v === "number") return size(v);
    if (col.kind === "number" && typeof v === "number") return integer(v);
    if (col.kind === "bool" && typeof v === "boolean") return v ? _t("yes") : _t("no");
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
    const name = this.label(col);
    return a === "ascending" ? _t("%(column)s: sorted ascending; activate to sort descending", { column: name }) : a === "descending" ? _t("%(column)s: sorted descending; activate to sort ascending", { column: name }) : _t("%(column)s: activate to sort ascending", { column: name });
  }
  get filterLabel() {
    return _t("Filter the rows of %(table)s", { table: this.props.caption });
  }
  get countText() {
    return _t("%(shown)s of %(total)s rows", { shown: integer(this.page.total), total: integer(this.props.items.length) });
  }
  get pageText() {
    const p = this.page;
    return _t("Rows %(first)s to %(last)s of %(total)s", { first: integer(p.first), last: integer(p.last), total: integer(p.total) });
  }
  get previousLabel() {
    return _t("Previous page");
  }
  get nextLabel() {
    return _t("Next page");
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
var StoreInventory = class extends Component4 {
  constructor() {
    super(...arguments);
    __publicField(this, "state");
  }
  setup() {
    this.state = useState({ open: "" });
  }
  kindTitle(x) {
    return x.kind === "odoo" ? _t("Odoo's own") : _t("External store");
  }
  verdictLabel(x) {
    return x.verdict ? verdictTitle(x.verdict) : _t("No verdict: Odoo needs it");
  }
  verdictClass(x) {
    return badgeClass("verdict", x.verdict);
  }
  role(x) {
    return roleTitle(x.role);
  }
  moduleLink(name) {
    return { kind: "module", name };
  }
  modelLink(model) {
    return { kind: "model", model };
  }
  linkTitle(l) {
    return linkTitle(l);
  }
  toggleLabel(x) {
    return this.state.open === x.id ? _t("Hide the operational checklist of %(store)s", { store: x.title }) : _t("Show the operational checklist of %(store)s", { store: x.title });
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
  return {
    pgcap_closed: v.closed.length ? v.closed.map(enc).join(",") : void 0,
    pgcap_unused: v.unused ? "1" : void 0,
    pgcap_tables: tables.length ? tables.join(";") : void 0
  };
}
function fromUrl(u) {
  const v = defaultViewState();
  if (!u) return v;
  const str = (x) => typeof x === "string" ? x : typeof x === "number" ? String(x) : "";
  v.closed = str(u.pgcap_closed).split(",").filter(Boolean).map(dec).filter(Boolean);
  v.unused = str(u.pgcap_unused) === "1";
  for (const entry of str(u.pgcap_tables).split(";").filter(Boolean)) {
    const [id, key, dir, query, page] = entry.split("~").map(dec);
    if (!id) continue;
    const p = Number(page);
    v.tables[id] = { sort: key ? { key, asc: dir !== "d" } : null, query: query ?? "", page: Number.isInteger(p) && p > 0 ? p : 0 };
  }
  return v;
}
var URL_KEYS = ["pgcap_closed", "pgcap_unused", "pgcap_tables"];
function urlParams(loc = window.location) {
  const out = {};
  for (const part of [loc.hash.replace(/^#/, ""), loc.search.replace(/^\?/, "")]) {
    const params = new URLSearchParams(part);
    for (const key of URL_KEYS) {
      const value = params.get(key);
      if (value !== null) out[key] = value;
    }
  }
  return out;
}
function initialViewState(props) {
  if (props.state?.pgcap) return structuredCloneSafe(props.state.pgcap);
  const a = props.action;
  const fromContext = a?.context?.params;
  const given = fromContext && typeof fromContext === "object" ? fromContext : a?.params && typeof a.params === "object" ? a.params : void 0;
  return fromUrl(given && URL_KEYS.some((k) => k in given) ? given : urlParams());
}
function structuredCloneSafe(v) {
  return fromUrl(toUrl(v));
}

import { loadBundle as loadBundle2 } from "@web/core/assets";
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

var JUDGED_WITH = true ? "1ca319e9c9215179" : "source";
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
  progress(_t("Judging the audit of %(date)s…", { date: dateTime(answer.audit.collected_at) }));
  let report = api.buildReport(answer.snapshot);
  if (answer.acceptances.length) progress(_t("Applying %(count)s acceptances…", { count: integer(answer.acceptances.length) }));
  report = accept(api, report, answer.acceptances, today);
  let changes = null;
  if (answer.previous) {
    progress(_t("Comparing with the audit of %(date)s…", { date: dateTime(answer.previous.audit.collected_at) }));
    changes = api.diffReports(answer.previous.report, report);
  }
  const data = toDashboardData(report, answer.audit, answer.previous?.audit ?? null, changes);
  progress(_t("Storing %(count)s findings…", { count: integer(report.findings.length) }));
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
async function downloadExport(orm, snapshotId, format, formats) {
  const [api, report] = await Promise.all([judgeApi(), loadFullReport(orm, snapshotId)]);
  const db = (report.source.database ?? "odoo").replace(/[^A-Za-z0-9_.-]+/g, "_");
  const stamp = report.source.collectedAt.slice(0, 10);
  await downloadFile(api.exportReport(report, format, formats), "pg-capabilities-".concat(db, "-").concat(stamp, ".").concat(EXTENSION[format]), MIME[format]);
}

function userLocale(env) {
  const lux = typeof luxon === "undefined" ? void 0 : luxon;
  const locale = lux?.Settings.defaultLocale || env.services.user?.lang?.replace("_", "-") || document.documentElement.lang || "en";
  const timeZone = env.services.user?.tz || env.services.user?.context?.tz || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return { locale, timeZone };
}
async function pdfAction(orm, snapshotId, formats) {
  const [judge, report] = await Promise.all([judgeApi(), loadFullReport(orm, snapshotId)]);
  return orm.call(SNAPSHOT_MODEL, "pgcap_pdf", [snapshotId, judge.buildEngagement(report, formats)]);
}

async function acquire(orm, opts) {
  return loadDashboard(orm, opts);
}
async function exportFile(orm, snapshotId, format, formats) {
  return downloadExport(orm, snapshotId, format, formats);
}
var dataSource = { acquire, exportFile, pdfAction };
var EXPORTS = [
  { format: "md", label: () => _t("Markdown") },
  { format: "html", label: () => _t("HTML") },
  { format: "csv", label: () => _t("CSV") },
  { format: "json", label: () => _t("JSON") },
  { format: "sarif", label: () => _t("SARIF") },
  { format: "cyclonedx", label: () => _t("CycloneDX") }
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
      return c ? catalogLabel(c.title) : id;
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
      if (rescan) this.notification.add(_t("The new audit, collected on %(date)s, is shown.", { date: dateTime(data.audit.collected_at) }), { type: "success" });
    } catch (e) {
      const message = errorMessage(e);
      if (this.state.data) this.notification.add(message, { type: "danger", title: _t("The rescan failed; the previous audit is still shown.") });
      else Object.assign(this.state, { status: "error", error: message });
    }
  }
  async rescan() {
    if (this.state.busy) return;
    this.state.busy = "rescan";
    this.state.progress = _t("Starting the rescan.");
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
    return _t("%(step)s Running for %(seconds)s s.", { step: this.state.progress, seconds: integer(this.state.elapsed) });
  }
  get rescanLabel() {
    return this.state.busy === "rescan" ? _t("Scanning…") : _t("Rescan");
  }
  get exportsLabel() {
    return _t("Download the report");
  }
  get exports() {
    return EXPORTS.map((e) => ({ format: e.format, label: e.label(), title: _t("Download the report as %(format)s", { format: e.label() }) }));
  }
  get exportButton() {
    return _t("Export");
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
      await dataSource.exportFile(this.orm, d.audit.id, format, userLocale(this.env));
    } catch (e) {
      this.notification.add(errorMessage(e), { type: "danger", title: _t("The export failed.") });
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
      const action = await dataSource.pdfAction(this.orm, d.audit.id, userLocale(this.env));
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
    if (values.postgres && values.user) return _t("Database %(database)s on PostgreSQL %(postgres)s, Odoo %(odoo)s. Audit collected on %(date)s by %(user)s in %(seconds)s s.", values);
    if (values.postgres) return _t("Database %(database)s on PostgreSQL %(postgres)s, Odoo %(odoo)s. Audit collected on %(date)s in %(seconds)s s.", values);
    return _t("Database %(database)s, Odoo %(odoo)s. Audit collected on %(date)s in %(seconds)s s.", values);
  }
  get findingCards() {
    const d = this.state.data;
    if (!d) return [];
    const s = d.overview.summary;
    const v = s.verdicts ?? { refuse: 0, replace: 0, keep: 0, review: 0 };
    const apart = s.odooFindings + s.notInstalledFindings;
    const highs = d.severities.filter((x) => x.severity === "high" || x.severity === "critical").reduce((n, x) => n + x.count, 0);
    const toActOn = s.findings - (s.accepted ?? 0);
    const cards = [
      {
        key: "to_act_on",
        value: integer(toActOn),
        label: _t("External-store findings to act on"),
        filter: "to_act_on",
        tone: toActOn ? "warning" : "",
        detail: s.accepted ? _t("Accepted by the client and listed apart: %(count)s.", { count: integer(s.accepted) }) : apart ? _t("Listed apart (Odoo's own modules, or not installed): %(count)s.", { count: integer(apart) }) : _t("In modules that run in this database.")
      },
      { key: "refuse", value: integer(v.refuse), label: _t("Stores to refuse"), filter: "verdict_refuse", tone: v.refuse ? "danger" : "", detail: _t("A second store holding data of its own, or written together with Odoo: remove it.") },
      { key: "replace", value: integer(v.replace), label: _t("Stores PostgreSQL can replace"), filter: "verdict_replace", tone: "", detail: _t("A PostgreSQL capability does the same job.") },
      { key: "review", value: integer(v.review), label: _t("Verdicts to review"), filter: "verdict_review", tone: v.review ? "warning" : "", detail: _t("The audit could not decide: a person must look.") },
      { key: "keep", value: integer(v.keep), label: _t("Stores that may stay"), filter: "verdict_keep", tone: "", detail: _t("Derived copies PostgreSQL can rebuild.") },
      { key: "dual_write", value: integer(s.dualWrites), label: _t("Dual writes"), filter: "dual_write", tone: s.dualWrites ? "danger" : "", detail: _t("One change written to PostgreSQL and to another store, with no transaction spanning both.") },
      {
        key: "severity_high",
        value: integer(highs),
        label: _t("High or critical findings"),
        filter: "severity_high",
        tone: highs ? "danger" : "",
        detail: s.worstSeverity ? _t("The worst severity found: %(severity)s.", { severity: severityTitle(s.worstSeverity) }) : _t("No external store found.")
      }
    ];
    if (d.previous && d.changes) {
      const c = d.changes.findings;
      cards.push({
        key: "new_since_previous",
        value: integer(c.added.length),
        label: _t("New since the previous audit"),
        filter: "new_since_previous",
        tone: c.added.length ? "warning" : "",
        detail: _t("Gone: %(gone)s. Changed: %(changed)s.", { gone: integer(c.removed.length), changed: integer(c.changed.length) })
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
        value: _t("%(used)s of %(known)s", { used: integer(s.capabilitiesInUse), known: integer(s.capabilitiesKnown) }),
        label: _t("PostgreSQL capabilities in use"),
        filter: null,
        tone: s.capabilitiesNotChecked ? "warning" : "",
        detail: s.capabilitiesNotChecked ? _t("Could not be checked: %(count)s (see why under PostgreSQL capabilities).", { count: integer(s.capabilitiesNotChecked) }) : _t("Of the PostgreSQL features this audit looks for.")
      },
      {
        key: "jsonb",
        value: integer(s.jsonbColumns),
        label: _t("jsonb columns"),
        filter: null,
        tone: "",
        detail: s.jsonbBytes ? _t("Data they hold, estimated: %(size)s.", { size: size(s.jsonbBytes) }) : _t("No jsonb data yet.")
      },
      { key: "fts", value: integer(s.ftsIndexes), label: _t("Full-text search indexes"), filter: null, tone: "", detail: _t("tsvector columns and to_tsvector expression indexes.") },
      { key: "trigram", value: integer(s.trigramIndexes), label: _t("Trigram indexes"), filter: null, tone: "", detail: _t("Fast LIKE and similarity search on text.") },
      {
        key: "channels",
        value: integer(s.channels),
        label: _t("LISTEN/NOTIFY channels"),
        filter: null,
        tone: "",
        detail: d.overview.source.database ? _t("Sessions seen listening: %(count)s.", { count: integer(s.listeners) }) : _t("Listeners not checked: no database was audited.")
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
    return this.state.view.unused ? _t("Hide the capabilities not in use (those not checked stay).") : _t("Show the capabilities not in use (%(count)s).", { count: integer(hidden) });
  }
  capTitle(c) {
    return catalogLabel(c.title);
  }
  capDescription(c) {
    return _t(c.description);
  }
  capStatus(c) {
    return c.status === "in_use" ? _t("In use: %(count)s items.", { count: integer(c.items.length) }) : c.status === "not_in_use" ? _t("Not in use.") : _t("Not checked.");
  }
  statusClass(c) {
    return c.status === "in_use" ? "badge o_pgcap_badge o_pgcap_status_in_use" : c.status === "not_in_use" ? "badge o_pgcap_badge o_pgcap_status_not_in_use" : "badge o_pgcap_badge o_pgcap_status_not_checked o_pgcap_not_checked";
  }
  partsText(c) {
    const looked = c.parts.filter((p) => p.status !== "not_checked");
    const notChecked = c.parts.filter((p) => p.status === "not_checked");
    const lookedAt = (p) => {
      const part = catalogLabel(p.part);
      return p.status === "in_use" ? _t("%(part)s (in use)", { part }) : _t("%(part)s (none found)", { part });
    };
    const unchecked = (p) => {
      const part = catalogLabel(p.part);
      return _t("%(part)s (%(reason)s)", { part, reason: p.reason });
    };
    const out = [];
    if (looked.length) out.push(_t("Looked at: %(parts)s.", { parts: looked.map(lookedAt).join(", ") }));
    if (notChecked.length) out.push(_t("Not checked: %(parts)s.", { parts: notChecked.map(unchecked).join("; ") }));
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
      changes: _t("Changes since the previous audit"),
      charts: _t("Findings and jsonb data at a glance"),
      inventory: _t("Store inventory"),
      capabilities: _t("PostgreSQL capabilities"),
      warnings: _t("Warnings of the audit")
    };
  }
  warningText(w) {
    return _t("%(source)s: %(message)s", { source: w.source, message: w.message });
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
function errorMessage(e) {
  const err = e;
  return err?.data?.message ?? err?.message ?? String(e);
}

import { Component as Component6 } from "@odoo/owl";
import { registry as registry2 } from "@web/core/registry";
import { useService as useService2 } from "@web/core/utils/hooks";
function cronName(path) {
  if (path.trigger !== "cron") return null;
  const m = /^cron '(.+?)' \(/.exec(path.detail);
  return m ? m[1] : null;
}
var FindingDetails = class extends Component6 {
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
  /** The question a reason answers ("A rebuildable copy of PostgreSQL data?"), and its answer. */
  question(r) {
    return this.text(conditionQuestion(r.condition));
  }
  answer(r) {
    return answerTitle(r.holds);
  }
  /** "Table res_partner: its data is sent to the store." and the fields, each a sentence. */
  modelLine(m) {
    const table = directionSentence(m.direction, this.text(m.table));
    return m.fields.length ? _t("%(table)s Fields: %(fields)s.", { table, fields: this.text(m.fields.join(", ")) }) : table;
  }
  /** Each file:line once: two calls on one line (a search and a bulk push) are one place. */
  places(list) {
    return [...new Set(list.map((e) => this.where(e)))];
  }
  timing(p) {
    return timingSentence(p.timing);
  }
  workloadFigures(w) {
    return _t("%(rows)s rows, %(size)s; per day: %(inserts)s inserts, %(updates)s updates, %(reads)s index scans", {
      rows: integer(w.rows) || "?",
      size: size(w.tableBytes) || "?",
      inserts: figure(w.insertsPerDay) || "?",
      updates: figure(w.updatesPerDay) || "?",
      reads: figure(w.idxScansPerDay) || "?"
    });
  }
  cronName(path) {
    return cronName(path);
  }
  /** Opens a record found by a field's value, archived ones included (a scheduled action a module
   * declares is often inactive), or says it is not in this database. */
  async open(model, field, value, missing) {
    const ids = await this.orm.call(model, "search", [[[field, "=", value]]], { limit: 1, context: { active_test: false } });
    if (!ids.length) {
      this.notification.add(missing, { type: "warning" });
      return;
    }
    await this.action.doAction({ type: "ir.actions.act_window", res_model: model, res_id: ids[0], views: [[false, "form"]], target: "current" });
  }
  openModel(model) {
    return this.open("ir.model", "model", model, _t("The model %(model)s is not in this database.", { model: visible(model) }));
  }
  openCron(name) {
    return this.open("ir.cron", "cron_name", name, _t("No scheduled action named %(name)s is in this database.", { name: visible(name) }));
  }
};
__publicField(FindingDetails, "template", "pg_capabilities.FindingDetails");
__publicField(FindingDetails, "props", ["*"]);
registry2.category("fields").add("pgcap_finding_details", { component: FindingDetails, supportedTypes: ["json"] });

import { Component as Component7 } from "@odoo/owl";
import { registry as registry3 } from "@web/core/registry";
var CatalogLabelField = class extends Component7 {
  get label() {
    const value = this.props.record.data[this.props.name];
    return typeof value === "string" && value ? visible(catalogLabel(value)) : "";
  }
};
__publicField(CatalogLabelField, "template", "pg_capabilities.CatalogLabelField");
__publicField(CatalogLabelField, "props", ["*"]);
registry3.category("fields").add("pgcap_catalog_label", { component: CatalogLabelField, supportedTypes: ["char"] });

registry4.category("actions").add("pg_capabilities.dashboard", PgCapabilitiesDashboard);
