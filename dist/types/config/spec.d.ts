/**
 * The keys every configuration file may have, declared as the rules declare theirs; the schema
 * (config/schema.ts), its JSON Schema and the `Config` type derive from this and the rules'
 * options. Plain data, so that reading the type costs no start-up time.
 */
export declare const BASE_OPTIONS: {
    readonly $schema: {
        readonly type: "string";
        readonly description: "The JSON Schema of this file, for editors";
    };
    readonly ignore: {
        readonly type: "list";
        readonly format: "rule";
        readonly description: "Rule codes (GD013) or names (unpinned-image) to skip";
    };
    readonly severity: {
        readonly type: "map";
        readonly key: {
            readonly format: "rule";
        };
        readonly value: {
            readonly type: "string";
            readonly values: readonly ["error", "warning", "info", "off"];
            readonly description: "The severity of every finding of the rule, or off";
        };
        readonly description: "Severity per rule code or name: error, warning, info, or off";
    };
    readonly failureThreshold: {
        readonly type: "string";
        readonly values: readonly ["error", "warning", "info", "none"];
        readonly description: "Lowest severity that makes golint-docker exit 1 (default: info)";
    };
    readonly mirrors: {
        readonly type: "map";
        readonly key: {
            readonly format: "registry";
        };
        readonly value: {
            readonly type: "string";
            readonly format: "registry";
            readonly description: "The registry it mirrors";
        };
        readonly description: "Registries that serve the images of others under the same names, so that golint-docker knows mirrored images: \"registry.corp.example/gcr\": \"gcr.io\", \"corp.jfrog.io/docker-remote\": \"docker.io\"";
    };
};
