-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- pg_stat_statements of the audited database: since when it counts (pg_stat_statements_info,
-- version 1.9+), how many statements it holds, and how many of them the role may not read
-- (other roles' statements without the privileges of pg_read_all_stats).
SELECT to_char(i.stats_reset AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')::text AS stats_reset,
       i.dealloc::float8 AS deallocations,
       count(s.*)::int4 AS statements,
       count(s.*) FILTER (WHERE s.query IS NULL OR s.query = '<insufficient privilege>')::int4 AS hidden_statements
  FROM pg_stat_statements_info i
  LEFT JOIN pg_stat_statements s ON s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
 GROUP BY i.stats_reset, i.dealloc;
