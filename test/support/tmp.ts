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
