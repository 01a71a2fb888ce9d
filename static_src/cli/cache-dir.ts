// Whether a scan cache folder may be trusted. Whoever can write the cache decides what a rescan
// reports (a planted entry adds a finding or hides one), so a folder that is already there is used
// only when it is this user's and nobody else may write it, like ssh's ~/.ssh. A missing folder is
// created by the scan with mode 0700. The scanner checks it before it opens the cache (scanner.ts
// openCache), so every caller gets the check.
import fs from 'node:fs';
import { errReason } from './tree';

/** Why `dir` may not hold the scan cache, or null when it may (or does not exist yet). */
export function untrustedCacheDir(dir: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir); // a link is judged by its target: that is where the cache is written
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : `unreadable (${errReason(e)})`;
  }
  if (!st.isDirectory()) return 'not a folder';
  if (process.platform === 'win32' || !process.getuid) return null;
  if (st.uid !== process.getuid()) return `owned by another user (uid ${st.uid})`;
  if ((st.mode & 0o022) !== 0) return `writable by ${(st.mode & 0o002) !== 0 ? 'others' : 'its group'} (chmod 0700 it)`;
  return null;
}
