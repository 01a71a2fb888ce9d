// Numbers, sizes and dates as Odoo shows them to this user: Odoo's own formatters (the user's
// language: thousands separator, decimal point) and dates in the user's time zone. Every unit and
// sentence goes through _t, so that a translation can reorder it.
import { _t } from '@web/core/l10n/translation';
import { deserializeDateTime, formatDateTime } from '@web/core/l10n/dates';
import { formatFloat, formatInteger } from '@web/views/fields/formatters';

/** A count, grouped as the user's language groups digits ("12,345", "12 345"). */
export function integer(n: number | null | undefined): string {
  return n == null || !Number.isFinite(n) ? '' : formatInteger(Math.round(n));
}

/** A figure that may have decimals (a rate per day): whole above 10, one decimal under. */
export function figure(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '';
  return Number.isInteger(n) || Math.abs(n) >= 10 ? integer(n) : formatFloat(n, { digits: [16, 1] });
}

/** A size in bytes, in the largest unit under 1024, one decimal under 10. */
export function size(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return '';
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < 4) { v /= 1024; u += 1; }
  const n = u === 0 ? integer(v) : formatFloat(v, { digits: [16, v < 10 ? 1 : 0] });
  switch (u) {
    case 0: return _t('%(size)s B', { size: n });
    case 1: return _t('%(size)s kB', { size: n });
    case 2: return _t('%(size)s MB', { size: n });
    case 3: return _t('%(size)s GB', { size: n });
    default: return _t('%(size)s TB', { size: n });
  }
}

/** A UTC timestamp of the server ("2026-01-15 09:30:00") in the user's format and time zone,
 * with the zone named ("15/01/2026 10:30:00 (UTC+1)"); the text as given when it is no date. */
export function dateTime(utc: string | null | undefined): string {
  if (!utc) return '';
  try {
    const dt = deserializeDateTime(String(utc).replace('T', ' ').replace(/(\.\d+)?Z?$/, ''));
    if (!dt.isValid) return String(utc);
    return _t('%(date)s (%(zone)s)', { date: formatDateTime(dt), zone: dt.toFormat('ZZZZ') });
  } catch {
    return String(utc);
  }
}
