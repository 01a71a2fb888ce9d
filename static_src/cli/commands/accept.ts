// pgcap accept: appends a well-formed entry to the accept file (.pgcap-accept.yml by default).
import fs from 'node:fs';
import { ACCEPT_FILE, ACCEPT_FILE_HEADER, ACCEPT_ID, acceptEntry, isoDay } from '../../core/accept';
import { readAcceptFile } from '../accept-option';
import { COMMON, parse } from '../args';
import { fileError, UserError } from '../errors';
import { readInput } from '../output';
import { printHelp } from './finish';

export const HELP = `Usage: pgcap accept ID --reason TEXT [--expires YYYY-MM-DD] [--by NAME] [--file PATH]

Accepts a finding by its id (module:store, as in the JSON report or the "id" of a finding), so that
the next report lists it as accepted instead of counting it: not in the verdict counts, the worst
severity or the dual writes of the summary, and not failing --fail-on. From its expiry date on
(the day after the last day it holds) the finding counts again and the report says so.

  --reason TEXT       why it is accepted (required)
  --expires DATE      the last day the acceptance holds, YYYY-MM-DD (default: no expiry)
  --by NAME           who accepted it
  --file PATH         the accept file (default ./${ACCEPT_FILE}; created with a header comment)
  --debug             stack traces on errors

The file is a small, strict subset of YAML, one entry per finding:

  - id: sale_redis_cache:redis
    reason: "Derived cache, flushed on deploy; reviewed with the client"
    expires: 2026-12-31
    by: "Jane Auditor"

Keys: id, reason (required), expires, by; any other key, a tab, a value over two lines or an id
given twice is an error naming its line. scan, report, pull and diff read it with --accept FILE,
or ./${ACCEPT_FILE} when present.`;

export async function accept(args: string[]): Promise<number> {
  const { values, positionals } = parse('accept', { args, strict: true, allowPositionals: true, options: { ...COMMON,
    reason: { type: 'string' }, expires: { type: 'string' }, by: { type: 'string' }, file: { type: 'string' },
  } });
  if (values.help) return printHelp(HELP);
  if (positionals.length !== 1) throw new UserError('give exactly one finding id (module:store). Run "pgcap accept --help".');
  const id = positionals[0]!;
  if (!ACCEPT_ID.test(id)) throw new UserError(`"${id}" is not a finding id: write module:store, e.g. sale_redis_cache:redis`);
  const reason = (values.reason ?? '').trim();
  if (!reason) throw new UserError('--reason is required: say why the finding is accepted.');
  if (/[\r\n]/.test(reason) || /[\r\n]/.test(values.by ?? '')) throw new UserError('--reason and --by take one line each.');
  const expires = values.expires === undefined ? null : isoDay(values.expires.trim());
  if (values.expires !== undefined && !expires) throw new UserError(`--expires takes a date as YYYY-MM-DD, not "${values.expires}".`);
  const file = values.file ?? ACCEPT_FILE;
  const exists = fs.existsSync(file);
  let before = '';
  if (exists) {
    // the file as it is must be well-formed, and the id not accepted yet
    const known = readAcceptFile(file);
    const same = known.find((a) => a.id === id);
    if (same) throw new UserError(`${id} is already accepted in ${same.source}: edit that entry.`);
    before = readInput(file);
  }
  const entry = acceptEntry({ id, reason, expires, by: (values.by ?? '').trim() });
  const text = exists ? `${before === '' || before.endsWith('\n') ? '' : '\n'}${before.trim() === '' ? '' : '\n'}${entry}` : `${ACCEPT_FILE_HEADER}\n${entry}`;
  try {
    fs.appendFileSync(file, text);
  } catch (e) {
    throw fileError(e, 'write', file);
  }
  process.stderr.write(`pgcap: accepted ${id} in ${file}${expires ? ` until ${expires}` : ''}\n`);
  return 0;
}
