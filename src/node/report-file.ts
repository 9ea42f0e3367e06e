import * as fs from 'fs';
import * as path from 'path';
import { fsPath } from './os-path';
import { isWithin, realPath, repositoryRoot } from './read';
import { describeWriteError, writeFully } from './sync-writer';
import { createTempFile, discard, settled } from './temp-files';

/** Where a report goes, piece by piece; `close` says whether all of it was written. */
export interface Sink {
  write(text: string): void;
  /** Undefined when everything was written, else why not. */
  close(): string | undefined;
}

/**
 * The -o report file. A regular file (or a new one) is written whole or not at all: into a
 * temporary file beside it (temp-files.ts), renamed into place at the end. A device, a FIFO or a
 * terminal (`-o /dev/null`, `-o /dev/stdout`) is written directly: renaming a file over it would
 * replace the device or link with a regular file. Inside a repository (or the working folder),
 * which a pull request controls, a symbolic link is written through only to a regular file of the
 * same repository, and a FIFO or device is refused: a planted `report.sarif` link cannot make the
 * run write anywhere else.
 */
export function openReportFile(target: string): Sink | string {
  let link: fs.Stats;
  try {
    link = fs.lstatSync(fsPath(target));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return atomicSink(target, undefined);
    return describeWriteError(e);
  }
  const inside = trustedFolder(target);
  if (link.isFile()) return atomicSink(target, link);
  let resolved: fs.Stats | undefined;
  let real: string | undefined;
  try {
    resolved = fs.statSync(fsPath(target));
  } catch {
    // A dangling link is replaced by the report, as a missing file would be made.
    if (link.isSymbolicLink()) return atomicSink(target, undefined);
  }
  try {
    real = realPath(target);
  } catch {
    // A pipe or socket behind /proc/self/fd/N has no path.
  }
  if (link.isDirectory() || resolved?.isDirectory()) return 'is a folder';
  if (inside !== undefined) {
    if (real === undefined || !isWithin(real, inside)) return 'a symbolic link out of the repository; not followed';
    if (!resolved?.isFile()) return 'not a regular file (a FIFO, a device or a socket); not written';
    return atomicSink(real, resolved);
  }
  // `/dev/stdout` and `/dev/fd/N` name what the shell opened (a pipe, a terminal, or a file it
  // truncated or opened to append to): written directly. Another link outside any repository, to
  // a regular file, is the user's own: the file it points to is replaced.
  const abs = path.resolve(target);
  const viaDescriptor = abs.startsWith('/dev/') || abs.startsWith('/proc/');
  if (resolved?.isFile() && real !== undefined && !viaDescriptor) return atomicSink(real, resolved);
  return directSink(target);
}

/** The repository (or working folder) a path lies in, which its links must stay inside; undefined elsewhere. */
function trustedFolder(target: string): string | undefined {
  const abs = path.resolve(target);
  const repo = repositoryRoot(path.dirname(abs));
  if (repo !== undefined) return realOrSelf(repo);
  const cwd = process.cwd();
  return isWithin(abs, cwd) && cwd !== path.parse(cwd).root ? realOrSelf(cwd) : undefined;
}

function realOrSelf(p: string): string {
  try {
    return realPath(p);
  } catch {
    return p;
  }
}

function atomicSink(target: string, existing: fs.Stats | undefined): Sink | string {
  let tmp: ReturnType<typeof createTempFile>;
  try {
    tmp = createTempFile(path.dirname(path.resolve(target)), path.basename(target));
  } catch (e) {
    return describeWriteError(e);
  }
  let failed: string | undefined;
  return {
    write(text) {
      if (failed === undefined && text) failed = writeFully(tmp.fd, text);
    },
    close() {
      try {
        if (failed === undefined) {
          // A report readable as any new file would be (or with the mode of the one it replaces).
          const umask = process.umask();
          fs.fchmodSync(tmp.fd, existing ? existing.mode & 0o7777 : 0o666 & ~umask);
          fs.fsyncSync(tmp.fd);
        }
        fs.closeSync(tmp.fd);
        if (failed === undefined) {
          fs.renameSync(fsPath(tmp.path), fsPath(target));
          settled(tmp.path);
          return undefined;
        }
      } catch (e) {
        failed ??= describeWriteError(e);
      }
      discard(tmp.path);
      return failed;
    },
  };
}

function directSink(target: string): Sink | string {
  let fd: number;
  try {
    // No O_CREAT, no O_TRUNC: it exists and is not a regular file; O_NONBLOCK: a FIFO without a reader fails instead of hanging.
    fd = fs.openSync(fsPath(target), fs.constants.O_WRONLY | fs.constants.O_APPEND | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENXIO' ? 'a FIFO with no reader' : describeWriteError(e);
  }
  let failed: string | undefined;
  return {
    write(text) {
      if (failed === undefined && text) failed = writeFully(fd, text);
    },
    close() {
      try {
        fs.closeSync(fd);
      } catch (e) {
        failed ??= describeWriteError(e);
      }
      return failed;
    },
  };
}
