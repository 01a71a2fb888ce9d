-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Odoo modules known to the database (the small metadata table ir_module_module).
SELECT m.name::text AS name,
       m.state::text AS state,
       coalesce(m.author, '')::text AS author,
       coalesce(m.latest_version, '')::text AS version,
       coalesce(m.license, '')::text AS license,
       coalesce(m.website, '')::text AS website
  FROM ir_module_module m
 ORDER BY m.name;
