-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Partitioned tables with their partition count and size estimate.
SELECT n.nspname::text AS schema,
       c.relname::text AS table_name,
       CASE pt.partstrat WHEN 'r' THEN 'range' WHEN 'l' THEN 'list' WHEN 'h' THEN 'hash' END::text AS strategy,
       pg_get_partkeydef(c.oid)::text AS partition_key,
       (SELECT count(*) FROM pg_inherits i WHERE i.inhparent = c.oid)::int4 AS partitions,
       (SELECT coalesce(sum(ch.relpages), 0) FROM pg_inherits i JOIN pg_class ch ON ch.oid = i.inhrelid
         WHERE i.inhparent = c.oid)::float8 * current_setting('block_size')::float8 AS bytes_estimate,
       (SELECT coalesce(sum(greatest(ch.reltuples, 0)), 0) FROM pg_inherits i JOIN pg_class ch ON ch.oid = i.inhrelid
         WHERE i.inhparent = c.oid)::float8 AS rows_estimate
  FROM pg_partitioned_table pt
  JOIN pg_class c ON c.oid = pt.partrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT c.relispartition
 ORDER BY 1, 2;
