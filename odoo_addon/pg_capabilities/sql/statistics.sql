-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Since when the statistics counters of the audited database run (NULL: never reset).
SELECT to_char(d.stats_reset AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')::text AS stats_reset,
       -- counters never reset run at least since the server started: dividing by its uptime gives
       -- an upper bound of a rate (core/workload.ts)
       to_char(pg_postmaster_start_time() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')::text AS server_started
  FROM pg_stat_database d
 WHERE d.datname = current_database();
