/**
 * Reading `go.mod` files and comparing Go versions.
 *
 * Everything here is hand-parsed (no regular expressions) because the input
 * is user-controlled, and nothing throws: malformed input yields `undefined`
 * fields rather than errors.
 */
/** The parts of a go.mod file the linter cares about. */
export interface GoMod {
    /** Module path from the `module` directive (unquoted). */
    module?: string;
    /**
     * Version from the `go` directive, exactly as written (e.g. "1.22", "1.21.0").
     * It is kept even when it is not a valid Go version, so rules can report it;
     * use {@link parseGoVersion} / {@link compareGoVersions} to interpret it.
     */
    goVersion?: string;
    /** Toolchain name from the `toolchain` directive, exactly as written (e.g. "go1.22.3"). */
    toolchain?: string;
    /** 1-based line of the `go` directive. */
    goLine?: number;
    /** Number of required modules (0: the module needs nothing beyond the standard library). */
    requires: number;
    /** The module paths of the `require` directives, in order (`// indirect` ones included). */
    require?: string[];
    /** Folders that `replace` directives point at (`=> ./api`): the module graph needs them on disk. */
    localReplaces?: string[];
    /** Set by the caller when it knows whether go.sum exists next to go.mod. */
    hasGoSum?: boolean;
}
/**
 * Parse the text of a go.mod file. Only top-level `module`, `go` and
 * `toolchain` directives are read; `//` comments are ignored and the contents
 * of blocks such as `require ( ... )` are skipped. The first occurrence of a
 * directive wins (the go command rejects repeated ones anyway).
 */
export declare function parseGoMod(text: string): GoMod;
/**
 * A parsed Go version. Numeric fields are kept as decimal digit strings (no
 * leading zeros) so arbitrarily long numbers compare exactly.
 */
export interface GoVersion {
    major: string;
    /** undefined for a major-only version such as "1" */
    minor?: string;
    /** undefined when not written ("1.22", "1.22rc1") */
    patch?: string;
    /** prerelease kind, lowercase letters: "rc", "beta", "alpha"; undefined for a release */
    preKind?: string;
    /** prerelease number ("1" in "rc1"); undefined when absent ("1.21rc") */
    preNum?: string;
}
/**
 * Parse a Go version with the same grammar as the go command
 * (`internal/gover`): `MAJOR[.MINOR[.PATCH]]` or `MAJOR.MINOR<kind>[N]` where
 * kind is lowercase letters (rc, beta). Prereleases of patch releases
 * ("1.21.3rc1") and leading zeros ("1.021") are rejected. An optional "go"
 * prefix is accepted ("go1.22.3"), as used in toolchain names and tags.
 */
export declare function parseGoVersion(text: string): GoVersion | undefined;
/**
 * Compare two Go versions: negative if a < b, 0 if equal, positive if a > b;
 * `undefined` if either is not a valid version.
 *
 * Ordering follows the go command except that a language version without a
 * patch equals its `.0` release: "1.21" == "1.21.0", and "1.21rc1" < "1.21"
 * (the go command orders "1.21" < "1.21rc1" < "1.21.0"). "1" == "1.0.0".
 */
export declare function compareGoVersions(a: string, b: string): number | undefined;
/**
 * Whether an image tag's Go version provides at least the `required` version
 * (typically the go.mod `go` line). Tags that omit components float to the
 * newest release they cover: image "1" satisfies any 1.x, image "1.22"
 * satisfies "1.22.3" and "1.22rc1". A fully specified tag ("1.22.1",
 * "1.23rc1") is compared exactly. `undefined` when either is not a version.
 */
export declare function goVersionSatisfies(imageVersion: string, required: string): boolean | undefined;
/**
 * The Go version of a toolchain name such as "go1.22.3" or
 * "go1.21.0-bigcorp" ("1.22.3", "1.21.0"); `undefined` for "default" or
 * anything that is not a Go toolchain name.
 */
export declare function toolchainGoVersion(toolchain: string): string | undefined;
