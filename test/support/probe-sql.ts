// Jest stand-in for the build's virtual:probe-sql module: the same files, read from disk.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(__dirname, '../../odoo_addon/pg_capabilities/sql');
const sql: Record<string, string> = Object.fromEntries(
  fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
);
export default sql;
