import type { SourceFile, Span } from '../parse/source';
import type { SimpleCommand } from '../shell/lexer';
/**
 * The exec (JSON) form of CMD, ENTRYPOINT, RUN, COPY or HEALTHCHECK arguments, or undefined for
 * shell form. Like BuildKit, text that is not a valid JSON array of strings is shell form.
 */
export declare function execForm(file: SourceFile, args: Span): string[] | undefined;
/** Remove Dockerfile line continuations (escape char, optional blanks, newline) and comment lines inside them. */
export declare function joinContinuations(raw: string, escapeChar: string): string;
/**
 * The words of an exec-form RUN as shell words, for the Go-build analysis: each word's span is its
 * JSON string literal (quotes included). No expansion happens in exec form. Undefined when the
 * literals cannot be located exactly (continuation lines inside the array).
 */
export declare function execFormWords(file: SourceFile, args: Span): SimpleCommand | undefined;
