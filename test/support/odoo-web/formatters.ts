// Jest stand-in for @web/views/fields/formatters: formatInteger and formatFloat as Odoo writes
// them (web/static/src/core/utils/numbers.js: digits grouped by the language's thousands
// separator, the language's decimal point, digits[1] decimals, 2 when not given).
import { localization } from './localization';

function group(int: string, sep: string): string {
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const out = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return neg ? `-${out}` : out;
}

export function formatInteger(value: number | false | null, options: { thousandsSep?: string } = {}): string {
  if (value === false || value === null) return '';
  return group(value.toFixed(0), options.thousandsSep ?? localization.thousandsSep);
}

export function formatFloat(value: number | false, options: { digits?: [number, number]; trailingZeros?: boolean } = {}): string {
  if (value === false) return '';
  const precision = options.digits?.[1] ?? 2;
  const [int, dec] = value.toFixed(precision).split('.');
  let frac = dec;
  if (options.trailingZeros === false && frac) frac = frac.replace(/0+$/, '');
  return frac ? `${group(int!, localization.thousandsSep)}${localization.decimalPoint}${frac}` : group(int!, localization.thousandsSep);
}
