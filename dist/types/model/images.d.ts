export interface ImageRef {
    /** The reference as given, e.g. "gcr.io/distroless/static-debian12:nonroot@sha256:...". */
    raw: string;
    /**
     * Registry host (lowercased, with port if any): "gcr.io", "localhost:5000".
     * Docker Hub ("docker.io", "index.docker.io", or no registry) is undefined.
     */
    registry?: string;
    /**
     * Repository path without the registry. For Docker Hub, official images are
     * given without the "library/" prefix: "golang", "chainguard/static".
     */
    repository: string;
    /** Tag, undefined when absent. */
    tag?: string;
    /** Digest such as "sha256:...", undefined when absent. */
    digest?: string;
}
/**
 * Parse an image reference (`[registry/]path[:tag][@digest]`) following the
 * grammar of distribution/reference. Returns undefined for an empty or
 * invalid reference: whitespace or control characters, an unexpanded `$`
 * variable, uppercase letters in the repository path, an empty component,
 * a malformed tag or digest.
 *
 * The digest is checked for shape (`algorithm:encoded`) only, not for the
 * algorithm's exact length, so placeholders like `sha256:abc` are accepted.
 */
export declare function parseImageRef(raw: string): ImageRef | undefined;
export type Libc = 'none' | 'glibc' | 'musl' | 'unknown';
export interface ImageFacts {
    family: 'scratch' | 'distroless' | 'chainguard' | 'golang' | 'alpine' | 'debian' | 'ubuntu' | 'busybox' | 'other';
    /**
     * distroless: the image name without its "-debianNN" suffix ('static', 'base',
     * 'base-nossl', 'cc', 'java17', 'python3', ...); chainguard: the image name
     * ('static', 'glibc-dynamic', 'go', ...); golang: 'debian' | 'alpine' | 'windows';
     * busybox: the libc flavour from the tag ('glibc' | 'musl' | 'uclibc').
     */
    variant?: string;
    /** The C library available to dynamically linked binaries; 'none' means only static binaries run. */
    libc: Libc;
    hasShell: boolean | 'unknown';
    /**
     * `/bin/sh` exists: what shell-form RUN, CMD, ENTRYPOINT and HEALTHCHECK run unless a SHELL
     * instruction names another shell. Distroless `:debug` images have a shell (busybox) but only
     * at `/busybox/sh`, so they have `hasShell: true` and `binSh: false`.
     */
    binSh: boolean | 'unknown';
    /** uid the image runs as by default: 0, 65532, or 'unknown' (for 'other') */
    defaultUid: number | 'unknown';
    /** /etc/passwd present */
    hasPasswd: boolean | 'unknown';
    hasCaCerts: boolean | 'unknown';
    /** A minimal runtime image: scratch, distroless (any variant, incl. debug), chainguard static/glibc-dynamic (and other chainguard non -dev images) */
    minimal: boolean;
    /** distroless :debug / :debug-nonroot, chainguard *-dev tags */
    debug: boolean;
    /** Has the Go toolchain (golang images, chainguard go) */
    hasGoToolchain: boolean;
    /** Has a C compiler, so cgo defaults on: golang Debian images yes; golang:*-alpine no; 'unknown' otherwise */
    hasCCompiler: boolean | 'unknown';
    /** for golang images, the Go version in the tag if any: "1.22", "1.22.3", "1.23rc1" ; undefined for "latest"/no tag/"alpine" */
    goVersion?: string;
}
/** `scratch`: an empty filesystem. */
export declare function scratchFacts(): ImageFacts;
/** uid 0 is root; 'unknown' stays unknown. */
export declare function isRootUid(uid: number | 'unknown'): boolean | 'unknown';
/**
 * What is known about an image from its reference alone. Unrecognised images
 * get family 'other' with every fact 'unknown'.
 */
export declare function imageFacts(ref: ImageRef): ImageFacts;
/**
 * A registry (or a path on one) that serves another's images under the same names: a company
 * mirror or pull-through cache, e.g. `registry.corp.example/gcr` for `gcr.io`, or
 * `corp.jfrog.io/docker-remote` for Docker Hub (`docker.io`). Both sides are `host[/path]`.
 */
export interface ImageMirror {
    mirror: string;
    upstream: string;
}
/**
 * The image a mirrored reference stands for (`registry.corp.example/gcr/distroless/static:nonroot`
 * is `gcr.io/distroless/static:nonroot`), so that the catalogue knows it; the reference as
 * written otherwise. The longest matching mirror wins.
 */
export declare function unmirror(ref: ImageRef, mirrors: readonly ImageMirror[] | undefined): ImageRef;
/** The mirror whose `side` is the longest prefix of `name` (whole path components), if any. */
export declare function pickMirror(name: string, mirrors: readonly ImageMirror[] | undefined, side: keyof ImageMirror): ImageMirror | undefined;
/** Is this a mirror or upstream as `unmirror` takes it: `host[/path]`, no scheme, tag or digest? */
export declare function isRegistryPrefix(text: string): boolean;
/**
 * An image the way it is pulled through a mirror, when one of `mirrors` mirrors its registry
 * (`gcr.io/distroless/static-debian12:nonroot` through `registry.corp.example/gcr`); as given
 * otherwise. For the images golint-docker writes into a Dockerfile.
 */
export declare function throughMirror(text: string, mirrors: readonly ImageMirror[] | undefined): string;
