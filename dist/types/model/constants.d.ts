/**
 * The non-root user distroless and Chainguard images define (`nonroot`, uid and gid 65532), which
 * the fixes write where a final image must not run as root.
 */
export declare const NONROOT_UID = 65532;
export declare const NONROOT_NAME = "nonroot";
/** `USER` value that needs no /etc/passwd entry: works on scratch as on distroless. */
export declare const NONROOT_USER = "65532:65532";
/** The home folder of `nonroot` in distroless images. */
export declare const NONROOT_HOME = "/home/nonroot";
