// Attacks through the password file (~/.pgpass or PGPASSFILE): a link to a device, a FIFO, a huge
// file. Each is refused at once, with a warning, and never read whole; the file the user meant is read.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pgpassPassword, readPgpass } from '../../static_src/cli/pgpass';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgcap-pgpass-attack-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const posix = process.platform !== 'win32';

function read(file: string): { text: string | null; warnings: string[] } {
  const warnings: string[] = [];
  const text = readPgpass(file, (w) => warnings.push(w));
  return { text, warnings };
}

(posix ? describe : describe.skip)('a hostile password file', () => {
  test('a link to /dev/zero is not a plain file: ignored, said, not read', () => {
    const f = path.join(tmp, 'zero');
    fs.symlinkSync('/dev/zero', f);
    const r = read(f);
    expect(r.text).toBeNull();
    expect(r.warnings.join()).toMatch(/not a plain file/);
  });

  test('a FIFO does not block', () => {
    const f = path.join(tmp, 'fifo');
    execFileSync('mkfifo', ['-m', '0600', f]);
    const r = read(f);
    expect(r.text).toBeNull();
    expect(r.warnings.join()).toMatch(/not a plain file/);
  });

  test('a huge (sparse) file is refused by its size, not read', () => {
    const f = path.join(tmp, 'huge');
    fs.writeFileSync(f, '', { mode: 0o600 });
    fs.truncateSync(f, 3 * 1024 ** 3);
    const r = read(f);
    expect(r.text).toBeNull();
    expect(r.warnings.join()).toMatch(/larger than 1 MB: ignored/);
  });

  test('the file the user meant (0600) is read, and gives its password', () => {
    const f = path.join(tmp, 'good');
    fs.writeFileSync(f, '# comment\nhost:5432:db:u:pw\\:1\n', { mode: 0o600 });
    expect(read(f).text).toContain('host:5432:db:u');
    expect(pgpassPassword({ host: 'host', port: 5432, database: 'db', user: 'u' }, () => undefined, { PGPASSFILE: f })).toBe('pw:1');
  });
});
