/**
 * Reading a Makefile as GNU make does, far enough to know what `make <target>` runs: variables
 * (`=`, `:=`, `::=`, `?=`, `+=`, `define`, `export`, `override`, target-specific ones), rules
 * (explicit and `%` patterns, their prerequisites and recipe lines), conditionals, `include`.
 * The reading depends on the invocation (command-line variables, the environment), as make's does:
 * a conditional or `:=` whose value cannot be known makes what depends on it unknown, never
 * guessed. Recipe lines keep the offsets of their characters, so that findings and fixes point
 * into the file where the command is written.
 */
import { type MakeValue, type MakeVariable } from './make-expand';
import type { OtherFile } from './types';
export interface RecipeLine {
    file: OtherFile;
    /** The command as make hands it to the shell before expansion: `@-+` prefixes and the TAB of continuation lines removed. */
    text: string;
    /** Offset in `file.text` of each character of `text`. */
    offsets: number[];
}
export interface MakeRule {
    targets: string[];
    /** Prerequisites (order-only ones included), expanded when read. */
    prerequisites: string[];
    recipe: RecipeLine[];
    /** Has a `%` target: a pattern rule. */
    pattern: boolean;
}
/** A variable set for some targets only (`build: CGO_ENABLED=0`, `bin/%: export GOOS=linux`). */
export interface TargetVariable {
    name: string;
    op: string;
    text: string;
    export: boolean;
}
export interface Makefile {
    vars: Map<string, MakeVariable>;
    rules: Map<string, MakeRule>;
    patternRules: MakeRule[];
    targetVars: Map<string, TargetVariable[]>;
    /** `.DEFAULT_GOAL`, else the first target that is not special or a pattern. */
    defaultGoal?: string;
    /** `export NAME` (true) and `unexport NAME` (false), by name. */
    exports: Map<string, boolean>;
    /** The names make found in its environment or on its command line: exported even when the file sets them. */
    inherited: Set<string>;
    /** `.EXPORT_ALL_VARIABLES:` or a bare `export`. */
    exportAll: boolean;
    /** `.ONESHELL:`: all lines of a recipe run in one shell. */
    oneShell: boolean;
}
/** How make is invoked: what it reads before the file. */
export interface MakeInvocation {
    /** The environment make starts with; a name absent is not set. */
    env: ReadonlyMap<string, MakeValue>;
    /** `make NAME=value`: override the file's assignments, and are exported. */
    overrides: ReadonlyMap<string, MakeValue>;
    /** Absolute path make runs in (CURDIR). */
    curdir: string;
}
/**
 * Read a Makefile (and what it includes) as `make` would for this invocation. `open` finds an
 * included file by its path relative to where make runs.
 */
export declare function readMakefile(file: OtherFile, invocation: MakeInvocation, open: (path: string) => OtherFile | undefined): Makefile;
