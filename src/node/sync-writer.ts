import * as fs from 'fs';

/**
 * A writer for standard output or standard error that writes before it returns.
 *
 * `process.stdout.write` queues what a pipe cannot take at once, and a lint run is one
 * synchronous pass that never lets the queue drain: piped into a slower reader (`| tee`, a CI
 * log), the whole report piled up in memory (10,000 files: 259 MB instead of 105 MB). Writing
 * with `fs.writeSync` keeps memory flat; a pipe that is full (EAGAIN) is waited for. A reader that
 * went away (EPIPE, `| head`) ends the output quietly instead of with a stack trace; the run
 * itself goes on, so that `--fix` is never cut short between files.
 */
export function syncWriter(fd: number): (text: string) => void {
  let closed = false;
  let pause: Int32Array | undefined;
  return (text) => {
    if (closed || text.length === 0) return;
    // Most writes go through whole (a file, a terminal, a pipe with room): no copy of the text.
    let first: number;
    try {
      first = fs.writeSync(fd, text);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') {
        closed = true;
        return;
      }
      first = 0;
    }
    if (first >= Buffer.byteLength(text, 'utf8')) return;
    // The rest, byte-exact: a pipe may take part of a write.
    const bytes = Buffer.from(text, 'utf8');
    let done = first;
    while (done < bytes.length) {
      try {
        done += fs.writeSync(fd, bytes, done, bytes.length - done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // The reader is behind: wait a millisecond for it, without spinning.
          pause ??= new Int32Array(new SharedArrayBuffer(4));
          Atomics.wait(pause, 0, 0, 1);
          continue;
        }
        // EPIPE and anything else: nobody can read this any more.
        closed = true;
        return;
      }
    }
  };
}
