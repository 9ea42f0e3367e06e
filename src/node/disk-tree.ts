import * as fs from 'fs';
import * as path from 'path';
import { cleanPath } from '../model/dockerignore';
import { contextIgnore, DEFAULT_READ_LIMIT, withIgnore, type FileKind, type FileTree, type Workspace } from '../model/workspace';
import { dirIndex } from './dir-index';

/**
 * A folder on disk as a {@link FileTree}, for a repository that may be hostile (golint-docker runs
 * on pull requests): a symbolic link counts only when it resolves inside the tree's root, reads
 * take regular files only (no FIFO, device or socket) and never more than the limit, and every
 * answer is remembered for the run.
 */
export function diskTree(root: string): FileTree {
  const realRoot = safeRealpath(root);
  const kinds = new Map<string, FileKind | undefined>();
  const lists = new Map<string, readonly string[] | undefined>();

  const resolve = (rel: string): string | undefined => {
    if (realRoot === undefined) return undefined;
    const full = path.join(realRoot, ...cleanPath(rel));
    const real = safeRealpath(full);
    if (real === undefined) return undefined;
    return real === realRoot || real.startsWith(realRoot + path.sep) ? real : undefined;
  };

  const kind = (rel: string): FileKind | undefined => {
    const key = cleanPath(rel).join('/');
    if (kinds.has(key)) return kinds.get(key);
    let result: FileKind | undefined;
    const real = resolve(key);
    if (real !== undefined) {
      try {
        const st = fs.statSync(real);
        result = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : undefined;
      } catch {
        result = undefined;
      }
    }
    kinds.set(key, result);
    return result;
  };

  return {
    kind,
    read(rel, limit = DEFAULT_READ_LIMIT) {
      if (kind(rel) !== 'file') return undefined;
      const real = resolve(rel);
      return real === undefined ? undefined : readTextFile(real, limit);
    },
    list(rel) {
      const key = cleanPath(rel).join('/');
      if (lists.has(key)) return lists.get(key);
      let result: string[] | undefined;
      const real = kind(key) === 'dir' ? resolve(key) : undefined;
      if (real !== undefined) {
        try {
          result = [];
          for (const entry of fs.readdirSync(real, { withFileTypes: true })) {
            const child = key ? `${key}/${entry.name}` : entry.name;
            const k = entry.isSymbolicLink() ? kind(child) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
            if (k !== undefined) result.push(k === 'dir' ? `${entry.name}/` : entry.name);
          }
          result.sort();
        } catch {
          result = undefined;
        }
      }
      lists.set(key, result);
      return result;
    },
  };
}

/**
 * At most `limit` bytes of a regular file, as text; undefined for anything else (a FIFO, a device,
 * a file that grew past the limit, bytes that are not UTF-8 text). Checked on the open file, so a
 * path swapped for a FIFO between the check and the read cannot make the read block.
 */
export function readTextFile(file: string, limit: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > limit) return undefined;
    const buf = Buffer.alloc(Math.min(st.size, limit) + 1);
    let read = 0;
    while (read < buf.length) {
      const n = fs.readSync(fd, buf, read, buf.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read > limit) return undefined;
    const bytes = buf.subarray(0, read);
    if (bytes.includes(0)) return undefined;
    const text = bytes.toString('utf8');
    return text.includes('\ufffd') ? undefined : text;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `dir` that holds a `.git` (the repository root), or undefined. */
export function repositoryRoot(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (let n = 0; n < 64; n++) {
    if (dirIndex.has(current, '.git')) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/**
 * The workspace of a Dockerfile: its build context (`--context`, else the folder of the nearest
 * go.mod at or above the Dockerfile within the repository, else the Dockerfile's folder) and its
 * repository (git's top level, else the context).
 */
export function workspaceFor(dockerfile: string, context: string | undefined, trees: Map<string, FileTree> = new Map()): Workspace {
  // Found on first use: most files are linted without any rule asking about their context.
  let found: Workspace | undefined;
  const get = () => (found ??= findWorkspace(dockerfile, context, trees));
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
  };
}

function findWorkspace(dockerfile: string, context: string | undefined, trees: Map<string, FileTree>): Workspace {
  const dockerfileDir = path.dirname(path.resolve(dockerfile));
  const repoRoot = repositoryRoot(dockerfileDir);
  const contextDir = path.resolve(context ?? moduleRoot(dockerfileDir, repoRoot) ?? dockerfileDir);
  const repoDir = repoRoot !== undefined && isWithin(contextDir, repoRoot) ? repoRoot : contextDir;
  // One tree per folder for the whole run: the Dockerfiles of a repository share what was read.
  const tree = (dir: string) => {
    let t = trees.get(dir);
    if (!t) trees.set(dir, (t = diskTree(dir)));
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
  };
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
