// Types of the few Odoo web modules the dashboard uses. At run time they are Odoo's own
// (externals of the esbuild bundle); in jest, test/support/odoo-web/*.ts stand in for them.
declare module '@web/core/registry' {
  interface Category { add(key: string, value: unknown, options?: { force?: boolean }): Category; get(key: string): unknown }
  export const registry: { category(name: string): Category };
}
declare module '@web/core/utils/hooks' {
  export interface OrmService {
    call(model: string, method: string, args?: unknown[], kwargs?: Record<string, unknown>): Promise<unknown>;
    searchRead(model: string, domain: unknown[], fields: string[], kwargs?: { limit?: number }): Promise<Record<string, unknown>[]>;
  }
  export interface ActionService { doAction(action: string | Record<string, unknown>, options?: { additionalContext?: Record<string, unknown> }): Promise<unknown> }
  export interface NotificationService { add(message: string, options?: { type?: 'info' | 'success' | 'warning' | 'danger'; title?: string }): void }
  export function useService(name: 'orm'): OrmService;
  export function useService(name: 'notification'): NotificationService;
  export function useService(name: 'action'): ActionService;
  export function useService(name: string): unknown;
}
declare module '@web/core/assets' {
  export function loadBundle(name: string): Promise<void>;
}
declare module '@web/core/network/download' {
  export function downloadFile(data: string | Blob, filename: string, mimetype: string): Promise<unknown> | unknown;
}
declare module '@web/core/l10n/translation' {
  export function _t(text: string, ...values: unknown[]): string;
}
declare module '@web/views/fields/formatters' {
  export function formatInteger(value: number | false | null, options?: { grouping?: number[]; thousandsSep?: string; humanReadable?: boolean }): string;
  export function formatFloat(value: number | false, options?: { digits?: [number, number]; trailingZeros?: boolean; humanReadable?: boolean }): string;
}
declare module '@web/core/l10n/dates' {
  /** A luxon DateTime (Odoo's own luxon): only what the dashboard uses. */
  export interface DateTime { isValid: boolean; toFormat(format: string): string; setZone(zone: string): DateTime }
  export function deserializeDateTime(value: string, options?: { tz?: string }): DateTime;
  export function formatDateTime(value: DateTime | false, options?: { format?: string; tz?: string }): string;
}
declare module '@web/core/l10n/localization' {
  export const localization: { code: string; dateFormat: string; dateTimeFormat: string; decimalPoint: string; thousandsSep: string; direction: string };
}
declare module '@web/search/layout' {
  import type { Component } from '@odoo/owl';
  export const Layout: typeof Component;
}
