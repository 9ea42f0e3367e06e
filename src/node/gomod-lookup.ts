import * as path from 'path';
import { parseGoMod, type GoMod } from '../model/gomod';
import { dirIndex } from './dir-index';
import { asText, readRepositoryFile } from './read';

/** The largest go.mod read (the largest real ones are tens of kilobytes). */
const MAX_GO_MOD_BYTES = 1024 * 1024;

/**
 * go.mod for a Dockerfile: in `context` when given, else in the Dockerfile's folder or the
 * nearest parent folder, stopping at the repository root (a folder with .git).
 */
export function findGoMod(dockerfile: string, context: string | undefined, cache: Map<string, GoMod | undefined>): GoMod | undefined {
  if (context !== undefined) return readGoMod(path.resolve(context), cache);
  let dir = path.dirname(path.resolve(dockerfile === '-' ? 'Dockerfile' : dockerfile));
  for (let n = 0; n < 64; n++) {
    const found = readGoMod(dir, cache);
    if (found) return found;
    if (dirIndex.has(dir, '.git')) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

function readGoMod(dir: string, cache: Map<string, GoMod | undefined>): GoMod | undefined {
  if (cache.has(dir)) return cache.get(dir);
  let result: GoMod | undefined;
  if (dirIndex.has(dir, 'go.mod')) {
    // A go.mod that is a link out of the repository, a FIFO, huge or not text is not read.
    const read = readRepositoryFile(path.join(dir, 'go.mod'), MAX_GO_MOD_BYTES);
    const text = read.ok ? asText(read.bytes) : undefined;
    result = text === undefined ? undefined : { ...parseGoMod(text), hasGoSum: dirIndex.has(dir, 'go.sum') };
  }
  cache.set(dir, result);
  return result;
}
