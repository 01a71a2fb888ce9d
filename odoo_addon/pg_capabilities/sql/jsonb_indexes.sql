-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Every index that covers a jsonb column, whatever its method: on the column itself, or on an
-- expression that uses it ((data -> 'x'), (data ->> 'x'), jsonb_path_query_array(data, ...)).
-- pg_depend records an index's dependency on each column of its keys, of its expressions, of its
-- predicate and of its INCLUDE list (classid pg_class, objid the index, refobjid the table,
-- refobjsubid the attnum); "via" says which: column, expression, or other (predicate or INCLUDE).
-- Size from pg_class.relpages (no lock taken), scans from pg_stat_all_indexes.
WITH jcols AS (
    SELECT c.oid AS relid, n.nspname, c.relname, a.attnum, a.attname
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE a.atttypid = 'jsonb'::regtype
       AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
), pairs AS (
    SELECT DISTINCT j.relid, j.nspname, j.relname, j.attnum, j.attname, d.objid AS indexrelid
      FROM jcols j
      JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                      AND d.refobjid = j.relid AND d.refobjsubid = j.attnum
      JOIN pg_index x ON x.indexrelid = d.objid AND x.indrelid = j.relid
), keys AS (
    -- the key columns of each index that use the jsonb column, with their operator class
    SELECT p.indexrelid, p.attnum, k.ord,
           (k.attnum = p.attnum) AS on_column,
           pg_get_indexdef(p.indexrelid, k.ord::int4, true) AS key_def,
           o.opcname
      FROM pairs p
      JOIN pg_index x ON x.indexrelid = p.indexrelid
      CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
      LEFT JOIN pg_opclass o ON o.oid = (x.indclass::oid[])[k.ord - 1]
     WHERE k.ord <= x.indnkeyatts
       AND (k.attnum = p.attnum
            -- an expression key that names the column (a quoted name as written, a plain one as a word)
            OR (k.attnum = 0
                AND strpos(pg_get_indexdef(p.indexrelid, k.ord::int4, true), quote_ident(p.attname)) > 0
                AND (quote_ident(p.attname) <> p.attname
                     OR pg_get_indexdef(p.indexrelid, k.ord::int4, true) ~ ('\m' || p.attname || '\M'))))
)
SELECT p.nspname::text AS schema,
       p.relname::text AS table_name,
       p.attname::text AS column_name,
       i.relname::text AS index_name,
       am.amname::text AS method,
       (SELECT string_agg(k.opcname::text, ',' ORDER BY k.ord) FROM keys k
         WHERE k.indexrelid = p.indexrelid AND k.attnum = p.attnum)::text AS opclasses,
       (SELECT string_agg(k.key_def, ', ' ORDER BY k.ord) FROM keys k
         WHERE k.indexrelid = p.indexrelid AND k.attnum = p.attnum)::text AS keys,
       CASE WHEN EXISTS (SELECT 1 FROM keys k WHERE k.indexrelid = p.indexrelid AND k.attnum = p.attnum AND k.on_column) THEN 'column'
            WHEN EXISTS (SELECT 1 FROM keys k WHERE k.indexrelid = p.indexrelid AND k.attnum = p.attnum) THEN 'expression'
            ELSE 'other' END::text AS via,
       x.indisvalid AS is_valid,
       x.indisunique AS is_unique,
       (x.indpred IS NOT NULL) AS partial,
       (i.relpages::float8 * current_setting('block_size')::float8) AS bytes_estimate,
       s.idx_scan::float8 AS scans,
       pg_get_indexdef(i.oid)::text AS definition
  FROM pairs p
  JOIN pg_index x ON x.indexrelid = p.indexrelid
  JOIN pg_class i ON i.oid = p.indexrelid
  JOIN pg_am am ON am.oid = i.relam
  LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.oid
 ORDER BY 1, 2, 3, 4;
