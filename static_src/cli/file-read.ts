// How the scanner reads a file it does not control: a regular file only, never more than the cap
// (even when the file grows while it is read), decoded as UTF-8 with U+FFFD for what is not
// (never dropped), and lines cut at a length cap. Twin: odoo_addon/pg_capabilities/collect/file_read.py.
import fs from 'node:fs';
import { errReason, fsPath, typeOf, type BytePath } from './tree';
import { splitLines } from './source-text';

// O_NONBLOCK: should a FIFO take the file's place after it was looked at, opening does not wait
// for a writer; O_NOFOLLOW: the path given is the real one, a symlink put there is refused.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/** The bytes of a regular file of at most `cap` bytes, or why not. Reads at most cap + 1 bytes.
 * With `withStat`, also the file's status as it was opened (the scan cache's key). */
export function readRegularFile(p: BytePath, cap: number, withStat = false):
  ({ data: Buffer } | { reason: string }) & { stat?: fs.BigIntStats } {
  let fd: number;
  try {
    fd = fs.openSync(fsPath(p), OPEN_FLAGS);
  } catch (e) {
    return { reason: errReason(e) };
  }
  try {
    const big = withStat ? fs.fstatSync(fd, { bigint: true }) : undefined;
    const st = big ?? fs.fstatSync(fd);
    const stat = big ? { stat: big } : {};
    if (!st.isFile()) return { reason: `not a regular file: ${typeOf(st)}` };
    const size = Number(st.size);
    if (size > cap) return { reason: `too large: ${size} bytes`, ...stat };
    let buf = Buffer.allocUnsafe(size + 1);
    let got = 0;
    for (;;) {
      if (got === buf.length) {
        if (got > cap) break;
        // the file grew since its size was read: read on, but never past cap + 1 bytes
        const bigger = Buffer.allocUnsafe(Math.min(cap + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, got);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      // all the bytes the file had when opened: one read less per file (growing since is a race
      // like growing after the read)
      if (got === size) break;
    }
    if (got > cap) return { reason: `too large: more than ${cap} bytes` };
    return { data: buf.subarray(0, got), ...stat };
  } catch (e) {
    return { reason: errReason(e) };
  } finally {
    fs.closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8');

/** UTF-8 with U+FFFD for each maximal invalid subpart (WHATWG, as Python's 'replace' does), a
 * leading byte order mark dropped. */
export function decodeText(data: Uint8Array): string {
  return utf8.decode(data);
}

const HIGH_SURROGATE_AT_END = /[\uD800-\uDBFF]$/;

/** Lines cut to `maxChars` UTF-16 units (a surrogate pair is never split): how many were cut and
 * the first one's number. Line breaks become \n where a line was cut. */
export function cutLongLines(text: string, maxChars: number): { text: string; cut: number; first: number } {
  if (text.length <= maxChars) return { text, cut: 0, first: 0 };
  const lines = splitLines(text);
  let cut = 0;
  let first = 0;
  lines.forEach((line, i) => {
    if (line.length <= maxChars) return;
    let short = line.slice(0, maxChars);
    if (HIGH_SURROGATE_AT_END.test(short)) short = short.slice(0, -1);
    lines[i] = short;
    cut += 1;
    first ||= i + 1;
  });
  return cut === 0 ? { text, cut, first } : { text: lines.join('\n'), cut, first };
}
