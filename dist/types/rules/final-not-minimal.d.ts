declare const _default: import("./types").Rule<"notMinimal", {
    readonly finalImage: {
        readonly type: "object";
        readonly description: "Final images the final-not-minimal (GD003) fix writes";
        readonly properties: {
            readonly static: {
                readonly type: "string";
                readonly format: "image";
                readonly default: "gcr.io/distroless/static-debian12:nonroot";
                readonly description: "Final image for static binaries";
            };
            readonly cgo: {
                readonly type: "string";
                readonly format: "image";
                readonly default: "gcr.io/distroless/base-debian12:nonroot";
                readonly description: "Final image when cgo stays on (needs glibc)";
            };
        };
    };
}>;
export default _default;
