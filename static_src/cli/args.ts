// Arguments of the commands: parsing, and the values every command checks the same way.
// Each mistake is one sentence (UserError, exit 2) naming the option and what it takes.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FORMATS, isFormat, type Format } from '../core/export';
import { DEFAULT_LOCALE, knownTimeZone } from '../core/format';
import type { EngagementOptions } from '../core/engagement';
import { parseSeverity } from '../core/report';
import { SEVERITIES, type Severity } from '../core/report-types';
import { UserError } from './errors';

export const COMMON = { help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } } as const;

/** parseArgs' errors in pgcap's words: "unknown option --x", "--out needs a value". */
function argumentError(e: unknown, command: string): UserError {
  const err = e as { code?: string; message?: string };
  const message = String(err.message ?? e);
  const named = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  const sentence = (() => {
    switch (err.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return `unknown option ${named}`;
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`;
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        if (/does not take an argument/.test(message)) return `${named} takes no value`;
        if (/ambiguous/.test(message)) return `${named} needs a value (one that starts with a dash is written ${named}=VALUE)`;
        return `${named} needs a value`;
      default: return message.split('\n')[0]!.replace(/\.$/, '');
    }
  })();
  return new UserError(`${sentence}. Run "pgcap ${command} --help".`);
}

export function parse<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw argumentError(e, command);
  }
}

export function formatOf(value: string | undefined, allowed: readonly string[] = FORMATS): Format {
  const f = value ?? 'md';
  if (!allowed.includes(f) || !isFormat(f)) throw new UserError(`unknown --format ${f}; use one of ${allowed.join(', ')}.`);
  return f;
}

export function severityOf(value: string | undefined, option = '--fail-on'): Severity | null {
  if (value === undefined) return null;
  const s = parseSeverity(value);
  if (!s) throw new UserError(`unknown ${option} ${value}; use one of ${SEVERITIES.join(', ')}.`);
  return s;
}

export const DEFAULT_TIMEOUT_S = 60;
const MAX_TIMEOUT_S = 86_400;

/** --timeout SECONDS: a number above 0, up to a day (timers overflow past 24 days). */
export function timeoutOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_S * 1000;
  const s = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(s > 0 && s <= MAX_TIMEOUT_S)) {
    throw new UserError(`--timeout takes a number of seconds above 0 and up to ${MAX_TIMEOUT_S}, not ${JSON.stringify(value)}.`);
  }
  return Math.max(1, Math.round(s * 1000));
}

const DB_EXAMPLE = 'postgresql://user:password@host:port/dbname';

/**
 * --db (or --save, --to, --from: `option`): a PostgreSQL URL and nothing else. The value is never echoed (it may hold a password):
 * only its scheme, when it has one.
 */
export function dbUrlOf(value: string, option = '--db'): string {
  if (value.trim() === '') throw new UserError(`${option} needs a URL: ${DB_EXAMPLE}`);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]{0,30}):\/\//.exec(value)?.[1];
  if (!scheme) throw new UserError(`${option} is not a PostgreSQL URL: write it as ${DB_EXAMPLE}`);
  if (!['postgresql', 'postgres'].includes(scheme.toLowerCase())) {
    throw new UserError(`${option} is not a PostgreSQL URL: it starts with ${scheme}:, not postgresql:// (${DB_EXAMPLE})`);
  }
  // the same leniency as pg's own parser: spaces encoded, an empty host (the local socket) allowed
  const encoded = /\s|%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(value) ? encodeURI(value).replace(/%25(\d\d)/g, '%$1') : value;
  for (const candidate of [encoded, encoded.replace('@/', '@localhost/')]) {
    try {
      new URL(candidate);
      return value;
    } catch {
      // try the next spelling
    }
  }
  throw new UserError(`${option} is a malformed URL: check the port (1 to 65535), and percent-encode @ : / # in the user name and password (${DB_EXAMPLE})`);
}

/**
 * --addons, repeated or comma-separated: each must be a folder, and a folder given twice (./x, x/,
 * a symbolic link to it) is scanned once, under the first spelling.
 */
export function addonsOf(values: string[] | undefined): string[] {
  const seen = new Set<string>();
  const roots: string[] = [];
  for (const a of (values ?? []).flatMap((v) => v.split(',')).filter((v) => v !== '')) {
    let real: string;
    try {
      real = fs.realpathSync(a);
    } catch {
      throw new UserError(`addons folder not found: ${a}`);
    }
    let isDir = false;
    try {
      isDir = fs.statSync(real).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new UserError(`not a folder: --addons ${a}`);
    if (seen.has(real)) continue;
    seen.add(real);
    roots.push(a.length > 1 ? a.replace(/[\\/]+$/, '') || a : a);
  }
  return roots;
}

/** The package's root folder (dist/..), for the files shipped with it (sample addons, labels). */
export function packageRoot(): string {
  const script = process.argv[1] ? fs.realpathSync(process.argv[1]) : process.cwd();
  return path.resolve(path.dirname(script), '..');
}

/** Two options that name the same file would overwrite each other. */
export function distinctFiles(a: { option: string; file?: string }, b: { option: string; file?: string }): void {
  if (a.file && b.file && path.resolve(a.file) === path.resolve(b.file)) {
    throw new UserError(`${a.option} and ${b.option} name the same file: ${a.file}`);
  }
}

/** The report options of every command that writes a Markdown or HTML report. */
export const REPORT_OPTIONS = { locale: { type: 'string' }, 'time-zone': { type: 'string' } } as const;
export const REPORT_HELP = `  --locale LOCALE     numbers and dates of the md and html report in this locale, a BCP 47 tag
                      such as en, en-GB, fr, de-CH (default ${DEFAULT_LOCALE})
  --time-zone ZONE    dates of the md and html report in this IANA time zone, such as UTC or
                      Europe/Paris (default: this machine's, now ${Intl.DateTimeFormat().resolvedOptions().timeZone})`;

/** --locale and --time-zone: a locale this Node knows, an IANA zone; else one sentence, exit 2. */
export function reportOptionsOf(values: { locale?: string; 'time-zone'?: string }): Required<EngagementOptions> {
  const locale = values.locale ?? DEFAULT_LOCALE;
  let supported: string[] = [];
  try {
    supported = Intl.NumberFormat.supportedLocalesOf([locale]);
  } catch {
    supported = [];
  }
  if (!supported.length) throw new UserError(`unknown --locale ${JSON.stringify(locale)}: give a BCP 47 tag such as en, en-GB, fr or de-CH.`);
  const zone = values['time-zone'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const timeZone = knownTimeZone(zone);
  if (!timeZone) throw new UserError(`unknown --time-zone ${JSON.stringify(zone)}: give an IANA time zone such as UTC or Europe/Paris.`);
  return { locale, timeZone };
}
