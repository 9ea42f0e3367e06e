/**
 * Commands that run other files: `make [-C dir] [-f file] [VAR=value] [target...]`, a script
 * (`./build.sh`, `sh scripts/build.sh`, `bash -e build.sh`) and `. ./env.sh`. What they run is
 * read from the files (found through the COPY that put them where the command runs), split by the
 * same shell lexer as a RUN, and handed back with the shell each command runs in.
 */
import { type SimpleCommand, type Word } from '../shell/lexer';
import type { FileLocator } from './context-files';
import type { Substitution } from './make-expand';
import type { OtherFile } from './types';
import type { VarValue } from './vars';
/** Commands of another file, and the shell they run in. */
export interface Invoked {
    file: OtherFile;
    commands: SimpleCommand[];
    /** The exported variables of the new shell (a script's, a recipe line's). */
    env: ReadonlyMap<string, VarValue>;
    cwd: string | undefined;
    /** `. file`: run by the calling shell itself. */
    sameShell?: boolean;
    substitutions?: Substitution[];
}
/** What the caller knows of the command: where it runs, and the values of its words. */
export interface InvocationContext {
    locate: FileLocator | undefined;
    cwd: string | undefined;
    /** The exported environment of the command. */
    env: ReadonlyMap<string, VarValue>;
    value: (w: Word) => VarValue;
}
/** The commands a make, script or source command runs; undefined when it is none of these, or its file cannot be found. */
export declare function invocationOf(ctx: InvocationContext, words: readonly Word[]): Invoked[] | undefined;
