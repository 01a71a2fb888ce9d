-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Advisory locks held or awaited now, per database (pg_locks is readable by every role).
SELECT coalesce(d.datname, '')::text AS database,
       count(*)::int4 AS locks,
       count(DISTINCT l.pid)::int4 AS sessions,
       count(*) FILTER (WHERE NOT l.granted)::int4 AS waiting
  FROM pg_locks l
  LEFT JOIN pg_database d ON d.oid = l.database
 WHERE l.locktype = 'advisory'
   -- not the lock the pg_capabilities module holds while it rescans (RESCAN_LOCK, 0x70676361)
   AND NOT (l.classid = 0 AND l.objid = 1885823841 AND l.objsubid = 1)
 GROUP BY d.datname
 ORDER BY 1;
