import type { Rule } from './types';
import type { OptionInput, OptionsSpec } from './options';
/** Every rule, in code order. Explicit, so that adding a rule is a reviewed change. */
declare const ALL: readonly [Rule<"misspelled" | "noLibc" | "libcMismatch" | "implicit" | "noCompiler" | "explicitIncompatible" | "deliberateIncompatible" | "externalLink" | "notExported" | "hostNoLibc" | "hostLibcMismatch" | "hostImplicit" | "hostExplicitIncompatible", import("./types").EmptySpec>, Rule<"missing" | "partial", import("./types").EmptySpec>, Rule<"notMinimal", {
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
}>, Rule<"noUser" | "explicitRoot", import("./types").EmptySpec>, Rule<"copiesRoot" | "copiesToolchain" | "copiesGopath" | "copiesCache" | "copiesSources" | "contextSources" | "cacheInImage", import("./types").EmptySpec>, Rule<"shellForm", import("./types").EmptySpec>, Rule<"noShell", import("./types").EmptySpec>, Rule<"noPasswd" | "unknownUser" | "chownNoPasswd" | "chownUnknown", import("./types").EmptySpec>, Rule<"notCopied" | "noCommand", import("./types").EmptySpec>, Rule<"missing" | "oldGo" | "hostMissing", import("./types").EmptySpec>, Rule<"sourcesFirst" | "sourcesFirstNoFix", import("./types").EmptySpec>, Rule<"missing", import("./types").EmptySpec>, Rule<"latest" | "floating" | "noTag" | "frozen", import("./types").EmptySpec>, Rule<"tooOld" | "olderLanguage", import("./types").EmptySpec>, Rule<"forceRebuild" | "installSuffix" | "extStatic", import("./types").EmptySpec>, Rule<"secretName" | "urlCredentials", import("./types").EmptySpec>, Rule<"debugImage", import("./types").EmptySpec>, Rule<"untrusted", {
    readonly trustedRegistries: {
        readonly type: "list";
        readonly format: "registry-pattern";
        readonly description: "The only registries images may come from (untrusted-registry, GD018): hosts (gcr.io; docker.io is Docker Hub), host patterns (*.gcr.io) or hosts with a path (registry.corp.example/gcr)";
        readonly flag: {
            readonly name: "trusted-registry";
            readonly description: "Registries images may come from (GD018 untrusted-registry; repeat or separate with commas): gcr.io, *.gcr.io, registry.corp.example/gcr; replaces trustedRegistries of the config file";
        };
    };
}>, Rule<"buildMachineBinary" | "undeclaredTarget", import("./types").EmptySpec>, Rule<"unknown", import("./types").EmptySpec>];
export declare const RULES: readonly Rule[];
/** A rule by code ("GD003") or name ("final-not-minimal"). */
export declare function findRule(key: string): Rule | undefined;
type SpecOf<R> = R extends {
    meta: {
        options?: infer S;
    };
} ? (S extends OptionsSpec ? S : never) : never;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllOptions = Intersection<SpecOf<(typeof ALL)[number]>>;
/** The configuration keys the rules own (`finalImage`, `trustedRegistries`), as the file writes them. */
export type RuleOptionsConfig = {
    [K in keyof AllOptions]?: OptionInput<AllOptions[K]>;
};
export {};
