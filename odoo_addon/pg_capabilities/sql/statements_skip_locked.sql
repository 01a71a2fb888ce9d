-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Statements of the audited database that use SKIP LOCKED, from pg_stat_statements (normalised
-- text, constants replaced). Not the tool's own: every probe carries the marker above, which
-- pg_stat_statements keeps with the statement's text.
SELECT left(s.query, 300)::text AS query,
       s.calls::float8 AS calls
  FROM pg_stat_statements s
 WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND s.query ~* 'skip\s+locked'
   AND strpos(s.query, 'pgcap:probe') = 0
 ORDER BY s.calls DESC, 1
 LIMIT 50;
