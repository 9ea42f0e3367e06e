/**
 * Image references (`registry/repository:tag@digest`) as BuildKit's reference grammar reads them.
 * Hand-parsed (no regular expressions) because they come from user-controlled Dockerfiles.
 */
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
/** Registries that are Docker Hub itself; normalised to `registry: undefined`. */
export declare const DOCKER_HUB_REGISTRIES: ReadonlySet<string>;
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
export declare function isDigit(c: string): boolean;
