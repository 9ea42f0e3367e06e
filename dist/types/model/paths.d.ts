/** POSIX path helpers for paths inside an image (never the host's paths). */
export declare function normalize(path: string): string;
/** `p` resolved against directory `cwd` (itself absolute). */
export declare function resolvePath(cwd: string, p: string): string;
export declare function basename(p: string): string;
export declare function dirname(p: string): string;
/** Is `p` equal to `dir` or inside it? */
export declare function isWithin(p: string, dir: string): boolean;
/**
 * Match a Dockerfile COPY source pattern (Go's filepath.Match: `*`, `?`, no `**`) against a
 * path, one path segment at a time. Linear per segment pair: `*` is matched with the classic
 * two-pointer algorithm, which never backtracks more than once per character.
 */
export declare function globMatch(pattern: string, path: string): boolean;
export declare const hasGlob: (p: string) => boolean;
export declare function trimTrailingSlashes(p: string): string;
/** The folder of a repository path, '' at the repository root (`dirname` says '.' there). */
export declare function parentOf(path: string): string;
/**
 * The folders from a repository file's own up to the repository root ('' last), at most 64 deep:
 * where files that apply to it (go.mod, GoReleaser, action.yml) may be.
 */
export declare function foldersAbove(file: string): string[];
/** A name in a repository folder ('' is the root). */
export declare function inFolder(dir: string, name: string): string;
