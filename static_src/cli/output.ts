// Files and streams of the command line: the report to stdout or --out, snapshots in, the demo's
// folder. Every failure becomes one sentence (UserError, exit 2), checked before the work where it
// can be: a scan does not run for an hour to fail on a typo in --out.
import fs from 'node:fs';
import path from 'node:path';
import { describeErrno, fileError, UserError } from './errors';

/** Snapshots and reports read back are held in memory: refuse what cannot be one. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

function errCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException)?.code;
}

/**
 * Checks that `file` can be written before any work is done: an existing file (or device, such as
 * /dev/null) is fine, a folder is not, and a new file needs an existing folder. pgcap creates no
 * folders for --out and --snapshot, like a shell redirection.
 */
export function checkOutFile(file: string, option: string): void {
  if (file === '') throw new UserError(`${option} needs a file name`);
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(file);
  } catch (e) {
    if (errCode(e) !== 'ENOENT') throw fileError(e, 'write', file);
  }
  if (st) {
    if (st.isDirectory()) throw new UserError(`cannot write ${file}: it is a folder (${option} takes a file name)`);
    return;
  }
  const dir = path.dirname(file);
  let d: fs.Stats;
  try {
    d = fs.statSync(dir);
  } catch (e) {
    if (errCode(e) === 'ENOENT') throw new UserError(`cannot write ${file}: the folder ${dir} does not exist`);
    throw fileError(e, 'write', file);
  }
  if (!d.isDirectory()) throw new UserError(`cannot write ${file}: ${dir} is not a folder`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    throw fileError(e, 'write', file);
  }
}

export function writeFile(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw fileError(e, 'write', file);
  }
}

let readerGone = false;

/** True once the reader of stdout went away (`pgcap scan | head`): nothing more is written there. */
export function stdoutClosed(): boolean {
  return readerGone;
}

/**
 * Writes to stdout and waits until it is handed to the system. A reader that went away (EPIPE:
 * `| head`) ends the output quietly; any other failure (a full disk behind `> file`) is an error.
 */
export async function writeStdout(text: string): Promise<void> {
  if (readerGone || text === '') return;
  const err = await new Promise<Error | null | undefined>((resolve) => {
    try {
      process.stdout.write(text, resolve);
    } catch (e) {
      resolve(e as Error);
    }
  });
  if (!err) return;
  const code = errCode(err);
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET') {
    readerGone = true;
    return;
  }
  throw new UserError(`cannot write to standard output: ${describeErrno(err)}`);
}

/** The report (or diff) to --out FILE, or to stdout. */
export async function emitText(text: string, out: string | undefined, note: (line: string) => void): Promise<void> {
  if (out) {
    writeFile(out, text);
    note(`wrote ${out}`);
  } else {
    await writeStdout(text);
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A file read whole, up to MAX_INPUT_BYTES: /dev/zero or a huge file is refused, not swallowed. */
export function readInput(file: string): string {
  if (file === '') throw new UserError('give a file name, not an empty argument');
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if (errCode(e) === 'ENOENT') throw new UserError(`file not found: ${file}`);
    throw fileError(e, 'read', file);
  }
  try {
    if (fs.fstatSync(fd).isDirectory()) throw new UserError(`cannot read ${file}: it is a folder`);
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(1 << 20);
    let total = 0;
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if (errCode(e) === 'EAGAIN') { // a non-blocking pipe with nothing yet
          sleepSync(10);
          continue;
        }
        throw fileError(e, 'read', file);
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw new UserError(`cannot read ${file}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** A JSON file: a damaged or truncated one is an error a person can act on, not a crash. */
export function readJsonFile(file: string): unknown {
  const text = readInput(file).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = text.trim() === '' ? 'the file is empty' : (e as Error).message;
    throw new UserError(`${file} is not valid JSON (${why}): a damaged or truncated file?`);
  }
}

/**
 * The demo's output folder, ready before the server starts: created when missing (its parent must
 * exist), and proven writable by writing a file into it.
 */
export function prepareOutDir(dir: string): void {
  if (dir === '') throw new UserError('--out-dir needs a folder name');
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch (e) {
    if (errCode(e) !== 'ENOENT') throw fileError(e, 'use the folder', dir);
    const parent = path.dirname(dir);
    if (!fs.existsSync(parent)) throw new UserError(`cannot create the folder ${dir}: ${parent} does not exist`);
    try {
      // not recursive: Node's recursive mkdir spins forever on some paths (/proc/x)
      fs.mkdirSync(dir);
    } catch (e2) {
      throw new UserError(`cannot create the folder ${dir}: ${errCode(e2) === 'ENOENT' ? 'the file system there does not allow it' : describeErrno(e2)}`);
    }
    st = fs.statSync(dir);
  }
  if (!st.isDirectory()) throw new UserError(`cannot use ${dir} as --out-dir: it is not a folder`);
  const probe = path.join(dir, `.pgcap-write-test-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
  } catch (e) {
    throw fileError(e, 'write into', dir);
  }
}
