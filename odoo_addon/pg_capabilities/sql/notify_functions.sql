-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Functions whose body calls pg_notify or NOTIFY, the channels named in them, and their triggers.
-- Channel names are extracted here, so function bodies never leave the server.
SELECT n.nspname::text AS schema,
       p.proname::text AS function_name,
       l.lanname::text AS language,
       (SELECT string_agg(DISTINCT lower(m[1]), ',')
          FROM regexp_matches(p.prosrc, '(?:pg_notify\s*\(\s*''([A-Za-z_][A-Za-z0-9_]*)''|\mnotify\s+([A-Za-z_][A-Za-z0-9_]*))', 'gi') AS r(m)
         WHERE m[1] IS NOT NULL)::text AS channels_a,
       (SELECT string_agg(DISTINCT lower(m[2]), ',')
          FROM regexp_matches(p.prosrc, '(?:pg_notify\s*\(\s*''([A-Za-z_][A-Za-z0-9_]*)''|\mnotify\s+([A-Za-z_][A-Za-z0-9_]*))', 'gi') AS r(m)
         WHERE m[2] IS NOT NULL)::text AS channels_b,
       (p.prosrc ~* 'pg_notify\s*\(\s*[^''\s]') AS dynamic_channel,
       (SELECT string_agg(tc.relname::text || ':' || tg.tgname::text, ',' ORDER BY tc.relname, tg.tgname)
          FROM pg_trigger tg
          JOIN pg_class tc ON tc.oid = tg.tgrelid
         WHERE tg.tgfoid = p.oid AND NOT tg.tgisinternal)::text AS triggers
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND l.lanname NOT IN ('c', 'internal')
   AND p.prosrc ~* '(pg_notify|\mnotify\M)'
 ORDER BY 1, 2;
