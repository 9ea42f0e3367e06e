import * as fs from 'fs';
import * as path from 'path';

/**
 * Replace a file's content atomically: write a temporary file beside it, keep the original's
 * mode, then rename over it. A reader sees the old or the new file, never half of one, and a
 * crash leaves the original in place.
 */
export function writeFileAtomic(file: string, content: string): void {
  const stat = fs.statSync(file);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.golint-docker-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content, { mode: stat.mode & 0o7777 });
    fs.chmodSync(tmp, stat.mode & 0o7777);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // Nothing was written, or it is gone already.
    }
    throw e;
  }
}
