-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Server version, current role and what it is allowed to see.
-- has_*: the role has the privileges of the predefined role (USAGE: inherited, which is what
-- PostgreSQL 15+ checks before showing other roles' sessions and statements); member_*: it was
-- granted the role, maybe with NOINHERIT (enough for PostgreSQL 14 and older, not for 15+).
SELECT current_database()::text AS database,
       current_setting('server_version')::text AS server_version,
       current_setting('server_version_num')::int4 AS server_version_num,
       current_user::text AS role,
       (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) AS is_superuser,
       pg_has_role(current_user, 'pg_monitor', 'USAGE') AS has_pg_monitor,
       pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS has_read_all_stats,
       pg_has_role(current_user, 'pg_monitor', 'MEMBER') AS member_pg_monitor,
       pg_has_role(current_user, 'pg_read_all_stats', 'MEMBER') AS member_read_all_stats,
       (to_regclass('ir_module_module') IS NOT NULL
        AND to_regclass('ir_model_fields') IS NOT NULL
        AND to_regclass('ir_model_data') IS NOT NULL) AS is_odoo,
       -- Odoo's metadata tables that exist but that this role may not read: no USAGE on their
       -- schema (to_regclass then finds nothing, as if they were absent) or no SELECT on them
       (SELECT string_agg(quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                          || CASE WHEN NOT has_schema_privilege(n.oid, 'USAGE')
                                  THEN ' (no USAGE on schema ' || quote_ident(n.nspname) || ')'
                                  ELSE ' (no SELECT)' END, ', ' ORDER BY n.nspname, c.relname)
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relname IN ('ir_module_module', 'ir_model_fields', 'ir_model_data')
           AND c.relkind IN ('r', 'p')
           AND n.nspname NOT IN ('pg_catalog', 'information_schema')
           AND (NOT has_schema_privilege(n.oid, 'USAGE') OR NOT has_table_privilege(c.oid, 'SELECT')))::text AS odoo_unreadable,
       current_setting('default_text_search_config')::text AS default_text_search_config,
       current_setting('block_size')::int4 AS block_size;
