// Jest stand-in for @web/core/l10n/translation: no translations loaded, placeholders filled as
// Odoo's sprintf fills them (%s in order, or %(name)s from one object).
export function _t(term: string, ...values: unknown[]): string {
  if (values.length === 1 && Object.prototype.toString.call(values[0]) === '[object Object]') {
    const dict = values[0] as Record<string, unknown>;
    return term.replace(/%\(([^)]+)\)s/g, (_m, k: string) => String(dict[k]));
  }
  return term.replace(/%s/g, () => String(values.shift()));
}
