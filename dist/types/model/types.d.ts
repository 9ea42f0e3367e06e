import type { Copy, Add, From, Instruction, Run, User } from '../parse/ast';
import type { Span } from '../parse/source';
import type { SimpleCommand, Word } from '../shell/lexer';
import type { ImageFacts } from './catalogue';
import type { ImageMirror } from './registries';
import type { ImageRef } from './image-ref';
import type { Scope } from './vars';
import type { GoMod } from './gomod';
import type { Workspace } from './workspace';
import type { YamlMap, YamlPair, YamlScalar } from './yaml-tree';
export interface GoVersionFact {
    /** "1.12", "1.21.5"; a version without a patch stands for one of its patch releases. */
    version: string;
    /** The version is a lower bound: the tag floats to each new release (`golang`, `golang:alpine`). */
    atLeast?: boolean;
    /** How it is known, for messages: "golang:1.12-alpine", "apk add go on alpine 3.10". */
    source: string;
    /**
     * GOTOOLCHAIN as this Go has it by default: the golang images and Alpine's package set `local`,
     * upstream tarballs have `auto`. Undefined when not known (taken as `local`: nothing is raised).
     */
    toolchainDefault?: 'local' | 'auto';
}
/** Where a stage gets its go command from, when a RUN or COPY of the stage puts it there. */
export interface GoInstall {
    /** Offset of the RUN or COPY that installs it. */
    at: number;
    line?: number;
    /** The version it installs, when known. */
    version?: GoVersionFact;
    how: string;
    /** It puts the go command first on PATH (a tarball, a copied /usr/local/go, the stage's first distribution Go). */
    replaces: boolean;
}
export type StageBase = {
    kind: 'scratch';
}
/** Built FROM an earlier stage. `candidates` holds every stage a `FROM runtime-$TARGETARCH` may pick. */
 | {
    kind: 'stage';
    stage: Stage;
    candidates: Stage[];
} | {
    kind: 'image';
    ref: ImageRef;
    facts: ImageFacts;
}
/** A variable without a default, or a name that is not an image reference. */
 | {
    kind: 'unknown';
    text: string;
};
export interface Stage {
    index: number;
    /** Stage name from `AS name`, lowercased as BuildKit compares it. */
    name?: string;
    from: From;
    /** The whole FROM instruction. */
    fromSpan: Span;
    /** The image argument of FROM, as written. */
    imageSpan: Span;
    /** The image after ARG expansion. */
    imageText: string;
    /** The `--platform` value of FROM, as written (`$BUILDPLATFORM`), and where it is. */
    platform?: {
        text: string;
        span: Span;
    };
    base: StageBase;
    instructions: Instruction[];
    /** ENV at the end of the stage (what a stage built FROM this one inherits). */
    env: Scope;
    /** `go env -w` settings at the end of the stage (they live in a file, so FROM inherits them). */
    goEnv: Scope;
    /** WORKDIR at the end of the stage, undefined when a variable hides it. */
    workdir: string | undefined;
    runs: RunInfo[];
    copies: CopyInfo[];
    /** VOLUME instructions of this stage. */
    volumes: VolumeInfo[];
    /** The last USER of this stage, if any. */
    user?: UserInfo;
    /** The Go in effect at the end of the stage (what a stage built FROM it starts with); undefined when unknown. */
    goVersion?: GoVersionFact;
    /** The first RUN or COPY of the stage that installs a go command, if any. */
    goInstall?: GoInstall;
    /** Does the stage's base bring a go command: a golang image (true), alpine or debian (false), an unknown image? */
    goBase?: boolean | 'unknown';
    /**
     * For a FROM that picks among stages by a platform argument (`FROM runtime-$TARGETARCH`), the
     * value that picks each candidate, in candidate order.
     */
    platformChoices?: Array<{
        name: string;
        value: string;
    }>;
    /**
     * The image name depends on the target platform (`FROM --platform=$BUILDPLATFORM
     * toolchain:${TARGETARCH}`, also through global ARG defaults): an image picked per target, such
     * as a cross toolchain, whose environment (GOOS, GOARCH, CC) cannot be seen.
     */
    imageByTarget?: boolean;
}
export interface UserInfo {
    instruction: User;
    span: Span;
    /** The user part before `:`, expanded; undefined when a variable hides it. */
    user: string | undefined;
    group?: string;
}
export interface VolumeInfo {
    instruction: Instruction;
    span: Span;
    /** The folders, expanded and resolved against WORKDIR; undefined entries are hidden by variables. */
    paths: Array<string | undefined>;
}
export interface RunInfo {
    stage: Stage;
    instruction: Run;
    span: Span;
    form: 'shell' | 'exec' | 'heredoc';
    /** Commands the shell runs, in order; heredoc scripts included. Empty for exec form. */
    commands: SimpleCommand[];
    /** Exec form arguments. */
    exec?: string[];
    /** Variables visible to the RUN (stage ARGs and ENV, inherited ENV). */
    scope: Scope;
    workdir: string | undefined;
    mounts: Mount[];
    /** The local Go in effect when it runs (see effectiveGoVersion for go.mod's part); undefined when unknown. */
    goVersion?: GoVersionFact;
}
export interface Mount {
    type: string;
    target?: string;
    source?: string;
    from?: string;
    /** Where the `from=` value is written. */
    fromSpan?: Span;
}
export interface CopyInfo {
    stage: Stage;
    instruction: Copy | Add;
    span: Span;
    keyword: 'COPY' | 'ADD';
    /** `--from` naming an earlier stage. */
    fromStage?: Stage;
    /** `--from` naming an image (or an unknown name). */
    fromImage?: string;
    /** Where the `--from` value is written, and whether its expansion is known. */
    fromImageSpan?: Span;
    fromImageKnown?: boolean;
    /** Source paths, expanded; undefined entries are hidden by variables. */
    sources: Array<{
        text: string;
        known: boolean;
        span: Span;
    }>;
    /** Destination, resolved against WORKDIR; undefined when unknown. */
    dest: string | undefined;
    /** Destination as written. */
    destText: string;
    /** The WORKDIR in force at the instruction; undefined when a variable hides it. */
    workdir: string | undefined;
    heredoc: boolean;
    /** `--chown=user[:group]`, expanded (user undefined when a variable hides it), and where its value is written. */
    chown?: {
        user: string | undefined;
        group?: string;
        span: Span;
    };
}
export type CgoSource = 'command' | 'export' | 'env' | 'arg' | 'go env -w' | 'default';
/**
 * A variable of the go command's environment as the go command sees it: its value ("" when set
 * empty, which the go command takes as unset; null when unset; undefined when a variable hides
 * it), where it was set, and the word that set it, if any.
 */
