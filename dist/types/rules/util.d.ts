import { Cmd, Entrypoint, Healthcheck, type Instruction } from '../parse/ast';
import type { ImageFacts } from '../model/catalogue';
import type { Model, Stage } from '../model/types';
import { type SourceFile, type Span } from '../parse/source';
/**
 * Does this Dockerfile build a Go program? Final-image rules only speak about Dockerfiles that do:
 * a repository's other Dockerfiles (a database, a front end) are not this linter's business.
 */
export declare function buildsGo(model: Model): boolean;
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
