-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Client sessions that may listen for notifications of the audited database, never this one:
-- - sessions of the audited database whose last statement was LISTEN (a LISTEN hears only the
--   NOTIFY of its own database, so listeners of other databases are left out);
-- - connections of Odoo to the postgres database (application_name odoo-<pid>, last statement
--   usually COMMIT): Odoo's bus listens on imbus and its cron threads on cron_trigger from there,
--   for every database the process serves. same_app_in_database: a session of the audited
--   database has the same application_name (Odoo names all its connections odoo-<pid>);
-- - sessions of the audited database whose statement the role may not read (hidden).
-- Without the privileges of pg_read_all_stats, other roles' sessions show their database, role
-- and application_name but not their statement, state or backend_type (PostgreSQL 15-17).
SELECT a.pid::int4 AS pid,
       a.datname::text AS database,
       a.usename::text AS role,
       a.application_name::text AS application_name,
       a.state::text AS state,
       left(a.query, 200)::text AS query,
       coalesce(a.query ~* '^\s*listen\s', false) AS last_statement_listen,
       (a.datname = 'postgres' AND a.application_name LIKE 'odoo%') AS odoo_bus_candidate,
       (a.datname = current_database()) AS in_database,
       EXISTS (SELECT 1 FROM pg_stat_activity b
                WHERE b.datname = current_database() AND b.application_name = a.application_name
                  AND b.pid <> a.pid) AS same_app_in_database,
       (a.query IS NULL OR a.query = '<insufficient privilege>') AS hidden,
       a.backend_type::text AS backend_type
  FROM pg_stat_activity a
 WHERE a.pid <> pg_backend_pid()
   -- client backends; backend_type is NULL where the role may not see it (other roles' sessions)
   AND (a.backend_type = 'client backend' OR a.backend_type IS NULL)
   AND a.datname IS NOT NULL
   AND ((a.datname = current_database()
         AND (a.query ~* '^\s*listen\s' OR a.query IS NULL OR a.query = '<insufficient privilege>'))
        OR (a.datname = 'postgres' AND a.application_name LIKE 'odoo%'))
 ORDER BY a.datname, a.pid;
