// Jest stand-in for @web/core/l10n/translation: _t(term, ...values) as in Odoo 17/18/19: the term
// looked up in the loaded translations, then values put in its %s or %(name)s placeholders
// (Odoo's sprintf: one plain object means named placeholders). Tests load translations (or a
// marker that shows which texts went through _t) with setTranslator.
let translate: (term: string) => string = (t) => t;

export function setTranslator(fn: ((term: string) => string) | null): void {
  translate = fn ?? ((t) => t);
}

export function sprintf(s: string, ...values: unknown[]): string {
  if (values.length === 1 && Object.prototype.toString.call(values[0]) === '[object Object]') {
    const dict = values[0] as Record<string, unknown>;
    return s.replace(/%\(([^)]+)\)s/g, (_m, k: string) => String(dict[k]));
  }
  const queue = [...values];
  return values.length ? s.replace(/%s/g, () => String(queue.shift())) : s;
}

export function _t(term: string, ...values: unknown[]): string {
  const translated = translate(term);
  return values.length ? sprintf(translated, ...values) : translated;
}
