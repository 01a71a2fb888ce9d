// What pgcap says on stderr while it works. On a terminal: one live line rewritten in place
// ("probe 7/25: jsonb_columns", "scanning addons: 120/590 modules, 37 matches"), cleared at the
// end. Elsewhere (CI logs, a pipe): no live line, only the lines that stay (a final summary,
// "wrote FILE"). --quiet silences both; errors are printed by main whatever the mode.
import { oneLine } from './errors';

export interface Progress {
  /** True when updates are shown (stderr is a terminal and not --quiet): worth computing totals for. */
  readonly live: boolean;
  /** Rewrites the live line (terminal only). */
  update(message: string): void;
  /** Clears the live line. */
  done(): void;
  /** A line that stays: "pgcap: <line>" (not under --quiet). */
  note(line: string): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export function progressReporter(quiet: boolean, stream: ProgressStream = process.stderr): Progress {
  const live = !quiet && Boolean(stream.isTTY);
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    live,
    update(message: string) {
      if (!live) return;
      const width = Math.max((stream.columns || 80) - 1, 10); // 0 when the terminal has no size
      stream.write(`\r\x1b[2K${oneLine(message).slice(0, width)}`);
      shown = true;
    },
    done: clear,
    note(line: string) {
      if (quiet) return;
      clear();
      stream.write(`pgcap: ${oneLine(line)}\n`);
    },
  };
}

/** Runs `run` with the live line, and clears it whatever happens. */
export async function withProgress<T>(progress: Progress, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    progress.done();
  }
}
