// The audit store's tables, version by version: what `pgcap init-store` creates or migrates.
import { SEVERITIES } from '../core/report-types';

export const STORE_SCHEMA = 'pgcap';

/** One entry per store version; entry N-1 takes a store from version N-1 to N. Never edit a released one: append. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE pgcap.audit (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     collected_at timestamptz NOT NULL,
     saved_at timestamptz NOT NULL DEFAULT now(),
     server text,
     database text,
     postgresql_version text,
     odoo_version text,
     catalog_version integer NOT NULL,
     collector text NOT NULL,
     pgcap_version text NOT NULL,
     findings integer NOT NULL,
     refuse integer NOT NULL,
     replace integer NOT NULL,
     keep integer NOT NULL,
     review integer NOT NULL,
     accepted integer NOT NULL,
     dual_writes integer NOT NULL,
     worst_severity text CHECK (worst_severity IN (${SEVERITIES.map((s) => `'${s}'`).join(', ')})),
     capabilities_in_use integer NOT NULL,
     capabilities_known integer NOT NULL,
     odoo_findings integer NOT NULL,
     not_installed_findings integer NOT NULL,
     modules_scanned integer NOT NULL,
     snapshot jsonb NOT NULL,
     report jsonb NOT NULL
   );
   COMMENT ON TABLE pgcap.audit IS 'pgcap audits: the snapshot (redacted) and its report as saved; server is host:port of the audited server, never a password';
   CREATE INDEX audit_collected ON pgcap.audit (collected_at DESC, id DESC);
   CREATE INDEX audit_server_database ON pgcap.audit (server, database, collected_at DESC, id DESC);
   CREATE INDEX audit_database ON pgcap.audit (database, collected_at DESC, id DESC);`,
];

export const STORE_VERSION = MIGRATIONS.length;

/** The table of the store's schema version (one row), created with the schema, before any migration. */
export const VERSION_TABLE = `CREATE TABLE pgcap.store_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version integer NOT NULL,
  pgcap_version text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now());
COMMENT ON TABLE pgcap.store_version IS 'The schema version of the pgcap audit store: pgcap init-store migrates it, and a pgcap refuses a store newer than it knows'`;