export interface GoEnvSetting {
    value: string | null | undefined;
    source: CgoSource;
    word?: Word;
}
export interface GoFlag {
    /** Flag name without dashes, e.g. "ldflags". */
    name: string;
    /** The word holding the flag name. */
    nameWord: Word;
    /** The word holding the value: the same word for `-ldflags=-s`, the next word for `-ldflags "-s"`. */
    valueWord?: Word;
    value?: string;
}
/**
 * A file of the repository other than the Dockerfile that the model read because the build runs
 * it or takes its output: a Makefile, a build script, a GoReleaser configuration. Findings and
 * fixes about it point into `text`.
 */
export interface OtherFile {
    /** Its path in the repository, '/'-separated. */
    path: string;
    text: string;
    lineStarts: readonly number[];
}
/** A `go build` or `go install` command and what the go command sees when it runs, wherever it is written. */
export interface GoCommand {
    command: SimpleCommand;
    /**
     * The file the command is written in, when it is not the Dockerfile: a Makefile recipe or a
     * script. The offsets of its words (and of `cgoMistakes`) are into that file.
     */
    file?: OtherFile;
    /**
     * Where make substituted a reference in the command (`$(GO) build $(FLAGS)`): a word made
     * from part of one, or reaching into one, is not written where it reads (see `writtenAsIs`).
     */
    substitutions?: ReadonlyArray<{
        start: number;
        end: number;
        oneWord: boolean;
    }>;
    /** "build", "install", or "get" where it still installs (Go before 1.18, GOPATH mode). */
    verb: 'build' | 'install' | 'get';
    /** The `go` word (start of the command proper, after env prefixes and `env`). */
    goWord: Word;
    verbWord: Word;
    /** Flags given on the command line, in order. */
    flags: GoFlag[];
    /** Package arguments. */
    packages: Word[];
    /** CGO_ENABLED as the go command sees it: "0", "1", another string, null when unset, undefined when a variable hides it. */
    cgo: GoEnvSetting;
    /** CGO_CFLAGS, CGO_LDFLAGS, CC or the like are set for the build: cgo is meant to be on. */
    cgoFlags: boolean;
    /** Spellings that look meant as CGO_ENABLED but are not (`cgo_enabled`, `CGO_ENABLE`), or CGO_ENABLED set without export. */
    cgoMistakes: Array<{
        text: string;
        span: Span;
        kind: 'misspelled' | 'not-exported';
        file?: OtherFile;
        asWritten: boolean;
    }>;
    /** GOOS and GOARCH: the target the binary is built for (unset: the build machine's). */
    goos: GoEnvSetting;
    goarch: GoEnvSetting;
    /** The effective -ldflags value (command line wins over GOFLAGS). */
    ldflags?: {
        value: string;
        flags: string[];
        source: 'command' | 'GOFLAGS';
        flag?: GoFlag;
    };
    /** Whether the build trims paths; undefined when it cannot be known (GOFLAGS from a build argument without default). */
    trimpath: boolean | undefined;
    /**
     * `-extldflags` passes `-static` to the external linker: with cgo on, the binary is linked
     * statically against the builder's libc and needs none at run time.
     */
    staticLink: boolean;
    /** An argument is one unknown expansion (`$(FLAGS)`, `$GO_FLAGS`) that may hold any flags, `-extldflags "-static"` included. */
    opaqueArgs?: boolean;
    /** Absolute output path, when it can be known. */
    output?: string;
    /**
     * With `-o` of a value partly unknown: the path with its unknown parts as written
     * (`/src/dist/${GOOS}/app`, `/dist/$(shell go env GOOS)/app`), to match a COPY that names it
     * with variables of its own.
     */
    outputPattern?: string;
    /** Output directory when the file name cannot be known (e.g. `go build .` in an unknown module). */
    outputDir?: string;
    /**
     * Other places the binary may be: moved or copied there after the build (`mv`, `cp`,
     * `install`), or where `go install` puts it on an image that sets GOPATH itself.
     */
    movedTo?: string[];
    /** WORKDIR (and `cd`) the command runs in. */
    cwd: string | undefined;
    /** The Go that runs the command (go.mod's lines counted where GOTOOLCHAIN switches); undefined when unknown. */
    goVersion?: GoVersionFact;
}
/** A go build in a stage of the Dockerfile (its RUN, or a Makefile or script the RUN runs). */
export interface GoBuild extends GoCommand {
    stage: Stage;
    run: RunInfo;
    /** With `file`: the Dockerfile command that runs it (`make build`, `./build.sh`). */
    via?: SimpleCommand;
    /** Is the resulting binary in the final image? */
    shipped: boolean;
}
/**
 * A Go build that runs before `docker build`, on the machine that makes the release (a CI runner
 * with a C compiler), and whose binary a COPY of the Dockerfile takes from the build context: a
 * GoReleaser build, or a Makefile target (or script) whose output the Dockerfile copies.
 */
