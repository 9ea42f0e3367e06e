import { Cmd, Entrypoint, Healthcheck, type Instruction } from '../parse/ast';
import type { ImageFacts } from '../model/catalogue';
import type { GoCommand, HostBuild, Model, OtherFile, Stage } from '../model/types';
import { type CommandForm } from '../edits/text';
import type { Edit } from '../edits/types';
import { type SourceFile, type Span } from '../parse/source';
/**
 * Does this Dockerfile build a Go program? Rules about the build stages (GD005) speak only about
 * Dockerfiles that do.
 */
export declare function buildsGo(model: Model): boolean;
/**
 * Is the image a Go program's? It is when the Dockerfile builds Go, and also when it copies in a
 * binary built before `docker build`: by a GoReleaser build or a Makefile target the model found,
 * or, in a Go module (a go.mod in the context or at or above the Dockerfile), by whatever builds
 * it, as long as the image says what to run and shows no other language (a Node front end, a
 * Python tool, a test fixture in the same repository). Final-image rules speak only about these:
 * a repository's database or web server image is not this linter's business.
 */
export declare function isGoImage(file: SourceFile, model: Model): boolean;
export interface FinalImage {
    stage: Stage;
    facts: ImageFacts;
    /** How the final base is written, for messages: the image after ARG expansion. */
    image: string;
}
/**
 * The final stage with the facts of the image it rests on, when they are known. None for a stage
 * that only gathers files on scratch (see {@link isExportStage}): nothing runs it.
 */
export declare function finalImage(model: Model): FinalImage | undefined;
export declare function isExportStage(stage: Stage): boolean;
/** The image text at the root of a stage's FROM chain ("scratch", "golang:1.23"). */
export declare function rootImageText(stage: Stage): string;
/** The image span of the FROM that a report about the final base should point at. */
export declare function fromImageSpan(stage: Stage): Span;
/** The CMD, ENTRYPOINT and HEALTHCHECK in force at the end of a stage (inherited ones count). */
export declare function effectiveRuntime(stage: Stage): {
    cmd?: Cmd;
    entrypoint?: Entrypoint;
    healthcheck?: Healthcheck;
};
export declare function hasShellInstruction(stage: Stage): boolean;
/** A user or group written as a number (`USER 1000:1000`). */
export declare function isNumericId(id: string): boolean;
/** Does a USER's user part mean uid 0: `root`, `0`, `00`? */
export declare function isRootUser(user: string): boolean;
/**
 * The command part of CMD/ENTRYPOINT, or of HEALTHCHECK after its options and `CMD`; undefined
 * for `HEALTHCHECK NONE` and for an instruction without arguments.
 */
export declare function commandSpan(file: SourceFile, ins: Instruction): Span | undefined;
/** The exec-form words of a CMD/ENTRYPOINT/HEALTHCHECK command, or undefined when it is in shell form. */
export declare function execCommand(file: SourceFile, ins: Instruction): string[] | undefined;
/** PATH of scratch and distroless images (the runtime's default when the image sets none). */
export declare const DEFAULT_PATH: readonly string[];
/** Is a program a shell (`/bin/sh`, `bash`, `/busybox/sh`, `busybox`)? */
export declare function isShellProgram(program: string): boolean;
/**
 * The shell that shell-form instructions at `offset` run: the program of the last SHELL
 * instruction before it in the stage or the stages it is built FROM, else `/bin/sh`. Undefined
 * when a SHELL instruction cannot be read.
 */
export declare function shellAt(file: SourceFile, stage: Stage, offset: number): string | undefined;
export interface ShellCheck {
    /** Does the shell exist when the instruction runs? 'unknown' when the image or a copy cannot be read. */
    available: boolean | 'unknown';
    /** The shell program, e.g. "/bin/sh". */
    shell: string;
    /** Why it is missing, for messages: "no shell", "no /bin/sh (its busybox shell is /busybox/sh)". */
    missing: string;
}
/**
 * Can a shell-form instruction at `offset` of `stage` start its shell? The image decides (scratch
 * and distroless have no /bin/sh; distroless :debug has busybox only at /busybox/sh), unless a
 * COPY/ADD put the shell in place (`COPY --from=busybox:musl /bin/busybox /bin/sh`): before a
 * RUN, anywhere in the image for CMD/ENTRYPOINT/HEALTHCHECK (`runtime`), which start when the
 * container does. The SHELL in force is the one before the instruction either way.
 */
export declare function checkShell(file: SourceFile, model: Model, stage: Stage, offset: number, runtime?: boolean): ShellCheck;
/** Does `text` use variable `name` (`$NAME`, `${NAME}`, `${NAME:-x}`)? */
export declare function refersTo(text: string, name: string): boolean;
/**
 * Where findings about a go build point: its `go build` words, in the file they are written in
 * (a Makefile or a script the RUN runs: then with the RUN's command as the anchor for inline
 * suppressions in the Dockerfile).
 */
export declare function buildPlace(build: GoCommand & {
    via?: {
        start: number;
    };
}): {
    start: number;
    end: number;
    file?: OtherFile;
    anchor?: number;
};
/** How words are written where a build is: shell words, or the JSON array of an exec-form RUN. */
export declare function buildForm(build: GoCommand & {
    run?: {
        form: string;
    };
}): CommandForm;
/**
 * Edits at words of a build, in the file the build is written in; undefined when one of the words
 * is not written where it reads (make made it from part of a reference), so that no fix is offered.
 */
export declare function buildEdits(build: GoCommand, words: ReadonlyArray<{
    start: number;
    end: number;
}>, edits: Edit[]): Edit[] | undefined;
/**
 * Where findings about a build made before `docker build` point: in a GoReleaser file, the key
 * the finding is about (`env`, `flags`, `ldflags`) when the build has it, else the build's first
 * key, else (GoReleaser's default build) the `dockers` key; in a Makefile, the go command. The
 * COPY of its binary anchors inline suppressions in the Dockerfile.
 */
export declare function hostPlace(b: HostBuild, key?: 'env' | 'flags' | 'ldflags'): {
    start: number;
    end: number;
    file: OtherFile;
    anchor: number;
};
/** How messages name a build made before `docker build`: `GoReleaser build "app"`, `make target "build"`. */
export declare function hostLabel(b: HostBuild): string;
/** Where the Dockerfile's COPY puts a binary built before `docker build`. */
export declare function hostBinaryPath(b: HostBuild): string;
