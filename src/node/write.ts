import * as fs from 'fs';
import * as path from 'path';
import { fsPath } from './os-path';
import type { OpenedFile } from './read';
import { createTempFile, discard, settled } from './temp-files';

/**
 * How --fix replaces a file, decided for a repository that may be hostile and for files people
 * edit while the tool runs:
 * - the new text goes to a temporary file beside the real file (see temp-files.ts), which gets
 *   the original's mode, owner and group, is flushed to disk, and is renamed over it: a reader
 *   sees the old file or the new one, never half of either;
 * - a symbolic link is written through: the file it points to (inside the repository; reads
 *   never follow a link out of it) is replaced and the link stays a link;
 * - a file with more than one hard link is not written (a rename would split it from its other
 *   names), nor is a read-only file (no write permission for its owner), nor one whose owner or
 *   group cannot be kept;
 * - a file that changed since it was read (size, time, inode or content) is left as it is;
 * - extended attributes and ACLs of the original are not carried over (Node.js cannot read them).
 * Each refusal is an error naming the file; the file is then unchanged.
 */
export class WriteRefused extends Error {}

/** What was read, to replace: the open file's identity and the bytes. */
export interface ReadSource extends OpenedFile {
  bytes: Buffer;
}

export function replaceFile(source: ReadSource, content: string): void {
  const { real } = source;
  const before = currentStat(real);
  if (before.nlink > 1) throw new WriteRefused(`has ${before.nlink} hard links, and replacing it would split them; not changed`);
  if ((before.mode & 0o200) === 0) throw new WriteRefused('is read-only; not changed');
  assertUnchanged(source, before);
  const bytes = Buffer.from(content, 'utf8');
  const tmp = createTempFile(path.dirname(real), path.basename(real));
  try {
    writeAll(tmp.fd, bytes);
    keepOwner(tmp.fd, before);
    fs.fchmodSync(tmp.fd, before.mode & 0o7777);
    fs.fsyncSync(tmp.fd);
    fs.closeSync(tmp.fd);
    // Checked again as late as possible: an edit made while the fixes were computed wins.
    assertUnchanged(source, currentStat(real));
    fs.renameSync(fsPath(tmp.path), fsPath(real));
    settled(tmp.path);
  } catch (e) {
    try {
      fs.closeSync(tmp.fd);
    } catch {
      // Closed already.
    }
    discard(tmp.path);
    throw e;
  }
  syncFolder(path.dirname(real));
}

function currentStat(real: string): fs.Stats {
  try {
    return fs.statSync(fsPath(real));
  } catch {
    throw new WriteRefused('was removed while golint-docker was fixing it; not written');
  }
}

function assertUnchanged(source: ReadSource, now: fs.Stats): void {
  const then = source.stat;
  const same = now.ino === then.ino && now.dev === then.dev && now.size === then.size && now.mtimeMs === then.mtimeMs && now.isFile();
  if (!same || !sameContent(source.real, source.bytes)) throw new WriteRefused('changed while golint-docker was fixing it; not written (run it again)');
}

function sameContent(real: string, bytes: Buffer): boolean {
  let now: Buffer;
  try {
    now = fs.readFileSync(fsPath(real));
  } catch {
    return false;
  }
  return now.length === bytes.length && digest(now) === digest(bytes);
}

function digest(b: Buffer): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('crypto') as typeof import('crypto')).createHash('sha256').update(b).digest('hex');
}

function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

/** The new file gets the original's owner and group; where that is not possible and they differ, nothing is written. */
function keepOwner(fd: number, st: fs.Stats): void {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid === undefined || (st.uid === uid && st.gid === gid)) return;
  try {
    fs.fchownSync(fd, st.uid, st.gid);
  } catch {
    throw new WriteRefused('belongs to another user or group, which the replaced file could not keep; not changed');
  }
}

/** Make the rename itself durable; a folder that cannot be opened or flushed is no error. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(fsPath(dir), 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
