-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Names of the companies of the Odoo database (res_company, a handful of rows): a module whose
-- author is the audited company is its own custom code.
SELECT c.name::text AS name
  FROM res_company c
 ORDER BY c.id
 LIMIT 50;
