-- Part of pg_capabilities. License LGPL-3.0-or-later.
-- pgcap:probe (the marker by which the tool leaves its own statements out of pg_stat_statements)
-- Parameter-free, read-only; catalog and statistics only. Columns: text, boolean, int4, float8.
-- How full the server-wide notification queue is (0 to 1).
SELECT pg_notification_queue_usage()::float8 AS usage;
