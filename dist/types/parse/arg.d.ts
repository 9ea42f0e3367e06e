/**
 * ARG declarations as BuildKit reads them: a blank-separated list of `name` or `name=default`
 * (`ARG TARGETOS TARGETARCH`, `ARG A B=2 C`). dockerfile-ast reads ARG as it reads ENV, where
 * `ENV NAME rest of line` is the old form of one variable: it takes `ARG TARGETOS TARGETARCH` for
 * TARGETOS with the default "TARGETARCH". This corrects `Arg#getProperties` itself, once, so that
 * every reader of ARG declarations gets them right. The dockerfile-ast it corrects is the copy
 * bundled with the linter: no other user of the package sees the change.
 */
export declare function readArgsAsBuildKit(): void;
