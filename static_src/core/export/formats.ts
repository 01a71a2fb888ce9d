// The export formats, their MIME types and file name extensions: apart from the exporters, so that
// the dashboard's small bundle names a download without bundling the exporters.
export const FORMATS = ['json', 'md', 'html', 'csv', 'sarif', 'cyclonedx'] as const;
export type Format = (typeof FORMATS)[number];

export const MIME: Record<Format, string> = {
  json: 'application/json', md: 'text/markdown', html: 'text/html', csv: 'text/csv', sarif: 'application/sarif+json',
  cyclonedx: 'application/vnd.cyclonedx+json',
};

/** The file name extension of each format (a CycloneDX BOM in JSON is conventionally *.cdx.json). */
export const EXTENSION: Record<Format, string> = { json: 'json', md: 'md', html: 'html', csv: 'csv', sarif: 'sarif', cyclonedx: 'cdx.json' };

export function isFormat(v: string): v is Format {
  return (FORMATS as readonly string[]).includes(v);
}
