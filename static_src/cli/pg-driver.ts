// pg, the PostgreSQL driver, loaded on first use: a scan of addons folders alone never connects,
// and loading pg is about a tenth of a second of every run (a warm rescan takes a few tenths).
import type pg from 'pg';

let loading: Promise<typeof pg> | null = null;

export function pgDriver(): Promise<typeof pg> {
  loading ??= import('pg').then((m) => m.default);
  return loading;
}
