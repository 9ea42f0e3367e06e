/**
 * `.dockerignore` as BuildKit reads it (moby's patternmatcher): one pattern a line, `#` comments,
 * `!` for exceptions, the last matching pattern wins; patterns are relative to the context root
 * (a leading `/` is dropped) and cleaned like paths; `*` and `?` match within a path element,
 * `**` any number of elements, `[...]` a class, `\` escapes. A path is excluded when a pattern
 * matches it or one of its parent folders.
 *
 * Matching walks pattern and path element by element with a memo (no regular expressions from
 * user text): time is bounded by pattern length × path length.
 */
export interface IgnorePattern {
    /** The pattern's path elements, cleaned. */
    elements: string[];
    /** A `!` pattern: it re-includes what earlier patterns excluded. */
    exception: boolean;
}
export declare function parseDockerignore(text: string): IgnorePattern[];
/** Is a context path (relative, '/'-separated) excluded by the patterns? */
export declare function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean;
/** Path elements of a cleaned relative path: `./a//b/../c/` is [a, c]; `..` above the root is dropped. */
export declare function cleanPath(path: string): string[];
/** One path element against one pattern element: `*`, `?`, `[...]`, `\x`. Iterative, with one backtrack point (linear). */
export declare function matchElement(pattern: string, name: string): boolean;
