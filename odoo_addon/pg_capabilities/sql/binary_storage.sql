-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- bytea columns with size estimates, and the large object count (from pg_class statistics).
SELECT n.nspname::text AS schema,
       c.relname::text AS table_name,
       a.attname::text AS column_name,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::float8 END AS rows_estimate,
       CASE WHEN s.avg_width IS NOT NULL AND c.reltuples >= 0
            THEN (c.reltuples * (1 - s.null_frac) * s.avg_width)::float8 END AS column_bytes_estimate,
       ((c.relpages + coalesce(t.relpages, 0))::float8 * current_setting('block_size')::float8) AS table_bytes_estimate,
       (SELECT greatest(lo.reltuples, 0)::float8 FROM pg_class lo WHERE lo.oid = 'pg_catalog.pg_largeobject_metadata'::regclass) AS large_objects_estimate
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
  LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
 WHERE a.atttypid = 'bytea'::regtype
   AND a.attnum > 0 AND NOT a.attisdropped
   AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
 ORDER BY 1, 2, 3;
