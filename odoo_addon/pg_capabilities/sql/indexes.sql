-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Non-btree indexes (and btree indexes on to_tsvector/unaccent expressions) with operator classes,
-- size estimate from pg_class and scan counts from pg_stat_user_indexes.
SELECT n.nspname::text AS schema,
       t.relname::text AS table_name,
       i.relname::text AS index_name,
       am.amname::text AS method,
       pg_get_indexdef(i.oid)::text AS definition,
       (SELECT string_agg(o.opcname::text, ',' ORDER BY k.ord)
          FROM unnest(x.indclass::oid[]) WITH ORDINALITY AS k(opc, ord)
          JOIN pg_opclass o ON o.oid = k.opc)::text AS opclasses,
       (SELECT string_agg(CASE WHEN k.attnum = 0 THEN 'expression'
                               ELSE format_type(a.atttypid, a.atttypmod) END, ',' ORDER BY k.ord)
          FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum)::text AS column_types,
       (SELECT string_agg(coalesce(a.attname::text, 'expression'), ',' ORDER BY k.ord)
          FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum)::text AS columns,
       (i.relpages::float8 * current_setting('block_size')::float8) AS bytes_estimate,
       s.idx_scan::float8 AS scans,
       x.indisvalid AS is_valid
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_am am ON am.oid = i.relam
  LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.oid
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
   AND (am.amname <> 'btree'
        OR (x.indexprs IS NOT NULL AND pg_get_indexdef(i.oid) ~* '(to_tsvector|unaccent)\s*\('))
 ORDER BY 1, 2, 3;
