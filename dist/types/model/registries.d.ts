/**
 * Registries: mirrors that serve another registry's images under the same names, and the
 * registry patterns of `trustedRegistries`.
 */
import { type ImageRef } from './image-ref';
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
/** Is this a `trustedRegistries` entry: a host (`gcr.io`), a host pattern (`*.gcr.io`) or a host with a path? */
export declare function isRegistryPattern(text: string): boolean;
