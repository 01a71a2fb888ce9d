-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- pgvector columns (vector, halfvec, sparsevec).
SELECT n.nspname::text AS schema,
       c.relname::text AS table_name,
       a.attname::text AS column_name,
       format_type(a.atttypid, a.atttypmod)::text AS column_type,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::float8 END AS rows_estimate
  FROM pg_attribute a
  JOIN pg_type ty ON ty.oid = a.atttypid
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ty.typname IN ('vector', 'halfvec', 'sparsevec')
   AND a.attnum > 0 AND NOT a.attisdropped
   AND c.relkind IN ('r', 'p') AND NOT c.relispartition
 ORDER BY 1, 2, 3;
