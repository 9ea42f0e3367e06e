import { type SourceFile } from '../parse/source';
import { type SimpleCommand, type Word } from '../shell/lexer';
import type { CgoSource, GoBuild, GoCommand, Model, OtherFile, RunInfo, Stage } from './types';
import { type FileLocator } from './context-files';
import { type VarLookup, type VarValue } from './vars';
interface Binding {
    value: VarValue;
    source: CgoSource;
    word?: Word;
    /** The file the word is in, when not the Dockerfile. */
    file?: OtherFile;
}
/** Shell state while walking the commands of one RUN. */
export interface ShellState {
    vars: Map<string, Binding>;
    /** The values of `vars`, as {@link expand} reads them (a view, not a copy per word). */
    values: VarLookup;
    exported: Set<string>;
    cwd: string | undefined;
    /** Plain `NAME=value` assignments that were never exported, with the file they are written in (none: the Dockerfile). */
    unexported: Map<string, {
        word: Word;
        file?: OtherFile;
    }>;
}
/** Find every `go build` / `go install` and what the go command will see when it runs. */
export declare function analyzeGoBuilds(file: SourceFile, model: Model): GoBuild[];
/**
 * The go builds a command runs on the machine that makes the release, before `docker build`
 * (`make build` at the root of the build context, which stands at `/`): a clean environment, no
 * stage. Only Makefiles and scripts are followed; the words are the command's.
 */
export declare function hostCommands(file: SourceFile, model: Model, locate: FileLocator, words: readonly string[], cwd: string, observe?: CommandContext['observe']): GoCommand[];
/** What one command of a RUN is visited with: where it is, and the shell state it changes. */
export interface CommandContext {
    file: SourceFile;
    model: Model;
    /** The stage and RUN it runs in; none for a build that runs before `docker build`. */
    stage?: Stage;
    run?: RunInfo;
    command: SimpleCommand;
    state: ShellState;
    /** `go env -w` settings of the stage so far (they persist in a file across RUNs). */
    goEnv: Map<string, VarValue>;
    /** The file the command is written in, when not the Dockerfile (a Makefile, a script). */
    other?: OtherFile;
    /** Where make substituted references in the command. */
    substitutions?: GoCommand['substitutions'];
    /** Finds the Makefiles and scripts the command runs. */
    locate: FileLocator | undefined;
    /** Makefiles and scripts followed so far, to stop on a loop. */
    depth: number;
    /** Where a go build found is handed. */
    emit: (build: GoCommand, ctx: CommandContext) => void;
    /** Shown every other command run (after make and scripts are followed), for callers that look for more than go builds. */
    observe?: (words: Word[], ctx: CommandContext) => void;
}
/** The value of a word as the shell state of a command knows it. */
export declare function valueIn(ctx: CommandContext, w: Word): VarValue;
/**
 * Follow one simple command: shell builtins that change the environment (assignments, export,
 * unset, cd), wrappers that run the rest of their words (env, time, exec...), make and scripts
 * (whose commands are followed in their files), and the go command. `words` is what is left to
 * run; `prefix` holds the variables set for this command alone.
 */
export declare function visitCommand(ctx: CommandContext, all: Word[], given: Map<string, Binding>): void;
/** Does an -ldflags list pass `-static` to the external linker (`-extldflags "-static"`, `-extldflags=-static -lm`)? */
export declare function linksStatically(ldflags: readonly string[]): boolean;
/**
 * Is a word of a command written where it reads? Always in a Dockerfile or a script; in a Makefile
 * recipe, unless make made it from part of a reference (`$(GOBUILD)` holding `go build`): an edit
 * at its place would land inside the reference. A word that is one whole reference whose value is
 * one word (`$(GO)`), or that holds a reference between literal text (`"$(LDFLAGS)"`), is as
 * written where an edit goes: before it, after it, or just inside its quotes.
 */
export declare function writtenAsIs(word: {
    start: number;
    end: number;
}, substitutions: GoCommand['substitutions']): boolean;
/**
 * A build made for a debugger: `-gcflags` turns off optimizations or inlining (`all=-N -l`, as
 * Delve asks). Stripping its symbols (`-s -w`) or its paths (`-trimpath`) defeats its purpose.
 */
export declare function isDebugBuild(build: Pick<GoCommand, 'flags'>): boolean;
/** A name someone meant as CGO_ENABLED: other casing, or one or two letters off. */
export declare function looksLikeCgoEnabled(name: string): boolean;
/**
 * Split a flag list as the go command does (cmd/internal/quoted): blanks separate, quotes group.
 * Unknown parts of a value (`${NAME}`, `$(...)`, backticks, see {@link wordPattern}) stay whole
 * inside the token that holds them, so a token starting with `$` or a backtick is one whose flags
 * cannot be known.
 */
export declare function splitQuoted(s: string): string[];
/** Does a flag token hold flags that cannot be known (it is, or starts with, an unknown expansion)? */
export declare function isOpaqueFlag(token: string): boolean;
/**
 * Does a file written at `output` (or somewhere in `outputDir`) in `stage` end up in the final
 * image? It does when the stage is the final one or one it is built FROM, or when a later stage
 * copies it (`COPY --from`) and that stage's copy reaches the final image in turn. A search over
 * (stage, path) places, each visited once: linear in the copies, however they branch and join.
 */
export declare function reachesFinal(model: Model, stage: Stage, output: string | undefined, outputDir: string | undefined): boolean;
/**
 * The first word before the go command that is neither `env`, one of its options, nor a
 * NAME=value (`time go build`, `exec go build`, `xargs go build`): a prefix written in front of
 * `go` would be the command that wrapper runs. Undefined when the go command heads its command.
 */
export declare function goWrapper(build: Pick<GoCommand, 'command' | 'goWord'>): string | undefined;
export {};
