-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Statements that use SKIP LOCKED, from pg_stat_statements (normalised text, constants replaced).
SELECT left(s.query, 300)::text AS query,
       s.calls::float8 AS calls
  FROM pg_stat_statements s
 WHERE s.query ~* 'skip\s+locked'
 ORDER BY s.calls DESC
 LIMIT 50;
