-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Text search configurations, and which one is the default.
SELECT n.nspname::text AS schema,
       c.cfgname::text AS name,
       (n.nspname = 'pg_catalog') AS builtin,
       (n.nspname || '.' || c.cfgname = current_setting('default_text_search_config')
        OR c.cfgname = current_setting('default_text_search_config')) AS is_default
  FROM pg_ts_config c
  JOIN pg_namespace n ON n.oid = c.cfgnamespace
 ORDER BY (n.nspname = 'pg_catalog'), 2;
