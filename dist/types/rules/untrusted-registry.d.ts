import { type ImageRef } from '../model/image-ref';
declare const _default: import("./types").Rule<"untrusted", {
    readonly trustedRegistries: {
        readonly type: "list";
        readonly format: "registry-pattern";
        readonly description: "The only registries images may come from (untrusted-registry, GD018): hosts (gcr.io; docker.io is Docker Hub), host patterns (*.gcr.io) or hosts with a path (registry.corp.example/gcr)";
        readonly flag: {
            readonly name: "trusted-registry";
            readonly description: "Registries images may come from (GD018 untrusted-registry; repeat or separate with commas): gcr.io, *.gcr.io, registry.corp.example/gcr; replaces trustedRegistries of the config file";
        };
    };
}>;
export default _default;
/** Is the image's registry (Docker Hub: docker.io) one of `trusted`: a host, a `*.` host pattern, or a host/path prefix? */
export declare function isTrusted(ref: ImageRef, trusted: readonly string[]): boolean;
