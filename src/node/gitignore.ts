import * as fs from 'fs';
import * as path from 'path';
import type { Ignore } from 'ignore';

/**
 * What .gitignore files exclude from a folder search, as git decides it: each file's patterns
 * apply to the paths below its own folder, a deeper file's patterns win over a higher one's
 * (`!keep/` re-includes), nothing below an excluded folder comes back, and the repository's
 * `.git/info/exclude` counts as a file at its root. Above the searched folder, the .gitignore
 * files up to the repository root apply too (`golint-docker services/` in a repository whose
 * root ignores `build/`). A folder named on the command line is searched even when it is
 * excluded itself: the user asked for it. The user's global excludes file is not read.
 */
export interface IgnoreLayer {
  /** The folder the patterns are relative to. */
  readonly base: string;
  readonly matcher: Ignore;
}

/** Is this path (a folder when `isDir`) excluded by these layers, outermost first? */
export function isIgnored(layers: readonly IgnoreLayer[], full: string, isDir: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    const rel = path.relative(layer.base, full);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const t = layer.matcher.test(toPosix(rel) + (isDir ? '/' : ''));
    if (t.ignored) ignored = true;
    else if (t.unignored) ignored = false;
  }
  return ignored;
}

/** The layer a folder's .gitignore adds, if it has one that can be read. */
export function layerFor(dir: string, file = '.gitignore'): IgnoreLayer | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, file), 'utf8');
  } catch {
    return undefined;
  }
  // Required here, not at the top: a run without folders to search never loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ignore = require('ignore') as typeof import('ignore');
  return { base: path.resolve(dir), matcher: ignore().add(text) };
}

/**
 * The layers that apply at the searched folder `root`, from the repository root down to the
 * folder's parent (its own .gitignore is read by the search). Outside a repository: none.
 */
export function layersAbove(root: string, hasEntry: (dir: string, name: string) => boolean): IgnoreLayer[] {
  const start = path.resolve(root);
  const chain: string[] = [];
  let repo: string | undefined;
  for (let dir = start, depth = 0; depth < 64; depth++) {
    if (dir !== start) chain.push(dir);
    if (hasEntry(dir, '.git')) {
      repo = dir;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (repo === undefined) return [];
  const layers: IgnoreLayer[] = [];
  const exclude = layerFor(path.join(repo, '.git', 'info'), 'exclude');
  if (exclude) layers.push({ base: repo, matcher: exclude.matcher });
  for (const dir of chain.reverse()) {
    if (!hasEntry(dir, '.gitignore')) continue;
    const layer = layerFor(dir);
    if (layer) layers.push(layer);
  }
  // The folder the user named is searched even when these layers exclude it.
  return isIgnored(layers, start, true) ? [] : layers;
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
