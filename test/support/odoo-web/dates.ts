// Jest stand-in for @web/core/l10n/dates: deserializeDateTime reads the server's UTC timestamp
// ("2026-01-15 09:30:00") into a DateTime in the user's zone (luxon's default zone in Odoo; here
// a fixed offset the test sets), formatDateTime writes it in the language's dateTimeFormat.
// Only the luxon tokens the dashboard and the language formats use are known.
import { localization } from './localization';

export const zone = { offsetMinutes: 0 };

class DateTime {
  constructor(readonly utcMs: number, readonly offset: number) {}
  get isValid(): boolean { return Number.isFinite(this.utcMs); }
  setZone(): DateTime { return this; }
  toFormat(format: string): string {
    const d = new Date(this.utcMs + this.offset * 60000);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const sign = this.offset < 0 ? '-' : '+';
    const abs = Math.abs(this.offset);
    const zoneName = this.offset === 0 ? 'UTC' : `UTC${sign}${abs / 60}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
    const tokens: Record<string, string> = {
      ZZZZ: zoneName, yyyy: String(d.getUTCFullYear()), MM: pad(d.getUTCMonth() + 1), dd: pad(d.getUTCDate()),
      HH: pad(d.getUTCHours()), mm: pad(d.getUTCMinutes()), ss: pad(d.getUTCSeconds()),
    };
    return format.replace(/ZZZZ|yyyy|MM|dd|HH|mm|ss/g, (t) => tokens[t]!);
  }
}

export function deserializeDateTime(value: string): DateTime {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  const ms = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
  return new DateTime(ms, zone.offsetMinutes);
}

export function formatDateTime(value: DateTime | false, options: { format?: string } = {}): string {
  if (!value) return '';
  return value.toFormat(options.format ?? localization.dateTimeFormat);
}
