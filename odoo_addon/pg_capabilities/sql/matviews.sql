-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Materialized views.
SELECT n.nspname::text AS schema,
       c.relname::text AS view_name,
       c.relispopulated AS populated,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::float8 END AS rows_estimate,
       (c.relpages::float8 * current_setting('block_size')::float8) AS bytes_estimate
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'm'
 ORDER BY 1, 2;
