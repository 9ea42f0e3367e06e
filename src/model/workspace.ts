/**
 * What the linter may see around a Dockerfile, as read-only, lazy views of files: the build
 * context (what COPY and ADD read, `.dockerignore` applied) and the repository (Makefiles,
 * GoReleaser files, build scripts). The core never touches the file system: the CLI hands it views
 * of the disk (src/node/disk-tree.ts), tests hand it files in memory ({@link memoryTree}). Without
 * a workspace (standard input with no --stdin-filename), everything that depends on it is unknown:
 * silent, and no fix that needs it is offered.
 */
import { cleanPath, isIgnored, parseDockerignore, type IgnorePattern } from './dockerignore';

export type FileKind = 'file' | 'dir';

/** A read-only view of a folder. Paths are relative to its root, '/'-separated ('' is the root). */
export interface FileTree {
  /** What is at a path; undefined when nothing is (or it is excluded, or outside the tree). */
  kind(path: string): FileKind | undefined;
  /**
   * A file's text: undefined when it is not a regular file of the tree, is larger than `limit`
   * bytes (default {@link DEFAULT_READ_LIMIT}), or is not text.
   */
  read(path: string, limit?: number): string | undefined;
  /** A folder's entries, sorted, folders with a trailing '/'; undefined when it is not a folder. */
  list(path: string): readonly string[] | undefined;
}

export const DEFAULT_READ_LIMIT = 256 * 1024;

export interface Workspace {
  /** The build context, `.dockerignore` (or the Dockerfile's own `<name>.dockerignore`) applied. */
  context: FileTree;
  /** The repository (git's top level, or the context when there is none), nothing excluded. */
  repository: FileTree;
  /** Where the context is in the repository: '' for its root, 'services/api' for a folder. */
  contextPath: string;
  /** The Dockerfile's path in the repository. */
  dockerfilePath: string;
}

/** Files in memory, for tests and for editors: `{ 'go.mod': '...', 'web/index.html': '' }`. */
export function memoryTree(files: Readonly<Record<string, string>>): FileTree {
  const byPath = new Map<string, string>();
  const dirs = new Map<string, Set<string>>([['', new Set()]]);
  for (const [raw, text] of Object.entries(files)) {
    const elements = cleanPath(raw);
    if (elements.length === 0) continue;
    const isDir = raw.endsWith('/');
    for (let i = 0; i < elements.length; i++) {
      const parent = elements.slice(0, i).join('/');
      const last = i === elements.length - 1;
      const entry = elements[i] + (last && !isDir ? '' : '/');
      if (!dirs.has(parent)) dirs.set(parent, new Set());
      dirs.get(parent)!.add(entry);
      if (!last || isDir) {
        const dir = elements.slice(0, i + 1).join('/');
        if (!dirs.has(dir)) dirs.set(dir, new Set());
      }
    }
    if (!isDir) byPath.set(elements.join('/'), text);
  }
  return {
    kind: (path) => {
      const p = cleanPath(path).join('/');
      return byPath.has(p) ? 'file' : dirs.has(p) ? 'dir' : undefined;
    },
    read: (path, limit = DEFAULT_READ_LIMIT) => {
      const text = byPath.get(cleanPath(path).join('/'));
      return text !== undefined && text.length <= limit ? text : undefined;
    },
    list: (path) => {
      const entries = dirs.get(cleanPath(path).join('/'));
      return entries ? [...entries].sort() : undefined;
    },
  };
}

/**
 * A tree with `.dockerignore` patterns applied: excluded paths do not exist in it. The patterns are
 * read on first use: most runs never ask the context anything.
 */
export function withIgnore(tree: FileTree, readPatterns: () => readonly IgnorePattern[]): FileTree {
  let patterns: readonly IgnorePattern[] | undefined;
  const excluded = (path: string) => {
    patterns ??= readPatterns();
    return patterns.length > 0 && isIgnored(patterns, path);
  };
  return {
    kind: (path) => (excluded(path) ? undefined : tree.kind(path)),
    read: (path, limit) => (excluded(path) ? undefined : tree.read(path, limit)),
    list: (path) => {
      if (path !== '' && excluded(path)) return undefined;
      const base = cleanPath(path).join('/');
      // A folder whose contents are all excluded is still listed when an exception may bring some back.
      return tree.list(path)?.filter((name) => !excluded(base ? `${base}/${name}` : name));
    },
  };
}

/**
 * The ignore rules of a Dockerfile's build: BuildKit reads `<Dockerfile name>.dockerignore` beside
 * the Dockerfile when it exists, else `.dockerignore` at the context root.
 */
export function contextIgnore(context: FileTree, repository: FileTree, dockerfilePath: string): () => IgnorePattern[] {
  return () => {
    const text = repository.read(`${dockerfilePath}.dockerignore`) ?? context.read('.dockerignore');
    return text === undefined ? [] : parseDockerignore(text);
  };
}

/** A workspace of files in memory: the repository is the context. For tests and editors. */
export function memoryWorkspace(files: Readonly<Record<string, string>>, dockerfilePath = 'Dockerfile'): Workspace {
  const repository = memoryTree(files);
  return { context: withIgnore(repository, contextIgnore(repository, repository, dockerfilePath)), repository, contextPath: '', dockerfilePath };
}

/**
 * The workspace with some files' texts replaced (by their repository paths): what a later pass of
 * the fix loop reads after an earlier pass edited a Makefile or a GoReleaser configuration.
 */
export function withTexts(ws: Workspace, texts: ReadonlyMap<string, string>): Workspace {
  if (texts.size === 0) return ws;
  const inContext = (p: string) => {
    const clean = cleanPath(p).join('/');
    return ws.contextPath === '' ? clean : clean === '' ? ws.contextPath : `${ws.contextPath}/${clean}`;
  };
  const over = (tree: FileTree, toRepository: (p: string) => string): FileTree => ({
    kind: (p) => tree.kind(p),
    list: (p) => tree.list(p),
    read: (p, limit) => {
      const text = texts.get(toRepository(p));
      return text !== undefined && tree.kind(p) === 'file' ? text : tree.read(p, limit);
    },
  });
  return { ...ws, repository: over(ws.repository, (p) => cleanPath(p).join('/')), context: over(ws.context, inContext) };
}
