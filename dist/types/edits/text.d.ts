import type { SourceFile } from '../parse/source';
import type { Edit } from './types';
import type { Word } from '../shell/lexer';
import type { GoCommand } from '../model/types';
export declare const insertAt: (offset: number, text: string) => Edit;
export declare const replaceSpan: (span: {
    start: number;
    end: number;
}, text: string) => Edit;
/**
 * Edits that add `addition` (e.g. "-s -w") at the front of a flag value, keeping the author's
 * quoting: `"-X a=b"` becomes `"-s -w -X a=b"`, `-ldflags=-X=a` becomes `-ldflags="-s -w -X=a"`.
 * The addition goes right after the opening quote, so a quoted value may span continuation lines.
 * Undefined when an unquoted value spans lines or the quoting is not one this can edit safely.
 */
export declare function prependToFlagValue(file: Pick<SourceFile, 'text'>, nameWord: Word, valueWord: Word, addition: string): Edit | undefined;
/**
 * Edits that delete a word (or a span of words) with the blanks before it, or after it when it
 * starts a line. When it is all a line of a continuation holds, the whole line goes: no line with
 * a lone escape character is left (`    -a \`), and when it was the last line, the escape that
 * led to it goes too, so the instruction does not run on into the next one.
 */
export declare function removeWord(file: SourceFile, word: {
    start: number;
    end: number;
}): Edit[];
/** Where a go command's words live: a shell command line, or the JSON array of an exec-form RUN. */
export type CommandForm = 'shell' | 'exec';
/**
 * Insert arguments after a word, written as the command is written: `-trimpath` in shell form,
 * `, "-trimpath"` in an exec-form array. `shell` is the shell spelling (already quoted),
 * `values` the plain values for exec form.
 */
export declare function insertArgsAfter(form: CommandForm, word: {
    end: number;
}, shell: string, values: readonly string[]): Edit;
/** Insert before a word: `CGO_ENABLED=0 go` in shell form, `"env", "CGO_ENABLED=0", "go"` in exec form. */
export declare function insertArgsBefore(form: CommandForm, word: {
    start: number;
}, shell: string, values: readonly string[]): Edit;
/**
 * Set CGO_ENABLED=0 for one go command: an env prefix, or `env` in front of an exec-form array.
 * After a wrapper (`exec go`, `xargs go`, `time go` in sh) an assignment would be taken for the
 * command to run, so the prefix is `env CGO_ENABLED=0` there.
 */
export declare function disableCgo(form: CommandForm, build: Pick<GoCommand, 'command' | 'goWord'>): Edit;
export declare const commandForm: (run: {
    form: string;
}) => CommandForm;
