import * as path from 'path';

/** Relative to the working directory when inside it, with forward slashes. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), path.resolve(p));
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  return shown.split(path.sep).join('/');
}
