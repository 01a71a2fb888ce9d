-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Traffic of Odoo's bus table (bus_bus) from pg_stat_user_tables, since the statistics were reset.
SELECT s.n_tup_ins::float8 AS inserts,
       s.n_tup_del::float8 AS deletes,
       s.n_live_tup::float8 AS live_rows,
       to_char(d.stats_reset AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')::text AS since
  FROM pg_stat_user_tables s
  LEFT JOIN pg_stat_database d ON d.datname = current_database()
 WHERE s.relname = 'bus_bus' AND s.schemaname = current_schema();
