import { type ImageRef } from '../model/images';
declare const _default: import("./types").Rule<"untrusted">;
export default _default;
/** Is the image's registry (Docker Hub: docker.io) one of `trusted`: a host, a `*.` host pattern, or a host/path prefix? */
export declare function isTrusted(ref: ImageRef, trusted: readonly string[]): boolean;
/** Is this a `trustedRegistries` entry: a host (`gcr.io`), a host pattern (`*.gcr.io`) or a host with a path? */
export declare function isRegistryPattern(text: string): boolean;
