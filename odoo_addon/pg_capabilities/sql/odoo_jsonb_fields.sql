-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Odoo metadata of each jsonb column: model, field, type, translate flag, modules that declare it.
-- Reads the small Odoo metadata tables ir_model, ir_model_fields and ir_model_data.
-- A model's table is its name with dots as underscores, unless the model sets _table
-- (ir.actions.client -> ir_act_client): then the table is matched to the model whose stored
-- fields are all columns of it, the one with the most fields (a child model before its parent;
-- on a tie, the shortest name: ir.actions.actions before ir.actions.act_window_close).
WITH jcols AS (
    SELECT c.oid AS relid, c.relname, a.attname
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE a.atttypid = 'jsonb'::regtype AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p') AND n.nspname = current_schema()
), tables AS (
    SELECT DISTINCT relid, relname FROM jcols
), by_name AS (
    SELECT t.relid, m.model, 'table name'::text AS matched_by
      FROM tables t
      JOIN ir_model m ON replace(m.model, '.', '_') = t.relname
), by_columns AS (
    SELECT DISTINCT ON (t.relid) t.relid, f.model, 'columns'::text AS matched_by
      FROM tables t
      JOIN pg_attribute a ON a.attrelid = t.relid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN ir_model_fields f ON f.name = a.attname AND f.store AND f.ttype NOT IN ('one2many', 'many2many')
     WHERE t.relid NOT IN (SELECT relid FROM by_name)
     GROUP BY t.relid, f.model
    HAVING count(*) = (SELECT count(*) FROM ir_model_fields g
                        WHERE g.model = f.model AND g.store AND g.ttype NOT IN ('one2many', 'many2many'))
     ORDER BY t.relid, count(*) DESC, length(f.model), f.model
), model_table AS (
    SELECT * FROM by_name UNION ALL SELECT * FROM by_columns
)
SELECT current_schema()::text AS schema,
       j.relname::text AS table_name,
       j.attname::text AS column_name,
       f.model::text AS model,
       f.ttype::text AS field_type,
       f.translate::text AS translate,
       mt.matched_by AS matched_by,
       (SELECT string_agg(d.module::text, ',' ORDER BY d.id)
          FROM ir_model_data d
         WHERE d.model = 'ir.model.fields' AND d.res_id = f.id)::text AS modules
  FROM jcols j
  JOIN model_table mt ON mt.relid = j.relid
  JOIN ir_model_fields f ON f.model = mt.model AND f.name = j.attname
 ORDER BY 2, 3;
