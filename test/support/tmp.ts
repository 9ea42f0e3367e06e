import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * A fresh temporary folder, removed after the test file's tests have run: a test run leaves
 * nothing behind in the system's temporary folder.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) {
    try {
      fs.chmodSync(dir, 0o700);
    } catch {
      // Already gone.
    }
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder a test made unreadable and that cannot be removed: left, not a failure.
    }
  }
});

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary folder holding these files (parent folders made as needed). */
export function tmpdir(files: Record<string, string | Buffer>): string {
  const dir = tempDir('golint-docker-');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
