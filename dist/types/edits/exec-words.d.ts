import type { SourceFile, Span } from '../parse/source';
/** `["a", "b"]`, the spacing people write. */
export declare function execFormText(words: readonly string[]): string;
/**
 * The words of a shell-form CMD/ENTRYPOINT that mean the same in exec form, or undefined when the
 * shell does something there (variables, globs, pipes, `&&`, redirections, builtins, a comment,
 * several lines). `exec` in front is what the shell would do anyway, so it goes.
 * `args`: the words are arguments of an ENTRYPOINT, not a program of their own.
 */
export declare function plainCommandWords(file: SourceFile, span: Span, args?: boolean): string[] | undefined;
