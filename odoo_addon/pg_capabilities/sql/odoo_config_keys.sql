-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- The keys of Odoo's system parameters (ir_config_parameter, a small table): names only, never
-- their values, which may hold credentials. Bounded: the first 2,000 keys in sorted order.
SELECT p.key::text AS key
  FROM ir_config_parameter p
 ORDER BY p.key
 LIMIT 2000;
