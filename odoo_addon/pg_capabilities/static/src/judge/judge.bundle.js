/** @odoo-module **/
// pg_capabilities judge, built from static_src/dashboard and static_src/core by
// build/dashboard.mjs (npm run build). Do not edit: edit the TypeScript sources.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

import { registry } from "@web/core/registry";

var DEFAULT_LOCALE = "en";
function knownLocale(locale) {
  if (!locale) return DEFAULT_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
function knownTimeZone(timeZone) {
  if (!timeZone) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
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
function formatFigure(n, locale = "en-US") {
  if (n == null || !Number.isFinite(n)) return "";
  if (Math.abs(n) >= 10 || Number.isInteger(n)) return formatNumber(n, locale);
  return new Intl.NumberFormat(knownLocale(locale), { maximumSignificantDigits: 2 }).format(n);
}
var dateParts = (d, locale, timeZone, o) => new Intl.DateTimeFormat(knownLocale(locale), { timeZone, ...o }).format(d);
function zoneName(d, timeZone) {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  const offset = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "shortOffset" }).formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "";
  return "".concat(timeZone).concat(offset ? " (".concat(offset.replace(/^GMT/, "UTC"), ")") : "");
}
function formatDate(iso, locale, timeZone = "UTC") {
  const d = new Date(String(iso ?? ""));
  if (!iso || Number.isNaN(d.getTime())) return String(iso ?? "");
  return dateParts(d, locale, knownTimeZone(timeZone) ?? "UTC", { day: "numeric", month: "long", year: "numeric" });
}
function formatDateTime(iso, locale, timeZone = "UTC") {
  const d = new Date(String(iso ?? ""));
  if (!iso || Number.isNaN(d.getTime())) return String(iso ?? "");
  const tz = knownTimeZone(timeZone) ?? "UTC";
  const time = dateParts(d, locale, tz, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return "".concat(formatDate(iso, locale, tz), ", ").concat(time, " ").concat(zoneName(d, tz));
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
      pattern: "[A-Za-z][A-Za-z0-9+.-]{0,30}://[^\\s/?#:'\\\"]{0,256}:(?![0-9]{1,5}(?:[/?#'\\\"\\s]|$))((?:(?!://)[^\\n]){1,512})@",
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
        threshold: 107374182400,
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
        threshold: 1099511627776,
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

var REPORT_SCHEMA = "pg-capabilities/report";
var REPORT_VERSION = 3;
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
var VERDICTS = ["refuse", "replace", "keep", "review"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
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
function window(since, now) {
  if (typeof since !== "string" || !since) return { since: null, recent: false, days: null };
  const ms = Date.parse(now) - Date.parse(since);
  if (!Number.isFinite(ms)) return { since, recent: false, days: null };
  const days = Math.max(0, ms / 864e5);
  return { since, recent: days < RECENT_RESET_DAYS, days };
}
function databaseCounters(s) {
  return window(probeRows(s, "statistics")[0]?.stats_reset, s.collectedAt);
}
function statementCounters(s) {
  return window(probeRows(s, "statements_info")[0]?.stats_reset, s.collectedAt);
}
function describeWindow(w) {
  if (!w.since) return "never reset";
  const days = w.days === null ? "" : w.days < 1 ? " (less than a day before the audit)" : " (".concat(Math.floor(w.days), " day").concat(Math.floor(w.days) === 1 ? "" : "s", " before the audit)");
  return "since ".concat(w.since).concat(days);
}
function part(name, found, gap2, noneProvesNothing = null) {
  if (found) return { part: name, status: "in_use", reason: "" };
  if (gap2) return { part: name, status: "not_checked", reason: gap2 };
  if (noneProvesNothing) return { part: name, status: "not_checked", reason: noneProvesNothing };
  return { part: name, status: "not_in_use", reason: "" };
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
function capabilityOnTable(capability, row, inUse) {
  const n = (k) => num(row?.[k]) ?? 0;
  switch (capability) {
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
      return inUse.has(capability);
  }
}
function databaseFigures(s) {
  const window2 = databaseCounters(s);
  const rowsByTable = /* @__PURE__ */ new Map();
  for (const r of probeRows(s, "table_activity")) {
    const table2 = String(r.table_name);
    if (!rowsByTable.has(table2) || r.schema === "public") rowsByTable.set(table2, r);
  }
  const seconds = window2.days !== null && window2.days > 0 ? window2.days * 86400 : null;
  const started = probeRows(s, "statistics")[0]?.server_started;
  const uptime = typeof started === "string" ? (Date.parse(s.collectedAt) - Date.parse(started)) / 1e3 : NaN;
  const boundSeconds = window2.since === null && Number.isFinite(uptime) && uptime > 0 ? uptime : null;
  return { gap: probeGap(s, "table_activity"), rowsByTable, window: window2, seconds, rateOver: seconds ?? boundSeconds };
}
function measureWorkload(db, models, store, cat, inUse) {
  const { window: window2, seconds, rateOver } = db;
  const thresholds = thresholdsOf(cat).filter((t) => t.category === store.category);
  if (db.gap) return { tables: [], comparisons: [], gap: db.gap, window: window2, thresholds };
  const tables = [];
  const comparisons = [];
  const seen = /* @__PURE__ */ new Set();
  for (const m of models) {
    if (seen.has(m.table)) continue;
    seen.add(m.table);
    const row = db.rowsByTable.get(m.table);
    const perDay = (k) => {
      const v = num(row?.[k]);
      return v === null || window2.days === null || window2.days <= 0 ? null : v / window2.days;
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
      detail: row ? "".concat(m.table, ": about ").concat(Math.round(count ?? 0).toLocaleString("en-US"), " rows, ").concat(formatBytes(tableBytes ?? 0), " of table and ").concat(formatBytes(indexBytes ?? 0), " of indexes").concat(window2.days === null ? "; the statistics window is unknown (never reset), so no per-day figures" : "") : "".concat(m.table, ": no such table in the audited database")
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
  return { tables, comparisons, gap: null, window: window2, thresholds };
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
function verdictRank(v) {
  const i = v ? VERDICT_ORDER.indexOf(v) : -1;
  return i < 0 ? -1 : VERDICT_ORDER.length - 1 - i;
}
function verdictTitle(v) {
  return v ? VERDICT_TITLES[v] ?? String(v) : "—";
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
  ttl: "Entries expire?",
  invalidation: "Entries invalidated when records change?"
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
function modelText(m) {
  return "".concat(m.model, " (").concat(m.table, ") ").concat(DIRECTION_TITLES[m.direction] ?? m.direction).concat(m.fields.length ? ": ".concat(m.fields.join(", ")) : "");
}
var TRIGGER_TITLES = {
  create: "on create",
  write: "on write",
  unlink: "on delete",
  compute: "in a computed field",
  inverse: "in a field inverse",
  onchange: "in an onchange",
  cron: "by a scheduled action",
  controller: "from an HTTP route",
  queue_job: "in a queued job",
  server_action: "by a server action",
  hook: "in an install hook",
  button: "from a button",
  method: "in a method"
};
function pathSentence(p) {
  return "".concat(p.method).concat(p.model ? " (".concat(p.model, ")") : "", ", ").concat(TRIGGER_TITLES[p.trigger] ?? p.trigger).concat(p.detail ? ": ".concat(p.detail) : "", "; ").concat(TIMING_TITLES[p.timing] ?? p.timing);
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
  const named = (name) => words.some((w) => name.toLowerCase().includes(w));
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
    const size = w.tableBytes == null ? "" : ", ".concat(formatBytes(w.tableBytes + (w.indexBytes ?? 0)), " with indexes");
    facts.push("Table ".concat(w.table).concat(w.model ? " (".concat(w.model, ")") : "", ": ").concat(w.rows == null ? "rows not estimated (never analysed)" : plural(w.rows, "row")).concat(size, "."));
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
    const list3 = byStore.get(f.store);
    if (list3) list3.push(f);
    else byStore.set(f.store, [f]);
  }
  const rank = (e2) => e2.verdict === null ? VERDICT_ORDER.length : VERDICT_ORDER.indexOf(e2.verdict);
  const external = [...byStore].map(([store, list3]) => externalEntry(store, list3, snapshot, cat)).sort((a, b) => rank(a) - rank(b) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const own = [filestoreEntry(snapshot, cat), sessionsEntry(snapshot, cat)].filter((e2) => e2 !== null);
  return [...external, ...own];
}

function sha1(bytes) {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(bytes.length + 9 + 63 >> 6 << 6);
  padded.set(bytes);
  padded[bytes.length] = 128;
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
function uuidV5(name, namespace) {
  const ns = namespace.replace(/-/g, "").match(/../g).map((x) => parseInt(x, 16));
  const digest = sha1(new Uint8Array([...ns, ...utf8(name)])).slice(0, 16);
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
  const p = (name, value) => value == null || value === "" ? [] : [{ name: "pg-capabilities:".concat(name), value: text(value) }];
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
function modulesInScope(r) {
  return statesKnown(r) ? r.modules.filter((m) => m.state !== null && RUNNING_STATES.includes(m.state)) : r.modules.filter((m) => m.installable);
}
function inventorySentence(r) {
  const list3 = modulesInScope(r);
  const counts = [...ORIGINS].reverse().map((o) => "".concat(list3.filter((m) => m.origin === o).length, " ").concat(ORIGIN_TITLES[o]));
  const what = statesKnown(r) ? "installed in this database" : "scanned (installation not checked)";
  return "".concat(list3.length, " module").concat(list3.length === 1 ? "" : "s", " ").concat(what, ": ").concat(counts.join(", "), ". Listed: every one that is not Odoo's own, and any with a finding.");
}
function listedModules(r) {
  return r.modules.filter((m) => m.origin !== "odoo" || m.findings > 0);
}
var INVENTORY_INTRO = "Every store outside PostgreSQL this deployment relies on, Odoo's own included: each is another thing to back up, monitor, secure and keep current, and none is restored by a point-in-time recovery of PostgreSQL.";
var CHECKLIST_TITLES = {
  backup: "Backup",
  monitoring: "Monitoring",
  credentials: "Credentials",
  version: "Upgrades",
  pitr: "Point-in-time recovery"
};
var INVENTORY_KIND_TITLES = { external: "external store", odoo: "Odoo's own" };
var CAPABILITY_STATUS_TITLES = { in_use: "in use", not_in_use: "not in use", not_checked: "not checked" };
var PROBE_STATUS_TITLES = { ok: "ran", error: "failed", skipped: "not run", not_run: "not run" };
var ROLE_TITLES = { derived: "derived (a rebuildable copy)", authoritative: "authoritative (holds data of its own)", unknown: "undecided" };
function roleTitle(role) {
  return role ? ROLE_TITLES[role] ?? role : "—";
}
function rootLabels(roots) {
  const parts = roots.map((r) => r.replace(/\\/g, "/").split("/").filter((x) => x !== "" && x !== "."));
  return parts.map((p, i) => {
    for (let n = 1; n <= p.length; n++) {
      const tail = p.slice(-n).join("/");
      if (parts.every((q, j) => j === i || q.slice(-n).join("/") !== tail) || n === p.length) return tail.replace(/^(\.\.\/)+/, "") || ".";
    }
    return ".";
  });
}
function withRootLabels(text3, roots) {
  const labels = rootLabels(roots);
  return roots.map((root, i) => ({ root: root.replace(/[\\/]+$/, ""), label: labels[i] })).filter((x) => x.root.length > 1).sort((a, b) => b.root.length - a.root.length).reduce((t, x) => t.split(x.root).join(x.label), text3);
}
function acceptSourceName(source) {
  return source.replace(/^.*[\\/]/, "");
}

var text2 = (s) => ({ t: s });
var code = (s) => ({ t: s, code: true });
var strong = (s) => ({ t: s, strong: true });
var plural2 = (n, one, many = "".concat(one, "s")) => n === 1 ? one : many;
function joinWords(list3) {
  return list3.length <= 1 ? list3.join("") : "".concat(list3.slice(0, -1).join(", "), " and ").concat(list3[list3.length - 1]);
}
var isAccepted = (f) => f.acceptance?.status === "accepted";
function byConcern(a, b) {
  return verdictRank(b.verdict) - verdictRank(a.verdict) || severityRank(b.severity) - severityRank(a.severity) || a.module.localeCompare(b.module) || a.store.localeCompare(b.store);
}
var EVIDENCE_MAX = 5;
var CAPABILITY_ROWS_MAX = 50;
var MODULE_ROWS_MAX = 400;
var SKIPPED_MAX = 20;
var where = (e2) => code("".concat(e2.file, ":").concat(e2.line));
var origin = (o) => ORIGIN_TITLES[o] ?? o;
function bounded(list3, item) {
  const out = list3.slice(0, EVIDENCE_MAX).map(item);
  if (list3.length > EVIDENCE_MAX) out.push([text2("… and ".concat(list3.length - EVIDENCE_MAX, " more (in the JSON export)"))]);
  return out;
}
var list = (items) => items.length ? [{ kind: "list", ordered: false, items }] : [];
var heading = (level, t, id) => ({ kind: "heading", level, text: t, ...id ? { id } : {} });
var paragraph = (t, tone) => ({ kind: "paragraph", text: t, ...tone ? { tone } : {} });
function findingsTable(c, main) {
  return {
    kind: "table",
    caption: "Findings, worst verdict first",
    columns: [{ label: "#", numeric: true }, { label: "Verdict" }, { label: "Severity" }, { label: "Module" }, { label: "Origin" }, { label: "Store" }, { label: "Dual write" }, { label: "PostgreSQL instead" }],
    rows: main.map((f, i) => [[text2(c.num(i + 1))], [strong(verdictTitle(f.verdict)), ...isAccepted(f) ? [text2(" (accepted)")] : []], [text2(f.severity)], [text2(f.module)], [text2(origin(f.origin))], [text2(f.storeTitle)], [text2(f.dualWrite ? "yes" : "no")], [text2(f.recommendation.title)]])
  };
}
function acceptanceBlock(c, f) {
  const a = f.acceptance;
  if (!a) return [];
  const who = a.by ? " by ".concat(a.by) : "";
  const until = a.expires ? a.status === "expired" ? "; expired on ".concat(c.date(a.expires)) : " until ".concat(c.date(a.expires)) : ", with no expiry";
  return [paragraph([
    strong(a.status === "accepted" ? "Accepted" : "Acceptance expired"),
    text2("".concat(who).concat(until, ": ").concat(a.reason || "no reason given", " (")),
    code(acceptSourceName(a.source)),
    text2(")"),
    text2(a.status === "accepted" ? ". Not counted in the summary." : ". Counted again, as if never accepted.")
  ], a.status === "accepted" ? "muted" : "warning")];
}
function observation(c, f) {
  const rb = f.rebuild ?? { paths: [], ttl: [], invalidation: [] };
  const evidenceItem = (label, all) => {
    const evidence = all.filter((e2, i) => all.findIndex((x) => x.file === e2.file && x.line === e2.line) === i);
    return evidence.length ? [[text2("".concat(label, ": ")), ...evidence.slice(0, EVIDENCE_MAX).flatMap((e2, i) => [...i ? [text2(", ")] : [], where(e2)]), ...evidence.length > EVIDENCE_MAX ? [text2(" and ".concat(evidence.length - EVIDENCE_MAX, " more"))] : []]] : [];
  };
  const facts = [
    ...bounded(f.paths ?? [], (p) => [text2("Writes to the store: ".concat(pathSentence(p))), ...p.evidence[0] ? [text2(" ("), where(p.evidence[0]), text2(")")] : []]),
    ...bounded(f.models ?? [], (m) => [text2("Odoo model: ".concat(modelText(m))), ...m.evidence[0] ? [text2(" ("), where(m.evidence[0]), text2(")")] : []]),
    ...f.dualWrite ? evidenceItem("An Odoo write and a store write in one entry path", f.dualWriteEvidence) : [],
    ...evidenceItem("Rebuilds the store from PostgreSQL", rb.paths),
    ...evidenceItem("Entries expire (TTL)", rb.ttl),
    ...evidenceItem("Entries invalidated when records change", rb.invalidation),
    ...evidenceItem("Reconciliation job (a second permanent cost, not a fix)", f.reconciliation ?? []),
    ...evidenceItem("Store data read back into Odoo records", f.readsBack ?? []),
    ...f.usedBy.map((u) => [text2("".concat(u.relation === "configured by" ? "Configured by" : "Used through it by", " ")), code(u.module), ...u.evidence[0] ? [text2(" ("), where(u.evidence[0]), text2(")")] : []])
  ];
  return [
    heading(4, "Observation"),
    paragraph([text2("Module "), code(f.module), text2(" calls ".concat(f.storeTitle).concat(f.driver ? " through ".concat(f.driver) : "", " from ")), where(f.client), text2(": "), code(f.client.snippet)]),
    ...list(facts)
  ];
}
function conclusion(f) {
  return [
    heading(4, "Conclusion"),
    paragraph([strong("".concat(verdictTitle(f.verdict), ".")), text2(" ".concat(f.verdictText, " Role of the store: ").concat(roleTitle(f.role), "."))]),
    ...list((f.reasons ?? []).map((x) => [strong(conditionText(x.condition)), text2(" ".concat(holdsText(x.holds), ": ").concat(x.text).concat(x.statistic ? " (".concat(statisticText(x.statistic), ")") : ""))]))
  ];
}
function workloadTable(c, f) {
  if (!f.workload?.length) return [];
  return [
    {
      kind: "table",
      caption: "This deployment's tables (from statistics)",
      columns: [{ label: "Table" }, { label: "Rows", numeric: true }, { label: "Table size", numeric: true }, { label: "Index size", numeric: true }, { label: "Writes per day", numeric: true }, { label: "Scans per day", numeric: true }, { label: "Already uses the capability" }],
      rows: f.workload.map((w) => {
        const writes = [w.insertsPerDay, w.updatesPerDay, w.deletesPerDay].every((x) => x == null) ? null : (w.insertsPerDay ?? 0) + (w.updatesPerDay ?? 0) + (w.deletesPerDay ?? 0);
        const scans = w.seqScansPerDay == null && w.idxScansPerDay == null ? null : (w.seqScansPerDay ?? 0) + (w.idxScansPerDay ?? 0);
        return [[code(w.table)], [text2(c.num(w.rows))], [text2(c.bytes(w.tableBytes))], [text2(c.bytes(w.indexBytes))], [text2(c.figure(writes))], [text2(c.figure(scans))], [text2(w.capabilityInUse === null ? "unknown" : w.capabilityInUse ? "yes" : "no")]];
      })
    },
    ...list(f.workload.map((w) => [text2(w.detail)]))
  ];
}
function recommendation(c, f) {
  const rec = f.recommendation;
  return [
    heading(4, "Recommendation"),
    paragraph([text2(f.action || rec.text)]),
    paragraph([text2("PostgreSQL capability: "), strong(rec.title), text2("".concat(rec.inUseHere ? ", already in use in this database" : c.r.source.database ? ", not yet in use in this database" : "", ". ").concat(rec.text))]),
    ...workloadTable(c, f)
  ];
}
function findingBlocks(c, f, i) {
  return [
    heading(3, "".concat(i + 1, ". ").concat(verdictTitle(f.verdict), ": ").concat(f.module, " → ").concat(f.storeTitle), "finding-".concat(i + 1)),
    ...acceptanceBlock(c, f),
    {
      kind: "facts",
      items: [
        { term: "Verdict", value: [strong(verdictTitle(f.verdict)), text2(", severity ".concat(f.severity).concat(f.dualWrite ? ", dual write" : ""))] },
        { term: "Module", value: [code(f.path), text2(": ".concat(origin(f.origin), ", ").concat(f.state ?? (c.r.source.database ? "state unknown" : "installation not checked")))] },
        { term: "Store", value: [text2("".concat(f.storeTitle, " (").concat(f.category, ")"))] }
      ]
    },
    ...observation(c, f),
    ...conclusion(f),
    ...recommendation(c, f),
    heading(4, "Evidence (".concat(c.num(f.evidenceCount), " ").concat(plural2(f.evidenceCount, "match", "matches"), ")")),
    ...list(bounded(f.evidence, (e2) => [where(e2), text2(" ".concat(e2.kind, ": ")), code(e2.snippet)]))
  ];
}
function otherFindingBlocks(c) {
  const r = c.r;
  const out = [];
  for (const section of ["odoo", "not_installed"]) {
    const found = r.findings.filter((f) => f.section === section).sort(byConcern);
    if (!found.length) continue;
    out.push(heading(3, SECTION_TITLES[section]), paragraph([text2(sectionIntro(r, section))], "muted"), {
      kind: "table",
      columns: [{ label: "Module" }, { label: "Origin" }, { label: "Store" }, { label: "Verdict" }, { label: "Client code" }],
      rows: found.map((f) => [[text2(f.module)], [text2(origin(f.origin))], [text2(f.storeTitle)], [text2(verdictTitle(f.verdict))], [where(f.client)]])
    });
  }
  if (r.mentions.length) {
    out.push(heading(3, "Mentioned, not findings"), paragraph([text2("Stores that modules name where no client code of theirs runs in production.")], "muted"), {
      kind: "table",
      columns: [{ label: "Module" }, { label: "Store" }, { label: "Why it is not a finding" }, { label: "Where" }],
      rows: r.mentions.map((m) => [[text2(m.module)], [text2(m.storeTitle)], [text2(m.text)], m.evidence[0] ? [where(m.evidence[0])] : [text2("—")]])
    });
  }
  return out;
}
function capabilityBlocks(c) {
  const caps = c.r.capabilities;
  const status = (x) => x.status === "in_use" ? "in use (".concat(c.num(x.items.length), " ").concat(plural2(x.items.length, "item"), ")") : CAPABILITY_STATUS_TITLES[x.status] ?? x.status;
  const out = [
    heading(2, "PostgreSQL capabilities", "capabilities"),
    paragraph([text2(c.r.source.database ? "What PostgreSQL already does in this database, read from its catalogs and statistics; each capability is one a second store would otherwise provide." : "No database was audited: only what the addons code shows is known.")]),
    {
      kind: "table",
      caption: "Capabilities",
      columns: [{ label: "Capability" }, { label: "Status" }, { label: "Where it was looked for" }],
      rows: caps.map((x) => [[strong(x.title)], [text2(status(x))], [text2(x.parts.map((p) => "".concat(p.part, ": ").concat(p.status === "not_checked" ? "not checked (".concat(c.clean(p.reason), ")") : CAPABILITY_STATUS_TITLES[p.status])).join("; "))]])
    }
  ];
  for (const x of caps.filter((y) => y.items.length > 0)) {
    out.push(heading(3, x.title), paragraph([text2(x.description)], "muted"), ...list(x.notes.map((n) => [text2(c.clean(n))])), {
      kind: "table",
      columns: x.columns.map((col) => ({ label: col.label, ...col.kind === "number" || col.kind === "bytes" ? { numeric: true } : {} })),
      rows: x.items.slice(0, CAPABILITY_ROWS_MAX).map((item) => x.columns.map((col) => {
        const v = item[col.key];
        if (v == null) return [text2("—")];
        if (typeof v === "number") return [text2(col.kind === "bytes" ? c.bytes(v) : col.kind === "number" ? c.num(v) : String(v))];
        if (typeof v === "boolean") return [text2(v ? "yes" : "no")];
        return [text2(c.clean(v))];
      }))
    });
    if (x.items.length > CAPABILITY_ROWS_MAX) out.push(paragraph([text2("".concat(c.num(x.items.length - CAPABILITY_ROWS_MAX), " more in the JSON export."))], "muted"));
  }
  return out;
}
function inventoryBlocks(c) {
  const inv = c.r.inventory ?? [];
  if (!inv.length) return [];
  const names = (xs) => [text2(xs.join(", ") || "—")];
  return [
    heading(2, "Store inventory", "inventory"),
    paragraph([text2(INVENTORY_INTRO)]),
    {
      kind: "table",
      caption: "Stores outside PostgreSQL",
      columns: [{ label: "Store" }, { label: "Kind" }, { label: "Endpoints" }, { label: "Modules" }, { label: "Role" }, { label: "Verdict" }, { label: "Facts" }],
      rows: inv.map((x) => [[strong(x.title)], [text2(INVENTORY_KIND_TITLES[x.kind] ?? x.kind)], x.endpoints.length ? x.endpoints.flatMap((e2, i) => [...i ? [text2(" ")] : [], code(c.clean(e2))]) : [text2("—")], names(x.modules), [text2(x.role ? roleTitle(x.role) : "—")], [text2(verdictTitle(x.verdict))], [text2(x.facts.join(" ") || "—")]])
    },
    ...inv.filter((x) => x.checklist.length).flatMap((x) => [
      heading(3, "".concat(x.title, ": what it adds to operations")),
      ...list(x.checklist.map((item) => [strong("".concat(CHECKLIST_TITLES[item.item] ?? item.item, ":")), text2(" ".concat(item.text))])),
      ...x.settings.length ? [paragraph([text2("Configured by: "), ...x.settings.flatMap((s, i) => [...i ? [text2(", ")] : [], code(s)])], "muted")] : []
    ])
  ];
}
function moduleBlocks(c) {
  const r = c.r;
  if (!r.modules.length) return [];
  const listed = listedModules(r);
  const order = ["custom", "third_party", "oca", "odoo"];
  const sorted2 = [...listed].sort((a, b) => order.indexOf(a.origin) - order.indexOf(b.origin) || a.name.localeCompare(b.name));
  const counted2 = r.modules.filter((m) => m.origin === "custom" && m.lines);
  const total = (k) => counted2.reduce((n, m) => n + (m.lines?.[k] ?? 0), 0);
  const all = total("python") + total("javascript") + total("xml") + total("other");
  const customs = r.modules.filter((m) => m.origin === "custom").length;
  const lines = (n) => [text2(n == null ? "—" : c.num(n))];
  return [
    heading(2, "Module inventory", "modules"),
    paragraph([text2(inventorySentence(r))]),
    ...counted2.length ? [paragraph([text2("Custom code to maintain: ".concat(c.num(all), " ").concat(plural2(all, "line"), " in ").concat(c.num(counted2.length), " of the ").concat(c.num(customs), " custom ").concat(plural2(customs, "module"), " (Python ").concat(c.num(total("python")), ", JavaScript ").concat(c.num(total("javascript")), ", XML ").concat(c.num(total("xml")), ", other ").concat(c.num(total("other")), "; non-blank lines that are not only a comment, counted on disk)."))])] : [],
    {
      kind: "table",
      caption: "Modules",
      columns: [{ label: "Module" }, { label: "Origin" }, { label: "State" }, { label: "Version" }, { label: "Python lines", numeric: true }, { label: "JavaScript lines", numeric: true }, { label: "XML lines", numeric: true }, { label: "Other lines", numeric: true }, { label: "Findings", numeric: true }],
      rows: sorted2.slice(0, MODULE_ROWS_MAX).map((m) => [[text2(m.name)], [text2(origin(m.origin))], [text2(moduleState(r, m))], [text2(m.version || "—")], lines(m.lines?.python), lines(m.lines?.javascript), lines(m.lines?.xml), lines(m.lines?.other), [text2(c.num(m.findings))]])
    },
    ...sorted2.length > MODULE_ROWS_MAX ? [paragraph([text2("".concat(c.num(sorted2.length - MODULE_ROWS_MAX), " more in the JSON export."))], "muted")] : [],
    ...statesKnown(r) || r.modules.some((m) => m.lines) ? [] : [paragraph([text2("Lines of code: — where the module was not read on disk.")], "muted")]
  ];
}
function method(c) {
  const r = c.r;
  const lim = catalog.limits;
  const probes = r.audit?.probes ?? [];
  const ran = probes.filter((p) => p.status === "ok" || p.status === "error");
  const ms = ran.reduce((n, p) => n + (p.durationMs ?? 0), 0);
  return [
    heading(3, "Method"),
    ...list([
      r.source.database ? [text2("The database was read, never written: ".concat(r.audit ? "".concat(c.num(ran.length), " ").concat(plural2(ran.length, "probe")) : "the probes", " of the catalog").concat(probes.length > ran.length ? " (".concat(c.num(probes.length - ran.length), " more not run, see Probes below)") : "", ", each in a READ ONLY transaction with a statement timeout of ").concat(c.num(lim.statementTimeoutMs), " ms and a lock timeout of ").concat(c.num(lim.lockTimeoutMs), " ms, reading the system catalogs and statistics views (never the rows of user tables)").concat(r.audit ? "; ".concat(c.num(ms), " ms of queries in all") : "", "."))] : [text2("No database was read.")],
      (r.source.addonsRoots ?? []).length ? [text2("The addons folders were read as text, never imported or run: ".concat(c.num(r.summary.modulesScanned), " ").concat(plural2(r.summary.modulesScanned, "module"), ", ").concat(c.num(r.summary.filesScanned), " ").concat(plural2(r.summary.filesScanned, "file"), "; files above ").concat(c.bytes(lim.maxFileBytes), ", binary or unreadable files and folders nested more than ").concat(c.num(lim.maxDepth), " deep were skipped with a reason; Python was parsed, not executed."))] : [text2("No addons folder was read.")],
      [text2("Secrets in snippets (passwords in URLs and connection strings, API keys, tokens) are replaced by *** before they enter the report.")],
      [text2("Verdicts and recommendations follow the catalog's rules and thresholds (manifest.json), the same for every audit; figures come from PostgreSQL statistics, which estimate.")]
    ])
  ];
}
function privileges(c) {
  const r = c.r;
  if (!r.source.database) return [];
  const sees = r.audit?.seesOtherSessions;
  return [
    heading(3, "Privileges used"),
    {
      kind: "facts",
      items: [
        { term: "Role", value: [code(r.source.role ?? "?")] },
        { term: "Other roles' sessions and statements", value: [text2(sees === true ? "visible (a superuser, or the privileges of pg_read_all_stats)" : sees === false ? "not visible: ".concat(c.clean(r.audit.visibilityReason)) : "unknown (this report predates the record of it)")] },
        { term: "Writes", value: [text2("none: every probe ran in a READ ONLY transaction")] }
      ]
    }
  ];
}
function probeTable(c) {
  const probes = c.r.audit?.probes ?? [];
  if (!probes.length) return [heading(3, "Probes"), paragraph([text2("This report predates the record of each probe: see the warnings below.")], "muted")];
  return [
    heading(3, "Probes"),
    {
      kind: "table",
      caption: "Probes of the catalog and what came of each",
      columns: [{ label: "What it reads" }, { label: "Query" }, { label: "Outcome" }, { label: "Rows", numeric: true }, { label: "Time (ms)", numeric: true }],
      rows: probes.map((p) => [[text2(p.description)], [code("".concat(p.id, ".sql"))], [text2("".concat(PROBE_STATUS_TITLES[p.status] ?? p.status).concat(p.message ? ": ".concat(c.clean(p.message)) : ""))], [text2(p.status === "ok" ? c.num(p.rows) : "—")], [text2(c.num(p.durationMs))]])
    }
  ];
}
function skippedBlocks(c) {
  const skipped = c.r.skipped;
  if (!skipped.length) return [];
  const reasons = /* @__PURE__ */ new Map();
  for (const f of skipped) {
    const reason = c.clean(f.reason.split(":")[0]);
    reasons.set(reason, [...reasons.get(reason) ?? [], f.file]);
  }
  return [
    heading(3, "Skipped files"),
    {
      kind: "table",
      columns: [{ label: "Reason" }, { label: "Files", numeric: true }, { label: "For example" }],
      rows: [...reasons].slice(0, SKIPPED_MAX).map(([reason, files]) => [[text2(reason)], [text2(c.num(files.length))], files.slice(0, 3).flatMap((f, i) => [...i ? [text2(", ")] : [], code(c.clean(f))])])
    }
  ];
}
function appendixBlocks(c) {
  const warnings2 = c.r.warnings;
  return [
    heading(2, "Appendix", "appendix"),
    ...method(c),
    ...privileges(c),
    ...probeTable(c),
    heading(3, "Warnings"),
    ...warnings2.length ? list(warnings2.map((w) => [strong(w.level === "warning" ? "Warning" : "Note"), text2(": ".concat(c.clean(w.message)))])) : [paragraph([text2("None.")])],
    ...skippedBlocks(c)
  ];
}

function context(r, opts) {
  const locale = knownLocale(opts.locale);
  const timeZone = knownTimeZone(opts.timeZone) ?? knownTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? "UTC";
  const roots = r.source.addonsRoots ?? [];
  return {
    r,
    locale,
    timeZone,
    num: (n) => n == null || !Number.isFinite(n) ? "—" : formatNumber(n, locale),
    figure: (n) => n == null || !Number.isFinite(n) ? "—" : formatFigure(n, locale),
    bytes: (n) => n == null || !Number.isFinite(n) ? "—" : formatBytes(n, locale) || "0 B",
    date: (iso) => formatDate(iso, locale, timeZone),
    dateTime: (iso) => formatDateTime(iso, locale, timeZone),
    clean: (s) => withRootLabels(String(s ?? ""), roots)
  };
}
function statisticsWindow(c) {
  const src = c.r.source;
  if (!src.database) return "no database audited";
  const since = src.statisticsSince;
  const stats = since ? "counters since ".concat(c.date(since), " (").concat(c.num(Math.max(0, (Date.parse(src.collectedAt) - Date.parse(since)) / 864e5)), " days before the audit)") : "counters never reset: their time window is unknown, so no per-day figures";
  return "".concat(stats).concat(src.statementsSince ? "; pg_stat_statements since ".concat(c.date(src.statementsSince)) : "");
}
function whoWhatWhen(c) {
  const src = c.r.source;
  const db = src.database;
  const items = [
    { term: "Database", value: db ? [code(db)] : [text2("not audited (addons folders only)")] },
    { term: "Odoo version", value: [text2(src.odooVersion ?? (db ? "unknown (not an Odoo database, or its module list could not be read)" : "unknown (no database audited)"))] },
    { term: "PostgreSQL version", value: [text2(src.serverVersion ?? "unknown (no database audited)")] },
    { term: "Role", value: db ? [code(src.role ?? "?")] : [text2("none (no database audited)")] },
    { term: "Collected", value: [text2(c.dateTime(src.collectedAt))] },
    { term: "Collector", value: [text2(src.collector)] },
    { term: "Statistics window", value: [text2(statisticsWindow(c))] }
  ];
  return { kind: "facts", items };
}
function scope(c) {
  const r = c.r;
  const labels = rootLabels(r.source.addonsRoots ?? []);
  const inScope = modulesInScope(r);
  const counts = ["custom", "third_party", "oca", "odoo"].map((o) => [o, inScope.filter((m) => m.origin === o).length]);
  const names = { custom: "custom", third_party: "third party", oca: "OCA", odoo: "Odoo's own" };
  const items = [
    {
      term: "Addons folders",
      value: labels.length ? [...labels.flatMap((l, i) => [...i ? [text2(", ")] : [], code(l)]), text2(": ".concat(c.num(r.summary.modulesScanned), " ").concat(plural2(r.summary.modulesScanned, "module"), " and ").concat(c.num(r.summary.filesScanned), " ").concat(plural2(r.summary.filesScanned, "file"), " read"))] : [text2("none scanned: which modules call a second store is unknown")]
    },
    {
      term: "Modules in scope",
      value: [text2(r.modules.length ? "".concat(c.num(inScope.length), " ").concat(plural2(inScope.length, "module"), " ").concat(statesKnown(r) ? "installed in this database" : "scanned (installation not checked)", ": ").concat(counts.map(([o, n]) => "".concat(c.num(n), " ").concat(names[o])).join(", ")) : "none known")]
    },
    { term: "Findings counted", value: [text2("external stores ".concat(findingsScope(r)))] }
  ];
  return [{ kind: "heading", level: 2, text: "Scope", id: "scope" }, { kind: "facts", items }, ...notChecked(c)];
}
function notChecked(c) {
  const r = c.r;
  const lines = [];
  for (const cap of r.capabilities.filter((x) => x.status === "not_checked")) {
    const gaps = cap.parts.filter((p) => p.status === "not_checked").map((p) => "".concat(p.part, ": ").concat(c.clean(p.reason)));
    lines.push([strong(cap.title), text2(" (capability): ".concat(gaps.join("; ") || "not checked"))]);
  }
  const probes = r.audit?.probes ?? [];
  for (const p of probes.filter((x) => x.status === "error")) lines.push([strong(p.description), text2(" (probe): failed, ".concat(c.clean(p.message) || "no message"))]);
  if (r.audit?.seesOtherSessions === false) lines.push([strong("Other sessions"), text2(": ".concat(c.clean(r.audit.visibilityReason), "; their LISTEN channels and statements could not be seen"))]);
  if (r.audit?.scanStoppedEarly) lines.push([strong("Addons scan"), text2(": stopped early (".concat(c.clean(r.audit.scanStoppedEarly), "); modules after that point were not read"))]);
  if (r.skipped.length) lines.push([strong("".concat(c.num(r.skipped.length), " ").concat(plural2(r.skipped.length, "file or folder", "files or folders"), " skipped")), text2(" while scanning (listed in the appendix)")]);
  if (!r.source.database) lines.push([strong("Database"), text2(": not audited, so no PostgreSQL capability could be checked")]);
  return [
    { kind: "heading", level: 3, text: "What could not be checked", id: "not-checked" },
    lines.length ? { kind: "list", ordered: false, items: lines } : { kind: "paragraph", text: [text2("Everything this audit looks for could be checked.")] }
  ];
}
function capabilitySentence(c) {
  const r = c.r;
  const s = r.summary;
  const db = r.source.database;
  if (!db) return [text2("No database was audited, so which PostgreSQL capabilities are already in use is unknown; only the addons code was read.")];
  const inUse = r.capabilities.filter((x) => x.status === "in_use").map((x) => x.title);
  const figures2 = [
    "".concat(c.num(s.jsonbColumns), " jsonb ").concat(plural2(s.jsonbColumns, "column"), " (about ").concat(c.bytes(s.jsonbBytes), ", estimated from pg_stats)"),
    "".concat(c.num(s.ftsIndexes), " full-text and ").concat(c.num(s.trigramIndexes), " trigram ").concat(plural2(s.trigramIndexes, "index", "indexes")),
    "".concat(c.num(s.channels), " LISTEN/NOTIFY ").concat(plural2(s.channels, "channel"), " with ").concat(c.num(s.listeners), " listening ").concat(plural2(s.listeners, "session")).concat(r.audit?.seesOtherSessions === false ? " seen (the sessions of roles other than ".concat(r.source.role ?? "the audit's", " were not visible)") : "")
  ];
  return [
    text2("In database "),
    code(db),
    text2(", PostgreSQL already does ".concat(c.num(s.capabilitiesInUse), " of the ").concat(c.num(s.capabilitiesKnown), " things this audit looks for in its catalogs and statistics").concat(inUse.length ? " (".concat(joinWords(inUse), ")") : "", ": ")),
    text2("".concat(joinWords(figures2), "."))
  ];
}
function storeSentence(c, active) {
  const stores = [...new Set(active.map((f) => f.storeTitle))];
  if (active.length === 0) {
    return [text2("No second store is used ".concat(findingsScope(c.r), " (").concat(c.num(c.r.summary.modulesScanned), " ").concat(plural2(c.r.summary.modulesScanned, "module"), " read)").concat(c.r.findings.some((f) => f.section === "findings") ? ", apart from the accepted findings below" : "", "."))];
  }
  const n = (v) => active.filter((f) => f.verdict === v).length;
  return [text2("".concat(c.num(stores.length), " second ").concat(plural2(stores.length, "store is", "stores are"), " used ").concat(findingsScope(c.r), " (").concat(joinWords(stores), "), in ").concat(c.num(active.length), " ").concat(plural2(active.length, "finding"), ": ") + "".concat(c.num(n("refuse")), " to refuse, ").concat(c.num(n("replace")), " to replace with PostgreSQL, ").concat(c.num(n("keep")), " to keep and ").concat(c.num(n("review")), " to review."))];
}
function dualWriteSentence(c, active) {
  const dual = active.filter((x) => x.dualWrite);
  const f = [...dual].sort(byConcern)[0];
  if (!f) return active.length ? [text2("No dual write (one change written to PostgreSQL and to a second store) was seen in these modules.")] : null;
  const entries = f.dualWriteEvidence.filter((e2) => e2.kind !== "write");
  const first = entries[0] ?? f.dualWriteEvidence[0] ?? f.client;
  const n = Math.max(1, entries.length);
  const atLeast = f.dualWriteEvidence.length >= 6 ? "at least " : "";
  const models = (f.models ?? []).map((m) => m.model);
  return [
    text2("The most serious of ".concat(c.num(dual.length), " dual ").concat(plural2(dual.length, "write"), " is in ")),
    code(f.module),
    text2(" (".concat(verdictTitle(f.verdict), ", ").concat(f.severity, "): ")),
    text2("".concat(atLeast).concat(c.num(n), " entry ").concat(plural2(n, "path writes", "paths write"), " both ").concat(models.length ? joinWords(models) : "Odoo records", " and ").concat(f.storeTitle, ", the first at ")),
    code("".concat(first.file, ":").concat(first.line)),
    text2("; with no transaction spanning both, a failure between the two writes leaves them apart.")
  ];
}
function acceptedSentence(c) {
  const main = c.r.findings.filter((f) => f.section === "findings");
  const accepted = main.filter(isAccepted).length;
  const expired = main.filter((f) => f.acceptance?.status === "expired").length;
  if (!accepted && !expired) return null;
  const parts = [
    accepted ? "".concat(c.num(accepted), " ").concat(plural2(accepted, "finding was", "findings were"), " accepted by the client and ").concat(plural2(accepted, "is", "are"), " not counted above") : "",
    expired ? "".concat(c.num(expired), " ").concat(plural2(expired, "acceptance has", "acceptances have"), " expired, so ").concat(plural2(expired, "its finding counts", "their findings count"), " again") : ""
  ].filter(Boolean);
  return [text2("".concat(parts.join("; "), " (each marked in its section)."))];
}
function summaryBlocks(c, active) {
  const sentences = [capabilitySentence(c), storeSentence(c, active), dualWriteSentence(c, active), acceptedSentence(c)].filter((x) => x !== null);
  const gaps = c.r.capabilities.filter((x) => x.status === "not_checked").length;
  if (gaps && c.r.source.database && sentences.length < 6) sentences.push([text2("".concat(c.num(gaps), " ").concat(plural2(gaps, "capability", "capabilities"), " could not be checked (see What could not be checked)."))]);
  return [
    { kind: "heading", level: 2, text: "Executive summary", id: "summary" },
    { kind: "paragraph", text: sentences.flatMap((s, i) => i ? [text2(" "), ...s] : s) }
  ];
}
var MAX_NAMED = 3;
function findingSteps(c, active, number) {
  const steps = [];
  const named = (list3, make, rest) => {
    steps.push(...list3.slice(0, MAX_NAMED).map(make));
    if (list3.length > MAX_NAMED) steps.push(rest(list3.slice(MAX_NAMED)));
  };
  const see = (list3) => text2(" (".concat(plural2(list3.length, "finding"), " ").concat(joinWords(list3.map((f) => String(number(f)))), ")."));
  const mod = (f) => ({ t: f.module, code: true, strong: true });
  const sorted2 = [...active].sort(byConcern);
  const refuse = sorted2.filter((f) => f.verdict === "refuse");
  named(refuse.filter((f) => f.dualWrite), (f) => ({
    what: [strong("Stop the dual write to ".concat(f.storeTitle, " in ")), mod(f), text2(": move its data into PostgreSQL (".concat(f.recommendation.title, ")")), see([f])],
    effort: "high: the data moves into PostgreSQL and every path that writes the store changes",
    risk: "high until done: one change lands in two stores with no transaction spanning both"
  }), (more) => ({ what: [strong("Stop ".concat(c.num(more.length), " more dual ").concat(plural2(more.length, "write"), " to refuse")), see(more)], effort: "high", risk: "high until done" }));
  named(refuse.filter((f) => !f.dualWrite), (f) => ({
    what: [strong("Move the data of ".concat(f.storeTitle, " in ")), mod(f), strong(" into PostgreSQL"), text2(" (".concat(f.recommendation.title, ")")), see([f])],
    effort: "high: the data the store holds moves into PostgreSQL",
    risk: "high: the store holds data PostgreSQL does not have, which a PostgreSQL backup does not restore"
  }), (more) => ({ what: [strong("Move the data of ".concat(c.num(more.length), " more ").concat(plural2(more.length, "store"), " to refuse into PostgreSQL")), see(more)], effort: "high", risk: "high" }));
  const replace = sorted2.filter((f) => f.verdict === "replace");
  for (const inUse of [true, false]) {
    named(replace.filter((f) => f.recommendation.inUseHere === inUse), (f) => ({
      what: [strong("Replace ".concat(f.storeTitle, " in ")), mod(f), strong(" with ".concat(f.recommendation.title)), text2(inUse ? ", already in use in this database" : ""), see([f])],
      effort: inUse ? "low: PostgreSQL already does this here" : c.r.source.database ? "medium: ".concat(f.recommendation.title, " would be new to this database") : "medium: whether this database already uses it is unknown (no database audited)",
      risk: "low: the store is a rebuildable copy; keep it until the PostgreSQL path is proven".concat(f.dualWrite ? " (until then its dual write can leave it stale)" : "")
    }), (more) => ({ what: [strong("Replace ".concat(c.num(more.length), " more ").concat(plural2(more.length, "store"), " with PostgreSQL")), see(more)], effort: inUse ? "low" : "medium", risk: "low" }));
  }
  const review = sorted2.filter((f) => f.verdict === "review");
  if (review.length) {
    steps.push({
      what: [strong("Decide ".concat(c.num(review.length), " ").concat(plural2(review.length, "finding"), " to review")), text2(": each says which evidence is missing"), see(review)],
      effort: "low: evidence to gather, no code to change yet",
      risk: "unknown until decided"
    });
  }
  const keep = sorted2.filter((f) => f.verdict === "keep");
  if (keep.length) {
    steps.push({
      what: [strong("Keep ".concat(c.num(keep.length), " ").concat(plural2(keep.length, "store"), " under ").concat(plural2(keep.length, "its", "their"), " conditions")), text2(": each says what must stay true"), see(keep)],
      effort: "low: conditions to check at each change of these modules",
      risk: "low while the conditions hold"
    });
  }
  return steps;
}
function auditSteps(c) {
  const r = c.r;
  const steps = [];
  const none2 = "none to data: the audit only reads";
  if (r.audit?.seesOtherSessions === false) {
    const w = r.warnings.find((x) => x.source === "privilege");
    steps.push({ what: [strong("Let the audit see other sessions"), text2(": ".concat(c.clean(w?.message ?? "".concat(r.audit.visibilityReason, "; GRANT pg_monitor TO ").concat(r.source.role, ";")), " Then audit again."))], effort: "low: one grant of read-only statistics", risk: none2 });
  }
  const gaps = r.capabilities.filter((x) => x.status === "not_checked");
  if (gaps.length) {
    steps.push({
      what: [strong("Check what could not be checked: ".concat(joinWords(gaps.map((x) => x.title)))), text2(" (".concat(gaps.map((x) => x.parts.filter((p) => p.status === "not_checked").map((p) => c.clean(p.reason)).join("; ")).join("; "), "), then audit again."))],
      effort: "low to medium: an extension, a setting or a grant, some needing a server restart",
      risk: none2
    });
  }
  if (r.audit?.scanStoppedEarly) steps.push({ what: [strong("Scan every addons folder"), text2(": the scan stopped early (".concat(c.clean(r.audit.scanStoppedEarly), ")."))], effort: "low", risk: none2 });
  const failed = (r.audit?.probes ?? []).filter((p) => p.status === "error");
  if (failed.length) steps.push({ what: [strong("Run the ".concat(c.num(failed.length), " failed ").concat(plural2(failed.length, "probe"), " again")), text2(": ".concat(failed.map((p) => p.description).join("; "), "."))], effort: "low", risk: none2 });
  if (!r.source.database) steps.push({ what: [strong("Audit the database too"), text2(": without it, which PostgreSQL capabilities are in use, and the workload of the tables the stores touch, are unknown.")], effort: "low", risk: none2 });
  if (!(r.source.addonsRoots ?? []).length) steps.push({ what: [strong("Scan the addons folders too"), text2(": without them, which modules call a second store is unknown.")], effort: "low", risk: none2 });
  return steps;
}
function nextSteps(c, active, number) {
  const steps = [...findingSteps(c, active, number), ...auditSteps(c)];
  const items = steps.map((s) => [...s.what, text2(" Effort: ".concat(s.effort, ". Risk: ").concat(s.risk, "."))]);
  return [
    { kind: "heading", level: 2, text: "Next steps", id: "next-steps" },
    items.length ? { kind: "list", ordered: true, items } : { kind: "paragraph", text: [text2("Nothing to act on: no second store to refuse, replace, keep or review, and everything could be checked. Audit again when modules change.")] }
  ];
}
function buildEngagement(r, opts = {}) {
  const c = context(r, opts);
  const main = r.findings.filter((f) => f.section === "findings").sort((a, b) => Number(isAccepted(a)) - Number(isAccepted(b)) || byConcern(a, b));
  const active = main.filter((f) => !isAccepted(f));
  const db = r.source.database;
  const title = "PostgreSQL capabilities audit".concat(db ? ": ".concat(db) : "");
  const blocks = [
    whoWhatWhen(c),
    ...scope(c),
    ...summaryBlocks(c, active),
    ...nextSteps(c, active, (f) => main.indexOf(f) + 1),
    { kind: "page_break" },
    { kind: "heading", level: 2, text: "Findings", id: "findings" },
    { kind: "paragraph", text: [text2(main.length ? "External stores ".concat(findingsScope(r), ", worst verdict first: for each, what the code does (observation), what it means (conclusion), and what to do (recommendation).") : "No external store ".concat(findingsScope(r), "."))] },
    ...main.length ? [findingsTable(c, main)] : [],
    ...main.flatMap((f, i) => findingBlocks(c, f, i)),
    ...otherFindingBlocks(c),
    { kind: "page_break" },
    ...capabilityBlocks(c),
    ...inventoryBlocks(c),
    ...moduleBlocks(c),
    { kind: "page_break" },
    ...appendixBlocks(c)
  ];
  return {
    locale: c.locale,
    title,
    subtitle: "".concat(db ? "Database ".concat(db) : "Addons folders only", " · ").concat(c.dateTime(r.source.collectedAt)),
    blocks
  };
}

function escapeHtml(s) {
  return s.replace(/[&<>"'`]/g, (c) => "&#".concat(c.charCodeAt(0), ";"));
}
var HTML_TEXT_MAX = 1e3;
var e = (s) => escapeHtml(displayText(redact(String(s ?? "")), HTML_TEXT_MAX));
var CELL_RUN_MAX = 20;
function cellText(s) {
  const chars = [...displayText(redact(String(s ?? "")), HTML_TEXT_MAX)];
  let out = "";
  let run = 0;
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) run = 0;
    else if (run === CELL_RUN_MAX) {
      out += "<wbr>";
      run = 0;
    }
    out += escapeHtml(ch);
    if (/\s/.test(ch)) return;
    run += 1;
    const next = chars[i + 1];
    if (next && !/\s/.test(next) && (/[_/]/.test(ch) || /[.:-]/.test(ch) && !/\d/.test(next))) {
      out += "<wbr>";
      run = 0;
    }
  });
  return out;
}
function cssString(s) {
  return '"'.concat([...displayText(redact(s), 90)].map((ch) => /[A-Za-z0-9 ]/.test(ch) ? ch : "\\".concat(ch.codePointAt(0).toString(16), " ")).join(""), '"');
}
var CSS = '\n:root{--fg:#212529;--muted:#5c636a;--line:#dee2e6;--bg:#f8f9fa;--accent:#714b67}\n*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}\nheader{background:var(--accent);color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.9}\nmain{padding:16px 32px 48px;max-width:1200px}h2{margin:28px 0 10px;font-size:18px;border-bottom:1px solid var(--line);padding-bottom:6px}\nh3{font-size:15px;margin:22px 0 8px}h4{font-size:12px;margin:14px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}\np{margin:6px 0}ul,ol{margin:6px 0;padding-left:22px}li{margin:2px 0}\ndl.facts{display:grid;grid-template-columns:minmax(120px,max-content) 1fr;gap:3px 14px;margin:8px 0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}\nmain>dl.facts:first-child{grid-template-columns:max-content 1fr max-content 1fr}\ntable{border-collapse:collapse;width:100%;margin:8px 0 6px;font-size:12.5px}caption{text-align:left;font-weight:600;font-size:12px;color:var(--muted);padding:2px 0 4px}\nth,td{border-bottom:1px solid var(--line);padding:4px 7px;text-align:left;vertical-align:top}th{background:var(--bg);font-weight:600}\nth.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\ncode{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:var(--bg);padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}\np.muted{color:var(--muted)}p.warn{border-left:3px solid #a61b1b;padding-left:8px}\ndd,li,h1,h3,p,summary{overflow-wrap:anywhere}td,td code{overflow-wrap:normal;word-break:normal}\n'.concat(VERDICTS.map((v) => ".v-".concat(v, "{background:").concat(VERDICT_COLORS[v].bg, ";color:").concat(VERDICT_COLORS[v].fg, "}")).join(""), "\n.page-break{display:none}\n@media print{\nbody{font-size:10pt;line-height:1.4}header{padding:0 0 6px;background:none;color:var(--fg);border-bottom:2px solid var(--accent)}header h1{color:var(--accent)}\nmain{padding:0;max-width:none}h2{break-after:avoid;margin:14px 0 6px;font-size:13pt}h3{margin:12px 0 6px}h3,h4{break-after:avoid}\n.page-break{display:block;break-after:page}\ntable{font-size:8.5pt}thead{display:table-header-group}tr,dl.facts,li{break-inside:avoid}caption{break-after:avoid}\ncode{font-size:8pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n}\n");
function pageCss(doc) {
  return "@page{size:A4;margin:18mm 14mm 18mm 14mm;" + "@top-left{content:".concat(cssString(doc.title), ";font:8pt system-ui,sans-serif;color:#5c636a}") + "@bottom-left{content:".concat(cssString(doc.subtitle), ";font:8pt system-ui,sans-serif;color:#5c636a}") + '@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt system-ui,sans-serif;color:#5c636a}}';
}
function inline(runs, text3 = e) {
  return runs.map((r) => {
    const body = r.code ? "<code>".concat(text3(r.t), "</code>") : text3(r.t);
    return r.strong ? "<strong>".concat(body, "</strong>") : body;
  }).join("");
}
var anchor = (id) => id ? ' id="'.concat(escapeHtml(id.replace(/[^a-z0-9-]/g, "-")), '"') : "";
function block(b) {
  switch (b.kind) {
    case "heading":
      return "<h".concat(b.level).concat(anchor(b.id), ">").concat(e(b.text), "</h").concat(b.level, ">");
    case "paragraph":
      return "<p".concat(b.tone ? ' class="'.concat(b.tone === "warning" ? "warn" : "muted", '"') : "", ">").concat(inline(b.text), "</p>");
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return "<".concat(tag, ">").concat(b.items.map((i) => "<li>".concat(inline(i), "</li>")).join(""), "</").concat(tag, ">");
    }
    case "facts":
      return '<dl class="facts">'.concat(b.items.map((f) => "<dt>".concat(e(f.term), "</dt><dd>").concat(inline(f.value), "</dd>")).join(""), "</dl>");
    case "table": {
      if (b.rows.length === 0) return "";
      const num3 = (i) => b.columns[i]?.numeric ? ' class="num"' : "";
      return "<table>".concat(b.caption ? "<caption>".concat(e(b.caption), "</caption>") : "", "<thead><tr>").concat(b.columns.map((c, i) => "<th".concat(num3(i), ">").concat(e(c.label), "</th>")).join(""), "</tr></thead>") + "<tbody>".concat(b.rows.map((r) => "<tr>".concat(b.columns.map((_, i) => "<td".concat(num3(i), ">").concat(inline(r[i] ?? [], cellText) || "—", "</td>")).join(""), "</tr>")).join(""), "</tbody></table>");
    }
    case "page_break":
      return '<div class="page-break"></div>';
  }
}
function renderHtml(doc) {
  const lang = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(doc.locale) ? doc.locale : "en";
  return '<!DOCTYPE html>\n<html lang="'.concat(escapeHtml(lang), '"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n<title>').concat(e(doc.title), "</title><style>").concat(CSS).concat(pageCss(doc), "</style></head><body>\n<header><h1>").concat(e(doc.title), "</h1><p>").concat(e(doc.subtitle), "</p></header>\n<main>\n").concat(doc.blocks.map(block).filter(Boolean).join("\n"), "\n</main></body></html>\n");
}
function toHtml(r, opts = {}) {
  return renderHtml(buildEngagement(r, opts));
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
function shares(runs, room) {
  const lengths = runs.map((r) => visible(redact(r.t)).length);
  const caps = new Array(runs.length).fill(0);
  let left = room;
  const order = [...lengths.keys()].sort((a, b) => lengths[a] - lengths[b]);
  order.forEach((i, k) => {
    const share = Math.max(20, Math.floor(left / (order.length - k)));
    caps[i] = Math.min(lengths[i], share);
    left -= caps[i];
  });
  return caps.map((cap, i) => Math.max(cap, Math.min(lengths[i], 20)));
}
function inline2(runs, room, inTable = false) {
  const caps = shares(runs, room - runs.filter((r) => r.code).length * 8 - runs.filter((r) => r.strong).length * 4);
  const parts = runs.map((r, i) => {
    const max = Math.max(1, caps[i]);
    if (r.t === "") return "";
    return r.code ? mdCode(r.t, inTable, Math.min(max, MD_CODE_MAX)) : mdText(r.t, max);
  });
  let out = "";
  runs.forEach((r, i) => {
    const open = r.strong && !runs[i - 1]?.strong;
    const close = r.strong && !runs[i + 1]?.strong;
    out += "".concat(open ? "**" : "").concat(parts[i]).concat(close ? "**" : "");
  });
  return out;
}
function table(b) {
  if (b.rows.length === 0) return "";
  const head = "| ".concat(b.columns.map((c) => mdText(c.label, MD_NAME_MAX)).join(" | "), " |");
  const rule = "|".concat(b.columns.map((c) => c.numeric ? " ---: " : " --- ").join("|"), "|");
  const rows = b.rows.map((r) => "| ".concat(b.columns.map((_, i) => inline2(r[i] ?? [], MD_CELL_MAX, true) || "—").join(" | "), " |"));
  return [...b.caption ? ["**".concat(mdText(b.caption, MD_NAME_MAX), "**"), ""] : [], head, rule, ...rows].join("\n");
}
function block2(b) {
  switch (b.kind) {
    case "heading":
      return "".concat("#".repeat(b.level), " ").concat(mdText(b.text, MD_NAME_MAX));
    // leading blanks of the data would make an indented code block
    case "paragraph":
      return "".concat(b.tone === "warning" ? "> " : "").concat(inline2(b.text, MD_TEXT_MAX * 2).replace(/^[ \t]+/, ""));
    case "list":
      return b.items.map((item, i) => "".concat(b.ordered ? "".concat(i + 1, ".") : "-", " ").concat(inline2(item, MD_TEXT_MAX * 2))).join("\n");
    case "facts":
      return b.items.map((f) => "- **".concat(mdText(f.term, MD_NAME_MAX), ":** ").concat(inline2(f.value, MD_TEXT_MAX))).join("\n");
    case "table":
      return table(b);
    // nothing on screen; a printed Markdown file has no pages to break
    case "page_break":
      return "";
  }
}
function renderMarkdown(doc) {
  const out = ["# ".concat(mdText(doc.title, MD_NAME_MAX)), mdText(doc.subtitle, MD_TEXT_MAX), ...doc.blocks.map(block2)].filter((x) => x !== "");
  return "".concat(out.join("\n\n"), "\n");
}
function toMarkdown(r, opts = {}) {
  return renderMarkdown(buildEngagement(r, opts));
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
    message: { text: sarifText("".concat(verdictTitle(f.verdict), ": ").concat(f.verdictText ? "".concat(f.verdictText, " ") : "").concat(f.action ? "".concat(f.action, " ") : "").concat(f.module, " uses ").concat(f.storeTitle, " as ").concat(f.role === "unknown" ? "a store of unknown role" : "an ".concat(f.role === "authoritative" ? "authoritative" : "derived", " store")).concat(f.dualWrite ? ", with a dual write" : "", ". ").concat(f.roleReason, " Recommendation: ").concat(f.recommendation.text)) },
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

function exportReport(report, format, opts = {}) {
  switch (format) {
    // the data exactly; invisible characters written as \u escapes so that none hides in the text
    case "json":
      return jsonText(report);
    case "md":
      return toMarkdown(report, opts);
    case "html":
      return toHtml(report, opts);
    case "csv":
      return toCsv(report);
    case "sarif":
      return toSarif(report);
    // the store inventory as a CycloneDX 1.6 BOM of services
    case "cyclonedx":
      return toCycloneDx(report);
  }
}

var DIFF_LIST_MAX = 200;
var COMPARED = ["verdict", "severity", "role", "dualWrite", "state", "section", "origin", "acceptance"];
var acceptanceOf = (f) => f.acceptance?.status ?? null;
var differs = (o, f, k) => k === "acceptance" ? acceptanceOf(o) !== acceptanceOf(f) : o[k] !== f[k];
var IDENTITY = ["kind", "table", "column", "index", "name", "view", "channel", "model", "field", "module", "location", "source"];
function capabilityItemKey(item) {
  const own = IDENTITY.filter((k) => k in item && item[k] !== null && item[k] !== "").map((k) => "".concat(k, "=").concat(String(item[k])));
  return (own.length ? own : Object.entries(item).filter(([, v]) => typeof v === "string" && v !== "").map(([k, v]) => "".concat(k, "=").concat(v))).join(", ");
}
function capabilityChanges(a, b) {
  const keys = (r, id) => new Set((r.capabilities.find((c) => c.id === id)?.items ?? []).map(capabilityItemKey));
  const out = [];
  for (const id of [...new Set([...a.capabilities, ...b.capabilities].map((c) => c.id))]) {
    const ka = keys(a, id);
    const kb = keys(b, id);
    const added = [...kb].filter((k) => !ka.has(k)).sort();
    const removed = [...ka].filter((k) => !kb.has(k)).sort();
    if (!added.length && !removed.length) continue;
    const title = (b.capabilities.find((c) => c.id === id) ?? a.capabilities.find((c) => c.id === id)).title;
    const omitted = Math.max(0, added.length - DIFF_LIST_MAX) + Math.max(0, removed.length - DIFF_LIST_MAX);
    out.push({ id, title, added: added.slice(0, DIFF_LIST_MAX), removed: removed.slice(0, DIFF_LIST_MAX), omitted });
  }
  return out;
}
function moduleChanges(a, b) {
  const brief = (m) => ({ name: m.name, version: m.version, state: m.state, origin: m.origin });
  const oldM = new Map((a.modules ?? []).map((m) => [m.name, m]));
  const newM = new Map((b.modules ?? []).map((m) => [m.name, m]));
  const added = (b.modules ?? []).filter((m) => !oldM.has(m.name)).map(brief);
  const removed = (a.modules ?? []).filter((m) => !newM.has(m.name)).map(brief);
  const changed = [];
  for (const [name, m] of newM) {
    const o = oldM.get(name);
    if (o && (o.version !== m.version || o.state !== m.state)) changed.push({ name, from: { version: o.version, state: o.state }, to: { version: m.version, state: m.state } });
  }
  const omitted = [added, removed, changed].reduce((n, l) => n + Math.max(0, l.length - DIFF_LIST_MAX), 0);
  return { added: added.slice(0, DIFF_LIST_MAX), removed: removed.slice(0, DIFF_LIST_MAX), changed: changed.slice(0, DIFF_LIST_MAX), omitted };
}
var hasVerdict = (f) => VERDICTS.includes(f.verdict);
function diffInventory(a, b) {
  if (!Array.isArray(a.inventory) || !Array.isArray(b.inventory)) return { compared: false, added: [], removed: [], changed: [] };
  const oldI = new Map(a.inventory.map((x) => [x.id, x]));
  const newI = new Map(b.inventory.map((x) => [x.id, x]));
  const changed = [];
  for (const [id, x] of newI) {
    const o = oldI.get(id);
    if (o && (o.verdict !== x.verdict || o.role !== x.role)) changed.push({ id, title: x.title, from: { verdict: o.verdict, role: o.role }, to: { verdict: x.verdict, role: x.role } });
  }
  return { compared: true, added: b.inventory.filter((x) => !oldI.has(x.id)), removed: a.inventory.filter((x) => !newI.has(x.id)), changed };
}
function diffReports(a, b) {
  const oldF = new Map(a.findings.map((f) => [f.id, f]));
  const newF = new Map(b.findings.map((f) => [f.id, f]));
  const changed = [];
  for (const [id, f] of newF) {
    const o = oldF.get(id);
    if (!o) continue;
    const keys = COMPARED.filter((k) => differs(o, f, k) && (k !== "verdict" || hasVerdict(o) && hasVerdict(f)));
    const pick = (x) => Object.fromEntries(keys.map((k) => [k, k === "acceptance" ? x.acceptance ?? null : x[k]]));
    if (keys.length) changed.push({ id, module: f.module, store: f.store, from: pick(o), to: pick(f), accepted: acceptanceOf(f) === "accepted" });
  }
  const inUse = (r) => new Set(r.capabilities.filter((c) => c.status === "in_use").map((c) => c.id));
  const ua = inUse(a);
  const ub = inUse(b);
  const count = (r, id) => r.capabilities.find((c) => c.id === id)?.items.length ?? 0;
  const chA = new Set(a.channels.map((c) => c.channel));
  const chB = new Set(b.channels.map((c) => c.channel));
  const summary = {};
  for (const key of ["capabilitiesInUse", "jsonbColumns", "jsonbBytes", "ftsIndexes", "trigramIndexes", "channels", "listeners", "findings", "dualWrites"]) {
    if (a.summary[key] !== b.summary[key]) summary[key] = { from: a.summary[key], to: b.summary[key] };
  }
  const verdicts = changed.filter((c) => "verdict" in c.to).map((c) => ({ id: c.id, module: c.module, store: c.store, from: c.from.verdict, to: c.to.verdict })).sort((x, y) => verdictRank(y.to) - verdictRank(x.to) || x.id.localeCompare(y.id));
  if ((a.summary.accepted ?? 0) !== (b.summary.accepted ?? 0)) summary.accepted = { from: a.summary.accepted ?? 0, to: b.summary.accepted ?? 0 };
  if (a.summary.verdicts && b.summary.verdicts) {
    for (const v of VERDICTS) if (a.summary.verdicts[v] !== b.summary.verdicts[v]) summary["verdicts.".concat(v)] = { from: a.summary.verdicts[v], to: b.summary.verdicts[v] };
  }
  return redactDeep({
    schema: "pg-capabilities/diff",
    version: 3,
    old: { collectedAt: a.source.collectedAt, database: a.source.database },
    new: { collectedAt: b.source.collectedAt, database: b.source.database },
    findings: {
      added: b.findings.filter((f) => !oldF.has(f.id)),
      removed: a.findings.filter((f) => !newF.has(f.id)),
      changed
    },
    verdicts,
    inventory: diffInventory(a, b),
    capabilities: {
      started: [...ub].filter((id) => !ua.has(id)),
      stopped: [...ua].filter((id) => !ub.has(id)),
      items: b.capabilities.filter((c) => count(a, c.id) !== count(b, c.id)).map((c) => ({ id: c.id, from: count(a, c.id), to: count(b, c.id) })),
      changes: capabilityChanges(a, b)
    },
    modules: moduleChanges(a, b),
    channels: { added: [...chB].filter((c) => !chA.has(c)).sort(), removed: [...chA].filter((c) => !chB.has(c)).sort() },
    summary
  });
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
  const name = parts.pop();
  for (const dir of parts) {
    if (cat.scan.nonRuntime.dirs.includes(dir)) return DIR_KIND[dir] ?? "examples";
  }
  if (cat.scan.nonRuntime.filePatterns.some((p) => new RegExp(p).test(name))) return "tests";
  return null;
}
function moduleStates(s) {
  const known = probeResult(s, "odoo_modules")?.status === "ok";
  const rows = new Map(probeRows(s, "odoo_modules").map((r) => [String(r.name), r]));
  return (name) => {
    if (!known) return { known, active: true };
    const row = rows.get(name);
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
  const get = (name) => {
    const key = name.toLowerCase();
    let c = byName.get(key);
    if (!c) byName.set(key, c = { channel: key, sources: [], listeners: 0 });
    return c;
  };
  const add = (name, src) => {
    const c = get(name);
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
    const where2 = "function ".concat(r.schema, ".").concat(r.function_name).concat(r.triggers ? " (triggers ".concat(r.triggers, ")") : "");
    for (const n of names) add(n, { kind: "function", detail: where2 });
    if (r.dynamic_channel && names.length === 0) add("(dynamic)", { kind: "function", detail: "".concat(where2, " computes the channel name") });
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
var num2 = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
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
  size: num2(r.bytes_estimate),
  scans: num2(r.scans),
  definition: str(r.definition)
});
var installedExtension = (s, name) => probeRows(s, "extensions").find((r) => r.name === name && r.installed === true);
var gap = probeGap;
var none = (s, id) => probeGap(s, id, { skippedMeansNone: true });
var QUEUE_NOTE = "Notification queue usage (server-wide):";
var ODOO_SERVER_NOTE = "An Odoo server on this PostgreSQL listens";
var AVAILABLE_NOTE = " is available on this server but not installed.";
function extensionNote(s, name, purpose) {
  if (probeResult(s, "extensions")?.status !== "ok") return [];
  const row = probeRows(s, "extensions").find((r) => r.name === name);
  if (row?.installed === true) {
    const outdated = row.available_version && row.installed_version !== row.available_version;
    return ["".concat(name, " ").concat(str(row.installed_version), " is installed").concat(outdated ? " (the server has ".concat(str(row.available_version), ": ALTER EXTENSION ").concat(name, " UPDATE)") : "", ".")];
  }
  if (row) return ["".concat(name, " is not installed; the server has it (").concat(str(row.available_version), "): CREATE EXTENSION ").concat(name, " for ").concat(purpose, ".")];
  return ["".concat(name, " is not available on this server: its package must be installed before CREATE EXTENSION ").concat(name, " (").concat(purpose, ").")];
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
        rows: num2(r.rows_estimate),
        size: num2(r.column_bytes_estimate),
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
      size: num2(r.bytes_estimate),
      scans: num2(r.scans),
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
      items.push({ kind: "full-text index", name: "".concat(qualified(r, "table_name"), ".").concat(str(r.index_name)), detail: "".concat(str(r.method), " on ").concat(str(r.columns)), size: num2(r.bytes_estimate), scans: num2(r.scans) });
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
    const notes = usage ? ["".concat(QUEUE_NOTE, " ").concat(((num2(usage.usage) ?? 0) * 100).toFixed(2), "%.")] : [];
    for (const p of odooListeners(s).filter((x) => !x.tiedBy)) {
      notes.push("".concat(ODOO_SERVER_NOTE, " on imbus (process ").concat(p.application, ", ").concat(p.connections, " connection").concat(p.connections === 1 ? "" : "s", " to database postgres); nothing ties it to this database, so it is not counted here."));
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
        ...["pg_trgm", "unaccent", "vector", "pg_stat_statements", "postgres_fdw", "btree_gin"].filter((n) => rows.some((r) => r.name === n && r.installed !== true)).map((n) => "".concat(n).concat(AVAILABLE_NOTE))
      ],
      parts: [part("extensions", items.length > 0, gap(s, "extensions"))],
      columns: [T("name", "Extension"), T("version", "Installed"), T("available", "Server has"), Y("outdated", "Outdated"), T("schema", "Schema")]
    };
  },
  partitioning: (s) => ({
    items: probeRows(s, "partitions").map((r) => ({ table: qualified(r, "table_name"), strategy: str(r.strategy), key: str(r.partition_key), partitions: num2(r.partitions), rows: num2(r.rows_estimate), size: num2(r.bytes_estimate) })),
    columns: [T("table", "Table"), T("strategy", "Strategy"), T("key", "Key"), N("partitions", "Partitions"), N("rows", "Rows (est.)"), B("size", "Size (est.)")]
  }),
  brin: (s) => ({ items: indexes(s).filter((r) => r.method === "brin").map(indexItem), columns: INDEX_COLS }),
  materialized_views: (s) => ({
    items: probeRows(s, "matviews").map((r) => ({ view: qualified(r, "view_name"), populated: r.populated === true, rows: num2(r.rows_estimate), size: num2(r.bytes_estimate) })),
    columns: [T("view", "View"), Y("populated", "Populated"), N("rows", "Rows (est.)"), B("size", "Size (est.)")]
  }),
  unlogged_tables: (s) => ({
    items: probeRows(s, "unlogged_tables").map((r) => ({ table: qualified(r, "table_name"), rows: num2(r.rows_estimate), size: num2(r.bytes_estimate) })),
    columns: [T("table", "Table"), N("rows", "Rows (est.)"), B("size", "Size (est.)")]
  }),
  advisory_locks: (s, ctx) => ({
    parts: [
      part("locks held now", probeRows(s, "advisory_locks").some((r) => (num2(r.locks) ?? 0) > 0), gap(s, "advisory_locks")),
      codePart(s, codeItems(ctx, "advisory_lock").length > 0)
    ],
    items: [
      ...probeRows(s, "advisory_locks").filter((r) => (num2(r.locks) ?? 0) > 0).map((r) => ({ source: "held now", module: null, location: "database ".concat(str(r.database) || "(cluster)"), snippet: "".concat(num2(r.locks), " locks by ").concat(num2(r.sessions), " sessions, ").concat(num2(r.waiting), " waiting") })),
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
      ...probeRows(s, "statements_skip_locked").map((r) => ({ source: "pg_stat_statements", module: null, location: "".concat(num2(r.calls), " calls"), snippet: str(r.query) })),
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
      ...indexes(s).filter((r) => ["hnsw", "ivfflat"].includes(str(r.method))).map((r) => ({ kind: "index", name: "".concat(qualified(r, "table_name"), ".").concat(str(r.index_name)), detail: str(r.method), size: num2(r.bytes_estimate) }))
    ],
    columns: [T("kind", "Kind"), T("name", "Name"), T("detail", "Detail"), B("size", "Size")]
  }),
  large_objects: (s) => {
    const rows = probeRows(s, "binary_storage");
    const lo = num2(rows[0]?.large_objects_estimate) ?? 0;
    return {
      items: rows.filter((r) => (num2(r.column_bytes_estimate) ?? 0) > 0 || (num2(r.rows_estimate) ?? 0) > 0).map((r) => ({ table: qualified(r, "table_name"), column: str(r.column_name), rows: num2(r.rows_estimate), size: num2(r.column_bytes_estimate) })),
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
  const hidden = num2(info?.hidden_statements) ?? 0;
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
  const name = lastSegment(callee);
  return callee.endsWith(".".concat(name)) ? callee.slice(0, -name.length - 1) : "";
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
      const list3 = this.flagged.get(k);
      if (list3) list3.push(m);
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
    for (const list3 of this.flagged.values()) {
      for (const m of list3) if (this.consumerRe.test(m.snippet)) out.push({ file: m.file, line: m.line, snippet: m.snippet, signature: m.signature, kind: "consumer" });
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
    const name = lastSegment(callee);
    if (!this.helpers.has(name) || callee.startsWith("super()")) return false;
    return callee === name || callee.endsWith(".".concat(name));
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
    for (const list3 of this.flagged.values()) {
      for (const m of list3) {
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
    const name = lastSegment(callee);
    const cands = this.byName.get(name);
    if (!cands || callee.startsWith("super()")) return [];
    if (callee === name) return cands.filter((c) => !c.cls);
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
      const where2 = "".concat(a.file, ":").concat(a.line);
      const ev = { file: a.file, line: a.line, snippet: "".concat(a.kind === "cron" ? "cron" : "server action", " '").concat(a.name, "': ").concat(a.code || a.function || "").slice(0, 200), signature: "structure", kind: a.kind };
      return a.kind === "cron" ? { trigger: "cron", detail: "cron '".concat(a.name, "' (").concat(where2, ")").concat(a.interval ? ", ".concat(everyText(a.interval)) : ""), evidence: ev } : { trigger: "server_action", detail: "server action '".concat(a.name, "' (").concat(where2, ")"), evidence: ev };
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
  isOrmRead(fn, c, list3) {
    if (this.isStoreCall(fn, c)) return false;
    const receiver = receiverOf(c.callee);
    return Boolean(receiver) && list3.includes(lastSegment(c.callee)) && !this.clientPrefix(fn, c.callee);
  }
  paths() {
    const writers = new Set(this.calls.filter((c) => c.kind !== "read").map((c) => c.fn.id));
    const list3 = [];
    const dual = [];
    let projection = false;
    if (writers.size === 0) return { list: list3, dual, projection };
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
        if (list3.length >= MAX_PATHS) break;
        const evidence = calls.slice(0, 3).map((c) => c.evidence);
        if (calls.some((c) => c.fn !== fn) && t.evidence) evidence.push(t.evidence);
        else if (t.trigger === "cron" || t.trigger === "server_action") evidence.push(t.evidence);
        list3.push({ method: fn.label, model: modelOf(fn.cls), trigger: t.trigger, detail: t.detail, timing, evidence });
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
    return { list: list3, dual: dedupe(dual), projection };
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
function nameExtends(name, hook) {
  return name === hook || name.startsWith("".concat(hook, "_"));
}
var escapeRe = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var FILE_LIKE_NAMES = ["f", "fp", "fh", "fd", "fo", "file", "fileobj", "buf", "buffer", "bio", "out", "output", "stream", "tmp", "tmpfile", "temp", "writer", "zf", "zipf", "archive", "csvfile", "sock", "wfile", "stdout", "stderr"];
var FILE_LIKE = new RegExp("^(?:".concat([...FILE_LIKE_NAMES, "sys", "os", "io"].join("|"), ")$"));
function dedupe(list3) {
  const seen = /* @__PURE__ */ new Set();
  return list3.filter((e2) => {
    const k = "".concat(e2.file, ":").concat(e2.line, ":").concat(e2.kind);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function everyText(interval) {
  const m = /^(\d+)\s+(minutes|hours|days|weeks|months)$/.exec(interval.trim());
  if (!m) return "every ".concat(interval);
  return m[1] === "1" ? "every ".concat(m[2].slice(0, -1)) : "every ".concat(Number(m[1]), " ").concat(m[2]);
}

var at = (e2) => "".concat(e2.file, ":").concat(e2.line);
var list2 = (xs) => xs.length <= 1 ? xs.join("") : "".concat(xs.slice(0, -1).join(", "), " and ").concat(xs[xs.length - 1]);
function pairs(e2) {
  const out = [];
  for (let i = 0; i + 1 < e2.length; i += 2) out.push("".concat(at(e2[i]), " with ").concat(e2[i + 1].line === e2[i].line ? "the store write on the same line" : "line ".concat(e2[i + 1].line)));
  return out;
}
function modelsText(f) {
  return list2(f.models.map((m) => m.fields.length ? "".concat(m.model, " (").concat(m.fields.join(", "), ")") : m.model));
}
function figures(w, table2) {
  const t = w.tables.find((x) => x.table === table2);
  if (!t || t.rows === null) return "";
  const size = (t.tableBytes ?? 0) + (t.indexBytes ?? 0);
  const reads = t.seqScansPerDay !== null && t.idxScansPerDay !== null ? ", ".concat(Math.round(t.seqScansPerDay + t.idxScansPerDay).toLocaleString("en-US"), " scans a day") : "";
  return "".concat(describeValue("rows", t.rows), ", ").concat(formatBytes(size)).concat(reads);
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
    reasons.push({ condition: "reads_back", holds: true, text: "Data read from ".concat(f.storeTitle, " flows into ORM writes (").concat(list2(f.readsBack.filter((e2) => e2.kind === "orm_write").map(at)), "): the store is a source, not a projection."), evidence: f.readsBack });
  }
  reasons.push({
    condition: "dual_write",
    holds: f.dualWrite,
    text: f.dualWrite ? "An entry path writes both an Odoo record and ".concat(f.storeTitle, " (").concat(list2(pairs(f.dualWriteEvidence)), ")").concat(f.paths.some((p) => p.timing !== "in_transaction") ? "; some of these writes run after commit or in a queue, so a failure leaves the two apart" : ", inside the ORM transaction: a rollback in PostgreSQL does not undo the store write", ".") : "No entry path writes both an Odoo record and ".concat(f.storeTitle, "."),
    evidence: f.dualWriteEvidence
  });
  reasons.push({
    condition: "rebuild",
    holds: f.rebuild.paths.length > 0,
    text: f.rebuild.paths.length ? "A path repopulates ".concat(f.storeTitle, " from PostgreSQL (").concat(list2(f.rebuild.paths.filter((e2) => e2.kind === "rebuild").map((e2) => e2.snippet.split(":")[0])), ", ").concat(list2(f.rebuild.paths.filter((e2) => e2.kind === "rebuild").map(at)), ").") : "No path that searches records and repopulates ".concat(f.storeTitle, " was found."),
    evidence: f.rebuild.paths
  });
  if (f.rebuild.ttl.length) reasons.push({ condition: "ttl", holds: true, text: "Entries expire (".concat(list2(f.rebuild.ttl.map(at)), ")."), evidence: f.rebuild.ttl });
  if (f.rebuild.invalidation.length) reasons.push({ condition: "invalidation", holds: true, text: "Entries are deleted when records change (".concat(list2(f.rebuild.invalidation.map(at)), ")."), evidence: f.rebuild.invalidation });
  if (f.reconciliation.length) {
    const r = f.reconciliation[0];
    reasons.push({ condition: "reconciliation", holds: true, text: "A reconciliation job compares and repairs the two sides (".concat(r.snippet.split(" compares")[0], ", ").concat(at(r), "): not a fix, but a second permanent cost."), evidence: f.reconciliation });
  }
  const db = s.database ? s.database.probes.find((p) => p.id === "server")?.rows[0]?.database : void 0;
  const here = db ? "in database ".concat(db) : "here";
  const lost = () => {
    const back = f.readsBack.filter((e2) => e2.kind === "orm_write").map(at);
    const what = f.models.length ? "the ".concat(f.storeTitle, " data of ").concat(modelsText(f)) : "the data ".concat(f.module, " keeps in ").concat(f.storeTitle);
    return back.length ? "If ".concat(f.storeTitle, " vanished, ").concat(what, " would be lost: it is read back into the ORM at ").concat(list2(back), ", and nothing in PostgreSQL holds it. Move it into PostgreSQL: ").concat(store.replacement.text) : "If ".concat(f.storeTitle, " vanished, ").concat(what, " written there would be lost").concat(f.dualWrite ? ": it is written alongside the Odoo records (".concat(list2(f.dualWriteEvidence.filter((_, i) => i % 2 === 1).map(at)), ") with no path to rebuild it") : "", ". Move it into PostgreSQL: ").concat(store.replacement.text);
  };
  let verdict;
  let action;
  let text3;
  let workload = [];
  if (f.role === "authoritative") {
    verdict = "refuse";
    action = lost();
    text3 = "".concat(f.storeTitle, " owns data PostgreSQL does not have").concat(f.readsBack.length ? " (read back into the ORM)" : "", "; ").concat(f.models.length ? "models ".concat(list2(f.models.map((m) => m.model))) : "no model named", ".");
  } else if (f.dualWrite && !parsed) {
    verdict = "review";
    action = "Missing: whether a path rebuilds ".concat(f.storeTitle, " from PostgreSQL. It is written alongside Odoo records (").concat(list2(f.dualWriteEvidence.map(at)), "), and this snapshot has no parsed structure of ").concat(f.module, " to look for a rebuild path; collect it again with a current collector.");
    text3 = "".concat(f.storeTitle, " is dual-written; whether it can be rebuilt is unknown without the parsed code.");
  } else if (f.dualWrite && !rebuildable) {
    verdict = "refuse";
    action = lost();
    text3 = "".concat(f.storeTitle, " is written alongside the Odoo records").concat(f.models.length ? " of ".concat(list2(f.models.map((m) => m.model))) : "", " with no rebuild path or expiry, so the two drift apart for good.");
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
    const tables = list2(f.models.map((m) => m.table));
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
        action = "Keep ".concat(f.storeTitle, " while ").concat(list2(overText), ". What must stay true: ").concat(list2([
          ...f.rebuild.paths.length ? ["the rebuild path keeps working (".concat(list2(f.rebuild.paths.filter((e2) => e2.kind === "rebuild").map(at)), ")")] : [],
          ...f.rebuild.ttl.length ? ["entries keep expiring (TTL)"] : [],
          "nothing reads ".concat(f.storeTitle, " back into the ORM")
        ]), ".");
        text3 = "".concat(f.storeTitle, " is a rebuildable copy of ").concat(list2(f.models.map((m) => m.model)), ", and ").concat(here, " its workload reaches the threshold (").concat(list2(overText), ").");
      } else if (over.length) {
        verdict = "review";
        action = "Missing: a rebuild path. The workload reaches the threshold (".concat(list2(overText), "), but nothing repopulates ").concat(f.storeTitle, " from PostgreSQL: add one (a cron that searches the records and pushes them), then keep it.");
        text3 = "".concat(f.storeTitle, " looks derived and ").concat(here, " its workload reaches the threshold, but it cannot be rebuilt.");
      } else if (missing.length === f.models.length) {
        verdict = "review";
        action = "Missing: the tables ".concat(list2(missing), " are not in the audited database, so their workload cannot be measured.");
        text3 = "The tables of ".concat(list2(f.models.map((m) => m.model)), " were not found ").concat(here, ".");
      } else if (unknown.length && unknown.some((c) => c.metric.endsWith("per_second")) && w.thresholds.every((t) => t.metric.endsWith("per_second"))) {
        verdict = "review";
        action = "Missing: the rate of reads and writes on ".concat(tables, ": ").concat(w.window.since ? "no statistics row" : "the statistics of this database were never reset, so counters have no known window", ". Run pg_stat_reset() and audit again after a representative period.");
        text3 = "".concat(f.storeTitle, " is derived; ").concat(here, " the load on ").concat(tables, " cannot be measured yet.");
      } else {
        verdict = "replace";
        action = sketch(f, store, w, cat);
        const within = w.comparisons.filter((c) => c.exceeded === false).map((c) => "".concat(c.atMost ? "at most " : "").concat(describeValue(c.metric, c.value), " < ").concat(describeValue(c.metric, c.threshold)));
        text3 = "".concat(f.storeTitle, " is a derived copy of ").concat(list2(f.models.map((m) => m.model)), ", and ").concat(here, " its workload is well within PostgreSQL (").concat(list2([...new Set(within)]), ").");
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
function dedupe2(list3) {
  const seen = /* @__PURE__ */ new Set();
  return list3.filter((e2) => {
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
      const list3 = byModule.get(m.module);
      if (list3) list3.push(m);
      else byModule.set(m.module, [m]);
    }
    const weak = [];
    for (const mod of scan.modules) {
      const origin2 = origins.get(mod.name);
      const seen = seenIn(mod, byModule.get(mod.name) ?? [], sigs, stores, cat);
      const named = cat.stores.filter((st) => seen.some((x) => x.store === st.id && isStoreEvidence(x)));
      for (const store of named) {
        const own = seen.filter((x) => x.store === store.id);
        const running = own.filter((x) => x.runtime);
        const clients = running.filter((x) => isClient(x, seen, store));
        if (store.driverOnly) {
          if (running.length > 0) mentions.push(mention(mod, store, "no_client_code", "uses ".concat(store.title, ", but names none of the stores it reaches (").concat(store.driverFor.join(", "), "); another PostgreSQL perhaps"), own));
        } else if (!mod.installable) {
          mentions.push(mention(mod, store, "not_installable", "its manifest says installable: False, so it cannot run", own));
        } else if (clients.length > 0) {
          findings.push(finding(s, mod, origin2, store, seen, clients, inUse, stateOf(mod.name), cat, structures.get(mod.name)));
        } else if (running.some(isStoreEvidence)) {
          weak.push({ module: mod, origin: origin2, store, seen: running });
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
    const origin2 = origins.get(m.name);
    return {
      name: m.name,
      origin: origin2.origin,
      originBasis: origin2.basis,
      state: row ? String(row.state) : null,
      version: m.version,
      path: m.path,
      installable: m.installable,
      findings: counts.get(m.name) ?? 0,
      // counted on disk; null when the snapshot predates the count
      lines: m.lines ? { ...m.lines } : null
    };
  });
  const scanned = new Set(modules.map((m) => m.name));
  for (const r of dbRows) {
    const name = String(r.name);
    if (scanned.has(name) || !stateOf(name).active) continue;
    const o = originOf(void 0, r, companies, cat);
    modules.push({ name, origin: o.origin, originBasis: o.basis, state: String(r.state), version: String(r.version ?? ""), path: null, installable: true, findings: 0, lines: null });
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
function mention(mod, store, reason, text3, seen) {
  return { module: mod.name, store: store.id, storeTitle: store.title, reason, text: text3, evidence: seen.filter(isStoreEvidence).slice(0, 5).map(evidenceOf) };
}
function finding(s, mod, origin2, store, seen, clients, inUse, state, cat, structure) {
  const notRunning = state.active ? null : state.why ?? "not installed";
  const running = seen.filter((x) => x.runtime);
  const own = running.filter((x) => x.store === store.id);
  const files = new Set(own.map((x) => x.m.file));
  const lines = new Set(own.map((x) => at2(x.m)));
  const scopes = new Set(own.map((x) => "".concat(x.m.file, "|").concat(x.m.scope)));
  const writes = own.filter((x) => x.sig.kind === "write").map((x) => x.m);
  const hints = running.filter((x) => x.sig.kind === "derived_hint" && (!x.store || x.store === store.id) && scopes.has("".concat(x.m.file, "|").concat(x.m.scope))).map((x) => x.m);
  const usage = structure ? analyseUsage(runtimeOnly(structure, mod.path, cat), store, own.map((x) => x.m), cat) : null;
  const { role, reason } = (usage && roleFromUsage(store, usage)) ?? decideRole(store, writes, hints);
  const dualWriteEvidence = usage ? [...usage.dualWrites] : [];
  for (const w of usage ? [] : own.filter((x) => x.sig.kind === "write")) {
    if (!w.m.scope) continue;
    const orm = running.find((x) => x.sig.kind === "orm_write" && x.m.file === w.m.file && x.m.scope === w.m.scope && !lines.has(at2(x.m)) && !(FILE_WRITE.test(x.m.snippet) && !ORM_CALL.test(x.m.snippet)));
    if (orm && dualWriteEvidence.length < 6) dualWriteEvidence.push(evidenceOf(orm), evidenceOf(w));
  }
  const dualWrite = dualWriteEvidence.length > 0;
  const order = (x) => EVIDENCE_ORDER.indexOf(x.sig.kind);
  const evidence = own.filter((x) => x.sig.kind !== "derived_hint" && files.has(x.m.file)).sort((a, b) => order(a) - order(b) || a.m.file.localeCompare(b.m.file) || a.m.line - b.m.line);
  const shown = dedupe2(evidence.map(evidenceOf));
  const client = [...clients].sort((a, b) => order(a) - order(b) || a.m.file.localeCompare(b.m.file) || a.m.line - b.m.line)[0];
  const driver = own.find((x) => x.sig.store !== store.id)?.sig.store ?? null;
  const core = origin2.origin === "odoo";
  const section = notRunning ? "not_installed" : core ? "odoo" : "findings";
  return {
    id: "".concat(mod.name, ":").concat(store.id),
    module: mod.name,
    path: mod.path,
    root: s.scan.roots[mod.root]?.path ?? "",
    origin: origin2.origin,
    originBasis: origin2.basis,
    core,
    section,
    state: state.row ? String(state.row.state) : null,
    store: store.id,
    storeTitle: store.title,
    category: store.category,
    role,
    roleReason: notRunning ? "".concat(reason, " It does not run here: ").concat(notRunning, ".") : reason,
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
function auditFacts(s, cat) {
  const vis = statsVisibility(s);
  return {
    probes: cat.probes.map((d) => {
      const p = probeResult(s, d.id);
      return {
        id: d.id,
        description: d.description,
        status: p ? p.status : "not_run",
        message: p ? p.status === "ok" ? "" : p.message ?? p.code ?? "" : s.database ? "not run by this collector" : "no database was audited",
        rows: p?.status === "ok" ? p.rows.length : 0,
        durationMs: p ? p.durationMs : null
      };
    }),
    seesOtherSessions: s.database ? vis.visible : null,
    visibilityReason: s.database && !vis.visible ? vis.reason : "",
    scanStoppedEarly: s.scan?.stoppedEarly ?? null
  };
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
    skipped: s.scan?.skipped ?? [],
    audit: auditFacts(s, cat)
  };
}

function localDay(d) {
  const p = (n) => String(n).padStart(2, "0");
  return "".concat(d.getFullYear(), "-").concat(p(d.getMonth() + 1), "-").concat(p(d.getDate()));
}
function counted(findings) {
  const main = findings.filter((f) => f.section === "findings");
  const open = main.filter((f) => f.acceptance?.status !== "accepted");
  const worst = open.reduce((w, f) => w === null || severityRank(f.severity) > severityRank(w) ? f.severity : w, null);
  return {
    dualWrites: open.filter((f) => f.dualWrite).length,
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, open.filter((f) => f.verdict === v).length])),
    worstSeverity: worst,
    accepted: main.length - open.length
  };
}
function applyAcceptances(report, acceptances, today) {
  const day = localDay(today);
  const byId = /* @__PURE__ */ new Map();
  for (const a of acceptances) if (!byId.has(a.id)) byId.set(a.id, a);
  const used = /* @__PURE__ */ new Set();
  const warnings2 = [];
  const findings = report.findings.map((f) => {
    const a = byId.get(f.id);
    if (!a) return f.acceptance ? { ...f, acceptance: null } : f;
    used.add(a.id);
    const status = a.expires !== null && a.expires < day ? "expired" : "accepted";
    if (status === "expired") {
      warnings2.push({ level: "warning", source: redact(a.source), message: "the acceptance of ".concat(f.id, " expired on ").concat(a.expires, ": the finding counts again (").concat(redact(a.reason), ")") });
    }
    return { ...f, acceptance: { reason: redact(a.reason), expires: a.expires, by: redact(a.by), source: redact(a.source), status } };
  });
  for (const a of byId.values()) {
    if (!used.has(a.id)) warnings2.push({ level: "warning", source: redact(a.source), message: "".concat(a.id, " is accepted but this audit has no such finding: remove the acceptance, or check the id") });
  }
  const said = new Set(report.warnings.map((w) => "".concat(w.source, "\n").concat(w.message)));
  const fresh = warnings2.filter((w) => !said.has("".concat(w.source, "\n").concat(w.message)));
  return { ...report, findings, summary: { ...report.summary, ...counted(findings) }, warnings: [...report.warnings, ...fresh] };
}

var api = { buildReport, applyAcceptances, diffReports, exportReport, buildEngagement };
registry.category("pg_capabilities").add("judge", api, { force: true });
