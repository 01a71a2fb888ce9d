// One entry point for every export format, used by the CLI and the dashboard alike.
import { jsonText } from '../format';
import type { EngagementOptions } from '../engagement';
import type { Report } from '../report-types';
import { toCsv } from './csv';
import { toCycloneDx } from './cyclonedx';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { toSarif } from './sarif';
import type { Format } from './formats';

export { EXTENSION, FORMATS, isFormat, MIME, type Format } from './formats';

/** opts: the locale and time zone of the Markdown and HTML engagement report's numbers and dates
 * (default 'en' and the runtime's zone); the data formats ignore them. */
export function exportReport(report: Report, format: Format, opts: EngagementOptions = {}): string {
  switch (format) {
    // the data exactly; invisible characters written as \u escapes so that none hides in the text
    case 'json': return jsonText(report);
    case 'md': return toMarkdown(report, opts);
    case 'html': return toHtml(report, opts);
    case 'csv': return toCsv(report);
    case 'sarif': return toSarif(report);
    // the store inventory as a CycloneDX 1.6 BOM of services
    case 'cyclonedx': return toCycloneDx(report);
  }
}
