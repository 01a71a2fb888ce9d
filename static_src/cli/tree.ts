// How the scanner walks a customer's tree that it does not control: names as the file system
// holds them (bytes, not always UTF-8), what an entry really is (a regular file, a folder, or a
// FIFO, socket or device that is never opened), and symlinks followed only while they stay inside
// the addons folder. Twin: odoo_addon/pg_capabilities/collect/tree.py.
import fs from 'node:fs';
import path from 'node:path';

/** A path as bytes: each character is one byte of the name on disk (latin1), so that a name that
 * is not UTF-8 still opens. Turned into a Buffer for every file system call. */
export type BytePath = string;

export const bytePath = (p: string): BytePath => Buffer.from(p, 'utf8').toString('latin1');
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
/** The path for a file system call: as it is when ASCII (the same bytes, no copy), else its bytes. */
export const fsPath = (p: BytePath): string | Buffer => (ASCII.test(p) ? p : Buffer.from(p, 'latin1'));

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes i.. start a valid UTF-8 sequence of this length, or 0 (Unicode's well-formed table:
 * no overlong forms, no surrogates, nothing above U+10FFFF). */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + need >= b.length) return 0;
  for (let k = 1; k <= need; k++) {
    const x = b[i + k]!;
    if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return 0;
  }
  return need + 1;
}

/** A name for the snapshot: UTF-8 as it is, each byte outside valid UTF-8 as `\xNN`, as Python's
 * `bytes.decode('utf-8', 'backslashreplace')` writes it. */
export function displayName(p: BytePath): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(p)) return p;
  const bytes = Buffer.from(p, 'latin1');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    let out = '';
    for (let i = 0; i < bytes.length;) {
      const n = sequenceLength(bytes, i);
      if (n > 0) {
        out += strictUtf8.decode(bytes.subarray(i, i + n));
        i += n;
      } else {
        out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
        i += 1;
      }
    }
    return out;
  }
}

/** Why a file system call failed, in words both collectors use. */
export function errReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symlink loop';
  return `unreadable: ${code === 'EACCES' ? 'permission denied' : code ?? String(e)}`;
}

export type EntryType = 'dir' | 'file' | 'fifo' | 'socket' | 'character device' | 'block device' | 'other';

export function typeOf(st: fs.Stats | fs.BigIntStats | fs.Dirent): EntryType {
  if (st.isDirectory()) return 'dir';
  if (st.isFile()) return 'file';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'other';
}

/** A folder entry: what it is, the path to open it by (a symlink's real target), or why it is
 * not followed (a broken link, a loop, a target outside the addons folder). */
export interface Entry {
  name: BytePath;
  /** The name as the snapshot shows it. */
  display: string;
  type: EntryType | null;
  open: BytePath;
  problem?: string;
}

/** Real paths inside `rootReal` (itself real). */
export function inside(real: BytePath, rootReal: BytePath): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
}

export function realPath(p: BytePath): BytePath {
  return fs.realpathSync.native(fsPath(p), { encoding: 'latin1' });
}

/** path.join(dir, name) for a name as listed (never '.', '..' or holding a separator) in a
 * folder named by a normalised path, without path.join's normalising: the scan's hottest join. */
function child(dir: BytePath, name: BytePath): BytePath {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** The entries of a folder, sorted by their bytes (the same order in both collectors). Throws
 * the file system's error. links: whether an entry is (or may be) a symlink, whose target can
 * change while the folder does not. */
export function listEntries(dir: BytePath, rootReal: BytePath): { entries: Entry[]; links: boolean } {
  const dirents = fs.readdirSync(fsPath(dir), { encoding: 'latin1', withFileTypes: true });
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let links = false;
  const entries = dirents.map((d) => {
    const full = child(dir, d.name);
    const entry: Entry = { name: d.name, display: displayName(d.name), type: typeOf(d), open: full };
    let link = d.isSymbolicLink();
    if (link || entry.type === 'other') links = true;
    if (entry.type === 'other' && !link) {
      // a file system that does not tell the type while listing
      try {
        const st = fs.lstatSync(fsPath(full));
        entry.type = typeOf(st);
        link = st.isSymbolicLink();
      } catch (e) {
        entry.type = null;
        entry.problem = errReason(e);
        return entry;
      }
    }
    if (!link) return entry;
    // a symlink: its type is its target's (stat only looks, it never opens), and it is followed
    // only when the target's real path stays inside the addons folder
    try {
      entry.type = typeOf(fs.statSync(fsPath(full)));
      entry.open = realPath(full);
    } catch (e) {
      entry.type = null;
      entry.problem = errReason(e);
      return entry;
    }
    if (!inside(entry.open, rootReal)) entry.problem = `symlink outside the addons folder: ${displayName(entry.open)}`;
    return entry;
  });
  return { entries, links };
}

/** The entries of a folder listed before (no symlink among them, each type known), as listEntries
 * gives them (those it was given: the scan keeps those it would walk). */
export function entriesOf(dir: BytePath, names: BytePath[], types: EntryType[]): Entry[] {
  return names.map((name, i) => ({ name, display: displayName(name), type: types[i]!, open: child(dir, name) }));
}
