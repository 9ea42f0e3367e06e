/**
 * A small POSIX-shell lexer and command splitter, written as a character-by-character state
 * machine so that it is linear in the input, never backtracks, and never throws.
 *
 * It finds the simple commands in RUN text (e.g. `go build`) with exact offsets into the
 * original document so fixes can edit the text in place. It is not a full shell parser:
 * compound commands are flattened (their reserved words are skipped) and expansions are kept
 * literally in the word text.
 *
 * Decisions worth knowing:
 * - `for NAME [in WORDS]; do` / `select ...`: the whole header up to `;`, newline or `do` is
 *   skipped; only the commands of the body are reported.
 * - `case WORD in PATTERN) ... ;; esac`: the header and the patterns are skipped, the commands
 *   of each branch are reported (`;;`, `;&`, `;;&` end a branch; the command gets separator `;`).
 * - `( ... )` subshells and `{ ...; }` groups are flattened. A command closed by `)` gets the
 *   separator that follows the `)` (so in `(cd x && go build) || true` go build is followed by `||`).
 * - Redirections written after a compound command (`done < f`, `) > log`, `fi 2>&1`) belong to
 *   the compound, not to a simple command, and are not reported.
 * - `name() { ...; }` function definitions: the header is dropped, the body is reported.
 *   `function name` (bash) likewise.
 * - `(( ... ))` arithmetic commands are skipped as a whole (so `<<` inside them is not a heredoc).
 * - `time` is not treated as a reserved word: it stays a command word, like `env` or `export`.
 * - In script mode a `\r` right before `\n` is treated as part of the line break (CRLF files).
 */
import { type Source } from './source';
export { Source } from './source';
export interface Word {
    /** Value after quote removal and continuation removal. Expansions are NOT expanded: `$X`, `${X}`, `$(cmd)` and backticks stay literally in `text` (quotes around them removed). */
    text: string;
    /** Absolute offsets into the document text: [start, end) of the word as written (including its quotes). */
    start: number;
    end: number;
    /** True when any part of the word was quoted (single, double, or backslash-escaped). */
    quoted: boolean;
    /** True when the word contains an unquoted or double-quoted expansion: $NAME, ${...}, $(...), `...`, $((...)). */
    hasExpansion: boolean;
}
/**
 * A redirection. `op` includes a numeric fd prefix (`2>`, `2>>`). A duplication whose target is
 * written right after it as digits or `-` is folded into `op` with no target (`2>&1`, `>&2`, `<&-`);
 * otherwise the following word is the `target` (`2>& 1` has op `2>&` and target `1`).
 * `target` is missing only when no word follows (`echo >`).
 */
export interface Redirect {
    op: string;
    target?: Word;
    start: number;
    end: number;
}
/** Operator that FOLLOWS the command (null at the end). `;;` is reported as `;`, `|&` as `|`. */
export type Separator = '&&' | '||' | ';' | '|' | '&' | '\n' | null;
export interface SimpleCommand {
    /** Leading NAME=value words (NAME matches [A-Za-z_][A-Za-z0-9_]*, unquoted name). */
    assignments: Word[];
    /** The command words (argv), with redirections removed. May be empty (assignment-only command such as `export`-less `A=1`). */
    words: Word[];
    redirects: Redirect[];
    /** Offset of the first token of the command. */
    start: number;
    /** Offset just after its last token. */
    end: number;
    separator: Separator;
    /**
     * The command is inside an `if`, `case` or loop (its condition included): it may not run, or
     * run more than once. Absent for a command of the top-level list.
     */
    conditional?: true;
}
export interface LexOptions {
    /** Dockerfile escape character ('\\' default, or '`' from a `# escape=` directive). */
    escapeChar?: string;
    /**
     * When true (shell-form RUN/CMD text), apply Dockerfile line continuations first: escapeChar
     * immediately followed by optional spaces/tabs then a newline (\n or \r\n) joins lines, and a
     * line inside a continuation whose first non-blank character is `#` is a Dockerfile comment and
     * is skipped entirely (it is not seen by the shell), as are empty lines inside a continuation.
     * When false (heredoc bodies), the text is a shell script: newlines separate commands, `#` at
     * the start of a word begins a comment to end of line, backslash-newline is a shell line
     * continuation.
     */
    dockerfileContinuations?: boolean;
}
/** Split text[start, end) into simple commands. */
export declare function splitCommands(text: string, start: number, end: number, options?: LexOptions): SimpleCommand[];
/**
 * Split a shell script whose text and offsets a caller prepared (a Makefile recipe line after
 * make's own expansion, each character mapped back to where it is written).
 */
export declare function splitScript(src: Source): SimpleCommand[];
/** NAME=... with the name and the `=` written plainly (no quotes, escapes or expansions before `plain`). */
export declare function isAssignment(text: string, plain?: number): boolean;
