import { isUtf8 } from 'buffer';
import * as fs from 'fs';
import * as path from 'path';
import { dirIndex } from './dir-index';
import { decodeName, fsPath } from './os-path';

/**
 * Every file golint-docker reads on its own (Dockerfiles, configuration, go.mod, .gitignore) comes
 * from a repository that may be hostile: a pull request can make any of them a symbolic link to a
 * file of the machine (`~/.ssh/id_ed25519`, `/etc/passwd`), a FIFO that never answers, or
 * `/dev/zero`. So a read follows a symbolic link only to a file inside the repository, opens
 * nothing but a regular file (checked on the open file, without blocking), looks at its size
 * before reading, and never reads past its limit.
 */

export type ReadFailure = 'missing' | 'denied' | 'folder' | 'special' | 'too-large' | 'outside' | 'loop' | 'error';

export type ReadResult =
  /** `file`: what was opened (not for standard input). */
  | { ok: true; bytes: Buffer; file?: OpenedFile }
  /** `partial`: a stream, read until it passed the limit; `size` is then what was read. */
  | { ok: false; reason: ReadFailure; size?: number; partial?: boolean };

/** What was read, to tell later whether the file is still the same (see node/write.ts). */
export interface OpenedFile {
  /** The real path (symbolic links resolved), escaped as in node/os-path.ts. */
  real: string;
  stat: fs.Stats;
}

/**
 * At most `limit` bytes of a regular file. With `boundary`, the file (its symbolic links
 * resolved) must lie inside that folder (its links resolved too).
 */
export function readBounded(file: string, limit: number, boundary?: string): ReadResult {
  let real: string;
  try {
    real = realPath(file);
    if (boundary !== undefined && !isWithin(real, boundaryPath(boundary))) return { ok: false, reason: 'outside' };
  } catch (e) {
    return { ok: false, reason: failure(e) };
  }
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO swapped in after the check must not make the open wait for a writer.
    fd = fs.openSync(fsPath(real), fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'folder' };
    if (!stat.isFile()) return { ok: false, reason: 'special' };
    if (stat.size > limit) return { ok: false, reason: 'too-large', size: stat.size };
    // Not zero-filled: only the bytes read are handed on.
    const buf = Buffer.allocUnsafe(stat.size + 1 > limit + 1 ? limit + 1 : stat.size + 1);
    let read = 0;
    for (;;) {
      if (read === buf.length) break;
      const n = fs.readSync(fd, buf, read, buf.length - read, read);
      if (n === 0) break;
      read += n;
    }
    // A file that grew since fstat: read on, up to one byte past the limit, to know.
    if (read === buf.length && read <= limit) return readGrown(fd, buf, limit, { real, stat });
    if (read > limit) return { ok: false, reason: 'too-large', size: read };
    return { ok: true, bytes: buf.subarray(0, read), file: { real, stat } };
  } catch (e) {
    return { ok: false, reason: failure(e) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function readGrown(fd: number, start: Buffer, limit: number, file: OpenedFile): ReadResult {
  const buf = Buffer.alloc(limit + 1);
  start.copy(buf);
  let read = start.length;
  while (read < buf.length) {
    const n = fs.readSync(fd, buf, read, buf.length - read, read);
    if (n === 0) break;
    read += n;
  }
  if (read > limit) return { ok: false, reason: 'too-large', size: read };
  return { ok: true, bytes: buf.subarray(0, read), file };
}

/** Standard input, at most `limit` bytes (`- < /dev/zero` stops there). */
export function readStdinBounded(limit: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(65536);
  let pause: Int32Array | undefined;
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause ??= new Int32Array(new SharedArrayBuffer(4));
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === 'EOF') break;
      return { ok: false, reason: failure(e) };
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > limit) return { ok: false, reason: 'too-large', size: total, partial: true };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** The reason in the words of an error line (`path: <reason>`). */
export function describeFailure(reason: ReadFailure, size?: number, limit?: number, partial = false): string {
  switch (reason) {
    case 'missing':
      return 'no such file or folder';
    case 'denied':
      return 'permission denied';
    case 'folder':
      return 'is a folder';
    case 'special':
      return 'not a regular file (a FIFO, a device or a socket); not read';
    case 'outside':
      return 'a symbolic link to a file outside the repository; not followed';
    case 'loop':
      return 'too many levels of symbolic links';
    case 'too-large':
      return partial ? `input is over the ${megabytes(limit ?? 0)} MB limit` : `file is ${megabytes(size ?? 0)} MB, over the ${megabytes(limit ?? 0)} MB limit`;
    default:
      return 'cannot read the file';
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) && mb >= 1 ? String(mb) : mb.toFixed(1);
}

function failure(e: unknown): ReadFailure {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  if (code === 'EISDIR') return 'folder';
  if (code === 'ELOOP') return 'loop';
  if (code === 'ENXIO' || code === 'ENODEV') return 'special';
  return 'error';
}

const boundaries = new Map<string, string>();

/**
 * The real path of a boundary folder (a repository root, the working folder): the same few for a
 * whole run, so each is resolved once, not once per file read.
 */
function boundaryPath(dir: string): string {
  let real = boundaries.get(dir);
  if (real === undefined) {
    if (boundaries.size >= 64) boundaries.clear();
    boundaries.set(dir, (real = realPath(dir)));
  }
  return real;
}

/** The real path of a file, its bytes kept (see node/os-path.ts). */
export function realPath(p: string): string {
  // The native call: the JavaScript one turns a Buffer path into a (lossy) string.
  return decodeName(fs.realpathSync.native(fsPath(p), { encoding: 'buffer' }));
}

export function isWithin(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/** The nearest folder at or above `dir` that holds a `.git` (the repository root), or undefined. */
export function repositoryRoot(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (let n = 0; n < 64; n++) {
    if (dirIndex.has(current, '.git')) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/**
 * The folder a file that the repository names may resolve into: its repository (git's top
 * level); outside a repository, the working folder when the file is in it, else the file's own
 * folder. A symbolic link may point anywhere inside it, and nowhere else.
 */
export function trustRoot(file: string): string {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const repo = repositoryRoot(dir);
  if (repo !== undefined) return repo;
  const cwd = process.cwd();
  return isWithin(abs, cwd) ? cwd : dir;
}

/** A file the repository names, read within its trust root (see {@link trustRoot}). */
export function readRepositoryFile(file: string, limit: number): ReadResult {
  return readBounded(file, limit, trustRoot(file));
}

/** Bytes that are text a person wrote: UTF-8 and no NUL; undefined otherwise. */
export function asText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  if (typeof isUtf8 === 'function') return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
  const text = bytes.toString('utf8');
  return text.includes('\ufffd') ? undefined : text;
}
