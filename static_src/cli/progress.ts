// Progress on stderr, only when stderr is a terminal: one line rewritten in place.
export interface Progress { update(message: string): void; done(): void }

export function progressReporter(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(message: string) {
      const width = (stream.columns ?? 80) - 1;
      stream.write(`\r\x1b[2K${message.slice(0, width)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
