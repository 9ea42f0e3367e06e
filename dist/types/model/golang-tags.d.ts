export declare const GOLANG_TAGS_CHECKED = "2026-08-19";
/** The newest Go minor release the table knows ("1.27"). */
export declare const NEWEST_GO_MINOR: string;
/** "1.22.3" → "1.22"; undefined for what is not a Go version with a minor. */
export declare function goMinor(version: string): string | undefined;
/**
 * Was `golang:<version>[-<suffix>]` published? `version` is a minor ("1.20") or a patch release
 * ("1.20.3"). True or false for releases in the table; undefined for a release newer than it
 * (except the plain and `-alpine` tags, which every release since Go 1.6 has had).
 */
export declare function golangTagPublished(version: string, suffix: string): boolean | undefined;
/** Linux variant suffixes published for a Go minor release, in table order. */
export declare function golangVariants(minor: string): string[];
/**
 * The Go a variant-only golang tag gives (`golang:alpine3.19`, `golang:buster`, `golang:alpine`):
 * frozen at the last release published with it, or floating (at least the newest release the table
 * knows) for a variant that is still published. Undefined for a suffix the table does not know.
 */
export declare function bareTagGo(suffix: string): {
    version: string;
    floating: boolean;
} | undefined;
/**
 * The variant of `version` (a minor or patch release) closest to `suffix` that was published:
 * the suffix itself when it was; else the oldest published Alpine (or Debian) release that is not
 * older than the one asked for, so that the OS moves as little as it must. Undefined when none fits.
 */
export declare function closestGolangVariant(version: string, suffix: string): string | undefined;
