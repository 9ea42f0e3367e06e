import * as path from 'path';
import type { Ignore } from 'ignore';
import { asText, describeFailure, readRepositoryFile } from './read';

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
  readonly matcher: Matcher;
}

/** What a layer answers for a path relative to its folder (`dir/` for a folder). */
export interface Matcher {
  test(rel: string): { ignored: boolean; unignored: boolean };
}

/** The largest ignore file read; real ones are a few kilobytes. */
export const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;
/** Patterns with wildcards cost time for every path tested; a file with more is not applied. */
export const MAX_WILDCARD_PATTERNS = 1000;

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
export function layerFor(dir: string, file = '.gitignore', warn?: (message: string) => void): IgnoreLayer | undefined {
  const full = path.join(dir, file);
  const read = readRepositoryFile(full, MAX_IGNORE_FILE_BYTES);
  if (!read.ok) {
    if (read.reason !== 'missing') warn?.(`${describeFailure(read.reason, read.size, MAX_IGNORE_FILE_BYTES)}; its patterns are not applied`);
    return undefined;
  }
  const text = asText(read.bytes);
  if (text === undefined) {
    warn?.('not a text file; its patterns are not applied');
    return undefined;
  }
  const matcher = indexedMatcher(text);
  if (typeof matcher === 'string') {
    warn?.(matcher);
    return undefined;
  }
  return { base: path.resolve(dir), matcher };
}

/**
 * A matcher whose cost per path does not grow with the patterns that name a file or folder
 * literally (`build/`, `/dist`, `docs/site`), which most of any ignore file is: a pattern whose
 * last part has no wildcard can only match a path one of whose parts is that name, so each path
 * is matched (by the ignore package, for git's semantics) against the patterns with wildcards and
 * only the literal ones naming its parts, in the file's order. A 100,000-line file of literal
 * patterns costs what a short one does; a file with more than {@link MAX_WILDCARD_PATTERNS}
 * wildcard patterns is refused (a message says why).
 */
export function indexedMatcher(text: string): Matcher | string {
  const lines = text.split(/\r?\n/);
  const rules: string[] = [];
  const always: number[] = [];
  const byName = new Map<string, number[]>();
  for (const line of lines) {
    if (line === '' || line.startsWith('#') || line.trim() === '') continue;
    const name = literalName(line);
    const index = rules.length;
    rules.push(line);
    if (name === undefined) always.push(index);
    else {
      const list = byName.get(name);
      if (list) list.push(index);
      else byName.set(name, [index]);
    }
  }
  if (always.length > MAX_WILDCARD_PATTERNS) return `${always.length} patterns with wildcards, over the ${MAX_WILDCARD_PATTERNS} golint-docker applies; its patterns are not applied`;
  // Required here, not at the top: a run without folders to search never loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ignore = require('ignore') as typeof import('ignore');
  const matchers = new Map<string, Ignore>();
  return {
    test(rel) {
      const hits: number[] = [];
      for (const part of rel.split('/')) for (const i of byName.get(part.toLowerCase()) ?? []) hits.push(i);
      hits.sort((a, b) => a - b);
      const key = hits.join(',');
      let m = matchers.get(key);
      if (!m) {
        m = ignore().add(mergeRules(rules, always, hits));
        // Bounded: a tree with many differently named folders does not keep a matcher for each.
        if (matchers.size >= 256) matchers.clear();
        matchers.set(key, m);
      }
      return m.test(rel);
    },
  };
}

/**
 * The name a pattern's last part matches literally (lower case, as the ignore package compares
 * by default), or undefined when it has a wildcard, an escape, or a form better left to the package.
 */
function literalName(line: string): string | undefined {
  if (/[*?[\\]/.test(line)) return undefined;
  let p = line.startsWith('!') ? line.slice(1) : line;
  p = p.replace(/[ \t]+$/, '');
  if (p.startsWith('/')) p = p.slice(1);
  if (p.endsWith('/')) p = p.slice(0, -1);
  if (p === '' || p.endsWith('/') || p.includes('//')) return undefined;
  const last = p.slice(p.lastIndexOf('/') + 1);
  return last === '' || last === '.' || last === '..' ? undefined : last.toLowerCase();
}

/** The rules at the sorted indexes `a` and `b` (no index in both), in the file's order. */
function mergeRules(rules: readonly string[], a: readonly number[], b: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let next: number;
    if (j >= b.length || (i < a.length && a[i] < b[j])) next = a[i++];
    else next = b[j++];
    out.push(rules[next]);
  }
  return out;
}

/**
 * The layers that apply at the searched folder `root`, from the repository root down to the
 * folder's parent (its own .gitignore is read by the search). Outside a repository: none.
 */
export function layersAbove(root: string, hasEntry: (dir: string, name: string) => boolean, warn?: (file: string, message: string) => void): IgnoreLayer[] {
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
  const info = path.join(repo, '.git', 'info');
  const exclude = layerFor(info, 'exclude', warn && ((m) => warn(path.join(info, 'exclude'), m)));
  if (exclude) layers.push({ base: repo, matcher: exclude.matcher });
  for (const dir of chain.reverse()) {
    if (!hasEntry(dir, '.gitignore')) continue;
    const layer = layerFor(dir, '.gitignore', warn && ((m) => warn(path.join(dir, '.gitignore'), m)));
    if (layer) layers.push(layer);
  }
  // The folder the user named is searched even when these layers exclude it.
  return isIgnored(layers, start, true) ? [] : layers;
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
