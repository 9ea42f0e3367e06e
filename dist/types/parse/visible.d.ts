/**
 * Text from a repository shown to a person or a CI runner: a Dockerfile's values, file and folder
 * names, configuration keys. A pull request controls all of it, so none of it may act on what
 * reads the output: no line break (a CI runner reads `::error ...` at the start of any line of
 * standard output or error as a command, and `##[error]` anywhere in one), no terminal control
 * sequence (ESC, OSC, CSI), no bidirectional override that makes a line read other than it is.
 * Such characters are shown as escapes (`\x1b`, `\n`, `\u202e`); everything else is kept.
 */
/** The text with every unsafe character shown as an escape; unchanged when it has none. */
export declare function visible(text: string): string;
/** A value quoted in a message: visible, and cut to `max` characters (a value may be a megabyte long). */
export declare function excerpt(text: string, max?: number): string;
/**
 * A path that starts a line of output (a file's findings, an error): visible, and never read as a
 * runner command: a relative path that would start with `:` gets `./` in front.
 */
export declare function linePath(path: string): string;
