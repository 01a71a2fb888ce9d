-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- The workload of each table, from pg_class and pg_stat_user_tables (never the table itself):
-- row estimate (NULL: never analysed), heap+TOAST and index size from relpages, the counters since
-- the statistics were reset (NULL: no statistics row), persistence, and the index kinds that
-- replace a second store (GIN, trigram, full-text, BRIN) on the table itself.
-- A partitioned table is one row summing its leaf partitions; partitions are not listed apart.
-- Bounded: the 10,000 most active, then largest, tables.
WITH tables AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
), members AS (
    SELECT t.oid AS table_oid, t.oid AS relid FROM tables t WHERE t.relkind = 'r'
    UNION ALL
    SELECT t.oid, p.relid FROM tables t CROSS JOIN LATERAL pg_partition_tree(t.oid) p
     WHERE t.relkind = 'p' AND p.isleaf
), heap AS (
    SELECT m.table_oid,
           sum(c.reltuples::float8) FILTER (WHERE c.reltuples >= 0) AS rows_estimate,
           sum((c.relpages + coalesce(toast.relpages, 0))::float8) AS pages,
           sum(s.n_live_tup::float8) AS live_rows,
           sum(s.n_tup_ins::float8) AS inserts,
           sum(s.n_tup_upd::float8) AS updates,
           sum(s.n_tup_del::float8) AS deletes,
           sum(s.seq_scan::float8) AS seq_scans,
           sum(s.idx_scan::float8) AS idx_scans
      FROM members m
      JOIN pg_class c ON c.oid = m.relid
      LEFT JOIN pg_class toast ON toast.oid = c.reltoastrelid
      LEFT JOIN pg_stat_user_tables s ON s.relid = m.relid
     GROUP BY m.table_oid
), index_pages AS (
    SELECT m.table_oid, sum(i.relpages::float8) AS pages
      FROM members m
      JOIN pg_index x ON x.indrelid = m.relid
      JOIN pg_class i ON i.oid = x.indexrelid
     GROUP BY m.table_oid
), index_kinds AS (
    SELECT x.indrelid AS table_oid,
           count(*) FILTER (WHERE am.amname = 'gin')::int4 AS gin_indexes,
           count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM unnest(x.indclass::oid[]) AS k(opc) JOIN pg_opclass o ON o.oid = k.opc
                WHERE o.opcname IN ('gin_trgm_ops', 'gist_trgm_ops')))::int4 AS trigram_indexes,
           count(*) FILTER (WHERE (x.indexprs IS NOT NULL AND pg_get_expr(x.indexprs, x.indrelid) ~* 'to_tsvector\s*\(')
                               OR EXISTS (
               SELECT 1 FROM unnest(x.indkey::int2[]) AS k(attnum)
                 JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                WHERE a.atttypid = 'tsvector'::regtype))::int4 AS fts_indexes,
           count(*) FILTER (WHERE am.amname = 'brin')::int4 AS brin_indexes
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_am am ON am.oid = i.relam
     WHERE x.indrelid IN (SELECT oid FROM tables)
     GROUP BY x.indrelid
)
SELECT t.nspname::text AS schema,
       t.relname::text AS table_name,
       h.rows_estimate::float8 AS rows_estimate,
       (coalesce(h.pages, 0) * current_setting('block_size')::float8)::float8 AS table_bytes,
       (coalesce(ip.pages, 0) * current_setting('block_size')::float8)::float8 AS index_bytes,
       h.live_rows::float8 AS live_rows,
       h.inserts::float8 AS inserts,
       h.updates::float8 AS updates,
       h.deletes::float8 AS deletes,
       h.seq_scans::float8 AS seq_scans,
       h.idx_scans::float8 AS idx_scans,
       (t.relpersistence = 'u') AS unlogged,
       (t.relkind = 'p') AS partitioned,
       coalesce(k.gin_indexes, 0)::int4 AS gin_indexes,
       coalesce(k.trigram_indexes, 0)::int4 AS trigram_indexes,
       coalesce(k.fts_indexes, 0)::int4 AS fts_indexes,
       coalesce(k.brin_indexes, 0)::int4 AS brin_indexes
  FROM tables t
  LEFT JOIN heap h ON h.table_oid = t.oid
  LEFT JOIN index_pages ip ON ip.table_oid = t.oid
  LEFT JOIN index_kinds k ON k.table_oid = t.oid
 ORDER BY coalesce(h.inserts, 0) + coalesce(h.updates, 0) + coalesce(h.deletes, 0)
          + coalesce(h.seq_scans, 0) + coalesce(h.idx_scans, 0) DESC,
          coalesce(h.pages, 0) + coalesce(ip.pages, 0) DESC, 1, 2
 LIMIT 10000;
