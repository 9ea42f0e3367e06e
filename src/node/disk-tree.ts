import * as fs from 'fs';
import * as path from 'path';
import { cleanPath } from '../model/dockerignore';
import { contextIgnore, DEFAULT_READ_LIMIT, withIgnore, type FileKind, type FileTree, type Workspace } from '../model/workspace';
import { dirIndex, entryTypes, type EntryType } from './dir-index';
import { asText, readBounded, realPath, repositoryRoot } from './read';
import { fsPath, readDirEntries } from './os-path';

export { repositoryRoot } from './read';

const MAX_DEPTH = 128;

/** What a folder entry is, as its listing says (a symbolic link is resolved only when asked about). */

/**
 * A folder on disk as a {@link FileTree}, for a repository that may be hostile (golint-docker runs
 * on pull requests): a symbolic link counts only when it resolves inside the tree's root, reads
 * take regular files only (no FIFO, device or socket) and never more than the limit, and every
 * answer is remembered for the run. A path is looked up in its folder's listing (one readdir per
 * folder, however many names are asked about); only a symbolic link costs a realpath.
 */
export function diskTree(root: string, overlay?: ReadonlyMap<string, string>): FileTree {
  const realRoot = safeRealpath(root);
  /** Real path of each folder key known to be inside the tree ('' is the root). */
  const dirs = new Map<string, string | undefined>([['', realRoot]]);
  const listings = new Map<string, ReadonlyMap<string, EntryType> | undefined>();
  const kinds = new Map<string, FileKind | undefined>();
  const files = new Map<string, string | undefined>();

  const inside = (real: string | undefined) => real !== undefined && realRoot !== undefined && (real === realRoot || real.startsWith(realRoot + path.sep));

  /** The entries of a folder of the tree, by name; undefined when it is not one. */
  const listing = (key: string): ReadonlyMap<string, EntryType> | undefined => {
    if (listings.has(key)) return listings.get(key);
    const real = kind(key) === 'dir' ? dirs.get(key) : undefined;
    const result = real === undefined ? undefined : readListing(real);
    listings.set(key, result);
    return result;
  };

  const kind = (rel: string): FileKind | undefined => {
    const parts = cleanPath(rel);
    const key = parts.join('/');
    if (key === '') return realRoot === undefined ? undefined : 'dir';
    // Deeper than any real tree: not looked up (each level asks about its parent).
    if (parts.length > MAX_DEPTH) return undefined;
    if (kinds.has(key)) return kinds.get(key);
    const parentKey = parts.slice(0, -1).join('/');
    const name = parts[parts.length - 1];
    const entry = listing(parentKey)?.get(name);
    const parentReal = dirs.get(parentKey);
    let result: FileKind | undefined;
    let real: string | undefined;
    if (entry === 'file' || entry === 'dir') {
      result = entry;
      real = parentReal === undefined ? undefined : path.join(parentReal, name);
    } else if (entry === 'link' && parentReal !== undefined) {
      real = safeRealpath(path.join(parentReal, name));
      if (inside(real)) {
        try {
          const st = fs.statSync(fsPath(real as string));
          result = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : undefined;
        } catch {
          result = undefined;
        }
      }
    }
    if (result === 'dir') dirs.set(key, real);
    if (result === 'file') files.set(key, real);
    kinds.set(key, result);
    return result;
  };

  return {
    kind,
    read(rel, limit = DEFAULT_READ_LIMIT) {
      if (kind(rel) !== 'file') return undefined;
      const real = files.get(cleanPath(rel).join('/'));
      if (real === undefined) return undefined;
      // A text a fix of this run changed (and --diff did not write): what later files must see.
      const pending = overlay?.get(real);
      if (pending !== undefined) return pending.length <= limit ? pending : undefined;
      return readTextFile(real, limit);
    },
    list(rel) {
      const key = cleanPath(rel).join('/');
      const entries = listing(key);
      if (!entries) return undefined;
      const out: string[] = [];
      for (const name of entries.keys()) {
        const k = kind(key ? `${key}/${name}` : name);
        if (k !== undefined) out.push(k === 'dir' ? `${name}/` : name);
      }
      return out.sort();
    },
  };
}

/**
 * A folder's entries that are files, folders or symbolic links, by name; undefined when it cannot
 * be read. A folder the folder search has read already answers from its listing.
 */
