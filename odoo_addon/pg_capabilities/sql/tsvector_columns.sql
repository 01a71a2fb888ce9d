-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- tsvector columns.
SELECT n.nspname::text AS schema,
       c.relname::text AS table_name,
       a.attname::text AS column_name,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::float8 END AS rows_estimate,
       a.attgenerated <> '' AS generated
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE a.atttypid = 'tsvector'::regtype
   AND a.attnum > 0 AND NOT a.attisdropped
   AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
 ORDER BY 1, 2, 3;
