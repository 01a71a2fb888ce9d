// Number and size formatting shared by the exporters and the dashboard.
import type { CapabilityPart, Cell, Column } from './report-types';

/** The locale numbers and dates are written in when none is given: the exports' historic default. */
export const DEFAULT_LOCALE = 'en';

/** A locale tag Intl knows, else the default (a bad --locale is refused by the CLI before this). */
export function knownLocale(locale: string | undefined): string {
  if (!locale) return DEFAULT_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** A time zone Intl knows (an IANA name such as Europe/Paris, or UTC), else null. */
export function knownTimeZone(timeZone: string | undefined): string | null {
  if (!timeZone) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(knownLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
}

/** "2.1 GB" (en), "2,1 GB" (fr): binary multiples, one decimal below 10. */
export function formatBytes(n: number | null | undefined, locale = 'en-US'): string {
  if (n == null || !Number.isFinite(n)) return '';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u += 1; }
  return `${numberFormat(locale, u === 0 || v >= 10 ? 0 : 1).format(u === 0 ? Math.round(v) : v)} ${units[u]}`;
}

/** "48,210" (en), "48 210" (fr): a whole number. */
export function formatNumber(n: number | null | undefined, locale = 'en-US'): string {
  if (n == null || !Number.isFinite(n)) return '';
  return numberFormat(locale, 0).format(Math.round(n));
}

/** A rate or a small figure: whole above 10, else up to two significant decimals ("0.79", "4.7"). */
export function formatFigure(n: number | null | undefined, locale = 'en-US'): string {
  if (n == null || !Number.isFinite(n)) return '';
  if (Math.abs(n) >= 10 || Number.isInteger(n)) return formatNumber(n, locale);
  return new Intl.NumberFormat(knownLocale(locale), { maximumSignificantDigits: 2 }).format(n);
}

export function formatCell(value: Cell | undefined, kind: Column['kind'], locale = 'en-US'): string {
  if (value == null) return '';
  if (kind === 'bytes') return typeof value === 'number' ? formatBytes(value, locale) : String(value);
  if (kind === 'number') return typeof value === 'number' ? formatNumber(value, locale) : String(value);
  if (kind === 'bool') return value === true ? 'yes' : value === false ? 'no' : String(value);
  return String(value);
}

const dateParts = (d: Date, locale: string, timeZone: string, o: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(knownLocale(locale), { timeZone, ...o }).format(d);

/** The zone as a reader knows it: "UTC", or "Europe/Paris (UTC+1)" with the offset on that date. */
function zoneName(d: Date, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return `${timeZone}${offset ? ` (${offset.replace(/^GMT/, 'UTC')})` : ''}`;
}

/** "1 December 2026" (en: "December 1, 2026"; fr: "1 décembre 2026"), or the text itself when it is no date. */
export function formatDate(iso: string | null | undefined, locale: string, timeZone = 'UTC'): string {
  const d = new Date(String(iso ?? ''));
  if (!iso || Number.isNaN(d.getTime())) return String(iso ?? '');
  return dateParts(d, locale, knownTimeZone(timeZone) ?? 'UTC', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "December 1, 2026, 05:25 UTC": the date, the time (24 h) and the zone named. */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone = 'UTC'): string {
  const d = new Date(String(iso ?? ''));
  if (!iso || Number.isNaN(d.getTime())) return String(iso ?? '');
  const tz = knownTimeZone(timeZone) ?? 'UTC';
  const time = dateParts(d, locale, tz, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${formatDate(iso, locale, tz)}, ${time} ${zoneName(d, tz)}`;
}

const PART_STATUS: Record<CapabilityPart['status'], string> = { in_use: 'in use', not_in_use: 'none found', not_checked: 'not checked' };

/** Where a capability was looked for and what came of it, one sentence for every export and the dashboard. */
export function describeParts(parts: CapabilityPart[]): string {
  const looked = parts.filter((p) => p.status !== 'not_checked').map((p) => `${p.part} (${PART_STATUS[p.status]})`);
  const notChecked = parts.filter((p) => p.status === 'not_checked').map((p) => `${p.part} (${p.reason})`);
  return [looked.length ? `Looked at: ${looked.join(', ')}.` : '', notChecked.length ? `Not checked: ${notChecked.join('; ')}.` : ''].filter(Boolean).join(' ');
}

// ---- Hostile text: what every export and the dashboard do to a datum before showing it ----

/**
 * Characters that show nothing yet change how the text around them reads (Trojan Source, spoofed
 * names): C0 and C1 controls but tab (line breaks included), format characters (bidi embeddings,
 * overrides, isolates and marks, zero-width spaces and joiners, the BOM, soft hyphen, tag
 * characters), line and paragraph separators, invisible fillers (combining grapheme joiner, Hangul
 * fillers, Khmer inherent vowels) and lone surrogates.
 */
const INVISIBLE = /(?!\t)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;
/** The same, less what JSON.stringify already writes as an escape (C0 controls, lone surrogates). */
const INVISIBLE_IN_JSON = /[\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every invisible character shown as its code point, `<U+202E>`: a name or snippet reads as it is. */
export function visible(s: string): string {
  return s.replace(INVISIBLE, (c) => `<${codePoint(c)}>`);
}

/** At most `max` characters: the head and the tail of a longer text, an ellipsis between (never
 * splitting a surrogate pair). */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  let head = Math.ceil((max - 1) * 0.6);
  let tail = s.length - (max - 1 - head);
  if (/[\uD800-\uDBFF]/.test(s[head - 1] ?? '')) head -= 1;
  if (/[\uDC00-\uDFFF]/.test(s[tail] ?? '')) tail += 1;
  return `${s.slice(0, head)}…${s.slice(tail)}`;
}

/** A datum as shown to a person: invisible characters made visible, then shortened. */
export function displayText(s: string, max: number): string {
  return shorten(visible(s), max);
}

/**
 * JSON text of exact data in which no invisible character hides: they are written as \u escapes,
 * which JSON.parse reads back as the very same characters (C0 controls and lone surrogates
 * JSON.stringify escapes itself).
 */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(INVISIBLE_IN_JSON, (c) =>
    [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
  return `${text}\n`;
}

const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/** Report data for the screen: every string with its invisible characters made visible, except
 * identifiers (`id`), which stay as they are to key rows and anchors. What holds none is shared,
 * not copied (a report of 5,000 findings is mostly clean). */
export function visibleCopy<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return HAS_INVISIBLE.test(v) ? visible(v) : v;
    if (Array.isArray(v)) {
      let out: unknown[] | null = null;
      v.forEach((x, i) => {
        const w = walk(x);
        if (w !== x) (out ??= [...v])[i] = w;
      });
      return out ?? v;
    }
    if (v && typeof v === 'object') {
      let out: Record<string, unknown> | null = null;
      for (const [k, x] of Object.entries(v)) {
        const w = k === 'id' ? x : walk(x);
        if (w !== x) (out ??= { ...v })[k] = w;
      }
      return out ?? v;
    }
    return v;
  };
  return walk(value) as T;
}
