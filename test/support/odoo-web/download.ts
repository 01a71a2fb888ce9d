// Jest stand-in for @web/core/network/download: keeps what would have been downloaded.
export const downloads: { data: string; filename: string; mimetype: string }[] = [];
export function downloadFile(data: string, filename: string, mimetype: string): void {
  downloads.push({ data, filename, mimetype });
}
