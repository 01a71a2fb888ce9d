// Jest stand-in for @web/core/l10n/localization: the user's language settings, as Odoo's
// localization service fills them (tests switch to French with setLocalization).
export const localization = {
  code: 'en_US',
  dateFormat: 'MM/dd/yyyy',
  dateTimeFormat: 'MM/dd/yyyy HH:mm:ss',
  decimalPoint: '.',
  thousandsSep: ',',
  grouping: [3, 0],
  direction: 'ltr',
};
const ENGLISH = { ...localization };

export function setLocalization(patch: Partial<typeof localization> | null): void {
  Object.assign(localization, patch ?? ENGLISH);
}
