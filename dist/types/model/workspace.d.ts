/**
 * What the linter may see around a Dockerfile, as read-only, lazy views of files: the build
 * context (what COPY and ADD read, `.dockerignore` applied) and the repository (Makefiles,
 * GoReleaser files, build scripts). The core never touches the file system: the CLI hands it views
 * of the disk (src/node/disk-tree.ts), tests hand it files in memory ({@link memoryTree}). Without
 * a workspace (standard input with no --stdin-filename), everything that depends on it is unknown:
 * silent, and no fix that needs it is offered.
 */
import { type IgnorePattern } from './dockerignore';
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
export declare const DEFAULT_READ_LIMIT: number;
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
export declare function memoryTree(files: Readonly<Record<string, string>>): FileTree;
/**
 * A tree with `.dockerignore` patterns applied: excluded paths do not exist in it. The patterns are
 * read on first use: most runs never ask the context anything.
 */
export declare function withIgnore(tree: FileTree, readPatterns: () => readonly IgnorePattern[]): FileTree;
/**
 * The ignore rules of a Dockerfile's build: BuildKit reads `<Dockerfile name>.dockerignore` beside
 * the Dockerfile when it exists, else `.dockerignore` at the context root.
 */
export declare function contextIgnore(context: FileTree, repository: FileTree, dockerfilePath: string): () => IgnorePattern[];
/** A workspace of files in memory: the repository is the context. For tests and editors. */
export declare function memoryWorkspace(files: Readonly<Record<string, string>>, dockerfilePath?: string): Workspace;
/**
 * The workspace with some files' texts replaced (by their repository paths): what a later pass of
 * the fix loop reads after an earlier pass edited a Makefile or a GoReleaser configuration.
 */
export declare function withTexts(ws: Workspace, texts: ReadonlyMap<string, string>): Workspace;
