// --accept FILE, on the commands that build a report (scan, report, pull, diff): the findings the
// client accepted. Without it, .pgcap-accept.yml in the current folder is used when present, and
// pgcap says so on stderr. A malformed file is an error naming its file and line (exit 2).
import fs from 'node:fs';
import { ACCEPT_FILE, AcceptFileError, applyAcceptances, parseAcceptFile } from '../core/accept';
import type { Acceptance, Report } from '../core/report-types';
import { UserError } from './errors';
import { readInput } from './output';

export const ACCEPT_OPTION = { accept: { type: 'string' } } as const;

export const ACCEPT_HELP = `  --accept FILE       findings accepted by the client (see "pgcap accept --help"); without it,
                      ${ACCEPT_FILE} in the current folder is used when present`;

/** The acceptances of --accept FILE, or of ./.pgcap-accept.yml when present; null when neither. */
export function acceptancesFrom(file: string | undefined, quiet: boolean): Acceptance[] | null {
  let name = file;
  if (name === undefined) {
    if (!fs.existsSync(ACCEPT_FILE)) return null;
    name = ACCEPT_FILE;
    if (!quiet) process.stderr.write(`pgcap: using the accepted findings of ./${ACCEPT_FILE} (--accept FILE names another)\n`);
  }
  return readAcceptFile(name);
}

/** An accept file parsed; a mistake in it is a UserError with file:line. */
export function readAcceptFile(name: string): Acceptance[] {
  try {
    return parseAcceptFile(readInput(name), name);
  } catch (e) {
    if (e instanceof AcceptFileError) throw new UserError(`${e.message}. Run "pgcap accept --help" for the format.`);
    throw e;
  }
}

/** The report with the acceptances applied on today's date, or as it is without any. */
export function accepted(report: Report, acceptances: Acceptance[] | null): Report {
  return acceptances ? applyAcceptances(report, acceptances, new Date()) : report;
}
