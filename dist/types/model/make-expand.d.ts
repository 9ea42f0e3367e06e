/**
 * GNU make's variable expansion, as far as a linter needs it: `$(NAME)`, `${NAME}`, `$X`, `$$`,
 * substitution references (`$(SRC:.c=.o)`), automatic variables and the text functions a build
 * line uses. What cannot be known here (`$(shell ...)`, `$(wildcard ...)`, a variable the
 * environment may set) is kept as a `$(...)` reference: to the shell that is a command
 * substitution, whose value the shell model does not know either. Linear in the text; recursion
 * and output are bounded, so no Makefile can exhaust the stack or the memory.
 */
/** An expanded text. Unknown parts are kept as `$(...)` references; `known` says whether there are any. */
export interface MakeValue {
    value: string;
    known: boolean;
}
export interface MakeVariable {
    /** Recursively expanded (`=`, `?=`, `define`) keeps its text; simply expanded (`:=`) its value. */
    flavor: 'recursive' | 'simple';
    /** The text as written (recursive) or the value (simple). */
    text: string;
    known: boolean;
    origin: 'default' | 'environment' | 'file' | 'command line' | 'override' | 'automatic';
}
/** What an expansion reads: the variables, and the automatic ones of the rule being run. */
export interface ExpandScope {
    lookup(name: string): MakeVariable | undefined;
    /** `$@`, `$<`, `$^`, `$*`, `$?`, `$|` of the rule being run, when there is one. */
    automatic?: Readonly<Record<string, string>>;
}
/** Where a reference was substituted in a mapped expansion (see {@link expandMapped}). */
export interface Substitution {
    /** Offsets of the reference as written in its file. */
    start: number;
    end: number;
    /** The value has no blank or quote: it cannot make or join more than one shell word. */
    oneWord: boolean;
}
/** Expand a text in a scope. */
export declare function expandMake(text: string, scope: ExpandScope): MakeValue;
/**
 * Expand a recipe line whose characters sit at `offsets` of a file, and map each character of the
 * result back to the file: literal text to where it is written, a substituted value to its
 * reference (its first character to the reference's start, its last to the reference's last
 * character, so that a word made of one whole reference spans the reference exactly).
 */
export declare function expandMapped(text: string, offsets: readonly number[], scope: ExpandScope): {
    value: MakeValue;
    map: Int32Array;
    substitutions: Substitution[];
};
export declare function words(s: string): string[];
/** Does `word` match a make pattern (one `%`)? Returns the stem, or undefined. */
export declare function patternStem(pattern: string, word: string): string | undefined;
