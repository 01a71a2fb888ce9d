-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- Odoo's attachments (ir_attachment) from statistics only: the row estimate, how many of them are
-- in the filestore (store_fname set) and how many in the database (db_datas set), estimated from
-- pg_stats null fractions (NULL: the column was never analysed), the table's own size, and the one
-- value read from ir_config_parameter: ir_attachment.location ('file', 'db' or a custom storage;
-- NULL when unset, which Odoo reads as 'file').
SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples::float8 END AS rows_estimate,
       CASE WHEN c.reltuples = 0 THEN 0::float8
            WHEN c.reltuples > 0 AND f.null_frac IS NOT NULL THEN (c.reltuples * (1 - f.null_frac))::float8 END AS in_filestore_estimate,
       CASE WHEN c.reltuples = 0 THEN 0::float8
            WHEN c.reltuples > 0 AND d.null_frac IS NOT NULL THEN (c.reltuples * (1 - d.null_frac))::float8 END AS in_database_estimate,
       ((c.relpages + coalesce(t.relpages, 0))::float8 * current_setting('block_size')::float8) AS table_bytes,
       (SELECT p.value::text FROM ir_config_parameter p WHERE p.key = 'ir_attachment.location' ORDER BY p.id LIMIT 1) AS location
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
  LEFT JOIN pg_stats f ON f.schemaname = n.nspname AND f.tablename = c.relname AND f.attname = 'store_fname' AND NOT f.inherited
  LEFT JOIN pg_stats d ON d.schemaname = n.nspname AND d.tablename = c.relname AND d.attname = 'db_datas' AND NOT d.inherited
 WHERE c.relname = 'ir_attachment' AND n.nspname = current_schema() AND c.relkind IN ('r', 'p');
