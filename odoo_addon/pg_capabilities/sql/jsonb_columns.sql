-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- jsonb columns with size and row estimates from statistics (pg_class, pg_stats; no table is read).
SELECT n.nspname::text AS schema,
       c.relname::text AS table_name,
       a.attname::text AS column_name,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::float8 END AS rows_estimate,
       ((c.relpages + coalesce(t.relpages, 0))::float8 * current_setting('block_size')::float8) AS table_bytes_estimate,
       s.avg_width::int4 AS avg_width,
       s.null_frac::float8 AS null_frac,
       CASE WHEN s.avg_width IS NOT NULL AND c.reltuples >= 0
            THEN (c.reltuples * (1 - s.null_frac) * s.avg_width)::float8 END AS column_bytes_estimate
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
  LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
 WHERE a.atttypid = 'jsonb'::regtype
   AND a.attnum > 0 AND NOT a.attisdropped
   AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
 ORDER BY 1, 2, 3;
