-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Advisory locks held or awaited now in the audited database (pg_locks is readable by every
-- role; an advisory lock belongs to the database of the session that takes it).
SELECT current_database()::text AS database,
       count(*)::int4 AS locks,
       count(DISTINCT l.pid)::int4 AS sessions,
       count(*) FILTER (WHERE NOT l.granted)::int4 AS waiting
  FROM pg_locks l
 WHERE l.locktype = 'advisory'
   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND l.pid IS DISTINCT FROM pg_backend_pid()
   -- not the lock the pg_capabilities module holds while it rescans (RESCAN_LOCK, 0x70676361)
   AND NOT (l.classid = 0 AND l.objid = 1885823841 AND l.objsubid = 1)
HAVING count(*) > 0;
