-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Odoo metadata of each jsonb column: model, field, type, translate flag, modules that declare it.
-- Reads the small Odoo metadata tables ir_model_fields and ir_model_data (by index on model, res_id).
SELECT n.nspname::text AS schema,
       c.relname::text AS table_name,
       f.name::text AS column_name,
       f.model::text AS model,
       f.ttype::text AS field_type,
       f.translate::text AS translate,
       (SELECT string_agg(d.module::text, ',' ORDER BY d.id)
          FROM ir_model_data d
         WHERE d.model = 'ir.model.fields' AND d.res_id = f.id)::text AS modules
  FROM ir_model_fields f
  JOIN pg_class c ON c.relname = replace(f.model, '.', '_') AND c.relkind IN ('r', 'p')
  JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = f.name AND NOT a.attisdropped
 WHERE a.atttypid = 'jsonb'::regtype
 ORDER BY 2, 3;
