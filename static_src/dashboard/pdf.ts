// The PDF download: the engagement document is built here, in the browser, by the judge bundle
// (core decides every sentence), and printed by the server through Odoo's own report engine
// (pg.capabilities.snapshot.pgcap_pdf: QWeb PDF via wkhtmltopdf). When this Odoo cannot make a
// PDF, pgcap_pdf raises a UserError that says why and what to do; it rejects the promise, and
// Odoo's error service shows it as a dialog unless the caller catches it.
import { SNAPSHOT_MODEL } from './contract';
import { judgeApi, loadFullReport } from './data';

interface Services {
  orm: { call(model: string, method: string, args?: unknown[], kwargs?: Record<string, unknown>): Promise<unknown> };
  action: { doAction(action: unknown, options?: Record<string, unknown>): Promise<unknown> };
  /** Odoo 17's user service (18 and 19 have the @web/core/user module instead, and no service). */
  user?: { lang?: string; tz?: string; context?: { tz?: string } };
}

export interface PdfEnv { services: Services }

/** Odoo's luxon (a global of the web client in 17, 18 and 19): its default locale is the user's
 * language, set by Odoo's localization service. */
declare const luxon: { Settings: { defaultLocale?: string; defaultZone?: { name?: string } } } | undefined;

/** The user's language (BCP 47) and time zone, as Odoo's web client knows them in 17, 18 and 19:
 * the language from luxon's default locale (Odoo sets it from the user's language), else the
 * page's; the time zone from the user's preferences when the version exposes them (17's user
 * service), else the zone the web client shows dates in (the browser's). */
export function userLocale(env: PdfEnv): { locale: string; timeZone: string } {
  const lux = typeof luxon === 'undefined' ? undefined : luxon;
  const locale = lux?.Settings.defaultLocale || env.services.user?.lang?.replace('_', '-') || document.documentElement.lang || 'en';
  const timeZone = env.services.user?.tz || env.services.user?.context?.tz
    || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return { locale, timeZone };
}

/** The QWeb PDF report action of audit snapshotId: its stored report with today's acceptances,
 * made into the engagement document by the judge bundle, printed by pgcap_pdf (or the server's
 * UserError saying why no PDF can be made here). */
export async function pdfAction(orm: Services['orm'], snapshotId: number, formats: { locale: string; timeZone: string }): Promise<unknown> {
  const [judge, report] = await Promise.all([judgeApi(), loadFullReport(orm, snapshotId)]);
  return orm.call(SNAPSHOT_MODEL, 'pgcap_pdf', [snapshotId, judge.buildEngagement(report, formats)]);
}
