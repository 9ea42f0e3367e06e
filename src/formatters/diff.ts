// Loaded only for --diff: the diff package is not part of a plain lint run's start-up.
import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file, `a/` and `b/` prefixed like git's, or '' when nothing changed. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  // The package starts with a row of "=" (from svn's format); git's style, which people read, has none.
  return patch.startsWith('=') ? patch.slice(patch.indexOf('\n') + 1) : patch;
}