export interface HostBuild {
    tool: 'goreleaser' | 'make' | 'script';
    /** The file that defines the build; findings about it point there. */
    file: OtherFile;
    /** How the file names the build: a GoReleaser build id, a make target. */
    name: string;
    /** The COPY that takes its binary into the image. */
    copy: CopyInfo;
    /** CGO_ENABLED as the go command sees it (see {@link GoBuild.cgo}). */
    cgo: {
        value: string | null | undefined;
    };
    cgoFlags: boolean;
    /** The platform of the binary the image ships. */
    goos?: string;
    goarch?: string;
    /** The -ldflags flags; undefined when none are given (GoReleaser's default is filled in). */
    ldflags?: {
        flags: string[];
    };
    trimpath: boolean | undefined;
    staticLink: boolean;
    /** The binary's name, for messages. */
    binary?: string;
    /** For a Makefile recipe or a script: the go command, its words in `file`. */
    command?: GoCommand;
    /** For GoReleaser: the build as its configuration writes it, for findings and fixes. */
    release?: ReleaseBuild;
}
/** A string value of the configuration: known, or a template. */
export interface ReleaseValue {
    text: string;
    known: boolean;
    node?: YamlScalar;
}
/** A list of string values (a YAML sequence, or one string), and where it is written. */
export interface ReleaseList {
    values: ReleaseValue[];
    pair: YamlPair;
}
export interface ReleaseOverride {
    goos?: string;
    goarch?: string;
    env: ReleaseValue[];
    ldflags?: ReleaseValue[];
    flags?: ReleaseValue[];
}
export interface ReleaseBuild {
    config: ReleaseConfig;
    id: string;
    /** The build's map in the file (a `builds` item, or the singular `build` of a file without `builds`); undefined for GoReleaser's default build. */
    node?: YamlMap;
    builder: string;
    skip: boolean;
    /** The binary's name; undefined when a template names it. */
    binary: string | undefined;
    env?: ReleaseList;
    flags?: ReleaseList;
    ldflags?: ReleaseList;
    /** The platforms it builds: from `targets`, else `goos` × `goarch` minus `ignore`. */
    targets: Array<{
        goos: string;
        goarch: string;
    }> | undefined;
    overrides: ReleaseOverride[];
}
export interface ReleaseDocker {
    kind: 'dockers' | 'dockers_v2';
    node: YamlMap;
    /** The Dockerfile's path in the repository; undefined when a template names it. */
    dockerfile: string | undefined;
    /** The builds it takes binaries from (`ids`, or `builds` in early versions); undefined: all. */
    ids?: string[];
    platforms: Array<{
        goos: string;
        goarch: string;
    }>;
}
export interface ReleaseConfig {
    file: OtherFile;
    /** The folder of the configuration in the repository ('' at the root), where GoReleaser runs. */
    dir: string;
    root: YamlMap;
    version: number;
    /** Global `env`: the environment of every build. */
    env?: ReleaseList;
    builds: ReleaseBuild[];
    dockers: ReleaseDocker[];
    /** The `dist` folder (default `dist`). */
    dist: string;
}
export interface Model {
    stages: Stage[];
    final: Stage | undefined;
    /** The final stage and the stages it is built FROM, final first. */
    finalLineage: Stage[];
    goBuilds: GoBuild[];
    /** Builds that run before `docker build` and whose binaries the image copies in. */
    hostBuilds: HostBuild[];
    /** A GoReleaser configuration builds this image (a `dockers` entry names the Dockerfile). */
    releaseImage?: boolean;
    globalScope: Scope;
    goMod?: GoMod;
    /** Registries that mirror others (config `mirrors`); see `unmirror`. */
    mirrors: readonly ImageMirror[];
    /** The files around the Dockerfile (build context, repository); undefined when they cannot be seen. */
    workspace?: Workspace;
    /** Files the model needed but could not read as what they should be (a GoReleaser file that is not YAML), by repository path. */
    unreadable?: Set<string>;
    /** The platform arguments this model was built with (see ModelOptions.platform). */
    platform?: Readonly<Record<string, string>>;
    /**
     * When the final image depends on the target platform (`FROM runtime-$TARGETARCH` with several
     * candidates), one set of platform arguments per candidate; lint looks at each.
     */
    platformVariants?: Array<Record<string, string>>;
}
export type { Instruction, Run, Copy, Add, From };
