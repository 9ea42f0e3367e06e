import { type ImageRef } from './image-ref';
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
/** The uid distroless and Chainguard images use for their "nonroot" user. */
/**
 * What is known about an image from its reference alone. Unrecognised images
 * get family 'other' with every fact 'unknown'.
 */
export declare function imageFacts(ref: ImageRef): ImageFacts;
