/**
 * The text the shell lexer scans, and the way back from it to offsets in the document.
 *
 * For shell-form RUN text, Dockerfile line continuations are removed *before* the shell
 * sees anything (BuildKit joins the lines without knowing about shell quoting), so the
 * lexer works on a "logical" string and every logical index maps to one original offset.
 * For heredoc scripts the logical string is the original text itself.
 */
export declare class Source {
    readonly s: string;
    private readonly base;
    private readonly map;
    /**
     * @param s    logical text
     * @param base original offset of s[0] when there is no map (a single contiguous segment)
     * @param map  original offset of every logical index, when several segments were joined
     */
    constructor(s: string, base: number, map: Int32Array | null);
    /** Original offset of logical index i (i < s.length). */
    abs(i: number): number;
    /** Original end offset of a logical range that ends (exclusive) at i. */
    absEnd(i: number): number;
}
/** Shell-script text: no Dockerfile processing, offsets are direct. */
export declare function scriptSource(text: string, start: number, end: number): Source;
/**
 * Shell-form instruction text: apply Dockerfile line continuations as BuildKit does.
 *
 * - escape, then optional spaces/tabs, then `\n` or `\r\n`, joins the lines (all of it is dropped);
 *   an escape followed only by blanks at the very end of the range is dropped too, as BuildKit
 *   treats the last line of the file the same way;
 * - a line inside a continuation whose first non-blank character is `#` is removed, newline
 *   included, and so is a blank line: the continuation carries on past them;
 * - any other newline ends the instruction, so the text stops there (a `\r` before it is dropped).
 *
 * Linear: every character is looked at a bounded number of times.
 */
export declare function dockerfileSource(text: string, start: number, end: number, escapeChar: string): Source;
