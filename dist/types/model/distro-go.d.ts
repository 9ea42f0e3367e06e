/**
 * The Go a distribution package installs (`apk add go`, `apt-get install golang-go`), by release:
 * the go command of Alpine 3.10 is Go 1.12, which has no -trimpath. A release keeps its Go minor
 * for its whole life (only patch releases follow), so the minor is what is recorded here.
 *
 * Last checked: {@link DISTRO_GO_CHECKED}, against the distributions' package indexes (Alpine
 * community `go`, Debian and Ubuntu `golang-defaults`). A release not listed is unknown.
 */
import type { ImageRef } from './image-ref';
export declare const DISTRO_GO_CHECKED = "2026-08-19";
export type Distro = {
    family: 'alpine' | 'debian' | 'ubuntu';
    release: string;
};
/**
 * The distribution release an image is, from its tag: `alpine:3.10.3` → alpine 3.10,
 * `debian:buster-slim` → debian buster, `ubuntu:18.04` → ubuntu 18.04. Undefined when the tag
 * floats (`latest`, `stable`, `edge`) or is not known.
 */
export declare function distroOf(family: string, ref: ImageRef): Distro | undefined;
/** The Go minor the distribution's own package installs; undefined when not known. */
export declare function distroGo(distro: Distro): string | undefined;
/** How a distribution's release is written in messages: "alpine 3.10", "debian buster". */
export declare function distroName(distro: Distro): string;
