-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Sessions of any database that listen for notifications: last statement LISTEN, or a connection
-- of Odoo's bus to the postgres database (its last statement is usually COMMIT, not LISTEN).
-- Without pg_monitor/pg_read_all_stats the statements of other roles read <insufficient privilege>.
SELECT a.pid::int4 AS pid,
       a.datname::text AS database,
       a.usename::text AS role,
       a.application_name::text AS application_name,
       a.state::text AS state,
       left(a.query, 200)::text AS query,
       (a.query ~* '^\s*listen\s') AS last_statement_listen,
       (a.datname = 'postgres' AND a.application_name LIKE 'odoo%') AS odoo_bus_candidate,
       (a.query IS NULL OR a.query = '<insufficient privilege>') AS hidden
  FROM pg_stat_activity a
 WHERE (a.backend_type = 'client backend' OR a.backend_type IS NULL)  -- NULL: hidden for lack of privilege
   AND a.pid <> pg_backend_pid()
   AND (a.query ~* '^\s*listen\s'
        OR (a.datname = 'postgres' AND a.application_name LIKE 'odoo%')
        OR a.query IS NULL OR a.query = '<insufficient privilege>')
 ORDER BY a.datname, a.pid;
