import { type SourceFile } from './source';
/**
 * Inline suppressions, in the grammar hadolint users know:
 *   # golint-docker ignore=GD004,final-runs-as-root   (the next instruction; above FROM: the whole stage)
 *   # golint-docker global ignore=GD013               (the whole file)
 * Anything after a further `#` is a free-form reason.
 */
export declare const PRAGMA_PREFIX = "golint-docker";
export interface PragmaKey {
    /** The rule key as compared: codes upper-case, names lower-case. */
    key: string;
    /** Where it is written, as offsets into the comment's content. */
    start: number;
    end: number;
}
/** Parse one comment's content (without the leading `#`); undefined when it is not a pragma. */
export declare function parsePragma(content: string): {
    global: boolean;
    keys: PragmaKey[];
} | undefined;
/** A comment line: its text after `#`, and where that text starts in the file. */
export interface CommentLine {
    /** 0-based line. */
    line: number;
    content: string;
    start: number;
}
/**
 * Every comment line as BuildKit reads them. dockerfile-ast also takes a comment at the top of the
 * file that holds an `=` for a parser directive (`# golint-docker global ignore=GD013`), where
 * BuildKit only takes `# name=value` with a one-word name: such lines are comments here.
 */
export declare function commentLines(file: SourceFile): CommentLine[];
