import * as fs from 'fs';

/**
 * A writer for standard output or standard error that writes before it returns.
 *
 * `process.stdout.write` queues what a pipe cannot take at once, and a lint run is one
 * synchronous pass that never lets the queue drain: piped into a slower reader (`| tee`, a CI
 * log), the whole report piled up in memory (10,000 files: 259 MB instead of 105 MB). Writing
 * with `fs.writeSync` keeps memory flat; a pipe that is full (EAGAIN) is waited for.
 *
 * A write that fails (a reader that went away, a full disk, a closed descriptor) ends the output
 * and is remembered: `failure()` says what happened, so that the run can end with exit code 2 and
 * one line, instead of exit 0 or 1 over a report that was cut short. The run itself goes on, so
 * that `--fix` is never cut short between files.
 */
export interface SyncWriter {
  (text: string): void;
  /** Why a write failed ('broken pipe', 'no space left on device', ...), or undefined. */
  failure(): string | undefined;
}

export function syncWriter(fd: number): SyncWriter {
  let failed: string | undefined;
  const write = (text: string) => {
    if (failed !== undefined || text.length === 0) return;
    failed = writeFully(fd, text);
  };
  return Object.assign(write, { failure: () => failed });
}

let pause: Int32Array | undefined;

/** Write all of `text` to `fd`, waiting while a pipe is full; the reason when it cannot. */
export function writeFully(fd: number, text: string | Buffer): string | undefined {
  let first: number;
  try {
    // Most writes go through whole (a file, a terminal, a pipe with room): no copy of the text.
    first = typeof text === 'string' ? fs.writeSync(fd, text) : fs.writeSync(fd, text, 0, text.length);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return describeWriteError(e);
    first = 0;
  }
  const bytes = typeof text === 'string' ? undefined : text;
  if (first >= (bytes ? bytes.length : Buffer.byteLength(text as string, 'utf8'))) return undefined;
  // The rest, byte-exact: a pipe may take part of a write.
  const all = bytes ?? Buffer.from(text as string, 'utf8');
  let done = first;
  while (done < all.length) {
    try {
      done += fs.writeSync(fd, all, done, all.length - done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        // The reader is behind: wait a millisecond for it, without spinning.
        pause ??= new Int32Array(new SharedArrayBuffer(4));
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      return describeWriteError(e);
    }
  }
  return undefined;
}

export function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EPIPE':
      return 'broken pipe (the reader went away)';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EBADF':
      return 'the output is closed';
    case 'EIO':
      return 'input/output error';
    case 'EFBIG':
      return 'file too large';
    default:
      return code ? `write failed (${code})` : 'write failed';
  }
}
