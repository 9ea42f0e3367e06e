import * as fs from 'fs';
import * as path from 'path';
import { fsPath } from './os-path';

/**
 * Temporary files beside the files golint-docker replaces (a fixed Dockerfile, the -o report).
 * The folder belongs to a repository that may be hostile, so a temporary file is created
 * exclusively (O_EXCL, and O_NOFOLLOW: a planted file or symbolic link of the same name makes the
 * creation fail instead of being written through) under a name nobody can predict, readable only
 * by its owner until it is complete. Each one is removed when the process ends without renaming
 * it: on an exception, on exit, and on SIGINT, SIGTERM or SIGHUP (after which the process still
 * ends by that signal).
 */
const live = new Set<string>();
let hooked = false;

export interface TempFile {
  path: string;
  fd: number;
}

/** A new, empty temporary file in `dir`, named after `base`. */
export function createTempFile(dir: string, base: string): TempFile {
  hook();
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
  for (let attempt = 0; ; attempt++) {
    const name = path.join(dir, `.${base.slice(0, 100)}.${randomHex()}.golint-docker.tmp`);
    try {
      const fd = fs.openSync(fsPath(name), flags, 0o600);
      live.add(name);
      return { path: name, fd };
    } catch (e) {
      // A name taken (by chance, or by a file planted there) is never reused: try another.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw e;
    }
  }
}

/** 16 random hexadecimal digits; node:crypto is loaded only by a run that writes (a few milliseconds of start-up). */
function randomHex(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('crypto') as typeof import('crypto')).randomBytes(8).toString('hex');
}

/** The file was renamed into place (or removed): nothing to clean up any more. */
export function settled(file: string): void {
  live.delete(file);
}

/** Remove a temporary file that will not be used. */
export function discard(file: string): void {
  live.delete(file);
  try {
    fs.unlinkSync(fsPath(file));
  } catch {
    // Gone already.
  }
}

/** Are there temporary files that a signal would have to remove? */
export function hasLiveTempFiles(): boolean {
  return live.size > 0;
}

function removeAll(): void {
  for (const file of [...live]) discard(file);
}

function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      removeAll();
      // End as the signal would have ended the process (exit status 128 + n).
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}
