-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Installed extensions, and the ones the server could install. available_version is the
-- default version of the server's package (NULL: installed, but its files are gone from the server).
SELECT coalesce(a.name, e.extname)::text AS name,
       a.default_version::text AS available_version,
       e.extversion::text AS installed_version,
       (e.oid IS NOT NULL) AS installed,
       n.nspname::text AS schema
  FROM pg_available_extensions a
  FULL JOIN pg_extension e ON e.extname = a.name
  LEFT JOIN pg_namespace n ON n.oid = e.extnamespace
 ORDER BY 1;
