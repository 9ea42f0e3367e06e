import * as fs from 'fs';
import * as path from 'path';
import { dirIndex } from './dir-index';
import { fsPath, readDirEntries } from './os-path';
import { realPath } from './read';
import { isIgnored, layerFor, layersAbove, type IgnoreLayer } from './gitignore';

/** Folders never searched: dependencies, VCS data, build output of other tools. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', 'third_party', '.terraform', '.venv']);

/**
 * Files named like Dockerfiles that are not: documents about them (Dockerfile.md,
 * dockerfile-guide.txt), BuildKit's per-Dockerfile ignore file (Dockerfile.dockerignore, and
 * podman's .containerignore), and the leftovers of editors and patches (Dockerfile.orig,
 * Dockerfile.prod~). Any case of the extension. .pre-commit-hooks.yaml's `files` pattern
 * excludes the same list (a test checks that they agree).
 */
export const NOT_DOCKERFILE_EXTENSIONS = [
  'md', 'markdown', 'mdx', 'txt', 'rst', 'adoc', 'asciidoc', 'html', 'htm', 'pdf',
  'dockerignore', 'containerignore', 'orig', 'rej', 'bak', 'swp', 'patch', 'diff',
] as const;
const NOT_DOCKERFILE = new RegExp(`(\\.(${NOT_DOCKERFILE_EXTENSIONS.join('|')})|~)$`, 'i');

/**
 * Is this file name a Dockerfile? The names pre-commit users and Docker use: Dockerfile,
 * Containerfile, Dockerfile.prod, Dockerfile-dev, Dockerfile_dev, api.Dockerfile, api.dockerfile;
 * not the documents and leftovers above.
 */
export function isDockerfileName(name: string): boolean {
  if (NOT_DOCKERFILE.test(name)) return false;
  for (const base of ['Dockerfile', 'Containerfile', 'dockerfile', 'containerfile']) {
    if (name === base) return true;
    if (name.startsWith(base) && '.-_'.includes(name[base.length])) return true;
    if (name.endsWith('.' + base) && name.length > base.length + 1) return true;
  }
  return false;
}

export interface Discovered {
  files: string[];
  /** Paths that could not be read, with the reason. */
  errors: Array<{ path: string; message: string }>;
  /**
   * Folders with no Dockerfile in them: not an error (a repository without Dockerfiles passes, so
   * that the check can be enabled across an organisation), but said once; and ignore files that
   * were not applied, with the reason (the search went on without them).
   */
  notes: Array<{ path: string; message: string }>;
}

export interface DiscoverOptions {
  /** Skip what .gitignore files exclude (default true); see src/node/gitignore.ts. */
  gitignore?: boolean;
}

/**
 * Expand the command line's paths: files are taken as given, folders are searched for
 * Dockerfiles. Symbolic links to folders are not followed (no loops, no escaping the tree).
 */
export function discover(inputs: readonly string[], options: DiscoverOptions = {}): Discovered {
  const gitignore = options.gitignore ?? true;
  const files: string[] = [];
  const errors: Discovered['errors'] = [];
  const notes: Discovered['notes'] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      add('-');
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(fsPath(input));
    } catch (e) {
      errors.push({ path: input, message: describeFsError(e, 'no such file or folder') });
      continue;
    }
    if (!stat.isDirectory()) {
      add(input);
      continue;
    }
    const { found, excluded } = walk(input, errors, gitignore, notes);
    found.forEach(add);
    if (found.length === 0) {
      const why = excluded > 0 ? ` (.gitignore excludes ${excluded} ${excluded === 1 ? 'path' : 'paths'} in it; --no-gitignore searches them)` : '';
      notes.push({ path: input, message: `no Dockerfiles found in this folder${why}` });
    }
  }
  return { files, errors, notes };
}

function walk(root: string, errors: Discovered['errors'], gitignore: boolean, notes: Discovered['notes']): { found: string[]; excluded: number } {
  const warn = (file: string, message: string) => notes.push({ path: file, message });
  const found: string[] = [];
  let excluded = 0;
  let realRoot: string;
  try {
    realRoot = realPath(root);
  } catch {
    realRoot = path.resolve(root);
  }
  const stack: Array<{ dir: string; layers: readonly IgnoreLayer[] }> = [
    { dir: root, layers: gitignore ? layersAbove(root, (d, name) => dirIndex.has(d, name), warn) : [] },
  ];
  while (stack.length > 0) {
    const { dir, layers: above } = stack.pop() as (typeof stack)[number];
    let entries: fs.Dirent[];
    try {
      entries = readDirEntries(dir);
    } catch (e) {
      errors.push({ path: dir, message: describeFsError(e, 'cannot read folder') });
      continue;
    }
    dirIndex.record(path.resolve(dir), entries);
    let layers = above;
    if (gitignore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
      const own = layerFor(dir, '.gitignore', (m) => warn(path.join(dir, '.gitignore'), m));
      if (own) layers = [...above, own];
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name)) continue;
        if (layers.length > 0 && isIgnored(layers, path.resolve(full), true)) excluded++;
        else stack.push({ dir: full, layers });
      } else if ((entry.isFile() || (entry.isSymbolicLink() && isFileLinkWithin(full, realRoot))) && isDockerfileName(entry.name)) {
        if (layers.length > 0 && isIgnored(layers, path.resolve(full), false)) excluded++;
        else found.push(full);
      }
    }
  }
  // Stable, readable order: by path, a folder's files before its subfolders'.
  return { found: found.sort(comparePaths), excluded };
}

function comparePaths(a: string, b: string): number {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const lastA = i === pa.length - 1;
    const lastB = i === pb.length - 1;
    if (lastA !== lastB) return lastA ? -1 : 1;
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** A symbolic link to a file inside the tree being searched (links out of it are not followed). */
function isFileLinkWithin(p: string, realRoot: string): boolean {
  try {
    const target = realPath(p);
    return (target === realRoot || target.startsWith(realRoot + path.sep)) && fs.statSync(fsPath(target)).isFile();
  } catch {
    return false;
  }
}

export function describeFsError(e: unknown, fallback: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return fallback;
}
