-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Functions named unaccent with one argument, wherever they are. Odoo's --unaccent looks for
-- public.unaccent with one argument (odoo/modules/db.py has_unaccent) and uses it in trigram
-- indexes only when it is IMMUTABLE (provolatile 'i'); the extension's own is STABLE.
SELECT n.nspname::text AS schema,
       p.proname::text AS function_name,
       pg_get_function_identity_arguments(p.oid)::text AS arguments,
       CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END::text AS volatility,
       l.lanname::text AS language,
       coalesce((SELECT e.extname::text FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                    AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'), '')::text AS extension
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
 WHERE p.proname = 'unaccent' AND p.pronargs = 1
 ORDER BY 1, 3;