function readListing(real: string): ReadonlyMap<string, EntryType> | undefined {
  const recorded = dirIndex.listing(real);
  if (recorded) return recorded;
  try {
    return entryTypes(readDirEntries(real));
  } catch {
    return undefined;
  }
}

/**
 * At most `limit` bytes of a regular file, as text; undefined for anything else (a FIFO, a device,
 * a file that grew past the limit, bytes that are not UTF-8 text). See node/read.ts.
 */
export function readTextFile(file: string, limit: number): string | undefined {
  const r = readBounded(file, limit);
  return r.ok ? asText(r.bytes) : undefined;
}

function safeRealpath(p: string): string | undefined {
  try {
    return realPath(p);
  } catch {
    return undefined;
  }
}

/**
 * The workspace of a Dockerfile: its build context (`--context`, else the folder of the nearest
 * go.mod at or above the Dockerfile within the repository, else the Dockerfile's folder) and its
 * repository (git's top level, else the context).
 */
/** A workspace on disk, with the repository's folder: where a fix writes another file of it. */
const MAX_TREES = 64;

export type DiskWorkspace = Workspace & { readonly repositoryRoot: string };

export function workspaceFor(dockerfile: string, context: string | undefined, trees: Map<string, FileTree> = new Map(), overlay?: ReadonlyMap<string, string>): DiskWorkspace {
  // Found on first use: most files are linted without any rule asking about their context.
  let found: DiskWorkspace | undefined;
  const get = () => (found ??= findWorkspace(dockerfile, context, trees, overlay));
  return {
    get context() {
      return get().context;
    },
    get repository() {
      return get().repository;
    },
    get contextPath() {
      return get().contextPath;
    },
    get dockerfilePath() {
      return get().dockerfilePath;
    },
    get repositoryRoot() {
      return get().repositoryRoot;
    },
  };
}

function findWorkspace(dockerfile: string, context: string | undefined, trees: Map<string, FileTree>, overlay: ReadonlyMap<string, string> | undefined): DiskWorkspace {
  const dockerfileDir = path.dirname(path.resolve(dockerfile));
  const repoRoot = repositoryRoot(dockerfileDir);
  const contextDir = path.resolve(context ?? moduleRoot(dockerfileDir, repoRoot) ?? dockerfileDir);
  const repoDir = repoRoot !== undefined && isWithin(contextDir, repoRoot) ? repoRoot : contextDir;
  // One tree per folder for the whole run: the Dockerfiles of a repository share what was read.
  // Files come folder by folder, so the last few trees are the ones shared: older ones are let go,
  // or a run over 10,000 one-Dockerfile folders would keep 10,000 trees and their caches.
  const tree = (dir: string) => {
    let t = trees.get(dir);
    if (t) return t;
    if (trees.size >= MAX_TREES) trees.delete(trees.keys().next().value as string);
    trees.set(dir, (t = diskTree(dir, overlay)));
    return t;
  };
  const repository = tree(repoDir);
  const contextTree = tree(contextDir);
  const dockerfilePath = relative(repoDir, path.resolve(dockerfile));
  return {
    context: withIgnore(contextTree, contextIgnore(contextTree, repository, dockerfilePath)),
    repository,
    contextPath: relative(repoDir, contextDir),
    dockerfilePath,
    repositoryRoot: repoDir,
  };
}

/**
 * Where a fix may write a file of the repository: its real path, when it is a regular file inside
 * the repository (no symbolic link leads out of it); undefined otherwise.
 */
export function repositoryFile(root: string, repositoryPath: string): string | undefined {
  const realRoot = safeRealpath(root);
  const real = safeRealpath(path.join(root, ...cleanPath(repositoryPath)));
  if (realRoot === undefined || real === undefined || !real.startsWith(realRoot + path.sep)) return undefined;
  try {
    return fs.statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** The folder of the nearest go.mod at or above `dir`, not above the repository root. */
function moduleRoot(dir: string, repoRoot: string | undefined): string | undefined {
  let current = dir;
  for (let n = 0; n < 64; n++) {
    if (dirIndex.has(current, 'go.mod')) return current;
    if (current === repoRoot) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

function isWithin(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir + path.sep);
}

function relative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}
